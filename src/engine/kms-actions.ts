/**
 * KMS operations callable by a principal of another account: the "Cross-account use: Yes" operations of
 * the AWS KMS API Reference (each operation page) and the KMS Developer Guide, key-policy-modifying
 * ("Allowing users in other accounts to use a KMS key"). Every other KMS operation is "Cross-account use: No"
 * (e.g. PutKeyPolicy, EnableKeyRotation, RotateKeyOnDemand, ListKeyRotations, GetKeyPolicy).
 */
const CROSS_ACCOUNT = new Set(
  [
    'CreateGrant',
    'Decrypt',
    'DeriveSharedSecret',
    'DescribeKey',
    'Encrypt',
    'GenerateDataKey',
    'GenerateDataKeyPair',
    'GenerateDataKeyPairWithoutPlaintext',
    'GenerateDataKeyWithoutPlaintext',
    'GenerateMac',
    'GetKeyRotationStatus',
    'GetPublicKey',
    'ListGrants',
    'ReEncryptFrom',
    'ReEncryptTo',
    'RetireGrant',
    'RevokeGrant',
    'Sign',
    'Verify',
    'VerifyMac'
  ].map(a => `kms:${a}`.toLowerCase())
)

/** Non-KMS actions are not restricted here. */
export function isCrossAccountAction(action: string): boolean {
  const a = action.toLowerCase()
  return !a.startsWith('kms:') || CROSS_ACCOUNT.has(a)
}
