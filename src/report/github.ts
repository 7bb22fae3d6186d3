/**
 * GitHub workflow-command annotations. The strings match what `@actions/core` prints for
 * `core.error(message, { title, file, startLine, endLine })`, so `--format github` and the
 * action produce the same lines without this module depending on the runtime.
 */
import { compareForReview } from './build.js'
import type { Finding, Severity } from './types.js'

/** GitHub shows at most 10 annotations of each level per step; the rest are dropped silently. */
export const ANNOTATIONS_PER_SEVERITY = 10

/** Same shape as `@actions/core`'s AnnotationProperties, so the action can pass it straight on. */
export interface AnnotationProperties {
  title: string
  file?: string
  startLine?: number
  endLine?: number
}

/** Message escaping of `@actions/core` (command.ts `escapeData`). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Property escaping of `@actions/core` (command.ts `escapeProperty`): `:` and `,` delimit properties. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

function validLine(line: number | undefined): number | undefined {
  return line !== undefined && Number.isInteger(line) && line >= 1 ? line : undefined
}

/** The annotation properties of a finding. Lines are only meaningful together with a file. */
export function toAnnotationProperties(finding: Finding): AnnotationProperties {
  const props: AnnotationProperties = { title: finding.rule }
  if (!finding.file) return props
  props.file = finding.file
  const startLine = validLine(finding.startLine)
  if (startLine === undefined) return props
  props.startLine = startLine
  const endLine = validLine(finding.endLine)
  if (endLine !== undefined && endLine >= startLine) props.endLine = endLine
  return props
}

/** One `::error title=…,file=…,line=…,endLine=…::message` line (no trailing newline). */
export function formatWorkflowCommand(finding: Finding): string {
  const props = toAnnotationProperties(finding)
  // Property order and names as core's toCommandProperties: title, file, line, endLine.
  const pairs: [string, string | number | undefined][] = [
    ['title', props.title],
    ['file', props.file],
    ['line', props.startLine],
    ['endLine', props.endLine]
  ]
  const rendered = pairs
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
    .join(',')
  return `::${finding.severity} ${rendered}::${escapeData(finding.message)}`
}

export interface AnnotationSelection {
  /**
   * The findings to annotate: most severe first, then those on lines the pull request changed, then new
   * before pre-existing, then report order (file, line, rule).
   */
  annotated: Finding[]
  /** The other findings that count, in the same order; these belong in the job summary and SARIF. */
  rest: Finding[]
  /** Suppressed findings are never annotated; the summary and the PR comment list them folded. */
  suppressed: Finding[]
}

export interface AnnotationLimits {
  /** Annotations per severity (default 10, GitHub's per-step limit). */
  perSeverity?: number
  /**
   * Slots kept free per severity for lines the caller prints itself: the action keeps one error slot for
   * the failure line of `core.setFailed`, which is an error annotation too.
   */
  reserve?: Partial<Record<Severity, number>>
}

/** Picks at most `limit` findings of each severity to annotate, the most severe and the newest first. */
export function selectAnnotations(
  findings: readonly Finding[],
  limit: number | AnnotationLimits = ANNOTATIONS_PER_SEVERITY
): AnnotationSelection {
  const limits = typeof limit === 'number' ? { perSeverity: limit } : limit
  const perSeverity = limits.perSeverity ?? ANNOTATIONS_PER_SEVERITY
  const room = (severity: Severity): number => Math.max(0, perSeverity - (limits.reserve?.[severity] ?? 0))
  const ordered = [...findings].sort(compareForReview)
  const taken = { error: 0, warning: 0, notice: 0 }
  const annotated: Finding[] = []
  const rest: Finding[] = []
  const suppressed: Finding[] = []
  for (const finding of ordered) {
    if (finding.suppressed) {
      suppressed.push(finding)
    } else if (taken[finding.severity] < room(finding.severity)) {
      taken[finding.severity]++
      annotated.push(finding)
    } else {
      rest.push(finding)
    }
  }
  return { annotated, rest, suppressed }
}

export interface WorkflowCommandOptions {
  /** Annotations per severity (default 10, GitHub's per-step limit). */
  maxPerSeverity?: number
}

/** Workflow-command lines for the selected findings, and how many findings were not annotated. */
export function formatWorkflowCommands(
  findings: readonly Finding[],
  opts: WorkflowCommandOptions = {}
): { lines: string[]; omitted: number } {
  const { annotated, rest } = selectAnnotations(findings, opts.maxPerSeverity ?? ANNOTATIONS_PER_SEVERITY)
  return { lines: annotated.map(formatWorkflowCommand), omitted: rest.length }
}
