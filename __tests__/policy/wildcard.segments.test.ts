import { compileWildcard, foldCase, wildcardMatches, wildcardParts } from '../../src/policy/wildcard.js'

const matches = (pattern: string, value: string, ignoreCase = false): boolean =>
  wildcardMatches(compileWildcard(wildcardParts(pattern), ignoreCase), value)

/** The same pattern as an anchored regular expression: the meaning the matcher must keep, without backtracking. */
const oracle = (pattern: string, value: string, ignoreCase = false): boolean => {
  const source = [...pattern]
    .map(c => (c === '*' ? '[\\s\\S]*' : c === '?' ? '[\\s\\S]' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
    .join('')
  return new RegExp(`^${source}$`, ignoreCase ? 'i' : '').test(value)
}

// IAM User Guide, reference_policies_elements_action / _resource and reference_policies_condition_operators
// (StringLike): `*` matches any run of characters, none included, and `?` exactly one character.
describe('wildcard segments', () => {
  it('splits a pattern into literal text, stars and single-character wildcards', () => {
    expect(wildcardParts('kms:*Key?')).toEqual([{ lit: 'kms:' }, { star: true }, { lit: 'Key' }, { one: true }])
    expect(wildcardParts('**')).toEqual([{ star: true }, { star: true }])
    expect(wildcardParts('')).toEqual([])
  })

  it('consecutive stars are one star; stars alone match everything, the empty value included', () => {
    expect(compileWildcard(wildcardParts('a**b'), false)).toEqual(compileWildcard(wildcardParts('a*b'), false))
    expect(matches('***', '')).toBe(true)
    expect(matches('***', 'kms:Decrypt')).toBe(true)
    expect(matches('', '')).toBe(true)
    expect(matches('', 'a')).toBe(false)
  })

  it('the first part must start the value and the last must end it', () => {
    expect(matches('kms:*', 'xkms:Decrypt')).toBe(false)
    expect(matches('*Rotation', 'kms:EnableKeyRotationStatus')).toBe(false)
    expect(matches('*Rotation*', 'kms:EnableKeyRotationStatus')).toBe(true)
  })

  it('parts between stars are placed in order and may not overlap the last part', () => {
    // 'bc' fits only where the final 'c' must stand.
    expect(matches('*bc*c', 'abc')).toBe(false)
    expect(matches('*bc*c', 'abcc')).toBe(true)
    expect(matches('a*aa*a', 'aaa')).toBe(false)
    expect(matches('a*aa*a', 'aaaa')).toBe(true)
    expect(matches('*b*a*', 'ab')).toBe(false)
    expect(matches('*b*a*', 'aba')).toBe(true)
  })

  it('? inside a part between stars stands for exactly one character there', () => {
    expect(matches('*?b*c', 'abc')).toBe(true)
    expect(matches('*?b*c', 'bc')).toBe(false)
    expect(matches('*?x*c', 'abc')).toBe(false)
    expect(matches('arn:aws:kms:*:?????????????:key/*', 'arn:aws:kms:us-east-1:1111222233334:key/k')).toBe(true)
    expect(matches('arn:aws:kms:*:????????????:key/*', 'arn:aws:kms:us-east-1:1111222233334:key/k')).toBe(false)
  })

  it('a pattern needing more characters than the value has never matches', () => {
    expect(compileWildcard(wildcardParts('a?*b?'), false).minLength).toBe(4)
    expect(matches('a?*b?', 'axb')).toBe(false)
    expect(matches('a?*b?', 'axby')).toBe(true)
  })

  it('agrees with an anchored regular expression on patterns and values of a, b, * and ?', () => {
    const patterns = ['a*b', '*a?', '?*?', 'a*?b*a', '*ab*ba*', '??', '*a*a*a*', 'b?a*', '*']
    const values = ['', 'a', 'ab', 'ba', 'aab', 'abba', 'ababa', 'bbbaaa', 'aaaa']
    for (const pattern of patterns) {
      for (const value of values) {
        expect({ pattern, value, match: matches(pattern, value) }).toEqual({
          pattern,
          value,
          match: oracle(pattern, value)
        })
      }
    }
  })
})

// IAM User Guide, reference_policies_elements_action: action names are case-insensitive. How IAM folds letters
// outside ASCII is not documented; these cases pin that the matcher folds exactly as a JavaScript case-insensitive
// regular expression (the oracle) does, no more.
describe('case folding', () => {
  it('folds as a case-insensitive regular expression does, and not otherwise', () => {
    for (const [pattern, value] of [
      ['KMS:ROTATE*', 'kms:RotateKeyOnDemand'],
      ['é?*', 'ÉTÉ'],
      // U+017F LATIN SMALL LETTER LONG S and U+00DF SHARP S do not fold to ASCII 'S' or 'SS'.
      ['ſ*', 'S'],
      ['ß', 'SS']
    ]) {
      expect({ pattern, value, match: matches(pattern, value, true) }).toEqual({
        pattern,
        value,
        match: oracle(pattern, value, true)
      })
    }
    expect(matches('ſ*', 'S', true)).toBe(false)
    expect(matches('é?*', 'ÉTÉ', true)).toBe(true)
    expect(matches('é?*', 'ÉTÉ')).toBe(false)
    expect(foldCase('ſß')).toBe('ſß')
  })
})
