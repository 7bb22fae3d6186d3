import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { loadConfig } from '../../src/config/load.js'
import { ConfigError } from '../../src/errors.js'
import { applySuppressions, ignoreApplies, ignoreMatches } from '../../src/report/suppress.js'
import type { IgnoreConfig } from '../../src/config/types.js'
import { cli, copyFixture, KEY, NOW, repo, ROLE } from '../helpers/repos.js'
import { KEY_ARN, ROTATION_ROLE, makeFinding } from '../helpers/findings.js'

const entry = (overrides: Partial<IgnoreConfig> = {}): IgnoreConfig => ({
  rule: 'rotation-access-lost',
  key: KEY_ARN,
  principal: ROTATION_ROLE,
  reason: 'accepted by the platform team',
  line: 9,
  ...overrides
})

describe('ignoreMatches', () => {
  it('matches when every given field matches; actions ignore case; keys by ARN or name', () => {
    expect(ignoreMatches(entry(), makeFinding())).toBe(true)
    expect(ignoreMatches(entry({ action: 'KMS:rotatekeyondemand' }), makeFinding())).toBe(true)
    expect(ignoreMatches(entry({ key: 'app-data' }), makeFinding(), [{ arn: KEY_ARN, names: ['app-data'] }])).toBe(true)
  })
  it('does not match another rule, key, principal, action or file', () => {
    expect(ignoreMatches(entry({ rule: 'owner-lockout' }), makeFinding())).toBe(false)
    expect(ignoreMatches(entry({ key: 'app-data' }), makeFinding())).toBe(false)
    expect(ignoreMatches(entry({ principal: 'arn:aws:iam::111122223333:role/other' }), makeFinding())).toBe(false)
    expect(ignoreMatches(entry({ action: 'kms:EnableKeyRotation' }), makeFinding())).toBe(false)
    expect(ignoreMatches(entry({ file: 'policies/other.json' }), makeFinding())).toBe(false)
    expect(ignoreMatches(entry(), makeFinding({ key: undefined }))).toBe(false)
  })
})

describe('ignoreApplies', () => {
  it('applies through the whole expiry day (UTC), not after', () => {
    const e = entry({ expires: '2026-11-28' })
    expect(ignoreApplies(e, new Date('2026-11-28T23:59:59Z'))).toBe(true)
    expect(ignoreApplies(e, new Date('2026-11-29T00:00:00Z'))).toBe(false)
    expect(ignoreApplies(entry(), new Date('2100-01-01T00:00:00Z'))).toBe(true)
  })
})

describe('applySuppressions', () => {
  it('marks matching findings with the reason, and leaves the others alone', () => {
    const other = makeFinding({ rule: 'unknown-action' })
    const out = applySuppressions([makeFinding(), other], [entry()], new Date(NOW), 'cfg.yml')
    expect(out[0].suppressed).toEqual({ reason: 'accepted by the platform team', file: 'cfg.yml', line: 9 })
    expect(out[1]).toBe(other)
  })
  it('an expired entry suppresses nothing and is reported at its line', () => {
    const out = applySuppressions([makeFinding()], [entry({ expires: '2026-01-31' })], new Date(NOW), 'cfg.yml')
    expect(out[0].suppressed).toBeUndefined()
    expect(out[1]).toEqual({
      rule: 'suppression-expired',
      severity: 'warning',
      message:
        `the ignore entry for rotation-access-lost / ${KEY_ARN} / ${ROTATION_ROLE} expired on 2026-01-31; ` +
        'it no longer suppresses anything (1 finding of this run match it)',
      file: 'cfg.yml',
      startLine: 9,
      endLine: 9,
      preExisting: false
    })
  })
  it('never suppresses a config error', () => {
    const out = applySuppressions(
      [makeFinding({ rule: 'config-error' })],
      [entry({ rule: 'config-error' })],
      new Date(NOW),
      'c'
    )
    expect(out[0].suppressed).toBeUndefined()
  })
})

/** The deny fixture with an `ignore:` section appended to its config. */
function withIgnore(section: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kpg-ignore-'))
  copyFixture(repo('rotation-access-lost-deny'), dir)
  fs.appendFileSync(path.join(dir, '.github/kms-policy-gate.yml'), section)
  return dir
}

describe('config ignore: end to end', () => {
  const IGNORE = `ignore:
  - rule: rotation-access-lost
    key: app-data
    principal: ${ROLE}
    action: kms:RotateKeyOnDemand
    reason: on-demand rotation is done by the break-glass role (SEC-123)
`

  it('a suppressed finding passes the run, stays in the report and in SARIF', async () => {
    const dir = withIgnore(IGNORE + '    expires: 2026-12-31\n')
    const r = await cli(
      ['check', '--snapshot', 'snapshot.json', '--format', 'json', '--now', NOW, '--sarif-file', 'out.sarif'],
      dir
    )
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout)
    expect(report.result).toBe('passed')
    expect(report.counts).toEqual({ error: 0, warning: 0, notice: 0 })
    expect(report.findings).toHaveLength(1)
    expect(report.findings[0]).toMatchObject({
      rule: 'rotation-access-lost',
      key: KEY,
      suppressed: { reason: 'on-demand rotation is done by the break-glass role (SEC-123)', expires: '2026-12-31' }
    })
    const sarif = JSON.parse(fs.readFileSync(path.join(dir, 'out.sarif'), 'utf8'))
    expect(sarif.runs[0].automationDetails).toEqual({ id: 'kms-policy-gate/.github/kms-policy-gate.yml/' })
    expect(sarif.runs[0].results[0].suppressions).toEqual([
      {
        kind: 'external',
        status: 'accepted',
        justification: 'on-demand rotation is done by the break-glass role (SEC-123)'
      }
    ])
  })

  it('after the expiry day the finding blocks again and the entry is reported', async () => {
    const dir = withIgnore(IGNORE + '    expires: 2026-11-01\n')
    const r = await cli(['check', '--snapshot', 'snapshot.json', '--format', 'json', '--now', NOW], dir)
    expect(r.code).toBe(1)
    const report = JSON.parse(r.stdout)
    expect(report.counts).toEqual({ error: 1, warning: 1, notice: 0 })
    expect(report.findings.map((f: { rule: string; startLine: number }) => [f.rule, f.startLine])).toEqual([
      ['suppression-expired', 9],
      ['rotation-access-lost', 24]
    ])
  })

  it('an entry for another principal does not suppress', async () => {
    const dir = withIgnore(IGNORE.replace(ROLE, 'arn:aws:iam::111122223333:role/someone-else'))
    const r = await cli(['check', '--snapshot', 'snapshot.json', '--format', 'json', '--now', NOW], dir)
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout).findings[0].suppressed).toBeUndefined()
  })

  it.each([
    ['  - rule: rotation-access-lost\n    key: app-data\n', 'ignore[0]: missing required field "reason"'],
    ['  - rule: rotation-access-lost\n    reason: ok\n', 'ignore[0]: name what to ignore besides the rule'],
    [
      '  - rule: rotation-acces-lost\n    key: k\n    reason: ok\n',
      'ignore[0].rule: not a rule id: "rotation-acces-lost"'
    ],
    [
      '  - rule: rotation-access-lost\n    key: k\n    reason: ok\n    expires: 2026-02-30\n',
      'ignore[0].expires: not a date'
    ]
  ])('rejects %j with the config line', (section, message) => {
    const dir = withIgnore('ignore:\n' + section)
    let error: unknown
    try {
      loadConfig(dir, '.github/kms-policy-gate.yml')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).line).toBeGreaterThanOrEqual(8)
    expect((error as ConfigError).message).toContain(message)
  })
})
