import { Document, isScalar, type Tags } from 'yaml'
import { exact, isLazy, lazyObject, shiftLines, type LazySource, type PNode, type PProp } from './node.js'

/**
 * A fast reader for the YAML that CloudFormation templates are written in: block mappings and sequences
 * indented with spaces, plain and quoted one-line scalars, `|` and `>` block scalars, one-line flow
 * collections and the short-form tags. It builds exactly the tree (values and lines) that the `yaml` library
 * path builds (see yaml.ts); anything outside that subset — anchors and aliases, multi-line plain or quoted
 * scalars, complex keys, tabs, CR line ends, several documents, unknown tags, duplicate keys, comments whose
 * place the library would fold into a neighbouring node — returns undefined, and the caller parses with the
 * library. The test `iac-yaml-fast.test.ts` compares both paths on the fixtures and on generated templates.
 */
/**
 * Options of the fast reader for a template's `Resources` (all need `stubResources`):
 * - `relevanceProperties`: the relevance pass. Every resource is read (and checked) as usual but only its `Type`
 *   and these `Properties` are kept: the small view relevance is decided on (relevance.ts).
 * - `only`: the resources to read whole; every other one is given as `{ Type }`, whatever its type (the second
 *   pass, once relevance is known, as a JSON template is read with a detail filter).
 */
export interface FastOptions {
  stubResources?: boolean
  keep?: readonly string[]
  relevanceProperties?: ReadonlySet<string>
  only?: ReadonlySet<string>
  /** The YAML version whose core tags resolve plain scalars: 1.1 for templates (the default), 1.2 for the config. */
  version?: '1.1' | '1.2'
  /** Filled with the text of every plain scalar read as other than a string (`0x1F`, `true`), by node. */
  sources?: WeakMap<PNode, string>
  /**
   * A top-level key whose block mapping is handed over entry by entry instead of kept (the config's `context`,
   * which may hold tens of thousands of entries: the tree of them all would hold several times their text). Its
   * value in the tree is an empty mapping at its lines. `has` says whether a key was handed over already (a key
   * twice is refused as in any mapping). Written in flow style, the mapping is kept as usual.
   */
  streamed?: { key: string; has(key: string): boolean; add(entry: PProp): void }
  /**
   * The `Properties` of the resources read whole (a block mapping, not an intrinsic) are kept as lazy nodes that
   * read their lines again when opened (lazyObject): a template of thousands of policies then holds their places,
   * not their trees, and each resource is opened as it is converted. Each is read twice here and kept lazy only
   * when both readings give the same tree.
   */
  deferProperties?: boolean
  /**
   * Anchors and aliases are read (templates; the config leaves them to the library, whose `toJS` budget it keeps).
   * An alias is the anchored node itself — the tree the library path builds, held once — within the library path's
   * expansion budget (yaml.ts): at most `max` expansions, at most `maxNodes` nodes expanded, counted as its
   * converter counts them, with its messages.
   */
  aliases?: { max: number; maxNodes: number }
  /**
   * Reads a part this reader does not take with another YAML reader (templates: the `yaml` library): an entry of a
   * top-level section — a resource, a parameter, an output — or a top-level entry, of at most `maxBytes`, given as
   * its own text (its key at its indentation) and the number of lines before it, which its tree's lines count. The
   * rest of the text is still read here, so memory stays what this reader holds plus what the other holds for one
   * entry.
   */
  fallback?: { maxBytes: number; read(text: string, delta: number): { node?: PNode; problems: readonly unknown[] } }
  /**
   * Filled with where the lines of the text read are, and reused by the readings given the same object and text
   * (a template is read in two passes, and again with the fallback): one scan of the text instead of one each.
   */
  lines?: { text?: string; starts?: Int32Array; ends?: Int32Array }
}

export function parseYamlFast(
  text: string,
  customTags: ((tags: Tags) => Tags) | undefined,
  shortForms: Record<string, string>,
  options: FastOptions = {},
  declined?: (why: Declined) => void
): PNode | undefined {
  // CRLF line ends (a template saved on Windows) are line breaks as LF is, and YAML reads them as LF in scalars
  // (YAML 1.2, line break normalization): read as LF, lines unchanged. A lone CR is left to the library.
  if (text.includes('\r')) {
    const lf = text.replace(/\r\n/g, '\n')
    const cr = lf.indexOf('\r')
    if (cr >= 0) {
      declined?.({ line: lineAt(lf, cr), reason: 'a line that ends in a CR alone', error: false })
      return undefined
    }
    text = lf
  }
  const schema = schemaTags(customTags, options.version ?? '1.1')
  // The text is read alone first; only when that declines is it read again with the fallback for the entries the
  // reader does not take (see entryOr): a template that needs none pays nothing for it.
  if (options.fallback && !options.lines) options = { ...options, lines: {} }
  let reader = new FastReader(
    text,
    schema,
    shortForms,
    options.fallback ? { ...options, fallback: undefined } : options
  )
  try {
    try {
      return reader.document()
    } catch (error) {
      if (!(error instanceof Unsupported) || error.error || !options.fallback) throw error
      reader = new FastReader(text, schema, shortForms, options)
      return reader.document()
    }
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error
    const line = error.line ?? Math.max(1, reader.reached)
    declined?.({
      line,
      reason: error.reason ?? describe(reader.lineText(line), !!options.aliases),
      error: error.error,
      key: error.key,
      message: error.problem
    })
    return undefined
  }
}

/** Declined.reason of a text that holds a second document: an error whoever reads it. */
export const SECOND_DOCUMENT = 'a second YAML document'

/**
 * Why the fast reader left a text to the library: the line it stopped at and what it found there. `error`: the
 * text is not valid YAML for CloudFormation (a key twice in a mapping), whoever reads it.
 */
export interface Declined {
  line: number
  reason: string
  error: boolean
  /** The key written twice, when that is the error. */
  key?: string
  /** The whole message of an error the library path reports in the same words (an alias's): the text's problem. */
  message?: string
}

class Unsupported extends Error {
  /** The fallback was given the entry where this was met, and could not read it (see entryOr). */
  passed = false

  constructor(
    readonly reason?: string,
    readonly line?: number,
    readonly error = false,
    readonly key?: string,
    /** The whole problem in the library path's words (alias errors), reported as it is (Declined.message). */
    readonly problem?: string
  ) {
    super(reason)
  }
}

function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}

/**
 * The long form (`{ "Fn::GetAtt": … }`) of a short-form tag's node, placed at `startLine`. `!GetAtt Res.Attr` is
 * the only short form whose scalar differs from its long form's value: it becomes `[Res, Attr]`. Both YAML paths
 * build it here.
 */
export function longForm(long: string, node: PNode, startLine = node.startLine): PNode {
  let out = node
  if (long === 'Fn::GetAtt' && node.type === 'string') {
    const { endLine } = node
    const dot = node.value.indexOf('.')
    const parts = dot < 0 ? [node.value] : [node.value.slice(0, dot), node.value.slice(dot + 1)]
    out = {
      type: 'array',
      items: parts.map(value => ({ type: 'string', value, startLine: node.startLine, endLine })),
      startLine: node.startLine,
      endLine
    }
  }
  return { type: 'object', props: [{ key: long, keyLine: startLine, value: out }], startLine, endLine: out.endLine }
}

/** Nesting the `yaml` library is given at most: it overflows the stack near 1,000 levels (see libraryDepth). */
export const LIBRARY_MAX_DEPTH = 400

/**
 * The first line where YAML may nest deeper than `LIBRARY_MAX_DEPTH` levels, or undefined. An upper bound, cheap
 * and conservative: a line's indentation plus the compact entries it opens (`- - x`, `? `, `a: b:`) plus the flow
 * collections open so far (brackets outside comments, quoted or not). The library recurses once per level and
 * overflows the stack near 1,000 (`[` 1,000 times); after such an overflow a second one in the same process
 * aborted it (V8: "RegExpCompiler Allocation failed"), so a text this deep is refused before the library sees it.
 */
export function libraryDepth(text: string): number | undefined {
  let flow = 0
  let line = 1
  let start = 0
  for (;;) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    let indent = 0
    while (indent < end - start && (text.charCodeAt(start + indent) === 32 || text.charCodeAt(start + indent) === 9))
      indent++
    let compact = 0
    for (let i = start + indent; i < end; i++) {
      const c = text.charCodeAt(i)
      if (c === 35 && (i === start || text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) break
      if (c === 91 || c === 123) flow++
      else if ((c === 93 || c === 125) && flow > 0) flow--
      else if ((c === 45 || c === 63 || c === 58) && (i + 1 === end || text.charCodeAt(i + 1) === 32)) compact++
      if (indent + compact + flow > LIBRARY_MAX_DEPTH) return line
    }
    if (end >= text.length) return undefined
    start = end + 1
    line++
  }
}

/** What a line the fast reader stopped at holds that it does not read, in a user's words. */
function describe(line: string, aliases: boolean): string {
  if (/(?:^|[\s[{,])[&*][^\s,[\]{}]/.test(line))
    return aliases
      ? 'a YAML anchor or alias where the gate does not read one (on a key, after a tag or alone on a line)'
      : 'a YAML anchor or alias (CloudFormation does not accept aliases)'
  if (line.includes('\t')) return 'a tab in indentation or between tokens'
  if (/^\s*\?(?:\s|$)/.test(line)) return 'a complex mapping key (`? `)'
  if (/^(?:---|\.\.\.|%)/.test(line)) return 'a second YAML document or a directive (CloudFormation reads one document)'
  if (/(?:^|\s)!(?:!|<)/.test(line)) return 'a YAML core or verbatim tag'
  return 'YAML outside the subset the gate reads itself'
}

/** What blockEntries' reading gives entryOr for an entry read by the reader itself (its value is kept aside). */
const READ_HERE: PProp = Object.freeze({
  key: '',
  keyLine: 0,
  value: { type: 'null' as const, startLine: 0, endLine: 0 }
})

/** An anchor: its node once read, and the alias expansions read inside it (FastReader.expansions, from..to). */
interface Anchor {
  node?: PNode
  from: number
  to: number
}

/** Where each line of `text` starts and ends (before its newline). */
function lineIndex(text: string): { text: string; starts: Int32Array; ends: Int32Array } {
  let count = 0
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) count++
  const lastOpen = text.length > 0 && text.charCodeAt(text.length - 1) !== 10
  count += lastOpen ? 1 : 0
  const starts = new Int32Array(count)
  const ends = new Int32Array(count)
  let start = 0
  let j = 0
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
    starts[j] = start
    ends[j++] = nl
    start = nl + 1
  }
  if (lastOpen) {
    starts[j] = start
    ends[j] = text.length
  }
  return { text, starts, ends }
}

/** What the fast reader of a text reads its deferred properties again with. */
interface DeferredText {
  text: string
  schema: Schema
  shortForms: Record<string, string>
  strings: Map<string, string>
}

/** Deferred properties: a block mapping at `indent` from offset `start` to `end`, its first line `delta + 1`. */
class DeferredBlock implements LazySource {
  constructor(
    private readonly source: DeferredText,
    private readonly start: number,
    private readonly end: number,
    private readonly indent: number,
    private readonly delta: number
  ) {}

  load(): PProp[] {
    const { text, schema, shortForms, strings } = this.source
    const reader = new FastReader(text.slice(this.start, this.end), schema, shortForms, {}, strings)
    const read = shiftLines(reader.blockMapping(this.indent), this.delta)
    if (read.type !== 'object') throw new Error('deferred properties are not a mapping')
    return read.props
  }

  shifted(delta: number): LazySource {
    return new DeferredBlock(this.source, this.start, this.end, this.indent, this.delta + delta)
  }
}

/** Whether two trees hold the same values at the same lines. */
function sameTree(a: PNode, b: PNode): boolean {
  if (a.type !== b.type || a.startLine !== b.startLine || a.endLine !== b.endLine) return false
  switch (a.type) {
    case 'object': {
      const other = (b as typeof a).props
      return (
        a.props.length === other.length &&
        a.props.every(
          (p, i) => p.key === other[i].key && p.keyLine === other[i].keyLine && sameTree(p.value, other[i].value)
        )
      )
    }
    case 'array': {
      const other = (b as typeof a).items
      return a.items.length === other.length && a.items.every((item, i) => sameTree(item, other[i]))
    }
    case 'null':
      return true
    case 'unknown':
      return a.description === (b as typeof a).description
    default:
      return Object.is(a.value, (b as typeof a).value)
  }
}

/** A resource as the relevance pass keeps it: `Type` and the given `Properties`, nothing else. */
function viewOf(resource: PNode, properties: ReadonlySet<string>): PNode {
  if (resource.type !== 'object') return resource
  const props: PProp[] = []
  for (const p of resource.props) {
    if (p.key === 'Type') props.push(p)
    else if (p.key === 'Properties' && p.value.type === 'object') {
      const kept = p.value.props.filter(q => properties.has(q.key))
      props.push({ ...p, value: { ...p.value, props: kept } })
    }
  }
  return { ...resource, props }
}

/** Nesting the reader follows (as for JSON, MAX_JSON_DEPTH); deeper is left to the library. */
const MAX_DEPTH = 512
const TOO_DEEP = `collections nested deeper than ${MAX_DEPTH} levels`

const MERGE_KEY = 'a YAML merge key (`<<`, which CloudFormation does not accept)'

/** A key twice in one mapping: an error on either path (the library path's message). */
function twice(key: string, line: number): never {
  throw new Unsupported(`the key ${JSON.stringify(key)} appears twice in the same mapping`, line, true, key)
}

function unsupported(reason?: string, line?: number): never {
  if (process.env.KPG_DEBUG_YAML) console.error(new Error('fast YAML path declines').stack)
  throw new Unsupported(reason, line)
}

interface ScalarTag {
  default?: boolean | 'key'
  test?: RegExp
  resolve: (value: string, onError: (message: string) => void, options: object) => unknown
}

interface Schema {
  tags: ScalarTag[]
  options: object
  /** Whether a scalar that MAYBE_TAGGED does not match is a string whatever the tags (see schemaTags). */
  shortcut: boolean
  version: '1.1' | '1.2'
}

const schemas: (Schema & { fn: ((tags: Tags) => Tags) | undefined })[] = []

/**
 * Plain scalars some YAML 1.1 core tag may read as other than a string: null and boolean words, numbers
 * (`-`, `+`, `.`, digits), `~`, `<<`. Anything else is a string.
 */
const MAYBE_TAGGED =
  /^(?:[-+.0-9~<]|$|(?:[YyNn]|[Yy]es|YES|[Nn]o|NO|[Tt]rue|TRUE|[Ff]alse|FALSE|[Oo]n|ON|[Oo]ff|OFF|[Nn]ull|NULL)$)/

/** Samples that MAYBE_TAGGED lets through as strings: each tag's test must refuse them all. */
const STRING_SAMPLES = ['Yes!', 'nulls', 'x', 'ON_', 'arn:aws:iam::1:root', 'a1', 'Y1', '_1', 'off-', '@x', '=', 'ya']

/** The scalar tags the library resolves plain scalars with, for the same version and custom tags. */
function schemaTags(customTags: ((tags: Tags) => Tags) | undefined, version: '1.1' | '1.2'): Schema {
  let cached = schemas.find(c => c.fn === customTags && c.version === version)
  if (!cached) {
    const doc = new Document(null, { version, merge: false, customTags })
    const tags = (doc.schema.tags as unknown as (ScalarTag & { collection?: string; tag: string })[]).filter(
      t => !t.collection
    )
    // The shortcut holds only for the core tags known here.
    const known = /^tag:yaml\.org,2002:(?:str|null|bool|int|float|merge|binary|omap|pairs|set)$/
    const tested = tags.filter(t => t.default && t.test)
    const shortcut =
      tested.every(t => known.test(t.tag)) && STRING_SAMPLES.every(x => tested.every(t => !t.test!.test(x)))
    cached = { fn: customTags, version, tags, options: doc.options, shortcut }
    schemas.push(cached)
  }
  return cached
}

interface Line {
  /** Offset of the line's first character in the text. */
  indent: number
  /** The line without its indentation. */
  content: string
  /** 1-based. */
  number: number
  /** Blank or comment only. */
  empty: boolean
  comment: boolean
}

const KEY_START_BAD = /^[-?:,[\]{}#&*!|>%@`]/
const PLAIN_START_BAD = /^(?:[?:,[\]{}#&*|>%@`]|-(?:\s|$))/
/**
 * In block context a plain scalar may start with `?`, `:` or `-` followed by a non-space (YAML 1.2 §7.3.3,
 * ns-plain-first): `- :iot` in a `!Join` list is the string ":iot".
 */
const BLOCK_PLAIN_START_BAD = /^(?:[,[\]{}#&*|>%@`]|[-?:](?:\s|$))/
/**
 * A local tag (`!Ref`, `!Base64`, `!Rain::Embed`) and what follows it, in block and in flow context; `!!str`,
 * verbatim and other tags are left to the library.
 */
const BLOCK_TAG = /^(![A-Za-z][A-Za-z0-9:_.-]*)(?:\s+(.*))?$/
const FLOW_TAG = /^(![A-Za-z][A-Za-z0-9:_.-]*) +/

/** Lines kept built at once: the reader looks back only a few lines, so a small window serves it. */
const LINE_CACHE = 64

class FastReader {
  /**
   * Offsets where each line starts and ends (before its newline), four bytes each; Line objects are built when
   * looked at and only the last few are kept (a Line per line of a 1 MiB template would cost several times
   * the text).
   */
  private readonly starts: Int32Array
  private readonly ends: Int32Array
  private readonly built: (Line | undefined)[] = new Array<Line | undefined>(LINE_CACHE)
  private count: number
  private i = 0

  constructor(
    private readonly text: string,
    private readonly schema: Schema,
    private readonly shortForms: Record<string, string>,
    private readonly options: FastOptions,
    /** Shared with the readers of its deferred properties: what they read again is held once. */
    private readonly strings = new Map<string, string>()
  ) {
    // The readings of one text share where its lines are (the template's passes; see FastOptions.lines).
    const shared = options.lines
    if (shared?.text !== text || !shared.starts || !shared.ends) {
      const index = lineIndex(text)
      if (shared) Object.assign(shared, index)
      this.starts = index.starts
      this.ends = index.ends
    } else {
      this.starts = shared.starts
      this.ends = shared.ends
    }
    this.count = this.starts.length
  }

  /** Line `j` (0-based). */
  /** The furthest line looked at (1-based): where the reader stopped when it declines. */
  reached = 0
  /** Block collections open. */
  private depth = 0
  /** Where the top-level keys are (0 but in a template indented as a whole). */
  private rootIndent = 0

  /** Anchors read so far (FastOptions.aliases), the latest of each name: what an alias names. */
  private anchors?: Map<string, Anchor>
  /**
   * Every alias expansion so far, in the order the library path's converter meets them (an alias's own, then those
   * of the aliases inside its anchored node again): its line and the nodes it expands to. At most the budget.
   */
  private readonly expansions: { line: number; size: number }[] = []
  private expandedNodes = 0
  /** The first alias error: thrown once the text is read whole (a syntax error after it comes first, as there). */
  private aliasError?: Unsupported
  /** Anchors and aliases read: a resource that holds one is not deferred (its nodes may be shared). */
  private marks = 0
  /** Anchored nodes being read: a tagged node read meanwhile notes its node under the tag (nodeCount). */
  private anchoring = 0
  private underTag?: WeakMap<PNode, PNode>
  private counted?: WeakMap<PNode, number>

  /** `read()`, the node `&name` stands before, kept for the aliases after it. */
  anchored(name: string, read: () => PNode): PNode {
    if (!this.options.aliases || name.includes(':')) unsupported()
    this.marks++
    const anchor: Anchor = { from: this.expansions.length, to: 0 }
    // Known from where it starts: an alias inside its own node refers to itself.
    ;(this.anchors ??= new Map()).set(name, anchor)
    this.anchoring++
    const node = read()
    this.anchoring--
    anchor.node = node
    anchor.to = this.expansions.length
    return node
  }

  /**
   * `*name` on `line`: the anchored node itself. Counted as the library path's converter counts (yaml.ts): this
   * expansion, then again each one inside the anchored node; the first error is kept and the reading goes on.
   */
  alias(name: string, line: number): PNode {
    const limits = this.options.aliases
    if (!limits || name.includes(':')) unsupported()
    this.marks++
    const fail = (message: string, at: number): PNode => {
      this.aliasError ??= new Unsupported(message, at, true, undefined, message)
      return { type: 'null', startLine: line, endLine: line }
    }
    if (this.aliasError) return fail('', line)
    const tooMany = `more than ${limits.max} YAML alias expansions: refused (alias expansion attack?)`
    const tooLarge = `YAML aliases expand to more than ${limits.maxNodes} nodes: refused (alias expansion attack?)`
    if (this.expansions.length + 1 > limits.max) return fail(tooMany, line)
    const anchor = this.anchors?.get(name)
    if (!anchor) return fail(`unknown YAML alias *${name}`, line)
    if (!anchor.node) return fail(`YAML alias *${name} refers to itself`, line)
    const again = this.expansions.slice(anchor.from, anchor.to)
    for (const e of [{ line, size: this.nodeCount(anchor.node) }, ...again]) {
      if (this.expansions.length + 1 > limits.max) return fail(tooMany, e.line)
      this.expansions.push(e)
      this.expandedNodes += e.size
      if (this.expandedNodes > limits.maxNodes) return fail(tooLarge, e.line)
    }
    return anchor.node
  }

  /**
   * The nodes the library's tree has for `node` (yaml.ts, Converter.size): one per scalar, collection and key; a
   * short-form tag adds none (its long form does here).
   */
  private nodeCount(node: PNode): number {
    const under = this.underTag?.get(node)
    if (under) return this.nodeCount(under)
    if (node.type !== 'object' && node.type !== 'array') return 1
    let n = this.counted?.get(node)
    if (n !== undefined) return n
    n = 1
    if (node.type === 'object') for (const p of node.props) n += 1 + this.nodeCount(p.value)
    else for (const item of node.items) n += this.nodeCount(item)
    ;(this.counted ??= new WeakMap()).set(node, n)
    return n
  }

  /** Line `line` (1-based) as written. */
  lineText(line: number): string {
    return line >= 1 && line <= this.count ? this.textOf(line - 1) : ''
  }

  private at(j: number): Line {
    if (j >= this.reached) this.reached = j + 1
    const slot = j % LINE_CACHE
    const known = this.built[slot]
    if (known?.number === j + 1) return known
    const text = this.text
    const from = this.starts[j]
    let indent = 0
    while (text.charCodeAt(from + indent) === 32) indent++
    let end = this.ends[j]
    while (end > from + indent && text.charCodeAt(end - 1) === 32) end--
    const comment = text.charCodeAt(from + indent) === 35
    // A tab outside a comment, a block scalar's content or a quoted scalar is left to the library (YAML forbids
    // it in indentation and the library reads it in separators).
    if (!comment && text.slice(from, end).includes('\t')) unsupported()
    const line: Line = {
      indent,
      content: text.slice(from + indent, end),
      number: j + 1,
      empty: end === from + indent || comment,
      comment
    }
    this.built[slot] = line
    return line
  }

  /** Indentation of line `j`, or -1 when it is blank or a comment: without building it. */
  private indentOf(j: number): number {
    const text = this.text
    const from = this.starts[j]
    const end = this.ends[j]
    let k = from
    while (k < end && text.charCodeAt(k) === 32) k++
    return k === end || text.charCodeAt(k) === 35 ? -1 : k - from
  }

  document(): PNode {
    this.skipEmpty()
    // `%YAML 1.x` directives (YAML 1.2 §6.8.1) before the document: a document after one starts with `---`. They do
    // not change how it is read: a 1.1 reader (templates, as PyYAML and CloudFormation read them) reads any 1.x
    // document as 1.1; a 1.2 reader (the config) takes `%YAML 1.2` only. `%TAG` and other directives are the
    // library's.
    let directive = false
    for (let line = this.peek(); line?.indent === 0 && line.content.startsWith('%'); line = this.peek()) {
      const m = /^%YAML +1\.(\d+)(?: +#.*)?$/.exec(line.content)
      if (!m || (this.schema.version !== '1.1' && `1.${m[1]}` !== this.schema.version)) unsupported()
      directive = true
      this.i++
    }
    const first = this.i < this.count ? this.at(this.i) : undefined
    if (first && first.indent === 0 && /^---(?:\s+#.*)?$/.test(first.content)) {
      this.i++
      this.skipEmpty()
    } else if (directive) unsupported()
    const start = this.i < this.count ? this.at(this.i) : undefined
    // The top-level mapping may be indented (as a whole: its keys all at this indentation).
    if (!start) unsupported()
    this.rootIndent = start.indent
    if (/^(?:---|\.\.\.|%)/.test(start.content)) unsupported()
    // A complex key (`? `) starts a mapping too (its entry is the fallback's, see entryOr).
    const mapping = this.isMappingEntry(start.content) || /^\?(?:\s|$)/.test(start.content)
    const root = mapping ? this.mapping(start.indent, -1) : this.rootValue(start)
    this.skipEmpty()
    this.documentEnd()
    if (this.aliasError) throw this.aliasError
    return root
  }

  /**
   * A document that is not a mapping (a list, a scalar): read as it is, without the fallback (a template or
   * config it cannot be; its reader says so at its line).
   */
  private rootValue(start: Line): PNode {
    if (/^-(?: |$)/.test(start.content)) return this.sequence(start.indent)
    // A scalar at the top level may go on at column 0: up to a document marker (read as the text's end here).
    const count = this.count
    let j = start.number
    // (Read from the text: looking ahead is not reading, see `reached`.)
    const marker = (k: number): boolean =>
      this.indentOf(k) === 0 && /^(?:---|\.\.\.)(?:\s|$)/.test(this.text.slice(this.starts[k], this.ends[k]))
    while (j < count && !marker(j)) j++
    this.count = j
    try {
      this.i = start.number
      return this.value(start.content, start, -1, false)
    } finally {
      this.count = count
    }
  }

  /**
   * After the document: a `...` end marker (and comments) may follow; anything else is a second document, which
   * no reader of templates or configs takes (PyYAML's `safe_load`: "expected a single document in the stream").
   */
  private documentEnd(): void {
    if (this.i >= this.count) return
    let line = this.at(this.i)
    if (line.indent !== 0) unsupported()
    let ended = false
    if (/^\.\.\.(?:\s+#.*)?$/.test(line.content)) {
      ended = true
      this.i++
      this.skipEmpty()
      if (this.i >= this.count) return
      line = this.at(this.i)
      // A directive there (the library reads a text that ends with one) is the library's.
      if (line.content.startsWith('%')) unsupported()
    }
    if (!ended && !/^(?:---|\.\.\.)(?:\s|$)/.test(line.content)) unsupported()
    const problem = 'YAML syntax error: a second YAML document starts here (the file must be a single document)'
    throw new Unsupported(SECOND_DOCUMENT, line.number, true, undefined, problem)
  }

  private skipEmpty(): void {
    while (this.i < this.count && this.at(this.i).empty) this.i++
  }

  /** The next content line, or undefined at the end. */
  private peek(): Line | undefined {
    let j = this.i
    while (j < this.count && this.at(j).empty) j++
    this.i = j
    return j < this.count ? this.at(j) : undefined
  }

  /** A block mapping whose keys are at `indent`, starting at the current line. `parent`: the enclosing indent. */
  private mapping(
    indent: number,
    parent: number,
    firstKeyAt?: { line: Line; column: number },
    /** The mapping of a top-level section (`Parameters:`, `Outputs:`): each entry may go to the fallback. */
    section = false
  ): PNode {
    if (++this.depth > MAX_DEPTH) unsupported(TOO_DEEP)
    const props: PProp[] = []
    // Small mappings (almost all) check duplicates in an array; large ones (Resources) in a set.
    const seen: string[] = []
    let many: Set<string> | undefined
    let startLine = 0
    let endLine = 0
    let first = firstKeyAt
    for (;;) {
      let line: Line
      let column: number
      if (first) {
        ;({ line, column } = first)
        first = undefined
      } else {
        const next = this.peek()
        if (!next || next.indent < indent) break
        if (next.indent > indent) unsupported()
        line = next
        column = 0
      }
      const text = line.content.slice(column)
      // `---` or `...` and a space at the start of a line end the document (YAML 1.2 §9.1.4): never a key.
      if (indent === 0 && /^(?:---|\.\.\.)(?:\s|$)/.test(text)) {
        if (parent >= 0 || !props.length) unsupported(undefined, line.number)
        break
      }
      // A top-level entry, or an entry of a top-level section, may go to the fallback (see entryOr).
      const fallback = (section || parent < 0) && this.options.fallback !== undefined
      const known = many ?? seen
      const prop = fallback
        ? this.entryOr(line, indent, () => this.mappingEntry(text, line, indent, parent, known))
        : this.mappingEntry(text, line, indent, parent, known)
      // Read by the fallback: its key was not checked yet.
      if (fallback && (many ? many.has(prop.key) : seen.includes(prop.key))) twice(prop.key, line.number)
      if (many) many.add(prop.key)
      else {
        seen.push(prop.key)
        if (seen.length > 16) many = new Set(seen)
      }
      if (!startLine) startLine = line.number
      props.push(prop)
      endLine = prop.value.endLine
    }
    if (!props.length) unsupported()
    this.depth--
    // A block collection ends where its last entry does, and not before it starts: an alias's node keeps the lines
    // where its anchor is (as on the library path, yaml.ts lastLine).
    return { type: 'object', props: exact(props), startLine, endLine: Math.max(startLine, endLine) }
  }

  /**
   * An entry of a top-level section, read by `read()`; when that meets YAML this reader does not take, the entry's
   * lines (to the next line at its indentation or less) go to the fallback (FastOptions.fallback) instead, whose
   * tree takes the entry's lines in the text. An entry the fallback cannot read alone — larger than it takes, with
   * an anchor or alias, or refused by it (the reason may lie outside the entry) — is declined as before.
   */
  private entryOr(line: Line, indent: number, read: () => PProp): PProp {
    const fallback = this.options.fallback
    if (!fallback) return read()
    const { depth, marks, anchoring } = this
    try {
      return read()
    } catch (error) {
      // An entry inside this one the fallback could not read: this one, read whole, would not fare better.
      if (!(error instanceof Unsupported) || error.error || error.passed || this.marks !== marks) throw error
      const j0 = line.number - 1
      let j = j0 + 1
      for (; j < this.count; j++) {
        const k = this.indentOf(j)
        // A flow collection may close at the entry's indentation (as flowLine reads it), and the value of a complex
        // key (`? key`) starts there with `: `.
        if (k >= 0 && k <= indent && !/^(?:[\]}]|:(?:\s|$))/.test(this.text.slice(this.starts[j] + k, this.ends[j])))
          break
      }
      const end = j < this.count ? this.starts[j] : this.text.length
      const part = this.text.slice(this.starts[j0], end)
      // Whatever comes of it, an enclosing entry is not tried: it is larger, holds the same anchors, or failed here.
      error.passed = true
      if (end - this.starts[j0] > fallback.maxBytes || hasAnchorOrAlias(part)) throw error
      const got = fallback.read(part, j0)
      const node = got.problems.length ? undefined : got.node
      if (node?.type !== 'object' || node.props.length !== 1 || node.props[0].keyLine !== line.number) throw error
      this.depth = depth
      this.anchoring = anchoring
      this.marks++
      this.i = j
      if (j > this.reached) this.reached = j
      return node.props[0]
    }
  }

  /**
   * The entry `text` (a key and what follows it) of a block mapping at `indent` on `line`; `known`: the keys before
   * it (a key twice is an error).
   */
  private mappingEntry(
    text: string,
    line: Line,
    indent: number,
    parent: number,
    known: readonly string[] | ReadonlySet<string>
  ): PProp {
    const { key, rest } = this.key(text)
    if (key === '<<') unsupported(MERGE_KEY, line.number)
    if (Array.isArray(known) ? known.includes(key) : (known as ReadonlySet<string>).has(key)) twice(key, line.number)
    this.i = line.number
    const block = parent < 0 && (rest === '' || rest.startsWith('#'))
    const value =
      block && this.options.stubResources && key === 'Resources'
        ? this.resources(line)
        : block && this.options.streamed?.key === key
          ? this.streamedMapping(line, this.options.streamed)
          : this.value(rest, line, indent, true, parent < 0)
    return { key, keyLine: line.number, value }
  }

  /** The `Resources` mapping when resources of other than IAM and KMS types are stubbed: see `stub`. */
  private resources(keyLine: Line): PNode {
    const props: PProp[] = []
    const seen = new Set<string>()
    const { only, keep = [], relevanceProperties } = this.options
    const node = this.blockEntries(
      key => seen.has(key),
      (key, rest, line, indent, given) => {
        const marks = this.marks
        const stubbed =
          !given &&
          rest === '' &&
          !keep.includes(key) &&
          (only ? !only.has(key) && this.stub(indent, true) : this.stub(indent))
        const value = given ?? (stubbed || this.value(rest, line, indent, true))
        // A resource with an anchor or alias, or read by the fallback, is kept as read: its nodes may be another's
        // too, or its lines not this reader's to read again.
        if (!stubbed && this.options.deferProperties && !relevanceProperties && this.marks === marks)
          this.deferProperties(value)
        seen.add(key)
        props.push({
          key,
          keyLine: line.number,
          value: relevanceProperties ? viewOf(value, relevanceProperties) : value
        })
        return value
      }
    )
    return node ? { ...node, props: exact(props) } : this.value('', keyLine, 0, true)
  }

  /**
   * Replaces the `Properties` of a resource just read with a lazy node (FastOptions.deferProperties): its policy
   * documents, names and lists are read again each time a reader opens it.
   */
  private deferProperties(resource: PNode): void {
    if (resource.type !== 'object') return
    const properties = resource.props.find(p => p.key === 'Properties')
    if (properties) properties.value = this.deferred(properties.value, properties.keyLine)
  }

  /**
   * A block mapping on the lines after its key, as a lazy node that reads those lines again (to the next line with
   * content): the same tree, checked here. Anything else (a flow or one-line value, an intrinsic, whose resolved
   * value need not be a mapping) stays as read.
   */
  private deferred(node: PNode, keyLine: number): PNode {
    if (node.type !== 'object' || node.startLine <= keyLine || !node.props.length || isLazy(node)) return node
    const first = node.props[0].key
    if (first === 'Ref' || first === 'Condition' || first.startsWith('Fn::')) return node
    const j0 = node.startLine - 1
    const indent = this.indentOf(j0)
    if (indent <= 0) return node
    let j = node.endLine
    while (j < this.count && this.indentOf(j) < 0) j++
    this.deferredText ??= { text: this.text, schema: this.schema, shortForms: this.shortForms, strings: this.strings }
    const end = j < this.count ? this.starts[j] : this.text.length
    const block = new DeferredBlock(this.deferredText, this.starts[j0], end, indent, node.startLine - 1)
    const lazy = lazyObject(block, node.startLine, node.endLine)
    try {
      return sameTree(node, lazy) ? lazy : node
    } catch (error) {
      if (error instanceof Unsupported) return node
      throw error
    }
  }

  /** What the deferred properties of this text are read again from (one, shared by them all). */
  private deferredText?: DeferredText

  /** A block mapping whose keys are at `indent` filling the whole text (deferred properties read again). */
  blockMapping(indent: number): PNode {
    this.skipEmpty()
    const node = this.mapping(indent, indent - 1)
    this.skipEmpty()
    if (this.i < this.count) unsupported()
    return node
  }

  /** A top-level block mapping handed over entry by entry (FastOptions.streamed); an empty mapping in the tree. */
  private streamedMapping(keyLine: Line, to: NonNullable<FastOptions['streamed']>): PNode {
    const node = this.blockEntries(
      key => to.has(key),
      (key, rest, line, indent, given) => {
        const value = given ?? this.value(rest, line, indent, true)
        to.add({ key, keyLine: line.number, value })
        return value
      }
    )
    return node ?? this.value('', keyLine, 0, true)
  }

  /**
   * The entries of the block mapping under a top-level key, each given to `entry` with the rest of its line (which
   * reads and keeps its value as it needs); `has` says whether a key was given already. An empty mapping at their
   * lines; undefined when the value is not a block mapping (the caller reads it as any value).
   */
  private blockEntries(
    has: (key: string) => boolean,
    /** `given`: the entry's value as the fallback read it (see entryOr). */
    entry: (key: string, rest: string, line: Line, indent: number, given?: PNode) => PNode
  ): (PNode & { type: 'object' }) | undefined {
    const save = this.i
    const next = this.peek()
    this.i = save
    if (!next || next.indent <= this.rootIndent || /^-(?: |$)/.test(next.content)) return undefined
    const indent = next.indent
    let startLine = 0
    let endLine = 0
    for (;;) {
      const line = this.peek()
      if (!line || line.indent < indent) break
      if (line.indent > indent) unsupported()
      let value: PNode | undefined
      const prop = this.entryOr(line, indent, () => {
        value = this.blockEntry(line, indent, has, entry)
        return READ_HERE
      })
      // Read by the fallback: `entry` has not seen it.
      if (prop !== READ_HERE) {
        if (has(prop.key)) twice(prop.key, line.number)
        value = entry(prop.key, '', line, indent, prop.value)
      }
      if (!startLine) startLine = line.number
      endLine = value!.endLine
    }
    return { type: 'object', props: [], startLine, endLine: Math.max(startLine, endLine) }
  }

  /** An entry of blockEntries read here, given to `entry`: its value. */
  private blockEntry(
    line: Line,
    indent: number,
    has: (key: string) => boolean,
    entry: (key: string, rest: string, line: Line, indent: number) => PNode
  ): PNode {
    const { key, rest } = this.key(line.content)
    if (key === '<<') unsupported(MERGE_KEY, line.number)
    if (has(key)) twice(key, line.number)
    this.i = line.number
    return entry(key, rest, line, indent)
  }

  /**
   * A resource whose type is neither IAM nor KMS, given as `{ Type }` without reading its body (the JSON reader
   * does the same): nothing in it can take part in a check, and a large template is mostly such resources. The
   * body must be a plain block at one indentation with a plain `Type:` line, else it is read whole.
   */
  private stub(indent: number, anyType = false): PNode | undefined {
    let bodyIndent = -1
    let type: { line: number; value: string } | undefined
    let first = 0
    let last = 0
    for (let j = this.i; j < this.count; j++) {
      const lineIndent = this.indentOf(j)
      if (lineIndent < 0) continue
      if (lineIndent <= indent) break
      if (bodyIndent < 0) {
        bodyIndent = lineIndent
        first = j + 1
      }
      if (lineIndent < bodyIndent) return undefined
      last = j + 1
      if (lineIndent !== bodyIndent || !this.text.startsWith('Type:', this.starts[j] + lineIndent)) continue
      const l = this.at(j)
      {
        const value = l.content.slice(5).trim()
        if (type || !/^[A-Za-z][A-Za-z0-9]*(?:::[A-Za-z0-9]+)+$/.test(value)) return undefined
        type = { line: l.number, value }
      }
    }
    if (!type || (!anyType && /^AWS::KMS::/.test(type.value))) return undefined
    const body = this.text.slice(this.starts[first - 1], this.ends[last - 1])
    // A body that may hold an anchor or alias is read whole, where each node start is checked: an alias elsewhere
    // may name an anchor in it, or an alias in it may name none (an error the library reports).
    if (hasAnchorOrAlias(body)) return undefined
    // IAM resources are read, except roles and users created under a generated name: no check can name them, so
    // only their type counts (relevance.ts). Any mention of a name property keeps the resource whole.
    if (!anyType && type.value.startsWith('AWS::IAM::')) {
      const nameProperty =
        type.value === 'AWS::IAM::Role' ? 'RoleName' : type.value === 'AWS::IAM::User' ? 'UserName' : ''
      if (!nameProperty || body.includes(nameProperty)) return undefined
    }
    this.i = last
    const value: PNode = { type: 'string', value: type.value, startLine: type.line, endLine: type.line }
    return { type: 'object', props: [{ key: 'Type', keyLine: type.line, value }], startLine: first, endLine: last }
  }

  /**
   * A block sequence whose dashes are at `indent`. `first`: the first dash is inside a line (`- - a`), at
   * `column` of its content.
   */
  private sequence(indent: number, first?: { line: Line; column: number }): PNode {
    if (++this.depth > MAX_DEPTH) unsupported(TOO_DEEP)
    const items: PNode[] = []
    let startLine = 0
    let endLine = 0
    for (;;) {
      let next: Line | undefined
      let column = 0
      if (first) {
        next = first.line
        column = first.column
        first = undefined
      } else {
        next = this.peek()
        if (!next || next.indent !== indent || !/^-(?: |$)/.test(next.content)) {
          if (next && next.indent > indent) unsupported()
          break
        }
      }
      if (!startLine) startLine = next.number
      this.i = next.number
      const after = next.content.slice(column + 1)
      const spaces = after.length - after.trimStart().length
      const rest = after.trimStart()
      let item: PNode
      if (/^-(?: |$)/.test(rest)) {
        // A sequence in a sequence on the same line (`- - a`): its dashes are at the inner dash's column.
        if (!spaces) unsupported()
        item = this.sequence(indent + 1 + spaces, { line: next, column: column + 1 + spaces })
      } else if (rest && !rest.startsWith('#') && this.isMappingEntry(rest)) {
        // A compact mapping: its keys are at the column of the first one.
        item = this.mapping(indent + 1 + spaces, indent, { line: next, column: column + 1 + spaces })
      } else item = this.value(rest.startsWith('#') ? '' : rest, next, indent, false)
      items.push(item)
      endLine = item.endLine
    }
    this.depth--
    return { type: 'array', items: exact(items), startLine, endLine: Math.max(startLine, endLine) }
  }

  private isMappingEntry(text: string): boolean {
    if (text.startsWith('"') || text.startsWith("'")) {
      const end = quotedEnd(text)
      return end > 0 && /^\s*:(?:\s|$)/.test(text.slice(end))
    }
    if (KEY_START_BAD.test(text)) return false
    return /:(?:\s|$)/.test(stripComment(text))
  }

  /** The key of a `key: rest` line (plain or quoted) and what follows the colon. */
  private key(text: string): { key: string; rest: string } {
    let raw: string
    let after: string
    if (text.startsWith('"') || text.startsWith("'")) {
      const end = quotedEnd(text)
      if (end < 0) unsupported()
      raw = text.slice(0, end)
      after = text.slice(end).trimStart()
    } else {
      if (KEY_START_BAD.test(text)) unsupported()
      const colon = keyColon(text)
      // The library refuses implicit keys longer than 1024 characters.
      if (colon < 0 || colon > 1000) unsupported()
      raw = text.charCodeAt(colon - 1) === 32 ? text.slice(0, colon).trimEnd() : text.slice(0, colon)
      if (raw.includes(' #')) unsupported()
      const value = this.resolvePlain(raw, true)
      return { key: typeof value === 'string' ? value : keyText(value), rest: text.slice(colon + 1).trim() }
    }
    if (!after.startsWith(':') || !/^:(?:\s|$)/.test(after)) unsupported()
    return { key: this.own(keyText(unquote(raw))), rest: after.slice(1).trim() }
  }

  /**
   * The value after `key:` or `- ` on `line` (`rest`, possibly empty), in a collection at `indent`. A block
   * collection on the following lines is read too.
   */
  private value(rest: string, line: Line, indent: number, inMapping: boolean, topLevel = false): PNode {
    const n = line.number
    if (rest === '' || rest.startsWith('#')) return this.blockOrNull(line, indent, inMapping, undefined, topLevel)
    const first = rest.charCodeAt(0)
    // `*name`, `&name` (kept out of this function: it is the reader's busiest).
    if (first === 42 || first === 38) return this.anchorOrAlias(rest, line, indent, inMapping)
    if (rest.startsWith('!')) {
      const m = BLOCK_TAG.exec(rest)
      if (!m) unsupported()
      const inner = m[2] ?? ''
      if (inner === '' || inner.startsWith('#')) return this.blockOrNull(line, indent, inMapping, m[1])
      // A tagged scalar is its text, never resolved (`!Ref 80` is the string "80").
      const plain = !/^[[{|>"'!]/.test(inner)
      if (plain) {
        if (BLOCK_PLAIN_START_BAD.test(inner)) unsupported()
        if (/:(?:\s|$)/.test(stripComment(inner))) unsupported()
        const { text, endLine } = this.plainScalar(inner, n, indent)
        return this.tagged(m[1], { type: 'string', value: text, startLine: n, endLine })
      }
      if (inner.startsWith('!')) unsupported()
      return this.tagged(m[1], this.value(inner, line, indent, inMapping))
    }
    if (rest.startsWith('|') || rest.startsWith('>')) return this.blockScalar(rest, line, indent)
    if (rest.startsWith('[') || rest.startsWith('{')) {
      const flow = new FlowReader(rest, n, this, indent)
      const node = flow.value()
      flow.end()
      this.noContinuation(indent)
      return node
    }
    if (rest.startsWith('"') || rest.startsWith("'")) {
      const end = quotedEnd(rest)
      const { raw, tail, endLine } =
        end < 0 ? this.quotedLines(rest, n, indent) : { raw: rest.slice(0, end), tail: rest.slice(end), endLine: n }
      if (tail && !/^\s+#/.test(tail)) unsupported()
      this.noContinuation(indent)
      return { type: 'string', value: this.own(unquote(raw)), startLine: n, endLine }
    }
    if (BLOCK_PLAIN_START_BAD.test(rest)) unsupported()
    if (keyColon(stripComment(rest)) >= 0) unsupported()
    const { text, endLine } = this.plainScalar(rest, n, indent)
    return this.noted({ ...scalarNode(this.resolvePlain(text, false), n), endLine }, text)
  }

  /** A value that starts with an alias (`*name`) or an anchor (`&name`), see `value`. */
  private anchorOrAlias(rest: string, line: Line, indent: number, inMapping: boolean): PNode {
    if (rest.startsWith('*')) {
      const m = /^\*([^\s,[\]{}]+)(?:\s+#.*)?$/.exec(rest)
      if (!m) unsupported()
      this.noContinuation(indent)
      return this.alias(m[1], line.number)
    }
    const m = /^&([^\s,[\]{}]+)(?:\s+(.*))?$/.exec(rest)
    if (!m) unsupported()
    const inner = m[2] ?? ''
    if (inner === '' || inner.startsWith('#'))
      return this.anchored(m[1], () => this.blockOrNull(line, indent, inMapping, undefined))
    // `&a key: v` anchors the key; `&a &b`, `&a *b` are errors.
    if (/^[&*]/.test(inner) || this.isMappingEntry(inner)) unsupported()
    return this.anchored(m[1], () => this.value(inner, line, indent, inMapping))
  }

  /**
   * A plain scalar whose first line (after the key or dash) is `first`, on line `n`, in a collection at `indent`.
   * Lines indented deeper go on with it, folded (YAML 1.2 §7.3.3, §6.5): a line break becomes a space, or the
   * empty lines after it. A comment ends it. Continuation lines that start with an indicator, hold a comment or
   * look like a key are left to the library.
   */
  private plainScalar(first: string, n: number, indent: number): { text: string; endLine: number } {
    const commented = first.includes(' #')
    let text = stripComment(first)
    let endLine = n
    let empties = 0
    for (let j = this.i; j < this.count; j++) {
      const source = this.textOf(j)
      const spaces = leadingSpaces(source)
      if (spaces === source.length) {
        empties++
        continue
      }
      if (spaces <= indent || source.charCodeAt(spaces) === 35) break
      if (source.includes('\t')) unsupported()
      // After a comment, a deeper line is an error.
      if (commented) unsupported()
      const content = source.slice(spaces).trimEnd()
      // Any character may start a continuation line (YAML 1.2 §7.3.3, ns-plain-char): only a key or a comment
      // in it is left to the library.
      if (keyColon(content) >= 0 || content.includes(' #')) unsupported()
      text += empties ? '\n'.repeat(empties) : ' '
      text += content
      empties = 0
      endLine = j + 1
    }
    this.i = endLine
    this.noContinuation(indent)
    return { text, endLine }
  }

  /**
   * A quoted scalar that does not close on its first line (`first`, from its quote, on line `n`), up to its closing quote
   * on a later line deeper than `indent`, folded into one line of the same quoting (YAML 1.2 §7.3.1, §7.3.2): a
   * line break between two lines becomes a space, or the empty lines after it; in double quotes `\` at a line's
   * end joins the lines. Spaces at a line's end and at the next one's start are not content.
   */
  private quotedLines(first: string, n: number, indent: number): { raw: string; tail: string; endLine: number } {
    const q = first[0]
    const double = q === '"'
    // Lines are read without their trailing spaces; an escaped one (`\ `) is content.
    const line = this.textOf(n - 1)
    // The lines read so far and what joins them; the last entry is always the line before (kept apart so that
    // each line costs its own length: a scalar of 50,000 lines took minutes when the whole was re-scanned).
    const parts = [first + line.slice(line.trimEnd().length)]
    let empties = 0
    for (let j = this.i; j < this.count; j++) {
      const source = this.textOf(j)
      const spaces = leadingSpaces(source)
      if (spaces === source.length) {
        empties++
        continue
      }
      if (spaces <= indent || source.includes('\t')) unsupported()
      // The line before: its trailing spaces go, unless escaped; `\` before the break joins without a space.
      const before = parts[parts.length - 1]
      const trimmed = before.trimEnd()
      if (double && trailingBackslashes(trimmed) % 2 === 1) {
        // Empty lines after an escaped break: the library reads them differently from YAML 1.2 §7.3.1.
        if (trimmed !== before || empties) unsupported()
        parts[parts.length - 1] = before.slice(0, -1)
      } else {
        parts[parts.length - 1] = trimmed
        parts.push(empties ? (double ? '\\n' : '\n').repeat(empties) : ' ')
      }
      empties = 0
      const content = source.slice(spaces)
      const close = closingQuote(content, q)
      if (close < 0) {
        parts.push(content)
        continue
      }
      this.i = j + 1
      parts.push(content.slice(0, close + 1))
      return { raw: parts.join(''), tail: content.slice(close + 1), endLine: j + 1 }
    }
    return unsupported()
  }

  /** A line after a one-line value that is indented deeper would continue it (or be an error): not supported. */
  private noContinuation(indent: number): void {
    const save = this.i
    const next = this.peek()
    if (next && next.indent > indent) unsupported()
    this.i = save
  }

  /** Nothing after the colon or dash: a block collection on the next lines, else null (or "" when tagged). */
  private blockOrNull(
    line: Line,
    indent: number,
    inMapping: boolean,
    tag: string | undefined,
    /** The value of a top-level key: a block mapping is a section (see mapping). */
    topLevel = false
  ): PNode {
    const save = this.i
    const next = this.peek()
    if (next && next.indent > indent) {
      const entry = /^-(?: |$)/.test(next.content)
      // A complex key (`? `) starts a mapping too (its entry is the fallback's to read, see entryOr).
      if (!entry && !this.isMappingEntry(next.content) && !/^\?(?:\s|$)/.test(next.content)) {
        // A scalar, flow collection or tagged node on the line after its key or dash (an anchor there is left to
        // the library, an alias is read).
        if (next.content.startsWith('&')) unsupported()
        this.i = next.number
        return this.value(tag ? `${tag} ${next.content}` : next.content, next, indent, inMapping)
      }
      const node = entry ? this.sequence(next.indent) : this.mapping(next.indent, indent, undefined, topLevel && !tag)
      return tag ? this.tagged(tag, node) : node
    }
    // A sequence may sit at its key's indentation.
    if (inMapping && next && next.indent === indent && /^-(?: |$)/.test(next.content)) {
      const node = this.sequence(indent)
      return tag ? this.tagged(tag, node) : node
    }
    this.i = save
    const n = line.number
    if (tag) return this.tagged(tag, { type: 'string', value: '', startLine: n, endLine: n })
    return { type: 'null', startLine: n, endLine: n }
  }

  /**
   * A `|` or `>` block scalar (YAML 1.2 §8.1) with clip, strip (`-`) or keep (`+`) chomping. The content's
   * indentation is that of its first non-empty line, or the entry's column (`indent`: a key's or a dash's) plus
   * the indentation indicator (`|2`). Lines are read from the text itself: whitespace at a line's end is content.
   */
  private blockScalar(header: string, line: Line, indent: number): PNode {
    const m = /^([|>])(?:([1-9])([-+]?)|([-+])([1-9])?)?(?:\s+#.*)?$/.exec(header)
    if (!m) unsupported()
    const folded = m[1] === '>'
    const chomp = m[3] || m[4] || ''
    const indicator = Number(m[2] || m[5] || 0)
    // Each line without the content's indentation; '' for an empty line.
    const lines: string[] = []
    const start = this.i
    let contentIndent = indicator ? indent + indicator : -1
    let leadingBlank = 0
    for (let j = start; j < this.count; j++) {
      const source = this.textOf(j)
      const spaces = leadingSpaces(source)
      const blank = spaces === source.length
      // A tab is content past the content's indentation, and nowhere else.
      const tab = source.includes('\t')
      if (tab && source.trim() === '') unsupported()
      if (contentIndent < 0) {
        if (blank) {
          leadingBlank = Math.max(leadingBlank, spaces)
          lines.push('')
          continue
        }
        if (spaces <= indent) break
        contentIndent = spaces
        // A leading empty line indented more than the first text line is an error (YAML 1.2 §8.1.1.1).
        if (leadingBlank > contentIndent) unsupported()
      }
      // With an indentation indicator the library reads a blank line deeper than the content as empty or not
      // depending on what follows: left to it.
      if (blank && indicator && spaces > contentIndent) unsupported()
      if (tab && spaces < contentIndent) unsupported()
      if (blank && spaces <= contentIndent) lines.push('')
      else if (spaces < contentIndent) break
      else lines.push(source.slice(contentIndent))
    }
    let lastText = lines.length - 1
    while (lastText >= 0 && lines[lastText] === '') lastText--
    // Empty or blank lines only: an empty scalar, or those line breaks kept. The library ends the node on the last kept
    // line, else on the line after the header; where it ends when such lines hold spaces depends on what
    // follows, so those are left to it.
    if (lastText < 0 || !lines.some(l => l.trim() !== '')) {
      for (let k = 0; k < lines.length; k++) if (this.ends[start + k] > this.starts[start + k]) unsupported()
      const kept = chomp === '+' ? lines.length : 0
      if (kept) this.i = start + kept
      const endLine = line.number + (kept || Math.min(1, lines.length))
      return { type: 'string', value: '\n'.repeat(kept), startLine: line.number, endLine }
    }
    const trailing = lines.length - 1 - lastText
    const body = lines.slice(0, lastText + 1)
    let value = folded ? fold(body) : body.join('\n')
    if (chomp === '') value += '\n'
    else if (chomp === '+') value += '\n'.repeat(1 + trailing)
    const last = start + (chomp === '+' ? lines.length : lastText + 1) - 1
    this.i = start + lastText + 1
    if (chomp === '+') this.i = last + 1
    return { type: 'string', value, startLine: line.number, endLine: last + 1 }
  }

  private textOf(k: number): string {
    if (k >= this.reached) this.reached = k + 1
    return this.text.slice(this.starts[k], this.ends[k])
  }

  /**
   * A node under a tag: a short form becomes its long form; any other local tag is unknown to CloudFormation's
   * YAML and is dropped, as the library drops it (its scalar stays text).
   */
  tagged(tag: string, node: PNode): PNode {
    const long = this.shortForms[tag]
    let out = node
    if (node.type === 'null') out = { type: 'string', value: '', startLine: node.startLine, endLine: node.endLine }
    if (!long) return out
    const result = longForm(long, out)
    if (this.anchoring) (this.underTag ??= new WeakMap()).set(result, out)
    return result
  }

  /**
   * The next line of a flow collection that goes on over lines: deeper than `indent`, or at it when it starts by
   * closing a collection (as the library reads the outermost one; an inner one closed there, `}]`, it refuses, but
   * PyYAML — which `sam deploy` and `aws cloudformation package` read templates with — does not check indentation
   * in flow collections, and public templates close `[{` … `}]` so). Blank lines are skipped; a tab is left to the
   * library.
   */
  flowLine(indent: number): { content: string; number: number } {
    for (; this.i < this.count; this.i++) {
      const source = this.textOf(this.i)
      const spaces = leadingSpaces(source)
      if (spaces === source.length) continue
      if (source.includes('\t')) unsupported()
      const content = source.slice(spaces).trimEnd()
      if (spaces < indent || (spaces === indent && !/^[\]}]/.test(content))) unsupported()
      return { content, number: ++this.i }
    }
    return unsupported()
  }

  /** `node`, a plain scalar written `text`: noted in `sources` when it is not a string. */
  noted(node: PNode, text: string): PNode {
    if (this.options.sources && node.type !== 'string') this.options.sources.set(node, text)
    return node
  }

  /**
   * Short strings read again and again (keys, `Allow`, action names) are held once per text. Only those V8 copies
   * out of the text (under 13 characters): a longer one is a slice of the text, 32 bytes whatever its length, and
   * looking it up cost more than it saved (a 5 MB template read 9% faster; a template of IAM policies holds 3.2x its
   * text instead of 3.0x).
   */
  own(value: string): string {
    if (value.length > 12) return value
    const known = this.strings.get(value)
    if (known !== undefined) return known
    if (this.strings.size >= 20_000) this.strings.clear()
    this.strings.set(value, value)
    return value
  }

  /** A plain scalar resolved as the library resolves it (YAML 1.1 core tags, keys included). */
  resolvePlain(value: string, atKey: boolean): unknown {
    // Most scalars are plainly strings: no core tag can match them (checked against the schema in schemaTags).
    if (this.schema.shortcut && !MAYBE_TAGGED.test(value)) return this.own(value)
    const tag = this.schema.tags.find(
      t => (t.default === true || (atKey && t.default === 'key')) && t.test?.test(value)
    )
    if (!tag) return this.own(value)
    let failed = false
    const res = tag.resolve(value, () => (failed = true), this.schema.options)
    if (failed) unsupported()
    const out = isScalar(res) ? res.value : res
    // As in yaml.ts: `.` or `E3014` (no mantissa digit) is a string, not the NaN the library's float test gives.
    return typeof out === 'number' && Number.isNaN(out) && !/^\.(?:nan|NaN|NAN)$/.test(value) ? value : out
  }
}

/** One-line flow collections: `[a, !Ref b, {k: v}]`. */
class FlowReader {
  private pos = 0
  private depth = 0

  /**
   * `text`: the line from the collection's opening bracket on, line `line`; inside a collection the reader goes
   * on over the next lines (deeper than `indent`, the enclosing block collection's, or at it for a line that
   * starts by closing), which `reader` hands over.
   */
  constructor(
    private text: string,
    private line: number,
    private readonly reader: FastReader,
    private readonly indent: number
  ) {}

  end(): void {
    const tail = this.text.slice(this.pos)
    if (tail.trim() !== '' && !/^\s+#/.test(tail)) unsupported()
  }

  /** Spaces, and inside a collection line ends and comments too. */
  private ws(): void {
    for (;;) {
      while (this.text[this.pos] === ' ') this.pos++
      const c = this.text[this.pos]
      const comment = c === '#' && (this.pos === 0 || this.text[this.pos - 1] === ' ')
      if (this.depth === 0 || (c !== undefined && !comment)) return
      const next = this.reader.flowLine(this.indent)
      this.text = next.content
      this.line = next.number
      this.pos = 0
    }
  }

  /** `raw`: the value of a tag, whose scalars are their text. */
  value(raw = false): PNode {
    this.ws()
    const c = this.text[this.pos]
    const n = this.line
    if (c === '[' || c === '{') {
      if (++this.depth > MAX_DEPTH) unsupported(TOO_DEEP)
      const close = c === '[' ? ']' : '}'
      this.pos++
      const items: PNode[] = []
      const props: PProp[] = []
      const seen = new Set<string>()
      this.ws()
      if (this.text[this.pos] === close) this.pos++
      else {
        for (;;) {
          if (c === '[') {
            // `[0, Fn::GetAZs: !Ref R]`: a key and value in a sequence are a mapping of that one pair.
            if (this.pairAhead()) {
              const keyLine = this.line
              const key = this.key()
              const value = this.value()
              items.push({
                type: 'object',
                props: [{ key, keyLine, value }],
                startLine: keyLine,
                endLine: value.endLine
              })
            } else items.push(this.value())
          } else {
            this.ws()
            const keyLine = this.line
            const key = this.key()
            if (key === '<<') unsupported(MERGE_KEY, keyLine)
            if (seen.has(key)) twice(key, keyLine)
            seen.add(key)
            props.push({ key, keyLine, value: this.value() })
          }
          this.ws()
          const d = this.text[this.pos++]
          if (d === close) break
          if (d !== ',') unsupported()
          this.ws()
          // A comma may end the entries (YAML 1.2 §7.4).
          if (this.text[this.pos] === close) {
            this.pos++
            break
          }
        }
      }
      this.depth--
      return c === '['
        ? { type: 'array', items: exact(items), startLine: n, endLine: this.line }
        : { type: 'object', props: exact(props), startLine: n, endLine: this.line }
    }
    if (c === '*' || c === '&') {
      if (raw) unsupported()
      const m = /^[*&]([^\s,[\]{}]+)/.exec(this.text.slice(this.pos))
      if (!m) unsupported()
      this.pos += m[0].length
      if (c === '*') return this.reader.alias(m[1], n)
      // An anchor and its node on one line.
      if (this.text[this.pos] !== ' ') unsupported()
      while (this.text[this.pos] === ' ') this.pos++
      if (/^[,\]}#&*]|^$/.test(this.text.slice(this.pos, this.pos + 1))) unsupported()
      return this.reader.anchored(m[1], () => this.value())
    }
    if (c === '!') {
      if (raw) unsupported()
      const m = FLOW_TAG.exec(this.text.slice(this.pos))
      if (!m) unsupported()
      this.pos += m[0].length
      return this.reader.tagged(m[1], this.value(true))
    }
    if (c === '"' || c === "'") {
      const rest = this.text.slice(this.pos)
      const end = quotedEnd(rest)
      if (end < 0) unsupported()
      this.pos += end
      return { type: 'string', value: this.reader.own(unquote(rest.slice(0, end))), startLine: n, endLine: n }
    }
    // A plain scalar ends at a flow indicator, at `: ` or at ` #`.
    const start = this.pos
    let end = start
    for (; end < this.text.length; end++) {
      const d = this.text[end]
      if (d === ',' || d === '[' || d === ']' || d === '{' || d === '}') break
      if (d === ':' && (end + 1 >= this.text.length || /[\s,[\]{}]/.test(this.text[end + 1]))) unsupported()
      if (d === '#' && this.text[end - 1] === ' ') unsupported()
    }
    const plain = this.text.slice(start, end).trimEnd()
    if (!plain || PLAIN_START_BAD.test(plain)) unsupported()
    this.pos = end
    if (raw) return { type: 'string', value: plain, startLine: n, endLine: n }
    return this.reader.noted(scalarNode(this.reader.resolvePlain(plain, false), n), plain)
  }

  private key(): string {
    this.ws()
    const rest = this.text.slice(this.pos)
    let key: unknown
    if (rest.startsWith('"') || rest.startsWith("'")) {
      const end = quotedEnd(rest)
      if (end < 0) unsupported()
      key = unquote(rest.slice(0, end))
      this.pos += end
      while (this.text[this.pos] === ' ') this.pos++
      // After a quoted key the colon may come at once (`{"k":1}`, YAML 1.2 §7.4.1).
      if (this.text[this.pos] !== ':') unsupported()
      this.pos++
      return keyText(key)
    }
    if (/^[,[\]{}#:\s!&*?|>'"%@`-]/.test(rest)) unsupported()
    const end = plainEnd(rest)
    if (end < 0 || rest[end] !== ':') unsupported()
    key = this.reader.resolvePlain(rest.slice(0, end).trimEnd(), true)
    this.pos += end
    if (!/^: /.test(this.text.slice(this.pos))) unsupported()
    this.pos += 2
    return keyText(key)
  }

  /** Whether a `key: value` pair starts here (a plain or quoted scalar, then a colon and a space). */
  private pairAhead(): boolean {
    this.ws()
    const rest = this.text.slice(this.pos)
    if (rest.startsWith('"') || rest.startsWith("'")) {
      const end = quotedEnd(rest)
      return end > 0 && /^ *:(?:[ ,\]]|$)/.test(rest.slice(end))
    }
    if (/^[,[\]{}#:\s!&*?|>'"%@`-]/.test(rest)) return false
    const end = plainEnd(rest)
    return end >= 0 && rest[end] === ':'
  }
}

/**
 * Where a plain scalar in flow context that starts `text` ends: at a flow indicator, or at a `:` followed by a
 * space, a flow indicator or the end (the colon of a pair); -1 at a comment (` #`).
 */
function plainEnd(text: string): number {
  let i = 0
  for (; i < text.length; i++) {
    const d = text[i]
    if (d === ',' || d === '[' || d === ']' || d === '{' || d === '}') return i
    if (d === ':' && (i + 1 >= text.length || /[\s,[\]{}]/.test(text[i + 1]))) return i
    if (d === '#' && text[i - 1] === ' ') return -1
  }
  return i
}

/** End of a quoted scalar at the start of `text` (after the closing quote), or -1. */
function quotedEnd(text: string): number {
  const q = text[0]
  for (let i = 1; i < text.length; i++) {
    const c = text[i]
    if (q === "'" && c === "'") {
      if (text[i + 1] === "'") {
        i++
        continue
      }
      return i + 1
    }
    if (q === '"') {
      if (c === '\\') {
        i++
        continue
      }
      if (c === '"') return i + 1
    }
  }
  return -1
}

/**
 * Line folding of a `>` block scalar's lines (YAML 1.2 §8.1.3, §6.5): a line break between two text lines becomes
 * a space, or the empty lines between them; next to a more-indented line (one starting with a space) every line
 * break is kept.
 */
function fold(lines: readonly string[]): string {
  let out = ''
  let empties = 0
  let previous: string | undefined
  for (const text of lines) {
    if (text === '') {
      empties++
      continue
    }
    if (previous === undefined) out += '\n'.repeat(empties)
    else if (/^[ \t]/.test(previous) || /^[ \t]/.test(text)) out += '\n'.repeat(1 + empties)
    else out += empties ? '\n'.repeat(empties) : ' '
    out += text
    previous = text
    empties = 0
  }
  return out
}

/** The spaces a line starts with (its indentation, for a content line). */
function leadingSpaces(text: string): number {
  let n = 0
  while (text.charCodeAt(n) === 32) n++
  return n
}

function trailingBackslashes(text: string): number {
  let n = 0
  while (n < text.length && text.charCodeAt(text.length - 1 - n) === 92) n++
  return n
}

/** Index of the quote `q` that closes a quoted scalar in `text`, which holds its middle or end, or -1. */
function closingQuote(text: string, q: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (q === '"' && c === '\\') i++
    else if (c === q) {
      if (q === "'" && text[i + 1] === "'") i++
      else return i
    }
  }
  return -1
}

/** The one-character escapes of a double-quoted scalar (YAML 1.2 §5.7). */
const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029'
}

/** The value of a quoted scalar (one line: `quotedLines` folds the others); an unknown escape is an error. */
function unquote(raw: string): string {
  if (raw[0] === "'") return raw.slice(1, -1).replace(/''/g, "'")
  const body = raw.slice(1, -1)
  if (!body.includes('\\')) return body
  return body.replace(/\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|[^])/g, (_, e: string) => {
    if (e.length === 1) return Object.hasOwn(ESCAPES, e) ? ESCAPES[e] : unsupported()
    const code = parseInt(e.slice(1), 16)
    if (e[0] === 'u') return String.fromCharCode(code)
    return code > 0x10ffff ? unsupported() : String.fromCodePoint(code)
  })
}

/**
 * Whether a text may hold an `&anchor` or `*alias`: a `&` or `*` at the start of a token, inside a scalar too (an
 * over-approximation for text the reader does not parse).
 */
function hasAnchorOrAlias(text: string): boolean {
  for (const c of ['&', '*']) {
    for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
      const before = i === 0 ? 10 : text.charCodeAt(i - 1)
      // newline, space, `[`, `{`, `,`
      if (!(before === 10 || before === 32 || before === 91 || before === 123 || before === 44)) continue
      // An anchor or alias name follows at once (YAML 1.2, ns-anchor-char: no space, no flow indicator): "R & D"
      // in a description names nothing, and a scalar that starts with a bare `&` is declined as a plain scalar.
      const after = i + 1 < text.length ? text.charCodeAt(i + 1) : 10
      if (
        after === 10 ||
        after === 13 ||
        after === 32 ||
        after === 9 ||
        after === 44 ||
        after === 91 ||
        after === 93 ||
        after === 123 ||
        after === 125
      )
        continue
      return true
    }
  }
  return false
}

function stripComment(text: string): string {
  const hash = text.indexOf(' #')
  return hash < 0 ? text : text.slice(0, hash).trimEnd()
}

/** Index of the first `:` followed by a space or the end (a mapping's colon), or -1. */
function keyColon(text: string): number {
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
    if (i + 1 === text.length || text.charCodeAt(i + 1) === 32) return i
  }
  return -1
}

function keyText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'object') unsupported()
  return String(typeof value === 'bigint' ? Number(value) : value)
}

function scalarNode(value: unknown, line: number): PNode {
  switch (typeof value) {
    case 'string':
      return { type: 'string', value, startLine: line, endLine: line }
    case 'number':
      return { type: 'number', value, startLine: line, endLine: line }
    case 'bigint':
      return { type: 'number', value: Number(value), startLine: line, endLine: line }
    case 'boolean':
      return { type: 'boolean', value, startLine: line, endLine: line }
    default:
      if (value === null || value === undefined) return { type: 'null', startLine: line, endLine: line }
      return unsupported()
  }
}
