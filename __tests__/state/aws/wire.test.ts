/**
 * The real KMS, IAM and Organizations clients against the local fake endpoint: signing, serialization, paging,
 * retries, timeouts and error mapping as they happen on the wire.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { AdaptiveRetryStrategy } from '@smithy/core/retry'
import { identityKey, type IdentityQuery } from '../../../src/engine/types.js'
import { GateError } from '../../../src/errors.js'
import { createAwsClients, type AwsClients } from '../../../src/state/aws/clients.js'
import { CallGate } from '../../../src/state/aws/limit.js'
import { readOrganization, sdkOrganizations } from '../../../src/state/aws/organizations.js'
import { AwsStateProvider } from '../../../src/state/aws/provider.js'
import { AwsIdentityOracle } from '../../../src/state/aws/simulator.js'
import type { LiveState, StateRequest } from '../../../src/state/types.js'
import {
  fakeStateFromLive,
  startFakeAws,
  type FakeAws,
  type FakeAwsState,
  type FaultPlan,
  type SimQuestion
} from '../../helpers/fake-aws.js'

const ACCOUNT = '111122223333'
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`
const SIGNING_KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/0987dcba-09fe-87dc-65ba-ab0987654321`
const ROTATOR = `arn:aws:iam::${ACCOUNT}:role/kms-rotation-service`
const KEY_ADMIN = `arn:aws:iam::${ACCOUNT}:role/admins/key-admin`
const CI = `arn:aws:iam::${ACCOUNT}:role/ci-deployer`
const ALICE = `arn:aws:iam::${ACCOUNT}:user/alice`
const DELETED = `arn:aws:iam::${ACCOUNT}:role/deleted-role`
const OTHER_ACCOUNT_ROLE = 'arn:aws:iam::444455556666:role/auditor'
const ROOT = `arn:aws:iam::${ACCOUNT}:root`
const OPERATORS = `arn:aws:iam::${ACCOUNT}:policy/kms-operators`
const BOUNDARY = `arn:aws:iam::${ACCOUNT}:policy/kms-boundary`

const doc = (sid: string, action: string): unknown => ({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: sid,
      Effect: 'Allow',
      Action: action,
      Resource: '*',
      Condition: { StringLike: { 'aws:PrincipalTag/team': 'a&b <c> 100% "d"' } }
    }
  ]
})

const EXPECTED: LiveState = {
  version: 1,
  capturedAt: '2026-11-01T00:00:00Z',
  account: ACCOUNT,
  region: 'us-east-1',
  keys: [
    {
      arn: KEY,
      aliases: ['alias/app-data', 'alias/app-data-v2'],
      keySpec: 'SYMMETRIC_DEFAULT',
      keyUsage: 'ENCRYPT_DECRYPT',
      keyManager: 'CUSTOMER',
      origin: 'AWS_KMS',
      keyState: 'Enabled',
      multiRegion: false,
      creationDate: '2024-01-15T00:00:00Z',
      policy: {
        Version: '2012-10-17',
        Statement: [
          { Sid: 'Root', Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'kms:*', Resource: '*' },
          {
            Sid: 'Rotation',
            Effect: 'Allow',
            Principal: { AWS: [ROTATOR, KEY_ADMIN] },
            Action: 'kms:RotateKeyOnDemand',
            Resource: '*'
          },
          {
            Sid: 'Others',
            Effect: 'Allow',
            Principal: { AWS: [ALICE, DELETED, OTHER_ACCOUNT_ROLE] },
            Action: 'kms:DescribeKey',
            Resource: '*'
          }
        ]
      },
      rotation: {
        enabled: true,
        periodDays: 365,
        nextRotationDate: '2027-01-15T00:00:00Z',
        history: [
          { date: '2025-01-15T00:00:00Z', type: 'AUTOMATIC' },
          { date: '2026-01-15T00:00:00Z', type: 'ON_DEMAND' }
        ]
      }
    },
    {
      arn: SIGNING_KEY,
      aliases: [],
      keySpec: 'RSA_2048',
      keyUsage: 'SIGN_VERIFY',
      keyManager: 'CUSTOMER',
      origin: 'AWS_KMS',
      keyState: 'Enabled',
      multiRegion: false,
      creationDate: '2025-03-01T12:30:00Z',
      policy: {
        Version: '2012-10-17',
        Statement: [{ Sid: 'Root', Effect: 'Allow', Principal: { AWS: ACCOUNT }, Action: 'kms:*', Resource: '*' }]
      }
    }
  ],
  principals: [
    {
      arn: ROTATOR,
      id: 'AROAROTATOR000000001',
      policies: [
        { name: 'rotation', document: doc('Rotate', 'kms:RotateKeyOnDemand') },
        { managed: OPERATORS, document: doc('Operate', 'kms:Describe*') }
      ],
      permissionsBoundary: { arn: BOUNDARY, document: doc('Bound', 'kms:*') }
    },
    { arn: CI, id: 'AROACI00000000000001', policies: [], permissionsBoundary: null },
    {
      arn: KEY_ADMIN,
      id: 'AROAKEYADMIN00000001',
      policies: [{ managed: OPERATORS, document: doc('Operate', 'kms:Describe*') }],
      permissionsBoundary: null
    },
    {
      arn: ALICE,
      id: 'AIDAALICE00000000001',
      policies: [
        { name: 'self', document: doc('Self', 'kms:List*') },
        { managed: OPERATORS, document: doc('Operate', 'kms:Describe*') },
        { name: 'group/admins/admin-kms', document: doc('Admin', 'kms:PutKeyPolicy') }
      ],
      permissionsBoundary: null
    }
  ],
  knownPrincipals: [ROTATOR, KEY_ADMIN, CI, ALICE]
}

// The bare key id of the signing key is named too: it must not cost a DescribeKey of its own.
const REQUEST: StateRequest = {
  keys: ['alias/app-data', SIGNING_KEY, SIGNING_KEY.slice(SIGNING_KEY.lastIndexOf('/') + 1)],
  principals: [ROTATOR, ROOT, CI]
}

/** Fast retries for tests: adaptive strategy, 5 ms backoff, no client-side rate limiting. */
const fastRetry = (maxAttempts: number): AdaptiveRetryStrategy =>
  new AdaptiveRetryStrategy(maxAttempts, {
    backoff: { computeNextBackoffDelay: () => 5, setDelayBase: () => undefined },
    rateLimiter: { getSendToken: async () => undefined, updateClientSendingRate: () => undefined }
  })

let fake: FakeAws | undefined
let clients: AwsClients | undefined

afterEach(async () => {
  clients?.destroy()
  await fake?.close()
  fake = undefined
  clients = undefined
})

async function setUp(
  state: FakeAwsState,
  faults?: FaultPlan,
  options: { maxAttempts?: number; requestTimeoutMs?: number } = {}
): Promise<{ fake: FakeAws; clients: AwsClients }> {
  fake = await startFakeAws(state, faults)
  clients = createAwsClients({
    region: 'us-east-1',
    endpoint: fake.url,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
    retryStrategy: fastRetry(options.maxAttempts ?? 4),
    ...(options.requestTimeoutMs ? { requestTimeoutMs: options.requestTimeoutMs } : {})
  })
  return { fake, clients }
}

function provider(c: AwsClients): AwsStateProvider {
  return new AwsStateProvider({
    kms: c.kms,
    iam: c.iam,
    region: 'us-east-1',
    now: () => new Date('2026-11-01T00:00:00Z')
  })
}

function liveFake(extra: Partial<FakeAwsState> = {}): FakeAwsState {
  const state = fakeStateFromLive(EXPECTED)
  // A second alias on the key, to show every alias of a key is listed.
  state.keys[0] = { ...state.keys[0], aliases: ['alias/app-data', 'alias/app-data-v2'] }
  return { ...state, ...extra }
}

function countBy(calls: { api: string }[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const { api } of calls) counts[api] = (counts[api] ?? 0) + 1
  return counts
}

describe('AwsStateProvider on the wire', () => {
  it('reads the full state, each request once', async () => {
    const { fake, clients } = await setUp(liveFake())
    const p = provider(clients)
    await expect(p.load(REQUEST)).resolves.toEqual(EXPECTED)

    const keys = fake.calls.map(c => `${c.api} ${JSON.stringify(c.body)}`)
    expect(new Set(keys).size).toBe(keys.length)
    expect(countBy(fake.calls)).toEqual(p.calls)
    expect(p.calls).toEqual({
      'kms:ListAliases': 1,
      'kms:DescribeKey': 2,
      'kms:GetKeyPolicy': 2,
      'kms:GetKeyRotationStatus': 1,
      'kms:ListKeyRotations': 1,
      'iam:GetRole': 4,
      'iam:ListRolePolicies': 3,
      'iam:GetRolePolicy': 1,
      'iam:ListAttachedRolePolicies': 3,
      'iam:GetPolicy': 2,
      'iam:GetPolicyVersion': 2,
      'iam:GetUser': 1,
      'iam:ListUserPolicies': 1,
      'iam:GetUserPolicy': 1,
      'iam:ListAttachedUserPolicies': 1,
      'iam:ListGroupsForUser': 1,
      'iam:ListGroupPolicies': 1,
      'iam:GetGroupPolicy': 1,
      'iam:ListAttachedGroupPolicies': 1,
      'iam:ListRoles': 1,
      'iam:ListUsers': 1
    })
    // No IAM call for the account root or another account's role.
    expect(fake.calls.some(c => JSON.stringify(c.body).includes('auditor'))).toBe(false)
    expect(fake.calls.every(c => c.userAgent.includes('kms-policy-gate/1.0.0'))).toBe(true)
    expect(fake.calls.find(c => c.api === 'kms:GetKeyPolicy')?.body).toEqual({ KeyId: KEY, PolicyName: 'default' })
  })

  it('reads every page when each page holds one item', async () => {
    const { fake, clients } = await setUp(liveFake(), { pageSize: 1 })
    const p = provider(clients)
    await expect(p.load(REQUEST)).resolves.toEqual(EXPECTED)
    expect(p.calls['kms:ListAliases']).toBe(2)
    expect(p.calls['kms:ListKeyRotations']).toBe(2)
    expect(p.calls['iam:ListRoles']).toBe(3)
    expect(p.calls['iam:ListUsers']).toBe(1)
    expect(fake.calls.filter(c => c.api === 'iam:ListRoles').map(c => c.body.Marker)).toEqual([
      undefined,
      'page-1',
      'page-2'
    ])
  })

  it('retries a throttling burst and succeeds', async () => {
    const { fake, clients } = await setUp(liveFake(), { throttle: { 'kms:GetKeyPolicy': 2, 'iam:ListRoles': 2 } })
    const p = provider(clients)
    await expect(p.load(REQUEST)).resolves.toEqual(EXPECTED)
    expect(countBy(fake.calls)['iam:ListRoles']).toBe(3)
    expect(countBy(fake.calls)['kms:GetKeyPolicy']).toBe(4)
    // The provider asked once; the SDK retried.
    expect(p.calls['iam:ListRoles']).toBe(1)
  })

  it('retries throttling with the production retry settings', async () => {
    fake = await startFakeAws(liveFake(), { throttle: { 'iam:ListRoles': 1 } })
    clients = createAwsClients({
      region: 'us-east-1',
      endpoint: fake.url,
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' }
    })
    const state = await provider(clients).load({ keys: [], principals: [] })
    expect(state.knownPrincipals).toEqual(EXPECTED.knownPrincipals)
    expect(countBy(fake.calls)['iam:ListRoles']).toBe(2)
  })

  it('fails with the API named when the server keeps failing', async () => {
    const { fake, clients } = await setUp(
      liveFake(),
      { serverError: { 'iam:ListRoles': Infinity } },
      { maxAttempts: 3 }
    )
    const error = await provider(clients)
      .load(REQUEST)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GateError)
    expect((error as GateError).message).toMatch(
      /^AWS iam:ListRoles on \* failed: ServiceFailure: internal failure after 3 attempts$/
    )
    expect(countBy(fake.calls)['iam:ListRoles']).toBe(3)
  })

  it('names the missing permission and the key when access is denied', async () => {
    const { clients } = await setUp(liveFake(), { accessDenied: ['kms:GetKeyPolicy'] })
    const error = await provider(clients)
      .load(REQUEST)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GateError)
    expect((error as GateError).message).toMatch(
      new RegExp(
        `^AWS kms:GetKeyPolicy on (${KEY}|${SIGNING_KEY}) failed: AccessDeniedException — the gate's role needs kms:GetKeyPolicy on that key \\(the key policy must allow it: name the role, or delegate to the account and grant it in IAM\\)$`
      )
    )
  })

  it('gives up on an answer slower than the request timeout', async () => {
    const { fake, clients } = await setUp(
      liveFake(),
      { delayMs: { 'kms:DescribeKey': 2_000 } },
      { maxAttempts: 2, requestTimeoutMs: 150 }
    )
    const started = Date.now()
    const error = await provider(clients)
      .load(REQUEST)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GateError)
    expect((error as GateError).message).toMatch(
      /^AWS kms:DescribeKey on .* failed: TimeoutError: .*150 ms requestTimeout/
    )
    expect(Date.now() - started).toBeLessThan(1_500)
    expect(countBy(fake.calls)['kms:DescribeKey']).toBeGreaterThanOrEqual(2)
  })

  it('leaves a key KMS does not know (NotFoundException) out of the state: the gate names the config entry', async () => {
    const { clients } = await setUp(liveFake())
    const state = await provider(clients).load({ keys: ['alias/missing'], principals: [] })
    expect(state.keys).toEqual([])
  })

  it('uses the AWS_ENDPOINT_URL_KMS and AWS_ENDPOINT_URL_IAM variables', async () => {
    fake = await startFakeAws(liveFake())
    const saved = { kms: process.env.AWS_ENDPOINT_URL_KMS, iam: process.env.AWS_ENDPOINT_URL_IAM }
    process.env.AWS_ENDPOINT_URL_KMS = fake.url
    process.env.AWS_ENDPOINT_URL_IAM = fake.url
    try {
      clients = createAwsClients({
        region: 'us-east-1',
        credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' }
      })
      const state = await provider(clients).load({ keys: [KEY], principals: [] })
      expect(state.keys[0].arn).toBe(KEY)
      expect(fake.calls.map(c => c.api)).toContain('iam:ListRoles')
    } finally {
      for (const [name, value] of [
        ['AWS_ENDPOINT_URL_KMS', saved.kms],
        ['AWS_ENDPOINT_URL_IAM', saved.iam]
      ] as const) {
        if (value === undefined) delete process.env[name]
        else process.env[name] = value
      }
    }
  })
})

describe('AwsIdentityOracle on the wire', () => {
  const QUERY: IdentityQuery = {
    principal: ROTATOR,
    policyInputs: ['{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"kms:*","Resource":"*"}]}'],
    exclusions: [{ inlinePolicyName: 'rotation' }, { policyArn: OPERATORS }],
    boundary: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
    actions: ['kms:RotateKeyOnDemand', 'kms:EnableKeyRotation', 'kms:PutKeyPolicy'],
    resources: [KEY, SIGNING_KEY],
    context: {
      'aws:SourceVpc': ['vpc-0abc'],
      'aws:SecureTransport': ['true'],
      'aws:PrincipalOrgPaths': ['o-1/r-1/a/', 'o-1/r-1/b/']
    }
  }

  /** What IAM says, decided here: PutKeyPolicy is denied, the rest allowed on KEY only. */
  const decide = (q: SimQuestion) => {
    if (q.action === 'kms:PutKeyPolicy') {
      return {
        decision: 'explicitDeny' as const,
        matched: [{ id: 'PolicyInputList.1', type: 'IAM Policy', startLine: 1, endLine: 3 }],
        boundaryAllows: true
      }
    }
    return q.resource === KEY ? ('allowed' as const) : ('implicitDeny' as const)
  }

  it('sends inputs, exclusions, boundary and context on the wire', async () => {
    const { fake, clients } = await setUp(liveFake({ simulate: decide }))
    await new AwsIdentityOracle({ iam: clients.iam }).simulate(QUERY)
    const sent = fake.calls.filter(c => c.api === 'iam:SimulatePrincipalPolicy')
    expect(sent).toHaveLength(1)
    expect(sent[0].body).toEqual({
      PolicySourceArn: ROTATOR,
      ActionNames: ['kms:EnableKeyRotation', 'kms:PutKeyPolicy', 'kms:RotateKeyOnDemand'],
      ResourceArns: [KEY, SIGNING_KEY].sort(),
      PolicyInputList: QUERY.policyInputs,
      PolicyExclusionList: [
        {
          InlinePolicyIdentifier: {
            PolicyName: 'rotation',
            AttachmentType: 'role',
            AttachmentName: 'kms-rotation-service'
          }
        },
        { PolicyArn: OPERATORS }
      ],
      PermissionsBoundaryPolicyInputList: [QUERY.boundary],
      ContextEntries: [
        {
          ContextKeyName: 'aws:PrincipalOrgPaths',
          ContextKeyValues: ['o-1/r-1/a/', 'o-1/r-1/b/'],
          ContextKeyType: 'stringList'
        },
        { ContextKeyName: 'aws:SecureTransport', ContextKeyValues: ['true'], ContextKeyType: 'boolean' },
        { ContextKeyName: 'aws:SourceVpc', ContextKeyValues: ['vpc-0abc'], ContextKeyType: 'string' }
      ],
      MaxItems: '1000'
    })
  })

  it('maps the new and the old response shape to the same verdicts, over every page', async () => {
    const answers: Record<string, unknown>[] = []
    for (const shape of ['new', 'old'] as const) {
      const { fake, clients } = await setUp(liveFake({ simulate: decide, simulatorShape: shape }), { pageSize: 1 })
      const verdicts = await new AwsIdentityOracle({ iam: clients.iam }).simulate(QUERY)
      answers.push(Object.fromEntries(verdicts))
      // new: 3 results (one per action), old: 6 (action × resource), one per page.
      expect(fake.calls.filter(c => c.api === 'iam:SimulatePrincipalPolicy')).toHaveLength(shape === 'new' ? 3 : 6)
      clients.destroy()
      await fake.close()
    }
    expect(answers[0]).toEqual(answers[1])
    expect(answers[0]).toEqual({
      [identityKey(ROTATOR, 'kms:RotateKeyOnDemand', KEY)]: { decision: 'allowed', missingContext: [], matched: [] },
      [identityKey(ROTATOR, 'kms:RotateKeyOnDemand', SIGNING_KEY)]: {
        decision: 'implicit-deny',
        missingContext: [],
        matched: []
      },
      [identityKey(ROTATOR, 'kms:EnableKeyRotation', KEY)]: { decision: 'allowed', missingContext: [], matched: [] },
      [identityKey(ROTATOR, 'kms:EnableKeyRotation', SIGNING_KEY)]: {
        decision: 'implicit-deny',
        missingContext: [],
        matched: []
      },
      [identityKey(ROTATOR, 'kms:PutKeyPolicy', KEY)]: {
        decision: 'explicit-deny',
        boundaryAllows: true,
        missingContext: [],
        matched: [{ policyId: 'PolicyInputList.1', policyType: 'IAM Policy', startLine: 1, endLine: 3 }]
      },
      [identityKey(ROTATOR, 'kms:PutKeyPolicy', SIGNING_KEY)]: {
        decision: 'explicit-deny',
        boundaryAllows: true,
        missingContext: [],
        matched: [{ policyId: 'PolicyInputList.1', policyType: 'IAM Policy', startLine: 1, endLine: 3 }]
      }
    })
    fake = undefined
    clients = undefined
  })

  it("reports missing context values with the simulator's own decision, in both shapes", async () => {
    for (const shape of ['new', 'old'] as const) {
      const { fake, clients } = await setUp(
        liveFake({
          simulatorShape: shape,
          simulate: q => (q.resource === KEY ? { decision: 'implicitDeny', missing: ['aws:SourceVpce'] } : 'allowed'),
          keys: liveFake().keys
        })
      )
      const verdicts = await new AwsIdentityOracle({ iam: clients.iam }).simulate({
        ...QUERY,
        actions: ['kms:RotateKeyOnDemand']
      })
      expect(verdicts.get(identityKey(ROTATOR, 'kms:RotateKeyOnDemand', KEY))).toEqual({
        decision: 'implicit-deny',
        missingContext: ['aws:SourceVpce'],
        matched: []
      })
      expect(verdicts.get(identityKey(ROTATOR, 'kms:RotateKeyOnDemand', SIGNING_KEY))?.decision).toBe('allowed')
      clients.destroy()
      await fake.close()
    }
    fake = undefined
    clients = undefined
  })

  it('never repeats a call, across the provider and the oracle', async () => {
    const { fake, clients } = await setUp(liveFake({ simulate: decide }))
    const gate = new CallGate(8)
    const p = new AwsStateProvider({ kms: clients.kms, iam: clients.iam, region: 'us-east-1', gate })
    const oracle = new AwsIdentityOracle({ iam: clients.iam, gate })
    await Promise.all([
      p.load(REQUEST),
      p.load(REQUEST),
      oracle.simulate(QUERY),
      oracle.simulate({ ...QUERY, actions: [...QUERY.actions].reverse() })
    ])
    const keys = fake.calls.map(c => `${c.api} ${JSON.stringify(c.body)}`)
    expect(new Set(keys).size).toBe(keys.length)
    expect(gate.calls['iam:SimulatePrincipalPolicy']).toBe(1)
  })

  // Review item 9: the gate simulates only principals it has just read, so NoSuchEntity is IAM changing under
  // the run (or an ARN that is not IAM's); counting it as "denied everything" hid lost access.
  it('stops the run when IAM no longer knows a principal it is asked to simulate', async () => {
    const { clients } = await setUp(liveFake({ simulate: () => 'allowed' }))
    await expect(
      new AwsIdentityOracle({ iam: clients.iam }).simulate({ ...QUERY, principal: DELETED })
    ).rejects.toThrow(`AWS iam:SimulatePrincipalPolicy on ${DELETED} failed: NoSuchEntity`)
  })
})

describe('Organizations on the wire', () => {
  const SCP = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }
  const RCP = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] }
  const ORG: NonNullable<FakeAwsState['organization']> = {
    id: 'o-exampleorg1',
    parents: { [ACCOUNT]: { Id: 'r-ab12', Type: 'ROOT' } },
    scps: { 'r-ab12': [SCP], [ACCOUNT]: [SCP] },
    rcps: { 'r-ab12': [RCP], [ACCOUNT]: [RCP] }
  }
  const read = (c: AwsClients) => readOrganization(sdkOrganizations(c.organizations), new CallGate(4), ACCOUNT)
  const withOrg = (organization?: FakeAwsState['organization']): FakeAwsState => ({
    keys: [],
    roles: [],
    users: [],
    policies: {},
    ...(organization ? { organization } : {})
  })

  it('sends the four reads with the real client and takes their answers', async () => {
    const { fake, clients } = await setUp(withOrg(ORG))
    expect(await read(clients)).toEqual({
      organizationId: 'o-exampleorg1',
      serviceControlPolicies: [[SCP], [SCP]],
      resourceControlPolicies: [[RCP], [RCP]]
    })
    expect(countBy(fake.calls)).toEqual({
      'organizations:DescribeOrganization': 1,
      'organizations:ListParents': 1,
      'organizations:ListPoliciesForTarget': 4,
      'organizations:DescribePolicy': 4
    })
    const bodies = (api: string) => fake.calls.filter(c => c.api === api).map(c => c.body)
    expect(bodies('organizations:ListParents')).toEqual([{ ChildId: ACCOUNT }])
    expect(bodies('organizations:ListPoliciesForTarget')).toEqual(
      expect.arrayContaining([
        { TargetId: 'r-ab12', Filter: 'SERVICE_CONTROL_POLICY' },
        { TargetId: ACCOUNT, Filter: 'RESOURCE_CONTROL_POLICY' }
      ])
    )
    expect(bodies('organizations:DescribePolicy')).toContainEqual({ PolicyId: `p-rcp-${ACCOUNT}-0` })
    expect(bodies('organizations:DescribeOrganization')).toEqual([{}])
    expect(fake.calls.every(c => c.userAgent.includes('kms-policy-gate/'))).toBe(true)
  })

  it('gives the provider the id: organizationId in the state', async () => {
    const { clients } = await setUp({ ...liveFake(), organization: ORG })
    const state = await new AwsStateProvider({
      kms: clients.kms,
      iam: clients.iam,
      region: 'us-east-1',
      organizations: sdkOrganizations(clients.organizations)
    }).load({ keys: [KEY], principals: [] })
    expect(state.organizationId).toBe('o-exampleorg1')
    expect(state.organizationIdUnread).toBeUndefined()
  })

  it('an account in no organization: the id is null and there are no levels', async () => {
    const { clients } = await setUp(withOrg())
    expect(await read(clients)).toEqual({
      organizationId: null,
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      notInUse: true
    })
  })

  it('a denied DescribeOrganization leaves the id unknown and says so; the policies are still read', async () => {
    const { clients } = await setUp(withOrg(ORG), { accessDenied: ['organizations:DescribeOrganization'] })
    const org = await read(clients)
    expect(org.organizationId).toBeUndefined()
    expect(org.organizationIdUnread).toBe('organizations:DescribeOrganization on * failed: AccessDeniedException')
    expect(org.serviceControlPolicies).toEqual([[SCP], [SCP]])
  })

  it('denied policy reads with an allowed DescribeOrganization (a member account): the id is read', async () => {
    const { clients } = await setUp(withOrg(ORG), { accessDenied: ['organizations:ListParents'] })
    const org = await read(clients)
    expect(org.organizationId).toBe('o-exampleorg1')
    expect(org.unread).toBe(`organizations:ListParents on ${ACCOUNT} failed: AccessDeniedException`)
  })

  it.each([
    ['no organization', () => ({})],
    ['an id that is not an organization id', () => ({ Organization: { Id: 'r-ab12' } })]
  ])('stops the run on a DescribeOrganization answer with %s', async (_, answer) => {
    const { clients } = await setUp(withOrg(ORG), { answer: { 'organizations:DescribeOrganization': answer } })
    await expect(read(clients)).rejects.toThrow(
      new GateError('AWS organizations:DescribeOrganization returned no organization id (o-…)')
    )
  })

  it('stops the run when DescribeOrganization keeps failing, naming it', async () => {
    const { clients } = await setUp(withOrg(ORG), { serverError: { 'organizations:DescribeOrganization': Infinity } })
    await expect(read(clients)).rejects.toThrow('AWS organizations:DescribeOrganization on * failed: ')
  })

  it('stops the run on a policy whose content is not JSON, naming DescribePolicy', async () => {
    const { clients } = await setUp(withOrg(ORG), {
      answer: { 'organizations:DescribePolicy': () => ({ Policy: { Content: '{not json' } }) }
    })
    await expect(read(clients)).rejects.toThrow('returned a policy that is not JSON')
  })

  it('uses the AWS_ENDPOINT_URL_ORGANIZATIONS variable', async () => {
    fake = await startFakeAws(withOrg(ORG))
    const saved = process.env.AWS_ENDPOINT_URL_ORGANIZATIONS
    process.env.AWS_ENDPOINT_URL_ORGANIZATIONS = fake.url
    try {
      clients = createAwsClients({
        region: 'eu-west-1',
        credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' }
      })
      expect((await read(clients)).organizationId).toBe('o-exampleorg1')
    } finally {
      if (saved === undefined) delete process.env.AWS_ENDPOINT_URL_ORGANIZATIONS
      else process.env.AWS_ENDPOINT_URL_ORGANIZATIONS = saved
    }
  })
})
