import { isRecord } from './lines.js'

type Rec = Record<string, unknown>

/** A JSON value and its parallel unknown mask (`true` where the value is known only after apply). */
export interface MaskedValue {
  value: Rec
  mask: Rec
}

const LISTS: [string, string][] = [
  ['actions', 'Action'],
  ['not_actions', 'NotAction'],
  ['resources', 'Resource'],
  ['not_resources', 'NotResource']
]

/**
 * The IAM JSON an `aws_iam_policy_document` data source will produce, from its planned arguments, when
 * its `json` is not known yet (a dependency is created by the same apply). Follows the provider's
 * rendering: one-element lists become strings, `principals` merge by type, conditions nest as
 * operator → key → values. Undefined when other documents are merged in (`source_policy_documents`, …).
 */
export function policyFromDocumentData(after: Rec, unknown: unknown): MaskedValue | undefined {
  const m = isRecord(unknown) ? unknown : {}
  for (const merged of ['source_policy_documents', 'override_policy_documents', 'source_json', 'override_json']) {
    const v = after[merged]
    if (m[merged] === true || (Array.isArray(v) ? v.length > 0 : typeof v === 'string' && v !== '')) return undefined
  }
  if (m.statement === true) return undefined
  const statements = Array.isArray(after.statement) ? after.statement : []
  const masks = Array.isArray(m.statement) ? m.statement : []
  const value: Rec = { Version: typeof after.version === 'string' && after.version ? after.version : '2012-10-17' }
  const mask: Rec = {}
  if (typeof after.policy_id === 'string' && after.policy_id) value.Id = after.policy_id
  const out = statements.map((s, i) => statement(isRecord(s) ? s : {}, isRecord(masks[i]) ? masks[i] : {}))
  // An effect or a condition operator/key known only after apply has no place in a policy model.
  if (out.some(o => !o)) return undefined
  value.Statement = out.map(o => o!.value)
  mask.Statement = out.map(o => o!.mask)
  return { value, mask }
}

function statement(s: Rec, m: Rec): MaskedValue | undefined {
  const value: Rec = {}
  const mask: Rec = {}
  if (m.sid !== true && typeof s.sid === 'string' && s.sid) value.Sid = s.sid
  if (m.effect === true) return undefined
  value.Effect = typeof s.effect === 'string' && s.effect ? s.effect : 'Allow'
  for (const [arg, key] of LISTS) {
    if (m[arg] === true) [value[key], mask[key]] = [null, true]
    else if (Array.isArray(s[arg]) && s[arg].length) [value[key], mask[key]] = collapse(s[arg], m[arg])
  }
  for (const [arg, key] of [
    ['principals', 'Principal'],
    ['not_principals', 'NotPrincipal']
  ]) {
    if (m[arg] === true) [value[key], mask[key]] = [null, true]
    else if (Array.isArray(s[arg]) && s[arg].length)
      [value[key], mask[key]] = principals(s[arg], Array.isArray(m[arg]) ? m[arg] : [])
  }
  if (m.condition === true) return undefined
  if (Array.isArray(s.condition) && s.condition.length) {
    const c = conditions(s.condition, Array.isArray(m.condition) ? m.condition : [])
    if (!c) return undefined
    ;[value.Condition, mask.Condition] = c
  }
  return { value, mask }
}

function collapse(list: unknown[], mask: unknown): [unknown, unknown] {
  const masks = Array.isArray(mask) ? mask : []
  return list.length === 1 ? [list[0], masks[0]] : [list, masks]
}

function principals(blocks: unknown[], masks: unknown[]): [unknown, unknown] {
  const byType = new Map<string, { values: unknown[]; masks: unknown[] }>()
  blocks.forEach((b, i) => {
    const block = isRecord(b) ? b : {}
    const bm = isRecord(masks[i]) ? masks[i] : {}
    // A type known only after apply: an unknown AWS principal is the cautious reading.
    const type = bm.type === true || typeof block.type !== 'string' ? 'AWS' : block.type
    const entry = byType.get(type) ?? { values: [], masks: [] }
    byType.set(type, entry)
    if (type !== block.type) {
      entry.values.push(null)
      entry.masks.push(true)
      return
    }
    if (bm.identifiers === true || !Array.isArray(block.identifiers)) {
      // Identifiers known only after apply: one unknown entry stands for all of them.
      entry.values.push(null)
      entry.masks.push(true)
    } else {
      const im = Array.isArray(bm.identifiers) ? bm.identifiers : []
      block.identifiers.forEach((id, j) => {
        entry.values.push(id)
        entry.masks.push(im[j])
      })
    }
  })
  const star = byType.get('*')
  if (byType.size === 1 && star && star.values.length === 1 && star.values[0] === '*') return ['*', undefined]
  const value: Rec = {}
  const mask: Rec = {}
  for (const [type, entry] of byType) [value[type], mask[type]] = collapse(entry.values, entry.masks)
  return [value, mask]
}

function conditions(blocks: unknown[], masks: unknown[]): [unknown, unknown] | undefined {
  const value: Record<string, Rec> = {}
  const mask: Record<string, Rec> = {}
  let anyUnknown = false
  blocks.forEach((b, i) => {
    const block = isRecord(b) ? b : {}
    const bm = isRecord(masks[i]) ? masks[i] : {}
    if (
      bm.test === true ||
      bm.variable === true ||
      typeof block.test !== 'string' ||
      typeof block.variable !== 'string'
    ) {
      anyUnknown = true
      return
    }
    value[block.test] ??= {}
    mask[block.test] ??= {}
    if (bm.values === true || !Array.isArray(block.values))
      [value[block.test][block.variable], mask[block.test][block.variable]] = [null, true]
    else [value[block.test][block.variable], mask[block.test][block.variable]] = collapse(block.values, bm.values)
  })
  return anyUnknown ? undefined : [value, mask]
}
