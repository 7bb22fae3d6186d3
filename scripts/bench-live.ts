/**
 * Bench section `live`: AWS requests per API for 300 keys across 3 regions and 2 accounts, read through the
 * real SDK clients against the local AWS endpoint of the test suite. Two ways: two runs of 150 keys each (the
 * matrix recipe in the README: one job per account), and one run of 300 keys that reads the second account through
 * config `accounts:` (createLive as the CLI builds it, AssumeRole included). Every key has one rotation role and the
 * account root as owner; each account sits under its organization's root, whose id, SCPs and RCPs are read as
 * createLive reads them (for the run's own account). Also checks that no request is sent twice.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fakeStateFromLive, startFakeAws } from '../__tests__/helpers/fake-aws.js'
import { runCli } from '../src/cli/run.js'
import { createAwsClients, type AwsClients } from '../src/state/aws/clients.js'
import { CallGate } from '../src/state/aws/limit.js'
import { sdkOrganizations } from '../src/state/aws/organizations.js'
import { AwsStateProvider } from '../src/state/aws/provider.js'
import { AwsIdentityOracle } from '../src/state/aws/simulator.js'
import { createLive } from '../src/state/aws/live.js'
import type { LiveState } from '../src/state/types.js'

const ACCOUNTS = ['111122223333', '444455556666']
const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2']
const KEYS_PER_ACCOUNT = 150

function accountState(account: string): LiveState {
  const role = `arn:aws:iam::${account}:role/kms-rotation-service`
  const keys = Array.from({ length: KEYS_PER_ACCOUNT }, (_, i) => ({
    arn: `arn:aws:kms:${REGIONS[i % REGIONS.length]}:${account}:key/${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`,
    aliases: [`alias/app-${i}`],
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
    keyManager: 'CUSTOMER',
    origin: 'AWS_KMS',
    keyState: 'Enabled',
    multiRegion: false,
    creationDate: '2026-06-01T00:00:00Z',
    policy: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Root',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${account}:root` },
          Action: 'kms:*',
          Resource: '*'
        }
      ]
    },
    rotation: { enabled: true, periodDays: 365, history: [] }
  }))
  return {
    version: 1,
    account,
    region: REGIONS[0],
    keys,
    principals: [
      {
        arn: role,
        id: 'AROAROTATION',
        policies: [
          {
            name: 'rotation',
            document: {
              Version: '2012-10-17',
              Statement: [{ Effect: 'Allow', Action: 'kms:*', Resource: `arn:aws:kms:*:${account}:key/*` }]
            }
          }
        ],
        permissionsBoundary: null
      }
    ],
    knownPrincipals: [role]
  }
}

function config(state: LiveState): string {
  const role = state.principals[0].arn
  return [
    'version: 1',
    `region: ${REGIONS[0]}`,
    'keys:',
    ...state.keys.map(k => `  - key: ${k.arn}\n    rotation:\n      principals: [${role}]`)
  ].join('\n')
}

export async function run(): Promise<{
  title: string
  rows: { label: string; value: number | string; unit?: string }[]
  notes: string[]
}> {
  const totals: Record<string, number> = {}
  const notes: string[] = []
  let repeated = 0
  let wall = 0
  for (const account of ACCOUNTS) {
    const state = accountState(account)
    const allowAll = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }
    const fake = await startFakeAws({
      ...fakeStateFromLive(state, { simulate: () => 'allowed' }),
      // The account directly under the root, with the default policies (FullAWSAccess, RCPFullAWSAccess) attached.
      organization: {
        parents: { [account]: { Id: 'r-ab12', Type: 'ROOT' } },
        scps: { 'r-ab12': [allowAll], [account]: [allowAll] },
        rcps: {
          'r-ab12': [{ ...allowAll, Statement: [{ ...allowAll.Statement[0], Principal: '*' }] }],
          [account]: [{ ...allowAll, Statement: [{ ...allowAll.Statement[0], Principal: '*' }] }]
        }
      }
    })
    const dir = mkdtempSync(join(tmpdir(), 'kms-gate-bench-live-'))
    const open = new Set<AwsClients>()
    try {
      mkdirSync(join(dir, '.github'))
      writeFileSync(join(dir, '.github/kms-policy-gate.yml'), config(state))
      const make = (region: string): AwsClients => {
        const c = createAwsClients({
          region,
          endpoint: fake.url,
          credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret' }
        })
        open.add(c)
        return c
      }
      const live = (region: string) => {
        const c = make(region)
        const regional = new Map<string, AwsClients>()
        const gate = new CallGate(8, { deadlineSeconds: 300 })
        return {
          provider: new AwsStateProvider({
            kms: c.kms,
            iam: c.iam,
            region,
            gate,
            readAliases: true,
            organizations: sdkOrganizations(c.organizations),
            kmsFor: (r: string) => {
              let other = regional.get(r)
              if (!other) regional.set(r, (other = make(r)))
              return other.kms
            }
          }),
          identity: new AwsIdentityOracle({ iam: c.iam, gate }),
          close: () => undefined
        }
      }
      const started = performance.now()
      let stderr = ''
      const code = await runCli(['check', '--workspace', dir, '--format', 'json', '--now', '2026-11-01T00:00:00Z'], {
        stdout: () => undefined,
        stderr: t => (stderr += t),
        cwd: dir,
        env: {},
        live
      })
      wall += performance.now() - started
      if (code !== 0) throw new Error(`live run for ${account} exited ${code}: ${stderr}`)
      const seen = new Set<string>()
      for (const call of fake.calls) {
        const id = `${call.api} ${call.region} ${JSON.stringify(call.body)}`
        if (seen.has(id)) repeated++
        seen.add(id)
        totals[call.api] = (totals[call.api] ?? 0) + 1
      }
    } finally {
      for (const c of open) c.destroy()
      rmSync(dir, { recursive: true, force: true })
      await fake.close()
    }
  }
  const one = await oneRun()
  const all = Object.values(totals).reduce((a, b) => a + b, 0)
  notes.push(
    `${ACCOUNTS.length} accounts × ${KEYS_PER_ACCOUNT} keys over ${REGIONS.join(', ')}, one run per account (one job per account)`,
    `requests sent twice: ${repeated}`
  )
  return {
    title: 'live: AWS requests for 300 keys, 3 regions, 2 accounts',
    rows: [
      ...Object.keys(totals)
        .sort()
        .map(api => ({ label: api, value: totals[api] })),
      { label: 'all requests', value: all },
      { label: 'wall time (both runs)', value: Math.round(wall), unit: 'ms' },
      ...Object.keys(one.totals)
        .sort()
        .map(api => ({ label: `one run, accounts: — ${api}`, value: one.totals[api] })),
      { label: 'one run, accounts: — all requests', value: Object.values(one.totals).reduce((a, b) => a + b, 0) },
      { label: 'one run, accounts: — requests sent twice', value: one.repeated },
      { label: 'one run, accounts: — wall time', value: Math.round(one.wall), unit: 'ms' }
    ],
    notes
  }
}

/** Both accounts in one run: the second is read through `accounts:` (STS AssumeRole), by createLive itself. */
async function oneRun(): Promise<{ totals: Record<string, number>; repeated: number; wall: number }> {
  const [homeAccount, otherAccount] = ACCOUNTS
  const home = accountState(homeAccount)
  const other = accountState(otherAccount)
  const gateRole = `arn:aws:iam::${otherAccount}:role/kms-policy-gate`
  const allowAll = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }
  const otherFake = fakeStateFromLive(other, { simulate: () => 'allowed' })
  otherFake.account = otherAccount
  const fake = await startFakeAws({
    ...fakeStateFromLive(home, { simulate: () => 'allowed' }),
    account: homeAccount,
    otherAccounts: { [otherAccount]: { role: gateRole, state: otherFake } },
    organization: {
      parents: { [homeAccount]: { Id: 'r-ab12', Type: 'ROOT' } },
      scps: { 'r-ab12': [allowAll], [homeAccount]: [allowAll] },
      rcps: {
        'r-ab12': [{ ...allowAll, Statement: [{ ...allowAll.Statement[0], Principal: '*' }] }],
        [homeAccount]: [{ ...allowAll, Statement: [{ ...allowAll.Statement[0], Principal: '*' }] }]
      }
    }
  })
  const dir = mkdtempSync(join(tmpdir(), 'kms-gate-bench-live-'))
  try {
    mkdirSync(join(dir, '.github'))
    const both = { ...home, keys: [...home.keys, ...other.keys] }
    const lines = both.keys.map(
      k =>
        `  - key: ${k.arn}\n    rotation:\n      principals: [arn:aws:iam::${k.arn.split(':')[4]}:role/kms-rotation-service]`
    )
    writeFileSync(
      join(dir, '.github/kms-policy-gate.yml'),
      [
        'version: 1',
        `region: ${REGIONS[0]}`,
        'accounts:',
        `  "${otherAccount}": { role: ${gateRole} }`,
        'keys:',
        ...lines
      ].join('\n')
    )
    const started = performance.now()
    let stderr = ''
    const code = await runCli(['check', '--workspace', dir, '--format', 'json', '--now', '2026-11-01T00:00:00Z'], {
      stdout: () => undefined,
      stderr: t => (stderr += t),
      cwd: dir,
      env: {},
      live: (region, options) =>
        createLive(region, {
          ...options,
          client: { endpoint: fake.url, credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret' } }
        })
    })
    const wall = performance.now() - started
    if (code !== 0) throw new Error(`the run over both accounts exited ${code}: ${stderr}`)
    const totals: Record<string, number> = {}
    const seen = new Set<string>()
    let repeated = 0
    for (const call of fake.calls) {
      const id = `${call.account} ${call.api} ${call.region} ${JSON.stringify(call.body)}`
      if (seen.has(id)) repeated++
      seen.add(id)
      totals[call.api] = (totals[call.api] ?? 0) + 1
    }
    return { totals, repeated, wall }
  } finally {
    rmSync(dir, { recursive: true, force: true })
    await fake.close()
  }
}
