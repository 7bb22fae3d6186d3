import { DEFAULT_ROTATION_ACTIONS, RULES } from './constants.js'
import { decide } from './engine/evaluate.js'
import { buildRequest, type KeyFacts } from './engine/request.js'
import { identityKey, type Decision, type IdentityOracle, type IdentityVerdict } from './engine/types.js'
import { ConfigError } from './errors.js'
import { buildReport } from './report/build.js'
import { rotationAccessRules } from './rules/access.js'
import {
  ineffectiveStatementRule,
  invalidPolicyRule,
  liveOrphanRule,
  policySizeRule,
  principalRules,
  unknownActionRule,
  type ProposedDoc
} from './rules/documents.js'
import { ownerRules } from './rules/owners.js'
import { rotationHealthRules } from './rules/rotation-health.js'
import { findKey, rotationUnsupportedReason } from './state/keys.js'
import { partitionOf } from './sources/iac.js'
import { afterWorld, beforeWorld, hasUnknownValues, policySetFor, type World } from './worlds/build.js'
import type { Config } from './config/types.js'
import type { PolicyDocument } from './policy/types.js'
import type { CheckResult, FailOn, Finding, Report } from './report/types.js'
import type { ProposedChange } from './sources/types.js'
import type { KeyState, LiveState, StateProvider } from './state/types.js'
import type { EvaluatedCheck, KeyEvaluation } from './rules/types.js'
import type { Fallback } from './rules/locate.js'

export interface GateInput {
  config: Config
  /** The repository's proposed documents (config files, and IaC sources). */
  change: ProposedChange
  provider: StateProvider
  /** Live mode: the identity side from IAM's policy simulator. */
  identity?: IdentityOracle
  now: Date
  failOn: FailOn
  /** Findings of the sources themselves (malformed templates and plans, mapping notices). */
  findings?: Finding[]
}

export interface GateResult {
  report: Report
  state: LiveState
}

/** A key of the run: the config entry (or IaC resource), its live state, and where findings about it point. */
interface KeyPlan {
  index: number
  keyArn: string
  keyName: string
  live: KeyState | null
  facts: KeyFacts
  rotationPrincipals: string[]
  rotationActions: string[]
  requireEnabled: boolean
  maxAgeDays?: number
  owners: string[]
  ownerActions: string[]
  fallback: Fallback
}

function rootOf(keyArn: string): string {
  const [, partition, , , account] = keyArn.split(':')
  return `arn:${partition}:iam::${account}:root`
}

/** Every AWS principal value a document names (Principal and NotPrincipal). */
function awsPrincipalValues(doc: PolicyDocument | undefined): Set<string> {
  const out = new Set<string>()
  for (const s of doc?.statements ?? [])
    for (const p of [...(s.principal?.aws ?? []), ...(s.notPrincipal?.aws ?? [])]) out.add(p.value)
  return out
}

/**
 * One plan per key. The config's keys come first in `change.keys` (in config order); keys from templates
 * and plans follow. Entries that resolve to the same live key are one key: the config entry gives the
 * rotation and owner settings, a template or plan may give the proposed policy (not both).
 */
function planKeys(config: Config, change: ProposedChange, state: LiveState, providerFile?: string): KeyPlan[] {
  const plans: KeyPlan[] = []
  const byArn = new Map<string, KeyPlan>()
  change.keys.forEach((proposed, index) => {
    const fromConfig = index < config.keys.length
    const live = proposed.key ? findKey(state, proposed.key) : undefined
    if (!live && !proposed.created) {
      throw new ConfigError(
        `key ${proposed.key} is not in the ${providerFile ? `snapshot ${providerFile}` : 'account'}`,
        proposed.file ?? config.file,
        proposed.line ?? config.keys[index]?.line
      )
    }
    // A new key's placeholder ARN is in the state's partition, and so is its default owner (the account root,
    // derived from it): `arn:aws:` reported the owner of a new key in aws-cn or aws-us-gov in the wrong partition.
    const keyArn =
      live?.arn ??
      `arn:${partitionOf(state.region) ?? 'aws'}:kms:${state.region}:${state.account}:key/new-${proposed.name ?? index}`
    const same = byArn.get(keyArn)
    if (same) {
      const first = change.keys[same.index]
      if (proposed.policy && first.policy) {
        throw new ConfigError(
          `key ${proposed.name ?? proposed.key} gets a proposed key policy from both ${first.policy.origin.file ?? first.policy.origin.name} and ${proposed.policy.origin.file ?? proposed.policy.origin.name}`,
          proposed.file ?? config.file,
          proposed.line
        )
      }
      if (proposed.policy) {
        first.policy = proposed.policy
        same.fallback = { file: proposed.file ?? config.file, line: proposed.line ?? 1, endLine: proposed.line ?? 1 }
      }
      // A plan that deletes (or replaces) the configured key: the key is gone in the after world. Without
      // this the deletion of a key the config lists was dropped here and every check stayed `allowed`.
      if (proposed.deleted) {
        first.deleted = true
        same.fallback = { file: proposed.file ?? config.file, line: proposed.line ?? 1, endLine: proposed.line ?? 1 }
      }
      if (proposed.rotationEnabled !== undefined) {
        first.rotationEnabled = proposed.rotationEnabled
        first.file = proposed.file
        first.line = proposed.line
      }
      return
    }
    const cfg =
      (fromConfig ? config.keys[index] : undefined) ??
      config.keys.find(k => (live ? findKey(state, k.key)?.arn === live.arn : k.key === proposed.key))
    // A config entry linked to a key a template or plan creates has no live state: its findings point into the
    // source that creates it, as those of any other new key do.
    const linkedNew = fromConfig && proposed.created && !!proposed.file && proposed.file !== config.file
    const fallback: Fallback =
      fromConfig && !linkedNew
        ? { file: config.file, line: cfg?.line ?? 1, endLine: cfg?.endLine ?? cfg?.line ?? 1 }
        : { file: proposed.file ?? config.file, line: proposed.line ?? 1, endLine: proposed.line ?? 1 }
    const plan: KeyPlan = {
      index,
      keyArn,
      keyName: cfg?.name ?? proposed.name ?? live?.aliases[0] ?? proposed.key ?? keyArn,
      live: live ?? null,
      facts: {
        arn: keyArn,
        keySpec: live?.keySpec ?? proposed.keySpec ?? 'SYMMETRIC_DEFAULT',
        keyUsage: live?.keyUsage,
        origin: live?.origin,
        multiRegion: live?.multiRegion,
        aliases: live?.aliases
      },
      rotationPrincipals: cfg?.rotation.principals ?? [],
      rotationActions: cfg?.rotation.actions ?? [...DEFAULT_ROTATION_ACTIONS],
      requireEnabled: cfg?.rotation.requireEnabled ?? true,
      maxAgeDays: cfg?.rotation.maxAgeDays,
      owners: cfg?.owners ?? [rootOf(keyArn)],
      ownerActions: cfg?.ownerActions ?? ['kms:PutKeyPolicy'],
      fallback
    }
    byArn.set(keyArn, plan)
    plans.push(plan)
  })
  return plans
}

/** Identity verdicts from the simulator: one query per principal per world, none for an unchanged world. */
async function simulate(
  oracle: IdentityOracle,
  plans: KeyPlan[],
  before: World,
  after: World,
  config: Config
): Promise<{ before: Map<string, IdentityVerdict>; after: Map<string, IdentityVerdict> }> {
  const needs = new Map<string, { actions: Set<string>; keys: Set<string> }>()
  const need = (p: string, a: string, k: string): void => {
    if (/:root$/.test(p)) return // the account root is decided by the key policy, never simulated
    // A role or user of the account that the provider did not find does not exist (yet): the simulator
    // can only answer NoSuchEntity (implicit deny), which would ignore the documents the change proposes
    // for it. Its identity side is exactly those documents, so it is evaluated locally, as offline.
    const entity = /^arn:[^:]+:iam::(\d{12}):(?:role|user)\//.exec(p)
    if (entity && entity[1] === before.account && !before.principals.has(p)) return
    const n = needs.get(p) ?? { actions: new Set(), keys: new Set() }
    n.actions.add(a)
    n.keys.add(k)
    needs.set(p, n)
  }
  for (const plan of plans) {
    if (!plan.live) continue
    for (const p of plan.rotationPrincipals) for (const a of plan.rotationActions) need(p, a, plan.keyArn)
    for (const p of plan.owners) for (const a of plan.ownerActions) need(p, a, plan.keyArn)
  }
  const out = { before: new Map<string, IdentityVerdict>(), after: new Map<string, IdentityVerdict>() }
  await Promise.all(
    [...needs].map(async ([principal, n]) => {
      const base = {
        principal,
        actions: [...n.actions],
        resources: [...n.keys],
        context: config.context[principal] ?? {}
      }
      const b = await oracle.simulate({ ...base, policyInputs: [], exclusions: [] })
      for (const [k, v] of b) out.before.set(k, v)
      const docs = after.principals.get(principal)
      if (!docs?.changed) {
        for (const [k, v] of b) out.after.set(k, v)
        return
      }
      // A document known only after deployment cannot be simulated: the identity side is undecided.
      const pending = [...docs.inputs, ...(docs.proposedBoundary ? [docs.proposedBoundary] : [])].filter(
        hasUnknownValues
      )
      if (pending.length) {
        for (const [k] of b) {
          out.after.set(k, {
            decision: 'inconclusive',
            missingContext: [
              `values known only after deployment in ${pending.map(d => d.origin.file ?? d.origin.name).join(', ')}`
            ],
            matched: []
          })
        }
        return
      }
      const a = await oracle.simulate({
        ...base,
        policyInputs: docs.inputs.map(d => JSON.stringify(d.json)),
        exclusions: docs.exclusions,
        boundary: docs.proposedBoundary ? JSON.stringify(docs.proposedBoundary.json) : undefined
      })
      for (const [k, v] of a) out.after.set(k, v)
    })
  )
  return out
}

/** Why a key the change creates cannot rotate automatically (the same reasons as rotationUnsupportedReason). */
function createdKeyUnsupportedReason(k: ProposedChange['keys'][number]): string | undefined {
  if (!k.created) return undefined
  if (k.replica) return 'it is a multi-Region replica key (automatic rotation is set on its primary key)'
  if (k.keySpec && k.keySpec !== 'SYMMETRIC_DEFAULT') return `its key spec is ${k.keySpec}`
  if (k.keyOrigin === 'EXTERNAL') return 'its key material is imported (origin EXTERNAL)'
  if (k.keyOrigin === 'AWS_CLOUDHSM' || k.keyOrigin === 'EXTERNAL_KEY_STORE')
    return `it is in a custom key store (origin ${k.keyOrigin})`
  return undefined
}

/** A loss of a principal the change deletes or replaces says so, and points at the resource that does it. */
function removedNote(
  f: Finding,
  removed: Map<string, NonNullable<ProposedChange['removedPrincipals']>[number]>
): Finding {
  const r = f.principal ? removed.get(f.principal) : undefined
  if (!r || (f.rule !== RULES.rotationAccessLost && f.rule !== RULES.ownerLockout && f.rule !== RULES.ownerAccessLost))
    return f
  const why = r.replaced
    ? `the change replaces ${r.arn}: the new principal has a new unique id, and the key policy's grant to the old one does not carry over`
    : `the change deletes ${r.arn}`
  return {
    ...f,
    message: `${f.message.replace(/: no statement allows it$/, '')}: ${why}`,
    file: r.file,
    startLine: r.line,
    endLine: r.line
  }
}

export async function runGate(input: GateInput): Promise<GateResult> {
  const { config, change, provider, now } = input
  const principals = new Set<string>()
  for (const k of config.keys) {
    k.rotation.principals.forEach(p => principals.add(p))
    k.owners?.forEach(p => principals.add(p))
  }
  config.principals.forEach(p => principals.add(p.arn))
  const created = new Set(change.createdPrincipals ?? [])
  change.principals.forEach(p => {
    if (!created.has(p.arn)) principals.add(p.arn)
  })
  const state = await provider.load({
    keys: change.keys.flatMap(k => (k.key ? [k.key] : [])),
    principals: [...principals]
  })

  const plans = planKeys(config, change, state, provider.file)
  const before = beforeWorld(state)
  const after = afterWorld(before, change, new Map(plans.map(p => [p.index, p.keyArn])))
  const verdicts = input.identity ? await simulate(input.identity, plans, before, after, config) : undefined

  const findings: Finding[] = [...(input.findings ?? [])]
  const checks: CheckResult[] = []
  const uniqueIds = new Map(state.principals.map(p => [p.arn, p.id]))
  const removed = new Map((change.removedPrincipals ?? []).map(r => [r.arn, r]))
  for (const plan of plans) {
    const proposedKey = change.keys[plan.index]
    // A principal the change deletes has no access after it. One it replaces is a new principal with a new
    // unique id: a live key policy's grant to the old one does not carry over (IAM User Guide, Principal
    // element: a recreated role or user is not the one the policy names) unless the change puts the key
    // policy again, naming the new one.
    const gone = (principal: string): boolean => {
      const r = removed.get(principal)
      return !!r && (!r.replaced || !proposedKey.policy || !!proposedKey.deleted)
    }
    const evaluated: EvaluatedCheck[] = []
    const run = (purpose: 'rotation' | 'owner', principal: string, action: string): void => {
      const extra = config.context[principal]
      const req = buildRequest(principal, action, plan.facts, now, extra, uniqueIds.get(principal))
      const id = identityKey(principal, action, plan.keyArn)
      const beforeDecision: Decision | null = plan.live
        ? decide(req, policySetFor(before, plan.keyArn, principal), verdicts?.before.get(id))
        : null
      const afterSet = policySetFor(after, plan.keyArn, principal)
      const afterDecision: Decision = gone(principal)
        ? { decision: 'implicit-deny', denies: [], allows: [], missing: [], unknownKeys: [] }
        : decide(req, afterSet, verdicts?.after.get(id) ?? verdicts?.before.get(id))
      evaluated.push({ purpose, principal, action, before: beforeDecision, after: afterDecision, afterSet })
      checks.push({
        key: plan.keyArn,
        keyName: plan.keyName,
        principal,
        purpose,
        action,
        before: beforeDecision?.decision ?? null,
        after: afterDecision.decision,
        beforeBy: beforeDecision ? [...beforeDecision.denies, ...beforeDecision.allows] : undefined,
        afterBy: [...afterDecision.denies, ...afterDecision.allows]
      })
    }

    let rotationSkipped = false
    // A key the change creates that cannot rotate automatically (asymmetric, HMAC, imported material, a replica
    // whose rotation is its primary's): rotation-unsupported, and none of the rotation rules, whose advice
    // (turn rotation on) would fail the deploy (KMS API reference, EnableKeyRotation).
    const newKeyUnsupported = !plan.live ? createdKeyUnsupportedReason(proposedKey) : undefined
    if (newKeyUnsupported) {
      rotationSkipped = true
      findings.push({
        rule: RULES.rotationUnsupported,
        severity: 'notice',
        message: `${plan.keyName} cannot rotate automatically: ${newKeyUnsupported}; the rotation checks are skipped`,
        key: plan.keyArn,
        file: proposedKey.file ?? plan.fallback.file,
        startLine: proposedKey.line ?? plan.fallback.line,
        endLine: proposedKey.line ?? plan.fallback.endLine,
        preExisting: false
      })
    }
    // A template or plan that turns automatic rotation off (or creates the key without it) while the config
    // requires it: reported at the resource, unless the live key already has rotation off (reported below).
    if (
      !newKeyUnsupported &&
      proposedKey.rotationEnabled === false &&
      !proposedKey.deleted &&
      plan.requireEnabled &&
      plan.live?.rotation?.enabled !== false &&
      !(plan.live && rotationUnsupportedReason(plan.live))
    ) {
      findings.push({
        rule: RULES.rotationDisabled,
        severity: 'warning',
        message: `the change ${plan.live ? 'turns automatic rotation off' : 'creates the key without automatic rotation'} for ${plan.keyName}; set EnableKeyRotation / enable_key_rotation to true, or rotation.require-enabled: false in the config`,
        key: plan.keyArn,
        file: proposedKey.file ?? plan.fallback.file,
        startLine: proposedKey.line ?? plan.fallback.line,
        endLine: proposedKey.line ?? plan.fallback.endLine,
        preExisting: false
      })
    }
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
      const livePolicy = before.keyPolicies.get(plan.keyArn)
      if (livePolicy) {
        // An id the proposed key policy keeps is an error there (principalRules); the warning is for ids
        // that are only in the live policy (CONTRACT §6), so one problem is not reported twice.
        const kept = awsPrincipalValues(change.keys[plan.index]?.policy)
        findings.push(
          ...liveOrphanRule(livePolicy, plan.keyArn, plan.keyName, plan.fallback).filter(
            f => !kept.has(f.principal ?? '')
          )
        )
      }
    }
    if (!rotationSkipped)
      for (const p of plan.rotationPrincipals) for (const a of plan.rotationActions) run('rotation', p, a)
    for (const p of plan.owners) for (const a of plan.ownerActions) run('owner', p, a)

    const ev: KeyEvaluation = {
      keyArn: plan.keyArn,
      keyName: plan.keyName,
      live: plan.live,
      fallback: plan.fallback,
      checks: evaluated,
      owners: plan.owners,
      ownerActions: plan.ownerActions,
      configFile: config.file
    }
    findings.push(...[...rotationAccessRules(ev), ...ownerRules(ev)].map(f => removedNote(f, removed)))
  }

  // Rules on the documents themselves.
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
  // Principals the change itself creates may be named before they exist (the deployment creates them first).
  // A principal the change deletes does not exist after it: a proposed key policy naming it is rejected.
  const deleted = new Set((change.removedPrincipals ?? []).filter(r => !r.replaced).map(r => r.arn))
  const known = state.knownPrincipals
    ? new Set(
        [...state.knownPrincipals, ...(change.createdPrincipals ?? []), ...(change.declaredPrincipals ?? [])].filter(
          p => !deleted.has(p)
        )
      )
    : undefined
  findings.push(
    ...invalidPolicyRule(proposed),
    ...policySizeRule(proposed),
    ...unknownActionRule(proposed),
    ...ineffectiveStatementRule(proposed),
    ...principalRules(proposed, known, state.account)
  )
  if (!known && proposed.some(d => d.doc.origin.kind === 'key')) {
    findings.push({
      rule: RULES.principalNotFound,
      severity: 'notice',
      message: `the ${provider.file ? `snapshot ${provider.file}` : 'state'} has no knownPrincipals: the check that principals in key policies exist was skipped`,
      file: provider.file,
      preExisting: false
    })
  }
  // The same finding from two routes (a document named by two keys, one loss seen from two checks) is one.
  const unique = new Map(findings.map(f => [JSON.stringify(f), f]))
  return { report: buildReport([...unique.values()], checks, provider.mode, input.failOn), state }
}
