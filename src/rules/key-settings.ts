import { RULES } from '../constants.js'
import type { Finding } from '../report/types.js'
import { rotationUnsupportedReason } from '../state/keys.js'
import type { KeyState } from '../state/types.js'
import type { Location } from './locate.js'

/** Rotation actions a multi-Region replica does not decide: KMS takes them on the primary key only. */
export const PRIMARY_ONLY = new Set(['kms:enablekeyrotation', 'kms:disablekeyrotation', 'kms:rotatekeyondemand'])

/** What the settings rules need to know of a key of the run. */
export interface KeySettings {
  keyArn: string
  keyName: string
  live: KeyState | null
  requireEnabled: boolean
  rotationActions: string[]
  fallback: Location
  /** The primary key of a multi-Region replica. */
  primaryArn?: string
}

/** What a template or plan declares about a key (the fields of the sources' ProposedKey these rules read). */
export interface DeclaredKey {
  created?: boolean
  deleted?: boolean
  replica?: boolean
  keySpec?: string
  keyOrigin?: string
  rotationEnabled?: boolean
  file?: string
  line?: number
}

/** Why a key the change creates cannot rotate automatically (the same reasons as rotationUnsupportedReason). */
export function createdKeyUnsupportedReason(k: DeclaredKey): string | undefined {
  if (!k.created) return undefined
  if (k.replica) return 'it is a multi-Region replica key (automatic rotation is set on its primary key)'
  if (k.keySpec && k.keySpec !== 'SYMMETRIC_DEFAULT') return `its key spec is ${k.keySpec}`
  if (k.keyOrigin === 'AWS_CLOUDHSM' || k.keyOrigin === 'EXTERNAL_KEY_STORE')
    return `it is in a custom key store (origin ${k.keyOrigin})`
  return undefined
}

/**
 * A symmetric key with imported material that the change creates rotates on demand only, as a live one does
 * (state/keys.ts rotatesOnDemandOnly): its on-demand checks run, kms:EnableKeyRotation is no expectation.
 */
export function createdRotatesOnDemandOnly(k: DeclaredKey): boolean {
  return !!k.created && k.keyOrigin === 'EXTERNAL' && !createdKeyUnsupportedReason(k)
}

/**
 * What the change declares about the key itself, at the resource that declares it:
 * - rotation-unsupported: a key the change creates that cannot rotate automatically (asymmetric, HMAC, custom key
 *   store, a replica whose rotation is its primary's); the rotation checks are then skipped (`skipRotation`),
 *   since their advice (turn rotation on) would fail the deploy (KMS API reference, EnableKeyRotation). A symmetric
 *   key with imported material gets a notice and keeps its on-demand checks;
 * - rotation-disabled: a template or plan that turns automatic rotation off (or creates the key without it) while
 *   the config requires it, unless the live key already has rotation off (reported by the rotation-health rules).
 */
export function changedKeyRules(
  key: KeySettings,
  proposed: DeclaredKey
): { findings: Finding[]; skipRotation: boolean } {
  const where = {
    file: proposed.file ?? key.fallback.file,
    startLine: proposed.line ?? key.fallback.startLine,
    endLine: proposed.line ?? key.fallback.endLine
  }
  const unsupported = !key.live ? createdKeyUnsupportedReason(proposed) : undefined
  if (!key.live && createdRotatesOnDemandOnly(proposed)) {
    return {
      skipRotation: false,
      findings: [
        {
          rule: RULES.rotationUnsupported,
          severity: 'notice',
          message: `${key.keyName} has imported key material (origin EXTERNAL): it cannot rotate automatically, so rotation-disabled and kms:EnableKeyRotation are skipped; on-demand rotation access is checked`,
          key: key.keyArn,
          ...where,
          preExisting: false
        }
      ]
    }
  }
  if (unsupported) {
    return {
      skipRotation: true,
      findings: [
        {
          rule: RULES.rotationUnsupported,
          severity: 'notice',
          message: `${key.keyName} cannot rotate automatically: ${unsupported}; the rotation checks are skipped`,
          key: key.keyArn,
          ...where,
          preExisting: false
        }
      ]
    }
  }
  const turnsOff =
    proposed.rotationEnabled === false &&
    !proposed.deleted &&
    key.requireEnabled &&
    key.live?.rotation?.enabled !== false &&
    !(key.live && rotationUnsupportedReason(key.live))
  return {
    skipRotation: false,
    findings: turnsOff
      ? [
          {
            rule: RULES.rotationDisabled,
            severity: 'warning',
            message: `the change ${key.live ? 'turns automatic rotation off' : 'creates the key without automatic rotation'} for ${key.keyName}; set EnableKeyRotation / enable_key_rotation to true, or rotation.require-enabled: false in the config`,
            key: key.keyArn,
            ...where,
            preExisting: false
          }
        ]
      : []
  }
}

/** A notice that a replica's rotation writes are checked against its primary key's policy. */
export function replicaRotationNotice(key: KeySettings): Finding[] {
  const primaryOnly = key.rotationActions.filter(a => PRIMARY_ONLY.has(a.toLowerCase()))
  if (!key.primaryArn || primaryOnly.length === 0) return []
  return [
    {
      rule: RULES.rotationUnsupported,
      severity: 'notice',
      message: `${key.keyName} is a multi-Region replica of ${key.primaryArn}: KMS rotates the set from its primary key, so ${primaryOnly.join(', ')} are checked against the primary key's policy`,
      key: key.keyArn,
      ...key.fallback,
      preExisting: true
    }
  ]
}
