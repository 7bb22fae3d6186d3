import { describe, expect, it } from '@jest/globals'
import { getProp, type PNode } from '../../../src/policy/node.js'
import { attributeOf, blocksOf, inlinePolicy, parseHcl, type HclBlock } from '../../../src/sources/terraform/hcl.js'
import { placeLines, templateMatches } from '../../../src/sources/terraform/lines.js'

function block(text: string, type = 'resource'): HclBlock {
  const src = parseHcl(text, 'main.tf')
  return blocksOf(src, src.top).find(b => b.type === type)!
}

/** [key path, line] for every string value of a tree. */
function stringLines(node: PNode, path = ''): [string, string, number][] {
  if (node.type === 'object') return node.props.flatMap(p => stringLines(p.value, `${path}/${p.key}`))
  if (node.type === 'array') return node.items.flatMap((i, n) => stringLines(i, `${path}/${n}`))
  if (node.type === 'string') return [[path, node.value, node.startLine]]
  if (node.type === 'unknown') return [[path, `?${node.description}`, node.startLine]]
  return []
}

describe('placing plan values on source lines', () => {
  const source = (): PNode => {
    const b = block(
      [
        'resource "x" "y" {', // 1
        '  policy = jsonencode({', // 2
        '    Statement = [', // 3
        '      { Sid = "B", Effect = "Allow", Action = ["kms:A", "kms:B"] },', // 4
        '      { Sid = "A", Effect = "Deny", Action = var.actions },', // 5
        '      { Effect = "Allow", Principal = { AWS = "arn:aws:iam::${var.a}:root" } },', // 6
        '    ]', // 7
        '  })', // 8
        '}' // 9
      ].join('\n')
    )
    return inlinePolicy(b.src, attributeOf(b, 'policy')!.expr)!
  }

  it('matches statements by Sid, strings by value and templates as patterns', () => {
    const value = {
      Statement: [
        { Sid: 'A', Effect: 'Deny', Action: ['kms:X', 'kms:Y'] },
        { Sid: 'B', Effect: 'Allow', Action: ['kms:B', 'kms:A', 'kms:C'] },
        { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' } }
      ]
    }
    const tree = placeLines(value, undefined, source(), 2, 'x.y.policy')
    expect(stringLines(tree)).toEqual([
      ['/Statement/0/Sid', 'A', 5],
      ['/Statement/0/Effect', 'Deny', 5],
      ['/Statement/0/Action/0', 'kms:X', 5],
      ['/Statement/0/Action/1', 'kms:Y', 5],
      ['/Statement/1/Sid', 'B', 4],
      ['/Statement/1/Effect', 'Allow', 4],
      ['/Statement/1/Action/0', 'kms:B', 4],
      ['/Statement/1/Action/1', 'kms:A', 4],
      // Not written in the source: the line of its list.
      ['/Statement/1/Action/2', 'kms:C', 4],
      ['/Statement/2/Effect', 'Allow', 6],
      ['/Statement/2/Principal/AWS', 'arn:aws:iam::111122223333:root', 6]
    ])
  })

  it('makes masked values unknown, named by the expression written for them', () => {
    const tree = placeLines({ A: null, B: 'x' }, { A: true }, undefined, 9, 'r.policy')
    expect(getProp(tree, 'A')!.value).toEqual({
      type: 'unknown',
      description: 'r.policy (known after apply)',
      startLine: 9,
      endLine: 9
    })
    expect(getProp(tree, 'B')!.value).toEqual({ type: 'string', value: 'x', startLine: 9, endLine: 9 })
  })

  it('matches templates only when the literal parts fit', () => {
    expect(templateMatches('"arn:aws:iam::${var.a}:root"', 'arn:aws:iam::1:root')).toBe(true)
    expect(templateMatches('"arn:aws:iam::${var.a}:root"', 'arn:aws:iam::1:role/x')).toBe(false)
    expect(templateMatches('var.a', 'anything')).toBe(false)
    expect(templateMatches('"no interpolation"', 'no interpolation')).toBe(false)
  })
})
