/**
 * The gate on repositories built from public templates and modules (issue 11). Each fixture under
 * `fixtures/iac/real/` cites its source (repository, path, commit, licence) in the README there; the expected
 * lines were read off the fixture files. Every case runs a config that fires and a twin that does not.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { check, cli, mentions, NOW, ROLE, ROTATION_ACTIONS, type JsonReport } from './helpers/repos.js'

const REAL = fileURLToPath(new URL('./fixtures/iac/real/', import.meta.url))
const LAMBDA_ROLE = 'arn:aws:iam::111122223333:role/kms-ex-complete20261101000000000000000001'
const SORTED = [...ROTATION_ACTIONS].sort()

function run(fixture: string, config: string, snapshot = 'snapshot.json'): ReturnType<typeof check> {
  return check(path.join(REAL, fixture), ['--config', config], snapshot)
}

/** Findings other than the source-mapping notices: rule, file, lines, action. */
function located(report: JsonReport): string[] {
  return report.findings
    .filter(f => f.rule !== 'source-mapping')
    .map(f => `${f.severity} ${f.rule} ${f.file}:${f.startLine}-${f.endLine}${f.action ? ` ${f.action}` : ''}`)
}

function lost(file: string, line: number, endLine = line): string[] {
  return SORTED.map(a => `error rotation-access-lost ${file}:${line}-${endLine} ${a}`)
}

async function exit2(fixture: string, config: string, snapshot = 'snapshot.json'): Promise<string> {
  const dir = path.join(REAL, fixture)
  const r = await cli(['check', '--workspace', dir, '--snapshot', snapshot, '--config', config, '--now', NOW], dir)
  expect(r.code).toBe(2)
  return r.stderr
}

describe('an alias whose TargetKeyId is `!Sub ${Key}` (aws-cloudformation-templates, CloudFront.yaml)', () => {
  it('maps the template key to the live key the alias names: the dropped rotation grant is a loss', async () => {
    const { code, report } = await run('cfn-alias-sub', '.github/kms-policy-gate.yml')
    expect(code).toBe(1)
    // The Allow that disappeared has no Sid twin in the template: the `Statement` key, line 31.
    expect(located(report)).toEqual(lost('infra/CloudFront.yaml', 31))
    expect(report.findings.find(f => f.rule === 'source-mapping')?.message).toBe(
      'infra/CloudFront.yaml: key LoggingBucketKMSKey → alias/example/dev/s3-logging-kms (by alias)'
    )
    expect(report.findings[1].message).toEqual(mentions(ROLE, 'loses', 'delegates to the account'))
  })

  it('passes when the template keeps the rotation grant', async () => {
    const { code, report } = await run('cfn-alias-sub', '.github/ok.yml')
    expect(code).toBe(0)
    expect(located(report)).toEqual([])
    expect(report.checks.filter(c => c.purpose === 'rotation').map(c => c.after)).toEqual(Array(5).fill('allowed'))
  })
})

describe('owner-lockout says who else the proposed key policy still lets change it', () => {
  it('names the administrator role the upstream template grants kms:Put* to', async () => {
    const { code, report } = await run('cfn-alias-sub', '.github/no-root.yml')
    expect(code).toBe(1)
    expect(located(report)).toEqual(['error owner-lockout infra/CloudFront-no-root.yaml:31-31 kms:PutKeyPolicy'])
    expect(report.findings[1].message).toEqual(
      mentions(
        'the proposed key policy still names arn:aws:iam::111122223333:role/AdministratorAccess-example in an Allow of kms:PutKeyPolicy'
      )
    )
  })
})

describe('a config entry for a key the template creates', () => {
  it.each(['new-key', 'new-alias'])('%s: the entry is the new key; its rotation principal is checked', async name => {
    const { code, report } = await run('cfn-alias-sub', `.github/${name}.yml`, 'snapshot-new-stack.json')
    expect(code).toBe(1)
    // A new key's losses point at the resource that creates it.
    expect(located(report)).toEqual(lost('infra/CloudFront.yaml', 23))
    expect(report.checks.every(c => c.before === null)).toBe(true)
    // One key, not the config entry and the template key side by side.
    expect(new Set(report.checks.map(c => c.key)).size).toBe(1)
  })

  it.each(['new-key-ok', 'new-alias-ok'])('%s: passes when the new key grants the rotation principal', async name => {
    const { code, report } = await run('cfn-alias-sub', `.github/${name}.yml`, 'snapshot-new-stack.json')
    expect(code).toBe(0)
    expect(located(report)).toEqual([])
    expect(report.checks.filter(c => c.purpose === 'rotation')).toHaveLength(5)
  })

  it('a logical id no template declares is a config error at the entry', async () => {
    const stderr = await exit2('cfn-alias-sub', '.github/missing-id.yml', 'snapshot-new-stack.json')
    expect(stderr).toBe(
      'kms-policy-gate: .github/missing-id.yml:3: error config-error: keys[0].key: no cloudformation template the config reads declares LoggingKey\n'
    )
  })
})

describe('an alias named after the stack (aws-cloudformation-templates, S3CrossAccountReplicationWithKMS)', () => {
  it('without `stack:` the gate cannot tell which live key it is: a config error that says what to set', async () => {
    expect(await exit2('cfn-stack-name', '.github/kms-policy-gate.yml')).toBe(
      "kms-policy-gate: .github/kms-policy-gate.yml:8: error config-error: templates/source.yaml:28: the name of alias KmsKeyAlias (!Sub 'alias/${AWS::StackName}-111122223333-kms-key') depends on AWS::StackName: set `stack:` to the stack's name for this template, or map KmsKey under `keys:`\n"
    )
  })

  it('with `stack:` the alias names the live key', async () => {
    const { code, report } = await run('cfn-stack-name', '.github/ok.yml')
    expect(code).toBe(0)
    expect(located(report)).toEqual([])
    expect(report.findings[0].message).toEqual(mentions('key KmsKey → alias/repl-111122223333-kms-key (by alias)'))
  })
})

describe('one glob, one mapping, several templates', () => {
  it('a mapped logical id need only be in one of them', async () => {
    const { code, report } = await run('cfn-glob', '.github/ok.yml')
    expect(code).toBe(0)
    expect(located(report)).toEqual([])
    expect(report.findings.map(f => f.file)).toEqual(['templates/logs.yaml', 'templates/source.yaml'])
    // The ECS key has no KeyPolicy: KMS's default policy lets the account delegate, so the role's own policy counts.
    expect(report.checks.filter(c => c.key.endsWith('key/new-logs')).map(c => c.after)).toEqual(
      Array(6).fill('allowed')
    )
  })

  it('an id in none of them is one config error naming the glob', async () => {
    expect(await exit2('cfn-glob', '.github/kms-policy-gate.yml')).toBe(
      'kms-policy-gate: .github/kms-policy-gate.yml:12: error config-error: principals: ReplicationRol is not a resource of any of the 2 templates the glob matches\n'
    )
  })
})

describe('a SAM Transform (aws-cloudformation-templates, MacrosExamples/S3Objects)', () => {
  it('is an unread-resource warning at the Transform line', async () => {
    const { code, report } = await run('cfn-transform', '.github/kms-policy-gate.yml')
    expect(code).toBe(0)
    expect(located(report)).toEqual(['warning unread-resource macro.yaml:1-1'])
    expect(report.findings[0].message).toEqual(mentions('Transform AWS::Serverless-2016-10-31', 'not read'))
    const blocked = await check(path.join(REAL, 'cfn-transform'), [
      '--config',
      '.github/kms-policy-gate.yml',
      '--fail-on',
      'warning'
    ])
    expect(blocked.code).toBe(1)
  })

  it('a template without one has no such warning', async () => {
    const { report } = await run('cfn-transform', '.github/ok.yml')
    expect(located(report)).toEqual([])
  })
})

describe('keys without a policy, an RSA key, a key without rotation (checkov example_KMSRotation)', () => {
  it('decides keys without a policy on KMS’s default policy; RSA is rotation-unsupported, not rotation-disabled', async () => {
    const { code, report } = await run('tf-checkov-kms', '.github/kms-policy-gate.yml')
    expect(code).toBe(0)
    expect(located(report)).toEqual([
      'notice rotation-unsupported infra/main.tf:7-7',
      'warning rotation-disabled infra/main.tf:13-13'
    ])
    expect(report.findings[2].message).toEqual(mentions('creates the key without automatic rotation', 'no-rotation'))
    expect(report.checks.map(c => c.after)).toEqual(Array(report.checks.length).fill('allowed'))
    // The RSA key has no rotation checks at all.
    expect(
      report.checks.filter(c => c.purpose === 'rotation').every(c => c.action && c.key.endsWith('key/new-no-rotation'))
    ).toBe(true)
  })

  it('the rotating key passes; without an identity grant the default policy alone does not allow rotation', async () => {
    const ok = await run('tf-checkov-kms', '.github/ok.yml')
    expect(ok.report.checks.filter(c => c.key.endsWith('key/new-rotating')).map(c => c.after)).toEqual(
      Array(6).fill('allowed')
    )
    expect(located(ok.report).filter(f => f.includes('main.tf:1-'))).toEqual([])
    const bare = await run('tf-checkov-kms', '.github/ok.yml', 'snapshot-no-identity.json')
    expect(located(bare.report).filter(f => f.includes('main.tf:1-'))).toEqual(lost('infra/main.tf', 1))
  })
})

describe('a plan that deletes or replaces a principal the key policy names (terraform-aws-kms examples/complete)', () => {
  it('deleting the rotation role loses every rotation action, at the role block', async () => {
    const { code, report } = await run('tf-role-removed', '.github/kms-policy-gate.yml')
    expect(code).toBe(1)
    expect(located(report)).toEqual(lost('infra/main.tf', 5))
    expect(report.findings[1].message).toEqual(mentions('the change deletes', LAMBDA_ROLE))
  })

  it('replacing it is a loss too: the new role has a new unique id', async () => {
    const { code, report } = await run('tf-role-removed', '.github/replace.yml')
    expect(code).toBe(1)
    expect(located(report)).toEqual(lost('infra/main.tf', 5))
    expect(report.findings[1].message).toEqual(mentions('the change replaces', 'new unique id'))
  })

  it('a proposed key policy naming the deleted role is principal-not-found at the ARN', async () => {
    const { report } = await run('tf-role-removed', '.github/policy-delete.yml')
    expect(located(report)).toContain('error principal-not-found policies/key.json:15-15')
  })

  it('an update that keeps the role passes', async () => {
    for (const config of ['.github/ok.yml', '.github/policy-ok.yml']) {
      const { code, report } = await run('tf-role-removed', config)
      expect(code).toBe(0)
      expect(located(report)).toEqual([])
    }
  })
})

describe('exclusive policy lists and unread IAM resources', () => {
  it('an empty aws_iam_role_policies_exclusive removes the role’s inline grant; a group policy is unread', async () => {
    const { code, report } = await run('tf-role-removed', '.github/exclusive.yml', 'snapshot-delegated.json')
    expect(code).toBe(1)
    // The removed policy is live, not in the repository: the losses point at the key's config entry.
    expect(located(report)).toEqual([
      ...lost('.github/exclusive.yml', 3, 6),
      'warning unread-resource infra/main.tf:27-27'
    ])
    expect(report.findings.at(-1)!.message).toEqual(mentions('aws_iam_group_policy.operators', 'does not read'))
  })

  it('a list that names the grant passes', async () => {
    const { code, report } = await run('tf-role-removed', '.github/exclusive-ok.yml', 'snapshot-delegated.json')
    expect(code).toBe(0)
    expect(located(report)).toEqual([])
  })
})
