import { describe, expect, it } from '@jest/globals'
import { toJson, type PNode } from '../../../src/policy/node.js'
import { describe as describeExpr, Resolver, type ResolveContext } from '../../../src/sources/cloudformation/resolve.js'
import type { TemplateResource } from '../../../src/sources/cloudformation/model.js'

const KEY_ARN = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'

describe('intrinsic resolution', () => {
  const node = (value: unknown, line = 7): PNode => {
    const out = JSON.parse(JSON.stringify(value), (_k, v) => v) as unknown
    const build = (v: unknown): PNode => {
      if (Array.isArray(v)) return { type: 'array', items: v.map(build), startLine: line, endLine: line }
      if (v && typeof v === 'object')
        return {
          type: 'object',
          props: Object.entries(v).map(([key, x]) => ({ key, keyLine: line, value: build(x) })),
          startLine: line,
          endLine: line
        }
      if (typeof v === 'string') return { type: 'string', value: v, startLine: line, endLine: line }
      if (typeof v === 'number') return { type: 'number', value: v, startLine: line, endLine: line }
      if (typeof v === 'boolean') return { type: 'boolean', value: v, startLine: line, endLine: line }
      return { type: 'null', startLine: line, endLine: line }
    }
    return build(out)
  }
  const ctx: ResolveContext = {
    account: '111122223333',
    region: 'eu-west-1',
    stackName: 'app',
    parameters: node({
      Env: { Type: 'String', Default: 'prod' },
      Ssm: { Type: 'AWS::SSM::Parameter::Value<String>', Default: '/x' },
      Ids: { Type: 'List<String>', Default: 'a, b' }
    }),
    mappings: node({ M: { prod: { Arn: 'arn:aws:iam::111122223333:role/m' } } }),
    conditions: node({
      Prod: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] },
      Dev: { 'Fn::Not': [{ Condition: 'Prod' }] },
      Either: { 'Fn::Or': [{ Condition: 'Dev' }, { Condition: 'Prod' }] },
      Vague: { 'Fn::Equals': [{ Ref: 'Ssm' }, 'x'] }
    }),
    resources: node({
      Admin: { Type: 'AWS::IAM::Role', Properties: { RoleName: { 'Fn::Sub': '${AWS::StackName}-admin' } } },
      Pol: { Type: 'AWS::IAM::ManagedPolicy', Properties: { ManagedPolicyName: 'p', Path: '/x/' } },
      Key: { Type: 'AWS::KMS::Key' }
    }),
    arns: { Key: KEY_ARN }
  }
  const resolve = (value: unknown): unknown => {
    const r = new Resolver(ctx).resolve(node(value))
    return r === undefined ? 'NoValue' : r.type === 'unknown' ? { unknown: r.description } : toJson(r)
  }

  it('resolves pseudo parameters, parameters, mappings and Fn::Sub forms', () => {
    expect(resolve({ 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${AWS::StackName}-${AWS::Region}-${!Literal}' })).toBe(
      'arn:aws:s3:::app-eu-west-1-${Literal}'
    )
    expect(resolve({ 'Fn::Sub': ['${A}/${Env}', { A: { Ref: 'AWS::AccountId' } }] })).toBe('111122223333/prod')
    expect(resolve({ 'Fn::Sub': '${Admin.Arn}' })).toBe('arn:aws:iam::111122223333:role/app-admin')
    expect(resolve({ 'Fn::FindInMap': ['M', { Ref: 'Env' }, 'Arn'] })).toBe('arn:aws:iam::111122223333:role/m')
    expect(resolve({ 'Fn::FindInMap': ['M', 'dev', 'Arn', { DefaultValue: 'd' }] })).toBe('d')
    expect(resolve({ Ref: 'Ids' })).toEqual(['a', 'b'])
    expect(resolve({ Ref: 'Pol' })).toBe('arn:aws:iam::111122223333:policy/x/p')
    expect(resolve({ 'Fn::GetAtt': 'Key.Arn' })).toBe(KEY_ARN)
    expect(resolve({ Ref: 'Key' })).toBe('1234abcd-12ab-34cd-56ef-1234567890ab')
    expect(resolve({ 'Fn::Base64': 'hi' })).toBe('aGk=')
    expect(resolve({ Ref: 'AWS::URLSuffix' })).toBe('amazonaws.com')
  })

  it('evaluates conditions and drops AWS::NoValue', () => {
    expect(resolve({ 'Fn::If': ['Either', 'yes', 'no'] })).toBe('yes')
    expect(resolve({ 'Fn::If': ['Dev', 'yes', { Ref: 'AWS::NoValue' }] })).toBe('NoValue')
    expect(resolve(['a', { 'Fn::If': ['Dev', 'b', { Ref: 'AWS::NoValue' }] }])).toEqual(['a'])
    // An SSM parameter's value is unknown: so is the condition, unless both branches agree.
    expect(resolve({ 'Fn::If': ['Vague', 'yes', 'no'] })).toEqual({ unknown: '!If [Vague, yes, no]' })
    expect(resolve({ 'Fn::If': ['Vague', 'same', 'same'] })).toBe('same')
  })

  it('leaves what is only known after deployment unknown, described in short form', () => {
    expect(resolve({ 'Fn::GetAtt': ['Bucket', 'Arn'] })).toEqual({ unknown: '!GetAtt Bucket.Arn' })
    expect(resolve({ Ref: 'Ssm' })).toEqual({ unknown: '!Ref Ssm (parameter from SSM)' })
    expect(resolve({ 'Fn::ImportValue': 'x' })).toEqual({ unknown: '!ImportValue x' })
    expect(resolve({ 'Fn::GetAZs': '' })).toEqual({ unknown: '!GetAZs ' })
    expect(resolve({ 'Fn::Sub': 'arn:aws:iam::${AWS::AccountId}:role/${Worker}' })).toEqual({
      unknown: "!Sub 'arn:aws:iam::111122223333:role/${Worker}'"
    })
    expect(resolve({ 'Fn::Join': ['', ['arn:aws:iam::', { 'Fn::GetAtt': ['R', 'Arn'] }]] })).toEqual({
      unknown: "!Join 'arn:aws:iam::${R.Arn}'"
    })
    expect(resolve({ 'Fn::Select': [5, ['a']] })).toEqual({ unknown: '!Select [5, [a]]' })
    const r = new Resolver(ctx).resolve(node({ 'Fn::GetAtt': ['Bucket', 'Arn'] }, 42))
    expect(r).toEqual({ type: 'unknown', description: '!GetAtt Bucket.Arn', startLine: 42, endLine: 42 })
    expect(describeExpr(node({ Condition: 'X' }))).toBe('!Condition X')
  })

  it('answers from the resources as the template reader collected them, and from the nodes of the others', () => {
    const resolver = new Resolver(ctx)
    const policy = (id: string, name: string, line: number): TemplateResource => ({
      id,
      type: 'AWS::IAM::ManagedPolicy',
      line,
      endLine: line,
      props: node({ ManagedPolicyName: name }),
      raw: node({ ManagedPolicyName: name }),
      relevant: true
    })
    // The reader's resource: its type and properties as written are what Ref reads from now on (the tree of the
    // section is no longer held). `Other` is not a resource of the section: collecting it does not make it referable.
    resolver.collected([policy('Pol', 'collected', 3), policy('Other', 'o', 9)])
    const ref = (id: string): unknown => {
      const r = resolver.resolve(node({ Ref: id }))
      return r?.type === 'string' ? r.value : r?.type
    }
    expect(ref('Pol')).toBe('arn:aws:iam::111122223333:policy/collected')
    expect(ref('Other')).toBe('unknown')
    // Not collected (a resource under a false condition, say): read from its node, as before.
    expect(resolver.resolve(node({ 'Fn::Sub': '${Admin.Arn}' }))).toMatchObject({
      value: 'arn:aws:iam::111122223333:role/app-admin'
    })
  })
})
