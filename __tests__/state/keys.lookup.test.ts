import { findKey } from '../../src/state/keys.js'
import type { KeyState, LiveState } from '../../src/state/types.js'

const ID = '1234abcd-12ab-34cd-56ef-1234567890ab'
const HOME = `arn:aws:kms:us-east-1:111122223333:key/${ID}`
// A key of another account with the same id: the lookup goes by account and region, not by the id alone.
const FOREIGN = `arn:aws:kms:us-east-1:444455556666:key/${ID}`
const OTHER = 'arn:aws:kms:us-east-1:111122223333:key/0987dcba-09fe-87dc-65ba-ab0987654321'
const CN = `arn:aws-cn:kms:cn-north-1:111122223333:key/${ID}`

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
  otherAccounts: ['444455556666'],
  // The other account's key comes first: a lookup that ignored the account would find it.
  keys: [key(FOREIGN, ['alias/app']), key(HOME, ['alias/app', 'alias/team/app']), key(OTHER, ['alias/reports'])],
  principals: []
}

// KMS API reference, DescribeKey (KeyId): a key ARN, key id, alias name or alias ARN identifies a key; a key id
// or alias name is resolved in the caller's account and region (KMS Developer Guide, kms-alias).
describe('findKey', () => {
  it('a key ARN names that key, whichever account or region it is in', () => {
    expect(findKey(state, FOREIGN)?.arn).toBe(FOREIGN)
    expect(findKey(state, HOME)?.arn).toBe(HOME)
    expect(findKey(state, OTHER)?.arn).toBe(OTHER)
    expect(findKey(state, HOME.replace('us-east-1', 'us-west-2'))).toBeUndefined()
  })

  it('a key id is the whole id of a key of the state’s account and region, never a part of one', () => {
    expect(findKey(state, ID)?.arn).toBe(HOME)
    expect(findKey(state, ID.slice(9))).toBeUndefined()
    expect(findKey(state, `key/${ID}`)).toBeUndefined()
    expect(findKey({ ...state, account: '444455556666' }, ID)?.arn).toBe(FOREIGN)
    expect(findKey({ ...state, keys: [key(FOREIGN, [])] }, ID)).toBeUndefined()
  })

  it('an alias name, any of a key’s aliases, slashes included', () => {
    expect(findKey(state, 'alias/app')?.arn).toBe(HOME)
    expect(findKey(state, 'alias/team/app')?.arn).toBe(HOME)
    expect(findKey(state, 'alias/reports')?.arn).toBe(OTHER)
    expect(findKey(state, 'alias/team')).toBeUndefined()
    expect(findKey(state, 'app')).toBeUndefined()
  })

  it('an alias ARN names the key with that alias in its own account and region', () => {
    expect(findKey(state, 'arn:aws:kms:us-east-1:444455556666:alias/app')?.arn).toBe(FOREIGN)
    expect(findKey(state, 'arn:aws:kms:us-east-1:111122223333:alias/team/app')?.arn).toBe(HOME)
    expect(findKey(state, 'arn:aws:kms:us-east-1:444455556666:alias/reports')).toBeUndefined()
    expect(findKey(state, 'arn:aws:kms:us-west-2:111122223333:alias/app')).toBeUndefined()
  })

  it('works the same in another partition', () => {
    const china: LiveState = { ...state, region: 'cn-north-1', keys: [key(CN, ['alias/app'])] }
    expect(findKey(china, 'alias/app')?.arn).toBe(CN)
    expect(findKey(china, ID)?.arn).toBe(CN)
    expect(findKey(china, 'arn:aws-cn:kms:cn-north-1:111122223333:alias/app')?.arn).toBe(CN)
    expect(findKey(china, HOME)).toBeUndefined()
  })
})
