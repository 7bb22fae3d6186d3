/**
 * The properties of a template's resources are kept lazy (FastOptions.deferProperties): read again from their lines
 * (YAML) or offset (JSON) whenever a reader opens them. Whatever reads them must see exactly the tree read at once —
 * values and every line.
 */
import { describe, expect, it } from '@jest/globals'
import { getProp, isLazy, materialized, shiftLines, toJson, type PNode } from '../../../src/policy/node.js'
import { parseYamlFast } from '../../../src/policy/yaml-fast.js'
import { Resolver } from '../../../src/sources/cloudformation/resolve.js'
import { readCloudFormation } from '../../../src/sources/cloudformation/template.js'
import { customTags, parseYamlLibrary, SHORT_FORMS } from '../../../src/sources/cloudformation/yaml.js'
import { parseJsonTemplate } from '../../../src/sources/cloudformation/json-template.js'

const TEMPLATE = `Parameters:
  Env:
    Type: String
    Default: prod
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      RoleName: app
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: inline
          PolicyDocument:
            Version: "2012-10-17"
            Statement:
              - Sid: |+
                  kept

# a comment at the left edge, inside the document's lines

              - Effect: Allow
                Action: [kms:Decrypt]
                Resource: !Sub arn:aws:kms:\${AWS::Region}:\${AWS::AccountId}:key/\${Env}
        - PolicyName: flow
          PolicyDocument: { Version: "2012-10-17", Statement: [] }
        - PolicyName: intrinsic
          PolicyDocument:
            Fn::If: [IsProd, { Statement: [] }, { Statement: [] }]
        - PolicyName: text
          PolicyDocument: |
            {"Version": "2012-10-17", "Statement": []}
  Key:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { AWS: !Sub "arn:aws:iam::\${AWS::AccountId}:root" }
            Action: kms:*
            Resource: "*"


  Flow:
    Type: AWS::IAM::ManagedPolicy
    Properties: { PolicyDocument: { Statement: [] } }
  Chosen:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      Fn::If: [IsProd, { PolicyDocument: {} }, { PolicyDocument: {} }]
  Last:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Statement:
          - Effect: Deny
            Action: "*"
            Resource: "*"`

function read(text: string, deferProperties: boolean): PNode {
  const node = parseYamlFast(text, customTags, SHORT_FORMS, { stubResources: true, deferProperties })
  if (!node) throw new Error('declined')
  return node
}

function at(node: PNode, ...path: (string | number)[]): PNode {
  let n: PNode | undefined = node
  for (const step of path)
    n = typeof step === 'number' ? (n?.type === 'array' ? n.items[step] : undefined) : n && getProp(n, step)?.value
  if (!n) throw new Error(`no ${path.join('.')}`)
  return n
}

/** The tree as plain data with every line, read through whatever is lazy. */
function dump(node: PNode): unknown {
  if (node.type === 'object')
    return { lines: [node.startLine, node.endLine], props: node.props.map(p => [p.key, p.keyLine, dump(p.value)]) }
  if (node.type === 'array') return { lines: [node.startLine, node.endLine], items: node.items.map(dump) }
  return node
}

describe('deferred properties of a YAML template', () => {
  const lazy = read(TEMPLATE, true)
  const eager = read(TEMPLATE, false)
  const role = ['Resources', 'Role', 'Properties']

  it('give the very tree read at once: values and lines', () => {
    expect(dump(lazy)).toEqual(dump(eager))
    expect(lazy).toEqual(eager)
    // And the `yaml` library's tree (a kept block scalar, a comment at the left edge, blank lines at a document's end).
    expect(dump(lazy)).toEqual(dump(parseYamlLibrary(TEMPLATE).node!))
  })

  it('are block mappings only: flow properties, or an intrinsic, stay as read', () => {
    expect(isLazy(at(lazy, ...role))).toBe(true)
    expect(isLazy(at(lazy, 'Resources', 'Key', 'Properties'))).toBe(true)
    // The last resource of the text: its properties run to the end of the text (no line break there).
    expect(isLazy(at(lazy, 'Resources', 'Last', 'Properties'))).toBe(true)
    expect(isLazy(at(lazy, 'Resources', 'Flow', 'Properties'))).toBe(false)
    expect(isLazy(at(lazy, 'Resources', 'Chosen', 'Properties'))).toBe(false)
    // What a lazy node builds is read at once: nothing lazy inside.
    expect(isLazy(at(lazy, ...role, 'Policies', 0, 'PolicyDocument'))).toBe(false)
    expect(isLazy(at(eager, ...role))).toBe(false)
  })

  it('build fresh entries at each reading, and once with materialized', () => {
    const doc = at(lazy, ...role)
    if (doc.type !== 'object') throw new Error('not a mapping')
    expect(doc.props).not.toBe(doc.props)
    expect(doc.props).toEqual(doc.props)
    const once = materialized(doc)
    expect(isLazy(once)).toBe(false)
    expect(once).toEqual(at(eager, ...role))
    // A spread copies the entries, not the laziness.
    expect(isLazy({ ...doc })).toBe(false)
    expect({ ...doc }).toEqual(once)
  })

  it('shift the lines of what they build when the tree is shifted', () => {
    const doc = at(read(TEMPLATE, true), ...role)
    const shifted = shiftLines(doc, 100)
    expect(isLazy(shifted)).toBe(true)
    expect(dump(shifted)).toEqual(dump(shiftLines(at(read(TEMPLATE, false), ...role), 100)))
    expect(dump(shifted)).toMatchObject({ lines: [109, 136] })
  })

  it('resolve as the tree read at once resolves', () => {
    const ctx = { account: '111122223333', region: 'eu-west-1', partition: 'aws' }
    const resolver = (root: PNode): Resolver =>
      new Resolver({ ...ctx, parameters: at(root, 'Parameters'), resources: at(root, 'Resources') })
    const doc = at(lazy, ...role)
    // Read once (not kept lazy): templates resolve what `open` read; this is any other caller.
    const resolved = resolver(lazy).resolve(doc)!
    expect(isLazy(resolved)).toBe(false)
    const expected = resolver(eager).resolve(at(eager, ...role))!
    expect(dump(resolved)).toEqual(dump(expected))
    expect(JSON.stringify(toJson(resolved))).toContain('arn:aws:kms:eu-west-1:111122223333:key/prod')
  })

  // Each source of lazy properties (YAML and JSON) shifts itself: shifting twice is shifting once by the sum.
  it('shift by their source, twice as once', () => {
    const yaml = at(read(TEMPLATE, true), ...role)
    expect(isLazy(yaml)).toBe(true)
    const twice = shiftLines(shiftLines(yaml, 100), 5)
    expect(isLazy(twice)).toBe(true)
    expect(dump(twice)).toEqual(dump(shiftLines(at(read(TEMPLATE, false), ...role), 105)))
    const text = JSON.stringify(toJson(read(TEMPLATE, false)), null, 2)
    const properties = (root: PNode): PNode =>
      getProp(getProp(getProp(root, 'Resources')!.value, 'Role')!.value, 'Properties')!.value
    const deferred = properties(parseJsonTemplate(text, () => new Set(['Role'])).node!)
    expect(isLazy(deferred)).toBe(true)
    const whole = properties(parseJsonTemplate(text).node!)
    expect(isLazy(whole)).toBe(false)
    expect(dump(shiftLines(shiftLines(deferred, 100), 5))).toEqual(dump(shiftLines(whole, 105)))
  })
})

describe('the JSON copy of identity documents for the policy simulator', () => {
  const input = {
    file: 'infra/t.yaml',
    text: TEMPLATE,
    keys: {},
    principals: {},
    context: { account: '111122223333', region: 'us-east-1', partition: 'aws' }
  }
  const inline = (r: ReturnType<typeof readCloudFormation>): unknown =>
    r.change.principals.flatMap(p => p.policies).find(p => p.name === 'inline')?.document?.json

  it('is kept by default (live mode sends it)', () => {
    expect(inline(readCloudFormation(input))).toEqual({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'kept\n\n' },
        { Effect: 'Allow', Action: ['kms:Decrypt'], Resource: 'arn:aws:kms:us-east-1:111122223333:key/prod' }
      ]
    })
  })

  it('is not kept when no simulator takes part (offline), and the document is otherwise the same', () => {
    const without = readCloudFormation({ ...input, simulator: false })
    const withJson = readCloudFormation(input)
    expect(inline(without)).toBeUndefined()
    const strip = (r: ReturnType<typeof readCloudFormation>): unknown =>
      JSON.parse(JSON.stringify(r, (k, v: unknown) => (k === 'json' ? undefined : v)))
    expect(strip(without)).toEqual(strip(withJson))
  })
})

describe('deferred properties of a JSON template', () => {
  const template = {
    Resources: {
      Bucket: { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'b' } },
      Role: {
        Type: 'AWS::IAM::Role',
        Properties: {
          RoleName: 'app',
          AssumeRolePolicyDocument: { Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole' }] },
          Policies: [
            {
              PolicyName: 'inline',
              PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt' }] }
            },
            { PolicyName: 'intrinsic', PolicyDocument: { 'Fn::If': ['C', { Statement: [] }, { Statement: [] }] } },
            { PolicyName: 'empty', PolicyDocument: {} }
          ]
        }
      },
      Chosen: { Type: 'AWS::IAM::ManagedPolicy', Properties: { 'Fn::If': ['C', {}, {}] } },
      Empty: { Type: 'AWS::IAM::ManagedPolicy', Properties: {} }
    }
  }
  const text = `\n\n${JSON.stringify(template, null, 2)}\n`
  const all = (resources: Record<string, unknown>): ReadonlySet<string> => new Set(Object.keys(resources))
  const lazy = parseJsonTemplate(text, all).node!
  const eager = parseJsonTemplate(text).node!
  const role = ['Resources', 'Role', 'Properties']

  it('give the resources’ very tree read at once, lines included', () => {
    expect(dump(at(lazy, 'Resources', 'Role'))).toEqual(dump(at(eager, 'Resources', 'Role')))
    expect(at(lazy, ...role).startLine).toBe(13)
    expect(at(lazy, ...role, 'Policies', 0, 'PolicyDocument').startLine).toBe(26)
  })

  it('are objects with entries and no intrinsic', () => {
    expect(isLazy(at(lazy, ...role))).toBe(true)
    expect(isLazy(at(lazy, 'Resources', 'Chosen', 'Properties'))).toBe(false)
    expect(isLazy(at(lazy, 'Resources', 'Empty', 'Properties'))).toBe(false)
    expect(isLazy(at(eager, ...role))).toBe(false)
  })
})
