/**
 * Engine benchmark (`npm run bench`): decisions per second of our engine and of @cloud-copilot/iam-simulate on
 * the same requests against a realistic policy set — a 30-statement key policy, 5 identity policies, a
 * permissions boundary and 2 SCP levels. Our documents are compiled once (parsed into the policy model) and
 * every request is then decided, request context included. iam-simulate is a devDependency used only here and in
 * tests, never from src/.
 */
import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate'
import { decide } from '../src/engine/evaluate.js'
import { buildRequest, type KeyFacts } from '../src/engine/request.js'
import { policyFromJson } from '../src/policy/parse.js'
import type { DecisionValue, PolicySet } from '../src/engine/types.js'
import type { PolicyKind } from '../src/policy/types.js'

export interface BenchRow {
  label: string
  value: number | string
  unit?: string
}

export interface BenchResult {
  title: string
  rows: BenchRow[]
  notes: string[]
}

type Json = Record<string, unknown>

const ACCOUNT = '111122223333'
const PARTNER = '444455556666'
const KEY: KeyFacts = {
  arn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
  keySpec: 'SYMMETRIC_DEFAULT',
  keyUsage: 'ENCRYPT_DECRYPT',
  origin: 'AWS_KMS',
  multiRegion: false,
  aliases: ['alias/app-data']
}
const NOW = new Date('2026-11-01T00:00:00Z')
const role = (name: string): string => `arn:aws:iam::${ACCOUNT}:role/${name}`
const user = (name: string): string => `arn:aws:iam::${ACCOUNT}:user/${name}`

const ROTATION = role('kms-rotation-service')
const ADMINS = ['kms-admin', 'security-admin', 'platform-admin', 'break-glass'].map(role)
const APPS = ['orders', 'billing', 'reports', 'ingest', 'search', 'exports'].map(role)
const USERS = ['alice', 'bob', 'carol', 'dave', 'erin'].map(user)
const PRINCIPALS = [ROTATION, ...ADMINS, ...APPS, ...USERS]

const ROTATION_ACTIONS = [
  'kms:RotateKeyOnDemand',
  'kms:EnableKeyRotation',
  'kms:GetKeyRotationStatus',
  'kms:ListKeyRotations',
  'kms:DescribeKey'
]
const ADMIN_ACTIONS = [
  'kms:PutKeyPolicy',
  'kms:GetKeyPolicy',
  'kms:DisableKeyRotation',
  'kms:ScheduleKeyDeletion',
  'kms:CancelKeyDeletion',
  'kms:EnableKey',
  'kms:DisableKey',
  'kms:TagResource',
  'kms:UntagResource',
  'kms:UpdateKeyDescription',
  'kms:ListResourceTags',
  'kms:ListGrants',
  'kms:CreateGrant',
  'kms:RevokeGrant'
]
const CRYPTO_ACTIONS = [
  'kms:Encrypt',
  'kms:Decrypt',
  'kms:ReEncryptFrom',
  'kms:ReEncryptTo',
  'kms:GenerateDataKey',
  'kms:GenerateDataKeyWithoutPlaintext'
]
const ACTIONS = [...ROTATION_ACTIONS, ...ADMIN_ACTIONS, ...CRYPTO_ACTIONS]

const ADMIN_SET = [
  'kms:Create*',
  'kms:Describe*',
  'kms:Enable*',
  'kms:List*',
  'kms:Put*',
  'kms:Update*',
  'kms:Revoke*',
  'kms:Disable*',
  'kms:Get*',
  'kms:Delete*',
  'kms:TagResource',
  'kms:UntagResource',
  'kms:ScheduleKeyDeletion',
  'kms:CancelKeyDeletion',
  'kms:RotateKeyOnDemand'
]
const USE_SET = ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey']

/** A 30-statement key policy in the shape of the console's default policy plus typical additions. */
function keyPolicy(): Json[] {
  const s: Json[] = [
    {
      Sid: 'EnableIAMUserPermissions',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
      Action: 'kms:*',
      Resource: '*'
    },
    ...ADMINS.map((arn, i) => ({
      Sid: `KeyAdministrator${i}`,
      Effect: 'Allow',
      Principal: { AWS: arn },
      Action: ADMIN_SET,
      Resource: '*'
    })),
    ...APPS.map((arn, i) => ({
      Sid: `KeyUser${i}`,
      Effect: 'Allow',
      Principal: { AWS: arn },
      Action: USE_SET,
      Resource: '*'
    })),
    ...APPS.slice(0, 3).map((arn, i) => ({
      Sid: `AttachPersistentResources${i}`,
      Effect: 'Allow',
      Principal: { AWS: arn },
      Action: ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'],
      Resource: '*',
      Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } }
    })),
    {
      Sid: 'RotationService',
      Effect: 'Allow',
      Principal: { AWS: ROTATION },
      Action: [
        'kms:RotateKeyOnDemand',
        'kms:EnableKeyRotation',
        'kms:GetKeyRotationStatus',
        'kms:ListKeyRotations',
        'kms:DescribeKey'
      ],
      Resource: '*'
    },
    {
      Sid: 'ViaServiceForAccount',
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: USE_SET,
      Resource: '*',
      Condition: { StringEquals: { 'kms:CallerAccount': ACCOUNT, 'kms:ViaService': 's3.us-east-1.amazonaws.com' } }
    },
    {
      Sid: 'ReadOnlyUsers',
      Effect: 'Allow',
      Principal: { AWS: USERS.slice(0, 3) },
      Action: ['kms:Describe*', 'kms:Get*', 'kms:List*'],
      Resource: '*'
    },
    {
      Sid: 'Auditors',
      Effect: 'Allow',
      Principal: { AWS: USERS.slice(3) },
      Action: ['kms:Describe*', 'kms:List*', 'kms:GetKeyPolicy', 'kms:GetKeyRotationStatus'],
      Resource: '*'
    },
    {
      Sid: 'BreakGlass',
      Effect: 'Allow',
      Principal: { AWS: ADMINS[3] },
      Action: 'kms:*',
      Resource: '*',
      Condition: { Bool: { 'aws:SecureTransport': 'true' } }
    },
    {
      Sid: 'PartnerAccount',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${PARTNER}:root` },
      Action: ['kms:Decrypt', 'kms:DescribeKey'],
      Resource: '*'
    },
    {
      Sid: 'PartnerRole',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${PARTNER}:role/ingest` },
      Action: ['kms:Encrypt', 'kms:GenerateDataKey*'],
      Resource: '*'
    },
    {
      Sid: 'CloudTrail',
      Effect: 'Allow',
      Principal: { Service: 'cloudtrail.amazonaws.com' },
      Action: 'kms:GenerateDataKey*',
      Resource: '*',
      Condition: {
        StringLike: { 'kms:EncryptionContext:aws:cloudtrail:arn': `arn:aws:cloudtrail:*:${ACCOUNT}:trail/*` }
      }
    },
    {
      Sid: 'CloudWatchLogs',
      Effect: 'Allow',
      Principal: { Service: 'logs.us-east-1.amazonaws.com' },
      Action: USE_SET,
      Resource: '*'
    },
    {
      Sid: 'DenyDeletionExceptAdmins',
      Effect: 'Deny',
      Principal: '*',
      Action: ['kms:ScheduleKeyDeletion', 'kms:DisableKey'],
      Resource: '*',
      Condition: {
        ArnNotLike: { 'aws:PrincipalArn': [`arn:aws:iam::${ACCOUNT}:role/*-admin`, `arn:aws:iam::${ACCOUNT}:root`] }
      }
    },
    {
      Sid: 'DenyLockoutBypass',
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:PutKeyPolicy',
      Resource: '*',
      Condition: { Bool: { 'kms:BypassPolicyLockoutSafetyCheck': 'true' } }
    },
    {
      Sid: 'DenyInsecureTransport',
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:*',
      Resource: '*',
      Condition: { Bool: { 'aws:SecureTransport': 'false' } }
    },
    {
      Sid: 'DenyOtherRegions',
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:*',
      Resource: '*',
      Condition: { StringNotEquals: { 'aws:RequestedRegion': ['us-east-1', 'us-west-2'] } }
    },
    {
      Sid: 'DenyExpiredUsers',
      Effect: 'Deny',
      Principal: { AWS: USERS.slice(3) },
      NotAction: ['kms:Describe*', 'kms:Get*', 'kms:List*'],
      Resource: '*',
      Condition: { DateGreaterThan: { 'aws:CurrentTime': '2026-06-30T00:00:00Z' } }
    },
    {
      Sid: 'ReportsDecryptOnly',
      Effect: 'Deny',
      Principal: { AWS: APPS[2] },
      NotAction: ['kms:Decrypt', 'kms:DescribeKey'],
      Resource: '*'
    },
    {
      Sid: 'OnlySymmetricKeys',
      Effect: 'Deny',
      Principal: '*',
      Action: ['kms:Encrypt', 'kms:Decrypt'],
      Resource: '*',
      Condition: { StringNotEquals: { 'kms:KeySpec': 'SYMMETRIC_DEFAULT' } }
    }
  ]
  if (s.length !== 30) throw new Error(`the benchmark key policy has ${s.length} statements, not 30`)
  return s
}

const KEYS_IN_ACCOUNT = `arn:aws:kms:*:${ACCOUNT}:key/*`
const IDENTITY: Json[][] = [
  [{ Sid: 'Rotation', Effect: 'Allow', Action: ROTATION_ACTIONS, Resource: KEYS_IN_ACCOUNT }],
  [
    {
      Sid: 'UseKeys',
      Effect: 'Allow',
      Action: USE_SET,
      Resource: KEYS_IN_ACCOUNT,
      Condition: { StringEquals: { 'aws:RequestedRegion': 'us-east-1' } }
    }
  ],
  [{ Sid: 'ReadKms', Effect: 'Allow', Action: ['kms:Describe*', 'kms:Get*', 'kms:List*'], Resource: '*' }],
  [
    {
      Sid: 'AdminKms',
      Effect: 'Allow',
      Action: 'kms:*',
      Resource: KEYS_IN_ACCOUNT,
      Condition: { ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/*-admin` } }
    },
    {
      Sid: 'Tagging',
      Effect: 'Allow',
      Action: ['kms:TagResource', 'kms:UntagResource', 'kms:ListResourceTags'],
      Resource: '*'
    }
  ],
  [
    {
      Sid: 'NoDeletion',
      Effect: 'Deny',
      Action: ['kms:ScheduleKeyDeletion', 'kms:DeleteImportedKeyMaterial'],
      Resource: '*',
      Condition: { StringNotLike: { 'aws:PrincipalArn': '*break-glass' } }
    }
  ]
]
const BOUNDARY: Json[] = [
  { Sid: 'KmsAndS3', Effect: 'Allow', Action: ['kms:*', 's3:*'], Resource: '*' },
  {
    Sid: 'NoPolicyChanges',
    Effect: 'Deny',
    Action: 'kms:PutKeyPolicy',
    Resource: '*',
    Condition: { ArnNotLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/*admin` } }
  }
]
const SCP_LEVELS: Json[][][] = [
  [
    [{ Sid: 'FullAWSAccess', Effect: 'Allow', Action: '*', Resource: '*' }],
    [{ Sid: 'ProtectKeyMaterial', Effect: 'Deny', Action: 'kms:DeleteImportedKeyMaterial', Resource: '*' }]
  ],
  [
    [
      { Sid: 'FullAWSAccess', Effect: 'Allow', Action: '*', Resource: '*' },
      {
        Sid: 'RotationOnlyByService',
        Effect: 'Deny',
        Action: 'kms:RotateKeyOnDemand',
        Resource: '*',
        Condition: { ArnNotLike: { 'aws:PrincipalArn': [ROTATION, `arn:aws:iam::${ACCOUNT}:role/*-admin`] } }
      }
    ]
  ]
]

const asPolicy = (Statement: Json[]): Json => ({ Version: '2012-10-17', Statement })
const compile = (kind: PolicyKind, statements: Json[], name: string): ReturnType<typeof policyFromJson> =>
  policyFromJson(asPolicy(statements), { kind, name })

function compileSet(): PolicySet {
  return {
    keyPolicy: compile('key', keyPolicy(), 'key policy'),
    identity: IDENTITY.map((d, i) => compile('identity', d, `identity-${i}`)),
    boundary: compile('boundary', BOUNDARY, 'boundary'),
    scps: SCP_LEVELS.map((level, l) => level.map((d, i) => compile('scp', d, `scp-${l}-${i}`))),
    rcps: []
  }
}

interface Req {
  principal: string
  action: string
}

function requests(n: number): Req[] {
  const out: Req[] = []
  for (let i = 0; out.length < n; i++) {
    for (const principal of PRINCIPALS) {
      for (const action of ACTIONS) {
        if (out.length < n) out.push({ principal, action })
      }
    }
  }
  return out
}

function ours(set: PolicySet, reqs: Req[]): DecisionValue[] {
  return reqs.map(r => decide(buildRequest(r.principal, r.action, KEY, NOW), set).decision)
}

const ORACLE_RESULT: Record<string, DecisionValue> = {
  Allowed: 'allowed',
  ExplicitlyDenied: 'explicit-deny',
  ImplicitlyDenied: 'implicit-deny'
}

async function oracle(reqs: Req[]): Promise<DecisionValue[]> {
  const key = asPolicy(keyPolicy())
  const out: DecisionValue[] = []
  for (const r of reqs) {
    const context: Record<string, string | string[]> = {}
    for (const [k, v] of buildRequest(r.principal, r.action, KEY, NOW).context.values)
      context[k] = k === 'kms:resourcealiases' ? v : v[0]
    const simulation: Simulation = {
      request: {
        principal: r.principal,
        action: r.action,
        resource: { resource: KEY.arn, accountId: ACCOUNT },
        contextVariables: context
      },
      identityPolicies: IDENTITY.map((d, i) => ({ name: `identity-${i}`, policy: asPolicy(d) })),
      permissionBoundaryPolicies: [{ name: 'boundary', policy: asPolicy(BOUNDARY) }],
      serviceControlPolicies: SCP_LEVELS.map((level, l) => ({
        orgIdentifier: `level-${l}`,
        policies: level.map((d, i) => ({ name: `scp-${l}-${i}`, policy: asPolicy(d) }))
      })),
      resourceControlPolicies: [],
      resourcePolicy: key
    }
    const result = await runSimulation(simulation, {})
    if (result.resultType !== 'single')
      throw new Error(`iam-simulate refused ${r.principal} ${r.action}: ${JSON.stringify(result)}`)
    out.push(ORACLE_RESULT[result.overallResult])
  }
  return out
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.()
const rate = (n: number, ms: number): number => Math.round((n / ms) * 1000)

export async function run(): Promise<BenchResult> {
  const n = Number(process.env.BENCH_ENGINE_REQUESTS ?? 20000)
  const oracleN = Math.min(n, Number(process.env.BENCH_ORACLE_REQUESTS ?? 2000))
  const reqs = requests(n)

  gc()
  let t = performance.now()
  const set = compileSet()
  const compileMs = performance.now() - t

  ours(set, reqs.slice(0, 2000)) // warm-up: JIT and the pattern cache
  gc()
  t = performance.now()
  const mine = ours(set, reqs)
  const oursMs = performance.now() - t

  await oracle(reqs.slice(0, 100)) // warm-up: iam-data lookups
  gc()
  t = performance.now()
  const theirs = await oracle(reqs.slice(0, oracleN))
  const oracleMs = performance.now() - t

  const agree = theirs.filter((d, i) => d === mine[i]).length
  const counts: Record<string, number> = {}
  for (const d of mine) counts[d] = (counts[d] ?? 0) + 1
  const oursRate = rate(n, oursMs)
  const oracleRate = rate(oracleN, oracleMs)
  return {
    title: 'policy engine: decisions per second (30-statement key policy, 5 identity policies, boundary, 2 SCP levels)',
    rows: [
      { label: 'compile documents (once)', value: compileMs.toFixed(2), unit: 'ms' },
      { label: `kms-policy-gate engine, ${n} requests`, value: oursRate, unit: 'decisions/s' },
      { label: `iam-simulate runSimulation, ${oracleN} of the same requests`, value: oracleRate, unit: 'decisions/s' },
      { label: 'ratio', value: `${(oursRate / oracleRate).toFixed(1)}x`, unit: '(target ≥ 10x)' },
      { label: 'same decision as iam-simulate', value: `${agree}/${oracleN}` },
      { label: 'our decisions', value: JSON.stringify(counts) }
    ],
    notes: [
      `${PRINCIPALS.length} principals × ${ACTIONS.length} key actions, repeated; set BENCH_ENGINE_REQUESTS / BENCH_ORACLE_REQUESTS to change the counts.`,
      'Our timing includes building each request context; the documents are parsed once.'
    ]
  }
}
