/**
 * A local AWS endpoint for tests: KMS (JSON 1.1, `X-Amz-Target: TrentService.<Op>`), IAM
 * (Query protocol, XML answers in the IAM namespace, URL-encoded policy documents) and CloudFormation's
 * GetTemplate (Query protocol, version 2010-05-15) on
 * 127.0.0.1, accepting any SigV4 signature. The real SDK clients talk to it, so signing,
 * serialization, pagination, retries and error mapping are all exercised.
 *
 * What IAM's simulator answers is decided by the test (`simulate`), never by our engine.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { KeyRotationState, LiveState } from '../../src/state/types.js'

export type SimDecision = 'allowed' | 'explicitDeny' | 'implicitDeny'

export interface SimAnswer {
  decision: SimDecision
  missing?: string[]
  boundaryAllows?: boolean
  organizationsAllow?: boolean
  matched?: { id: string; type?: string; startLine?: number; endLine?: number }[]
}

/** One action × resource question, with everything the request carried. */
export interface SimQuestion {
  principal: string
  action: string
  resource: string
  inputs: string[]
  exclusions: unknown[]
  boundary?: string
  context: { ContextKeyName?: string; ContextKeyValues?: string[]; ContextKeyType?: string }[]
}

/** May answer asynchronously (e.g. from an independent simulator library). */
export type Simulate = (question: SimQuestion) => SimDecision | SimAnswer | Promise<SimDecision | SimAnswer>

export interface FakeKey {
  arn: string
  aliases?: string[]
  keySpec?: string
  keyUsage?: string
  keyManager?: string
  origin?: string
  keyState?: string
  multiRegion?: boolean
  creationDate?: string
  policy: unknown
  /** Absent: rotation calls answer UnsupportedOperationException. */
  rotation?: KeyRotationState
  /** A multi-Region replica: its primary key (then `multiRegion` is true). */
  primaryKeyArn?: string
}

export interface FakeEntity {
  arn: string
  id: string
  /** Inline policies by name. */
  inline?: Record<string, unknown>
  /** Attached managed policy ARNs (documents in `FakeAwsState.policies`). */
  attached?: string[]
  boundary?: string
  /** Users only: group names. */
  groups?: string[]
}

export interface FakeGroup {
  arn: string
  name: string
  inline?: Record<string, unknown>
  attached?: string[]
}

export interface FakeAwsState {
  keys: FakeKey[]
  roles: FakeEntity[]
  users: FakeEntity[]
  groups?: FakeGroup[]
  /** Managed policy documents by ARN (default version `v1`). */
  policies: Record<string, unknown>
  simulate?: Simulate
  /** `new`: one result per action with ResourceSpecificResults (IAM since 2026-07-30); `old`: one per action × resource. */
  simulatorShape?: 'new' | 'old'
  /** The account of the caller (default: the account of the first key, else of the first role or user). */
  account?: string
  /**
   * Predefined AWS aliases (`alias/aws/s3`) whose AWS managed key does not exist yet: listed without a target,
   * and `DescribeKey` on one creates the key, as KMS does (recorded in `FakeAws.created`).
   */
  pendingAwsAliases?: string[]
  /**
   * The gate's own permissions: a policy document (e.g. iam/kms-policy-gate-policy.json). When given, every
   * request whose action and resource it does not allow is denied, as IAM would deny it.
   */
  callerPolicy?: unknown
  /** Deployed CloudFormation stacks: name → the template as submitted (GetTemplate, stage Original). */
  stacks?: Record<string, string>
  /** Other accounts, by account id, reachable only by assuming their role (STS AssumeRole). */
  otherAccounts?: Record<string, FakeOtherAccount>
  /**
   * AWS Organizations as the management account sees it: each account's or OU's parent (up to the root) and the
   * SCPs and RCPs attached to each target, and the organization's id (default `o-a1b2c3d4e5`). Absent: the account
   * is in no organization (AWSOrganizationsNotInUseException, for DescribeOrganization too).
   */
  organization?: {
    id?: string
    parents: Record<string, { Id: string; Type: 'ROOT' | 'ORGANIZATIONAL_UNIT' }>
    scps: Record<string, unknown[]>
    rcps: Record<string, unknown[]>
  }
}

/**
 * Another account behind the same endpoint: requests signed with the credentials that `sts:AssumeRole` of
 * `role` returned are answered from `state`, as AWS answers a caller of that account. Requests signed with
 * the run's own credentials never see it (a key of this account is `NotFoundException`, as KMS answers for a key
 * the caller's account has no key policy grant for; IAM names are this account's).
 */
export interface FakeOtherAccount {
  /** The role the home caller may assume (its trust policy names the home account). */
  role: string
  /** When set, AssumeRole must carry this ExternalId (the trust policy's `sts:ExternalId` condition). */
  externalId?: string
  state: FakeAwsState
}

export interface FaultPlan {
  /** API (`kms:GetKeyPolicy`) → its first N requests are throttled. */
  throttle?: Record<string, number>
  /** API → its first N requests answer 500 (`Infinity`: always). */
  serverError?: Record<string, number>
  /** API → answer only after this many milliseconds. */
  delayMs?: Record<string, number>
  /** Items per page for every list call, whatever the client asks. */
  pageSize?: number
  /** APIs that are always denied. */
  accessDenied?: string[]
  /** API → the answer body replaces the real one (malformed answers). */
  answer?: Record<string, (real: Record<string, unknown>) => unknown>
  /** APIs whose every page is truncated with a new marker (an endpoint that never ends a list). */
  endlessPages?: string[]
  /** API → its error message (e.g. one that echoes request headers), with status 400. */
  errorMessage?: Record<string, string>
  /** API → send the headers at once, then one byte of body every this many milliseconds. */
  dripMs?: Record<string, number>
}

export interface FakeCall {
  api: string
  /** KMS: the JSON body; IAM: the decoded form (`X.member.N` → arrays), without Action and Version. */
  body: Record<string, unknown>
  userAgent: string
  /** The region of the request's SigV4 credential scope. */
  region: string
  /** The account whose credentials signed the request. */
  account: string
}

export interface FakeAws {
  url: string
  calls: FakeCall[]
  /** Keys the endpoint created as a side effect (DescribeKey on a predefined AWS alias). */
  created: string[]
  close(): Promise<void>
}

class Fault extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string
  ) {
    super(message)
  }
}

const IAM_NS = 'https://iam.amazonaws.com/doc/2010-05-08/'
const STS_NS = 'https://sts.amazonaws.com/doc/2011-06-15/'
const CFN_NS = 'http://cloudformation.amazonaws.com/doc/2010-05-15/'

export async function startFakeAws(state: FakeAwsState, faults: FaultPlan = {}): Promise<FakeAws> {
  const calls: FakeCall[] = []
  const created: string[] = []
  const seen: Record<string, number> = {}
  const timers = new Set<NodeJS.Timeout>()

  // Temporary credentials issued by AssumeRole: access key id → the account and the session token it goes with.
  const sessions = new Map<string, { account: string; token: string }>()
  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req)
      // Which account's credentials signed the request (SigV4 `Credential=AKID/…`, and the session token).
      const accessKey = /Credential=([^/]+)\//.exec(String(req.headers.authorization ?? ''))?.[1] ?? ''
      const session = sessions.get(accessKey)
      const other =
        session && req.headers['x-amz-security-token'] === session.token
          ? state.otherAccounts?.[session.account]
          : undefined
      const st = other?.state ?? state
      const caller = callerAccount(st)
      const target = req.headers['x-amz-target']
      const isOrg = typeof target === 'string' && target.startsWith('AWSOrganizationsV20161128.')
      const isKms = (typeof target === 'string' && target.startsWith('TrentService.')) || isOrg
      let api: string
      let body: Record<string, unknown>
      if (isKms) {
        api = isOrg
          ? `organizations:${target.slice('AWSOrganizationsV20161128.'.length)}`
          : `kms:${target.slice('TrentService.'.length)}`
        body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {}
      } else {
        const form = decodeQuery(new URLSearchParams(raw))
        // STS, CloudFormation and IAM all speak the Query protocol; STS's version is 2011-06-15, CloudFormation's
        // 2010-05-15.
        const service = form.Version === '2011-06-15' ? 'sts' : form.Version === '2010-05-15' ? 'cloudformation' : 'iam'
        api = `${service}:${String(form.Action)}`
        delete form.Action
        delete form.Version
        body = form
      }
      // The region is the one the client signed for (SigV4 credential scope): KMS is regional.
      const region =
        /Credential=[^/]+\/\d{8}\/([^/]+)\//.exec(String(req.headers.authorization ?? ''))?.[1] ?? 'us-east-1'
      calls.push({ api, body, userAgent: String(req.headers['user-agent'] ?? ''), region, account: caller })
      const n = (seen[api] = (seen[api] ?? 0) + 1)
      const delay = faults.delayMs?.[api]
      if (delay) {
        await new Promise<void>(resolve => {
          const timer = setTimeout(() => {
            timers.delete(timer)
            resolve()
          }, delay)
          timers.add(timer)
        })
        if (res.destroyed) return
      }
      try {
        if (faults.accessDenied?.includes(api)) {
          throw isKms
            ? new Fault(
                400,
                'AccessDeniedException',
                `User: arn:aws:sts::111122223333:assumed-role/gate/ci is not authorized to perform: ${api}`
              )
            : new Fault(
                403,
                'AccessDenied',
                `User: arn:aws:sts::111122223333:assumed-role/gate/ci is not authorized to perform: ${api}`
              )
        }
        if (faults.errorMessage?.[api] !== undefined)
          throw new Fault(400, isKms ? 'ValidationException' : 'ValidationError', faults.errorMessage[api])
        if (st.callerPolicy !== undefined && !callerMay(st, api, body, region)) {
          throw new Fault(
            isKms ? 400 : 403,
            isKms ? 'AccessDeniedException' : 'AccessDenied',
            `User: arn:aws:sts::${callerAccount(st)}:assumed-role/gate/ci is not authorized to perform: ${api}`
          )
        }
        if (n <= (faults.throttle?.[api] ?? 0))
          throw new Fault(400, isKms ? 'ThrottlingException' : 'Throttling', 'Rate exceeded')
        if (n <= (faults.serverError?.[api] ?? 0))
          throw new Fault(500, isKms ? 'KMSInternalException' : 'ServiceFailure', 'internal failure')
        const ctx: Ctx = { region, created, endless: faults.endlessPages?.includes(api) ?? false }
        let result = isOrg
          ? organizations(st, api, body)
          : isKms
            ? kms(st, api, body, faults.pageSize, ctx)
            : api.startsWith('sts:')
              ? assumeRole(st, api, body, caller, sessions)
              : api.startsWith('cloudformation:')
                ? cloudformation(st, api, body)
                : await iam(st, api, body, faults.pageSize, ctx)
        const replace = faults.answer?.[api]
        if (replace) result = replace(result as Record<string, unknown>) as Record<string, unknown>
        const drip = faults.dripMs?.[api]
        if (drip)
          return dripBody(
            res,
            isKms ? JSON.stringify(result) : iamResponse(api, result as Record<string, unknown>),
            drip,
            timers
          )
        if (isKms) sendJson(res, 200, result)
        else sendXml(res, 200, iamResponse(api, result as Record<string, unknown>))
      } catch (error) {
        if (!(error instanceof Fault)) throw error
        if (isKms) sendJson(res, error.status, { __type: error.code, message: error.message })
        else sendXml(res, error.status, iamError(error))
      }
    })().catch((error: unknown) => {
      if (process.env.FAKE_AWS_DEBUG) console.error(error)
      if (!res.headersSent && !res.destroyed) sendJson(res, 599, { __type: 'FakeAwsBug', message: String(error) })
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    created,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer)
        server.closeAllConnections()
        server.close(error => (error ? reject(error) : resolve()))
      })
  }
}

// --- KMS -----------------------------------------------------------------------------------------

interface Ctx {
  region: string
  created: string[]
  endless: boolean
}

function kms(
  state: FakeAwsState,
  api: string,
  body: Record<string, unknown>,
  pageSize: number | undefined,
  ctx: Ctx
): Record<string, unknown> {
  const findKey = (ref: unknown): FakeKey => findKeyIn(state, ref, ctx.region)
  const paginate = <T>(items: T[], marker: unknown, size: number | undefined): { items: T[]; next?: string } =>
    ctx.endless
      ? { items: items.slice(0, 1), next: `page-${Math.random().toString(36).slice(2)}` }
      : paginateList(items, marker, size)
  switch (api) {
    case 'kms:DescribeKey': {
      const pending = (state.pendingAwsAliases ?? []).find(a => a === body.KeyId)
      if (pending) {
        // DescribeKey, KeyId: "If you specify a predefined Amazon Web Services alias (an Amazon Web Services alias
        // with no key ID), KMS associates the alias with an Amazon Web Services managed key".
        const key: FakeKey = {
          arn: `arn:aws:kms:${ctx.region}:${callerAccount(state)}:key/${'0'.repeat(8)}-aaaa-bbbb-cccc-${String(ctx.created.length).padStart(12, '0')}`,
          aliases: [pending],
          keyManager: 'AWS',
          keySpec: 'SYMMETRIC_DEFAULT',
          keyUsage: 'ENCRYPT_DECRYPT',
          origin: 'AWS_KMS',
          keyState: 'Enabled',
          policy: { Version: '2012-10-17', Statement: [] }
        }
        state.keys.push(key)
        state.pendingAwsAliases = (state.pendingAwsAliases ?? []).filter(a => a !== pending)
        ctx.created.push(key.arn)
        return { KeyMetadata: keyMetadata(key) }
      }
      return { KeyMetadata: keyMetadata(findKey(body.KeyId)) }
    }
    case 'kms:GetKeyPolicy': {
      const key = findKey(body.KeyId)
      if (body.PolicyName !== 'default') throw new Fault(400, 'NotFoundException', 'policy name must be default')
      return { Policy: JSON.stringify(key.policy, null, 2), PolicyName: 'default' }
    }
    case 'kms:GetKeyRotationStatus': {
      const key = findKey(body.KeyId)
      const rotation = rotationOf(key)
      return {
        KeyId: key.arn,
        KeyRotationEnabled: rotation.enabled,
        ...(rotation.periodDays !== undefined ? { RotationPeriodInDays: rotation.periodDays } : {}),
        ...(rotation.nextRotationDate ? { NextRotationDate: epoch(rotation.nextRotationDate) } : {})
      }
    }
    case 'kms:ListKeyRotations': {
      const key = findKey(body.KeyId)
      const rotations = rotationOf(key).history.map((h, i) => ({
        KeyId: key.arn,
        KeyMaterialId: String(i + 1).padStart(64, '0'),
        RotationDate: epoch(h.date),
        RotationType: h.type
      }))
      const page = paginate(rotations, body.Marker, pageSize ?? (body.Limit as number | undefined))
      return {
        Rotations: page.items,
        Truncated: page.next !== undefined,
        ...(page.next ? { NextMarker: page.next } : {})
      }
    }
    case 'kms:ListAliases': {
      // Aliases are regional: each region lists its own (and the predefined AWS aliases without a key yet).
      const aliases = [
        ...state.keys
          .filter(key => regionOf(key.arn) === ctx.region && accountOf(key.arn) === callerAccount(state))
          .flatMap(key =>
            (key.aliases ?? []).map(name => ({
              AliasName: name,
              AliasArn: `${arnPrefix(key.arn)}:${name}`,
              TargetKeyId: keyId(key.arn)
            }))
          ),
        ...(state.pendingAwsAliases ?? []).map(name => ({
          AliasName: name,
          AliasArn: `arn:aws:kms:${ctx.region}:${callerAccount(state)}:${name}`
        }))
      ]
      const page = paginate(aliases, body.Marker, pageSize ?? (body.Limit as number | undefined))
      return {
        Aliases: page.items,
        Truncated: page.next !== undefined,
        ...(page.next ? { NextMarker: page.next } : {})
      }
    }
    default:
      throw new Fault(400, 'UnknownOperationException', `${api} is not served by the fake`)
  }
}

/**
 * A key as the KMS endpoint of `region` finds it: by ARN or alias ARN only in that region (a key of another
 * region is not found there), by key id or alias name only among the caller's keys of that region.
 */
function findKeyIn(state: FakeAwsState, ref: unknown, region: string): FakeKey {
  const key = state.keys.find(
    k =>
      regionOf(k.arn) === region &&
      (k.arn === ref ||
        (accountOf(k.arn) === callerAccount(state) &&
          (keyId(k.arn) === ref || (k.aliases ?? []).some(alias => alias === ref))) ||
        (k.aliases ?? []).some(alias => `${arnPrefix(k.arn)}:${alias}` === ref))
  )
  if (!key) throw new Fault(400, 'NotFoundException', `Key '${String(ref)}' does not exist`)
  return key
}

function rotationOf(key: FakeKey): KeyRotationState {
  // GetKeyRotationStatus and ListKeyRotations list KMSInvalidStateException ("The key state of the KMS key is not
  // compatible with the operation"); which states raise it is not documented per API: the transitional states here.
  if (key.keyState === 'Creating' || key.keyState === 'Updating')
    throw new Fault(400, 'KMSInvalidStateException', `${key.arn} is ${key.keyState}`)
  if (!key.rotation)
    throw new Fault(400, 'UnsupportedOperationException', `${key.arn} origin is not supported for this operation`)
  return key.rotation
}

function keyMetadata(key: FakeKey): Record<string, unknown> {
  const [, , , region, account] = key.arn.split(':')
  const customStore = key.origin === 'AWS_CLOUDHSM' || key.origin === 'EXTERNAL_KEY_STORE'
  return {
    AWSAccountId: account,
    KeyId: keyId(key.arn),
    Arn: key.arn,
    ...(key.creationDate ? { CreationDate: epoch(key.creationDate) } : {}),
    Enabled: (key.keyState ?? 'Enabled') === 'Enabled',
    Description: '',
    KeyUsage: key.keyUsage,
    KeyState: key.keyState,
    Origin: key.origin,
    KeyManager: key.keyManager,
    KeySpec: key.keySpec,
    CustomerMasterKeySpec: key.keySpec,
    MultiRegion: key.multiRegion ?? false,
    ...(customStore ? { CustomKeyStoreId: 'cks-1234567890abcdef0' } : {}),
    ...(key.multiRegion
      ? {
          MultiRegionConfiguration: {
            MultiRegionKeyType: key.primaryKeyArn ? 'REPLICA' : 'PRIMARY',
            PrimaryKey: key.primaryKeyArn
              ? { Arn: key.primaryKeyArn, Region: regionOf(key.primaryKeyArn) }
              : { Arn: key.arn, Region: region }
          }
        }
      : {}),
    EncryptionAlgorithms: ['SYMMETRIC_DEFAULT']
  }
}

// --- Organizations --------------------------------------------------------------------------------

function organizations(state: FakeAwsState, api: string, body: Record<string, unknown>): Record<string, unknown> {
  const org = state.organization
  if (!org)
    throw new Fault(400, 'AWSOrganizationsNotInUseException', 'Your account is not a member of an organization.')
  const filter = body.Filter === 'RESOURCE_CONTROL_POLICY' ? org.rcps : org.scps
  switch (api) {
    case 'organizations:ListParents': {
      const parent = org.parents[String(body.ChildId)]
      if (!parent) throw new Fault(400, 'ChildNotFoundException', `${String(body.ChildId)} is not in the organization`)
      return { Parents: [parent] }
    }
    case 'organizations:ListPoliciesForTarget':
      return {
        Policies: (filter[String(body.TargetId)] ?? []).map((_, i) => ({
          Id: `p-${body.Filter === 'RESOURCE_CONTROL_POLICY' ? 'rcp' : 'scp'}-${String(body.TargetId)}-${i}`
        }))
      }
    case 'organizations:DescribeOrganization': {
      // Response syntax of the AWS Organizations API reference (API_DescribeOrganization): the Organization object;
      // any account of the organization may call it.
      const id = org.id ?? 'o-a1b2c3d4e5'
      const management = '111111111111'
      return {
        Organization: {
          Id: id,
          Arn: `arn:aws:organizations::${management}:organization/${id}`,
          FeatureSet: 'ALL',
          MasterAccountArn: `arn:aws:organizations::${management}:account/${id}/${management}`,
          MasterAccountId: management,
          MasterAccountEmail: 'management@example.com',
          AvailablePolicyTypes: [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }]
        }
      }
    }
    case 'organizations:DescribePolicy': {
      const m = /^p-(scp|rcp)-(.+)-(\d+)$/.exec(String(body.PolicyId))
      const doc = m ? (m[1] === 'rcp' ? org.rcps : org.scps)[m[2]]?.[Number(m[3])] : undefined
      if (doc === undefined) throw new Fault(400, 'PolicyNotFoundException', `${String(body.PolicyId)} not found`)
      return { Policy: { PolicySummary: { Id: body.PolicyId }, Content: JSON.stringify(doc) } }
    }
    default:
      throw new Fault(400, 'UnknownOperationException', `${api} is not served by the fake`)
  }
}

// --- IAM -----------------------------------------------------------------------------------------

function iam(
  state: FakeAwsState,
  api: string,
  body: Record<string, unknown>,
  pageSize: number | undefined,
  ctx: Ctx
): Record<string, unknown> | Promise<Record<string, unknown>> {
  const size = pageSize ?? (body.MaxItems !== undefined ? Number(body.MaxItems) : undefined)
  const paginate = <T>(items: T[], marker: unknown, n: number | undefined): { items: T[]; next?: string } =>
    ctx.endless
      ? { items: items.slice(0, 1), next: `page-${Math.random().toString(36).slice(2)}` }
      : paginateList(items, marker, n)
  const list = <T>(field: string, items: T[]): Record<string, unknown> => {
    const page = paginate(items, body.Marker, size)
    return { [field]: page.items, IsTruncated: page.next !== undefined, ...(page.next ? { Marker: page.next } : {}) }
  }
  switch (api) {
    case 'iam:GetRole':
      return { Role: entityXml(entity(state.roles, body.RoleName, 'role'), 'Role') }
    case 'iam:GetUser':
      return { User: entityXml(entity(state.users, body.UserName, 'user'), 'User') }
    case 'iam:ListRolePolicies':
      return list('PolicyNames', Object.keys(entity(state.roles, body.RoleName, 'role').inline ?? {}))
    case 'iam:ListUserPolicies':
      return list('PolicyNames', Object.keys(entity(state.users, body.UserName, 'user').inline ?? {}))
    case 'iam:ListGroupPolicies':
      return list('PolicyNames', Object.keys(group(state, body.GroupName).inline ?? {}))
    case 'iam:GetRolePolicy':
      return inlineXml('RoleName', entity(state.roles, body.RoleName, 'role').inline, body)
    case 'iam:GetUserPolicy':
      return inlineXml('UserName', entity(state.users, body.UserName, 'user').inline, body)
    case 'iam:GetGroupPolicy':
      return inlineXml('GroupName', group(state, body.GroupName).inline, body)
    case 'iam:ListAttachedRolePolicies':
      return list('AttachedPolicies', attachedXml(entity(state.roles, body.RoleName, 'role').attached))
    case 'iam:ListAttachedUserPolicies':
      return list('AttachedPolicies', attachedXml(entity(state.users, body.UserName, 'user').attached))
    case 'iam:ListAttachedGroupPolicies':
      return list('AttachedPolicies', attachedXml(group(state, body.GroupName).attached))
    case 'iam:ListGroupsForUser':
      return list(
        'Groups',
        (entity(state.users, body.UserName, 'user').groups ?? []).map(name => {
          const g = group(state, name)
          return {
            Path: '/',
            GroupName: g.name,
            GroupId: `AGPA${g.name.toUpperCase()}`,
            Arn: g.arn,
            CreateDate: '2020-01-01T00:00:00Z'
          }
        })
      )
    case 'iam:GetPolicy': {
      const arn = String(body.PolicyArn)
      if (!(arn in state.policies))
        throw new Fault(404, 'NoSuchEntity', `Policy ${arn} does not exist or is not attachable.`)
      return {
        Policy: {
          PolicyName: lastSegment(arn),
          PolicyId: `ANPA${lastSegment(arn).toUpperCase()}`,
          Arn: arn,
          Path: '/',
          DefaultVersionId: 'v1',
          AttachmentCount: 1,
          IsAttachable: true
        }
      }
    }
    case 'iam:GetPolicyVersion': {
      const arn = String(body.PolicyArn)
      if (!(arn in state.policies) || body.VersionId !== 'v1')
        throw new Fault(404, 'NoSuchEntity', `Policy ${arn} version ${String(body.VersionId)} does not exist.`)
      return {
        PolicyVersion: {
          Document: encodeDocument(state.policies[arn]),
          VersionId: 'v1',
          IsDefaultVersion: true,
          CreateDate: '2020-01-01T00:00:00Z'
        }
      }
    }
    case 'iam:ListRoles':
      return list(
        'Roles',
        state.roles.map(r => entityXml(r, 'Role'))
      )
    case 'iam:ListUsers':
      return list(
        'Users',
        state.users.map(u => entityXml(u, 'User'))
      )
    case 'iam:SimulatePrincipalPolicy':
      return simulate(state, body, size, paginate)
    default:
      throw new Fault(400, 'InvalidAction', `${api} is not served by the fake`)
  }
}

function entity(list: FakeEntity[], name: unknown, kind: string): FakeEntity {
  const found = list.find(e => lastSegment(e.arn) === name)
  if (!found) throw new Fault(404, 'NoSuchEntity', `The ${kind} with name ${String(name)} cannot be found.`)
  return found
}

function group(state: FakeAwsState, name: unknown): FakeGroup {
  const found = (state.groups ?? []).find(g => g.name === name)
  if (!found) throw new Fault(404, 'NoSuchEntity', `The group with name ${String(name)} cannot be found.`)
  return found
}

function entityXml(e: FakeEntity, kind: 'Role' | 'User'): Record<string, unknown> {
  const resource = e.arn.split(':').slice(5).join(':')
  return {
    Path: resource.slice(resource.indexOf('/'), resource.lastIndexOf('/') + 1),
    [`${kind}Name`]: lastSegment(e.arn),
    [`${kind}Id`]: e.id,
    Arn: e.arn,
    CreateDate: '2020-01-01T00:00:00Z',
    ...(kind === 'Role' ? { AssumeRolePolicyDocument: encodeDocument({ Version: '2012-10-17', Statement: [] }) } : {}),
    ...(e.boundary
      ? { PermissionsBoundary: { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: e.boundary } }
      : {})
  }
}

function inlineXml(
  owner: string,
  inline: Record<string, unknown> | undefined,
  body: Record<string, unknown>
): Record<string, unknown> {
  const name = String(body.PolicyName)
  if (!inline || !(name in inline)) throw new Fault(404, 'NoSuchEntity', `The policy ${name} cannot be found.`)
  return { [owner]: body[owner], PolicyName: name, PolicyDocument: encodeDocument(inline[name]) }
}

function attachedXml(arns: string[] | undefined): Record<string, unknown>[] {
  return (arns ?? []).map(arn => ({ PolicyName: lastSegment(arn), PolicyArn: arn }))
}

const RESTRICTIVENESS: SimDecision[] = ['allowed', 'implicitDeny', 'explicitDeny']

const CONTEXT_TYPES = new Set(['string', 'numeric', 'boolean', 'ip', 'binary', 'date'].flatMap(t => [t, `${t}List`]))

/** ContextEntry values must be of the declared ContextKeyType; several values only with a …List type. */
function checkContext(entries: unknown): void {
  for (const e of (entries as SimQuestion['context'] | undefined) ?? []) {
    const type = e.ContextKeyType ?? ''
    if (!CONTEXT_TYPES.has(type))
      throw new Fault(400, 'InvalidInput', `Invalid ContextKeyType ${type} for ${e.ContextKeyName}`)
    const values = e.ContextKeyValues ?? []
    if (!Array.isArray(values) || values.length === 0)
      throw new Fault(400, 'InvalidInput', `Context key ${e.ContextKeyName} needs at least one value`)
    if (values.length > 1 && !type.endsWith('List'))
      throw new Fault(400, 'InvalidInput', `Context key ${e.ContextKeyName} of type ${type} takes one value`)
    const base = type.replace(/List$/, '')
    const ok = (v: string): boolean =>
      base === 'boolean'
        ? /^(true|false)$/i.test(v)
        : base === 'numeric'
          ? /^-?\d+(\.\d+)?$/.test(v)
          : base === 'date'
            ? !Number.isNaN(Date.parse(v)) || /^\d+$/.test(v)
            : base === 'ip'
              ? /^[\d.:a-f/]+$/i.test(v)
              : true
    const bad = values.find(v => !ok(v))
    if (bad !== undefined)
      throw new Fault(400, 'InvalidInput', `Value ${bad} is not a valid ${base} for ${e.ContextKeyName}`)
  }
}

async function simulate(
  state: FakeAwsState,
  body: Record<string, unknown>,
  size: number | undefined,
  paginate: (
    items: Record<string, unknown>[],
    marker: unknown,
    n: number | undefined
  ) => { items: Record<string, unknown>[]; next?: string }
): Promise<Record<string, unknown>> {
  const principal = String(body.PolicySourceArn)
  checkContext(body.ContextEntries)
  // The simulator evaluates entities of the caller's own account; an entity of another account is not one
  // IAM can find here (NoSuchEntity: the exact code on real IAM is not documented).
  if (accountOf(principal) !== callerAccount(state))
    throw new Fault(404, 'NoSuchEntity', `Entity ${principal} does not exist.`)
  const known =
    [...state.roles, ...state.users].some(e => e.arn === principal) ||
    (state.groups ?? []).some(g => g.arn === principal)
  if (!known) throw new Fault(404, 'NoSuchEntity', `Entity ${principal} does not exist.`)
  const actions = (body.ActionNames as string[] | undefined) ?? []
  const resources = (body.ResourceArns as string[] | undefined) ?? ['*']
  const ask = async (action: string, resource: string): Promise<SimAnswer> => {
    const answer =
      (await state.simulate?.({
        principal,
        action,
        resource,
        inputs: (body.PolicyInputList as string[] | undefined) ?? [],
        exclusions: (body.PolicyExclusionList as unknown[] | undefined) ?? [],
        boundary: (body.PermissionsBoundaryPolicyInputList as string[] | undefined)?.[0],
        context: (body.ContextEntries as SimQuestion['context'] | undefined) ?? []
      })) ?? 'implicitDeny'
    return typeof answer === 'string' ? { decision: answer } : answer
  }
  const results: Record<string, unknown>[] = []
  for (const action of actions) {
    const answers = await Promise.all(
      resources.map(async resource => ({ resource, answer: await ask(action, resource) }))
    )
    if (state.simulatorShape === 'old') {
      for (const { resource, answer } of answers) {
        results.push({
          EvalActionName: action,
          EvalResourceName: resource,
          EvalDecision: answer.decision,
          MatchedStatements: matchedXml(answer),
          MissingContextValues: answer.missing ?? [],
          ...detailsXml(answer),
          ...(answer.organizationsAllow !== undefined
            ? { OrganizationsDecisionDetail: { AllowedByOrganizations: answer.organizationsAllow } }
            : {})
        })
      }
      continue
    }
    const worst = answers.reduce((w, { answer }) => Math.max(w, RESTRICTIVENESS.indexOf(answer.decision)), 0)
    const orgs = answers.find(({ answer }) => answer.organizationsAllow !== undefined)?.answer.organizationsAllow
    results.push({
      EvalActionName: action,
      EvalResourceName:
        resources.length === 1 && resources[0] === '*' ? '*' : 'arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}',
      EvalDecision: RESTRICTIVENESS[worst],
      MatchedStatements: [],
      MissingContextValues: [...new Set(answers.flatMap(({ answer }) => answer.missing ?? []))],
      ...(orgs !== undefined ? { OrganizationsDecisionDetail: { AllowedByOrganizations: orgs } } : {}),
      ResourceSpecificResults: answers.map(({ resource, answer }) => ({
        EvalResourceName: resource,
        EvalResourceDecision: answer.decision,
        MatchedStatements: matchedXml(answer),
        MissingContextValues: answer.missing ?? [],
        ...detailsXml(answer)
      }))
    })
  }
  const page = paginate(results, body.Marker, size)
  return {
    EvaluationResults: page.items,
    IsTruncated: page.next !== undefined,
    ...(page.next ? { Marker: page.next } : {})
  }
}

function matchedXml(answer: SimAnswer): Record<string, unknown>[] {
  return (answer.matched ?? []).map(m => ({
    SourcePolicyId: m.id,
    ...(m.type ? { SourcePolicyType: m.type } : {}),
    ...(m.startLine !== undefined ? { StartPosition: { Line: m.startLine, Column: 1 } } : {}),
    ...(m.endLine !== undefined ? { EndPosition: { Line: m.endLine, Column: 1 } } : {})
  }))
}

function detailsXml(answer: SimAnswer): Record<string, unknown> {
  return answer.boundaryAllows !== undefined
    ? { PermissionsBoundaryDecisionDetail: { AllowedByPermissionsBoundary: answer.boundaryAllows } }
    : {}
}

// --- wire formats ----------------------------------------------------------------------------------

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.destroyed) return
  res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'fake-request' })
  res.end(JSON.stringify(body))
}

function sendXml(res: ServerResponse, status: number, body: string): void {
  if (res.destroyed) return
  res.writeHead(status, { 'content-type': 'text/xml', 'x-amzn-requestid': 'fake-request' })
  res.end(body)
}

function iamResponse(api: string, result: Record<string, unknown>): string {
  const op = api.slice(api.indexOf(':') + 1)
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<${op}Response xmlns="${namespaceOf(api)}">` +
    toXml(`${op}Result`, result) +
    `<ResponseMetadata><RequestId>fake-request</RequestId></ResponseMetadata></${op}Response>`
  )
}

/**
 * STS AssumeRole (STS API Reference, AssumeRole): a role of another account whose trust policy names the caller's
 * account answers temporary credentials (`ASIA…` access key id, secret, session token, expiration); any other
 * role is `AccessDenied` ("is not authorized to perform: sts:AssumeRole on resource: …"), and so is a missing or
 * different `ExternalId` when the trust policy requires one.
 */
function assumeRole(
  state: FakeAwsState,
  api: string,
  body: Record<string, unknown>,
  caller: string,
  sessions: Map<string, { account: string; token: string }>
): Record<string, unknown> {
  if (api !== 'sts:AssumeRole') throw new Fault(400, 'InvalidAction', `${api} is not served here`)
  const role = String(body.RoleArn ?? '')
  const session = String(body.RoleSessionName ?? '')
  if (!/^[\w+=,.@-]{2,64}$/.test(session))
    throw new Fault(400, 'ValidationError', `1 validation error detected: Value '${session}' at 'roleSessionName'`)
  const found = Object.entries(state.otherAccounts ?? {}).find(([, other]) => other.role === role)
  const denied = new Fault(
    403,
    'AccessDenied',
    `User: arn:aws:sts::${caller}:assumed-role/gate/ci is not authorized to perform: sts:AssumeRole on resource: ${role}`
  )
  if (!found) throw denied
  const [account, other] = found
  if (other.externalId !== undefined && body.ExternalId !== other.externalId) throw denied
  const accessKeyId = `ASIA${account}${String(sessions.size).padStart(4, '0')}`
  const token = `session-token-${account}-${sessions.size}`
  sessions.set(accessKeyId, { account, token })
  return {
    Credentials: {
      AccessKeyId: accessKeyId,
      SecretAccessKey: `secret-${account}`,
      SessionToken: token,
      Expiration: new Date(Date.now() + 3600_000).toISOString()
    },
    AssumedRoleUser: {
      // The session ARN names the role without its path: arn:aws:sts::ACCOUNT:assumed-role/NAME/SESSION.
      Arn: `arn:aws:sts::${account}:assumed-role/${role.slice(role.lastIndexOf('/') + 1)}/${session}`,
      AssumedRoleId: `AROA${account}:${session}`
    }
  }
}

function namespaceOf(api: string): string {
  return api.startsWith('sts:') ? STS_NS : api.startsWith('cloudformation:') ? CFN_NS : IAM_NS
}

/**
 * CloudFormation GetTemplate (API Reference, GetTemplate): the template of a running stack named by `StackName`,
 * as submitted (`Original`) or after transforms (`Processed`, the default; the same text here: the fake holds no
 * transforms), with `StagesAvailable`; "If the template doesn't exist, a ValidationError is returned" — for a
 * name, "Stack with id NAME does not exist".
 */
function cloudformation(state: FakeAwsState, api: string, body: Record<string, unknown>): Record<string, unknown> {
  if (api !== 'cloudformation:GetTemplate') throw new Fault(400, 'InvalidAction', `${api} is not served by the fake`)
  const stage = body.TemplateStage ?? 'Processed'
  if (stage !== 'Original' && stage !== 'Processed')
    throw new Fault(400, 'ValidationError', `1 validation error detected: Value '${String(stage)}' at 'templateStage'`)
  const name = String(body.StackName ?? '')
  const template = state.stacks && Object.hasOwn(state.stacks, name) ? state.stacks[name] : undefined
  if (template === undefined) throw new Fault(400, 'ValidationError', `Stack with id ${name} does not exist`)
  return { TemplateBody: template, StagesAvailable: ['Original', 'Processed'] }
}

function iamError(fault: Fault): string {
  const type = fault.status >= 500 ? 'Receiver' : 'Sender'
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<ErrorResponse xmlns="${IAM_NS}"><Error><Type>${type}</Type>` +
    `<Code>${escapeXml(fault.code)}</Code><Message>${escapeXml(fault.message)}</Message></Error>` +
    `<RequestId>fake-request</RequestId></ErrorResponse>`
  )
}

/** Objects become elements, arrays become `<member>` lists, as the Query protocol writes them. */
function toXml(name: string, value: unknown): string {
  if (value === undefined || value === null) return ''
  if (Array.isArray(value)) return `<${name}>${value.map(v => toXml('member', v)).join('')}</${name}>`
  if (typeof value === 'object') {
    return `<${name}>${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => toXml(k, v))
      .join('')}</${name}>`
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** `A.member.1.B=x` → `{ A: [{ B: 'x' }] }`. */
export function decodeQuery(params: URLSearchParams): Record<string, unknown> {
  const root: Record<string, unknown> = {}
  for (const [key, value] of params) {
    const parts = key.split('.')
    let node = root
    parts.forEach((part, i) => {
      if (i === parts.length - 1) node[part] = value
      else node = (node[part] ??= {}) as Record<string, unknown>
    })
  }
  return normalise(root) as Record<string, unknown>
}

function normalise(node: unknown): unknown {
  if (node === null || typeof node !== 'object') return node
  const entries = Object.entries(node as Record<string, unknown>)
  if (entries.length === 1 && entries[0][0] === 'member') {
    return Object.entries(entries[0][1] as Record<string, unknown>)
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([, v]) => normalise(v))
  }
  return Object.fromEntries(entries.map(([k, v]) => [k, normalise(v)]))
}

/** IAM URL-encodes documents (RFC 3986). */
function encodeDocument(document: unknown): string {
  return encodeURIComponent(JSON.stringify(document, null, 2))
}

function paginateList<T>(items: T[], marker: unknown, size: number | undefined): { items: T[]; next?: string } {
  const start = typeof marker === 'string' && marker.startsWith('page-') ? Number(marker.slice(5)) : 0
  const end = size && size > 0 ? start + size : items.length
  return { items: items.slice(start, end), ...(end < items.length ? { next: `page-${end}` } : {}) }
}

function epoch(iso: string): number {
  return Date.parse(iso) / 1000
}

function regionOf(arn: string): string {
  return arn.split(':')[3] ?? ''
}

function accountOf(arn: string): string {
  return arn.split(':')[4] ?? ''
}

function callerAccount(state: FakeAwsState): string {
  return (
    state.account || accountOf(state.keys[0]?.arn ?? state.roles[0]?.arn ?? state.users[0]?.arn ?? '') || '111122223333'
  )
}

/** The Service Authorization Reference's resource for each API the gate calls (none: `*`). */
function resourceOf(api: string, body: Record<string, unknown>, state: FakeAwsState, region: string): string {
  const account = callerAccount(state)
  const partition = 'aws'
  const iamArn = (type: string, name: unknown): string => {
    const found = [...state.roles, ...state.users].find(e => e.arn.includes(`:${type}/`) && lastSegment(e.arn) === name)
    return found?.arn ?? `arn:${partition}:iam::${account}:${type}/${String(name)}`
  }
  if (api.startsWith('kms:')) {
    if (api === 'kms:ListAliases') return '*'
    const ref = String(body.KeyId)
    const key = state.keys.find(k => k.arn === ref || (regionOf(k.arn) === region && keyId(k.arn) === ref))
    return key?.arn ?? (ref.startsWith('arn:') ? ref : `arn:${partition}:kms:${region}:${account}:key/${ref}`)
  }
  // A stack's ARN ends in its unique id (Service Authorization Reference, AWS CloudFormation: `stack`).
  if (api.startsWith('cloudformation:'))
    return `arn:${partition}:cloudformation:${region}:${account}:stack/${String(body.StackName)}/0b1c2d3e-fake`
  if (body.RoleName !== undefined) return iamArn('role', body.RoleName)
  if (body.UserName !== undefined) return iamArn('user', body.UserName)
  if (body.GroupName !== undefined) return `arn:${partition}:iam::${account}:group/${String(body.GroupName)}`
  if (body.PolicyArn !== undefined) return String(body.PolicyArn)
  if (body.PolicySourceArn !== undefined) return String(body.PolicySourceArn)
  return '*'
}

/** Does the gate's policy allow this request? Allow statements only, `*`/`?` wildcards, as IAM matches them. */
function callerMay(state: FakeAwsState, api: string, body: Record<string, unknown>, region: string): boolean {
  const resource = resourceOf(api, body, state, region)
  const doc = state.callerPolicy as { Statement?: unknown }
  const statements = (Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement]) as {
    Effect?: string
    Action?: string | string[]
    Resource?: string | string[]
  }[]
  const glob = (pattern: string, value: string, ci: boolean): boolean =>
    new RegExp(
      `^${pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`,
      ci ? 'i' : ''
    ).test(value)
  const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v])
  return statements.some(
    st =>
      st.Effect === 'Allow' &&
      list(st.Action).some(a => glob(a, api, true)) &&
      list(st.Resource).some(r => glob(r, resource, false))
  )
}

/** Headers now, then the body one byte at a time: the per-attempt timeout has ended, only the deadline helps. */
function dripBody(res: ServerResponse, text: string, everyMs: number, timers: Set<NodeJS.Timeout>): void {
  res.writeHead(200, { 'content-type': text.startsWith('<') ? 'text/xml' : 'application/x-amz-json-1.1' })
  let i = 0
  const tick = (): void => {
    if (res.destroyed) return
    if (i >= text.length) {
      res.end()
      return
    }
    res.write(text[i++])
    const timer = setTimeout(() => {
      timers.delete(timer)
      tick()
    }, everyMs)
    timers.add(timer)
  }
  tick()
}

function keyId(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1)
}

/** `arn:aws:kms:us-east-1:111122223333:key/x` → `arn:aws:kms:us-east-1:111122223333`. */
function arnPrefix(arn: string): string {
  return arn.split(':').slice(0, 5).join(':')
}

function lastSegment(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1)
}

// --- from a snapshot ---------------------------------------------------------------------------

export interface FromLiveOptions {
  /** Unique ids by principal ARN, for principals whose `id` is not in the state. */
  ids?: Record<string, string>
  simulate?: Simulate
  simulatorShape?: 'new' | 'old'
}

/**
 * The fake account behind a snapshot-shaped state: its keys, its principals (policies named
 * `group/GROUP/NAME` become the inline policy NAME of group GROUP, of which the user is a member)
 * and every `knownPrincipals` entry as an existing role or user without policies.
 */
export function fakeStateFromLive(live: LiveState, options: FromLiveOptions = {}): FakeAwsState {
  const policies: Record<string, unknown> = {}
  const groups = new Map<string, FakeGroup>()
  const roles: FakeEntity[] = []
  const users: FakeEntity[] = []
  const byArn = new Map(live.principals.map(p => [p.arn, p]))
  const arns = [...new Set([...(live.knownPrincipals ?? []), ...live.principals.map(p => p.arn)])]
  for (const arn of arns) {
    const type = /:iam::\d{12}:(role|user)\//.exec(arn)?.[1]
    if (!type) continue
    const principal = byArn.get(arn)
    const fake: FakeEntity = {
      arn,
      id: principal?.id ?? options.ids?.[arn] ?? `${type === 'role' ? 'AROA' : 'AIDA'}${lastSegment(arn).toUpperCase()}`
    }
    for (const policy of principal?.policies ?? []) {
      const viaGroup = policy.name ? /^group\/([^/]+)\/(.+)$/.exec(policy.name) : null
      if (viaGroup) {
        const [, groupName, policyName] = viaGroup
        const account = arn.split(':')[4]
        const g = groups.get(groupName) ?? {
          arn: `arn:aws:iam::${account}:group/${groupName}`,
          name: groupName,
          inline: {}
        }
        g.inline = { ...g.inline, [policyName]: policy.document }
        groups.set(groupName, g)
        fake.groups = [...new Set([...(fake.groups ?? []), groupName])]
      } else if (policy.name) {
        fake.inline = { ...fake.inline, [policy.name]: policy.document }
      } else if (policy.managed) {
        policies[policy.managed] = policy.document
        fake.attached = [...(fake.attached ?? []), policy.managed]
      }
    }
    if (principal?.permissionsBoundary) {
      policies[principal.permissionsBoundary.arn] = principal.permissionsBoundary.document
      fake.boundary = principal.permissionsBoundary.arn
    }
    ;(type === 'role' ? roles : users).push(fake)
  }
  return {
    keys: live.keys.map(k => ({ ...k })),
    roles,
    users,
    groups: [...groups.values()],
    policies,
    ...(options.simulate ? { simulate: options.simulate } : {}),
    ...(options.simulatorShape ? { simulatorShape: options.simulatorShape } : {}),
    ...(live.stacks?.some(s => s.template !== null)
      ? {
          stacks: Object.fromEntries(
            live.stacks.flatMap(s => (s.template === null ? [] : [[s.name, s.template] as [string, string]]))
          )
        }
      : {})
  }
}
