/**
 * rotation-disabled for a template that turns automatic rotation off (`EnableKeyRotation: false`) while the
 * config requires it: reported at the key's resource, not pre-existing. The twin keeps rotation on.
 */
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
