import { join, relative, resolve, sep } from 'node:path'
import * as core from '@actions/core'
import { INPUTS, OUTPUTS } from '../constants.js'
import { runCheck } from '../check.js'
import { parseTimeout } from '../config/schema.js'
import { errorMessage, GateError } from '../errors.js'
import { selectAnnotations, toAnnotationProperties } from '../report/github.js'
import { formatSummary } from '../report/summary.js'
import { createLive } from '../state/aws/live.js'
import type { FailOn, Finding } from '../report/types.js'

function failOnInput(): FailOn {
  const v = core.getInput(INPUTS.failOn) || 'error'
  if (v !== 'error' && v !== 'warning' && v !== 'never') {
    throw new GateError(`input fail-on must be error, warning or never (got "${v}")`)
  }
  return v
}

/** Annotation paths are relative to the repository root, findings' paths to the working directory. */
function repoPath(root: string, workspace: string, file: string | undefined): string | undefined {
  if (!file) return undefined
  return relative(root, join(workspace, file)).split(sep).join('/')
}

function annotate(f: Finding, root: string, workspace: string): void {
  const props = { ...toAnnotationProperties(f), file: repoPath(root, workspace, f.file) }
  if (!props.file) {
    delete props.file
    delete props.startLine
    delete props.endLine
  }
  if (f.severity === 'error') core.error(f.message, props)
  else if (f.severity === 'warning') core.warning(f.message, props)
  else core.notice(f.message, props)
}

/** Input `timeout-seconds` (empty: the config's, else 300 s); a bad value is a usage error (exit 2). */
function timeoutInput(): { timeoutSeconds?: number } {
  const value = core.getInput(INPUTS.timeoutSeconds)
  return value ? { timeoutSeconds: parseTimeout(value) } : {}
}

/** The action: reads inputs, runs the shared core, annotates, writes the summary and outputs. */
export async function run(): Promise<void> {
  const root = resolve(process.env.GITHUB_WORKSPACE || process.cwd())
  const workspace = resolve(root, core.getInput(INPUTS.workingDirectory) || '.')
  try {
    const reportFile = core.getInput(INPUTS.reportFile) || undefined
    const outcome = await runCheck({
      workspace,
      config: core.getInput(INPUTS.config) || undefined,
      snapshot: core.getInput(INPUTS.snapshot) || undefined,
      reportFile,
      sarifFile: core.getInput(INPUTS.sarifFile) || undefined,
      failOn: failOnInput(),
      now: new Date(),
      region: core.getInput(INPUTS.awsRegion) || undefined,
      ...timeoutInput(),
      live: createLive
    })
    const { report } = outcome
    const { annotated } = selectAnnotations(report.findings)
    for (const f of annotated) annotate(f, root, workspace)
    core.setOutput(OUTPUTS.result, report.result)
    core.setOutput(OUTPUTS.errors, String(report.counts.error))
    core.setOutput(OUTPUTS.warnings, String(report.counts.warning))
    core.setOutput(OUTPUTS.reportFile, outcome.reportPath ?? '')
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(formatSummary(report)).write()
    if (report.result === 'failed') {
      core.setFailed(
        `kms-policy-gate: ${report.counts.error} error(s), ${report.counts.warning} warning(s) — see the annotations and the job summary`
      )
    }
  } catch (error) {
    if (error instanceof GateError && error.file) {
      const file = repoPath(root, workspace, error.file)
      core.error(error.message, {
        title: error.rule === 'config-error' ? 'config-error' : 'kms-policy-gate',
        file,
        startLine: error.line
      })
    }
    core.setOutput(OUTPUTS.result, 'failed')
    core.setFailed(`kms-policy-gate could not run: ${errorMessage(error)}`)
  }
}
