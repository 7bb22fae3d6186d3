import { RULES } from '../constants.js'
import { inconclusiveFinding } from './access.js'
import { describeAfter } from './describe.js'
import { locateLoss } from './locate.js'
import type { Finding } from '../report/types.js'
import type { KeyEvaluation } from './types.js'
import type { PolicyDocument } from '../policy/types.js'
import { globMatch } from '../engine/glob.js'
import { isCrossAccountAction } from '../engine/kms-actions.js'
import { accountOf } from '../arn.js'

/**
 * owner-lockout: after the change some owner action is allowed to no owner (CONTRACT §6). Only AWS
 * Support can recover such a key, and KMS's own lockout check protects the caller only (aws-semantics §C).
 * owner-access-lost: one owner loses an action that another owner keeps.
 */
export function ownerRules(ev: KeyEvaluation): Finding[] {
  const out: Finding[] = []
  for (const action of ev.ownerActions) {
    const checks = ev.checks.filter(c => c.purpose === 'owner' && c.action === action)
    if (!checks.length) continue
    const isNew = checks[0].before === null
    const beforeAny = !isNew && checks.some(c => c.before?.decision === 'allowed')
    const afterAny = checks.some(c => c.after.decision === 'allowed')
    const afterMaybe = checks.some(c => c.after.decision === 'inconclusive')
    if (!afterAny && afterMaybe) {
      for (const c of checks) {
        const f = inconclusiveFinding(ev, c)
        if (f) out.push(f)
      }
      continue
    }
    if (!afterAny) {
      const lost = checks.find(c => c.before?.decision === 'allowed') ?? checks[0]
      const loc = locateLoss(lost.before, lost.after, lost.afterSet, ev.fallback)
      const preExisting = !isNew && !beforeAny && !checks.some(c => c.before?.decision === 'inconclusive')
      out.push({
        rule: RULES.ownerLockout,
        severity: preExisting ? 'warning' : 'error',
        message: preExisting
          ? `no owner of ${ev.keyName} may ${action}, before or after the change (${ev.owners.join(', ')}): ${describeAfter(lost.after, lost.afterSet.keyPolicy)}`
          : `no owner of ${ev.keyName} could ${action} after the change (${ev.owners.join(', ')}); ${lost.principal}: ${describeAfter(lost.after, lost.afterSet.keyPolicy)}${holdersText(lost.afterSet.keyPolicy, action, ev.owners, ev.keyArn)}`,
        key: ev.keyArn,
        principal: lost.principal,
        action,
        ...loc,
        preExisting
      })
      continue
    }
    for (const c of checks) {
      // Another owner keeps the action, but an undecided check of this owner may hide an owner-access-lost:
      // every inconclusive decision is reported (CONTRACT §6, evaluation-inconclusive), never passed silently.
      if (c.before?.decision === 'inconclusive' || c.after.decision === 'inconclusive') {
        const f = inconclusiveFinding(ev, c)
        if (f) out.push(f)
        continue
      }
      if (c.before?.decision === 'allowed' && c.after.decision !== 'allowed') {
        out.push({
          rule: RULES.ownerAccessLost,
          severity: 'warning',
          message: `${c.principal} loses ${action} on ${ev.keyName} (another owner keeps it): ${describeAfter(c.after, c.afterSet.keyPolicy)}`,
          key: ev.keyArn,
          principal: c.principal,
          action,
          ...locateLoss(c.before, c.after, c.afterSet, ev.fallback),
          preExisting: false
        })
      }
    }
  }
  return out
}

/**
 * Who the proposed key policy still names in an Allow for the action (other than the owners): the principals
 * that could hand the key back, or nobody. Conditions and Denies are not weighed here: it says where to look, and
 * marks a principal named only under a condition. Principals of another account are left out for actions KMS
 * refuses across accounts ("Cross-account use: No", e.g. PutKeyPolicy): they cannot hand the key back.
 */
function holdersText(keyPolicy: PolicyDocument | null, action: string, owners: string[], keyArn: string): string {
  // The key is gone: describeAfter has said so.
  if (!keyPolicy) return ''
  const keyAccount = accountOf(keyArn)
  const sameAccountOnly = !isCrossAccountAction(action)
  const names = new Map<string, boolean>()
  for (const s of keyPolicy.statements) {
    if (s.effect !== 'Allow' || s.ignored) continue
    const matches = s.action
      ? s.action.some(a => globMatch(a.value, action, true))
      : !!s.notAction && !s.notAction.some(a => globMatch(a.value, action, true))
    if (!matches) continue
    const conditional = (s.conditions?.length ?? 0) > 0
    for (const p of s.principal?.aws ?? []) {
      if (owners.includes(p.value)) continue
      const account = /^\d{12}$/.test(p.value) ? p.value : accountOf(p.value)
      if (sameAccountOnly && account && keyAccount && account !== keyAccount) continue
      names.set(p.value, (names.get(p.value) ?? true) && conditional)
    }
  }
  const list = [...names].map(([name, conditional]) => (conditional ? `${name} (under a condition)` : name))
  return list.length
    ? `; the proposed key policy still names ${list.join(', ')} in an Allow of ${action} (not configured owners)`
    : `; no statement of the proposed key policy allows ${action} to anyone else${sameAccountOnly ? " in the key's account" : ''}`
}
