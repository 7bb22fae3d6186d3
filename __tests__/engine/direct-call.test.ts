import { describe, expect, test } from '@jest/globals'
import { policyFromJson } from '../../src/policy/parse.js'
import { prefixMatch } from '../../src/engine/conditions.js'
import { plainTokens } from '../../src/engine/glob.js'
import { ACCOUNT, ROLE, ROOT, ROOT_DELEGATION, USER, ask, policySet, type Json } from '../helpers/engine.js'
import type { PolicyDocument } from '../../src/policy/types.js'

/**
 * What a direct KMS call by a role, user or root fixes in the request context (issue: fail closed on policy
 * meaning). Each case cites the IAM User Guide page that makes the value known.
 */
const ALLOW_KMS: Json[] = [{ Effect: 'Allow', Action: 'kms:*', Resource: '*' }]
const ROLE_ID = 'AROAEXAMPLEROLEID0001'

function deny(condition: Json): Json {
  return { Sid: 'DenyIf', Effect: 'Deny', Principal: '*', Action: 'kms:*', Resource: '*', Condition: condition }
}

function keyWith(...statements: Json[]): Json[] {
  return [ROOT_DELEGATION, ...statements]
}

describe('keys a direct call fixes', () => {
  // IAM User Guide, condition-keys-principalisawsservice: false for IAM principals. The confused-deputy
  // statement AWS recommends (deny a service principal acting for another account) does not apply to the role.
  test('aws:PrincipalIsAWSService is false: the confused-deputy Deny is decided, not inconclusive', () => {
    const confusedDeputy = deny({
      Bool: { 'aws:PrincipalIsAWSService': 'true' },
      StringNotEquals: { 'aws:SourceAccount': ACCOUNT }
    })
    const set = policySet({ key: keyWith(confusedDeputy), identity: [ALLOW_KMS] })
    expect(ask(ROLE, 'kms:RotateKeyOnDemand', set).decision).toBe('allowed')
    // Firing twin: a Deny for non-service callers applies to the role.
    const notService = deny({ Bool: { 'aws:PrincipalIsAWSService': 'false' } })
    expect(
      ask(ROLE, 'kms:RotateKeyOnDemand', policySet({ key: keyWith(notService), identity: [ALLOW_KMS] })).decision
    ).toBe('explicit-deny')
  })

  // IAM User Guide, condition-keys-sourceaccount / -sourcearn / -sourceorgid: present only when a service
  // principal calls on behalf of a resource. On a direct call they are absent: Null is true, StringEquals false.
  test.each(['aws:SourceAccount', 'aws:SourceArn', 'aws:SourceOrgID', 'aws:SourceOrgPaths'])(
    '%s is absent on a direct call',
    key => {
      const present = deny({ Null: { [key]: 'false' } })
      expect(ask(ROLE, 'kms:DescribeKey', policySet({ key: keyWith(present), identity: [ALLOW_KMS] })).decision).toBe(
        'allowed'
      )
      const absent = deny({ Null: { [key]: 'true' } })
      expect(ask(ROLE, 'kms:DescribeKey', policySet({ key: keyWith(absent), identity: [ALLOW_KMS] })).decision).toBe(
        'explicit-deny'
      )
    }
  )

  // aws:SourceVpc depends on the network path (KMS Developer Guide, vpce-policy-condition): it stays unknown.
  test('aws:SourceVpc stays unknown unless config context gives it', () => {
    const outsideVpc = deny({ StringNotEquals: { 'aws:SourceVpc': 'vpc-0abc' } })
    const set = policySet({ key: keyWith(outsideVpc), identity: [ALLOW_KMS] })
    const d = ask(ROLE, 'kms:RotateKeyOnDemand', set)
    expect(d).toMatchObject({ decision: 'inconclusive', unknownKeys: ['aws:SourceVpc'] })
    expect(ask(ROLE, 'kms:RotateKeyOnDemand', set, { 'aws:SourceVpc': ['vpc-0abc'] }).decision).toBe('allowed')
  })

  // KMS API reference: EnableKeyRotation, RotateKeyOnDemand, PutKeyPolicy, … take no Tags; only CreateKey,
  // ReplicateKey, TagResource and UntagResource carry aws:RequestTag/* or aws:TagKeys.
  test('aws:TagKeys and aws:RequestTag/* are absent on rotation and PutKeyPolicy calls', () => {
    const requireTag = deny({ Null: { 'aws:RequestTag/team': 'true' } })
    const set = policySet({ key: keyWith(requireTag), identity: [ALLOW_KMS] })
    expect(ask(ROLE, 'kms:EnableKeyRotation', set).decision).toBe('explicit-deny')
    const forbidTags = deny({ 'ForAnyValue:StringLike': { 'aws:TagKeys': 'owner*' } })
    expect(ask(ROOT, 'kms:PutKeyPolicy', policySet({ key: keyWith(forbidTags) })).decision).toBe('allowed')
    // A tagging action carries them: undecided there.
    expect(ask(ROOT, 'kms:TagResource', policySet({ key: keyWith(forbidTags) })).decision).toBe('inconclusive')
  })

  // IAM User Guide, reference_policies_variables ("Information available in all requests"): for a role session
  // aws:userid is `role-id:caller-specified-role-name`.
  test('aws:userid of a role is decidable for ROLE-ID:* when the unique id is known', () => {
    const onlyThisRole = deny({ StringNotLike: { 'aws:userid': [`${ROLE_ID}:*`, `${ACCOUNT}`] } })
    const set = policySet({ key: keyWith(onlyThisRole), identity: [ALLOW_KMS] })
    expect(ask(ROLE, 'kms:RotateKeyOnDemand', set, undefined, ROLE_ID).decision).toBe('allowed')
    expect(ask(ROLE, 'kms:RotateKeyOnDemand', set, undefined, 'AROAOTHERROLEID00002').decision).toBe('explicit-deny')
    // Without the unique id the value is unknown.
    expect(ask(ROLE, 'kms:RotateKeyOnDemand', set).decision).toBe('inconclusive')
    // A specific session name cannot be decided.
    const oneSession = deny({ StringNotEquals: { 'aws:userid': `${ROLE_ID}:nightly` } })
    expect(
      ask(
        ROLE,
        'kms:RotateKeyOnDemand',
        policySet({ key: keyWith(oneSession), identity: [ALLOW_KMS] }),
        undefined,
        ROLE_ID
      ).decision
    ).toBe('inconclusive')
  })

  test('prefix matching of partly known values', () => {
    const t = (p: string): ReturnType<typeof prefixMatch> => prefixMatch(plainTokens(p), 'AROAX:', false)
    expect(t('AROAX:*')).toBe(true)
    expect(t('AROA*')).toBe(true)
    expect(t('*')).toBe(true)
    expect(t('AROAY:*')).toBe(false)
    expect(t('AROAX:')).toBe(false)
    expect(t('AROAX:job')).toBe('unknown')
    expect(t('AROAX:*-job')).toBe('unknown')
    expect(t('A?OAX:*')).toBe(true)
    expect(prefixMatch(plainTokens('aroax:*'), 'AROAX:', true)).toBe(true)
  })

  // aws:PrincipalOrgID: from the snapshot's organizationId (or config context); absent outside an organization.
  test('aws:PrincipalOrgID decides the RCP data perimeter when the organization is known', () => {
    const perimeter = {
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:*',
      Resource: '*',
      Condition: {
        StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-abc123' },
        BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' }
      }
    }
    const rcpFull = { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }
    const set = policySet({ identity: [ALLOW_KMS], rcps: [[[rcpFull, perimeter]]] })
    expect(ask(ROLE, 'kms:RotateKeyOnDemand', set).decision).toBe('inconclusive')
    const inOrg = { account: ACCOUNT, id: 'o-abc123' }
    const decide = (org: { account: string; id: string | null }): string =>
      ask(ROLE, 'kms:RotateKeyOnDemand', set, undefined, undefined, undefined, org).decision
    expect(decide(inOrg)).toBe('allowed')
    expect(decide({ account: ACCOUNT, id: 'o-other' })).toBe('explicit-deny')
    // Outside any organization the key is absent: …IfExists holds, the Deny applies (for a non-service caller).
    expect(decide({ account: ACCOUNT, id: null })).toBe('explicit-deny')
  })
})

describe('Version', () => {
  const versionless = (statements: Json[], version?: string): PolicyDocument =>
    policyFromJson({ ...(version ? { Version: version } : {}), Statement: statements }, { kind: 'key', name: 'key' })

  // IAM User Guide, reference_policies_elements_version and reference_policies_variables: without version
  // 2012-10-17, `${aws:PrincipalAccount}` is literal text. A Deny meant for other accounts then denies everybody.
  test.each([[undefined], ['2008-10-17']])('policy variables are literal text with Version %s', version => {
    const denyOthers = {
      Sid: 'DenyOtherAccounts',
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:*',
      Resource: '*',
      Condition: { StringNotEquals: { 'aws:PrincipalAccount': '${aws:ResourceAccount}' } }
    }
    const literal = versionless([ROOT_DELEGATION, denyOthers], version)
    expect(ask(ROLE, 'kms:RotateKeyOnDemand', policySet({ key: literal, identity: [ALLOW_KMS] })).decision).toBe(
      'explicit-deny'
    )
    const modern = versionless([ROOT_DELEGATION, denyOthers], '2012-10-17')
    expect(ask(ROLE, 'kms:RotateKeyOnDemand', policySet({ key: modern, identity: [ALLOW_KMS] })).decision).toBe(
      'allowed'
    )
  })

  test('a literal ${…} in a Resource of an identity policy matches nothing', () => {
    const identity = policyFromJson(
      { Statement: [{ Effect: 'Allow', Action: 'kms:*', Resource: 'arn:aws:kms:*:${aws:PrincipalAccount}:key/*' }] },
      { kind: 'identity', name: 'id' }
    )
    expect(ask(USER, 'kms:DescribeKey', policySet({ identity: [identity] })).decision).toBe('implicit-deny')
    const modern = policyFromJson(
      {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'kms:*', Resource: 'arn:aws:kms:*:${aws:PrincipalAccount}:key/*' }]
      },
      { kind: 'identity', name: 'id' }
    )
    expect(ask(USER, 'kms:DescribeKey', policySet({ identity: [modern] })).decision).toBe('allowed')
  })
})
