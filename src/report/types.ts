import type { RuleId } from '../constants.js'
import type { DecisionValue, StatementRef } from '../engine/types.js'

export type Severity = 'error' | 'warning' | 'notice'
export type FailOn = 'error' | 'warning' | 'never'

export interface Finding {
  rule: RuleId
  severity: Severity
  message: string
  key?: string
  principal?: string
  action?: string
  /** Workspace-relative path with `/`. */
  file?: string
  startLine?: number
  endLine?: number
  preExisting: boolean
  /** Set when a config `ignore:` entry matches: the finding is shown and kept, but never counts or blocks. */
  suppressed?: Suppression
  /** Set by the action when the finding's lines are among the lines the pull request changed. */
  changed?: boolean
}

/** Why a finding is suppressed: the config `ignore:` entry that matched it. */
export interface Suppression {
  reason: string
  /** `YYYY-MM-DD`: the last day the entry applies. */
  expires?: string
  /** Where the entry is: the config file and the line of its `- ` item. */
  file: string
  line: number
}

/** What makes a run fail: the lowest severity, and whether findings that predate the change count. */
export interface FailPolicy {
  failOn: FailOn
  /** Default false: `preExisting` findings are reported but do not block. */
  preExisting?: boolean
}

export type Purpose = 'rotation' | 'owner'

export interface CheckResult {
  key: string
  /** Label from config `name`, else the key reference. */
  keyName: string
  principal: string
  purpose: Purpose
  action: string
  before: DecisionValue | null
  after: DecisionValue
  /** The statements that decided each side (for the job summary and explain). */
  beforeBy?: StatementRef[]
  afterBy?: StatementRef[]
}

export interface Report {
  version: 1
  result: 'passed' | 'failed'
  mode: 'offline' | 'live'
  counts: { error: number; warning: number; notice: number }
  findings: Finding[]
  checks: CheckResult[]
}
