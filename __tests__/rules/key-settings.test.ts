import {
  changedKeyRules,
  createdKeyUnsupportedReason,
  createdRotatesOnDemandOnly,
  replicaRotationNotice
} from '../../src/rules/key-settings.js'
import type { KeyState } from '../../src/state/types.js'

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
const base = {
  keyArn: KEY,
  keyName: 'app-data',
  live: null,
  requireEnabled: true,
  rotationActions: ['kms:RotateKeyOnDemand', 'kms:EnableKeyRotation', 'kms:DescribeKey'],
  fallback: { file: '.github/kms-policy-gate.yml', startLine: 4, endLine: 9 }
}
const live: KeyState = {
  arn: KEY,
  aliases: [],
  policy: {},
  keySpec: 'SYMMETRIC_DEFAULT',
  rotation: { enabled: true, history: [] }
}

describe('createdKeyUnsupportedReason (KMS API reference, EnableKeyRotation)', () => {
  it('names why a key the change creates cannot rotate automatically, and nothing for a symmetric key', () => {
    expect(createdKeyUnsupportedReason({ created: true, keySpec: 'RSA_2048' })).toBe('its key spec is RSA_2048')
    // Imported symmetric material rotates on demand (KMS Developer Guide, importing-keys-import-key-material).
    expect(createdKeyUnsupportedReason({ created: true, keyOrigin: 'EXTERNAL' })).toBeUndefined()
    expect(createdKeyUnsupportedReason({ created: true, keyOrigin: 'EXTERNAL', keySpec: 'HMAC_256' })).toMatch(/HMAC/)
    expect(createdKeyUnsupportedReason({ created: true, replica: true })).toMatch(/replica/)
    expect(createdKeyUnsupportedReason({ created: true, keyOrigin: 'AWS_CLOUDHSM' })).toMatch(/custom key store/)
    expect(createdKeyUnsupportedReason({ created: true, keySpec: 'SYMMETRIC_DEFAULT' })).toBeUndefined()
    expect(createdKeyUnsupportedReason({ keySpec: 'RSA_2048' })).toBeUndefined()
  })
})

describe('createdRotatesOnDemandOnly', () => {
  it('is a symmetric key with imported material that the change creates, not a replica or another spec', () => {
    expect(createdRotatesOnDemandOnly({ created: true, keyOrigin: 'EXTERNAL' })).toBe(true)
    expect(createdRotatesOnDemandOnly({ created: true, keyOrigin: 'EXTERNAL', keySpec: 'RSA_2048' })).toBe(false)
    expect(createdRotatesOnDemandOnly({ created: true, keyOrigin: 'EXTERNAL', replica: true })).toBe(false)
    expect(createdRotatesOnDemandOnly({ created: true, keyOrigin: 'AWS_KMS' })).toBe(false)
    expect(createdRotatesOnDemandOnly({ keyOrigin: 'EXTERNAL' })).toBe(false)
  })
})

describe('changedKeyRules', () => {
  it('a new key with imported material: a notice, and its on-demand checks are kept', () => {
    const r = changedKeyRules(base, { created: true, keyOrigin: 'EXTERNAL', file: 'infra/main.tf', line: 7 })
    expect(r.skipRotation).toBe(false)
    expect(r.findings).toEqual([
      expect.objectContaining({
        rule: 'rotation-unsupported',
        severity: 'notice',
        file: 'infra/main.tf',
        startLine: 7,
        message: expect.stringContaining('on-demand rotation access is checked')
      })
    ])
  })

  it('rotation-unsupported at the resource for a new asymmetric key, and the rotation checks are skipped', () => {
    const r = changedKeyRules(base, { created: true, keySpec: 'ECC_NIST_P256', file: 'infra/app.yaml', line: 12 })
    expect(r.skipRotation).toBe(true)
    expect(r.findings).toEqual([
      expect.objectContaining({ rule: 'rotation-unsupported', file: 'infra/app.yaml', startLine: 12, endLine: 12 })
    ])
  })

  it('rotation-disabled when the change turns rotation off, not when the live key has it off already', () => {
    const off = { rotationEnabled: false, file: 'infra/app.yaml', line: 20 }
    expect(changedKeyRules({ ...base, live }, off).findings).toEqual([
      expect.objectContaining({ rule: 'rotation-disabled', severity: 'warning', file: 'infra/app.yaml', startLine: 20 })
    ])
    const alreadyOff = { ...live, rotation: { enabled: false, history: [] } }
    expect(changedKeyRules({ ...base, live: alreadyOff }, off).findings).toEqual([])
    expect(changedKeyRules({ ...base, live, requireEnabled: false }, off).findings).toEqual([])
    expect(changedKeyRules({ ...base, live }, { ...off, deleted: true }).findings).toEqual([])
    expect(changedKeyRules({ ...base, live }, { rotationEnabled: true }).findings).toEqual([])
  })
})

describe('replicaRotationNotice', () => {
  it('says which rotation writes are checked on the primary, at the key entry; nothing for a key that is no replica', () => {
    const primaryArn = KEY.replace('us-east-1', 'eu-west-1')
    expect(replicaRotationNotice({ ...base, primaryArn })).toEqual([
      expect.objectContaining({
        rule: 'rotation-unsupported',
        message: expect.stringContaining('so kms:RotateKeyOnDemand, kms:EnableKeyRotation are checked'),
        file: '.github/kms-policy-gate.yml',
        startLine: 4,
        endLine: 9
      })
    ])
    expect(replicaRotationNotice(base)).toEqual([])
  })
})
