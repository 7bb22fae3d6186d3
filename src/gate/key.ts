import { decide } from '../engine/evaluate.js'
import { RequestBuilder, type KeyFacts, type OrgFacts } from '../engine/request.js'
import { identityKey, type Decision, type IdentityVerdict, type StatementRef } from '../engine/types.js'
import { rotationAccessRules } from '../rules/access.js'
import { configPrincipalRule, liveOrphanRule } from '../rules/documents.js'
import { changedKeyRules, replicaRotationNotice } from '../rules/key-settings.js'
import { ownerRules } from '../rules/owners.js'
import { rotationHealthRules } from '../rules/rotation-health.js'
import { scheduledLoss } from '../rules/schedule.js'
import { withRemovedPrincipal, type RemovedPrincipal } from '../rules/state-notices.js'
import { policySetFor, type World } from '../worlds/build.js'
import { probePurpose, target, type KeyPlan } from './plan.js'
import type { Config } from '../config/types.js'
import type { PolicyDocument } from '../policy/types.js'
import type { CheckResult, Finding } from '../report/types.js'
import type { EvaluatedCheck } from '../rules/types.js'
import type { ProposedKey } from '../sources/types.js'

/** What every key of a run is evaluated against: the two worlds, the simulator's verdicts, the run's facts. */
export interface RunContext {
  config: Config
  before: World
  after: World
  /** Live mode: the identity side of each request, by `identityKey`, in each world. */
  verdicts?: { before: Map<string, IdentityVerdict>; after: Map<string, IdentityVerdict> }
  now: Date
  org?: OrgFacts
  uniqueIds: Map<string, string | undefined>
  /** Principals the change deletes or replaces. */
  removed: Map<string, RemovedPrincipal>
  /** Role and user ARNs that exist (or that the change creates); undefined: unknown. */
  configured?: Set<string>
  /** Accounts whose role and user lists `configured` holds. */
  readAccounts: string[]
}

export interface KeyOutcome {
  checks: CheckResult[]
  findings: Finding[]
  /** The probe's decisions (`explain`), when it is about this key. */
  probe?: { keyArn: string; before: Decision | null; after: Decision }
}

/** The decision of a principal the change deletes: nothing allows it after the change. */
const deleted = (): Decision => ({ decision: 'implicit-deny', denies: [], allows: [], missing: [] })

/**
 * One key of the run: every rotation and owner check decided in both worlds, the access rules on those
 * decisions, the rotation-health rules on its live state, and what the change declares about the key itself.
 */
export function evaluateKey(
  ctx: RunContext,
  plan: KeyPlan,
  proposedKey: ProposedKey,
  probe?: { principal: string; action: string }
): KeyOutcome {
  const { config, now } = ctx
  const findings: Finding[] = [
    ...configPrincipalRule(
      plan.principalLines,
      plan.keyArn,
      plan.keyName,
      ctx.configured,
      ctx.readAccounts,
      config.file
    )
  ]
  const checks: CheckResult[] = []
  // A principal the change deletes has no access after it. One it replaces is a new principal with a new
  // unique id: a live key policy's grant to the old one does not carry over (IAM User Guide, Principal
  // element: a recreated role or user is not the one the policy names) unless the change puts the key
  // policy again, naming the new one.
  const gone = (principal: string): boolean => {
    const r = ctx.removed.get(principal)
    return !!r && (!r.replaced || !proposedKey.policy || !!proposedKey.deleted)
  }
  const builders = new Map<KeyFacts, RequestBuilder>()
  /** One request in both worlds: every check, and the probe of `explain`, is decided here. */
  const evaluate = (purpose: 'rotation' | 'owner', principal: string, action: string) => {
    const { keyArn, facts } = purpose === 'rotation' ? target(plan, action) : plan
    let builder = builders.get(facts)
    if (!builder) builders.set(facts, (builder = new RequestBuilder(facts, ctx.org)))
    const extra = config.context.get(principal)
    const requestAt = (at: Date) => builder.request(principal, action, at, extra, ctx.uniqueIds.get(principal))
    const req = requestAt(now)
    const id = identityKey(principal, action, keyArn)
    const beforeSet = plan.live ? policySetFor(ctx.before, keyArn, principal) : null
    const beforeDecision = beforeSet ? decide(req, beforeSet, ctx.verdicts?.before.get(id)) : null
    const afterSet = policySetFor(ctx.after, keyArn, principal)
    const afterDecision = gone(principal)
      ? deleted()
      : decide(req, afterSet, ctx.verdicts?.after.get(id) ?? ctx.verdicts?.before.get(id))
    return { keyArn, requestAt, beforeSet, beforeDecision, afterSet, afterDecision }
  }

  let probed: KeyOutcome['probe']
  if (probe) {
    const e = evaluate(probePurpose(plan, probe.action), probe.principal, probe.action)
    probed = { keyArn: e.keyArn, before: e.beforeDecision, after: e.afterDecision }
  }

  const evaluated: EvaluatedCheck[] = []
  const run = (purpose: 'rotation' | 'owner', principal: string, action: string): void => {
    const { keyArn, requestAt, beforeSet, beforeDecision, afterSet, afterDecision } = evaluate(
      purpose,
      principal,
      action
    )
    evaluated.push({ purpose, principal, action, before: beforeDecision, after: afterDecision, afterSet })
    if (afterDecision.decision === 'allowed') {
      const later = scheduledLoss({
        purpose,
        principal,
        action,
        key: keyArn,
        keyName: plan.keyName,
        requestAt,
        now,
        afterSet,
        beforeSet,
        horizonDays: config.horizonDays,
        fallback: plan.fallback
      })
      if (later) findings.push(later)
    }
    checks.push({
      key: keyArn,
      keyName: plan.keyName,
      principal,
      purpose,
      action,
      before: beforeDecision?.decision ?? null,
      after: afterDecision.decision,
      beforeBy: beforeDecision ? deciding(beforeDecision) : undefined,
      afterBy: deciding(afterDecision)
    })
  }

  const settings = {
    keyArn: plan.keyArn,
    keyName: plan.keyName,
    live: plan.live,
    requireEnabled: plan.requireEnabled,
    rotationActions: plan.rotationActions,
    fallback: plan.fallback,
    ...(plan.primary ? { primaryArn: plan.primary.keyArn } : {})
  }
  const declared = changedKeyRules(settings, proposedKey)
  findings.push(...declared.findings)
  let rotationSkipped = declared.skipRotation
  if (plan.live) {
    const health = rotationHealthRules({
      key: plan.live,
      keyName: plan.keyName,
      requireEnabled: plan.requireEnabled,
      maxAgeDays: plan.maxAgeDays,
      now,
      where: plan.fallback
    })
    findings.push(...health.findings)
    rotationSkipped = health.unsupported
    const livePolicy = ctx.before.keyPolicies.get(plan.keyArn)
    if (livePolicy) {
      // An id the proposed key policy keeps is an error there (principalRules); the warning is for ids
      // that are only in the live policy (CONTRACT §6), so one problem is not reported twice.
      const kept = awsPrincipalValues(proposedKey.policy)
      findings.push(
        ...liveOrphanRule(livePolicy, plan.keyArn, plan.keyName, plan.fallback).filter(
          f => !kept.has(f.principal ?? '')
        )
      )
    }
  }
  if (!rotationSkipped) {
    findings.push(...replicaRotationNotice(settings))
    for (const p of plan.rotationPrincipals) for (const a of plan.rotationActions) run('rotation', p, a)
  }
  for (const p of plan.owners) for (const a of plan.ownerActions) run('owner', p, a)

  const ev = {
    keyArn: plan.keyArn,
    keyName: plan.keyName,
    live: plan.live,
    fallback: plan.fallback,
    checks: evaluated,
    owners: plan.owners,
    ownerActions: plan.ownerActions,
    configFile: config.file
  }
  findings.push(...[...rotationAccessRules(ev), ...ownerRules(ev)].map(f => withRemovedPrincipal(f, ctx.removed)))
  return { checks, findings, ...(probed ? { probe: probed } : {}) }
}

/** Every AWS principal value a document names (Principal and NotPrincipal). */
function awsPrincipalValues(doc: PolicyDocument | undefined): Set<string> {
  const out = new Set<string>()
  for (const s of doc?.statements ?? [])
    for (const p of [...(s.principal?.aws ?? []), ...(s.notPrincipal?.aws ?? [])]) out.add(p.value)
  return out
}

/**
 * The statements that decided, denies first: a new list at its length. A run holds one per check and world; a spread
 * keeps room for more, and a decision's own lists may too.
 */
function deciding(d: Decision): StatementRef[] {
  return d.denies.concat(d.allows)
}
