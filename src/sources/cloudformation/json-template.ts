import {
  exact,
  fromJson,
  getProp,
  lazyObject,
  shiftLines,
  type LazySource,
  type PNode,
  type PProp
} from '../../policy/node.js'
import { nestingProblem, parseJsonWithLines } from '../../policy/json-source.js'
import type { ParsedTemplate } from './parsed.js'

/**
 * Given every resource as parsed JSON (logical id → resource), the ids to read with positions; the
 * others keep only their `Type`.
 */
export type DetailFilter = (resources: Record<string, unknown>) => ReadonlySet<string>

/**
 * Sections kept besides the resources: what intrinsic resolution looks at. Their lines never reach a finding
 * (a resolved `Ref`, `Fn::FindInMap` or condition takes the lines of the expression that uses it), so they are
 * built from the parsed values without positions: locating them would mean searching the whole text and
 * counting its lines to the end, since generated templates put `Parameters` and `Conditions` last.
 */
const DETAILED_SECTIONS = new Set(['AWSTemplateFormatVersion', 'Transform', 'Parameters', 'Mappings', 'Conditions'])

/**
 * Reads a JSON template. Generated templates (CDK) run to megabytes, so `JSON.parse` validates and
 * gives each resource's `Type`; only the resources `detail` selects (and the sections resolution needs)
 * are then located in the text and read again with positions. Without `detail` everything is.
 */
export function parseJsonTemplate(text: string, detail?: DetailFilter): ParsedTemplate {
  const deep = nestingProblem(text)
  if (deep) return { problems: [deep] }
  const plan = planOf(text, detail)
  if (plan instanceof Error) {
    const parsed = parseJsonWithLines(text)
    return {
      problems: parsed.problems.length ? parsed.problems : [{ message: `JSON syntax error: ${plan.message}`, line: 1 }]
    }
  }
  const start = text.indexOf('{')
  if (!plan || start < 0) return { node: parseJsonWithLines(text).node, problems: [] }
  const full = (): PNode => new TreeBuilder(text, start, linesAt(text, [start]).get(start)!).value()
  if (!detail) return { node: full(), problems: [] }
  return { node: located(text, plan) ?? pick(full(), plan), problems: [] }
}

interface Wanted {
  key: string
  /** The parsed value, to verify a located candidate (released once it is found). */
  value: unknown
}

interface TemplatePlan {
  sections: { key: string; value?: unknown }[]
  /**
   * Every resource, in order: the ones not wanted as a `Type` stub (final), the wanted ones as a stub too
   * until `located` replaces them with what it reads at `wanted[i].index`.
   */
  resources?: PProp[]
  wanted: (Wanted & { index: number })[]
}

/**
 * What to read with positions. The parsed template itself is not kept, so it is garbage at once. A generated
 * template holds thousands of resources: each gets its stub here, in the one pass that reads its type.
 */
function planOf(text: string, detail?: DetailFilter): TemplatePlan | Error | undefined {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error))
  }
  if (!isRecord(data)) return undefined
  const plan: TemplatePlan = { sections: [], wanted: [] }
  for (const [key, value] of Object.entries(data)) {
    if (key === 'Resources' && isRecord(value)) {
      const wanted = detail?.(value)
      const resources: PProp[] = (plan.resources = [])
      // Resources not read keep only their type, in one shared (never modified) node per type.
      const stubs = new Map<unknown, PNode>()
      let lastType: unknown
      let lastStub: PNode | undefined
      for (const id in value) {
        const r = value[id]
        const type = isRecord(r) ? r.Type : undefined
        if (type !== lastType || !lastStub) {
          lastType = type
          lastStub = stubs.get(type)
          if (!lastStub) stubs.set(type, (lastStub = typeOnly(type, 0)))
        }
        if (!wanted || wanted.has(id)) plan.wanted.push({ key: id, value: r, index: resources.length })
        resources.push({ key: id, keyLine: 0, value: lastStub })
      }
    } else plan.sections.push(DETAILED_SECTIONS.has(key) ? { key, value } : { key })
  }
  return plan
}

/**
 * The positioned template from the wanted parts only. Each is found by its quoted key followed by a
 * colon, and accepted only when what follows equals the parsed value: a look-alike key elsewhere can
 * shift nothing. Undefined when a part cannot be found that way (unusual escapes, duplicate keys).
 */
function located(text: string, plan: TemplatePlan): PNode | undefined {
  // Trees are built with lines counted from their own start; one sweep over the text then places them.
  const hits: { keyOffset: number; valueOffset: number; prop: PProp }[] = []
  const strings = new Map<string, string>()
  const find = (w: Wanted, from: number): { prop: PProp; end: number } | undefined => {
    const needle = JSON.stringify(w.key)
    for (let i = text.indexOf(needle, from); i >= 0; i = text.indexOf(needle, i + 1)) {
      let j = skipWs(text, i + needle.length)
      if (text.charCodeAt(j) !== 58) continue
      j = skipWs(text, j + 1)
      const builder = new TreeBuilder(text, j, 0, true, strings)
      const value = builder.value()
      if (!equals(value, w.value)) continue
      // The parsed value is not needed any more: it is garbage as the positioned resources are built.
      w.value = undefined
      builder.deferProperties(value)
      const prop: PProp = { key: w.key, keyLine: 0, value }
      hits.push({ keyOffset: i, valueOffset: j, prop })
      return { prop, end: builder.offset }
    }
    return undefined
  }
  const props: PProp[] = plan.sections.map(w => ({ key: w.key, keyLine: 0, value: fromJson(w.value) }))
  const resources = plan.resources
  if (resources) {
    let cursor = 0
    for (const w of plan.wanted) {
      // Resources come in text order, so the search goes on from the previous one.
      const hit = find(w, cursor) ?? find(w, 0)
      if (!hit) return undefined
      cursor = hit.end
      resources[w.index] = hit.prop
    }
  }
  const lineOf = linesAt(
    text,
    hits.flatMap(h => [h.keyOffset, h.valueOffset])
  )
  for (const h of hits) {
    h.prop.keyLine = lineOf.get(h.keyOffset)!
    shiftLines(h.prop.value, lineOf.get(h.valueOffset)!)
  }
  const total = hits.reduce((max, h) => Math.max(max, h.prop.value.endLine), 1)
  if (resources) {
    const first = resources.find(r => r.keyLine > 0)?.keyLine ?? 0
    props.push({
      key: 'Resources',
      keyLine: first,
      value: { type: 'object', props: resources, startLine: first, endLine: first }
    })
  }
  return { type: 'object', props, startLine: 1, endLine: total }
}

/** The 1-based line of each offset, in one pass over the text. */
function linesAt(text: string, offsets: number[]): Map<number, number> {
  const out = new Map<number, number>()
  let line = 1
  let nl = text.indexOf('\n')
  for (const offset of [...offsets].sort((a, b) => a - b)) {
    while (nl !== -1 && nl < offset) {
      line++
      nl = text.indexOf('\n', nl + 1)
    }
    out.set(offset, line)
  }
  return out
}

/** The wanted parts of a fully positioned template (the slow but always correct path). */
function pick(root: PNode, plan: TemplatePlan): PNode {
  if (root.type !== 'object') return root
  const wanted = new Set(plan.wanted.map(w => w.key))
  return {
    ...root,
    props: root.props.map(p => {
      if (p.key !== 'Resources' || p.value.type !== 'object') return p
      const props = p.value.props.map(r => {
        if (wanted.has(r.key)) return r
        const type = getProp(r.value, 'Type')?.value
        return { ...r, value: typeOnly(type?.type === 'string' ? type.value : undefined, r.keyLine) }
      })
      return { ...p, value: { ...p.value, props } }
    })
  }
}

/** Whether a positioned tree holds exactly the parsed JSON value. */
function equals(node: PNode, value: unknown): boolean {
  switch (node.type) {
    case 'object': {
      if (!isRecord(value)) return false
      const keys = Object.keys(value)
      return (
        keys.length === node.props.length &&
        node.props.every(p => Object.prototype.hasOwnProperty.call(value, p.key) && equals(p.value, value[p.key]))
      )
    }
    case 'array':
      return (
        Array.isArray(value) &&
        value.length === node.items.length &&
        node.items.every((item, i) => equals(item, value[i]))
      )
    case 'null':
      return value === null
    case 'unknown':
      return false
    default:
      return node.value === value
  }
}

function typeOnly(type: unknown, line: number): PNode {
  const props: PProp[] =
    typeof type === 'string'
      ? [{ key: 'Type', keyLine: line, value: { type: 'string', value: type, startLine: line, endLine: line } }]
      : []
  return { type: 'object', props, startLine: line, endLine: line }
}

function skipWs(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i)
    if (c === 32 || c === 10 || c === 13 || c === 9) i++
    else return i
  }
}

function skipString(text: string, i: number): number {
  let from = i + 1
  for (;;) {
    const q = text.indexOf('"', from)
    if (q < 0) return text.length
    let b = q - 1
    while (text.charCodeAt(b) === 92) b--
    if ((q - 1 - b) % 2 === 0) return q + 1
    from = q + 1
  }
}

/**
 * Builds a positioned tree from JSON text that `JSON.parse` has already accepted: one pass, lines
 * counted in the whitespace between tokens (valid JSON has no raw newline anywhere else).
 */
class TreeBuilder {
  /** With `offsets`, where each object node was read (offset, line): to defer a resource's documents. */
  private readonly offsets?: Map<PNode, [number, number]>

  constructor(
    private readonly text: string,
    private pos: number,
    private line: number,
    offsets = false,
    /** Shared by the builders of one template and its deferred properties. */
    private readonly strings = new Map<string, string>()
  ) {
    if (offsets) this.offsets = new Map()
  }

  /**
   * Replaces the `Properties` of a resource just read (as yaml-fast.ts does with `deferProperties`) with a lazy node
   * that reads them again from the text when opened: a template of thousands of policies holds their places until
   * each resource is converted. An object only, and no intrinsic (whose resolved value need not be an object).
   */
  deferProperties(resource: PNode): void {
    const properties = resource.type === 'object' ? getProp(resource, 'Properties') : undefined
    const node = properties?.value
    const at = node && this.offsets?.get(node)
    this.offsets?.clear()
    if (!properties || !node || !at || node.type !== 'object' || !node.props.length) return
    const first = node.props[0].key
    if (first === 'Ref' || first === 'Condition' || first.startsWith('Fn::')) return
    properties.value = lazyObject(new JsonBlock(this.text, at[0], at[1], this.strings), node.startLine, node.endLine)
  }

  /** Where the last value read ends. */
  get offset(): number {
    return this.pos
  }

  value(): PNode {
    this.ws()
    const text = this.text
    const c = text.charCodeAt(this.pos)
    const startLine = this.line
    if (c === 123) {
      const start = this.pos
      this.pos++
      const props: PProp[] = []
      this.ws()
      if (text.charCodeAt(this.pos) === 125) this.pos++
      else {
        for (;;) {
          this.ws()
          const keyLine = this.line
          const key = this.string()
          this.ws()
          this.pos++ // the colon
          props.push({ key, keyLine, value: this.value() })
          this.ws()
          if (text.charCodeAt(this.pos++) === 125) break
        }
      }
      // At their length: a list filled by `push` keeps room for 16 more, and a large template holds many.
      const node: PNode = { type: 'object', props: exact(props), startLine, endLine: this.line }
      this.offsets?.set(node, [start, startLine])
      return node
    }
    if (c === 91) {
      this.pos++
      const items: PNode[] = []
      this.ws()
      if (text.charCodeAt(this.pos) === 93) this.pos++
      else {
        for (;;) {
          items.push(this.value())
          this.ws()
          if (text.charCodeAt(this.pos++) === 93) break
        }
      }
      return { type: 'array', items: exact(items), startLine, endLine: this.line }
    }
    if (c === 34) return { type: 'string', value: this.string(), startLine, endLine: startLine }
    if (c === 116 || c === 102) {
      const value = c === 116
      this.pos += value ? 4 : 5
      return { type: 'boolean', value, startLine, endLine: startLine }
    }
    if (c === 110) {
      this.pos += 4
      return { type: 'null', startLine, endLine: startLine }
    }
    const start = this.pos
    let end = start
    for (
      let d = text.charCodeAt(end);
      (d >= 48 && d <= 57) || d === 43 || d === 45 || d === 46 || d === 69 || d === 101;
      d = text.charCodeAt(++end)
    );
    this.pos = end
    return { type: 'number', value: Number(text.slice(start, end)), startLine, endLine: startLine }
  }

  private string(): string {
    const start = this.pos
    const end = skipString(this.text, start)
    this.pos = end
    const raw = this.text.slice(start + 1, end - 1)
    const value = raw.includes('\\') ? (JSON.parse(this.text.slice(start, end)) as string) : raw
    return value.length > 64 ? value : this.own(value)
  }

  /** Short strings read again and again (keys, `Allow`, action names) held once per template, as yaml-fast does. */
  private own(value: string): string {
    const known = this.strings.get(value)
    if (known !== undefined) return known
    // Names of thousands of resources pass through too: a small table, cleared when full, keeps the common ones.
    if (this.strings.size >= 4096) this.strings.clear()
    this.strings.set(value, value)
    return value
  }

  private ws(): void {
    const text = this.text
    for (;;) {
      const c = text.charCodeAt(this.pos)
      if (c === 10) {
        this.line++
        this.pos++
      } else if (c === 32 || c === 13 || c === 9) this.pos++
      else return
    }
  }
}

/** Deferred properties of a JSON template: the object at `offset`, its first line `line`. */
class JsonBlock implements LazySource {
  constructor(
    private readonly text: string,
    private readonly offset: number,
    private readonly line: number,
    private readonly strings: Map<string, string>
  ) {}

  load(): PProp[] {
    const node = new TreeBuilder(this.text, this.offset, this.line, false, this.strings).value()
    if (node.type !== 'object') throw new Error('deferred properties are not an object')
    return node.props
  }

  shifted(delta: number): LazySource {
    return new JsonBlock(this.text, this.offset, this.line + delta, this.strings)
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
