import { isCrossAccountAction } from '../../src/engine/kms-actions.js'

// AWS KMS API Reference, each operation's "Cross-account use".
describe('cross-account KMS operations', () => {
  it('only the operations documented as cross-account', () => {
    expect(
      ['kms:Decrypt', 'kms:DescribeKey', 'kms:GetKeyRotationStatus', 'KMS:CreateGrant'].map(isCrossAccountAction)
    ).toEqual([true, true, true, true])
    expect(
      ['kms:PutKeyPolicy', 'kms:RotateKeyOnDemand', 'kms:EnableKeyRotation', 'kms:ListKeyRotations'].map(
        isCrossAccountAction
      )
    ).toEqual([false, false, false, false])
    expect(isCrossAccountAction('s3:GetObject')).toBe(true)
  })
})
