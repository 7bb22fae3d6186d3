import { accountOf, regionOf } from '../arn.js'
import type { KeyState, LiveState } from './types.js'

/**
 * Finds a key of the state by key ARN, key id, `alias/NAME` or alias ARN. Aliases and key ids are regional (a
 * multi-Region key has the same `mrk-` id in every region, and an alias name may name different keys in two
 * regions): an alias ARN names the key of its own region and account, a bare alias or key id the key of the
 * state's region and account, as KMS resolves them for a caller there (KMS Developer Guide, kms-alias; KeyId in
 * the KMS API reference).
 */
export function findKey(state: LiveState, ref: string): KeyState | undefined {
  const aliasArn = /^arn:[^:]+:kms:([^:]*):(\d{12}):(alias\/.+)$/.exec(ref)
  const aliasName = ref.startsWith('alias/') ? ref : aliasArn?.[3]
  const region = aliasArn ? aliasArn[1] : state.region
  const account = aliasArn ? aliasArn[2] : state.account
  const here = (k: KeyState): boolean => regionOf(k.arn) === region && accountOf(k.arn) === account
  for (const k of state.keys) {
    if (k.arn === ref) return k
    if (aliasName && k.aliases.includes(aliasName) && here(k)) return k
    if (!ref.includes(':') && !ref.startsWith('alias/') && k.arn.endsWith(`:key/${ref}`) && here(k)) return k
  }
  return undefined
}

/**
 * A symmetric key with imported material rotates on demand only: "Symmetric encryption keys with EXTERNAL origin
 * support on-demand rotation" (KMS Developer Guide, importing-keys-import-key-material), while automatic rotation
 * stays unsupported (EnableKeyRotation). Multi-Region ones too: new material is imported into the primary and
 * then into every replica "before you can perform the RotateKeyOnDemand operation on the primary Region key"
 * (KMS API reference, ImportKeyMaterial; supported since 2025-11, aws-semantics "On-demand rotation").
 */
export function rotatesOnDemandOnly(key: Pick<KeyState, 'origin' | 'keySpec' | 'keyManager'>): boolean {
  return (
    key.origin === 'EXTERNAL' &&
    (key.keySpec ?? 'SYMMETRIC_DEFAULT') === 'SYMMETRIC_DEFAULT' &&
    key.keyManager !== 'AWS'
  )
}

/** Keys that AWS cannot rotate at all (KMS API reference, EnableKeyRotation, RotateKeyOnDemand; aws-semantics §D). */
export function rotationUnsupportedReason(key: KeyState): string | undefined {
  if (key.keyManager === 'AWS') return 'it is an AWS managed key (AWS rotates it every year)'
  if (key.keySpec && key.keySpec !== 'SYMMETRIC_DEFAULT') return `its key spec is ${key.keySpec}`
  if (key.origin === 'AWS_CLOUDHSM' || key.origin === 'EXTERNAL_KEY_STORE')
    return `it is in a custom key store (origin ${key.origin})`
  return undefined
}
