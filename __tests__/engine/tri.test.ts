import { allOf, and, anyOf, not, or, type Tri } from '../../src/engine/tri.js'

// Kleene's three-valued logic: a condition on a value the gate cannot know is neither true nor false, and it
// decides a result only when the known parts do not.
const VALUES: Tri[] = [true, false, 'unknown']

describe('three-valued logic', () => {
  it('and: false wins, then unknown', () => {
    expect(VALUES.flatMap(a => VALUES.map(b => and(a, b)))).toEqual([
      true,
      false,
      'unknown',
      false,
      false,
      false,
      'unknown',
      false,
      'unknown'
    ])
  })

  it('or: true wins, then unknown', () => {
    expect(VALUES.flatMap(a => VALUES.map(b => or(a, b)))).toEqual([
      true,
      true,
      true,
      true,
      false,
      'unknown',
      true,
      'unknown',
      'unknown'
    ])
  })

  it('not keeps unknown unknown', () => {
    expect(VALUES.map(not)).toEqual([false, true, 'unknown'])
  })

  it('anyOf / allOf stop at the deciding value, and are unknown only when nothing decides', () => {
    const seen: Tri[] = []
    const record = (v: Tri): Tri => (seen.push(v), v)
    expect(anyOf<Tri>(['unknown', true, false], record)).toBe(true)
    expect(seen).toEqual(['unknown', true])
    expect(anyOf<Tri>([false, 'unknown'], v => v)).toBe('unknown')
    expect(anyOf<Tri>([], v => v)).toBe(false)
    expect(allOf<Tri>([true, 'unknown'], v => v)).toBe('unknown')
    expect(allOf<Tri>(['unknown', false, true], v => v)).toBe(false)
    expect(allOf<Tri>([], v => v)).toBe(true)
  })
})
