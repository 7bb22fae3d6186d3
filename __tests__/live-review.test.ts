/**
 * Live mode against the real API contracts: one case per finding of the live-mode review, each run through
 * the CLI with the real SDK clients against the strict fake endpoint (regional KMS, exact ARNs, no simulation
 * of other accounts, typed context entries, the simulator's MissingContextValues) and, where both modes can
 * decide, compared with offline mode on the same state.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { CallGate } from '../src/state/aws/limit.js'
import { createAwsClients } from '../src/state/aws/clients.js'
import { AwsStateProvider } from '../src/state/aws/provider.js'
import type { LiveState } from '../src/state/types.js'
import { fakeStateFromLive, startFakeAws, type FakeAws, type FakeAwsState, type FaultPlan } from './helpers/fake-aws.js'
import { copyFixture, fixtureSnapshot } from './helpers/repos.js'
import {
  checkArgs,
  cli,
  DUMMY_CREDENTIALS,
  fastRetry,
  identitySimulator,
  liveAgainst,
  offline,
  ROOT_DIR,
  startAccount,
  tempDir,
  withoutMode,
  type CliRun
} from './helpers/live-harness.js'

const ACCOUNT = '111122223333'
const OTHER = '444455556666'
const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab'
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/${KEY_ID}`
const ROLE = `arn:aws:iam::${ACCOUNT}:role/kms-rotation-service`
const ROTATION = [
  'kms:RotateKeyOnDemand',
  'kms:EnableKeyRotation',
  'kms:GetKeyRotationStatus',
  'kms:ListKeyRotations',
  'kms:DescribeKey'
]
const ROOT_ONLY = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'Root', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' }
  ]
}

function key(
  arn = KEY,
  policy: Record<string, unknown> = ROOT_ONLY,
  aliases: string[] = []
): LiveState['keys'][number] {
  return {
    arn,
    aliases,
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
    keyManager: 'CUSTOMER',
    origin: 'AWS_KMS',
    keyState: 'Enabled',
    multiRegion: false,
    creationDate: '2026-06-01T00:00:00Z',
    policy,
    rotation: { enabled: true, periodDays: 365, history: [] }
  }
}

function account(inline: unknown, extra: Partial<LiveState> = {}): LiveState {
  return {
    version: 1,
    account: ACCOUNT,
    region: 'us-east-1',
    keys: [key()],
    principals: [
      { arn: ROLE, id: 'AROAROTATION', policies: [{ name: 'rotation', document: inline }], permissionsBoundary: null }
    ],
    knownPrincipals: [ROLE],
    ...extra
  }
}

function allow(condition?: unknown, actions: string[] = ROTATION): Record<string, unknown> {
  return {
    Sid: 'AllowRotation',
    Effect: 'Allow',
    Action: actions,
    Resource: KEY,
    ...(condition ? { Condition: condition } : {})
  }
}

function doc(...statements: unknown[]): Record<string, unknown> {
  return { Version: '2012-10-17', Statement: statements }
}

const CONFIG = (extra = '', keyRef = KEY, principals = [ROLE], proposed = true): string =>
  [
    'version: 1',
    'region: us-east-1',
    'keys:',
    '  - name: app-data',
    `    key: ${keyRef}`,
    '    rotation:',
    `      principals: [${principals.join(', ')}]`,
    ...(proposed
      ? [
          'principals:',
          `  - arn: ${ROLE}`,
          '    policies:',
          '      - file: iam/rotation.json',
          '        name: rotation'
        ]
      : []),
    extra
  ].join('\n') + '\n'

const dirs: (() => void)[] = []
const fakes: FakeAws[] = []
afterEach(async () => {
  for (const f of fakes.splice(0)) await f.close()
  for (const remove of dirs.splice(0)) remove()
})

function workspace(files: Record<string, unknown>): string {
  const { dir, remove } = tempDir()
  dirs.push(remove)
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), typeof content === 'string' ? content : JSON.stringify(content, null, 2))
  }
  return dir
}

async function live(dir: string, fake: FakeAws, extra: string[] = [], options = {}): Promise<CliRun> {
  const builder = liveAgainst(fake, options)
  const run = await cli(checkArgs(dir, extra), dir, builder.live)
  expect(builder.open()).toBe(0)
  return run
}

async function served(state: LiveState, faults: FaultPlan = {}): Promise<FakeAws> {
  const fake = await startAccount(state, faults)
  fakes.push(fake)
  return fake
}

interface Report {
  findings: { rule: string; severity: string; message: string }[]
  checks: { key: string; principal: string; action: string; purpose: string; before: string | null; after: string }[]
}
const parse = (run: CliRun): Report => JSON.parse(run.stdout) as Report
const rotationChecks = (run: CliRun): Report['checks'] => parse(run).checks.filter(c => c.purpose === 'rotation')

/** Live and offline on the same state, same repository: the reports must agree (except `mode`). */
async function bothModes(
  state: LiveState,
  files: Record<string, unknown>
): Promise<{ on: CliRun; off: CliRun; fake: FakeAws }> {
  const dir = workspace({ ...files, 'snapshot.json': state })
  const off = await offline(dir)
  const fake = await served(state)
  const on = await live(dir, fake)
  expect(on.stderr).toBe('')
  expect(withoutMode(on.stdout)).toEqual(withoutMode(off.stdout))
  expect(on.code).toBe(off.code)
  return { on, off, fake }
}

describe('1. the simulator gets every condition value the engine knows', () => {
  test('conditions on aws:SecureTransport, aws:RequestedRegion and aws:PrincipalArn decide as offline', async () => {
    const inline = doc(
      allow({
        Bool: { 'aws:SecureTransport': 'true' },
        StringEquals: { 'aws:RequestedRegion': 'us-east-1', 'aws:PrincipalArn': ROLE }
      })
    )
    const { on, fake } = await bothModes(account(inline), {
      '.github/kms-policy-gate.yml': CONFIG(),
      'iam/rotation.json': inline
    })
    expect(on.code).toBe(0)
    expect(rotationChecks(on).map(c => c.before)).toEqual(ROTATION.map(() => 'allowed'))
    const sent = fake.calls.find(c => c.api === 'iam:SimulatePrincipalPolicy')?.body.ContextEntries as {
      ContextKeyName: string
      ContextKeyType: string
      ContextKeyValues: string[]
    }[]
    expect(sent).toEqual(
      expect.arrayContaining([
        { ContextKeyName: 'aws:securetransport', ContextKeyType: 'boolean', ContextKeyValues: ['true'] },
        { ContextKeyName: 'aws:requestedregion', ContextKeyType: 'string', ContextKeyValues: ['us-east-1'] },
        { ContextKeyName: 'aws:principalarn', ContextKeyType: 'string', ContextKeyValues: [ROLE] },
        { ContextKeyName: 'aws:epochtime', ContextKeyType: 'numeric', ContextKeyValues: ['1793491200'] }
      ])
    )
  })
})

describe('2. a missing context value never counts as allowed', () => {
  test('a PR that strips the Allow and keeps a SecureTransport guardrail is blocked live, as offline', async () => {
    const guard = {
      Sid: 'TlsOnly',
      Effect: 'Deny',
      Action: '*',
      Resource: '*',
      Condition: { Bool: { 'aws:SecureTransport': 'false' } }
    }
    const { on } = await bothModes(account(doc(allow(), guard)), {
      '.github/kms-policy-gate.yml': CONFIG(),
      'iam/rotation.json': doc(guard)
    })
    expect(on.code).toBe(1)
    expect(parse(on).findings.filter(f => f.rule === 'rotation-access-lost')).toHaveLength(5)
  })

  test('a Deny on a truly unknown key leaves "before" open, and the stripped Allow is an error, not a pass', async () => {
    const guard = {
      Sid: 'NoBadVpc',
      Effect: 'Deny',
      Action: '*',
      Resource: '*',
      Condition: { StringEquals: { 'aws:SourceVpc': 'vpc-bad' } }
    }
    // Live only: the simulator answers the after world "implicitDeny", which no value of aws:SourceVpc can turn
    // into an allow (the key is only in a Deny), so "after" is a deny for sure.
    const dir = workspace({ '.github/kms-policy-gate.yml': CONFIG(), 'iam/rotation.json': doc(guard) })
    const on = await live(dir, await served(account(doc(allow(), guard))))
    expect(on.stderr).toBe('')
    expect(on.code).toBe(1)
    const report = parse(on)
    expect(rotationChecks(on).map(c => [c.before, c.after])).toEqual(
      ROTATION.map(() => ['inconclusive', 'implicit-deny'])
    )
    expect(report.findings.filter(f => f.rule === 'evaluation-inconclusive' && f.severity === 'error')).toHaveLength(5)
  })

  test('a key the engine knows to be absent (kms:ViaService on a direct call) settles the answer, as offline', async () => {
    const viaService = {
      Sid: 'NotThroughServices',
      Effect: 'Deny',
      Action: 'kms:*',
      Resource: '*',
      Condition: { StringLike: { 'kms:ViaService': '*.amazonaws.com' } }
    }
    const inline = doc(allow(), viaService)
    const { on, fake } = await bothModes(account(inline), {
      '.github/kms-policy-gate.yml': CONFIG(),
      'iam/rotation.json': inline
    })
    expect(rotationChecks(on).map(c => c.before)).toEqual(ROTATION.map(() => 'allowed'))
    // The simulator did report it missing: the gate knows it is absent, so the answer stands.
    const sent = fake.calls.find(c => c.api === 'iam:SimulatePrincipalPolicy')?.body.ContextEntries as {
      ContextKeyName: string
    }[]
    expect(sent.some(e => e.ContextKeyName === 'kms:viaservice')).toBe(false)
  })

  test('an Allow on an unknown key leaves a deny open (inconclusive), as offline', async () => {
    const inline = doc(allow({ StringEquals: { 'aws:SourceVpc': 'vpc-1' } }))
    const { on } = await bothModes(account(inline), {
      '.github/kms-policy-gate.yml': CONFIG(),
      'iam/rotation.json': inline
    })
    expect(rotationChecks(on).map(c => c.before)).toEqual(ROTATION.map(() => 'inconclusive'))
  })
})

describe('3. principals of other accounts are never sent to this account’s simulator', () => {
  test('their identity side is unknown and the report says so', async () => {
    const ext = `arn:aws:iam::${OTHER}:role/partner-rotation`
    const policy = doc(ROOT_ONLY.Statement[0], {
      Sid: 'Partner',
      Effect: 'Allow',
      Principal: { AWS: ext },
      Action: 'kms:DescribeKey',
      Resource: '*'
    })
    const state = account(doc(allow()), { keys: [key(KEY, policy)] })
    const dir = workspace({
      '.github/kms-policy-gate.yml': CONFIG('', KEY, [ext], false).replace(
        '    rotation:\n',
        '    rotation:\n      actions: [kms:DescribeKey]\n'
      )
    })
    const fake = await served(state)
    const on = await live(dir, fake)
    expect(on.stderr).toBe('')
    expect(fake.calls.filter(c => c.api === 'iam:SimulatePrincipalPolicy' && c.body.PolicySourceArn === ext)).toEqual(
      []
    )
    const report = parse(on)
    expect(report.checks.filter(c => c.principal === ext)).toEqual([
      expect.objectContaining({ principal: ext, before: 'inconclusive', after: 'inconclusive' })
    ])
    expect(report.findings.find(f => f.rule === 'evaluation-inconclusive')?.message).toContain(
      `the identity policies of ${ext}`
    )
  })
})

describe('4. keys are read in the region of their ARN', () => {
  test('a key and an alias ARN of other regions are read with those regions’ clients', async () => {
    const west = `arn:aws:kms:us-west-2:${ACCOUNT}:key/${KEY_ID}`
    const euKey = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/aaaaaaaa-12ab-34cd-56ef-1234567890ab`
    const inline = doc(allow(undefined, ROTATION), { ...allow(), Sid: 'All', Resource: '*' })
    const state = account(inline, { keys: [key(west), key(euKey, ROOT_ONLY, ['alias/eu-data'])] })
    const config = CONFIG('', west).replace(
      'principals:\n  - arn',
      `  - name: eu-data\n    key: arn:aws:kms:eu-west-1:${ACCOUNT}:alias/eu-data\n    rotation:\n      principals: [${ROLE}]\nprincipals:\n  - arn`
    )
    const { on, fake } = await bothModes(state, { '.github/kms-policy-gate.yml': config, 'iam/rotation.json': inline })
    expect(on.code).toBe(0)
    expect(rotationChecks(on).filter(c => c.before === 'allowed')).toHaveLength(10)
    const policyReads = fake.calls.filter(c => c.api === 'kms:GetKeyPolicy').map(c => [c.body.KeyId, c.region])
    expect(policyReads.sort()).toEqual([
      [euKey, 'eu-west-1'],
      [west, 'us-west-2']
    ])
    expect(
      fake.calls
        .filter(c => c.api === 'kms:ListAliases')
        .map(c => c.region)
        .sort()
    ).toEqual(['eu-west-1', 'us-east-1', 'us-west-2'])
  })
})

describe('7. a multi-Region replica is rotated through its primary', () => {
  test('the rotation writes are checked against the primary key’s policy, read in its region', async () => {
    const primaryArn = `arn:aws:kms:us-east-1:${ACCOUNT}:key/mrk-0123456789abcdef0123456789abcdef`
    const replicaArn = `arn:aws:kms:us-west-2:${ACCOUNT}:key/mrk-0123456789abcdef0123456789abcdef`
    const denyOnDemand = {
      Sid: 'NoOnDemand',
      Effect: 'Deny',
      Principal: { AWS: ROLE },
      Action: 'kms:RotateKeyOnDemand',
      Resource: '*'
    }
    const primary = {
      ...key(primaryArn, doc(ROOT_ONLY.Statement[0], denyOnDemand)),
      multiRegion: true,
      multiRegionKeyType: 'PRIMARY' as const
    }
    const replica = {
      ...key(replicaArn),
      multiRegion: true,
      multiRegionKeyType: 'REPLICA' as const,
      primaryKeyArn: primaryArn
    }
    const inline = doc({ ...allow(), Resource: '*' })
    const { on, fake } = await bothModes(account(inline, { keys: [primary, replica] }), {
      '.github/kms-policy-gate.yml': CONFIG('', replicaArn),
      'iam/rotation.json': inline
    })
    expect(on.code).toBe(0)
    const rows = rotationChecks(on).map(c => [c.action, c.key, c.before])
    expect(rows).toEqual([
      ['kms:RotateKeyOnDemand', primaryArn, 'explicit-deny'],
      ['kms:EnableKeyRotation', primaryArn, 'allowed'],
      ['kms:GetKeyRotationStatus', replicaArn, 'allowed'],
      ['kms:ListKeyRotations', replicaArn, 'allowed'],
      ['kms:DescribeKey', replicaArn, 'allowed']
    ])
    expect(parse(on).findings.map(f => f.message)).toContainEqual(
      expect.stringContaining(`is a multi-Region replica of ${primaryArn}`)
    )
    expect(
      fake.calls
        .filter(c => c.api === 'kms:GetKeyPolicy')
        .map(c => [c.body.KeyId, c.region])
        .sort()
    ).toEqual([
      [primaryArn, 'us-east-1'],
      [replicaArn, 'us-west-2']
    ])
    // The identity side of the rotation writes is the simulator's, asked about the key they are decided on (the
    // primary). Asked only about the replica, as before, no answer matched the primary and the identity side of
    // these checks was decided locally. (Actions and keys of one context go in one call, as their cross product.)
    const simulated = fake.calls
      .filter(c => c.api === 'iam:SimulatePrincipalPolicy')
      .flatMap(c =>
        (c.body.ActionNames as string[]).flatMap(a => (c.body.ResourceArns as string[]).map(r => `${a} ${r}`))
      )
    expect(simulated).toEqual(
      expect.arrayContaining([`kms:RotateKeyOnDemand ${primaryArn}`, `kms:EnableKeyRotation ${primaryArn}`])
    )
  })
})

describe('a managed policy that is the role’s permissions boundary, edited by the change', () => {
  // IAM User Guide, permissions boundaries: the boundary is a managed policy; its new version is the boundary.
  // The simulator gets the edited document as PermissionsBoundaryPolicyInputList, which replaces the attached one.
  test('is the boundary in the after world, live as offline, and the simulator is told so', async () => {
    const BOUNDARY = `arn:aws:iam::${ACCOUNT}:policy/rotation-boundary`
    const inline = doc(allow())
    const state = account(inline)
    state.principals[0].permissionsBoundary = {
      arn: BOUNDARY,
      document: doc({ Effect: 'Allow', Action: 'kms:*', Resource: '*' })
    }
    const narrowed = doc({
      Effect: 'Allow',
      Action: ['kms:DescribeKey', 'kms:GetKeyRotationStatus', 'kms:ListKeyRotations'],
      Resource: '*'
    })
    const config = [
      'version: 1',
      'region: us-east-1',
      'keys:',
      '  - name: app-data',
      `    key: ${KEY}`,
      '    rotation:',
      `      principals: [${ROLE}]`,
      'principals:',
      `  - arn: ${ROLE}`,
      '    policies:',
      '      - file: iam/boundary.json',
      `        managed: ${BOUNDARY}`,
      ''
    ].join('\n')
    const { on, fake } = await bothModes(state, {
      '.github/kms-policy-gate.yml': config,
      'iam/boundary.json': narrowed
    })
    expect(on.code).toBe(1)
    expect(
      rotationChecks(on)
        .filter(c => c.after !== 'allowed')
        .map(c => c.action)
    ).toEqual(['kms:RotateKeyOnDemand', 'kms:EnableKeyRotation'])
    const boundaries = fake.calls
      .filter(c => c.api === 'iam:SimulatePrincipalPolicy')
      .map(c => c.body.PermissionsBoundaryPolicyInputList as string[] | undefined)
      .filter(b => b !== undefined)
    expect(boundaries.length).toBeGreaterThan(0)
    expect(boundaries.every(b => JSON.parse(b[0]).Statement[0].Action.includes('kms:DescribeKey'))).toBe(true)
  })
})

describe('8. imported key material rotates on demand', () => {
  // KMS Developer Guide, importing-keys-import-key-material ("Symmetric encryption keys with EXTERNAL origin support
  // on-demand rotation"); KMS API reference, ImportKeyMaterial: multi-Region ones too, rotated on the primary.
  test.each([
    ['single-Region', {}],
    ['multi-Region primary', { multiRegion: true, multiRegionKeyType: 'PRIMARY' as const }]
  ])(
    'a PR that removes kms:RotateKeyOnDemand on a %s imported-material key is blocked, live as offline',
    async (_name, extra) => {
      const imported = { ...key(), ...extra, origin: 'EXTERNAL', rotation: { enabled: false, history: [] } }
      const onDemand = ROTATION.filter(a => a !== 'kms:EnableKeyRotation')
      const { on } = await bothModes(account(doc(allow()), { keys: [imported] }), {
        '.github/kms-policy-gate.yml': CONFIG(),
        'iam/rotation.json': doc(
          allow(
            undefined,
            onDemand.filter(a => a !== 'kms:RotateKeyOnDemand')
          )
        )
      })
      expect(on.code).toBe(1)
      expect(parse(on).findings.map(f => f.rule)).toEqual(['rotation-unsupported', 'rotation-access-lost'])
      expect(rotationChecks(on).map(c => c.action)).toEqual(onDemand)
    }
  )
})

describe('12/13. key states shape the findings; refused rotation reads become a notice', () => {
  test('a key pending deletion gets a notice, not "enable rotation", and no rotation checks', async () => {
    const pending = { ...key(), keyState: 'PendingDeletion', rotation: { enabled: false, history: [] } }
    const { on } = await bothModes(account(doc(allow()), { keys: [pending] }), {
      '.github/kms-policy-gate.yml': CONFIG(),
      'iam/rotation.json': doc(allow())
    })
    expect(on.code).toBe(0)
    expect(parse(on).findings.map(f => [f.rule, f.severity])).toEqual([['rotation-unsupported', 'notice']])
    expect(parse(on).findings[0].message).toContain('scheduled for deletion (key state PendingDeletion)')
    expect(rotationChecks(on)).toEqual([])
  })

  test('KMSInvalidStateException on the rotation reads is a notice naming the API, and access is still checked', async () => {
    const updating = {
      ...key(),
      keyState: 'Updating',
      rotationUnreadable: 'kms:GetKeyRotationStatus: KMSInvalidStateException'
    }
    const { on } = await bothModes(account(doc(allow()), { keys: [updating] }), {
      '.github/kms-policy-gate.yml': CONFIG(),
      'iam/rotation.json': doc(allow())
    })
    expect(on.code).toBe(0)
    expect(parse(on).findings.map(f => f.message)).toEqual([
      expect.stringContaining(
        'could not be read (kms:GetKeyRotationStatus: KMSInvalidStateException): rotation-disabled and rotation-overdue are skipped'
      )
    ])
    expect(rotationChecks(on)).toHaveLength(5)
  })

  test('a disabled key keeps its rules, with a note that KMS does not rotate it while disabled', async () => {
    const disabled = { ...key(), keyState: 'Disabled', rotation: { enabled: false, history: [] } }
    const { on } = await bothModes(account(doc(allow()), { keys: [disabled] }), {
      '.github/kms-policy-gate.yml': CONFIG(),
      'iam/rotation.json': doc(allow())
    })
    expect(parse(on).findings.map(f => f.rule)).toEqual(['rotation-disabled', 'rotation-unsupported'])
  })
})

describe('9. principal ARNs as IAM returns them', () => {
  test('a configured role ARN without the role’s path stops the run naming both ARNs', async () => {
    const withPath = `arn:aws:iam::${ACCOUNT}:role/ops/kms-rotation-service`
    const state = account(doc(allow()))
    state.principals[0].arn = withPath
    state.knownPrincipals = [withPath]
    const dir = workspace({ '.github/kms-policy-gate.yml': CONFIG(), 'iam/rotation.json': doc(allow()) })
    const on = await live(dir, await served(state))
    expect(on.code).toBe(2)
    expect(on.stderr).toContain(`the config names ${ROLE}, but IAM's role kms-rotation-service is ${withPath}`)
  })
})

describe('10. context entries are typed by the key, not by the value', () => {
  test('a principal tag "0042" stays the string "0042", as offline', async () => {
    const inline = doc(allow({ StringEquals: { 'aws:PrincipalTag/CostCenter': '0042' } }))
    const config = CONFIG(`context:\n  ${ROLE}:\n    aws:PrincipalTag/CostCenter: "0042"`)
    const { on } = await bothModes(account(inline), {
      '.github/kms-policy-gate.yml': config,
      'iam/rotation.json': inline
    })
    expect(rotationChecks(on).map(c => c.before)).toEqual(ROTATION.map(() => 'allowed'))
  })
})

describe('5/6. SCPs and RCPs of the organization', () => {
  const ALLOW_ALL = doc({ Effect: 'Allow', Action: '*', Resource: '*' })
  // RCPs name their principals (RCPFullAWSAccess: Principal "*").
  const RCP_ALLOW_ALL = doc({ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' })
  const organization = (scpOu: unknown[], rcpRoot: unknown[]) => ({
    parents: {
      [ACCOUNT]: { Id: 'ou-ab12-workloads', Type: 'ORGANIZATIONAL_UNIT' as const },
      'ou-ab12-workloads': { Id: 'r-ab12', Type: 'ROOT' as const }
    },
    scps: { 'r-ab12': [ALLOW_ALL], 'ou-ab12-workloads': scpOu, [ACCOUNT]: [ALLOW_ALL] },
    rcps: { 'r-ab12': rcpRoot, 'ou-ab12-workloads': [RCP_ALLOW_ALL], [ACCOUNT]: [RCP_ALLOW_ALL] }
  })

  async function orgRun(org: FakeAwsState['organization'], callerPolicy?: unknown) {
    const inline = doc(allow())
    const state = fakeStateFromLive(account(inline), { simulate: identitySimulator(account(inline)) })
    if (org) state.organization = org
    if (callerPolicy) state.callerPolicy = callerPolicy
    const fake = await startFakeAws(state)
    fakes.push(fake)
    const dir = workspace({ '.github/kms-policy-gate.yml': CONFIG(), 'iam/rotation.json': inline })
    const on = await live(dir, fake, [], { organizations: true })
    expect(on.stderr).toBe('')
    const builder = liveAgainst(fake, { organizations: true })
    const written = await cli(
      ['snapshot', '--config', '.github/kms-policy-gate.yml', '--workspace', dir, '--out', 'fresh.json'],
      dir,
      builder.live
    )
    expect(written.code).toBe(0)
    const off = await offline(dir, 'fresh.json')
    expect(withoutMode(off.stdout)).toEqual(withoutMode(on.stdout))
    return { on, fresh: JSON.parse(readFileSync(join(dir, 'fresh.json'), 'utf8')) as LiveState }
  }

  test('an SCP that keeps PutKeyPolicy from the account root applies to the root’s owner check', async () => {
    const onlyBreakGlass = doc(
      { Effect: 'Allow', Action: '*', Resource: '*' },
      {
        Effect: 'Deny',
        Action: 'kms:PutKeyPolicy',
        Resource: '*',
        Condition: { ArnNotLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/break-glass` } }
      }
    )
    const { on, fresh } = await orgRun(organization([onlyBreakGlass], [RCP_ALLOW_ALL]))
    const owner = parse(on).checks.find(c => c.purpose === 'owner')
    expect(owner).toEqual(
      expect.objectContaining({ action: 'kms:PutKeyPolicy', before: 'explicit-deny', after: 'explicit-deny' })
    )
    expect(fresh.serviceControlPolicies).toEqual([[ALLOW_ALL], [onlyBreakGlass], [ALLOW_ALL]])
    expect(fresh.resourceControlPolicies).toEqual([[RCP_ALLOW_ALL], [RCP_ALLOW_ALL], [RCP_ALLOW_ALL]])
    expect(fresh.organizationId).toBe('o-a1b2c3d4e5')
    expect(rotationChecks(on).every(c => c.before === 'allowed')).toBe(true)
  })

  test('an RCP that denies on-demand rotation applies to the key', async () => {
    const noOnDemand = doc(
      { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' },
      { Effect: 'Deny', Principal: '*', Action: 'kms:RotateKeyOnDemand', Resource: '*' }
    )
    const { on } = await orgRun({
      ...organization([ALLOW_ALL], [noOnDemand]),
      rcps: { 'r-ab12': [noOnDemand], 'ou-ab12-workloads': [RCP_ALLOW_ALL], [ACCOUNT]: [RCP_ALLOW_ALL] }
    })
    expect(rotationChecks(on).find(c => c.action === 'kms:RotateKeyOnDemand')?.before).toBe('explicit-deny')
    expect(rotationChecks(on).find(c => c.action === 'kms:DescribeKey')?.before).toBe('allowed')
  })

  test('when the role may not read them, a notice says which checks go without them', async () => {
    // A member account's role: DescribeOrganization is allowed to any account of the organization, the policy
    // reads only to the management account or a delegated administrator.
    const { on, fresh } = await orgRun(organization([ALLOW_ALL], [RCP_ALLOW_ALL]), {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['kms:*', 'iam:*', 'organizations:DescribeOrganization'], Resource: '*' }]
    })
    expect(on.code).toBe(0)
    expect(parse(on).findings).toEqual([
      expect.objectContaining({
        rule: 'organization-policies',
        severity: 'notice',
        message: expect.stringContaining(
          `could not be read (organizations:ListParents on ${ACCOUNT} failed: AccessDeniedException): SCPs reach the checks only through IAM's policy simulator`
        )
      })
    ])
    expect(fresh.organizationPoliciesUnread).toContain('AccessDeniedException')
    expect(fresh.organizationId).toBe('o-a1b2c3d4e5')
    expect(fresh.organizationIdUnread).toBeUndefined()
  })

  test('RCPs not enabled (no level lists any) are no levels, not "every level denies"', async () => {
    const { on, fresh } = await orgRun({ ...organization([ALLOW_ALL], []), rcps: {} })
    expect(fresh.resourceControlPolicies).toEqual([])
    expect(rotationChecks(on).every(c => c.before === 'allowed')).toBe(true)
  })

  test('an account outside any organization has no levels and no notice', async () => {
    const { on, fresh } = await orgRun(undefined)
    expect(parse(on).findings).toEqual([])
    expect(fresh.serviceControlPolicies).toEqual([])
    expect(fresh.organizationId).toBeNull()
  })
})

describe("the organization's id from DescribeOrganization decides aws:PrincipalOrgID", () => {
  // An RCP data perimeter (`StringNotEqualsIfExists aws:PrincipalOrgID o-exampleorg1`) on the key: decided only
  // when the account's organization is known. The fixture's snapshot holds it; here live mode reads it.
  const FIXTURE = join(ROOT_DIR, '__tests__/fixtures/repos/semantics-direct-call')

  async function perimeterRun(faults: FaultPlan = {}) {
    const { dir, remove } = tempDir()
    dirs.push(remove)
    copyFixture(FIXTURE, dir)
    writeFileSync(
      join(dir, '.github/kms-policy-gate.yml'),
      readFileSync(join(FIXTURE, '.github/kms-policy-gate.yml'), 'utf8') + 'region: us-east-1\n'
    )
    const snapshot = fixtureSnapshot(FIXTURE) as LiveState
    const [rcpLevel] = snapshot.resourceControlPolicies ?? []
    expect(snapshot.organizationId).toBe('o-exampleorg1')
    const state = fakeStateFromLive(snapshot, { simulate: identitySimulator(snapshot) })
    // The account sits under the root; RCPFullAWSAccess is on the account, the perimeter on the root.
    state.organization = {
      id: 'o-exampleorg1',
      parents: { [ACCOUNT]: { Id: 'r-ex12', Type: 'ROOT' } },
      scps: {},
      rcps: { 'r-ex12': rcpLevel, [ACCOUNT]: [rcpLevel[0]] }
    }
    const fake = await startFakeAws(state, faults)
    fakes.push(fake)
    const on = await live(dir, fake, [], { organizations: true })
    expect(on.stderr).toBe('')
    const written = await cli(
      ['snapshot', '--config', '.github/kms-policy-gate.yml', '--workspace', dir, '--out', 'fresh.json'],
      dir,
      liveAgainst(fake, { organizations: true }).live
    )
    expect(written.code).toBe(0)
    const off = await offline(dir, 'fresh.json')
    expect(withoutMode(off.stdout)).toEqual(withoutMode(on.stdout))
    expect(off.code).toBe(on.code)
    return { on, fresh: JSON.parse(readFileSync(join(dir, 'fresh.json'), 'utf8')) as LiveState }
  }

  test('read: every check is allowed, as offline on a snapshot with organizationId', async () => {
    const { on, fresh } = await perimeterRun()
    expect(on.code).toBe(0)
    expect(parse(on).findings).toEqual([])
    expect(parse(on).checks.length).toBeGreaterThan(0)
    expect(parse(on).checks.every(c => c.before === 'allowed' && c.after === 'allowed')).toBe(true)
    expect(fresh.organizationId).toBe('o-exampleorg1')
    const offlineFixture = await offline(FIXTURE)
    expect(parse(offlineFixture).checks).toEqual(parse(on).checks)
  })

  test('DescribeOrganization denied: the perimeter stays inconclusive and a notice names the call', async () => {
    const { on, fresh } = await perimeterRun({ accessDenied: ['organizations:DescribeOrganization'] })
    expect(on.code).toBe(0)
    const findings = parse(on).findings
    expect(findings.filter(f => f.rule === 'organization-policies')).toEqual([
      expect.objectContaining({
        severity: 'notice',
        message: expect.stringContaining(
          "the account's organization could not be read (organizations:DescribeOrganization on * failed: AccessDeniedException): aws:PrincipalOrgID and aws:ResourceOrgID are unknown"
        )
      })
    ])
    const inconclusive = findings.filter(f => f.rule === 'evaluation-inconclusive')
    expect(inconclusive).toHaveLength(6)
    for (const f of inconclusive) expect(f.message).toContain('aws:PrincipalOrgID')
    expect(fresh.organizationId).toBeUndefined()
    expect(fresh.organizationIdUnread).toContain('organizations:DescribeOrganization')
  })
})

describe('5/10. the snapshot holds everything offline mode needs', () => {
  test('a key mapped only by a template is captured: offline on a fresh snapshot reports as live', async () => {
    const fixture = join(ROOT_DIR, '__tests__/fixtures/repos/iac-cdk-owner-lockout')
    const { dir, remove } = tempDir()
    dirs.push(remove)
    copyFixture(fixture, dir)
    // Only the template maps the key: no top-level `keys`.
    const config = readFileSync(join(dir, '.github/kms-policy-gate.yml'), 'utf8').replace(
      /^keys:\n(?: {2,}.*\n)+/m,
      'region: us-east-1\n'
    )
    writeFileSync(join(dir, '.github/kms-policy-gate.yml'), config)
    const state = fixtureSnapshot(fixture) as LiveState
    const fake = await served(state)
    const on = await live(dir, fake)
    expect(on.stderr).toBe('')
    expect(on.code).toBe(1)
    const builder = liveAgainst(fake)
    const written = await cli(
      ['snapshot', '--config', '.github/kms-policy-gate.yml', '--workspace', dir, '--out', 'fresh.json'],
      dir,
      builder.live
    )
    expect(written.stderr).toBe('')
    const off = await offline(dir, 'fresh.json')
    expect(off.stderr).toBe('')
    expect(withoutMode(off.stdout)).toEqual(withoutMode(on.stdout))
    const fresh = JSON.parse(readFileSync(join(dir, 'fresh.json'), 'utf8')) as LiveState
    expect(fresh.keys.map(k => k.arn)).toEqual(state.keys.map(k => k.arn))
    expect(fresh.principals.every(p => p.id)).toBe(true)
  })
})

describe('11. a run deadline bounds slow answers', () => {
  test('a body sent one byte at a time ends at the deadline, naming the API', async () => {
    const fake = await startFakeAws(fakeStateFromLive(account(doc(allow()))), { dripMs: { 'kms:GetKeyPolicy': 100 } })
    fakes.push(fake)
    const c = createAwsClients({
      region: 'us-east-1',
      endpoint: fake.url,
      credentials: DUMMY_CREDENTIALS,
      retryStrategy: fastRetry(2)
    })
    const started = Date.now()
    try {
      const provider = new AwsStateProvider({
        kms: c.kms,
        iam: c.iam,
        region: 'us-east-1',
        gate: new CallGate(8, { deadlineSeconds: 0.5 })
      })
      await expect(provider.load({ keys: [KEY], principals: [] })).rejects.toThrow(
        "AWS kms:GetKeyPolicy did not answer within the run's deadline of 0.5 s (timeout-seconds)"
      )
    } finally {
      c.destroy()
    }
    expect(Date.now() - started).toBeLessThan(3000)
  })

  test('--timeout-seconds and the config field take 10 to 21600 seconds', async () => {
    const dir = workspace({
      '.github/kms-policy-gate.yml': CONFIG('timeout-seconds: 5'),
      'iam/rotation.json': doc(allow())
    })
    const fake = await served(account(doc(allow())))
    const bad = await live(dir, fake)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('timeout-seconds must be a whole number of seconds from 10 to 21600 (got 5)')
    const flag = await live(dir, fake, ['--timeout-seconds', 'soon'])
    expect(flag.code).toBe(2)
    expect(flag.stderr).toContain('timeout-seconds must be a whole number of seconds from 10 to 21600 (got "soon")')
    const ok = workspace({
      '.github/kms-policy-gate.yml': CONFIG('timeout-seconds: 60'),
      'iam/rotation.json': doc(allow())
    })
    expect((await live(ok, fake, ['--timeout-seconds', '30'])).code).toBe(0)
  })
})

describe('14. read-only for real', () => {
  test('a predefined AWS alias without its key is never described (KMS would create the key)', async () => {
    const state = fakeStateFromLive(account(doc(allow())), { simulate: identitySimulator(account(doc(allow()))) })
    state.pendingAwsAliases = ['alias/aws/s3']
    const fake = await startFakeAws(state)
    fakes.push(fake)
    const dir = workspace({
      '.github/kms-policy-gate.yml': CONFIG('', 'alias/aws/s3'),
      'iam/rotation.json': doc(allow())
    })
    const on = await live(dir, fake)
    expect(on.code).toBe(2)
    expect(on.stderr).toContain('key alias/aws/s3 is not in the account')
    expect(fake.created).toEqual([])
    expect(fake.calls.filter(c => c.api === 'kms:DescribeKey')).toEqual([])
  })
})

describe('15. the published least-privilege policy is enough, and checked by the endpoint', () => {
  test('a live run with exactly iam/kms-policy-gate-policy.json succeeds; without a permission it names it', async () => {
    const inline = doc(allow())
    const policy = JSON.parse(readFileSync(join(ROOT_DIR, 'iam/kms-policy-gate-policy.json'), 'utf8')) as unknown
    const state = fakeStateFromLive(account(inline), { simulate: identitySimulator(account(inline)) })
    state.callerPolicy = policy
    const allowAll = doc({ Effect: 'Allow', Action: '*', Resource: '*' })
    state.organization = {
      parents: { [ACCOUNT]: { Id: 'r-ab12', Type: 'ROOT' } },
      scps: { 'r-ab12': [allowAll], [ACCOUNT]: [allowAll] },
      rcps: {}
    }
    const fake = await startFakeAws(state)
    fakes.push(fake)
    const dir = workspace({ '.github/kms-policy-gate.yml': CONFIG(), 'iam/rotation.json': inline })
    const on = await live(dir, fake, [], { organizations: true })
    expect(on.stderr).toBe('')
    expect(on.code).toBe(0)
    // The organization reads are granted too: no notice that they could not be made.
    expect(parse(on).findings.filter(f => f.rule === 'organization-policies')).toEqual([])
    expect(new Set(fake.calls.filter(c => c.api.startsWith('organizations:')).map(c => c.api))).toEqual(
      new Set([
        'organizations:DescribeOrganization',
        'organizations:ListParents',
        'organizations:ListPoliciesForTarget',
        'organizations:DescribePolicy'
      ])
    )
    state.callerPolicy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:*', Resource: '*' }] }
    const denied = await live(dir, fake)
    expect(denied.code).toBe(2)
    expect(denied.stderr).toContain("the gate's role needs iam:ListRoles")
  })
})

describe('16. simulator calls are batched', () => {
  test('one principal that reaches 60 keys is simulated 50 keys at a time', async () => {
    const keys = Array.from({ length: 60 }, (_, i) =>
      key(`arn:aws:kms:us-east-1:${ACCOUNT}:key/${String(i).padStart(8, '0')}-12ab-34cd-56ef-1234567890ab`)
    )
    const inline = doc({ ...allow(), Resource: '*' })
    const config = [
      'version: 1',
      'region: us-east-1',
      'keys:',
      ...keys.map(k => `  - key: ${k.arn}\n    rotation:\n      principals: [${ROLE}]`)
    ].join('\n')
    const { on, fake } = await bothModes(account(inline, { keys }), { '.github/kms-policy-gate.yml': config + '\n' })
    expect(on.code).toBe(0)
    const sizes = fake.calls
      .filter(c => c.api === 'iam:SimulatePrincipalPolicy')
      .map(c => (c.body.ResourceArns as string[]).length)
    expect(sizes.sort()).toEqual([10, 50])
  })
})

describe('answers of the wrong shape, endless lists and leaky errors', () => {
  test('GetKeyPolicy returning {"Policy": 12} stops the run naming the API', async () => {
    const dir = workspace({ '.github/kms-policy-gate.yml': CONFIG(), 'iam/rotation.json': doc(allow()) })
    const fake = await served(account(doc(allow())), { answer: { 'kms:GetKeyPolicy': () => ({ Policy: 12 }) } })
    const on = await live(dir, fake)
    expect(on.code).toBe(2)
    expect(on.stderr).toContain(
      `AWS kms:GetKeyPolicy on ${KEY} returned a malformed answer: the policy document is not text`
    )
  })

  test('a list whose marker changes on every page stops after a bounded number of pages', async () => {
    const dir = workspace({ '.github/kms-policy-gate.yml': CONFIG(), 'iam/rotation.json': doc(allow()) })
    const fake = await served(account(doc(allow())), { endlessPages: ['iam:ListRoles'] })
    const on = await live(dir, fake)
    expect(on.code).toBe(2)
    expect(on.stderr).toContain('AWS iam:ListRoles on * returned more than 500 pages; giving up')
    expect(fake.calls.filter(c => c.api === 'iam:ListRoles')).toHaveLength(500)
  })

  test('credentials echoed in an AWS error message are not printed', async () => {
    const token =
      'IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD6ExampleSessionTokenValue1234567890abcdefABCDEF=='
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
    const dir = workspace({ '.github/kms-policy-gate.yml': CONFIG(), 'iam/rotation.json': doc(allow()) })
    const fake = await served(account(doc(allow())), {
      errorMessage: {
        'kms:DescribeKey': `bad request: X-Amz-Security-Token=${token} Credential=AKIAIOSFODNN7EXAMPLE/20261101 secret ${secret}`
      }
    })
    const on = await live(dir, fake)
    expect(on.code).toBe(2)
    expect(on.stderr).toContain('AWS kms:DescribeKey')
    for (const leaked of [token, secret, 'AKIAIOSFODNN7EXAMPLE', token.slice(0, 40)])
      expect(on.stderr).not.toContain(leaked)
    expect(on.stderr).toContain('[redacted]')
  })
})
