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
