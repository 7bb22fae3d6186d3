import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { getProp, toJson, type PNode } from '../../../src/policy/node.js'
import type { PolicyDocument, Statement } from '../../../src/policy/types.js'
import { readCloudFormation, type CloudFormationInput } from '../../../src/sources/cloudformation/template.js'
import { parseTemplateText, parseYamlTemplate } from '../../../src/sources/cloudformation/yaml.js'

const FIXTURES = fileURLToPath(new URL('../../fixtures/iac/', import.meta.url))
const KEY_ARN = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'

function read(name: string): string {
  return readFileSync(FIXTURES + name, 'utf8')
}

function run(name: string, over: Partial<CloudFormationInput> = {}): ReturnType<typeof readCloudFormation> {
  return readCloudFormation({ file: `infra/${name}`, text: read(name), keys: {}, principals: {}, ...over })
}

/** A template given as text, deployed into 111122223333 in us-east-1; `over` sets the rest. */
function readText(text: string, over: Partial<CloudFormationInput> = {}): ReturnType<typeof readCloudFormation> {
  return readCloudFormation({
    file: 't.yaml',
    text,
    keys: {},
    principals: {},
    context: { account: '111122223333', region: 'us-east-1', partition: 'aws' },
    ...over
  })
}

/** A statement as [sid, effect, startLine, endLine]. */
function shape(s: Statement): [string | undefined, string, number, number] {
  return [s.sid, s.effect, s.range.startLine, s.range.endLine]
}

function values(list: { value: string; line: number; unknown?: true }[] | undefined): [string, number, boolean][] {
  return (list ?? []).map(l => [l.value, l.line, !!l.unknown])
}

function keyPolicy(result: ReturnType<typeof readCloudFormation>, name: string): PolicyDocument {
  const key = result.change.keys.find(k => k.name === name)
  expect(key?.policy).toBeDefined()
  return key!.policy!
}

describe('CloudFormation YAML with short-form tags', () => {
  const result = run('cloudformation/kms-stack.yaml', { keys: { AppDataKey: KEY_ARN } })

  it('reads the key, its settings and its place in the template', () => {
    expect(result.problems).toEqual([])
    const key = result.change.keys[0]
    expect(key).toMatchObject({
      name: 'AppDataKey',
      key: KEY_ARN,
      file: 'infra/cloudformation/kms-stack.yaml',
      line: 20,
      rotationEnabled: true,
      keySpec: 'SYMMETRIC_DEFAULT'
    })
    // !FindInMap [Periods, !Ref Env, Days] with the parameter default.
    expect(key.rotationPeriodDays).toBe(180)
    expect(key.created).toBeUndefined()
    expect(result.mapped.keys).toEqual([
      { logicalId: 'AppDataKey', key: KEY_ARN, via: 'config', file: 'infra/cloudformation/kms-stack.yaml', line: 20 }
    ])
  })

  it('points statements, actions and principals at their lines', () => {
    const doc = keyPolicy(result, 'AppDataKey')
    expect(doc.origin).toEqual({
      kind: 'key',
      name: 'AppDataKey in infra/cloudformation/kms-stack.yaml',
      file: 'infra/cloudformation/kms-stack.yaml'
    })
    expect(doc.issues).toEqual([])
    expect(doc.version).toBe('2012-10-17')
    expect(doc.statementLine).toBe(28)
    // The fourth statement is `!If [NotProd, …, !Ref AWS::NoValue]` with NotProd false: it disappears.
    expect(doc.statements.map(shape)).toEqual([
      ['EnableRoot', 'Allow', 29, 34],
      ['Rotation', 'Allow', 35, 42],
      ['Admins', 'Allow', 43, 53]
    ])
    const [root, rotation, admins] = doc.statements
    expect(values(root.principal?.aws)).toEqual([['arn:aws:iam::111122223333:root', 32, false]])
    expect(values(root.action)).toEqual([['kms:*', 33, false]])
    expect(values(rotation.principal?.aws)).toEqual([
      ['arn:aws:iam::111122223333:role/service/kms-rotation-service', 38, false]
    ])
    expect(values(rotation.action)).toEqual([
      ['kms:RotateKeyOnDemand', 40, false],
      ['kms:EnableKeyRotation', 41, false]
    ])
    expect(values(admins.principal?.aws)).toEqual([
      ['arn:aws:iam::111122223333:role/kms-admin', 47, false],
      ['!GetAtt LogBucket.Arn', 48, true]
    ])
    expect(values(admins.action)).toEqual([
      ['kms:PutKeyPolicy', 49, false],
      ['kms:DescribeKey', 49, false]
    ])
    // A parameter without Default stays unknown: the condition is undecided, not guessed.
    expect(admins.conditions).toEqual([
      { operator: 'StringEquals', key: 'aws:SourceVpc', values: [], line: 53, unknown: true }
    ])
  })

  it('records the alias and its target key', () => {
    expect(result.mapped.aliases).toEqual([
      {
        logicalId: 'AppDataAlias',
        name: 'alias/app-data',
        targetLogicalId: 'AppDataKey',
        target: undefined,
        file: 'infra/cloudformation/kms-stack.yaml',
        line: 62
      }
    ])
  })

  it('keys a role with an explicit name by its ARN, with path, and reads its inline policy', () => {
    const role = result.change.principals.find(
      p => p.arn === 'arn:aws:iam::111122223333:role/service/kms-rotation-service'
    )
    expect(role).toBeDefined()
    expect(role!.created).toBeUndefined()
    const inline = role!.policies.find(p => p.name === 'rotation')
    expect(inline?.document?.origin).toMatchObject({
      kind: 'identity',
      inlineName: 'rotation',
      file: 'infra/cloudformation/kms-stack.yaml'
    })
    expect(inline?.document?.statements.map(shape)).toEqual([[undefined, 'Allow', 83, 85]])
    expect(values(inline?.document?.statements[0].action)).toEqual([
      ['kms:RotateKeyOnDemand', 84, false],
      ['kms:GetKeyRotationStatus', 84, false]
    ])
    // !GetAtt of the mapped key.
    expect(values(inline?.document?.statements[0].resource)).toEqual([[KEY_ARN, 85, false]])
  })

  it('attaches managed policies and the boundary the template defines, and records the others', () => {
    const role = result.change.principals.find(p => p.arn.endsWith(':role/service/kms-rotation-service'))!
    const operators = role.policies.find(p => p.managed === 'arn:aws:iam::111122223333:policy/kms-operators')
    expect(operators?.document?.statements.map(shape)).toEqual([[undefined, 'Allow', 98, 100]])
    expect(role.permissionsBoundary?.origin).toMatchObject({
      kind: 'boundary',
      managedArn: 'arn:aws:iam::111122223333:policy/boundaries/kms-boundary'
    })
    expect(role.permissionsBoundary?.statements.map(shape)).toEqual([[undefined, 'Allow', 109, 111]])
    expect(result.managedPolicies.map(m => m.managed)).toEqual([
      'arn:aws:iam::111122223333:policy/kms-operators',
      'arn:aws:iam::111122223333:policy/boundaries/kms-boundary'
    ])
    expect(result.attachments).toEqual([
      {
        principal: role.arn,
        kind: 'managed',
        arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
        file: 'infra/cloudformation/kms-stack.yaml',
        line: 88
      },
      {
        principal: role.arn,
        kind: 'managed',
        arn: '!ImportValue shared-policy-arn',
        unknown: true,
        file: 'infra/cloudformation/kms-stack.yaml',
        line: 89
      }
    ])
  })

  it('lists a role created under a generated name, without reading its documents', () => {
    expect(result.mapped.principals.find(p => p.logicalId === 'WorkerRole')).toEqual({
      logicalId: 'WorkerRole',
      arn: undefined,
      key: 'arn:aws:iam::111122223333:role/created-by-iac/WorkerRole',
      via: undefined,
      created: true,
      file: 'infra/cloudformation/kms-stack.yaml',
      line: 112
    })
    expect(result.change.principals.map(p => p.arn)).toEqual([
      'arn:aws:iam::111122223333:role/service/kms-rotation-service'
    ])
  })

  it('follows RolePolicy to a mapped role; a policy in a literal block scalar keeps its lines', () => {
    const worker = 'arn:aws:iam::111122223333:role/worker'
    const mapped = run('cloudformation/kms-stack.yaml', {
      keys: { AppDataKey: KEY_ARN },
      principals: { WorkerRole: worker }
    })
    const p = mapped.change.principals.find(x => x.arn === worker)!
    expect(p.created).toBeUndefined()
    expect(p.policies.map(x => x.name)).toEqual(['worker-decrypt'])
    const doc = p.policies[0].document!
    expect(doc.statements.map(shape)).toEqual([[undefined, 'Deny', 130, 130]])
    expect(doc.statementLine).toBe(129)
  })
})

describe('CloudFormation JSON template', () => {
  const result = run('cloudformation/keys.template.json', { keys: { LogsKey: KEY_ARN } })

  it('treats an unmapped key as created, with the default key policy when it has none', () => {
    const key = result.change.keys.find(k => k.name === 'NewKey')!
    expect(key).toMatchObject({ created: true, keySpec: 'RSA_2048', rotationEnabled: false, line: 11 })
    expect(key.key).toBeUndefined()
    expect(key.policy?.statements.map(shape)).toEqual([['Enable IAM User Permissions', 'Allow', 11, 11]])
    expect(values(key.policy?.statements[0].principal?.aws)).toEqual([['arn:aws:iam::111122223333:root', 11, false]])
  })

  it('resolves Fn::If on conditions, Fn::Join, Fn::Sub with variables, Fn::Select and list parameters', () => {
    const key = result.change.keys.find(k => k.name === 'LogsKey')!
    // Stage defaults to dev: IsProd is false.
    expect(key.rotationEnabled).toBe(false)
    const [operators, imported] = key.policy!.statements
    expect(shape(operators)).toEqual(['Operators', 'Allow', 25, 35])
    expect(values(operators.principal?.aws)).toEqual([['arn:aws:iam::111122223333:user/alice', 29, false]])
    expect(values(operators.action)).toEqual([
      ['kms:DescribeKey', 33, false],
      ['kms:Decrypt', 33, false]
    ])
    expect(values(imported.principal?.aws)).toEqual([['!ImportValue shared-admin-role-arn', 39, true]])
  })

  it('skips a resource whose condition is false', () => {
    expect(result.change.keys.map(k => k.name)).toEqual(['NewKey', 'LogsKey', 'LogsReplica'])
  })

  it('reads a replica key whose policy is JSON text on one line', () => {
    const replica = result.change.keys.find(k => k.name === 'LogsReplica')!
    expect(replica).toMatchObject({ created: true, line: 52 })
    expect(replica.rotationEnabled).toBeUndefined()
    expect(replica.policy?.statements.map(shape)).toEqual([['Root', 'Allow', 56, 56]])
  })

  it('puts AWS::IAM::Policy documents on the users and named roles it lists', () => {
    expect(result.change.principals.map(p => p.arn)).toEqual([
      'arn:aws:iam::111122223333:user/auditor',
      'arn:aws:iam::111122223333:role/kms-rotation-service'
    ])
    for (const p of result.change.principals) {
      expect(p.policies.map(x => x.name)).toEqual(['audit'])
      expect(p.policies[0].document?.statements.map(shape)).toEqual([[undefined, 'Allow', 72, 72]])
    }
  })

  it('takes the account from the mapped key ARN and prefers an explicit context', () => {
    const other = run('cloudformation/keys.template.json', {
      keys: { LogsKey: KEY_ARN },
      context: { account: '444455556666', partition: 'aws-cn' }
    })
    const key = other.change.keys.find(k => k.name === 'NewKey')!
    expect(values(key.policy?.statements[0].principal?.aws)).toEqual([['arn:aws-cn:iam::444455556666:root', 11, false]])
  })
})

describe('CDK output (cdk.out)', () => {
  const text = read('cdk.out/App.template.json')
  const input = { file: 'cdk.out/App.template.json', text, keys: {}, principals: {} }

  it('resolves Fn::Join ARNs and mapped Fn::GetAtt role ARNs; an unmapped created role stays unknown', () => {
    const rotationRole = 'arn:aws:iam::111122223333:role/app-rotation'
    const result = readCloudFormation({
      ...input,
      keys: { AppKeyAlias51A6E0F9: KEY_ARN },
      principals: { RotationRole8F1D2A5B: rotationRole }
    })
    expect(result.problems).toEqual([])
    const key = result.change.keys[0]
    // Mapped through the alias: the config names the alias's logical id.
    expect(key).toMatchObject({ name: 'AppKey4E0F2C7D', key: KEY_ARN, line: 70, rotationEnabled: true })
    expect(result.mapped.keys[0]).toMatchObject({ logicalId: 'AppKey4E0F2C7D', key: KEY_ARN, via: 'alias' })
    const doc = key.policy!
    // Reports name CDK resources by their construct path too.
    expect(doc.origin.name).toBe('AppKey4E0F2C7D (App/AppKey/Resource) in cdk.out/App.template.json')
    expect(doc.statements.map(shape)).toEqual([
      [undefined, 'Allow', 76, 98],
      [undefined, 'Allow', 99, 115],
      [undefined, 'Allow', 116, 128]
    ])
    expect(values(doc.statements[0].principal?.aws)).toEqual([['arn:aws:iam::111122223333:root', 80, false]])
    expect(values(doc.statements[1].principal?.aws)).toEqual([[rotationRole, 107, false]])
    expect(values(doc.statements[1].action)).toEqual([
      ['kms:EnableKeyRotation', 101, false],
      ['kms:GetKeyRotationStatus', 102, false],
      ['kms:RotateKeyOnDemand', 103, false]
    ])
    expect(values(doc.statements[2].principal?.aws)).toEqual([['!GetAtt ConsumerRoleB1A2C3D4.Arn', 120, true]])
    // The role's DefaultPolicy (AWS::IAM::Policy with Roles: [Ref]) lands on the mapped role.
    const role = result.change.principals.find(p => p.arn === rotationRole)!
    expect(role.policies.map(p => p.name)).toEqual(['RotationRoleDefaultPolicyC6B8A1E2'])
    expect(values(role.policies[0].document?.statements[0].resource)).toEqual([[KEY_ARN, 49, false]])
    expect(result.attachments).toEqual([
      {
        principal: rotationRole,
        kind: 'managed',
        arn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
        file: 'cdk.out/App.template.json',
        line: 19
      }
    ])
    expect(result.mapped.aliases[0]).toMatchObject({
      logicalId: 'AppKeyAlias51A6E0F9',
      name: 'alias/app-data',
      targetLogicalId: 'AppKey4E0F2C7D'
    })
  })

  it('leaves account-dependent values unknown when nothing gives the account', () => {
    const result = readCloudFormation(input)
    const root = result.change.keys[0].policy!.statements[0]
    expect(values(root.principal?.aws)).toEqual([
      ["!Join 'arn:${AWS::Partition}:iam::${AWS::AccountId}:root'", 80, true]
    ])
    expect(result.change.keys[0].created).toBe(true)
  })

  it('gives the same lines whether only the KMS and IAM resources or the whole template are positioned', () => {
    const fast = parseTemplateText(text, () => new Set(['AppKey4E0F2C7D']))
    const full = parseTemplateText(text)
    const key = (n?: PNode): PNode | undefined => getProp(getProp(n!, 'Resources')!.value, 'AppKey4E0F2C7D')?.value
    expect(key(fast.node)).toEqual(key(full.node))
    // Resources not selected keep their Type only.
    expect(toJson(getProp(getProp(fast.node!, 'Resources')!.value, 'CDKMetadata')!.value)).toEqual({
      Type: 'AWS::CDK::Metadata'
    })
  })

  it('finds a selected resource even when its logical id appears earlier as a look-alike key', () => {
    const decoy = JSON.stringify(
      {
        Resources: {
          A: {
            Type: 'AWS::S3::Bucket',
            Metadata: { K: { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: 'decoy' } } }
          },
          K: { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: 'real' } }
        }
      },
      null,
      1
    )
    const parsed = parseTemplateText(decoy, () => new Set(['K']))
    const k = getProp(getProp(parsed.node!, 'Resources')!.value, 'K')!
    expect(toJson(k.value)).toEqual({ Type: 'AWS::KMS::Key', Properties: { KeyPolicy: 'real' } })
    expect(k.keyLine).toBe(decoy.split('\n').findIndex(l => l.startsWith('  "K"')) + 1)
  })
})

describe('malformed templates', () => {
  it('reports a YAML syntax error with its line', () => {
    const r = readCloudFormation({
      file: 't.yaml',
      text: 'Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties: [\n',
      keys: {},
      principals: {}
    })
    expect(r.problems).toHaveLength(1)
    expect(r.problems[0]).toMatchObject({ rule: 'invalid-policy', file: 't.yaml', line: 5 })
    expect(r.change.keys).toEqual([])
  })

  it('reports a JSON syntax error with its line', () => {
    const r = readCloudFormation({
      file: 't.json',
      text: '{\n  "Resources": {\n    "Key": { "Type": "AWS::KMS::Key", }\n  }\n}\n',
      keys: {},
      principals: {}
    })
    expect(r.problems[0]).toMatchObject({ rule: 'invalid-policy', file: 't.json', line: 3 })
  })

  it('reads a JSON template that starts with a byte order mark', () => {
    const r = readCloudFormation({
      ...{ file: 't.json', keys: {}, principals: {} },
      text: '\ufeff' + read('cdk.out/App.template.json')
    })
    expect(r.problems).toEqual([])
    expect(r.change.keys[0].line).toBe(70)
  })

  it('reports a document that is not a template', () => {
    const r = readCloudFormation({ file: 'x.yaml', text: 'name: hello\n', keys: {}, principals: {} })
    expect(r.problems).toEqual([
      {
        message: 'not a CloudFormation template: no Resources section',
        line: 1,
        rule: 'invalid-policy',
        file: 'x.yaml'
      }
    ])
  })

  it('reports config mappings that name no suitable resource', () => {
    const r = run('cloudformation/kms-stack.yaml', {
      keys: { Nope: KEY_ARN },
      principals: { AppDataKey: 'arn:aws:iam::111122223333:role/x' }
    })
    expect(r.problems).toEqual([
      {
        message: 'keys: Nope is not a resource of infra/cloudformation/kms-stack.yaml',
        line: 0,
        rule: 'config-error',
        missingId: 'keys\u0000Nope'
      },
      {
        message:
          'principals: AppDataKey in infra/cloudformation/kms-stack.yaml is a AWS::KMS::Key, not an IAM role or user',
        line: 0,
        rule: 'config-error'
      }
    ])
  })

  it('refuses an alias bomb', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for (let i = 1; i < 9; i++)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`
      )
    const text = `Resources:\n  K:\n    Type: AWS::KMS::Key\n${levels.map(l => `    ${l}`).join('\n')}\n`
    const r = readCloudFormation({ file: 'bomb.yaml', text, keys: {}, principals: {} })
    expect(r.problems).toHaveLength(1)
    expect(r.problems[0].message).toMatch(/alias expansions/)
    // The expansions of line 6 (nine aliases of line 5's nine-item list each) cross the limit.
    expect(r.problems[0].line).toBe(6)
  })

  it('still expands a few aliases', () => {
    const parsed = parseYamlTemplate('base: &b\n  Effect: Allow\nuse: *b\n')
    expect(parsed.problems).toEqual([])
    expect(toJson(parsed.node!)).toEqual({ base: { Effect: 'Allow' }, use: { Effect: 'Allow' } })
  })
})

describe('alias targets and rotation settings (issue 11)', () => {
  const template = (target: string, rotation = ''): string =>
    [
      'Resources:',
      '  Key:',
      '    Type: AWS::KMS::Key',
      '    Properties:',
      ...(rotation ? [`      ${rotation}`] : []),
      '      Description: key',
      '  KeyAlias:',
      '    Type: AWS::KMS::Alias',
      '    Properties:',
      '      AliasName: alias/app-data',
      `      TargetKeyId: ${target}`,
      ''
    ].join('\n')
  const readWith = (
    target: string,
    keys: Record<string, string> = {},
    rotation = ''
  ): ReturnType<typeof readCloudFormation> =>
    readCloudFormation({ file: 't.yaml', text: template(target, rotation), keys, principals: {} })

  // CloudFormation User Guide, Fn::Sub: `${Name}` is a Ref, `${Name.Attr}` a GetAtt; AWS::KMS::Alias takes a key id or ARN.
  it.each([
    '!Ref Key',
    '!GetAtt Key.Arn',
    '!GetAtt Key.KeyId',
    '!Sub ${Key}',
    "!Sub '${Key.Arn}'",
    '{ "Fn::Sub": "${Key}" }'
  ])('TargetKeyId %s names the template key', target => {
    const r = readWith(target)
    expect(r.mapped.aliases).toEqual([
      {
        logicalId: 'KeyAlias',
        name: 'alias/app-data',
        targetLogicalId: 'Key',
        target: undefined,
        file: 't.yaml',
        line: 6
      }
    ])
    expect(r.change.keys[0].aliases).toEqual(['alias/app-data'])
    // A config mapping given for the alias reaches the key through it.
    expect(readWith(target, { KeyAlias: KEY_ARN }).change.keys[0].key).toBe(KEY_ARN)
  })

  it.each([
    "!Sub 'arn:aws:kms:us-east-1:111122223333:key/${Key}'",
    '!Sub [ "${Key}", { Key: abc } ]',
    '!Sub ${AWS::StackName}'
  ])('TargetKeyId %s is not a bare reference to the key', target => {
    expect(readWith(target).mapped.aliases[0].targetLogicalId).toBeUndefined()
    expect(readWith(target).change.keys[0].aliases).toBeUndefined()
  })

  it('a live key whose template never sets EnableKeyRotation says nothing about rotation; a new one has it off', () => {
    expect(readWith('!Ref Key', { Key: KEY_ARN }).change.keys[0].rotationEnabled).toBeUndefined()
    expect(readWith('!Ref Key').change.keys[0].rotationEnabled).toBe(false)
    expect(readWith('!Ref Key', { Key: KEY_ARN }, 'EnableKeyRotation: false').change.keys[0].rotationEnabled).toBe(
      false
    )
    expect(readWith('!Ref Key', {}, 'Origin: EXTERNAL').change.keys[0].keyOrigin).toBe('EXTERNAL')
  })
})

describe('aliases named after the stack', () => {
  const text = (target: string): string =>
    [
      'Resources:',
      '  Key:',
      '    Type: AWS::KMS::Key',
      '  KeyAlias:',
      '    Type: AWS::KMS::Alias',
      '    Properties:',
      '      AliasName: !Sub alias/${AWS::StackName}-key',
      `      TargetKeyId: ${target}`,
      ''
    ].join('\n')
  const problems = (target: string, over: Partial<CloudFormationInput> = {}): string[] =>
    readCloudFormation({ file: 't.yaml', text: text(target), keys: {}, principals: {}, ...over }).problems.map(
      p => `${p.rule}: ${p.message}`
    )

  it('need `stack:` (or a mapping) when they name a key of the template', () => {
    expect(problems('!Ref Key')).toEqual([
      "config-error: t.yaml:4: the name of alias KeyAlias (!Sub 'alias/${AWS::StackName}-key') depends on AWS::StackName: set `stack:` to the stack's name for this template, or map Key under `keys:`"
    ])
    expect(problems('!Ref Key', { stack: 'app' })).toEqual([])
    expect(problems('!Ref Key', { keys: { Key: KEY_ARN } })).toEqual([])
  })

  it('say nothing when they name a key outside the template', () => {
    expect(problems(KEY_ARN)).toEqual([])
  })
})

describe('resources under a false Condition (not deployed: deleted from a stack that has them)', () => {
  const text = [
    'Parameters:',
    '  Env: { Type: String, Default: dev }',
    'Conditions:',
    '  IsProd: !Equals [!Ref Env, prod]',
    'Resources:',
    '  Mapped:',
    '    Type: AWS::KMS::Key',
    '    Condition: IsProd',
    '  ByAlias:',
    '    Type: AWS::KMS::Key',
    '    Condition: IsProd',
    '  ByAliasName:',
    '    Type: AWS::KMS::Alias',
    '    Condition: IsProd',
    '    Properties: { AliasName: alias/app-data, TargetKeyId: !Ref ByAlias }',
    '  Unnamed:',
    '    Type: AWS::KMS::Key',
    '    Condition: IsProd',
    '  Rotator:',
    '    Type: AWS::IAM::Role',
    '    Condition: IsProd',
    '    Properties: { RoleName: kms-rotation-service, Path: /service/ }',
    ''
  ].join('\n')
  const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'

  it('a mapped key is deleted; one named by an alias is left for the live aliases to decide; a named role is removed', () => {
    const r = readCloudFormation({
      file: 't.yaml',
      text,
      keys: { Mapped: KEY },
      principals: {},
      context: { account: '111122223333', partition: 'aws', region: 'us-east-1' }
    })
    expect(r.change.keys.map(k => [k.name, k.key, !!k.deleted, !!k.created, k.line])).toEqual([
      ['Mapped', KEY, true, false, 6],
      ['ByAlias', undefined, true, true, 9]
    ])
    expect(r.mapped.aliases).toEqual([expect.objectContaining({ name: 'alias/app-data', targetLogicalId: 'ByAlias' })])
    expect(r.removedPrincipals).toEqual([
      { arn: 'arn:aws:iam::111122223333:role/service/kms-rotation-service', replaced: false, file: 't.yaml', line: 19 }
    ])
  })
})

// A `Groups` list given by an intrinsic may name groups, whose users the gate does not read: such a policy is an
// unread resource that reaches IAM users, in YAML and in JSON.
describe('policies attached to groups by a parameter', () => {
  it('are unread resources that reach IAM users', () => {
    const resources = {
      P: {
        Type: 'AWS::IAM::ManagedPolicy',
        Properties: {
          Groups: { Ref: 'G' },
          PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'kms:*', Resource: '*' }] }
        }
      }
    }
    const json = JSON.stringify({ Parameters: { G: { Type: 'CommaDelimitedList' } }, Resources: resources }, null, 2)
    const yaml = `Parameters:\n  G:\n    Type: CommaDelimitedList\nResources:\n  P:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      Groups: !Ref G\n      PolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Deny\n            Action: kms:*\n            Resource: '*'\n`
    for (const [text, line] of [
      [yaml, 5],
      [json, 8]
    ] as const) {
      const r = readText(text, { file: 't.template' })
      expect(r.problems.map(p => [p.rule, p.line, !!p.users])).toEqual([['unread-resource', line, true]])
    }
  })
})

// CloudFormation deletes a resource whose Condition is false at the defaults from a stack that has it (User
// Guide, Conditions): an inline policy not deployed is deleted by name from the roles and users it names.
describe('an inline policy under a false condition', () => {
  const head = `Parameters:\n  Env:\n    Type: String\n    Default: dev\n  Names:\n    Type: CommaDelimitedList\nConditions:\n  IsProd: !Equals [!Ref Env, prod]\nResources:\n  Rotator:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: rotator\n      Path: /service/\n      AssumeRolePolicyDocument: {}\n  Mapped:\n    Type: AWS::IAM::User\n`
  const read = (resources: string) =>
    readText(head + resources, { principals: { Mapped: 'arn:aws:iam::111122223333:role/mapped' } })
  const policy = (type: string, props: string): string =>
    `  P:\n    Type: ${type}\n    Condition: IsProd\n    Properties:\n${props}      PolicyDocument: {Version: '2012-10-17', Statement: []}\n`

  it('is deleted from the roles and users it names, by reference or by name', () => {
    const r = read(
      policy(
        'AWS::IAM::Policy',
        '      PolicyName: rotation\n      Roles: [!Ref Rotator, plain]\n      Users: [!Ref Mapped]\n'
      )
    )
    const deleted = r.change.principals.filter(p => p.policies.some(x => x.deleted))
    expect(deleted.map(p => [p.arn, p.policies])).toEqual([
      ['arn:aws:iam::111122223333:role/service/rotator', [{ name: 'rotation', deleted: true }]],
      ['arn:aws:iam::111122223333:role/plain', [{ name: 'rotation', deleted: true }]],
      ['arn:aws:iam::111122223333:role/mapped', [{ name: 'rotation', deleted: true }]]
    ])
    expect(r.problems).toEqual([])
  })

  it('whose name or principals are known only at deployment is an unread resource', () => {
    const cases = [
      policy('AWS::IAM::RolePolicy', '      PolicyName: !Sub "${Env}-rotation"\n      RoleName: rotator\n'),
      policy('AWS::IAM::Policy', '      PolicyName: rotation\n      Roles: !Ref Names\n'),
      policy('AWS::IAM::UserPolicy', '      PolicyName: rotation\n      UserName: !ImportValue user\n')
    ]
    for (const resources of cases) {
      const r = read(resources)
      expect(r.change.principals.filter(p => p.policies.some(x => x.deleted))).toEqual([])
      expect(r.problems.map(p => [p.rule, p.line])).toEqual([['unread-resource', 18]])
    }
  })
})

describe('a managed policy under a false condition', () => {
  const read = (props: string) =>
    readCloudFormation({
      file: 't.yaml',
      text: `Parameters:\n  Env:\n    Type: String\n    Default: dev\nConditions:\n  IsProd: !Equals [!Ref Env, prod]\nResources:\n  P:\n    Type: AWS::IAM::ManagedPolicy\n    Condition: IsProd\n    Properties:\n${props}      PolicyDocument: {Version: '2012-10-17', Statement: []}\n`,
      keys: {},
      principals: {},
      context: { account: '111122223333', region: 'us-east-1', partition: 'aws' }
    })

  it('with a name is deleted everywhere', () => {
    const r = read('      ManagedPolicyName: kms-operators\n      Path: /ops/\n')
    expect(r.managedPolicies).toEqual([
      { managed: 'arn:aws:iam::111122223333:policy/ops/kms-operators', deleted: true }
    ])
    expect(r.problems).toEqual([])
  })

  it('without a name but attached somewhere is an unread resource; attached nowhere, nothing', () => {
    expect(read('      Roles: [rotator]\n').problems.map(p => [p.rule, p.line])).toEqual([['unread-resource', 8]])
    const alone = read('      Description: x\n')
    expect(alone.problems).toEqual([])
    expect(alone.managedPolicies).toEqual([])
  })
})

// CloudFormation deletes a resource the template no longer has (User Guide, "Update behaviors of stack
// resources"). With the base commit's version of the file, such resources are read as not deployed.
describe('resources the change removes from the base commit’s template', () => {
  const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
  const base = `Parameters:\n  Env:\n    Type: String\n    Default: dev\nConditions:\n  IsProd: !Equals [!Ref Env, prod]\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      KeyPolicy: {}\n  Rotator:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: rotator\n      AssumeRolePolicyDocument: {}\n  Grant:\n    Type: AWS::IAM::RolePolicy\n    Properties:\n      RoleName: !Ref Rotator\n      PolicyName: rotation\n      PolicyDocument: {Version: '2012-10-17', Statement: []}\n  NeverDeployed:\n    Type: AWS::IAM::RolePolicy\n    Condition: IsProd\n    Properties:\n      RoleName: other\n      PolicyName: prod-only\n      PolicyDocument: {Version: '2012-10-17', Statement: []}\n`
  const read = (text: string, baseText?: string) => readText(text, { base: baseText, keys: { Key: KEY } })

  it('deletes what the head no longer has, at the Resources line; keeps what it still has', () => {
    const head = `# header\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      KeyPolicy: {}\n`
    const r = read(head, base)
    expect(r.problems).toEqual([])
    expect(r.removedPrincipals).toEqual([
      { arn: 'arn:aws:iam::111122223333:role/rotator', replaced: false, file: 't.yaml', line: 2 }
    ])
    expect(r.change.principals.filter(p => p.policies.some(x => x.deleted)).map(p => [p.arn, p.policies])).toEqual([
      ['arn:aws:iam::111122223333:role/rotator', [{ name: 'rotation', deleted: true }]]
    ])
    expect(r.change.keys.filter(k => k.deleted)).toEqual([])
    // Without the base, nothing is deleted.
    const alone = read(head)
    expect(alone.removedPrincipals).toEqual([])
    expect(alone.change.principals.filter(p => p.policies.some(x => x.deleted))).toEqual([])
  })

  it('a key removed from the template is deleted', () => {
    const head = `Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n`
    const r = read(head, base)
    expect(r.change.keys.filter(k => k.deleted).map(k => [k.key, k.deleted, k.line])).toEqual([[KEY, true, 1]])
    // Removed, not missing: the config's mapping is not an error.
    expect(r.problems).toEqual([])
  })

  it('a removed policy whose principal is known only at deployment may be any such principal’s: said, and recorded', () => {
    const withImport = `${base}  Imported:\n    Type: AWS::IAM::UserPolicy\n    Properties:\n      UserName: !ImportValue user\n      PolicyName: p\n      PolicyDocument: {}\n`
    const head = `Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      KeyPolicy: {}\n`
    const r = read(head, withImport)
    const unread = r.problems.filter(p => p.rule === 'unread-resource')
    expect(unread.map(p => [p.line, p.blocking, p.message])).toEqual([
      [
        1,
        undefined,
        'Imported (AWS::IAM::UserPolicy) is not deployed (the change removes it from the template), so CloudFormation deletes it from the stack; the user it applies to is known only at deployment: every one that has a policy of its name may lose it'
      ]
    ])
    // Every user of the account with a policy `p` may lose it (worlds/build.ts).
    expect(r.change.uncertainDeletions).toEqual([
      {
        policyName: 'p',
        kind: 'user',
        account: '111122223333',
        by: 'Imported in t.yaml',
        at: { file: 't.yaml', line: 1 }
      }
    ])
    // A name known only at deployment cannot be placed at all: an error.
    const unnamed = withImport.replace('PolicyName: p\n', 'PolicyName: !ImportValue name\n')
    expect(
      read(head, unnamed)
        .problems.filter(p => p.rule === 'unread-resource')
        .map(p => p.blocking)
    ).toEqual([true])
  })

  it('a base it cannot read is an unread resource', () => {
    const head = `Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n`
    const problems = read(head, 'Resources: [').problems.filter(p => p.rule === 'unread-resource')
    expect(problems.map(p => [p.rule, p.line, p.blocking])).toEqual([['unread-resource', 1, true]])
    // A base it reads: nothing unread.
    expect(read(base, base).problems).toEqual([])
  })
})

describe('entries removed from a role the template keeps', () => {
  const role = (policies: string, managed: string): string =>
    `Resources:\n  Rotator:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: rotator\n      AssumeRolePolicyDocument: {}\n${policies}${managed}`
  const read = (text: string, base: string) => readText(text, { base })
  const deleted = (r: ReturnType<typeof read>) =>
    r.change.principals
      .filter(p => p.policies.some(x => x.deleted || (x.managed && !x.document)))
      .map(p => [p.arn, p.policies])
  const both =
    '      Policies:\n        - PolicyName: rotation\n          PolicyDocument: {}\n        - PolicyName: keep\n          PolicyDocument: {}\n'
  const arns =
    '      ManagedPolicyArns:\n        - !Sub arn:${AWS::Partition}:iam::aws:policy/ReadOnlyAccess\n        - arn:aws:iam::111122223333:policy/ops\n'

  it('a Policies entry or a ManagedPolicyArns entry the head drops is deleted or detached', () => {
    const head = role(
      '      Policies:\n        - PolicyName: keep\n          PolicyDocument: {}\n',
      '      ManagedPolicyArns: [arn:aws:iam::111122223333:policy/ops]\n'
    )
    expect(deleted(read(head, role(both, arns)))).toEqual([
      [
        'arn:aws:iam::111122223333:role/rotator',
        [{ name: 'rotation', deleted: true }, { managed: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }]
      ]
    ])
    // Nothing dropped: nothing deleted.
    expect(deleted(read(role(both, arns), role(both, arns)))).toEqual([])
  })

  it('a head list known only at deployment removes nothing', () => {
    const head = `Parameters:\n  P:\n    Type: CommaDelimitedList\n${role('', '      ManagedPolicyArns: !Ref P\n')}`
    expect(deleted(read(head, role('', arns)))).toEqual([])
  })
})

describe('roles and users a kept policy no longer lists', () => {
  const read = (text: string, base: string) => readText(text, { base })
  const policy = (type: string, name: string, roles: string): string =>
    `Resources:\n  Rotator:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: rotator\n      AssumeRolePolicyDocument: {}\n  P:\n    Type: ${type}\n    Properties:\n      ${name}\n      Roles: ${roles}\n      PolicyDocument: {Version: '2012-10-17', Statement: []}\n`
  const removals = (r: ReturnType<typeof read>) =>
    r.change.principals
      .filter(p => p.policies.some(x => x.deleted || (x.managed && !x.document)))
      .map(p => [p.arn, p.policies])

  it('an inline policy leaves them; a managed policy is detached from them', () => {
    const inline = read(
      policy('AWS::IAM::Policy', 'PolicyName: rotation', '[other]'),
      policy('AWS::IAM::Policy', 'PolicyName: rotation', '[!Ref Rotator, other]')
    )
    expect(removals(inline)).toEqual([
      ['arn:aws:iam::111122223333:role/rotator', [{ name: 'rotation', deleted: true }]]
    ])
    const managed = read(
      policy('AWS::IAM::ManagedPolicy', 'ManagedPolicyName: ops', '[]'),
      policy('AWS::IAM::ManagedPolicy', 'ManagedPolicyName: ops', '[plain]')
    )
    expect(removals(managed)).toEqual([
      ['arn:aws:iam::111122223333:role/plain', [{ managed: 'arn:aws:iam::111122223333:policy/ops' }]]
    ])
  })

  it('a list known only at deployment in the head removes nothing', () => {
    const head = `Parameters:\n  R:\n    Type: CommaDelimitedList\n${policy('AWS::IAM::Policy', 'PolicyName: rotation', '!Ref R')}`
    expect(removals(read(head, policy('AWS::IAM::Policy', 'PolicyName: rotation', '[plain]')))).toEqual([])
  })
})
