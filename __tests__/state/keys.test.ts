import { findKey, rotatesOnDemandOnly, rotationUnsupportedReason } from '../../src/state/keys.js'
import type { KeyState, LiveState } from '../../src/state/types.js'

const ID = 'mrk-0123456789abcdef0123456789abcdef'
const EAST = `arn:aws:kms:us-east-1:111122223333:key/${ID}`
const WEST = `arn:aws:kms:us-west-2:111122223333:key/${ID}`
const key = (arn: string, aliases: string[], extra: Partial<KeyState> = {}): KeyState => ({
  arn,
  aliases,
  policy: {},
  ...extra
})
const state: LiveState = {
  version: 1,
  account: '111122223333',
  region: 'us-east-1',
  // The replica comes first: a lookup that ignored regions would find it.
  keys: [key(WEST, ['alias/app']), key(EAST, ['alias/app'])],
  principals: []
}

describe('findKey', () => {
  it('by key ARN, exactly', () => {
    expect(findKey(state, WEST)?.arn).toBe(WEST)
    expect(findKey(state, EAST)?.arn).toBe(EAST)
    expect(findKey(state, EAST.replace('111122223333', '444455556666'))).toBeUndefined()
  })

  // KMS Developer Guide, kms-alias: an alias is a regional resource; a multi-Region key keeps its id in every region.
  it('a bare alias or key id names the key of the state’s region and account', () => {
    expect(findKey(state, 'alias/app')?.arn).toBe(EAST)
    expect(findKey(state, ID)?.arn).toBe(EAST)
    expect(findKey({ ...state, region: 'eu-west-1' }, 'alias/app')).toBeUndefined()
    expect(findKey(state, 'alias/other')).toBeUndefined()
  })

  it('an alias ARN names the key of its own region and account', () => {
    expect(findKey(state, 'arn:aws:kms:us-west-2:111122223333:alias/app')?.arn).toBe(WEST)
    expect(findKey(state, 'arn:aws:kms:us-east-1:111122223333:alias/app')?.arn).toBe(EAST)
    expect(findKey(state, 'arn:aws:kms:us-east-1:444455556666:alias/app')).toBeUndefined()
  })
})

describe('what a key can rotate', () => {
  // KMS Developer Guide, importing-keys-import-key-material: symmetric keys with imported material rotate on demand.
  // KMS API reference, ImportKeyMaterial: new material goes into the primary and every replica "before you can
  // perform the RotateKeyOnDemand operation on the primary Region key" — multi-Region ones rotate on demand too.
  it('imported material: on demand only, symmetric, single- or multi-Region', () => {
    expect(rotatesOnDemandOnly({ origin: 'EXTERNAL', keySpec: 'SYMMETRIC_DEFAULT' })).toBe(true)
    expect(rotatesOnDemandOnly({ origin: 'EXTERNAL' })).toBe(true)
    expect(rotatesOnDemandOnly({ origin: 'AWS_KMS' })).toBe(false)
    expect(rotatesOnDemandOnly({ origin: 'EXTERNAL', keySpec: 'RSA_2048' })).toBe(false)
    expect(rotatesOnDemandOnly({ origin: 'EXTERNAL', keyManager: 'AWS' })).toBe(false)
  })

  // KMS API reference, EnableKeyRotation and RotateKeyOnDemand.
  it('keys that cannot rotate at all say why; a customer managed symmetric key can', () => {
    expect(rotationUnsupportedReason(key(EAST, [], { keyManager: 'AWS' }))).toMatch(/AWS managed key/)
    expect(rotationUnsupportedReason(key(EAST, [], { keySpec: 'HMAC_256' }))).toBe('its key spec is HMAC_256')
    expect(rotationUnsupportedReason(key(EAST, [], { origin: 'EXTERNAL', multiRegion: true }))).toBeUndefined()
    expect(rotationUnsupportedReason(key(EAST, [], { origin: 'AWS_CLOUDHSM' }))).toMatch(/custom key store/)
    expect(rotationUnsupportedReason(key(EAST, [], { keySpec: 'SYMMETRIC_DEFAULT', keyManager: 'CUSTOMER' }))).toBe(
      undefined
    )
  })
})
