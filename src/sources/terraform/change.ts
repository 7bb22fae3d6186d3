import { isRecord } from './lines.js'
import type { HclBlock } from './hcl.js'
import type { IacResult } from '../iac.js'
import type { PolicyDocument, PolicyOrigin } from '../../policy/types.js'

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

/**
 * What the IAM reader needs from a plan being read (`PlanContext` in plan.ts provides it): the changes, the
 * account and partition, where a resource is written, the documents of its arguments, and the result to fill.
 */
export interface PlanReader {
  readonly changes: PlanChange[]
  readonly account?: string
  readonly partition?: string
  readonly result: IacResult
  /** The config's `principals` mapping of this plan (resource address → role or user ARN). */
  readonly input: { principals: Record<string, string> }
  where(c: PlanChange): { file: string; line: number; endLine: number; block?: HclBlock }
  referenced(c: PlanChange, arg: string, type: string): PlanChange | undefined
  /** Whether the resource's configuration sets an argument; undefined when the plan and the .tf cannot tell. */
  sets(c: PlanChange, arg: string): boolean | undefined
  document(
    c: PlanChange,
    arg: string,
    origin: PolicyOrigin,
    inline?: { block: string; name: string }
  ): PolicyDocument | undefined
}
