/**
 * The policy reader: what AWS rejects becomes an `invalid-policy` issue at its line, and every
 * statement, action and principal keeps the line it stands on. Grammar from the IAM User Guide,
 * reference_policies_grammar and reference_policies_elements_*; KMS key-policy rules from the KMS
 * Developer Guide, key-policy-overview.
 */
import { describe, expect, it, test } from '@jest/globals'
import { parsePolicyText, policyFromJson, readPolicy } from '../../src/policy/parse.js'
import type { PolicyKind } from '../../src/policy/types.js'

const parse = (text: string, kind: PolicyKind = 'key') =>
  parsePolicyText(text, { kind, name: 'p.json', file: 'p.json' })
const issues = (text: string, kind: PolicyKind = 'key') => parse(text, kind).issues.map(i => [i.line, i.message])

describe('positions', () => {
  test('statement ranges, action and principal lines', () => {
    const doc = parse(`{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "A",
      "Effect": "Allow",
      "Principal": { "AWS": ["arn:aws:iam::111122223333:root", "arn:aws:iam::111122223333:role/r"] },
      "Action": ["kms:PutKeyPolicy",
                 "kms:DescribeKey"],
      "Resource": "*"
    }
  ]
}`)
    expect(doc.issues).toEqual([])
    expect(doc.statementLine).toBe(3)
    const s = doc.statements[0]
    expect(s.range).toEqual({ startLine: 4, endLine: 11 })
    expect(s.action?.map(a => [a.value, a.line])).toEqual([
      ['kms:PutKeyPolicy', 8],
      ['kms:DescribeKey', 9]
    ])
    expect(s.principal?.aws.map(p => p.line)).toEqual([7, 7])
  })

  test('a single statement object is read like a list of one', () => {
    const doc = parse(
      '{"Version":"2012-10-17","Statement":{"Effect":"Deny","Principal":"*","Action":"kms:*","Resource":"*"}}'
    )
    expect(doc.statements).toHaveLength(1)
    expect(doc.statements[0].principal?.wildcard).toBe(true)
  })

  test('live documents have no lines', () => {
    const doc = policyFromJson(
      { Statement: [{ Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'kms:*', Resource: '*' }] },
      { kind: 'key', name: 'live' }
    )
    expect(doc.statements[0].range.startLine).toBe(0)
    expect(doc.json).toEqual({
      Statement: [{ Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'kms:*', Resource: '*' }]
    })
  })
})

describe('what AWS rejects', () => {
  test('comments and trailing commas, at their line', () => {
    expect(issues('{\n  // note\n  "Statement": []\n}')[0]).toEqual([
      2,
      'comments are not allowed in JSON policy documents'
    ])
    expect(issues('{\n  "Statement": [],\n}')[0][0]).toBe(2)
  })

  test('no Statement, bad Version, unknown elements', () => {
    expect(issues('{"Version": "2012-10-17"}')).toEqual([[1, 'the policy has no Statement']])
    expect(issues('{\n"Version": "2020-01-01",\n"Statement": []\n}')).toEqual([
      [2, 'Version must be "2012-10-17" (or the legacy "2008-10-17")']
    ])
    expect(issues('{"Statement": [], "Extra": 1}')).toEqual([[1, 'unknown top-level element "Extra"']])
  })

  test('Effect must be Allow or Deny; such a statement is not evaluated', () => {
    const doc = parse('{"Statement": [{"Effect": "allow", "Principal": "*", "Action": "kms:*", "Resource": "*"}]}')
    expect(doc.issues.map(i => i.message)).toEqual(['statement 0: Effect must be "Allow" or "Deny"'])
    expect(doc.statements[0].ignored).toBe(true)
  })

  test('Action with NotAction, Principal with NotPrincipal', () => {
    expect(
      issues(
        '{"Statement": [{"Effect": "Allow", "Principal": "*", "NotPrincipal": "*", "Action": "kms:*", "NotAction": "kms:X", "Resource": "*"}]}'
      ).map(i => i[1])
    ).toEqual(['statement 0 has both Principal and NotPrincipal', 'statement 0 has both Action and NotAction'])
  })

  // IAM User Guide, reference_policies_elements_notprincipal: "NotPrincipal must be used with "Effect":"Deny".
  // Using it with "Effect":"Allow" is not supported." AWS rejects the policy or grants nothing: so does the gate.
  test('NotPrincipal with Allow is reported at its line and grants nothing', () => {
    const doc = parsePolicyText(
      '{"Version": "2012-10-17", "Statement": [{\n"Effect": "Allow",\n"NotPrincipal": {"AWS": "arn:aws:iam::111122223333:role/x"},\n"Action": "kms:*", "Resource": "*"}]}',
      { kind: 'key', name: 'k', file: 'k.json' }
    )
    expect(doc.issues).toEqual([
      { message: 'statement 0: NotPrincipal is supported only with "Effect": "Deny"', line: 3 }
    ])
    expect(doc.statements[0].ignored).toBe(true)
  })

  test('key policies need a Principal; identity policies may not have one', () => {
    expect(issues('{"Statement": [{"Effect": "Allow", "Action": "kms:*", "Resource": "*"}]}').map(i => i[1])).toEqual([
      'statement 0 has no Principal (required in a key policy)'
    ])
    expect(
      issues(
        '{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "kms:*", "Resource": "*"}]}',
        'identity'
      ).map(i => i[1])
    ).toEqual(['statement 0: Principal is not allowed in an identity policy'])
  })

  test('identity policies need Action and Resource and unique Sids; key policies only warn (ineffective-statement)', () => {
    expect(
      issues(
        '{"Statement": [{"Sid": "A", "Effect": "Allow"}, {"Sid": "A", "Effect": "Allow", "Action": "kms:*", "Resource": "*"}]}',
        'identity'
      ).map(i => i[1])
    ).toEqual([
      'statement 0 (A) has no Action',
      'statement 0 (A) has no Resource',
      'duplicate Sid "A" (also in statement 0)'
    ])
    expect(issues('{"Statement": [{"Effect": "Allow", "Principal": "*"}]}', 'key')).toEqual([])
  })

  test('malformed actions and unknown condition operators, at their line', () => {
    const text = `{
  "Statement": [{
    "Effect": "Allow", "Principal": "*",
    "Action": ["kms PutKeyPolicy"],
    "Resource": "*",
    "Condition": {
      "StringEqual": { "aws:PrincipalArn": "x" },
      "ForAnyValue:StringLikeIfExists": { "aws:TagKeys": ["a*"] }
    }
  }]
}`
    expect(issues(text)).toEqual([
      [4, 'statement 0 Action: "kms PutKeyPolicy" is not a valid action ("service:Action")'],
      [7, 'statement 0: unknown condition operator "StringEqual"']
    ])
  })

  test('condition values: strings, numbers and booleans; not objects', () => {
    const doc = parse(
      '{"Statement": [{"Effect": "Deny", "Principal": "*", "Action": "kms:*", "Resource": "*", "Condition": {"NumericLessThan": {"kms:RotationPeriodInDays": 365}, "Bool": {"aws:SecureTransport": false}, "StringEquals": {"k:x": {"a": 1}}}}]}'
    )
    expect(doc.statements[0].conditions.map(c => c.values)).toEqual([['365'], ['false'], []])
    expect(doc.issues.map(i => i.message)).toEqual([
      'statement 0: condition StringEquals k:x has a value that is not a string, number or boolean'
    ])
  })
})

describe('values known only after deployment', () => {
  it('are listed in `pending`, and no plain JSON is kept: such a document never goes to the simulator', () => {
    const unknown = { type: 'unknown' as const, description: '!ImportValue roles-Arn', startLine: 4, endLine: 4 }
    const str = (value: string) => ({ type: 'string' as const, value, startLine: 1, endLine: 1 })
    const statement = {
      type: 'object' as const,
      startLine: 2,
      endLine: 6,
      props: [
        { key: 'Effect', keyLine: 3, value: str('Allow') },
        { key: 'Action', keyLine: 3, value: str('kms:Decrypt') },
        { key: 'Resource', keyLine: 4, value: unknown }
      ]
    }
    const node = {
      type: 'object' as const,
      startLine: 1,
      endLine: 7,
      props: [
        { key: 'Version', keyLine: 1, value: str('2012-10-17') },
        {
          key: 'Statement',
          keyLine: 2,
          value: { type: 'array' as const, items: [statement], startLine: 2, endLine: 6 }
        }
      ]
    }
    const doc = readPolicy(node, { kind: 'identity', name: 'inline' }, 100)
    expect(doc.pending).toEqual(['!ImportValue roles-Arn'])
    expect(doc.json).toBeUndefined()
    expect(doc.statements[0].resource).toEqual([{ value: '!ImportValue roles-Arn', line: 4, unknown: true }])
    const known = parsePolicyText(
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"kms:Decrypt","Resource":"*"}]}',
      { kind: 'identity', name: 'inline' }
    )
    expect(known.pending).toBeUndefined()
    expect(known.json).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }]
    })
  })
})
