/**
 * Hostile input, parsing (issues 8 and 9): duplicate elements make a policy ambiguous and it is evaluated as a
 * Deny of everything (never `allowed`); names such as `constructor` and `__proto__` are plain names; NUL,
 * no-break spaces and control characters are refused as JSON and YAML refuse them; a lone CR ends a line;
 * a snapshot whose account differs from its keys stops the run; huge lists never crash the gate.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { KEY, ROLE, copyRepo, removeDir } from './helpers/repos.js'
import { runAction } from './helpers/hostile-action.js'
import { readCloudFormation } from '../src/sources/cloudformation/template.js'
import { readTerraformPlan } from '../src/sources/terraform/plan.js'
import {
  CONFIG,
  SNAPSHOT,
  cleanUp,
  keyPolicy,
  runCheck,
  tempDir,
  timed,
  workspace
} from './helpers/hostile-workspace.js'

const copies: string[] = []
afterAll(() => {
  cleanUp()
  copies.forEach(removeDir)
})

interface Report {
  result: string
  findings: { rule: string; file?: string; startLine?: number; message: string }[]
  checks: { principal: string; action: string; before: string | null; after: string }[]
}

async function report(dir: string, extra: string[] = []): Promise<Report> {
  const run = await runCheck(dir, extra)
  if (run.code === 2) throw new Error(run.stderr)
  return JSON.parse(run.stdout) as Report
}

function rotationAfter(r: Report): string[] {
  return r.checks.filter(c => c.principal === ROLE).map(c => c.after)
}

function oneLine(run: { code: number; stdout: string; stderr: string }): string {
  expect(run.code).toBe(2)
  expect(run.stdout).toBe('')
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
  return run.stderr.trimEnd()
}

/** The rotation statement of keyPolicy() with "Effect" written twice: Deny first, Allow second. */
const TWICE = keyPolicy().replace(
  '"Effect": "Allow",\n      "Principal": {\n        "AWS": "arn:aws:iam::111122223333:role',
  '"Effect": "Deny",\n      "Effect": "Allow",\n      "Principal": {\n        "AWS": "arn:aws:iam::111122223333:role'
)

describe('duplicate elements', () => {
  it('"Effect" twice in a policy file: invalid-policy at the second one, and no check is allowed after', async () => {
    expect(TWICE).not.toBe(keyPolicy())
    const r = await report(workspace({ 'policies/key.json': TWICE }))
    expect(r.findings).toContainEqual(
      expect.objectContaining({
        rule: 'invalid-policy',
        file: 'policies/key.json',
        startLine: 16,
        message:
          'policies/key.json: duplicate element "Effect" (also at line 15): the document is ambiguous and is not evaluated'
      })
    )
    expect(r.checks.every(c => c.after === 'explicit-deny')).toBe(true)
    expect(r.findings.map(f => f.rule)).toEqual(expect.arrayContaining(['rotation-access-lost', 'owner-lockout']))
  })

  it('"Statement" twice at the top: the same', async () => {
    const text = keyPolicy().replace('"Statement": [', '"Statement": [],\n  "Statement": [')
    const r = await report(workspace({ 'policies/key.json': text }))
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'invalid-policy', startLine: 4 }))
    expect(rotationAfter(r)).toEqual([
      'explicit-deny',
      'explicit-deny',
      'explicit-deny',
      'explicit-deny',
      'explicit-deny'
    ])
  })

  it('the same document without the duplicate is evaluated (twin)', async () => {
    const r = await report(workspace())
    expect(r.findings).toEqual([])
    expect(rotationAfter(r)).toEqual(['allowed', 'allowed', 'allowed', 'allowed', 'allowed'])
  })

  it("in a JSON template's key policy", async () => {
    const dir = copyRepo('iac-cfn-json-rotation-access-lost')
    copies.push(dir)
    const file = path.join(dir, 'infra/kms-stack-ok.template.json')
    const text = fs.readFileSync(file, 'utf8')
    const lines = text.split('\n')
    const at = lines.findIndex(l => l.includes('"Sid": "AllowRotation"'))
    lines.splice(at + 1, 0, lines[at + 1].replace('"Allow"', '"Deny"'))
    fs.writeFileSync(file, lines.join('\n'))
    const run = await runCheck(dir, ['--config', '.github/ok.yml'])
    const r = JSON.parse(run.stdout) as Report
    expect(r.findings).toContainEqual(
      expect.objectContaining({ rule: 'invalid-policy', file: 'infra/kms-stack-ok.template.json', startLine: at + 3 })
    )
    expect(rotationAfter(r).includes('allowed')).toBe(false)
  })

  it('in a YAML template: the template is refused at the duplicate', async () => {
    const dir = copyRepo('iac-cfn-yaml-rotation-access-lost')
    copies.push(dir)
    const file = path.join(dir, 'infra/kms-stack-ok.yaml')
    const lines = fs.readFileSync(file, 'utf8').split('\n')
    const at = lines.findIndex(l => l.includes('Sid: AllowRotation'))
    lines.splice(at + 1, 0, lines[at + 1].replace('Allow', 'Deny'))
    fs.writeFileSync(file, lines.join('\n'))
    const run = await runCheck(dir, ['--config', '.github/ok.yml'])
    expect(run.code).toBe(1)
    const r = JSON.parse(run.stdout) as Report
    expect(r.findings).toContainEqual(
      expect.objectContaining({ rule: 'invalid-policy', file: 'infra/kms-stack-ok.yaml', startLine: at + 3 })
    )
  })

  it("in a Terraform plan's policy string", async () => {
    const dir = copyRepo('iac-tf-rotation-access-lost')
    copies.push(dir)
    const file = path.join(dir, 'fixed/plan.json')
    const text = fs.readFileSync(file, 'utf8')
    const twice = text
      .split('\\"Sid\\": \\"AllowRotation\\",\\n      \\"Effect\\": \\"Allow\\"')
      .join('\\"Sid\\": \\"AllowRotation\\",\\n      \\"Effect\\": \\"Deny\\",\\n      \\"Effect\\": \\"Allow\\"')
      .split('\\"Sid\\":\\"AllowRotation\\",\\"Effect\\":\\"Allow\\"')
      .join('\\"Sid\\":\\"AllowRotation\\",\\"Effect\\":\\"Deny\\",\\"Effect\\":\\"Allow\\"')
    expect(twice).not.toBe(text)
    const before = JSON.parse((await runCheck(dir, ['--config', '.github/ok.yml'])).stdout) as Report
    expect(rotationAfter(before)).toEqual(['allowed', 'allowed', 'allowed', 'allowed', 'allowed'])
    fs.writeFileSync(file, twice)
    const run = await runCheck(dir, ['--config', '.github/ok.yml'])
    expect(run.code).toBe(1)
    const r = JSON.parse(run.stdout) as Report
    expect(r.findings).toContainEqual(
      expect.objectContaining({
        rule: 'invalid-policy',
        message: expect.stringContaining('duplicate element "Effect"')
      })
    )
    expect(rotationAfter(r).includes('allowed')).toBe(false)
  })

  it('the action annotates the duplicate at its line', async () => {
    const run = await runAction(workspace({ 'policies/key.json': TWICE }), { snapshot: 'snapshot.json' })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain('::error title=invalid-policy,file=policies/key.json,line=16,endLine=16::')
  })
})

describe('characters JSON and YAML refuse', () => {
  it('a no-break space between tokens of a policy file', async () => {
    const r = await report(
      workspace({ 'policies/key.json': keyPolicy().replace('{\n  "Version"', '{\n\u00a0 "Version"') })
    )
    expect(r.findings).toContainEqual(
      expect.objectContaining({
        rule: 'invalid-policy',
        startLine: 2,
        message: expect.stringContaining('JSON syntax error')
      })
    )
  })

  it('a raw NUL inside a string of a policy file', async () => {
    const r = await report(
      workspace({ 'policies/key.json': keyPolicy().replace('"Sid": "AllowRotation"', '"Sid": "Allow\u0000Rotation"') })
    )
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'invalid-policy', startLine: 14 }))
  })

  it('a NUL inside a quoted YAML string of the config', async () => {
    const dir = workspace({ '.github/kms-policy-gate.yml': CONFIG.replace('name: app-data', 'name: "app\u0000data"') })
    expect(oneLine(await runCheck(dir))).toBe(
      'kms-policy-gate: .github/kms-policy-gate.yml:3: error config-error: cannot parse config: the control character U+0000 is not allowed in YAML (write it as an escape)'
    )
  })

  it('a no-break space in a .json config', async () => {
    const json = JSON.stringify(
      { version: 1, keys: [{ key: KEY, policy: 'policies/key.json', rotation: { principals: [ROLE] } }] },
      null,
      2
    )
    const dir = workspace({
      'gate.json': json.replace('{\n  "keys"', '{\n\u00a0 "keys"').replace('"version": 1,\n', '"version": 1,\n\u00a0')
    })
    expect(oneLine(await runCheck(dir, ['--config', 'gate.json']))).toMatch(
      /^kms-policy-gate: gate\.json:3: error config-error: cannot parse config: JSON syntax error/
    )
  })
})

describe('line endings', () => {
  it('CR-only line endings count lines in a policy file and in the config', async () => {
    const deny = keyPolicy([
      { Sid: 'Deny', Effect: 'Deny', Principal: { AWS: ROLE }, Action: 'kms:RotateKeyOnDemand', Resource: '*' }
    ])
    const r = await report(workspace({ 'policies/key.json': deny.replace(/\n/g, '\r') }))
    const lost = r.findings.find(f => f.rule === 'rotation-access-lost')
    expect(lost).toMatchObject({ startLine: 28 })
    const dir = workspace({
      '.github/kms-policy-gate.yml': CONFIG.replace(/\n/g, '\r').replace('rotation:', 'rotation:\r      max-age-day: 3')
    })
    expect(oneLine(await runCheck(dir))).toMatch(
      /^kms-policy-gate: \.github\/kms-policy-gate\.yml:7: error config-error/
    )
  })
})

describe('the snapshot', () => {
  it('refuses a member "__proto__" at its line', async () => {
    const text = JSON.stringify(SNAPSHOT, null, 2).replace('"version": 1,', '"version": 1,\n  "__proto__": { "x": 1 },')
    expect(oneLine(await runCheck(workspace({ 'snapshot.json': text })))).toBe(
      'kms-policy-gate: snapshot.json:3: malformed snapshot: the member "__proto__" is not allowed'
    )
  })

  it('refuses a member written twice', async () => {
    const text = JSON.stringify(SNAPSHOT, null, 2).replace(
      '"version": 1,',
      '"version": 1,\n  "account": "444455556666",'
    )
    expect(oneLine(await runCheck(workspace({ 'snapshot.json': text })))).toBe(
      'kms-policy-gate: snapshot.json:5: malformed snapshot: duplicate member "account"'
    )
  })

  it('refuses a live policy far beyond what AWS accepts, at its line', async () => {
    const snapshot = structuredClone(SNAPSHOT) as typeof SNAPSHOT & {
      keys: { policy: { Statement: { Sid?: string }[] } }[]
    }
    snapshot.keys[0].policy.Statement[0].Sid = 'x'.repeat(40_000)
    expect(oneLine(await runCheck(workspace({ 'snapshot.json': JSON.stringify(snapshot, null, 2) })))).toBe(
      'kms-policy-gate: snapshot.json:23: invalid snapshot: a policy document: a value of 40,000 characters: no policy can hold it, the document is not evaluated'
    )
  })

  it("refuses an account that differs from its keys' account, at the key", async () => {
    const text = JSON.stringify({ ...SNAPSHOT, account: '444455556666' }, null, 2)
    expect(oneLine(await runCheck(workspace({ 'snapshot.json': text })))).toBe(
      "kms-policy-gate: snapshot.json:8: invalid snapshot: keys[0].arn: the key is in account 111122223333 but the snapshot's account is 444455556666; snapshot each account separately, or list it in otherAccounts with its role and user ARNs in knownPrincipals"
    )
  })
})

describe('names and sizes that used to crash', () => {
  it('150,000 principals in one statement of a template: invalid-policy, evaluated as a Deny, in a few seconds', async () => {
    // Account ids keep the template under its 4 MiB limit.
    const many = Array.from({ length: 150_000 }, (_, i) => String(100_000_000_000 + i))
    const policy = JSON.parse(
      keyPolicy([{ Sid: 'Many', Effect: 'Allow', Principal: { AWS: many }, Action: 'kms:Decrypt', Resource: '*' }])
    )
    const template = JSON.stringify({
      Resources: { AppKey: { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: policy } } }
    })
    const config =
      CONFIG.replace('    policy: policies/key.json\n', '') +
      `cloudformation:\n  - template: app.template.json\n    keys: { AppKey: ${KEY} }\n`
    const dir = workspace({ '.github/kms-policy-gate.yml': config, 'app.template.json': template })
    const { value: run, ms } = await timed(() => runCheck(dir))
    expect(run.stderr).toBe('')
    const r = JSON.parse(run.stdout) as Report
    expect(r.findings).toContainEqual(
      expect.objectContaining({ rule: 'invalid-policy', message: expect.stringContaining('a list of 150,000 values') })
    )
    expect(rotationAfter(r).includes('allowed')).toBe(false)
    expect(ms).toBeLessThan(5000)
  })

  it('nesting 20,000 levels deep in a JSON template, a plan and a planned policy: invalid-policy, no crash', () => {
    const deep = '['.repeat(20_000) + ']'.repeat(20_000)
    const template = `{"Resources": {"K": {"Type": "AWS::KMS::Key",\n "Properties": {"Description": ${deep}}}}}`
    expect(readCloudFormation({ file: 't.json', text: template, keys: { K: KEY }, principals: {} }).problems).toEqual([
      {
        message: 'JSON syntax error (nested more than 512 levels deep)',
        line: 2,
        rule: 'invalid-policy',
        file: 't.json'
      }
    ])
    const change = (after: string): string =>
      `{"format_version": "1.2", "terraform_version": "1.9.8", "resource_changes": [{"address": "aws_kms_key.k", "mode": "managed", "type": "aws_kms_key", "name": "k", "change": {"actions": ["create"], "after": ${after}}}]}`
    const plan = readTerraformPlan({
      file: 'plan.json',
      text: change(`{"x": ${deep}}`),
      workspace: tempDir(),
      keys: {},
      principals: {}
    })
    expect(plan.problems.map(p => p.message)).toEqual(['plan: JSON syntax error (nested more than 512 levels deep)'])
    const policy = JSON.stringify(`{"Statement": ${deep}}`)
    const planned = readTerraformPlan({
      file: 'plan.json',
      text: change(`{"policy": ${policy}}`),
      workspace: tempDir(),
      keys: {},
      principals: {}
    })
    expect(planned.change.keys[0].policy?.issues.map(i => i.message)).toEqual([
      'JSON syntax error (nested more than 512 levels deep) (in the planned policy)'
    ])
  })

  it('a policy file that large is refused by its size limit (exit 2 naming it)', async () => {
    const many = Array.from({ length: 150_000 }, (_, i) => `arn:aws:iam::111122223333:role/r${i}`)
    const dir = workspace({
      'policies/key.json': keyPolicy([
        { Effect: 'Allow', Principal: { AWS: many }, Action: 'kms:Decrypt', Resource: '*' }
      ])
    })
    expect(oneLine(await runCheck(dir))).toMatch(
      /config-error: file "policies\/key\.json" is \d+ bytes, over the limit of 1048576 bytes$/
    )
  })

  for (const id of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
    it(`a CloudFormation logical id "${id}" is a plain name (JSON and YAML)`, async () => {
      const policy = keyPolicy([
        { Sid: 'Deny', Effect: 'Deny', Principal: { AWS: ROLE }, Action: 'kms:RotateKeyOnDemand', Resource: '*' }
      ])
      const config = (file: string, mapped: boolean): string =>
        CONFIG.replace('    policy: policies/key.json\n', '') +
        `cloudformation:\n  - template: ${file}\n` +
        (mapped && id !== '__proto__' ? `    keys: { ${JSON.stringify(id)}: ${KEY} }\n` : '')
      const json = JSON.stringify(
        { Resources: { [id]: { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: JSON.parse(policy) } } } },
        null,
        2
      )
      const yaml = `Resources:\n  ${JSON.stringify(id)}:\n    Type: AWS::KMS::Key\n    Properties:\n      KeyPolicy: ${policy.replace(/\n\s*/g, ' ')}\n`
      for (const [file, text] of [
        ['t.template.json', json],
        ['t.template.yaml', yaml]
      ]) {
        for (const mapped of [true, false]) {
          const run = await runCheck(workspace({ '.github/kms-policy-gate.yml': config(file, mapped), [file]: text }))
          expect([file, mapped, run.stderr]).toEqual([file, mapped, ''])
          const r = JSON.parse(run.stdout) as Report
          if (mapped && id !== '__proto__') {
            // Mapped to the configured key: its Deny takes kms:RotateKeyOnDemand from the role.
            expect(r.findings.map(f => f.rule)).toContain('rotation-access-lost')
          } else {
            expect(r.findings.find(f => f.rule === 'source-mapping')?.message).toContain(`key ${id} → a new key`)
          }
        }
      }
    })
  }
})
