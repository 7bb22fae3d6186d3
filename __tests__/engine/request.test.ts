import { buildContext, contextClass, parseKeyArn, parsePrincipal } from '../../src/engine/request.js'

const KEY = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
const NOW = new Date('2026-11-29T00:00:00Z')
const facts = {
  arn: KEY,
  keySpec: 'SYMMETRIC_DEFAULT',
  keyUsage: 'ENCRYPT_DECRYPT',
  origin: 'AWS_KMS',
  aliases: ['alias/app']
}

describe('principals and keys of a request', () => {
  it('reads role, user, root, session and bare account principals', () => {
    expect(parsePrincipal('arn:aws:iam::111122223333:role/ops/rotator', 'AROAEXAMPLE')).toEqual({
      arn: 'arn:aws:iam::111122223333:role/ops/rotator',
      account: '111122223333',
      partition: 'aws',
      type: 'role',
      name: 'rotator',
      uniqueId: 'AROAEXAMPLE'
    })
    expect(parsePrincipal('111122223333')).toMatchObject({ arn: 'arn:aws:iam::111122223333:root', type: 'root' })
    expect(parsePrincipal('arn:aws-cn:iam::111122223333:user/bob')).toMatchObject({ partition: 'aws-cn', type: 'user' })
    expect(parsePrincipal('arn:aws:sts::111122223333:assumed-role/r/s').type).toBe('assumed-role')
    expect(parsePrincipal('arn:aws:iam::111122223333:group/g')).toMatchObject({
      type: 'other',
      account: '111122223333'
    })
    expect(parseKeyArn(KEY)).toEqual({ arn: KEY, partition: 'aws', region: 'eu-west-1', account: '111122223333' })
  })
})

// KMS Developer Guide, conditions-kms and policy-conditions; IAM User Guide, reference_policies_condition-keys.
describe('the request context', () => {
  it('fixes what is known for every request to a key, and what is known to be absent', () => {
    const ctx = buildContext(
      parsePrincipal('arn:aws:iam::111122223333:role/rotator', 'AROAX'),
      'kms:RotateKeyOnDemand',
      facts,
      NOW
    )
    const v = (k: string) => ctx.values.get(k.toLowerCase())
    expect(v('aws:PrincipalArn')).toEqual(['arn:aws:iam::111122223333:role/rotator'])
    expect(v('aws:RequestedRegion')).toEqual(['eu-west-1'])
    expect(v('aws:CurrentTime')).toEqual(['2026-11-29T00:00:00.000Z'])
    expect(v('aws:EpochTime')).toEqual([String(NOW.getTime() / 1000)])
    expect(v('kms:ResourceAliases')).toEqual(['alias/app'])
    expect(v('kms:KeySpec')).toEqual(['SYMMETRIC_DEFAULT'])
    expect(ctx.absent?.has('kms:viaservice')).toBe(true)
    expect(ctx.absent?.has('aws:tagkeys')).toBe(true)
    expect(ctx.absentPrefixes).toEqual(['aws:requesttag/'])
    // A role session's aws:userid is ROLE-ID:SESSION: only its start is known.
    expect(ctx.prefixes?.get('aws:userid')).toBe('AROAX:')
    // Network-path keys are never fixed: they depend on how the call is made.
    expect(ctx.values.has('aws:sourcevpc') || ctx.absent?.has('aws:sourcevpc')).toBe(false)
  })

  it('PutKeyPolicy carries the lockout check flag; tagging calls carry tags; config values override', () => {
    const root = parsePrincipal('arn:aws:iam::111122223333:root')
    const put = buildContext(root, 'kms:PutKeyPolicy', facts, NOW)
    expect(put.values.get('kms:bypasspolicylockoutsafetycheck')).toEqual(['false'])
    expect(put.values.get('aws:userid')).toEqual(['111122223333'])
    const tag = buildContext(root, 'kms:TagResource', facts, NOW)
    expect(tag.absent?.has('aws:tagkeys')).toBe(false)
    const given = buildContext(root, 'kms:DescribeKey', facts, NOW, {
      'kms:ViaService': ['s3.eu-west-1.amazonaws.com']
    })
    expect(given.values.get('kms:viaservice')).toEqual(['s3.eu-west-1.amazonaws.com'])
    expect(given.absent?.has('kms:viaservice')).toBe(false)
    expect([contextClass('kms:PutKeyPolicy'), contextClass('kms:TagResource'), contextClass('kms:Decrypt')]).toEqual([
      'put-key-policy',
      'tagging',
      'other'
    ])
  })

  it('the organization id for principals and keys of the organization’s account; absent outside one', () => {
    const role = parsePrincipal('arn:aws:iam::111122223333:role/r')
    const inOrg = buildContext(role, 'kms:Decrypt', facts, NOW, {}, { account: '111122223333', id: 'o-a1b2c3d4e5' })
    expect(inOrg.values.get('aws:principalorgid')).toEqual(['o-a1b2c3d4e5'])
    expect(inOrg.values.get('aws:resourceorgid')).toEqual(['o-a1b2c3d4e5'])
    const noOrg = buildContext(role, 'kms:Decrypt', facts, NOW, {}, { account: '111122223333', id: null })
    expect(noOrg.absent?.has('aws:principalorgid')).toBe(true)
  })
})
