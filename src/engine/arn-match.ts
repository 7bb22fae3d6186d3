import { arnParts } from '../arn.js'
import { globMatch, plainTokens, tokensMatch, type Token } from './glob.js'
import { compileWildcard, wildcardMatches } from '../policy/wildcard.js'
import { hasVariables, substitute } from './variables.js'
import type { RequestContext } from './types.js'
import type { Tri } from './tri.js'

/** Splits tokens at the first five literal colons, like an ARN. */
function splitTokens(tokens: Token[]): Token[][] {
  const segs: Token[][] = [[]]
  for (const t of tokens) {
    if ('lit' in t && segs.length < 6 && t.lit.includes(':')) {
      const pieces = t.lit.split(':')
      pieces.forEach((p, i) => {
        if (i > 0) {
          if (segs.length < 6) segs.push([])
          else {
            segs[segs.length - 1].push({ lit: ':' })
          }
        }
        if (p) segs[segs.length - 1].push({ lit: p })
      })
    } else segs[segs.length - 1].push(t)
  }
  return segs
}

/** Compiled variable-free patterns: one matcher per ARN part (or the whole string for a short pattern). */
const compiled = new Map<string, (arn: string) => boolean>()
/** Enough for every pattern of a large repository; past it the cache starts again rather than growing. */
const COMPILED_LIMIT = 10_000

function compile(pattern: string): (arn: string) => boolean {
  const segs = splitTokens(plainTokens(pattern))
  if (segs.length !== 6) return value => globMatch(pattern, value)
  const parts = segs.map(seg => compileWildcard(seg, false))
  return value => {
    const valueParts = arnParts(value)
    if (!valueParts) return globMatch(pattern, value)
    for (let i = 0; i < 6; i++) if (!wildcardMatches(parts[i], valueParts[i])) return false
    return true
  }
}

/**
 * ARN matching as for `Resource` and `ArnLike`: wildcards match within each of the six colon-separated
 * parts (IAM User Guide, reference_policies_elements_resource: "wildcards … within ARN segments").
 * Returns 'unknown' when a policy variable's value is unknown.
 */
export function arnLike(pattern: string, arn: string, ctx: RequestContext): Tri {
  if (pattern === '*') return true
  if (ctx.literalVariables || !hasVariables(pattern)) {
    let m = compiled.get(pattern)
    if (!m) {
      m = compile(pattern)
      if (compiled.size >= COMPILED_LIMIT) compiled.clear()
      compiled.set(pattern, m)
    }
    return m(arn)
  }
  const sub = substitute(pattern, ctx)
  if ('unknown' in sub) return 'unknown'
  if ('absent' in sub) return false
  const valueParts = arnParts(arn)
  const segs = splitTokens(sub.tokens)
  if (!valueParts || segs.length !== 6) return tokensMatch(sub.tokens, arn)
  for (let i = 0; i < 6; i++) {
    if (!tokensMatch(segs[i], valueParts[i])) return false
  }
  return true
}
