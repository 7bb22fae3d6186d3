import type { Decision, PolicySet } from '../engine/types.js'
import type { Purpose } from '../report/types.js'
import type { KeyState } from '../state/types.js'
import type { Location } from './locate.js'

export interface EvaluatedCheck {
  purpose: Purpose
  principal: string
  action: string
  /** `null` for a key that does not exist yet. */
  before: Decision | null
  after: Decision
  afterSet: PolicySet
}

export interface KeyEvaluation {
  keyArn: string
  keyName: string
  /** The live key; `null` for a key the change creates. */
  live: KeyState | null
  /** The key's entry in the config (or the IaC resource), for findings without a repository statement. */
  fallback: Location
  checks: EvaluatedCheck[]
  owners: string[]
  ownerActions: string[]
  configFile: string
}
