import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
  ListRolesCommand,
  ListUsersCommand,
  NoSuchEntityException
} from '@aws-sdk/client-iam'
import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  ListAliasesCommand,
  ListKeyRotationsCommand,
  KMSInternalException,
  NotFoundException,
  UnsupportedOperationException,
  type KeyMetadata
} from '@aws-sdk/client-kms'
import { mockClient } from 'aws-sdk-client-mock'
import 'aws-sdk-client-mock-jest'
import { GateError } from '../../../src/errors.js'
import { awsError, awsErrorName } from '../../../src/state/aws/errors.js'
import { CallGate, createLimiter, stableKey } from '../../../src/state/aws/limit.js'
import { AwsStateProvider } from '../../../src/state/aws/provider.js'

const ACCOUNT = '111122223333'
const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab'
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/${KEY_ID}`
const ALIAS_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:alias/app-data`
const ROLE = `arn:aws:iam::${ACCOUNT}:role/kms-rotation-service`
const POLICY = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' }]
}

const kms = mockClient(KMSClient)
const iam = mockClient(IAMClient)

function meta(extra: Partial<KeyMetadata> = {}): KeyMetadata {
  return {
    KeyId: KEY_ID,
    Arn: KEY,
    AWSAccountId: ACCOUNT,
    KeySpec: 'SYMMETRIC_DEFAULT',
    KeyUsage: 'ENCRYPT_DECRYPT',
    KeyManager: 'CUSTOMER',
    Origin: 'AWS_KMS',
    KeyState: 'Enabled',
    MultiRegion: false,
    CreationDate: new Date('2024-01-15T00:00:00Z'),
    ...extra
  }
}

function provider(extra: { readAliases?: boolean; concurrency?: number } = {}): AwsStateProvider {
  return new AwsStateProvider({ kms: new KMSClient({}), iam: new IAMClient({}), region: 'us-east-1', ...extra })
}

beforeEach(() => {
  kms.reset()
  iam.reset()
  kms.on(DescribeKeyCommand).resolves({ KeyMetadata: meta() })
  kms.on(GetKeyPolicyCommand).resolves({ Policy: JSON.stringify(POLICY) })
  kms.on(GetKeyRotationStatusCommand).resolves({ KeyRotationEnabled: false })
  kms.on(ListKeyRotationsCommand).resolves({ Rotations: [] })
  kms
    .on(ListAliasesCommand)
    .resolves({ Aliases: [{ AliasName: 'alias/app-data', AliasArn: ALIAS_ARN, TargetKeyId: KEY_ID }] })
  iam.on(ListRolesCommand).resolves({ Roles: [] })
  iam.on(ListUsersCommand).resolves({ Users: [] })
})

describe('AwsStateProvider: keys', () => {
  it('resolves an alias ARN through ListAliases to the key ARN', async () => {
    const state = await provider().load({ keys: [ALIAS_ARN], principals: [] })
    expect(kms).toHaveReceivedCommandWith(DescribeKeyCommand, { KeyId: KEY })
    expect(state.keys.map(k => [k.arn, k.aliases])).toEqual([[KEY, ['alias/app-data']]])
  })

  it('describes a key once when it is named by alias and by bare id', async () => {
    const state = await provider().load({ keys: ['alias/app-data', KEY_ID, KEY], principals: [] })
    expect(kms).toHaveReceivedCommandTimes(DescribeKeyCommand, 1)
    expect(state.keys).toHaveLength(1)
  })

  it('lets DescribeKey resolve an alias it cannot list (another account)', async () => {
    const foreign = 'arn:aws:kms:us-east-1:444455556666:alias/shared'
    await provider().load({ keys: [foreign], principals: [] })
    expect(kms).toHaveReceivedCommandWith(DescribeKeyCommand, { KeyId: foreign })
  })

  it('lists aliases only when asked or when a key is named by alias', async () => {
    await provider().load({ keys: [KEY], principals: [] })
    expect(kms).not.toHaveReceivedCommand(ListAliasesCommand)
    const state = await provider({ readAliases: true }).load({ keys: [KEY], principals: [] })
    expect(state.keys[0].aliases).toEqual(['alias/app-data'])
  })

  it('reads rotation status and history, skipping entries without a rotation date', async () => {
    kms.on(GetKeyRotationStatusCommand).resolves({
      KeyRotationEnabled: true,
      RotationPeriodInDays: 90,
      NextRotationDate: new Date('2027-01-01T00:00:00.250Z')
    })
    kms
      .on(ListKeyRotationsCommand)
      .resolvesOnce({
        Rotations: [
          { KeyMaterialId: 'a' },
          { RotationDate: new Date('2026-01-01T00:00:00Z'), RotationType: 'AUTOMATIC' }
        ],
        Truncated: true,
        NextMarker: 'm1'
      })
      .resolvesOnce({ Rotations: [{ RotationDate: new Date('2026-04-01T00:00:00Z') }], Truncated: false })
    const [key] = (await provider().load({ keys: [KEY], principals: [] })).keys
    expect(key.rotation).toEqual({
      enabled: true,
      periodDays: 90,
      nextRotationDate: '2027-01-01T00:00:00.250Z',
      history: [
        { date: '2026-01-01T00:00:00Z', type: 'AUTOMATIC' },
        { date: '2026-04-01T00:00:00Z', type: 'UNKNOWN' }
      ]
    })
    expect(kms).toHaveReceivedCommandWith(ListKeyRotationsCommand, { KeyId: KEY, Marker: 'm1' })
  })

  it.each([
    ['asymmetric', { KeySpec: 'RSA_2048' as const }],
    ['custom key store', { Origin: 'AWS_CLOUDHSM' as const, CustomKeyStoreId: 'cks-1' }],
    ['AWS managed', { KeyManager: 'AWS' as const }]
  ])('sends no rotation call for a key that cannot rotate (%s)', async (_name, extra) => {
    kms.on(DescribeKeyCommand).resolves({ KeyMetadata: meta(extra) })
    const [key] = (await provider().load({ keys: [KEY], principals: [] })).keys
    expect(key.rotation).toBeUndefined()
    expect(kms).not.toHaveReceivedCommand(GetKeyRotationStatusCommand)
    expect(kms).not.toHaveReceivedCommand(ListKeyRotationsCommand)
  })

  // Multi-Region keys with imported material rotate on demand as well (KMS API reference, ImportKeyMaterial).
  it.each([
    ['single-Region', {}],
    ['multi-Region', { MultiRegion: true }]
  ])(
    'reads only the key-material history (all material) of an imported %s key: it rotates on demand only',
    async (_name, extra) => {
      kms.on(DescribeKeyCommand).resolves({ KeyMetadata: meta({ Origin: 'EXTERNAL', ...extra }) })
      kms.on(ListKeyRotationsCommand).resolves({
        Rotations: [{ KeyId: KEY, RotationDate: new Date('2026-03-01T00:00:00Z'), RotationType: 'ON_DEMAND' }]
      })
      const [key] = (await provider().load({ keys: [KEY], principals: [] })).keys
      expect(key.rotation).toEqual({ enabled: false, history: [{ date: '2026-03-01T00:00:00Z', type: 'ON_DEMAND' }] })
      expect(kms).not.toHaveReceivedCommand(GetKeyRotationStatusCommand)
      expect(kms).toHaveReceivedCommandWith(ListKeyRotationsCommand, {
        KeyId: KEY,
        IncludeKeyMaterial: 'ALL_KEY_MATERIAL'
      })
    }
  )

  it('takes UnsupportedOperationException as "cannot rotate"', async () => {
    kms
      .on(GetKeyRotationStatusCommand)
      .rejects(new UnsupportedOperationException({ message: 'replica', $metadata: {} }))
    kms.on(ListKeyRotationsCommand).rejects(new UnsupportedOperationException({ message: 'replica', $metadata: {} }))
    const [key] = (await provider().load({ keys: [KEY], principals: [] })).keys
    expect(key.rotation).toBeUndefined()
  })

  it('leaves a key that does not exist (NotFoundException) out of the state', async () => {
    kms
      .on(DescribeKeyCommand)
      .rejects(new NotFoundException({ message: `Key '${KEY}' does not exist`, $metadata: { attempts: 1 } }))
    expect((await provider().load({ keys: [KEY], principals: [] })).keys).toEqual([])
  })

  it('turns any other DescribeKey failure into a GateError naming the API and the key', async () => {
    kms.on(DescribeKeyCommand).rejects(new KMSInternalException({ message: 'boom', $metadata: { attempts: 1 } }))
    await expect(provider().load({ keys: [KEY], principals: [] })).rejects.toThrow(
      new GateError(`AWS kms:DescribeKey on ${KEY} failed: KMSInternalException: boom`)
    )
  })

  it('refuses a key policy that is not JSON', async () => {
    kms.on(GetKeyPolicyCommand).resolves({ Policy: '{not json' })
    await expect(provider().load({ keys: [KEY], principals: [] })).rejects.toThrow(
      `AWS kms:GetKeyPolicy on ${KEY} returned a policy document that is not JSON`
    )
  })

  it('stops on a page marker that repeats', async () => {
    kms.on(ListAliasesCommand).resolves({ Aliases: [], Truncated: true, NextMarker: 'same' })
    await expect(provider().load({ keys: ['alias/x'], principals: [] })).rejects.toThrow(
      'AWS kms:ListAliases on * returned the same page marker twice'
    )
  })
})

describe('AwsStateProvider: principals', () => {
  const encoded = (doc: unknown): string => encodeURIComponent(JSON.stringify(doc))

  it('leaves out a principal that does not exist', async () => {
    iam.on(GetRoleCommand).rejects(
      new NoSuchEntityException({
        message: 'The role with name kms-rotation-service cannot be found.',
        $metadata: {}
      })
    )
    const state = await provider().load({ keys: [], principals: [ROLE] })
    expect(state.principals).toEqual([])
    expect(state.account).toBe(ACCOUNT)
  })

  it('fails when an attached policy vanished', async () => {
    iam
      .on(GetRoleCommand)
      .resolves({ Role: { RoleName: 'r', RoleId: 'AROA1', Arn: ROLE, Path: '/', CreateDate: new Date() } })
    iam.on(ListRolePoliciesCommand).resolves({ PolicyNames: [] })
    iam
      .on(ListAttachedRolePoliciesCommand)
      .resolves({ AttachedPolicies: [{ PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/gone` }] })
    iam.on(GetPolicyCommand).rejects(new NoSuchEntityException({ message: 'gone', $metadata: {} }))
    await expect(provider().load({ keys: [], principals: [ROLE] })).rejects.toThrow(
      `AWS iam:GetPolicy on arn:aws:iam::${ACCOUNT}:policy/gone failed: NoSuchEntity`
    )
  })

  it('decodes URL-encoded documents and accepts plain JSON too', async () => {
    const managed = 'arn:aws:iam::aws:policy/ReadOnlyAccess'
    iam
      .on(GetRoleCommand)
      .resolves({ Role: { RoleName: 'r', RoleId: 'AROA1', Arn: ROLE, Path: '/', CreateDate: new Date() } })
    iam.on(ListRolePoliciesCommand).resolves({ PolicyNames: ['inline'] })
    iam
      .on(GetRolePolicyCommand)
      .resolves({ RoleName: 'r', PolicyName: 'inline', PolicyDocument: encoded({ Sid: 'a b%' }) })
    iam.on(ListAttachedRolePoliciesCommand).resolves({ AttachedPolicies: [{ PolicyArn: managed }] })
    iam.on(GetPolicyCommand).resolves({ Policy: { DefaultVersionId: 'v7' } })
    iam.on(GetPolicyVersionCommand).resolves({ PolicyVersion: { Document: '{"Sid":"plain"}' } })
    const state = await provider().load({ keys: [], principals: [ROLE] })
    expect(state.principals).toEqual([
      {
        arn: ROLE,
        id: 'AROA1',
        policies: [
          { name: 'inline', document: { Sid: 'a b%' } },
          { managed, document: { Sid: 'plain' } }
        ],
        permissionsBoundary: null
      }
    ])
    expect(iam).toHaveReceivedCommandWith(GetPolicyVersionCommand, { PolicyArn: managed, VersionId: 'v7' })
  })

  it('sends no IAM call for the account root, other accounts or non-IAM principals', async () => {
    const state = await provider().load({
      keys: [],
      principals: [
        `arn:aws:iam::${ACCOUNT}:root`,
        'arn:aws:iam::444455556666:role/x',
        `arn:aws:sts::${ACCOUNT}:assumed-role/x/s`
      ]
    })
    expect(iam).not.toHaveReceivedCommand(GetRoleCommand)
    expect(state).toMatchObject({ account: ACCOUNT, principals: [], knownPrincipals: [] })
  })

  it('keeps at most `concurrency` requests in flight', async () => {
    let active = 0
    let peak = 0
    iam.on(GetRoleCommand).callsFake(async () => {
      active++
      peak = Math.max(peak, active)
      await new Promise(resolve => setTimeout(resolve, 5))
      active--
      throw new NoSuchEntityException({ message: 'none', $metadata: {} })
    })
    const roles = Array.from({ length: 12 }, (_, i) => `arn:aws:iam::${ACCOUNT}:role/r${i}`)
    await provider({ concurrency: 3 }).load({ keys: [], principals: roles })
    expect(peak).toBe(3)
    expect(iam).toHaveReceivedCommandTimes(GetRoleCommand, 12)
  })
})

describe('AWS errors', () => {
  const denied = (name: string): Error =>
    Object.assign(new Error('User: arn:aws:sts::1:assumed-role/gate/ci is not authorized'), { name })

  it('names the permission to grant, and where', () => {
    expect(awsError(denied('AccessDenied'), { api: 'iam:GetRole', resource: ROLE }).message).toBe(
      `AWS iam:GetRole on ${ROLE} failed: AccessDenied — the gate's role needs iam:GetRole on that role`
    )
    expect(awsError(denied('UnauthorizedOperation'), { api: 'kms:ListAliases', resource: '*' }).message).toBe(
      `AWS kms:ListAliases on * failed: UnauthorizedOperation — the gate's role needs kms:ListAliases on "*" (it cannot be scoped to a resource)`
    )
    expect(awsError(denied('AccessDeniedException'), { api: 'kms:DescribeKey', resource: 'alias/x' }).message).toMatch(
      /needs kms:DescribeKey on that alias's key \(the key policy must allow it: name the role, or delegate to the account and grant it in IAM\)$/
    )
  })

  it('explains missing credentials without leaking anything else', () => {
    const error = Object.assign(new Error('Could not load credentials from any providers'), {
      name: 'CredentialsProviderError',
      stack: 'secret stack'
    })
    const message = awsError(error, { api: 'kms:DescribeKey', resource: KEY }).message
    expect(message).toContain('no valid AWS credentials (Could not load credentials from any providers)')
    expect(message).not.toContain('stack')
  })

  it('keeps one short line of detail', () => {
    const long = Object.assign(new Error(`line one\n${'x'.repeat(400)}`), { name: 'TimeoutError' })
    const message = awsError(long, { api: 'iam:ListRoles', resource: '*' }).message
    expect(message).not.toContain('\n')
    expect(message.length).toBeLessThan(400)
    expect(awsError('boom', { api: 'iam:ListUsers', resource: '*' }).message).toBe(
      'AWS iam:ListUsers on * failed: Error: boom'
    )
    expect(awsErrorName(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))).toBe('ECONNREFUSED')
    const gateError = new GateError('already clear')
    expect(awsError(gateError, { api: 'iam:ListUsers', resource: '*' })).toBe(gateError)
  })
})

describe('call gate', () => {
  it('sends identical calls once and counts what is sent', async () => {
    const gate = new CallGate(2)
    let sent = 0
    const send = async (): Promise<number> => ++sent
    const answers = await Promise.all([
      gate.call('iam:GetRole', { A: 1, B: 2 }, send),
      gate.call('iam:GetRole', { B: 2, A: 1 }, send),
      gate.call('iam:GetRole', { A: 2 }, send)
    ])
    expect(answers).toEqual([1, 1, 2])
    expect(gate.calls).toEqual({ 'iam:GetRole': 2 })
  })

  it('a scoped gate (another account) shares counts but never answers from the other scope', async () => {
    const gate = new CallGate(2)
    const other = gate.scoped('444455556666')
    let sent = 0
    const send = async (): Promise<number> => ++sent
    // The same request in two accounts is two requests (GetRole "ops" names a different role in each).
    const [home, there, againThere] = await Promise.all([
      gate.call('iam:GetRole', { RoleName: 'ops' }, send),
      other.call('iam:GetRole', { RoleName: 'ops' }, send),
      other.call('iam:GetRole', { RoleName: 'ops' }, send)
    ])
    expect([home, there, againThere].sort()).toEqual([1, 2, 2])
    expect(gate.calls).toEqual({ 'iam:GetRole': 2 })
    expect(other.calls).toBe(gate.calls)
  })

  it('orders keys deeply and refuses a nonsense limit', () => {
    expect(stableKey({ b: [{ d: 1, c: 2 }], a: null })).toBe('{"a":null,"b":[{"c":2,"d":1}]}')
    expect(() => createLimiter(0)).toThrow('concurrency must be a positive integer')
  })
})
