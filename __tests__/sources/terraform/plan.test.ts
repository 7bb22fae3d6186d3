import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { PolicyDocument, Statement } from '../../../src/policy/types.js'
import type { IacResult } from '../../../src/sources/iac.js'
import { readTerraformPlan, type TerraformInput } from '../../../src/sources/terraform/plan.js'
import { readPlanChanges } from '../../helpers/terraform-plan.js'

const WORKSPACE = fileURLToPath(new URL('../../fixtures/iac/terraform', import.meta.url))
const PLAN = readFileSync(join(WORKSPACE, 'infra/plan.json'), 'utf8')
const KEY_THIS = 'arn:aws:kms:us-east-1:111122223333:key/1111aaaa-12ab-34cd-56ef-1234567890ab'
const KEY_LOGS = 'arn:aws:kms:us-east-1:111122223333:key/2222bbbb-12ab-34cd-56ef-1234567890ab'
const ROTATION = 'arn:aws:iam::111122223333:role/kms-rotation-service'

function run(over: Partial<TerraformInput> = {}): IacResult {
  return readTerraformPlan({
    file: 'infra/plan.json',
    text: PLAN,
    workspace: WORKSPACE,
    keys: {},
    principals: {},
    ...over
  })
}

function shape(s: Statement): [string | undefined, string, number, number] {
  return [s.sid, s.effect, s.range.startLine, s.range.endLine]
}

function values(list: { value: string; line: number; unknown?: true }[] | undefined): [string, number, boolean][] {
  return (list ?? []).map(l => [l.value, l.line, !!l.unknown])
}

describe('Terraform plan with modules', () => {
  const result = run()
  const key = (name: string, which = 0): NonNullable<IacResult['change']['keys'][number]> =>
    result.change.keys.filter(k => k.name === name)[which]

  it('maps an updated key to its live ARN and points into the module that declares it', () => {
    expect(result.problems).toEqual([])
    const k = key('module.kms.aws_kms_key.this')
    expect(k).toMatchObject({
      key: KEY_THIS,
      file: 'infra/modules/kms/main.tf',
      line: 38,
      rotationEnabled: true,
      rotationPeriodDays: 365,
      keySpec: 'SYMMETRIC_DEFAULT'
    })
    expect(k.created).toBeUndefined()
  })

  it('takes lines of a policy written as aws_iam_policy_document blocks (values from the plan)', () => {
    const doc = key('module.kms.aws_kms_key.this').policy!
    expect(doc.origin.file).toBe('infra/modules/kms/main.tf')
    expect(doc.issues).toEqual([])
    expect(doc.statements.map(shape)).toEqual([
      ['EnableRoot', 'Allow', 8, 16],
      ['Rotation', 'Allow', 18, 35]
    ])
    const [root, rotation] = doc.statements
    // The interpolated identifier matches as a pattern; var.rotation_role_arn by position.
    expect(values(root.principal?.aws)).toEqual([['arn:aws:iam::111122223333:root', 14, false]])
    expect(values(root.action)).toEqual([['kms:*', 10, false]])
    expect(values(rotation.principal?.aws)).toEqual([[ROTATION, 28, false]])
    expect(values(rotation.action)).toEqual([
      ['kms:RotateKeyOnDemand', 22, false],
      ['kms:EnableKeyRotation', 23, false]
    ])
    expect(rotation.conditions).toEqual([{ operator: 'Bool', key: 'aws:SecureTransport', values: ['true'], line: 32 }])
  })

  it('counts a replacement as the deletion of the live key and the creation of a new one', () => {
    expect(key('module.kms.aws_kms_key.logs', 0)).toEqual({
      key: KEY_LOGS,
      name: 'module.kms.aws_kms_key.logs',
      deleted: true,
      file: 'infra/modules/kms/main.tf',
      line: 50
    })
    const created = key('module.kms.aws_kms_key.logs', 1)
    expect(created).toMatchObject({
      created: true,
      rotationEnabled: true,
      rotationPeriodDays: 90,
      keySpec: 'SYMMETRIC_DEFAULT',
      line: 50
    })
    expect(created.key).toBeUndefined()
    const doc = created.policy!
    expect(doc.statements.map(shape)).toEqual([
      ['Root', 'Allow', 57, 63],
      ['Writers', 'Allow', 64, 75]
    ])
    expect(values(doc.statements[1].principal?.aws)).toEqual([
      [ROTATION, 69, false],
      ['arn:aws:iam::111122223333:role/log-writer', 70, false]
    ])
    expect(values(doc.statements[1].action)).toEqual([
      ['kms:GenerateDataKey*', 73, false],
      ['kms:Encrypt', 73, false]
    ])
  })

  it('rebuilds a policy known only after apply from its jsonencode literals, leaving the computed parts unknown', () => {
    const k = key('aws_kms_key.worker')
    expect(k).toMatchObject({ created: true, file: 'infra/main.tf', line: 109, rotationEnabled: false })
    const doc = k.policy!
    expect(doc.issues).toEqual([])
    expect(doc.statements.map(shape)).toEqual([
      ['Root', 'Allow', 114, 120],
      ['Worker', 'Allow', 121, 127]
    ])
    // The account comes from data.aws_caller_identity, known at plan time.
    expect(values(doc.statements[0].principal?.aws)).toEqual([['arn:aws:iam::111122223333:root', 117, false]])
    expect(values(doc.statements[1].principal?.aws)).toEqual([['aws_iam_role.worker.arn', 124, true]])
    expect(values(doc.statements[1].action)).toEqual([
      ['kms:Decrypt', 125, false],
      ['kms:GenerateDataKey', 125, false]
    ])
  })

  it('rebuilds a deferred aws_iam_policy_document from its planned arguments for aws_kms_key_policy', () => {
    const k = key('aws_kms_key_policy.shared')
    expect(k).toMatchObject({
      key: 'arn:aws:kms:us-east-1:111122223333:key/3333cccc-12ab-34cd-56ef-1234567890ab',
      file: 'infra/main.tf',
      line: 104
    })
    const doc = k.policy!
    expect(doc.statements.map(shape)).toEqual([['Admins', 'Allow', 89, 101]])
    expect(values(doc.statements[0].principal?.aws)).toEqual([
      ['aws_iam_role.worker.arn (known after apply)', 95, true],
      ['arn:aws:iam::111122223333:role/kms-admin', 99, false]
    ])
    expect(values(doc.statements[0].action)).toEqual([
      ['kms:PutKeyPolicy', 91, false],
      ['kms:DescribeKey', 91, false]
    ])
  })

  it('points a resource of a non-local module at the module block', () => {
    const k = key('module.external.aws_kms_key.this[0]')
    expect(k).toMatchObject({ file: 'infra/main.tf', line: 14 })
    expect(k.policy?.statements.map(shape)).toEqual([['EnableRoot', 'Allow', 14, 14]])
  })

  it('records aliases and the mapping of every key', () => {
    expect(result.mapped.aliases).toEqual([
      {
        logicalId: 'module.kms.aws_kms_alias.this',
        name: 'alias/app-data',
        targetLogicalId: 'module.kms.aws_kms_key.this',
        target: undefined,
        file: 'infra/modules/kms/main.tf',
        line: 44
      }
    ])
    expect(result.mapped.keys.map(k => [k.logicalId, k.key, k.via, !!k.created, !!k.deleted])).toEqual([
      ['aws_kms_key.worker', undefined, undefined, true, false],
      ['module.kms.aws_kms_key.this', KEY_THIS, 'plan', false, false],
      ['module.kms.aws_kms_key.logs', KEY_LOGS, 'plan', false, true],
      ['module.kms.aws_kms_key.logs', undefined, undefined, true, false],
      [
        'module.external.aws_kms_key.this[0]',
        'arn:aws:kms:us-east-1:111122223333:key/4444dddd-12ab-34cd-56ef-1234567890ab',
        'plan',
        false,
        false
      ]
    ])
  })

  it('reads the role: inline_policy blocks (removed ones deleted), role policies, attachments and the boundary', () => {
    const role = result.change.principals.find(p => p.arn === ROTATION)!
    expect(role.policies.map(p => [p.name ?? p.managed, !!p.deleted])).toEqual([
      ['rotation', false],
      ['old-inline', true],
      ['deny-disable', false],
      ['legacy', true],
      ['arn:aws:iam::111122223333:policy/kms-operators', false]
    ])
    const byName = (n: string): PolicyDocument => role.policies.find(p => p.name === n || p.managed === n)!.document!
    const inline = byName('rotation')
    expect(inline.origin).toMatchObject({ kind: 'identity', inlineName: 'rotation', file: 'infra/main.tf' })
    expect(inline.statements.map(shape)).toEqual([['Rotate', 'Allow', 32, 40]])
    expect(values(inline.statements[0].action)).toEqual([
      ['kms:RotateKeyOnDemand', 36, false],
      ['kms:GetKeyRotationStatus', 37, false]
    ])
    expect(values(inline.statements[0].resource)).toEqual([[KEY_THIS, 39, false]])
    // Heredoc JSON: lines inside the heredoc.
    const heredoc = byName('deny-disable')
    expect(heredoc.statements.map(shape)).toEqual([['NoDisable', 'Deny', 53, 58]])
    expect(values(heredoc.statements[0].action)).toEqual([['kms:DisableKeyRotation', 56, false]])
    // The managed policy document from its aws_iam_policy_document; actions by value (the provider reorders them).
    const managed = byName('arn:aws:iam::111122223333:policy/kms-operators')
    expect(managed.origin).toMatchObject({
      kind: 'identity',
      managedArn: 'arn:aws:iam::111122223333:policy/kms-operators'
    })
    expect(managed.statements.map(shape)).toEqual([['Describe', 'Allow', 65, 69]])
    expect(values(managed.statements[0].action)).toEqual([
      ['kms:ListAliases', 67, false],
      ['kms:DescribeKey', 67, false]
    ])
    expect(result.managedPolicies.map(m => m.managed)).toEqual(['arn:aws:iam::111122223333:policy/kms-operators'])
    // permissions_boundary set before and null after: the boundary is removed.
    expect(role.permissionsBoundary).toBeNull()
    expect(result.attachments).toEqual([])
  })

  it('lists a role created under a name known only after apply, without reading its documents', () => {
    expect(result.change.principals.map(p => p.arn)).toEqual([ROTATION])
    expect(result.mapped.principals).toEqual([
      {
        logicalId: 'aws_iam_role.rotation',
        arn: ROTATION,
        key: ROTATION,
        via: 'plan',
        file: 'infra/main.tf',
        line: 20
      },
      {
        logicalId: 'aws_iam_role.worker',
        arn: undefined,
        key: 'arn:aws:iam::111122223333:role/created-by-iac/aws_iam_role.worker',
        via: undefined,
        created: true,
        file: 'infra/main.tf',
        line: 83
      }
    ])
  })
})

describe('Terraform plan without sources or with config mappings', () => {
  it('falls back to the resource’s entry in the plan file when the .tf files are not there', () => {
    const r = run({ root: 'missing' })
    const k = r.change.keys.find(k => k.name === 'module.kms.aws_kms_key.this')!
    // Line 297 of the formatted plan: `"address": "module.kms.aws_kms_key.this"` in resource_changes.
    expect(k).toMatchObject({ file: 'infra/plan.json', line: 297 })
    expect(k.policy?.statements.map(shape)).toEqual([
      ['EnableRoot', 'Allow', 297, 297],
      ['Rotation', 'Allow', 297, 297]
    ])
    // A deferred policy document is still rebuilt, found through the plan's configuration.
    const shared = r.change.keys.find(k => k.name === 'aws_kms_key_policy.shared')!.policy!
    expect(shared.statements.map(shape)).toEqual([['Admins', 'Allow', 251, 251]])
    expect(values(shared.statements[0].principal?.aws)).toEqual([
      ['aws_kms_key_policy.shared.policy (known after apply)', 251, true],
      ['arn:aws:iam::111122223333:role/kms-admin', 251, false]
    ])
    // Without the source, an inline policy known only after apply stays wholly unknown.
    const worker = r.change.keys.find(k => k.name === 'aws_kms_key.worker')!.policy!
    expect(worker.statements.map(s => [s.effect, values(s.action)])).toEqual([
      ['Allow', [['aws_kms_key.worker.policy (known after apply)', 272, true]]],
      ['Deny', [['aws_kms_key.worker.policy (known after apply)', 272, true]]]
    ])
  })

  // `terraform show -json` prints one line; a plan formatted for reading gets the line of its entry. Only the
  // resource_changes entry counts (not planned_values or configuration), and CR-only line breaks are lines too.
  it('finds the entry’s line in a formatted plan, whatever its line breaks; a one-line plan is line 1', () => {
    const oneLine = JSON.stringify(JSON.parse(PLAN))
    const keyOf = (r: IacResult) => r.change.keys.find(k => k.name === 'module.kms.aws_kms_key.this')!
    expect(keyOf(run({ root: 'missing', text: oneLine }))).toMatchObject({ line: 1 })
    expect(keyOf(run({ root: 'missing', text: PLAN.replaceAll('\n', '\r') }))).toMatchObject({ line: 297 })
    expect(keyOf(run({ root: 'missing', text: PLAN.replaceAll('\n', '\r\n') }))).toMatchObject({ line: 297 })
  })

  it('maps a created key and a created role through the config', () => {
    const r = run({
      keys: { 'aws_kms_key.worker': 'alias/worker' },
      principals: { 'aws_iam_role.worker': 'arn:aws:iam::111122223333:role/worker-1' }
    })
    expect(r.change.keys.find(k => k.name === 'aws_kms_key.worker')).toMatchObject({ key: 'alias/worker' })
    expect(r.change.principals.find(p => p.arn === 'arn:aws:iam::111122223333:role/worker-1')).toEqual({
      arn: 'arn:aws:iam::111122223333:role/worker-1',
      policies: [],
      created: true
    })
    expect(r.problems).toEqual([])
  })

  it('reports mappings that name no suitable resource', () => {
    const r = run({
      keys: { 'aws_kms_key.nope': 'alias/x' },
      principals: { 'aws_kms_key.worker': 'arn:aws:iam::111122223333:role/x' }
    })
    expect(r.problems).toEqual([
      {
        message: 'keys: aws_kms_key.nope is not a KMS key or alias resource in infra/plan.json',
        line: 0,
        rule: 'config-error'
      },
      {
        message: 'principals: aws_kms_key.worker is not an aws_iam_role in infra/plan.json',
        line: 0,
        rule: 'config-error'
      }
    ])
  })
})

describe('malformed plans', () => {
  it('reports a JSON syntax error with its line', () => {
    const r = run({ text: '{\n  "format_version": "1.2",\n  "resource_changes": [,]\n}\n' })
    expect(r.problems[0]).toMatchObject({ rule: 'invalid-policy', file: 'infra/plan.json', line: 3 })
  })

  it('reports JSON that is not a plan, or of another major format version', () => {
    expect(run({ text: '{"values": {}}' }).problems).toEqual([
      {
        message: 'not a Terraform plan in JSON (expected the output of `terraform show -json PLANFILE`)',
        line: 1,
        rule: 'config-error',
        file: 'infra/plan.json'
      }
    ])
    expect(run({ text: '{"format_version": "2.0", "resource_changes": []}' }).problems[0].message).toMatch(
      /format_version 2.0/
    )
  })

  it('reports a planned policy that is not JSON as invalid, at the policy line', () => {
    const plan = JSON.parse(PLAN) as {
      resource_changes: { address: string; change: { after: Record<string, unknown> } }[]
    }
    plan.resource_changes.find(r => r.address === 'module.kms.aws_kms_key.logs')!.change.after.policy = '{"Version": '
    const r = run({ text: JSON.stringify(plan) })
    const doc = r.change.keys.find(k => k.name === 'module.kms.aws_kms_key.logs' && k.created)!.policy!
    expect(doc.issues.length).toBeGreaterThan(0)
    expect(doc.issues.every(i => i.line === 54)).toBe(true)
  })

  it('reads a deleted key, role and key policy (which restores the default policy)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpg-tf-'))
    try {
      writeFileSync(join(dir, 'main.tf'), '# everything removed\n')
      const text = JSON.stringify({
        format_version: '1.2',
        resource_changes: [
          {
            address: 'aws_kms_key.gone',
            mode: 'managed',
            type: 'aws_kms_key',
            name: 'gone',
            change: { actions: ['delete'], before: { arn: KEY_THIS }, after: null, after_unknown: {} }
          },
          {
            address: 'aws_iam_role.old',
            mode: 'managed',
            type: 'aws_iam_role',
            name: 'old',
            change: {
              actions: ['delete'],
              before: {
                arn: ROTATION,
                name: 'kms-rotation-service',
                inline_policy: [{ name: 'a', policy: '{}' }],
                managed_policy_arns: ['arn:aws:iam::aws:policy/ReadOnlyAccess']
              },
              after: null,
              after_unknown: {}
            }
          },
          {
            address: 'aws_kms_key_policy.p',
            mode: 'managed',
            type: 'aws_kms_key_policy',
            name: 'p',
            change: { actions: ['delete'], before: { key_id: KEY_LOGS, policy: '{}' }, after: null, after_unknown: {} }
          }
        ],
        prior_state: {
          values: {
            root_module: {
              resources: [
                {
                  address: 'data.aws_caller_identity.me',
                  mode: 'data',
                  type: 'aws_caller_identity',
                  values: { account_id: '111122223333' }
                }
              ]
            }
          }
        }
      })
      const r = readTerraformPlan({ file: 'plan.json', text, workspace: dir, keys: {}, principals: {} })
      expect(r.change.keys[0]).toEqual({
        key: KEY_THIS,
        name: 'aws_kms_key.gone',
        deleted: true,
        file: 'plan.json',
        line: 1
      })
      const restored = r.change.keys[1]
      expect(restored).toMatchObject({ key: KEY_LOGS, name: 'aws_kms_key_policy.p' })
      expect(values(restored.policy?.statements[0].principal?.aws)).toEqual([
        ['arn:aws:iam::111122223333:root', 1, false]
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('more resource types, rotation changes and unread resources (issue 11)', () => {
  const read = readPlanChanges

  it('sets rotation only when a plan creates the key or changes the setting', () => {
    const update = (before: boolean, after: boolean): boolean | undefined =>
      read([
        {
          address: 'aws_kms_key.k',
          type: 'aws_kms_key',
          actions: ['update'],
          before: { arn: KEY_THIS, enable_key_rotation: before, description: 'a' },
          after: { arn: KEY_THIS, enable_key_rotation: after, description: 'b' }
        }
      ]).change.keys[0].rotationEnabled
    expect(update(false, false)).toBeUndefined()
    expect(update(true, true)).toBeUndefined()
    expect(update(true, false)).toBe(false)
    expect(update(false, true)).toBe(true)
  })

  it('reads external, replica and awscc keys; a created key without a policy argument gets the default policy', () => {
    const r = read(
      [
        {
          address: 'aws_kms_external_key.e',
          type: 'aws_kms_external_key',
          actions: ['create'],
          after: { policy: '{"Version":"2012-10-17","Statement":[]}' }
        },
        {
          address: 'aws_kms_replica_key.r',
          type: 'aws_kms_replica_key',
          actions: ['create'],
          after: {},
          unknown: { policy: true }
        },
        {
          address: 'awscc_kms_key.c',
          type: 'awscc_kms_key',
          actions: ['create'],
          after: { key_spec: 'HMAC_256' },
          unknown: { key_policy: true }
        }
      ],
      { 'aws_kms_replica_key.r': {}, 'awscc_kms_key.c': { key_spec: { constant_value: 'HMAC_256' } } }
    )
    expect(r.change.keys.map(k => [k.name, k.keyOrigin, k.replica, k.keySpec, k.created])).toEqual([
      ['aws_kms_external_key.e', 'EXTERNAL', undefined, 'SYMMETRIC_DEFAULT', true],
      ['aws_kms_replica_key.r', undefined, true, 'SYMMETRIC_DEFAULT', true],
      ['awscc_kms_key.c', undefined, undefined, 'HMAC_256', true]
    ])
    // KMS Developer Guide, key-policy-default: the account root gets kms:*.
    for (const k of r.change.keys.slice(1))
      expect(k.policy?.statements.map(s => [s.effect, s.principal?.aws?.[0].value])).toEqual([
        ['Allow', 'arn:aws:iam::111122223333:root']
      ])
    expect(r.change.keys[0].policy?.statements).toEqual([])
    // Without configuration nor a .tf block the gate cannot tell that no policy was set: unknown, never guessed.
    const unknown = read([
      { address: 'aws_kms_key.k', type: 'aws_kms_key', actions: ['create'], after: {}, unknown: { policy: true } }
    ])
    expect(unknown.change.keys[0].policy?.statements.map(s => [s.effect, s.action?.[0].unknown])).toEqual([
      ['Allow', true],
      ['Deny', true]
    ])
  })

  it('warns for changed IAM and KMS resources it does not read, not for those that grant nothing or do not change', () => {
    const r = read([
      { address: 'aws_iam_group_policy.g', type: 'aws_iam_group_policy', actions: ['update'], before: {}, after: {} },
      {
        address: 'aws_iam_user_group_membership.m',
        type: 'aws_iam_user_group_membership',
        actions: ['create'],
        after: {}
      },
      { address: 'awscc_iam_role.c', type: 'awscc_iam_role', actions: ['delete'], before: {} },
      {
        address: 'aws_iam_policy_attachment.old',
        type: 'aws_iam_policy_attachment',
        actions: ['no-op'],
        before: {},
        after: {}
      },
      { address: 'aws_kms_grant.g', type: 'aws_kms_grant', actions: ['create'], after: {} },
      { address: 'aws_iam_access_key.k', type: 'aws_iam_access_key', actions: ['create'], after: {} },
      { address: 'aws_s3_bucket.b', type: 'aws_s3_bucket', actions: ['create'], after: {} }
    ])
    expect(r.problems.map(p => [p.rule, p.message.split(',')[0], !!p.users])).toEqual([
      ['unread-resource', 'the plan updates aws_iam_group_policy.g (aws_iam_group_policy)', true],
      ['unread-resource', 'the plan creates aws_iam_user_group_membership.m (aws_iam_user_group_membership)', true],
      ['unread-resource', 'the plan deletes awscc_iam_role.c (awscc_iam_role)', false]
    ])
  })
})
