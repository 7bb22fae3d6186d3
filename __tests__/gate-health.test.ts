/**
 * Live-state rules (CONTRACT §6): rotation-disabled, rotation-overdue and rotation-unsupported. They are
 * about the live key, so they point at the key's entry in the config file and are pre-existing.
 */
import { describe, expect, it } from '@jest/globals'
import { KEY, ROLE, ROOT_ARN, check, checkRepo, cli, mentions, repo, row, rotationRows } from './helpers/repos.js'

const LEGACY = 'arn:aws:kms:us-east-1:111122223333:key/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0'
const SIGNING = 'arn:aws:kms:us-east-1:111122223333:key/5a5a5a5a-1111-2222-3333-444444444444'
const IMPORTED = 'arn:aws:kms:us-east-1:111122223333:key/6b6b6b6b-1111-2222-3333-444444444444'

describe('rotation-disabled', () => {
  it('warns when live rotation is off and the config requires it, at the key entry', async () => {
    const { code, report } = await checkRepo('rotation-disabled')
    expect(code).toBe(0)
    expect(report.findings).toEqual([
      {
        rule: 'rotation-disabled',
        severity: 'warning',
        message: mentions('automatic rotation is off for app-data', 'require-enabled: false'),
        key: KEY,
        file: '.github/kms-policy-gate.yml',
        startLine: 3,
        endLine: 6,
        preExisting: true
      }
    ])
    // Rotation being off does not take the rotation role's permissions away.
    expect(report.checks).toEqual([...rotationRows(), row(ROOT_ARN, 'owner', 'kms:PutKeyPolicy', 'allowed', 'allowed')])
  })

  it('blocks with --fail-on warning (CONTRACT §2), not with --ignore-pre-existing (it predates the change)', async () => {
    const both = await checkRepo('rotation-disabled', { extra: ['--fail-on', 'warning'] })
    expect(both.code).toBe(1)
    const newOnly = await checkRepo('rotation-disabled', { extra: ['--fail-on', 'warning', '--ignore-pre-existing'] })
    expect(newOnly.code).toBe(0)
    expect(newOnly.report.counts.warning).toBe(1)
  })

  it('does not fire with require-enabled: false (twin)', async () => {
    const { code, report } = await checkRepo('rotation-disabled', { config: '.github/ok.yml' })
    expect(code).toBe(0)
    expect(report.findings).toEqual([])
  })
})

describe('rotation-overdue', () => {
  it('warns for a key last rotated over max-age-days ago and for one never rotated since its creation', async () => {
    const { code, report } = await checkRepo('rotation-overdue')
    expect(code).toBe(0)
    expect(report.findings).toEqual([
      {
        rule: 'rotation-overdue',
        severity: 'warning',
        message: 'app-data was last rotated 546 days ago (2025-06-01), more than 365 days',
        key: KEY,
        file: '.github/kms-policy-gate.yml',
        startLine: 3,
        endLine: 6,
        preExisting: true
      },
      {
        rule: 'rotation-overdue',
        severity: 'warning',
        message: 'legacy was last rotated 1049 days ago (2024-01-15, its creation date), more than 365 days',
        key: LEGACY,
        file: '.github/kms-policy-gate.yml',
        startLine: 7,
        endLine: 10,
        preExisting: true
      }
    ])
  })

  it('counts whole days from --now: 365 days is not overdue, 366 is', async () => {
    const dir = repo('rotation-overdue')
    const at = async (now: string): Promise<string[]> => {
      const run = await cli(
        ['check', '--workspace', dir, '--snapshot', 'snapshot.json', '--format', 'json', '--now', now],
        dir
      )
      expect(run.code).toBe(0)
      const report = JSON.parse(run.stdout) as { findings: { key: string; rule: string }[] }
      return report.findings.filter(f => f.key === KEY).map(f => f.rule)
    }
    expect(await at('2026-06-01T00:00:00Z')).toEqual([])
    expect(await at('2026-06-02T00:00:00Z')).toEqual(['rotation-overdue'])
  })

  it('does not fire when max-age-days covers the age (twin)', async () => {
    const { code, report } = await checkRepo('rotation-overdue', { config: '.github/ok.yml' })
    expect(code).toBe(0)
    expect(report.findings).toEqual([])
  })
})

describe('rotation-unsupported', () => {
  // Symmetric keys with imported material "support on-demand rotation" (KMS Developer Guide,
  // importing-keys-import-key-material): only the automatic-rotation rules and kms:EnableKeyRotation are skipped.
  it('is a notice for an asymmetric key (rotation checks skipped) and an imported key (on-demand checks kept)', async () => {
    const { code, report } = await checkRepo('rotation-unsupported')
    expect(code).toBe(0)
    expect(report.counts).toEqual({ error: 0, warning: 0, notice: 2 })
    expect(report.findings).toEqual([
      {
        rule: 'rotation-unsupported',
        severity: 'notice',
        message: mentions('signing cannot rotate automatically', 'key spec is RSA_2048', 'skipped'),
        key: SIGNING,
        file: '.github/kms-policy-gate.yml',
        startLine: 3,
        endLine: 6,
        preExisting: true
      },
      {
        rule: 'rotation-unsupported',
        severity: 'notice',
        message: mentions(
          'imported has imported key material (origin EXTERNAL)',
          'cannot rotate automatically',
          'rotation-disabled, rotation-overdue and kms:EnableKeyRotation are skipped',
          'on-demand rotation access is checked'
        ),
        key: IMPORTED,
        file: '.github/kms-policy-gate.yml',
        startLine: 7,
        endLine: 10,
        preExisting: true
      }
    ])
    // Rotation is off for both keys in the snapshot: no rotation-disabled, since automatic rotation cannot apply.
    expect(report.checks).toEqual([
      row(ROOT_ARN, 'owner', 'kms:PutKeyPolicy', 'allowed', 'allowed', SIGNING),
      ...rotationRows({}, ROLE, IMPORTED).filter(r => r.action !== 'kms:EnableKeyRotation'),
      row(ROOT_ARN, 'owner', 'kms:PutKeyPolicy', 'allowed', 'allowed', IMPORTED)
    ])
  })

  it('does not fire for a SYMMETRIC_DEFAULT key with AWS_KMS key material (twin)', async () => {
    const { code, report } = await checkRepo('rotation-unsupported', { config: '.github/ok.yml' })
    expect(code).toBe(0)
    expect(report.findings).toEqual([])
    expect(report.checks).toEqual([...rotationRows(), row(ROOT_ARN, 'owner', 'kms:PutKeyPolicy', 'allowed', 'allowed')])
  })

  it('keeps the rotation principal out of the checks of unsupported keys, not of imported ones', async () => {
    const { report } = await check(repo('rotation-unsupported'))
    expect(report.checks.some(c => c.principal === ROLE && c.key === SIGNING)).toBe(false)
    expect(report.checks.filter(c => c.principal === ROLE && c.key === IMPORTED)).toHaveLength(4)
  })
})
