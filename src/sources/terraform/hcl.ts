import { readdirSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import { hclLanguage } from 'codemirror-lang-hcl'
import { scanTopBlocks } from './hcl-scan.js'
import { shiftLines, type PNode, type PProp } from '../../policy/node.js'
import { LineIndex, parseJsonWithLines } from '../../policy/json-source.js'
import { unknownNode } from '../iac.js'
import { decodeText, readBounded } from '../../workspace.js'
import { INPUT_LIMITS } from '../../constants.js'
import { GateError } from '../../errors.js'

type Tree = ReturnType<typeof hclLanguage.parser.parse>
export type SyntaxNode = Tree['topNode']

/**
 * A parsed `.tf` file, or one block of it: `text` is what was parsed (offsets of its nodes are in it) and `lines`
 * gives the file's line of such an offset.
 */
export interface HclFile {
  /** Workspace-relative path with `/`. */
  file: string
  text: string
  lines: { line(offset: number): number }
  top: SyntaxNode
}

/** A block (`resource`, `data`, `module`, or a nested block such as `statement`) with its lines. */
export interface HclBlock {
  src: HclFile
  node: SyntaxNode
  type: string
  labels: string[]
  line: number
  endLine: number
}

export interface BlockLocation {
  file: string
  line: number
  endLine: number
  /** The block itself; undefined when only the calling `module` block could be found (non-local module). */
  block?: HclBlock
}

/** A block of a module's files, parsed when first looked up. */
type LazyBlock = () => HclBlock | undefined

interface ModuleIndex {
  dir: string
  blocks: Map<string, LazyBlock>
  calls: Map<string, LazyBlock>
}

const MAX_MODULE_DEPTH = 20

/**
 * The `.tf` files of a Terraform root and the local modules it calls, read lazily, to map plan
 * addresses (`module.a.module.b.aws_kms_key.this[0]`) to the block that declares them.
 */
export class TerraformSource {
  private readonly modules = new Map<string, ModuleIndex | undefined>()
  /** Directory → its real path inside the workspace: every address of a module resolves the same directory. */
  private readonly realDirs = new Map<string, string | undefined>()
  private readonly workspaceReal: string

  /**
   * `located`: the resource and data types that may be looked up (their first label); blocks of other types are
   * not indexed, and an address of such a type is not located.
   */
  constructor(
    private readonly workspace: string,
    private readonly root: string,
    private readonly located: RegExp = /(?:)/
  ) {
    this.workspaceReal = safeRealpath(workspace) ?? path.resolve(workspace)
  }

  /** The block of `address`, else the nearest enclosing `module` call that could be found. */
  locate(address: string): BlockLocation | undefined {
    const addr = parseAddress(address)
    if (!addr || !this.located.test(addr.type)) return undefined
    let dir: string | undefined = path.resolve(this.workspace, this.root)
    let call: BlockLocation | undefined
    for (const name of addr.modules.slice(0, MAX_MODULE_DEPTH)) {
      const mod: ModuleIndex | undefined = dir ? this.module(dir) : undefined
      const block = mod?.calls.get(name)?.()
      if (!block || !mod) return call
      call = { file: block.src.file, line: block.line, endLine: block.endLine }
      const source = stringAttribute(block, 'source')
      dir = source && /^\.\.?\//.test(source) ? this.inside(path.resolve(mod.dir, source)) : undefined
      if (!dir) return call
    }
    const block = dir ? this.module(dir)?.blocks.get(`${addr.mode}.${addr.type}.${addr.name}`)?.() : undefined
    return block ? { file: block.src.file, line: block.line, endLine: block.endLine, block } : call
  }

  /** Bytes of `.tf` read so far: all of them together are capped too. */
  private bytesRead = 0

  /**
   * A `.tf` file's text; undefined for what is not a regular file. A file leading out of the workspace or over
   * the size limits stops the run naming it: the lines it would give cannot be trusted or afforded.
   */
  private read(full: string, rel: string): string | undefined {
    let realFile: string
    try {
      realFile = realpathSync(full)
      if (!statSync(realFile).isFile()) return undefined
    } catch {
      return undefined
    }
    const back = path.relative(this.workspaceReal, realFile)
    if (back.startsWith('..') || path.isAbsolute(back))
      throw new GateError(`a symbolic link that leads outside the workspace (to ${JSON.stringify(realFile)})`, rel)
    const fail = (message: string): GateError => new GateError(message, rel)
    const buffer = readBounded(realFile, INPUT_LIMITS.terraformFile, fail, 'the Terraform file')
    this.bytesRead += buffer.length
    if (this.bytesRead > INPUT_LIMITS.terraformTotal)
      throw fail(`the .tf files read for the plan exceed ${INPUT_LIMITS.terraformTotal} bytes together`)
    return decodeText(buffer)
  }

  private inside(dir: string): string | undefined {
    // Resolved once per directory: a realpath per located resource made a large plan spend most of its time in lstat.
    if (this.realDirs.has(dir)) return this.realDirs.get(dir)
    const real = safeRealpath(dir)
    const rel = real && path.relative(this.workspaceReal, real)
    const inside = real && rel !== undefined && !rel.startsWith('..') && !path.isAbsolute(rel) ? real : undefined
    this.realDirs.set(dir, inside)
    return inside
  }

  private module(dir: string): ModuleIndex | undefined {
    if (this.modules.has(dir)) return this.modules.get(dir)
    const real = this.inside(dir)
    const index: ModuleIndex | undefined = real ? { dir: real, blocks: new Map(), calls: new Map() } : undefined
    this.modules.set(dir, index)
    if (!real || !index) return index
    let names: string[]
    try {
      names = readdirSync(real)
        .filter(n => n.endsWith('.tf'))
        .sort()
    } catch {
      return index
    }
    for (const name of names) {
      const full = path.join(real, name)
      const rel = path.relative(this.workspaceReal, full).split(path.sep).join('/')
      const text = this.read(full, rel)
      if (text === undefined) continue
      const wanted = (type: string, labels: string[]): boolean =>
        type === 'module' || ((type === 'resource' || type === 'data') && this.located.test(labels[0] ?? ''))
      for (const [kind, key, block] of fileBlocks(text, rel, wanted))
        (kind === 'call' ? index.calls : index.blocks).set(key, block)
    }
    return index
  }
}

/** Where a block goes in a module's index: `managed.TYPE.NAME`, `data.TYPE.NAME`, or a module call by name. */
function indexKey(type: string, labels: string[]): ['block' | 'call', string] | undefined {
  if (type === 'resource' && labels.length >= 2) return ['block', `managed.${labels[0]}.${labels[1]}`]
  if (type === 'data' && labels.length >= 2) return ['block', `data.${labels[0]}.${labels[1]}`]
  if (type === 'module' && labels.length >= 1) return ['call', labels[0]]
  return undefined
}

/**
 * The blocks of a `.tf` file, each parsed when first looked up: only its own text goes to the parser (a plan asks
 * about a few blocks of files that may hold thousands). A parsed block must be the very block the scan found
 * (hcl-scan.ts); if the scan gives up or a block disagrees, the whole file is parsed, once, as it always was.
 */
/** Largest `.tf` text parsed whole when the block scan cannot follow it (about a second of parsing). */
export const WHOLE_PARSE_LIMIT = 1024 * 1024

function fileBlocks(
  text: string,
  file: string,
  wanted: (type: string, labels: string[]) => boolean
): ['block' | 'call', string, LazyBlock][] {
  let whole: Map<string, HclBlock> | undefined
  const wholeFile = (): Map<string, HclBlock> => {
    if (!whole) {
      whole = new Map()
      const src = parseHcl(text, file)
      for (const block of blocksOf(src, src.top)) {
        const key = indexKey(block.type, block.labels)
        if (key) whole.set(key.join(' '), block)
      }
    }
    return whole
  }
  const scanned = scanTopBlocks(text, wanted)
  // Parsing a whole file costs seconds and many times its size per MiB: a file the scan cannot follow is parsed
  // whole only up to WHOLE_PARSE_LIMIT, else the run stops naming it rather than let a file spend minutes.
  if (!scanned && text.length > WHOLE_PARSE_LIMIT)
    throw new GateError(
      `the Terraform file is ${text.length} bytes and not plain HCL blocks at the top level (an attribute, an unclosed string or block, or template nesting deeper than 64): files over ${WHOLE_PARSE_LIMIT} bytes are read block by block only`,
      file
    )
  if (!scanned) {
    const out: ['block' | 'call', string, LazyBlock][] = []
    for (const [id, block] of wholeFile()) {
      const [kind, key] = id.split(' ') as ['block' | 'call', string]
      out.push([kind, key, () => block])
    }
    return out
  }
  let lines: LineIndex | undefined
  const out: ['block' | 'call', string, LazyBlock][] = []
  for (const s of scanned) {
    const key = indexKey(s.type, s.labels)
    if (!key) continue
    let parsed: HclBlock | undefined | null = null
    out.push([
      key[0],
      key[1],
      () => {
        if (parsed !== null) return parsed
        lines ??= new LineIndex(text)
        const fileLines = lines
        const slice = text.slice(s.from, s.to)
        const src: HclFile = {
          file,
          text: slice,
          lines: { line: offset => fileLines.line(s.from + offset) },
          top: hclLanguage.parser.parse(slice).topNode
        }
        const [block, ...more] = blocksOf(src, src.top)
        const same =
          block &&
          !more.length &&
          block.node.from === 0 &&
          block.node.to === slice.length &&
          block.type === s.type &&
          block.labels.length === s.labels.length &&
          block.labels.every((l, i) => l === s.labels[i])
        parsed = same ? block : wholeFile().get(key.join(' '))
        return parsed
      }
    ])
  }
  return out
}

function safeRealpath(p: string): string | undefined {
  try {
    return realpathSync(p)
  } catch {
    return undefined
  }
}

export function parseHcl(text: string, file: string): HclFile {
  return { file, text, lines: new LineIndex(text), top: hclLanguage.parser.parse(text).topNode }
}

export interface Address {
  modules: string[]
  mode: 'managed' | 'data'
  type: string
  name: string
}

/** Splits `module.a["k"].module.b[0].data.aws_x.y[1]` (instance keys are dropped: one block declares them all). */
export function parseAddress(address: string): Address | undefined {
  const parts: string[] = []
  let cur = ''
  for (let i = 0; i < address.length; i++) {
    const c = address[i]
    if (c === '[') {
      // Skip the instance key, quoted strings included.
      let quoted = false
      for (i++; i < address.length; i++) {
        if (address[i] === '\\' && quoted) i++
        else if (address[i] === '"') quoted = !quoted
        else if (address[i] === ']' && !quoted) break
      }
    } else if (c === '.') {
      parts.push(cur)
      cur = ''
    } else cur += c
  }
  parts.push(cur)
  const modules: string[] = []
  while (parts[0] === 'module' && parts.length > 2) {
    modules.push(parts[1])
    parts.splice(0, 2)
  }
  const mode = parts[0] === 'data' ? 'data' : 'managed'
  if (mode === 'data') parts.shift()
  // `module.x` alone names a module call, not a resource.
  if (parts.length < 2 || !parts[0] || !parts[1] || parts[0] === 'module') return undefined
  return { modules, mode, type: parts[0], name: parts[1] }
}

const COMMENTS = new Set(['Comment', 'LineComment', 'BlockComment'])

/** The children of a node, without comments. */
function kids(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = []
  for (let c = node.firstChild; c; c = c.nextSibling) if (!COMMENTS.has(c.name)) out.push(c)
  return out
}

/** Blocks directly inside a file or a block. */
export function blocksOf(src: HclFile, node: SyntaxNode, type?: string): HclBlock[] {
  const body = node.getChild('Body')
  if (!body) return []
  const out: HclBlock[] = []
  for (const b of body.getChildren('Block')) {
    const typeNode = b.getChild('BlockType')
    const blockType = typeNode ? src.text.slice(typeNode.from, typeNode.to) : ''
    if (type && blockType !== type) continue
    const labels = b.getChildren('BlockLabel').map(l => literalText(src, l) ?? src.text.slice(l.from, l.to))
    out.push({
      src,
      node: b,
      type: blockType,
      labels,
      line: src.lines.line(b.from),
      endLine: src.lines.line(Math.max(b.from, b.to - 1))
    })
  }
  return out
}

export interface HclAttribute {
  name: string
  line: number
  endLine: number
  /** The `Expression` node of the value. */
  expr: SyntaxNode
}

export function attributeOf(block: HclBlock, name: string): HclAttribute | undefined {
  const body = block.node.getChild('Body')
  if (!body) return undefined
  for (const a of body.getChildren('Attribute')) {
    const id = a.getChild('Identifier')
    const expr = a.getChild('Expression')
    if (id && expr && block.src.text.slice(id.from, id.to) === name) {
      return {
        name,
        line: block.src.lines.line(a.from),
        endLine: block.src.lines.line(Math.max(a.from, a.to - 1)),
        expr
      }
    }
  }
  return undefined
}

function stringAttribute(block: HclBlock, name: string): string | undefined {
  const a = attributeOf(block, name)
  if (!a) return undefined
  const node = toNode(block.src, a.expr)
  return node.type === 'string' ? node.value : undefined
}

/** Source text of an expression (for references such as `data.aws_iam_policy_document.x.json`). */
export function expressionText(src: HclFile, expr: SyntaxNode): string {
  return src.text.slice(expr.from, expr.to).trim()
}

/** Text of a literal string node (`StringLit`, possibly wrapped), undefined for templates and other expressions. */
function literalText(src: HclFile, node: SyntaxNode): string | undefined {
  const lit = node.name === 'StringLit' ? node : node.getChild('StringLit')
  if (!lit) return undefined
  const body = lit.getChild('TemplateLiteral')
  return body ? decodeQuoted(src.text.slice(body.from, body.to)) : ''
}

/**
 * An HCL expression as a positioned tree: literals keep their values; anything computed becomes
 * `unknown` (its source text as description). A string template with interpolations becomes
 * `unknown` whose description is the quoted template, so it can still be matched against a value.
 */
export function toNode(src: HclFile, node: SyntaxNode): PNode {
  const startLine = src.lines.line(node.from)
  const endLine = src.lines.line(Math.max(node.from, node.to - 1))
  const unknown = (): PNode => unknownNode(src.text.slice(node.from, node.to).trim(), startLine, endLine)
  const parts = kids(node)
  switch (node.name) {
    case 'Expression':
    case 'CollectionValue':
    case 'LiteralValue':
    case 'TemplateExpr':
    case 'BoolLit':
    case 'NullLit':
      return parts.length === 1 ? toNode(src, parts[0]) : unknown()
    case 'true':
    case 'false':
      return { type: 'boolean', value: node.name === 'true', startLine, endLine }
    case 'null':
      return { type: 'null', startLine, endLine }
    case 'NumericLit':
      return { type: 'number', value: Number(src.text.slice(node.from, node.to)), startLine, endLine }
    case 'StringLit':
      return { type: 'string', value: literalText(src, node) ?? '', startLine, endLine }
    case 'QuotedTemplate': {
      const dynamic = parts.some(p => p.name === 'TemplateInterpolation' || p.name === 'TemplateDirective')
      if (dynamic) return unknown()
      const body = parts
        .filter(p => p.name === 'TemplateLiteral')
        .map(p => src.text.slice(p.from, p.to))
        .join('')
      return { type: 'string', value: decodeQuoted(body), startLine, endLine }
    }
    case 'HeredocTemplate': {
      const h = heredoc(src, node)
      return h && !h.dynamic ? { type: 'string', value: h.value, startLine, endLine } : unknown()
    }
    case 'Tuple':
      return {
        type: 'array',
        items: parts.filter(p => p.name === 'Expression').map(p => toNode(src, p)),
        startLine,
        endLine
      }
    case 'Object': {
      const props: PProp[] = []
      for (const elem of parts.filter(p => p.name === 'ObjectElem')) {
        const keyNode = elem.getChild('ObjectKey')
        const value = elem.getChild('Expression')
        const key = keyNode ? objectKey(src, keyNode) : undefined
        if (!keyNode || key === undefined || !value) return unknown()
        props.push({ key, keyLine: src.lines.line(keyNode.from), value: toNode(src, value) })
      }
      return { type: 'object', props, startLine, endLine }
    }
    case 'FunctionCall': {
      const fn = node.getChild('FunctionName')
      const args = node.getChild('FunctionArguments')?.getChildren('Expression') ?? []
      const name = fn ? src.text.slice(fn.from, fn.to) : ''
      // jsonencode(x) is x as JSON: keep the structure and its lines.
      if (name === 'jsonencode' && args.length === 1) return toNode(src, args[0])
      return unknown()
    }
    default:
      return unknown()
  }
}

function objectKey(src: HclFile, keyNode: SyntaxNode): string | undefined {
  const expr = keyNode.getChild('Expression')
  if (!expr) return undefined
  const inner = kids(expr)
  // A bare identifier key (`Effect = …`) is its name, not a variable.
  if (inner.length === 1 && inner[0].name === 'VariableExpr') return src.text.slice(inner[0].from, inner[0].to)
  const value = toNode(src, expr)
  return value.type === 'string' ? value.value : undefined
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' }

/** A quoted string's body with HCL escapes decoded (`\n`, `\uNNNN`, `$${` → `${`). */
function decodeQuoted(raw: string): string {
  return raw
    .replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_m, e: string) =>
      e.length > 1 ? String.fromCodePoint(parseInt(e.slice(1), 16)) : (ESCAPES[e] ?? e)
    )
    .replace(/\$\$\{/g, '${')
    .replace(/%%\{/g, '%{')
}

/** A heredoc's content (indentation removed for `<<-`) and where it starts. */
export function heredoc(
  src: HclFile,
  node: SyntaxNode
): { value: string; raw: string; firstLine: number; dynamic: boolean } | undefined {
  const ids = node.getChildren('HeredocIdentifier')
  const start = node.getChild('HeredocStart')
  if (ids.length < 2 || !start) return undefined
  const open = src.text.indexOf('\n', ids[0].to)
  if (open < 0) return undefined
  const raw = src.text.slice(open + 1, ids[ids.length - 1].from + 1)
  const dynamic = kids(node).some(p => p.name === 'TemplateInterpolation' || p.name === 'TemplateDirective')
  let value = raw
  if (src.text.slice(start.from, start.to) === '<<-') {
    const lines = raw.split('\n')
    const indent = lines.filter(l => l.trim()).reduce((min, l) => Math.min(min, /^[ \t]*/.exec(l)![0].length), Infinity)
    value = lines.map(l => l.slice(indent)).join('\n')
  }
  return {
    value: value.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{'),
    raw,
    firstLine: src.lines.line(open + 1),
    dynamic
  }
}

/**
 * The tree of a policy written inline in an attribute, lines in the `.tf` file: `jsonencode({...})`
 * or a heredoc with JSON. Strings holding interpolations become `unknown` (quoted template description).
 * Undefined for any other expression.
 */
export function inlinePolicy(src: HclFile, expr: SyntaxNode): PNode | undefined {
  let node: SyntaxNode = expr
  while ((node.name === 'Expression' || node.name === 'TemplateExpr') && kids(node).length === 1) node = kids(node)[0]
  if (node.name === 'FunctionCall') {
    const fn = node.getChild('FunctionName')
    return fn && src.text.slice(fn.from, fn.to) === 'jsonencode' ? toNode(src, node) : undefined
  }
  if (node.name !== 'HeredocTemplate') return undefined
  const h = heredoc(src, node)
  if (!h) return undefined
  const parsed = parseJsonWithLines(h.raw)
  if (!parsed.node) return undefined
  return markTemplates(shiftLines(parsed.node, h.firstLine - 1))
}

function markTemplates(node: PNode): PNode {
  if (node.type === 'string' && node.value.includes('${'))
    return unknownNode(JSON.stringify(node.value), node.startLine, node.endLine)
  if (node.type === 'object') node.props.forEach(p => (p.value = markTemplates(p.value)))
  if (node.type === 'array') node.items = node.items.map(markTemplates)
  return node
}

/** The JSON key each `aws_iam_policy_document` statement argument becomes. */
const STATEMENT_ARGS: Record<string, string> = {
  sid: 'Sid',
  effect: 'Effect',
  actions: 'Action',
  not_actions: 'NotAction',
  resources: 'Resource',
  not_resources: 'NotResource'
}

/**
 * An `aws_iam_policy_document` data block as the IAM JSON it produces, for its lines: `statement`
 * blocks become statements, `principals`/`not_principals` blocks merge by `type`, `condition` blocks
 * nest as operator → key → values. Values are the literal ones written; computed ones are `unknown`.
 */
export function policyDocumentTree(block: HclBlock): PNode {
  const src = block.src
  const props: PProp[] = []
  const version = attributeOf(block, 'version')
  if (version) props.push({ key: 'Version', keyLine: version.line, value: toNode(src, version.expr) })
  const id = attributeOf(block, 'policy_id')
  if (id) props.push({ key: 'Id', keyLine: id.line, value: toNode(src, id.expr) })
  const statements = blocksOf(src, block.node, 'statement')
  if (statements.length) {
    props.push({
      key: 'Statement',
      keyLine: statements[0].line,
      value: {
        type: 'array',
        items: statements.map(s => statementTree(s)),
        startLine: statements[0].line,
        endLine: statements[statements.length - 1].endLine
      }
    })
  }
  return { type: 'object', props, startLine: block.line, endLine: block.endLine }
}

function statementTree(s: HclBlock): PNode {
  const src = s.src
  const props: PProp[] = []
  for (const [arg, key] of Object.entries(STATEMENT_ARGS)) {
    const a = attributeOf(s, arg)
    if (a) props.push({ key, keyLine: a.line, value: toNode(src, a.expr) })
  }
  for (const [blockType, key] of [
    ['principals', 'Principal'],
    ['not_principals', 'NotPrincipal']
  ]) {
    const blocks = blocksOf(src, s.node, blockType)
    if (!blocks.length) continue
    const byType = new Map<string, PProp>()
    for (const b of blocks) {
      const typeAttr = attributeOf(b, 'type')
      const ids = attributeOf(b, 'identifiers')
      const type = typeAttr ? toNode(src, typeAttr.expr) : undefined
      const name = type?.type === 'string' ? type.value : `${b.line}`
      const value = ids ? toNode(src, ids.expr) : unknownNode('identifiers', b.line)
      const items = value.type === 'array' ? value.items : [value]
      const prop = byType.get(name)
      if (prop && prop.value.type === 'array') for (const item of items) prop.value.items.push(item)
      else
        byType.set(name, {
          key: name,
          keyLine: typeAttr?.line ?? b.line,
          value: { type: 'array', items, startLine: value.startLine, endLine: value.endLine }
        })
    }
    props.push({
      key,
      keyLine: blocks[0].line,
      value: {
        type: 'object',
        props: [...byType.values()],
        startLine: blocks[0].line,
        endLine: blocks[blocks.length - 1].endLine
      }
    })
  }
  const conditions = blocksOf(src, s.node, 'condition')
  if (conditions.length) {
    const byTest = new Map<string, PProp>()
    for (const c of conditions) {
      const test = attributeOf(c, 'test')
      const variable = attributeOf(c, 'variable')
      const values = attributeOf(c, 'values')
      const testNode = test && toNode(src, test.expr)
      const varNode = variable && toNode(src, variable.expr)
      const op = testNode?.type === 'string' ? testNode.value : `${c.line}`
      const key = varNode?.type === 'string' ? varNode.value : `${c.line}`
      const entry: PProp = {
        key,
        keyLine: variable?.line ?? c.line,
        value: values ? toNode(src, values.expr) : unknownNode('values', c.line)
      }
      const prop = byTest.get(op)
      if (prop && prop.value.type === 'object') prop.value.props.push(entry)
      else
        byTest.set(op, {
          key: op,
          keyLine: test?.line ?? c.line,
          value: { type: 'object', props: [entry], startLine: c.line, endLine: c.endLine }
        })
    }
    props.push({
      key: 'Condition',
      keyLine: conditions[0].line,
      value: {
        type: 'object',
        props: [...byTest.values()],
        startLine: conditions[0].line,
        endLine: conditions[conditions.length - 1].endLine
      }
    })
  }
  return { type: 'object', props, startLine: s.line, endLine: s.endLine }
}
