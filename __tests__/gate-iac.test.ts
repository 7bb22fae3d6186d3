/**
 * The gate on infrastructure-as-code repositories (issue 5, CONTRACT §4 and §6): CloudFormation YAML with
 * short-form tags, hand-written CloudFormation JSON, CDK output (`cdk.out/*.template.json`) and a Terraform
 * plan whose keys live in a module. One repository per kind and rule, `fixtures/repos/iac-<kind>-<rule>/`,
 * each with a twin config `.github/ok.yml` that differs minimally and does not fire. The expected lines were
 * read off the fixture files; fixtures/README.md says where each expected answer comes from.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import {
  KEY,
  NOW,
  ROLE,
  ROOT_ARN,
  checkRepo,
  check,
  cli,
  copyRepo,
  mentions,
  removeDir,
  repo,
  snapshotFor,
  row,
  rotationRows,
  type JsonReport,
  type ReportCheck
} from './helpers/repos.js'
import {
  checkArgs,
  cli as liveCli,
  liveAgainst,
  offline,
  readSnapshot,
  startAccount,
  withoutMode
} from './helpers/live-harness.js'

const temps: string[] = []
afterAll(() => temps.forEach(removeDir))

const ADMIN_OLD = 'arn:aws:iam::111122223333:role/kms-admin-old'
const ROTATION_ACTIONS = [
  'kms:RotateKeyOnDemand',
  'kms:EnableKeyRotation',
  'kms:GetKeyRotationStatus',
  'kms:ListKeyRotations',
  'kms:DescribeKey'
]
/** The actions sorted as findings are (by file, line, rule, then action). */
const SORTED_ACTIONS = [...ROTATION_ACTIONS].sort()
const OWNER_ROW = row(ROOT_ARN, 'owner', 'kms:PutKeyPolicy', 'allowed', 'allowed')
const BY_CONFIG = `${KEY} (by config)`

interface Expected {
  rule: string
  severity: string
  file: string
  startLine: number
  endLine: number
  action?: string
  principal?: string
}

/** The findings other than the source-mapping notice, without their messages. */
function located(report: JsonReport): Expected[] {
  return report.findings
    .filter(f => f.rule !== 'source-mapping')
    .map(f => ({
      rule: f.rule,
      severity: f.severity,
      file: f.file!,
      startLine: f.startLine!,
      endLine: f.endLine!,
      ...(f.action ? { action: f.action } : {}),
      ...(f.principal ? { principal: f.principal } : {})
    }))
}

/** The `source-mapping` notices: what each template or plan was mapped to. */
function mappings(report: JsonReport): string[] {
  return report.findings.filter(f => f.rule === 'source-mapping').map(f => f.message)
}

/** Runs the firing config and its twin; the twin must pass with the same notice for its own file. */
async function twin(name: string): Promise<JsonReport> {
  const ok = await checkRepo(name, { config: '.github/ok.yml' })
  expect(ok.code).toBe(0)
  expect(ok.report.result).toBe('passed')
  expect(located(ok.report)).toEqual([])
  expect(ok.report.counts).toEqual({ error: 0, warning: 0, notice: 1 })
  return ok.report
}

/** Every kind of source, with the files and lines of the same rule in each. */
interface Kind {
  kind: string
  /** The file that holds the key policy, and the one the twin config reads. */
  file: string
  okFile: string
  /** The source-mapping notice, for the key mapped by config (or by plan). */
  mapping: (file: string) => string
  deny: [number, number]
  ownerStatement: number
  principalLine: number
  actionLine: number
  inconclusive: [number, number]
  /** How the message names the value the source leaves unresolved. */
  unresolved: string
  alias: { file: string; okFile: string; mapping: (file: string) => string; deny: [number, number] }
  newKey: {
    file: string
    okFile: string
    name: string
    statement: number
    mapping: (file: string) => string
  }
}

const yamlMapping = (file: string): string => `${file}: key AppDataKey → ${BY_CONFIG}`
const cdkMapping = (file: string): string => `${file}: key AppDataKeyB4A7C3D2 → ${BY_CONFIG}`
const tfMapping = (file: string): string => `${file}: key module.kms.aws_kms_key.app_data → ${KEY} (by plan)`

const KINDS: Kind[] = [
  {
    kind: 'cfn-yaml',
    file: 'infra/kms-stack.yaml',
    okFile: 'infra/kms-stack-ok.yaml',
    mapping: yamlMapping,
    deny: [33, 38],
    ownerStatement: 15,
    principalLine: 37,
    actionLine: 27,
    inconclusive: [22, 32],
    unresolved: '!ImportValue shared-roles-RotationRoleArn (known only after deployment)',
    alias: {
      file: 'infra/kms-stack.yaml',
      okFile: 'infra/kms-stack-ok.yaml',
      mapping: file => `${file}: key AppDataKey → alias/app-data (by alias)`,
      deny: [33, 39]
    },
    newKey: {
      file: 'infra/reports-stack.yaml',
      okFile: 'infra/reports-stack-ok.yaml',
      name: 'ReportsKey',
      statement: 11,
      mapping: file =>
        `${file}: key ReportsKey → a new key; principal ReportsRole → arn:aws:iam::111122223333:role/reports-service (by name)`
    }
  },
  {
    kind: 'cfn-json',
    file: 'infra/kms-stack.template.json',
    okFile: 'infra/kms-stack-ok.template.json',
    mapping: yamlMapping,
    deny: [47, 57],
    ownerStatement: 18,
    principalLine: 52,
    actionLine: 39,
    inconclusive: [30, 46],
    unresolved: '!ImportValue shared-roles-RotationRoleArn (known only after deployment)',
    alias: {
      file: 'infra/kms-stack.template.json',
      okFile: 'infra/kms-stack-ok.template.json',
      mapping: file => `${file}: key AppDataKey → alias/app-data (by alias)`,
      deny: [47, 56]
    },
    newKey: {
      file: 'infra/reports-stack.template.json',
      okFile: 'infra/reports-stack-ok.template.json',
      name: 'ReportsKey',
      statement: 12,
      mapping: file =>
        `${file}: key ReportsKey → a new key; principal ReportsRole → arn:aws:iam::111122223333:role/reports-service (by name)`
    }
  },
  {
    kind: 'cdk',
    file: 'cdk.out/KmsStack.template.json',
    okFile: 'fixed/cdk.out/KmsStack.template.json',
    mapping: cdkMapping,
    deny: [62, 85],
    ownerStatement: 8,
    principalLine: 69,
    actionLine: 34,
    inconclusive: [32, 48],
    unresolved:
      '!ImportValue SharedRolesStack:ExportsOutputFnGetAttRotationRole3F2A1B0CArn9D8E7F6A (known only after deployment)',
    alias: {
      file: 'cdk.out/KmsStack.template.json',
      okFile: 'fixed/cdk.out/KmsStack.template.json',
      mapping: file => `${file}: key AppDataKeyB4A7C3D2 → alias/app-data (by alias)`,
      deny: [62, 73]
    },
    newKey: {
      file: 'cdk.out/ReportsStack.template.json',
      okFile: 'fixed/cdk.out/ReportsStack.template.json',
      name: 'ReportsKey5C0F3A9E',
      statement: 8,
      mapping: file =>
        `${file}: key ReportsKey5C0F3A9E → a new key; principal ReportsRole7A3B9C1D → arn:aws:iam::111122223333:role/reports-service (by name)`
    }
  },
  {
    kind: 'tf',
    file: 'infra/modules/kms/main.tf',
    okFile: 'fixed/infra/modules/kms/main.tf',
    mapping: tfMapping,
    deny: [35, 44],
    ownerStatement: 13,
    principalLine: 39,
    actionLine: 27,
    inconclusive: [19, 33],
    unresolved: 'module.kms.aws_kms_key.app_data.policy (known after apply)',
    alias: {
      file: 'infra/modules/kms/main.tf',
      okFile: 'fixed/infra/modules/kms/main.tf',
      mapping: tfMapping,
      deny: [35, 44]
    },
    newKey: {
      file: 'infra/modules/kms/main.tf',
      okFile: 'fixed/infra/modules/kms/main.tf',
      name: 'module.kms.aws_kms_key.audit',
      statement: 13,
      mapping: file => `${file}: key module.kms.aws_kms_key.audit → a new key`
    }
  }
]

describe.each(KINDS)('$kind', k => {
  it('rotation-access-lost: an explicit Deny added to the key policy, at the Deny statement', async () => {
    const name = `iac-${k.kind}-rotation-access-lost`
    const { code, report } = await checkRepo(name)
    expect(code).toBe(1)
    expect(report.counts).toEqual({ error: 1, warning: 0, notice: 1 })
    expect(located(report)).toEqual([
      {
        rule: 'rotation-access-lost',
        severity: 'error',
        file: k.file,
        startLine: k.deny[0],
        endLine: k.deny[1],
        action: 'kms:RotateKeyOnDemand',
        principal: ROLE
      }
    ])
    expect(report.findings.find(f => f.rule === 'rotation-access-lost')!.message).toEqual(
      mentions('loses kms:RotateKeyOnDemand on app-data', 'explicit Deny in key policy statement DenyOnDemandRotation')
    )
    expect(report.checks).toEqual([
      ...rotationRows({ 'kms:RotateKeyOnDemand': ['allowed', 'explicit-deny'] }),
      OWNER_ROW
    ])
    expect(mappings(report)).toEqual([k.mapping(k.file)])
    const ok = await twin(name)
    expect(ok.checks).toEqual([...rotationRows(), OWNER_ROW])
    expect(mappings(ok)).toEqual([k.mapping(k.okFile)])
  })

  it('owner-lockout: the account root statement removed, at the Statement key', async () => {
    const name = `iac-${k.kind}-owner-lockout`
    const { code, report } = await checkRepo(name)
    expect(code).toBe(1)
    expect(located(report)).toEqual([
      {
        rule: 'owner-lockout',
        severity: 'error',
        file: k.file,
        startLine: k.ownerStatement,
        endLine: k.ownerStatement,
        action: 'kms:PutKeyPolicy',
        principal: ROOT_ARN
      }
    ])
    // The rotation role is named in the key policy itself: it keeps rotation without the root statement.
    expect(report.checks).toEqual([
      ...rotationRows(),
      row(ROOT_ARN, 'owner', 'kms:PutKeyPolicy', 'allowed', 'implicit-deny')
    ])
    expect(mappings(report)).toEqual([k.mapping(k.file)])
    expect((await twin(name)).checks).toEqual([...rotationRows(), OWNER_ROW])
  })

  it('principal-not-found: a key administrator that does not exist, at the line of its ARN', async () => {
    const name = `iac-${k.kind}-principal-not-found`
    const { code, report } = await checkRepo(name)
    expect(code).toBe(1)
    expect(located(report)).toEqual([
      {
        rule: 'principal-not-found',
        severity: 'error',
        file: k.file,
        startLine: k.principalLine,
        endLine: k.principalLine,
        principal: ADMIN_OLD
      }
    ])
    expect(report.findings.find(f => f.rule === 'principal-not-found')!.message).toBe(
      `role ${ADMIN_OLD} does not exist in account 111122223333: PutKeyPolicy would reject the policy`
    )
    expect(report.checks).toEqual([...rotationRows(), OWNER_ROW])
    await twin(name)
  })

  it('unknown-action: kms:RotateKeyForward, at the line of the action', async () => {
    const name = `iac-${k.kind}-unknown-action`
    const { code, report } = await checkRepo(name)
    expect(code).toBe(1)
    expect(located(report)).toEqual([
      {
        rule: 'unknown-action',
        severity: 'error',
        file: k.file,
        startLine: k.actionLine,
        endLine: k.actionLine,
        action: 'kms:RotateKeyForward'
      }
    ])
    expect(report.findings.find(f => f.rule === 'unknown-action')!.message).toBe(
      '"kms:RotateKeyForward" is not an action; did you mean "kms:RotateKeyOnDemand"?'
    )
    // The role is still allowed by its identity policy through the root statement.
    expect(report.checks).toEqual([...rotationRows(), OWNER_ROW])
    await twin(name)
  })

  it('evaluation-inconclusive: a principal known only after deployment, at the undecided statement', async () => {
    const name = `iac-${k.kind}-evaluation-inconclusive`
    const { code, report } = await checkRepo(name)
    expect(code).toBe(1)
    expect(located(report)).toEqual(
      SORTED_ACTIONS.map(action => ({
        rule: 'evaluation-inconclusive',
        severity: 'error',
        file: k.file,
        startLine: k.inconclusive[0],
        endLine: k.inconclusive[1],
        action,
        principal: ROLE
      }))
    )
    for (const f of report.findings.filter(f => f.rule === 'evaluation-inconclusive'))
      expect(f.message).toEqual(
        mentions('is allowed before and inconclusive after', k.unresolved, 'map the template or plan values')
      )
    expect(report.checks).toEqual([
      ...rotationRows(Object.fromEntries(ROTATION_ACTIONS.map(a => [a, ['allowed', 'inconclusive']]))),
      OWNER_ROW
    ])
    expect((await twin(name)).checks).toEqual([...rotationRows(), OWNER_ROW])
  })

  it('owner-lockout of a key the change creates: before is null, nobody can administer it after', async () => {
    const name = `iac-${k.kind}-owner-lockout-new-key`
    const newKey = `arn:aws:kms:us-east-1:111122223333:key/new-${k.newKey.name}`
    const { code, report } = await checkRepo(name)
    expect(code).toBe(1)
    expect(located(report)).toEqual([
      {
        rule: 'owner-lockout',
        severity: 'error',
        file: k.newKey.file,
        startLine: k.newKey.statement,
        endLine: k.newKey.statement,
        action: 'kms:PutKeyPolicy',
        principal: ROOT_ARN
      }
    ])
    const checks: ReportCheck[] = [row(ROOT_ARN, 'owner', 'kms:PutKeyPolicy', null, 'implicit-deny', newKey)]
    expect(report.checks).toEqual(checks)
    expect(mappings(report)).toEqual([k.newKey.mapping(k.newKey.file)])
    const ok = await twin(name)
    expect(ok.checks).toEqual([row(ROOT_ARN, 'owner', 'kms:PutKeyPolicy', null, 'allowed', newKey)])
    expect(mappings(ok)).toEqual([k.newKey.mapping(k.newKey.okFile)])
  })

  it('a key mapped through its alias takes the config entry’s rotation principals', async () => {
    const name = `iac-${k.kind}-rotation-access-lost-alias`
    const { code, report } = await checkRepo(name)
    expect(code).toBe(1)
    expect(located(report)).toEqual([
      {
        rule: 'rotation-access-lost',
        severity: 'error',
        file: k.alias.file,
        startLine: k.alias.deny[0],
        endLine: k.alias.deny[1],
        action: 'kms:EnableKeyRotation',
        principal: ROLE
      }
    ])
    expect(report.findings.find(f => f.rule === 'rotation-access-lost')!.message).toEqual(
      mentions(
        'loses kms:EnableKeyRotation on app-data',
        'explicit Deny in key policy statement ProtectRotationSettings'
      )
    )
    expect(report.checks).toEqual([
      ...rotationRows({ 'kms:EnableKeyRotation': ['allowed', 'explicit-deny'] }),
      OWNER_ROW
    ])
    expect(mappings(report)).toEqual([k.alias.mapping(k.alias.file)])
    const ok = await twin(name)
    expect(ok.checks).toEqual([...rotationRows(), OWNER_ROW])
    expect(mappings(ok)).toEqual([k.alias.mapping(k.alias.okFile)])
  })
})

describe('an identity policy in the template', () => {
  it('rotation-access-lost when the role’s inline policy drops the action and the key policy only delegates', async () => {
    const name = 'iac-cfn-yaml-rotation-access-lost-identity'
    const { code, report } = await checkRepo(name)
    expect(code).toBe(1)
    // The statement with the Sid of the live Allow (RotateAppKeys) in the proposed inline policy.
    expect(located(report)).toEqual([
      {
        rule: 'rotation-access-lost',
        severity: 'error',
        file: 'infra/rotation-stack.yaml',
        startLine: 34,
        endLine: 41,
        action: 'kms:RotateKeyOnDemand',
        principal: ROLE
      }
    ])
    expect(report.findings.find(f => f.rule === 'rotation-access-lost')!.message).toEqual(
      mentions(
        'loses kms:RotateKeyOnDemand on app-data',
        'the key policy delegates to the account but no identity policy allows it'
      )
    )
    expect(report.checks).toEqual([
      ...rotationRows({ 'kms:RotateKeyOnDemand': ['allowed', 'implicit-deny'] }),
      OWNER_ROW
    ])
    expect(mappings(report)).toEqual([
      `infra/rotation-stack.yaml: key AppDataKey → ${BY_CONFIG}; principal RotationRole → ${ROLE} (by name)`
    ])
    expect((await twin(name)).checks).toEqual([...rotationRows(), OWNER_ROW])
  })
})

describe('malformed sources', () => {
  it('a YAML template with a syntax error is invalid-policy at its line; the live state stands', async () => {
    const { code, report } = await checkRepo('iac-cfn-yaml-invalid-policy')
    expect(code).toBe(1)
    expect(report.findings).toEqual([
      {
        rule: 'invalid-policy',
        severity: 'error',
        message: "YAML syntax error: Missing closing 'quote",
        file: 'infra/kms-stack.yaml',
        startLine: 25,
        endLine: 25,
        preExisting: false
      }
    ])
    expect(report.checks).toEqual([...rotationRows(), OWNER_ROW])
    await twin('iac-cfn-yaml-invalid-policy')
  })

  it('a JSON template with a missing comma is invalid-policy where the next token is', async () => {
    const { code, report } = await checkRepo('iac-cfn-json-invalid-policy')
    expect(code).toBe(1)
    expect(report.findings).toEqual([
      {
        rule: 'invalid-policy',
        severity: 'error',
        message: 'JSON syntax error (CommaExpected)',
        file: 'infra/kms-stack.template.json',
        startLine: 30,
        endLine: 30,
        preExisting: false
      }
    ])
    await twin('iac-cfn-json-invalid-policy')
  })

  it('a plan that is not valid JSON is invalid-policy in the plan file', async () => {
    const { code, report } = await checkRepo('iac-tf-invalid-policy')
    expect(code).toBe(1)
    expect(report.findings).toEqual([
      {
        rule: 'invalid-policy',
        severity: 'error',
        message: 'plan: JSON syntax error (CommaExpected)',
        file: 'plan.json',
        startLine: 4,
        endLine: 4,
        preExisting: false
      }
    ])
    expect(report.checks).toEqual([...rotationRows(), OWNER_ROW])
    await twin('iac-tf-invalid-policy')
  })

  it('a template glob that matches nothing is a config-error at the config entry, exit 2', async () => {
    const dir = repo('iac-cfn-yaml-config-error')
    const run = await cli(['check', '--snapshot', snapshotFor(dir), '--format', 'json', '--now', NOW], dir)
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'kms-policy-gate: .github/kms-policy-gate.yml:8: error config-error: no file matches template "infra/*.template.yaml"\n'
    })
    const ok = await twin('iac-cfn-yaml-config-error')
    expect(mappings(ok)).toEqual([yamlMapping('infra/kms-stack.yaml')])
  })
})

describe('the source-mapping notice', () => {
  it('is one notice per file, at its first line, saying what each key and principal was mapped to', async () => {
    const { report } = await checkRepo('iac-tf-evaluation-inconclusive')
    expect(report.findings.filter(f => f.rule === 'source-mapping')).toEqual([
      {
        rule: 'source-mapping',
        severity: 'notice',
        message:
          'infra/modules/kms/main.tf: key module.kms.aws_kms_key.app_data → ' +
          `${KEY} (by plan); principal module.kms.aws_iam_role.rotation_lambda → created by the change ` +
          '(arn:aws:iam::111122223333:role/created-by-iac/module.kms.aws_iam_role.rotation_lambda)',
        file: 'infra/modules/kms/main.tf',
        startLine: 1,
        endLine: 1,
        preExisting: false
      }
    ])
  })

  it('names no new key for a template key whose alias belongs to a configured key', async () => {
    // The config lists the key by ARN; its live alias alias/app-data is the one the template's alias names.
    const { report } = await checkRepo('iac-cfn-json-rotation-access-lost-alias')
    expect(mappings(report)).toEqual(['infra/kms-stack.template.json: key AppDataKey → alias/app-data (by alias)'])
  })
})

describe('deletes and other partitions', () => {
  it('a plan that deletes a configured key loses every check, at the resource block', async () => {
    const dir = copyRepo('iac-tf-rotation-access-lost')
    temps.push(dir)
    const planFile = path.join(dir, 'fixed', 'plan.json')
    const plan = JSON.parse(fs.readFileSync(planFile, 'utf8')) as {
      resource_changes: { type: string; change: { actions: string[]; after: unknown; after_unknown: unknown } }[]
    }
    for (const c of plan.resource_changes) {
      if (c.type !== 'aws_kms_key' && c.type !== 'aws_kms_alias') continue
      c.change = { ...c.change, actions: ['delete'], after: null, after_unknown: {} }
    }
    fs.writeFileSync(planFile, JSON.stringify(plan, null, 2))
    const { code, report } = await check(dir, ['--config', '.github/ok.yml'])
    expect(code).toBe(1)
    // `resource "aws_kms_key" "app_data" {` is line 36 of the module (the twin, without the Deny statement).
    const at = { file: 'fixed/infra/modules/kms/main.tf', startLine: 36, endLine: 36 }
    expect(located(report)).toEqual([
      { rule: 'owner-lockout', severity: 'error', ...at, action: 'kms:PutKeyPolicy', principal: ROOT_ARN },
      ...SORTED_ACTIONS.map(action => ({
        rule: 'rotation-access-lost',
        severity: 'error',
        ...at,
        action,
        principal: ROLE
      }))
    ])
    expect(report.checks).toEqual([
      ...rotationRows(Object.fromEntries(ROTATION_ACTIONS.map(a => [a, ['allowed', 'implicit-deny']]))),
      row(ROOT_ARN, 'owner', 'kms:PutKeyPolicy', 'allowed', 'implicit-deny')
    ])
    expect(mappings(report)).toEqual(['fixed/infra/modules/kms/main.tf: key module.kms.aws_kms_key.app_data → deleted'])
  })

  it('the default owner of a new key is the root of the state’s partition', async () => {
    const dir = copyRepo('iac-cfn-yaml-owner-lockout-new-key')
    temps.push(dir)
    const snapshot = path.join(dir, 'snapshot.json')
    fs.writeFileSync(
      snapshot,
      fs
        .readFileSync(snapshot, 'utf8')
        .replaceAll('arn:aws:', 'arn:aws-us-gov:')
        .replaceAll('us-east-1', 'us-gov-west-1')
    )
    const { code, report } = await check(dir, ['--config', '.github/ok.yml'])
    expect(code).toBe(0)
    expect(report.checks).toEqual([
      row(
        'arn:aws-us-gov:iam::111122223333:root',
        'owner',
        'kms:PutKeyPolicy',
        null,
        'allowed',
        'arn:aws-us-gov:kms:us-gov-west-1:111122223333:key/new-ReportsKey'
      )
    ])
  })
})

describe('live mode agrees with the snapshot', () => {
  it.each(['iac-cfn-yaml-owner-lockout-new-key', 'iac-cfn-json-rotation-access-lost-alias', 'iac-tf-owner-lockout'])(
    '%s',
    async name => {
      // A template that creates a key with a new alias must not make the gate ask AWS for that alias.
      const dir = repo(name)
      const off = await offline(dir)
      const fake = await startAccount(readSnapshot(dir))
      try {
        const on = await liveCli(checkArgs(dir, ['--region', 'us-east-1']), dir, liveAgainst(fake).live)
        expect(on.stderr).toBe('')
        expect(on.code).toBe(off.code)
        expect(withoutMode(on.stdout)).toEqual(withoutMode(off.stdout))
      } finally {
        await fake.close()
      }
    }
  )
})

/**
 * IAM role and user names are unique in an account whatever their path (IAM User Guide, IAM identifiers, "Friendly
 * names and paths"): `role = "kms-rotation-service"` in a plan, or `Roles: [kms-rotation-service]` in a template,
 * is the account's `role/service/kms-rotation-service`. Read as `role/kms-rotation-service`, the change went to
 * a principal no check names and passed. Fixture `iac-path-role`: the live role has the path `/service/`.
 */
describe('a role named without its IAM path is the account’s role of that name', () => {
  const SERVICE_ROLE = 'arn:aws:iam::111122223333:role/service/kms-rotation-service'

  it('a plan that narrows its inline policy, by role name, fails', async () => {
    const { code, report } = await checkRepo('iac-path-role')
    expect(code).toBe(1)
    expect(located(report)).toEqual(
      ['kms:EnableKeyRotation', 'kms:GetKeyRotationStatus', 'kms:ListKeyRotations', 'kms:RotateKeyOnDemand'].map(
        action => ({
          rule: 'rotation-access-lost',
          severity: 'error',
          file: 'plan.json',
          // The resource's `"address"` line in resource_changes (no .tf files here).
          startLine: 6,
          endLine: 6,
          action,
          principal: SERVICE_ROLE
        })
      )
    )
  })

  it('a template policy attached by role name fails at its statement', async () => {
    const { code, report } = await checkRepo('iac-path-role', { config: '.github/cfn.yml' })
    expect(code).toBe(1)
    expect(located(report)).toEqual([
      {
        rule: 'rotation-access-lost',
        severity: 'error',
        file: 'infra/stack.yaml',
        startLine: 11,
        endLine: 13,
        action: 'kms:RotateKeyOnDemand',
        principal: SERVICE_ROLE
      }
    ])
  })
})

/**
 * A policy whose roles are known only at deployment (`Roles: !Ref TargetRoles`, a list parameter without a default)
 * may be any role's of the account: its Deny makes the rotation check it may touch inconclusive (an error), not a
 * pass; an Allow-only policy changes nothing for certain (twin). Both are also unread-resource warnings.
 */
describe('a policy attached to roles known only at deployment', () => {
  it('with a Deny on a rotation action: evaluation-inconclusive at the Deny statement', async () => {
    const { code, report } = await checkRepo('iac-cfn-unattributed')
    expect(code).toBe(1)
    expect(located(report)).toEqual([
      { rule: 'unread-resource', severity: 'warning', file: 'infra/stack.yaml', startLine: 6, endLine: 6 },
      {
        rule: 'evaluation-inconclusive',
        severity: 'error',
        file: 'infra/stack.yaml',
        startLine: 14,
        endLine: 17,
        action: 'kms:RotateKeyOnDemand',
        principal: ROLE
      }
    ])
    expect(report.findings[1].message).toEqual(
      mentions('whether deny-rotation (DenyRotation in infra/stack.yaml) is attached to this principal')
    )
  })

  it('with Allow statements only: nothing is lost for certain (twin)', async () => {
    const { code, report } = await checkRepo('iac-cfn-unattributed', { config: '.github/ok.yml' })
    expect(code).toBe(0)
    expect(located(report).map(f => f.rule)).toEqual(['unread-resource'])
  })
})

/**
 * IAM groups hold users, never roles (IAM User Guide, IAM user groups), and the gate does not read group policies
 * or members. Fixture `iac-cfn-group`: a group, a group policy denying kms:RotateKeyOnDemand and the rotation user
 * added to the group — a lost rotation the gate cannot see, so with an IAM user among the checked principals each
 * group change is an error; twin `.github/role.yml`: the rotation principal is a role, which no group can hold.
 */
describe('changes to IAM groups', () => {
  it('are errors when the run checks an IAM user', async () => {
    const { code, report } = await checkRepo('iac-cfn-group')
    expect(code).toBe(1)
    expect(located(report)).toEqual(
      [3, 7, 18].map(line => ({
        rule: 'unread-resource',
        severity: 'error',
        file: 'infra/groups.yaml',
        startLine: line,
        endLine: line
      }))
    )
    expect(report.findings[1].message).toEqual(
      mentions('NoRotation (AWS::IAM::GroupPolicy)', 'arn:aws:iam::111122223333:user/key-rotator, checked here')
    )
  })

  it('are warnings when every checked principal is a role (twin)', async () => {
    const { code, report } = await checkRepo('iac-cfn-group', { config: '.github/role.yml' })
    expect(code).toBe(0)
    expect(located(report).map(f => [f.severity, f.startLine])).toEqual([
      ['warning', 3],
      ['warning', 7],
      ['warning', 18]
    ])
  })
})

/**
 * A resource whose Condition is false at the parameters' defaults is not deployed, and CloudFormation deletes it
 * from a stack that has it (CloudFormation User Guide, Conditions: resources whose condition is false are not
 * created, and are deleted on update). Fixture `iac-cfn-condition-false`: the key (named by its live alias) and the
 * rotation role (by RoleName) under a false condition; twin `.github/ok.yml`: the condition holds by default.
 */
describe('resources under a false Condition', () => {
  it('a key named by a live alias is deleted: every check is lost, at the key resource', async () => {
    const { code, report } = await checkRepo('iac-cfn-condition-false')
    expect(code).toBe(1)
    const located9 = located(report).filter(f => f.severity === 'error')
    expect([...new Set(located9.map(f => f.rule))]).toEqual(['owner-lockout', 'rotation-access-lost'])
    expect(located9.every(f => f.file === 'infra/key.yaml' && f.startLine === 9)).toBe(true)
    expect(report.findings.find(f => f.rule === 'owner-lockout')!.message).toEqual(
      mentions('the change deletes the key')
    )
  })

  it('a role with a RoleName is deleted: its rotation checks are lost', async () => {
    const { code, report } = await checkRepo('iac-cfn-condition-false', { config: '.github/role.yml' })
    expect(code).toBe(1)
    expect(
      located(report)
        .filter(f => f.severity === 'error')
        .map(f => [f.rule, f.file, f.startLine, f.action])
    ).toEqual(SORTED_ACTIONS.map(action => ['rotation-access-lost', 'infra/role.yaml', 9, action]))
  })

  it('does not fire when the condition holds at the defaults (twin)', async () => {
    const { code, report } = await checkRepo('iac-cfn-condition-false', { config: '.github/ok.yml' })
    expect(code).toBe(0)
    expect(report.findings.filter(f => f.severity !== 'notice')).toEqual([])
  })

  // `infra/policy.yaml`: the rotation role's inline policy `rotation` (its only grant: the key policy delegates to
  // the account) as an AWS::IAM::RolePolicy under a condition false by default. CloudFormation deletes it; it
  // used to stay in the after world, and the change passed. The loss points at the key's config entry, as for
  // any live policy the change deletes. Twin `.github/policy-ok.yml`: the condition holds by default.
  it('an inline policy is deleted from its role: the rotation it granted is lost', async () => {
    const { code, report } = await checkRepo('iac-cfn-condition-false', { config: '.github/policy.yml' })
    expect(code).toBe(1)
    expect(
      located(report)
        .filter(f => f.severity === 'error')
        .map(f => [f.rule, f.file, f.startLine, f.action])
    ).toEqual(
      ['kms:EnableKeyRotation', 'kms:GetKeyRotationStatus', 'kms:ListKeyRotations', 'kms:RotateKeyOnDemand'].map(
        action => ['rotation-access-lost', '.github/policy.yml', 3, action]
      )
    )
    // `infra/managed.yaml`: the same, and the managed policy `kms-operators` (its other grant of kms:DescribeKey)
    // under the same condition: deleted too, so DescribeKey is lost as well.
    const managed = await checkRepo('iac-cfn-condition-false', { config: '.github/managed.yml' })
    expect(managed.code).toBe(1)
    expect(located(managed.report).map(f => [f.rule, f.startLine, f.action])).toEqual(
      SORTED_ACTIONS.map(action => ['rotation-access-lost', 3, action])
    )
    const twin = await checkRepo('iac-cfn-condition-false', { config: '.github/policy-ok.yml' })
    expect(twin.code).toBe(0)
    expect(twin.report.findings.filter(f => f.severity !== 'notice')).toEqual([])
  })
})

/**
 * A copy of fixture `iac-path-role` whose plan creates one resource, `address` (`TYPE.NAME`) with `after` and
 * `after_unknown`; `editSnapshot` changes its live state first.
 */
function pathRolePlan(
  address: string,
  after: Record<string, unknown>,
  afterUnknown: unknown,
  editSnapshot?: (snapshot: { principals: Record<string, unknown>[]; knownPrincipals?: string[] }) => void
): string {
  const dir = copyRepo('iac-path-role')
  temps.push(dir)
  if (editSnapshot) {
    const snapshotFile = path.join(dir, 'snapshot.json')
    const snapshot = JSON.parse(fs.readFileSync(snapshotFile, 'utf8')) as Parameters<typeof editSnapshot>[0]
    editSnapshot(snapshot)
    fs.writeFileSync(snapshotFile, JSON.stringify(snapshot, null, 2))
  }
  const file = path.join(dir, 'plan.json')
  const plan = JSON.parse(fs.readFileSync(file, 'utf8')) as { resource_changes: unknown[] }
  const [type, name] = address.split('.')
  plan.resource_changes = [
    {
      address,
      mode: 'managed',
      type,
      name,
      provider_name: 'registry.terraform.io/hashicorp/aws',
      change: {
        actions: ['create'],
        before: null,
        after,
        after_unknown: afterUnknown,
        before_sensitive: false,
        after_sensitive: {}
      }
    }
  ]
  fs.writeFileSync(file, JSON.stringify(plan, null, 2))
  return dir
}

/**
 * An exclusive list removes every policy of the role it does not name (AWS provider docs,
 * aws_iam_role_policies_exclusive: "Policies attached to this role but not configured in this argument will be
 * removed"). Known only after apply (`policy_names = [aws_iam_role_policy.new.name]` with a computed name), it may
 * remove the role's live rotation policy or not: the checks that depend on it are undecided, an error — it passed
 * with a warning before. Fixture `iac-path-role`: the role's live inline policy `rotation` grants rotation.
 */
describe('an exclusive policy list known only after apply', () => {
  const withPlan = (policyNames: unknown, unknown: unknown): string =>
    pathRolePlan(
      'aws_iam_role_policies_exclusive.rotation',
      { role_name: 'kms-rotation-service', ...(policyNames === undefined ? {} : { policy_names: policyNames }) },
      unknown
    )
  // Undecided: the findings point at the plan resource that makes the live policy uncertain. Removed for certain: at
  // the key's config entry (the live policy has no lines).
  const rotation = (rule: string, severity: string, [file, startLine, endLine]: [string, number, number]) =>
    ['kms:EnableKeyRotation', 'kms:GetKeyRotationStatus', 'kms:ListKeyRotations', 'kms:RotateKeyOnDemand'].map(
      action => ({
        rule,
        severity,
        file,
        startLine,
        endLine,
        action,
        principal: 'arn:aws:iam::111122223333:role/service/kms-rotation-service'
      })
    )
  const PLAN: [string, number, number] = ['plan.json', 6, 6]
  const CONFIG_ENTRY: [string, number, number] = ['.github/kms-policy-gate.yml', 3, 6]

  it('may remove the rotation policy: evaluation-inconclusive for each rotation action it granted', async () => {
    const { code, report } = await check(withPlan(undefined, { policy_names: true }))
    expect(code).toBe(1)
    expect(located(report).filter(f => f.severity === 'error')).toEqual(
      rotation('evaluation-inconclusive', 'error', PLAN)
    )
    expect(report.findings.find(f => f.rule === 'evaluation-inconclusive')?.message).toContain(
      'whether live inline policy rotation of arn:aws:iam::111122223333:role/service/kms-rotation-service stays (aws_iam_role_policies_exclusive.rotation (plan.json:6), known only after apply, may remove it)'
    )
    // Known in part: a name it lists for certain stays, the others may go.
    const part = await check(withPlan(['other', null], { policy_names: [false, true] }))
    expect(located(part.report).filter(f => f.severity === 'error')).toEqual(
      rotation('evaluation-inconclusive', 'error', PLAN)
    )
  })

  it('known, it keeps what it names and removes the rest', async () => {
    expect((await check(withPlan(['rotation'], {}))).code).toBe(0)
    const removed = await check(withPlan(['other'], {}))
    expect(located(removed.report).filter(f => f.severity === 'error')).toEqual(
      rotation('rotation-access-lost', 'error', CONFIG_ENTRY)
    )
  })
})

/**
 * `aws_iam_policy_attachment` is exclusive across the account: the policy goes from every role and user it does not
 * list (AWS provider docs, aws_iam_policy_attachment). With its roles known only after apply, the rotation role may
 * lose the managed policy that grants it rotation: undecided, an error (it passed with a warning before). Fixture
 * `iac-path-role`, its live managed policy `kms-operators` made the rotation grant.
 */
describe('an exclusive policy attachment whose roles are known only after apply', () => {
  const OPERATORS = 'arn:aws:iam::111122223333:policy/kms-operators'
  const withPlan = (roles: unknown, unknown: unknown): string =>
    pathRolePlan(
      'aws_iam_policy_attachment.operators',
      { name: 'operators', policy_arn: OPERATORS, users: [], groups: [], ...(roles ? { roles } : {}) },
      unknown,
      snapshot => {
        const role = snapshot.principals[0] as { policies: { managed?: string; document: unknown }[] }
        role.policies = role.policies.filter(p => p.managed === OPERATORS)
        role.policies[0].document = {
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: ['kms:*Rotation*', 'kms:RotateKeyOnDemand', 'kms:DescribeKey'], Resource: '*' }
          ]
        }
      }
    )
  const errors = (report: JsonReport) =>
    located(report)
      .filter(f => f.severity === 'error')
      .map(f => `${f.rule} ${f.action} ${f.file}:${f.startLine}-${f.endLine}`)
  const ROTATION_ACTIONS = [
    'kms:EnableKeyRotation',
    'kms:GetKeyRotationStatus',
    'kms:ListKeyRotations',
    'kms:RotateKeyOnDemand',
    'kms:DescribeKey'
  ].sort()

  it('may detach the policy from the rotation role: evaluation-inconclusive, naming the attachment', async () => {
    const { code, report } = await check(withPlan(undefined, { roles: true }))
    expect(code).toBe(1)
    expect(errors(report).sort()).toEqual(ROTATION_ACTIONS.map(a => `evaluation-inconclusive ${a} plan.json:6-6`))
    expect(report.findings.find(f => f.rule === 'evaluation-inconclusive')?.message).toContain(
      'aws_iam_policy_attachment.operators (plan.json:6), whose roles and users are known only after apply, may detach it'
    )
  })

  it('known roles: kept when listed, detached when not', async () => {
    expect((await check(withPlan(['kms-rotation-service'], {}))).code).toBe(0)
    const detached = await check(withPlan(['someone-else'], {}))
    expect(errors(detached.report).sort()).toEqual(
      ROTATION_ACTIONS.map(a => `rotation-access-lost ${a} .github/kms-policy-gate.yml:3-6`)
    )
  })
})

/**
 * A managed policy attached to a role known only after apply (`aws_iam_role_policy_attachment` whose `role` is
 * computed) may be any role's of the account, as an inline policy of such a role already is: a Deny in it makes the
 * checks it may touch inconclusive (an error); it passed with a warning before. Fixture `iac-path-role` with a live
 * policy `deny-rotation` (attached to another role) that denies kms:RotateKeyOnDemand.
 */
describe('a managed policy attached to a role known only after apply', () => {
  const withPlan = (deny: boolean): string =>
    pathRolePlan(
      'aws_iam_role_policy_attachment.deny',
      { policy_arn: 'arn:aws:iam::111122223333:policy/deny-rotation' },
      { role: true, id: true },
      snapshot => {
        snapshot.principals.push({
          arn: 'arn:aws:iam::111122223333:role/other',
          policies: [
            {
              managed: 'arn:aws:iam::111122223333:policy/deny-rotation',
              document: {
                Version: '2012-10-17',
                Statement: [{ Effect: deny ? 'Deny' : 'Allow', Action: 'kms:RotateKeyOnDemand', Resource: '*' }]
              }
            }
          ],
          permissionsBoundary: null
        })
        snapshot.knownPrincipals?.push('arn:aws:iam::111122223333:role/other')
      }
    )

  it('with a Deny on a rotation action: evaluation-inconclusive, and the unread-resource warning', async () => {
    const { code, report } = await check(withPlan(true))
    expect(code).toBe(1)
    expect(located(report)).toEqual([
      {
        rule: 'evaluation-inconclusive',
        severity: 'error',
        file: 'plan.json',
        startLine: 6,
        endLine: 6,
        action: 'kms:RotateKeyOnDemand',
        principal: 'arn:aws:iam::111122223333:role/service/kms-rotation-service'
      },
      { rule: 'unread-resource', severity: 'warning', file: 'plan.json', startLine: 6, endLine: 6 }
    ])
    expect(report.findings[0].message).toContain(
      'aws_iam_role_policy_attachment.deny (plan.json:6): its role is known only after apply'
    )
  })

  it('an Allow changes nothing for certain: only the warning', async () => {
    const { code, report } = await check(withPlan(false))
    expect(code).toBe(0)
    expect(located(report).map(f => f.rule)).toEqual(['unread-resource'])
  })
})
