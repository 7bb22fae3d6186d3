/**
 * Access rules of CONTRACT §6 on the fixture repositories: rotation-access-lost, rotation-access-missing,
 * owner-lockout, owner-access-lost and evaluation-inconclusive. Each firing case has a twin that differs
 * minimally and does not fire. Where a finding points follows "Where a finding points" (CONTRACT §6).
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import {
  ADMIN,
  KEY,
  ROLE,
  ROOT_ARN,
  SECURITY,
  check,
  checkRepo,
  copyRepo,
  mentions,
  removeDir,
  row,
  rotationRows
} from './helpers/repos.js'

const temps: string[] = []
afterAll(() => temps.forEach(removeDir))

describe('rotation-access-lost', () => {
  it('fires for an explicit Deny in the proposed key policy and points at the Deny statement', async () => {
    const { code, report } = await checkRepo('rotation-access-lost-deny')
    expect(code).toBe(1)
    expect(report).toMatchObject({
      version: 1,
      result: 'failed',
      mode: 'offline',
      counts: { error: 1, warning: 0, notice: 0 }
    })
    expect(report.findings).toEqual([
      {
        rule: 'rotation-access-lost',
        severity: 'error',
        message: `${ROLE} loses kms:RotateKeyOnDemand on app-data: explicit Deny in key policy statement DenyOnDemandRotation (policies/key.json)`,
        key: KEY,
        principal: ROLE,
        action: 'kms:RotateKeyOnDemand',
        file: 'policies/key.json',
        startLine: 24,
        endLine: 30,
        preExisting: false
      }
    ])
    expect(report.checks).toEqual([
      ...rotationRows({ 'kms:RotateKeyOnDemand': ['allowed', 'explicit-deny'] }),
      row(ROOT_ARN, 'owner', 'kms:PutKeyPolicy', 'allowed', 'allowed')
    ])
  })

  it('does not fire without the Deny statement (twin)', async () => {
    const { code, report } = await checkRepo('rotation-access-lost-deny', { config: '.github/ok.yml' })
    expect(code).toBe(0)
    expect(report.result).toBe('passed')
    expect(report.findings).toEqual([])
    expect(report.checks).toEqual([...rotationRows(), row(ROOT_ARN, 'owner', 'kms:PutKeyPolicy', 'allowed', 'allowed')])
  })

  it('fires when the proposed inline policy drops the identity Allow, at the statement with the same Sid', async () => {
    const { code, report } = await checkRepo('rotation-access-lost-identity')
    expect(code).toBe(1)
    expect(report.findings).toEqual([
      {
        rule: 'rotation-access-lost',
        severity: 'error',
        message: mentions(ROLE, 'loses kms:RotateKeyOnDemand on app-data', 'no identity policy allows it'),
        key: KEY,
        principal: ROLE,
        action: 'kms:RotateKeyOnDemand',
        file: 'iam/rotation-inline.json',
        startLine: 4,
        endLine: 14,
        preExisting: false
      }
    ])
    expect(report.checks).toEqual([
      ...rotationRows({ 'kms:RotateKeyOnDemand': ['allowed', 'implicit-deny'] }),
      row(ROOT_ARN, 'owner', 'kms:PutKeyPolicy', 'allowed', 'allowed')
    ])
  })

  it('does not fire when the proposed inline policy keeps the action (twin)', async () => {
    const { code, report } = await checkRepo('rotation-access-lost-identity', { config: '.github/ok.yml' })
    expect(code).toBe(0)
    expect(report.findings).toEqual([])
    expect(report.checks.every(c => c.after === 'allowed')).toBe(true)
  })

  it('fires for every rotation action when root delegation is removed: the IAM Allow no longer counts', async () => {
    const { code, report } = await checkRepo('rotation-access-lost-root-delegation')
    expect(code).toBe(1)
    // The Allow that disappeared (EnableRootDelegation) has no statement with its Sid in the proposed
    // policy, so every finding points at the line of the `Statement` key.
    const expected = [
      'kms:DescribeKey',
      'kms:EnableKeyRotation',
      'kms:GetKeyRotationStatus',
      'kms:ListKeyRotations',
      'kms:RotateKeyOnDemand'
    ].map(action => ({
      rule: 'rotation-access-lost',
      severity: 'error',
      message: mentions(
        `loses ${action} on app-data`,
        'no key-policy statement allows the principal or delegates to its account'
      ),
      key: KEY,
      principal: ROLE,
      action,
      file: 'policies/key.json',
      startLine: 3,
      endLine: 3,
      preExisting: false
    }))
    expect(report.findings).toEqual(expected)
    expect(report.counts).toEqual({ error: 5, warning: 0, notice: 0 })
    expect(report.checks).toEqual([
      ...rotationRows(
        Object.fromEntries(
          [
            'kms:RotateKeyOnDemand',
            'kms:EnableKeyRotation',
            'kms:GetKeyRotationStatus',
            'kms:ListKeyRotations',
            'kms:DescribeKey'
          ].map(a => [a, ['allowed', 'implicit-deny']])
        )
      ),
      row(ADMIN, 'owner', 'kms:PutKeyPolicy', 'allowed', 'allowed')
    ])
  })

  it('does not fire when the proposed key policy keeps root delegation (twin)', async () => {
    const { code, report } = await checkRepo('rotation-access-lost-root-delegation', { config: '.github/ok.yml' })
    expect(code).toBe(0)
    expect(report.findings).toEqual([])
    expect(report.checks).toEqual([...rotationRows(), row(ADMIN, 'owner', 'kms:PutKeyPolicy', 'allowed', 'allowed')])
  })

  it('fires for the actions a proposed permissions boundary leaves out, at its Statement key', async () => {
    const { code, report } = await checkRepo('rotation-access-lost-boundary')
    expect(code).toBe(1)
    expect(report.findings).toEqual(
      ['kms:EnableKeyRotation', 'kms:RotateKeyOnDemand'].map(action => ({
        rule: 'rotation-access-lost',
        severity: 'error',
        message: mentions(`loses ${action} on app-data`, 'the permissions boundary does not allow it'),
        key: KEY,
        principal: ROLE,
        action,
        file: 'iam/boundary.json',
        startLine: 3,
        endLine: 3,
        preExisting: false
      }))
    )
    expect(report.checks).toEqual([
      ...rotationRows({
        'kms:RotateKeyOnDemand': ['allowed', 'implicit-deny'],
        'kms:EnableKeyRotation': ['allowed', 'implicit-deny']
      }),
      row(ROOT_ARN, 'owner', 'kms:PutKeyPolicy', 'allowed', 'allowed')
    ])
  })

  it('does not fire when the boundary allows the rotation actions (twin)', async () => {
    const { code, report } = await checkRepo('rotation-access-lost-boundary', { config: '.github/ok.yml' })
    expect(code).toBe(0)
    expect(report.findings).toEqual([])
  })
})

/**
 * A managed policy used as a live permissions boundary, edited by the change without touching the role's
 * PermissionsBoundary ARN: the new document is the boundary from then on (IAM User Guide, "Permissions boundaries
 * for IAM entities": the boundary is a managed policy; a new default version applies wherever it is used).
 */
describe('rotation-access-lost through an edited boundary policy', () => {
  const BOUNDARY = 'arn:aws:iam::111122223333:policy/rotation-boundary'
  const ALL_KMS = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:*', Resource: '*' }] }

  function repoWithLiveBoundary(): { dir: string; config: string } {
    const dir = copyRepo('rotation-access-lost-boundary')
    temps.push(dir)
    const snapshotFile = path.join(dir, 'snapshot.json')
    const snapshot = JSON.parse(fs.readFileSync(snapshotFile, 'utf8')) as {
      principals: { arn: string; permissionsBoundary: unknown }[]
    }
    snapshot.principals.find(p => p.arn === ROLE)!.permissionsBoundary = { arn: BOUNDARY, document: ALL_KMS }
    fs.writeFileSync(snapshotFile, JSON.stringify(snapshot, null, 2))
    const keys = [
      'version: 1',
      'keys:',
      '  - name: app-data',
      `    key: ${KEY}`,
      '    rotation:',
      `      principals: [${ROLE}]`
    ]
    return { dir, config: keys.join('\n') }
  }

  function writePlan(dir: string, after: unknown): void {
    const values = (doc: unknown) => ({
      arn: BOUNDARY,
      name: 'rotation-boundary',
      path: '/',
      policy: JSON.stringify(doc)
    })
    const plan = {
      format_version: '1.2',
      resource_changes: [
        {
          address: 'aws_iam_policy.rotation_boundary',
          mode: 'managed',
          type: 'aws_iam_policy',
          name: 'rotation_boundary',
          change: { actions: ['update'], before: values(ALL_KMS), after: values(after), after_unknown: {} }
        }
      ]
    }
    fs.writeFileSync(path.join(dir, 'plan.json'), JSON.stringify(plan, null, 2))
  }

  const narrowed = JSON.parse(
    fs.readFileSync(
      path.join(import.meta.dirname, 'fixtures/repos/rotation-access-lost-boundary/iam/boundary.json'),
      'utf8'
    )
  ) as unknown

  it('fires when a Terraform plan narrows the policy that is the role’s boundary', async () => {
    const { dir, config } = repoWithLiveBoundary()
    writePlan(dir, narrowed)
    fs.writeFileSync(path.join(dir, '.github', 'tf.yml'), `${config}\nterraform:\n  plan: plan.json\n`)
    const { code, report } = await check(dir, ['--config', '.github/tf.yml'])
    expect(code).toBe(1)
    expect(report.findings.map(f => [f.rule, f.action, f.file, f.startLine])).toEqual([
      // Without .tf files the plan entry's "address" line (line 5 of the formatted plan).
      ['rotation-access-lost', 'kms:EnableKeyRotation', 'plan.json', 5],
      ['rotation-access-lost', 'kms:RotateKeyOnDemand', 'plan.json', 5]
    ])
    expect(report.findings[0].message).toEqual(mentions('the permissions boundary does not allow it'))
    expect(report.checks).toEqual([
      ...rotationRows({
        'kms:RotateKeyOnDemand': ['allowed', 'implicit-deny'],
        'kms:EnableKeyRotation': ['allowed', 'implicit-deny']
      }),
      row(ROOT_ARN, 'owner', 'kms:PutKeyPolicy', 'allowed', 'allowed')
    ])
  })

  it('does not fire when the edited boundary still allows the rotation actions (twin)', async () => {
    const { dir, config } = repoWithLiveBoundary()
    writePlan(dir, {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 'kms:*Rotation*', Resource: '*' },
        { Effect: 'Allow', Action: ['kms:DescribeKey', 'kms:RotateKeyOnDemand'], Resource: '*' }
      ]
    })
    fs.writeFileSync(path.join(dir, '.github', 'tf.yml'), `${config}\nterraform:\n  plan: plan.json\n`)
    const { code, report } = await check(dir, ['--config', '.github/tf.yml'])
    expect(report.findings).toEqual([])
    expect(code).toBe(0)
  })

  it('fires when the config replaces the boundary policy by its managed ARN', async () => {
    const { dir, config } = repoWithLiveBoundary()
    const principals = [
      'principals:',
      `  - arn: ${ROLE}`,
      '    policies:',
      `      - file: iam/boundary.json`,
      `        managed: ${BOUNDARY}`
    ]
    fs.writeFileSync(path.join(dir, '.github', 'managed.yml'), `${config}\n${principals.join('\n')}\n`)
    const { code, report } = await check(dir, ['--config', '.github/managed.yml'])
    expect(code).toBe(1)
    expect(report.findings.map(f => [f.rule, f.action, f.file, f.startLine])).toEqual([
      ['rotation-access-lost', 'kms:EnableKeyRotation', 'iam/boundary.json', 3],
      ['rotation-access-lost', 'kms:RotateKeyOnDemand', 'iam/boundary.json', 3]
    ])
  })
})

describe('rotation-access-missing', () => {
  it('is a pre-existing warning for an action never allowed, at the key entry of the config', async () => {
    const { code, report } = await checkRepo('rotation-access-missing')
    expect(code).toBe(0)
    expect(report.result).toBe('passed')
    expect(report.findings).toEqual([
      {
        rule: 'rotation-access-missing',
        severity: 'warning',
        message: mentions(
          ROLE,
          'cannot kms:RotateKeyOnDemand on app-data before or after the change',
          'no identity policy allows it'
        ),
        key: KEY,
        principal: ROLE,
        action: 'kms:RotateKeyOnDemand',
        file: '.github/kms-policy-gate.yml',
        startLine: 3,
        endLine: 6,
        preExisting: true
      }
    ])
    expect(report.checks[0]).toEqual(row(ROLE, 'rotation', 'kms:RotateKeyOnDemand', 'implicit-deny', 'implicit-deny'))
  })

  it('blocks with --fail-on warning (CONTRACT §2), not with --ignore-pre-existing', async () => {
    const both = await checkRepo('rotation-access-missing', { extra: ['--fail-on', 'warning'] })
    expect(both.code).toBe(1)
    expect(both.report.result).toBe('failed')
    const newOnly = await checkRepo('rotation-access-missing', {
      extra: ['--fail-on', 'warning', '--ignore-pre-existing']
    })
    expect(newOnly.code).toBe(0)
    expect(newOnly.report.result).toBe('passed')
  })

  it('does not fire once the proposed inline policy grants the action; gaining access is no finding (twin)', async () => {
    const { code, report } = await checkRepo('rotation-access-missing', { config: '.github/ok.yml' })
    expect(code).toBe(0)
    expect(report.findings).toEqual([])
    expect(report.checks[0]).toEqual(row(ROLE, 'rotation', 'kms:RotateKeyOnDemand', 'implicit-deny', 'allowed'))
  })

  it('reports an SCP Deny already in the live state as rotation-access-missing, not rotation-access-lost', async () => {
    const { code, report } = await checkRepo('rotation-access-missing-scp')
    expect(code).toBe(0)
    expect(report.findings).toEqual([
      {
        rule: 'rotation-access-missing',
        severity: 'warning',
        message: mentions(
          'cannot kms:RotateKeyOnDemand on app-data before or after the change',
          'explicit Deny in SCP statement DenyOnDemandRotation (SCP level 2 #2)'
        ),
        key: KEY,
        principal: ROLE,
        action: 'kms:RotateKeyOnDemand',
        // The SCP is not a repository file: the finding points at the key's config entry.
        file: '.github/kms-policy-gate.yml',
        startLine: 3,
        endLine: 7,
        preExisting: true
      }
    ])
    expect(report.checks).toEqual([
      ...rotationRows({ 'kms:RotateKeyOnDemand': ['explicit-deny', 'explicit-deny'] }),
      row(ROOT_ARN, 'owner', 'kms:PutKeyPolicy', 'allowed', 'allowed')
    ])
  })

  it('does not fire when the SCP levels only allow (twin snapshot)', async () => {
    const { code, report } = await checkRepo('rotation-access-missing-scp', { snapshot: 'snapshot-ok.json' })
    expect(code).toBe(0)
    expect(report.findings).toEqual([])
    expect(report.checks[0]).toEqual(row(ROLE, 'rotation', 'kms:RotateKeyOnDemand', 'allowed', 'allowed'))
  })
})

describe('owner-lockout', () => {
  it('fires when the root statement is removed, at the Statement key of the proposed policy', async () => {
    const { code, report } = await checkRepo('owner-lockout')
    expect(code).toBe(1)
    expect(report.findings).toEqual([
      {
        rule: 'owner-lockout',
        severity: 'error',
        message: mentions(
          `no owner of app-data could kms:PutKeyPolicy after the change (${ROOT_ARN})`,
          'no key-policy statement allows the principal'
        ),
        key: KEY,
        principal: ROOT_ARN,
        action: 'kms:PutKeyPolicy',
        file: 'policies/no-root.json',
        startLine: 3,
        endLine: 3,
        preExisting: false
      }
    ])
    // The rotation role is named directly in AllowRotation: removing root delegation does not affect it.
    expect(report.checks).toEqual([
      ...rotationRows(),
      row(ROOT_ARN, 'owner', 'kms:PutKeyPolicy', 'allowed', 'implicit-deny')
    ])
  })

  it('fires for a Deny on kms:PutKeyPolicy for "*", at the Deny statement', async () => {
    const { code, report } = await checkRepo('owner-lockout', { config: '.github/deny.yml' })
    expect(code).toBe(1)
    expect(report.findings).toEqual([
      {
        rule: 'owner-lockout',
        severity: 'error',
        message: mentions(
          'no owner of app-data could kms:PutKeyPolicy after the change',
          'explicit Deny in key policy statement DenyPolicyChanges (policies/deny-put.json)'
        ),
        key: KEY,
        principal: ROOT_ARN,
        action: 'kms:PutKeyPolicy',
        file: 'policies/deny-put.json',
        startLine: 24,
        endLine: 30,
        preExisting: false
      }
    ])
    expect(report.checks.at(-1)).toEqual(row(ROOT_ARN, 'owner', 'kms:PutKeyPolicy', 'allowed', 'explicit-deny'))
  })

  it('does not fire when the proposed policy keeps the root statement (twin)', async () => {
    const { code, report } = await checkRepo('owner-lockout', { config: '.github/ok.yml' })
    expect(code).toBe(0)
    expect(report.findings).toEqual([])
    expect(report.checks.at(-1)).toEqual(row(ROOT_ARN, 'owner', 'kms:PutKeyPolicy', 'allowed', 'allowed'))
  })
})

describe('owner-access-lost', () => {
  it('warns when one of two owners loses kms:PutKeyPolicy, at the statement with the same Sid', async () => {
    const { code, report } = await checkRepo('owner-access-lost')
    expect(code).toBe(0)
    expect(report.findings).toEqual([
      {
        rule: 'owner-access-lost',
        severity: 'warning',
        message: mentions(SECURITY, 'loses kms:PutKeyPolicy on app-data (another owner keeps it)'),
        key: KEY,
        principal: SECURITY,
        action: 'kms:PutKeyPolicy',
        file: 'policies/key.json',
        startLine: 11,
        endLine: 21,
        preExisting: false
      }
    ])
    expect(report.checks).toEqual([
      ...rotationRows(),
      row(ADMIN, 'owner', 'kms:PutKeyPolicy', 'allowed', 'allowed'),
      row(SECURITY, 'owner', 'kms:PutKeyPolicy', 'allowed', 'implicit-deny')
    ])
  })

  it('does not fire when both owners stay in the statement (twin)', async () => {
    const { code, report } = await checkRepo('owner-access-lost', { config: '.github/ok.yml' })
    expect(code).toBe(0)
    expect(report.findings).toEqual([])
  })

  it('reports an owner whose access becomes undecided even though another owner keeps it', async () => {
    const { code, report } = await checkRepo('owner-access-lost', { config: '.github/conditional.yml' })
    expect(code).toBe(1)
    expect(report.findings).toEqual([
      {
        rule: 'evaluation-inconclusive',
        severity: 'error',
        message: mentions(
          `${SECURITY} kms:PutKeyPolicy on app-data (owner) is allowed before and inconclusive after`,
          'aws:SourceVpc',
          '.github/conditional.yml'
        ),
        key: KEY,
        principal: SECURITY,
        action: 'kms:PutKeyPolicy',
        file: 'policies/key-conditional.json',
        startLine: 36,
        endLine: 45,
        preExisting: false
      }
    ])
    expect(report.checks.slice(-2)).toEqual([
      row(ADMIN, 'owner', 'kms:PutKeyPolicy', 'allowed', 'allowed'),
      row(SECURITY, 'owner', 'kms:PutKeyPolicy', 'allowed', 'inconclusive')
    ])
  })
})

describe('evaluation-inconclusive', () => {
  const hint = `context: { "${ROLE}": { aws:SourceVpc: … } }`

  it('is an error when an unknown aws:SourceVpc hides a possible regression, at the conditional Deny', async () => {
    const { code, report } = await checkRepo('evaluation-inconclusive')
    expect(code).toBe(1)
    expect(report.findings).toEqual([
      {
        rule: 'evaluation-inconclusive',
        severity: 'error',
        message: mentions(
          'kms:RotateKeyOnDemand on app-data (rotation) is allowed before and inconclusive after',
          'aws:SourceVpc',
          hint,
          '.github/kms-policy-gate.yml'
        ),
        key: KEY,
        principal: ROLE,
        action: 'kms:RotateKeyOnDemand',
        file: 'policies/key.json',
        startLine: 24,
        endLine: 33,
        preExisting: false
      }
    ])
    expect(report.checks[0]).toEqual(row(ROLE, 'rotation', 'kms:RotateKeyOnDemand', 'allowed', 'inconclusive'))
  })

  it('is settled by config context: inside the VPC the Deny does not apply', async () => {
    const { code, report } = await checkRepo('evaluation-inconclusive', { config: '.github/context-ok.yml' })
    expect(code).toBe(0)
    expect(report.findings).toEqual([])
    expect(report.checks[0]).toEqual(row(ROLE, 'rotation', 'kms:RotateKeyOnDemand', 'allowed', 'allowed'))
  })

  it('is settled by config context: outside the VPC the Deny applies and the loss is reported', async () => {
    const { code, report } = await checkRepo('evaluation-inconclusive', { config: '.github/context-deny.yml' })
    expect(code).toBe(1)
    expect(report.findings).toEqual([
      expect.objectContaining({
        rule: 'rotation-access-lost',
        severity: 'error',
        action: 'kms:RotateKeyOnDemand',
        file: 'policies/key.json',
        startLine: 24,
        endLine: 33,
        message: mentions('explicit Deny in key policy statement DenyRotationOutsideVpc')
      })
    ])
    expect(report.checks[0]).toEqual(row(ROLE, 'rotation', 'kms:RotateKeyOnDemand', 'allowed', 'explicit-deny'))
  })

  it('is a pre-existing warning when the live policy already had the conditional Deny', async () => {
    const { code, report } = await checkRepo('evaluation-inconclusive', { snapshot: 'snapshot-conditional.json' })
    expect(code).toBe(0)
    expect(report.findings).toEqual([
      expect.objectContaining({
        rule: 'evaluation-inconclusive',
        severity: 'warning',
        message: mentions('is inconclusive before and inconclusive after', 'aws:SourceVpc'),
        file: 'policies/key.json',
        startLine: 24,
        endLine: 33,
        preExisting: true
      })
    ])
    expect(report.checks[0]).toEqual(row(ROLE, 'rotation', 'kms:RotateKeyOnDemand', 'inconclusive', 'inconclusive'))
  })
})
