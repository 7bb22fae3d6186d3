import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { loadConfig } from '../../src/config/load.js'
import { INPUT_LIMITS } from '../../src/constants.js'
import { readIacSources } from '../../src/sources/iac-load.js'

const dirs: string[] = []
afterAll(() => dirs.forEach(d => rmSync(d, { recursive: true, force: true })))
function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kpg-iac-load-'))
  dirs.push(dir)
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true })
    writeFileSync(join(dir, file), text)
  }
  return dir
}
const CONFIG = 'version: 1\nregion: us-east-1\ncloudformation:\n  - template: infra/*.yaml\n'
const KEY_TEMPLATE = 'Resources:\n  AppKey:\n    Type: AWS::KMS::Key\n    Properties:\n      EnableKeyRotation: true\n'

describe('readIacSources', () => {
  it('reads every template the glob matches and says what it mapped', () => {
    const dir = workspace({
      '.github/kms-policy-gate.yml': CONFIG,
      'infra/a.yaml': KEY_TEMPLATE,
      'infra/notes.txt': 'x'
    })
    const out = readIacSources(dir, loadConfig(dir, '.github/kms-policy-gate.yml'), {
      account: '111122223333',
      region: 'us-east-1'
    })
    expect(out.change.keys.map(k => [k.name, k.created, k.file, k.line])).toEqual([['AppKey', true, 'infra/a.yaml', 2]])
    expect(out.findings.map(f => f.rule)).toEqual(['source-mapping'])
  })

  it('a glob that matches nothing, or a YAML template over CloudFormation’s limit, is a config error at the entry', () => {
    const none = workspace({ '.github/kms-policy-gate.yml': CONFIG })
    expect(() => readIacSources(none, loadConfig(none, '.github/kms-policy-gate.yml'))).toThrow(
      'no file matches template "infra/*.yaml"'
    )
    const big = workspace({
      '.github/kms-policy-gate.yml': CONFIG,
      'infra/big.yaml': KEY_TEMPLATE + '#'.repeat(INPUT_LIMITS.yamlTemplate)
    })
    let error: unknown
    try {
      readIacSources(big, loadConfig(big, '.github/kms-policy-gate.yml'))
    } catch (e) {
      error = e
    }
    expect(error).toMatchObject({
      line: 4,
      message: expect.stringContaining('over the limit of 1048576 bytes for a YAML template')
    })
  })
})
