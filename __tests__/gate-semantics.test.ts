/**
 * Documents read exactly as AWS reads them, end to end through the CLI on fixture repositories (each with a
 * twin that does not fire). Sources are cited per case; see also __tests__/engine/direct-call.test.ts.
 */
import { describe, expect, it } from '@jest/globals'
import { KEY, ROLE, ROOT_ARN, checkRepo, mentions, row, rotationRows } from './helpers/repos.js'

const where = (file: string, startLine: number, endLine = startLine) => ({ file, startLine, endLine })

describe('Version (IAM User Guide, reference_policies_elements_version, reference_policies_variables)', () => {
  it('a key policy without Version reads ${aws:ResourceAccount} as text: the Deny meant for others denies the role', async () => {
    const { code, report } = await checkRepo('semantics-version')
    expect(code).toBe(1)
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: 'policy-version', severity: 'notice', ...where('policies/key.json', 1) }),
      expect.objectContaining({
        rule: 'rotation-access-lost',
        severity: 'error',
        principal: ROLE,
        action: 'kms:RotateKeyOnDemand',
        message: mentions('DenyOtherAccounts'),
        ...where('policies/key.json', 27, 38)
      })
    ])
  })

  it('the same document with "Version": "2012-10-17" substitutes the variable and passes (twin)', async () => {
    const { code, report } = await checkRepo('semantics-version', { config: '.github/ok.yml' })
    expect(code).toBe(0)
    expect(report.findings).toEqual([])
  })
})

describe('NotPrincipal with Deny (IAM User Guide, reference_policies_elements_notprincipal)', () => {
  it('listing only the role ARN does not exempt its sessions: every rotation action is lost at the Deny', async () => {
    const { code, report } = await checkRepo('semantics-notprincipal')
    expect(code).toBe(1)
    expect(report.findings).toHaveLength(5)
    for (const f of report.findings)
      expect(f).toMatchObject({ rule: 'rotation-access-lost', principal: ROLE, ...where('policies/key.json', 28, 39) })
    expect(report.checks).toEqual([
      ...rotationRows(
        Object.fromEntries(
          [
            'kms:RotateKeyOnDemand',
            'kms:EnableKeyRotation',
            'kms:GetKeyRotationStatus',
            'kms:ListKeyRotations',
            'kms:DescribeKey'
          ].map(a => [a, ['allowed', 'explicit-deny']])
        )
      ),
      row(ROOT_ARN, 'owner', 'kms:PutKeyPolicy', 'allowed', 'allowed')
    ])
  })

  it('listing the assumed-role session ARN too exempts the role (twin)', async () => {
    const { code, report } = await checkRepo('semantics-notprincipal', { config: '.github/ok.yml' })
    expect(code).toBe(0)
    expect(report.findings).toEqual([])
  })
})

describe('unique ids in a proposed key policy', () => {
  it('an id no principal has is orphaned-principal at its line', async () => {
    const { code, report } = await checkRepo('semantics-unique-id')
    expect(code).toBe(1)
    expect(report.findings).toEqual([
      expect.objectContaining({
        rule: 'orphaned-principal',
        severity: 'error',
        principal: 'AROADELETEDROLE000001',
        ...where('policies/key.json', 17)
      })
    ])
  })

  it("the live role's own id names the role: no orphan, and the grant counts (twin)", async () => {
    const { code, report } = await checkRepo('semantics-unique-id', { config: '.github/ok.yml' })
    expect(code).toBe(0)
    expect(report.findings).toEqual([])
    expect(report.checks).toEqual([...rotationRows(), row(ROOT_ARN, 'owner', 'kms:PutKeyPolicy', 'allowed', 'allowed')])
  })
})

describe('principals KMS rejects (IAM User Guide, reference_policies_elements_principal)', () => {
  it('an 8-digit account, "123", a wildcard in a role ARN and a group are invalid-policy at each value', async () => {
    const { code, report } = await checkRepo('semantics-principal-syntax')
    expect(code).toBe(1)
    expect(report.findings).toEqual([
      expect.objectContaining({
        rule: 'invalid-policy',
        message: mentions('"12345678" is not a 12-digit account id'),
        ...where('policies/key.json', 33)
      }),
      expect.objectContaining({
        rule: 'invalid-policy',
        message: mentions('"123"', '12 digits'),
        ...where('policies/key.json', 34)
      }),
      expect.objectContaining({
        rule: 'invalid-policy',
        message: mentions('role/kms-*', 'wildcards are not allowed'),
        ...where('policies/key.json', 35)
      }),
      expect.objectContaining({
        rule: 'invalid-policy',
        message: mentions('groups cannot be principals'),
        ...where('policies/key.json', 36)
      })
    ])
  })

  it('an account, a bare account id, a role and an assumed-role session are accepted (twin)', async () => {
    const { code, report } = await checkRepo('semantics-principal-syntax', { config: '.github/ok.yml' })
    expect(code).toBe(0)
    expect(report.findings).toEqual([])
  })
})

describe('condition keys a direct call fixes', () => {
  it("AWS's confused-deputy statement, a tag Deny, an aws:userid Deny and an RCP org perimeter are decided", async () => {
    const { code, report } = await checkRepo('semantics-direct-call')
    expect(code).toBe(0)
    expect(report.findings).toEqual([])
    expect(report.checks.every(c => c.before === 'allowed' && c.after === 'allowed')).toBe(true)
  })

  it('without the organization id in the snapshot the perimeter stays undecided and says how to settle it', async () => {
    const { report } = await checkRepo('semantics-direct-call', { snapshot: 'snapshot-no-org.json' })
    expect(report.findings).toHaveLength(6)
    for (const f of report.findings)
      expect(f).toMatchObject({
        rule: 'evaluation-inconclusive',
        preExisting: true,
        message: mentions('aws:PrincipalOrgID', 'organizationId')
      })
  })
})

describe('scheduled-access-loss', () => {
  it('a Deny that starts on 2027-01-01 (within the 400-day horizon) is an error at the Deny', async () => {
    const { code, report } = await checkRepo('scheduled-access-loss')
    expect(code).toBe(1)
    expect(report.findings).toEqual([
      {
        rule: 'scheduled-access-loss',
        severity: 'error',
        message: mentions(
          ROLE,
          'loses kms:RotateKeyOnDemand on app-data',
          'after 2027-01-01T00:00:00.000Z',
          'DenyRotationFrom2027'
        ),
        key: KEY,
        principal: ROLE,
        action: 'kms:RotateKeyOnDemand',
        ...where('policies/key.json', 28, 41),
        preExisting: false
      }
    ])
    // Today the check holds: the table says allowed.
    expect(report.checks).toEqual([...rotationRows(), row(ROOT_ARN, 'owner', 'kms:PutKeyPolicy', 'allowed', 'allowed')])
  })

  it('an Allow that expires is reported at that Allow', async () => {
    const { code, report } = await checkRepo('scheduled-access-loss', { config: '.github/expiring.yml' })
    expect(code).toBe(1)
    expect(report.findings).toEqual([
      expect.objectContaining({
        rule: 'scheduled-access-loss',
        action: 'kms:RotateKeyOnDemand',
        message: mentions('from 2027-03-01T00:00:00.000Z'),
        ...where('policies/key-expiring.json', 15, 28)
      })
    ])
  })

  it('does not fire for a date beyond the horizon, nor with a shorter horizon-days (twins)', async () => {
    for (const config of ['.github/ok.yml', '.github/short.yml']) {
      const { code, report } = await checkRepo('scheduled-access-loss', { config })
      expect(code).toBe(0)
      expect(report.findings).toEqual([])
    }
  })
})

describe('config principals that do not exist', () => {
  it('a rotation principal and an owner missing from the account are principal-not-found at their config lines', async () => {
    const { code, report } = await checkRepo('config-principal-not-found')
    expect(code).toBe(1)
    const notFound = report.findings.filter(f => f.rule === 'principal-not-found')
    expect(notFound).toEqual([
      expect.objectContaining({
        severity: 'error',
        principal: 'arn:aws:iam::111122223333:role/kms-rotation-svc',
        ...where('.github/kms-policy-gate.yml', 8)
      }),
      expect.objectContaining({
        severity: 'error',
        principal: 'arn:aws:iam::111122223333:role/kms-admins',
        ...where('.github/kms-policy-gate.yml', 11)
      })
    ])
  })

  it('existing principals pass (twin)', async () => {
    const { code, report } = await checkRepo('config-principal-not-found', { config: '.github/ok.yml' })
    expect(code).toBe(0)
    expect(report.findings).toEqual([])
  })
})

describe('inconclusive before and after, compared scenario by scenario', () => {
  // The live key policy allows the role unless an undecided Deny (aws:SourceVpc) applies; the change removes the
  // Allow. Whatever aws:SourceVpc is, the role can no longer rotate on demand: an error, not a pre-existing warning.
  it('removing the Allow under an undecided Deny is a possible regression (error)', async () => {
    const { code, report } = await checkRepo('inconclusive-regression')
    expect(code).toBe(1)
    const f = report.findings.find(x => x.action === 'kms:RotateKeyOnDemand')
    expect(f).toEqual(
      expect.objectContaining({
        rule: 'evaluation-inconclusive',
        severity: 'error',
        preExisting: false,
        message: mentions('inconclusive before and inconclusive after', 'aws:SourceVpc'),
        ...where('policies/key.json', 13, 24)
      })
    )
  })

  it('the same undecided Deny in both worlds stays a pre-existing warning (twin)', async () => {
    const { code, report } = await checkRepo('inconclusive-regression', { config: '.github/ok.yml' })
    expect(code).toBe(0)
    expect(report.findings).toEqual([
      expect.objectContaining({
        rule: 'evaluation-inconclusive',
        severity: 'warning',
        preExisting: true,
        action: 'kms:RotateKeyOnDemand'
      })
    ])
  })
})
