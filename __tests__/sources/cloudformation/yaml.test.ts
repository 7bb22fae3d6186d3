import { describe, expect, it } from '@jest/globals'
import { getProp, toJson } from '../../../src/policy/node.js'
import { parseYamlTemplate } from '../../../src/sources/cloudformation/yaml.js'

describe('YAML reading', () => {
  it('turns scalar, sequence and mapping short forms into long forms at their lines', () => {
    const text = [
      'A: !Ref X', //
      'B: !GetAtt Role.Arn',
      'C: !Sub',
      '  - "${a}-x"',
      '  - a: !Base64 hi',
      'D: !Transform { Name: "AWS::Include" }',
      'E: !Condition IsProd',
      'F: !GetAZs ""',
      'G: !Join [":", [a, !Select [0, !Split [",", "p,q"]]]]',
      'H: yes',
      'I: 2012-10-17',
      'J: 0755'
    ].join('\n')
    const parsed = parseYamlTemplate(text)
    expect(parsed.problems).toEqual([])
    expect(toJson(parsed.node!)).toEqual({
      A: { Ref: 'X' },
      B: { 'Fn::GetAtt': ['Role', 'Arn'] },
      C: { 'Fn::Sub': ['${a}-x', { a: { 'Fn::Base64': 'hi' } }] },
      D: { 'Fn::Transform': { Name: 'AWS::Include' } },
      E: { Condition: 'IsProd' },
      F: { 'Fn::GetAZs': '' },
      G: { 'Fn::Join': [':', ['a', { 'Fn::Select': [0, { 'Fn::Split': [',', 'p,q'] }] }]] },
      // YAML 1.1: yes is true, 0755 is octal; CloudFormation keeps dates as strings.
      H: true,
      I: '2012-10-17',
      J: 493
    })
    const c = getProp(parsed.node!, 'C')!.value
    // A tag alone on its line: the function starts with its value.
    expect([c.startLine, c.endLine]).toEqual([4, 5])
    const g = getProp(parsed.node!, 'G')!.value
    expect(g.startLine).toBe(9)
  })
})

// The `yaml` library holds about 45 times a template's text; it reads only the YAML the gate's own reader does not
// take, and only in templates up to INPUT_LIMITS.yamlLibrary (256 KiB). Above it, such YAML is an error at the
// line where the reader stopped.
describe('YAML the gate’s own reader does not take, in a large template', () => {
  const bucket = (i: number): string =>
    `  Bucket${i}:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: bucket-${i}\n      Tags:\n        - Key: team\n          Value: storage\n`
  // About 300 KiB (over the limit) or 100 KiB (under it), with `extra` as the first resource's lines.
  const template = (count: number, extra: string): string => {
    let text = `Resources:\n${extra}`
    for (let i = 0; i < count; i++) text += bucket(i)
    return text
  }
  const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length

  it('is an error at its line above the limit, and read by the library below it', () => {
    // An anchor on a key (here the first key of a compact mapping in a list) is the library's to read.
    const keyed =
      '  Keyed:\n    Type: AWS::S3::Bucket\n    Properties:\n      Tags:\n        - &t Key: team\n          Value: x\n'
    const large = template(2600, keyed)
    expect(large.length).toBeGreaterThan(256 * 1024)
    const parsed = parseYamlTemplate(large)
    expect(parsed.node).toBeUndefined()
    expect(parsed.problems).toHaveLength(1)
    expect(parsed.problems[0].line).toBe(lineOf(large, '- &t Key'))
    expect(parsed.problems[0].message).toMatch(
      /^the template uses a YAML anchor or alias where the gate does not read one \(on a key, after a tag or alone on a line\) here, which the gate reads only in YAML templates up to 256 KiB \(this one has \d+ KiB;/
    )
    const small = template(800, keyed)
    expect(small.length).toBeLessThan(256 * 1024)
    expect(parseYamlTemplate(small).problems).toEqual([])
  })

  // Anchors before values and aliases as values are read by the gate's own reader, at any size.
  it('reads anchors and aliases in a template of any size', () => {
    const alias =
      '  Anchored:\n    Type: AWS::S3::Bucket\n    Properties: &p\n      BucketName: a\n  Aliased:\n    Type: AWS::S3::Bucket\n    Properties: *p\n'
    for (const count of [2600, 800]) {
      const read = parseYamlTemplate(template(count, alias))
      expect(read.problems).toEqual([])
      const props = (id: string): unknown =>
        toJson(getProp(getProp(getProp(read.node!, 'Resources')!.value, id)!.value, 'Properties')!.value)
      expect(props('Aliased')).toEqual({ BucketName: 'a' })
      expect(props('Anchored')).toEqual({ BucketName: 'a' })
    }
    // An alias naming no anchor is the library path's problem, at any size.
    const dangling = template(2600, '  Aliased:\n    Type: AWS::S3::Bucket\n    Properties: *none\n')
    expect(parseYamlTemplate(dangling).problems).toEqual([{ message: 'unknown YAML alias *none', line: 4 }])
  })

  // Inside one entry of a section (a resource) the library reads the entry alone: see yaml-fast.test.ts.
  it('reads a tab, a complex key or a core tag in a resource, and directives; names a second document', () => {
    for (const extra of [
      '  Tabbed:\n    Type:\tAWS::S3::Bucket\n',
      '  ? Complex\n  : Type: AWS::S3::Bucket\n',
      '  Tagged:\n    Type: !!str AWS::S3::Bucket\n'
    ]) {
      const large = template(2600, extra)
      const { node, problems } = parseYamlTemplate(large)
      expect(problems).toEqual([])
      const first = getProp(node!, 'Resources')!.value
      expect(first.type === 'object' && toJson(first.props[0].value)).toEqual({ Type: 'AWS::S3::Bucket' })
    }
    // A complex key as the first top-level entry: that entry is the library's, the rest the reader's.
    const rootComplex = parseYamlTemplate(`? Complex\n: 1\n${template(2600, '')}`)
    expect(rootComplex.problems).toEqual([])
    expect(rootComplex.node!.type === 'object' && rootComplex.node!.props.map(p => p.key)).toEqual([
      'Complex',
      'Resources'
    ])
    // `%YAML` directives and a document end marker are read at any size; a `%YAML 1.2` document still as YAML 1.1,
    // as PyYAML reads it (`sam deploy`, `aws cloudformation package`: yaml.safe_load with its 1.1 resolver): `yes`
    // is true. Other directives are the library's: above its limit, refused at their line.
    for (const version of ['1.1', '1.2']) {
      const directive = `%YAML ${version}\n---\n${template(2600, '')}...\n`
      const read = parseYamlTemplate(directive.replace('Resources:', 'Flag: yes\nResources:'))
      expect(read.problems).toEqual([])
      expect(getProp(read.node!, 'Flag')!.value).toEqual({ type: 'boolean', value: true, startLine: 3, endLine: 3 })
    }
    expect(parseYamlTemplate(`%TAG !e! tag:example.com,2000:\n---\n${template(2600, '')}`).problems).toEqual([
      { message: expect.stringMatching(/a second YAML document or a directive/), line: 1 }
    ])
    // A second document is an error at its first line, at any size (PyYAML: "expected a single document").
    for (const count of [2600, 10]) {
      // After `---` the second document starts at the marker; after `...`, at its first line.
      const first = template(count, '')
      const lines = first.split('\n').length
      for (const [twoDocs, line] of [
        [`${first}---\nResources: {}\n`, lines],
        [`${first}...\nResources: {}\n`, lines + 1]
      ] as const)
        expect(parseYamlTemplate(twoDocs).problems).toEqual([
          {
            message: 'YAML syntax error: a second YAML document starts here (the file must be a single document)',
            line
          }
        ])
    }
  })

  it('a key twice in a mapping is the same syntax error as below the limit', () => {
    const twice = '  Dup:\n    Type: AWS::S3::Bucket\n    Type: AWS::SQS::Queue\n'
    for (const count of [2600, 800]) {
      const text = template(count, twice)
      expect(parseYamlTemplate(text).problems).toEqual([
        { message: 'YAML syntax error: the key "Type" appears twice in the same mapping', line: 4 }
      ])
    }
  })
})

// The library recurses once per nesting level and overflows the stack near 1,000 levels; a second overflow in the
// same process aborted it ("FATAL ERROR: RegExpCompiler Allocation failed", found by the fuzz test with two
// templates of 14,000 `[`). Text that may nest deeper than 400 levels is refused before the library sees it.
describe('deeply nested YAML', () => {
  it('is a syntax error at its line, every time, without reaching the library', () => {
    for (let i = 0; i < 3; i++) {
      const text = `Description: x\nResources: ${'['.repeat(28_000 + i)}AWSTemplateFormatVersion: '2010-09-09'\n`
      expect(parseYamlTemplate(text)).toEqual({
        problems: [{ message: 'YAML syntax error: nested deeper than 400 levels', line: 2 }]
      })
    }
    const compact = `Resources:\n  A:\n${' '.repeat(4)}${'- '.repeat(5_000)}x\n`
    expect(parseYamlTemplate(compact).problems).toEqual([
      { message: 'YAML syntax error: nested deeper than 400 levels', line: 3 }
    ])
  })

  it('up to the bound, the library reads it', () => {
    const text = `A: ${'['.repeat(390)}'q'${']'.repeat(390)}\nB: &b 1\n`
    expect(parseYamlTemplate(text).problems).toEqual([])
  })
})
