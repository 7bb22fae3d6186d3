import { describe, expect, test } from '@jest/globals'
import { globMatch } from '../../src/engine/glob.js'
import { arnLike } from '../../src/engine/arn-match.js'
import { policyFromJson } from '../../src/policy/parse.js'
import { ACCOUNT, KEY_ARN, ROLE, ROOT_DELEGATION, ask, context, doc, policySet, type Json } from '../helpers/engine.js'

const allowRole = (extra: Json): Json => ({ Effect: 'Allow', Principal: { AWS: ROLE }, ...extra })

describe('Statement', () => {
  // IAM User Guide, reference_policies_elements_statement: "The Statement element can contain a single
  // statement or an array of individual statements."
  test('a single statement object and a one-element array mean the same', () => {
    const stmt = allowRole({ Action: 'kms:RotateKeyOnDemand', Resource: '*' })
    const asObject = policyFromJson({ Version: '2012-10-17', Statement: stmt }, { kind: 'key', name: 'k' })
    const asArray = policyFromJson({ Version: '2012-10-17', Statement: [stmt] }, { kind: 'key', name: 'k' })
    expect(asObject.issues).toEqual([])
    expect(asObject.statements).toHaveLength(1)
    for (const keyPolicy of [asObject, asArray]) {
      const d = ask(ROLE, 'kms:RotateKeyOnDemand', policySet({ key: keyPolicy }))
      expect(d.decision).toBe('allowed')
      expect(d.allows).toEqual([expect.objectContaining({ index: 0, effect: 'Allow' })])
    }
  })

  // KMS API Reference, PutKeyPolicy / KMS Developer Guide, key-policy-overview: a key-policy statement
  // without Action or Resource is accepted but has no effect.
  test('a key-policy statement without Resource has no effect', () => {
    const set = policySet({ key: [allowRole({ Action: 'kms:*' })] })
    expect(ask(ROLE, 'kms:RotateKeyOnDemand', set).decision).toBe('implicit-deny')
  })
})

describe('Action and NotAction', () => {
  // IAM User Guide, reference_policies_elements_action: "The prefix and the action name are case
  // insensitive"; `*` matches any run of characters and `?` a single one.
  test.each([
    ['kms:RotateKeyOnDemand', 'kms:RotateKeyOnDemand', true],
    ['KMS:rotatekeyondemand', 'kms:RotateKeyOnDemand', true],
    ['kms:*', 'kms:PutKeyPolicy', true],
    ['*', 'kms:PutKeyPolicy', true],
    ['kms:Rotate*', 'kms:RotateKeyOnDemand', true],
    ['kms:*KeyRotation*', 'kms:EnableKeyRotation', true],
    ['kms:*KeyRotationStatus', 'kms:ListKeyRotations', false],
    ['kms:List?eyRotations', 'kms:ListKeyRotations', true],
    ['kms:List?eyRotations', 'kms:ListKKeyRotations', false],
    ['kms:Describe*', 'kms:PutKeyPolicy', false],
    ['s3:*', 'kms:Decrypt', false]
  ])('Action %s against %s → %s', (pattern, action, expected) => {
    expect(globMatch(pattern, action, true)).toBe(expected)
    const set = policySet({ key: [allowRole({ Action: pattern, Resource: '*' })] })
    expect(ask(ROLE, action, set).decision).toBe(expected ? 'allowed' : 'implicit-deny')
  })

  // IAM User Guide, reference_policies_elements_notaction: NotAction "matches everything except the
  // specified list of actions"; with Deny it denies every action that is not listed.
  test('NotAction in an Allow grants every other action', () => {
    const set = policySet({
      key: [allowRole({ NotAction: ['kms:PutKeyPolicy', 'kms:ScheduleKeyDeletion'], Resource: '*' })]
    })
    expect(ask(ROLE, 'kms:RotateKeyOnDemand', set).decision).toBe('allowed')
    expect(ask(ROLE, 'kms:PutKeyPolicy', set).decision).toBe('implicit-deny')
    expect(ask(ROLE, 'kms:putkeypolicy', set).decision).toBe('implicit-deny')
  })

  test('NotAction in a Deny denies every action but the listed ones', () => {
    const set = policySet({
      key: [
        allowRole({ Action: 'kms:*', Resource: '*' }),
        { Sid: 'OnlyDescribe', Effect: 'Deny', Principal: '*', NotAction: 'kms:Describe*', Resource: '*' }
      ]
    })
    expect(ask(ROLE, 'kms:DescribeKey', set).decision).toBe('allowed')
    const d = ask(ROLE, 'kms:EnableKeyRotation', set)
    expect(d.decision).toBe('explicit-deny')
    expect(d.denies).toEqual([expect.objectContaining({ sid: 'OnlyDescribe', index: 1 })])
  })
})

describe('Resource and NotResource', () => {
  // IAM User Guide, reference_policies_elements_resource: wildcards `*` and `?` within each ARN segment;
  // KMS Developer Guide, key-policy-overview: in a key policy, "Resource": "*" means "this KMS key".
  test.each([
    ['*', true],
    [KEY_ARN, true],
    [`arn:aws:kms:us-east-1:${ACCOUNT}:key/*`, true],
    [`arn:aws:kms:*:${ACCOUNT}:key/1234abcd-*`, true],
    [`arn:aws:kms:us-east-?:${ACCOUNT}:key/*`, true],
    [`arn:aws:kms:us-west-2:${ACCOUNT}:key/*`, false],
    [`arn:aws:kms:us-east-1:444455556666:key/*`, false],
    [`arn:aws:kms:us-east-1:${ACCOUNT}:alias/*`, false],
    // ARNs compare case-sensitively (the resource id is case sensitive, reference_policies_elements_resource).
    [`arn:aws:kms:us-east-1:${ACCOUNT}:key/1234ABCD-12ab-34cd-56ef-1234567890ab`, false],
    [`arn:aws:kms:us-east-1:${ACCOUNT}:KEY/*`, false]
  ])('Resource %s → %s', (pattern, expected) => {
    expect(arnLike(pattern, KEY_ARN, context({}))).toBe(expected)
    const set = policySet({ key: [allowRole({ Action: 'kms:*', Resource: pattern })] })
    expect(ask(ROLE, 'kms:RotateKeyOnDemand', set).decision).toBe(expected ? 'allowed' : 'implicit-deny')
  })

  // IAM User Guide, reference_policies_elements_notresource: the statement applies to every resource
  // except those listed.
  test('NotResource applies to every resource but the listed ones', () => {
    const other = `arn:aws:kms:us-east-1:${ACCOUNT}:key/ffffffff-*`
    const denyOthers = { Sid: 'DenyOtherKeys', Effect: 'Deny', Principal: '*', Action: 'kms:*', NotResource: other }
    const set = policySet({
      key: [ROOT_DELEGATION, denyOthers],
      identity: [[{ Effect: 'Allow', Action: 'kms:*', Resource: '*' }]]
    })
    expect(ask(ROLE, 'kms:DescribeKey', set).decision).toBe('explicit-deny')
    const spared = policySet({
      key: [ROOT_DELEGATION, { ...denyOthers, NotResource: KEY_ARN }],
      identity: [[{ Effect: 'Allow', Action: 'kms:*', Resource: '*' }]]
    })
    expect(ask(ROLE, 'kms:DescribeKey', spared).decision).toBe('allowed')
  })

  test('identity policies match the key ARN, not "this key"', () => {
    const id = (resource: string): Json[] => [{ Effect: 'Allow', Action: 'kms:*', Resource: resource }]
    expect(
      ask(ROLE, 'kms:RotateKeyOnDemand', policySet({ identity: [id(`arn:aws:kms:*:${ACCOUNT}:key/*`)] })).decision
    ).toBe('allowed')
    expect(
      ask(ROLE, 'kms:RotateKeyOnDemand', policySet({ identity: [id(`arn:aws:kms:eu-west-1:${ACCOUNT}:key/*`)] }))
        .decision
    ).toBe('implicit-deny')
  })

  // IAM User Guide, reference_policies_variables: a variable may stand in the resource part of an ARN, and
  // "the resource that includes a policy variable with no value will not match any resource".
  test('variables in Resource', () => {
    const withVar = (resource: string): Json[] => [{ Effect: 'Allow', Action: 'kms:*', Resource: resource }]
    const own = `arn:aws:kms:us-east-1:\${aws:PrincipalAccount}:key/*`
    expect(ask(ROLE, 'kms:DescribeKey', policySet({ identity: [withVar(own)] })).decision).toBe('allowed')
    const byUser = `arn:aws:kms:us-east-1:${ACCOUNT}:key/\${aws:username}`
    expect(ask(ROLE, 'kms:DescribeKey', policySet({ identity: [withVar(byUser)] })).decision).toBe('implicit-deny')
    const byTag = `arn:aws:kms:us-east-1:${ACCOUNT}:key/\${aws:PrincipalTag/key-id}`
    const d = ask(ROLE, 'kms:DescribeKey', policySet({ identity: [withVar(byTag)] }))
    expect(d).toMatchObject({ decision: 'inconclusive', unknownKeys: ['aws:PrincipalTag/key-id'] })
  })

  test('a key policy with an empty statement list allows nothing', () => {
    expect(ask(ROLE, 'kms:DescribeKey', policySet({ key: doc('key', []) })).decision).toBe('implicit-deny')
  })
})
