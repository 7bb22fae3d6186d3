import type { KeyFacts, OrgFacts } from './engine/request.js'
import type { Decision, IdentityOracle } from './engine/types.js'
import { GateError } from './errors.js'
import { parseArn, withoutIamPath } from './arn.js'
import { RULES } from './constants.js'
import { evaluateKey, type RunContext } from './gate/key.js'
import { planKeys, probedPlan, probeTarget, target, type KeyPlan, type Probe } from './gate/plan.js'
import { buildReport } from './report/build.js'
import { applySuppressions } from './report/suppress.js'
import { documentRules, type ProposedDoc } from './rules/documents.js'
import { stateNotices } from './rules/state-notices.js'
import { findKey } from './state/keys.js'
import { afterWorld, beforeWorld } from './worlds/build.js'
import { simulateIdentity } from './worlds/identity.js'
import type { Config } from './config/types.js'
import type { PolicyDocument } from './policy/types.js'
import type { CheckResult, FailOn, Finding, Report } from './report/types.js'
import type { ProposedChange, ProposedPrincipal } from './sources/types.js'
import type { LiveState, StateProvider } from './state/types.js'

export type { Probe } from './gate/plan.js'

export interface GateInput {
  config: Config
  /** The repository's proposed documents (config files, and IaC sources). */
  change: ProposedChange
  provider: StateProvider
  /** Live mode: the identity side from IAM's policy simulator. */
  identity?: IdentityOracle
  now: Date
  failOn: FailOn
  /** Whether `preExisting` findings can fail the run (default false: only what the change causes blocks). */
  failOnPreExisting?: boolean
  /** Findings of the sources themselves (malformed templates and plans, mapping notices). */
  findings?: Finding[]
  /** `explain`: one request to decide exactly as the checks are decided (its key must be a configured key). */
  probe?: Probe
}

export interface GateResult {
  report: Report
  /** The probe's decisions, in both worlds (`before` is null for a key the change creates). */
  probe?: { keyArn: string; before: Decision | null; after: Decision }
}

export async function runGate(input: GateInput): Promise<GateResult> {
  const { config, provider } = input
  let { change } = input
  const state = await provider.load({
    keys: change.keys.flatMap(k => (k.key ? [k.key] : [])),
    principals: namedPrincipals(config, change)
  })
  change = withIamPaths(change, state)

  let plans = planKeys(config, change, state, provider.file)
  // `explain` may ask about a live key the config does not list: it is planned like an unlisted template key
  // (owner: the account root, no rotation principals), so it is decided by the same code.
  if (input.probe && !probedPlan(input.probe, plans, change, state) && findKey(state, input.probe.key)) {
    change = { ...change, keys: [...change.keys, { key: input.probe.key }] }
    plans = planKeys(config, change, state, provider.file)
  }
  const probePlan = input.probe ? probedPlan(input.probe, plans, change, state) : undefined
  if (input.probe && !probePlan)
    throw new GateError(
      `key ${input.probe.key} is not in the ${provider.file ? `snapshot ${provider.file}` : 'account'}, nor a key the change creates`
    )
  // The worlds (every key policy of both, compiled) are held only while the keys are evaluated: the rules on the
  // documents and the report below need the proposed documents and the checks, not the worlds.
  const evaluated = await evaluateKeys(input, state, change, plans, probePlan)
  const { findings, checks, probeResult, known } = evaluated

  findings.push(...groupFindings(change, checks))

  // Rules on the documents themselves, and what the state could not tell.
  const proposed = proposedDocuments(plans, change)
  const liveIds = new Set(state.principals.flatMap(p => (p.id ? [p.id] : [])))
  findings.push(
    ...documentRules(proposed, known, evaluated.readAccounts, liveIds),
    ...stateNotices({
      state,
      snapshotFile: provider.file,
      configFile: config.file,
      accountLine: account => config.accounts[account]?.line,
      namesPrincipals:
        plans.some(p => Object.keys(p.principalLines).length > 0) || proposed.some(d => d.doc.origin.kind === 'key')
    })
  )
  // The same finding from two routes (a document named by two keys, one loss seen from two checks) is one.
  const unique = new Map(findings.map(f => [JSON.stringify(f), f]))
  const keyNames = plans.map(plan => ({
    arn: plan.keyArn,
    names: [plan.keyName, change.keys[plan.index].key, ...(plan.facts.aliases ?? [])].filter(
      (name): name is string => typeof name === 'string'
    )
  }))
  const reported = applySuppressions([...unique.values()], config.ignore, input.now, config.file, keyNames)
  const policy = { failOn: input.failOn, preExisting: input.failOnPreExisting ?? false }
  return { report: buildReport(reported, checks, provider.mode, policy), probe: probeResult }
}

/** Builds both worlds, asks the simulator, and evaluates every planned key in them. */
async function evaluateKeys(
  input: GateInput,
  state: LiveState,
  change: ProposedChange,
  plans: KeyPlan[],
  probePlan: KeyPlan | undefined
): Promise<{
  findings: Finding[]
  checks: CheckResult[]
  probeResult: GateResult['probe']
  known: Set<string> | undefined
  readAccounts: string[]
}> {
  const { config, now } = input
  const before = beforeWorld(state)
  const after = afterWorld(before, change, new Map(plans.map(p => [p.index, p.keyArn])))
  const uniqueIds = new Map(state.principals.map(p => [p.arn, p.id]))
  const org: OrgFacts | undefined =
    state.organizationId !== undefined ? { account: state.account, id: state.organizationId } : undefined
  const verdicts = input.identity
    ? await simulateIdentity({
        oracle: input.identity,
        pairs: identityPairs(plans, probePlan, input.probe),
        before,
        after,
        config,
        now,
        uniqueIds,
        org
      })
    : undefined

  // Principals the change itself creates may be named before they exist (the deployment creates them first).
  // A principal the change deletes does not exist after it: a proposed key policy naming it is rejected.
  const deleted = new Set((change.removedPrincipals ?? []).filter(r => !r.replaced).map(r => r.arn))
  const existing = state.knownPrincipals
    ? [...state.knownPrincipals, ...(change.createdPrincipals ?? []), ...(change.declaredPrincipals ?? [])]
    : undefined
  const known = existing ? new Set(existing.filter(p => !deleted.has(p))) : undefined
  const ctx: RunContext = {
    config,
    before,
    after,
    verdicts,
    now,
    org,
    uniqueIds,
    removed: new Map((change.removedPrincipals ?? []).map(r => [r.arn, r])),
    // A configured principal the change deletes is reported as the access it loses, not as a bad config entry.
    configured: existing ? new Set(existing) : undefined,
    // The accounts whose role and user lists `knownPrincipals` holds: principals of these are checked for existence.
    readAccounts: [state.account, ...(state.otherAccounts ?? [])]
  }

  const findings: Finding[] = [...(input.findings ?? [])]
  const checks: CheckResult[] = []
  let probeResult: GateResult['probe']
  for (const plan of plans) {
    const outcome = evaluateKey(ctx, plan, change.keys[plan.index], plan === probePlan ? input.probe : undefined)
    for (const c of outcome.checks) checks.push(c)
    for (const f of outcome.findings) findings.push(f)
    if (outcome.probe) probeResult = outcome.probe
  }
  return { findings, checks, probeResult, known, readAccounts: ctx.readAccounts }
}

/**
 * Changes to IAM groups, which the gate does not read, may give or take away what an IAM user may do (groups hold
 * users, never roles: IAM User Guide, IAM user groups). With an IAM user among the checked principals such a
 * change is an error — passing it would pass what the gate could not check —, else a warning.
 */
function groupFindings(change: ProposedChange, checks: CheckResult[]): Finding[] {
  if (!change.groupChanges?.length) return []
  const user = checks.map(c => c.principal).find(p => parseArn(p)?.resource.startsWith('user/'))
  return change.groupChanges.map(g => ({
    rule: RULES.unreadResource,
    severity: user ? 'error' : 'warning',
    message: user
      ? `${g.message}; ${user}, checked here, may be a member: review the change by hand (then suppress it with \`ignore\`)`
      : g.message,
    file: g.file,
    startLine: g.line,
    endLine: g.line,
    preExisting: false
  }))
}

/** Every principal the run asks the state about: the config's rotation principals, owners and principals. */
function namedPrincipals(config: Config, change: ProposedChange): string[] {
  const principals = new Set<string>()
  for (const k of config.keys) {
    k.rotation.principals.forEach(p => principals.add(p))
    k.owners?.forEach(p => principals.add(p))
  }
  config.principals.forEach(p => principals.add(p.arn))
  // Principals the change creates do not exist yet: there is nothing to read. One named without its IAM path is
  // taken as the account's principal of that name once the state is read (withIamPaths).
  const skip = new Set([...(change.createdPrincipals ?? []), ...(change.pathless ?? [])])
  change.principals.forEach(p => {
    if (!skip.has(p.arn)) principals.add(p.arn)
  })
  return [...principals]
}

/**
 * A role or user a template or plan names without its path (`role = "ops"`) is the account's principal of that
 * name, whatever its path: names are unique in an account (IAM User Guide, IAM identifiers, "Friendly names and
 * paths"). Without this, a change to the policies of `role/service/ops` written as `role = "ops"` went to a
 * principal nobody checks. A name the account does not have keeps its path-less ARN.
 */
export function withIamPaths(change: ProposedChange, state: LiveState): ProposedChange {
  if (!change.pathless?.length) return change
  const byName = new Map<string, string>()
  for (const arn of [...(state.knownPrincipals ?? []), ...state.principals.map(p => p.arn)]) {
    const named = withoutIamPath(arn)
    if (named) byName.set(named, arn)
  }
  const rename = new Map<string, string>()
  for (const arn of change.pathless) {
    const real = byName.get(arn)
    if (real && real !== arn) rename.set(arn, real)
  }
  if (!rename.size) return change
  const to = (arn: string): string => rename.get(arn) ?? arn
  const principals = new Map<string, ProposedPrincipal>()
  for (const p of change.principals) {
    const arn = to(p.arn)
    const same = principals.get(arn)
    if (!same) {
      principals.set(arn, { ...p, arn })
      continue
    }
    // The same principal named both ways: one entry with both entries' changes.
    principals.set(arn, {
      ...same,
      policies: [...same.policies, ...p.policies],
      ...(p.permissionsBoundary !== undefined ? { permissionsBoundary: p.permissionsBoundary } : {}),
      ...(p.exclusive ? { exclusive: { ...same.exclusive, ...p.exclusive } } : {})
    })
  }
  return {
    ...change,
    principals: [...principals.values()],
    attachments: change.attachments?.map(a => ({ ...a, principal: to(a.principal) })),
    exclusiveAttachments: change.exclusiveAttachments?.map(x => ({ ...x, principals: x.principals.map(to) })),
    removedPrincipals: change.removedPrincipals?.map(r => ({ ...r, arn: to(r.arn) }))
  }
}

/**
 * The requests whose identity side IAM's simulator decides (live mode): every check of a live key, and the probe
 * of `explain`. A replica's rotation writes are asked about on its primary key, where they are decided.
 */
function identityPairs(
  plans: KeyPlan[],
  probePlan: KeyPlan | undefined,
  probe: Probe | undefined
): { principal: string; action: string; keyArn: string; facts: KeyFacts }[] {
  return plans
    .filter(plan => plan.live)
    .flatMap(plan => [
      ...plan.rotationPrincipals.flatMap(p =>
        plan.rotationActions.map(a => ({ principal: p, action: a, ...target(plan, a) }))
      ),
      ...plan.owners.flatMap(p =>
        plan.ownerActions.map(a => ({ principal: p, action: a, keyArn: plan.keyArn, facts: plan.facts }))
      ),
      ...(plan === probePlan && probe
        ? [{ principal: probe.principal, action: probe.action, ...probeTarget(plan, probe.action) }]
        : [])
    ])
}

/** The documents the change proposes: key policies (with their key), identity policies and boundaries, once each. */
function proposedDocuments(plans: KeyPlan[], change: ProposedChange): ProposedDoc[] {
  const proposed: ProposedDoc[] = []
  for (const plan of plans) {
    const k = change.keys[plan.index]
    if (k.policy && !k.deleted) proposed.push({ doc: k.policy, keyArn: plan.keyArn, keyName: plan.keyName })
  }
  // A document named for several principals (a managed policy) is checked once.
  const seen = new Set<object>()
  const addOnce = (doc: PolicyDocument | null | undefined): void => {
    if (!doc || seen.has(doc)) return
    seen.add(doc)
    proposed.push({ doc })
  }
  for (const p of change.principals) {
    p.policies.forEach(pol => addOnce(pol.document))
    addOnce(p.permissionsBoundary)
  }
  for (const pol of change.managedPolicies ?? []) addOnce(pol.document)
  return proposed
}
