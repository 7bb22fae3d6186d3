/**
 * A local AWS endpoint for tests: KMS (JSON 1.1, `X-Amz-Target: TrentService.<Op>`) and IAM
 * (Query protocol, XML answers in the IAM namespace, URL-encoded policy documents) on
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
}

export interface FakeCall {
  api: string
  /** KMS: the JSON body; IAM: the decoded form (`X.member.N` → arrays), without Action and Version. */
  body: Record<string, unknown>
  userAgent: string
}

export interface FakeAws {
  url: string
  calls: FakeCall[]
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

export async function startFakeAws(state: FakeAwsState, faults: FaultPlan = {}): Promise<FakeAws> {
  const calls: FakeCall[] = []
  const seen: Record<string, number> = {}
  const timers = new Set<NodeJS.Timeout>()

  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req)
      const target = req.headers['x-amz-target']
      const isKms = typeof target === 'string' && target.startsWith('TrentService.')
      let api: string
      let body: Record<string, unknown>
      if (isKms) {
        api = `kms:${target.slice('TrentService.'.length)}`
        body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {}
      } else {
        const form = decodeQuery(new URLSearchParams(raw))
        api = `iam:${String(form.Action)}`
        delete form.Action
        delete form.Version
        body = form
      }
      calls.push({ api, body, userAgent: String(req.headers['user-agent'] ?? '') })
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
        if (n <= (faults.throttle?.[api] ?? 0))
          throw new Fault(400, isKms ? 'ThrottlingException' : 'Throttling', 'Rate exceeded')
        if (n <= (faults.serverError?.[api] ?? 0))
          throw new Fault(500, isKms ? 'KMSInternalException' : 'ServiceFailure', 'internal failure')
        if (isKms) sendJson(res, 200, kms(state, api, body, faults.pageSize))
        else sendXml(res, 200, iamResponse(api, await iam(state, api, body, faults.pageSize)))
      } catch (error) {
        if (!(error instanceof Fault)) throw error
        if (isKms) sendJson(res, error.status, { __type: error.code, message: error.message })
        else sendXml(res, error.status, iamError(error))
      }
    })().catch((error: unknown) => {
      if (!res.headersSent && !res.destroyed) sendJson(res, 599, { __type: 'FakeAwsBug', message: String(error) })
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer)
        server.closeAllConnections()
        server.close(error => (error ? reject(error) : resolve()))
      })
  }
}

// --- KMS -----------------------------------------------------------------------------------------

function kms(state: FakeAwsState, api: string, body: Record<string, unknown>, pageSize?: number): unknown {
  switch (api) {
    case 'kms:DescribeKey':
      return { KeyMetadata: keyMetadata(findKey(state, body.KeyId)) }
    case 'kms:GetKeyPolicy': {
      const key = findKey(state, body.KeyId)
      if (body.PolicyName !== 'default') throw new Fault(400, 'NotFoundException', 'policy name must be default')
      return { Policy: JSON.stringify(key.policy, null, 2), PolicyName: 'default' }
    }
    case 'kms:GetKeyRotationStatus': {
      const key = findKey(state, body.KeyId)
      const rotation = rotationOf(key)
      return {
        KeyId: key.arn,
        KeyRotationEnabled: rotation.enabled,
        ...(rotation.periodDays !== undefined ? { RotationPeriodInDays: rotation.periodDays } : {}),
        ...(rotation.nextRotationDate ? { NextRotationDate: epoch(rotation.nextRotationDate) } : {})
      }
    }
    case 'kms:ListKeyRotations': {
      const key = findKey(state, body.KeyId)
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
      const aliases = state.keys.flatMap(key =>
        (key.aliases ?? []).map(name => ({
          AliasName: name,
          AliasArn: `${arnPrefix(key.arn)}:${name}`,
          TargetKeyId: keyId(key.arn)
        }))
      )
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

function findKey(state: FakeAwsState, ref: unknown): FakeKey {
  const key = state.keys.find(
    k =>
      k.arn === ref ||
      keyId(k.arn) === ref ||
      (k.aliases ?? []).some(alias => alias === ref || `${arnPrefix(k.arn)}:${alias}` === ref)
  )
  if (!key) throw new Fault(400, 'NotFoundException', `Key '${String(ref)}' does not exist`)
  return key
}

function rotationOf(key: FakeKey): KeyRotationState {
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
      ? { MultiRegionConfiguration: { MultiRegionKeyType: 'PRIMARY', PrimaryKey: { Arn: key.arn, Region: region } } }
      : {}),
    EncryptionAlgorithms: ['SYMMETRIC_DEFAULT']
  }
}

// --- IAM -----------------------------------------------------------------------------------------

function iam(
  state: FakeAwsState,
  api: string,
  body: Record<string, unknown>,
  pageSize?: number
): Record<string, unknown> | Promise<Record<string, unknown>> {
  const size = pageSize ?? (body.MaxItems !== undefined ? Number(body.MaxItems) : undefined)
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
      return simulate(state, body, size)
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

async function simulate(
  state: FakeAwsState,
  body: Record<string, unknown>,
  size: number | undefined
): Promise<Record<string, unknown>> {
  const principal = String(body.PolicySourceArn)
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
  const op = api.slice('iam:'.length)
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<${op}Response xmlns="${IAM_NS}">` +
    toXml(`${op}Result`, result) +
    `<ResponseMetadata><RequestId>fake-request</RequestId></ResponseMetadata></${op}Response>`
  )
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

function paginate<T>(items: T[], marker: unknown, size: number | undefined): { items: T[]; next?: string } {
  const start = typeof marker === 'string' && marker.startsWith('page-') ? Number(marker.slice(5)) : 0
  const end = size && size > 0 ? start + size : items.length
  return { items: items.slice(start, end), ...(end < items.length ? { next: `page-${end}` } : {}) }
}

function epoch(iso: string): number {
  return Date.parse(iso) / 1000
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
    ...(options.simulatorShape ? { simulatorShape: options.simulatorShape } : {})
  }
}
