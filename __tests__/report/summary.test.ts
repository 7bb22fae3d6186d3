import { describe, expect, it } from '@jest/globals'
import { buildReport } from '../../src/report/build.js'
import { decisionCell, describeStatement, escapeCell, formatSummary } from '../../src/report/summary.js'
import {
  KEY_ARN,
  KEY_POLICY_FILE,
  ROOT,
  ROTATION_ROLE,
  makeCheck,
  makeFinding,
  makeStatementRef,
  manyFindings
} from '../helpers/findings.js'

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8')
const rowsOf = (summary: string, prefix: string): string[] => summary.split('\n').filter(l => l.startsWith(prefix))

describe('formatSummary', () => {
  it('has a headline with the result and the counts', () => {
    const failed = formatSummary(buildReport([makeFinding()], [], 'offline', 'error'))
    expect(failed.split('\n')[0]).toBe('## ❌ kms-policy-gate failed')
    expect(failed).toContain('1 error, 0 warnings, 0 notices')
    const passed = formatSummary(buildReport([], [], 'live', 'error'), { title: 'KMS gate' })
    expect(passed.split('\n')[0]).toBe('## ✅ KMS gate passed')
    expect(passed).not.toContain('### Findings')
  })

  it('lists every finding in a table', () => {
    const report = buildReport(
      [
        makeFinding({ message: 'lost it' }),
        makeFinding({
          rule: 'rotation-access-missing',
          severity: 'warning',
          preExisting: true,
          file: undefined,
          startLine: undefined,
          message: 'never had it'
        })
      ],
      [],
      'offline',
      'error'
    )
    const summary = formatSummary(report)
    expect(summary).toContain('| Severity | Rule | Location | Message |\n| --- | --- | --- | --- |\n')
    expect(rowsOf(summary, '| error')).toEqual([
      `| error | \`rotation-access-lost\` | \`${KEY_POLICY_FILE}:21\` | lost it |`
    ])
    expect(rowsOf(summary, '| warning')).toEqual([
      '| warning | `rotation-access-missing` | — | never had it _(pre-existing)_ |'
    ])
  })

  it('escapes pipes, newlines and Markdown in cells', () => {
    expect(escapeCell('a | b\nc\r\nd *e* <b>')).toBe('a \\| b<br>c<br>d \\*e\\* \\<b\\>')
    const summary = formatSummary(
      buildReport([makeFinding({ message: 'x|y\nz', file: 'p|q.json' })], [], 'offline', 'error')
    )
    expect(summary).toContain('| error | `rotation-access-lost` | `p\\|q.json:21` | x\\|y<br>z |')
  })

  it('shows a before/after table per key with the deciding statements', () => {
    const otherKey = 'arn:aws:kms:us-east-1:111122223333:key/other'
    const report = buildReport(
      [],
      [
        makeCheck({
          beforeBy: [
            makeStatementRef({
              sid: 'AllowRotation',
              effect: 'Allow',
              range: { startLine: 5, endLine: 12 },
              origin: { kind: 'key', name: 'live key policy of app-data' }
            })
          ],
          afterBy: [makeStatementRef()]
        }),
        makeCheck({ keyName: otherKey, key: otherKey, before: null, after: 'implicit-deny' }),
        makeCheck({
          principal: ROOT,
          purpose: 'owner',
          action: 'kms:PutKeyPolicy',
          before: 'allowed',
          after: 'allowed',
          afterBy: [
            makeStatementRef({ sid: undefined, index: 0, effect: 'Allow', range: { startLine: 4, endLine: 4 } })
          ]
        }),
        makeCheck({ action: 'kms:ListKeyRotations', before: 'inconclusive', after: 'inconclusive' })
      ],
      'offline',
      'error'
    )
    const summary = formatSummary(report)
    expect(summary).toContain(
      `### app-data (\`${KEY_ARN}\`)\n\n| Principal | Purpose | Action | Before | After |\n| --- | --- | --- | --- | --- |\n`
    )
    expect(summary).toContain(`### \`${otherKey}\`\n`)
    expect(rowsOf(summary, `| \`${ROTATION_ROLE}\``)).toEqual([
      `| \`${ROTATION_ROLE}\` | rotation | \`kms:RotateKeyOnDemand\` | ✓ allowed<br>\`live key policy of app-data\` \`AllowRotation\` L5–12 | **✗ explicit-deny**<br>\`${KEY_POLICY_FILE}\` \`DenyRotation\` L21–27 |`,
      `| \`${ROTATION_ROLE}\` | rotation | \`kms:ListKeyRotations\` | ? inconclusive | ? inconclusive |`,
      `| \`${ROTATION_ROLE}\` | rotation | \`kms:RotateKeyOnDemand\` | — (new key) | ✗ implicit-deny |`
    ])
    expect(rowsOf(summary, `| \`${ROOT}\``)).toEqual([
      `| \`${ROOT}\` | owner | \`kms:PutKeyPolicy\` | ✓ allowed | ✓ allowed<br>\`${KEY_POLICY_FILE}\` #0 L4 |`
    ])
    // Tables come per key, in the order keys first appear.
    expect(summary.indexOf('### app-data')).toBeLessThan(summary.indexOf(`### \`${otherKey}\``))
  })

  it('names decisions and statements', () => {
    expect(decisionCell('explicit-deny')).toBe('✗ explicit-deny')
    expect(decisionCell(null)).toBe('— (new key)')
    expect(describeStatement(makeStatementRef({ range: { startLine: 0, endLine: 0 } }))).toBe(
      `\`${KEY_POLICY_FILE}\` \`DenyRotation\``
    )
    const many = Array.from({ length: 5 }, (_, i) => makeStatementRef({ index: i, sid: undefined }))
    const summary = formatSummary(buildReport([], [makeCheck({ afterBy: many })], 'offline', 'error'))
    expect(summary).toContain('#2 L21–27<br>+2 more |')
  })

  it('stays under 1 MB with 20,000 findings and says what was left out', () => {
    const findings = manyFindings(20_000)
    const checks = Array.from({ length: 200 }, (_, i) => makeCheck({ action: `kms:Action${i}` }))
    const summary = formatSummary(buildReport(findings, checks, 'offline', 'error'))
    expect(bytes(summary)).toBeLessThanOrEqual(1_000_000)
    const shownFindings =
      rowsOf(summary, '| error').length + rowsOf(summary, '| warning').length + rowsOf(summary, '| notice').length
    expect(shownFindings).toBeGreaterThan(1000)
    expect(shownFindings).toBeLessThan(20_000)
    const omitted = 20_000 - shownFindings
    expect(summary).toContain(`_${omitted} more findings not shown._`)
    expect(summary).toContain(`${omitted} finding rows and 0 check rows were left out`)
    expect(summary).toMatch(/full report is in the JSON report .* and the SARIF file/)
    // All checks still fit; the cut drops the least severe findings first.
    expect(rowsOf(summary, `| \`${ROTATION_ROLE}\``)).toHaveLength(200)
    expect(rowsOf(summary, '| error')).toHaveLength(shownFindings)
  })

  it('respects a small maxBytes and cuts both tables when both are large', () => {
    const findings = manyFindings(3_000)
    const checks = Array.from({ length: 3_000 }, (_, i) => makeCheck({ action: `kms:Action${i}` }))
    const summary = formatSummary(buildReport(findings, checks, 'offline', 'error'), { maxBytes: 100_000 })
    expect(bytes(summary)).toBeLessThanOrEqual(100_000)
    const shownChecks = rowsOf(summary, `| \`${ROTATION_ROLE}\``).length
    const shownFindings =
      rowsOf(summary, '| error').length + rowsOf(summary, '| warning').length + rowsOf(summary, '| notice').length
    expect(shownChecks).toBeGreaterThan(100)
    expect(shownFindings).toBeGreaterThan(100)
    expect(summary).toContain(
      `${3_000 - shownFindings} finding rows and ${3_000 - shownChecks} check rows were left out`
    )
    // Even an absurdly small limit is honoured.
    expect(
      bytes(formatSummary(buildReport(findings, checks, 'offline', 'error'), { maxBytes: 300 }))
    ).toBeLessThanOrEqual(300)
  })
})

describe('formatSummary: notes, annotations left out, suppressed findings', () => {
  it('says how many findings got no annotation and shows the notes', () => {
    const summary = formatSummary(buildReport([makeFinding()], [], 'offline', 'error'), {
      notAnnotated: 3,
      notes: ['The snapshot snapshot.json was read from the base commit abc1234.']
    })
    expect(summary).toContain(
      '> The snapshot snapshot.json was read from the base commit abc1234.\n>\n> 3 findings got no annotation (GitHub shows at most 10 per severity and step); every finding is listed here.\n\n'
    )
    expect(formatSummary(buildReport([makeFinding()], [], 'offline', 'error'))).not.toContain('got no annotation')
  })

  it('lists suppressed findings folded, after the others, with the reason; marks changed lines', () => {
    const report = buildReport(
      [
        makeFinding({ message: 'kept quiet', suppressed: { reason: 'accepted', file: 'c.yml', line: 4 } }),
        makeFinding({ message: 'changed here', changed: true })
      ],
      [],
      'offline',
      'error'
    )
    const summary = formatSummary(report)
    expect(rowsOf(summary, '| error')).toEqual([
      `| error | \`rotation-access-lost\` | \`${KEY_POLICY_FILE}:21\` | changed here _(changed in this pull request)_ |`,
      `| error | \`rotation-access-lost\` | \`${KEY_POLICY_FILE}:21\` | kept quiet | accepted<br>\`c.yml:4\` |`
    ])
    expect(summary).toContain('<details>\n<summary>1 suppressed finding (config <code>ignore:</code>)</summary>')
    expect(summary.trimEnd().endsWith('</details>')).toBe(true)
  })
})
