import { describe, expect, test } from '@jest/globals'
import { evaluateClause, evaluateConditions, ipInCidr, parseDate, parseOperator } from '../../src/engine/conditions.js'
import { substitute } from '../../src/engine/variables.js'
import { ROLE, ROOT_DELEGATION, USER, ask, clause, context, policySet, type Json } from '../helpers/engine.js'

/**
 * Condition operators. Unless noted, the expected answers come from the IAM User Guide pages
 * reference_policies_elements_condition_operators (operator families, negated operators, …IfExists, Null),
 * reference_policies_multi-value-conditions (keys AND, values OR, negated values NOR) and
 * reference_policies_condition-single-vs-multi-valued-context-keys (ForAnyValue / ForAllValues).
 */
const ctx = context(
  {
    'aws:PrincipalArn': ROLE,
    'aws:SourceIp': '203.0.113.7',
    'aws:SourceIpV6': '2001:db8::42',
    'aws:SecureTransport': 'true',
    'aws:CurrentTime': '2026-11-01T00:00:00Z',
    'aws:EpochTime': '1793491200',
    'aws:MultiFactorAuthAge': '300',
    'kms:KeySpec': 'SYMMETRIC_DEFAULT',
    'kms:ResourceAliases': ['alias/app-data', 'alias/legacy'],
    'aws:TagKeys': [],
    'custom:Binary': 'QmluYXJ5VmFsdWU='
  },
  ['kms:ViaService', 'aws:CalledVia', 'aws:username']
)
const holds = (op: string, key: string, values: string | string[]): ReturnType<typeof evaluateClause> =>
  evaluateClause(clause(op, key, values), ctx)

describe('String operators', () => {
  test.each([
    ['StringEquals', 'SYMMETRIC_DEFAULT', true],
    ['StringEquals', 'symmetric_default', false],
    ['StringEquals', 'SYMMETRIC_*', false],
    ['StringNotEquals', 'RSA_2048', true],
    ['StringNotEquals', 'SYMMETRIC_DEFAULT', false],
    ['StringEqualsIgnoreCase', 'symmetric_default', true],
    ['StringNotEqualsIgnoreCase', 'symmetric_default', false],
    ['StringLike', 'SYMMETRIC_*', true],
    ['StringLike', 'SYMMETRIC_DEFAUL?', true],
    ['StringLike', 'symmetric_*', false],
    ['StringNotLike', 'RSA_*', true],
    ['StringNotLike', '*DEFAULT', false]
  ])('%s kms:KeySpec %s → %s', (op, value, expected) => {
    expect(holds(op, 'kms:KeySpec', value)).toBe(expected)
  })

  test('condition keys are case-insensitive', () => {
    expect(holds('StringEquals', 'KMS:keyspec', 'SYMMETRIC_DEFAULT')).toBe(true)
  })

  test('several values are ORed; for a negated operator they are NORed', () => {
    expect(holds('StringEquals', 'kms:KeySpec', ['RSA_2048', 'SYMMETRIC_DEFAULT'])).toBe(true)
    expect(holds('StringNotEquals', 'kms:KeySpec', ['RSA_2048', 'SYMMETRIC_DEFAULT'])).toBe(false)
    expect(holds('StringNotEquals', 'kms:KeySpec', ['RSA_2048', 'HMAC_256'])).toBe(true)
  })

  test('several keys, and several operators, are ANDed', () => {
    const both = [
      clause('StringEquals', 'kms:KeySpec', 'SYMMETRIC_DEFAULT'),
      clause('Bool', 'aws:SecureTransport', 'true')
    ]
    expect(evaluateConditions(both, ctx).result).toBe(true)
    const oneFails = [
      clause('StringEquals', 'kms:KeySpec', 'SYMMETRIC_DEFAULT'),
      clause('Bool', 'aws:SecureTransport', 'false')
    ]
    expect(evaluateConditions(oneFails, ctx).result).toBe(false)
  })
})

describe('Numeric, date, boolean, binary operators', () => {
  test.each([
    ['NumericEquals', '300', true],
    ['NumericNotEquals', '300', false],
    ['NumericLessThan', '3600', true],
    ['NumericLessThanEquals', '300', true],
    ['NumericGreaterThan', '300', false],
    ['NumericGreaterThanEquals', '300', true],
    ['NumericLessThan', 'not-a-number', false]
  ])('%s aws:MultiFactorAuthAge %s → %s', (op, value, expected) => {
    expect(holds(op, 'aws:MultiFactorAuthAge', value)).toBe(expected)
  })

  test.each([
    ['DateEquals', '2026-11-01T00:00:00Z', true],
    ['DateNotEquals', '2026-11-01T00:00:00Z', false],
    ['DateLessThan', '2027-01-01T00:00:00Z', true],
    ['DateLessThanEquals', '2026-11-01T00:00:00Z', true],
    ['DateGreaterThan', '2026-12-01', false],
    ['DateGreaterThanEquals', '2020-01-01T00:00:00Z', true],
    // Dates may also be given as epoch seconds.
    ['DateGreaterThan', '1700000000', true]
  ])('%s aws:CurrentTime %s → %s', (op, value, expected) => {
    expect(holds(op, 'aws:CurrentTime', value)).toBe(expected)
  })

  test('Bool compares true/false case-insensitively', () => {
    expect(holds('Bool', 'aws:SecureTransport', 'true')).toBe(true)
    expect(holds('Bool', 'aws:SecureTransport', 'TRUE')).toBe(true)
    expect(holds('Bool', 'aws:SecureTransport', 'false')).toBe(false)
  })

  test('BinaryEquals compares the base-64 value', () => {
    expect(holds('BinaryEquals', 'custom:Binary', 'QmluYXJ5VmFsdWU=')).toBe(true)
    expect(holds('BinaryEquals', 'custom:Binary', 'QmluYXJ5VmFsdWF=')).toBe(false)
  })
})

describe('IP address operators', () => {
  test('IpAddress and NotIpAddress with IPv4 CIDRs', () => {
    expect(holds('IpAddress', 'aws:SourceIp', '203.0.113.0/24')).toBe(true)
    expect(holds('IpAddress', 'aws:SourceIp', '203.0.113.7')).toBe(true)
    expect(holds('IpAddress', 'aws:SourceIp', '198.51.100.0/24')).toBe(false)
    expect(holds('NotIpAddress', 'aws:SourceIp', '198.51.100.0/24')).toBe(true)
    expect(holds('NotIpAddress', 'aws:SourceIp', ['198.51.100.0/24', '203.0.0.0/8'])).toBe(false)
  })

  test('IPv6 CIDRs, and no cross-family matches', () => {
    expect(holds('IpAddress', 'aws:SourceIpV6', '2001:db8::/32')).toBe(true)
    expect(holds('IpAddress', 'aws:SourceIpV6', '2001:db9::/32')).toBe(false)
    expect(ipInCidr('::1', '::/0')).toBe(true)
    expect(ipInCidr('fe80::1', 'fe80::/10')).toBe(true)
    expect(ipInCidr('203.0.113.7', '2001:db8::/32')).toBe(false)
    expect(ipInCidr('203.0.113.7', '0.0.0.0/0')).toBe(true)
    expect(ipInCidr('300.0.0.1', '0.0.0.0/0')).toBe(false)
  })

  test('only well-formed addresses and prefix lengths match', () => {
    // Octal or hex parts are not the decimal dotted form IAM takes: no address, no match.
    expect(ipInCidr('010.0.0.1', '10.0.0.0/8')).toBe(false)
    expect(ipInCidr('0x0a.0.0.1', '10.0.0.0/8')).toBe(false)
    expect(ipInCidr('10.0.0.1', '10.0.0.0/33')).toBe(false)
    expect(ipInCidr('10.0.0.1', '10.0.0.0/x')).toBe(false)
    expect(ipInCidr('10.0.0.1', '10.0.0.0/')).toBe(false)
    expect(ipInCidr('2001:db8::1', '2001:db8::/129')).toBe(false)
    expect(ipInCidr('2001:db8::1', '2001:db8::1')).toBe(true)
    expect(ipInCidr('2001:db8::2', '2001:db8::1')).toBe(false)
    expect(ipInCidr(' 10.1.2.3 ', '10.0.0.0/8')).toBe(true)
    // An IPv4-mapped IPv6 address is an IPv6 address.
    expect(ipInCidr('::ffff:10.0.0.1', '::ffff:0:0/96')).toBe(true)
    expect(ipInCidr('::ffff:10.0.0.1', '10.0.0.0/8')).toBe(false)
  })
})

describe('ARN operators', () => {
  // reference_policies_elements_condition_operators, "Amazon Resource Name (ARN) condition operators":
  // ArnEquals and ArnLike are case-sensitive and match each of the six ARN parts with wildcards.
  test.each([
    ['ArnEquals', ROLE, true],
    ['ArnLike', 'arn:aws:iam::111122223333:role/*', true],
    ['ArnLike', 'arn:aws:iam::*:role/kms-*', true],
    ['ArnLike', 'arn:aws:iam::111122223333:role/KMS-*', false],
    ['ArnLike', 'arn:aws:iam::111122223333:user/*', false],
    ['ArnEquals', 'arn:aws:iam::*:role/kms-rotation-service', true],
    ['ArnNotEquals', ROLE, false],
    ['ArnNotLike', 'arn:aws:iam::*:user/*', true]
  ])('%s aws:PrincipalArn %s → %s', (op, value, expected) => {
    expect(holds(op, 'aws:PrincipalArn', value)).toBe(expected)
  })
})

describe('absent keys, …IfExists and Null', () => {
  // "If the key that you specify in a policy condition is not present in the request context, the values do
  // not match and the condition is false. If the policy condition requires that the key is not matched, such
  // as StringNotLike or ArnNotLike, and the right key is not present, the condition is true."
  test.each([
    ['StringEquals', false],
    ['StringLike', false],
    ['StringNotEquals', true],
    ['StringNotLike', true],
    ['ArnNotLike', true],
    ['StringEqualsIfExists', true],
    ['StringNotEqualsIfExists', true]
  ])('%s on an absent key → %s', (op, expected) => {
    expect(holds(op, 'kms:ViaService', 'ec2.us-east-1.amazonaws.com')).toBe(expected)
  })

  test('…IfExists on a present key is the plain operator', () => {
    expect(holds('StringEqualsIfExists', 'kms:KeySpec', 'SYMMETRIC_DEFAULT')).toBe(true)
    expect(holds('StringEqualsIfExists', 'kms:KeySpec', 'RSA_2048')).toBe(false)
    expect(holds('BoolIfExists', 'aws:SecureTransport', 'false')).toBe(false)
  })

  test('Null tests presence', () => {
    expect(holds('Null', 'kms:ViaService', 'true')).toBe(true)
    expect(holds('Null', 'kms:ViaService', 'false')).toBe(false)
    expect(holds('Null', 'kms:KeySpec', 'true')).toBe(false)
    expect(holds('Null', 'kms:KeySpec', 'false')).toBe(true)
    // Several values are ORed as for every operator.
    expect(holds('Null', 'kms:KeySpec', ['true', 'false'])).toBe(true)
    expect(holds('Null', 'kms:ViaService', ['true', 'false'])).toBe(true)
  })

  test('operator names are case-sensitive and unknown operators never match', () => {
    expect(parseOperator('stringequals')).toBeUndefined()
    expect(parseOperator('NullIfExists')).toBeUndefined()
    expect(holds('StringEqualz', 'kms:KeySpec', 'SYMMETRIC_DEFAULT')).toBe(false)
  })

  // IAM's policy simulator treats ForAnyValue:Null and ForAllValues:Null as Null (PMapper's condition tests,
  // "validated against the Simulator API"; iam-simulate does the same). Before, they never matched: a Deny
  // written with them was silently dropped.
  test.each(['ForAnyValue:Null', 'ForAllValues:Null'])('%s tests presence like Null', op => {
    expect(holds(op, 'kms:ViaService', 'true')).toBe(true)
    expect(holds(op, 'kms:ViaService', 'false')).toBe(false)
    expect(holds(op, 'kms:KeySpec', 'true')).toBe(false)
    expect(holds(op, 'kms:KeySpec', 'false')).toBe(true)
  })
})

describe('set operators', () => {
  // reference_policies_condition-single-vs-multi-valued-context-keys: ForAnyValue needs at least one request
  // value to match and is false for an absent key; ForAllValues needs every request value to match and is
  // true for an absent key or an empty set.
  test('ForAnyValue', () => {
    expect(holds('ForAnyValue:StringEquals', 'kms:ResourceAliases', 'alias/app-data')).toBe(true)
    expect(holds('ForAnyValue:StringLike', 'kms:ResourceAliases', 'alias/other*')).toBe(false)
    expect(holds('ForAnyValue:StringEquals', 'aws:CalledVia', 'athena.amazonaws.com')).toBe(false)
    expect(holds('ForAnyValue:StringNotEquals', 'kms:ResourceAliases', 'alias/app-data')).toBe(true)
  })

  test('ForAllValues', () => {
    expect(holds('ForAllValues:StringLike', 'kms:ResourceAliases', 'alias/*')).toBe(true)
    expect(holds('ForAllValues:StringEquals', 'kms:ResourceAliases', 'alias/app-data')).toBe(false)
    expect(
      holds('ForAllValues:StringEquals', 'kms:ResourceAliases', ['alias/app-data', 'alias/legacy', 'alias/x'])
    ).toBe(true)
    expect(holds('ForAllValues:StringEquals', 'aws:CalledVia', 'athena.amazonaws.com')).toBe(true)
    expect(holds('ForAllValues:StringEquals', 'aws:TagKeys', 'Owner')).toBe(true)
    expect(holds('ForAnyValue:StringEquals', 'aws:TagKeys', 'Owner')).toBe(false)
    expect(holds('ForAllValues:StringNotLike', 'kms:ResourceAliases', 'alias/aws/*')).toBe(true)
  })
})

describe('policy variables', () => {
  // IAM User Guide, reference_policies_variables.
  const userCtx = context(
    { 'aws:username': 'alice', 'aws:PrincipalAccount': '111122223333', 'kms:ResourceAliases': ['a', 'b'] },
    ['aws:PrincipalTag/team']
  )

  test("${aws:username} is replaced by the caller's name", () => {
    const owners = context({ 's3:prefix': 'home/alice/', 'aws:username': 'alice' })
    expect(evaluateClause(clause('StringLike', 's3:prefix', 'home/${aws:username}/*'), owners)).toBe(true)
    expect(evaluateClause(clause('StringEquals', 's3:prefix', 'home/${aws:username}/'), owners)).toBe(true)
  })

  test('special characters ${*}, ${?} and ${$} stand for themselves', () => {
    const literal = context({ 'custom:Name': 'a*b?c$d' })
    expect(evaluateClause(clause('StringLike', 'custom:Name', 'a${*}b${?}c${$}d'), literal)).toBe(true)
    expect(evaluateClause(clause('StringLike', 'custom:Name', 'a${*}b${?}cXd'), literal)).toBe(false)
    expect(evaluateClause(clause('StringLike', 'custom:Name', 'a*'), literal)).toBe(true)
    const other = context({ 'custom:Name': 'aXXbYc$d' })
    expect(evaluateClause(clause('StringLike', 'custom:Name', 'a${*}b${?}c${$}d'), other)).toBe(false)
  })

  test('a default value is used when the key is absent ("Specifying default values")', () => {
    expect(substitute("bucket-${aws:PrincipalTag/team, 'company-wide'}", userCtx)).toEqual({
      tokens: [{ lit: 'bucket-' }, { lit: 'company-wide' }]
    })
    expect(substitute('${aws:username}', userCtx)).toEqual({ tokens: [{ lit: 'alice' }] })
  })

  test('a variable with no value: positive operators do not match, negated ones do ("Policy variables with no value")', () => {
    const noTag = context({ 's3:ExistingObjectTag/Team': 'blue' }, ['aws:PrincipalTag/Team'])
    expect(evaluateClause(clause('StringEquals', 's3:ExistingObjectTag/Team', '${aws:PrincipalTag/Team}'), noTag)).toBe(
      false
    )
    expect(
      evaluateClause(clause('StringNotEquals', 's3:ExistingObjectTag/Team', '${aws:PrincipalTag/Team}'), noTag)
    ).toBe(true)
  })

  test('a multivalued key cannot be a variable', () => {
    expect(substitute('${kms:ResourceAliases}', userCtx)).toEqual({ absent: 'kms:ResourceAliases' })
  })

  test('a variable whose value the gate cannot know leaves the condition undecided, naming the key', () => {
    const unknownTag = context({ 's3:prefix': 'x' })
    const r = evaluateConditions([clause('StringEquals', 's3:prefix', '${aws:PrincipalTag/team}')], unknownTag)
    expect(r.result).toBe('unknown')
    expect(r.unknownKeys).toEqual(['s3:prefix', 'aws:PrincipalTag/team'])
  })
})

describe('conditions in whole decisions', () => {
  const allow = (condition: Json): Json => ({
    Effect: 'Allow',
    Principal: { AWS: [ROLE, USER] },
    Action: 'kms:*',
    Resource: '*',
    Condition: condition
  })

  test('known request keys decide: aws:PrincipalArn, kms:CallerAccount, aws:SecureTransport', () => {
    const set = policySet({
      key: [
        allow({
          ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/kms-*' },
          StringEquals: { 'kms:CallerAccount': '111122223333' },
          Bool: { 'aws:SecureTransport': 'true' }
        })
      ]
    })
    expect(ask(ROLE, 'kms:RotateKeyOnDemand', set).decision).toBe('allowed')
    expect(ask(USER, 'kms:RotateKeyOnDemand', set).decision).toBe('implicit-deny')
  })

  test('aws:username exists for users only', () => {
    const set = policySet({ key: [allow({ StringEquals: { 'aws:username': 'alice' } })] })
    expect(ask(USER, 'kms:DescribeKey', set).decision).toBe('allowed')
    expect(ask(ROLE, 'kms:DescribeKey', set).decision).toBe('implicit-deny')
  })

  test('config context values settle an otherwise unknown key', () => {
    const set = policySet({ key: [ROOT_DELEGATION, allow({ StringEquals: { 'aws:SourceVpc': 'vpc-0abc' } })] })
    expect(ask(ROLE, 'kms:DescribeKey', set).decision).toBe('inconclusive')
    expect(ask(ROLE, 'kms:DescribeKey', set, { 'aws:SourceVpc': ['vpc-0abc'] }).decision).toBe('allowed')
    expect(ask(ROLE, 'kms:DescribeKey', set, { 'aws:SourceVpc': ['vpc-other'] }).decision).toBe('implicit-deny')
  })
})

// IAM User Guide, Date condition operators: values in ISO 8601 format. A date and time without a zone is read as
// UTC, whatever the time zone of the machine running the gate (Date.parse would read it in local time).
describe('date values without a zone', () => {
  test('are UTC on every runner', () => {
    const tz = process.env.TZ
    try {
      for (const zone of ['UTC', 'Asia/Tokyo', 'America/Los_Angeles']) {
        process.env.TZ = zone
        expect(parseDate('2026-11-29T05:00:00')).toBe(Date.UTC(2026, 10, 29, 5))
        expect(parseDate('2026-11-29T05:00')).toBe(Date.UTC(2026, 10, 29, 5))
        expect(parseDate('2026-11-29')).toBe(Date.UTC(2026, 10, 29))
        expect(parseDate('2026-11-29T05:00:00+09:00')).toBe(Date.UTC(2026, 10, 28, 20))
        expect(parseDate('1793491200')).toBe(1793491200000)
      }
    } finally {
      if (tz === undefined) delete process.env.TZ
      else process.env.TZ = tz
    }
  })
})
