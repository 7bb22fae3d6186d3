/**
 * Several accounts in one run (config `accounts:`): keys and principals of another account are read with the
 * credentials of a role assumed there (STS AssumeRole from the run's own credentials), and its principals are
 * simulated by its own IAM. The fake endpoint answers a request from the account whose credentials signed it,
 * so a request sent with the wrong account's credentials finds nothing, as on AWS.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLive } from '../../../src/state/aws/live.js'
import type { LiveState } from '../../../src/state/types.js'
import {
  cli,
  checkArgs,
  DUMMY_CREDENTIALS,
  fastRetry,
  identitySimulator,
  NOW,
  tempDir
} from '../../helpers/live-harness.js'
import { fakeStateFromLive, startFakeAws, type FakeAws } from '../../helpers/fake-aws.js'

const HOME = '111122223333'
const OTHER = '444455556666'
const GATE_ROLE = `arn:aws:iam::${OTHER}:role/ci/kms-policy-gate`
const HOME_KEY = `arn:aws:kms:us-east-1:${HOME}:key/11111111-1111-4111-8111-111111111111`
const OTHER_KEY = `arn:aws:kms:eu-west-1:${OTHER}:key/44444444-4444-4444-8444-444444444444`
const HOME_ROTATOR = `arn:aws:iam::${HOME}:role/rotator`
const OTHER_ROTATOR = `arn:aws:iam::${OTHER}:role/ops/rotator`
const ROTATION = [
  'kms:RotateKeyOnDemand',
  'kms:EnableKeyRotation',
  'kms:GetKeyRotationStatus',
  'kms:ListKeyRotations',
  'kms:DescribeKey'
]

const keyPolicy = (account: string, rotator: string): Record<string, unknown> => ({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'Root',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${account}:root` },
      Action: 'kms:*',
      Resource: '*'
    },
    { Sid: 'Rotation', Effect: 'Allow', Principal: { AWS: rotator }, Action: ROTATION, Resource: '*' }
  ]
})

const principal = (arn: string, id: string): LiveState['principals'][number] => ({
  arn,
  id,
  policies: [
    {
      name: 'rotate',
      document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ROTATION, Resource: '*' }] }
    }
  ],
  permissionsBoundary: null
})

const key = (arn: string, policy: Record<string, unknown>): LiveState['keys'][number] => ({
  arn,
  aliases: [],
  keySpec: 'SYMMETRIC_DEFAULT',
  keyUsage: 'ENCRYPT_DECRYPT',
  keyManager: 'CUSTOMER',
  origin: 'AWS_KMS',
  keyState: 'Enabled',
  multiRegion: false,
  creationDate: '2025-01-01T00:00:00Z',
  policy,
  rotation: { enabled: true, periodDays: 365, history: [] }
})

const homeState: LiveState = {
  version: 1,
  account: HOME,
  region: 'us-east-1',
  keys: [key(HOME_KEY, keyPolicy(HOME, HOME_ROTATOR))],
  principals: [principal(HOME_ROTATOR, 'AROAHOMEROTATOR')],
  knownPrincipals: [HOME_ROTATOR]
}
const otherState: LiveState = {
  version: 1,
  account: OTHER,
  region: 'eu-west-1',
  keys: [key(OTHER_KEY, keyPolicy(OTHER, OTHER_ROTATOR))],
  principals: [principal(OTHER_ROTATOR, 'AROAOTHERROTATOR')],
  knownPrincipals: [OTHER_ROTATOR, GATE_ROLE]
}

async function startAccounts(role = GATE_ROLE, externalId?: string): Promise<FakeAws> {
  const home = fakeStateFromLive(homeState, { simulate: identitySimulator(homeState) })
  const other = fakeStateFromLive(otherState, { simulate: identitySimulator(otherState) })
  other.account = OTHER
  home.account = HOME
  home.otherAccounts = { [OTHER]: { role, ...(externalId ? { externalId } : {}), state: other } }
  return startFakeAws(home)
}

function repo(accounts: string, otherPolicy: unknown = keyPolicy(OTHER, OTHER_ROTATOR)): ReturnType<typeof tempDir> {
  const t = tempDir()
  mkdirSync(join(t.dir, '.github'))
  mkdirSync(join(t.dir, 'policies'))
  writeFileSync(join(t.dir, 'policies', 'home.json'), JSON.stringify(keyPolicy(HOME, HOME_ROTATOR), null, 2))
  writeFileSync(join(t.dir, 'policies', 'other.json'), JSON.stringify(otherPolicy, null, 2))
  writeFileSync(
    join(t.dir, '.github', 'kms-policy-gate.yml'),
    [
      'version: 1',
      'region: us-east-1',
      'keys:',
      `  - key: ${HOME_KEY}`,
      '    policy: policies/home.json',
      `    rotation: { principals: ["${HOME_ROTATOR}"] }`,
      `  - key: ${OTHER_KEY}`,
      '    policy: policies/other.json',
      `    rotation: { principals: ["${OTHER_ROTATOR}"] }`,
      accounts
    ].join('\n') + '\n'
  )
  return t
}

const ACCOUNTS = `accounts:\n  "${OTHER}":\n    role: ${GATE_ROLE}\n`

function liveFor(fake: FakeAws): Parameters<typeof cli>[2] {
  return (region, options) =>
    createLive(region, {
      ...options,
      client: { endpoint: fake.url, credentials: DUMMY_CREDENTIALS, retryStrategy: fastRetry(2) },
      now: () => new Date(NOW)
    })
}

/** The other account's key policy with a Deny of on-demand rotation to its rotation role (the role loses it). */
const OTHER_WITHOUT_ROTATION = {
  Version: '2012-10-17',
  Statement: [
    ...(keyPolicy(OTHER, OTHER_ROTATOR) as { Statement: unknown[] }).Statement,
    {
      Sid: 'NoOnDemand',
      Effect: 'Deny',
      Principal: { AWS: OTHER_ROTATOR },
      Action: 'kms:RotateKeyOnDemand',
      Resource: '*'
    }
  ]
}

describe('several accounts in one run (config accounts:)', () => {
  it('reads the other account through its role: keys in their region, principals and the simulator there', async () => {
    const fake = await startAccounts()
    const t = repo(ACCOUNTS)
    try {
      const run = await cli(checkArgs(t.dir), t.dir, liveFor(fake))
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      const report = JSON.parse(run.stdout) as { checks: { key: string; principal: string; after: string }[] }
      const other = report.checks.filter(c => c.key === OTHER_KEY && c.principal === OTHER_ROTATOR)
      expect(other.map(c => [c.principal, c.after])).toEqual(ROTATION.map(() => [OTHER_ROTATOR, 'allowed']))

      // One AssumeRole, with the run's own credentials; every read of the other account signed by it.
      const assume = fake.calls.filter(c => c.api === 'sts:AssumeRole')
      expect(assume).toHaveLength(1)
      expect(assume[0]).toMatchObject({
        account: HOME,
        body: { RoleArn: GATE_ROLE, RoleSessionName: 'kms-policy-gate' }
      })
      const aboutOther = fake.calls.filter(c => JSON.stringify(c.body).includes(OTHER))
      expect(aboutOther.length).toBeGreaterThan(0)
      for (const c of aboutOther.filter(c => c.api !== 'sts:AssumeRole')) expect(c.account).toBe(OTHER)
      // The key is read in its own region; its rotation role is simulated by its own account's IAM.
      expect(fake.calls.filter(c => c.api === 'kms:GetKeyPolicy' && c.account === OTHER).map(c => c.region)).toEqual([
        'eu-west-1'
      ])
      expect(
        fake.calls.filter(c => c.api === 'iam:SimulatePrincipalPolicy' && c.body.PolicySourceArn === OTHER_ROTATOR)
      ).not.toHaveLength(0)
      expect(
        fake.calls
          .filter(c => c.api === 'iam:SimulatePrincipalPolicy')
          .every(c => c.account === String(c.body.PolicySourceArn).split(':')[4])
      ).toBe(true)
      // Both accounts' role lists are read (existence checks), each with its own credentials.
      expect(
        fake.calls
          .filter(c => c.api === 'iam:ListRoles')
          .map(c => c.account)
          .sort()
      ).toEqual([HOME, OTHER])
    } finally {
      t.remove()
      await fake.close()
    }
  })

  it('blocks a change that takes rotation from the other account’s role, at the line of the policy', async () => {
    const fake = await startAccounts()
    const t = repo(ACCOUNTS, OTHER_WITHOUT_ROTATION)
    try {
      const run = await cli(checkArgs(t.dir), t.dir, liveFor(fake))
      expect(run.code).toBe(1)
      const report = JSON.parse(run.stdout) as {
        findings: { rule: string; key?: string; file?: string; startLine?: number; endLine?: number }[]
      }
      const lost = report.findings.filter(f => f.rule === 'rotation-access-lost')
      expect(lost.length).toBeGreaterThan(0)
      // The Deny statement: from its `{` (the line before its Sid) to its `}` (Principal takes three lines).
      const text = readFileSync(join(t.dir, 'policies', 'other.json'), 'utf8').split('\n')
      const sid = text.findIndex(l => l.includes('"NoOnDemand"')) + 1
      expect(lost).toEqual([
        expect.objectContaining({ key: OTHER_KEY, file: 'policies/other.json', startLine: sid - 1, endLine: sid + 7 })
      ])
    } finally {
      t.remove()
      await fake.close()
    }
  })

  it('checks that principals of the other account exist (principal-not-found at the policy line)', async () => {
    const fake = await startAccounts()
    const ghost = `arn:aws:iam::${OTHER}:role/ghost`
    const policy = keyPolicy(OTHER, OTHER_ROTATOR) as { Statement: unknown[] }
    policy.Statement.push({
      Sid: 'Ghost',
      Effect: 'Allow',
      Principal: { AWS: ghost },
      Action: 'kms:Decrypt',
      Resource: '*'
    })
    const t = repo(ACCOUNTS, policy)
    try {
      const run = await cli(checkArgs(t.dir), t.dir, liveFor(fake))
      expect(run.code).toBe(1)
      const text = readFileSync(join(t.dir, 'policies', 'other.json'), 'utf8').split('\n')
      const line = text.findIndex(l => l.includes(ghost)) + 1
      const report = JSON.parse(run.stdout) as {
        findings: { rule: string; principal?: string; file?: string; startLine?: number; message: string }[]
      }
      expect(report.findings.filter(f => f.rule === 'principal-not-found')).toEqual([
        expect.objectContaining({ principal: ghost, file: 'policies/other.json', startLine: line })
      ])
    } finally {
      t.remove()
      await fake.close()
    }
  })

  it('without accounts: the other account’s key is not readable with the run’s own credentials (exit 2, named)', async () => {
    const fake = await startAccounts()
    const t = repo('')
    try {
      const run = await cli(checkArgs(t.dir), t.dir, liveFor(fake))
      expect(run.code).toBe(2)
      expect(run.stderr).toContain(OTHER_KEY)
      expect(fake.calls.some(c => c.api === 'sts:AssumeRole')).toBe(false)
    } finally {
      t.remove()
      await fake.close()
    }
  })

  it('listing the account of the run’s own credentials under accounts: is an error naming it', async () => {
    const homeRole = `arn:aws:iam::${HOME}:role/kms-policy-gate`
    // The home account's role is assumable too, so that the run gets as far as comparing the accounts.
    const home = fakeStateFromLive(homeState, { simulate: identitySimulator(homeState) })
    home.account = HOME
    const fake = await startFakeAws({ ...home, otherAccounts: { [HOME]: { role: homeRole, state: home } } })
    const t = tempDir()
    mkdirSync(join(t.dir, '.github'))
    writeFileSync(
      join(t.dir, '.github', 'kms-policy-gate.yml'),
      `version: 1\nregion: us-east-1\nkeys:\n  - key: ${HOME_KEY}\n    rotation: { principals: ["${HOME_ROTATOR}"] }\n` +
        `accounts:\n  "${HOME}":\n    role: ${homeRole}\n`
    )
    try {
      const run = await cli(checkArgs(t.dir), t.dir, liveFor(fake))
      expect(run.code).toBe(2)
      expect(run.stderr).toContain(
        `accounts: lists ${HOME}, the account the run's own credentials read; remove it from accounts:`
      )
    } finally {
      t.remove()
      await fake.close()
    }
  })

  it('a role that cannot be assumed stops the run naming sts:AssumeRole and the role', async () => {
    const fake = await startAccounts(GATE_ROLE, 'expected-external-id')
    const t = repo(ACCOUNTS)
    try {
      const run = await cli(checkArgs(t.dir), t.dir, liveFor(fake))
      expect(run.code).toBe(2)
      expect(run.stderr).toContain(`AWS sts:AssumeRole on ${GATE_ROLE} failed: AccessDenied`)
      // With the external id the trust policy requires, the same run passes.
      const fixed = repo(`${ACCOUNTS}    external-id: expected-external-id\n`)
      try {
        expect((await cli(checkArgs(fixed.dir), fixed.dir, liveFor(fake))).code).toBe(0)
      } finally {
        fixed.remove()
      }
    } finally {
      t.remove()
      await fake.close()
    }
  })

  it('snapshot writes the other account; offline on that snapshot reports what live reports', async () => {
    const fake = await startAccounts()
    const t = repo(ACCOUNTS, OTHER_WITHOUT_ROTATION)
    try {
      const snap = await cli(
        ['snapshot', '--workspace', t.dir, '--config', '.github/kms-policy-gate.yml', '--out', 'snapshot.json'],
        t.dir,
        liveFor(fake)
      )
      expect(snap.stderr).toBe('')
      expect(snap.code).toBe(0)
      const state = JSON.parse(readFileSync(join(t.dir, 'snapshot.json'), 'utf8')) as LiveState
      expect(state.account).toBe(HOME)
      expect(state.otherAccounts).toEqual([OTHER])
      expect(state.keys.map(k => k.arn).sort()).toEqual([HOME_KEY, OTHER_KEY].sort())
      expect(state.knownPrincipals).toEqual(expect.arrayContaining([OTHER_ROTATOR, HOME_ROTATOR]))
      const live = await cli(checkArgs(t.dir), t.dir, liveFor(fake))
      const offline = await cli(checkArgs(t.dir, ['--snapshot', 'snapshot.json']), t.dir)
      expect(offline.code).toBe(live.code)
      const strip = (stdout: string): unknown => {
        const r = JSON.parse(stdout) as Record<string, unknown>
        delete r.mode
        return r
      }
      expect(strip(offline.stdout)).toEqual(strip(live.stdout))
    } finally {
      t.remove()
      await fake.close()
    }
  })
})
