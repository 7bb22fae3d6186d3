import { policyFromJson } from '../policy/parse.js'
import { accountOf } from '../arn.js'
import type { IdentityExclusion, PolicySet } from '../engine/types.js'
import type { ConditionClause, PolicyDocument, PolicyKind } from '../policy/types.js'
import { unknownPolicy } from '../sources/iac.js'
import type { ProposedAttachment, ProposedChange, UncertainAt } from '../sources/types.js'
import type { LiveState } from '../state/types.js'

/** The documents of one principal in one world. */
export interface PrincipalDocs {
  identity: PolicyDocument[]
  boundary: PolicyDocument | null
  /** The world changed this principal's identity side (for the simulator: inputs, exclusions, boundary). */
  changed: boolean
  /** Proposed documents added (PolicyInputList) and the live ones they replace (PolicyExclusionList). */
  inputs: PolicyDocument[]
  exclusions: IdentityExclusion[]
  proposedBoundary?: PolicyDocument
}

/**
 * Key ARN → key policy (`null`: no key in this world; undefined: a key the world does not know). A live key's
 * policy is compiled when first asked for: a snapshot may hold thousands of keys the config never names. The
 * after world's own entries (policies the change proposes, keys it deletes or creates) sit over the before
 * world's.
 */
export class KeyPolicies {
  private readonly own = new Map<string, PolicyDocument | null>()

  constructor(
    private readonly base: KeyPolicies | undefined,
    private readonly live?: Map<string, LiveState['keys'][number]>
  ) {}

  get(arn: string): PolicyDocument | null | undefined {
    const known = this.own.get(arn)
    if (known !== undefined || this.own.has(arn)) return known
    if (this.base) return this.base.get(arn)
    const k = this.live?.get(arn)
    if (!k) return undefined
    const doc = policyFromJson(k.policy, { kind: 'key', name: `live key policy of ${k.aliases[0] ?? k.arn}` })
    this.own.set(arn, doc)
    return doc
  }

  has(arn: string): boolean {
    return this.own.has(arn) || (this.base ? this.base.has(arn) : !!this.live?.has(arn))
  }

  set(arn: string, doc: PolicyDocument | null): void {
    this.own.set(arn, doc)
  }
}

export interface World {
  name: 'before' | 'after'
  keyPolicies: KeyPolicies
  principals: Map<string, PrincipalDocs>
  scps: PolicyDocument[][]
  rcps: PolicyDocument[][]
  account: string
  /** Other accounts read in full (config `accounts:`): their principals are simulated in their own account. */
  otherAccounts: string[]
}

/** The live state as a world: every document compiled once. */
export function beforeWorld(state: LiveState): World {
  const keyPolicies = new KeyPolicies(undefined, new Map(state.keys.map(k => [k.arn, k])))
  const managed = new Map<string, PolicyDocument>()
  const principals = new Map<string, PrincipalDocs>()
  for (const p of state.principals) {
    const identity = p.policies.map(pol => {
      if (pol.managed) {
        let doc = managed.get(pol.managed)
        if (!doc) {
          doc = policyFromJson(pol.document, {
            kind: 'identity',
            name: `live managed policy ${pol.managed}`,
            managedArn: pol.managed
          })
          managed.set(pol.managed, doc)
        }
        return doc
      }
      return policyFromJson(pol.document, {
        kind: 'identity',
        name: `live inline policy ${pol.name ?? '(unnamed)'} of ${p.arn}`,
        inlineName: pol.name
      })
    })
    const boundary = p.permissionsBoundary
      ? policyFromJson(p.permissionsBoundary.document, {
          kind: 'boundary',
          managedArn: p.permissionsBoundary.arn,
          name: `live boundary ${p.permissionsBoundary.arn}`
        })
      : null
    principals.set(p.arn, { identity, boundary, changed: false, inputs: [], exclusions: [] })
  }
  const scps = (state.serviceControlPolicies ?? []).map((level, i) =>
    level.map((d, j) => policyFromJson(d, { kind: 'scp', name: `SCP level ${i + 1} #${j + 1}` }))
  )
  const rcps = (state.resourceControlPolicies ?? []).map((level, i) =>
    level.map((d, j) => policyFromJson(d, { kind: 'rcp', name: `RCP level ${i + 1} #${j + 1}` }))
  )
  return {
    name: 'before',
    keyPolicies,
    principals,
    scps,
    rcps,
    account: state.account,
    otherAccounts: state.otherAccounts ?? []
  }
}

/**
 * The live state with the repository's documents applied: key policies replaced, identity policies
 * replaced by inline name or managed ARN (a managed policy is replaced wherever it is attached) or added,
 * boundaries replaced or removed. `keyArns` maps each proposed key to its live ARN (or a placeholder for a new key).
 */
export function afterWorld(before: World, change: ProposedChange, keyArns: Map<number, string>): World {
  const keyPolicies = new KeyPolicies(before.keyPolicies)
  change.keys.forEach((k, i) => {
    const arn = keyArns.get(i)
    if (!arn) return
    if (k.deleted) keyPolicies.set(arn, null)
    else if (k.policy) keyPolicies.set(arn, k.policy)
    else if (k.created && !keyPolicies.has(arn)) keyPolicies.set(arn, null)
  })
  const principals = new Map<string, PrincipalDocs>()
  for (const [arn, docs] of before.principals)
    principals.set(arn, { ...docs, identity: [...docs.identity], inputs: [], exclusions: [] })

  // Managed policies change for every principal they are attached to: a new document (a template's or plan's
  // managed policy, a config file with `managed:`), or the policy deleted. A principal's own entry without a
  // document is a detachment from that principal only (below).
  const managedChanges = new Map<string, PolicyDocument | undefined>()
  for (const pol of change.principals.flatMap(p => p.policies))
    if (pol.managed && pol.document && !pol.deleted) managedChanges.set(pol.managed, pol.document)
  for (const pol of change.managedPolicies ?? [])
    if (pol.managed) managedChanges.set(pol.managed, pol.deleted ? undefined : pol.document)
  for (const docs of principals.values()) {
    for (const [managedArn, doc] of managedChanges) {
      // Used as the principal's permissions boundary: the new document is the boundary. A deleted policy
      // leaves the boundary as it is: whether IAM refuses the deletion or the boundary goes, a boundary only
      // limits, so keeping it can hide no loss.
      if (doc && docs.boundary?.origin.managedArn === managedArn) {
        const boundary = asBoundary(doc, managedArn)
        docs.boundary = boundary
        docs.proposedBoundary = boundary
        docs.changed = true
      }
      const idx = docs.identity.findIndex(d => d.origin.managedArn === managedArn)
      if (idx < 0) continue
      markChanged(docs, { policyArn: managedArn }, doc)
      if (doc) docs.identity[idx] = doc
      else docs.identity.splice(idx, 1)
    }
  }
  for (const p of change.principals) {
    let docs = principals.get(p.arn)
    if (!docs) {
      docs = { identity: [], boundary: null, changed: false, inputs: [], exclusions: [] }
      principals.set(p.arn, docs)
    }
    for (const pol of p.policies) {
      if (pol.managed) {
        const idx = docs.identity.findIndex(d => d.origin.managedArn === pol.managed)
        if (pol.deleted || !pol.document) {
          // Detached from this principal (or deleted: then also gone everywhere, above).
          if (idx >= 0) {
            docs.identity.splice(idx, 1)
            markChanged(docs, { policyArn: pol.managed }, undefined)
          }
        } else if (idx < 0) {
          docs.identity.push(pol.document)
          markChanged(docs, undefined, pol.document)
        }
        continue
      }
      const idx = docs.identity.findIndex(d => d.origin.inlineName !== undefined && d.origin.inlineName === pol.name)
      const exclusion = idx >= 0 && pol.name ? { inlinePolicyName: pol.name } : undefined
      if (pol.deleted || !pol.document) {
        if (idx >= 0) docs.identity.splice(idx, 1)
        markChanged(docs, exclusion, undefined)
      } else {
        if (idx >= 0) docs.identity[idx] = pol.document
        else docs.identity.push(pol.document)
        markChanged(docs, exclusion, pol.document)
      }
    }
    // An exclusive list removes every policy it does not name, the live ones included. Known only in part before
    // apply, it may remove them or not: each then holds only under a condition nobody can decide yet.
    const uncertain = p.exclusive?.uncertain ?? []
    for (let i = docs.identity.length - 1; i >= 0; i--) {
      const d = docs.identity[i].origin
      const inline = p.exclusive?.inline && d.inlineName !== undefined && !d.managedArn
      const exclusion: IdentityExclusion | undefined =
        inline && !p.exclusive!.inline!.includes(d.inlineName!)
          ? { inlinePolicyName: d.inlineName! }
          : p.exclusive?.managed && d.managedArn && !p.exclusive.managed.includes(d.managedArn)
            ? { policyArn: d.managedArn }
            : undefined
      if (!exclusion) continue
      if (uncertain.includes('inlinePolicyName' in exclusion ? 'inline' : 'managed')) {
        const maybe = mayHold(
          docs.identity[i],
          `whether ${d.name} stays (${p.exclusive?.uncertainBy ?? 'an exclusive list'}, known only after apply, may remove it)`,
          p.exclusive?.uncertainAt
        )
        docs.identity[i] = maybe
        markChanged(docs, exclusion, maybe)
      } else {
        docs.identity.splice(i, 1)
        markChanged(docs, exclusion, undefined)
      }
    }
    if (p.permissionsBoundary !== undefined) {
      docs.boundary = p.permissionsBoundary
      docs.changed = true
      if (p.permissionsBoundary) docs.proposedBoundary = p.permissionsBoundary
      // Removing the boundary: leave the attached one out of the simulation.
      else docs.exclusions.push({ policyType: 'permission-boundary' })
    }
  }
  for (const a of change.attachments ?? []) applyAttachment(before, managedChanges, principals, a)
  /**
   * A managed policy that may be attached to any principal that can have it (of its own account; an AWS managed one
   * anywhere) and does not: each gets it under `description`, which nobody can decide (its document is the change's,
   * else the live one some principal has; unknown, nothing to add).
   */
  const mayGet = (
    policyArn: string,
    description: (doc: PolicyDocument) => string,
    at: UncertainAt | undefined,
    skip: (arn: string) => boolean = () => false
  ): void => {
    const doc = managedChanges.has(policyArn) ? managedChanges.get(policyArn) : liveManaged(before, policyArn)
    if (!doc) return
    const maybe = mayHold(doc, description(doc), at)
    const owner = accountOf(policyArn)
    for (const [arn, docs] of principals) {
      if (skip(arn) || (owner !== 'aws' && owner !== accountOf(arn))) continue
      if (docs.identity.some(d => d.origin.managedArn === policyArn)) continue
      docs.identity.push(maybe)
      markChanged(docs, undefined, maybe)
    }
  }
  // An exclusive attachment detaches its policy from every principal it does not list. With a list known only in
  // part before apply, every other principal may keep or lose it, and may get it.
  for (const x of change.exclusiveAttachments ?? []) {
    const keep = new Set(x.principals)
    for (const [arn, docs] of principals) {
      if (keep.has(arn)) continue
      const idx = docs.identity.findIndex(d => d.origin.managedArn === x.policyArn)
      if (idx < 0) continue
      if (x.uncertain) {
        const maybe = mayHold(
          docs.identity[idx],
          `whether ${docs.identity[idx].origin.name} stays (${x.uncertain}, whose roles and users are known only after apply, may detach it)`,
          x.at
        )
        docs.identity[idx] = maybe
        markChanged(docs, { policyArn: x.policyArn }, maybe)
      } else {
        docs.identity.splice(idx, 1)
        markChanged(docs, { policyArn: x.policyArn }, undefined)
      }
    }
    if (x.uncertain)
      mayGet(
        x.policyArn,
        doc =>
          `whether ${doc.origin.name} is attached to this principal (${x.uncertain}, whose roles and users are known only after apply)`,
        x.at,
        arn => keep.has(arn)
      )
  }
  for (const u of change.uncertainDeletions ?? []) {
    for (const [arn, docs] of principals) {
      if (!arn.includes(`:${u.kind}/`) || (u.account && accountOf(arn) !== u.account)) continue
      docs.identity.forEach((d, i) => {
        if (d.origin.inlineName !== u.policyName || d.origin.managedArn) return
        const maybe = mayHold(
          d,
          `whether ${d.origin.name} stays (${u.by} deletes a policy of this name from a ${u.kind} known only at deployment)`,
          u.at
        )
        docs.identity[i] = maybe
        markChanged(docs, { inlinePolicyName: u.policyName }, maybe)
      })
    }
  }
  for (const u of change.uncertainAttachments ?? [])
    mayGet(
      u.policyArn,
      doc => `whether ${doc.origin.name} is attached to this principal (${u.by}: its role is known only after apply)`,
      u.at
    )
  for (const u of change.unattributed ?? []) {
    const maybe = mayHold(
      u.document,
      `whether ${u.document.origin.name} is attached to this principal (known only at deployment)`
    )
    for (const [arn, docs] of principals) {
      if (u.account && accountOf(arn) !== u.account) continue
      docs.identity.push(maybe)
      markChanged(docs, undefined, maybe)
    }
  }
  return { ...before, name: 'after', keyPolicies, principals }
}

/**
 * A policy that may or may not be a principal's after the change (attached to principals known only at deployment,
 * or under an exclusive list known only after apply): each statement holds only under `description`, which nobody
 * can decide yet. Its Deny statements make the checks they may touch inconclusive; its Allow statements grant
 * nothing for certain.
 */
function mayHold(doc: PolicyDocument, description: string, at?: UncertainAt): PolicyDocument {
  // A live document has no lines of its own: what it decides points at the change that makes it uncertain.
  const moved = at && !doc.origin.file ? { startLine: at.line, endLine: at.line } : undefined
  const clause: ConditionClause = {
    operator: 'Bool',
    key: 'attached',
    values: [],
    line: moved ? moved.startLine : doc.range.startLine,
    unknown: true,
    description
  }
  return {
    ...doc,
    ...(moved ? { origin: { ...doc.origin, file: at!.file }, range: moved, statementLine: moved.startLine } : {}),
    statements: doc.statements.map(s => ({
      ...s,
      ...(moved ? { range: moved } : {}),
      conditions: [...s.conditions, clause]
    })),
    pending: [...(doc.pending ?? []), description]
  }
}

/** A live document by managed-policy ARN (identity policy or boundary), from any principal of the world. */
function liveManaged(world: World, arn: string): PolicyDocument | undefined {
  for (const docs of world.principals.values()) {
    const found = docs.identity.find(d => d.origin.managedArn === arn)
    if (found) return found
    if (docs.boundary?.origin.managedArn === arn) return docs.boundary
  }
  return undefined
}

/**
 * An existing managed policy or boundary attached by ARN (detaching is a deleted policy or a `null` boundary of
 * the principal). Its document comes from the live
 * state; when the state does not have it, or the ARN is known only after deployment, the document is unknown
 * and every check it takes part in is inconclusive, never guessed.
 */
function applyAttachment(
  before: World,
  managedChanges: Map<string, PolicyDocument | undefined>,
  principals: Map<string, PrincipalDocs>,
  a: ProposedAttachment
): void {
  let docs = principals.get(a.principal)
  if (!docs) {
    docs = { identity: [], boundary: null, changed: false, inputs: [], exclusions: [] }
    principals.set(a.principal, docs)
  }
  const kind: PolicyKind = a.kind === 'boundary' ? 'boundary' : 'identity'
  // The change's own version of the policy when it edits it too, else the live one.
  const doc = a.unknown ? undefined : (managedChanges.get(a.arn) ?? liveManaged(before, a.arn))
  const known: PolicyDocument = doc
    ? { ...doc, origin: { ...doc.origin, kind, managedArn: a.arn } }
    : unknownPolicy(
        `the policy ${a.arn}`,
        {
          kind,
          name: `${a.unknown ? 'unresolved policy' : 'policy not in the state'} ${a.arn}`,
          file: a.file,
          managedArn: a.arn
        },
        a.line
      )
  if (a.kind === 'boundary') {
    docs.changed = true
    docs.boundary = known
    docs.proposedBoundary = known
    return
  }
  const idx = docs.identity.findIndex(d => d.origin.managedArn === a.arn)
  if (idx < 0) {
    docs.identity.push(known)
    markChanged(docs, undefined, known)
  }
}

function asBoundary(doc: PolicyDocument, managedArn: string): PolicyDocument {
  return doc.origin.kind === 'boundary' ? doc : { ...doc, origin: { ...doc.origin, kind: 'boundary', managedArn } }
}

/** A document whose content is known only after deployment (its JSON cannot go to the simulator). */
export function hasUnknownValues(doc: PolicyDocument): boolean {
  return (doc.pending?.length ?? 0) > 0
}

function markChanged(
  docs: PrincipalDocs,
  exclusion: IdentityExclusion | undefined,
  input: PolicyDocument | undefined
): void {
  docs.changed = true
  if (exclusion) docs.exclusions.push(exclusion)
  if (input) docs.inputs.push(input)
}

/** The documents that apply to one principal and one key in a world. */
export function policySetFor(world: World, keyArn: string, principalArn: string): PolicySet {
  const docs = world.principals.get(principalArn)
  const principalAccount = accountOf(principalArn) ?? principalArn
  return {
    keyPolicy: world.keyPolicies.get(keyArn) ?? null,
    identity: docs?.identity ?? [],
    boundary: docs?.boundary ?? null,
    // SCPs apply to principals of the snapshot's account; RCPs to its keys.
    scps: principalAccount === world.account ? world.scps : [],
    rcps: accountOf(keyArn) === world.account ? world.rcps : []
  }
}
