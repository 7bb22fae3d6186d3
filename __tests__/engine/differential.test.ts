import { describe, expect, test } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import fc from 'fast-check'
import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate'
import { decide } from '../../src/engine/evaluate.js'
import { isCrossAccountAction } from '../../src/engine/kms-actions.js'
import { buildRequest } from '../../src/engine/request.js'
import { accountOfPrincipalValue } from '../../src/engine/principal.js'
import type { DecisionValue, PolicySet } from '../../src/engine/types.js'
import {
  ACCOUNT,
  APP_ROLE,
  KEY,
  KEY_ARN,
  NOW,
  OTHER,
  OTHER_ROLE,
  OTHER_ROOT,
  ROLE,
  ROOT,
  USER,
  doc,
  type Json
} from '../helpers/engine.js'

/**
 * Differential test: random KMS-shaped requests and policy sets, decided by our engine and by
 * @cloud-copilot/iam-simulate (a generic IAM simulator, used here only as an independent oracle).
 *
 * What the oracle models: identity policies, the resource (key) policy, permissions boundaries, SCP and RCP
 * levels, and a KMS-specific rule (its KmsServiceAuthorizer): for a key ARN, identity Allows count only when
 * a key-policy Allow names the caller's account ("AccountLevelMatch"). So the KMS delegation rule is compared
 * directly. Conditions only use keys the engine knows (or knows to be absent), so neither side is undecided.
 *
 * Transformations applied to the oracle's input, each for a documented AWS behaviour the oracle does not model:
 * T1 — account root callers. The root user "has full access" in its account (IAM User Guide,
 *      reference_policies_evaluation-logic: "all requests are implicitly denied with the exception of the AWS
 *      account root user, which has full access") and has no identity policies or boundary. The oracle
 *      evaluates the root like an IAM identity with policies, so it is given one identity policy allowing
 *      `*` on `*` and no boundary; our engine gets no identity documents for it.
 * T2 — NotPrincipal listing the caller's account. IAM User Guide, reference_policies_elements_notprincipal: with
 *      {"AWS": [user/Bob, ACCOUNT:root]} "all principals except the user named Bob" are denied — listing the
 *      account excludes the account principal only, not the account's roles and users. The oracle treats an
 *      account entry as excluding every principal of that account. For a role or user caller the oracle gets
 *      the NotPrincipal list without the entries naming the caller's account (a list left empty becomes one
 *      ARN that names nobody), which is exactly the documented meaning for that caller.
 * T3 — RCPFullAWSAccess. It is attached to the root, every OU and every account and cannot be detached
 *      (Organizations User Guide, orgs_manage_policies_rcps_evaluation); the oracle adds it to each RCP level,
 *      and our side gets it as the first document of each generated level.
 *
 * Excluded from the comparison (checked against the documented rule instead):
 * E1 — a caller of another account and a KMS operation that is "Cross-account use: No" in the KMS API Reference
 *      (PutKeyPolicy, EnableKeyRotation, RotateKeyOnDemand, ListKeyRotations, ScheduleKeyDeletion, …). KMS
 *      rejects such calls whatever the policies say; the oracle does not know this list. Expected: implicit-deny
 *      with the missing layer `cross-account`.
 *
 * Not generated (outside both models or undocumented): single-valued operators on multivalued keys (IAM User
 * Guide, reference_policies_condition-single-vs-multi-valued-context-keys: "Multivalued context keys require a
 * condition set operator"); a wildcard in the service prefix of an action or in the service or resource-type
 * part of an ARN (reference_policies_elements_resource: "You can't use a wildcard in the service segment"; the
 * oracle also requires a literal action prefix and a literal resource type);
 * upper-case letters in the partition, service, region or account of a Resource ARN (the oracle compares those
 * segments case-insensitively, ours case-sensitively as for the rest of the ARN); an ARN with fewer than six
 * parts ("arn:aws:kms:*") in an RCP (the oracle holds it invalid for that policy type and matches nothing; in the
 * other documents both sides let a trailing `*` run across colons, reference_policies_elements_resource: "If the
 * * wildcard is the last character of a resource ARN segment, it can expand to match beyond colon boundaries");
 * RCP statements other than Deny with Action (Organizations User Guide, orgs_manage_policies_rcps_syntax; the
 * oracle validates them); NotPrincipal with Allow
 * (reference_policies_elements_notprincipal: "Using it with Allow is not supported"); unique-id principals
 * (the oracle has no principal directory); condition keys whose value the gate cannot know; documents without
 * "Version": "2012-10-17" (IAM User Guide, reference_policies_elements_version: policy variables are then plain
 * text; the oracle substitutes them whatever the version — checked in engine/direct-call.test.ts instead);
 * NotPrincipal naming an assumed-role session (the engine's caller is the role, the oracle's is the ARN given;
 * IAM User Guide, reference_policies_elements_notprincipal — checked in engine/principal.test.ts).
 */

const B_USER = `arn:aws:iam::${OTHER}:user/bob`
const CALLERS = [ROLE, APP_ROLE, USER, ROOT, OTHER_ROLE, B_USER, OTHER_ROOT]
const ACTIONS = [
  'kms:RotateKeyOnDemand',
  'kms:EnableKeyRotation',
  'kms:GetKeyRotationStatus',
  'kms:ListKeyRotations',
  'kms:DescribeKey',
  'kms:PutKeyPolicy',
  'kms:Decrypt',
  'kms:ScheduleKeyDeletion'
]
const ACTION_PATTERNS = [
  '*',
  'kms:*',
  'kms:Rotate*',
  'kms:*Rotation*',
  'kms:*KeyRotation',
  'kms:Describe?ey',
  'kms:RotateKeyOnDemand',
  'KMS:rotatekeyondemand',
  'kms:EnableKeyRotation',
  'kms:PutKeyPolicy',
  'kms:Get*',
  'kms:List*',
  'kms:Decrypt',
  'kms:Encrypt',
  'kms:*Key*',
  's3:*'
]
const RESOURCE_PATTERNS = [
  '*',
  KEY_ARN,
  `arn:aws:kms:us-east-1:${ACCOUNT}:key/*`,
  `arn:aws:kms:*:${ACCOUNT}:key/1234abcd-*`,
  'arn:aws:kms:us-east-?:*:key/*',
  `arn:aws:kms:us-west-2:${ACCOUNT}:key/*`,
  `arn:aws:kms:us-east-1:${OTHER}:key/*`,
  `arn:aws:kms:us-east-1:${ACCOUNT}:alias/*`,
  `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234ABCD-*`,
  'arn:aws:kms:*'
]
const PRINCIPALS: unknown[] = [
  '*',
  { AWS: '*' },
  { AWS: ACCOUNT },
  { AWS: ROOT },
  { AWS: ROLE },
  { AWS: USER },
  { AWS: [ROLE, USER] },
  { AWS: APP_ROLE },
  { AWS: OTHER },
  { AWS: OTHER_ROLE },
  { AWS: [OTHER_ROOT, ROLE] },
  { Service: 'cloudtrail.amazonaws.com' }
]
const NOT_PRINCIPALS: Json[] = [
  { AWS: ROOT },
  { AWS: ACCOUNT },
  { AWS: [ROLE, ROOT] },
  { AWS: [USER, ROOT] },
  { AWS: ROLE },
  { AWS: [OTHER_ROLE, OTHER_ROOT] },
  { AWS: [APP_ROLE, ACCOUNT, OTHER_ROLE] }
]
/** Conditions on keys the engine knows, or knows to be absent (kms:ViaService, aws:CalledVia, aws:username for roles). */
const CONDITIONS: Json[] = [
  { StringEquals: { 'aws:PrincipalArn': ROLE } },
  { StringEquals: { 'aws:PrincipalArn': [ROLE, USER] } },
  { StringLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/*` } },
  { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/kms-*' } },
  { ArnEquals: { 'aws:PrincipalArn': USER } },
  { ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:root' } },
  { StringNotEquals: { 'aws:PrincipalArn': ROLE } },
  { StringEquals: { 'aws:PrincipalAccount': ACCOUNT } },
  { StringEquals: { 'aws:PrincipalAccount': OTHER } },
  { StringNotEquals: { 'kms:CallerAccount': ACCOUNT } },
  { StringEquals: { 'kms:CallerAccount': '${aws:ResourceAccount}' } },
  { StringLike: { 'aws:PrincipalArn': 'arn:aws:iam::${aws:PrincipalAccount}:user/*' } },
  { StringEquals: { 'aws:ResourceAccount': ACCOUNT } },
  { Bool: { 'aws:SecureTransport': 'true' } },
  { Bool: { 'aws:SecureTransport': 'false' } },
  { BoolIfExists: { 'aws:SecureTransport': 'false' } },
  { StringEquals: { 'kms:KeySpec': 'SYMMETRIC_DEFAULT' } },
  { StringEquals: { 'kms:KeySpec': 'RSA_2048' } },
  { StringEqualsIgnoreCase: { 'kms:KeySpec': 'symmetric_default' } },
  { StringLike: { 'kms:KeyOrigin': 'AWS_*' } },
  { StringEquals: { 'aws:PrincipalType': 'User' } },
  { StringEquals: { 'aws:RequestedRegion': 'us-east-1' } },
  { StringNotLike: { 'aws:RequestedRegion': 'eu-*' } },
  { DateGreaterThan: { 'aws:CurrentTime': '2020-01-01T00:00:00Z' } },
  { DateLessThan: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' } },
  { NumericLessThan: { 'aws:EpochTime': '2000000000' } },
  { NumericGreaterThanEquals: { 'aws:EpochTime': '1893456000' } },
  { StringEquals: { 'kms:ViaService': 'ec2.us-east-1.amazonaws.com' } },
  { StringNotEquals: { 'kms:ViaService': 'ec2.us-east-1.amazonaws.com' } },
  { StringEqualsIfExists: { 'kms:ViaService': 'ec2.us-east-1.amazonaws.com' } },
  { Null: { 'kms:ViaService': 'true' } },
  { Null: { 'kms:ViaService': 'false' } },
  { Null: { 'aws:username': 'false' } },
  { StringEquals: { 'aws:username': 'alice' } },
  { 'ForAnyValue:StringEquals': { 'kms:ResourceAliases': 'alias/app-data' } },
  { 'ForAllValues:StringLike': { 'kms:ResourceAliases': 'alias/other*' } },
  { 'ForAnyValue:StringLike': { 'aws:CalledVia': '*' } },
  { 'ForAllValues:StringEquals': { 'aws:CalledVia': 'athena.amazonaws.com' } },
  { Bool: { 'aws:ViaAWSService': 'false' } }
]

const ROOT_DELEGATION: Json = {
  Sid: 'EnableIAM',
  Effect: 'Allow',
  Principal: { AWS: ROOT },
  Action: 'kms:*',
  Resource: '*'
}
const FULL_ACCESS: Json = { Effect: 'Allow', Action: '*', Resource: '*' }
const RCP_FULL: Json = { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }

type Kind = 'key' | 'identity' | 'scp' | 'rcp'

function mergeConditions(parts: Json[]): Json | undefined {
  if (!parts.length) return undefined
  const out: Record<string, Record<string, unknown>> = {}
  for (const part of parts)
    for (const [op, keys] of Object.entries(part)) out[op] = { ...(out[op] ?? {}), ...(keys as Json) }
  return out
}

const oneOrList = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | T[]> =>
  fc.oneof(arb, fc.array(arb, { minLength: 1, maxLength: 3 }))

function statementArb(kind: Kind): fc.Arbitrary<Json> {
  return fc
    .record({
      effect: fc.oneof({ weight: 6, arbitrary: fc.constant('Allow') }, { weight: 1, arbitrary: fc.constant('Deny') }),
      useNotAction: fc.nat(9).map(n => n === 0),
      // Broad patterns are drawn more often so that a fair share of the cases end up allowed.
      actions: oneOrList(
        fc.oneof(
          { weight: 1, arbitrary: fc.constantFrom('kms:*', '*') },
          { weight: 2, arbitrary: fc.constantFrom(...ACTION_PATTERNS) }
        )
      ),
      useNotResource: fc.nat(9).map(n => n === 0),
      resources: oneOrList(
        fc.oneof(
          { weight: 1, arbitrary: fc.constantFrom('*', KEY_ARN) },
          {
            weight: 2,
            arbitrary: fc.constantFrom(
              ...(kind === 'rcp' ? RESOURCE_PATTERNS.filter(r => r !== 'arn:aws:kms:*') : RESOURCE_PATTERNS)
            )
          }
        )
      ),
      principal: fc.constantFrom(...PRINCIPALS),
      notPrincipal: fc.constantFrom(...NOT_PRINCIPALS),
      useNotPrincipal: fc.nat(4).map(n => n === 0),
      conditions: fc.oneof(
        { weight: 3, arbitrary: fc.constant([] as Json[]) },
        { weight: 2, arbitrary: fc.array(fc.constantFrom(...CONDITIONS), { minLength: 1, maxLength: 2 }) }
      ),
      sid: fc.nat(99)
    })
    .map(r => {
      // An RCP holds Deny statements only, with Action (not NotAction, not "*"): the Allow of each level is
      // RCPFullAWSAccess (Organizations User Guide, orgs_manage_policies_rcps_syntax).
      const effect = kind === 'rcp' ? 'Deny' : r.effect
      const s: Json = { Sid: `S${r.sid}`, Effect: effect }
      if (kind === 'key') {
        // NotPrincipal only with Deny (reference_policies_elements_notprincipal).
        if (effect === 'Deny' && r.useNotPrincipal) s.NotPrincipal = r.notPrincipal
        else s.Principal = r.principal
      } else if (kind === 'rcp') s.Principal = '*'
      const actions = kind === 'rcp' ? [r.actions].flat().map(a => (a === '*' ? 'kms:*' : a)) : r.actions
      s[r.useNotAction && kind !== 'rcp' ? 'NotAction' : 'Action'] = actions
      s[r.useNotResource ? 'NotResource' : 'Resource'] = r.resources
      const condition = mergeConditions(r.conditions)
      if (condition) s.Condition = condition
      return s
    })
}

const statements = (kind: Kind, max: number): fc.Arbitrary<Json[]> =>
  fc.array(statementArb(kind), { minLength: 1, maxLength: max })

interface Case {
  caller: string
  action: string
  key: Json[]
  identity: Json[][]
  boundary: Json[] | null
  scps: Json[][][]
  rcps: Json[][][]
}

const caseArb: fc.Arbitrary<Case> = fc.record({
  caller: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...CALLERS.slice(0, 4)) },
    { weight: 1, arbitrary: fc.constantFrom(...CALLERS.slice(4)) }
  ),
  action: fc.constantFrom(...ACTIONS),
  key: fc
    .tuple(fc.boolean(), statements('key', 4))
    .map(([delegate, rest]) => (delegate ? [ROOT_DELEGATION, ...rest] : rest)),
  identity: fc.array(statements('identity', 3), { maxLength: 2 }),
  boundary: fc.option(statements('identity', 2), { freq: 3 }),
  scps: fc.array(
    fc.array(
      fc.tuple(fc.boolean(), statements('scp', 2)).map(([full, rest]) => (full ? [FULL_ACCESS, ...rest] : rest)),
      { minLength: 1, maxLength: 2 }
    ),
    { maxLength: 2 }
  ),
  rcps: fc.oneof(
    { weight: 4, arbitrary: fc.constant([] as Json[][][]) },
    {
      weight: 1,
      arbitrary: fc.array(fc.array(statements('rcp', 1), { minLength: 1, maxLength: 1 }), {
        minLength: 1,
        maxLength: 2
      })
    }
  )
})

const isRoot = (arn: string): boolean => arn.endsWith(':root')
const accountOf = (arn: string): string => arn.split(':')[4]

/** Our side. A root caller has no identity documents or boundary. */
function ours(c: Case): ReturnType<typeof decide> {
  const root = isRoot(c.caller)
  const set: PolicySet = {
    keyPolicy: doc('key', c.key),
    identity: root ? [] : c.identity.map((d, i) => doc('identity', d, `identity-${i}`)),
    boundary: root || !c.boundary ? null : doc('boundary', c.boundary),
    scps: c.scps.map((level, l) => level.map((d, i) => doc('scp', d, `scp-${l}-${i}`))),
    // RCPFullAWSAccess is attached to every level and cannot be detached (Organizations User Guide,
    // orgs_manage_policies_rcps_evaluation); the oracle adds it by itself.
    rcps: c.rcps.map((level, l) => [
      doc('rcp', [RCP_FULL], 'RCPFullAWSAccess'),
      ...level.map((d, i) => doc('rcp', d, `rcp-${l}-${i}`))
    ])
  }
  return decide(buildRequest(c.caller, c.action, KEY, NOW), set)
}

const NOBODY = 'arn:aws:iam::999999999999:role/nobody'

/** T2: drop NotPrincipal entries naming the caller's account, for a role or user caller. */
function oracleKeyPolicy(c: Case): { statements: Json[]; transformed: boolean } {
  if (isRoot(c.caller)) return { statements: c.key, transformed: false }
  let transformed = false
  const callerAccount = accountOf(c.caller)
  const statements = c.key.map(s => {
    if (!s.NotPrincipal) return s
    const aws = (s.NotPrincipal as { AWS: string | string[] }).AWS
    const list = Array.isArray(aws) ? aws : [aws]
    const kept = list.filter(v => accountOfPrincipalValue(v) !== callerAccount)
    if (kept.length === list.length) return s
    transformed = true
    return { ...s, NotPrincipal: { AWS: kept.length ? kept : [NOBODY] } }
  })
  return { statements, transformed }
}

function oracleContext(c: Case): Record<string, string | string[]> {
  const req = buildRequest(c.caller, c.action, KEY, NOW)
  const out: Record<string, string | string[]> = {}
  for (const [k, v] of req.context.values) out[k] = k === 'kms:resourcealiases' ? v : v[0]
  return out
}

const RESULT: Record<string, DecisionValue> = {
  Allowed: 'allowed',
  ExplicitlyDenied: 'explicit-deny',
  ImplicitlyDenied: 'implicit-deny'
}

async function oracle(c: Case): Promise<{ decision: DecisionValue; transformed: string[]; ignored: string[] }> {
  const root = isRoot(c.caller)
  const key = oracleKeyPolicy(c)
  const transformed = [...(root ? ['T1'] : []), ...(key.transformed ? ['T2'] : [])]
  const policy = (Statement: Json[]): Json => ({ Version: '2012-10-17', Statement })
  const simulation: Simulation = {
    request: {
      principal: c.caller,
      action: c.action,
      resource: { resource: KEY_ARN, accountId: ACCOUNT },
      contextVariables: oracleContext(c)
    },
    identityPolicies: root
      ? [{ name: 'root-full-access', policy: policy([FULL_ACCESS]) }]
      : c.identity.map((d, i) => ({ name: `identity-${i}`, policy: policy(d) })),
    permissionBoundaryPolicies: !root && c.boundary ? [{ name: 'boundary', policy: policy(c.boundary) }] : undefined,
    serviceControlPolicies: c.scps.map((level, l) => ({
      orgIdentifier: `scp-level-${l}`,
      policies: level.map((d, i) => ({ name: `scp-${l}-${i}`, policy: policy(d) }))
    })),
    resourceControlPolicies: c.rcps.map((level, l) => ({
      orgIdentifier: `rcp-level-${l}`,
      policies: level.map((d, i) => ({ name: `rcp-${l}-${i}`, policy: policy(d) }))
    })),
    resourcePolicy: policy(key.statements)
  }
  const r = await runSimulation(simulation, {})
  if (r.resultType !== 'single') throw new Error(`oracle refused the case: ${JSON.stringify(r)}`)
  return { decision: RESULT[r.overallResult], transformed, ignored: r.result.ignoredContextKeys ?? [] }
}

const RUNS = Number(process.env.DIFF_RUNS ?? 3000)
const SEED = Number(process.env.DIFF_SEED ?? 20261101)

describe('differential: engine vs @cloud-copilot/iam-simulate', () => {
  test(`${RUNS} random KMS-shaped cases agree`, async () => {
    const cases = fc.sample(caseArb, { numRuns: RUNS, seed: SEED })
    const stats = {
      cases: cases.length,
      compared: 0,
      agreed: 0,
      excludedCrossAccount: 0,
      transformedRoot: 0,
      transformedNotPrincipal: 0
    }
    const byDecision: Record<string, number> = {}
    const ignoredKeys = new Set<string>()
    const deniedBy: Record<string, number> = {}
    const disagreements: { case: Case; ours: DecisionValue; oracle: DecisionValue; transformed: string[] }[] = []
    for (const c of cases) {
      const mine = ours(c)
      // Every condition key in the generator is known: the engine never needs the "unknown" path here.
      expect(mine.decision).not.toBe('inconclusive')
      if (accountOf(c.caller) !== ACCOUNT && !isCrossAccountAction(c.action)) {
        // E1: checked against the KMS API Reference rule instead of the oracle.
        stats.excludedCrossAccount++
        expect(mine).toMatchObject({ decision: 'implicit-deny', missing: [{ layer: 'cross-account' }] })
        continue
      }
      const theirs = await oracle(c)
      for (const k of theirs.ignored) ignoredKeys.add(k.toLowerCase())
      if (theirs.transformed.includes('T1')) stats.transformedRoot++
      if (theirs.transformed.includes('T2')) stats.transformedNotPrincipal++
      stats.compared++
      byDecision[mine.decision] = (byDecision[mine.decision] ?? 0) + 1
      if (mine.decision === 'explicit-deny')
        deniedBy[mine.denies[0]?.origin.kind ?? '?'] = (deniedBy[mine.denies[0]?.origin.kind ?? '?'] ?? 0) + 1
      if (mine.decision === theirs.decision) stats.agreed++
      else
        disagreements.push({ case: c, ours: mine.decision, oracle: theirs.decision, transformed: theirs.transformed })
    }
    const rate = stats.compared ? stats.agreed / stats.compared : 1
    const summary = {
      seed: SEED,
      ...stats,
      agreementRate: Number(rate.toFixed(6)),
      byDecision,
      deniedBy,
      oracleIgnoredKeys: [...ignoredKeys].sort(),
      disagreements: disagreements.length
    }
    console.log(
      `engine vs iam-simulate: ${stats.agreed}/${stats.compared} compared cases agree (${(rate * 100).toFixed(2)}%), ` +
        `${stats.excludedCrossAccount} excluded (E1), transformed: root ${stats.transformedRoot} (T1), NotPrincipal ${stats.transformedNotPrincipal} (T2); ` +
        `decisions ${JSON.stringify(byDecision)}, first explicit Deny from ${JSON.stringify(deniedBy)}`
    )
    mkdirSync('coverage', { recursive: true })
    writeFileSync(
      'coverage/engine-differential.json',
      JSON.stringify({ ...summary, examples: disagreements.slice(0, 5) }, null, 2) + '\n'
    )
    // The oracle drops context keys it does not expect for an action; none of them may be one our conditions use.
    const conditionKeys = new Set(
      CONDITIONS.flatMap(c => Object.values(c).flatMap(keys => Object.keys(keys as Json).map(k => k.toLowerCase())))
    )
    expect([...ignoredKeys].filter(k => conditionKeys.has(k))).toEqual([])
    expect(disagreements.slice(0, 3)).toEqual([])
    // The generator must exercise every outcome, not only denials.
    for (const d of ['allowed', 'explicit-deny', 'implicit-deny']) expect(byDecision[d] ?? 0).toBeGreaterThan(RUNS / 20)
  })
})
