import { join, relative, resolve, sep } from 'node:path'
import * as core from '@actions/core'
import { DEFAULT_CONFIG_PATH, INPUTS, OUTPUTS } from '../constants.js'
import { lazyLive, runCheck, type CheckOptions, type CheckOutcome } from '../check.js'
import { parseTimeout } from '../config/schema.js'
import { errorMessage, GateError, NoCredentialsError } from '../errors.js'
import { describeCounts, plural } from '../report/build.js'
import { selectAnnotations, toAnnotationProperties } from '../report/github.js'
import { formatSummary } from '../report/summary.js'
import { readBaseline, type Baseline, type BaselineFrom } from './baseline.js'
import { readBaseTemplates } from '../sources/base-templates.js'
import {
  commentMarker,
  commentWanted,
  formatComment,
  upsertComment,
  type CommentApi,
  type CommentMode
} from './comment.js'
import { githubCommentApi } from './comment-api.js'
import { readRunContext, type PullRequestInfo, type RunContext } from './event.js'
import { changedLines, ensureCommit, runGit, touches, type Git } from '../sources/git.js'
import type { FailOn, Finding, Report } from '../report/types.js'

/** What the action builds at the edge; tests pass fakes or local endpoints. */
export interface ActionDeps {
  live?: CheckOptions['live']
  git?: Git
  /** The REST calls of the sticky comment, for one pull request. */
  commentApi?: (token: string, context: RunContext, pr: PullRequestInfo) => CommentApi
  env?: NodeJS.ProcessEnv
  now?: () => Date
}

/** A warning or notice of the action itself; it takes an annotation slot like a finding. */
interface ActionMessage {
  severity: 'warning' | 'notice'
  text: string
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const v = core.getInput(name) || fallback
  if (!(allowed as readonly string[]).includes(v)) {
    throw new GateError(`input ${name} must be ${allowed.join(', ')} (got "${v}")`)
  }
  return v as T
}

function booleanInput(name: string): boolean {
  const v = core.getInput(name).toLowerCase()
  if (v === '' || v === 'false') return false
  if (v === 'true') return true
  throw new GateError(`input ${name} must be true or false (got "${v}")`)
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

/** A link to the finding's lines at the pull request's head commit. */
function blobLink(context: RunContext, pr: PullRequestInfo, root: string, workspace: string) {
  return (f: Finding): string | undefined => {
    const file = repoPath(root, workspace, f.file)
    if (!file || !context.repository) return undefined
    const path = file.split('/').map(encodeURIComponent).join('/')
    const lines =
      f.startLine === undefined ? '' : `#L${f.startLine}${f.endLine && f.endLine > f.startLine ? `-L${f.endLine}` : ''}`
    return `${context.serverUrl}/${context.repository}/blob/${pr.headSha}/${path}${lines}`
  }
}

/** Why a comment call failed, without tokens or stack: the HTTP status and GitHub's message. */
function describeApiError(error: unknown): { status?: number; text: string } {
  const status = (error as { status?: unknown })?.status
  const message = error instanceof Error ? error.message.split('\n')[0].slice(0, 200) : String(error)
  return typeof status === 'number' ? { status, text: `HTTP ${status}: ${message}` } : { text: message }
}

function commentFailure(error: unknown): ActionMessage {
  const { status, text } = describeApiError(error)
  const why =
    status === 403 || status === 404
      ? 'The token cannot write pull request comments: pull requests from forks get a read-only GITHUB_TOKEN, ' +
        'and other runs need `permissions: pull-requests: write`.'
      : ''
  return {
    severity: 'warning',
    text: `kms-policy-gate skipped the pull request comment (${text}). ${why} The result is unchanged; every finding is in the job summary.`
  }
}

/** Marks findings on lines the pull request changed (they are shown first). */
async function markChanged(report: Report, git: Git, workspace: string, baseSha: string): Promise<string | undefined> {
  const available = await ensureCommit(git, workspace, baseSha)
  const changed = available.ok ? await changedLines(git, workspace, baseSha) : undefined
  if (!changed)
    return `Findings on changed lines are not marked: the base commit ${baseSha.slice(0, 7)} is not available.`
  report.findings = report.findings.map(f =>
    f.file && touches(changed, f.file, f.startLine, f.endLine) ? { ...f, changed: true } : f
  )
  return undefined
}

/** The action: reads inputs, runs the shared core, comments, annotates, writes the summary and outputs. */
export async function run(deps: ActionDeps = {}): Promise<void> {
  const env = deps.env ?? process.env
  const root = resolve(env.GITHUB_WORKSPACE || process.cwd())
  const workspace = resolve(root, core.getInput(INPUTS.workingDirectory) || '.')
  const context = readRunContext(env)
  const pr = context.pullRequest
  // The commits the change is checked against: a pull request's, or a merge queue group's (no comment there).
  const change = context.change
  const git = deps.git ?? runGit
  const messages: ActionMessage[] = []
  const notes: string[] = []
  const baselines: Baseline[] = []
  let commentMode: CommentMode = 'on-failure'
  let category = DEFAULT_CONFIG_PATH
  const token = core.getInput(INPUTS.githubToken)
  const api = (): CommentApi | undefined =>
    pr && token ? (deps.commentApi ?? githubCommentApi)(token, context, pr) : undefined
  try {
    const failOn = oneOf<FailOn>(INPUTS.failOn, ['error', 'warning', 'never'], 'error')
    commentMode = oneOf<CommentMode>(INPUTS.comment, ['always', 'on-failure', 'never'], 'on-failure')
    const baselineFrom = oneOf<BaselineFrom>(INPUTS.baselineFrom, ['base', 'base-config', 'head'], 'base')
    const configPath = core.getInput(INPUTS.config) || DEFAULT_CONFIG_PATH
    category = core.getInput(INPUTS.category) || configPath
    const snapshot = core.getInput(INPUTS.snapshot) || undefined
    const fallback = core.getInput(INPUTS.fallbackSnapshot) || undefined
    const reportFile = core.getInput(INPUTS.reportFile) || undefined

    const baselineFor = async (snapshotInput: string | undefined): Promise<Baseline | undefined> => {
      // On a pull request the baseline comes from the base commit; reading it from the head would let the pull
      // request edit its own baseline. Without the pull request's base commit the run stops instead.
      const fromBase = baselineFrom === 'base-config' || (baselineFrom === 'base' && snapshotInput !== undefined)
      if (!change && context.pullRequestUnread && fromBase)
        throw new GateError(
          `${context.eventName} event: ${context.pullRequestUnread}, so the baseline cannot be read from the pull request's base commit; set baseline-from: head to use the head commit's files`
        )
      if (!change) return undefined
      const b = await readBaseline({
        git,
        workspace,
        baseSha: change.baseSha,
        from: baselineFrom,
        snapshot: snapshotInput,
        config: configPath,
        tempRoot: env.RUNNER_TEMP || undefined
      })
      baselines.push(b)
      return b
    }
    const optionsFor = (snapshotInput: string | undefined, b: Baseline | undefined): CheckOptions => ({
      workspace,
      config: configPath,
      configText: b?.configText,
      baseTemplates,
      snapshot: b?.snapshot ?? snapshotInput,
      snapshotFile: b?.snapshotFile,
      findings: b?.findings,
      reportFile,
      sarifFile: core.getInput(INPUTS.sarifFile) || undefined,
      failOn,
      failOnPreExisting: booleanInput(INPUTS.failOnPreExisting),
      category,
      now: deps.now?.() ?? new Date(),
      region: core.getInput(INPUTS.awsRegion) || undefined,
      ...timeoutInput(),
      live: deps.live ?? lazyLive,
      env
    })

    let baseline = await baselineFor(snapshot)
    // What a pull request removes from a CloudFormation template is deleted on deployment: read the base commit's
    // templates (not with baseline-from: head, which reads nothing from the base commit).
    const baseTemplates =
      change && baselineFrom !== 'head'
        ? await readBaseTemplates({
            git,
            workspace,
            baseSha: change.baseSha,
            config: configPath,
            configText: baseline?.configText
          })
        : undefined
    let outcome: CheckOutcome
    try {
      outcome = await runCheck(optionsFor(snapshot, baseline))
    } catch (error) {
      if (!(error instanceof NoCredentialsError) || snapshot) throw error
      if (!fallback) {
        throw new GateError(
          `${error.message}. Pull requests from forks get no AWS credentials: set the fallback-snapshot input to ` +
            'check them against a committed snapshot instead'
        )
      }
      baseline = await baselineFor(fallback)
      outcome = await runCheck(optionsFor(fallback, baseline))
      messages.push({
        severity: 'notice',
        text:
          `kms-policy-gate found no AWS credentials (pull requests from forks get none) and checked offline against ` +
          `the snapshot ${baseline?.snapshotFile ?? fallback} instead of the live account.`
      })
    }
    notes.push(...(baseline?.notes ?? []))
    const { report } = outcome
    if (change) {
      const note = await markChanged(report, git, workspace, change.baseSha)
      if (note) notes.push(note)
    }

    // The comment goes first: a failure to write it is a warning that needs an annotation slot.
    const wanted = commentWanted(commentMode, report.result)
    const comments = wanted.write ? api() : undefined
    if (comments && pr) {
      const body = formatComment(report, {
        category,
        link: blobLink(context, pr, root, workspace),
        runUrl: context.runUrl,
        notes: [...notes, ...messages.map(m => m.text)],
        commit: pr.headSha.slice(0, 7)
      })
      try {
        const done = await upsertComment(comments, category, body, wanted.create)
        core.info(`kms-policy-gate pull request comment: ${done}`)
      } catch (error) {
        messages.push(commentFailure(error))
      }
    }

    // GitHub shows 10 annotations per severity and step: the failure line and the action's own messages
    // take slots too, so they are kept free.
    const failed = report.result === 'failed'
    const reserve = {
      error: failed ? 1 : 0,
      warning: messages.filter(m => m.severity === 'warning').length,
      notice: messages.filter(m => m.severity === 'notice').length
    }
    const { annotated, rest } = selectAnnotations(report.findings, { reserve })
    for (const f of annotated) annotate(f, root, workspace)
    for (const m of messages) (m.severity === 'warning' ? core.warning : core.notice)(m.text)
    core.setOutput(OUTPUTS.result, report.result)
    core.setOutput(OUTPUTS.errors, String(report.counts.error))
    core.setOutput(OUTPUTS.warnings, String(report.counts.warning))
    core.setOutput(OUTPUTS.reportFile, outcome.reportPath ?? '')
    if (env.GITHUB_STEP_SUMMARY) {
      const summary = formatSummary(report, {
        notAnnotated: rest.length,
        notes: [...notes, ...messages.map(m => m.text)]
      })
      await core.summary.addRaw(summary).write()
    }
    if (failed) {
      const more = rest.length > 0 ? `; ${plural(rest.length, 'more finding')} without an annotation` : ''
      core.setFailed(`kms-policy-gate failed: ${describeCounts(report.counts)}${more} — see the job summary`)
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
    const message = `kms-policy-gate could not run: ${errorMessage(error)}`
    // A comment that still says "passed" would mislead: refresh it (create it when failures are commented).
    const comments = commentMode !== 'never' ? api() : undefined
    if (comments) {
      const body = `${commentMarker(category)}\n## ⚠️ kms-policy-gate could not run\n\n${message.replace(/[<>]/g, ch => `\\${ch}`)}\n`
      try {
        await upsertComment(comments, category, body, true)
      } catch (commentError) {
        core.warning(commentFailure(commentError).text)
      }
    }
    core.setOutput(OUTPUTS.result, 'failed')
    core.setFailed(message)
  } finally {
    for (const b of baselines) b.cleanup()
  }
}
