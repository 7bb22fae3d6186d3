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

/**
 * A stack the config names (`stack:`) is compared with its deployed template when the state holds it: CloudFormation
 * deletes what the stack has and the updated template does not (User Guide, "Update behaviors of stack resources").
 */
describe('the deployed template of a named stack', () => {
  const STACK_CONFIG =
    'version: 1\nregion: us-east-1\ncloudformation:\n  - template: cdk.out/App.template.yaml\n    stack: app\n'
  const role = (policies: string): string =>
    'Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: rotator\n' +
    `      AssumeRolePolicyDocument: {}\n      Policies:\n${policies}`
  const policy = (name: string): string =>
    `        - PolicyName: ${name}\n          PolicyDocument:\n            Statement:\n              - Effect: Allow\n                Action: kms:DescribeKey\n                Resource: "*"\n`
  const head = role(policy('logs'))
  const deployedTemplate = role(policy('logs') + policy('rotation'))
  const ctx = { account: '111122223333', region: 'us-east-1', partition: 'aws' }
  const ROLE = 'arn:aws:iam::111122223333:role/rotator'
  const removed = (out: ReturnType<typeof readIacSources>): unknown[] =>
    out.change.principals.filter(p => p.arn === ROLE).flatMap(p => p.policies.filter(x => x.deleted).map(x => x.name))
  const read = (config: string, files: Record<string, string>, live: Parameters<typeof readIacSources>[2]) => {
    const dir = workspace({ '.github/kms-policy-gate.yml': config, ...files })
    return readIacSources(dir, loadConfig(dir, '.github/kms-policy-gate.yml'), live)
  }

  it('is what an update is compared with: a policy it has and the template does not is deleted', () => {
    const out = read(
      STACK_CONFIG,
      { 'cdk.out/App.template.yaml': head },
      {
        ...ctx,
        deployedTemplates: new Map([['app', deployedTemplate]])
      }
    )
    expect(removed(out)).toEqual(['rotation'])
    // Without it (no stack, or a snapshot that does not hold it) nothing is seen removed.
    expect(removed(read(STACK_CONFIG, { 'cdk.out/App.template.yaml': head }, ctx))).toEqual([])
  })

  it('comes before the base commit’s file, and answers the warning about a template the base does not have', () => {
    const base = new Map([['cdk.out/App.template.yaml', head]])
    const out = read(
      STACK_CONFIG,
      { 'cdk.out/App.template.yaml': head },
      {
        ...ctx,
        baseTemplates: base,
        deployedTemplates: new Map([['app', deployedTemplate]])
      }
    )
    expect(removed(out)).toEqual(['rotation'])
    const built = read(
      STACK_CONFIG,
      { 'cdk.out/App.template.yaml': head },
      {
        ...ctx,
        baseTemplates: new Map(),
        deployedTemplates: new Map([['app', deployedTemplate]])
      }
    )
    expect(built.findings.map(f => f.rule)).toEqual(['source-mapping'])
    expect(removed(built)).toEqual(['rotation'])
    // The same without the deployed template: the warning at the config entry.
    const unseen = read(STACK_CONFIG, { 'cdk.out/App.template.yaml': head }, { ...ctx, baseTemplates: new Map() })
    expect(unseen.findings.filter(f => f.rule === 'unread-resource').map(f => [f.file, f.startLine])).toEqual([
      ['.github/kms-policy-gate.yml', 4]
    ])
  })

  it('a stack that does not exist where the gate looks (null) is said, and the base commit compared instead', () => {
    // A new stack, or one in another account or region: GetTemplate cannot tell them apart, so nothing is taken
    // as "nothing to delete".
    const out = read(
      STACK_CONFIG,
      { 'cdk.out/App.template.yaml': head },
      {
        ...ctx,
        baseTemplates: new Map([['cdk.out/App.template.yaml', deployedTemplate]]),
        deployedTemplates: new Map([['app', null]])
      }
    )
    expect(removed(out)).toEqual(['rotation'])
    expect(
      out.findings.filter(f => f.rule === 'unread-resource').map(f => [f.severity, f.startLine, f.message])
    ).toEqual([
      [
        'warning',
        4,
        'stack app does not exist in 111122223333 us-east-1 (cloudformation:GetTemplate): cdk.out/App.template.yaml is compared with the base commit, not with a deployed stack; if the stack is deployed in another account or region, what the change removes from it is not checked'
      ]
    ])
  })

  it('an entry whose glob matches several files keeps the base commit’s (one stack has one template)', () => {
    const config = STACK_CONFIG.replace('cdk.out/App.template.yaml', 'cdk.out/*.template.yaml')
    const files = { 'cdk.out/App.template.yaml': head, 'cdk.out/Other.template.yaml': KEY_TEMPLATE }
    const out = read(config, files, { ...ctx, deployedTemplates: new Map([['app', deployedTemplate]]) })
    expect(removed(out)).toEqual([])
  })

  it('a deployed template the gate cannot read blocks, naming the stack', () => {
    const out = read(
      STACK_CONFIG,
      { 'cdk.out/App.template.yaml': head },
      {
        ...ctx,
        deployedTemplates: new Map([['app', 'Resources: [unclosed']])
      }
    )
    expect(out.findings.filter(f => f.rule === 'unread-resource').map(f => [f.severity, f.message])).toEqual([
      [
        'error',
        'cdk.out/App.template.yaml as the deployed stack app has it is not a template the gate can read: resources the change removes from it are not checked'
      ]
    ])
  })
})
