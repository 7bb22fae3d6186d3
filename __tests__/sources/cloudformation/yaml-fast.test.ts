/**
 * The fast YAML path (yaml-fast.ts) against the `yaml` library path: on every YAML fixture, on a generated
 * CDK-sized template and on random templates, the fast path either declines (undefined) or gives the very same
 * tree — values, keys and every line.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { getProp, isLazy, toJson, type PNode } from '../../../src/policy/node.js'
import { parseYamlFast, SECOND_DOCUMENT, type Declined } from '../../../src/policy/yaml-fast.js'
import {
  customTags,
  MAX_ALIASES,
  parseTemplateText,
  parseYamlEntry,
  parseYamlLibrary,
  parseYamlTemplate,
  SHORT_FORMS
} from '../../../src/sources/cloudformation/yaml.js'
import { toCfnYaml } from '../../../scripts/cfn-yaml.js'
import { cdkTemplate } from '../../../scripts/bench-iac.js'
import { readCloudFormation } from '../../../src/sources/cloudformation/template.js'

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url))

function fast(text: string): unknown {
  return parseYamlFast(text, customTags, SHORT_FORMS)
}

/** Both paths agree; returns whether the fast one was taken. */
function agree(text: string): boolean {
  const quick = fast(text)
  if (quick === undefined) return false
  const slow = parseYamlLibrary(text)
  expect(slow.problems).toEqual([])
  expect(quick).toEqual(slow.node)
  return true
}

const ALIASES = { max: MAX_ALIASES, maxNodes: 100_000 }

/**
 * The fast path as templates are read (anchors and aliases too; `fallback`: entries it does not take read by the
 * library alone) against the library path on the whole text: the same tree, or the same alias problem. Returns
 * whether the fast one was taken.
 */
function agreeAliased(
  text: string,
  fallback = false,
  library: () => ReturnType<typeof parseYamlLibrary> = () => parseYamlLibrary(text)
): boolean {
  let declined: Declined | undefined
  const options = {
    aliases: ALIASES,
    fallback: fallback ? { maxBytes: 256 * 1024, read: parseYamlEntry } : undefined
  }
  const quick = parseYamlFast(text, customTags, SHORT_FORMS, options, d => (declined = d))
  const message = (declined as Declined | undefined)?.message
  if (quick === undefined && !message) return false
  const slow = library()
  // A second document: the reader's own words (the library's differ); the library refuses the text too.
  if (declined?.reason === SECOND_DOCUMENT) {
    expect({ text, line: slow.problems[0]?.line }).toEqual({ text, line: declined.line })
    return true
  }
  const got = quick === undefined ? { problems: [{ message, line: declined!.line }] } : { node: quick, problems: [] }
  // Compared as text first: a deep comparison of expanded trees takes seconds (the diff when they differ).
  if (JSON.stringify(got) !== JSON.stringify(slow)) expect({ text, ...got }).toEqual({ text, ...slow })
  return true
}

/** How many lazy nodes a tree holds (deferred documents), not reading through them. */
function lazyNodes(node: PNode): number {
  if (isLazy(node)) return 1
  if (node.type === 'object') return node.props.reduce((n, p) => n + lazyNodes(p.value), 0)
  if (node.type === 'array') return node.items.reduce((n, item) => n + lazyNodes(item), 0)
  return 0
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) return yamlFiles(p)
    return /\.ya?ml$/.test(name) ? [p] : []
  })
}

describe('the fast YAML path gives the library’s tree', () => {
  it('on every YAML file of the fixtures', () => {
    const files = yamlFiles(FIXTURES)
    expect(files.length).toBeGreaterThan(50)
    const taken = files.filter(f => agree(readFileSync(f, 'utf8')))
    // The templates built from public ones are in the subset.
    for (const f of files.filter(f => f.includes('/iac/real/'))) expect(taken).toContain(f)
    expect(taken.length / files.length).toBeGreaterThan(0.8)
  })

  it('read as a template (other resources stubbed): the same result as through the library', () => {
    // A document end marker and a tab after it send a text to the library and change no line.
    const both = (text: string, principals: Record<string, string> = {}): void => {
      const input = { file: 't.yaml', keys: {}, principals, context: { account: '111122223333', region: 'us-east-1' } }
      const quick = readCloudFormation({ ...input, text })
      const library = `${text}...\n\t#\n`
      expect(fast(library)).toBeUndefined()
      const slow = readCloudFormation({ ...input, text: library })
      expect(quick).toEqual(slow)
    }
    const templates = yamlFiles(FIXTURES).filter(f => /^Resources:/m.test(readFileSync(f, 'utf8')))
    expect(templates.length).toBeGreaterThan(20)
    for (const f of templates) both(readFileSync(f, 'utf8'))
    // An unnamed role is stubbed unless mapped.
    both(toCfnYaml(JSON.parse(cdkTemplate(100_000))), {
      Service0ServiceRoleEE66DF44: 'arn:aws:iam::111122223333:role/svc'
    })
    both(toCfnYaml(JSON.parse(cdkTemplate(100_000))), {
      RotationRole0F33B2E9A: 'arn:aws:iam::111122223333:role/kms-rotation-0'
    })
  })

  // YAML 1.2: an anchor or alias name follows `&` / `*` at once. "R & D" names nothing: the fast path reads it
  // (and gives the library's tree); a real anchor still goes to the library.
  it('reads an & or * followed by a space as text, not as an anchor', () => {
    expect(agree('Description: R & D stack, a * b\nResources:\n  A:\n    Type: AWS::S3::Bucket\n')).toBe(true)
    expect(agree('A: &x 1\nB: *x\n')).toBe(false)
  })

  // Found on public templates: `!Base64` (a digit in the tag), `**WARNING**` or `cron(0 11 ? * * *)` in a
  // description (a `*` inside a plain scalar is text, YAML 1.2 §7.3.3) sent whole templates to the library.
  it('reads !Base64 and a * or & inside a scalar itself', () => {
    expect(agree('UserData: !Base64 x\nB: !Base64\n  Fn::Sub: y\nC: [!Base64 z]\n')).toBe(true)
    expect(agree('Description: a **WARNING** here\nDefault: cron(00 11 ? * * *)\nC: x &y *z\n')).toBe(true)
    expect(agree('A: [a *b]\n')).toBe(true)
  })

  // The library's YAML 1.1 exponent and fraction forms match `E3014` and `.` and give NaN; YAML 1.1 floats need a
  // digit (yaml.org/type/float.html), so both paths read them as strings. `.nan` stays NaN.
  it('reads a scalar without a mantissa digit as a string on both paths', () => {
    const text = 'A: E3014\nB: .\nC: e5\nD: .nan\nE: 1e3\n'
    expect(agree(text)).toBe(true)
    const values = (parseYamlLibrary(text).node as { props: { value: { value: unknown } }[] }).props.map(
      p => p.value.value
    )
    expect(values).toEqual(['E3014', '.', 'e5', NaN, 1000])
  })

  it('a resource body it would skip is read whole when it may hold an anchor or alias', () => {
    const detail = (): ReadonlySet<string> => new Set(['R'])
    const anchored =
      'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      Tags: &t [x]\n  R:\n    Type: AWS::IAM::Policy\n    Properties:\n      Tags: *t\n'
    expect(parseTemplateText(anchored, detail)).toEqual(parseYamlLibrary(anchored))
    // An alias naming no anchor, in a resource nothing reads: still the library's error.
    const dangling =
      'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      Tags: *none\n  R:\n    Type: AWS::IAM::Policy\n'
    expect(parseTemplateText(dangling, detail)).toEqual({
      problems: [{ message: 'unknown YAML alias *none', line: 5 }]
    })
  })

  // Block scalars as user data and inline code are written: trailing spaces, more-indented and empty lines, every
  // chomping indicator, at the end of the text or before the next key.
  it('reads | and > block scalars as the library does', () => {
    const line = fc.oneof(
      fc.constant(''),
      fc.constantFrom(' ', '  ', '      ', '\t', '  \t'),
      fc
        .tuple(
          fc.constantFrom('', ' ', '  ', '\t'),
          fc.constantFrom('a', 'b c', '# not a comment', 'x: y', '- z', '{', 'a\tb'),
          fc.constantFrom('', ' ', '  ', '\t')
        )
        .map(([a, b, c]) => a + b + c)
    )
    let taken = 0
    fc.assert(
      fc.property(
        fc.constantFrom('|', '|-', '|+', '>', '>-', '>+', '| # c', '|1', '|2-', '>+1', '>2'),
        fc.array(line, { maxLength: 7 }),
        fc.constantFrom('', 'Next: 1\n', '  # trailing\nNext: 1\n', '\n\nNext: 1\n'),
        fc.constantFrom('A: ', 'L:\n  - ', 'M:\n  k: '),
        (header, lines, after, before) => {
          const indent = before.startsWith('A') ? '  ' : '    '
          const text = `${before}${header}\n${lines.map(l => (l === '' || l.trim() === '' ? l : indent + l)).join('\n')}\n${after}`
          if (parseYamlLibrary(text).problems.length) return
          if (agree(text)) taken++
        }
      ),
      { numRuns: 600, seed: 5 }
    )
    expect(taken).toBeGreaterThan(230)
  })

  // What may stand around the document: comments, `%YAML` and other directives, `---`, a `...` end marker, a second
  // document; and documents that are not a mapping. The library's tree, or both refuse (a second document is the
  // reader's own error, in its words), or the reader declines. `%YAML 1.2` is left out: the reader reads it as 1.1
  // on purpose (yaml.test.ts).
  it('reads directives, document markers and documents that are not a mapping as the library does', () => {
    const runs = Number(process.env.FUZZ_RUNS ?? 400)
    let taken = 0
    let refused = 0
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('# c\n', '\n', '%YAML 1.1\n', '%YAML 1.1 # v\n', '%TAG ! tag:x,2000:\n', '%FOO\n'), {
          maxLength: 3
        }),
        fc.constantFrom('', '---\n', '--- # start\n', '---  \n', '--- x\n'),
        fc.constantFrom(
          'A: 1\nB:\n  - x\n',
          '  A: 1\n  B: [1]\n',
          '- a\n- b: 1\n',
          'plain text\n',
          'plain\ntext over lines\n',
          '"quoted"\n',
          '|\n  block\n',
          'A: |\n  x\n',
          'A: b\n  c\n'
        ),
        fc.array(fc.constantFrom('# c\n', '\n', '...\n', '... # e\n', '---\n', 'B: 2\n', '- x\n', '%YAML 1.1\n'), {
          maxLength: 3
        }),
        (before, start, body, after) => {
          const text = before.join('') + start + body + after.join('')
          let declined: Declined | undefined
          const quick = parseYamlFast(text, customTags, SHORT_FORMS, { aliases: ALIASES }, d => (declined = d))
          const message = (declined as Declined | undefined)?.message
          if (quick === undefined && !message) return
          const slow = parseYamlLibrary(text)
          if (message) {
            expect({ text, message, line: slow.problems[0]?.line }).toEqual({ text, message, line: declined!.line })
            refused++
          } else {
            expect({ text, tree: quick }).toEqual({ text, tree: slow.node })
            taken++
          }
        }
      ),
      { numRuns: runs, seed: 23 }
    )
    expect(taken).toBeGreaterThan(runs / 10)
    expect(refused).toBeGreaterThan(runs / 20)
  })

  // Descriptions wrapped over lines, and a value written on the line after its key (`Arn:` then `!Join [...]`).
  it('reads plain scalars over several lines and nodes on the line after their key as the library does', () => {
    const piece = fc.constantFrom(
      'a',
      'b c',
      '1',
      'true',
      'x:y',
      'k: v',
      '- d',
      '# c',
      'e #f',
      '[1]',
      '!Ref R',
      "'q'",
      '"w"',
      '*'
    )
    let taken = 0
    fc.assert(
      fc.property(
        fc.constantFrom(
          'A: ',
          'A:\n  ',
          'L:\n  - ',
          'L:\n  -\n    ',
          'M:\n  k: ',
          'M:\n  k:\n   ',
          'T: !Sub ',
          'T: !Sub\n  '
        ),
        piece,
        fc.array(fc.tuple(fc.constantFrom('', ' ', '  ', '    ', '      '), fc.oneof(piece, fc.constant(''))), {
          maxLength: 4
        }),
        fc.constantFrom('', 'Next: 1\n', '  # c\nNext: 1\n', '\nNext: 1\n'),
        (before, head, more, after) => {
          const text = `${before}${head}\n${more.map(([sp, t]) => sp + t).join('\n')}${more.length ? '\n' : ''}${after}`
          if (parseYamlLibrary(text).problems.length) return
          if (agree(text)) taken++
        }
      ),
      { numRuns: 1000, seed: 3 }
    )
    expect(taken).toBeGreaterThan(330)
  })

  // Policy documents and descriptions written as a quoted string over several lines (`- '{` ... `}'`).
  it('reads quoted scalars over several lines as the library does', () => {
    const word = fc.constantFrom(
      'a',
      '{',
      '"k": 1,',
      "it''s",
      '\\"q\\"',
      'x\\n',
      '# not',
      'k: v',
      '\\',
      '\\\\',
      "'",
      '"',
      '\\x41\\u00e9\\U0001F600',
      '\\e\\_\\N\\/\\t',
      '\\q',
      '\\uD83D'
    )
    let taken = 0
    fc.assert(
      fc.property(
        fc.constantFrom("'", '"'),
        fc.constantFrom('A: ', 'L:\n  - ', 'M:\n  k: ', 'T: !Sub\n  - '),
        fc.array(
          fc.tuple(
            fc.constantFrom('', ' ', '   ', '      '),
            fc.array(word, { maxLength: 3 }),
            fc.constantFrom('', ' ')
          ),
          {
            minLength: 1,
            maxLength: 4
          }
        ),
        fc.constantFrom('', ' # c', 'x'),
        fc.constantFrom('', 'Next: 1\n'),
        (q, before, parts, tail, after) => {
          const lines = parts.map(([sp, words, end]) => sp + words.join(' ') + end)
          const text = `${before}${q}${lines.join('\n')}${q}${tail}\n${after}`
          if (parseYamlLibrary(text).problems.length) return
          if (agree(text)) taken++
        }
      ),
      { numRuns: 1000, seed: 2 }
    )
    expect(taken).toBeGreaterThan(200)
  })

  // Flow collections as templates write them: `!Select [0, Fn::GetAZs: !Ref R]`, `{Fn::GetAtt: [A, B]}`,
  // JSON-style `{"k":1}`, a trailing comma.
  // Found on a public SAM template (aws-samples/serverless-patterns, apigw-lambda-rust): a list of statements
  // written `[{` … `}]`, closed at its key's indentation. YAML 1.2 wants flow lines deeper than the key (§7.1, the
  // flow node of a block entry is at n+1) and the `yaml` library refuses an inner collection closed there; PyYAML,
  // which `sam deploy` and `aws cloudformation package` read templates with (awscli yamlhelper: yaml.safe_load),
  // does not check indentation inside flow collections. The reader reads it: the template deploys.
  it('reads a flow collection closed at its key’s indentation, as the tools that deploy templates do', () => {
    const text =
      'Resources:\n  Api:\n    Properties:\n      Statements: [{\n        "Effect": "Allow",\n        "Action": "execute-api:Invoke"\n      }]\n  Next:\n    Type: X\n'
    expect(parseYamlLibrary(text).problems[0].message).toMatch(/sufficiently indented/)
    const tree = parseYamlFast(text, customTags, SHORT_FORMS) as PNode & { type: 'object' }
    const api = getProp(getProp(tree, 'Resources')!.value, 'Api')!.value
    const list = getProp(getProp(api, 'Properties')!.value, 'Statements')!.value
    expect(toJson(list)).toEqual([{ Effect: 'Allow', Action: 'execute-api:Invoke' }])
    expect([list.startLine, list.endLine]).toEqual([4, 7])
    // The outer collection closed there is YAML the library reads too.
    expect(agree('A:\n  k: [\n    1\n  ]\n')).toBe(true)
  })

  it('reads flow collections as the library does', () => {
    const scalar = fc.constantFrom('a', 'Fn::GetAZs', '!Ref R', '"q"', "'s'", '1', 'a:b', 'x y', '""', 'k:', '-1')
    const { node } = fc.letrec<{ node: string; seq: string; map: string }>(tie => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, tie('seq'), tie('map')),
      seq: fc
        .tuple(
          fc.array(
            fc.oneof(
              tie('node'),
              fc.tuple(scalar, tie('node')).map(([k, v]) => `${k}: ${v}`)
            ),
            { maxLength: 3 }
          ),
          fc.boolean()
        )
        .map(([items, comma]) => `[${items.join(', ')}${comma && items.length ? ',' : ''}]`),
      map: fc
        .tuple(fc.array(fc.tuple(scalar, tie('node'), fc.constantFrom(': ', ':')), { maxLength: 3 }), fc.boolean())
        .map(
          ([pairs, comma]) => `{${pairs.map(([k, v, c]) => k + c + v).join(', ')}${comma && pairs.length ? ', ' : ''}}`
        )
    }))
    // Line breaks, indentation and comments between the tokens: collections written over several lines.
    const breaks = fc.array(fc.constantFrom(' ', ' ', ' ', '\n  ', ' # c\n    ', '\n', '\n    ', '\n\n   '), {
      minLength: 24,
      maxLength: 24
    })
    const spread = (flow: string, choices: string[]): string => {
      let k = 0
      return flow.replace(/, |\[|\{|\]|\}/g, m => {
        const c = choices[k++ % choices.length]
        if (m === ', ') return `,${c}`
        if (m === '[' || m === '{') return c === ' ' ? m : m + c
        return c === ' ' ? m : c.replace(' # c', '') + m
      })
    }
    let taken = 0
    let spanning = 0
    fc.assert(
      fc.property(
        fc.oneof(node.filter(t => t.startsWith('[') || t.startsWith('{'))),
        fc.constantFrom('A: ', 'A: !Select ', 'L:\n  - ', 'M:\n  k: '),
        breaks,
        (flow, before, choices) => {
          const text = `${before}${spread(flow, choices)}\nNext: 1\n`
          if (parseYamlLibrary(text).problems.length) return
          if (agree(text)) {
            taken++
            if (text.split('\n').length > before.split('\n').length + 2) spanning++
          }
        }
      ),
      { numRuns: 1500, seed: 4 }
    )
    expect(taken).toBeGreaterThan(360)
    expect(spanning).toBeGreaterThan(270)
  })

  // Hostile and broken edits of real templates: the fast path never throws, never accepts what the library
  // refuses, and gives the library's tree whenever it reads the text (FUZZ_RUNS for a longer run).
  it('on mutated fixture templates: no exception, and the library’s tree or a decline', () => {
    const texts = yamlFiles(FIXTURES)
      .map(f => readFileSync(f, 'utf8'))
      .filter(t => /^Resources:/m.test(t))
    const pieces = [' ', '  ', '\n', '-', ':', '#', '[', ']', '{', '}', ',', '"', "'", '|', '>', '!', '&', '*', '?']
    pieces.push('\t', '\\', 'a', '1', '.', '- ', ': ', '\n  ', '|-', '>+', '!Ref ', '%', '~', 'e', '\r\n', '...')
    let seed = 7
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed / 0x7fffffff
    }
    const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]
    const runs = Number(process.env.FUZZ_RUNS ?? 700)
    let read = 0
    let lazy = 0
    let parted = 0
    for (let i = 0; i < runs; i++) {
      let text = pick(texts)
      for (let m = 1 + Math.floor(random() * 4); m > 0; m--) {
        const at = Math.floor(random() * text.length)
        const op = random()
        if (op < 0.4) text = text.slice(0, at) + pick(pieces) + text.slice(at)
        else if (op < 0.7) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3))
        else text = text.slice(0, at) + pick(pieces) + text.slice(at + 1)
      }
      expect(() => parseYamlTemplate(text)).not.toThrow()
      // The library's reading of the whole text, once (it is the slow part of this test).
      let whole: ReturnType<typeof parseYamlLibrary> | undefined
      const library = (): ReturnType<typeof parseYamlLibrary> => (whole ??= parseYamlLibrary(text))
      // As templates are read: anchors and aliases, and entries the reader does not take read by the library alone.
      if (agreeAliased(text, true, library)) parted++
      const quick = fast(text)
      if (quick === undefined) continue
      read++
      const slow = library()
      if (slow.problems.length || JSON.stringify(slow.node) !== JSON.stringify(quick)) {
        expect({ text, quick }).toEqual({ text, quick: slow.node ?? slow.problems })
      }
      // Every third text: documents kept lazy read again as they were read at once (JSON.stringify reads through).
      if (i % 3) continue
      const plain = parseYamlFast(text, customTags, SHORT_FORMS, { stubResources: true })
      const deferred = parseYamlFast(text, customTags, SHORT_FORMS, { stubResources: true, deferProperties: true })
      lazy += deferred ? lazyNodes(deferred) : 0
      if (JSON.stringify(deferred) !== JSON.stringify(plain))
        expect({ text, deferred }).toEqual({ text, deferred: plain })
    }
    expect(lazy).toBeGreaterThan(runs / 10)
    expect(read).toBeGreaterThan(runs / 5)
    expect(parted).toBeGreaterThan(read)
  })

  // A scalar or collection over 100,000 lines costs its length: the folded quoted scalar was re-scanned whole at
  // every line (a 1 MB one took 15 s, 140 s with escaped breaks). A hang guard, not a benchmark.
  it('reads 1 MB scalars and collections over many lines in linear time', () => {
    const M = 1_000_000
    const shapes = [
      'A: "' + 'abc def\n   '.repeat(M / 12) + 'x"\n',
      "A: '" + 'abc def\n   '.repeat(M / 12) + "x'\n",
      'A: "' + 'abc \\\n   '.repeat(M / 12) + 'x"\n',
      'A: abc\n' + '  def ghi\n'.repeat(M / 10),
      'A: >\n' + '  def ghi\n'.repeat(M / 10),
      'A: [\n' + '  abc,  # c\n'.repeat(M / 12) + '  x]\n',
      'A: [' + '!Ref abc, '.repeat(M / 10) + 'x]\n'
    ]
    for (const text of shapes) {
      const start = performance.now()
      expect(fast(text)).toBeDefined()
      expect(performance.now() - start).toBeLessThan(3000)
    }
  })

  // An AWS Quick Start template (the CIS benchmark one, among cfn-lint's fixtures) is indented as a whole.
  it('reads a template whose top-level keys are all indented as the library does', () => {
    const text =
      '  # header\n  AWSTemplateFormatVersion: 2010-09-09\n  Parameters:\n    P:\n      Type: String\n  Resources:\n    B:\n      Type: AWS::S3::Bucket\n      Properties:\n        Tags: [{Key: a, Value: b}]\n'
    expect(agree(text)).toBe(true)
    expect(agreeAliased(text, true)).toBe(true)
    const detail = (): ReadonlySet<string> => new Set(['B'])
    expect(parseTemplateText(text, detail)).toEqual(parseYamlLibrary(text))
    // A key less indented than the first one is not the same mapping.
    expect(agree('  A: 1\nB: 2\n')).toBe(false)
  })

  it('reads CRLF line ends as the library does; a lone CR is left to the library', () => {
    const text =
      'Resources:\r\n  A:\r\n    Type: AWS::S3::Bucket\r\n    Properties:\r\n      Tags: |\r\n        a\r\n        b\r\n'
    expect(agree(text)).toBe(true)
    expect(agree('A: 1\rB: 2\n')).toBe(false)
  })

  it('on a generated CDK-sized template', () => {
    const text = toCfnYaml(JSON.parse(cdkTemplate(100_000)))
    expect(agree(text)).toBe(true)
    expect(parseYamlTemplate(text).node).toEqual(parseYamlLibrary(text).node)
  })

  const scalars = fc.oneof(
    fc.constantFrom(
      'yes',
      'No',
      'on',
      'OFF',
      'y',
      '~',
      'null',
      'true',
      'False',
      '0x1F',
      '017',
      '0b101',
      '1_000',
      '12:30',
      '190:20:30.15'
    ),
    fc.constantFrom(
      '.inf',
      '-.Inf',
      '.nan',
      '1e3',
      '1.5',
      '-2',
      '+7',
      '2012-10-17',
      '2001-12-14t21:59:43.10-05:00',
      'a:b',
      'x #y'
    ),
    fc.constantFrom(
      'arn:aws:iam::111122223333:root',
      'kms:*',
      '*',
      '-x',
      '${AWS::AccountId}',
      "it's",
      'tab\there',
      'new\nline',
      'a\\b'
    ),
    fc.string({ maxLength: 12 }),
    fc.integer(),
    fc.double({ noNaN: true }),
    fc.boolean(),
    fc.constant(null)
  )
  const keys = fc.oneof(
    fc.constantFrom('Type', 'Properties', 'y', 'on', '1', 'Fn::Sub', 'a b', '<<'),
    fc.string({ minLength: 1, maxLength: 8 })
  )
  type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
  const { tree } = fc.letrec<{ tree: Json; map: Json; list: Json; fn: Json }>(tie => ({
    tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalars, tie('map'), tie('list'), tie('fn')),
    map: fc.dictionary(keys, tie('tree'), { maxKeys: 4 }),
    list: fc.array(tie('tree'), { maxLength: 4 }),
    fn: fc.oneof<fc.Arbitrary<Json>[]>(
      fc.record({ Ref: fc.constantFrom('Key', 'AWS::Region') }),
      fc.record({ 'Fn::GetAtt': fc.constant(['Role', 'Arn'] as Json) }),
      fc.record({
        'Fn::Sub': fc.oneof(
          fc.constant('arn:${AWS::Partition}:iam::${AWS::AccountId}:root'),
          fc.tuple(fc.constant('${a}'), tie('map'))
        )
      }),
      fc.record({ 'Fn::If': fc.tuple(fc.constant('C'), tie('tree'), tie('tree')) }),
      fc.record({ 'Fn::Join': fc.tuple(fc.constant(''), tie('list')) })
    )
  }))

  it('on random templates (values, keys and intrinsics that YAML 1.1 reads in surprising ways)', () => {
    let taken = 0
    fc.assert(
      fc.property(fc.dictionary(keys, tree, { minKeys: 1, maxKeys: 5 }), template => {
        let text: string
        try {
          text = toCfnYaml(template as Json)
        } catch {
          return
        }
        if (agree(text)) taken++
      }),
      { numRuns: 300, seed: 11 }
    )
    expect(taken).toBeGreaterThan(100)
  })

  it('on hand-written forms: comments, quoting, block and flow styles, tags', () => {
    const cases = [
      'A: 1\nB:\n  - x\n  - y: 1\n    z: [a, {k: v}]\n',
      'A:\n- x\n- y\n',
      "Key: !Sub 'arn:${AWS::Partition}:s3:::${B}/*'\nB: !GetAtt Role.Arn\nC: !Ref\n",
      'Doc: |\n  {\n    "a": 1\n  }\n\nNext: x\n',
      'Doc: |-\n  line1\n\n  line3\nN: >\n  f1\n  f2\n',
      'A: !If\n  - C\n  - !Ref X\n  - !Ref AWS::NoValue\n',
      "# header\n---\nA: \"q\\\"x\\u0041\" # c\nB: 'it''s'\n",
      'A: !Join\n  - ""\n  - - "arn:"\n    - !Ref AWS::Partition\n',
      'y: 1\n"y": 2\n',
      'A: !Custom x\nB: !Rain::Embed\n  k: [!X 1]\n',
      // Comments the library's ranges take in (a block collection ends at its last entry on both paths).
      'A:\n  b: 1\n  # trailing\n\nC: 2\n',
      'A:\n  b: 1\n    # deeper\nC: 2\n',
      'A:\n  b:\n    c: 1\n    # deep\n  # mid\n\nC: 2\n',
      'A:\n  - 1\n    # t\n\nC: 2\n',
      'A: [1, 2, ]\nB: {"k":1}\nC: !Select [0, Fn::GetAZs: !Ref R]\nD: {Fn::GetAtt: [A, B]}\n',
      'A: a\n  b\n',
      '# a\tcomment\nA: |\n  echo\t1\n  \tindented\nB: >\n  x\n  \ty\n  z\n',
      // A document that is not a mapping, directives and a document end marker.
      '- a\n',
      'just text\n  on two lines\n...\n',
      '%YAML 1.1 # c\n--- # start\nA: 1\n... # end\n# after\n',
      // Declined: anchors (without FastOptions.aliases), duplicate keys, tabs in indentation or separators, a
      // directive of another kind, a directive without its `---`.
      'A: &x 1\nB: *x\n',
      'A: 1\nA: 2\n',
      'A:\n\tb: 1\n',
      '%TAG ! tag:example.com,2000:\n---\nA: 1\n',
      '%YAML 1.1\nA: 1\n'
    ]
    const taken = cases.filter(agree)
    expect(taken).toEqual(cases.slice(0, 20))
  })
})

// Templates may use anchors and aliases (`sam deploy` and `aws cloudformation package` read the template with a
// YAML library that expands them): the fast path reads them as the library path does — an alias is its anchor's
// node, at the anchor's lines — within the same expansion budget and with the same problems.
describe('anchors and aliases in templates', () => {
  it('on hand-written forms: block, flow, tagged, nested, redefined, and the alias errors', () => {
    const read = [
      'a: &x 1\nb: *x\n',
      'a: *x\nb: &x 1\n',
      'a: *x\n',
      'a: &x [1, *x]\n',
      'a: &x\n  b: *x\n',
      'a: &x 1\nb: &x 2\nc: *x\n',
      'a: &x [&x 1, *x]\nb: *x\n',
      'a: &x\nb: *x\n',
      'a: &x\n  k: v\n  l: [1]\nb:\n  c: 1\n  d: *x\n',
      'a:\n  - &x\n    k: v\n  - *x\n',
      'a: [&x 1, *x, {k: *x}]\n',
      'a: {k: &x [1, 2], j: *x}\nb: [*x, *x]\n',
      'a: &x !Ref R\nb: *x\n',
      'a: &x !If [c, !Ref R, 2]\nb: !Join [",", *x]\n',
      'a: &x |\n  text\nb: *x\n',
      'a: &x 1\nb: *x # c\n',
      'a: &x # c\n  k: 1\nb: *x\n',
      'a: &x\n- 1\nb: *x\n',
      'a: &x 1\nb:\n  *x\n',
      'a: &x 1\nb:\n  c: 2\n  d: *x\nz: [*x]\n',
      'a: &x "q"\nb: &y \'s\'\nc: [*x, *y]\n',
      'a: &x\n  - - 1\n    - 2\nb: *x\n',
      'a: &x !GetAtt R.Arn\nb: *x\n'
    ]
    for (const text of read) expect(agreeAliased(text)).toBe(true)
    // Left to the library: an anchor on a key or alone on the line after its key, an alias under a tag, as a key,
    // or with a node after it; an empty name.
    const left = [
      'a:\n  - &x k: v\n  - *x\n',
      'a: &x 1\nb: !Ref *x\n',
      'a: &x k\n*x : 2\n',
      'a:\n  &x 1\nb: *x\n',
      'a: &x: 1\n',
      'a: &x 1\nb: *x\n  c: 2\n',
      'a: & x\n',
      'a: *\n'
    ]
    for (const text of left) expect(agreeAliased(text)).toBe(false)
    // Lines: the alias's node is where its anchor is, and the mapping that ends with it ends where it starts.
    const tree = parseYamlTemplate('A: &x\n  k: 1\nB:\n  c: 2\n  d: *x\n').node as PNode & { type: 'object' }
    const b = tree.props[1].value as PNode & { type: 'object' }
    expect([b.startLine, b.endLine, b.props[1].value.startLine]).toEqual([4, 4, 2])
    // Held once: the alias is the anchored node itself.
    expect(b.props[1].value).toBe(tree.props[0].value)
  })

  it('keeps the library path’s budget: the same refusal at the same line', () => {
    const list = (n: number, item: string): string => `[${Array.from({ length: n }, () => item).join(', ')}]`
    const aliases = (n: number): string => Array.from({ length: n }, (_, i) => `b${i}: *a\n`).join('')
    // 100 expansions are read, the 101st is refused at its line.
    expect(agreeAliased(`a: &a 1\n${aliases(MAX_ALIASES)}`)).toBe(true)
    expect(parseYamlTemplate(`a: &a 1\n${aliases(MAX_ALIASES)}`).node).toBeDefined()
    expect(agreeAliased(`a: &a 1\n${aliases(MAX_ALIASES + 1)}`)).toBe(true)
    expect(parseYamlTemplate(`a: &a 1\n${aliases(MAX_ALIASES + 1)}`)).toEqual({
      problems: [{ message: expect.stringMatching(/^more than 100 YAML alias expansions/), line: 102 }]
    })
    // A nested bomb: the aliases inside an anchored node count again at each alias of it, at their own lines.
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
    for (const [name, inner] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd']
    ])
      bomb.push(`${name}: &${name}\n${Array.from({ length: 10 }, () => `  - *${inner}`).join('\n')}`)
    expect(agreeAliased(`${bomb.slice(0, 3).join('\n')}\n`)).toBe(true)
    expect(agreeAliased(`${bomb.join('\n')}\n`)).toBe(true)
    expect(parseYamlTemplate(`${bomb.join('\n')}\n`).problems).toHaveLength(1)
    // Keys count, short-form tags do not (the library's nodes).
    const tagged = `a: &a ${list(999, '!Ref R')}\n${aliases(100)}`
    expect(agreeAliased(tagged)).toBe(true)
    expect(parseYamlTemplate(tagged).problems).toEqual([])
    const keyed = `a: &a\n${Array.from({ length: 500 }, (_, i) => `  k${i}: 1\n`).join('')}${aliases(100)}`
    expect(agreeAliased(keyed)).toBe(true)
    expect(parseYamlTemplate(keyed).problems).toEqual([
      { message: expect.stringMatching(/^YAML aliases expand to more than 100000 nodes/), line: 601 }
    ])
  })

  // Random templates with anchors put before values and aliases in place of later values (or naming none).
  it('on random templates with anchors and aliases', () => {
    const base = yamlFiles(FIXTURES)
      .map(f => readFileSync(f, 'utf8'))
      .filter(t => /^Resources:/m.test(t) && !/[&*][^\s,[\]{}]/.test(t))
    base.push(toCfnYaml(JSON.parse(cdkTemplate(20_000))))
    let taken = 0
    let nodes = 0
    let expanded = 0
    const runs = Number(process.env.FUZZ_RUNS ?? 150)
    fc.assert(
      fc.property(fc.integer({ min: 0, max: base.length - 1 }), fc.array(fc.nat(), { minLength: 40 }), (t, picks) => {
        let k = 0
        const pick = (n: number): number => picks[k++ % picks.length] % n
        const anchors: string[] = []
        const lines = base[t].split('\n').map(line => {
          const m = /^(\s*(?:- |[^\s#][^:]*: ))(.*)$/.exec(line) ?? /^(\s*[^\s#-][^:]*:)()$/.exec(line)
          if (!m) return line
          const [, head, value] = m
          const roll = pick(10)
          if (roll < 2) {
            const name = `n${pick(6)}`
            anchors.push(name)
            return `${head}${head.endsWith(' ') ? '' : ' '}&${name} ${value}`.trimEnd()
          }
          if (roll < 4 && value && !value.startsWith('|') && !value.startsWith('>')) {
            const name = anchors.length && pick(8) ? anchors[pick(anchors.length)] : `none${pick(3)}`
            return `${head}*${name}`
          }
          return line
        })
        const text = lines.join('\n')
        if (agreeAliased(text)) {
          taken++
          const tree = parseYamlTemplate(text).node
          if (tree) nodes++
          // Read with at least one alias expanded (not only anchors, or an alias error).
          if (tree && /\*n\d/.test(text)) expanded++
        }
      }),
      { numRuns: runs, seed: 21 }
    )
    expect(taken).toBeGreaterThan(runs * 0.5)
    expect(nodes).toBeGreaterThan(runs * 0.2)
    expect(expanded).toBeGreaterThan(runs * 0.1)
  })

  it('a template: the same result as through the library; resources with an anchor or alias stay as read', () => {
    const text = [
      'Resources:',
      '  Read:',
      '    Type: AWS::IAM::ManagedPolicy',
      '    Properties:',
      '      PolicyDocument: &doc',
      '        Version: "2012-10-17"',
      '        Statement:',
      '          - Effect: Allow',
      '            Action: kms:DescribeKey',
      '            Resource: "*"',
      '      Roles: [!Ref Rotation]',
      '  Again:',
      '    Type: AWS::IAM::ManagedPolicy',
      '    Properties:',
      '      PolicyDocument: *doc',
      '      Roles: [!Ref Rotation]',
      '  Plain:',
      '    Type: AWS::IAM::ManagedPolicy',
      '    Properties:',
      '      PolicyDocument: {Version: "2012-10-17", Statement: []}',
      '      Roles: [!Ref Rotation]',
      ''
    ].join('\n')
    const input = {
      file: 't.yaml',
      keys: {},
      principals: {},
      context: { account: '111122223333', region: 'us-east-1' }
    }
    expect(readCloudFormation({ ...input, text })).toEqual(readCloudFormation({ ...input, text: `${text}...\n` }))
    const tree = parseTemplateText(text, () => new Set(['Read', 'Again', 'Plain']))
    expect(tree.problems).toEqual([])
    expect(lazyNodes(tree.node!)).toBe(1)
    expect(JSON.parse(JSON.stringify(tree.node))).toEqual(parseYamlLibrary(text).node)
  })
})

// YAML the reader does not take inside one entry of a section (a resource, a parameter, an output) is read by the
// library alone, the rest of the template by the reader: the library holds dozens of times what it reads, now one
// entry at a time, and a large template with such an entry is read instead of refused.
describe('entries read by the library alone', () => {
  const quirks = [
    // A tab between tokens, a core tag, a complex key, a comment the reader leaves to the library.
    (indent: string) => `${indent}Tabbed:\t x\n`,
    (indent: string) => `${indent}Tagged: !!str 10\n`,
    (indent: string) => `${indent}? Complex\n${indent}: value\n`,
    (indent: string) => `${indent}Verbatim: !<tag:yaml.org,2002:str> y\n`
  ]

  it('gives the library’s tree, the library reading only the entries with such YAML', () => {
    const base = yamlFiles(FIXTURES)
      .map(f => readFileSync(f, 'utf8'))
      .filter(t => /^Resources:/m.test(t) && /^ {4}Properties:\n/m.test(t))
    base.push(toCfnYaml(JSON.parse(cdkTemplate(20_000))))
    let parts = 0
    let taken = 0
    const runs = Number(process.env.FUZZ_RUNS ?? 120)
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: base.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(quirks.length - 1)), { minLength: 1, maxLength: 4 }),
        (t, where) => {
          const lines = base[t].split('\n')
          // A quirk after a `Properties:` line (its first property), or as a parameter.
          const spots = lines.flatMap((l, i) => (/^ {4}Properties:$/.test(l) ? [i + 1] : []))
          if (!spots.length) return
          for (const [spot, quirk] of where) {
            const at = spots[spot % spots.length]
            lines.splice(at, 0, ...quirks[quirk]('      ').split('\n').slice(0, -1))
          }
          const text = lines.join('\n')
          const read: string[] = []
          const options = {
            aliases: ALIASES,
            fallback: {
              maxBytes: 256 * 1024,
              read: (part: string, delta: number) => {
                read.push(part)
                return parseYamlEntry(part, delta)
              }
            }
          }
          const quick = parseYamlFast(text, customTags, SHORT_FORMS, options)
          if (!quick) return
          taken++
          parts += read.length
          // Each part is one resource's lines, not the template.
          for (const part of read) expect(part.length).toBeLessThan(text.length / 2 + 2000)
          const slow = parseYamlLibrary(text)
          if (JSON.stringify(slow.node) !== JSON.stringify(quick))
            expect({ text, quick }).toEqual({ text, quick: slow })
        }
      ),
      { numRuns: runs, seed: 33 }
    )
    expect(taken).toBeGreaterThan(runs / 2)
    expect(parts).toBeGreaterThan(taken)
  })

  it('reads a large template with such an entry; a part with an anchor, or larger than the limit, is refused', () => {
    const bucket = (i: number): string =>
      `  Bucket${i}:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: bucket-${i}\n`
    let buckets = ''
    for (let i = 0; i < 8000; i++) buckets += bucket(i)
    const policy = [
      '  Role:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      RoleName: kms-admin',
      '      Policies:',
      '        - PolicyName: admin',
      '          PolicyDocument:',
      '            Statement:',
      '              - Effect:\tDeny',
      '                Action: kms:PutKeyPolicy',
      '                Resource: "*"',
      ''
    ].join('\n')
    const text = `Resources:\n${policy}${buckets}`
    expect(text.length).toBeGreaterThan(256 * 1024)
    const read = readCloudFormation({
      file: 't.yaml',
      text,
      keys: {},
      principals: {},
      context: { account: '111122223333', region: 'us-east-1' }
    })
    expect(read.problems).toEqual([])
    const role = read.change.principals.find(p => p.arn === 'arn:aws:iam::111122223333:role/kms-admin')
    const statement = role!.policies[0].document!.statements[0]
    expect([statement.effect, statement.range.startLine]).toEqual(['Deny', 10])
    // An anchor on a key in the entry: the library would have to read the whole template, which is too large.
    const keyed = `Resources:\n${policy.replace('- Effect:\tDeny', '- &e Effect:\tDeny')}${buckets}`
    expect(parseYamlTemplate(keyed).problems).toEqual([
      {
        message: expect.stringMatching(/^the template uses a YAML anchor or alias where the gate does not read one/),
        line: 10
      }
    ])
    // An entry over the limit.
    const long = `  Big:\n    Type: AWS::SSM::Parameter\n    Properties:\n      Value:\t${'x'.repeat(300 * 1024)}\n`
    expect(parseYamlTemplate(`Resources:\n${long}${buckets}`).problems).toEqual([
      { message: expect.stringMatching(/^the template uses a tab in indentation or between tokens here/), line: 5 }
    ])
  })
})
