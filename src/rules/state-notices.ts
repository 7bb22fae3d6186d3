import { RULES } from '../constants.js'
import type { Finding } from '../report/types.js'
import type { LiveState } from '../state/types.js'

/** A principal the change deletes (or replaces, giving it a new unique id), where the change does it. */
export interface RemovedPrincipal {
  arn: string
  replaced: boolean
  file: string
  line: number
}

/** A loss of a principal the change deletes or replaces says so, and points at the resource that does it. */
export function withRemovedPrincipal(f: Finding, removed: Map<string, RemovedPrincipal>): Finding {
  const r = f.principal ? removed.get(f.principal) : undefined
  if (!r || (f.rule !== RULES.rotationAccessLost && f.rule !== RULES.ownerLockout && f.rule !== RULES.ownerAccessLost))
    return f
  const why = r.replaced
    ? `the change replaces ${r.arn}: the new principal has a new unique id, and the key policy's grant to the old one does not carry over`
    : `the change deletes ${r.arn}`
  return {
    ...f,
    message: `${f.message.replace(/: no statement allows it$/, '')}: ${why}`,
    file: r.file,
    startLine: r.line,
    endLine: r.line
  }
}

/**
 * What the state could not tell, said once per run: no role and user lists (existence checks skipped), the
 * organization's policies or id unread, other accounts whose organization policies are not read.
 */
export function stateNotices(input: {
  state: LiveState
  /** The snapshot file, in offline mode. */
  snapshotFile?: string
  configFile: string
  /** Config line of each `accounts:` entry. */
  accountLine: (account: string) => number | undefined
  /** Whether any check or proposed key policy names principals (else the missing lists do not matter). */
  namesPrincipals: boolean
}): Finding[] {
  const { state, configFile } = input
  const out: Finding[] = []
  if (!state.knownPrincipals && input.namesPrincipals) {
    out.push({
      rule: RULES.principalNotFound,
      severity: 'notice',
      message: `the ${input.snapshotFile ? `snapshot ${input.snapshotFile}` : 'state'} has no knownPrincipals: the check that the principals named in key policies and in the config exist was skipped`,
      file: input.snapshotFile,
      preExisting: false
    })
  }
  if (state.organizationPoliciesUnread) {
    out.push({
      rule: RULES.organizationPolicies,
      severity: 'notice',
      message: `the organization's policies could not be read (${state.organizationPoliciesUnread}): SCPs reach the checks only through IAM's policy simulator (not the account root's owner checks, not keys the change creates) and RCPs are not evaluated`,
      file: configFile,
      preExisting: true
    })
  }
  for (const account of state.otherAccounts ?? []) {
    const line = input.accountLine(account)
    out.push({
      rule: RULES.organizationPolicies,
      severity: 'notice',
      message: `the organization's SCPs and RCPs are read for account ${state.account} only: checks of account ${account}'s keys and principals do not include its RCPs, nor its SCPs (in live mode, its own policy simulator applies its SCPs to the identity side of its roles and users)`,
      file: configFile,
      ...(line ? { startLine: line, endLine: line } : {}),
      preExisting: true
    })
  }
  if (state.organizationIdUnread) {
    out.push({
      rule: RULES.organizationPolicies,
      severity: 'notice',
      message: `the account's organization could not be read (${state.organizationIdUnread}): aws:PrincipalOrgID and aws:ResourceOrgID are unknown, and checks whose policies test them stay inconclusive`,
      file: configFile,
      preExisting: true
    })
  }
  return out
}
