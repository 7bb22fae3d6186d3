/**
 * The catalog of every real AWS IAM action (all services), read from the generated
 * catalog-data.ts. IAM service prefixes and action names are case-insensitive, so every lookup
 * here is too; results always use the canonical spelling (`kms:PutKeyPolicy`).
 *
 * The compact data is parsed once, on first use.
 */
import { editDistance } from '../edit-distance.js'
import { CATALOG_DATA } from './catalog-data.js'
import { compileWildcard, WildcardCache, wildcardMatches, wildcardParts, type Wildcard } from './wildcard.js'

interface CatalogIndex {
  /** Lower-case service prefix → canonical `prefix:Action` names of that service, in catalog order. */
  services: Map<string, readonly string[]>
  /** Lower-case service prefix → the same names, lower-cased (same indexes). */
  servicesLower: Map<string, readonly string[]>
  /** Lower-case `prefix:action` → canonical `prefix:Action`. */
  actions: Map<string, string>
  /** Every canonical `prefix:Action`, in catalog order (services, then actions, sorted). */
  all: readonly string[]
  /** `all`, lower-cased (same indexes). */
  allLower: readonly string[]
}

let catalog: CatalogIndex | undefined

function index(): CatalogIndex {
  if (catalog) return catalog
  const services = new Map<string, readonly string[]>()
  const servicesLower = new Map<string, readonly string[]>()
  const actions = new Map<string, string>()
  const all: string[] = []
  const allLower: string[] = []
  for (const line of CATALOG_DATA.split('\n')) {
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    const prefix = line.slice(0, colon)
    const names = line
      .slice(colon + 1)
      .split(',')
      .filter(n => n.length > 0)
      .map(n => `${prefix}:${n}`)
    const lowerNames = names.map(n => n.toLowerCase())
    services.set(prefix.toLowerCase(), names)
    servicesLower.set(prefix.toLowerCase(), lowerNames)
    names.forEach((name, i) => {
      actions.set(lowerNames[i], name)
      all.push(name)
      allLower.push(lowerNames[i])
    })
  }
  catalog = { services, servicesLower, actions, all, allLower }
  return catalog
}

function hasWildcard(s: string): boolean {
  return s.includes('*') || s.includes('?')
}

/** True when `prefix` (e.g. `kms`, `S3`) is the prefix of an AWS service. */
export function isKnownService(prefix: string): boolean {
  return index().services.has(prefix.toLowerCase())
}

/** True when `action` is a real `service:Action` (any case). Patterns with wildcards are not actions. */
export function isKnownAction(action: string): boolean {
  return index().actions.has(action.toLowerCase())
}

/** The canonical spelling of a real action (`KMS:putkeypolicy` → `kms:PutKeyPolicy`), else undefined. */
export function canonicalAction(action: string): string | undefined {
  return index().actions.get(action.toLowerCase())
}

/** Canonical names of every action of a service (empty for an unknown service). */
export function actionsForService(prefix: string): string[] {
  return [...(index().services.get(prefix.toLowerCase()) ?? [])]
}

const patterns = new WildcardCache(1000)

/** A matcher for a lower-case IAM pattern: `*` is any run of characters, `?` exactly one. */
function patternMatcher(lowerPattern: string): Wildcard {
  return patterns.get(lowerPattern, () => compileWildcard(wildcardParts(lowerPattern), false))
}

/**
 * The candidate lower-case names a pattern can match and, in the same order, their canonical
 * names. A pattern whose service part has no wildcard can only match actions of that service.
 */
function candidates(lowerPattern: string): { lower: readonly string[]; canonical: readonly string[] } {
  const cat = index()
  const colon = lowerPattern.indexOf(':')
  if (colon >= 0) {
    const service = lowerPattern.slice(0, colon)
    if (!hasWildcard(service)) {
      return { lower: cat.servicesLower.get(service) ?? [], canonical: cat.services.get(service) ?? [] }
    }
  }
  return { lower: cat.allLower, canonical: cat.all }
}

/**
 * Canonical names of all actions an IAM action pattern matches, in catalog order. `*` matches any
 * run of characters (also across the `:`), `?` exactly one; matching is case-insensitive. A
 * pattern without wildcards yields the action itself when it exists.
 */
export function expandActionPattern(pattern: string): string[] {
  const lower = pattern.toLowerCase()
  if (!hasWildcard(lower)) {
    const action = index().actions.get(lower)
    return action ? [action] : []
  }
  if (lower === '*') return [...index().all]
  const matcher = patternMatcher(lower)
  const { lower: names, canonical } = candidates(lower)
  const out: string[] = []
  for (let i = 0; i < names.length; i++) if (wildcardMatches(matcher, names[i])) out.push(canonical[i])
  return out
}

/** True when the pattern (or plain action) matches at least one real action. */
export function patternMatchesAnyAction(pattern: string): boolean {
  const lower = pattern.toLowerCase()
  if (!hasWildcard(lower)) return index().actions.has(lower)
  const matcher = patternMatcher(lower)
  return candidates(lower).lower.some(n => wildcardMatches(matcher, n))
}

// ---------------------------------------------------------------------------------------------
// Suggestions
//
// The distance between what was written and a real name is the number of single-character edits
// (insert, delete, substitute) needed before the written text matches the name, where a `*` in
// the written text matches any run at no cost and a `?` any one character (for text without
// wildcards this is the Levenshtein distance). Misremembered actions usually keep their start
// (verb and resource: `RotateKey…`) and get the tail wrong, so a common prefix earns a bonus of
// half a point per character, and a candidate is also accepted when at least half of the written
// name (and at least 4 characters) is an exact prefix of it, even if the edit distance is large.
// ---------------------------------------------------------------------------------------------

/** Real action names are at most about 80 characters long; longer text gets no suggestion. */
const MAX_SUGGESTION_INPUT = 200

/** Length of the common prefix of `written` (up to its first wildcard) and `name`. */
function commonPrefix(written: string, name: string): number {
  const end = Math.min(leadingLiteral(written).length, name.length)
  let n = 0
  while (n < end && written[n] === name[n]) n++
  return n
}

/** Text before the first wildcard. */
function leadingLiteral(s: string): string {
  const m = /[*?]/.exec(s)
  return m ? s.slice(0, m.index) : s
}

/** Edits tolerated for a name with `length` literal characters: three in ten (rounded down), at least one. */
function tolerance(length: number): number {
  return Math.max(1, Math.floor(length * 0.3))
}

/** Edits tolerated between an unknown service prefix and a real one. */
function serviceTolerance(length: number): number {
  return length >= 8 ? 2 : 1
}

interface Candidate {
  name: string
  /** 0 when a wildcard pattern's leading literal text is an exact prefix of the action, else 1. */
  tier: number
  score: number
  distance: number
}

function better(a: Candidate, b: Candidate | undefined): boolean {
  if (!b) return true
  if (a.tier !== b.tier) return a.tier < b.tier
  if (a.score !== b.score) return a.score < b.score
  if (a.distance !== b.distance) return a.distance < b.distance
  if (a.name.length !== b.name.length) return a.name.length < b.name.length
  return a.name < b.name
}

/** Services to search, with the edits needed on the service part to reach each of them. */
function candidateServices(service: string): Array<[string, number]> {
  const cat = index()
  if (hasWildcard(service)) {
    const matcher = patternMatcher(service)
    const matched = [...cat.services.keys()].filter(s => wildcardMatches(matcher, s))
    if (matched.length > 0) return matched.map(s => [s, 0])
  } else if (cat.services.has(service)) {
    return [[service, 0]]
  }
  const limit = serviceTolerance(service.replace(/[*?]/g, '').length)
  const out: Array<[string, number]> = []
  for (const s of cat.services.keys()) {
    const d = editDistance(service, s)
    if (d <= limit) out.push([s, d])
  }
  return out
}

/**
 * The nearest real action to an unknown one, or undefined when nothing is close enough.
 *
 * - A real action yields its canonical spelling; a wildcard pattern that matches something
 *   yields undefined (there is nothing to correct).
 * - When the service exists, only its actions are considered. Otherwise the service prefixes
 *   within one edit (two for prefixes of 8+ characters) are searched (`kmss:Decrypt` →
 *   `kms:Decrypt`), and the service edits add to the score.
 * - A wildcard pattern that matches nothing prefers an action that starts with the pattern's
 *   literal text before the first wildcard (`kms:Rotate*Forward` → `kms:RotateKeyOnDemand`).
 */
export function suggestAction(action: string): string | undefined {
  const cat = index()
  const lower = action.toLowerCase()
  const exact = cat.actions.get(lower)
  if (exact) return exact
  const isPattern = hasWildcard(lower)
  if (isPattern && patternMatchesAnyAction(lower)) return undefined
  const colon = lower.indexOf(':')
  if (colon <= 0 || colon === lower.length - 1) return undefined
  const service = lower.slice(0, colon)
  const written = lower.slice(colon + 1)
  if (written.includes(':')) return undefined
  const literalLength = written.replace(/[*?]/g, '').length
  // Nothing is near a name far longer than any real one, and comparing it with every name would cost time.
  if (written.length > MAX_SUGGESTION_INPUT || service.length > MAX_SUGGESTION_INPUT) return undefined
  const lead = isPattern ? leadingLiteral(written) : ''
  const limit = tolerance(literalLength)

  let best: Candidate | undefined
  for (const [svc, serviceDistance] of candidateServices(service)) {
    const names = cat.services.get(svc) ?? []
    const lowerNames = cat.servicesLower.get(svc) ?? []
    for (let i = 0; i < names.length; i++) {
      const name = names[i]
      const target = lowerNames[i].slice(svc.length + 1)
      const distance = editDistance(written, target)
      const prefix = commonPrefix(written, target)
      const tier = lead.length > 0 && target.startsWith(lead) ? 0 : 1
      const accepted = tier === 0 || distance <= limit || (prefix >= 4 && prefix * 2 >= literalLength)
      if (!accepted) continue
      const candidate: Candidate = { name, tier, score: serviceDistance + distance - prefix / 2, distance }
      if (better(candidate, best)) best = candidate
    }
  }
  return best?.name
}
