import type { PolicyDocument } from '../policy/types.js'

/**
 * What the repository proposes: documents to apply on top of the live state to build the "after" world.
 * Every document keeps its origin file and line map, so findings point into the repository.
 */
export interface ProposedKey {
  /** Key reference as configured or mapped (ARN, id, alias/NAME, alias ARN). Undefined for a key that does not exist yet. */
  key?: string
  /** Label for reports (config `name`, CloudFormation logical id, Terraform address). */
  name?: string
  /** The proposed key policy; undefined when the source does not change it. */
  policy?: PolicyDocument
  /** Settings a template declares for the key (CloudFormation / Terraform). */
  rotationEnabled?: boolean
  rotationPeriodDays?: number
  keySpec?: string
  /** `Origin` / key material of a key the change creates (`EXTERNAL` for imported material). */
  keyOrigin?: string
  /** A multi-Region replica: its rotation follows the primary key. */
  replica?: boolean
  /** The key is created by the change (no live key yet). */
  created?: boolean
  /** Which kind of source declares it (its `name` is then the logical id or resource address). */
  source?: 'cloudformation' | 'terraform'
  /** Alias names the source gives the key (`alias/NAME`), when known. */
  aliases?: string[]
  /** The key is deleted by the change. */
  deleted?: boolean
  /** Where the key is declared (for live-state findings on IaC keys). */
  file?: string
  line?: number
}

export interface ProposedIdentityPolicy {
  /** Inline policy name this document creates or replaces. */
  name?: string
  /** Managed policy ARN this document creates or replaces. */
  managed?: string
  /** The document; undefined when the change deletes it. */
  document?: PolicyDocument
  deleted?: boolean
}

/** Where a change known only in part before apply is written: findings it makes undecided point there. */
export interface UncertainAt {
  file: string
  line: number
}

export interface ProposedPrincipal {
  arn: string
  policies: ProposedIdentityPolicy[]
  /** Proposed boundary: a document, `null` to remove the boundary, undefined for no change. */
  permissionsBoundary?: PolicyDocument | null
  /** The principal is created by the change. */
  created?: boolean
  /**
   * Exclusive lists (Terraform `aws_iam_role_policies_exclusive`, `aws_iam_role_policy_attachments_exclusive`):
   * every inline policy (by name) or managed policy (by ARN) not listed is removed from the principal. A kind in
   * `uncertain` has a list known only in part before apply: a policy of that kind it does not name for certain may
   * be removed or not; `uncertainBy` names the resource (`ADDRESS (FILE:LINE)`), found at `uncertainAt`.
   */
  exclusive?: {
    inline?: string[]
    managed?: string[]
    uncertain?: ('inline' | 'managed')[]
    uncertainBy?: string
    uncertainAt?: UncertainAt
  }
}

/**
 * An existing managed policy or boundary that a source attaches by ARN. Detaching is said on the principal: a
 * managed policy `deleted`, or `permissionsBoundary: null`.
 */
export interface ProposedAttachment {
  principal: string
  kind: 'managed' | 'boundary'
  /** The policy ARN, or the description of a value known only after deployment (`unknown`). */
  arn: string
  unknown?: true
  file: string
  line: number
}

export interface ProposedChange {
  keys: ProposedKey[]
  principals: ProposedPrincipal[]
  /** Managed policy documents created or replaced: they apply wherever the policy is attached. */
  managedPolicies?: ProposedIdentityPolicy[]
  attachments?: ProposedAttachment[]
  /** Role and user ARNs the change creates under names not known yet (placeholders; never read from AWS). */
  createdPrincipals?: string[]
  /** Role and user ARNs that templates and plans declare: they exist once deployed, so a key policy may name them. */
  declaredPrincipals?: string[]
  /**
   * Role and user ARNs the change deletes, or replaces (deletes and creates again under the same name: the new
   * principal has a new unique id, and grants to the old one do not carry over).
   */
  removedPrincipals?: { arn: string; replaced: boolean; file: string; line: number }[]
  /**
   * Role and user ARNs built from a bare name (`role = "ops"`, `Roles: [ops]`), whose IAM path the source does not
   * say: `arn:…:role/ops` may be the account's `role/service/ops`. Role and user names are unique in an account
   * whatever the path (IAM User Guide, IAM identifiers), so the run takes the account's principal of that name.
   */
  pathless?: string[]
  /**
   * Identity policies attached to roles or users known only at deployment or apply (a `Roles` list from a
   * parameter, a role policy whose role is computed): each may apply to any role or user of `account`, so in the
   * after world it is every such principal's policy under a condition nobody can decide yet. A Deny in it makes
   * the checks it may touch inconclusive; an Allow in it grants nothing for certain.
   */
  unattributed?: { document: PolicyDocument; account?: string }[]
  /**
   * Changes to IAM groups (their policies, attachments and members), which the gate does not read: what they do to
   * an IAM user's access is unknown. Reported by the gate as `unread-resource`, an error when the run checks an IAM
   * user (groups hold users only, never roles), else a warning.
   */
  groupChanges?: { message: string; file?: string; line: number }[]
  /**
   * Exclusive attachments (Terraform `aws_iam_policy_attachment`): the managed policy is attached to the listed
   * roles and users only, and detached from every other role and user that has it.
   */
  /**
   * Inline policies (by name) that a change deletes from a role or user known only at deployment (a CloudFormation
   * policy removed whose `RoleName` is `!ImportValue …`): any principal of that kind with such a policy may lose it
   * (`by` names the resource, found at `at`).
   */
  uncertainDeletions?: { policyName: string; kind: 'role' | 'user'; account?: string; by: string; at: UncertainAt }[]
  /**
   * Managed policies attached to a role known only after apply (Terraform `aws_iam_role_policy_attachment`): the
   * policy may be any role's of the account (`by`: `ADDRESS (FILE:LINE)`), as `unattributed` documents are.
   */
  uncertainAttachments?: { policyArn: string; by: string; at: UncertainAt }[]
  exclusiveAttachments?: {
    policyArn: string
    principals: string[]
    /**
     * The roles or users are known only in part before apply (`ADDRESS (FILE:LINE)`): every other principal that has
     * the policy may keep it or lose it, and any principal of the account may get it.
     */
    uncertain?: string
    at?: UncertainAt
  }[]
}
