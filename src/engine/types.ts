import type { LineRange, PolicyDocument, PolicyOrigin } from '../policy/types.js'

export type DecisionValue = 'allowed' | 'explicit-deny' | 'implicit-deny' | 'inconclusive'

export type PrincipalType = 'root' | 'role' | 'user' | 'assumed-role' | 'federated' | 'service' | 'other'

export interface RequestPrincipal {
  /** The ARN as configured, e.g. `arn:aws:iam::111122223333:role/x` or `arn:aws:iam::111122223333:root`. */
  arn: string
  account: string
  partition: string
  type: PrincipalType
  /** Role or user name (last path segment); absent for root. */
  name?: string
  /** Unique id (AROA…/AIDA…) when known. */
  uniqueId?: string
}

export interface RequestResource {
  arn: string
  account: string
  region: string
  partition: string
}

/**
 * Condition-key values known for a request. Keys are compared case-insensitively
 * (store them lower-cased). A key that is absent here is unknown, unless listed in `absent`.
 */
export interface RequestContext {
  values: Map<string, string[]>
  /** Keys known to be missing from the request (e.g. `aws:SourceIp` is never set for these calls). */
  absent?: Set<string>
  /** Key prefixes (lower-cased, ending in `/`) whose keys are all missing, e.g. `aws:requesttag/`. */
  absentPrefixes?: string[]
  /**
   * Single-valued keys whose value is only partly known: the value starts with this text and goes on with
   * something unknown (e.g. a role's `aws:userid` is `ROLE-ID:session-name`).
   */
  prefixes?: Map<string, string>
  /**
   * The document being evaluated has no `"Version": "2012-10-17"`: policy variables are plain text
   * (IAM User Guide, reference_policies_variables and reference_policies_elements_version).
   */
  literalVariables?: boolean
}

export interface Request {
  principal: RequestPrincipal
  action: string
  resource: RequestResource
  context: RequestContext
}

/** The documents that apply to one principal and one key. */
export interface PolicySet {
  /** The key policy. `null` means the key has no (known) policy: nothing is allowed. */
  keyPolicy: PolicyDocument | null
  /** Identity policies of the principal (inline, managed, group). */
  identity: PolicyDocument[]
  /** Permissions boundary of the principal, if any. */
  boundary: PolicyDocument | null
  /** SCP levels from the organization root down to the principal's account; each must allow. */
  scps: PolicyDocument[][]
  /** RCP levels from the organization root down to the key's account; each must allow. */
  rcps: PolicyDocument[][]
}

/** A statement that took part in a decision. */
export interface StatementRef {
  origin: PolicyOrigin
  index: number
  sid?: string
  effect: 'Allow' | 'Deny'
  range: LineRange
}

/**
 * Why a request was not allowed, layer by layer. `missing` lists the layers that lacked an Allow.
 * - `key-policy`: no key-policy statement allows the principal or delegates to its account
 * - `identity`: the key policy delegates to the account but no identity policy allows
 * - `boundary`: the permissions boundary does not allow
 * - `scp` / `rcp`: a level (index in `level`) has no Allow
 * - `cross-account`: the action cannot be called from another account
 */
export type MissingLayer =
  | { layer: 'key-policy' }
  | { layer: 'identity' }
  | { layer: 'boundary' }
  | { layer: 'scp'; level: number }
  | { layer: 'rcp'; level: number }
  | { layer: 'cross-account' }

/** A decision that does not depend on unknown values. */
export type SettledValue = Exclude<DecisionValue, 'inconclusive'>

/** Why: the statements and layers behind a decision. */
interface Reasons {
  /** Explicit Deny statements that matched (for `explicit-deny`; may be conditional for `inconclusive`). */
  denies: StatementRef[]
  /** Allow statements that granted the request (key policy, identity, boundary). */
  allows: StatementRef[]
  /** Layers that had no Allow (for `implicit-deny`). */
  missing: MissingLayer[]
}

/** The answer is known: allowed, explicitly denied or implicitly denied. */
export interface SettledDecision extends Reasons {
  decision: SettledValue
}

/**
 * The answer depends on values the gate cannot know: the answer with every undecided statement in the caller's
 * favour, and against it. Two worlds are compared scenario by scenario, so a change that turns "allowed unless X"
 * into "denied whatever X" is a possible loss even though both worlds are inconclusive.
 */
export interface InconclusiveDecision extends Reasons {
  decision: 'inconclusive'
  /** Condition keys (or unresolved values) whose unknown value changes the answer, as written in the policy. */
  unknownKeys: string[]
  scenarios: { favour: SettledValue; against: SettledValue }
}

export type Decision = SettledDecision | InconclusiveDecision

/**
 * The identity side of one request, decided by IAM's policy simulator in live mode:
 * identity policies, permissions boundary and SCPs of the caller. The key-policy side is always
 * evaluated locally and combined with it (the simulator does not apply KMS key-policy rules).
 */
export interface IdentityVerdict {
  /** `EvalDecision` mapped: allowed / explicit-deny / implicit-deny; `inconclusive` when context values were missing. */
  decision: DecisionValue
  /** `PermissionsBoundaryDecisionDetail.AllowedByPermissionsBoundary`; undefined when not reported. */
  boundaryAllows?: boolean
  /** `OrganizationsDecisionDetail.AllowedByOrganizations`; undefined when not reported. */
  organizationsAllow?: boolean
  /** `MissingContextValues`. */
  missingContext: string[]
  /** Matched statements as the simulator names them (`SourcePolicyId`, lines in that document). */
  matched: { policyId: string; policyType?: string; startLine?: number; endLine?: number }[]
}

/** A live document left out of a simulation (`PolicyExclusionList` entry). */
export type IdentityExclusion =
  { inlinePolicyName: string } | { policyArn: string } | { policyType: 'permission-boundary' }

/** One simulator question: a principal, in one world, for all actions × all keys it must reach. */
export interface IdentityQuery {
  principal: string
  /** Proposed identity documents added to the principal (`PolicyInputList`), as JSON text. */
  policyInputs: string[]
  /** Live documents the proposed ones replace (`PolicyExclusionList`). */
  exclusions: IdentityExclusion[]
  /** Proposed boundary (`PermissionsBoundaryPolicyInputList`) as JSON text; undefined = the live one. */
  boundary?: string
  actions: string[]
  resources: string[]
  /** Condition-key values from config `context`. */
  context: Record<string, string[]>
}

export interface IdentityOracle {
  /** Answers keyed by `identityKey(principal, action, resource)`; one query per principal per world. */
  simulate(query: IdentityQuery): Promise<Map<string, IdentityVerdict>>
}

export function identityKey(principal: string, action: string, resource: string): string {
  return `${principal}\u0000${action.toLowerCase()}\u0000${resource}`
}
