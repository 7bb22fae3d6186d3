import {
  actionProblem,
  iacKeyRef,
  keyRefProblem,
  managedPolicyArnProblem,
  parseTimeout,
  principalArnProblem,
  regionProblem,
  relPathProblem,
  roleOrUserArnProblem
} from '../../src/config/schema.js'

describe('the checks behind config-error', () => {
  // KMS API reference, KeyId: a key id, key ARN, alias name or alias ARN.
  it('key references', () => {
    expect(keyRefProblem('arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab')).toBeUndefined()
    expect(keyRefProblem('mrk-0123456789abcdef0123456789abcdef')).toBeUndefined()
    expect(keyRefProblem('alias/app-data')).toBeUndefined()
    expect(keyRefProblem('arn:aws:kms:us-east-1:111122223333:alias/app-data')).toBeUndefined()
    expect(keyRefProblem('arn:aws:s3:::bucket')).toMatch(/not a KMS ARN/)
    expect(keyRefProblem('arn:aws:kms:us-east-1:111122223333:key/nope')).toMatch(/UUID or mrk-/)
    expect(keyRefProblem('alias/has space')).toMatch(/alias names use/)
    expect(keyRefProblem('app-data')).toMatch(/^not a key ARN, key id, alias\/NAME or alias ARN/)
    expect(iacKeyRef('cloudformation:AppKey')).toEqual({ source: 'cloudformation', id: 'AppKey' })
    expect(iacKeyRef('terraform:module.kms.aws_kms_key.this[0]')).toEqual({
      source: 'terraform',
      id: 'module.kms.aws_kms_key.this[0]'
    })
    expect(iacKeyRef('alias/app')).toBeUndefined()
  })

  it('principals: roles and users with their path, the root where allowed, never a session or a wildcard', () => {
    expect(principalArnProblem('arn:aws:iam::111122223333:role/ops/rotator')).toBeUndefined()
    expect(principalArnProblem('arn:aws:iam::111122223333:root')).toBeUndefined()
    expect(roleOrUserArnProblem('arn:aws:iam::111122223333:root')).toMatch(/not an IAM role or user ARN/)
    expect(principalArnProblem('111122223333')).toMatch(/write an account as arn:aws:iam::111122223333:root/)
    expect(principalArnProblem('arn:aws:sts::111122223333:assumed-role/r/s')).toMatch(/not an assumed-role session/)
    expect(principalArnProblem('arn:aws:iam::111122223333:role/*')).toMatch(/wildcards are not allowed/)
  })

  it('managed policies, actions, regions', () => {
    expect(managedPolicyArnProblem('arn:aws:iam::111122223333:policy/ops/kms')).toBeUndefined()
    expect(managedPolicyArnProblem('arn:aws:iam::aws:policy/AdministratorAccess')).toMatch(/cannot be replaced/)
    expect(actionProblem('kms:Rotate*')).toBeUndefined()
    expect(actionProblem('*')).toMatch(/name the service, e.g. kms:\*/)
    expect(regionProblem('eu-west-1')).toBeUndefined()
    expect(regionProblem('EU-WEST-1')).toMatch(/not a region like us-east-1/)
  })

  it('paths stay inside the workspace', () => {
    expect(relPathProblem('policies/key.json')).toBeUndefined()
    expect(relPathProblem('a/../policies/key.json')).toBeUndefined()
    expect(relPathProblem('../secrets.json')).toBe('path "../secrets.json" is outside the workspace')
    expect(relPathProblem('/etc/passwd')).toMatch(/is absolute/)
    expect(relPathProblem('C:/x')).toMatch(/is absolute/)
    expect(relPathProblem('a\\b')).toMatch(/separate directories with "\/"/)
    expect(relPathProblem('cdk.out/../*.json', true)).toMatch(/may not contain ".."/)
    expect(relPathProblem(' ')).toBe('path is empty')
  })

  it('timeouts: whole seconds from 10 s to 6 hours', () => {
    expect(parseTimeout('300')).toBe(300)
    expect(() => parseTimeout('5')).toThrow(
      'timeout-seconds must be a whole number of seconds from 10 to 21600 (got 5)'
    )
    expect(() => parseTimeout('ten')).toThrow('(got "ten")')
    expect(() => parseTimeout('99999')).toThrow('(got 99999)')
  })
})
