import { contextKeyType, isMultivalued } from '../../../src/state/aws/context-types.js'

// IAM API reference, ContextEntry.ContextKeyType; the keys' documented types (IAM User Guide,
// reference_policies_condition-keys; KMS Developer Guide, conditions-kms).
describe('ContextKeyType of a condition key', () => {
  it('the documented type, whatever the case of the name', () => {
    expect(contextKeyType('aws:SecureTransport')).toBe('boolean')
    expect(contextKeyType('aws:CurrentTime')).toBe('date')
    expect(contextKeyType('aws:EpochTime')).toBe('numeric')
    expect(contextKeyType('aws:SourceIp')).toBe('ip')
  })

  it('list types for multivalued keys, sent as lists even with one value', () => {
    expect(contextKeyType('kms:ResourceAliases')).toBe('stringList')
    expect(isMultivalued('aws:PrincipalOrgPaths')).toBe(true)
    expect(isMultivalued('aws:PrincipalArn')).toBe(false)
  })

  it('tags and undocumented keys are strings, never guessed from the value', () => {
    expect(contextKeyType('aws:PrincipalTag/cost-center')).toBe('string')
    expect(contextKeyType('kms:EncryptionContext:tenant')).toBe('string')
  })
})
