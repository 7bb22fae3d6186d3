import type { ConditionContext } from './context.js'
/** The validated configuration, with defaults applied (CONTRACT §4). Lines point into the config file. */

export interface KeyConfig {
  name?: string
  /** Key ARN, key id, alias/NAME or alias ARN. */
  key: string
  /** Workspace-relative path of the proposed key policy. */
  policy?: string
  rotation: {
    principals: string[]
    actions: string[]
    requireEnabled: boolean
    /** Undefined: the key's rotation period, else 365. */
    maxAgeDays?: number
  }
  /** Undefined in the file: the key's account root (filled in once the key's account is known). */
  owners?: string[]
  ownerActions: string[]
  /** Config line of each rotation principal and owner ARN (principal-not-found points there). */
  principalLines: Record<string, number>
  /** Line of this entry in the config (the `- ` item), and of its `policy:` value. */
  line: number
  endLine: number
  policyLine?: number
}

export interface PrincipalPolicyConfig {
  file: string
  name?: string
  managed?: string
  line: number
}

export interface PrincipalConfig {
  arn: string
  policies: PrincipalPolicyConfig[]
  permissionsBoundary?: string
  permissionsBoundaryLine?: number
  line: number
}

export interface CloudFormationConfig {
  template: string
  stack?: string
  keys: Record<string, string>
  principals: Record<string, string>
  line: number
}

export interface TerraformConfig {
  plan: string
  root?: string
  keys: Record<string, string>
  principals: Record<string, string>
  line: number
}

/** A config `ignore:` entry: findings matching every field given are shown as suppressed and never block. */
export interface IgnoreConfig {
  rule: string
  /** A key ARN, or the key's config `name`, alias or reference as written under `keys:`. */
  key?: string
  principal?: string
  action?: string
  file?: string
  reason: string
  /** `YYYY-MM-DD`: the entry applies up to and including this day (UTC). */
  expires?: string
  line: number
}

/** A config `accounts:` entry: the role the gate assumes to read another account's keys and principals. */
export interface AccountConfig {
  role: string
  externalId?: string
  line: number
}

export interface Config {
  version: 1
  /** Workspace-relative path of the config file, with `/`. */
  file: string
  region?: string
  /** Live mode: the run's deadline for all AWS work, in seconds (`timeout-seconds`). */
  timeoutSeconds?: number
  keys: KeyConfig[]
  principals: PrincipalConfig[]
  /** principal ARN → condition key → values (ConditionContext.get) */
  context: ConditionContext
  /** Other accounts read in live mode, by account id (a map without a prototype). */
  accounts: Record<string, AccountConfig>
  /** Days after `--now` within which date conditions are evaluated (rule scheduled-access-loss). */
  horizonDays: number
  cloudformation: CloudFormationConfig[]
  terraform: TerraformConfig[]
  ignore: IgnoreConfig[]
}
