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

/** Every rotation-health finding is about the live key, at its config entry, and predates the change. */
const notice = (message: string) => ({
  rule: 'rotation-unsupported',
  severity: 'notice',
  message,
  key: ARN,
  ...where,
  preExisting: true
})
const messages = (r: ReturnType<typeof run>) => r.findings.map(f => f.message)

// KMS API reference, EnableKeyRotation: automatic rotation is for symmetric keys with KMS-made material, not for
// AWS managed keys (AWS rotates those every year) nor keys in custom key stores.
describe('keys AWS cannot rotate: one notice, and the rotation rules are skipped', () => {
  it.each([
    [{ keyManager: 'AWS' as const }, 'it is an AWS managed key (AWS rotates it every year)'],
    [{ origin: 'AWS_CLOUDHSM' }, 'it is in a custom key store (origin AWS_CLOUDHSM)'],
    [{ origin: 'EXTERNAL_KEY_STORE' }, 'it is in a custom key store (origin EXTERNAL_KEY_STORE)'],
    [{ keySpec: 'HMAC_256' }, 'its key spec is HMAC_256']
  ])('%j', (extra, reason) => {
    // Rotation off and long overdue: neither is reported for such a key.
    const r = run(key({ ...extra, rotation: { enabled: false, history: [] }, creationDate: '2020-01-01T00:00:00Z' }))
    expect(r).toEqual({
      unsupported: true,
      findings: [notice(`app-data cannot rotate automatically: ${reason}; rotation rules are skipped for it`)]
    })
  })

  // KMS Developer Guide, key-state: a key pending deletion is not rotated. PendingReplicaDeletion is the state of
  // a multi-Region primary key scheduled for deletion while it still has replicas (KeyMetadata, KeyState).
  it('a multi-Region primary pending deletion while its replicas remain', () => {
    expect(run(key({ keyState: 'PendingReplicaDeletion', rotation: { enabled: false, history: [] } }))).toEqual({
      unsupported: true,
      findings: [
        notice(
          'app-data is scheduled for deletion (key state PendingReplicaDeletion): rotation rules are skipped for it'
        )
      ]
    })
  })
})

// KMS API reference, ImportKeyMaterial: new material goes into a multi-Region primary and its replicas, then the
// primary rotates on demand. Such a key is no "cannot rotate" key: only the automatic-rotation rules are skipped.
describe('imported material, multi-Region included: on-demand rotation', () => {
  it('a multi-Region key with imported material, rotation off and old: one notice, no rotation-disabled/overdue', () => {
    const r = run(
      key({
        origin: 'EXTERNAL',
        multiRegion: true,
        rotation: { enabled: false, history: [] },
        creationDate: '2020-01-01T00:00:00Z'
      })
    )
    expect(r).toEqual({
      unsupported: false,
      findings: [
        notice(
          'app-data has imported key material (origin EXTERNAL): it cannot rotate automatically, so rotation-disabled, rotation-overdue and kms:EnableKeyRotation are skipped; on-demand rotation access is checked'
        )
      ]
    })
  })
})

describe('key states that pause rotation: a notice, and the rules still apply', () => {
  it('a disabled key: the notice first, then rotation-disabled', () => {
    const r = run(
      key({ keyState: 'Disabled', rotation: { enabled: false, history: [] }, creationDate: '2026-11-01T00:00:00Z' })
    )
    expect(r.unsupported).toBe(false)
    expect(r.findings).toEqual([
      notice(
        'app-data is disabled (key state Disabled): KMS does not rotate it in this state; rotation access is still checked'
      ),
      expect.objectContaining({ rule: 'rotation-disabled', severity: 'warning', ...where })
    ])
  })

  it('imported material still waiting to be imported: both notices, no rotation-disabled', () => {
    // KMS Developer Guide, importing-keys-import-key-material: imported material rotates on demand only.
    const r = run(key({ origin: 'EXTERNAL', keyState: 'PendingImport', rotation: { enabled: false, history: [] } }))
    expect(r.unsupported).toBe(false)
    expect(messages(r)).toEqual([
      'app-data has imported key material (origin EXTERNAL): it cannot rotate automatically, so rotation-disabled, rotation-overdue and kms:EnableKeyRotation are skipped; on-demand rotation access is checked',
      'app-data is waiting for its key material (key state PendingImport): KMS does not rotate it in this state; rotation access is still checked'
    ])
    expect(r.findings.every(f => f.rule === 'rotation-unsupported' && f.severity === 'notice')).toBe(true)
  })

  // KMS Developer Guide, key-state: only keys with imported material (origin EXTERNAL) are ever PendingImport.
  it('a state that leaves the origin out: a key waiting for its material still gets no rotation-disabled', () => {
    const r = run(
      key({
        origin: undefined,
        keyState: 'PendingImport',
        creationDate: '2026-11-01T00:00:00Z',
        rotation: { enabled: false, history: [] }
      })
    )
    expect(r.findings.map(f => [f.rule, f.severity])).toEqual([['rotation-unsupported', 'notice']])
  })

  it('a disabled key whose rotation state could not be read: both notices, nothing else', () => {
    const r = run(
      key({ keyState: 'Disabled', rotation: undefined, rotationUnreadable: 'kms:GetKeyRotationStatus: AccessDenied' })
    )
    expect(r).toEqual({
      unsupported: false,
      findings: [
        notice(
          'app-data is disabled (key state Disabled): KMS does not rotate it in this state; rotation access is still checked'
        ),
        notice(
          'the rotation state of app-data could not be read (kms:GetKeyRotationStatus: AccessDenied): rotation-disabled and rotation-overdue are skipped; rotation access is still checked'
        )
      ]
    })
  })
})

describe('rotation-overdue', () => {
  // KMS Developer Guide, rotate-keys: automatic rotation defaults to every 365 days.
  const rotatedOn = (date: string, periodDays?: number) =>
    key({ rotation: { enabled: true, periodDays, history: [{ date, type: 'AUTOMATIC' }] } })

  it('older than the period only: 365 days is on time, 366 is overdue (365 when the state has no period)', () => {
    expect(run(rotatedOn('2025-11-29T00:00:00Z')).findings).toEqual([])
    expect(run(rotatedOn('2025-11-28T00:00:00Z')).findings).toEqual([
      {
        rule: 'rotation-overdue',
        severity: 'warning',
        message: 'app-data was last rotated 366 days ago (2025-11-28), more than 365 days',
        key: ARN,
        ...where,
        preExisting: true
      }
    ])
  })

  it('the period of the key when the config sets no maximum', () => {
    expect(run(rotatedOn('2026-08-31T00:00:00Z', 90)).findings).toEqual([])
    expect(messages(run(rotatedOn('2026-08-30T00:00:00Z', 90)))).toEqual([
      'app-data was last rotated 91 days ago (2026-08-30), more than 90 days'
    ])
  })

  it('the latest rotation counts, in any order; dates that do not parse are left out', () => {
    const history = [
      { date: '2025-01-01T00:00:00Z', type: 'AUTOMATIC' },
      { date: 'not a date', type: 'AUTOMATIC' },
      { date: '2026-10-01T00:00:00Z', type: 'ON_DEMAND' },
      { date: '2025-06-01T00:00:00Z', type: 'AUTOMATIC' }
    ]
    expect(run(key({ rotation: { enabled: true, periodDays: 90, history } })).findings).toEqual([])
    const unreadable = [{ date: 'not a date', type: 'AUTOMATIC' }]
    expect(messages(run(key({ rotation: { enabled: true, periodDays: 90, history: unreadable } })))).toEqual([
      'app-data was last rotated 697 days ago (2025-01-01, its creation date), more than 90 days'
    ])
  })

  it('no rotation and no creation date: no age to judge', () => {
    expect(run(key({ creationDate: undefined, rotation: { enabled: true, history: [] } })).findings).toEqual([])
  })

  it('reported even when rotation may stay off', () => {
    const r = run(key({ rotation: { enabled: false, history: [] } }), { requireEnabled: false })
    expect(r.findings.map(f => f.rule)).toEqual(['rotation-overdue'])
  })
})
