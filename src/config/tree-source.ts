import { toJson, type PNode, type PProp } from '../policy/node.js'
import { ConfigError } from '../errors.js'

export type Segment = string | number

/** A config document with the line lookups the loader needs, however it was read. */
export interface ConfigSource<N = unknown> {
  readonly file: string
  /** The settings as plain values (the document must be a mapping). */
  toData(): unknown
  /**
   * Follows a schema path through the document. Returns the node found (if any), the line to report (the value's
   * line; the key's line for a collection or empty value; the parent's line when missing) and the path as the
   * user wrote it (a section written as one mapping has no `[0]`).
   */
  walk(segments: Segment[]): { node: N | undefined; line: number; label: string }
  /** Last line with content of a node. */
  endLine(node: N): number
  line(segments: Segment[]): number
  problem(segments: Segment[], message: string): ConfigError
  /** `values` (a scalar's or a list's, as strings) as written: `0x1F` stays `0x1F`, not 31. */
  written(node: N | undefined, values: string[]): string[]
}

/**
 * A config read into a positioned tree: by the gate's own YAML reader (yaml-fast.ts, which holds a few times the
 * text where the `yaml` library holds dozens) or as strict JSON. `sources` holds the text of non-string scalars.
 */
export class TreeSource implements ConfigSource<PNode> {
  /** `isRecordAt`: whether the value at a path is keyed by names from input (written `["name"]` in labels). */
  constructor(
    private readonly root: PNode,
    readonly file: string,
    private readonly isRecordAt: (segments: Segment[]) => boolean,
    private readonly sources?: WeakMap<PNode, string>
  ) {
    this.checkKeys()
  }

  /** A key twice in one mapping (the first by line) or a key `__proto__` is an error at its line. */
  private checkKeys(): void {
    let duplicate: { key: string; line: number } | undefined
    const stack: PNode[] = [this.root]
    while (stack.length) {
      const node = stack.pop()!
      // One by one: spreading a list of 200,000 entries into push() overflows the stack.
      if (node.type === 'array') for (const item of node.items) stack.push(item)
      if (node.type !== 'object') continue
      const seen = new Set<string>()
      for (const p of node.props) {
        if (p.key === '__proto__')
          throw new ConfigError('cannot parse config: "__proto__" is not allowed as a key', this.file, p.keyLine)
        if (seen.has(p.key) && (!duplicate || p.keyLine < duplicate.line)) duplicate = { key: p.key, line: p.keyLine }
        seen.add(p.key)
        stack.push(p.value)
      }
    }
    if (duplicate) {
      throw new ConfigError(
        `cannot parse config: key ${JSON.stringify(duplicate.key)} appears twice in the same mapping`,
        this.file,
        duplicate.line
      )
    }
  }

  toData(): unknown {
    const root = this.root
    if (root.type === 'null') throw new ConfigError('config is empty', this.file, 1)
    if (root.type !== 'object') {
      const found = root.type === 'array' ? 'a list' : 'a single value'
      throw new ConfigError(
        `config must be a mapping of settings (version, keys, …); found ${found}`,
        this.file,
        root.startLine || 1
      )
    }
    return toJson(root)
  }

  /** Each mapping's members by key, built once: looking keys up one by one made a large mapping quadratic. */
  private readonly members = new WeakMap<PNode, Map<string, PProp>>()

  private member(node: PNode & { type: 'object' }, key: string): PProp | undefined {
    let index = this.members.get(node)
    if (!index) {
      index = new Map()
      for (const p of node.props) if (!index.has(p.key)) index.set(p.key, p)
      this.members.set(node, index)
    }
    return index.get(key)
  }

  walk(segments: Segment[]): { node: PNode | undefined; line: number; label: string } {
    let node: PNode = this.root
    let line = node.startLine || 1
    let label = ''
    for (let i = 0; i < segments.length; i++) {
      const seg = segments[i]
      if (node.type === 'object' && typeof seg === 'number') continue
      label += formatSegment(seg, label === '', this.isRecordAt(segments.slice(0, i)))
      if (node.type === 'object') {
        const prop = this.member(node, String(seg))
        if (!prop) return { node: undefined, line, label }
        const value = prop.value
        line = isScalarValue(value) ? value.startLine : prop.keyLine
        node = value
      } else if (node.type === 'array' && typeof seg === 'number') {
        const item = node.items[seg]
        if (item === undefined) return { node: undefined, line, label }
        line = item.startLine
        node = item
      } else return { node: undefined, line, label }
    }
    return { node, line, label }
  }

  endLine(node: PNode): number {
    return node.endLine
  }

  line(segments: Segment[]): number {
    return this.walk(segments).line
  }

  problem(segments: Segment[], message: string): ConfigError {
    const { line, label } = this.walk(segments)
    return new ConfigError(label ? `${label}: ${message}` : message, this.file, line)
  }

  written(node: PNode | undefined, values: string[]): string[] {
    const text = (n: PNode, fallback: string): string =>
      n.type !== 'string' ? (this.sources?.get(n) ?? fallback) : fallback
    if (node?.type === 'array' && node.items.length === values.length)
      return values.map((v, i) => text(node.items[i], v))
    if (values.length === 1 && node && isScalarValue(node)) return [text(node, values[0])]
    return values
  }
}

function isScalarValue(node: PNode): boolean {
  return node.type === 'string' || node.type === 'number' || node.type === 'boolean'
}

export function formatSegment(seg: Segment, first: boolean, inRecord: boolean): string {
  if (typeof seg === 'number') return `[${seg}]`
  if (!inRecord && /^[A-Za-z][\w-]*$/.test(seg)) return first ? seg : `.${seg}`
  return `[${JSON.stringify(seg)}]`
}
