import { buildRequest, type KeyFacts, type OrgFacts } from '../engine/request.js'
import { identityKey, type IdentityOracle, type IdentityVerdict } from '../engine/types.js'
import { hasUnknownValues, type PrincipalDocs, type World } from './build.js'
import type { PolicyDocument } from '../policy/types.js'
import type { Config } from '../config/types.js'

/** One identity-side question of the run: a principal, an action, a key (with its facts). */
export interface IdentityPair {
  principal: string
  action: string
  keyArn: string
  facts: KeyFacts
}

export interface IdentityVerdicts {
  before: Map<string, IdentityVerdict>
  after: Map<string, IdentityVerdict>
}

export interface SimulateInput {
  oracle: IdentityOracle
  pairs: IdentityPair[]
  before: World
  after: World
  config: Config
  now: Date
  uniqueIds: Map<string, string | undefined>
  /** The state's organization, for aws:PrincipalOrgID / aws:ResourceOrgID. */
  org?: OrgFacts
}

type Context = Record<string, string[]>

/**
 * The identity side of live mode, from IAM's policy simulator (CONTRACT §7).
 *
 * - Every condition value the local engine knows (`buildContext`: `aws:SecureTransport`, `aws:PrincipalArn`,
 *   `aws:RequestedRegion`, the time, the key's `kms:*` facts, config `context`) goes to the simulator as a
 *   context entry: the simulator fills in only a few principal keys by itself and evaluates every other key
 *   as absent (IAM User Guide, access_policies_testing-policies). Pairs with the same context share a call.
 * - `MissingContextValues` lists keys the policies reference and the request did not carry. A key the engine
 *   knows to be absent was evaluated correctly. For the rest, the simulator's answer stays a decision unless
 *   the unknown value could flip it: an Allow that references the key (for a deny), a Deny or a condition
 *   that holds when the key is absent (for an allow or an explicit deny), or a key that no known document
 *   references (an SCP the gate cannot read).
 * - Only principals of the simulator's own account are simulated: `SimulatePrincipalPolicy` evaluates
 *   entities of the caller's account, so a principal of an account read through config `accounts:` is simulated
 *   with that account's credentials. Another account's principal is evaluated locally from the documents
 *   the state holds for it; when it holds none, its identity side is unknown (inconclusive, named in the
 *   report), never a silent deny.
 */
export async function simulateIdentity(input: SimulateInput): Promise<IdentityVerdicts> {
  const { before, after } = input
  const out: IdentityVerdicts = { before: new Map(), after: new Map() }
  const byPrincipal = new Map<string, IdentityPair[]>()
  for (const pair of input.pairs) {
    const p = pair.principal
    if (/:root$/.test(p) || /^\d{12}$/.test(p)) continue // the account root is decided by the key policy
    const entity = /^arn:[^:]+:iam::(\d{12}):(?:role|user)\//.exec(p)
    if (!entity) continue
    if (entity[1] !== before.account && !before.otherAccounts.includes(entity[1])) {
      if (!before.principals.has(p)) {
        const unknown = unknownIdentity(p, entity[1])
        out.before.set(identityKey(p, pair.action, pair.keyArn), unknown)
        out.after.set(identityKey(p, pair.action, pair.keyArn), unknown)
      }
      continue
    }
    // A role or user of the account that the provider did not find does not exist (yet): its identity side
    // is exactly the documents the change proposes for it, evaluated locally as offline.
    if (!before.principals.has(p)) continue
    const list = byPrincipal.get(p) ?? []
    list.push(pair)
    byPrincipal.set(p, list)
  }
  await Promise.all(
    [...byPrincipal].map(async ([principal, pairs]) => {
      const b = await ask(input, principal, pairs, before.principals.get(principal) as PrincipalDocs, false)
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
      const a = await ask(input, principal, pairs, docs, true)
      for (const [k, v] of a) out.after.set(k, v)
    })
  )
  return out
}

function unknownIdentity(principal: string, account: string): IdentityVerdict {
  return {
    decision: 'inconclusive',
    missingContext: [
      `the identity policies of ${principal} (account ${account} is not the account the gate reads; add the principal to the snapshot)`
    ],
    matched: []
  }
}

interface Prepared {
  pair: IdentityPair
  /** Everything the engine knows for this request. */
  context: Context
  absent: Set<string>
}

/** One world's questions for one principal: grouped by identical context, then re-asked for keys sent too sparingly. */
async function ask(
  input: SimulateInput,
  principal: string,
  pairs: IdentityPair[],
  docs: PrincipalDocs,
  proposed: boolean
): Promise<Map<string, IdentityVerdict>> {
  const prepared: Prepared[] = pairs.map(pair => {
    const req = buildRequest(
      principal,
      pair.action,
      pair.facts,
      input.now,
      input.config.context.get(principal),
      input.uniqueIds.get(principal),
      input.org
    )
    // A multivalued key with no values (a key without aliases) is a key the request does not carry.
    const absent = new Set(req.context.absent ?? [])
    for (const [k, v] of req.context.values) if (v.length === 0) absent.add(k)
    return {
      pair,
      context: Object.fromEntries(
        [...req.context.values].filter(([, v]) => v.length > 0).sort(([a], [b]) => (a < b ? -1 : 1))
      ),
      absent
    }
  })
  const documents = [...docs.identity, ...(docs.boundary ? [docs.boundary] : [])]
  const referenced = referencedKeys(documents)
  // Values that differ between the pairs (per key: region, aliases, spec…) split the calls; send them only when
  // a known document references them, so one call still carries all keys of a principal in the common case.
  const varying = varyingKeys(prepared)
  const first = await askGroups(input, principal, prepared, docs, proposed, k => !varying.has(k) || referenced.has(k))
  // A key the simulator missed that the engine knows but left out (referenced by a document the gate cannot
  // read, e.g. an SCP): ask those pairs again with every known value.
  const retry = prepared.filter(p => {
    const v = first.get(identityKey(principal, p.pair.action, p.pair.keyArn))
    return v?.missingContext.some(
      k => k.toLowerCase() in p.context && !(k.toLowerCase() in sentContext(p, varying, referenced))
    )
  })
  if (retry.length) {
    const second = await askGroups(input, principal, retry, docs, proposed, () => true)
    for (const [k, v] of second) first.set(k, v)
  }
  const verdicts = new Map<string, IdentityVerdict>()
  for (const p of prepared) {
    const id = identityKey(principal, p.pair.action, p.pair.keyArn)
    const raw = first.get(id)
    if (raw) verdicts.set(id, settle(raw, p, documents))
  }
  return verdicts
}

function sentContext(p: Prepared, varying: Set<string>, referenced: Set<string>): Context {
  return Object.fromEntries(Object.entries(p.context).filter(([k]) => !varying.has(k) || referenced.has(k)))
}

async function askGroups(
  input: SimulateInput,
  principal: string,
  prepared: Prepared[],
  docs: PrincipalDocs,
  proposed: boolean,
  send: (key: string) => boolean
): Promise<Map<string, IdentityVerdict>> {
  const groups = new Map<string, { context: Context; actions: Set<string>; keys: Set<string>; pairs: Prepared[] }>()
  for (const p of prepared) {
    const context = Object.fromEntries(Object.entries(p.context).filter(([k]) => send(k)))
    const sig = stableJson(context)
    const g = groups.get(sig) ?? { context, actions: new Set(), keys: new Set(), pairs: [] }
    g.actions.add(p.pair.action)
    g.keys.add(p.pair.keyArn)
    g.pairs.push(p)
    groups.set(sig, g)
  }
  const out = new Map<string, IdentityVerdict>()
  await Promise.all(
    [...groups.values()].map(async g => {
      const answer = await input.oracle.simulate({
        principal,
        actions: [...g.actions],
        resources: [...g.keys],
        context: g.context,
        ...(proposed
          ? {
              policyInputs: docs.inputs.map(simulatorJson),
              exclusions: docs.exclusions,
              boundary: docs.proposedBoundary ? simulatorJson(docs.proposedBoundary) : undefined
            }
          : { policyInputs: [], exclusions: [] })
      })
      // Grouping by action and key may ask for combinations no check needs; keep only the pairs asked for.
      for (const p of g.pairs) {
        const id = identityKey(principal, p.pair.action, p.pair.keyArn)
        const v = answer.get(id)
        if (v) out.set(id, v)
      }
    })
  )
  return out
}

function varyingKeys(prepared: Prepared[]): Set<string> {
  const varying = new Set<string>()
  const first = prepared[0]?.context ?? {}
  for (const p of prepared) {
    const keys = new Set([...Object.keys(first), ...Object.keys(p.context)])
    for (const k of keys) if (stableJson(first[k]) !== stableJson(p.context[k])) varying.add(k)
  }
  return varying
}

/** Condition keys (lower-cased) that the documents' conditions reference. */
function referencedKeys(docs: PolicyDocument[]): Set<string> {
  const keys = new Set<string>()
  for (const d of docs) for (const s of d.statements) for (const c of s.conditions) keys.add(c.key.toLowerCase())
  return keys
}

/**
 * Operators that hold when the key is absent from the request: `Null`, `…IfExists`, the negated operators and
 * `ForAllValues:` (IAM User Guide, reference_policies_condition-single-vs-multi-valued-context-keys and
 * "Condition operators": a negated operator or ForAllValues evaluates to true for a missing key).
 */
function holdsWhenAbsent(operator: string): boolean {
  const op = operator.toLowerCase()
  return (
    op === 'null' ||
    op.endsWith('ifexists') ||
    op.startsWith('forallvalues:') ||
    /(^|:)(stringnot|arnnot|notipaddress|numericnotequals|datenotequals)/.test(op)
  )
}

/**
 * The simulator's verdict with its missing keys judged: keys known to be absent were evaluated right; the rest
 * leave the answer open only when their value could flip it (see `simulateIdentity`).
 */
function settle(raw: IdentityVerdict, p: Prepared, documents: PolicyDocument[]): IdentityVerdict {
  if (raw.decision === 'inconclusive' || raw.missingContext.length === 0) return raw
  const unknown = raw.missingContext.filter(k => {
    const key = k.toLowerCase()
    return !p.absent.has(key)
  })
  if (unknown.length === 0) return { ...raw, missingContext: [] }
  const wanted = new Set(unknown.map(k => k.toLowerCase()))
  const clauses = documents.flatMap(d =>
    d.statements.flatMap(s =>
      s.conditions
        .filter(c => wanted.has(c.key.toLowerCase()))
        .map(c => ({ effect: s.effect, operator: c.operator, key: c.key.toLowerCase() }))
    )
  )
  const unreferenced = [...wanted].some(k => !clauses.some(c => c.key === k))
  let open: boolean
  if (unreferenced) open = true
  else if (raw.decision === 'implicit-deny') open = clauses.some(c => c.effect === 'Allow')
  else if (raw.decision === 'allowed') open = clauses.some(c => c.effect === 'Deny' || holdsWhenAbsent(c.operator))
  else open = clauses.some(c => c.effect === 'Deny' && holdsWhenAbsent(c.operator))
  return open ? { ...raw, decision: 'inconclusive', missingContext: unknown } : { ...raw, missingContext: unknown }
}

/** JSON with sorted object keys, so equal contexts have equal signatures. */
function stableJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      v === null || typeof v !== 'object' || Array.isArray(v)
        ? v
        : Object.fromEntries(
            Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          )
    ) ?? 'undefined'
  )
}

/** The text of a document sent to the simulator: read without its JSON copy (offline only) is a defect, not a pass. */
function simulatorJson(doc: PolicyDocument): string {
  if (doc.json === undefined) throw new Error(`${doc.origin.name} was read without the JSON the policy simulator needs`)
  return JSON.stringify(doc.json)
}
