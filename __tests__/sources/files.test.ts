import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { loadConfig } from '../../src/config/load.js'
import { INPUT_LIMITS } from '../../src/constants.js'
import { readConfiguredSources } from '../../src/sources/files.js'

const ROLE = 'arn:aws:iam::111122223333:role/kms-rotation-service'
const POLICY =
  '{\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "Allow", "Action": "kms:*", "Resource": "*"}]\n}\n'
const dirs: string[] = []
afterAll(() => dirs.forEach(d => rmSync(d, { recursive: true, force: true })))

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kpg-files-'))
  dirs.push(dir)
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true })
    writeFileSync(join(dir, file), text)
  }
  return dir
}

const CONFIG = [
  'version: 1',
  'keys:',
  '  - key: alias/app',
  '    policy: policies/key.json',
  `    rotation: { principals: ["${ROLE}"] }`,
  'principals:',
  `  - arn: ${ROLE}`,
  '    policies:',
  '      - file: iam/shared.json',
  '        managed: arn:aws:iam::111122223333:policy/shared',
  '    permissions-boundary: iam/shared.json',
  ''
].join('\n')

describe('readConfiguredSources', () => {
  it('reads each named file as the kind of document the config says, with its lines', () => {
    const dir = workspace({
      '.github/kms-policy-gate.yml': CONFIG,
      'policies/key.json': POLICY,
      'iam/shared.json': POLICY
    })
    const change = readConfiguredSources(dir, loadConfig(dir, '.github/kms-policy-gate.yml'))
    expect(change.keys).toEqual([
      expect.objectContaining({ key: 'alias/app', file: '.github/kms-policy-gate.yml', line: 3 })
    ])
    expect(change.keys[0].policy?.origin).toEqual({ kind: 'key', name: 'policies/key.json', file: 'policies/key.json' })
    expect(change.keys[0].policy?.statements[0].range).toEqual({ startLine: 3, endLine: 3 })
    const [principal] = change.principals
    expect(principal.policies[0].document?.origin).toMatchObject({
      kind: 'identity',
      managedArn: 'arn:aws:iam::111122223333:policy/shared'
    })
    // The same file as a boundary is a document of its own kind, not the identity policy read again.
    expect(principal.permissionsBoundary?.origin.kind).toBe('boundary')
    expect(principal.permissionsBoundary).not.toBe(principal.policies[0].document)
  })

  it('a file over the policy size limit stops the run at the config line that names it', () => {
    const dir = workspace({
      '.github/kms-policy-gate.yml': CONFIG,
      'policies/key.json': ' '.repeat(INPUT_LIMITS.policy + 1),
      'iam/shared.json': POLICY
    })
    const config = loadConfig(dir, '.github/kms-policy-gate.yml')
    expect(() => readConfiguredSources(dir, config)).toThrow(/over the limit/)
    try {
      readConfiguredSources(dir, config)
    } catch (error) {
      expect(error).toMatchObject({ file: '.github/kms-policy-gate.yml', line: 4 })
    }
  })
})
