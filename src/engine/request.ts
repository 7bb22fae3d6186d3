import { parseArn } from '../arn.js'
import type { PrincipalType, Request, RequestContext, RequestPrincipal, RequestResource } from './types.js'

const PRINCIPAL_ARN = /^arn:([a-z-]+):(iam|sts)::(\d{12}):(root|role\/.+|user\/.+|assumed-role\/.+|federated-user\/.+)$/

/** Parses a principal ARN (or a bare account id, meaning that account's root). */
export function parsePrincipal(arn: string, uniqueId?: string): RequestPrincipal {
  if (/^\d{12}$/.test(arn)) return { arn: `arn:aws:iam::${arn}:root`, account: arn, partition: 'aws', type: 'root' }
  const m = PRINCIPAL_ARN.exec(arn)
  if (!m) {
    const acct = /^arn:[^:]*:[^:]*::(\d{12}):/.exec(arn)?.[1] ?? ''
    return { arn, account: acct, partition: parseArn(arn)?.partition || 'aws', type: 'other', uniqueId }
  }
  const [, partition, , account, rest] = m
  let type: PrincipalType = 'other'
  if (rest === 'root') type = 'root'
  else if (rest.startsWith('role/')) type = 'role'
  else if (rest.startsWith('user/')) type = 'user'
  else if (rest.startsWith('assumed-role/')) type = 'assumed-role'
  else if (rest.startsWith('federated-user/')) type = 'federated'
  const name = type === 'root' ? undefined : rest.split('/').pop()
  return { arn, account, partition, type, name, uniqueId }
}

export function parseKeyArn(arn: string): RequestResource {
  const parts = parseArn(arn)
  return { arn, partition: parts?.partition || 'aws', region: parts?.region ?? '', account: parts?.account ?? '' }
}

/** Facts about the key that KMS puts in the request context (KMS Developer Guide, conditions-kms). */
export interface KeyFacts {
  arn: string
  keySpec?: string
  keyUsage?: string
  origin?: string
  multiRegion?: boolean
  multiRegionKeyType?: string
  aliases?: string[]
}

/** The organization of the state's account: `id` null when the account is in no organization. */
export interface OrgFacts {
  account: string
  id: string | null
}

/** KMS actions whose requests carry tags (`Tags` / `TagKeys` parameters): the only ones with `aws:RequestTag/*` or `aws:TagKeys`. */
const TAGGING_ACTIONS = new Set(['kms:createkey', 'kms:replicatekey', 'kms:tagresource', 'kms:untagresource'])

/**
 * Keys that only a service-to-service request carries (IAM User Guide, reference_policies_condition-keys:
 * aws:SourceAccount, aws:SourceArn, aws:SourceOrgID and aws:SourceOrgPaths are present "only when a call to
 * your resource is made directly by an AWS service principal on behalf of" a resource; aws:PrincipalServiceName
 * and aws:PrincipalServiceNamesList only when the principal is a service). A rotation role, a user or the root
 * calling KMS directly never has them. `aws:SourceVpc`/`aws:SourceVpce`/`aws:VpcSourceIp`/`aws:SourceIp` are
 * NOT here: they depend on the network path of the call (KMS Developer Guide, vpce-policy-condition), so they
 * stay unknown unless config `context` gives them.
 */
const SERVICE_ONLY_KEYS = [
  'aws:SourceAccount',
  'aws:SourceArn',
  'aws:SourceOrgID',
  'aws:SourceOrgPaths',
  'aws:SourceOwner',
  'aws:PrincipalServiceName',
  'aws:PrincipalServiceNamesList'
]

const PRINCIPAL_TYPE: Record<PrincipalType, string | undefined> = {
  root: 'Account',
  role: 'AssumedRole',
  'assumed-role': 'AssumedRole',
  user: 'User',
  federated: 'FederatedUser',
  service: undefined,
  other: undefined
}

/**
 * The request context the gate knows for a direct KMS call by the principal (CONTRACT §6):
 * principal and account keys, `aws:SecureTransport` true, the time from `--now`, the key's region and
 * KMS key properties. Keys that a direct call never carries (`kms:ViaService`, `aws:CalledVia…`) are absent;
 * `kms:BypassPolicyLockoutSafetyCheck` is false for PutKeyPolicy (a normal policy update). Values from
 * config `context` override. Every other key is unknown.
 */
export function buildContext(
  principal: RequestPrincipal,
  action: string,
  key: KeyFacts,
  now: Date,
  extra: Record<string, string[]> = {},
  org?: OrgFacts
): RequestContext {
  const values = new Map<string, string[]>()
  const absent = new Set<string>()
  const prefixes = new Map<string, string>()
  const absentPrefixes: string[] = []
  const set = (k: string, v: string | string[] | undefined): void => {
    if (v === undefined) absent.add(k.toLowerCase())
    else values.set(k.toLowerCase(), Array.isArray(v) ? v : [v])
  }
  const resource = parseKeyArn(key.arn)
  // aws:PrincipalArn is the role ARN for a role session (IAM User Guide, condition-keys-principalarn).
  set('aws:PrincipalArn', principal.arn)
  set('aws:PrincipalAccount', principal.account)
  set('aws:PrincipalType', PRINCIPAL_TYPE[principal.type])
  set('kms:CallerAccount', principal.account)
  set('aws:ResourceAccount', resource.account)
  set('aws:SecureTransport', 'true')
  set('aws:CurrentTime', now.toISOString())
  set('aws:EpochTime', String(Math.floor(now.getTime() / 1000)))
  set('aws:RequestedRegion', resource.region)
  set('aws:ViaAWSService', 'false')
  // A role, user or root is not an AWS service principal (IAM User Guide, condition-keys-principalisawsservice).
  set('aws:PrincipalIsAWSService', 'false')
  for (const k of SERVICE_ONLY_KEYS) absent.add(k.toLowerCase())
  // Rotation, DescribeKey and PutKeyPolicy requests carry no tags (KMS API reference: no Tags parameter).
  if (!TAGGING_ACTIONS.has(action.toLowerCase())) {
    absent.add('aws:tagkeys')
    absentPrefixes.push('aws:requesttag/')
  }
  if (org) {
    // aws:PrincipalOrgID / aws:ResourceOrgID: the organization of the principal's / the key's account; absent
    // outside an organization (IAM User Guide, condition-keys-principalorgid, condition-keys-resourceorgid).
    if (principal.account === org.account) set('aws:PrincipalOrgID', org.id ?? undefined)
    if (resource.account === org.account) set('aws:ResourceOrgID', org.id ?? undefined)
  }
  for (const k of [
    'kms:ViaService',
    'aws:CalledVia',
    'aws:CalledViaFirst',
    'aws:CalledViaLast',
    'kms:GrantIsForAWSResource'
  ]) {
    absent.add(k.toLowerCase())
  }
  if (principal.type === 'user') {
    set('aws:username', principal.name)
    if (principal.uniqueId) set('aws:userid', principal.uniqueId)
  } else if (principal.type === 'root') {
    set('aws:userid', principal.account)
    absent.add('aws:username')
  } else {
    absent.add('aws:username')
    // A role session's aws:userid is `ROLE-ID:ROLE-SESSION-NAME` (IAM User Guide, reference_policies_variables,
    // "Information available in all requests"): the unique id is known, the session name is not.
    if (principal.type === 'role' && principal.uniqueId) prefixes.set('aws:userid', `${principal.uniqueId}:`)
  }
  if (key.keySpec) {
    set('kms:KeySpec', key.keySpec)
    // kms:CustomerMasterKeySpec is the older name of the same key.
    set('kms:CustomerMasterKeySpec', key.keySpec)
  }
  if (key.keyUsage) {
    set('kms:KeyUsage', key.keyUsage)
    set('kms:CustomerMasterKeyUsage', key.keyUsage)
  }
  if (key.origin) set('kms:KeyOrigin', key.origin)
  if (key.multiRegion !== undefined) set('kms:MultiRegion', String(key.multiRegion))
  if (key.multiRegionKeyType) set('kms:MultiRegionKeyType', key.multiRegionKeyType)
  if (key.aliases) set('kms:ResourceAliases', key.aliases)
  // The request names the key by ARN, not by alias.
  absent.add('kms:requestalias')
  if (action.toLowerCase() === 'kms:putkeypolicy') set('kms:BypassPolicyLockoutSafetyCheck', 'false')
  else absent.add('kms:bypasspolicylockoutsafetycheck')
  for (const [k, v] of Object.entries(extra)) {
    values.set(k.toLowerCase(), v)
    absent.delete(k.toLowerCase())
    prefixes.delete(k.toLowerCase())
  }
  return { values, absent, absentPrefixes, prefixes }
}

/**
 * What of an action the request context depends on: whether the request carries tags, and whether it is
 * PutKeyPolicy (kms:BypassPolicyLockoutSafetyCheck). Requests whose actions share a class share a context.
 */
export function contextClass(action: string): string {
  const a = action.toLowerCase()
  return a === 'kms:putkeypolicy' ? 'put-key-policy' : TAGGING_ACTIONS.has(a) ? 'tagging' : 'other'
}

/**
 * Builds requests for many checks of one key, sharing what they have in common: a principal is parsed once, and
 * the actions of one context class share one context (a run evaluates tens of thousands of checks).
 */
export class RequestBuilder {
  private readonly principals = new Map<string, RequestPrincipal>()
  private readonly contexts = new Map<string, RequestContext>()

  constructor(
    private readonly key: KeyFacts,
    private readonly org?: OrgFacts
  ) {}

  request(
    principalArn: string,
    action: string,
    at: Date,
    extra?: Record<string, string[]>,
    uniqueId?: string
  ): Request {
    const pk = `${principalArn}\u0000${uniqueId ?? ''}`
    let principal = this.principals.get(pk)
    if (!principal) this.principals.set(pk, (principal = parsePrincipal(principalArn, uniqueId)))
    const ck = `${pk}\u0000${contextClass(action)}\u0000${at.getTime()}`
    let context = this.contexts.get(ck)
    if (!context) this.contexts.set(ck, (context = buildContext(principal, action, this.key, at, extra, this.org)))
    return { principal, action, resource: parseKeyArn(this.key.arn), context }
  }
}

export function buildRequest(
  principalArn: string,
  action: string,
  key: KeyFacts,
  now: Date,
  extra?: Record<string, string[]>,
  uniqueId?: string,
  org?: OrgFacts
): Request {
  return new RequestBuilder(key, org).request(principalArn, action, now, extra, uniqueId)
}
