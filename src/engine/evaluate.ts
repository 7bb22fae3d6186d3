import { arnLike } from './arn-match.js'
import { evaluateConditions } from './conditions.js'
import { globMatch } from './glob.js'
import { isCrossAccountAction } from './kms-actions.js'
import { matchBlock, notPrincipalApplies, type PrincipalMatch } from './principal.js'
import { and, anyOf, not, type Tri } from './tri.js'
import { literalContext, lookup, variableKeys } from './variables.js'
import { exact } from '../policy/node.js'
import type { Located, PolicyDocument, Statement } from '../policy/types.js'
import type {
  Decision,
  DecisionValue,
  IdentityVerdict,
  MissingLayer,
  PolicySet,
  Request,
  RequestContext,
  StatementRef
} from './types.js'

/**
 * The decision for one request, as AWS makes it for a KMS key (IAM User Guide,
 * reference_policies_evaluation-logic; KMS Developer Guide, key-policies and policy-evaluation):
 * 1. KMS operations that are not cross-account ("Cross-account use: No") are denied to other accounts.
 * 2. An explicit Deny in any policy (key policy, identity, boundary, SCP, RCP) wins.
 * 3. Every SCP level and every RCP level must allow.
 * 4. The key policy must allow: naming the caller (or `*`) grants directly; naming the caller's account
 *    delegates to IAM, and then an identity policy must allow too. The account root is decided by the
 *    key policy alone.
 * 5. A permissions boundary limits identity grants and key-policy grants naming the role (not grants naming an
 *    IAM user, nor `"*"`, which also names the role session that makes the call).
 * 6. A caller of another account needs both the key policy and its own identity policies.
 *
 * Conditions on keys the gate cannot know are undecided: the request is evaluated with every undecided
 * statement applying in the caller's favour and against it; when the answers differ the decision is
 * `inconclusive` and names the keys.
 */

const POLICY_VARIABLES_VERSION = '2012-10-17'

/** Appends lists one item at a time: `push(...list)` fails once a list has more items than a call takes arguments. */
function append<T>(target: T[], ...lists: T[][]): void {
  for (const list of lists) for (const item of list) target.push(item)
}

interface Eval {
  applies: Tri
  principal: PrincipalMatch
  /** The statement's `Principal` is `"*"`: it also names the role session that makes the call. */
  wildcard?: boolean
  unknownKeys: string[]
}

const NO_KEYS = Object.freeze([]) as unknown as string[]
/** A statement that does not apply (shared: it never leaves `collect`). */
const NONE: Eval = Object.freeze({ applies: false, principal: 'none', unknownKeys: NO_KEYS })
const NO_CONDITIONS = { result: true as Tri, unknownKeys: NO_KEYS }
const certain = (principal: PrincipalMatch, wildcard: boolean): Eval =>
  Object.freeze({ applies: true, principal, wildcard, unknownKeys: NO_KEYS })
/** The results of a statement that applies for certain, by how it names the principal and whether it is `"*"`. */
const APPLIES: Record<PrincipalMatch, [Eval, Eval]> = {
  direct: [certain('direct', false), certain('direct', true)],
  account: [certain('account', false), certain('account', true)],
  none: [certain('none', false), certain('none', true)]
}

interface Matched {
  stmt: Statement
  doc: PolicyDocument
  eval: Eval
}

/** One reference per statement of a document, shared by every decision that names it (thousands of checks). */
const refs = new WeakMap<Statement, Map<PolicyDocument, StatementRef>>()

function ref(m: Matched): StatementRef {
  let byDoc = refs.get(m.stmt)
  if (!byDoc) refs.set(m.stmt, (byDoc = new Map()))
  let r = byDoc.get(m.doc)
  if (!r) {
    r = { origin: m.doc.origin, index: m.stmt.index, sid: m.stmt.sid, effect: m.stmt.effect, range: m.stmt.range }
    byDoc.set(m.doc, r)
  }
  return r
}

/** How a statement's Action or NotAction element matches an action. */
function actionMatchOf(s: Statement, action: string): Tri {
  if (s.action) return anyOf(s.action, a => (a.unknown ? 'unknown' : globMatch(a.value, action, true)))
  if (s.notAction) return not(anyOf(s.notAction, a => (a.unknown ? 'unknown' : globMatch(a.value, action, true))))
  return false
}

/**
 * Per document and action, the statements whose Action element may match it, with that match. A run asks
 * about a handful of actions for thousands of keys; the action part of each statement is decided once.
 */
const byAction = new WeakMap<PolicyDocument, Map<string, { stmt: Statement; actionMatch: Tri }[]>>()

function statementsFor(doc: PolicyDocument, action: string): { stmt: Statement; actionMatch: Tri }[] {
  let index = byAction.get(doc)
  if (!index) {
    index = new Map()
    byAction.set(doc, index)
  }
  const key = action.toLowerCase()
  let list = index.get(key)
  if (!list) {
    list = []
    for (const stmt of doc.statements) {
      if (stmt.ignored) continue
      const actionMatch = actionMatchOf(stmt, action)
      if (actionMatch !== false) list.push({ stmt, actionMatch })
    }
    // Kept for the run, one per document and action.
    list = exact(list)
    index.set(key, list)
  }
  return list
}

/**
 * A Resource list split once into its literal ARNs (a set: a literal matches exactly the equal ARN, IAM User
 * Guide, reference_policies_elements_resource) and the patterns that need matching (wildcards, variables,
 * unresolved values). Identity policies that list hundreds of key ARNs then cost one lookup per key.
 */
interface ResourceIndex {
  /** Undefined when the list has no literal ARN. */
  exact?: Set<string>
  patterns: readonly Located[]
}
const resourceIndexes = new WeakMap<Located[], ResourceIndex>()

function resourceMatches(list: Located[], arn: string, ctx: RequestContext): Tri {
  let index = resourceIndexes.get(list)
  if (!index) {
    // Held for every statement a run evaluates: no empty set, and no list with room for more.
    const literal: string[] = []
    const patterns: Located[] = []
    for (const r of list) {
      if (!r.unknown && !/[*?]|\$\{/.test(r.value)) literal.push(r.value)
      else patterns.push(r)
    }
    index = {
      patterns: patterns.length === list.length ? list : exact(patterns),
      ...(literal.length ? { exact: new Set(literal) } : {})
    }
    resourceIndexes.set(list, index)
  }
  if (index.exact?.has(arn)) return true
  return anyOf(index.patterns, r => (r.unknown ? 'unknown' : arnLike(r.value, arn, ctx)))
}

function evalStatement(s: Statement, doc: PolicyDocument, req: Request, hasBoundary: boolean, actionMatch: Tri): Eval {
  let resourceMatch: Tri
  const arn = req.resource.arn
  // Policy variables exist only in documents of version 2012-10-17; elsewhere `${…}` is plain text.
  const ctx = doc.version === POLICY_VARIABLES_VERSION ? req.context : literalContext(req.context)
  if (s.resource) resourceMatch = resourceMatches(s.resource, arn, ctx)
  else if (s.notResource) resourceMatch = not(resourceMatches(s.notResource, arn, ctx))
  else resourceMatch = doc.origin.kind === 'scp'
  if (resourceMatch === false) return NONE

  let principal: PrincipalMatch = 'direct'
  let principalMatch: Tri = true
  let wildcard = false
  if (doc.origin.kind === 'key' || doc.origin.kind === 'rcp') {
    if (s.principal) {
      wildcard = s.principal.wildcard
      const m = matchBlock(s.principal, req.principal, s.effect === 'Deny')
      principal = m.match
      principalMatch = m.match !== 'none' ? true : m.unknown ? 'unknown' : false
      if (m.unknown && m.match === 'none') principal = 'direct'
    } else if (s.notPrincipal) {
      // "The NotPrincipal element with a Deny effect will always deny any IAM principal that has a
      // permissions boundary policy attached" (IAM User Guide, access_policies_boundaries).
      principalMatch =
        s.effect === 'Deny' && hasBoundary && (req.principal.type === 'role' || req.principal.type === 'user')
          ? true
          : notPrincipalApplies(s.notPrincipal, req.principal)
    } else return NONE
    if (principalMatch === false) return NONE
  }

  const cond = s.conditions.length ? evaluateConditions(s.conditions, ctx) : NO_CONDITIONS
  const applies = and(and(actionMatch, resourceMatch), and(principalMatch, cond.result))
  if (applies === false) return NONE
  // Most statements that apply do so for certain: their result is one of a few shared values, not a new object
  // per request (a run makes tens of thousands of requests).
  if (applies === true) return APPLIES[principal][wildcard ? 1 : 0]
  const unknownKeys = [...cond.unknownKeys]
  // A Resource pattern with a policy variable whose value is not known names that key (CONTRACT §6), rather
  // than the placeholder for unresolved template values.
  if (applies === 'unknown' && resourceMatch === 'unknown') {
    for (const r of s.resource ?? s.notResource ?? []) {
      if (!r.unknown && !ctx.literalVariables)
        append(
          unknownKeys,
          variableKeys(r.value).filter(k => lookup(ctx, k) === 'unknown')
        )
    }
  }
  // Values a template or plan leaves unresolved are named by their expression (e.g. `!ImportValue roles-Arn`).
  if (applies === 'unknown') {
    const unresolved = [
      ...(s.action ?? s.notAction ?? []),
      ...(s.resource ?? s.notResource ?? []),
      ...(s.principal?.aws ?? [])
    ].filter(v => v.unknown)
    if (unresolved.length || s.conditions.some(c => c.unknown)) {
      const names = unresolved.map(v => (/known/i.test(v.value) ? v.value : `${v.value} (known only after deployment)`))
      const described = s.conditions.some(c => c.unknown && c.description)
      if (names.length || !described)
        append(unknownKeys, names.length ? names : ['(a value known only after deployment)'])
    }
  }
  if (unknownKeys.length === 0) unknownKeys.push('(a value known only after deployment)')
  return { applies, principal, wildcard, unknownKeys }
}

/** Statements of the documents that may apply, with their three-valued result. */
function collect(docs: PolicyDocument[], effect: 'Allow' | 'Deny', req: Request, hasBoundary = false): Matched[] {
  const out: Matched[] = []
  for (const doc of docs) {
    for (const { stmt, actionMatch } of statementsFor(doc, req.action)) {
      if (stmt.effect !== effect) continue
      const e = evalStatement(stmt, doc, req, hasBoundary, actionMatch)
      if (e.applies !== false) out.push({ stmt, doc, eval: e })
    }
  }
  return out
}

type Mode = 'favour' | 'against'

/** Whether a matched statement counts in a mode: undecided Allows count in favour, undecided Denies against. */
function counts(m: Matched, mode: Mode): boolean {
  if (m.eval.applies === true) return true
  return m.stmt.effect === 'Allow' ? mode === 'favour' : mode === 'against'
}

interface Outcome {
  decision: Exclude<DecisionValue, 'inconclusive'>
  denies: StatementRef[]
  allows: StatementRef[]
  missing: MissingLayer[]
}

interface Gathered {
  keyDeny: Matched[]
  keyAllow: Matched[]
  rcpDeny: Matched[]
  rcpAllow: Matched[][]
  identityDeny: Matched[]
  identityAllow: Matched[]
  boundaryAllow: Matched[]
  scpAllow: Matched[][]
}

/**
 * Every statement that may apply. In live mode the identity side is decided by the simulator; its
 * statements are still gathered here, but only to name them in explanations.
 */
function gather(req: Request, set: PolicySet): Gathered {
  const key = set.keyPolicy ? [set.keyPolicy] : []
  const rcps = set.rcps.flat()
  const hasBoundary = set.boundary !== null
  const idDocs = [...set.identity, ...(set.boundary ? [set.boundary] : []), ...set.scps.flat()]
  return {
    keyDeny: collect(key, 'Deny', req, hasBoundary),
    keyAllow: collect(key, 'Allow', req),
    rcpDeny: collect(rcps, 'Deny', req, hasBoundary),
    rcpAllow: set.rcps.map(level => collect(level, 'Allow', req)),
    identityDeny: collect(idDocs, 'Deny', req),
    identityAllow: collect(set.identity, 'Allow', req),
    boundaryAllow: set.boundary ? collect([set.boundary], 'Allow', req) : [],
    scpAllow: set.scps.map(level => collect(level, 'Allow', req))
  }
}

function decideMode(req: Request, set: PolicySet, g: Gathered, mode: Mode, identity?: IdentityVerdict): Outcome {
  const pick = (ms: Matched[]): Matched[] =>
    ms.every(m => m.eval.applies === true) ? ms : ms.filter(m => counts(m, mode))
  const p = req.principal
  const sameAccount = p.account === req.resource.account
  if (!sameAccount && !isCrossAccountAction(req.action)) {
    return { decision: 'implicit-deny', denies: [], allows: [], missing: [{ layer: 'cross-account' }] }
  }

  // Explicit denies.
  const denies = [...pick(g.keyDeny), ...pick(g.rcpDeny), ...(identity ? [] : pick(g.identityDeny))].map(ref)
  const simulatorDenies = identity?.decision === 'explicit-deny'
  if (denies.length || simulatorDenies) {
    // When only the simulator reports the Deny, name the identity-side statements that explain it.
    const shown = denies.length ? denies : pick(g.identityDeny).map(ref)
    return { decision: 'explicit-deny', denies: shown, allows: [], missing: [] }
  }

  const missing: MissingLayer[] = []
  // Organization levels.
  if (identity) {
    if (identity.organizationsAllow === false) missing.push({ layer: 'scp', level: 0 })
  } else {
    g.scpAllow.forEach((level, i) => {
      if (p.type !== 'service' && pick(level).length === 0) missing.push({ layer: 'scp', level: i })
    })
  }
  g.rcpAllow.forEach((level, i) => {
    if (pick(level).length === 0) missing.push({ layer: 'rcp', level: i })
  })

  const keyAllows = pick(g.keyAllow)
  const direct = keyAllows.filter(m => m.eval.principal === 'direct')
  const delegated = keyAllows.filter(m => m.eval.principal === 'account')

  // Identity side.
  let identityAllows: boolean
  let boundaryAllows: boolean
  if (identity) {
    const undecided = identity.decision === 'inconclusive'
    identityAllows = identity.decision === 'allowed' || (undecided && mode === 'favour')
    boundaryAllows =
      identity.boundaryAllows ?? (identity.decision === 'allowed' || (undecided && mode === 'favour') || !set.boundary)
  } else {
    identityAllows = pick(g.identityAllow).length > 0
    boundaryAllows = !set.boundary || pick(g.boundaryAllow).length > 0
  }

  const allows: StatementRef[] = []
  let granted: boolean
  if (p.type === 'root') {
    // The account root is governed by the key policy (and SCPs), not by identity policies: it has no
    // identity policies and "has full access" in its own account (IAM User Guide,
    // reference_policies_evaluation-logic), so the root of another account needs only the key policy too.
    granted = keyAllows.length > 0
    append(allows, keyAllows.map(ref))
    if (!granted) missing.push({ layer: 'key-policy' })
  } else if (sameAccount) {
    // A key-policy Allow naming a role is limited by the role's boundary; one naming an IAM user is not
    // (IAM User Guide, reference_policies_evaluation-logic, "Permissions boundaries" and resource-based policies).
    // `"*"` also names the role session that actually makes the call, and a grant to the session "is not
    // limited by an implicit deny in an identity-based policy, a permissions boundary, or session policy" (same page).
    const directGranting = boundaryAllows ? direct : direct.filter(m => p.type === 'user' || m.eval.wildcard)
    const directGrant = directGranting.length > 0
    const delegatedGrant = delegated.length > 0 && identityAllows && boundaryAllows
    granted = directGrant || delegatedGrant
    if (directGrant) append(allows, directGranting.map(ref))
    if (delegatedGrant) append(allows, delegated.map(ref), pick(g.identityAllow).map(ref))
    if (!granted) {
      if (!direct.length && !delegated.length) missing.push({ layer: 'key-policy' })
      else if (!boundaryAllows) missing.push({ layer: 'boundary' })
      else missing.push({ layer: 'identity' })
    }
  } else {
    granted = keyAllows.length > 0 && identityAllows && boundaryAllows
    if (granted) append(allows, keyAllows.map(ref), pick(g.identityAllow).map(ref))
    else if (!keyAllows.length) missing.push({ layer: 'key-policy' })
    else if (!boundaryAllows) missing.push({ layer: 'boundary' })
    else missing.push({ layer: 'identity' })
  }
  if (granted && set.boundary) append(allows, pick(g.boundaryAllow).map(ref))
  if (missing.length) return { decision: 'implicit-deny', denies: [], allows: [], missing }
  return { decision: 'allowed', denies: [], allows, missing: [] }
}

function undecided(g: Gathered): boolean {
  const open = (ms: Matched[]): boolean => ms.some(m => m.eval.applies !== true)
  return (
    open(g.keyDeny) ||
    open(g.keyAllow) ||
    open(g.rcpDeny) ||
    g.rcpAllow.some(open) ||
    open(g.identityDeny) ||
    open(g.identityAllow) ||
    open(g.boundaryAllow) ||
    g.scpAllow.some(open)
  )
}

/**
 * Decides one request. With `identity` (live mode), the identity side (identity policies, boundary,
 * SCPs) comes from IAM's simulator and only the key policy and RCPs are evaluated here.
 */
export function decide(req: Request, set: PolicySet, identity?: IdentityVerdict): Decision {
  const g = gather(req, set)
  const favour = decideMode(req, set, g, 'favour', identity)
  // The two modes differ only in how undecided statements (and an undecided simulator answer) count: without
  // any, the answer against the caller is the answer in its favour.
  const against =
    undecided(g) || identity?.decision === 'inconclusive' ? decideMode(req, set, g, 'against', identity) : favour
  if (favour.decision === against.decision) {
    return {
      decision: favour.decision,
      denies: against.denies,
      allows: favour.allows,
      missing: against.missing
    }
  }
  const unknown = new Set<string>()
  const identitySide = identity ? [] : [...g.identityDeny, ...g.identityAllow, ...g.boundaryAllow, ...g.scpAllow.flat()]
  const all = [...g.keyDeny, ...g.keyAllow, ...g.rcpDeny, ...g.rcpAllow.flat(), ...identitySide]
  for (const m of all) if (m.eval.applies === 'unknown') m.eval.unknownKeys.forEach(k => unknown.add(k))
  for (const k of identity?.missingContext ?? []) unknown.add(k)
  return {
    decision: 'inconclusive',
    denies: against.denies,
    allows: favour.allows,
    missing: against.missing,
    unknownKeys: [...unknown].sort(),
    scenarios: { favour: favour.decision, against: against.decision }
  }
}
