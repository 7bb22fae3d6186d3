import { allOf, and, anyOf, not, or, type Tri } from '../../src/engine/tri.js'

// Kleene's strong three-valued logic: the laws of two-valued logic that still hold with an unknown value.
const VALUES: Tri[] = [true, false, 'unknown']
const pairs = VALUES.flatMap(a => VALUES.map(b => [a, b] as const))
/** Every sequence of the three values up to `n` long, the empty one included. */
const sequences = (n: number): Tri[][] => {
  let level: Tri[][] = [[]]
  const out: Tri[][] = [[]]
  for (let i = 0; i < n; i++) {
    level = level.flatMap(s => VALUES.map(v => [...s, v]))
    out.push(...level)
  }
  return out
}

describe('three-valued laws', () => {
  it('and / or are commutative; De Morgan holds; not is its own inverse', () => {
    for (const [a, b] of pairs) {
      expect({ a, b, and: and(a, b) }).toEqual({ a, b, and: and(b, a) })
      expect({ a, b, or: or(a, b) }).toEqual({ a, b, or: or(b, a) })
      expect({ a, b, deMorgan: not(and(a, b)) }).toEqual({ a, b, deMorgan: or(not(a), not(b)) })
      expect({ a, b, deMorgan: not(or(a, b)) }).toEqual({ a, b, deMorgan: and(not(a), not(b)) })
    }
    for (const a of VALUES) expect(not(not(a))).toBe(a)
  })

  it('anyOf is or over the list, allOf is and over it, for every list of up to three values', () => {
    const all = sequences(3)
    expect(all).toHaveLength(1 + 3 + 9 + 27)
    for (const items of all) {
      expect({ items, any: anyOf(items, v => v) }).toEqual({ items, any: items.reduce<Tri>(or, false) })
      expect({ items, all: allOf(items, v => v) }).toEqual({ items, all: items.reduce<Tri>(and, true) })
    }
  })

  it('allOf stops at the first false, and anyOf at the first true: later items are not evaluated', () => {
    const seen: Tri[] = []
    const record = (v: Tri): Tri => (seen.push(v), v)
    expect(allOf<Tri>(['unknown', false, true], record)).toBe(false)
    expect(seen).toEqual(['unknown', false])
    seen.length = 0
    expect(anyOf<Tri>([false, false, 'unknown'], record)).toBe('unknown')
    expect(seen).toEqual([false, false, 'unknown'])
  })
})
