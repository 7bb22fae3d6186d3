import { NoCredentialsError } from '../../../src/errors.js'
import { awsError, awsErrorName, isAwsError, redactCredentials } from '../../../src/state/aws/errors.js'

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
const sdkError = (name: string, message: string, attempts?: number) =>
  Object.assign(new Error(message), { name, ...(attempts ? { $metadata: { attempts } } : {}) })

describe('AWS errors as one line a user can act on', () => {
  it('access denied names the API, the resource and the permission, and that the key policy must allow it', () => {
    const e = awsError(sdkError('AccessDeniedException', 'User: x is not authorized'), {
      api: 'kms:GetKeyPolicy',
      resource: KEY
    })
    expect(e.message).toBe(
      `AWS kms:GetKeyPolicy on ${KEY} failed: AccessDeniedException — the gate's role needs kms:GetKeyPolicy on that key (the key policy must allow it: name the role, or delegate to the account and grant it in IAM)`
    )
    expect(awsError(sdkError('AccessDenied', 'no'), { api: 'iam:ListRoles', resource: '*' }).message).toContain(
      'needs iam:ListRoles on "*" (it cannot be scoped to a resource)'
    )
  })

  it('no credentials at all is a distinct error (the action can fall back to a snapshot); others keep the attempts', () => {
    const none = awsError(sdkError('CredentialsProviderError', 'Could not load credentials from any providers'), {
      api: 'kms:DescribeKey',
      resource: KEY
    })
    expect(none).toBeInstanceOf(NoCredentialsError)
    const throttled = awsError(sdkError('ThrottlingException', 'Rate exceeded', 6), {
      api: 'kms:DescribeKey',
      resource: KEY
    })
    expect(throttled.message).toBe(
      `AWS kms:DescribeKey on ${KEY} failed: ThrottlingException: Rate exceeded after 6 attempts`
    )
    expect(awsErrorName({ Code: 'NoSuchEntity' })).toBe('NoSuchEntity')
    expect(isAwsError(sdkError('NotFoundException', 'x'), 'NotFoundException', 'NoSuchEntity')).toBe(true)
    expect(isAwsError(new Error('x'), 'NotFoundException')).toBe(false)
  })

  // IAM User Guide, "Unique identifiers": access key ids are AKIA/ASIA and 16 more characters.
  it('anything that looks like a credential is redacted from AWS text', () => {
    const echoed =
      'Signature mismatch for AKIAIOSFODNN7EXAMPLE with X-Amz-Security-Token=FwoGZXIvYXdzEJr//////////wEaDEXAMPLETOKEN and ' +
      'secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
    const out = redactCredentials(echoed)
    expect(out).not.toMatch(/AKIAIOSFODNN7EXAMPLE|FwoGZXIv|wJalrXUtnFEMI/)
    expect(out).toContain('X-Amz-Security-Token=[redacted]')
    expect(redactCredentials('key 1234abcd-12ab-34cd-56ef-1234567890ab was not found')).toBe(
      'key 1234abcd-12ab-34cd-56ef-1234567890ab was not found'
    )
    const e = awsError(sdkError('ValidationException', `bad request ASIA4444555566660000 echoed`), {
      api: 'kms:DescribeKey',
      resource: KEY
    })
    expect(e.message).toBe(`AWS kms:DescribeKey on ${KEY} failed: ValidationException: bad request [redacted] echoed`)
  })
})
