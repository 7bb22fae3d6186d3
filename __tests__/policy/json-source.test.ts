import { getProp, type PNode } from '../../src/policy/node.js'
import {
  checkJson,
  LineIndex,
  MAX_JSON_DEPTH,
  nestingProblem,
  parseJsonWithLines
} from '../../src/policy/json-source.js'

const prop = (node: PNode | undefined, key: string) => (node ? getProp(node, key) : undefined)

// RFC 8259: the JSON grammar; AWS refuses policy documents that are not strict JSON (IAM User Guide,
// reference_policies_grammar).
describe('the strict JSON reader', () => {
  it('gives every key and value its line, with LF, CRLF or a lone CR ending a line', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['{', '  "Version": "2012-10-17",', '  "Statement": [', '    {"Sid": "A"}', '  ]', '}'].join(eol)
      const { node, problems } = parseJsonWithLines(text)
      expect(problems).toEqual([])
      expect(node).toMatchObject({ type: 'object', startLine: 1, endLine: 6 })
      expect(prop(node, 'Version')).toMatchObject({ keyLine: 2, value: { type: 'string', value: '2012-10-17' } })
      const statement = prop(node, 'Statement')!.value
      expect(statement).toMatchObject({ type: 'array', startLine: 3, endLine: 5 })
      expect(statement.type === 'array' && statement.items[0].startLine).toBe(4)
    }
  })

  it('reads escapes and keeps duplicate keys in order for the readers to report', () => {
    const { node } = parseJsonWithLines('{"a": "x\\u0041\\n", "a": 2, "b": [true, null, -1.5e3]}')
    expect(node?.type === 'object' && node.props.map(p => p.key)).toEqual(['a', 'a', 'b'])
    expect(prop(node, 'a')?.value).toMatchObject({ type: 'string', value: 'xA\n' })
    const b = prop(node, 'b')?.value
    expect(b?.type === 'array' && b.items.map(i => ('value' in i ? i.value : null))).toEqual([true, null, -1500])
  })

  it('reports what AWS refuses at its line: comments, trailing commas, a no-break space, raw control characters', () => {
    const cases: [string, number][] = [
      ['{\n"a": 1 // note\n}', 2],
      ['{\n"a": [1,\n2,\n]\n}', 3], // at the comma
      ['{\n"a":\u00a01\n}', 2],
      ['{\n"a": "x\ty"\n}', 2],
      ['{\n"a": 1\n', 3]
    ]
    for (const [text, line] of cases) {
      // A small document is read on past the error (the rest is still checked), but the problem stays.
      expect(parseJsonWithLines(text).problems[0]).toMatchObject({ line })
    }
  })

  // A small text is read a second time by the tolerant parser, which names problems only by a code
  // ("InvalidSymbol"): the strict reader's own words must survive that second reading, at the same line.
  it('keeps the strict reader’s words for a problem the tolerant reading finds on the same line', () => {
    expect(parseJsonWithLines('{\n"a": 1,\n"b":\u00a02\n}').problems[0]).toEqual({
      message: 'JSON syntax error (a no-break space (U+00A0) is not JSON whitespace)',
      line: 3
    })
    expect(parseJsonWithLines('{\n"a": "x\u0001"\n}').problems).toEqual([
      { message: 'JSON syntax error (a raw control character (U+0001) inside a string must be escaped)', line: 2 }
    ])
  })

  it('refuses nesting deeper than the readers follow, quickly', () => {
    const deep = '['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1)
    expect(nestingProblem(deep)).toMatchObject({ line: 1 })
    expect(nestingProblem('['.repeat(10) + ']'.repeat(10))).toBeUndefined()
    expect(parseJsonWithLines(deep).node).toBeUndefined()
  })
})

describe('LineIndex', () => {
  it('maps offsets to 1-based lines for LF, CRLF and CR', () => {
    const index = new LineIndex('a\nb\r\nc\rd')
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(o => index.line(o))).toEqual([1, 1, 2, 2, 2, 3, 3, 4])
  })
})

describe('checkJson: the strict reading without the tree', () => {
  it('finds what the strict reader refuses, and the first member written twice or named __proto__', () => {
    expect(checkJson('{\n"a": [1, 2],\n"b": {"c": true}\n}')).toBeUndefined()
    expect(checkJson('{\n"a": 1,\n}')).toEqual(parseJsonWithLines('{\n"a": 1,\n}').problems[0])
    expect(checkJson('{\n"a":\u00a01\n}')).toMatchObject({ line: 2 })
    expect(checkJson('{\n"a": {\n"b": 1,\n"b": 2\n},\n"a": 3\n}')).toEqual({ message: 'duplicate member "b"', line: 4 })
    expect(checkJson('[\n{"x": 1},\n{"__proto__": {}}\n]')).toEqual({
      message: 'the member "__proto__" is not allowed',
      line: 3
    })
    // The same key in two objects is no duplicate.
    expect(checkJson('[{"a": 1}, {"a": 2}]')).toBeUndefined()
  })
})
