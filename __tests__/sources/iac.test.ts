import { toJson } from '../../src/policy/node.js'
import {
  defaultKeyPolicy,
  documentFrom,
  findByName,
  iamArn,
  iamPath,
  partitionOf,
  placeholderArn,
  unknownPolicy
} from '../../src/sources/iac.js'

describe('what templates and plans share', () => {
  // KMS Developer Guide, key-policy-default.
  it('the default key policy gives the key’s account root kms:*; without the account the principal is unknown', () => {
    expect(toJson(defaultKeyPolicy('111122223333', 'aws-us-gov', 7))).toEqual({
      Version: '2012-10-17',
      Id: 'key-default-1',
      Statement: [
        {
          Sid: 'Enable IAM User Permissions',
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws-us-gov:iam::111122223333:root' },
          Action: 'kms:*',
          Resource: '*'
        }
      ]
    })
    const unknown = documentFrom(defaultKeyPolicy(undefined, 'aws', 7), { kind: 'key', name: 'new key' })
    expect(unknown.statements[0].principal?.aws).toEqual([
      { value: 'the account of the new key (default key policy)', line: 7, unknown: true }
    ])
  })

  it('a document known only after deployment is an undecided Allow and Deny, never a guess', () => {
    const doc = unknownPolicy('!ImportValue policy', { kind: 'identity', name: 'imported' }, 12)
    expect(doc.statements.map(s => [s.effect, s.action?.[0]])).toEqual([
      ['Allow', { value: '!ImportValue policy', line: 12, unknown: true }],
      ['Deny', { value: '!ImportValue policy', line: 12, unknown: true }]
    ])
    expect(doc.pending).toEqual([
      '!ImportValue policy',
      '!ImportValue policy',
      '!ImportValue policy',
      '!ImportValue policy'
    ])
  })

  // IAM User Guide, reference_identifiers: paths start and end with "/".
  it('IAM ARNs with their path; placeholders for names known only after deployment', () => {
    expect(iamPath(undefined)).toBe('/')
    expect(iamPath('ops')).toBe('/ops/')
    expect(iamArn('aws', '111122223333', 'role', '/ops/', 'rotator')).toBe('arn:aws:iam::111122223333:role/ops/rotator')
    expect(placeholderArn('aws-cn', '111122223333', 'role', 'module.a["x"]')).toBe(
      'arn:aws-cn:iam::111122223333:role/created-by-iac/module.a__x__'
    )
    expect(placeholderArn(undefined, undefined, 'policy', 'P')).toBe(
      'arn:aws:iam::000000000000:policy/created-by-iac/P'
    )
  })

  it('partition from the region; a configured principal by name', () => {
    expect(['us-east-1', 'cn-north-1', 'us-gov-west-1', 'us-iso-east-1', 'us-isob-east-1'].map(partitionOf)).toEqual([
      'aws',
      'aws-cn',
      'aws-us-gov',
      'aws-iso',
      'aws-iso-b'
    ])
    expect(partitionOf(undefined)).toBeUndefined()
    const principals = {
      Role: 'arn:aws:iam::111122223333:role/ops/rotator',
      User: 'arn:aws:iam::111122223333:user/rotator'
    }
    expect(findByName(principals, 'role', 'rotator')).toBe(principals.Role)
    expect(findByName(principals, 'user', 'rotator')).toBe(principals.User)
    expect(findByName(principals, 'role', 'other')).toBeUndefined()
  })
})
