import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { loadConfig } from '../../src/config/load.js'
import { ConfigError } from '../../src/errors.js'
import { readProposedChange } from '../../src/sources/proposed.js'

const ROLE = 'arn:aws:iam::111122223333:role/kms-rotation-service'
const TEMPLATE = [
  'Resources:',
  '  AppKey:',
  '    Type: AWS::KMS::Key',
  '    Properties:',
  '      EnableKeyRotation: true',
  '      KeyPolicy:',
  '        Version: "2012-10-17"',
  '        Statement:',
  '          - Sid: Root',
  '            Effect: Allow',
  '            Principal: { AWS: "arn:aws:iam::111122223333:root" }',
  '            Action: "kms:*"',
  '            Resource: "*"',
  '  AppAlias:',
  '    Type: AWS::KMS::Alias',
  '    Properties:',
  '      AliasName: alias/new-app',
  '      TargetKeyId: !Ref AppKey',
  ''
].join('\n')
const CONTEXT = { account: '111122223333', region: 'us-east-1', partition: 'aws' }

const dirs: string[] = []
afterAll(() => dirs.forEach(d => rmSync(d, { recursive: true, force: true })))

function workspace(config: string, files: Record<string, string> = { 'infra/app.yaml': TEMPLATE }): string {
  const dir = mkdtempSync(join(tmpdir(), 'kpg-proposed-'))
  dirs.push(dir)
  for (const [file, text] of Object.entries({ '.github/kms-policy-gate.yml': config, ...files })) {
    mkdirSync(dirname(join(dir, file)), { recursive: true })
    writeFileSync(join(dir, file), text)
  }
  return dir
}
const read = (config: string) => {
  const dir = workspace(config)
  return readProposedChange(dir, loadConfig(dir, '.github/kms-policy-gate.yml'), CONTEXT)
}
const configFor = (key: string) =>
  `version: 1\nregion: us-east-1\nkeys:\n  - key: ${key}\n    rotation: { principals: ["${ROLE}"] }\ncloudformation:\n  - template: infra/app.yaml\n`

describe('readProposedChange: config keys and the keys templates declare', () => {
  it('cloudformation:LogicalId names the template key: one key, the template’s policy and settings', async () => {
    const { change } = await read(configFor('cloudformation:AppKey'))
    expect(change.keys).toHaveLength(1)
    expect(change.keys[0]).toMatchObject({ created: true, rotationEnabled: true, file: 'infra/app.yaml', line: 2 })
    expect(change.keys[0].policy?.statements.map(s => s.sid)).toEqual(['Root'])
  })

  it('an alias no live key has names the key the template creates under it', async () => {
    const { change } = await read(configFor('alias/new-app'))
    expect(change.keys).toHaveLength(1)
    expect(change.keys[0]).toMatchObject({ created: true, aliases: ['alias/new-app'] })
  })

  it('a live alias stays the live key, and the template key under that alias is that live key', async () => {
    const dir = workspace(configFor('alias/new-app'))
    const { change } = await readProposedChange(dir, loadConfig(dir, '.github/kms-policy-gate.yml'), {
      ...CONTEXT,
      aliases: ['alias/new-app']
    })
    // Two entries for one key: planning merges them (the config's settings, the template's policy).
    expect(change.keys.map(k => [k.key, !!k.created, k.file])).toEqual([
      ['alias/new-app', false, '.github/kms-policy-gate.yml'],
      ['alias/new-app', true, 'infra/app.yaml']
    ])
  })

  it('a logical id no template declares is a config error at the key’s line', async () => {
    await expect(read(configFor('cloudformation:Missing'))).rejects.toThrow(ConfigError)
    await expect(read(configFor('cloudformation:Missing'))).rejects.toMatchObject({
      message: 'keys[0].key: no cloudformation template the config reads declares Missing',
      line: 4
    })
  })

  it('without templates or plans, no template reader is loaded and the change holds the config’s files', async () => {
    const dir = workspace(
      `version: 1\nkeys:\n  - key: alias/app\n    policy: policies/key.json\n    rotation: { principals: ["${ROLE}"] }\n`,
      { 'policies/key.json': '{"Version": "2012-10-17", "Statement": []}' }
    )
    const { change, findings } = await readProposedChange(dir, loadConfig(dir, '.github/kms-policy-gate.yml'))
    expect(findings).toEqual([])
    expect(change.keys.map(k => [k.key, k.policy?.origin.file])).toEqual([['alias/app', 'policies/key.json']])
    expect(change.principals).toEqual([])
  })
})
