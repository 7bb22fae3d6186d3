/**
 * A source-independent JSON-like tree with positions. JSON files (jsonc-parser), CloudFormation YAML
 * and Terraform/HCL all produce it, so one policy reader serves every source and every finding
 * can point at a line.
 */
export type PNode =
  | { type: 'object'; props: PProp[]; startLine: number; endLine: number }
  | { type: 'array'; items: PNode[]; startLine: number; endLine: number }
  | { type: 'string'; value: string; startLine: number; endLine: number }
  | { type: 'number'; value: number; startLine: number; endLine: number }
  | { type: 'boolean'; value: boolean; startLine: number; endLine: number }
  | { type: 'null'; startLine: number; endLine: number }
  /** A value that cannot be known before deployment (unresolved CloudFormation intrinsic, Terraform unknown). */
  | { type: 'unknown'; description: string; startLine: number; endLine: number }

export interface PProp {
  key: string
  keyLine: number
  value: PNode
}

/** What builds a lazy node's entries again (an object, not a closure: thousands are held). */
export interface LazySource {
  /** A fresh set of entries each time (callers may change their lines). */
  load(): PProp[]
  /** The same entries `delta` lines further down (see shiftLines). */
  shifted(delta: number): LazySource
}

/** Where a lazy object node (see lazyObject) keeps its source: not enumerable, so a spread leaves it. */
const SOURCE = Symbol('source')

type LazyNode = PNode & { type: 'object'; [SOURCE]: LazySource }

/** Shared by every lazy node, so they all keep one hidden class: the entries, built again. */
function lazyProps(this: LazyNode): PProp[] {
  return this[SOURCE].load()
}

/**
 * An object node whose entries are built again, by `source`, each time they are read: the properties of a resource
 * of a large template are kept as the place they were read from (a few numbers) instead of their tree, and read
 * again when the resource is opened. Anything may read it as any object node (spreading it copies its entries);
 * what reads it more than once takes `materialized` first.
 */
export function lazyObject(source: LazySource, startLine: number, endLine: number): PNode {
  // Every data slot in the literal, then made what it is: the four stay in the object (an added one would go to a
  // separate property store, and thousands of these nodes are held); the accessor takes no slot. Turning a data
  // slot into the accessor instead made V8 hold each node as a dictionary.
  const node = { type: 'object', startLine, endLine, [SOURCE]: source }
  Object.defineProperty(node, SOURCE, { enumerable: false })
  Object.defineProperty(node, 'props', { get: lazyProps, enumerable: true })
  return node as unknown as PNode
}

export function isLazy(node: PNode): node is LazyNode {
  return SOURCE in node
}

/** A lazy node's entries built once, as a plain object node (any other node as it is). */
export function materialized(node: PNode): PNode {
  return isLazy(node)
    ? { type: 'object', props: node[SOURCE].load(), startLine: node.startLine, endLine: node.endLine }
    : node
}

/** Adds `delta` to every line of a tree (in place): for a document parsed out of a larger file. */
export function shiftLines(node: PNode, delta: number): PNode {
  if (delta === 0) return node
  node.startLine += delta
  node.endLine += delta
  // A lazy node's entries are built later: its source builds them lower.
  if (isLazy(node)) node[SOURCE] = node[SOURCE].shifted(delta)
  else if (node.type === 'object') {
    for (const p of node.props) {
      p.keyLine += delta
      shiftLines(p.value, delta)
    }
  } else if (node.type === 'array') {
    for (const item of node.items) shiftLines(item, delta)
  }
  return node
}

export function getProp(node: PNode, key: string): PProp | undefined {
  if (node.type !== 'object') return undefined
  return node.props.find(p => p.key === key)
}

/**
 * A list filled by `push` keeps room for 16 more items; what is held for a whole run (trees of large templates,
 * documents of thousands of keys: tens of thousands of lists) is kept at its exact length.
 */
export function exact<T>(list: T[]): T[] {
  return list.length ? list.slice() : list
}

/**
 * A string built from parts (`a + b`, a template literal) that is kept for the run, made one piece: V8 holds such a
 * string as a tree of its parts until something reads its characters, about twice the memory of the text. Names
 * and descriptions of thousands of documents are kept this way.
 */
export function held(text: string): string {
  text.charCodeAt(0)
  return text
}

/** Sets a member as JSON.parse does: `__proto__` becomes a member, not the object's prototype. */
export function setMember(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true })
  else out[key] = value
}

/** Plain JSON value of a node (unknown values become `null`). */
export function toJson(node: PNode): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {}
      for (const p of node.props) setMember(out, p.key, toJson(p.value))
      return out
    }
    case 'array':
      return node.items.map(toJson)
    case 'string':
    case 'number':
    case 'boolean':
      return node.value
    default:
      return null
  }
}

/** A node for a plain JSON value without positions (live documents): every line is 0. */
export function fromJson(value: unknown): PNode {
  if (Array.isArray(value)) return { type: 'array', items: value.map(fromJson), startLine: 0, endLine: 0 }
  if (value === null || value === undefined) return { type: 'null', startLine: 0, endLine: 0 }
  switch (typeof value) {
    case 'string':
      return { type: 'string', value, startLine: 0, endLine: 0 }
    case 'number':
      return { type: 'number', value, startLine: 0, endLine: 0 }
    case 'boolean':
      return { type: 'boolean', value, startLine: 0, endLine: 0 }
    case 'object':
      return {
        type: 'object',
        props: Object.entries(value as Record<string, unknown>).map(([key, v]) => ({
          key,
          keyLine: 0,
          value: fromJson(v)
        })),
        startLine: 0,
        endLine: 0
      }
    default:
      return { type: 'null', startLine: 0, endLine: 0 }
  }
}
