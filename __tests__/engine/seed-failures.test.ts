import { describe, expect, test } from '@jest/globals'
import { parsePolicyText } from '../../src/policy/parse.js'
import { ROLE, ask, policySet } from '../helpers/engine.js'

/**
 * The five ways a pull request breaks key rotation that the gate exists to catch, each with the statements
 * and line ranges the decision must point at. Documents are parsed from multi-line JSON text, as the gate
 * reads repository files. Sources: KMS Developer Guide, key-policies and key-policy-default (delegation);
 * IAM User Guide, reference_policies_evaluation-logic (explicit deny, boundaries, SCPs).
 */

// Line numbers are part of the assertions: keep the texts as they are.
const KEY_POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "EnableIAMUserPermissions",
      "Effect": "Allow",
      "Principal": { "AWS": "arn:aws:iam::111122223333:root" },
      "Action": "kms:*",
      "Resource": "*"
    }
  ]
}`

const KEY_POLICY_WITH_DENY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "EnableIAMUserPermissions",
      "Effect": "Allow",
      "Principal": { "AWS": "arn:aws:iam::111122223333:root" },
      "Action": "kms:*",
      "Resource": "*"
    },
    {
      "Sid": "DenyRotation",
      "Effect": "Deny",
      "Principal": "*",
      "Action": ["kms:RotateKeyOnDemand", "kms:EnableKeyRotation"],
      "Resource": "*"
    }
  ]
}`

const KEY_POLICY_NO_DELEGATION = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "KeyAdmins",
      "Effect": "Allow",
      "Principal": { "AWS": "arn:aws:iam::111122223333:role/admin" },
      "Action": "kms:*",
      "Resource": "*"
    }
  ]
}`

const ROTATION_POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ReadKeys",
      "Effect": "Allow",
      "Action": "kms:DescribeKey",
      "Resource": "*"
    },
    {
      "Sid": "Rotate",
      "Effect": "Allow",
      "Action": [
        "kms:RotateKeyOnDemand",
        "kms:EnableKeyRotation",
        "kms:GetKeyRotationStatus",
        "kms:ListKeyRotations"
      ],
      "Resource": "arn:aws:kms:*:111122223333:key/*"
    }
  ]
}`

const ROTATION_POLICY_WITHOUT_ROTATE = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ReadKeys",
      "Effect": "Allow",
      "Action": "kms:DescribeKey",
      "Resource": "*"
    }
  ]
}`

const BOUNDARY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "OnlyReadKms",
      "Effect": "Allow",
      "Action": ["kms:Describe*", "kms:Get*", "kms:List*"],
      "Resource": "*"
    }
  ]
}`

const SCP = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "FullAWSAccess",
      "Effect": "Allow",
      "Action": "*",
      "Resource": "*"
    },
    {
      "Sid": "NoOnDemandRotation",
      "Effect": "Deny",
      "Action": "kms:RotateKeyOnDemand",
      "Resource": "*"
    }
  ]
}`

const keyPolicy = (text: string): ReturnType<typeof parsePolicyText> =>
  parsePolicyText(text, { kind: 'key', name: 'policies/app-data-key.json', file: 'policies/app-data-key.json' })
const rotation = (text: string): ReturnType<typeof parsePolicyText> =>
  parsePolicyText(text, {
    kind: 'identity',
    name: 'iam/rotation-inline.json',
    file: 'iam/rotation-inline.json',
    inlineName: 'rotation'
  })

describe('seed failure modes', () => {
  test('the documents parse cleanly', () => {
    for (const text of [
      KEY_POLICY,
      KEY_POLICY_WITH_DENY,
      KEY_POLICY_NO_DELEGATION,
      ROTATION_POLICY,
      ROTATION_POLICY_WITHOUT_ROTATE,
      BOUNDARY,
      SCP
    ]) {
      expect(
        parsePolicyText(text, { kind: 'identity', name: 'x' }).issues.filter(i => !/Principal/.test(i.message))
      ).toEqual([])
    }
  })

  test('before: the rotation role may rotate, through the delegation and its inline policy', () => {
    const d = ask(
      ROLE,
      'kms:RotateKeyOnDemand',
      policySet({ key: keyPolicy(KEY_POLICY), identity: [rotation(ROTATION_POLICY)] })
    )
    expect(d.decision).toBe('allowed')
    expect(d.allows).toEqual([
      {
        origin: expect.objectContaining({ kind: 'key', file: 'policies/app-data-key.json' }),
        index: 0,
        sid: 'EnableIAMUserPermissions',
        effect: 'Allow',
        range: { startLine: 4, endLine: 10 }
      },
      {
        origin: expect.objectContaining({ kind: 'identity', file: 'iam/rotation-inline.json' }),
        index: 1,
        sid: 'Rotate',
        effect: 'Allow',
        range: { startLine: 10, endLine: 20 }
      }
    ])
  })

  test('1. identity Allow removed', () => {
    const d = ask(
      ROLE,
      'kms:RotateKeyOnDemand',
      policySet({ key: keyPolicy(KEY_POLICY), identity: [rotation(ROTATION_POLICY_WITHOUT_ROTATE)] })
    )
    expect(d.decision).toBe('implicit-deny')
    expect(d.missing).toEqual([{ layer: 'identity' }])
    expect(d.denies).toEqual([])
    expect(d.allows).toEqual([])
    // DescribeKey is still granted by the remaining statement.
    expect(
      ask(
        ROLE,
        'kms:DescribeKey',
        policySet({ key: keyPolicy(KEY_POLICY), identity: [rotation(ROTATION_POLICY_WITHOUT_ROTATE)] })
      ).allows
    ).toEqual([
      expect.objectContaining({ sid: 'EnableIAMUserPermissions' }),
      expect.objectContaining({ sid: 'ReadKeys', index: 0, range: { startLine: 4, endLine: 9 } })
    ])
  })

  test('2. key-policy Deny on rotation', () => {
    const set = policySet({ key: keyPolicy(KEY_POLICY_WITH_DENY), identity: [rotation(ROTATION_POLICY)] })
    for (const action of ['kms:RotateKeyOnDemand', 'kms:EnableKeyRotation']) {
      const d = ask(ROLE, action, set)
      expect(d.decision).toBe('explicit-deny')
      expect(d.denies).toEqual([
        {
          origin: expect.objectContaining({ kind: 'key', file: 'policies/app-data-key.json' }),
          index: 1,
          sid: 'DenyRotation',
          effect: 'Deny',
          range: { startLine: 11, endLine: 17 }
        }
      ])
      expect(d.allows).toEqual([])
      expect(d.missing).toEqual([])
    }
    expect(ask(ROLE, 'kms:GetKeyRotationStatus', set).decision).toBe('allowed')
  })

  test('3. key policy without root delegation makes the IAM Allows ineffective', () => {
    const d = ask(
      ROLE,
      'kms:RotateKeyOnDemand',
      policySet({ key: keyPolicy(KEY_POLICY_NO_DELEGATION), identity: [rotation(ROTATION_POLICY)] })
    )
    expect(d.decision).toBe('implicit-deny')
    expect(d.missing).toEqual([{ layer: 'key-policy' }])
    expect(d.allows).toEqual([])
    expect(d.denies).toEqual([])
  })

  test('4. a permissions boundary that blocks rotation', () => {
    const boundary = parsePolicyText(BOUNDARY, {
      kind: 'boundary',
      name: 'iam/boundary.json',
      file: 'iam/boundary.json'
    })
    const set = policySet({ key: keyPolicy(KEY_POLICY), identity: [rotation(ROTATION_POLICY)], boundary })
    const d = ask(ROLE, 'kms:RotateKeyOnDemand', set)
    expect(d.decision).toBe('implicit-deny')
    expect(d.missing).toEqual([{ layer: 'boundary' }])
    const read = ask(ROLE, 'kms:GetKeyRotationStatus', set)
    expect(read.decision).toBe('allowed')
    expect(read.allows).toContainEqual(
      expect.objectContaining({
        origin: expect.objectContaining({ kind: 'boundary' }),
        sid: 'OnlyReadKms',
        range: { startLine: 4, endLine: 9 }
      })
    )
  })

  test('5. an SCP that denies kms:RotateKeyOnDemand', () => {
    const scp = parsePolicyText(SCP, { kind: 'scp', name: 'ou-security/deny-rotation', file: 'org/scp.json' })
    const set = policySet({ key: keyPolicy(KEY_POLICY), identity: [rotation(ROTATION_POLICY)], scps: [[scp]] })
    const d = ask(ROLE, 'kms:RotateKeyOnDemand', set)
    expect(d.decision).toBe('explicit-deny')
    expect(d.denies).toEqual([
      {
        origin: expect.objectContaining({ kind: 'scp', file: 'org/scp.json' }),
        index: 1,
        sid: 'NoOnDemandRotation',
        effect: 'Deny',
        range: { startLine: 10, endLine: 15 }
      }
    ])
    expect(ask(ROLE, 'kms:EnableKeyRotation', set).decision).toBe('allowed')
  })
})
