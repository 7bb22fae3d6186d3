/**
 * IAM wildcard matching: `*` is any run of characters, `?` exactly one. Action names compare
 * case-insensitively, ARNs and most condition values case-sensitively
 * (IAM User Guide, reference_policies_elements_action / _resource / condition_operators).
 * Matching never backtracks (see policy/wildcard.ts): a pattern written to be slow costs no more than any other.
 */
import {
  compileWildcard,
  WildcardCache,
  wildcardMatches,
  wildcardParts,
  type WildcardPart
} from '../policy/wildcard.js'

/** A pattern after policy-variable substitution: literal text and wildcards. */
export type Token = WildcardPart

const cache = new WildcardCache()

/** Tokens of a plain pattern (no variables): every `*` and `?` is a wildcard. */
export function plainTokens(pattern: string): Token[] {
  return wildcardParts(pattern)
}

/** Matches a value against a wildcard pattern; compiled patterns are cached. */
export function globMatch(pattern: string, value: string, ignoreCase = false): boolean {
  if (pattern === '*') return true
  if (!pattern.includes('*') && !pattern.includes('?')) {
    return ignoreCase ? pattern.toLowerCase() === value.toLowerCase() : pattern === value
  }
  const w = cache.get((ignoreCase ? 'i' : 's') + pattern, () => compileWildcard(wildcardParts(pattern), ignoreCase))
  return wildcardMatches(w, value)
}

/** Matches a value against tokens (literal text after variable substitution may hold a literal `*` or `?`). */
export function tokensMatch(tokens: Token[], value: string, ignoreCase = false): boolean {
  if (tokens.every(t => 'lit' in t)) {
    const lit = tokens.map(t => (t as { lit: string }).lit).join('')
    return ignoreCase ? lit.toLowerCase() === value.toLowerCase() : lit === value
  }
  return wildcardMatches(compileWildcard(tokens, ignoreCase), value)
}
