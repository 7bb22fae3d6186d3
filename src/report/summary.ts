/**
 * The Markdown job summary: headline, every finding, and per key a before/after table of the
 * checks with the statements that decided them. GitHub refuses summaries over 1 MiB, so the
 * tables are cut to fit and the summary says what was left out and where to find it.
 */
import { compareForReview, describeCounts, plural } from './build.js'
import type { DecisionValue, StatementRef } from '../engine/types.js'
import type { CheckResult, Finding, Report } from './types.js'

export interface SummaryOptions {
  /** Heading text (default `kms-policy-gate`). */
  title?: string
  /** Upper bound on the summary's UTF-8 size (default 1,000,000; GitHub's limit is 1 MiB per step). */
  maxBytes?: number
  /** Findings left without an annotation by GitHub's per-step limits; the summary says how many. */
  notAnnotated?: number
  /** Lines shown under the headline (the action: where the baseline came from, a fallback, a skipped comment). */
  notes?: string[]
}

export const SUMMARY_MAX_BYTES = 1_000_000

/** At most this many deciding statements per cell; the rest are counted. */
const MAX_REFS_PER_CELL = 3

/** Room kept for the closing note about left-out rows. */
const NOTE_RESERVE = 400

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8')

/** Text for a table cell: Markdown and HTML punctuation escaped, `|` escaped, newlines as `<br>`. */
export function escapeCell(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&]/g, ch => `\\${ch}`).replace(/\r\n|\r|\n/g, '<br>')
}

/** An identifier shown as code; `|` still needs escaping inside a table. */
export function code(text: string): string {
  if (/[`\r\n]/.test(text)) return escapeCell(text)
  return `\`${text.replace(/\|/g, '\\|')}\``
}

const DECISION_CELL: Record<DecisionValue, string> = {
  allowed: '✓ allowed',
  'explicit-deny': '✗ explicit-deny',
  'implicit-deny': '✗ implicit-deny',
  inconclusive: '? inconclusive'
}

export function decisionCell(decision: DecisionValue | null): string {
  return decision === null ? '— (new key)' : DECISION_CELL[decision]
}

/** `policies/key.json` `DenyRotation` L21–27: where the deciding statement is. */
export function describeStatement(ref: StatementRef): string {
  const parts = [code(ref.origin.file ?? ref.origin.name), ref.sid ? code(ref.sid) : `#${ref.index}`]
  const { startLine, endLine } = ref.range
  if (startLine >= 1) parts.push(endLine > startLine ? `L${startLine}–${endLine}` : `L${startLine}`)
  return parts.join(' ')
}

function sideCell(decision: DecisionValue | null, refs: StatementRef[] | undefined, changed: boolean): string {
  const label = decisionCell(decision)
  const parts = [changed ? `**${label}**` : label]
  const shown = (refs ?? []).slice(0, MAX_REFS_PER_CELL)
  for (const ref of shown) parts.push(describeStatement(ref))
  const hidden = (refs?.length ?? 0) - shown.length
  if (hidden > 0) parts.push(`+${hidden} more`)
  return parts.join('<br>')
}

export function checkRow(check: CheckResult): string {
  // Bold the after side when the decision changed, so regressions stand out.
  const changed = check.before !== null && check.before !== check.after
  const cells = [
    code(check.principal),
    check.purpose,
    code(check.action),
    sideCell(check.before, check.beforeBy, false),
    sideCell(check.after, check.afterBy, changed)
  ]
  return `| ${cells.join(' | ')} |`
}

export function location(finding: Finding): string {
  if (!finding.file) return '—'
  const line = finding.startLine !== undefined && finding.startLine >= 1 ? `:${finding.startLine}` : ''
  return code(`${finding.file}${line}`)
}

/** The message cell: the message, and whether the PR changed those lines or the finding predates it. */
export function findingMessage(finding: Finding): string {
  const marks = [
    finding.changed ? ' _(changed in this pull request)_' : '',
    finding.preExisting ? ' _(pre-existing)_' : ''
  ]
  return escapeCell(finding.message) + marks.join('')
}

function findingRow(finding: Finding): string {
  return `| ${finding.severity} | ${code(finding.rule)} | ${location(finding)} | ${findingMessage(finding)} |`
}

/** How a suppression reads in a table: its reason, until when, and where the entry is. */
export function suppressionCell(finding: Finding): string {
  const s = finding.suppressed
  if (!s) return ''
  const until = s.expires ? ` (until ${s.expires})` : ''
  return `${escapeCell(s.reason)}${until}<br>${code(`${s.file}:${s.line}`)}`
}

function suppressedRow(finding: Finding): string {
  const cells = [
    finding.severity,
    code(finding.rule),
    location(finding),
    findingMessage(finding),
    suppressionCell(finding)
  ]
  return `| ${cells.join(' | ')} |`
}

function suppressedHead(count: number): string[] {
  return [
    '<details>',
    `<summary>${plural(count, 'suppressed finding')} (config <code>ignore:</code>)</summary>`,
    '',
    '| Severity | Rule | Location | Message | Suppressed because |',
    '| --- | --- | --- | --- | --- |'
  ]
}

const FINDINGS_HEADER = ['### Findings', '', '| Severity | Rule | Location | Message |', '| --- | --- | --- | --- |']
export const CHECKS_HEADER = ['| Principal | Purpose | Action | Before | After |', '| --- | --- | --- | --- | --- |']

interface Table {
  /** Lines before the rows (heading, header row); shown only with at least one row. */
  head: string[]
  rows: string[]
  /** Lines after the rows (closing a `<details>`); shown with the head. */
  tail?: string[]
}

interface Rendered {
  lines: string[]
  omitted: number
}

/** Renders tables row by row until `budget` bytes are used; counts the rows that did not fit. */
function fill(tables: Table[], budget: number): Rendered {
  const lines: string[] = []
  let used = 0
  let omitted = 0
  // Once a row does not fit, every later row is left out too, so what is shown is a prefix.
  let full = false
  for (const table of tables) {
    const tail = table.tail ?? []
    const headBytes = [...table.head, ...tail].reduce((sum, line) => sum + bytes(line) + 1, 0) + 1
    let started = false
    for (const row of table.rows) {
      const cost = bytes(row) + 1 + (started ? 0 : headBytes)
      if (full || used + cost > budget) {
        full = true
        omitted++
        continue
      }
      if (!started) {
        if (lines.length > 0) lines.push('')
        lines.push(...table.head)
        started = true
      }
      lines.push(row)
      used += cost
    }
    if (started && tail.length > 0) lines.push('', ...tail)
  }
  return { lines, omitted }
}

function size(tables: Table[]): number {
  return tables.reduce(
    (sum, table) =>
      sum + [...table.head, ...table.rows, ...(table.tail ?? [])].reduce((s, line) => s + bytes(line) + 1, 2),
    0
  )
}

/** Checks grouped by key, in the order the keys first appear. */
export function groupChecksByKey(checks: readonly CheckResult[]): CheckResult[][] {
  const byKey = new Map<string, CheckResult[]>()
  for (const check of checks) {
    const group = byKey.get(check.key)
    if (group) group.push(check)
    else byKey.set(check.key, [check])
  }
  return [...byKey.values()]
}

/** `### app-data (`arn:…`)`: the heading of a key's table. */
export function keyHeading(check: CheckResult): string {
  const { key, keyName } = check
  return keyName && keyName !== key ? `${escapeCell(keyName)} (${code(key)})` : code(key)
}

function checkTables(checks: CheckResult[]): Table[] {
  return groupChecksByKey(checks).map(group => {
    return { head: [`### ${keyHeading(group[0])}`, '', ...CHECKS_HEADER], rows: group.map(checkRow) }
  })
}

/** Cuts UTF-8 text to at most `max` bytes at a line end (last resort for tiny limits). */
function clip(text: string, max: number): string {
  if (bytes(text) <= max) return text
  let cut = Buffer.from(text, 'utf8').subarray(0, max).toString('utf8')
  // A partly cut character decodes to U+FFFD, which can be longer than what was cut.
  while (bytes(cut) > max) cut = cut.slice(0, -1)
  const end = cut.lastIndexOf('\n')
  return end >= 0 ? cut.slice(0, end + 1) : ''
}

/** Lines under the headline: the caller's notes, and how many findings GitHub will show no annotation for. */
function headNotes(report: Report, opts: SummaryOptions): string[] {
  const lines = (opts.notes ?? []).map(note => `> ${escapeCell(note)}`)
  if (opts.notAnnotated) {
    lines.push(
      `> ${plural(opts.notAnnotated, 'finding')} got no annotation (GitHub shows at most 10 per severity and step); ` +
        'every finding is listed here.'
    )
  }
  // A blank line ends the quote.
  return lines.flatMap((line, i) => (i < lines.length - 1 ? [line, '>'] : [line, '']))
}

export function formatSummary(report: Report, opts: SummaryOptions = {}): string {
  const title = opts.title ?? 'kms-policy-gate'
  const maxBytes = opts.maxBytes ?? SUMMARY_MAX_BYTES
  const passed = report.result === 'passed'
  const head = [
    `## ${passed ? '✅' : '❌'} ${escapeCell(title)} ${passed ? 'passed' : 'failed'}`,
    '',
    `${describeCounts(report.counts)} · ${report.mode} mode · ${plural(report.checks.length, 'check')}`,
    '',
    ...headNotes(report, opts)
  ].join('\n')

  // Most severe first, so that a cut drops notices before errors; suppressed findings last, folded.
  const ordered = [...report.findings].sort(compareForReview)
  const findings = ordered.filter(f => !f.suppressed)
  const suppressed = ordered.filter(f => f.suppressed)
  const findingTables: Table[] = findings.length > 0 ? [{ head: FINDINGS_HEADER, rows: findings.map(findingRow) }] : []
  if (suppressed.length > 0) {
    findingTables.push({
      head: suppressedHead(suppressed.length),
      rows: suppressed.map(suppressedRow),
      tail: ['</details>']
    })
  }
  const keyTables = checkTables(report.checks)

  const available = maxBytes - bytes(head) - 2
  const findingBytes = size(findingTables)
  const checkBytes = size(keyTables)
  let findingBudget = findingBytes
  let checkBudget = checkBytes
  if (findingBytes + checkBytes > available) {
    // Each part keeps at least half of the room, or all it needs when the other part needs less.
    const room = Math.max(0, available - NOTE_RESERVE)
    findingBudget = Math.min(findingBytes, Math.max(room - checkBytes, Math.floor(room / 2)))
    checkBudget = room - findingBudget
  }
  const shownFindings = fill(findingTables, findingBudget)
  const shownChecks = fill(keyTables, checkBudget)

  const parts = [head]
  if (shownFindings.lines.length > 0) parts.push(shownFindings.lines.join('\n') + '\n')
  if (shownFindings.omitted > 0) parts.push(`_${plural(shownFindings.omitted, 'more finding')} not shown._\n`)
  if (shownChecks.lines.length > 0) parts.push(shownChecks.lines.join('\n') + '\n')
  if (shownChecks.omitted > 0) parts.push(`_${plural(shownChecks.omitted, 'more check')} not shown._\n`)
  if (shownFindings.omitted + shownChecks.omitted > 0) {
    parts.push(
      `> [!NOTE]\n> ${plural(shownFindings.omitted, 'finding row')} and ${plural(shownChecks.omitted, 'check row')} were left out ` +
        `to keep this summary under GitHub's size limit. The full report is in the JSON report (\`report-file\`) ` +
        `and the SARIF file (\`sarif-file\`).\n`
    )
  }
  return clip(parts.join('\n'), maxBytes)
}
