import { decide } from '../../src/engine/evaluate.js'
import { buildRequest, type OrgFacts, type KeyFacts } from '../../src/engine/request.js'
import { parsePolicyText, policyFromJson } from '../../src/policy/parse.js'
import type { Decision, PolicySet, RequestContext } from '../../src/engine/types.js'
import type { ConditionClause, PolicyDocument, PolicyKind } from '../../src/policy/types.js'

/** Shared fixtures for the engine tests: one key in account 111122223333, callers in it and in 444455556666. */
export const ACCOUNT = '111122223333'
export const OTHER = '444455556666'
export const KEY_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`
export const KEY: KeyFacts = {
  arn: KEY_ARN,
  keySpec: 'SYMMETRIC_DEFAULT',
  keyUsage: 'ENCRYPT_DECRYPT',
  origin: 'AWS_KMS',
  multiRegion: false,
  aliases: ['alias/app-data']
}
export const ROLE = `arn:aws:iam::${ACCOUNT}:role/kms-rotation-service`
/** A session of ROLE, as KMS sees the caller (`sts` assumed-role ARN). */
export const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/kms-rotation-service/rotation`
export const APP_ROLE = `arn:aws:iam::${ACCOUNT}:role/app`
export const USER = `arn:aws:iam::${ACCOUNT}:user/alice`
export const ROOT = `arn:aws:iam::${ACCOUNT}:root`
export const OTHER_ROLE = `arn:aws:iam::${OTHER}:role/partner`
export const OTHER_ROOT = `arn:aws:iam::${OTHER}:root`
export const NOW = new Date('2026-11-01T00:00:00Z')

export type Json = Record<string, unknown>

/** The statement of the default key policy: the account may delegate every KMS action through IAM. */
export const ROOT_DELEGATION: Json = {
  Sid: 'EnableIAMUserPermissions',
  Effect: 'Allow',
  Principal: { AWS: ROOT },
  Action: 'kms:*',
  Resource: '*'
}
export const ALLOW_ALL: Json = { Effect: 'Allow', Action: '*', Resource: '*' }
/** The FullAWSAccess SCP and the RCPFullAWSAccess RCP that AWS Organizations attaches by default. */
export const SCP_FULL: Json = { Effect: 'Allow', Action: '*', Resource: '*' }
export const RCP_FULL: Json = { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }

export function doc(kind: PolicyKind, statements: Json | Json[], name: string = kind): PolicyDocument {
  return policyFromJson({ Version: '2012-10-17', Statement: statements }, { kind, name })
}

/** A document parsed from pretty-printed JSON text, so that statements carry real line numbers. */
export function textDoc(kind: PolicyKind, statements: Json[], name: string = kind): PolicyDocument {
  const text = JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2)
  return parsePolicyText(text, { kind, name, file: `${name}.json` })
}

export interface SetInput {
  key?: Json[] | PolicyDocument | null
  identity?: (Json[] | PolicyDocument)[]
  boundary?: Json[] | PolicyDocument | null
  scps?: (Json[] | PolicyDocument)[][]
  rcps?: (Json[] | PolicyDocument)[][]
}

function asDoc(kind: PolicyKind, d: Json[] | PolicyDocument, name: string): PolicyDocument {
  return Array.isArray(d) ? doc(kind, d, name) : d
}

/** A policy set; the key policy defaults to the default key policy (root delegation only). */
export function policySet(input: SetInput = {}): PolicySet {
  const key = input.key === undefined ? [ROOT_DELEGATION] : input.key
  return {
    keyPolicy: key === null ? null : asDoc('key', key, 'key policy'),
    identity: (input.identity ?? []).map((d, i) => asDoc('identity', d, `identity-${i}`)),
    boundary: input.boundary ? asDoc('boundary', input.boundary, 'boundary') : null,
    scps: (input.scps ?? []).map((level, l) => level.map((d, i) => asDoc('scp', d, `scp-${l}-${i}`))),
    rcps: (input.rcps ?? []).map((level, l) => level.map((d, i) => asDoc('rcp', d, `rcp-${l}-${i}`)))
  }
}

/** The decision for `principal` calling `action` on the test key. */
export function ask(
  principal: string,
  action: string,
  set: PolicySet,
  extra?: Record<string, string[]>,
  uniqueId?: string,
  key: KeyFacts = KEY,
  org?: OrgFacts
): Decision {
  return decide(buildRequest(principal, action, key, NOW, extra, uniqueId, org), set)
}

/** A request context from plain values; keys listed in `absent` are known to be missing, the rest unknown. */
export function context(values: Record<string, string | string[]>, absent: string[] = []): RequestContext {
  const map = new Map<string, string[]>()
  for (const [k, v] of Object.entries(values)) map.set(k.toLowerCase(), Array.isArray(v) ? v : [v])
  return { values: map, absent: new Set(absent.map(k => k.toLowerCase())) }
}

export function clause(operator: string, key: string, values: string | string[]): ConditionClause {
  return { operator, key, values: Array.isArray(values) ? values : [values], line: 0 }
}
