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
  sourceMapping: 'source-mapping',
  /** A check that holds today but is lost at a later date set in a date condition. */
  scheduledAccessLoss: 'scheduled-access-loss',
  /** Notice: a proposed document without `"Version": "2012-10-17"` (policy variables are plain text). */
  policyVersion: 'policy-version',
  /** Warning: a config `ignore:` entry is past its `expires` date and no longer suppresses anything. */
  suppressionExpired: 'suppression-expired',
  /** Warning: the pull request edits the snapshot (or config) that the action reads from the base commit. */
  baselineChanged: 'baseline-changed',
  /** Notice: the organization's SCPs and RCPs could not be read, and which checks go without them. */
  organizationPolicies: 'organization-policies'
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

/** How far ahead date conditions are evaluated for access that is lost later (config `horizon-days`). */
export const DEFAULT_HORIZON_DAYS = 400

/** Input files larger than this are refused rather than parsed (the largest of INPUT_LIMITS). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024

const MiB = 1024 * 1024

/**
 * Size limits per kind of input, each far above what AWS accepts or real repositories hold, so a pull request
 * cannot make the gate spend minutes or gigabytes: a key policy may have 32 KB (KMS), a CloudFormation template
 * 1 MB (CloudFormation quotas); plans and snapshots of large accounts run to tens of megabytes.
 */
export const INPUT_LIMITS = {
  /** A config lists every key: 3,000 keys take about 1.2 MB. */
  config: 8 * MiB,
  policy: 1 * MiB,
  /** 4x CloudFormation's own limit for a template (1 MB, in S3). */
  template: 4 * MiB,
  /** CloudFormation's limit itself: the YAML parser needs over a hundred bytes of memory per byte of YAML. */
  yamlTemplate: 1 * MiB,
  /**
   * A YAML template outside the subset the gate's own reader takes (yaml-fast.ts) goes to the `yaml` library,
   * which holds about 45 times the text: only up to this size (a few tens of megabytes at most).
   */
  yamlLibrary: 256 * 1024,
  plan: MAX_INPUT_BYTES,
  /** Each `.tf` file read to place plan resources, and all of them together. */
  terraformFile: 8 * MiB,
  terraformTotal: MAX_INPUT_BYTES,
  snapshot: MAX_INPUT_BYTES
} as const

export const INPUTS = {
  config: 'config',
  snapshot: 'snapshot',
  workingDirectory: 'working-directory',
  awsRegion: 'aws-region',
  timeoutSeconds: 'timeout-seconds',
  failOn: 'fail-on',
  reportFile: 'report-file',
  sarifFile: 'sarif-file',
  githubToken: 'github-token',
  comment: 'comment',
  category: 'category',
  failOnPreExisting: 'fail-on-pre-existing',
  baselineFrom: 'baseline-from',
  fallbackSnapshot: 'fallback-snapshot'
} as const

export const OUTPUTS = {
  result: 'result',
  errors: 'errors',
  warnings: 'warnings',
  reportFile: 'report-file'
} as const

export const TOOL_NAME = 'kms-policy-gate'
export const TOOL_VERSION = '1.0.0'
