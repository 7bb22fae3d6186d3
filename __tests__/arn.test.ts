import { accountOf, arnParts, parseArn, regionOf } from '../src/arn.js'

// IAM User Guide, reference-arns: arn:partition:service:region:account-id:resource, where the resource part
// may contain colons (arn:aws:logs:…:log-group:name:*) and region or account may be empty.
describe('ARNs', () => {
  it('reads the six parts, with colons kept in the resource', () => {
    expect(parseArn('arn:aws:kms:us-east-1:111122223333:key/1234')).toEqual({
      partition: 'aws',
      service: 'kms',
      region: 'us-east-1',
      account: '111122223333',
      resource: 'key/1234'
    })
    expect(parseArn('arn:aws:logs:eu-west-1:111122223333:log-group:app:*')?.resource).toBe('log-group:app:*')
    expect(arnParts('arn:aws:logs:eu-west-1:111122223333:log-group:app:*')).toEqual([
      'arn',
      'aws',
      'logs',
      'eu-west-1',
      '111122223333',
      'log-group:app:*'
    ])
    expect(parseArn('arn:aws-us-gov:iam::111122223333:role/ops/x')).toMatchObject({
      partition: 'aws-us-gov',
      region: '',
      resource: 'role/ops/x'
    })
  })

  it('is not an ARN without the prefix or with fewer than six parts', () => {
    expect(parseArn('alias/app')).toBeUndefined()
    expect(parseArn('arn:aws:kms:us-east-1:111122223333')).toBeUndefined()
    expect(parseArn('ARN:aws:kms:us-east-1:111122223333:key/1')).toBeUndefined()
    expect(parseArn('111122223333')).toBeUndefined()
  })

  it('account and region, undefined when absent', () => {
    expect(accountOf('arn:aws:kms:us-east-1:111122223333:key/1')).toBe('111122223333')
    expect(regionOf('arn:aws:kms:us-east-1:111122223333:key/1')).toBe('us-east-1')
    expect(regionOf('arn:aws:iam::111122223333:root')).toBeUndefined()
    expect(accountOf('arn:aws:s3:::bucket')).toBeUndefined()
    expect(accountOf('1234abcd-12ab-34cd-56ef-1234567890ab')).toBeUndefined()
  })
})
