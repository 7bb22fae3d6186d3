import type { Decision, MissingLayer, StatementRef } from '../engine/types.js'
import { NOT_EVALUATED_SID } from '../policy/limits.js'
import type { PolicyDocument } from '../policy/types.js'

const KIND: Record<string, string> = {
  key: 'key policy',
  identity: 'identity policy',
  boundary: 'permissions boundary',
  scp: 'SCP',
  rcp: 'RCP'
}

export function statementName(ref: StatementRef): string {
  return ref.sid !== undefined && ref.sid !== '' ? ref.sid : `#${ref.index}`
}

/** "key policy statement DenyRotation (policies/app.json)". */
export function describeRef(ref: StatementRef): string {
  const where = ref.origin.file ?? ref.origin.name
  const kind = KIND[ref.origin.kind] ?? ref.origin.kind
  // The Deny of everything that stands for a document the gate refused to evaluate (policy/limits.ts).
  if (ref.sid === NOT_EVALUATED_SID)
    return `the ${kind}${where ? ` (${where})` : ''}, which is not evaluated (see invalid-policy) and counts as a Deny of everything`
  return `${kind} statement ${statementName(ref)}${where ? ` (${where})` : ''}`
}

function describeMissing(m: MissingLayer): string {
  switch (m.layer) {
    case 'key-policy':
      return 'no key-policy statement allows the principal or delegates to its account'
    case 'identity':
      return 'the key policy delegates to the account but no identity policy allows it'
    case 'boundary':
      return 'the permissions boundary does not allow it'
    case 'scp':
      return `SCP level ${m.level + 1} does not allow it`
    case 'rcp':
      return `RCP level ${m.level + 1} does not allow it`
    case 'cross-account':
      return 'KMS does not allow this operation from another account'
  }
}

/** Why a decision is what it is, in one phrase. */
export function describeDecision(d: Decision): string {
  switch (d.decision) {
    case 'allowed':
      return d.allows.length ? `allowed by ${d.allows.map(describeRef).join(' and ')}` : 'allowed'
    case 'explicit-deny':
      return d.denies.length
        ? `explicit Deny in ${d.denies.map(describeRef).join(', ')}`
        : 'explicit Deny (reported by the IAM policy simulator)'
    case 'implicit-deny':
      return d.missing.map(describeMissing).join('; ') || 'no statement allows it'
    case 'inconclusive':
      return `depends on condition keys with unknown values: ${d.unknownKeys.join(', ')}`
  }
}

/**
 * Why a check fails after the change; a key the change deletes says so rather than "no statement allows it" or
 * the Deny (of an SCP, say) that also matches: without the key there is nothing to allow.
 */
export function describeAfter(after: Decision, keyPolicy: PolicyDocument | null): string {
  if (keyPolicy === null && (after.decision === 'implicit-deny' || after.decision === 'explicit-deny'))
    return 'the change deletes the key'
  return describeDecision(after)
}
