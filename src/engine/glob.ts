/**
 * IAM wildcard matching: `*` is any run of characters, `?` exactly one. Action names compare
 * case-insensitively, ARNs and most condition values case-sensitively
 * (IAM User Guide, reference_policies_elements_action / _resource / condition_operators).
 */

/** A pattern after policy-variable substitution: literal text and wildcards. */
export type Token = { lit: string } | { star: true } | { one: true }

const cache = new Map<string, RegExp>()

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/** Tokens of a plain pattern (no variables): every `*` and `?` is a wildcard. */
export function plainTokens(pattern: string): Token[] {
  const out: Token[] = []
  let lit = ''
  for (const ch of pattern) {
    if (ch === '*' || ch === '?') {
      if (lit) out.push({ lit })
      lit = ''
      out.push(ch === '*' ? { star: true } : { one: true })
    } else lit += ch
  }
  if (lit) out.push({ lit })
  return out
}

export function tokensToRegExp(tokens: Token[], ignoreCase: boolean): RegExp {
  let src = '^'
  for (const t of tokens) {
    if ('lit' in t) src += escapeRe(t.lit)
    else if ('star' in t) src += '[\\s\\S]*'
    else src += '[\\s\\S]'
  }
  return new RegExp(src + '$', ignoreCase ? 'i' : '')
}

/** Matches a value against a wildcard pattern; compiled patterns are cached. */
export function globMatch(pattern: string, value: string, ignoreCase = false): boolean {
  if (pattern === '*') return true
  if (!pattern.includes('*') && !pattern.includes('?')) {
    return ignoreCase ? pattern.toLowerCase() === value.toLowerCase() : pattern === value
  }
  const k = (ignoreCase ? 'i' : 's') + pattern
  let re = cache.get(k)
  if (!re) {
    re = tokensToRegExp(plainTokens(pattern), ignoreCase)
    cache.set(k, re)
  }
  return re.test(value)
}

export function tokensMatch(tokens: Token[], value: string, ignoreCase = false): boolean {
  if (tokens.every(t => 'lit' in t)) {
    const lit = tokens.map(t => (t as { lit: string }).lit).join('')
    return ignoreCase ? lit.toLowerCase() === value.toLowerCase() : lit === value
  }
  const k = (ignoreCase ? 'I' : 'S') + JSON.stringify(tokens)
  let re = cache.get(k)
  if (!re) {
    re = tokensToRegExp(tokens, ignoreCase)
    cache.set(k, re)
  }
  return re.test(value)
}

/** Splits an ARN into its six parts (the resource part may contain `:`). */
export function arnParts(arn: string): string[] | undefined {
  const parts = arn.split(':')
  if (parts.length < 6 || parts[0] !== 'arn') return undefined
  return [...parts.slice(0, 5), parts.slice(5).join(':')]
}
