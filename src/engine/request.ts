import type { PrincipalType, Request, RequestContext, RequestPrincipal, RequestResource } from './types.js'

const PRINCIPAL_ARN = /^arn:([a-z-]+):(iam|sts)::(\d{12}):(root|role\/.+|user\/.+|assumed-role\/.+|federated-user\/.+)$/

/** Parses a principal ARN (or a bare account id, meaning that account's root). */
export function parsePrincipal(arn: string, uniqueId?: string): RequestPrincipal {
  if (/^\d{12}$/.test(arn)) return { arn: `arn:aws:iam::${arn}:root`, account: arn, partition: 'aws', type: 'root' }
  const m = PRINCIPAL_ARN.exec(arn)
  if (!m) {
    const acct = /^arn:[^:]*:[^:]*::(\d{12}):/.exec(arn)?.[1] ?? ''
    return { arn, account: acct, partition: arn.split(':')[1] ?? 'aws', type: 'other', uniqueId }
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
  const parts = arn.split(':')
  return { arn, partition: parts[1] ?? 'aws', region: parts[3] ?? '', account: parts[4] ?? '' }
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
  extra: Record<string, string[]> = {}
): RequestContext {
  const values = new Map<string, string[]>()
  const absent = new Set<string>()
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
  }
  return { values, absent }
}

export function buildRequest(
  principalArn: string,
  action: string,
  key: KeyFacts,
  now: Date,
  extra?: Record<string, string[]>,
  uniqueId?: string
): Request {
  const principal = parsePrincipal(principalArn, uniqueId)
  return {
    principal,
    action,
    resource: parseKeyArn(key.arn),
    context: buildContext(principal, action, key, now, extra)
  }
}
