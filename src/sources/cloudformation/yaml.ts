import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node as YamlNode,
  type Tags
} from 'yaml'
import { getProp, type PNode, type PProp } from '../../policy/node.js'
import { RELEVANCE_PROPERTIES, relevanceView } from './relevance.js'
import { parseJsonTemplate, type DetailFilter } from './json-template.js'
import { notPrintable } from '../../workspace.js'
import {
  LIBRARY_MAX_DEPTH,
  libraryDepth,
  longForm,
  parseYamlFast,
  type Declined,
  type FastOptions
} from '../../policy/yaml-fast.js'
import type { ParsedTemplate, TemplateProblem } from './parsed.js'
import { INPUT_LIMITS } from '../../constants.js'

export type { ParsedTemplate, TemplateProblem } from './parsed.js'

/** Short-form tags and the long form each stands for (CloudFormation User Guide, intrinsic function reference). */
export const SHORT_FORMS: Record<string, string> = {
  '!Ref': 'Ref',
  '!Condition': 'Condition',
  '!Sub': 'Fn::Sub',
  '!GetAtt': 'Fn::GetAtt',
  '!Join': 'Fn::Join',
  '!If': 'Fn::If',
  '!Select': 'Fn::Select',
  '!Split': 'Fn::Split',
  '!ImportValue': 'Fn::ImportValue',
  '!FindInMap': 'Fn::FindInMap',
  '!Base64': 'Fn::Base64',
  '!Cidr': 'Fn::Cidr',
  '!GetAZs': 'Fn::GetAZs',
  '!Equals': 'Fn::Equals',
  '!Not': 'Fn::Not',
  '!And': 'Fn::And',
  '!Or': 'Fn::Or',
  '!Transform': 'Fn::Transform',
  '!Length': 'Fn::Length',
  '!ToJsonString': 'Fn::ToJsonString'
}

/** Alias expansion budget: CloudFormation does not document aliases, and a few nested ones can expand exponentially. */
export const MAX_ALIASES = 100
const MAX_EXPANDED_NODES = 100_000
const ALIAS_BUDGET = { max: MAX_ALIASES, maxNodes: MAX_EXPANDED_NODES }

// CloudFormation reads YAML 1.1 without the binary, omap, pairs, set and timestamp tags (User Guide,
// template-formats): `Version: 2012-10-17` stays a string.
const UNSUPPORTED = new Set(['binary', 'omap', 'pairs', 'set', 'timestamp'].map(t => `tag:yaml.org,2002:${t}`))

export function customTags(tags: Tags): Tags {
  const kept = tags.filter(t => typeof t === 'string' || !UNSUPPORTED.has(t.tag))
  for (const tag of Object.keys(SHORT_FORMS)) {
    // Identity resolvers: the node keeps its tag and position; the walk below builds the long form.
    kept.push({ tag, resolve: (value: string) => value })
    kept.push({ tag, collection: 'seq', resolve: (value: unknown) => value as YamlNode })
    kept.push({ tag, collection: 'map', resolve: (value: unknown) => value as YamlNode })
  }
  return kept
}

/**
 * Reads a CloudFormation template (JSON or YAML) into a tree with 1-based lines. Short-form tags become
 * their long form at the tag's position. Syntax errors come back as problems with their line.
 * `detail` limits which resources are read with positions (the rest keep only `Type`), except the logical ids in
 * `keep`: a JSON template gives it its parsed resources; a YAML template is read twice by the fast reader, first
 * for the small view relevance needs (relevance.ts), then whole for the resources `detail` names.
 */
export function parseTemplateText(text: string, detail?: DetailFilter, keep?: readonly string[]): ParsedTemplate {
  // A byte order mark is not part of the document (and JSON.parse refuses it).
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  const first = /\S/.exec(text)
  if (!first) return { problems: [{ message: 'the template is empty', line: 1 }] }
  if (first[0] === '{') return parseJsonTemplate(text, detail)
  return parseYamlTemplate(text, { stubResources: !!detail, keep, deferProperties: true }, detail)
}

export function parseYamlTemplate(text: string, options: FastOptions = {}, detail?: DetailFilter): ParsedTemplate {
  // Characters YAML forbids are refused before either reader sees the text.
  const unprintable = notPrintable(text)
  if (unprintable)
    return { problems: [{ message: `YAML syntax error: ${unprintable.message}`, line: unprintable.line }] }
  // The subset CloudFormation templates are written in is read directly (a few times JSON.parse); anything
  // else (duplicate keys included) goes through the library below, which gives the same tree, in templates up to
  // INPUT_LIMITS.yamlLibrary: the library holds about 45 times the text. With
  // `stubResources`, resources of other than IAM and KMS types keep only their `Type`, as in a JSON template
  // read with a detail filter.
  let declined: Declined | undefined
  const why = (d: Declined): void => {
    declined = d
  }
  // Anchors and aliases are read by the fast reader, within the same budget as below; an entry it does not take
  // (a resource, a parameter) is read by the library alone, the rest of the text by the fast reader.
  options = {
    ...options,
    aliases: ALIAS_BUDGET,
    fallback: { maxBytes: INPUT_LIMITS.yamlLibrary, read: parseYamlEntry },
    // The passes below share where the text's lines are.
    lines: {}
  }
  if (options.stubResources && detail) {
    // Two passes keep what is held small: the view relevance is decided on, then the relevant resources whole.
    const view = parseYamlFast(
      text,
      customTags,
      SHORT_FORMS,
      { ...options, relevanceProperties: RELEVANCE_PROPERTIES },
      why
    )
    const resources = view && getProp(view, 'Resources')?.value
    if (resources) {
      const only = detail(relevanceView(resources))
      const fast = parseYamlFast(text, customTags, SHORT_FORMS, { ...options, only }, why)
      if (fast) return { node: fast, problems: [] }
    }
  }
  const fast = parseYamlFast(text, customTags, SHORT_FORMS, options, why)
  if (fast) return { node: fast, problems: [] }
  // An alias error in a text read whole: the library path's problem, in its words.
  const read = declined as Declined | undefined
  if (read?.message) return { problems: [{ message: read.message, line: read.line }] }
  const bytes = Buffer.byteLength(text)
  if (declined && bytes > INPUT_LIMITS.yamlLibrary) return { problems: [tooLargeForLibrary(declined, bytes)] }
  return parseYamlLibrary(text)
}

/**
 * A large template the fast reader declined: its error, or what it does not read, at the line it stopped at. The
 * library is not run on it (see INPUT_LIMITS.yamlLibrary).
 */
function tooLargeForLibrary(declined: Declined, bytes: number): TemplateProblem {
  if (declined.error) return { message: `YAML syntax error: ${declined.reason}`, line: declined.line }
  const kib = (n: number): string => `${Math.ceil(n / 1024)} KiB`
  return {
    message: `the template uses ${declined.reason} here, which the gate reads only in YAML templates up to ${kib(INPUT_LIMITS.yamlLibrary)} (this one has ${kib(bytes)}; the YAML library that reads it holds about 45 times the text): write this part in plain YAML, or the template in JSON`,
    line: declined.line
  }
}

/**
 * One entry of a mapping (`key: value` and the lines of its value), `delta` lines into a template, read by the
 * library: a problem unless the text is exactly one entry of a plain mapping (a tagged node or a list would read
 * as something else than it is in the template).
 */
export function parseYamlEntry(text: string, delta: number): ParsedTemplate {
  return parseYamlLibrary(text, delta, true)
}

/**
 * The `yaml` library path: any YAML, with its errors; alias expansion bounded. `delta`: lines before the text (a
 * part of a larger one), added to every line (collection keys, written out with their lines, too).
 */
export function parseYamlLibrary(text: string, delta = 0, entry = false): ParsedTemplate {
  const deep = libraryDepth(text)
  if (deep !== undefined)
    return {
      problems: [{ message: `YAML syntax error: nested deeper than ${LIBRARY_MAX_DEPTH} levels`, line: deep + delta }]
    }
  const lines = new LineCounter()
  const doc = parseDocument(text, {
    version: '1.1',
    lineCounter: lines,
    merge: false,
    customTags,
    prettyErrors: false,
    // The parser's own check compares each key with every earlier one: quadratic in a template's thousands of
    // resources (60,000 took 77 s). The converter finds duplicates with a set instead.
    uniqueKeys: false
  })
  const lineOf = (offset: number): number => Math.max(1, lines.linePos(offset).line) + delta
  if (doc.errors.length) {
    return {
      problems: doc.errors.map(e => ({
        message: `YAML syntax error: ${e.message.split('\n')[0]}`,
        line: lineOf(e.pos[0])
      }))
    }
  }
  if (!doc.contents) return { problems: [{ message: 'the template is empty', line: 1 }] }
  if (entry && !(isMap(doc.contents) && !doc.contents.tag && !doc.contents.anchor && doc.contents.items.length === 1))
    return { problems: [{ message: 'not one entry of a mapping', line: 1 + delta }] }
  try {
    return { node: new Converter(doc, lineOf).convert(doc.contents), problems: [] }
  } catch (error) {
    if (error instanceof AliasLimit) return { problems: [{ message: error.message, line: error.line }] }
    throw error
  }
}

class AliasLimit extends Error {
  constructor(
    message: string,
    readonly line: number
  ) {
    super(message)
  }
}

class Converter {
  private aliases = 0
  private expanded = 0
  private readonly sizes = new Map<YamlNode, number>()
  private readonly active = new Set<YamlNode>()

  constructor(
    private readonly doc: Document,
    private readonly lineOf: (offset: number) => number
  ) {}

  convert(node: YamlNode): PNode {
    const [start, end] = node.range ?? [0, 0]
    const startLine = this.lineOf(start)
    const endLine = Math.max(startLine, this.lineOf(Math.max(start, end - 1)))
    if (isAlias(node)) return this.alias(node, startLine)
    let out: PNode
    if (isMap(node)) {
      const props: PProp[] = []
      const seen = new Set<string>()
      for (const pair of node.items) {
        const key = pair.key as YamlNode | null
        const keyNode = key ? (isAlias(key) ? this.alias(key, startLine) : this.convert(key)) : undefined
        const keyLine = keyNode?.startLine ?? startLine
        const name = keyText(keyNode)
        if (seen.has(name))
          throw new AliasLimit(
            `YAML syntax error: the key ${JSON.stringify(name)} appears twice in the same mapping`,
            keyLine
          )
        seen.add(name)
        const value = pair.value
          ? this.convert(pair.value as YamlNode)
          : ({ type: 'null', startLine: keyLine, endLine: keyLine } as PNode)
        props.push({ key: keyText(keyNode), keyLine, value })
      }
      out = {
        type: 'object',
        props,
        startLine,
        endLine: node.flow
          ? endLine
          : lastLine(
              props.map(p => p.value),
              startLine
            )
      }
    } else if (isSeq(node)) {
      const items = node.items.map(i => this.convert(i as YamlNode))
      out = { type: 'array', items, startLine, endLine: node.flow ? endLine : lastLine(items, startLine) }
    } else if (isScalar(node)) {
      // The library's YAML 1.1 exponent form takes `E3014` (no digit before the `e`) for a float and gives NaN;
      // YAML 1.1 (and the fast reader) read a scalar without a mantissa digit as a string.
      const noNumber =
        typeof node.value === 'number' &&
        Number.isNaN(node.value) &&
        typeof node.source === 'string' &&
        !/^\.(?:nan|NaN|NAN)$/.test(node.source)
      out = scalar(noNumber ? node.source : node.value, startLine, endLine)
    } else {
      out = { type: 'null', startLine, endLine }
    }
    const long = node.tag ? SHORT_FORMS[node.tag] : undefined
    return long ? longForm(long, out, startLine) : out
  }

  private alias(node: YamlNode, line: number): PNode {
    if (!isAlias(node)) return this.convert(node)
    if (++this.aliases > MAX_ALIASES)
      throw new AliasLimit(`more than ${MAX_ALIASES} YAML alias expansions: refused (alias expansion attack?)`, line)
    const target = node.resolve(this.doc) as YamlNode | undefined
    if (!target) throw new AliasLimit(`unknown YAML alias *${node.source}`, line)
    if (this.active.has(target)) throw new AliasLimit(`YAML alias *${node.source} refers to itself`, line)
    this.expanded += this.size(target)
    if (this.expanded > MAX_EXPANDED_NODES) {
      throw new AliasLimit(
        `YAML aliases expand to more than ${MAX_EXPANDED_NODES} nodes: refused (alias expansion attack?)`,
        line
      )
    }
    this.active.add(target)
    try {
      // The content keeps the lines where it is written (the anchor).
      return this.convert(target)
    } finally {
      this.active.delete(target)
    }
  }

  /** Nodes a subtree expands to, aliases included (memoized, so measuring a bomb stays cheap). */
  private size(node: YamlNode): number {
    const known = this.sizes.get(node)
    if (known !== undefined) return known
    this.sizes.set(node, 1) // cycle guard
    let n = 1
    if (isAlias(node)) {
      const target = node.resolve(this.doc) as YamlNode | undefined
      n = target ? this.size(target) : 1
    } else if (isMap(node)) {
      for (const pair of node.items) {
        if (pair.key) n += this.size(pair.key as YamlNode)
        if (pair.value) n += this.size(pair.value as YamlNode)
      }
    } else if (isSeq(node)) {
      for (const item of node.items) n += this.size(item as YamlNode)
    }
    n = Math.min(n, Number.MAX_SAFE_INTEGER)
    this.sizes.set(node, n)
    return n
  }
}

/**
 * A block collection ends where its last entry ends. The library's range also takes in comment lines after it
 * that are indented deeper than the line after them, and sometimes the empty lines after those: a comment is not
 * part of a node, and the fast reader's lines must not depend on comments.
 */
function lastLine(entries: readonly PNode[], startLine: number): number {
  return entries.length ? Math.max(startLine, entries[entries.length - 1].endLine) : startLine
}

function keyText(node: PNode | undefined): string {
  if (!node) return ''
  switch (node.type) {
    case 'string':
    case 'number':
    case 'boolean':
      return String(node.value)
    case 'null':
      return ''
    default:
      return JSON.stringify(node)
  }
}

function scalar(value: unknown, startLine: number, endLine: number): PNode {
  switch (typeof value) {
    case 'string':
      return { type: 'string', value, startLine, endLine }
    case 'number':
      return { type: 'number', value, startLine, endLine }
    case 'bigint':
      return { type: 'number', value: Number(value), startLine, endLine }
    case 'boolean':
      return { type: 'boolean', value, startLine, endLine }
    default:
      return value === null || value === undefined
        ? { type: 'null', startLine, endLine }
        : { type: 'string', value: String(value), startLine, endLine }
  }
}
