/**
 * The config's `context` held apart from the config tree (ConditionContext) and the fast reader's hand-over of a
 * top-level mapping entry by entry (FastOptions.streamed), which keeps a context of tens of thousands of
 * principals from being held as a tree (bench `memory`, config row).
 */
import { describe, expect, it } from '@jest/globals'
import { ConditionContext } from '../../src/config/context.js'
import { toJson, type PProp } from '../../src/policy/node.js'
import { parseYamlFast, type Declined } from '../../src/policy/yaml-fast.js'

describe('ConditionContext', () => {
  it('gives each principal’s values as a fresh mapping without a prototype, with the entry’s line', () => {
    const c = new ConditionContext()
    c.add('arn:aws:iam::111122223333:role/a', { 'aws:SourceVpc': ['vpc-1'], 'aws:SourceIp': ['10.0.0.0/8'] }, 7)
    const got = c.get('arn:aws:iam::111122223333:role/a')!
    expect(Object.getPrototypeOf(got)).toBeNull()
    expect({ ...got }).toEqual({ 'aws:SourceVpc': ['vpc-1'], 'aws:SourceIp': ['10.0.0.0/8'] })
    // A copy: changing it changes nothing held.
    got['aws:SourceVpc'].push('vpc-2')
    expect(c.get('arn:aws:iam::111122223333:role/a')!['aws:SourceVpc']).toEqual(['vpc-1'])
    expect(c.lineOf('arn:aws:iam::111122223333:role/a')).toBe(7)
    expect([c.size, [...c.arns()]]).toEqual([1, ['arn:aws:iam::111122223333:role/a']])
  })

  it('names from input are only names: no prototype member is found', () => {
    const c = ConditionContext.of({ 'arn:aws:iam::111122223333:role/a': { 'aws:SourceVpc': ['vpc-1'] } })
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(c.has(name)).toBe(false)
      expect(c.get(name)).toBeUndefined()
      expect(c.lineOf(name)).toBeUndefined()
    }
  })

  it('a principal given again replaces its values and line; toJSON gives the plain mapping in order', () => {
    const c = new ConditionContext()
    c.add('b', { 'aws:A': ['1'] }, 3)
    c.add('a', { 'aws:A': ['2'] }, 5)
    c.add('b', { 'aws:A': ['3'] }, 9)
    expect([c.size, c.lineOf('b'), [...c.arns()]]).toEqual([2, 9, ['b', 'a']])
    expect(c.toJSON()).toEqual({ b: { 'aws:A': ['3'] }, a: { 'aws:A': ['2'] } })
  })
})

describe('the fast reader hands a top-level mapping over entry by entry', () => {
  function read(text: string): { tree: unknown; entries: [string, number, unknown][]; declined?: Declined } {
    const entries: [string, number, unknown][] = []
    const seen = new Set<string>()
    let declined: Declined | undefined
    const tree = parseYamlFast(
      text,
      undefined,
      {},
      {
        version: '1.2',
        streamed: {
          key: 'context',
          has: key => seen.has(key),
          add: (e: PProp) => {
            seen.add(e.key)
            entries.push([e.key, e.keyLine, toJson(e.value)])
          }
        }
      },
      why => (declined = why)
    )
    return { tree: tree && toJson(tree), entries, declined }
  }

  it('each entry with its line and value; the tree keeps an empty mapping', () => {
    const r = read('version: 1\ncontext:\n  # a comment\n  a:\n    k: [1, 2]\n\n  b: {k: x}\nafter: 2\n')
    expect(r.entries).toEqual([
      ['a', 4, { k: [1, 2] }],
      ['b', 7, { k: 'x' }]
    ])
    expect(r.tree).toEqual({ version: 1, context: {}, after: 2 })
  })

  it('a key twice is refused at its line, as in any mapping', () => {
    const r = read('context:\n  a: 1\n  b: 2\n  a: 3\n')
    expect(r.tree).toBeUndefined()
    expect(r.declined).toEqual(expect.objectContaining({ line: 4, error: true, key: 'a' }))
  })

  it('a flow mapping, a list, a scalar or a nested key of that name are kept in the tree, nothing handed over', () => {
    for (const [text, tree] of [
      ['context: {a: 1}\n', { context: { a: 1 } }],
      ['context:\n  - a\n', { context: ['a'] }],
      ['context: x\n', { context: 'x' }],
      ['context:\n', { context: null }],
      ['outer:\n  context:\n    a: 1\n', { outer: { context: { a: 1 } } }]
    ] as const) {
      const r = read(text)
      expect([r.tree, r.entries]).toEqual([tree, []])
    }
  })
})
