/** Names users and scripts rely on (CONTRACT §2–§6), kept in one place. */

export const RULES = {
  rotationAccessLost: 'rotation-access-lost',
  rotationAccessMissing: 'rotation-access-missing',
  ownerLockout: 'owner-lockout',
  ownerAccessLost: 'owner-access-lost',
  principalNotFound: 'principal-not-found',
  orphanedPrincipal: 'orphaned-principal',
  unknownAction: 'unknown-action',
  invalidPolicy: 'invalid-policy',
  ineffectiveStatement: 'ineffective-statement',
  policyTooLarge: 'policy-too-large',
  rotationDisabled: 'rotation-disabled',
  rotationOverdue: 'rotation-overdue',
  rotationUnsupported: 'rotation-unsupported',
  evaluationInconclusive: 'evaluation-inconclusive',
  configError: 'config-error',
  /** Warning: a template or plan changes an IAM or KMS resource the gate does not read. */
  unreadResource: 'unread-resource',
  /** Notice: which keys and principals of a template or plan were mapped to which live ones. */
  sourceMapping: 'source-mapping'
} as const

export type RuleId = (typeof RULES)[keyof typeof RULES]

export const DEFAULT_ROTATION_ACTIONS = [
  'kms:RotateKeyOnDemand',
  'kms:EnableKeyRotation',
  'kms:GetKeyRotationStatus',
  'kms:ListKeyRotations',
  'kms:DescribeKey'
] as const

export const DEFAULT_OWNER_ACTIONS = ['kms:PutKeyPolicy'] as const

export const DEFAULT_CONFIG_PATH = '.github/kms-policy-gate.yml'

/** KMS key policies may be at most 32 KB (KMS Developer Guide, key-policy-overview). */
export const KEY_POLICY_MAX_BYTES = 32768

export const DEFAULT_MAX_AGE_DAYS = 365

/** Input files larger than this are refused rather than parsed (config, snapshot, policies). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024

export const INPUTS = {
  config: 'config',
  snapshot: 'snapshot',
  workingDirectory: 'working-directory',
  awsRegion: 'aws-region',
  failOn: 'fail-on',
  reportFile: 'report-file',
  sarifFile: 'sarif-file',
  githubToken: 'github-token'
} as const

export const OUTPUTS = {
  result: 'result',
  errors: 'errors',
  warnings: 'warnings',
  reportFile: 'report-file'
} as const

export const TOOL_NAME = 'kms-policy-gate'
export const TOOL_VERSION = '1.0.0'
