import { fromJson, getProp, setMember, toJson } from '../../src/policy/node.js'

describe('the positioned tree', () => {
  it('round-trips plain JSON; values known only after deployment become null', () => {
    const value = { a: [1, 'x', true, null], b: { c: 'd' } }
    expect(toJson(fromJson(value))).toEqual(value)
    expect(toJson({ type: 'unknown', description: '!Ref X', startLine: 1, endLine: 1 })).toBeNull()
    expect(getProp(fromJson(value), 'b')?.value).toMatchObject({ type: 'object' })
    expect(getProp(fromJson([1]), 'b')).toBeUndefined()
  })

  it('a member named __proto__ is a member, as JSON.parse makes it, never the prototype', () => {
    const out: Record<string, unknown> = {}
    setMember(out, '__proto__', { polluted: true })
    expect(Object.keys(out)).toEqual(['__proto__'])
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype)
    expect(toJson(fromJson(JSON.parse('{"__proto__": {"x": 1}}')))).toEqual(JSON.parse('{"__proto__": {"x": 1}}'))
  })
})
