import { fromJson } from '../../../src/policy/node.js'
import { relevanceView, relevantIds } from '../../../src/sources/cloudformation/relevance.js'

describe('relevantIds: the resources whose documents can take part in a check', () => {
  const resources = {
    Key: { Type: 'AWS::KMS::Key' },
    Alias: { Type: 'AWS::KMS::Alias' },
    Named: { Type: 'AWS::IAM::Role', Properties: { RoleName: 'rotator', ManagedPolicyArns: [{ Ref: 'Shared' }] } },
    Mapped: { Type: 'AWS::IAM::Role' },
    Generated: { Type: 'AWS::IAM::Role' },
    Shared: { Type: 'AWS::IAM::ManagedPolicy', Properties: {} },
    OnNamed: { Type: 'AWS::IAM::Policy', Properties: { Roles: [{ Ref: 'Named' }] } },
    OnGenerated: { Type: 'AWS::IAM::Policy', Properties: { Roles: [{ Ref: 'Generated' }] } },
    OnImported: { Type: 'AWS::IAM::RolePolicy', Properties: { RoleName: { 'Fn::ImportValue': 'shared-role' } } },
    ByName: { Type: 'AWS::IAM::ManagedPolicy', Properties: { ManagedPolicyName: 'ops' } },
    Group: { Type: 'AWS::IAM::Group' },
    Bucket: { Type: 'AWS::S3::Bucket' }
  }

  it('KMS resources, named or mapped principals and what reaches them; never generated-name principals', () => {
    expect([...relevantIds(resources, { Mapped: 'arn:aws:iam::111122223333:role/mapped' })].sort()).toEqual(
      [
        'Alias',
        'ByName',
        'Group', // read only to be named in an unread-resource warning
        'Key',
        'Mapped',
        'Named',
        'OnImported', // its role is known only at deployment: it may be any role
        'OnNamed',
        'Shared'
      ].sort()
    )
  })

  it('without a mapping, an unnamed role and what only it uses are left out', () => {
    const ids = relevantIds(resources, {})
    expect(ids.has('Mapped')).toBe(false)
    expect(ids.has('Generated')).toBe(false)
    expect(ids.has('OnGenerated')).toBe(false)
    expect(ids.has('Bucket')).toBe(false)
  })
})

// A YAML template is decided on a view of its tree: the view must decide exactly as the whole resources would.
describe('relevanceView: what relevantIds reads of a parsed template, and nothing more', () => {
  const withDocuments = {
    Key: { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: { Statement: [{ Effect: 'Allow' }] } } },
    Named: {
      Type: 'AWS::IAM::Role',
      Properties: {
        RoleName: 'rotator',
        PermissionsBoundary: { Ref: 'Boundary' },
        Policies: [{ PolicyName: 'p', PolicyDocument: { Statement: [] } }]
      }
    },
    Boundary: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: { Statement: [] } } },
    OnNamed: { Type: 'AWS::IAM::Policy', Properties: { Roles: [{ Ref: 'Named' }], PolicyDocument: {} } },
    User: { Type: 'AWS::IAM::User', Properties: { Groups: ['admins'] } },
    Broken: 'not a resource',
    constructor: { Type: 'AWS::IAM::Role' }
  }

  it('gives the same relevant ids as the plain JSON of the resources', () => {
    const view = relevanceView(fromJson(withDocuments))
    expect([...relevantIds(view, {})].sort()).toEqual([...relevantIds(withDocuments, {})].sort())
    // A logical id such as "constructor" is no mapped principal (an own member of the mapping only).
    expect([...relevantIds(view, {})].sort()).toEqual(['Boundary', 'Key', 'Named', 'OnNamed'])
  })

  it('leaves the documents out', () => {
    expect(relevanceView(fromJson(withDocuments))).toEqual({
      Key: { Type: 'AWS::KMS::Key', Properties: {} },
      Named: { Type: 'AWS::IAM::Role', Properties: { RoleName: 'rotator', PermissionsBoundary: { Ref: 'Boundary' } } },
      Boundary: { Type: 'AWS::IAM::ManagedPolicy', Properties: {} },
      OnNamed: { Type: 'AWS::IAM::Policy', Properties: { Roles: [{ Ref: 'Named' }] } },
      User: { Type: 'AWS::IAM::User', Properties: { Groups: ['admins'] } },
      Broken: {},
      constructor: { Type: 'AWS::IAM::Role' }
    })
    expect(relevanceView(fromJson(['not', 'resources']))).toEqual({})
  })
})
