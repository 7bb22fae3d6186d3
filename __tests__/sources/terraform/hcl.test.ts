import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getProp, toJson, type PNode } from '../../../src/policy/node.js'
import {
  attributeOf,
  blocksOf,
  inlinePolicy,
  parseAddress,
  parseHcl,
  policyDocumentTree,
  TerraformSource,
  toNode,
  type HclBlock
} from '../../../src/sources/terraform/hcl.js'

function block(text: string, type = 'resource'): HclBlock {
  const src = parseHcl(text, 'main.tf')
  return blocksOf(src, src.top).find(b => b.type === type)!
}

function attr(text: string, name: string): PNode | undefined {
  const b = block(text)
  const a = attributeOf(b, name)!
  return inlinePolicy(b.src, a.expr)
}

/** [key path, line] for every string value of a tree. */
function stringLines(node: PNode, path = ''): [string, string, number][] {
  if (node.type === 'object') return node.props.flatMap(p => stringLines(p.value, `${path}/${p.key}`))
  if (node.type === 'array') return node.items.flatMap((i, n) => stringLines(i, `${path}/${n}`))
  if (node.type === 'string') return [[path, node.value, node.startLine]]
  if (node.type === 'unknown') return [[path, `?${node.description}`, node.startLine]]
  return []
}

describe('resource addresses', () => {
  it('splits module paths, data sources and instance keys', () => {
    expect(parseAddress('module.a["k.1"].module.b[0].aws_kms_key.this[1]')).toEqual({
      modules: ['a', 'b'],
      mode: 'managed',
      type: 'aws_kms_key',
      name: 'this'
    })
    expect(parseAddress('data.aws_iam_policy_document.y')).toEqual({
      modules: [],
      mode: 'data',
      type: 'aws_iam_policy_document',
      name: 'y'
    })
    expect(parseAddress('aws_iam_role_policy.x["a]b"]')).toEqual({
      modules: [],
      mode: 'managed',
      type: 'aws_iam_role_policy',
      name: 'x'
    })
    expect(parseAddress('module.only')).toBeUndefined()
  })
})

describe('locating blocks through local modules', () => {
  let ws: string
  beforeAll(() => {
    ws = mkdtempSync(join(tmpdir(), 'kpg-hcl-'))
    mkdirSync(join(ws, 'infra/modules/a/nested'), { recursive: true })
    mkdirSync(join(ws, 'outside'), { recursive: true })
    writeFileSync(
      join(ws, 'infra/main.tf'),
      'module "a" {\n  source = "./modules/a"\n}\n\nmodule "escape" {\n  source = "../../../../../../../../tmp"\n}\n'
    )
    writeFileSync(
      join(ws, 'infra/modules/a/keys.tf'),
      '\n\nmodule "b" {\n  for_each = toset(["x"])\n  source   = "./nested"\n}\n'
    )
    writeFileSync(
      join(ws, 'infra/modules/a/nested/main.tf'),
      '# nested\nresource "aws_kms_key" "this" {\n  count = 2\n}\n\ndata "aws_iam_policy_document" "y" {\n}\n'
    )
  })
  afterAll(() => rmSync(ws, { recursive: true, force: true }))

  it('follows module sources to the declaring file, instance keys ignored', () => {
    const src = new TerraformSource(ws, 'infra')
    expect(src.locate('module.a.module.b["x"].aws_kms_key.this[1]')).toMatchObject({
      file: 'infra/modules/a/nested/main.tf',
      line: 2,
      endLine: 4
    })
    expect(src.locate('module.a.module.b["x"].data.aws_iam_policy_document.y')).toMatchObject({
      file: 'infra/modules/a/nested/main.tf',
      line: 6
    })
  })

  it('stops at the module block when the block or the module cannot be read', () => {
    const src = new TerraformSource(ws, 'infra')
    expect(src.locate('module.a.module.b.aws_kms_key.missing')).toEqual({
      file: 'infra/modules/a/keys.tf',
      line: 3,
      endLine: 6
    })
    // A source outside the workspace is never read.
    expect(src.locate('module.escape.aws_kms_key.k')).toEqual({ file: 'infra/main.tf', line: 5, endLine: 7 })
    expect(src.locate('module.nope.aws_kms_key.k')).toBeUndefined()
    expect(new TerraformSource(ws, 'nowhere').locate('aws_kms_key.k')).toBeUndefined()
  })
})

describe('HCL values', () => {
  it('reads literals, escapes and computed expressions', () => {
    const b = block(
      'resource "x" "y" {\n  a = "q\\"\\n$${x}"\n  b = 12.5\n  c = true\n  d = null\n  e = var.x\n  f = "arn:${var.p}:x"\n  g = [1, "two"] # trailing\n  h = { "k" = 1, l: 2 }\n}\n'
    )
    const get = (n: string): PNode => toNode(b.src, attributeOf(b, n)!.expr)
    expect(toJson(get('a'))).toBe('q"\n${x}')
    expect(toJson(get('b'))).toBe(12.5)
    expect(toJson(get('c'))).toBe(true)
    expect(get('d').type).toBe('null')
    expect(get('e')).toEqual({ type: 'unknown', description: 'var.x', startLine: 6, endLine: 6 })
    expect(get('f')).toEqual({ type: 'unknown', description: '"arn:${var.p}:x"', startLine: 7, endLine: 7 })
    expect(toJson(get('g'))).toEqual([1, 'two'])
    expect(toJson(get('h'))).toEqual({ k: 1, l: 2 })
  })

  it('gives the lines of a jsonencode policy in object syntax', () => {
    const text = [
      'resource "aws_kms_key" "k" {', // 1
      '  policy = jsonencode({', // 2
      '    Version = "2012-10-17"', // 3
      '    # a comment', // 4
      '    "Statement" = [', // 5
      '      {', // 6
      '        Sid    = "A"', // 7
      '        Effect = "Allow"', // 8
      '        Principal = {', // 9
      '          AWS = ["arn:aws:iam::1:root", local.admin]', // 10
      '        }', // 11
      '        Action = "kms:*"', // 12
      '      },', // 13
      '    ]', // 14
      '  })', // 15
      '}' // 16
    ].join('\n')
    const tree = attr(text, 'policy')!
    expect(stringLines(tree)).toEqual([
      ['/Version', '2012-10-17', 3],
      ['/Statement/0/Sid', 'A', 7],
      ['/Statement/0/Effect', 'Allow', 8],
      ['/Statement/0/Principal/AWS/0', 'arn:aws:iam::1:root', 10],
      ['/Statement/0/Principal/AWS/1', '?local.admin', 10],
      ['/Statement/0/Action', 'kms:*', 12]
    ])
    const st = getProp(tree, 'Statement')!
    expect([st.keyLine, st.value.startLine, st.value.endLine]).toEqual([5, 5, 14])
    expect(st.value.type === 'array' && st.value.items[0].startLine).toBe(6)
  })

  it('gives the lines of heredoc JSON, indented or not, with interpolated strings as patterns', () => {
    const plain =
      'resource "a" "b" {\n  policy = <<EOF\n{\n  "Statement": [\n    {"Effect": "Allow", "Action": "kms:*",\n     "Principal": {"AWS": "arn:aws:iam::${var.account}:root"}}\n  ]\n}\nEOF\n}\n'
    expect(stringLines(attr(plain, 'policy')!)).toEqual([
      ['/Statement/0/Effect', 'Allow', 5],
      ['/Statement/0/Action', 'kms:*', 5],
      ['/Statement/0/Principal/AWS', '?"arn:aws:iam::${var.account}:root"', 6]
    ])
    const indented = 'resource "a" "b" {\n  policy = <<-POLICY\n    {\n      "Statement": []\n    }\n    POLICY\n}\n'
    const tree = attr(indented, 'policy')!
    expect([tree.startLine, tree.endLine, getProp(tree, 'Statement')!.keyLine]).toEqual([3, 5, 4])
  })

  it('is no inline policy for references and other functions', () => {
    expect(attr('resource "a" "b" {\n  policy = data.aws_iam_policy_document.x.json\n}\n', 'policy')).toBeUndefined()
    expect(attr('resource "a" "b" {\n  policy = file("p.json")\n}\n', 'policy')).toBeUndefined()
  })

  it('turns aws_iam_policy_document blocks into the IAM JSON shape with lines', () => {
    const text = [
      'data "aws_iam_policy_document" "d" {', // 1
      '  policy_id = "P"', // 2
      '  statement {', // 3
      '    sid         = "S"', // 4
      '    not_actions = ["kms:Delete*"]', // 5
      '    principals {', // 6
      '      type        = "AWS"', // 7
      '      identifiers = ["a"]', // 8
      '    }', // 9
      '    principals {', // 10
      '      type        = "AWS"', // 11
      '      identifiers = ["b", var.c]', // 12
      '    }', // 13
      '    not_principals {', // 14
      '      type        = "Service"', // 15
      '      identifiers = ["s.amazonaws.com"]', // 16
      '    }', // 17
      '    condition {', // 18
      '      test     = "StringEquals"', // 19
      '      variable = "aws:x"', // 20
      '      values   = ["1"]', // 21
      '    }', // 22
      '    condition {', // 23
      '      test     = "StringEquals"', // 24
      '      variable = "aws:y"', // 25
      '      values   = ["2"]', // 26
      '    }', // 27
      '  }', // 28
      '  dynamic "statement" {', // 29
      '    for_each = []', // 30
      '  }', // 31
      '}' // 32
    ].join('\n')
    const tree = policyDocumentTree(block(text, 'data'))
    expect(stringLines(tree)).toEqual([
      ['/Id', 'P', 2],
      ['/Statement/0/Sid', 'S', 4],
      ['/Statement/0/NotAction/0', 'kms:Delete*', 5],
      ['/Statement/0/Principal/AWS/0', 'a', 8],
      ['/Statement/0/Principal/AWS/1', 'b', 12],
      ['/Statement/0/Principal/AWS/2', '?var.c', 12],
      ['/Statement/0/NotPrincipal/Service/0', 's.amazonaws.com', 16],
      ['/Statement/0/Condition/StringEquals/aws:x/0', '1', 21],
      ['/Statement/0/Condition/StringEquals/aws:y/0', '2', 26]
    ])
    const st = getProp(tree, 'Statement')!.value
    expect(st.type === 'array' && [st.items.length, st.items[0].startLine, st.items[0].endLine]).toEqual([1, 3, 28])
  })
})
