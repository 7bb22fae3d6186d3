import { DEFAULT_MAX_AGE_DAYS, RULES } from '../constants.js'
import { rotatesOnDemandOnly, rotationUnsupportedReason } from '../state/keys.js'
import type { Finding } from '../report/types.js'
import type { KeyState } from '../state/types.js'
import type { Location } from './locate.js'

export interface HealthInput {
  key: KeyState
  keyName: string
  requireEnabled: boolean
  maxAgeDays?: number
  now: Date
  where: Location
}

const DAY = 86_400_000

/** Live rotation health: unsupported (notice), disabled and overdue (warnings). Points at the key's config entry. */
export function rotationHealthRules(input: HealthInput): { findings: Finding[]; unsupported: boolean } {
  const { key, keyName, where } = input
  const base = { key: key.arn, ...where, preExisting: true }
  const reason = rotationUnsupportedReason(key)
  if (reason) {
    return {
      unsupported: true,
      findings: [
        {
          rule: RULES.rotationUnsupported,
          severity: 'notice',
          message: `${keyName} cannot rotate automatically: ${reason}; rotation rules are skipped for it`,
          ...base
        }
      ]
    }
  }
  // Key states (KMS Developer Guide, key-state): a key pending deletion cannot rotate (GetKeyRotationStatus
  // answers false, EnableKeyRotation is refused) and is going away: no rotation rule applies to it.
  if (key.keyState === 'PendingDeletion' || key.keyState === 'PendingReplicaDeletion') {
    return {
      unsupported: true,
      findings: [
        {
          rule: RULES.rotationUnsupported,
          severity: 'notice',
          message: `${keyName} is scheduled for deletion (key state ${key.keyState}): rotation rules are skipped for it`,
          ...base
        }
      ]
    }
  }
  const stateNotes: Finding[] = []
  if (key.keyState === 'Disabled' || key.keyState === 'PendingImport' || key.keyState === 'Unavailable') {
    stateNotes.push({
      rule: RULES.rotationUnsupported,
      severity: 'notice',
      message: `${keyName} is ${key.keyState === 'PendingImport' ? 'waiting for its key material' : key.keyState.toLowerCase()} (key state ${key.keyState}): KMS does not rotate it in this state; rotation access is still checked`,
      ...base
    })
  }
  if (key.rotationUnreadable) {
    return {
      unsupported: false,
      findings: [
        ...stateNotes,
        {
          rule: RULES.rotationUnsupported,
          severity: 'notice',
          message: `the rotation state of ${keyName} could not be read (${key.rotationUnreadable}): rotation-disabled and rotation-overdue are skipped; rotation access is still checked`,
          ...base
        }
      ]
    }
  }
  if (rotatesOnDemandOnly(key)) {
    // Automatic rotation does not exist for imported material: rotation-disabled and rotation-overdue do not
    // apply, but who may rotate it on demand is still checked.
    return {
      unsupported: false,
      findings: [
        {
          rule: RULES.rotationUnsupported,
          severity: 'notice',
          message: `${keyName} has imported key material (origin EXTERNAL): it cannot rotate automatically, so rotation-disabled, rotation-overdue and kms:EnableKeyRotation are skipped; on-demand rotation access is checked`,
          ...base
        },
        ...stateNotes
      ]
    }
  }
  const findings: Finding[] = [...stateNotes]
  const rotation = key.rotation
  if (!rotation) {
    // A snapshot written by hand may leave it out: what it does not say is not taken as "rotation on".
    findings.push({
      rule: RULES.rotationUnsupported,
      severity: 'notice',
      message: `the state has no rotation status for ${keyName}: rotation-disabled and rotation-overdue are skipped; rotation access is still checked`,
      ...base
    })
    return { findings, unsupported: false }
  }
  if (input.requireEnabled && !rotation.enabled && key.keyState !== 'PendingImport') {
    findings.push({
      rule: RULES.rotationDisabled,
      severity: 'warning',
      message: `automatic rotation is off for ${keyName}; enable it (kms:EnableKeyRotation) or set rotation.require-enabled: false`,
      ...base
    })
  }
  const maxAge = input.maxAgeDays ?? rotation.periodDays ?? DEFAULT_MAX_AGE_DAYS
  const dates = rotation.history.map(h => Date.parse(h.date)).filter(t => !Number.isNaN(t))
  const last = dates.length
    ? dates.reduce((a, b) => Math.max(a, b))
    : key.creationDate
      ? Date.parse(key.creationDate)
      : NaN
  if (!Number.isNaN(last)) {
    const ageDays = Math.floor((input.now.getTime() - last) / DAY)
    if (ageDays > maxAge) {
      findings.push({
        rule: RULES.rotationOverdue,
        severity: 'warning',
        message: `${keyName} was last rotated ${ageDays} days ago (${new Date(last).toISOString().slice(0, 10)}${dates.length ? '' : ', its creation date'}), more than ${maxAge} days`,
        ...base
      })
    }
  }
  return { findings, unsupported: false }
}
