import { DEFAULT_ROTATION_ACTIONS, RULES } from './constants.js'
import { decide } from './engine/evaluate.js'
import { RequestBuilder, type KeyFacts, type OrgFacts } from './engine/request.js'
import { identityKey, type Decision, type IdentityOracle } from './engine/types.js'
import { ConfigError, GateError } from './errors.js'
import { buildReport } from './report/build.js'
import { applySuppressions } from './report/suppress.js'
import { rotationAccessRules } from './rules/access.js'
import {
  ineffectiveStatementRule,
  invalidPolicyRule,
  policyVersionRule,
  configPrincipalRule,
  liveOrphanRule,
  policySizeRule,
  principalRules,
  unknownActionRule,
  type ProposedDoc
} from './rules/documents.js'
import { ownerRules } from './rules/owners.js'
import { rotationHealthRules } from './rules/rotation-health.js'
import { scheduledLoss } from './rules/schedule.js'
import { findKey, rotatesOnDemandOnly, rotationUnsupportedReason } from './state/keys.js'
import { partitionOf } from './sources/iac.js'
import { afterWorld, beforeWorld, policySetFor } from './worlds/build.js'
import { simulateIdentity } from './worlds/identity.js'
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
  /** Whether `preExisting` findings can fail the run (default false: only what the change causes blocks). */
  failOnPreExisting?: boolean
  /** Findings of the sources themselves (malformed templates and plans, mapping notices). */
  findings?: Finding[]
  /** `explain`: one request to decide exactly as the checks are decided (its key must be a configured key). */
  probe?: Probe
}

export interface Probe {
  /** The key as configured: ARN, key id, alias, or a template/plan reference. */
  key: string
  principal: string
  action: string
}

export interface GateResult {
  report: Report
  state: LiveState
  /** The probe's decisions, in both worlds (`before` is null for a key the change creates). */
  probe?: { keyArn: string; before: Decision | null; after: Decision }
}

/** A key of the run: the config entry (or IaC resource), its live state, and where findings about it point. */
interface KeyPlan {
  index: number
  keyArn: string
  keyName: string
  live: KeyState | null
  facts: KeyFacts
  rotationPrincipals: string[]
  /** Config line of each rotation principal and owner (config entries only). */
  principalLines: Record<string, number>
  rotationActions: string[]
  requireEnabled: boolean
  maxAgeDays?: number
  owners: string[]
  ownerActions: string[]
  fallback: Fallback
  /** A multi-Region replica: the rotation writes are governed by its primary key, checked there. */
  primary?: { keyArn: string; facts: KeyFacts }
}

/** Rotation actions a multi-Region replica does not decide: KMS takes them on the primary key only. */
const PRIMARY_ONLY = new Set(['kms:enablekeyrotation', 'kms:disablekeyrotation', 'kms:rotatekeyondemand'])

/** The plan of the probe's key: by the key as configured, by a template or plan reference, or by its live ARN. */
function probedPlan(probe: Probe, plans: KeyPlan[], change: ProposedChange, state: LiveState): KeyPlan | undefined {
  const live = findKey(state, probe.key)?.arn
  return plans.find(
    p =>
      p.keyArn === probe.key ||
      p.keyArn === live ||
      p.keyName === probe.key ||
      change.keys[p.index]?.key === probe.key ||
      change.keys[p.index]?.name === probe.key ||
      (change.keys[p.index]?.source !== undefined &&
        `${change.keys[p.index].source}:${change.keys[p.index].name}` === probe.key)
  )
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
        ...(live?.multiRegionKeyType ? { multiRegionKeyType: live.multiRegionKeyType } : {}),
        aliases: live?.aliases
      },
      rotationPrincipals: cfg?.rotation.principals ?? [],
      principalLines: cfg?.principalLines ?? {},
      // Automatic rotation cannot be enabled on imported key material: access to it is no expectation.
      rotationActions: (cfg?.rotation.actions ?? [...DEFAULT_ROTATION_ACTIONS]).filter(
        a => !(live && rotatesOnDemandOnly(live) && a.toLowerCase() === 'kms:enablekeyrotation')
      ),
      requireEnabled: cfg?.rotation.requireEnabled ?? true,
      maxAgeDays: cfg?.rotation.maxAgeDays,
      owners: cfg?.owners ?? [rootOf(keyArn)],
      ownerActions: cfg?.ownerActions ?? ['kms:PutKeyPolicy'],
      fallback
    }
    const primary =
      live?.multiRegionKeyType === 'REPLICA' && live.primaryKeyArn ? findKey(state, live.primaryKeyArn) : undefined
    if (primary) {
      plan.primary = {
        keyArn: primary.arn,
        facts: {
          arn: primary.arn,
          keySpec: primary.keySpec ?? 'SYMMETRIC_DEFAULT',
          keyUsage: primary.keyUsage,
          origin: primary.origin,
          multiRegion: primary.multiRegion,
          ...(primary.multiRegionKeyType ? { multiRegionKeyType: primary.multiRegionKeyType } : {}),
          aliases: primary.aliases
        }
      }
    }
    byArn.set(keyArn, plan)
    plans.push(plan)
  })
  return plans
}

/** The key a check is decided on: the primary for a replica's rotation writes, else the key itself. */
function target(plan: KeyPlan, action: string): { keyArn: string; facts: KeyFacts } {
  return plan.primary && PRIMARY_ONLY.has(action.toLowerCase()) ? plan.primary : plan
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
  const { config, provider, now } = input
  let { change } = input
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

  let plans = planKeys(config, change, state, provider.file)
  // `explain` may ask about a live key the config does not list: it is planned like an unlisted template key
  // (owner: the account root, no rotation principals), so it is decided by the same code.
  if (input.probe && !probedPlan(input.probe, plans, change, state) && findKey(state, input.probe.key)) {
    change = { ...change, keys: [...change.keys, { key: input.probe.key }] }
    plans = planKeys(config, change, state, provider.file)
  }
  const before = beforeWorld(state)
  const after = afterWorld(before, change, new Map(plans.map(p => [p.index, p.keyArn])))
  const uniqueIds = new Map(state.principals.map(p => [p.arn, p.id]))
  const probePlan = input.probe ? probedPlan(input.probe, plans, change, state) : undefined
  if (input.probe && !probePlan)
    throw new GateError(
      `key ${input.probe.key} is not in the ${provider.file ? `snapshot ${provider.file}` : 'account'}, nor a key the change creates`
    )
  const probePurpose = (plan: KeyPlan, action: string): 'rotation' | 'owner' =>
    plan.rotationActions.some(a => a.toLowerCase() === action.toLowerCase()) ? 'rotation' : 'owner'
  const org: OrgFacts | undefined =
    state.organizationId !== undefined ? { account: state.account, id: state.organizationId } : undefined
  const verdicts = input.identity
    ? await simulateIdentity({
        oracle: input.identity,
        pairs: plans
          .filter(plan => plan.live)
          .flatMap(plan =>
            [
              ...plan.rotationPrincipals.flatMap(p => plan.rotationActions.map(a => ({ principal: p, action: a }))),
              ...plan.owners.flatMap(p => plan.ownerActions.map(a => ({ principal: p, action: a }))),
              ...(plan === probePlan ? [{ principal: input.probe!.principal, action: input.probe!.action }] : [])
            ].map(pa => ({ ...pa, keyArn: plan.keyArn, facts: plan.facts }))
          ),
        before,
        after,
        config,
        now,
        uniqueIds,
        org
      })
    : undefined

  const findings: Finding[] = [...(input.findings ?? [])]
  const checks: CheckResult[] = []
  // Principals the change itself creates may be named before they exist (the deployment creates them first).
  // A principal the change deletes does not exist after it: a proposed key policy naming it is rejected.
  const deleted = new Set((change.removedPrincipals ?? []).filter(r => !r.replaced).map(r => r.arn))
  const existing = state.knownPrincipals
    ? [...state.knownPrincipals, ...(change.createdPrincipals ?? []), ...(change.declaredPrincipals ?? [])]
    : undefined
  const known = existing ? new Set(existing.filter(p => !deleted.has(p))) : undefined
  // A configured principal the change deletes is reported as the access it loses, not as a bad config entry.
  const configured = existing ? new Set(existing) : undefined
  const removed = new Map((change.removedPrincipals ?? []).map(r => [r.arn, r]))
  // The accounts whose role and user lists `knownPrincipals` holds: principals of these are checked for existence.
  const readAccounts = [state.account, ...(state.otherAccounts ?? [])]
  let probeResult: GateResult['probe']
  for (const plan of plans) {
    findings.push(
      ...configPrincipalRule(plan.principalLines, plan.keyArn, plan.keyName, configured, readAccounts, config.file)
    )
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
    const builders = new Map<KeyFacts, RequestBuilder>()
    /** One request in both worlds: every check, and the probe of `explain`, is decided here. */
    const evaluate = (purpose: 'rotation' | 'owner', principal: string, action: string) => {
      const extra = config.context[principal]
      const { keyArn, facts } = purpose === 'rotation' ? target(plan, action) : plan
      let builder = builders.get(facts)
      if (!builder) builders.set(facts, (builder = new RequestBuilder(facts, org)))
      const requestAt = (at: Date) => builder.request(principal, action, at, extra, uniqueIds.get(principal))
      const req = requestAt(now)
      const id = identityKey(principal, action, keyArn)
      const beforeSet = plan.live ? policySetFor(before, keyArn, principal) : null
      const beforeDecision: Decision | null = beforeSet ? decide(req, beforeSet, verdicts?.before.get(id)) : null
      const afterSet = policySetFor(after, keyArn, principal)
      const afterDecision: Decision = gone(principal)
        ? { decision: 'implicit-deny', denies: [], allows: [], missing: [], unknownKeys: [] }
        : decide(req, afterSet, verdicts?.after.get(id) ?? verdicts?.before.get(id))
      return { keyArn, requestAt, beforeSet, beforeDecision, afterSet, afterDecision }
    }
    if (plan === probePlan) {
      const { principal, action } = input.probe!
      const e = evaluate(probePurpose(plan, action), principal, action)
      probeResult = { keyArn: e.keyArn, before: e.beforeDecision, after: e.afterDecision }
    }
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
    if (!rotationSkipped && plan.primary && plan.rotationActions.some(a => PRIMARY_ONLY.has(a.toLowerCase()))) {
      findings.push({
        rule: RULES.rotationUnsupported,
        severity: 'notice',
        message: `${plan.keyName} is a multi-Region replica of ${plan.primary.keyArn}: KMS rotates the set from its primary key, so ${plan.rotationActions.filter(a => PRIMARY_ONLY.has(a.toLowerCase())).join(', ')} are checked against the primary key's policy`,
        key: plan.keyArn,
        file: plan.fallback.file,
        startLine: plan.fallback.line,
        endLine: plan.fallback.endLine,
        preExisting: true
      })
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
  const liveIds = new Set(state.principals.flatMap(p => (p.id ? [p.id] : [])))
  findings.push(
    ...invalidPolicyRule(proposed),
    ...policySizeRule(proposed),
    ...unknownActionRule(proposed),
    ...ineffectiveStatementRule(proposed),
    ...principalRules(proposed, known, readAccounts, liveIds),
    ...policyVersionRule(proposed)
  )
  const namesPrincipals = plans.some(p => Object.keys(p.principalLines).length > 0)
  if (!known && (namesPrincipals || proposed.some(d => d.doc.origin.kind === 'key'))) {
    findings.push({
      rule: RULES.principalNotFound,
      severity: 'notice',
      message: `the ${provider.file ? `snapshot ${provider.file}` : 'state'} has no knownPrincipals: the check that the principals named in key policies and in the config exist was skipped`,
      file: provider.file,
      preExisting: false
    })
  }
  if (state.organizationPoliciesUnread) {
    findings.push({
      rule: RULES.organizationPolicies,
      severity: 'notice',
      message: `the organization's policies could not be read (${state.organizationPoliciesUnread}): SCPs reach the checks only through IAM's policy simulator (not the account root's owner checks, not keys the change creates) and RCPs are not evaluated`,
      file: config.file,
      preExisting: true
    })
  }
  if (state.otherAccounts?.length) {
    const line = (account: string): number | undefined => config.accounts[account]?.line
    for (const account of state.otherAccounts) {
      findings.push({
        rule: RULES.organizationPolicies,
        severity: 'notice',
        message: `the organization's SCPs and RCPs are read for account ${state.account} only: checks of account ${account}'s keys and principals do not include its RCPs, nor its SCPs (in live mode, its own policy simulator applies its SCPs to the identity side of its roles and users)`,
        file: config.file,
        ...(line(account) ? { startLine: line(account), endLine: line(account) } : {}),
        preExisting: true
      })
    }
  }
  if (state.organizationIdUnread) {
    findings.push({
      rule: RULES.organizationPolicies,
      severity: 'notice',
      message: `the account's organization could not be read (${state.organizationIdUnread}): aws:PrincipalOrgID and aws:ResourceOrgID are unknown, and checks whose policies test them stay inconclusive`,
      file: config.file,
      preExisting: true
    })
  }
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
  return { report: buildReport(reported, checks, provider.mode, policy), state, probe: probeResult }
}
