import { describe, expect, test } from '@jest/globals'
import {
  ACCOUNT,
  OTHER,
  OTHER_ROLE,
  OTHER_ROOT,
  ROLE,
  ROOT,
  ROOT_DELEGATION,
  SESSION,
  USER,
  APP_ROLE,
  ask,
  policySet,
  type Json
} from '../helpers/engine.js'

const grant = (principal: unknown, action = 'kms:*'): Json => ({
  Sid: 'Grant',
  Effect: 'Allow',
  Principal: principal,
  Action: action,
  Resource: '*'
})
const ALLOW_KMS: Json[] = [{ Effect: 'Allow', Action: 'kms:*', Resource: '*' }]

describe('Principal', () => {
  // IAM User Guide, reference_policies_elements_principal: "Principal": "*" and {"AWS": "*"} name everyone.
  test.each([['*'], [{ AWS: '*' }], [{ AWS: ['*'] }]])('%j names every caller directly', principal => {
    const set = policySet({ key: [grant(principal)] })
    for (const caller of [ROLE, USER, ROOT]) expect(ask(caller, 'kms:RotateKeyOnDemand', set).decision).toBe('allowed')
  })

  // Same page: a role or user is named by its ARN, as a string or in a list.
  test('a role ARN as a string or in a list names that role only', () => {
    for (const principal of [{ AWS: ROLE }, { AWS: [APP_ROLE, ROLE] }]) {
      const set = policySet({ key: [grant(principal)] })
      expect(ask(ROLE, 'kms:RotateKeyOnDemand', set).decision).toBe('allowed')
      expect(ask(USER, 'kms:RotateKeyOnDemand', set).decision).toBe('implicit-deny')
    }
  })

  test('a user ARN names that user', () => {
    const set = policySet({ key: [grant({ AWS: USER })] })
    expect(ask(USER, 'kms:EnableKeyRotation', set).decision).toBe('allowed')
    expect(ask(ROLE, 'kms:EnableKeyRotation', set).decision).toBe('implicit-deny')
  })

  // KMS Developer Guide, key-policy-default: the account principal "doesn't give any IAM users or roles
  // permission … it allows the account to use IAM policies to delegate"; IAM User Guide,
  // reference_policies_elements_principal: the bare account id and the root ARN "behave the same way".
  test.each([[ACCOUNT], [ROOT], [[ROOT]]])('the account as %j delegates to IAM and grants the root', account => {
    const keyOnly = policySet({ key: [grant({ AWS: account })] })
    expect(ask(ROLE, 'kms:DescribeKey', keyOnly).decision).toBe('implicit-deny')
    expect(ask(ROLE, 'kms:DescribeKey', keyOnly).missing).toEqual([{ layer: 'identity' }])
    expect(ask(ROOT, 'kms:DescribeKey', keyOnly).decision).toBe('allowed')
    expect(ask(ACCOUNT, 'kms:DescribeKey', keyOnly).decision).toBe('allowed')
    const withIam = policySet({ key: [grant({ AWS: account })], identity: [ALLOW_KMS] })
    expect(ask(ROLE, 'kms:DescribeKey', withIam).decision).toBe('allowed')
  })

  test("another account's principal does not name this account", () => {
    const set = policySet({ key: [grant({ AWS: OTHER })], identity: [ALLOW_KMS] })
    expect(ask(ROLE, 'kms:DescribeKey', set).decision).toBe('implicit-deny')
    expect(ask(OTHER_ROLE, 'kms:DescribeKey', set).decision).toBe('allowed')
  })

  // IAM User Guide, reference_policies_elements_principal and reference_identifiers: a deleted principal
  // leaves its unique id (AROA…/AIDA…) in the policy; "unique IDs are never reused", so it matches nobody.
  test('a unique id names the principal that has it, and an orphaned id nobody', () => {
    const set = policySet({ key: [grant({ AWS: 'AROAEXAMPLEROLEID1234' })] })
    expect(ask(ROLE, 'kms:RotateKeyOnDemand', set, undefined, 'AROAEXAMPLEROLEID1234').decision).toBe('allowed')
    // The role was deleted and re-created with the same name: a new unique id.
    expect(ask(ROLE, 'kms:RotateKeyOnDemand', set, undefined, 'AROANEWROLEID5678901').decision).toBe('implicit-deny')
    expect(ask(ROLE, 'kms:RotateKeyOnDemand', set).decision).toBe('implicit-deny')
  })

  // IAM User Guide, reference_policies_elements_principal, "AWS service principals": a service principal
  // names the service itself, never an IAM role or user.
  test('a service principal does not name IAM callers', () => {
    const set = policySet({ key: [grant({ Service: 'cloudtrail.amazonaws.com' })] })
    for (const caller of [ROLE, USER, ROOT]) expect(ask(caller, 'kms:DescribeKey', set).decision).toBe('implicit-deny')
  })

  // IAM User Guide, reference_policies_elements_principal: "You cannot use a wildcard to match part of a
  // principal name or ARN."
  test('a wildcard inside an ARN is not a pattern', () => {
    const set = policySet({ key: [grant({ AWS: `arn:aws:iam::${ACCOUNT}:role/*` })] })
    expect(ask(ROLE, 'kms:DescribeKey', set).decision).toBe('implicit-deny')
  })
})

describe('NotPrincipal', () => {
  const base = [ROOT_DELEGATION]
  const deny = (notPrincipal: unknown): Json => ({
    Sid: 'DenyOthers',
    Effect: 'Deny',
    NotPrincipal: notPrincipal,
    Action: 'kms:*',
    Resource: '*'
  })

  // IAM User Guide, reference_policies_elements_notprincipal: Deny with NotPrincipal denies "all principals
  // except" those listed. A role is exempt only through its assumed-role session ARN (next test).
  test('denies every caller that is not listed', () => {
    const set = policySet({ key: [...base, deny({ AWS: [ROLE, SESSION, ROOT] })], identity: [ALLOW_KMS] })
    expect(ask(ROLE, 'kms:RotateKeyOnDemand', set).decision).toBe('allowed')
    expect(ask(ROOT, 'kms:RotateKeyOnDemand', set).decision).toBe('allowed')
    const d = ask(APP_ROLE, 'kms:RotateKeyOnDemand', set)
    expect(d.decision).toBe('explicit-deny')
    expect(d.denies).toEqual([expect.objectContaining({ sid: 'DenyOthers', index: 1 })])
  })

  // Same page: "When you use NotPrincipal with Deny … you must also include the ARN of the assumed-role session"
  // for a role; the role ARN alone does not exempt the sessions that actually call KMS (AWS Knowledge Center and
  // Security Blog say the same). Listing only the role ARN denies the rotation role.
  test('a role listed without its assumed-role session is not exempt', () => {
    const roleOnly = policySet({ key: [...base, deny({ AWS: [ROLE, ROOT] })], identity: [ALLOW_KMS] })
    const d = ask(ROLE, 'kms:RotateKeyOnDemand', roleOnly)
    expect(d.decision).toBe('explicit-deny')
    expect(d.denies).toEqual([expect.objectContaining({ sid: 'DenyOthers' })])
    const sessionOnly = policySet({ key: [...base, deny({ AWS: [SESSION, ROOT] })], identity: [ALLOW_KMS] })
    expect(ask(ROLE, 'kms:RotateKeyOnDemand', sessionOnly).decision).toBe('allowed')
    // A session of another role does not exempt this one.
    const otherSession = policySet({
      key: [...base, deny({ AWS: [SESSION.replace('kms-rotation', 'app'), ROOT] })],
      identity: [ALLOW_KMS]
    })
    expect(ask(ROLE, 'kms:RotateKeyOnDemand', otherSession).decision).toBe('explicit-deny')
  })

  // Same page, the "user named Bob" example: with Bob's ARN and his account's root ARN listed, "all
  // principals except the user named Bob" are denied. Listing the account excludes the account principal,
  // not every user and role of the account.
  test('listing the account does not exclude the other principals of that account', () => {
    const set = policySet({ key: [...base, deny({ AWS: [USER, ROOT] })], identity: [ALLOW_KMS] })
    expect(ask(USER, 'kms:DescribeKey', set).decision).toBe('allowed')
    expect(ask(ROOT, 'kms:DescribeKey', set).decision).toBe('allowed')
    expect(ask(ROLE, 'kms:DescribeKey', set).decision).toBe('explicit-deny')
    const accountOnly = policySet({ key: [...base, deny({ AWS: ACCOUNT })], identity: [ALLOW_KMS] })
    expect(ask(ROLE, 'kms:DescribeKey', accountOnly).decision).toBe('explicit-deny')
    expect(ask(ROOT, 'kms:DescribeKey', accountOnly).decision).toBe('allowed')
  })

  test('a caller of another account is not excluded by this account', () => {
    const set = policySet({
      key: [grant({ AWS: OTHER_ROOT }, 'kms:Decrypt'), deny({ AWS: [ROOT] })],
      identity: [ALLOW_KMS]
    })
    expect(ask(OTHER_ROLE, 'kms:Decrypt', set).decision).toBe('explicit-deny')
  })

  // IAM User Guide, access_policies_boundaries: "The NotPrincipal element with a Deny effect will always
  // deny any IAM principal that has a permissions boundary policy attached, regardless of the values
  // specified in the NotPrincipal element."
  test('Deny with NotPrincipal always denies a role or user with a boundary', () => {
    const set = policySet({ key: [...base, deny({ AWS: [ROLE, ROOT] })], identity: [ALLOW_KMS], boundary: ALLOW_KMS })
    const d = ask(ROLE, 'kms:RotateKeyOnDemand', set)
    expect(d.decision).toBe('explicit-deny')
    expect(d.denies[0]).toMatchObject({ sid: 'DenyOthers' })
  })
})

// IAM User Guide, reference_policies_elements_principal: a resource policy may name one assumed-role session. The
// gate does not know which session rotates the key: a Deny naming a session of the role may be the one that
// applies (and for NotPrincipal the gate assumes the role's calls use a listed session); an Allow naming one may
// be another session's grant.
describe('assumed-role session ARNs in a key policy', () => {
  const ROOT_GRANT = grant({ AWS: ROOT })
  test('a Deny naming a session of the role applies to the role; an Allow naming one grants nothing', () => {
    const deny = {
      Sid: 'DenySession',
      Effect: 'Deny',
      Principal: { AWS: SESSION },
      Action: 'kms:RotateKeyOnDemand',
      Resource: '*'
    }
    const denied = policySet({ key: [ROOT_GRANT, deny], identity: [ALLOW_KMS] })
    expect(ask(ROLE, 'kms:RotateKeyOnDemand', denied).decision).toBe('explicit-deny')
    expect(ask(ROLE, 'kms:DescribeKey', denied).decision).toBe('allowed')
    // Another role's session does not name this one.
    const other = policySet({
      key: [ROOT_GRANT, { ...deny, Principal: { AWS: SESSION.replace('kms-rotation-service', 'other') } }],
      identity: [ALLOW_KMS]
    })
    expect(ask(ROLE, 'kms:RotateKeyOnDemand', other).decision).toBe('allowed')
    const allow = policySet({ key: [grant({ AWS: SESSION })] })
    expect(ask(ROLE, 'kms:RotateKeyOnDemand', allow).decision).toBe('implicit-deny')
  })

  test('denying every session but one, and that one too, denies the role', () => {
    const set = policySet({
      key: [
        ROOT_GRANT,
        {
          Sid: 'AllButOne',
          Effect: 'Deny',
          NotPrincipal: { AWS: SESSION },
          Action: 'kms:RotateKeyOnDemand',
          Resource: '*'
        },
        { Sid: 'ThatOne', Effect: 'Deny', Principal: { AWS: SESSION }, Action: 'kms:RotateKeyOnDemand', Resource: '*' }
      ],
      identity: [ALLOW_KMS]
    })
    expect(ask(ROLE, 'kms:RotateKeyOnDemand', set).decision).toBe('explicit-deny')
  })
})

// AWS Fault Isolation Boundaries, "Partitions": IAM of one partition does not reach another. An account root ARN
// written in another partition delegates nothing.
test('an account root ARN of another partition names nobody', () => {
  const set = policySet({ key: [grant({ AWS: `arn:aws-cn:iam::${ACCOUNT}:root` })], identity: [ALLOW_KMS] })
  expect(ask(ROLE, 'kms:RotateKeyOnDemand', set).decision).toBe('implicit-deny')
  expect(ask(ROOT, 'kms:PutKeyPolicy', set).decision).toBe('implicit-deny')
  const same = policySet({ key: [grant({ AWS: ROOT })], identity: [ALLOW_KMS] })
  expect(ask(ROLE, 'kms:RotateKeyOnDemand', same).decision).toBe('allowed')
})

// IAM User Guide, reference_policies_elements_notprincipal (key points): the account ARN of a principal that is not
// denied must be listed too, or the Deny may cover the whole account. Failing closed, a role or user is exempt only
// with its account listed too.
describe('NotPrincipal without the account', () => {
  const denyAllBut = (...names: string[]): Json => ({
    Sid: 'AllBut',
    Effect: 'Deny',
    NotPrincipal: { AWS: names },
    Action: 'kms:RotateKeyOnDemand',
    Resource: '*'
  })
  const set = (...names: string[]) =>
    policySet({ key: [grant({ AWS: ROOT }), denyAllBut(...names)], identity: [ALLOW_KMS] })

  test('a user listed without its account is denied; with it, exempt', () => {
    expect(ask(USER, 'kms:RotateKeyOnDemand', set(USER)).decision).toBe('explicit-deny')
    expect(ask(USER, 'kms:RotateKeyOnDemand', set(USER, ROOT)).decision).toBe('allowed')
    expect(ask(USER, 'kms:RotateKeyOnDemand', set(USER, ACCOUNT)).decision).toBe('allowed')
  })

  test('a role’s session listed without the account is denied; with it, exempt', () => {
    expect(ask(ROLE, 'kms:RotateKeyOnDemand', set(SESSION, ROLE)).decision).toBe('explicit-deny')
    expect(ask(ROLE, 'kms:RotateKeyOnDemand', set(SESSION, ROLE, ROOT)).decision).toBe('allowed')
  })
})
