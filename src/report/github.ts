/**
 * GitHub workflow-command annotations. The strings match what `@actions/core` prints for
 * `core.error(message, { title, file, startLine, endLine })`, so `--format github` and the
 * action produce the same lines without this module depending on the runtime.
 */
import { compareFindings, severityRank } from './build.js'
import type { Finding } from './types.js'

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
  /** The findings to annotate: most severe first, then in report order (file, line, rule). */
  annotated: Finding[]
  /** Everything else, in the same order; these belong in the job summary and SARIF. */
  rest: Finding[]
}

/** Picks at most `limit` findings of each severity to annotate, the most severe first. */
export function selectAnnotations(findings: readonly Finding[], limit = ANNOTATIONS_PER_SEVERITY): AnnotationSelection {
  const ordered = [...findings].sort(
    (a, b) => severityRank(a.severity) - severityRank(b.severity) || compareFindings(a, b)
  )
  const taken = { error: 0, warning: 0, notice: 0 }
  const annotated: Finding[] = []
  const rest: Finding[] = []
  for (const finding of ordered) {
    if (taken[finding.severity] < limit) {
      taken[finding.severity]++
      annotated.push(finding)
    } else {
      rest.push(finding)
    }
  }
  return { annotated, rest }
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
