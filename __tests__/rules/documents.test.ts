import { parsePolicyText } from '../../src/policy/parse.js'
import {
  configPrincipalRule,
  ineffectiveStatementRule,
  invalidPolicyRule,
  policySizeRule,
  principalRules,
  unknownActionRule
} from '../../src/rules/documents.js'

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
const ROLE = 'arn:aws:iam::111122223333:role/kms-rotation-service'
const keyDoc = (text: string) => ({
  doc: parsePolicyText(text, { kind: 'key', name: 'policies/key.json', file: 'policies/key.json' }),
  keyArn: KEY,
  keyName: 'app-data'
})
/** A key policy with one statement per argument, each statement on its own line (line 3 on). */
const policy = (...statements: object[]): string =>
  `{\n"Version": "2012-10-17", "Statement": [\n${statements.map(s => JSON.stringify(s)).join(',\n')}\n]}\n`
const allow = (extra: object = {}) => ({
  Sid: 'Rotate',
  Effect: 'Allow',
  Principal: { AWS: ROLE },
  Action: 'kms:RotateKeyOnDemand',
  Resource: '*',
  ...extra
})

describe('document rules', () => {
  it('unknown-action at the line of the action, with the nearest real one; real actions and patterns pass', () => {
    // The often-quoted kms:RotateKeyForward does not exist (Service Authorization Reference, AWS KMS actions).
    const d = keyDoc(policy(allow(), allow({ Sid: 'Typo', Action: ['kms:Describe*', 'kms:RotateKeyForward'] })))
    expect(unknownActionRule([d])).toEqual([
      expect.objectContaining({
        rule: 'unknown-action',
        severity: 'error',
        action: 'kms:RotateKeyForward',
        message: expect.stringContaining('"kms:RotateKeyForward" is not an action; did you mean'),
        file: 'policies/key.json',
        startLine: 4,
        endLine: 4
      })
    ])
    expect(unknownActionRule([keyDoc(policy(allow({ Action: ['kms:Describe*', 'kms:*'] })))])).toEqual([])
  })

  // KMS Developer Guide, key-policy-overview: a key policy is at most 32 KB.
  it('policy-too-large over 32,768 bytes only', () => {
    const big = keyDoc(policy(allow({ Sid: 'x'.repeat(33_000) })))
    expect(policySizeRule([big])).toEqual([
      expect.objectContaining({ rule: 'policy-too-large', file: 'policies/key.json', startLine: 1, endLine: 4 })
    ])
    expect(policySizeRule([keyDoc(policy(allow()))])).toEqual([])
  })

  it('invalid-policy at the line of each problem', () => {
    const bad = keyDoc(policy(allow({ Effect: 'Maybe' })))
    expect(invalidPolicyRule([bad])).toEqual([
      expect.objectContaining({ rule: 'invalid-policy', severity: 'error', startLine: 3 })
    ])
    expect(invalidPolicyRule([keyDoc(policy(allow()))])).toEqual([])
  })

  // KMS API reference, PutKeyPolicy: a statement without Action or Resource is accepted and has no effect.
  it('ineffective-statement for a statement that can never apply to the key', () => {
    const { Resource: _r, ...noResource } = allow({ Sid: 'NoResource' })
    const d = keyDoc(
      policy(allow(), noResource, allow({ Sid: 'OtherKey', Resource: KEY.replace('1234abcd', 'ffffffff') }))
    )
    expect(ineffectiveStatementRule([d]).map(f => [f.rule, f.startLine, f.message])).toEqual([
      [
        'ineffective-statement',
        4,
        'key policy statement NoResource has no Resource (use "*": in a key policy it means this key): it has no effect'
      ],
      [
        'ineffective-statement',
        5,
        'key policy statement OtherKey has a Resource that cannot match app-data: it has no effect'
      ]
    ])
  })

  // KMS API reference, PutKeyPolicy: the principals must exist and be visible to KMS.
  it('principal-not-found for a role the account does not have, only in the accounts whose lists are known', () => {
    const ghost = 'arn:aws:iam::111122223333:role/ghost'
    const other = 'arn:aws:iam::444455556666:role/ghost'
    const d = keyDoc(policy(allow(), allow({ Sid: 'Ghost', Principal: { AWS: [ghost, other] } })))
    expect(principalRules([d], new Set([ROLE]), ['111122223333'])).toEqual([
      expect.objectContaining({ rule: 'principal-not-found', principal: ghost, startLine: 4, endLine: 4 })
    ])
    expect(principalRules([d], new Set([ROLE]), ['111122223333', '444455556666']).map(f => f.principal)).toEqual([
      ghost,
      other
    ])
    // Without the account's role and user lists nothing is claimed.
    expect(principalRules([d], undefined, ['111122223333'])).toEqual([])
  })

  it('principal-not-found for a configured principal, at its config line', () => {
    const lines = { [ROLE]: 7, 'arn:aws:iam::111122223333:role/typo': 8, 'arn:aws:iam::111122223333:root': 9 }
    expect(
      configPrincipalRule(lines, KEY, 'app-data', new Set([ROLE]), ['111122223333'], '.github/kms-policy-gate.yml')
    ).toEqual([
      expect.objectContaining({
        rule: 'principal-not-found',
        principal: 'arn:aws:iam::111122223333:role/typo',
        file: '.github/kms-policy-gate.yml',
        startLine: 8,
        endLine: 8
      })
    ])
    expect(
      configPrincipalRule(lines, KEY, 'app-data', undefined, ['111122223333'], '.github/kms-policy-gate.yml')
    ).toEqual([])
  })
})
