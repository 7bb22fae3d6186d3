import { rotationHealthRules } from '../../src/rules/rotation-health.js'
import type { KeyState } from '../../src/state/types.js'

const ARN = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
const where = { file: '.github/kms-policy-gate.yml', startLine: 4, endLine: 9 }
const NOW = new Date('2026-11-29T00:00:00Z')
const key = (extra: Partial<KeyState> = {}): KeyState => ({
  arn: ARN,
  aliases: ['alias/app-data'],
  policy: {},
  keySpec: 'SYMMETRIC_DEFAULT',
  keyManager: 'CUSTOMER',
  origin: 'AWS_KMS',
  keyState: 'Enabled',
  creationDate: '2025-01-01T00:00:00Z',
  rotation: { enabled: true, periodDays: 365, history: [{ date: '2026-06-01T00:00:00Z', type: 'AUTOMATIC' }] },
  ...extra
})
const run = (k: KeyState, extra: { requireEnabled?: boolean; maxAgeDays?: number } = {}) =>
  rotationHealthRules({
    key: k,
    keyName: 'app-data',
    requireEnabled: extra.requireEnabled ?? true,
    maxAgeDays: extra.maxAgeDays,
    now: NOW,
    where
  })
const rules = (r: ReturnType<typeof run>) => r.findings.map(f => [f.rule, f.severity])

describe('rotation health of a live key', () => {
  it('a healthy key: nothing to report', () => {
    expect(run(key())).toEqual({ findings: [], unsupported: false })
  })

  it('rotation off: rotation-disabled at the key entry, unless the config does not require it', () => {
    const off = key({ rotation: { enabled: false, history: [{ date: '2026-06-01T00:00:00Z', type: 'ON_DEMAND' }] } })
    expect(run(off).findings).toEqual([
      expect.objectContaining({ rule: 'rotation-disabled', severity: 'warning', key: ARN, ...where, preExisting: true })
    ])
    expect(run(off, { requireEnabled: false }).findings).toEqual([])
  })

  it('overdue: the last rotation (else the creation date) is older than the period', () => {
    const old = key({
      rotation: { enabled: true, periodDays: 90, history: [{ date: '2026-06-01T00:00:00Z', type: 'AUTOMATIC' }] }
    })
    expect(run(old).findings).toEqual([
      expect.objectContaining({
        rule: 'rotation-overdue',
        message: 'app-data was last rotated 181 days ago (2026-06-01), more than 90 days'
      })
    ])
    expect(run(old, { maxAgeDays: 200 }).findings).toEqual([])
    const never = key({ rotation: { enabled: true, periodDays: 365, history: [] } })
    expect(run(never).findings[0].message).toBe(
      'app-data was last rotated 697 days ago (2025-01-01, its creation date), more than 365 days'
    )
  })

  // KMS API reference, EnableKeyRotation: automatic rotation exists only for symmetric keys with KMS-made material.
  it('keys that cannot rotate: one notice, no rotation rules', () => {
    const asym = run(key({ keySpec: 'RSA_2048', rotation: { enabled: false, history: [] } }))
    expect(asym.unsupported).toBe(true)
    expect(rules(asym)).toEqual([['rotation-unsupported', 'notice']])
    const deleting = run(key({ keyState: 'PendingDeletion' }))
    expect(deleting.unsupported).toBe(true)
    expect(deleting.findings[0].message).toMatch(/scheduled for deletion/)
  })

  it('a disabled key keeps its rules with a note; imported material is checked on demand only', () => {
    const disabled = run(key({ keyState: 'Disabled', rotation: { enabled: false, history: [] } }))
    expect(rules(disabled)).toEqual([
      ['rotation-unsupported', 'notice'],
      ['rotation-disabled', 'warning'],
      ['rotation-overdue', 'warning']
    ])
    const imported = run(key({ origin: 'EXTERNAL', rotation: { enabled: false, history: [] } }))
    expect(imported.unsupported).toBe(false)
    expect(rules(imported)).toEqual([['rotation-unsupported', 'notice']])
  })

  it('a state without the rotation status says so instead of assuming it', () => {
    const unread = run(
      key({ rotation: undefined, rotationUnreadable: 'kms:GetKeyRotationStatus: KMSInvalidStateException' })
    )
    expect(unread.findings.map(f => f.message)).toEqual([
      'the rotation state of app-data could not be read (kms:GetKeyRotationStatus: KMSInvalidStateException): rotation-disabled and rotation-overdue are skipped; rotation access is still checked'
    ])
    const missing = run(key({ rotation: undefined, creationDate: '2020-01-01T00:00:00Z' }))
    expect(missing.findings).toEqual([
      expect.objectContaining({
        rule: 'rotation-unsupported',
        severity: 'notice',
        message:
          'the state has no rotation status for app-data: rotation-disabled and rotation-overdue are skipped; rotation access is still checked',
        ...where
      })
    ])
  })
})
