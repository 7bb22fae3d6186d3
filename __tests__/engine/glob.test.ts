import { globMatch, tokensMatch } from '../../src/engine/glob.js'

// IAM User Guide, reference_policies_elements_action: actions compare case-insensitively, ARNs and values do not.
describe('globMatch and tokensMatch', () => {
  it('case only when asked; literal tokens keep * and ? literal', () => {
    expect(globMatch('kms:Get*', 'KMS:GETKEYPOLICY', true)).toBe(true)
    expect(globMatch('kms:Get*', 'KMS:GETKEYPOLICY')).toBe(false)
    expect(globMatch('kms:PutKeyPolicy', 'kms:putkeypolicy', true)).toBe(true)
    expect(tokensMatch([{ lit: 'a*' }], 'a*')).toBe(true)
    expect(tokensMatch([{ lit: 'a*' }], 'ab')).toBe(false)
    expect(tokensMatch([{ lit: 'a' }, { star: true }], 'ab')).toBe(true)
  })
})
