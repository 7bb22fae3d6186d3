/**
 * Bench section `check`: the built CLI (`dist/cli.js`) on a generated repository of 300 keys with 3
 * rotation principals and 2 owners each — offline from a snapshot (wall time, peak memory) and live
 * against the local AWS endpoint of the test suite (wall time, AWS calls per API).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runNode, type Timed } from './bench-spawn.js'
import { fakeStateFromLive, startFakeAws } from '../__tests__/helpers/fake-aws.js'
import type { LiveState } from '../src/state/types.js'

const KEYS = 300
const ROLES = 30
const ACCOUNT = '111122223333'
const CLI = join(process.cwd(), 'dist', 'cli.js')

const role = (i: number): string => `arn:aws:iam::${ACCOUNT}:role/rotation-${i}`
const keyArn = (i: number): string =>
  `arn:aws:kms:us-east-1:${ACCOUNT}:key/${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`

function keyPolicy(i: number, rotation: string[], extra: boolean): unknown {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'Root',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
        Action: 'kms:*',
        Resource: '*'
      },
      {
        Sid: 'Admins',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/kms-admin` },
        Action: ['kms:Describe*', 'kms:Put*', 'kms:Get*', 'kms:List*'],
        Resource: '*'
      },
      {
        Sid: 'Rotation',
        Effect: 'Allow',
        Principal: { AWS: rotation },
        Action: [
          'kms:RotateKeyOnDemand',
          'kms:EnableKeyRotation',
          'kms:GetKeyRotationStatus',
          'kms:ListKeyRotations',
          'kms:DescribeKey'
        ],
        Resource: '*'
      },
      ...(extra
        ? [
            {
              Sid: 'DenyDeleteEverywhere',
              Effect: 'Deny',
              Principal: { AWS: '*' },
              Action: 'kms:ScheduleKeyDeletion',
              Resource: '*',
              Condition: { StringNotEquals: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/kms-admin` } }
            }
          ]
        : [])
    ]
  }
}

function generate(dir: string): LiveState {
  mkdirSync(join(dir, '.github'), { recursive: true })
  mkdirSync(join(dir, 'policies'), { recursive: true })
  const lines = ['version: 1', 'region: us-east-1', 'keys:']
  const state: LiveState = {
    version: 1,
    account: ACCOUNT,
    region: 'us-east-1',
    keys: [],
    principals: [],
    knownPrincipals: []
  }
  for (let i = 0; i < KEYS; i++) {
    const rotation = [role(i % ROLES), role((i + 1) % ROLES), role((i + 2) % ROLES)]
    writeFileSync(join(dir, 'policies', `key-${i}.json`), JSON.stringify(keyPolicy(i, rotation, true), null, 2) + '\n')
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
      policy: keyPolicy(i, rotation, false),
      rotation: { enabled: true, periodDays: 365, history: [{ date: '2026-06-01T00:00:00Z', type: 'AUTOMATIC' }] }
    })
  }
  writeFileSync(join(dir, '.github', 'kms-policy-gate.yml'), lines.join('\n') + '\n')
  for (let r = 0; r < ROLES; r++) {
    state.principals.push({
      arn: role(r),
      policies: [
        {
          name: 'rotation',
          document: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 'kms:*', Resource: `arn:aws:kms:us-east-1:${ACCOUNT}:key/*` }]
          }
        }
      ],
      permissionsBoundary: null
    })
  }
  state.knownPrincipals = [...state.principals.map(p => p.arn), `arn:aws:iam::${ACCOUNT}:role/kms-admin`]
  writeFileSync(join(dir, 'snapshot.json'), JSON.stringify(state, null, 2) + '\n')
  return state
}

function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<Timed> {
  return runNode([CLI, ...args], env)
}

export async function run(): Promise<{
  title: string
  rows: { label: string; value: number | string; unit?: string }[]
  notes: string[]
}> {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run bundle` first')
  const dir = mkdtempSync(join(tmpdir(), 'kpg-bench-'))
  try {
    const state = generate(dir)
    const base = ['check', '--workspace', dir, '--format', 'json', '--now', '2026-11-29T00:00:00Z']
    const env = { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' }
    const offline = await runCli([...base, '--snapshot', join(dir, 'snapshot.json')], env)
    if (offline.code !== 0) throw new Error(`offline check exited ${offline.code}: ${offline.stderr}`)
    const checks = (JSON.parse(offline.stdout) as { checks: unknown[] }).checks.length

    const fake = await startFakeAws(fakeStateFromLive(state, { simulate: () => 'allowed' }))
    let live
    try {
      live = await runCli(base, {
        ...env,
        AWS_ENDPOINT_URL_KMS: fake.url,
        AWS_ENDPOINT_URL_IAM: fake.url,
        AWS_ENDPOINT_URL_ORGANIZATIONS: fake.url,
        AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'bench',
        AWS_REGION: 'us-east-1'
      })
      if (live.code !== 0) throw new Error(`live check exited ${live.code}: ${live.stderr}`)
    } finally {
      await fake.close()
    }
    const perApi = new Map<string, number>()
    const distinct = new Set<string>()
    for (const c of fake.calls) {
      perApi.set(c.api, (perApi.get(c.api) ?? 0) + 1)
      distinct.add(`${c.api} ${JSON.stringify(c.body)}`)
    }
    const rows: { label: string; value: number | string; unit?: string }[] = [
      { label: 'keys / rotation principals per key / owners per key', value: `${KEYS} / 3 / 2` },
      { label: 'checks evaluated (both worlds)', value: checks },
      { label: 'offline wall time', value: Math.round(offline.ms), unit: 'ms' },
      { label: 'offline peak memory (RSS)', value: Math.round(offline.maxRssMb), unit: 'MB' },
      { label: 'live wall time (local endpoint)', value: Math.round(live.ms), unit: 'ms' },
      { label: 'live peak memory (RSS)', value: Math.round(live.maxRssMb), unit: 'MB' },
      { label: 'live AWS calls', value: fake.calls.length },
      { label: 'live AWS calls repeated', value: fake.calls.length - distinct.size }
    ]
    for (const [api, n] of [...perApi].sort()) rows.push({ label: `  ${api}`, value: n })
    return {
      title: `check on ${KEYS} keys (built dist/cli.js)`,
      rows,
      notes: [
        'target: offline under 2 s and 200 MB',
        'live: one SimulatePrincipalPolicy per principal per changed world, covering all its keys'
      ]
    }
  } finally {
    // BENCH_KEEP=1 keeps the generated repository for profiling.
    if (process.env.BENCH_KEEP) console.log(`bench: repository kept in ${dir}`)
    else rmSync(dir, { recursive: true, force: true })
  }
}
