import ipaddr from 'ipaddr.js'
import { arnLike } from './arn-match.js'
import { tokensMatch, type Token } from './glob.js'
import { allOf, anyOf, not, type Tri } from './tri.js'
import { lookup, substitute } from './variables.js'
import type { ConditionClause } from '../policy/types.js'
import type { RequestContext } from './types.js'

/**
 * Condition operators (IAM User Guide, reference_policies_elements_condition_operators and
 * reference_policies_condition-single-vs-multi-valued-context-keys):
 * - several keys in a block are ANDed, several values of one key are ORed;
 * - a negated operator (…Not…, NotIpAddress) is true when the value matches none of the policy values,
 *   and true when the key is absent from the request;
 * - `…IfExists` is true when the key is absent; `Null` tests presence;
 * - `ForAnyValue:` needs one request value to match; `ForAllValues:` needs every request value to match
 *   and is true for an absent or empty key.
 */

type Base =
  | 'StringEquals'
  | 'StringEqualsIgnoreCase'
  | 'StringLike'
  | 'NumericEquals'
  | 'NumericLessThan'
  | 'NumericLessThanEquals'
  | 'NumericGreaterThan'
  | 'NumericGreaterThanEquals'
  | 'DateEquals'
  | 'DateLessThan'
  | 'DateLessThanEquals'
  | 'DateGreaterThan'
  | 'DateGreaterThanEquals'
  | 'Bool'
  | 'BinaryEquals'
  | 'IpAddress'
  | 'ArnEquals'
  | 'ArnLike'

/** Negated operator → the positive operator it negates. */
const NEGATED: Record<string, Base> = {
  StringNotEquals: 'StringEquals',
  StringNotEqualsIgnoreCase: 'StringEqualsIgnoreCase',
  StringNotLike: 'StringLike',
  NumericNotEquals: 'NumericEquals',
  DateNotEquals: 'DateEquals',
  NotIpAddress: 'IpAddress',
  ArnNotEquals: 'ArnEquals',
  ArnNotLike: 'ArnLike'
}

const POSITIVE = new Set<string>([
  'StringEquals',
  'StringEqualsIgnoreCase',
  'StringLike',
  'NumericEquals',
  'NumericLessThan',
  'NumericLessThanEquals',
  'NumericGreaterThan',
  'NumericGreaterThanEquals',
  'DateEquals',
  'DateLessThan',
  'DateLessThanEquals',
  'DateGreaterThan',
  'DateGreaterThanEquals',
  'Bool',
  'BinaryEquals',
  'IpAddress',
  'ArnEquals',
  'ArnLike'
])

export interface ParsedOperator {
  set?: 'ForAnyValue' | 'ForAllValues'
  base: Base
  negated: boolean
  ifExists: boolean
  isNull: boolean
}

/** Parses an operator name; undefined when AWS would reject it. Operator names are case-sensitive. */
export function parseOperator(op: string): ParsedOperator | undefined {
  let rest = op
  let set: ParsedOperator['set']
  if (rest.startsWith('ForAnyValue:')) {
    set = 'ForAnyValue'
    rest = rest.slice('ForAnyValue:'.length)
  } else if (rest.startsWith('ForAllValues:')) {
    set = 'ForAllValues'
    rest = rest.slice('ForAllValues:'.length)
  }
  // `ForAnyValue:Null` / `ForAllValues:Null` test presence exactly like `Null`: IAM's policy simulator treats them
  // so (checked against the simulator by PMapper's condition tests; the same in the iam-simulate oracle).
  if (rest === 'Null') return { base: 'StringEquals', negated: false, ifExists: false, isNull: true }
  let ifExists = false
  if (rest.endsWith('IfExists')) {
    ifExists = true
    rest = rest.slice(0, -'IfExists'.length)
  }
  if (NEGATED[rest]) return { set, base: NEGATED[rest], negated: true, ifExists, isNull: false }
  if (POSITIVE.has(rest)) return { set, base: rest as Base, negated: false, ifExists, isNull: false }
  return undefined
}

function parseNumber(s: string): number | undefined {
  if (!/^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(s)) return undefined
  return Number(s)
}

/**
 * A date condition value: epoch seconds, or an ISO 8601 date. A date and time without a zone is UTC, as a date
 * alone is: `Date.parse` would read it in the local time of the machine the gate runs on, so the same policy
 * would pass on one runner and fail on another.
 */
export function parseDate(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s) * 1000
  const zoneless = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(s.trim())
  const t = Date.parse(zoneless ? `${s.trim()}Z` : s)
  return Number.isNaN(t) ? undefined : t
}

/** An IPv4 address in four decimal parts or an IPv6 address; anything else (octal or hex parts) is no address. */
function parseIp(text: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  const s = text.trim()
  if (ipaddr.IPv4.isValidFourPartDecimal(s)) return ipaddr.IPv4.parse(s)
  if (s.includes(':') && ipaddr.IPv6.isValid(s) && !s.includes('%')) return ipaddr.IPv6.parse(s)
  return undefined
}

/**
 * `IpAddress`: the request's address is in the policy's CIDR block (an address without `/n` is the one host). An
 * IPv4 address never matches an IPv6 block nor the reverse (IAM User Guide, reference_policies_elements_condition_operators,
 * "IP address condition operators").
 */
export function ipInCidr(ip: string, cidr: string): boolean {
  const slash = cidr.indexOf('/')
  const net = parseIp(slash < 0 ? cidr : cidr.slice(0, slash))
  const addr = parseIp(ip)
  if (!net || !addr || net.kind() !== addr.kind()) return false
  const bits = net.kind() === 'ipv4' ? 32 : 128
  const lenText = slash < 0 ? String(bits) : cidr.slice(slash + 1).trim()
  if (!/^\d{1,3}$/.test(lenText) || Number(lenText) > bits) return false
  const len = Number(lenText)
  return addr instanceof ipaddr.IPv4 ? addr.match(net as ipaddr.IPv4, len) : addr.match(net as ipaddr.IPv6, len)
}

/** Does one request value match one policy value under a positive operator? */
function matchOne(base: Base, policyValue: string, requestValue: string, ctx: RequestContext): Tri {
  switch (base) {
    case 'StringEquals':
    case 'StringEqualsIgnoreCase':
    case 'StringLike': {
      const sub = substitute(policyValue, ctx, base === 'StringLike')
      if ('unknown' in sub) return 'unknown'
      if ('absent' in sub) return false
      return tokensMatch(sub.tokens, requestValue, base === 'StringEqualsIgnoreCase')
    }
    case 'ArnEquals':
    case 'ArnLike':
      return arnLike(policyValue, requestValue, ctx)
    case 'Bool':
      return policyValue.toLowerCase() === requestValue.toLowerCase()
    case 'BinaryEquals':
      return policyValue === requestValue
    case 'IpAddress':
      return ipInCidr(requestValue, policyValue)
    default: {
      const numeric = base.startsWith('Numeric')
      const p = numeric ? parseNumber(policyValue) : parseDate(policyValue)
      const r = numeric ? parseNumber(requestValue) : parseDate(requestValue)
      if (p === undefined || r === undefined) return false
      const cmp = base.replace(/^(Numeric|Date)/, '')
      switch (cmp) {
        case 'Equals':
          return r === p
        case 'LessThan':
          return r < p
        case 'LessThanEquals':
          return r <= p
        case 'GreaterThan':
          return r > p
        default:
          return r >= p
      }
    }
  }
}

/**
 * Does a string pattern match a value of which only the start (`prefix`) is known, followed by a non-empty
 * unknown rest? `true` when every such value matches (`AROAID:*`), `false` when none can (a literal that
 * differs inside the prefix), else 'unknown'.
 */
export function prefixMatch(tokens: Token[], prefix: string, ignoreCase: boolean): Tri {
  const norm = (s: string): string => (ignoreCase ? s.toLowerCase() : s)
  const known = norm(prefix)
  let at = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if ('star' in t) return i === tokens.length - 1 ? true : 'unknown'
    if ('one' in t) {
      if (at >= known.length) return 'unknown'
      at++
      continue
    }
    const lit = norm(t.lit)
    const overlap = Math.min(lit.length, known.length - at)
    if (lit.slice(0, overlap) !== known.slice(at, at + overlap)) return false
    if (overlap < lit.length) return 'unknown'
    at += overlap
  }
  // The pattern ended: it matches only values no longer than the prefix, and the rest is never empty.
  return false
}

function matchPrefixed(base: Base, policyValue: string, prefix: string, ctx: RequestContext): Tri {
  if (base !== 'StringEquals' && base !== 'StringEqualsIgnoreCase' && base !== 'StringLike') return 'unknown'
  const sub = substitute(policyValue, ctx, base === 'StringLike')
  if ('unknown' in sub) return 'unknown'
  if ('absent' in sub) return false
  return prefixMatch(sub.tokens, prefix, base === 'StringEqualsIgnoreCase')
}

/** Evaluates one clause (one operator, one key, its values) against the request. */
export function evaluateClause(clause: ConditionClause, ctx: RequestContext): Tri {
  if (clause.unknown) return 'unknown'
  const op = parseOperator(clause.operator)
  if (!op) return false
  const present = lookup(ctx, clause.key)
  if (present === 'unknown') {
    const prefix = ctx.prefixes?.get(clause.key.toLowerCase())
    if (prefix === undefined) return 'unknown'
    // The key is present with one value that starts with `prefix`.
    if (op.isNull) return clause.values.some(v => v.toLowerCase() === 'false')
    const matches = anyOf(clause.values, pv => matchPrefixed(op.base, pv, prefix, ctx))
    return op.negated ? not(matches) : matches
  }
  const values = present === 'absent' ? undefined : present
  if (op.isNull) {
    // Several values are ORed like for any operator: ["true", "false"] holds whether or not the key is present.
    const isAbsent = values === undefined || values.length === 0
    return clause.values.some(v => (v.toLowerCase() === 'true') === isAbsent)
  }
  const matchesAny = (rv: string): Tri => anyOf(clause.values, pv => matchOne(op.base, pv, rv, ctx))
  // A request value satisfies the operator: it matches one policy value (or, negated, none of them).
  const satisfies = (rv: string): Tri => (op.negated ? not(matchesAny(rv)) : matchesAny(rv))
  if (values === undefined || values.length === 0) {
    if (op.ifExists) return true
    if (op.set === 'ForAllValues') return true
    if (op.set === 'ForAnyValue') return false
    return op.negated
  }
  if (op.set === 'ForAllValues') return allOf(values, satisfies)
  if (op.set === 'ForAnyValue') return anyOf(values, satisfies)
  // Single-valued operator: a negated one must hold for the value(s); a positive one for any of them.
  return op.negated ? not(anyOf(values, matchesAny)) : anyOf(values, matchesAny)
}

/** All clauses of a statement (AND). Returns the result and the keys whose unknown value left it undecided. */
export function evaluateConditions(
  clauses: ConditionClause[],
  ctx: RequestContext
): { result: Tri; unknownKeys: string[] } {
  let result: Tri = true
  const unknownKeys: string[] = []
  for (const c of clauses) {
    const r = evaluateClause(c, ctx)
    if (r === false) return { result: false, unknownKeys: [] }
    if (r === 'unknown') {
      result = 'unknown'
      unknownKeys.push(c.description ?? c.key)
      for (const m of [...c.values.join(' ').matchAll(/\$\{([^},]+)/g)]) unknownKeys.push(m[1].trim())
    }
  }
  return { result, unknownKeys }
}
