import {
  SimulatePrincipalPolicyCommand,
  type ContextEntry,
  type EvaluationResult,
  type IAMClient,
  type PolicyIdentifier,
  type ResourceSpecificResult,
  type SimulatePrincipalPolicyCommandInput,
  type Statement
} from '@aws-sdk/client-iam'
import {
  identityKey,
  type DecisionValue,
  type IdentityOracle,
  type IdentityQuery,
  type IdentityVerdict
} from '../../engine/types.js'
import { GateError } from '../../errors.js'
import { awsError, isAwsError } from './errors.js'
import { list as listOf, optBoolean, optString, reqString } from './shape.js'
import { contextKeyType, isMultivalued } from './context-types.js'
import { CallGate } from './limit.js'
import { pages } from './pages.js'
import { accountOf } from '../../arn.js'

export interface AwsIdentityOracleOptions {
  iam: IAMClient
  /** The IAM client of another account the gate reads (config `accounts:`): its principals are simulated there. */
  iamFor?: (account: string) => IAMClient | undefined
  /** Requests in flight at once; default 8. Ignored when `gate` is given. */
  concurrency?: number
  /** Shares de-duplication and call counts with the state provider. */
  gate?: CallGate
  /**
   * Largest ActionNames × ResourceArns product sent in one call; larger queries are split by
   * resources (then actions). IAM documents no such limit; the default, 250, is every rotation and owner
   * action of 50 keys, so one slow answer never carries hundreds of keys.
   */
  maxCombinationsPerCall?: number
}

const SIMULATE = 'iam:SimulatePrincipalPolicy'
const PAGE_SIZE = 1000
const DEFAULT_MAX_COMBINATIONS = 250
/** One answer per action × resource at 1,000 per page: no real query comes near it. */
const MAX_PAGES = 100
const PRINCIPAL = /^arn:[^:]+:iam::\d{12}:(role|user|group)\/(?:.*\/)?([^/]+)$/

const DECISIONS: Record<string, DecisionValue> = {
  allowed: 'allowed',
  explicitDeny: 'explicit-deny',
  implicitDeny: 'implicit-deny'
}

/**
 * The identity side of a request, decided by IAM's policy simulator (CONTRACT §7): one
 * SimulatePrincipalPolicy query per principal and world, every page read, both response shapes
 * (before and after the 2026-07-30 change) mapped to the same verdicts. Identical requests are
 * never sent twice.
 */
export class AwsIdentityOracle implements IdentityOracle {
  private readonly iam: IAMClient
  private readonly iamFor?: (account: string) => IAMClient | undefined
  private readonly gate: CallGate
  private readonly maxCombinations: number

  constructor(options: AwsIdentityOracleOptions) {
    this.iam = options.iam
    this.iamFor = options.iamFor
    this.gate = options.gate ?? new CallGate(options.concurrency ?? 8)
    this.maxCombinations = options.maxCombinationsPerCall ?? DEFAULT_MAX_COMBINATIONS
  }

  /** Simulator requests actually sent (pages and chunks count one each). */
  get calls(): Record<string, number> {
    return this.gate.calls
  }

  async simulate(query: IdentityQuery): Promise<Map<string, IdentityVerdict>> {
    const source = simulatedPrincipal(query.principal)
    const actions = [...new Set(query.actions)].sort()
    const resources = [...new Set(query.resources)].sort()
    const base: SimulatePrincipalPolicyCommandInput = {
      PolicySourceArn: query.principal,
      ActionNames: [],
      ...(query.policyInputs.length > 0 ? { PolicyInputList: query.policyInputs } : {}),
      ...(query.exclusions.length > 0 ? { PolicyExclusionList: query.exclusions.map(e => exclusion(e, source)) } : {}),
      ...(query.boundary !== undefined ? { PermissionsBoundaryPolicyInputList: [query.boundary] } : {}),
      ...(Object.keys(query.context).length > 0
        ? { ContextEntries: contextEntries(query.context, query.principal) }
        : {}),
      MaxItems: PAGE_SIZE
    }
    const verdicts = new Map<string, IdentityVerdict>()
    const chunks = split(actions, resources, this.maxCombinations)
    const answers = await Promise.all(
      chunks.map(chunk => this.simulateChunk({ ...base, ActionNames: chunk.actions, ResourceArns: chunk.resources }))
    )
    chunks.forEach((chunk, i) => {
      const answer = answers[i]
      for (const action of chunk.actions) {
        for (const resource of chunk.resources) {
          const verdict = answer.get(identityKey(query.principal, action, resource))
          if (!verdict) {
            throw new GateError(
              `AWS ${SIMULATE} on ${query.principal} returned no decision for ${action} on ${resource}`
            )
          }
          verdicts.set(identityKey(query.principal, action, resource), verdict)
        }
      }
    })
    return verdicts
  }

  /**
   * Every page of one request. The gate simulates only principals it has just read (`GetRole`/`GetUser`), with
   * the ARN IAM returned: `NoSuchEntity` here means IAM's view changed or is not consistent yet (IAM is
   * eventually consistent), so the run stops instead of counting the principal as denied everything.
   */
  private async simulateChunk(input: SimulatePrincipalPolicyCommandInput): Promise<Map<string, IdentityVerdict>> {
    const call = { api: SIMULATE, resource: input.PolicySourceArn as string }
    // The simulator of the principal's own account (a role of another account is simulated there).
    const iam = this.iamFor?.(accountOf(call.resource) ?? '') ?? this.iam
    let results: EvaluationResult[]
    try {
      results = await pages(
        call,
        async marker => {
          const command = new SimulatePrincipalPolicyCommand({ ...input, ...(marker ? { Marker: marker } : {}) })
          const out = await this.gate.call(SIMULATE, command.input, () => iam.send(command))
          return {
            items: listOf<EvaluationResult>(call, out.EvaluationResults, 'EvaluationResults'),
            next: out.IsTruncated ? optString(call, out.Marker, 'Marker') : undefined
          }
        },
        MAX_PAGES
      )
    } catch (error) {
      if (isAwsError(error, 'NoSuchEntity', 'NoSuchEntityException')) {
        throw new GateError(
          `AWS ${SIMULATE} on ${call.resource} failed: NoSuchEntity, although IAM returned that principal moments ago (IAM is eventually consistent: run the gate again; if it persists, check the ARN and its path)`
        )
      }
      throw awsError(error, call)
    }
    return mapResults(input.PolicySourceArn as string, results, input.ResourceArns ?? [])
  }
}

/**
 * New shape: one result per action, per-resource decisions in `ResourceSpecificResults` and a
 * template or `*` as the top-level resource. Old shape: one result per action × resource, with
 * the ARN as `EvalResourceName`.
 */
function mapResults(principal: string, results: EvaluationResult[], resources: string[]): Map<string, IdentityVerdict> {
  const verdicts = new Map<string, IdentityVerdict>()
  const call = { api: SIMULATE, resource: principal }
  for (const result of results) {
    checkResult(call, result)
    const action = result.EvalActionName ?? ''
    const organizationsAllow = result.OrganizationsDecisionDetail?.AllowedByOrganizations
    const perResource = listOf<ResourceSpecificResult>(call, result.ResourceSpecificResults, 'ResourceSpecificResults')
    perResource.forEach(r => checkResult(call, r))
    if (perResource.length > 0) {
      // The top level is the union of the per-resource lists; a key found only there applies to all.
      const listed = new Set(perResource.flatMap(r => r.MissingContextValues ?? []))
      const orphans = (result.MissingContextValues ?? []).filter(key => !listed.has(key))
      for (const r of perResource) {
        verdicts.set(
          identityKey(principal, action, r.EvalResourceName ?? ''),
          verdict(r.EvalResourceDecision, [...(r.MissingContextValues ?? []), ...orphans], {
            boundaryAllows: (r.PermissionsBoundaryDecisionDetail ?? result.PermissionsBoundaryDecisionDetail)
              ?.AllowedByPermissionsBoundary,
            organizationsAllow,
            matched: r.MatchedStatements ?? result.MatchedStatements
          })
        )
      }
      continue
    }
    const one = verdict(result.EvalDecision, result.MissingContextValues ?? [], {
      boundaryAllows: result.PermissionsBoundaryDecisionDetail?.AllowedByPermissionsBoundary,
      organizationsAllow,
      matched: result.MatchedStatements
    })
    const name = result.EvalResourceName ?? '*'
    // A template or `*` without per-resource results is the aggregate (most restrictive) answer for all.
    for (const resource of resources.includes(name) ? [name] : resources)
      verdicts.set(identityKey(principal, action, resource), one)
  }
  return verdicts
}

/** The fields the verdict is built from, of the documented types; anything else stops the run. */
function checkResult(call: { api: string; resource: string }, r: EvaluationResult | ResourceSpecificResult): void {
  if ('EvalActionName' in r) reqString(call, r.EvalActionName, 'EvaluationResults[].EvalActionName')
  optString(call, r.EvalResourceName, 'EvalResourceName')
  listOf<string>(call, r.MissingContextValues, 'MissingContextValues', true)
  listOf<Statement>(call, r.MatchedStatements, 'MatchedStatements')
  optBoolean(
    call,
    r.PermissionsBoundaryDecisionDetail?.AllowedByPermissionsBoundary,
    'PermissionsBoundaryDecisionDetail.AllowedByPermissionsBoundary'
  )
}

function verdict(
  evalDecision: string | undefined,
  missing: string[],
  detail: { boundaryAllows?: boolean; organizationsAllow?: boolean; matched?: Statement[] }
): IdentityVerdict {
  const decision = DECISIONS[evalDecision ?? '']
  if (!decision) throw new GateError(`AWS ${SIMULATE} returned an unknown decision "${evalDecision}"`)
  const missingContext = [...new Set(missing)]
  return {
    // The simulator's own answer, with absent keys evaluated as absent; whether a missing key leaves it open
    // is judged against the documents (worlds/identity.ts `settle`).
    decision,
    ...(detail.boundaryAllows !== undefined ? { boundaryAllows: detail.boundaryAllows } : {}),
    ...(detail.organizationsAllow !== undefined ? { organizationsAllow: detail.organizationsAllow } : {}),
    missingContext,
    matched: (detail.matched ?? []).map(s => ({
      policyId: s.SourcePolicyId ?? '',
      ...(s.SourcePolicyType ? { policyType: s.SourcePolicyType } : {}),
      ...(s.StartPosition?.Line !== undefined ? { startLine: s.StartPosition.Line } : {}),
      ...(s.EndPosition?.Line !== undefined ? { endLine: s.EndPosition.Line } : {})
    }))
  }
}

/** The simulator takes roles, users and groups only; the account root is decided locally. */
function simulatedPrincipal(arn: string): { type: 'role' | 'user' | 'group'; name: string } {
  const m = PRINCIPAL.exec(arn)
  if (!m) {
    throw new Error(
      `AwsIdentityOracle can only simulate IAM roles, users and groups, not ${arn}` +
        (/:root$|^\d{12}$/.test(arn) ? ' (the account root is evaluated locally)' : '')
    )
  }
  return { type: m[1] as 'role' | 'user' | 'group', name: m[2] }
}

function exclusion(
  entry: IdentityQuery['exclusions'][number],
  source: { type: 'role' | 'user' | 'group'; name: string }
): PolicyIdentifier {
  if ('policyArn' in entry) return { PolicyArn: entry.policyArn }
  if ('policyType' in entry) return { PolicyType: entry.policyType }
  return {
    InlinePolicyIdentifier: {
      PolicyName: entry.inlinePolicyName,
      AttachmentType: source.type,
      AttachmentName: source.name
    }
  }
}

/**
 * Context entries typed by the key's documented type (`context-types.ts`). A single-valued key with several
 * values cannot be one request's value: refused rather than sent as a list the simulator would read as "any of".
 */
function contextEntries(context: Record<string, string[]>, principal: string): ContextEntry[] {
  return Object.keys(context)
    .sort()
    .map(name => {
      const values = context[name]
      if (values.length > 1 && !isMultivalued(name)) {
        throw new GateError(
          `context value of ${name} for ${principal}: the key is single-valued, but ${values.length} values were given`
        )
      }
      return { ContextKeyName: name, ContextKeyValues: values, ContextKeyType: contextKeyType(name) }
    })
}

/** Splits the query so that no call carries more than `max` action × resource pairs. */
function split(actions: string[], resources: string[], max: number): { actions: string[]; resources: string[] }[] {
  if (actions.length === 0 || resources.length === 0) return []
  const actionsPerCall = Math.max(1, Math.min(actions.length, max))
  const resourcesPerCall = Math.max(1, Math.floor(max / actionsPerCall))
  const chunks: { actions: string[]; resources: string[] }[] = []
  for (let a = 0; a < actions.length; a += actionsPerCall) {
    for (let r = 0; r < resources.length; r += resourcesPerCall) {
      chunks.push({
        actions: actions.slice(a, a + actionsPerCall),
        resources: resources.slice(r, r + resourcesPerCall)
      })
    }
  }
  return chunks
}
