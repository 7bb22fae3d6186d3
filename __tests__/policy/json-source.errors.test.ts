import { getProp, type PNode } from '../../src/policy/node.js'
import { LineIndex, MAX_JSON_DEPTH, nestingProblem, parseJsonWithLines } from '../../src/policy/json-source.js'

const prop = (node: PNode | undefined, key: string) => (node ? getProp(node, key) : undefined)
const problems = (text: string) => parseJsonWithLines(text).problems
/** Larger than the size up to which an invalid text is read a second time: only the strict reader answers. */
const PAD = `"pad": "${'x'.repeat(300 * 1024)}"`

// RFC 8259 is the grammar. The IAM User Guide (reference_policies_grammar) does not define the JSON AWS accepts in
// full; the gate reports every departure from RFC 8259 at its own line rather than guess what AWS tolerates.
describe('strict JSON: every syntax error at its line', () => {
  it('names the JSON error of each malformed token', () => {
    const cases: [string, string][] = [
      ['{\n"a" 1\n}', 'ColonExpected'],
      ['{\n"a": 1 "b": 2\n}', 'CommaExpected'],
      ['{\n"a": [1 2]\n}', 'CommaExpected'],
      ['{\n"a": 1.\n}', 'UnexpectedEndOfNumber'],
      ['{\n"a": 1e\n}', 'UnexpectedEndOfNumber'],
      ['{\n"a": "x\\q"\n}', 'InvalidEscapeCharacter'],
      ['{\n"a": "\\u12G4"\n}', 'InvalidUnicode'],
      ['{\n"a": [1, 2', 'CloseBracketExpected'],
      ['{\n"a": 1', 'CloseBraceExpected'],
      ['{"a": 1}\n}', 'EndOfFileExpected'],
      ['"x"\n"y"', 'EndOfFileExpected']
    ]
    for (const [text, code] of cases) {
      expect({ text, problems: problems(text) }).toEqual({
        text,
        problems: [{ message: `JSON syntax error (${code})`, line: 2 }]
      })
    }
  })

  it('a comment is named as such, at the line it starts on', () => {
    expect(problems('{\n"a": /* why */ 1\n}')).toEqual([
      { message: 'comments are not allowed in JSON policy documents', line: 2 }
    ])
    expect(problems('{\n"a": 1\n// end\n}')).toEqual([
      { message: 'comments are not allowed in JSON policy documents', line: 3 }
    ])
  })

  it('a trailing comma is reported at the comma, not at the bracket lines below it', () => {
    const message = 'JSON syntax error (a trailing comma is not allowed)'
    expect(problems('{\n"a": 1,\n\n\n}')).toEqual([{ message, line: 2 }])
    expect(problems('[\n1,\n]')).toEqual([{ message, line: 2 }])
    // The same with CR LF and with lone CR line ends.
    expect(problems('{\r\n"a": 1,\r\n\r\n}')).toEqual([{ message, line: 2 }])
    expect(problems('{\r"a": 1,\r\r}')).toEqual([{ message, line: 2 }])
  })

  it('a small document is read on past its first error: every error, each at its line, with the tree', () => {
    const text = '{\n"a": 1 // note\n,\n"b": [1,\n]\n,\n"c" 3\n}'
    const parsed = parseJsonWithLines(text)
    expect(parsed.problems).toEqual([
      { message: 'comments are not allowed in JSON policy documents', line: 2 },
      { message: 'JSON syntax error (a trailing comma is not allowed)', line: 4 },
      { message: 'JSON syntax error (ColonExpected)', line: 7 }
    ])
    // The rest of the document is still there to be checked.
    expect(parsed.node?.type === 'object' && parsed.node.props.map(p => [p.key, p.keyLine])).toEqual([
      ['a', 2],
      ['b', 4],
      ['c', 7]
    ])
    expect(problems('[\n1,\n2\n3,\n4 5\n]')).toEqual([
      { message: 'JSON syntax error (CommaExpected)', line: 4 },
      { message: 'JSON syntax error (CommaExpected)', line: 5 }
    ])
  })

  it('a large document stops at its first error, which says what is wrong', () => {
    const big = (rest: string) => `{\n${PAD},\n${rest}\n}`
    expect(parseJsonWithLines(big('"a":\u00a01'))).toEqual({
      problems: [{ message: 'JSON syntax error (a no-break space (U+00A0) is not JSON whitespace)', line: 3 }]
    })
    expect(parseJsonWithLines(big('"a": "x\u0001"'))).toEqual({
      problems: [
        { message: 'JSON syntax error (a raw control character (U+0001) inside a string must be escaped)', line: 3 }
      ]
    })
    expect(parseJsonWithLines(big('\u0000"a": 1'))).toEqual({
      problems: [{ message: 'JSON syntax error (the control character U+0000 is not allowed)', line: 3 }]
    })
    expect(parseJsonWithLines(big('"a": 1,\n"b": [1,\n],\n"c" 3')).problems).toEqual([
      { message: 'JSON syntax error (a trailing comma is not allowed)', line: 4 }
    ])
    expect(parseJsonWithLines(' \n'.repeat(200 * 1024))).toEqual({
      problems: [{ message: 'JSON syntax error (the document is empty)', line: 200 * 1024 + 1 }]
    })
    const ok = parseJsonWithLines(big('"a": 1'))
    expect(ok.problems).toEqual([])
    expect(prop(ok.node, 'a')).toMatchObject({ keyLine: 3, value: { type: 'number', value: 1 } })
  })

  it('what only looks like JSON is refused: bare words, NaN, a leading + or zero, an empty text', () => {
    for (const text of ['{a: 1}', '{"a": tru}', '{"a": NaN}', '{"a": +1}', '{"a": 01}', '']) {
      const found = problems(text)
      expect(found.length).toBeGreaterThan(0)
      expect({ text, lines: found.map(p => p.line) }).toEqual({ text, lines: found.map(() => 1) })
      expect(found[0].message).toMatch(/^JSON syntax error \(/)
    }
    expect(problems('\n\n')).toEqual([expect.objectContaining({ line: 3 })])
  })
})

describe('strict JSON: positions of keys and values', () => {
  it('a value on a later line than its key keeps its own line; objects end at their closing brace', () => {
    const { node, problems: found } = parseJsonWithLines('\n\n{\n"a":\n\n"x",\n"b": {\n}\n}')
    expect(found).toEqual([])
    expect(node).toMatchObject({ type: 'object', startLine: 3, endLine: 9 })
    expect(prop(node, 'a')).toEqual({
      key: 'a',
      keyLine: 4,
      value: { type: 'string', value: 'x', startLine: 6, endLine: 6 }
    })
    expect(prop(node, 'b')).toEqual({
      key: 'b',
      keyLine: 7,
      value: { type: 'object', props: [], startLine: 7, endLine: 8 }
    })
  })

  it('an escaped line break inside a string is no line end; CR LF counts once, a lone CR once', () => {
    const { node } = parseJsonWithLines('{\r\n"a": "l1\\nl2\\r\\nl3",\r\r\n"b": [\n1\r]\r\n}')
    expect(prop(node, 'a')).toMatchObject({ keyLine: 2, value: { value: 'l1\nl2\r\nl3', startLine: 2, endLine: 2 } })
    expect(prop(node, 'b')).toMatchObject({ keyLine: 4, value: { type: 'array', startLine: 4, endLine: 6 } })
    const b = prop(node, 'b')!.value
    expect(b.type === 'array' && b.items[0]).toEqual({ type: 'number', value: 1, startLine: 5, endLine: 5 })
  })

  it('reads every kind of value exactly', () => {
    const { node } = parseJsonWithLines(
      '{"n": [-0, 1E+2, 0.5e-1, -12], "s": "\\ud83d\\ude00 \\/ \\b\\f\\t \\"q\\"", "t": true, "f": false, "z": null}'
    )
    const n = prop(node, 'n')!.value
    expect(n.type === 'array' && n.items.map(i => (i.type === 'number' ? i.value : undefined))).toEqual([
      -0, 100, 0.05, -12
    ])
    expect(prop(node, 's')?.value).toMatchObject({ type: 'string', value: '\u{1F600} / \b\f\t "q"' })
    expect(prop(node, 't')?.value).toMatchObject({ type: 'boolean', value: true })
    expect(prop(node, 'f')?.value).toMatchObject({ type: 'boolean', value: false })
    expect(prop(node, 'z')?.value).toMatchObject({ type: 'null', startLine: 1, endLine: 1 })
  })

  it('strings of every length come back whole, and equal to what JSON.parse reads', () => {
    const values = ['', 'short', 'arn:aws:kms:us-east-1:111122223333:key/abc', 'y'.repeat(513), 'z'.repeat(5000)]
    const text = JSON.stringify({ values })
    const list = prop(parseJsonWithLines(text).node, 'values')!.value
    expect(list.type === 'array' && list.items.map(i => (i.type === 'string' ? i.value : undefined))).toEqual(values)
  })

  it('"__proto__" is an ordinary key', () => {
    const { node } = parseJsonWithLines('{"__proto__": {"a": 1}}')
    expect(node?.type === 'object' && node.props.map(p => p.key)).toEqual(['__proto__'])
  })
})

describe('nesting', () => {
  const deep = (n: number) => '['.repeat(n) + ']'.repeat(n)

  it(`${MAX_JSON_DEPTH} levels are read; one more is refused at the line of the bracket too deep, quickly`, () => {
    expect(parseJsonWithLines(deep(MAX_JSON_DEPTH)).problems).toEqual([])
    const message = `JSON syntax error (nested more than ${MAX_JSON_DEPTH} levels deep)`
    // The object is the first level: its 512th bracket is the 513th level, on line 2 + 512.
    const text = '{\n"a":\n' + '[\n'.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH) + '}'
    expect(parseJsonWithLines(text)).toEqual({ problems: [{ message, line: 514 }] })
    expect(nestingProblem(text)).toEqual({ message, line: 514 })
    const started = performance.now()
    expect(parseJsonWithLines(deep(50_000))).toEqual({ problems: [{ message, line: 1 }] })
    // Generous for a slow CI machine; a reader that recursed or backtracked would take far longer or overflow.
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('brackets inside strings are no nesting', () => {
    expect(nestingProblem(`{"a": "${'['.repeat(2000)}"}`)).toBeUndefined()
    expect(nestingProblem(`{"a": "\\"${'{'.repeat(2000)}"}`)).toBeUndefined()
    expect(nestingProblem(deep(MAX_JSON_DEPTH))).toBeUndefined()
  })

  it('strings are skipped as a character-by-character reader skips them: escaped quotes and backslashes', () => {
    // The reference: every character looked at, a backslash in a string taking the next one with it.
    const reference = (text: string): number | undefined => {
      let depth = 0
      let inString = false
      for (let i = 0; i < text.length; i++) {
        const c = text[i]
        if (inString) {
          if (c === '\\') i++
          else if (c === '"') inString = false
        } else if (c === '"') inString = true
        else if (c === '{' || c === '[') {
          if (++depth > MAX_JSON_DEPTH) return i
        } else if (c === '}' || c === ']') depth--
      }
      return undefined
    }
    // Texts that reach the limit only when every string is skipped right: a prefix of pieces, then the brackets.
    const pieces = ['"', '\\', '\\"', '\\\\', '[', ']', '{', 'a', '"\\\\"', '"\\""']
    let seed = 7
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    let refused = 0
    for (let k = 0; k < 3000; k++) {
      let prefix = ''
      for (let j = next(12); j > 0; j--) prefix += pieces[next(pieces.length)]
      // One bracket a line: the line of the problem names the bracket.
      const text = prefix + '[\n'.repeat(MAX_JSON_DEPTH - 1 + next(3))
      const at = reference(text)
      if (at !== undefined) refused++
      const line = at === undefined ? undefined : text.slice(0, at).split('\n').length
      expect({ text, line: nestingProblem(text)?.line }).toEqual({ text, line })
    }
    // Both outcomes occur.
    expect(refused).toBeGreaterThan(500)
    expect(refused).toBeLessThan(2500)
  })
})

describe('LineIndex', () => {
  it('an empty text is one line; offsets past the end stay on the last line', () => {
    const empty = new LineIndex('')
    expect([empty.line(0), empty.line(10)]).toEqual([1, 1])
    // CR, CR LF, LF: three line ends.
    const index = new LineIndex('\r\r\n\nx')
    expect([0, 1, 2, 3, 4, 99].map(o => index.line(o))).toEqual([1, 2, 2, 3, 4, 4])
  })
})
