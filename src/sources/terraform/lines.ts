import type { PNode, PProp } from '../../policy/node.js'
import { compileWildcard, wildcardMatches, type WildcardPart } from '../../policy/wildcard.js'
import { unknownNode } from '../iac.js'

/**
 * A document whose values come from the plan and whose lines come from the `.tf` source. `mask` is the
 * plan's `after_unknown` for the value (`true`: known only after apply). `shape` is the same document
 * as written in HCL (or undefined): statements match by `Sid`, else by position; strings match by value
 * (interpolated templates as patterns), else by position when the list lengths agree. Whatever finds no
 * counterpart takes the line of its nearest matched parent, ultimately `at`.
 */
export function placeLines(value: unknown, mask: unknown, shape: PNode | undefined, at: number, what: string): PNode {
  const startLine = shape?.startLine ?? at
  const endLine = shape ? shape.endLine : at
  // The expression as written names the unknown value best (`aws_iam_role.worker.arn`).
  if (mask === true)
    return unknownNode(
      `${shape?.type === 'unknown' ? shape.description : what} (known after apply)`,
      startLine,
      endLine
    )
  if (Array.isArray(value)) {
    const candidates = shape?.type === 'array' ? shape.items : shape ? [shape] : []
    const matched = pickAll(value, candidates)
    const items = value.map((v, i) =>
      placeLines(v, Array.isArray(mask) ? mask[i] : undefined, matched[i], matched[i]?.startLine ?? startLine, what)
    )
    return { type: 'array', items, startLine, endLine }
  }
  if (isRecord(value)) {
    const shapeProps = shape?.type === 'object' ? shape.props : []
    const props: PProp[] = Object.entries(value).map(([key, v]) => {
      const sp = shapeProps.find(p => p.key === key) ?? shapeProps.find(p => p.key.toLowerCase() === key.toLowerCase())
      const keyLine = sp?.keyLine ?? startLine
      return { key, keyLine, value: placeLines(v, isRecord(mask) ? mask[key] : undefined, sp?.value, keyLine, what) }
    })
    return { type: 'object', props, startLine, endLine }
  }
  // A single value written as a one-element list (policy documents collapse those).
  if (shape?.type === 'array') {
    const [m] = pickAll([value], shape.items)
    if (m) return scalar(value, m.startLine, m.endLine)
  }
  return scalar(value, startLine, endLine)
}

function scalar(value: unknown, startLine: number, endLine: number): PNode {
  if (typeof value === 'string') return { type: 'string', value, startLine, endLine }
  if (typeof value === 'number') return { type: 'number', value, startLine, endLine }
  if (typeof value === 'boolean') return { type: 'boolean', value, startLine, endLine }
  return { type: 'null', startLine, endLine }
}

/** For each value, the shape item written for it (two passes: by value or Sid first, then by position). */
function pickAll(values: unknown[], items: PNode[]): (PNode | undefined)[] {
  const used = new Set<number>()
  const out: (PNode | undefined)[] = values.map(v => {
    const k = items.findIndex((s, j) => !used.has(j) && sameValue(s, v))
    if (k < 0) return undefined
    used.add(k)
    return items[k]
  })
  values.forEach((v, i) => {
    if (out[i] || used.has(i) || !items[i]) return
    const s = items[i]
    const positional =
      (isRecord(v) && s.type === 'object' && (typeof v.Sid !== 'string' || !sidOf(s))) ||
      (Array.isArray(v) && s.type === 'array') ||
      (s.type === 'unknown' && items.length === values.length)
    if (positional) {
      used.add(i)
      out[i] = s
    }
  })
  return out
}

function sameValue(s: PNode, v: unknown): boolean {
  if (typeof v === 'string') {
    if (s.type === 'string') return s.value === v
    return s.type === 'unknown' && templateMatches(s.description, v)
  }
  if (typeof v === 'number' || typeof v === 'boolean')
    return (s.type === 'number' || s.type === 'boolean') && s.value === v
  if (isRecord(v) && typeof v.Sid === 'string' && v.Sid) return s.type === 'object' && sidOf(s) === v.Sid
  return false
}

function sidOf(node: PNode): string | undefined {
  if (node.type !== 'object') return undefined
  const sid = node.props.find(p => p.key === 'Sid')?.value
  return sid?.type === 'string' && sid.value ? sid.value : undefined
}

/** Whether a quoted template such as `"arn:aws:iam::${var.account}:root"` can produce `value`. */
export function templateMatches(description: string, value: string): boolean {
  if (!description.startsWith('"') || !description.endsWith('"') || description.length < 2) return false
  let body: string
  try {
    body = JSON.parse(description) as string
  } catch {
    body = description.slice(1, -1)
  }
  const parts = body.split(/[$%]\{[^}]*\}/)
  if (parts.length < 2) return false
  // Each interpolation stands for any text: literal pieces joined by stars, matched without backtracking.
  const pieces: WildcardPart[] = []
  parts.forEach((p, i) => {
    if (i > 0) pieces.push({ star: true })
    if (p) pieces.push({ lit: p })
  })
  return wildcardMatches(compileWildcard(pieces, false), value)
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
