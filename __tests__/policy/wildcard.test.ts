import { compileWildcard, foldCase, wildcardMatches, wildcardParts, WildcardCache } from '../../src/policy/wildcard.js'

const matches = (pattern: string, value: string, ignoreCase = false): boolean =>
  wildcardMatches(compileWildcard(wildcardParts(pattern), ignoreCase), value)

// IAM User Guide, reference_policies_elements_action and _resource: `*` is any run of characters (also none),
// `?` exactly one character; actions are case-insensitive, ARNs case-sensitive.
describe('IAM wildcards', () => {
  it('match * and ? as IAM does', () => {
    expect(matches('kms:*', 'kms:RotateKeyOnDemand')).toBe(true)
    expect(matches('kms:Rotate*', 'kms:Rotate')).toBe(true)
    expect(matches('kms:*Rotation*', 'kms:EnableKeyRotation')).toBe(true)
    expect(matches('kms:Rotate?eyOnDemand', 'kms:RotateKeyOnDemand')).toBe(true)
    expect(matches('kms:Rotate??eyOnDemand', 'kms:RotateKeyOnDemand')).toBe(false)
    expect(matches('kms:Describe*', 'kms:DeleteAlias')).toBe(false)
    expect(matches('*', '')).toBe(true)
    expect(matches('?', '')).toBe(false)
    expect(matches('a*b*c', 'abc')).toBe(true)
    expect(matches('a*b*c', 'acb')).toBe(false)
    expect(matches('exact', 'exact')).toBe(true)
    expect(matches('exact', 'exactly')).toBe(false)
  })

  it('case: folded only when asked', () => {
    expect(matches('KMS:rotate*', 'kms:RotateKeyOnDemand', true)).toBe(true)
    expect(matches('KMS:rotate*', 'kms:RotateKeyOnDemand')).toBe(false)
    expect(foldCase('kms:Décrypt')).toBe('KMS:DÉCRYPT')
  })

  it('literal parts keep * and ? literal', () => {
    const w = compileWildcard([{ lit: 'a*b' }, { star: true }], false)
    expect(wildcardMatches(w, 'a*bzzz')).toBe(true)
    expect(wildcardMatches(w, 'axbzzz')).toBe(false)
  })

  it('take linear time on patterns written to make a backtracking matcher explode', () => {
    const pattern = '*?'.repeat(12) + 'Z'
    const value = 'a'.repeat(5_000)
    const started = performance.now()
    expect(matches(pattern, value)).toBe(false)
    expect(matches(pattern, value + 'Z')).toBe(true)
    expect(matches('kms:' + '?*'.repeat(2_000), 'kms:' + 'x'.repeat(5_000))).toBe(true)
    expect(performance.now() - started).toBeLessThan(250)
  })
})

describe('WildcardCache', () => {
  it('compiles a pattern once, and stays bounded', () => {
    const cache = new WildcardCache(2)
    let built = 0
    const build = () => (built++, compileWildcard(wildcardParts('a*'), false))
    const first = cache.get('a*', build)
    expect(cache.get('a*', build)).toBe(first)
    expect(built).toBe(1)
    cache.get('b*', build)
    cache.get('c*', build) // over the bound: the cache starts over
    expect(cache.get('a*', build)).not.toBe(first)
    expect(built).toBe(4)
  })
})
