import { DEFAULT_ROTATION_ACTIONS } from '../constants.js'
import type { KeyFacts } from '../engine/request.js'
import { ConfigError } from '../errors.js'
import { partitionOf } from '../sources/iac.js'
import { findKey, rotatesOnDemandOnly } from '../state/keys.js'
import type { Config } from '../config/types.js'
import { PRIMARY_ONLY, createdRotatesOnDemandOnly } from '../rules/key-settings.js'
import type { Location } from '../rules/locate.js'
import type { ProposedChange } from '../sources/types.js'
import type { KeyState, LiveState } from '../state/types.js'
import { parseArn } from '../arn.js'

/** What `explain` asks about: one request, decided exactly as the checks are. */
export interface Probe {
  /** The key as configured: ARN, key id, alias, or a template/plan reference. */
  key: string
  principal: string
  action: string
}

/** A key of the run: the config entry (or IaC resource), its live state, and where findings about it point. */
export interface KeyPlan {
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
  fallback: Location
  /** A multi-Region replica: the rotation writes are governed by its primary key, checked there. */
  primary?: { keyArn: string; facts: KeyFacts }
}

/** The plan of the probe's key: by the key as configured, by a template or plan reference, or by its live ARN. */
export function probedPlan(
  probe: Probe,
  plans: KeyPlan[],
  change: ProposedChange,
  state: LiveState
): KeyPlan | undefined {
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

/** The root of the key's account, the default owner. */
function rootOf(keyArn: string): string {
  const arn = parseArn(keyArn)
  return `arn:${arn?.partition}:iam::${arn?.account}:root`
}

/**
 * One plan per key. The config's keys come first in `change.keys` (in config order); keys from templates
 * and plans follow. Entries that resolve to the same live key are one key: the config entry gives the
 * rotation and owner settings, a template or plan may give the proposed policy (not both).
 */
export function planKeys(config: Config, change: ProposedChange, state: LiveState, providerFile?: string): KeyPlan[] {
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
        same.fallback = {
          file: proposed.file ?? config.file,
          startLine: proposed.line ?? 1,
          endLine: proposed.line ?? 1
        }
      }
      // A plan that deletes (or replaces) the configured key: the key is gone in the after world. Without
      // this the deletion of a key the config lists was dropped here and every check stayed `allowed`.
      if (proposed.deleted) {
        first.deleted = true
        same.fallback = {
          file: proposed.file ?? config.file,
          startLine: proposed.line ?? 1,
          endLine: proposed.line ?? 1
        }
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
    const fallback: Location =
      fromConfig && !linkedNew
        ? { file: config.file, startLine: cfg?.line ?? 1, endLine: cfg?.endLine ?? cfg?.line ?? 1 }
        : { file: proposed.file ?? config.file, startLine: proposed.line ?? 1, endLine: proposed.line ?? 1 }
    const onDemandOnly = live ? rotatesOnDemandOnly(live) : createdRotatesOnDemandOnly(proposed)
    const plan: KeyPlan = {
      index,
      keyArn,
      keyName: cfg?.name ?? proposed.name ?? live?.aliases[0] ?? proposed.key ?? keyArn,
      live: live ?? null,
      facts: factsOf(keyArn, live, proposed.keySpec),
      rotationPrincipals: cfg?.rotation.principals ?? [],
      principalLines: cfg?.principalLines ?? {},
      // Automatic rotation cannot be enabled on imported key material: access to it is no expectation.
      rotationActions: (cfg?.rotation.actions ?? [...DEFAULT_ROTATION_ACTIONS]).filter(
        a => !(onDemandOnly && a.toLowerCase() === 'kms:enablekeyrotation')
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
      plan.primary = { keyArn: primary.arn, facts: factsOf(primary.arn, primary) }
    }
    byArn.set(keyArn, plan)
    plans.push(plan)
  })
  return plans
}

/** What the engine needs to know of a key (a key the change creates has only the spec its source gives). */
function factsOf(arn: string, live: KeyState | undefined, proposedSpec?: string): KeyFacts {
  return {
    arn,
    keySpec: live?.keySpec ?? proposedSpec ?? 'SYMMETRIC_DEFAULT',
    keyUsage: live?.keyUsage,
    origin: live?.origin,
    multiRegion: live?.multiRegion,
    ...(live?.multiRegionKeyType ? { multiRegionKeyType: live.multiRegionKeyType } : {}),
    aliases: live?.aliases
  }
}

/** The key a check is decided on: the primary for a replica's rotation writes, else the key itself. */
export function target(plan: KeyPlan, action: string): { keyArn: string; facts: KeyFacts } {
  return plan.primary && PRIMARY_ONLY.has(action.toLowerCase()) ? plan.primary : plan
}

/** Whether `explain`'s action is one of the key's rotation actions (else it is asked as an owner's). */
export function probePurpose(plan: KeyPlan, action: string): 'rotation' | 'owner' {
  return plan.rotationActions.some(a => a.toLowerCase() === action.toLowerCase()) ? 'rotation' : 'owner'
}

/** The key `explain`'s request is decided on, as for a check of the same purpose. */
export function probeTarget(plan: KeyPlan, action: string): { keyArn: string; facts: KeyFacts } {
  return probePurpose(plan, action) === 'rotation' ? target(plan, action) : plan
}
