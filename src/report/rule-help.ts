/**
 * What each rule means and how to fix what it reports. Shown as SARIF rule help (code scanning)
 * and available to the text output and the docs. One entry per rule id of CONTRACT §6.
 */
import type { RuleId } from '../constants.js'
import type { Severity } from './types.js'

export interface RuleHelp {
  /** A short name for lists (SARIF `shortDescription`). */
  title: string
  /** What the rule detects and why it matters (SARIF `fullDescription`). */
  description: string
  /** A concrete fix (SARIF `help`). */
  hint: string
  /** The fix in one line, printed under each finding by `--format text` (the README's rules table). */
  fix: string
  /** The usual severity; `evaluation-inconclusive` is an error only when it may hide a regression. */
  severity: Severity
}

export const RULE_HELP: Record<RuleId, RuleHelp> = {
  'rotation-access-lost': {
    fix: 'restore the Allow for the rotation principal, or remove the Deny that now matches it; an identity Allow only counts when the key policy allows the account',
    title: 'Rotation principal loses access',
    description:
      'A rotation principal that can call a rotation action on the key today (for example kms:RotateKeyOnDemand ' +
      'or kms:EnableKeyRotation) could no longer call it once this change is applied. Key rotation jobs would start ' +
      'failing with AccessDeniedException after the merge.',
    hint:
      'Restore the Allow for the rotation principal and action in the key policy (or, when the key policy delegates ' +
      "to the account root, in the principal's identity policy and permissions boundary), or remove or narrow the " +
      'Deny that now matches it. Remember that an identity-policy Allow only counts when the key policy allows ' +
      'the account for the same action.',
    severity: 'error'
  },
  'rotation-access-missing': {
    fix: 'grant the action in the key policy, or fix the config if the principal is not meant to have it',
    title: 'Rotation principal has no access',
    description:
      'A configured rotation principal cannot call a rotation action on the key, neither today nor after this ' +
      'change. The change did not cause it, but rotation by that principal does not work.',
    hint:
      "Grant the action to the rotation principal in the key policy (a statement with the principal's role ARN " +
      'and the action, Resource "*"), or delegate to the account root in the key policy and allow the action in ' +
      "the principal's identity policy. If the principal is not meant to have this action, remove it from " +
      "rotation.actions or rotation.principals in the gate's config.",
    severity: 'warning'
  },
  'owner-lockout': {
    fix: 'keep kms:PutKeyPolicy for at least one owner, normally the account root; a locked key can only be recovered by AWS Support',
    title: 'Key owners locked out',
    description:
      'After this change no configured owner could call an owner action (by default kms:PutKeyPolicy) on the key, ' +
      'while at least one can today. Nobody could ever change the key policy again: the key becomes unmanageable. ' +
      "KMS's own lockout safety check only protects the principal that calls PutKeyPolicy, not the other owners.",
    hint:
      'Keep an Allow for kms:PutKeyPolicy for at least one owner, normally the account root ' +
      '`arn:aws:iam::ACCOUNT:root` (which delegates to IAM policies), and make sure no Deny in the key policy, ' +
      'identity policies, boundaries, SCPs or RCPs matches all owners. Do not apply such a policy with ' +
      'BypassPolicyLockoutSafetyCheck: once locked out, only AWS Support can recover the key.',
    severity: 'error'
  },
  'owner-access-lost': {
    fix: 'drop the owner from the config if intended, else restore its Allow',
    title: 'An owner loses access',
    description:
      'One configured owner loses an owner action (such as kms:PutKeyPolicy) that it has today, while another ' +
      'owner keeps it. The key stays manageable, but possibly not by the people or pipelines that expect to manage it.',
    hint:
      "If the removal is intended, drop that principal from `owners` in the gate's config. Otherwise restore its " +
      'Allow for the action in the key policy, or remove the Deny that now matches it.',
    severity: 'warning'
  },
  'principal-not-found': {
    fix: 'fix the ARN (with its path) or create the principal first',
    title: 'Principal does not exist',
    description:
      'The proposed key policy names an IAM role or user ARN that does not exist in the account. KMS rejects ' +
      'such a policy (PutKeyPolicy fails with MalformedPolicyDocumentException), so the deployment would fail.',
    hint:
      'Fix the ARN (account ID, path and name; role ARNs are arn:aws:iam::ACCOUNT:role/PATH/NAME), create the ' +
      'principal before the key policy is applied, or name the account root instead. A just-created principal can ' +
      'take a moment to become visible to KMS.',
    severity: 'error'
  },
  'orphaned-principal': {
    fix: 'remove the id; name the recreated principal by ARN',
    title: 'Unique id of a deleted principal',
    description:
      'A policy names a principal by a unique id (AROA… for roles, AIDA… for users). IAM shows that when the role ' +
      'or user it stood for was deleted. PutKeyPolicy rejects a policy containing it ("Policy contains a statement ' +
      'with one or more invalid principals"), and recreating a principal with the same name does not restore access. ' +
      'In the live policy only, it is a warning: the next policy update that copies it will fail.',
    hint:
      'Remove the unique id from the Principal element, or replace it with the ARN of the principal that should ' +
      'have access (a recreated role needs to be named again by ARN).',
    severity: 'error'
  },
  'unknown-action': {
    fix: 'use the suggested action (kms:RotateKeyOnDemand for on-demand rotation)',
    title: 'Unknown action',
    description:
      'An Action or NotAction value, or a wildcard pattern, matches no real AWS action, so the statement does not ' +
      'do what it seems to. A common case is kms:RotateKeyForward, which does not exist: on-demand rotation is ' +
      'kms:RotateKeyOnDemand.',
    hint:
      'Use the action suggested in the message (for on-demand rotation: kms:RotateKeyOnDemand). Action names are ' +
      'service:Operation with the operation name of the API reference; check the spelling of wildcard patterns too.',
    severity: 'error'
  },
  'invalid-policy': {
    fix: 'fix the document at the line shown',
    title: 'Invalid policy document',
    description:
      'The document is not valid JSON or not a valid policy (for example no Statement, an Effect other than Allow ' +
      'or Deny, a statement with both Action and NotAction). AWS would reject it, and the gate cannot evaluate it.',
    hint:
      'Fix the document at the line shown. A policy needs "Version": "2012-10-17" and a Statement list whose ' +
      'entries each have Effect, Principal (key policies), Action and Resource.',
    severity: 'error'
  },
  'ineffective-statement': {
    fix: 'add the element ("Resource": "*" means this key) or delete the statement',
    title: 'Statement has no effect',
    description:
      'A key-policy statement lacks Action or Resource, or its Resource cannot match this key. KMS accepts such a ' +
      'policy, but the statement grants or denies nothing, which is rarely what was meant.',
    hint:
      'Add the missing element; in a key policy use "Resource": "*" (it means this key). If the statement is not ' +
      'needed, delete it.',
    severity: 'warning'
  },
  'policy-too-large': {
    fix: 'merge statements, or move grants to IAM behind the root delegation',
    title: 'Key policy too large',
    description:
      'The key policy is larger than 32,768 bytes, the maximum size of a KMS key policy. PutKeyPolicy would fail ' +
      'with LimitExceededException.',
    hint:
      'Shrink the policy below 32,768 bytes: merge statements that share Effect and Principal, list several ' +
      'principals or actions in one statement, use wildcards where safe, or move per-principal grants into IAM ' +
      'policies behind an account-root delegation.',
    severity: 'error'
  },
  'rotation-disabled': {
    fix: 'run aws kms enable-key-rotation, or set rotation.require-enabled: false',
    title: 'Automatic rotation is off',
    description: "Automatic rotation is disabled on the live key, while the gate's config requires it.",
    hint:
      'Enable it with `aws kms enable-key-rotation --key-id KEY [--rotation-period-in-days DAYS]` (90–2560 days), ' +
      "or set rotation.require-enabled: false for this key in the gate's config if rotation is done on demand.",
    severity: 'warning'
  },
  'rotation-overdue': {
    fix: 'run aws kms rotate-key-on-demand and check automatic rotation',
    title: 'Rotation overdue',
    description:
      "The key's last rotation (or, if it never rotated, its creation) is older than the configured max-age-days.",
    hint:
      'Rotate the key now with `aws kms rotate-key-on-demand --key-id KEY`, and check that automatic rotation is ' +
      "enabled with a period within max-age-days. Raise max-age-days in the gate's config if the policy allows " +
      'a longer interval.',
    severity: 'warning'
  },
  'rotation-unsupported': {
    fix: 'nothing to fix; remove the rotation section or rotate another way',
    title: 'Key cannot rotate automatically',
    description:
      'The key cannot rotate automatically: it is not a SYMMETRIC_DEFAULT key, has imported key material, lives in ' +
      'a custom key store, or is AWS managed. The gate skips the rotation rules for it.',
    hint:
      "Nothing to fix in the policy. Remove the rotation section for this key from the gate's config, or plan " +
      'rotation another way (for imported material: import new material and call RotateKeyOnDemand).',
    severity: 'notice'
  },
  'evaluation-inconclusive': {
    fix: 'give the values under context: for that principal',
    title: 'Decision depends on unknown conditions',
    description:
      'A decision depends on condition keys whose values the gate cannot know (for example aws:SourceVpc), so it ' +
      'may go either way. It is an error when it may hide a regression (a check that is allowed today), else a ' +
      'warning.',
    hint:
      "Give the values under `context:` in the gate's config, for the principal named in the message " +
      '(for example `aws:SourceVpc: vpc-0abc`), or make the condition independent of the request when it guards ' +
      'rotation or key administration.',
    severity: 'error'
  },
  'source-mapping': {
    fix: 'map keys and principals explicitly under cloudformation/terraform keys: and principals: if this is wrong',
    title: 'Infrastructure-as-code mapping',
    description:
      'Says which keys and principals of a CloudFormation template or Terraform plan the gate mapped to live keys ' +
      'and principals (by config mapping, by ARN, by alias or name), and which the change creates.',
    hint:
      'If a key or principal is mapped wrongly or not at all, map it explicitly under `cloudformation[].keys` / ' +
      '`principals` (logical id → ARN) or `terraform.keys` / `principals` (address → ARN) in the config.',
    severity: 'notice'
  },
  'scheduled-access-loss': {
    fix: 'remove or move the date in the statement named, or keep another grant after that date',
    title: 'Access lost at a later date',
    description:
      'A rotation or owner check holds today but stops holding at a date set in a date condition ' +
      '(aws:CurrentTime or aws:EpochTime) of a key policy, identity policy, boundary, SCP or RCP within the horizon ' +
      '(config `horizon-days`, default 400). Typical cause: a Deny with DateGreaterThan that starts later, or an ' +
      'Allow with DateLessThan that expires. The build passes today and rotation or key administration breaks on ' +
      'that date.',
    hint:
      'Remove or move the date in the named statement, or make sure another statement keeps the permission after ' +
      'that date. If the loss is intended, record it in the config (for example drop the principal from ' +
      '`rotation.principals`).',
    severity: 'error'
  },
  'policy-version': {
    fix: 'add "Version": "2012-10-17"',
    title: 'Policy without Version 2012-10-17',
    description:
      'The document has no "Version": "2012-10-17" (it is missing, or the legacy 2008-10-17). AWS then reads policy ' +
      'variables such as ${aws:PrincipalAccount} as plain text, so conditions and resources that use them do not ' +
      'mean what they seem to. The gate evaluates the document the way AWS does.',
    hint: 'Add "Version": "2012-10-17" as the first element of the policy document.',
    severity: 'notice'
  },
  'organization-policies': {
    fix: "let the gate's role read Organizations, or put the levels in the snapshot",
    title: 'Organization policies not read',
    description:
      "The gate's role could not read the organization's service control policies (SCPs) and resource control " +
      "policies (RCPs), or the organization's id. Without the policies, SCPs reach the checks only through IAM's " +
      "policy simulator (not the account root's owner checks, not keys the change creates), and RCPs are not " +
      'evaluated; without the id, aws:PrincipalOrgID and aws:ResourceOrgID are unknown and checks that test them ' +
      'stay inconclusive.',
    hint:
      "Let the gate's role call organizations:ListParents, ListPoliciesForTarget and DescribePolicy (management " +
      'account or delegated administrator) and organizations:DescribeOrganization (any account of the ' +
      'organization), or put the levels and `organizationId` in the snapshot for offline mode.',
    severity: 'notice'
  },
  'unread-resource': {
    fix: 'review it by hand, or move the grant into a resource the gate reads; for a Transform, check the processed template',
    title: 'IAM or KMS resource not read',
    description:
      'A CloudFormation template or Terraform plan changes an IAM or KMS resource that the gate does not read ' +
      '(for example IAM group policies, exclusive policy lists, a SAM or macro Transform). What it does to the ' +
      'rotation principals and key owners was not checked. A change to IAM groups is an error when the run ' +
      'checks an IAM user (groups hold users, and the gate does not read their members), and so is a deletion ' +
      'the gate cannot place at all (a policy removed from a template whose name is known only at deployment) ' +
      'or a base template it cannot read (the removals are not checked).',
    hint:
      'Review the resource by hand, or move the grant it makes into a resource the gate reads (a role policy, ' +
      'the key policy). For a Transform, run the gate on the processed template.',
    severity: 'warning'
  },
  'config-error': {
    fix: 'fix the config at the line shown',
    title: 'Configuration error',
    description:
      "The gate's config is invalid: an unknown field, a malformed ARN, a missing file, or a path outside the " +
      'workspace. The gate cannot run.',
    hint:
      'Fix the config at the line shown (default .github/kms-policy-gate.yml). Paths are relative to the ' +
      'workspace root and may not leave it; keys are key ARNs, key ids, alias/NAME or alias ARNs.',
    severity: 'error'
  },
  'suppression-expired': {
    fix: 'fix what it suppressed and remove it, or renew it with a new date and reason',
    title: 'Suppression expired',
    description:
      "An `ignore:` entry of the gate's config is past its `expires` date. It no longer suppresses anything, so the " +
      'findings it matched count and can block again.',
    hint:
      'Fix what the entry suppressed and remove the entry, or, if the exception is still needed, give it a new ' +
      '`expires` date and an up-to-date `reason`.',
    severity: 'warning'
  },
  'baseline-changed': {
    fix: 'refresh the snapshot in its own pull request',
    title: 'Pull request edits the baseline',
    description:
      'The pull request changes the snapshot file (or, with `baseline: base`, the config) that describes the live ' +
      'state. On pull requests the action reads these files from the base commit, so that a change cannot approve ' +
      'itself by editing its own baseline; the edited version applies once it is merged.',
    hint:
      'Refresh the snapshot in its own pull request (kms-policy-gate snapshot), separate from policy changes, so ' +
      'that reviewers can see what changed in the live state.',
    severity: 'warning'
  }
}
