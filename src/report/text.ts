import { describeCounts } from './build.js'
import { RULE_HELP } from './rule-help.js'
import { visible } from './safe-text.js'
import type { CheckResult, Finding, Report } from './types.js'

export interface TextOptions {
  /** Print each finding's fix hint on an indented line below it (the finding line stays one line). */
  hints?: boolean
}

/** Keeps one finding on one line even when a message spans several; other control characters are written out. */
function oneLine(text: string): string {
  return visible(text.replace(/\s*[\r\n]+\s*/g, ' '))
}

/** `file:line: severity rule: message` (CONTRACT §2), shortened when the file or line is unknown. */
export function formatFindingLine(finding: Finding): string {
  const body = `${finding.severity} ${finding.rule}: ${oneLine(finding.message)}`
  if (finding.file === undefined) return body
  const line = finding.startLine !== undefined && finding.startLine > 0 ? `:${finding.startLine}` : ''
  return `${visible(finding.file)}${line}: ${body}`
}

const CHECK_HEADER = ['key', 'principal', 'purpose', 'action', 'before', 'after']

function checkRow(check: CheckResult): string[] {
  return [check.keyName, check.principal, check.purpose, check.action, check.before ?? '—', check.after]
}

/** Left-aligned columns separated by two spaces; the last column is not padded. */
function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, col) => rows.reduce((max, row) => Math.max(max, row[col].length), 0))
  return rows.map(row =>
    row
      .map((cell, col) => (col === row.length - 1 ? cell : cell.padEnd(widths[col])))
      .join('  ')
      .trimEnd()
  )
}

/** The human-readable report (`--format text`): findings, the checks table, the result line. */
export function formatText(report: Report, opts: TextOptions = {}): string {
  const sections: string[][] = []
  if (report.findings.length > 0) {
    const lines: string[] = []
    for (const finding of report.findings) {
      lines.push(formatFindingLine(finding))
      if (finding.suppressed) {
        const { reason, expires, file, line } = finding.suppressed
        lines.push(`    suppressed (${file}:${line}${expires ? `, until ${expires}` : ''}): ${oneLine(reason)}`)
      } else if (opts.hints) {
        const hint = RULE_HELP[finding.rule as keyof typeof RULE_HELP]?.fix
        if (hint) lines.push(`    hint: ${oneLine(hint)}`)
      }
    }
    sections.push(lines)
  }
  if (report.checks.length > 0) {
    sections.push(table([CHECK_HEADER, ...report.checks.map(check => checkRow(check).map(oneLine))]))
  }
  sections.push([`result: ${report.result} (${describeCounts(report.counts)})`])
  return sections.map(lines => lines.join('\n')).join('\n\n') + '\n'
}
