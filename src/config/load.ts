import { editDistance } from '../edit-distance.js'
import path from 'node:path'
import { isAlias, isCollection, isMap, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml'
import type { Alias, Document, Node, Pair, YAMLError } from 'yaml'
import type * as z from 'zod'
import { INPUT_LIMITS } from '../constants.js'
import { ConfigError, GateError } from '../errors.js'
import { notPrintable, resolveInWorkspace, readWorkspaceFile, toWorkspaceRel } from '../workspace.js'
import { parseJsonWithLines } from '../policy/json-source.js'
import { LIBRARY_MAX_DEPTH, libraryDepth, parseYamlFast, SECOND_DOCUMENT, type Declined } from '../policy/yaml-fast.js'
import type { PNode } from '../policy/node.js'
import { formatSegment, TreeSource, type ConfigSource, type Segment } from './tree-source.js'
import { configFieldsSchema, configIssues, configSchema, contextSchema } from './schema.js'
import { ConditionContext } from './context.js'
import { setMember, toJson, type PProp } from '../policy/node.js'
import type { ConfigFile } from './schema.js'
import type {
  CloudFormationConfig,
  Config,
  IgnoreConfig,
  KeyConfig,
  PrincipalConfig,
  TerraformConfig
} from './types.js'

/** Enough for any honest config; far below what an alias bomb needs. */
const MAX_ALIAS_COUNT = 100

/**
 * Reads, validates and resolves the config file (CONTRACT §4). Every problem is a ConfigError
 * with the config line of the offending value; only the first one (by line) is reported.
 * `configPath` is relative to the workspace (an absolute path inside it is accepted too).
 */
/**
 * Loads and validates the config. `text` replaces the file's content (the action passes the config of the
 * pull request's base commit); findings still point at the path in the workspace.
 */
export function loadConfig(
  workspace: string,
  configPath: string,
  opts: { maxBytes?: number; text?: string } = {}
): Config {
  const rel = path.isAbsolute(configPath) ? toWorkspaceRel(workspace, configPath) : configPath
  let text: string
  let file: string
  try {
    if (opts.text !== undefined) {
      text = opts.text
      file = path.posix.normalize(rel.split(path.sep).join('/'))
    } else {
      const read = readWorkspaceFile(workspace, rel, { maxBytes: opts.maxBytes ?? INPUT_LIMITS.config })
      text = read.text
      file = read.rel
    }
  } catch (error) {
    if (error instanceof GateError) throw new ConfigError(`cannot read config: ${error.message}`)
    throw error
  }
  if (text.trim() === '') throw new ConfigError('config is empty', file, 1)
  const unprintable = notPrintable(text)
  if (unprintable) throw new ConfigError(`cannot parse config: ${unprintable.message}`, file, unprintable.line)
  const context = new ContextReader(file)
  let source: ConfigSource
  try {
    source = readSource(text, file, context)
  } catch (error) {
    // A key twice elsewhere in the config: the first of those problems by line.
    throw error instanceof ConfigError ? first([error, ...context.keyProblems]) : error
  }
  if (context.keyProblems.length) throw first(context.keyProblems)
  const data = source.toData()
  context.readRest(data, source)
  const parsed = configFieldsSchema.safeParse(data, { reportInput: true })
  // The first problem by line, the context's entries included.
  if (!parsed.success || context.problems.length)
    throw first([...(parsed.success ? [] : issueProblems(parsed.error.issues, source)), ...context.problems])
  const fields = parsed.data
  const across = configIssues(fields, context.table.arns())
  if (across.length)
    throw first(
      across.map(
        issue => context.problem(issue.path, issue.message, source) ?? source.problem(issue.path, issue.message)
      )
    )
  const config = toConfig(fields, source, context.table)
  checkFiles(workspace, source, fileRefs(fields))
  return config
}

/** The first problem by line. */
function first(problems: ConfigError[]): ConfigError {
  return problems.reduce((a, b) => ((b.line ?? 0) < (a.line ?? 0) ? b : a))
}

function issueProblems(issues: Issue[], source: ConfigSource): ConfigError[] {
  return issues.flatMap(issue => describeIssue(issue)).map(p => source.problem(p.path, p.message))
}

/**
 * Reads the `context` section apart from the rest of the config into a ConditionContext: entry by entry as the
 * gate's YAML reader hands them over (FastOptions.streamed), or from the values read whole (JSON, the `yaml`
 * library, a flow mapping). Each entry is checked against the schema on its own, with its lines.
 */
class ContextReader {
  table = new ConditionContext()
  /** The text of non-string plain scalars, by node (TreeSource). */
  readonly sources = new WeakMap<PNode, string>()
  /** Problems of the entries' values, and keys written twice or `__proto__` inside an entry. */
  readonly problems: ConfigError[] = []
  readonly keyProblems: ConfigError[] = []
  /** Entries handed over with a problem (not in the table). */
  private readonly invalid = new Set<string>()

  constructor(private readonly file: string) {}

  /** For the fast reader. */
  readonly streamed = {
    key: 'context',
    has: (arn: string): boolean => this.table.has(arn) || this.invalid.has(arn),
    add: (entry: PProp): void => this.addStreamed(entry)
  }

  /** The reader declined the text after handing over some entries: it is read again whole. */
  reset(): void {
    this.table = new ConditionContext()
    this.problems.length = 0
    this.keyProblems.length = 0
    this.invalid.clear()
  }

  private addStreamed(entry: PProp): void {
    // The YAML reader refuses a key twice itself; the JSON reader hands both over.
    if (this.streamed.has(entry.key)) {
      this.keyProblems.push(
        new ConfigError(
          `cannot parse config: key ${JSON.stringify(entry.key)} appears twice in the same mapping`,
          this.file,
          entry.keyLine
        )
      )
      return
    }
    const only: PNode = { type: 'object', props: [entry], startLine: entry.keyLine, endLine: entry.value.endLine }
    const root: PNode = {
      type: 'object',
      props: [{ key: 'context', keyLine: entry.keyLine, value: only }],
      startLine: entry.keyLine,
      endLine: entry.value.endLine
    }
    let source: TreeSource
    try {
      source = new TreeSource(root, this.file, isRecordAt, this.sources)
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      this.keyProblems.push(error)
      this.invalid.add(entry.key)
      return
    }
    this.entry(entry.key, toJson(entry.value), source)
  }

  /** The entries still in the values read (not handed over); the section left empty for the schema. */
  readRest(data: unknown, source: ConfigSource): void {
    const record = data as Record<string, unknown>
    const context = record.context
    if (typeof context !== 'object' || context === null || Array.isArray(context)) return
    for (const [arn, value] of Object.entries(context)) this.entry(arn, value, source)
    record.context = {}
  }

  private entry(arn: string, value: unknown, source: ConfigSource): void {
    const one: Record<string, unknown> = {}
    setMember(one, arn, value)
    const parsed = contextSchema.safeParse(one, { reportInput: true })
    if (!parsed.success) {
      const issues = parsed.error.issues.map(issue => ({ ...issue, path: ['context', ...issue.path] }) as Issue)
      for (const p of issueProblems(issues, source)) this.problems.push(p)
      this.invalid.add(arn)
      return
    }
    const conditions: Record<string, string[]> = Object.create(null) as Record<string, string[]>
    for (const [conditionKey, values] of Object.entries(parsed.data[arn] ?? {}))
      conditions[conditionKey] = source.written(source.walk(['context', arn, conditionKey]).node, values)
    this.table.add(arn, conditions, source.line(['context', arn]))
  }

  /** A problem about a principal of the section, at its entry's line (the tree no longer holds handed-over ones). */
  problem(path: Segment[], message: string, source: ConfigSource): ConfigError | undefined {
    if (path[0] !== 'context' || path.length !== 2 || typeof path[1] !== 'string') return undefined
    const line = this.table.lineOf(path[1])
    if (line === undefined) return undefined
    const { label } = source.walk(path)
    return new ConfigError(`${label}: ${message}`, this.file, line)
  }
}

const ONE_DOCUMENT = 'the config must be a single YAML document (remove the second "---")'

/** A copy of a map keyed by names from input, without a prototype. */
function dictionary<T>(map: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, map)
}

/**
 * The config with its lines: strict JSON (a `.json` config), else YAML 1.2 read by the gate's own reader (a few
 * times the text held). YAML outside its subset goes to the `yaml` library, which holds dozens of times the text:
 * only in configs up to INPUT_LIMITS.yamlLibrary; above, it is an error at the line the reader stopped at.
 */
function readSource(text: string, file: string, context: ContextReader): ConfigSource {
  if (/\.json$/i.test(file)) {
    const json = parseJsonWithLines(text, { streamed: context.streamed })
    const problem = json.problems[0]
    if (problem || !json.node)
      throw new ConfigError(`cannot parse config: ${problem?.message ?? 'not JSON'}`, file, problem?.line ?? 1)
    return new TreeSource(json.node, file, isRecordAt)
  }
  const sources = context.sources
  let declined: Declined | undefined
  const tree = parseYamlFast(
    text,
    undefined,
    {},
    { version: '1.2', sources, streamed: context.streamed },
    why => (declined = why)
  )
  if (tree) return new TreeSource(tree, file, isRecordAt, sources)
  context.reset()
  // A second document: at any size, in the words the library path uses.
  if ((declined as Declined | undefined)?.reason === SECOND_DOCUMENT)
    throw new ConfigError(`cannot parse config: ${ONE_DOCUMENT}`, file, declined!.line)
  const bytes = Buffer.byteLength(text)
  if (declined && bytes > INPUT_LIMITS.yamlLibrary) {
    const kib = (n: number): string => `${Math.ceil(n / 1024)} KiB`
    const message =
      declined.key !== undefined
        ? `key ${JSON.stringify(declined.key)} appears twice in the same mapping`
        : `the config uses ${declined.reason} here, which the gate reads only in YAML configs up to ${kib(INPUT_LIMITS.yamlLibrary)} (this one has ${kib(bytes)}; the YAML library that reads it holds dozens of times the text): write it in plain YAML or JSON`
    throw new ConfigError(`cannot parse config: ${message}`, file, declined.line)
  }
  const deep = libraryDepth(text)
  if (deep !== undefined)
    throw new ConfigError(
      `cannot parse config: the config is nested deeper than ${LIBRARY_MAX_DEPTH} levels`,
      file,
      deep
    )
  return new YamlSource(text, file)
}

/** The config as the `yaml` library reads it (any YAML), with the line lookups the loader needs. */
class YamlSource implements ConfigSource<Node> {
  readonly doc: Document
  private readonly lines = new LineCounter()

  constructor(
    readonly text: string,
    readonly file: string
  ) {
    try {
      // logLevel 'error': library warnings would go to the console instead of the report.
      this.doc = parseDocument(text, {
        lineCounter: this.lines,
        // The parser's own check compares each key with every earlier one (quadratic in the keys of a mapping);
        // checkKeys finds duplicates with a set instead.
        uniqueKeys: false,
        prettyErrors: false,
        logLevel: 'error'
      })
    } catch (error) {
      throw new ConfigError(`cannot parse config: ${parseFailure(error)}`, file)
    }
    const first = this.doc.errors[0]
    if (first) {
      throw new ConfigError(`cannot parse config: ${this.syntaxMessage(first)}`, file, this.lineAt(first.pos[0]))
    }
    try {
      this.checkKeys()
    } catch (error) {
      if (error instanceof ConfigError) throw error
      throw new ConfigError(`cannot parse config: ${parseFailure(error)}`, file)
    }
  }

  private syntaxMessage(error: YAMLError): string {
    switch (error.code) {
      case 'DUPLICATE_KEY':
        return this.duplicateKeyMessage(error.pos[0])
      case 'MULTIPLE_DOCS':
        return ONE_DOCUMENT
      default:
        return /call stack/i.test(error.message) ? 'the config is nested too deeply' : error.message
    }
  }

  /**
   * Mapping keys must be plain scalars: collection keys cannot become object keys, and `__proto__`
   * would be swallowed by the object it is assigned to instead of being reported.
   */
  private checkKeys(): void {
    let duplicate: { key: string; line: number } | undefined
    visit(this.doc, {
      Map: (_, map) => {
        const seen = new Set<string>()
        for (const pair of map.items) {
          const key = pair.key as Node | null
          if (!isScalar(key)) continue
          const text = keyText(key)
          if (text === undefined) continue
          const line = this.startLine(key) ?? 1
          if (seen.has(text) && (!duplicate || line < duplicate.line)) duplicate = { key: text, line }
          seen.add(text)
        }
      }
    })
    if (duplicate) {
      throw new ConfigError(
        `cannot parse config: key ${JSON.stringify(duplicate.key)} appears twice in the same mapping`,
        this.file,
        duplicate.line
      )
    }
    visit(this.doc, {
      Pair: (_, pair) => {
        const key = pair.key as Node | null
        if (key && !isScalar(key) && !isAlias(key)) {
          throw new ConfigError(
            'cannot parse config: mapping keys must be plain strings',
            this.file,
            this.startLine(key)
          )
        }
        if (isScalar(key) && key.value === '__proto__') {
          throw new ConfigError(
            'cannot parse config: "__proto__" is not allowed as a key',
            this.file,
            this.startLine(key)
          )
        }
      }
    })
  }

  lineAt(offset: number): number {
    // Errors found at the end of the input (an unclosed quote) point at the last line with content.
    const end = this.text.trimEnd().length
    return this.lines.linePos(Math.min(offset, Math.max(end - 1, 0))).line
  }

  startLine(node: Node | Pair | null | undefined): number | undefined {
    const range = node && 'range' in node ? node.range : undefined
    return range ? this.lineAt(range[0]) : undefined
  }

  /** Last line with content of a node (trailing blank lines and comments after a block collection excluded). */
  endLine(node: Node): number {
    let end = this.endOffset(node)
    while (end > 0 && /\s/.test(this.text[end - 1])) end -= 1
    return this.lineAt(Math.max(end - 1, node.range?.[0] ?? 0))
  }

  private endOffset(node: Node): number {
    if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0) {
      const last = node.items[node.items.length - 1] as Node | Pair
      const inner = 'key' in last ? ((last.value ?? last.key) as Node | null) : last
      if (inner && typeof inner === 'object' && 'range' in inner && inner.range) return this.endOffset(inner)
    }
    return node.range?.[1] ?? 0
  }

  toData(): unknown {
    const contents = this.doc.contents
    if (contents === null || (isScalar(contents) && contents.value === null))
      throw new ConfigError('config is empty', this.file, 1)
    if (!isMap(contents)) {
      const found = isSeq(contents) ? 'a list' : 'a single value'
      throw new ConfigError(
        `config must be a mapping of settings (version, keys, …); found ${found}`,
        this.file,
        this.startLine(contents) ?? 1
      )
    }
    try {
      return this.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
    } catch (error) {
      if (error instanceof ReferenceError && /excessive alias/i.test(error.message)) {
        throw new ConfigError(
          `config expands YAML aliases into too many values (the limit is ${MAX_ALIAS_COUNT}); write the values out`,
          this.file,
          this.firstAliasLine(() => true)
        )
      }
      if (error instanceof ReferenceError && /alias/i.test(error.message)) {
        const line = this.firstAliasLine(alias => alias.resolve(this.doc) === undefined)
        throw new ConfigError(`cannot parse config: ${error.message}`, this.file, line)
      }
      throw new ConfigError(`cannot parse config: ${parseFailure(error)}`, this.file)
    }
  }

  private firstAliasLine(matches: (alias: Alias) => boolean): number {
    let line = 1
    visit(this.doc, {
      Alias: (_, alias) => {
        if (!matches(alias)) return undefined
        line = this.startLine(alias) ?? 1
        return visit.BREAK
      }
    })
    return line
  }

  private duplicateKeyMessage(offset: number): string {
    let key: string | undefined
    visit(this.doc, {
      Pair: (_, pair) => {
        const node = pair.key as Node | null
        if (node && node.range?.[0] === offset) {
          key = keyText(node)
          return visit.BREAK
        }
        return undefined
      }
    })
    return key === undefined
      ? 'a key appears twice in the same mapping'
      : `key ${JSON.stringify(key)} appears twice in the same mapping`
  }

  /**
   * Follows a schema path through the document. Returns the node found (if any), the line to report
   * (the value's line; the key's line for a collection or empty value; the parent's line when missing)
   * and the path as the user wrote it (a section written as one mapping has no `[0]`).
   */
  walk(segments: Segment[]): { node: Node | undefined; line: number; label: string } {
    let node: unknown = this.doc.contents
    let line = this.startLine(node as Node) ?? 1
    let label = ''
    for (let i = 0; i < segments.length; i++) {
      const seg = segments[i]
      if (isAlias(node)) node = node.resolve(this.doc)
      if (isMap(node) && typeof seg === 'number') continue
      if (isMap(node)) {
        label += formatSegment(seg, label === '', isRecordAt(segments.slice(0, i)))
        const pair = this.pairOf(node, String(seg))
        if (!pair) return { node: undefined, line, label }
        let value = pair.value as unknown
        if (isAlias(value)) value = value.resolve(this.doc)
        const keyLine = this.startLine(pair.key as Node) ?? line
        line = isScalar(value) && value.value !== null ? (this.startLine(value) ?? keyLine) : keyLine
        node = value ?? undefined
      } else if (isSeq(node) && typeof seg === 'number') {
        label += formatSegment(seg, label === '', isRecordAt(segments.slice(0, i)))
        const item = node.items[seg] as unknown
        if (item === undefined) return { node: undefined, line, label }
        line = this.startLine(item as Node) ?? line
        node = item
      } else {
        label += formatSegment(seg, label === '', isRecordAt(segments.slice(0, i)))
        return { node: undefined, line, label }
      }
    }
    return { node: isCollection(node) || isScalar(node) ? node : undefined, line, label }
  }

  line(segments: Segment[]): number {
    return this.walk(segments).line
  }

  /** Each mapping's pairs by key, built once: looking keys up one by one made a large mapping quadratic. */
  private readonly pairs = new WeakMap<object, Map<string, Pair>>()

  private pairOf(map: { items: Pair[] }, key: string): Pair | undefined {
    let index = this.pairs.get(map)
    if (!index) {
      index = new Map()
      for (const p of map.items) {
        const text = keyText(p.key as Node | null)
        if (text !== undefined && !index.has(text)) index.set(text, p)
      }
      this.pairs.set(map, index)
    }
    return index.get(key)
  }

  problem(segments: Segment[], message: string): ConfigError {
    const { line, label } = this.walk(segments)
    return new ConfigError(label ? `${label}: ${message}` : message, this.file, line)
  }

  written(node: Node | undefined, values: string[]): string[] {
    return asWritten(node, values)
  }
}

function parseFailure(error: unknown): string {
  // Nesting deep enough to exhaust the stack.
  if (error instanceof RangeError) return 'the config is nested too deeply'
  return error instanceof Error ? error.message : String(error)
}

function keyText(node: Node | null): string | undefined {
  if (!node) return undefined
  if (isScalar(node)) return String(node.value)
  return String(node)
}

/* ---------- zod issues in config terms ---------- */

type Issue = z.core.$ZodIssue

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping'
}

function describeValue(value: unknown): string {
  if (value === null) return 'an empty value'
  if (Array.isArray(value)) return 'a list'
  switch (typeof value) {
    case 'string':
      return `the string ${JSON.stringify(value)}`
    case 'number':
      return `the number ${value}`
    case 'boolean':
      return String(value)
    case 'object':
      return 'a mapping'
    default:
      return typeof value
  }
}

function describeIssue(issue: Issue): { path: Segment[]; message: string }[] {
  const at = issue.path.map(seg => (typeof seg === 'symbol' ? String(seg) : seg))
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map(key => ({
        path: [...at, key],
        message: `unknown field ${JSON.stringify(key)}${suggestField(key, at)}`
      }))
    case 'invalid_type':
    case 'invalid_value':
      // A missing field is reported on its parent's line and path.
      if (issue.input === undefined && at.length > 0) {
        return [{ path: at.slice(0, -1), message: `missing required field ${JSON.stringify(at[at.length - 1])}` }]
      }
      if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
        return [
          {
            path: at,
            message: `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, got ${describeValue(issue.input)}`
          }
        ]
      }
      return [{ path: at, message: issue.message }]
    case 'invalid_key':
      return [{ path: at, message: issue.issues[0]?.message ?? issue.message }]
    default:
      return [{ path: at, message: issue.message }]
  }
}

type SchemaNode = { _zod: { def: Record<string, unknown> & { type: string } } }

/** The schema node at a path (wrappers removed), or undefined. */
function schemaAt(segments: Segment[]): SchemaNode | undefined {
  const unwrap = (n: SchemaNode): SchemaNode => {
    for (;;) {
      const def = n._zod.def
      if (def.type === 'pipe') n = def.out as SchemaNode
      else if (['optional', 'default', 'prefault', 'nullable', 'readonly'].includes(def.type))
        n = def.innerType as SchemaNode
      else return n
    }
  }
  let node: SchemaNode | undefined = unwrap(configSchema as unknown as SchemaNode)
  for (const seg of segments) {
    const def: Record<string, unknown> & { type: string } = node._zod.def
    if (def.type === 'object' && typeof seg === 'string')
      node = (def.shape as Record<string, SchemaNode | undefined>)[seg]
    else if (def.type === 'array') node = def.element as SchemaNode
    else if (def.type === 'record') node = def.valueType as SchemaNode
    else node = undefined
    if (!node) return undefined
    node = unwrap(node)
  }
  return node
}

/** Field names the schema accepts at a path, for "did you mean" hints. */
function fieldsAt(segments: Segment[]): string[] {
  const def = schemaAt(segments)?._zod.def
  return def?.type === 'object' ? Object.keys(def.shape as object) : []
}

/** Record keys (ARNs, logical ids, addresses) are shown in brackets, fields with a dot. */
function isRecordAt(segments: Segment[]): boolean {
  return schemaAt(segments)?._zod.def.type === 'record'
}

function suggestField(key: string, at: Segment[]): string {
  const fields = fieldsAt(at)
  if (fields.length === 0) return ''
  const squash = (s: string): string => s.toLowerCase().replace(/[-_]/g, '')
  const near = fields.find(f => squash(f) === squash(key)) ?? fields.find(f => editDistance(f, key) <= 2)
  return near ? ` (did you mean ${JSON.stringify(near)}?)` : ` (allowed: ${fields.join(', ')})`
}

/* ---------- the resolved Config ---------- */

function toConfig(file: ConfigFile, source: ConfigSource, context: ConditionContext): Config {
  const keys = file.keys.map((entry, i): KeyConfig => {
    const { node, line } = source.walk(['keys', i])
    const key: KeyConfig = {
      key: entry.key,
      rotation: {
        principals: entry.rotation.principals,
        actions: entry.rotation.actions,
        requireEnabled: entry.rotation['require-enabled']
      },
      ownerActions: entry['owner-actions'],
      principalLines: Object.create(null) as Record<string, number>,
      line,
      endLine: node ? source.endLine(node) : line
    }
    entry.rotation.principals.forEach((p, j) => {
      key.principalLines[p] ??= source.line(['keys', i, 'rotation', 'principals', j])
    })
    entry.owners?.forEach((p, j) => {
      key.principalLines[p] ??= source.line(['keys', i, 'owners', j])
    })
    if (entry.name !== undefined) key.name = entry.name
    if (entry.rotation['max-age-days'] !== undefined) key.rotation.maxAgeDays = entry.rotation['max-age-days']
    if (entry.owners !== undefined) key.owners = entry.owners
    if (entry.policy !== undefined) {
      key.policy = path.posix.normalize(entry.policy)
      key.policyLine = source.line(['keys', i, 'policy'])
    }
    return key
  })

  const principals = file.principals.map((entry, i): PrincipalConfig => {
    const principal: PrincipalConfig = {
      arn: entry.arn,
      policies: entry.policies.map((policy, j) => ({
        file: path.posix.normalize(policy.file),
        ...(policy.name !== undefined ? { name: policy.name } : {}),
        ...(policy.managed !== undefined ? { managed: policy.managed } : {}),
        line: source.line(['principals', i, 'policies', j])
      })),
      line: source.line(['principals', i])
    }
    if (entry['permissions-boundary'] !== undefined) {
      principal.permissionsBoundary = path.posix.normalize(entry['permissions-boundary'])
      principal.permissionsBoundaryLine = source.line(['principals', i, 'permissions-boundary'])
    }
    return principal
  })

  // Names from the config index these maps: without a prototype, `constructor` or `toString` is just a name.
  const accounts: Config['accounts'] = Object.create(null) as Config['accounts']
  for (const [account, entry] of Object.entries(file.accounts)) {
    accounts[account] = {
      role: entry.role,
      ...(entry['external-id'] !== undefined ? { externalId: entry['external-id'] } : {}),
      line: source.line(['accounts', account])
    }
  }

  const cloudformation = file.cloudformation.map((entry, i): CloudFormationConfig => ({
    template: entry.template,
    ...(entry.stack !== undefined ? { stack: entry.stack } : {}),
    keys: dictionary(entry.keys),
    principals: dictionary(entry.principals),
    line: source.line(['cloudformation', i])
  }))
  const terraform = file.terraform.map((entry, i): TerraformConfig => ({
    plan: entry.plan,
    ...(entry.root !== undefined ? { root: entry.root } : {}),
    keys: dictionary(entry.keys),
    principals: dictionary(entry.principals),
    line: source.line(['terraform', i])
  }))

  const ignore = file.ignore.map((entry, i): IgnoreConfig => {
    const out: IgnoreConfig = { rule: entry.rule, reason: entry.reason, line: source.line(['ignore', i]) }
    if (entry.key !== undefined) out.key = entry.key
    if (entry.principal !== undefined) out.principal = entry.principal
    if (entry.action !== undefined) out.action = entry.action
    if (entry.file !== undefined) out.file = path.posix.normalize(entry.file)
    if (entry.expires !== undefined) out.expires = entry.expires
    return out
  })

  const config: Config = {
    version: 1,
    file: source.file,
    keys,
    principals,
    context,
    accounts,
    horizonDays: file['horizon-days'],
    cloudformation,
    terraform,
    ignore
  }
  if (file.region !== undefined) config.region = file.region
  if (file['timeout-seconds'] !== undefined) config.timeoutSeconds = file['timeout-seconds']
  return config
}

/**
 * Condition values as written: YAML reads `011122223333` as a number and would drop the zero,
 * but condition values are compared as strings.
 */
function asWritten(node: Node | undefined, values: string[]): string[] {
  const text = (n: unknown, fallback: string): string =>
    isScalar(n) && typeof n.value !== 'string' && typeof n.source === 'string' ? n.source : fallback
  if (isSeq(node) && node.items.length === values.length) return values.map((v, i) => text(node.items[i], v))
  if (values.length === 1 && isScalar(node)) return [text(node, values[0])]
  return values
}

/** Every file the config names, with where its value is. */
function fileRefs(file: ConfigFile): { rel: string; at: Segment[] }[] {
  const refs: { rel: string; at: Segment[] }[] = []
  file.keys.forEach((key, i) => {
    if (key.policy !== undefined) refs.push({ rel: key.policy, at: ['keys', i, 'policy'] })
  })
  file.principals.forEach((principal, i) => {
    principal.policies.forEach((policy, j) =>
      refs.push({ rel: policy.file, at: ['principals', i, 'policies', j, 'file'] })
    )
    const boundary = principal['permissions-boundary']
    if (boundary !== undefined) refs.push({ rel: boundary, at: ['principals', i, 'permissions-boundary'] })
  })
  return refs
}

/** Each must be a regular file inside the workspace; checked in line order so the first problem is reported. */
function checkFiles(workspace: string, source: ConfigSource, refs: { rel: string; at: Segment[] }[]): void {
  const located = refs.map(ref => ({ ...ref, ...source.walk(ref.at) })).sort((a, b) => a.line - b.line)
  for (const ref of located) {
    try {
      resolveInWorkspace(workspace, ref.rel, { file: source.file, line: ref.line })
    } catch (error) {
      if (error instanceof GateError) throw new ConfigError(`${ref.label}: ${error.message}`, source.file, ref.line)
      throw error
    }
  }
}
