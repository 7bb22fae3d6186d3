import { arnLike } from '../../src/engine/arn-match.js'
import type { RequestContext } from '../../src/engine/types.js'

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
const none: RequestContext = { values: new Map() }
const withUser: RequestContext = { values: new Map([['aws:username', ['alice']]]) }

// IAM User Guide, reference_policies_elements_resource: wildcards match within each of the six ARN parts, and
// ARNs compare case-sensitively; policy variables are replaced by the request's values.
describe('arnLike', () => {
  it('matches part by part, case-sensitively', () => {
    expect(arnLike('arn:aws:kms:*:111122223333:key/*', KEY, none)).toBe(true)
    expect(arnLike('arn:aws:kms:us-*:*:key/1234abcd-*', KEY, none)).toBe(true)
    expect(arnLike('arn:aws:kms:us-east-1:*:key/other-*', KEY, none)).toBe(false)
    expect(arnLike('arn:aws:kms:us-east-1:11112222333?:key/*', KEY, none)).toBe(true)
    expect(arnLike('arn:aws:kms:us-east-1:1111222233?:key/*', KEY, none)).toBe(false)
    expect(arnLike('arn:aws:kms:us-east-1:111122223333:alias/*', KEY, none)).toBe(false)
    expect(arnLike('arn:aws:KMS:us-east-1:111122223333:key/*', KEY, none)).toBe(false)
    expect(arnLike('*', 'anything', none)).toBe(true)
    // "If the * wildcard is the last character of a resource ARN segment, it can expand to match beyond the colon
    // boundaries" (IAM User Guide, reference_policies_elements_resource, wildcards).
    expect(arnLike('arn:aws:kms:*', KEY, none)).toBe(true)
    expect(arnLike('arn:aws:iam:*', KEY, none)).toBe(false)
  })

  it('a policy variable: its value when known, unknown when not, no match when the key is absent', () => {
    const pattern = 'arn:aws:iam::111122223333:user/${aws:username}'
    expect(arnLike(pattern, 'arn:aws:iam::111122223333:user/alice', withUser)).toBe(true)
    expect(arnLike(pattern, 'arn:aws:iam::111122223333:user/bob', withUser)).toBe(false)
    expect(arnLike(pattern, 'arn:aws:iam::111122223333:user/alice', none)).toBe('unknown')
    const absent: RequestContext = { values: new Map(), absent: new Set(['aws:username']) }
    expect(arnLike(pattern, 'arn:aws:iam::111122223333:user/alice', absent)).toBe(false)
    // In a document without Version 2012-10-17 the variable is plain text (reference_policies_elements_version).
    expect(
      arnLike(pattern, 'arn:aws:iam::111122223333:user/${aws:username}', { ...none, literalVariables: true })
    ).toBe(true)
  })
})
