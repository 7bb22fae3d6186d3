import { describe, expect, it } from '@jest/globals'
import { toJson } from '../../../src/policy/node.js'
import { readCloudFormation } from '../../../src/sources/cloudformation/template.js'
import { parseTemplateText } from '../../../src/sources/cloudformation/yaml.js'

// The IAM resources of a template (TemplateIam): who their policies reach, and what the gate cannot attribute.
describe('template IAM', () => {
  it('group resources and policies attached to groups are unread-resource, at their lines', () => {
    const text = [
      'Resources:',
      '  Operators:',
      '    Type: AWS::IAM::Group',
      '  OperatorsPolicy:',
      '    Type: AWS::IAM::Policy',
      '    Properties:',
      '      PolicyName: ops',
      '      Groups: [!Ref Operators]',
      '      PolicyDocument: { Version: "2012-10-17", Statement: [] }',
      '  Role:',
      '    Type: AWS::IAM::Role',
      ''
    ].join('\n')
    for (const t of [text, JSON.stringify(toJson(parseTemplateText(text).node!), null, 1)]) {
      const problems = readCloudFormation({ file: 't', text: t, keys: {}, principals: {} }).problems
      expect(problems.map(p => [p.rule, p.message.split(' ')[0]])).toEqual([
        ['unread-resource', 'Operators'],
        ['unread-resource', 'OperatorsPolicy']
      ])
    }
    expect(readCloudFormation({ file: 't', text, keys: {}, principals: {} }).problems.map(p => p.line)).toEqual([2, 4])
  })
  it('a policy whose role or user is known only at deployment is unread-resource; one on a generated-name role is not', () => {
    const text = [
      'Resources:',
      '  Deny:',
      '    Type: AWS::IAM::RolePolicy',
      '    Properties:',
      '      RoleName: !ImportValue shared-rotator-name',
      '      PolicyName: no-rotation',
      '      PolicyDocument: { Version: "2012-10-17", Statement: [] }',
      '  Shared:',
      '    Type: AWS::IAM::Policy',
      '    Properties:',
      '      PolicyName: shared',
      '      Roles: [rotator, !ImportValue other-role-name, !Ref Worker]',
      '      PolicyDocument: { Version: "2012-10-17", Statement: [] }',
      '  Worker:',
      '    Type: AWS::IAM::Role',
      ''
    ].join('\n')
    const r = readCloudFormation({
      file: 't.yaml',
      text,
      keys: {},
      principals: {},
      context: { account: '111122223333', region: 'us-east-1', partition: 'aws' }
    })
    expect(r.problems.map(p => [p.rule, p.line, p.message])).toEqual([
      ['unread-resource', 2, 'Deny in t.yaml: the role it applies to (RoleName) is known only at deployment'],
      [
        'unread-resource',
        8,
        'Shared in t.yaml: an entry of Roles is known only at deployment; what the policy grants it is not read'
      ]
    ])
    // The named role still gets the policy (each entry of a one-line list is itself, not the first on its line).
    const two = [
      'Resources:',
      '  A:',
      '    Type: AWS::IAM::ManagedPolicy',
      '    Properties: { PolicyDocument: { Version: "2012-10-17", Statement: [] } }',
      '  B:',
      '    Type: AWS::IAM::ManagedPolicy',
      '    Properties: { PolicyDocument: { Version: "2012-10-17", Statement: [] } }',
      '  Rotator:',
      '    Type: AWS::IAM::Role',
      '    Properties: { RoleName: rotator, ManagedPolicyArns: [!Ref A, !Ref B] }',
      ''
    ].join('\n')
    const both = readCloudFormation({
      file: 't.yaml',
      text: two,
      keys: {},
      principals: {},
      context: { account: '111122223333', region: 'us-east-1', partition: 'aws' }
    })
    expect(both.change.principals[0].policies.map(x => x.managed)).toEqual([
      'arn:aws:iam::111122223333:policy/created-by-iac/A',
      'arn:aws:iam::111122223333:policy/created-by-iac/B'
    ])
    expect(r.change.principals.map(p => [p.arn, p.policies.map(x => x.name)])).toEqual([
      ['arn:aws:iam::111122223333:role/rotator', ['shared']]
    ])
  })

  // A list known only at deployment (a list parameter without a default, `!If` on a condition the parameters do
  // not decide) is never skipped: its policies are unknown, or the policy it holds is unread-resource.
  it('a Roles list or a role’s Policies known only at deployment are reported, never dropped', () => {
    const text = [
      'Parameters:',
      '  Targets: { Type: CommaDelimitedList }',
      'Conditions:',
      '  Narrow: !Equals [!Ref AWS::Region, us-east-1]',
      'Resources:',
      '  Deny:',
      '    Type: AWS::IAM::Policy',
      '    Properties:',
      '      PolicyName: deny',
      '      Roles: !Ref Targets',
      '      PolicyDocument: { Version: "2012-10-17", Statement: [] }',
      '  Rotator:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      RoleName: kms-rotation-service',
      '      AssumeRolePolicyDocument: { Version: "2012-10-17", Statement: [] }',
      '      Policies: !If [Narrow, [{ PolicyName: a, PolicyDocument: { Version: "2012-10-17", Statement: [] } }], []]',
      ''
    ].join('\n')
    const r = readCloudFormation({
      file: 't',
      text,
      keys: {},
      principals: {},
      context: { account: '111122223333', partition: 'aws' }
    })
    expect(r.problems.map(p => [p.rule, p.line, p.message])).toEqual([
      [
        'unread-resource',
        6,
        'Deny in t: its Roles list is known only at deployment; what the policy grants them is not read'
      ]
    ])
    const role = r.change.principals.find(p => p.arn.endsWith(':role/kms-rotation-service'))!
    expect(role.policies).toHaveLength(1)
    expect(role.policies[0].document?.pending?.length).toBeGreaterThan(0)
  })
})
