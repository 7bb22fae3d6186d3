/**
 * The lexical scan for top-level blocks (hcl-scan.ts) against the HCL parser: the same blocks at the same offsets
 * on every `.tf` fixture and on files written to trip a scan (braces and quotes in comments, strings, template
 * sequences and heredocs); giving up, never guessing, on what it does not follow. Lexical rules: the hclsyntax
 * specification (comments, quoted templates and their `${`/`%{` sequences and `$${` escapes, heredocs).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { scanTopBlocks } from '../../../src/sources/terraform/hcl-scan.js'
import { blocksOf, parseHcl, TerraformSource } from '../../../src/sources/terraform/hcl.js'

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url))

function tfFiles(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) return tfFiles(p)
    return name.endsWith('.tf') ? [p] : []
  })
}

/** The top-level blocks as the parser sees them. */
function parsed(text: string): { type: string; labels: string[]; from: number; to: number }[] {
  const src = parseHcl(text, 'x.tf')
  return blocksOf(src, src.top).map(b => ({ type: b.type, labels: b.labels, from: b.node.from, to: b.node.to }))
}

const TRICKY = [
  '# a comment with { and "',
  '// another } one',
  '/* a block comment { " } */',
  'resource "aws_kms_key" "a" {',
  '  description = "braces } { and \\" quotes in a string"',
  '  policy = jsonencode({ Statement = [{ Sid = "x}" }] })',
  '  tags = { name = "${var.prefix}-${lookup({ a = "}" }, "a")}" }',
  '  literal = "$${not.a.sequence} %%{ nor this }"',
  '  directive = "%{ if var.on }on%{ else }off%{ endif }"',
  '}',
  '',
  'data "aws_iam_policy_document" "b" {',
  '  statement {',
  '    actions = ["kms:*"] # } in a comment',
  '  }',
  '}',
  'resource "aws_kms_key" "c" {',
  '  policy = <<-EOT',
  '    { "Statement": [ { "Effect": "Allow" } ',
  '    "EOT is not alone here" }',
  '    EOT',
  '  other = <<EOF',
  '} { ]',
  'EOF',
  '}',
  'module "m" {',
  '  source = "./m"',
  '}',
  'locals {',
  '  x = [for k, v in var.m : "${k}=${v}"]',
  '}',
  ''
].join('\n')

describe('scanTopBlocks finds the blocks the parser finds', () => {
  it('on every .tf file of the fixtures', () => {
    const files = tfFiles(FIXTURES)
    expect(files.length).toBeGreaterThan(20)
    for (const f of files) {
      const text = readFileSync(f, 'utf8')
      expect({ file: f, blocks: scanTopBlocks(text) }).toEqual({ file: f, blocks: parsed(text) })
    }
  })

  it('through comments, strings, template sequences and heredocs that hold braces and quotes', () => {
    const blocks = scanTopBlocks(TRICKY)!
    expect(blocks).toEqual(parsed(TRICKY))
    expect(blocks.map(b => [b.type, ...b.labels])).toEqual([
      ['resource', 'aws_kms_key', 'a'],
      ['data', 'aws_iam_policy_document', 'b'],
      ['resource', 'aws_kms_key', 'c'],
      ['module', 'm'],
      ['locals']
    ])
  })

  it('keeps only the blocks asked for', () => {
    const kms = scanTopBlocks(TRICKY, (type, labels) => type === 'resource' && labels[0] === 'aws_kms_key')!
    expect(kms.map(b => b.labels[1])).toEqual(['a', 'c'])
  })

  it('gives up on what it does not follow: the caller then parses the whole file', () => {
    for (const text of [
      'x = 1\n', // an attribute at the top level
      'resource "a" "b" {\n', // an unclosed block
      'resource "a" "b" {\n  x = "unclosed\n}\n', // an unclosed string
      'resource "a" "${var.x}" {\n}\n', // a label with a template sequence
      'resource "a" "b" {\n  x = <<EOT\nnever ends\n}\n', // a heredoc without its end
      'resource "a" "b" {\n  x = [1, 2}\n}\n', // mismatched brackets
      '/* an unclosed comment\nresource "a" "b" {}\n',
      `resource "a" "b" {\n  x = ${'"${'.repeat(70)}1${'}"'.repeat(70)}\n}\n` // nesting beyond what is followed
    ])
      expect(scanTopBlocks(text)).toBeUndefined()
  })

  it('scans a large file in one pass', () => {
    const big = Array.from({ length: 20_000 }, (_, i) => `resource "aws_s3_bucket" "b${i}" {\n  bucket = "b-${i}"\n}\n`)
    const text = big.join('\n') + 'resource "aws_kms_key" "k" {\n}\n'
    const started = performance.now()
    const found = scanTopBlocks(text, (_type, labels) => labels[0] === 'aws_kms_key')!
    // Generous for a slow machine; the whole-file parse of the same text takes seconds.
    expect(performance.now() - started).toBeLessThan(2000)
    expect(found).toEqual([
      { type: 'resource', labels: ['aws_kms_key', 'k'], from: text.lastIndexOf('resource'), to: text.length - 1 }
    ])
  })
})

describe('TerraformSource reads only the blocks it is asked about, at the lines of the file', () => {
  let ws: string
  beforeAll(() => {
    ws = mkdtempSync(join(tmpdir(), 'kpg-hcl-scan-'))
    mkdirSync(join(ws, 'infra'), { recursive: true })
    writeFileSync(join(ws, 'infra/main.tf'), TRICKY)
    // A file the scan gives up on (an attribute at the top level) is parsed whole, as before.
    writeFileSync(join(ws, 'infra/odd.tf'), 'odd = true\n\nresource "aws_iam_role" "r" {\n  name = "r"\n}\n')
  })
  afterAll(() => rmSync(ws, { recursive: true, force: true }))

  it('gives the lines of the block and of its attributes in the file', () => {
    const src = new TerraformSource(ws, 'infra', /^(aws|awscc)_(iam|kms)_/)
    const c = src.locate('aws_kms_key.c')!
    expect(c).toMatchObject({ file: 'infra/main.tf', line: 17, endLine: 25 })
    expect(c.block!.src.lines.line(c.block!.node.from)).toBe(17)
    expect(src.locate('data.aws_iam_policy_document.b')).toMatchObject({ line: 12, endLine: 16 })
    expect(src.locate('aws_iam_role.r')).toMatchObject({ file: 'infra/odd.tf', line: 3, endLine: 5 })
    // Types outside those looked up are not indexed.
    expect(src.locate('aws_s3_bucket.x')).toBeUndefined()
  })
})

describe('a large file the scan cannot follow', () => {
  let ws: string
  beforeAll(() => {
    ws = mkdtempSync(join(tmpdir(), 'kpg-hcl-big-'))
    mkdirSync(join(ws, 'infra'), { recursive: true })
    // An attribute at the top level makes the scan give up; parsing 1 MiB whole would take seconds and more.
    const filler = Array.from({ length: 30_000 }, (_, i) => `resource "aws_s3_bucket" "b${i}" {\n  bucket = "b"\n}\n`)
    writeFileSync(join(ws, 'infra/main.tf'), `odd = true\n${filler.join('')}resource "aws_kms_key" "k" {\n}\n`)
  })
  afterAll(() => rmSync(ws, { recursive: true, force: true }))

  it('stops the run naming the file, quickly, instead of parsing it whole', () => {
    const src = new TerraformSource(ws, 'infra', /^(aws|awscc)_(iam|kms)_/)
    const started = performance.now()
    expect(() => src.locate('aws_kms_key.k')).toThrow(/not plain HCL blocks at the top level/)
    expect(performance.now() - started).toBeLessThan(2000)
  })
})
