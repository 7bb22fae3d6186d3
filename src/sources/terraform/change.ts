import { isRecord } from './lines.js'

type Rec = Record<string, unknown>

/** One entry of `resource_changes`. */
export interface PlanChange {
  address: string
  /** Address without instance keys (`module.a.aws_x.y`), to match configuration references. */
  base: string
  moduleAddress: string
  mode: 'managed' | 'data'
  type: string
  actions: string[]
  before: Rec | null
  after: Rec | null
  /** `after_unknown`: `true` where a value is known only after apply. */
  unknown: Rec
}

/** Whether the change does anything (no-op and read leave the live state as it is). */
export function changes(c: PlanChange): boolean {
  return c.actions.some(a => a === 'create' || a === 'update' || a === 'delete')
}

export function isReplace(actions: string[]): boolean {
  return actions.includes('create') && actions.includes('delete')
}

export function toChange(rc: Rec): PlanChange | undefined {
  const change = isRecord(rc.change) ? rc.change : undefined
  if (typeof rc.address !== 'string' || typeof rc.type !== 'string' || !change) return undefined
  return {
    address: rc.address,
    base: stripIndex(rc.address),
    moduleAddress: typeof rc.module_address === 'string' ? rc.module_address : '',
    mode: rc.mode === 'data' ? 'data' : 'managed',
    type: rc.type,
    actions: Array.isArray(change.actions) ? change.actions.filter((a): a is string => typeof a === 'string') : [],
    before: isRecord(change.before) ? change.before : null,
    after: isRecord(change.after) ? change.after : null,
    unknown: isRecord(change.after_unknown) ? change.after_unknown : {}
  }
}

/** `module.a["x"].aws_b.c[0]` → `module.a.aws_b.c`. */
export function stripIndex(address: string): string {
  return address.replace(/\[(?:"(?:[^"\\]|\\.)*"|[^\]])*\]/g, '')
}
