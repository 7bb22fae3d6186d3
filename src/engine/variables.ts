import { plainTokens, type Token } from './glob.js'
import type { RequestContext } from './types.js'

/**
 * Policy variables (IAM User Guide, reference_policies_variables): `${aws:username}`,
 * `${aws:PrincipalTag/team}`, the escapes `${*}`, `${?}`, `${$}`, and a default value
 * `${aws:username, 'guest'}`. A variable whose key is not in the request makes the element not match;
 * one whose value is unknown to the gate makes the match undecided.
 */
export type Substituted = { tokens: Token[] } | { unknown: string } | { absent: string }

const VAR = /\$\{([^}]*)\}/g

export function hasVariables(pattern: string): boolean {
  return pattern.includes('${')
}

export function lookup(ctx: RequestContext, key: string): string[] | 'unknown' | 'absent' {
  const k = key.toLowerCase()
  const v = ctx.values.get(k)
  if (v !== undefined) return v
  if (ctx.absent?.has(k)) return 'absent'
  if (ctx.absentPrefixes?.some(p => k.startsWith(p))) return 'absent'
  return 'unknown'
}

const literalContexts = new WeakMap<RequestContext, RequestContext>()

/**
 * The context for a document without `"Version": "2012-10-17"` (absent, or the legacy `2008-10-17`): the same
 * values, but `${…}` is plain text. IAM User Guide, reference_policies_variables: "you must specify version
 * 2012-10-17 … Earlier versions of the policy language don't support policy variables"; the text is then
 * treated as a literal string.
 */
export function literalContext(ctx: RequestContext): RequestContext {
  let out = literalContexts.get(ctx)
  if (!out) {
    out = { ...ctx, literalVariables: true }
    literalContexts.set(ctx, out)
  }
  return out
}

export function substitute(pattern: string, ctx: RequestContext, wildcards = true): Substituted {
  const toTokens = (s: string): Token[] => (wildcards ? plainTokens(s) : s ? [{ lit: s }] : [])
  if (ctx.literalVariables || !hasVariables(pattern)) return { tokens: toTokens(pattern) }
  const out: Token[] = []
  let last = 0
  for (const m of pattern.matchAll(VAR)) {
    for (const t of toTokens(pattern.slice(last, m.index))) out.push(t)
    last = m.index! + m[0].length
    const body = m[1].trim()
    if (body === '*' || body === '?' || body === '$') {
      out.push({ lit: body })
      continue
    }
    const comma = body.indexOf(',')
    const key = (comma >= 0 ? body.slice(0, comma) : body).trim()
    const fallback =
      comma >= 0
        ? body
            .slice(comma + 1)
            .trim()
            .replace(/^'(.*)'$/, '$1')
        : undefined
    const value = lookup(ctx, key)
    if (value === 'unknown') return { unknown: key }
    if (value === 'absent' || value.length !== 1) {
      if (fallback === undefined) return { absent: key }
      out.push({ lit: fallback })
    } else out.push({ lit: value[0] })
  }
  for (const t of toTokens(pattern.slice(last))) out.push(t)
  return { tokens: out }
}

/** The keys named by variables in a pattern (for messages). */
export function variableKeys(pattern: string): string[] {
  const keys: string[] = []
  for (const m of pattern.matchAll(VAR)) {
    const body = m[1].split(',')[0].trim()
    if (body !== '*' && body !== '?' && body !== '$') keys.push(body)
  }
  return keys
}
