/**
 * rotation-disabled for a template that turns automatic rotation off (`EnableKeyRotation: false`) while the
 * config requires it: reported at the key's resource, not pre-existing. The twin keeps rotation on.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, test } from '@jest/globals'
import { cli, NOW, repo, SHARED_SNAPSHOT } from './helpers/repos.js'

const args = (config: string): string[] => [
  'check',
  '--config',
  config,
  '--snapshot',
  SHARED_SNAPSHOT,
  '--format',
  'json',
  '--now',
  NOW
]

describe('rotation-disabled from a template', () => {
  test('fires at the AWS::KMS::Key resource', async () => {
    const r = await cli(args('.github/kms-policy-gate.yml'), repo('iac-cfn-yaml-rotation-disabled'))
    expect(r.code).toBe(0)
    const findings = JSON.parse(r.stdout).findings.filter((f: { rule: string }) => f.rule === 'rotation-disabled')
    expect(findings).toEqual([
      {
        rule: 'rotation-disabled',
        severity: 'warning',
        message:
          'the change turns automatic rotation off for app-data; set EnableKeyRotation / enable_key_rotation to true, or rotation.require-enabled: false in the config',
        key: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
        file: 'infra/kms-stack.yaml',
        startLine: 8,
        endLine: 8,
        preExisting: false
      }
    ])
  })

  test('does not fire when the template keeps rotation on', async () => {
    const r = await cli(args('.github/ok.yml'), repo('iac-cfn-yaml-rotation-disabled'))
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).findings.filter((f: { rule: string }) => f.rule === 'rotation-disabled')).toEqual([])
  })
})

/**
 * A key the change creates with imported material (`Origin: EXTERNAL`) rotates on demand only, like a live one:
 * "Symmetric encryption keys with EXTERNAL origin support on-demand rotation" (KMS Developer Guide,
 * importing-keys-import-key-material). Its on-demand checks run; kms:EnableKeyRotation is no expectation.
 */
describe('a new key with imported material', () => {
  const ROLE = 'arn:aws:iam::111122223333:role/kms-rotation-service'
  const template = (actions: string[]): string =>
    JSON.stringify(
      {
        AWSTemplateFormatVersion: '2010-09-09',
        Resources: {
          ImportedKey: {
            Type: 'AWS::KMS::Key',
            Properties: {
              Origin: 'EXTERNAL',
              KeyPolicy: {
                Version: '2012-10-17',
                Statement: [
                  {
                    Sid: 'Root',
                    Effect: 'Allow',
                    Principal: { AWS: 'arn:aws:iam::111122223333:root' },
                    Action: 'kms:PutKeyPolicy',
                    Resource: '*'
                  },
                  { Sid: 'Rotation', Effect: 'Allow', Principal: { AWS: ROLE }, Action: actions, Resource: '*' }
                ]
              }
            }
          }
        }
      },
      null,
      2
    )
  const config = [
    'version: 1',
    'keys:',
    '  - name: imported',
    '    key: cloudformation:ImportedKey',
    '    rotation:',
    `      principals: [${ROLE}]`,
    'cloudformation:',
    '  - template: stack.template.json',
    ''
  ].join('\n')
  const ON_DEMAND = ['kms:RotateKeyOnDemand', 'kms:GetKeyRotationStatus', 'kms:ListKeyRotations', 'kms:DescribeKey']

  const findings = (report: { findings: { rule: string; action?: string; startLine: number }[] }) =>
    report.findings.filter(f => f.rule !== 'source-mapping')

  async function run(actions: string[]): Promise<{
    code: number
    report: { findings: { rule: string; action?: string; startLine: number }[]; checks: { action: string }[] }
  }> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kpg-imported-'))
    try {
      fs.mkdirSync(path.join(dir, '.github'))
      fs.writeFileSync(path.join(dir, '.github', 'kms-policy-gate.yml'), config)
      fs.writeFileSync(path.join(dir, 'stack.template.json'), template(actions))
      const r = await cli(args('.github/kms-policy-gate.yml'), dir)
      if (r.code === 2) throw new Error(r.stderr)
      return { code: r.code, report: JSON.parse(r.stdout) }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }

  test('blocks a key policy that leaves out kms:RotateKeyOnDemand, at the key resource', async () => {
    const { code, report } = await run(ON_DEMAND.filter(a => a !== 'kms:RotateKeyOnDemand'))
    expect(code).toBe(1)
    // The notice at line 4 (`"ImportedKey": {`); the loss at line 10, the policy's `"Statement"` key: no statement
    // allows the action.
    expect(findings(report).map(f => [f.rule, f.action, f.startLine])).toEqual([
      ['rotation-unsupported', undefined, 4],
      ['rotation-access-lost', 'kms:RotateKeyOnDemand', 10]
    ])
    expect(report.checks.filter(c => c.action !== 'kms:PutKeyPolicy').map(c => c.action)).toEqual(ON_DEMAND)
  })

  test('passes with the on-demand actions, without kms:EnableKeyRotation (twin)', async () => {
    const { code, report } = await run(ON_DEMAND)
    expect(code).toBe(0)
    expect(findings(report).map(f => f.rule)).toEqual(['rotation-unsupported'])
  })
})
