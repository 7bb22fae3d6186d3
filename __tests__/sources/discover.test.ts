import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { discoverIacFiles } from '../../src/sources/discover.js'

const TEMPLATE_YAML = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  K:\n    Type: AWS::KMS::Key\n'
const TEMPLATE_JSON = JSON.stringify({ Resources: { K: { Type: 'AWS::KMS::Key' } } }, null, 1)
const PLAN = '{"format_version":"1.2","terraform_version":"1.9.8","resource_changes":[]}'

function write(root: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true })
    writeFileSync(join(root, file), text)
  }
}

const FILES = {
  '.gitignore': 'cdk.out/\nnode_modules/\n*.tfplan.json\nbuild/\n',
  'cfn/stack.yaml': TEMPLATE_YAML,
  'cfn/notes.yaml': 'title: not a template\n',
  'cdk.out/App.template.json': TEMPLATE_JSON,
  'cdk.out/manifest.json': '{"version": "36.0.0"}',
  'node_modules/pkg/template.yaml': TEMPLATE_YAML,
  'infra/plan.json': PLAN,
  'infra/prod.tfplan.json': PLAN,
  'build/other.yaml': TEMPLATE_YAML,
  'package.json': '{"name": "x"}'
}

describe('finding templates and plans', () => {
  let repo: string
  let plain: string
  let outside: string
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'kpg-git-'))
    plain = mkdtempSync(join(tmpdir(), 'kpg-plain-'))
    outside = mkdtempSync(join(tmpdir(), 'kpg-out-'))
    write(repo, FILES)
    write(plain, FILES)
    write(outside, { 'secret.template.json': TEMPLATE_JSON })
    execFileSync('git', ['init', '-q'], { cwd: repo })
    execFileSync('git', ['add', '.'], { cwd: repo })
    for (const root of [repo, plain]) {
      symlinkSync(outside, join(root, 'linked'))
      symlinkSync(join(outside, 'secret.template.json'), join(root, 'cfn/secret.template.json'))
    }
  })
  afterAll(() => {
    for (const dir of [repo, plain, outside]) rmSync(dir, { recursive: true, force: true })
  })

  it('lists git files and ignored generated files that a glob reaches, never dependencies or symlinks out', () => {
    expect(discoverIacFiles(repo, ['**/*.template.json'])).toEqual(['cdk.out/App.template.json'])
    expect(discoverIacFiles(repo, ['./cfn/*.yaml'])).toEqual(['cfn/notes.yaml', 'cfn/stack.yaml'])
    expect(discoverIacFiles(repo, ['**/plan.json', '**/*.tfplan.json'])).toEqual([
      'infra/plan.json',
      'infra/prod.tfplan.json'
    ])
  })

  it('walks the workspace when it is not a git repository', () => {
    expect(discoverIacFiles(plain, ['**/*.template.json'])).toEqual(['cdk.out/App.template.json'])
    expect(discoverIacFiles(plain, ['**/*.yaml'])).toEqual(['build/other.yaml', 'cfn/notes.yaml', 'cfn/stack.yaml'])
  })
})
