/**
 * Rules on the proposed documents themselves (CONTRACT §6): principal-not-found, orphaned-principal,
 * unknown-action, invalid-policy, ineffective-statement and policy-too-large, on the fixture repositories.
 * A finding about one value points at the line of that string; one about a statement at its lines.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { KEY, check, checkRepo, copyRepo, mentions, removeDir, rotationRows, row, ROOT_ARN } from './helpers/repos.js'

const temps: string[] = []
afterAll(() => temps.forEach(removeDir))

describe('principal-not-found', () => {
  it('fires for a role that is not in knownPrincipals, at the line of the ARN', async () => {
    const { code, report } = await checkRepo('principal-not-found')
    expect(code).toBe(1)
    expect(report.findings).toEqual([
      {
        rule: 'principal-not-found',
        severity: 'error',
        message: mentions(
          'role arn:aws:iam::111122223333:role/kms-admin-old does not exist in account 111122223333',
          'PutKeyPolicy would reject'
        ),
        key: KEY,
        principal: 'arn:aws:iam::111122223333:role/kms-admin-old',
        file: 'policies/key.json',
        startLine: 14,
        endLine: 14,
        preExisting: false
      }
    ])
    // The unknown principal changes no rotation or owner decision.
    expect(report.checks).toEqual([...rotationRows(), row(ROOT_ARN, 'owner', 'kms:PutKeyPolicy', 'allowed', 'allowed')])
  })

  it('does not fire for a role that exists (twin)', async () => {
    const { code, report } = await checkRepo('principal-not-found', { config: '.github/ok.yml' })
    expect(code).toBe(0)
    expect(report.findings).toEqual([])
  })

  it('is skipped with a notice naming the snapshot when it has no knownPrincipals', async () => {
    const { code, report } = await checkRepo('principal-not-found', { snapshot: 'snapshot-no-known.json' })
    expect(code).toBe(0)
    expect(report.findings).toEqual([
      {
        rule: 'principal-not-found',
        severity: 'notice',
        message: mentions('snapshot-no-known.json has no knownPrincipals', 'skipped'),
        file: 'snapshot-no-known.json',
        preExisting: false
      }
    ])
  })
})

describe('orphaned-principal', () => {
  it('is an error for a unique id in the proposed key policy, at the line of the id', async () => {
    const { code, report } = await checkRepo('orphaned-principal')
    expect(code).toBe(1)
    // The live policy names the same id, but it is reported once: where the change keeps it.
    expect(report.findings).toEqual([
      {
        rule: 'orphaned-principal',
        severity: 'error',
        message: mentions('"AROAEXAMPLEDELETED01" is the unique id of a deleted IAM principal', 'invalid principals'),
        key: KEY,
        principal: 'AROAEXAMPLEDELETED01',
        file: 'policies/key.json',
        startLine: 17,
        endLine: 17,
        preExisting: false
      }
    ])
  })

  it('is a pre-existing warning when the id is only in the live policy, at the key entry of the config', async () => {
    const { code, report } = await checkRepo('orphaned-principal', { config: '.github/ok.yml' })
    expect(code).toBe(0)
    expect(report.findings).toEqual([
      {
        rule: 'orphaned-principal',
        severity: 'warning',
        message: mentions(
          'the live key policy of app-data names "AROAEXAMPLEDELETED01"',
          'statement KeyAdministrators'
        ),
        key: KEY,
        principal: 'AROAEXAMPLEDELETED01',
        file: '.github/ok.yml',
        startLine: 3,
        endLine: 7,
        preExisting: true
      }
    ])
  })

  it('does not fire when neither the live nor the proposed policy names a unique id (twin)', async () => {
    const { code, report } = await checkRepo('orphaned-principal', {
      config: '.github/ok.yml',
      snapshot: 'snapshot-clean.json'
    })
    expect(code).toBe(0)
    expect(report.findings).toEqual([])
  })
})

describe('unknown-action', () => {
  it('fires for a misspelt action and for a wildcard that matches nothing, suggesting the nearest real action', async () => {
    const { code, report } = await checkRepo('unknown-action')
    expect(code).toBe(1)
    expect(report.findings).toEqual([
      {
        rule: 'unknown-action',
        severity: 'error',
        message: '"kms:Rotate*Forward" matches no action; did you mean "kms:RotateKeyOnDemand"?',
        key: KEY,
        action: 'kms:Rotate*Forward',
        file: 'policies/key.json',
        startLine: 15,
        endLine: 15,
        preExisting: false
      },
      {
        rule: 'unknown-action',
        severity: 'error',
        message: '"kms:RotateKeyForward" is not an action; did you mean "kms:RotateKeyOnDemand"?',
        key: KEY,
        action: 'kms:RotateKeyForward',
        file: 'policies/key.json',
        startLine: 23,
        endLine: 23,
        preExisting: false
      }
    ])
  })

  it('does not fire for real actions and wildcards that match (twin)', async () => {
    const { code, report } = await checkRepo('unknown-action', { config: '.github/ok.yml' })
    expect(code).toBe(0)
    expect(report.findings).toEqual([])
  })
})

describe('invalid-policy', () => {
  const invalid = (file: string, line: number, message: string): unknown => ({
    rule: 'invalid-policy',
    severity: 'error',
    message: mentions(file, message),
    ...(file.startsWith('policies/') ? { key: KEY } : {}),
    file,
    startLine: line,
    endLine: line,
    preExisting: false
  })

  it('fires for a comment, at its line', async () => {
    const { code, report } = await checkRepo('invalid-policy')
    expect(code).toBe(1)
    expect(report.findings).toEqual([invalid('policies/comment.json', 18, 'comments are not allowed')])
  })

  it('fires once for a trailing comma, at the line of the comma', async () => {
    const { code, report } = await checkRepo('invalid-policy', { config: '.github/trailing-comma.yml' })
    expect(code).toBe(1)
    expect(report.findings).toEqual([invalid('policies/trailing-comma.json', 27, 'trailing comma')])
  })

  it('fires for a bad Effect, at the Effect line', async () => {
    const { code, report } = await checkRepo('invalid-policy', { config: '.github/bad-effect.yml' })
    expect(code).toBe(1)
    expect(report.findings).toEqual([invalid('policies/bad-effect.json', 13, 'Effect must be "Allow" or "Deny"')])
  })

  it('fires for a document without Statement (a proposed inline policy), at its first line', async () => {
    const { code, report } = await checkRepo('invalid-policy', { config: '.github/no-statement.yml' })
    expect(code).toBe(1)
    expect(report.findings).toEqual([invalid('iam/no-statement.json', 1, 'the policy has no Statement')])
  })

  it('does not fire for the valid policy (twin)', async () => {
    const { code, report } = await checkRepo('invalid-policy', { config: '.github/ok.yml' })
    expect(code).toBe(0)
    expect(report.findings).toEqual([])
  })
})

describe('ineffective-statement', () => {
  it('warns for statements without Resource, with a Resource that cannot match the key, and without Action', async () => {
    const { code, report } = await checkRepo('ineffective-statement')
    expect(code).toBe(0)
    const warning = (sid: string, why: string, startLine: number, endLine: number): unknown => ({
      rule: 'ineffective-statement',
      severity: 'warning',
      message: mentions(`key policy statement ${sid} ${why}`, 'it has no effect'),
      key: KEY,
      file: 'policies/key.json',
      startLine,
      endLine,
      preExisting: false
    })
    expect(report.findings).toEqual([
      warning('AdminsReadNoResource', 'has no Resource', 24, 29),
      warning('AdminsOtherKey', 'has a Resource that cannot match app-data', 30, 36),
      warning('AdminsNoAction', 'has no Action', 37, 42)
    ])
    expect(report.counts).toEqual({ error: 0, warning: 3, notice: 0 })
  })

  it('does not fire when every statement has an Action and a Resource of "*" (twin)', async () => {
    const { code, report } = await checkRepo('ineffective-statement', { config: '.github/ok.yml' })
    expect(code).toBe(0)
    expect(report.findings).toEqual([])
  })
})

describe('policy-too-large', () => {
  /**
   * A valid key policy of exactly `bytes` bytes: the fixture's two statements, padding statements, and an
   * `Id` whose length makes up the rest.
   */
  function sizedPolicy(bytes: number): string {
    const statements = [
      '    { "Sid": "EnableRootDelegation", "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:root" }, "Action": "kms:*", "Resource": "*" }',
      '    { "Sid": "AllowRotation", "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:role/kms-rotation-service" }, ' +
        '"Action": ["kms:RotateKeyOnDemand", "kms:EnableKeyRotation", "kms:GetKeyRotationStatus", "kms:ListKeyRotations", "kms:DescribeKey"], "Resource": "*" }'
    ]
    for (let i = 1; i <= 150; i++) {
      const sid = `Readers${String(i).padStart(3, '0')}`
      statements.push(
        `    { "Sid": "${sid}", "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:role/kms-admin" }, "Action": "kms:DescribeKey", "Resource": "*" }`
      )
    }
    const build = (id: string): string =>
      `{\n  "Version": "2012-10-17",\n  "Id": "${id}",\n  "Statement": [\n${statements.join(',\n')}\n  ]\n}\n`
    const missing = bytes - Buffer.byteLength(build(''))
    if (missing < 0) throw new Error('the padding statements alone are too large')
    const text = build('x'.repeat(missing))
    expect(Buffer.byteLength(text)).toBe(bytes)
    return text
  }

  async function withPolicyOf(bytes: number): Promise<Awaited<ReturnType<typeof check>>> {
    const dir = copyRepo('policy-too-large')
    temps.push(dir)
    fs.writeFileSync(path.join(dir, 'policies/key.json'), sizedPolicy(bytes))
    return check(dir)
  }

  it('fires for a key policy of 32,769 bytes, over the whole document', async () => {
    const { code, report } = await withPolicyOf(32_769)
    expect(code).toBe(1)
    expect(report.findings).toEqual([
      {
        rule: 'policy-too-large',
        severity: 'error',
        message: mentions('policies/key.json is 32,769 bytes', 'at most 32,768 bytes', 'LimitExceededException'),
        key: KEY,
        file: 'policies/key.json',
        startLine: 1,
        endLine: 158,
        preExisting: false
      }
    ])
    // The size does not change what the policy allows.
    expect(report.checks).toEqual([...rotationRows(), row(ROOT_ARN, 'owner', 'kms:PutKeyPolicy', 'allowed', 'allowed')])
  })

  it('does not fire at exactly 32,768 bytes', async () => {
    const { code, report } = await withPolicyOf(32_768)
    expect(code).toBe(0)
    expect(report.findings).toEqual([])
  })

  it('does not fire for the small policy as committed (twin)', async () => {
    const { code, report } = await checkRepo('policy-too-large')
    expect(code).toBe(0)
    expect(report.findings).toEqual([])
  })
})
