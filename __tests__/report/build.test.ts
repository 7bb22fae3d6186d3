import { describe, expect, it } from '@jest/globals'
import { buildReport, compareFindings, describeCounts, shouldFail, toReportJson } from '../../src/report/build.js'
import { makeCheck, makeFinding, makeStatementRef } from '../helpers/findings.js'

describe('buildReport', () => {
  it('sorts by file, line, rule, with findings without a file last (by rule, then message)', () => {
    const findings = [
      makeFinding({
        file: undefined,
        startLine: undefined,
        endLine: undefined,
        rule: 'rotation-disabled',
        message: 'b'
      }),
      makeFinding({ file: 'b.json', startLine: 3, rule: 'unknown-action' }),
      makeFinding({ file: undefined, startLine: undefined, endLine: undefined, rule: 'config-error', message: 'z' }),
      makeFinding({ file: 'a.json', startLine: 10, rule: 'owner-lockout' }),
      makeFinding({ file: 'b.json', startLine: 3, rule: 'invalid-policy' }),
      makeFinding({ file: 'a.json', startLine: 2, rule: 'unknown-action' }),
      makeFinding({ file: 'a.json', startLine: undefined, endLine: undefined, rule: 'policy-too-large' }),
      makeFinding({
        file: undefined,
        startLine: undefined,
        endLine: undefined,
        rule: 'rotation-disabled',
        message: 'a'
      })
    ]
    const report = buildReport(findings, [], 'offline', 'error')
    expect(report.findings.map(f => [f.file ?? '-', f.startLine ?? 0, f.rule, f.message])).toEqual([
      ['a.json', 0, 'policy-too-large', findings[6].message],
      ['a.json', 2, 'unknown-action', findings[5].message],
      ['a.json', 10, 'owner-lockout', findings[3].message],
      ['b.json', 3, 'invalid-policy', findings[4].message],
      ['b.json', 3, 'unknown-action', findings[1].message],
      ['-', 0, 'config-error', 'z'],
      ['-', 0, 'rotation-disabled', 'a'],
      ['-', 0, 'rotation-disabled', 'b']
    ])
    // The input is not reordered in place.
    expect(findings[0].message).toBe('b')
  })

  it('compares numerically by line, not as text', () => {
    expect(compareFindings(makeFinding({ startLine: 9 }), makeFinding({ startLine: 10 }))).toBeLessThan(0)
  })

  it('counts by severity and keeps checks in the given order', () => {
    const checks = [makeCheck({ action: 'kms:B' }), makeCheck({ action: 'kms:A' })]
    const report = buildReport(
      [
        makeFinding(),
        makeFinding({ severity: 'warning' }),
        makeFinding({ severity: 'notice' }),
        makeFinding({ severity: 'notice' })
      ],
      checks,
      'live',
      'error'
    )
    expect(report).toMatchObject({ version: 1, mode: 'live', counts: { error: 1, warning: 1, notice: 2 } })
    expect(report.checks.map(c => c.action)).toEqual(['kms:B', 'kms:A'])
  })

  it.each([
    ['error', { error: 0, warning: 0, notice: 5 }, false],
    ['error', { error: 0, warning: 3, notice: 0 }, false],
    ['error', { error: 1, warning: 0, notice: 0 }, true],
    ['warning', { error: 0, warning: 0, notice: 5 }, false],
    ['warning', { error: 0, warning: 1, notice: 0 }, true],
    ['warning', { error: 1, warning: 0, notice: 0 }, true],
    ['never', { error: 4, warning: 4, notice: 4 }, false]
  ] as const)('fail-on %s with %j fails: %s', (failOn, counts, expected) => {
    expect(shouldFail(counts, failOn)).toBe(expected)
    const findings = [
      ...Array.from({ length: counts.error }, () => makeFinding({ severity: 'error' })),
      ...Array.from({ length: counts.warning }, () => makeFinding({ severity: 'warning' })),
      ...Array.from({ length: counts.notice }, () => makeFinding({ severity: 'notice' }))
    ]
    expect(buildReport(findings, [], 'offline', failOn).result).toBe(expected ? 'failed' : 'passed')
  })

  it('describes counts with plurals', () => {
    expect(describeCounts({ error: 1, warning: 0, notice: 2 })).toBe('1 error, 0 warnings, 2 notices')
  })
})

describe('toReportJson', () => {
  it('emits exactly the CONTRACT §5 shape', () => {
    const full = makeFinding()
    const bare = makeFinding({
      rule: 'config-error',
      message: 'bad',
      key: undefined,
      principal: undefined,
      action: undefined,
      file: undefined,
      startLine: undefined,
      endLine: undefined
    })
    const check = makeCheck({ before: null, beforeBy: [makeStatementRef()], afterBy: [makeStatementRef()] })
    const text = toReportJson(buildReport([bare, full], [check], 'offline', 'error'))
    expect(text.endsWith('}\n')).toBe(true)
    expect(text.startsWith('{\n  "version": 1,\n  "result": "failed",')).toBe(true)
    const json = JSON.parse(text)
    expect(Object.keys(json)).toEqual(['version', 'result', 'mode', 'counts', 'findings', 'checks'])
    expect(Object.keys(json.counts)).toEqual(['error', 'warning', 'notice'])
    expect(Object.keys(json.findings[0])).toEqual([
      'rule',
      'severity',
      'message',
      'key',
      'principal',
      'action',
      'file',
      'startLine',
      'endLine',
      'preExisting'
    ])
    expect(json.findings[1]).toEqual({ rule: 'config-error', severity: 'error', message: 'bad', preExisting: false })
    expect(json.checks).toEqual([
      {
        key: check.key,
        principal: check.principal,
        purpose: 'rotation',
        action: 'kms:RotateKeyOnDemand',
        before: null,
        after: 'explicit-deny'
      }
    ])
    expect(Object.keys(json.checks[0])).toEqual(['key', 'principal', 'purpose', 'action', 'before', 'after'])
  })
})

describe('buildReport: what blocks', () => {
  const preWarning = makeFinding({ rule: 'rotation-disabled', severity: 'warning', preExisting: true })
  it('pre-existing findings are counted but do not block unless the policy says so', () => {
    const newOnly = buildReport([preWarning], [], 'offline', 'warning')
    expect(newOnly.counts.warning).toBe(1)
    expect(newOnly.result).toBe('passed')
    expect(buildReport([preWarning], [], 'offline', { failOn: 'warning', preExisting: true }).result).toBe('failed')
    expect(buildReport([makeFinding({ severity: 'warning' })], [], 'offline', 'warning').result).toBe('failed')
  })
  it('suppressed findings neither count nor block, and keep their reason in the JSON', () => {
    const suppressed = makeFinding({ suppressed: { reason: 'why', expires: '2027-01-01', file: 'c.yml', line: 3 } })
    const report = buildReport([suppressed], [], 'offline', 'error')
    expect(report.result).toBe('passed')
    expect(report.counts).toEqual({ error: 0, warning: 0, notice: 0 })
    expect(JSON.parse(toReportJson(report)).findings[0].suppressed).toEqual({ reason: 'why', expires: '2027-01-01' })
    expect(
      JSON.parse(toReportJson(buildReport([makeFinding()], [], 'offline', 'error'))).findings[0]
    ).not.toHaveProperty('suppressed')
  })
})
