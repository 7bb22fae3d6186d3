/**
 * The live state of keys and principals, as read from AWS or from a snapshot file (CONTRACT §4).
 * Documents are kept as plain JSON here; they are compiled into `PolicyDocument`s by the worlds stage.
 */

export interface RotationEvent {
  date: string
  type: 'AUTOMATIC' | 'ON_DEMAND' | string
}

export interface KeyRotationState {
  enabled: boolean
  periodDays?: number
  nextRotationDate?: string
  history: RotationEvent[]
}

export interface KeyState {
  arn: string
  aliases: string[]
  keySpec?: string
  keyUsage?: string
  keyManager?: string
  origin?: string
  keyState?: string
  multiRegion?: boolean
  /** `PRIMARY` or `REPLICA` for a multi-Region key (`MultiRegionConfiguration.MultiRegionKeyType`). */
  multiRegionKeyType?: string
  /** A replica's primary key (rotation of the set is governed by the primary). */
  primaryKeyArn?: string
  creationDate?: string
  /** The key policy as JSON. */
  policy: unknown
  rotation?: KeyRotationState
  /** Why the rotation state could not be read (`kms:GetKeyRotationStatus: KMSInvalidStateException`). */
  rotationUnreadable?: string
}

export interface LivePolicy {
  /** Inline policy name, or absent for a managed policy. */
  name?: string
  /** Managed policy ARN, or absent for an inline policy. */
  managed?: string
  document: unknown
}

export interface PrincipalState {
  arn: string
  /** Unique id (AROA…/AIDA…) when known. */
  id?: string
  policies: LivePolicy[]
  permissionsBoundary: { arn: string; document: unknown } | null
}

export interface LiveState {
  version: 1
  capturedAt?: string
  account: string
  /**
   * Other accounts read in full (config `accounts:`): their keys and principals are in `keys` and `principals`
   * like this account's, and their role and user ARNs in `knownPrincipals`. Their organization policies are not
   * part of the state.
   */
  otherAccounts?: string[]
  region: string
  keys: KeyState[]
  principals: PrincipalState[]
  /**
   * The organization of the account (`o-…`), `null` when it is in none; undefined = unknown. Gives
   * `aws:PrincipalOrgID` / `aws:ResourceOrgID` for the account's principals and keys.
   */
  organizationId?: string | null
  /** Every role and user ARN in the account; undefined = unknown (existence checks skipped). */
  knownPrincipals?: string[]
  serviceControlPolicies?: unknown[][]
  resourceControlPolicies?: unknown[][]
  /** Why the organization's SCPs and RCPs could not be read (`organizations:ListParents: AccessDeniedException`). */
  organizationPoliciesUnread?: string
  /** Why the organization's id could not be read (`organizations:DescribeOrganization on * failed: AccessDeniedException`). */
  organizationIdUnread?: string
}

/**
 * What a state provider answers. The snapshot provider reads a file; the AWS provider reads KMS and IAM.
 * The gate asks for the keys and principals it needs; providers may return more.
 */
export interface StateRequest {
  /** Key references as configured (ARN, id, alias name or alias ARN). */
  keys: string[]
  /** Principal ARNs named in the config (rotation principals, owners, proposed principals). */
  principals: string[]
}

export interface StateProvider {
  readonly mode: 'offline' | 'live'
  load(request: StateRequest): Promise<LiveState>
  /** The snapshot file the state came from, for positions; undefined in live mode. */
  readonly file?: string
}
