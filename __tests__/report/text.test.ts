import { describe, expect, it } from '@jest/globals'
import { buildReport } from '../../src/report/build.js'
import { formatFindingLine, formatText } from '../../src/report/text.js'
import { RULE_HELP } from '../../src/report/rule-help.js'
import { KEY_POLICY_FILE, ROOT, ROTATION_ROLE, makeCheck, makeFinding } from '../helpers/findings.js'

describe('formatFindingLine', () => {
  it('prints file:line: severity rule: message', () => {
    expect(formatFindingLine(makeFinding({ message: 'gone' }))).toBe(
      `${KEY_POLICY_FILE}:21: error rotation-access-lost: gone`
    )
  })

  it('drops the line or the file when unknown', () => {
    expect(formatFindingLine(makeFinding({ startLine: undefined, endLine: undefined, message: 'm' }))).toBe(
      `${KEY_POLICY_FILE}: error rotation-access-lost: m`
    )
    expect(
      formatFindingLine(
        makeFinding({ file: undefined, severity: 'notice', rule: 'rotation-unsupported', message: 'm' })
      )
    ).toBe('notice rotation-unsupported: m')
  })

  it('keeps a multi-line message on one line', () => {
    expect(formatFindingLine(makeFinding({ file: undefined, message: 'one\n  two\r\nthree' }))).toBe(
      'error rotation-access-lost: one two three'
    )
  })
})

describe('formatText', () => {
  it('prints findings, the checks table and the result line', () => {
    const report = buildReport(
      [makeFinding({ message: 'lost it' })],
      [
        makeCheck(),
        makeCheck({ principal: ROOT, purpose: 'owner', action: 'kms:PutKeyPolicy', before: null, after: 'allowed' })
      ],
      'offline',
      'error'
    )
    expect(formatText(report)).toBe(
      [
        `${KEY_POLICY_FILE}:21: error rotation-access-lost: lost it`,
        '',
        `key       principal${' '.repeat(ROTATION_ROLE.length - 9)}  purpose   action                 before   after`,
        `app-data  ${ROTATION_ROLE}  rotation  kms:RotateKeyOnDemand  allowed  explicit-deny`,
        `app-data  ${ROOT}${' '.repeat(ROTATION_ROLE.length - ROOT.length)}  owner     kms:PutKeyPolicy       —        allowed`,
        '',
        'result: failed (1 error, 0 warnings, 0 notices)',
        ''
      ].join('\n')
    )
  })

  it('prints only the result line for an empty report, and plural counts', () => {
    const report = buildReport([], [], 'live', 'error')
    expect(formatText(report)).toBe('result: passed (0 errors, 0 warnings, 0 notices)\n')
    const two = buildReport(
      [makeFinding({ severity: 'warning' }), makeFinding({ severity: 'warning' })],
      [],
      'live',
      'error'
    )
    expect(formatText(two)).toMatch(/result: passed \(0 errors, 2 warnings, 0 notices\)\n$/)
  })

  it('prints the rule fix below each finding when asked', () => {
    const report = buildReport([makeFinding({ message: 'm' })], [], 'offline', 'error')
    expect(formatText(report, { hints: true }).split('\n').slice(0, 2)).toEqual([
      `${KEY_POLICY_FILE}:21: error rotation-access-lost: m`,
      `    hint: ${RULE_HELP['rotation-access-lost'].fix}`
    ])
    expect(formatText(report)).not.toContain('hint:')
  })

  it('uses no terminal colours', () => {
    const report = buildReport([makeFinding()], [makeCheck()], 'offline', 'error')
    expect(formatText(report)).not.toContain(String.fromCharCode(27) + '[')
  })
})

describe('formatText: suppressed findings', () => {
  it('shows the suppression under the finding instead of the hint', () => {
    const suppressed = makeFinding({
      suppressed: { reason: 'accepted\nby security', expires: '2027-01-31', file: 'c.yml', line: 4 }
    })
    const text = formatText(buildReport([suppressed], [], 'offline', 'error'), { hints: true })
    expect(text).toContain('\n    suppressed (c.yml:4, until 2027-01-31): accepted by security\n')
    expect(text).not.toContain('hint:')
    expect(formatText(buildReport([makeFinding()], [], 'offline', 'error'), { hints: true })).toContain(
      `    hint: ${RULE_HELP['rotation-access-lost'].fix}`
    )
  })
})
