import type { PrincipalBlock } from '../policy/types.js'
import type { RequestPrincipal } from './types.js'
import type { Tri } from './tri.js'

/**
 * How a `Principal` element names the caller (IAM User Guide, reference_policies_elements_principal;
 * KMS Developer Guide, key-policy-default):
 * - `direct`: the caller's own ARN or unique id, or `"*"`;
 * - `account`: the caller's account (`arn:…:iam::ACCOUNT:root` or the bare account id). For a role or
 *   user this only delegates to the account's IAM policies; for the account root it is the caller.
 */
export type PrincipalMatch = 'direct' | 'account' | 'none'

const ACCOUNT_ID = /^\d{12}$/

export function accountOfPrincipalValue(v: string): string | undefined {
  if (ACCOUNT_ID.test(v)) return v
  const m = /^arn:[a-z-]+:iam::(\d{12}):root$/.exec(v)
  return m ? m[1] : undefined
}

/**
 * Match of one principal value; 'unknown' for an unresolved IaC value. An account root ARN of another partition
 * names nobody here: partitions have separate IAM (AWS Fault Isolation Boundaries, "Partitions": IAM credentials
 * of one partition cannot be used in another). `sessions`: an assumed-role session ARN of the calling role names
 * it (see matchBlock).
 */
function matchValue(
  value: string,
  unknown: boolean | undefined,
  p: RequestPrincipal,
  sessions: boolean
): PrincipalMatch | 'unknown' {
  if (unknown) return 'unknown'
  const account = accountOfPrincipalValue(value)
  if (account !== undefined) {
    if (account !== p.account) return 'none'
    if (value.startsWith('arn:') && !value.startsWith(`arn:${p.partition}:`)) return 'none'
    return p.type === 'root' ? 'direct' : 'account'
  }
  if (value === p.arn) return 'direct'
  if (p.uniqueId && value === p.uniqueId) return 'direct'
  if (sessions && p.type === 'role' && value.startsWith(sessionPrefix(p))) return 'direct'
  return 'none'
}

export interface BlockMatch {
  /** The strongest match: direct beats account. */
  match: PrincipalMatch
  /** True when an unresolved value might name the caller. */
  unknown: boolean
}

/**
 * How a `Principal` element names the caller. A role's calls are made by its sessions
 * (`arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`, IAM User Guide, reference_policies_elements_principal), whose
 * name the gate does not know. With `sessions` (a Deny) a session ARN of the role names it: whichever session
 * rotates the key may be that one, so the Deny is not waved through (the gate also assumes, for NotPrincipal,
 * that the role's calls use a listed session). Without (an Allow) it does not: the grant may be another session's.
 */
export function matchBlock(block: PrincipalBlock, p: RequestPrincipal, sessions = false): BlockMatch {
  if (block.wildcard) return { match: 'direct', unknown: false }
  let match: PrincipalMatch = 'none'
  let unknown = false
  for (const v of block.aws) {
    const m = matchValue(v.value, v.unknown, p, sessions)
    if (m === 'unknown') unknown = true
    else if (m === 'direct') return { match: 'direct', unknown: false }
    else if (m === 'account') match = 'account'
  }
  return { match, unknown: match === 'none' && unknown }
}

/**
 * `NotPrincipal`: the statement applies to everyone the list does not name. The account ARN (or bare id)
 * names only the account principal: listing an account does not exclude the users and roles of that account
 * (IAM User Guide, reference_policies_elements_notprincipal: `"NotPrincipal": {"AWS": [user/Bob, ACCOUNT:root]}`
 * denies "all principals except the user named Bob", i.e. the other users of that account too).
 *
 * A role never calls KMS itself: its sessions do, as `arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`.
 * Listing the role ARN does not exclude them; the same page says a NotPrincipal with Deny must list "the ARN
 * of the assumed-role session" (and the role ARN) to exempt a role, and the AWS Security Blog / Knowledge
 * Center repeat it. So a role caller counts as named only when an assumed-role session ARN of that role is
 * listed (any session name: the gate assumes the role's calls use the listed session). A user or the account
 * root is named by its own ARN (or unique id).
 */
export function notPrincipalApplies(block: PrincipalBlock, p: RequestPrincipal): Tri {
  if (block.wildcard) return false
  // Without the account itself in the list the Deny may cover the whole account (same page, key points; for users
  // and assumed-role sessions alike): a role or user is exempt only with its account listed too.
  const accountListed =
    p.type === 'root' || block.aws.some(v => !v.unknown && matchValue(v.value, false, p, false) === 'account')
  if (p.type === 'role') {
    const session = sessionPrefix(p)
    if (accountListed && block.aws.some(v => !v.unknown && v.value.startsWith(session))) return false
  } else {
    const m = matchBlock(block, p)
    if (m.match === 'direct' && accountListed) return false
  }
  return block.aws.some(v => v.unknown) ? 'unknown' : true
}

/** `arn:PARTITION:sts::ACCOUNT:assumed-role/ROLE-NAME/`: the start of every session ARN of a role (no path). */
export function sessionPrefix(p: RequestPrincipal): string {
  return `arn:${p.partition}:sts::${p.account}:assumed-role/${p.name}/`
}
