/** `explain --after` evaluates the world a CloudFormation template proposes and names the template's lines. */
import { expect, test } from '@jest/globals'
import { cli, KEY, repo, ROLE, SHARED_SNAPSHOT } from './helpers/repos.js'

test('explain --after names the Deny statement of the template, with its lines', async () => {
  const base = [
    'explain',
    '--key',
    KEY,
    '--principal',
    ROLE,
    '--action',
    'kms:RotateKeyOnDemand',
    '--snapshot',
    SHARED_SNAPSHOT
  ]
  const dir = repo('iac-cfn-yaml-rotation-access-lost')
  const after = await cli([...base, '--after'], dir)
  expect(after.code).toBe(0)
  expect(after.stdout).toContain(`kms:RotateKeyOnDemand by ${ROLE} on ${KEY} (after): explicit-deny`)
  expect(after.stdout).toContain('deny:  key policy statement DenyOnDemandRotation (infra/kms-stack.yaml) lines 33–38')
  const before = await cli(base, dir)
  expect(before.stdout).toContain(`(before): allowed`)
})
