/**
 * Bench section `scale`: offline `check` through the built CLI on generated organisations of 30, 300, 1,000 and
 * 3,000 keys. Each key has a 10–30-statement key policy (proposed and live), 3 rotation principals and 2 owners;
 * 40 operator roles carry identity policies scoped to key ARNs and a boundary; two SCP levels apply. Prints wall
 * time, peak memory and the growth ratios (10x the keys should cost at most 12x the time), and the start-up
 * cost of `--version` against a bare `node -e 0`.
 *
 * SCALE_KEYS=30,300 narrows the sizes; BENCH_KEEP=1 keeps the generated repositories (for profiling).
 */
import { offlineCheckArgs, runNode, type Timed } from './bench-spawn.js'
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const ACCOUNT = '111122223333'
const ROLES = 40
const CLI = join(process.cwd(), 'dist', 'cli.js')
const ROTATION = [
  'kms:RotateKeyOnDemand',
  'kms:EnableKeyRotation',
  'kms:GetKeyRotationStatus',
  'kms:ListKeyRotations',
  'kms:DescribeKey'
]

const role = (i: number): string => `arn:aws:iam::${ACCOUNT}:role/operator-${i % ROLES}`
const keyArn = (i: number): string =>
  `arn:aws:kms:us-east-1:${ACCOUNT}:key/${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`

/** A deterministic pseudo-random number generator, so every run builds the same organisation. */
function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

function keyPolicy(i: number, rotation: string[], rand: () => number): unknown {
  const statements: unknown[] = [
    {
      Sid: 'Root',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
      Action: 'kms:*',
      Resource: '*'
    },
    { Sid: 'Rotation', Effect: 'Allow', Principal: { AWS: rotation }, Action: ROTATION, Resource: '*' },
    {
      Sid: 'Admins',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/kms-admin` },
      Action: ['kms:Describe*', 'kms:Put*', 'kms:Get*', 'kms:List*', 'kms:Enable*', 'kms:Disable*'],
      Resource: '*'
    }
  ]
  const extra = 7 + Math.floor(rand() * 21)
  for (let s = 0; s < extra; s++) {
    const kind = s % 4
    if (kind === 0)
      statements.push({
        Sid: `Use${s}`,
        Effect: 'Allow',
        Principal: { AWS: role(i + s) },
        Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey*'],
        Resource: '*',
        Condition: { StringEquals: { 'kms:ViaService': `s3.us-east-1.amazonaws.com` } }
      })
    else if (kind === 1)
      statements.push({
        Sid: `Grants${s}`,
        Effect: 'Allow',
        Principal: { AWS: role(i + s) },
        Action: ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'],
        Resource: '*',
        Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } }
      })
    else if (kind === 2)
      statements.push({
        Sid: `DenyDelete${s}`,
        Effect: 'Deny',
        Principal: { AWS: '*' },
        Action: ['kms:ScheduleKeyDeletion', 'kms:DisableKey'],
        Resource: '*',
        Condition: { StringNotEquals: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/kms-admin` } }
      })
    else
      statements.push({
        Sid: `Tls${s}`,
        Effect: 'Deny',
        Principal: '*',
        Action: 'kms:*',
        Resource: '*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } }
      })
  }
  return { Version: '2012-10-17', Statement: statements }
}

export function generate(dir: string, keys: number): void {
  const rand = rng(keys)
  mkdirSync(join(dir, '.github'), { recursive: true })
  mkdirSync(join(dir, 'policies'), { recursive: true })
  const lines = ['version: 1', 'region: us-east-1', 'keys:']
  const state = {
    version: 1,
    account: ACCOUNT,
    region: 'us-east-1',
    keys: [] as unknown[],
    principals: [] as unknown[],
    knownPrincipals: [] as string[],
    serviceControlPolicies: [
      [{ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }],
      [
        { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
        {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Deny',
              Action: ['kms:ScheduleKeyDeletion'],
              Resource: '*',
              Condition: { StringNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/kms-admin' } }
            }
          ]
        }
      ]
    ]
  }
  for (let i = 0; i < keys; i++) {
    const rotation = [role(i), role(i + 1), role(i + 2)]
    const policy = keyPolicy(i, rotation, rand)
    writeFileSync(join(dir, 'policies', `key-${i}.json`), JSON.stringify(policy, null, 2) + '\n')
    lines.push(
      `  - name: key-${i}`,
      `    key: ${keyArn(i)}`,
      `    policy: policies/key-${i}.json`,
      `    rotation:`,
      `      principals: [${rotation.join(', ')}]`,
      `    owners: [arn:aws:iam::${ACCOUNT}:root, arn:aws:iam::${ACCOUNT}:role/kms-admin]`
    )
    state.keys.push({
      arn: keyArn(i),
      aliases: [`alias/key-${i}`],
      keySpec: 'SYMMETRIC_DEFAULT',
      keyUsage: 'ENCRYPT_DECRYPT',
      keyManager: 'CUSTOMER',
      origin: 'AWS_KMS',
      keyState: 'Enabled',
      multiRegion: false,
      creationDate: '2025-06-01T00:00:00Z',
      policy,
      rotation: { enabled: true, periodDays: 365, history: [{ date: '2026-06-01T00:00:00Z', type: 'AUTOMATIC' }] }
    })
  }
  writeFileSync(join(dir, '.github', 'kms-policy-gate.yml'), lines.join('\n') + '\n')
  const boundary = {
    arn: `arn:aws:iam::${ACCOUNT}:policy/operator-boundary`,
    document: {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: ['kms:*', 's3:*'], Resource: '*' },
        { Effect: 'Deny', Action: 'kms:ScheduleKeyDeletion', Resource: '*' }
      ]
    }
  }
  for (let r = 0; r < ROLES; r++) {
    // Each operator's identity policy names the key ARNs it rotates, as least-privilege policies do.
    const mine: string[] = []
    for (let i = 0; i < keys; i++) if ([i, i + 1, i + 2].some(x => x % ROLES === r)) mine.push(keyArn(i))
    state.principals.push({
      arn: role(r),
      id: `AROAOPERATOR${String(r).padStart(9, '0')}`,
      policies: [
        {
          name: 'rotation',
          document: {
            Version: '2012-10-17',
            Statement: [
              { Sid: 'Rotate', Effect: 'Allow', Action: ROTATION, Resource: mine },
              { Sid: 'Read', Effect: 'Allow', Action: ['kms:List*', 'kms:Describe*'], Resource: '*' }
            ]
          }
        },
        {
          managed: `arn:aws:iam::${ACCOUNT}:policy/s3-data`,
          document: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::data/*' }]
          }
        }
      ],
      permissionsBoundary: boundary
    })
  }
  state.knownPrincipals = [
    ...Array.from({ length: ROLES }, (_, r) => role(r)),
    `arn:aws:iam::${ACCOUNT}:role/kms-admin`
  ]
  writeFileSync(join(dir, 'snapshot.json'), JSON.stringify(state) + '\n')
}

function spawnTimed(args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<Timed> {
  return runNode(args, { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...extraEnv })
}

/** Median of `n` runs of a command's wall time. */
async function median(n: number, args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < n; i++) {
    const r = await spawnTimed(args, env)
    if (r.code !== 0) throw new Error(`${args.join(' ')} exited ${r.code}: ${r.stderr.slice(0, 300)}`)
    times.push(r.ms)
  }
  return times.sort((a, b) => a - b)[Math.floor(n / 2)]
}

export async function run(): Promise<{
  title: string
  rows: { label: string; value: number | string; unit?: string }[]
  notes: string[]
}> {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run bundle` first')
  const sizes = (process.env.SCALE_KEYS ?? '30,300,1000,3000').split(',').map(Number)
  const rows: { label: string; value: number | string; unit?: string }[] = []
  const times = new Map<number, number>()
  for (const keys of sizes) {
    const dir = mkdtempSync(join(tmpdir(), `kpg-scale-${keys}-`))
    try {
      generate(dir, keys)
      const r = await spawnTimed(offlineCheckArgs(CLI, dir))
      if (r.code !== 0) throw new Error(`check on ${keys} keys exited ${r.code}: ${r.stderr.slice(0, 500)}`)
      const checks = (JSON.parse(r.stdout) as { checks: unknown[] }).checks.length
      times.set(keys, r.ms)
      rows.push({
        label: `${keys} keys, ${checks} checks`,
        value: `${(r.ms / 1000).toFixed(2)} s, ${Math.round(r.maxRssMb)} MB`
      })
    } finally {
      if (process.env.BENCH_KEEP) console.log(`bench: repository kept in ${dir}`)
      else rmSync(dir, { recursive: true, force: true })
    }
  }
  for (const [small, large] of [
    [30, 300],
    [300, 3000]
  ])
    if (times.has(small) && times.has(large))
      rows.push({
        label: `time ratio ${large}/${small} keys (10x the keys)`,
        value: (times.get(large)! / times.get(small)!).toFixed(1)
      })
  const bare = await median(5, ['-e', '0'])
  const version = await median(5, [CLI, '--version'])
  rows.push({ label: 'node -e 0 (median of 5)', value: Math.round(bare), unit: 'ms' })
  rows.push({ label: 'dist/cli.js --version (median of 5)', value: Math.round(version), unit: 'ms' })
  rows.push({ label: 'start-up over bare node', value: Math.round(version - bare), unit: 'ms' })
  // The action on the passing example, offline, with the environment a runner sets.
  const ws = mkdtempSync(join(tmpdir(), 'kpg-action-'))
  try {
    cpSync(join(process.cwd(), 'examples', 'passing'), ws, { recursive: true })
    writeFileSync(join(ws, 'out'), '')
    writeFileSync(join(ws, 'summary'), '')
    const env = {
      GITHUB_WORKSPACE: ws,
      INPUT_SNAPSHOT: 'snapshot.json',
      INPUT_COMMENT: 'never',
      GITHUB_OUTPUT: join(ws, 'out'),
      GITHUB_STEP_SUMMARY: join(ws, 'summary')
    }
    const action = await median(5, [join(process.cwd(), 'dist', 'index.js')], env)
    rows.push({ label: 'dist/index.js, passing example (median of 5)', value: Math.round(action), unit: 'ms' })
    rows.push({ label: 'action over bare node', value: Math.round(action - bare), unit: 'ms' })
  } finally {
    rmSync(ws, { recursive: true, force: true })
  }
  return {
    title: 'scale: offline check through dist/cli.js on generated organisations',
    rows,
    notes: [
      'targets: 300 keys under 1 s and 150 MB; 3,000 keys under 5 s and 500 MB; 10x the keys at most 12x the time',
      'start-up target: --version and the action on a passing repository within 200 ms of a bare node -e 0'
    ]
  }
}
