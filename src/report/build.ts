import type { CheckResult, FailOn, FailPolicy, Finding, Report, Severity } from './types.js'

/** Severities from most to least severe; the index is the rank used for sorting and thresholds. */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'notice']

export function severityRank(severity: Severity): number {
  return SEVERITY_ORDER.indexOf(severity)
}

/** Plain code-unit comparison: locale-independent, so reports are byte-identical everywhere. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * The report order (CONTRACT §5): by file, line, rule, then message. Findings without a file go
 * last; within a file, a finding without a line (about the whole file) comes first.
 */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) {
    if (a.file === undefined) return 1
    if (b.file === undefined) return -1
    const byFile = compareText(a.file, b.file)
    if (byFile !== 0) return byFile
  }
  const byLine = (a.startLine ?? 0) - (b.startLine ?? 0)
  if (byLine !== 0) return byLine
  return (
    compareText(a.rule, b.rule) ||
    compareText(a.message, b.message) ||
    (a.endLine ?? 0) - (b.endLine ?? 0) ||
    compareText(a.key ?? '', b.key ?? '') ||
    compareText(a.principal ?? '', b.principal ?? '') ||
    compareText(a.action ?? '', b.action ?? '')
  )
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings)
}

/**
 * The order in which reviewers see findings (annotations, job summary, PR comment): most severe first,
 * then those on lines the pull request changed, then new before pre-existing, then report order.
 * Suppressed findings go last. The report file keeps the CONTRACT §5 order.
 */
export function compareForReview(a: Finding, b: Finding): number {
  return (
    Number(a.suppressed !== undefined) - Number(b.suppressed !== undefined) ||
    severityRank(a.severity) - severityRank(b.severity) ||
    Number(!a.changed) - Number(!b.changed) ||
    Number(a.preExisting) - Number(b.preExisting) ||
    compareFindings(a, b)
  )
}

/** Counts per severity of the findings that are not suppressed. */
export function countFindings(findings: readonly Finding[]): Report['counts'] {
  const counts = { error: 0, warning: 0, notice: 0 }
  for (const finding of findings) if (!finding.suppressed) counts[finding.severity]++
  return counts
}

/** The findings that may fail the run: not suppressed, and new unless the policy counts pre-existing ones. */
export function blockingFindings(findings: readonly Finding[], policy: FailPolicy): Finding[] {
  return findings.filter(f => !f.suppressed && (policy.preExisting || !f.preExisting))
}

function toPolicy(policy: FailOn | FailPolicy): FailPolicy {
  return typeof policy === 'string' ? { failOn: policy } : policy
}

/** True when some finding is at or above the `fail-on` threshold (`never` never fails). */
export function shouldFail(counts: Report['counts'], failOn: FailOn): boolean {
  switch (failOn) {
    case 'never':
      return false
    case 'warning':
      return counts.error + counts.warning > 0
    case 'error':
      return counts.error > 0
  }
}

export function buildReport(
  findings: readonly Finding[],
  checks: readonly CheckResult[],
  mode: Report['mode'],
  failPolicy: FailOn | FailPolicy
): Report {
  const policy = toPolicy(failPolicy)
  const counts = countFindings(findings)
  const blocking = countFindings(blockingFindings(findings, policy))
  return {
    version: 1,
    result: shouldFail(blocking, policy.failOn) ? 'failed' : 'passed',
    mode,
    counts,
    findings: sortFindings(findings),
    checks: [...checks]
  }
}

/** A finding as CONTRACT §5 shows it: fixed key order, absent fields left out. */
function findingJson(finding: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = {
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message
  }
  if (finding.key !== undefined) out.key = finding.key
  if (finding.principal !== undefined) out.principal = finding.principal
  if (finding.action !== undefined) out.action = finding.action
  if (finding.file !== undefined) out.file = finding.file
  if (finding.startLine !== undefined) out.startLine = finding.startLine
  if (finding.endLine !== undefined) out.endLine = finding.endLine
  out.preExisting = finding.preExisting
  if (finding.suppressed) {
    const { reason, expires } = finding.suppressed
    out.suppressed = expires === undefined ? { reason } : { reason, expires }
  }
  return out
}

function checkJson(check: CheckResult): Record<string, unknown> {
  return {
    key: check.key,
    principal: check.principal,
    purpose: check.purpose,
    action: check.action,
    before: check.before,
    after: check.after
  }
}

/** The report file / `--format json` text: exactly the CONTRACT §5 shape, 2-space JSON, final newline. */
export function toReportJson(report: Report): string {
  const json = {
    version: report.version,
    result: report.result,
    mode: report.mode,
    counts: {
      error: report.counts.error,
      warning: report.counts.warning,
      notice: report.counts.notice
    },
    findings: report.findings.map(findingJson),
    checks: report.checks.map(checkJson)
  }
  return JSON.stringify(json, null, 2) + '\n'
}

/** `1 error`, `2 errors`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/** `1 error, 0 warnings, 0 notices`: shared by the text output and the job summary. */
export function describeCounts(counts: Report['counts']): string {
  return [plural(counts.error, 'error'), plural(counts.warning, 'warning'), plural(counts.notice, 'notice')].join(', ')
}
