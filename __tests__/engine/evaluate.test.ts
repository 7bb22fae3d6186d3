import { describe, expect, test } from '@jest/globals'
import { decide } from '../../src/engine/evaluate.js'
import { buildRequest } from '../../src/engine/request.js'
import { isCrossAccountAction } from '../../src/engine/kms-actions.js'
import { readPolicy } from '../../src/policy/parse.js'
import { fromJson } from '../../src/policy/node.js'
import type { IdentityVerdict } from '../../src/engine/types.js'
import {
  ACCOUNT,
  KEY,
  NOW,
  OTHER,
  OTHER_ROLE,
  OTHER_ROOT,
  RCP_FULL,
  ROLE,
  ROOT,
  ROOT_DELEGATION,
  SCP_FULL,
  USER,
  ask,
  doc,
  policySet,
  type Json
} from '../helpers/engine.js'

const ALLOW_KMS: Json = { Sid: 'AllowKms', Effect: 'Allow', Action: 'kms:*', Resource: '*' }
const DENY_ROTATE: Json = { Sid: 'DenyRotate', Effect: 'Deny', Action: 'kms:RotateKeyOnDemand', Resource: '*' }
const grantRole: Json = {
  Sid: 'RotationRole',
  Effect: 'Allow',
  Principal: { AWS: ROLE },
  Action: 'kms:*',
  Resource: '*'
}
const grantUser: Json = { Sid: 'Alice', Effect: 'Allow', Principal: { AWS: USER }, Action: 'kms:*', Resource: '*' }

describe('explicit deny', () => {
  // IAM User Guide, reference_policies_evaluation-logic: "An explicit deny in any policy overrides any
  // allows"; KMS Developer Guide, policy-evaluation: a Deny in the key policy, an IAM policy, an SCP…
  const allowed = {
    key: [ROOT_DELEGATION, grantRole],
    identity: [[ALLOW_KMS]],
    boundary: [ALLOW_KMS],
    scps: [[[SCP_FULL]]],
    rcps: [[[RCP_FULL]]]
  }

  test('baseline is allowed', () => {
    expect(ask(ROLE, 'kms:RotateKeyOnDemand', policySet(allowed)).decision).toBe('allowed')
  })

  test.each([
    ['key policy', { key: [ROOT_DELEGATION, grantRole, { ...DENY_ROTATE, Principal: '*' }] }],
    ['identity policy', { identity: [[ALLOW_KMS], [DENY_ROTATE]] }],
    ['permissions boundary', { boundary: [ALLOW_KMS, DENY_ROTATE] }],
    ['SCP', { scps: [[[SCP_FULL]], [[SCP_FULL], [DENY_ROTATE]]] }],
    ['RCP', { rcps: [[[RCP_FULL, { ...DENY_ROTATE, Principal: '*' }]]] }]
  ])('a Deny in the %s wins', (kind, override) => {
    const d = ask(ROLE, 'kms:RotateKeyOnDemand', policySet({ ...allowed, ...override }))
    expect(d.decision).toBe('explicit-deny')
    expect(d.denies).toHaveLength(1)
    expect(d.denies[0]).toMatchObject({ sid: 'DenyRotate', effect: 'Deny' })
    expect(d.allows).toEqual([])
    expect(ask(ROLE, 'kms:EnableKeyRotation', policySet({ ...allowed, ...override })).decision).toBe('allowed')
  })

  // KMS Developer Guide, key-policies: "You can use an IAM policy to deny a permission to a KMS key without
  // permission from a key policy."
  test('an identity Deny works without root delegation', () => {
    const d = ask(ROLE, 'kms:RotateKeyOnDemand', policySet({ key: [grantRole], identity: [[DENY_ROTATE]] }))
    expect(d.decision).toBe('explicit-deny')
  })
})

describe('organization levels', () => {
  // IAM User Guide, reference_policies_evaluation-logic, "Organizations SCPs": without an applicable Allow
  // the request is implicitly denied; Organizations User Guide, orgs_manage_policies_scps_evaluation: every
  // level from the root to the account must allow. The same holds for RCPs (orgs_manage_policies_rcps_evaluation).
  const base = { key: [ROOT_DELEGATION], identity: [[ALLOW_KMS]] }
  const onlyDescribe: Json = { Effect: 'Allow', Action: 'kms:Describe*', Resource: '*' }

  test('each SCP level must allow', () => {
    const set = policySet({ ...base, scps: [[[SCP_FULL]], [[onlyDescribe]]] })
    expect(ask(ROLE, 'kms:DescribeKey', set).decision).toBe('allowed')
    const d = ask(ROLE, 'kms:RotateKeyOnDemand', set)
    expect(d.decision).toBe('implicit-deny')
    expect(d.missing).toEqual([{ layer: 'scp', level: 1 }])
  })

  test('one allowing document in a level is enough', () => {
    const set = policySet({ ...base, scps: [[[onlyDescribe], [SCP_FULL]]] })
    expect(ask(ROLE, 'kms:RotateKeyOnDemand', set).decision).toBe('allowed')
  })

  test('SCPs limit the account root too', () => {
    const set = policySet({ scps: [[[onlyDescribe]]] })
    expect(ask(ROOT, 'kms:PutKeyPolicy', set).decision).toBe('implicit-deny')
    expect(ask(ROOT, 'kms:DescribeKey', set).decision).toBe('allowed')
  })

  test('each RCP level must allow', () => {
    const rcpDescribe: Json = { Effect: 'Allow', Principal: '*', Action: 'kms:Describe*', Resource: '*' }
    const set = policySet({ ...base, rcps: [[[RCP_FULL]], [[rcpDescribe]]] })
    expect(ask(ROLE, 'kms:DescribeKey', set).decision).toBe('allowed')
    const d = ask(ROLE, 'kms:EnableKeyRotation', set)
    expect(d.decision).toBe('implicit-deny')
    expect(d.missing).toEqual([{ layer: 'rcp', level: 1 }])
  })
})

describe('KMS key policy rules', () => {
  // KMS Developer Guide, key-policies: "Unless the key policy explicitly allows it, you cannot use IAM policies
  // to allow access to a KMS key. Without permission from the key policy, IAM policies that allow permissions
  // have no effect."
  test('an identity Allow counts only when the key policy allows the account', () => {
    const d = ask(ROLE, 'kms:RotateKeyOnDemand', policySet({ key: [grantUser], identity: [[ALLOW_KMS]] }))
    expect(d.decision).toBe('implicit-deny')
    expect(d.missing).toEqual([{ layer: 'key-policy' }])
  })

  // KMS Developer Guide, key-policy-default: delegation covers "the permissions specified in the policy statement".
  test('delegation is limited to the actions of the account statement', () => {
    const partial: Json = {
      Effect: 'Allow',
      Principal: { AWS: ACCOUNT },
      Action: ['kms:Describe*', 'kms:Get*'],
      Resource: '*'
    }
    const set = policySet({ key: [partial], identity: [[ALLOW_KMS]] })
    expect(ask(ROLE, 'kms:GetKeyRotationStatus', set).decision).toBe('allowed')
    expect(ask(ROLE, 'kms:RotateKeyOnDemand', set).decision).toBe('implicit-deny')
  })

  // IAM User Guide, reference_policies_evaluation-logic: "IAM role trust policies and KMS key policies are
  // exceptions … they must explicitly allow access for principals"; a grant naming the caller needs no IAM Allow.
  test('a key policy naming the caller needs no identity policy', () => {
    const d = ask(ROLE, 'kms:RotateKeyOnDemand', policySet({ key: [grantRole] }))
    expect(d.decision).toBe('allowed')
    expect(d.allows).toEqual([expect.objectContaining({ sid: 'RotationRole', effect: 'Allow' })])
  })

  // IAM User Guide, reference_policies_evaluation-logic: "By default, all requests are implicitly denied with
  // the exception of the AWS account root user, which has full access" — for a KMS key, as far as the key
  // policy allows the account.
  test('the account root is decided by the key policy alone', () => {
    expect(ask(ROOT, 'kms:PutKeyPolicy', policySet({})).decision).toBe('allowed')
    expect(ask(ROOT, 'kms:PutKeyPolicy', policySet({ key: [grantRole] })).decision).toBe('implicit-deny')
    expect(ask(ROOT, 'kms:PutKeyPolicy', policySet({ key: [grantRole] })).missing).toEqual([{ layer: 'key-policy' }])
    const denied = policySet({
      key: [ROOT_DELEGATION, { Effect: 'Deny', Principal: { AWS: ROOT }, Action: 'kms:PutKeyPolicy', Resource: '*' }]
    })
    expect(ask(ROOT, 'kms:PutKeyPolicy', denied).decision).toBe('explicit-deny')
  })
})

describe('permissions boundaries', () => {
  const boundaryNoRotate: Json[] = [
    { Sid: 'Bound', Effect: 'Allow', Action: ['kms:Describe*', 'kms:Get*'], Resource: '*' }
  ]

  // IAM User Guide, access_policies_boundaries: an entity can perform only the actions allowed by both its
  // identity-based policies and its boundary.
  test('a boundary limits identity grants', () => {
    const set = policySet({ identity: [[ALLOW_KMS]], boundary: boundaryNoRotate })
    expect(ask(ROLE, 'kms:DescribeKey', set).decision).toBe('allowed')
    const d = ask(ROLE, 'kms:RotateKeyOnDemand', set)
    expect(d.decision).toBe('implicit-deny')
    expect(d.missing).toEqual([{ layer: 'boundary' }])
  })

  // IAM User Guide, reference_policies_evaluation-logic, resource-based policies within an account:
  // "Resource-based policies that grant permissions to an IAM role ARN are limited by an implicit deny in a
  // permissions boundary"; those that grant "to an IAM user ARN … are not limited by an implicit deny in an
  // identity-based policy or permissions boundary".
  test("a key-policy grant naming a role is limited by the role's boundary", () => {
    const d = ask(ROLE, 'kms:RotateKeyOnDemand', policySet({ key: [grantRole], boundary: boundaryNoRotate }))
    expect(d.decision).toBe('implicit-deny')
    expect(d.missing).toEqual([{ layer: 'boundary' }])
  })

  test('a key-policy grant naming a user is not', () => {
    const d = ask(USER, 'kms:RotateKeyOnDemand', policySet({ key: [grantUser], boundary: boundaryNoRotate }))
    expect(d.decision).toBe('allowed')
    expect(d.allows).toEqual([expect.objectContaining({ sid: 'Alice' })])
  })

  // Same page: a grant to the role session (the principal that actually calls) "is not limited by an implicit
  // deny in … a permissions boundary"; "Principal": "*" names that session too.
  test('a key-policy grant to "*" is not limited by a role\'s boundary', () => {
    const anyone: Json = { Sid: 'Anyone', Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*' }
    const d = ask(ROLE, 'kms:RotateKeyOnDemand', policySet({ key: [anyone, grantRole], boundary: boundaryNoRotate }))
    expect(d.decision).toBe('allowed')
    expect(d.allows.map(a => a.sid)).toEqual(['Anyone'])
  })

  test('a boundary also limits delegated grants', () => {
    const d = ask(USER, 'kms:RotateKeyOnDemand', policySet({ identity: [[ALLOW_KMS]], boundary: boundaryNoRotate }))
    expect(d.decision).toBe('implicit-deny')
  })
})

describe('cross-account', () => {
  const partnerKey: Json = {
    Sid: 'Partner',
    Effect: 'Allow',
    Principal: { AWS: OTHER },
    Action: 'kms:*',
    Resource: '*'
  }

  // KMS Developer Guide, key-policy-modifying ("Allowing users in other accounts to use a KMS key") and IAM
  // User Guide, reference_policies_evaluation-logic-cross-account: both the key policy and the caller's own
  // identity policies must allow.
  test("needs both the key policy and the caller's identity policy", () => {
    expect(ask(OTHER_ROLE, 'kms:Decrypt', policySet({ key: [ROOT_DELEGATION, partnerKey] })).decision).toBe(
      'implicit-deny'
    )
    expect(ask(OTHER_ROLE, 'kms:Decrypt', policySet({ key: [ROOT_DELEGATION, partnerKey] })).missing).toEqual([
      { layer: 'identity' }
    ])
    expect(
      ask(OTHER_ROLE, 'kms:Decrypt', policySet({ key: [ROOT_DELEGATION], identity: [[ALLOW_KMS]] })).decision
    ).toBe('implicit-deny')
    expect(
      ask(OTHER_ROLE, 'kms:Decrypt', policySet({ key: [ROOT_DELEGATION, partnerKey], identity: [[ALLOW_KMS]] }))
        .decision
    ).toBe('allowed')
    const named = { ...partnerKey, Principal: { AWS: OTHER_ROLE } }
    expect(ask(OTHER_ROLE, 'kms:Decrypt', policySet({ key: [named] })).decision).toBe('implicit-deny')
    expect(ask(OTHER_ROLE, 'kms:Decrypt', policySet({ key: [named], identity: [[ALLOW_KMS]] })).decision).toBe(
      'allowed'
    )
  })

  test('the root of the other account needs only the key policy', () => {
    expect(ask(OTHER_ROOT, 'kms:DescribeKey', policySet({ key: [partnerKey] })).decision).toBe('allowed')
    expect(ask(OTHER_ROOT, 'kms:DescribeKey', policySet({})).decision).toBe('implicit-deny')
  })

  // KMS API Reference, each operation's "Cross-account use" line: PutKeyPolicy, EnableKeyRotation,
  // RotateKeyOnDemand and ListKeyRotations are "Cross-account use: No"; GetKeyRotationStatus and DescribeKey "Yes".
  test.each([
    ['kms:PutKeyPolicy', false],
    ['kms:EnableKeyRotation', false],
    ['kms:RotateKeyOnDemand', false],
    ['kms:ListKeyRotations', false],
    ['kms:DisableKeyRotation', false],
    ['kms:ScheduleKeyDeletion', false],
    ['kms:GetKeyRotationStatus', true],
    ['kms:DescribeKey', true],
    ['kms:Decrypt', true],
    ['KMS:decrypt', true]
  ])('%s cross-account use: %s', (action, crossAccount) => {
    expect(isCrossAccountAction(action)).toBe(crossAccount)
    const everything = policySet({ key: [{ ...partnerKey, Principal: '*' }], identity: [[ALLOW_KMS]] })
    const d = ask(OTHER_ROLE, action, everything)
    expect(d.decision).toBe(crossAccount ? 'allowed' : 'implicit-deny')
    if (!crossAccount) expect(d.missing).toEqual([{ layer: 'cross-account' }])
    // The same action is fine for a caller of the key's account.
    expect(ask(ROLE, action, everything).decision).toBe('allowed')
  })
})

describe('unknown condition values', () => {
  // CONTRACT §6: a condition on a key the gate cannot know is evaluated both ways; the decision is
  // inconclusive only when the two answers differ.
  const vpcAllow: Json = {
    Sid: 'FromVpc',
    Effect: 'Allow',
    Principal: { AWS: ROLE },
    Action: 'kms:*',
    Resource: '*',
    Condition: { StringEquals: { 'aws:SourceVpc': 'vpc-0abc' } }
  }
  const ipDeny: Json = {
    Sid: 'OutsideCorp',
    Effect: 'Deny',
    Principal: '*',
    Action: 'kms:*',
    Resource: '*',
    Condition: { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }
  }

  test('an undecided Allow that decides the answer makes it inconclusive, naming the key', () => {
    const d = ask(ROLE, 'kms:RotateKeyOnDemand', policySet({ key: [vpcAllow] }))
    expect(d).toMatchObject({ decision: 'inconclusive', unknownKeys: ['aws:SourceVpc'] })
    expect(d.allows).toEqual([expect.objectContaining({ sid: 'FromVpc' })])
    expect(d.missing).toEqual([{ layer: 'key-policy' }])
  })

  test('an undecided Deny that decides the answer makes it inconclusive', () => {
    const d = ask(ROLE, 'kms:RotateKeyOnDemand', policySet({ key: [grantRole, ipDeny] }))
    expect(d).toMatchObject({ decision: 'inconclusive', unknownKeys: ['aws:SourceIp'] })
    expect(d.denies).toEqual([expect.objectContaining({ sid: 'OutsideCorp' })])
  })

  test('not inconclusive when the answer is the same either way', () => {
    // Allowed anyway by the unconditional grant.
    const d = ask(ROLE, 'kms:RotateKeyOnDemand', policySet({ key: [vpcAllow, grantRole] }))
    expect(d.decision).toBe('allowed')
    // A settled decision names no unknown keys and has no scenarios.
    expect(d).not.toHaveProperty('unknownKeys')
    expect(d).not.toHaveProperty('scenarios')
    // Denied anyway by an unconditional Deny.
    const denyAll: Json = {
      Sid: 'DenyAll',
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:RotateKeyOnDemand',
      Resource: '*'
    }
    const denied = ask(ROLE, 'kms:RotateKeyOnDemand', policySet({ key: [vpcAllow, denyAll] }))
    expect(denied.decision).toBe('explicit-deny')
    expect(denied).not.toHaveProperty('unknownKeys')
    // The undecided statement is about another action.
    expect(
      ask(ROLE, 'kms:RotateKeyOnDemand', policySet({ key: [grantRole, { ...ipDeny, Action: 'kms:Decrypt' }] })).decision
    ).toBe('allowed')
    // Implicitly denied anyway: the undecided Allow needs an identity Allow that does not exist.
    const delegated = { ...vpcAllow, Principal: { AWS: ROOT } }
    const implicit = ask(ROLE, 'kms:RotateKeyOnDemand', policySet({ key: [delegated] }))
    expect(implicit.decision).toBe('implicit-deny')
    expect(implicit).not.toHaveProperty('unknownKeys')
  })

  test('several unknown keys are all named', () => {
    const both = {
      ...vpcAllow,
      Condition: { StringEquals: { 'aws:SourceVpc': 'vpc-0abc' }, Bool: { 'aws:MultiFactorAuthPresent': 'true' } }
    }
    const d = ask(ROLE, 'kms:RotateKeyOnDemand', policySet({ key: [both] }))
    expect(d).toMatchObject({ decision: 'inconclusive', unknownKeys: ['aws:MultiFactorAuthPresent', 'aws:SourceVpc'] })
  })

  test('keys the gate knows are never unknown', () => {
    const req = buildRequest(ROLE, 'kms:PutKeyPolicy', KEY, NOW)
    for (const k of [
      'aws:PrincipalArn',
      'aws:PrincipalAccount',
      'aws:PrincipalType',
      'kms:CallerAccount',
      'aws:ResourceAccount',
      'aws:SecureTransport',
      'aws:CurrentTime',
      'aws:EpochTime',
      'aws:RequestedRegion',
      'kms:KeySpec',
      'kms:KeyOrigin',
      'kms:BypassPolicyLockoutSafetyCheck'
    ]) {
      expect(req.context.values.has(k.toLowerCase())).toBe(true)
    }
    expect(req.context.values.get('aws:principalaccount')).toEqual([ACCOUNT])
    expect(req.context.values.get('aws:resourceaccount')).toEqual([ACCOUNT])
    const other = buildRequest(OTHER_ROLE, 'kms:Decrypt', KEY, NOW)
    expect(other.context.values.get('kms:calleraccount')).toEqual([OTHER])
    const d = decide(
      req,
      policySet({ key: [{ ...grantRole, Condition: { Bool: { 'kms:BypassPolicyLockoutSafetyCheck': 'false' } } }] })
    )
    expect(d.decision).toBe('allowed')
  })
})

describe("live mode: the identity side from IAM's policy simulator", () => {
  // CONTRACT §1 and §7: SimulatePrincipalPolicy decides identity policies, boundary and SCPs; the key policy and
  // RCPs are evaluated locally and combined with it.
  const verdict = (v: Partial<IdentityVerdict>): IdentityVerdict => ({
    decision: 'allowed',
    missingContext: [],
    matched: [],
    ...v
  })
  const live = (set: ReturnType<typeof policySet>, v: IdentityVerdict): ReturnType<typeof decide> =>
    decide(buildRequest(ROLE, 'kms:RotateKeyOnDemand', KEY, NOW), set, v)

  test('an identity Allow still needs the key policy to allow the account', () => {
    expect(live(policySet({}), verdict({})).decision).toBe('allowed')
    expect(live(policySet({ key: [grantUser] }), verdict({})).missing).toEqual([{ layer: 'key-policy' }])
  })

  test('an explicit Deny reported by the simulator wins', () => {
    expect(live(policySet({ key: [grantRole] }), verdict({ decision: 'explicit-deny' })).decision).toBe('explicit-deny')
  })

  test('a direct key-policy grant needs the boundary the simulator reports', () => {
    expect(
      live(policySet({ key: [grantRole] }), verdict({ decision: 'implicit-deny', boundaryAllows: true })).decision
    ).toBe('allowed')
    const d = live(policySet({ key: [grantRole] }), verdict({ decision: 'implicit-deny', boundaryAllows: false }))
    expect(d).toMatchObject({ decision: 'implicit-deny', missing: [{ layer: 'boundary' }] })
  })

  test('organizations that do not allow show as a missing SCP level', () => {
    const d = live(policySet({ key: [grantRole] }), verdict({ decision: 'implicit-deny', organizationsAllow: false }))
    expect(d).toMatchObject({ decision: 'implicit-deny', missing: [{ layer: 'scp', level: 0 }] })
  })

  test('missing context values make the decision inconclusive when they matter', () => {
    const d = live(policySet({}), verdict({ decision: 'inconclusive', missingContext: ['aws:SourceVpc'] }))
    expect(d).toMatchObject({ decision: 'inconclusive', unknownKeys: ['aws:SourceVpc'] })
    // Granted by the key policy whatever the identity side says (no boundary).
    expect(
      live(policySet({ key: [grantRole] }), verdict({ decision: 'inconclusive', missingContext: ['aws:SourceVpc'] }))
        .decision
    ).toBe('allowed')
  })
})

describe('values unknown before deployment (unresolved IaC expressions)', () => {
  const withUnknown = (stmt: Json, path: string[]): ReturnType<typeof readPolicy> => {
    const tree = fromJson({ Version: '2012-10-17', Statement: [ROOT_DELEGATION, stmt] })
    let node = tree
    for (const p of path) {
      if (node.type === 'object') node = node.props.find(x => x.key === p)!.value
      else if (node.type === 'array') node = node.items[Number(p)]
    }
    Object.assign(node, { type: 'unknown', description: 'Fn::GetAtt Role.Arn' })
    return readPolicy(tree, { kind: 'key', name: 'template' }, 0)
  }

  test('an unknown principal in a Deny may name the caller: inconclusive', () => {
    const keyPolicy = withUnknown({ Effect: 'Deny', Principal: { AWS: 'x' }, Action: 'kms:*', Resource: '*' }, [
      'Statement',
      '1',
      'Principal',
      'AWS'
    ])
    const d = ask(ROLE, 'kms:RotateKeyOnDemand', policySet({ key: keyPolicy, identity: [[ALLOW_KMS]] }))
    // The unresolved expression is named, so the message can say what to map.
    expect(d).toMatchObject({
      decision: 'inconclusive',
      unknownKeys: ['Fn::GetAtt Role.Arn (known only after deployment)']
    })
  })

  test('an unknown action in an Allow that would be needed: inconclusive; not needed: decided', () => {
    const keyPolicy = withUnknown({ Effect: 'Allow', Principal: { AWS: ROLE }, Action: 'x', Resource: '*' }, [
      'Statement',
      '1',
      'Action'
    ])
    expect(ask(ROLE, 'kms:RotateKeyOnDemand', policySet({ key: keyPolicy })).decision).toBe('inconclusive')
    expect(ask(ROLE, 'kms:RotateKeyOnDemand', policySet({ key: keyPolicy, identity: [[ALLOW_KMS]] })).decision).toBe(
      'allowed'
    )
  })
})

describe('size', () => {
  // Many identity documents of 5,000 statements each (the per-document limit) all granting the request: the
  // decision lists every granting statement without spreading a list into one call's arguments.
  test('200,000 granting statements across documents are decided', () => {
    const statements = Array.from({ length: 5000 }, (_, i) => ({
      Sid: `S${i}`,
      Effect: 'Allow',
      Action: 'kms:DescribeKey',
      Resource: '*'
    }))
    const one = doc('identity', statements)
    const set = policySet({ identity: Array.from({ length: 40 }, () => one) })
    const d = ask(ROLE, 'kms:DescribeKey', set)
    expect(d.decision).toBe('allowed')
    expect(d.allows.length).toBe(200_001)
  })
})
