import { describe, expect, it } from '@jest/globals'
import { type PlanChange, readPlanChanges } from '../../helpers/terraform-plan.js'

const ROTATION = 'arn:aws:iam::111122223333:role/kms-rotation-service'

// The IAM changes of a plan (IamChanges): roles, users, their policies, attachments and exclusive lists.
describe('plan IAM changes', () => {
  const read = readPlanChanges

  it('reads user policies and records deleted and replaced users and roles', () => {
    const user = { arn: 'arn:aws:iam::111122223333:user/ops', name: 'ops' }
    const r = read([
      {
        address: 'aws_iam_user.ops',
        type: 'aws_iam_user',
        actions: ['delete', 'create'],
        before: user,
        after: { name: 'ops' },
        unknown: { arn: true }
      },
      {
        address: 'aws_iam_user_policy.p',
        type: 'aws_iam_user_policy',
        actions: ['create'],
        after: { name: 'p', user: 'ops', policy: '{"Version":"2012-10-17","Statement":[]}' }
      },
      {
        address: 'aws_iam_role.r',
        type: 'aws_iam_role',
        actions: ['delete'],
        before: { arn: ROTATION, name: 'kms-rotation-service' }
      }
    ])
    expect(r.change.principals.find(p => p.arn === user.arn)?.policies.map(p => p.name)).toEqual(['p'])
    expect(r.removedPrincipals).toEqual([
      { arn: ROTATION, replaced: false, file: 'plan.json', line: 1 },
      { arn: user.arn, replaced: true, file: 'plan.json', line: 1 }
    ])
  })
  it('a known exclusive list removes what it does not name; one known only after apply may remove it', () => {
    const role = { arn: ROTATION, name: 'kms-rotation-service' }
    const base: PlanChange = {
      address: 'aws_iam_role.r',
      type: 'aws_iam_role',
      actions: ['no-op'],
      before: role,
      after: role
    }
    const known = read([
      base,
      {
        address: 'aws_iam_role_policies_exclusive.x',
        type: 'aws_iam_role_policies_exclusive',
        actions: ['create'],
        after: { role_name: 'kms-rotation-service', policy_names: ['a'] }
      }
    ])
    expect(known.change.principals[0].exclusive).toEqual({ inline: ['a'] })
    const later = read([
      base,
      {
        address: 'aws_iam_role_policy_attachments_exclusive.x',
        type: 'aws_iam_role_policy_attachments_exclusive',
        actions: ['create'],
        after: { role_name: 'kms-rotation-service' },
        unknown: { policy_arns: true }
      }
    ])
    // Every managed policy of the role may go (worlds/build.ts makes each one conditional): nothing is unread.
    expect(later.change.principals[0].exclusive).toEqual({
      managed: [],
      uncertain: ['managed'],
      uncertainBy: 'aws_iam_role_policy_attachments_exclusive.x (plan.json:1)',
      uncertainAt: { file: 'plan.json', line: 1 }
    })
    expect(later.problems).toEqual([])
    // Known in part: what it names for certain stays.
    const part = read([
      base,
      {
        address: 'aws_iam_role_policies_exclusive.x',
        type: 'aws_iam_role_policies_exclusive',
        actions: ['create'],
        after: { role_name: 'kms-rotation-service', policy_names: ['a', null] },
        unknown: { policy_names: [false, true] }
      }
    ])
    expect(part.change.principals[0].exclusive).toEqual({
      inline: ['a'],
      uncertain: ['inline'],
      uncertainBy: 'aws_iam_role_policies_exclusive.x (plan.json:1)',
      uncertainAt: { file: 'plan.json', line: 1 }
    })
    // The role known only after apply: which role loses its policies is not known.
    const noRole = read([
      {
        address: 'aws_iam_role_policies_exclusive.x',
        type: 'aws_iam_role_policies_exclusive',
        actions: ['create'],
        after: { policy_names: ['a'] },
        unknown: { role_name: true }
      }
    ])
    expect(noRole.problems.map(p => [p.rule, p.message])).toEqual([
      [
        'unread-resource',
        'aws_iam_role_policies_exclusive.x: the role it applies to is known only after apply; the policies it removes are not known'
      ]
    ])
  })
  it('a role policy or attachment whose role is known only after apply is unread-resource, never skipped', () => {
    const r = read([
      {
        address: 'aws_iam_role_policy.p',
        type: 'aws_iam_role_policy',
        actions: ['create'],
        after: { name: 'deny-rotation', policy: '{}' },
        unknown: { role: true }
      },
      {
        address: 'aws_iam_role_policy_attachment.a',
        type: 'aws_iam_role_policy_attachment',
        actions: ['create'],
        after: { policy_arn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
        unknown: { role: true }
      }
    ])
    expect(r.problems.map(p => [p.rule, p.message])).toEqual([
      [
        'unread-resource',
        'aws_iam_role_policy.p: the role it applies to is known only after apply; its policy is not read'
      ],
      [
        'unread-resource',
        'aws_iam_role_policy_attachment.a: the role it applies to is known only after apply; the attachment is not read'
      ]
    ])
    expect(r.change.principals).toEqual([])
    // The policy may be any role's of the account: it is kept for every one of them, under a condition nobody can
    // decide (worlds/build.ts), so a Deny in it is never passed over.
    expect(r.change.unattributed?.map(u => [u.document.origin.name, u.account])).toEqual([
      ['deny-rotation (aws_iam_role_policy.p)', '111122223333']
    ])
    // So may the managed policy attached to a role known only after apply (its document comes from the world).
    expect(r.change.uncertainAttachments).toEqual([
      {
        policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess',
        by: 'aws_iam_role_policy_attachment.a (plan.json:1)',
        at: { file: 'plan.json', line: 1 }
      }
    ])
  })

  // AWS provider, aws_iam_role_policy / aws_iam_user_policy: `name` and `role` (`user`) force a new resource; the
  // old inline policy is deleted from the old principal (DeleteRolePolicy / DeleteUserPolicy).
  it('an inline policy renamed or moved to another principal is deleted where it was', () => {
    const doc = (action: string) =>
      JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] })
    const renamed = read([
      {
        address: 'aws_iam_role_policy.p',
        type: 'aws_iam_role_policy',
        actions: ['delete', 'create'],
        before: { name: 'rotation', role: 'kms-rotation-service', policy: doc('kms:*') },
        after: { name: 'rotation-v2', role: 'kms-rotation-service', policy: doc('kms:DescribeKey') }
      }
    ])
    expect(renamed.change.principals.map(p => [p.arn, p.policies.map(x => [x.name, !!x.deleted])])).toEqual([
      [
        ROTATION,
        [
          ['rotation', true],
          ['rotation-v2', false]
        ]
      ]
    ])
    const moved = read([
      {
        address: 'aws_iam_user_policy.p',
        type: 'aws_iam_user_policy',
        actions: ['delete', 'create'],
        before: { name: 'rotation', user: 'alice', policy: doc('kms:*') },
        after: { name: 'rotation', user: 'bob', policy: doc('kms:*') }
      }
    ])
    expect(moved.change.principals.map(p => [p.arn, p.policies.map(x => [x.name, !!x.deleted])])).toEqual([
      ['arn:aws:iam::111122223333:user/alice', [['rotation', true]]],
      ['arn:aws:iam::111122223333:user/bob', [['rotation', false]]]
    ])
    // An update in place (the document only) deletes nothing.
    const updated = read([
      {
        address: 'aws_iam_role_policy.p',
        type: 'aws_iam_role_policy',
        actions: ['update'],
        before: { name: 'rotation', role: 'kms-rotation-service', policy: doc('kms:*') },
        after: { name: 'rotation', role: 'kms-rotation-service', policy: doc('kms:DescribeKey') }
      }
    ])
    expect(updated.change.principals[0].policies.map(x => [x.name, !!x.deleted])).toEqual([['rotation', false]])
  })

  // Values known only after apply are never dropped: a policy nobody can read yet is attached, unknown.
  it('managed_policy_arns or inline_policy known only after apply become unknown policies, never nothing', () => {
    const role = { arn: ROTATION, name: 'kms-rotation-service' }
    const unknownNames = (r: ReturnType<typeof read>) => [
      ...r.change.principals.flatMap(p => p.policies.map(x => x.name ?? x.managed)),
      ...r.attachments.filter(a => a.unknown).map(a => a.arn)
    ]
    const wholeList = read([
      {
        address: 'aws_iam_role.r',
        type: 'aws_iam_role',
        actions: ['update'],
        before: { ...role, managed_policy_arns: [] },
        after: { ...role, managed_policy_arns: null },
        unknown: { managed_policy_arns: true }
      }
    ])
    expect(unknownNames(wholeList)).toEqual(['aws_iam_role.r.managed_policy_arns (known after apply)'])
    const oneEntry = read([
      {
        address: 'aws_iam_role.r',
        type: 'aws_iam_role',
        actions: ['update'],
        before: { ...role, managed_policy_arns: [] },
        after: { ...role, managed_policy_arns: [null] },
        unknown: { managed_policy_arns: [true] }
      }
    ])
    expect(unknownNames(oneEntry)).toEqual(['aws_iam_role.r.managed_policy_arns[0] (known after apply)'])
    const inline = read([
      {
        address: 'aws_iam_role.r',
        type: 'aws_iam_role',
        actions: ['update'],
        before: { ...role, inline_policy: [{ name: 'rotation', policy: '{}' }] },
        after: { ...role, inline_policy: null },
        unknown: { inline_policy: true }
      }
    ])
    // Both are optional and computed: a role whose configuration sets neither has them unknown in the plan of its
    // creation, and nothing is attached then.
    const created = read(
      [
        {
          address: 'aws_iam_role.r',
          type: 'aws_iam_role',
          actions: ['create'],
          after: { ...role },
          unknown: { managed_policy_arns: true, inline_policy: true }
        }
      ],
      { 'aws_iam_role.r': { name: { constant_value: role.name } } }
    )
    expect(unknownNames(created)).toEqual([])
    const [p] = inline.change.principals
    expect(p.policies.map(x => x.name)).toEqual(['aws_iam_role.r.inline_policy (known after apply)'])
    expect(new Set(p.policies[0].document?.pending)).toEqual(
      new Set(['aws_iam_role.r.inline_policy (known after apply)'])
    )
  })

  // IAM User Guide, permissions boundaries: a user's boundary limits its identity policies as a role's does.
  it('a user’s permissions_boundary is read like a role’s', () => {
    const user = { arn: 'arn:aws:iam::111122223333:user/kms-rotator', name: 'kms-rotator' }
    const r = read([
      {
        address: 'aws_iam_user.u',
        type: 'aws_iam_user',
        actions: ['update'],
        before: { ...user, permissions_boundary: '' },
        after: { ...user, permissions_boundary: 'arn:aws:iam::111122223333:policy/s3-only' }
      }
    ])
    expect(r.attachments).toEqual([
      expect.objectContaining({
        principal: user.arn,
        kind: 'boundary',
        arn: 'arn:aws:iam::111122223333:policy/s3-only'
      })
    ])
  })

  // With for_each each instance is its own resource; a reference `aws_iam_role.this[each.key]` names one instance
  // the plan does not spell out: the instance of the same key, else the role named by the planned value.
  it('for_each instances are told apart: a role policy reaches the instance it names', () => {
    const doc = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'kms:DescribeKey', Resource: '*' }]
    })
    const role = (key: string): PlanChange => ({
      address: `aws_iam_role.this["${key}"]`,
      type: 'aws_iam_role',
      actions: ['no-op'],
      before: { arn: `arn:aws:iam::111122223333:role/${key}`, name: key },
      after: { arn: `arn:aws:iam::111122223333:role/${key}`, name: key }
    })
    const policy = (key: string, roleName: string): PlanChange => ({
      address: `aws_iam_role_policy.p["${key}"]`,
      type: 'aws_iam_role_policy',
      actions: ['update'],
      before: { name: 'rotation', role: roleName, policy: doc },
      after: { name: 'rotation', role: roleName, policy: doc }
    })
    const config = { 'aws_iam_role_policy.p': { role: { references: ['aws_iam_role.this', 'each.key'] } } }
    const owners = (r: ReturnType<typeof read>) => r.change.principals.filter(p => p.policies.length).map(p => p.arn)
    // Same keys: the instance of the same key.
    expect(
      owners(
        read(
          [role('kms-rotation-service'), role('zz-other'), policy('kms-rotation-service', 'kms-rotation-service')],
          config
        )
      )
    ).toEqual([ROTATION])
    // Other keys: by the role name the plan gives, not the last instance.
    expect(
      owners(read([role('kms-rotation-service'), role('zz-other'), policy('x', 'kms-rotation-service')], config))
    ).toEqual([ROTATION])
  })

  // A role replaced under another name or path has another ARN (IAM User Guide, IAM identifiers): the old one is
  // deleted, not replaced in place, whatever else the change puts again.
  it('a role replaced under a new path is a deletion of the old ARN; under the same ARN a replacement', () => {
    const before = { arn: ROTATION, name: 'kms-rotation-service', path: '/' }
    const moved = read([
      {
        address: 'aws_iam_role.r',
        type: 'aws_iam_role',
        actions: ['delete', 'create'],
        before,
        after: { name: 'kms-rotation-service', path: '/service/' },
        unknown: { arn: true }
      }
    ])
    expect(moved.removedPrincipals.map(r => [r.arn, r.replaced])).toEqual([[ROTATION, false]])
    const same = read([
      {
        address: 'aws_iam_role.r',
        type: 'aws_iam_role',
        actions: ['delete', 'create'],
        before,
        after: { name: 'kms-rotation-service', path: '/' },
        unknown: { arn: true }
      }
    ])
    expect(same.removedPrincipals.map(r => [r.arn, r.replaced])).toEqual([[ROTATION, true]])
  })

  // AWS provider docs, aws_iam_policy_attachment: exclusive across the account; the policy is revoked from every
  // role, user and group the resource does not list.
  it('aws_iam_policy_attachment attaches to what it lists and is recorded as exclusive', () => {
    const POLICY = 'arn:aws:iam::111122223333:policy/kms-operators'
    const r = read([
      {
        address: 'aws_iam_policy_attachment.ops',
        type: 'aws_iam_policy_attachment',
        actions: ['update'],
        before: { name: 'ops', policy_arn: POLICY, roles: ['kms-rotation-service', 'old'], users: [], groups: [] },
        after: { name: 'ops', policy_arn: POLICY, roles: ['other'], users: [], groups: [] }
      }
    ])
    expect(r.change.exclusiveAttachments).toEqual([
      { policyArn: POLICY, principals: ['arn:aws:iam::111122223333:role/other'] }
    ])
    expect(r.attachments.map(a => [a.principal, a.arn])).toEqual([['arn:aws:iam::111122223333:role/other', POLICY]])
    expect(r.change.principals.filter(p => p.policies.some(x => x.deleted)).map(p => p.arn)).toEqual([
      ROTATION,
      'arn:aws:iam::111122223333:role/old'
    ])
    const unknownRoles = read([
      {
        address: 'aws_iam_policy_attachment.ops',
        type: 'aws_iam_policy_attachment',
        actions: ['create'],
        after: { name: 'ops', policy_arn: POLICY, roles: null },
        unknown: { roles: true }
      }
    ])
    // Roles known only after apply: recorded as uncertain (worlds/build.ts: the policy may stay with or go from every
    // principal), not skipped as unread.
    expect(unknownRoles.problems).toEqual([])
    expect(unknownRoles.change.exclusiveAttachments).toEqual([
      {
        policyArn: POLICY,
        principals: [],
        uncertain: 'aws_iam_policy_attachment.ops (plan.json:1)',
        at: { file: 'plan.json', line: 1 }
      }
    ])
    // Its policy known only after apply: nothing can be placed.
    const unknownPolicy = read([
      {
        address: 'aws_iam_policy_attachment.ops',
        type: 'aws_iam_policy_attachment',
        actions: ['create'],
        after: { name: 'ops', roles: ['kms-rotation-service'] },
        unknown: { policy_arn: true }
      }
    ])
    expect(unknownPolicy.problems.map(p => [p.rule, p.message])).toEqual([
      [
        'unread-resource',
        'aws_iam_policy_attachment.ops: its policy is known only after apply; the attachment is not read'
      ]
    ])
  })

  // Groups hold IAM users: an attachment to groups (listed, or known only after apply) reaches users the gate
  // cannot name, which makes it an error when a run checks an IAM user (IacProblem.users).
  it('aws_iam_policy_attachment to groups is unread, marked as reaching users', () => {
    const POLICY = 'arn:aws:iam::111122223333:policy/deny-kms'
    const attachment = (after: Record<string, unknown>, unknown: Record<string, unknown> = {}) =>
      read([
        {
          address: 'aws_iam_policy_attachment.ops',
          type: 'aws_iam_policy_attachment',
          actions: ['create'],
          after: { name: 'ops', policy_arn: POLICY, roles: [], users: [], ...after },
          unknown
        }
      ]).problems.map(p => [p.rule, !!p.users])
    expect(attachment({ groups: ['operators'] })).toEqual([['unread-resource', true]])
    expect(attachment({ groups: null }, { groups: true })).toEqual([['unread-resource', true]])
    expect(attachment({ groups: [] })).toEqual([])
  })
})
