import { DEFAULT_MAX_AGE_DAYS, RULES } from '../constants.js'
import { rotationUnsupportedReason } from '../state/keys.js'
import type { Finding } from '../report/types.js'
import type { KeyState } from '../state/types.js'
import type { Fallback } from './locate.js'

export interface HealthInput {
  key: KeyState
  keyName: string
  requireEnabled: boolean
  maxAgeDays?: number
  now: Date
  where: Fallback
}

const DAY = 86_400_000

/** Live rotation health: unsupported (notice), disabled and overdue (warnings). Points at the key's config entry. */
export function rotationHealthRules(input: HealthInput): { findings: Finding[]; unsupported: boolean } {
  const { key, keyName, where } = input
  const base = { key: key.arn, file: where.file, startLine: where.line, endLine: where.endLine, preExisting: true }
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
  const findings: Finding[] = []
  const rotation = key.rotation
  if (input.requireEnabled && rotation && !rotation.enabled) {
    findings.push({
      rule: RULES.rotationDisabled,
      severity: 'warning',
      message: `automatic rotation is off for ${keyName}; enable it (kms:EnableKeyRotation) or set rotation.require-enabled: false`,
      ...base
    })
  }
  const maxAge = input.maxAgeDays ?? rotation?.periodDays ?? DEFAULT_MAX_AGE_DAYS
  const dates = (rotation?.history ?? []).map(h => Date.parse(h.date)).filter(t => !Number.isNaN(t))
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
