import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { DEFAULT_CONFIG_PATH, TOOL_NAME, TOOL_VERSION } from '../constants.js'
import { runCheck } from '../check.js'
import { parseTimeout } from '../config/schema.js'
import { errorMessage, GateError } from '../errors.js'
import { toReportJson } from '../report/build.js'
import { formatWorkflowCommands } from '../report/github.js'
import { jsonWithoutCommands, visible, withoutCommands } from '../report/safe-text.js'
import { formatText } from '../report/text.js'
import { explain } from './explain.js'
import { baseTemplatesAt } from './base.js'
import { runGit } from '../sources/git.js'
import type { CliIo } from './io.js'
import { snapshotCommand } from './snapshot.js'
import type { FailOn } from '../report/types.js'

export type { CliIo } from './io.js'

export const USAGE = `Usage:
  ${TOOL_NAME} check [--workspace DIR] [--config FILE] [--snapshot FILE]
                  [--report-file FILE] [--sarif-file FILE]
                  [--format text|json|github] [--fail-on error|warning|never]
                  [--ignore-pre-existing] [--category NAME] [--base REV]
                  [--now ISO-8601] [--region REGION] [--timeout-seconds N]
  ${TOOL_NAME} snapshot --config FILE [--workspace DIR] [--region REGION] --out FILE
  ${TOOL_NAME} explain --key KEY --principal ARN --action ACTION [--snapshot FILE] [--config FILE] [--after]
                  [--base REV]

Exit status: 0 passed, 1 blocked, 2 the gate could not run.
Config default: ${DEFAULT_CONFIG_PATH}. Without --snapshot the gate reads AWS (live mode).
`

class UsageError extends GateError {
  constructor(
    message: string,
    /** Print the usage text after the message. */
    readonly withUsage = false
  ) {
    super(message)
  }
}

function parseNow(value: string | undefined): Date {
  if (value === undefined) return new Date()
  const t = Date.parse(value)
  if (Number.isNaN(t)) throw new UsageError(`--now: "${value}" is not an ISO-8601 date`)
  return new Date(t)
}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`)
  return value as T
}

/** Runs the CLI; returns the exit status. Never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv
    if (command === '--version' || command === '-v') {
      io.stdout(`${TOOL_VERSION}\n`)
      return 0
    }
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(USAGE)
      return command === undefined ? 2 : 0
    }
    switch (command) {
      case 'check':
        return await check(rest, io)
      case 'snapshot':
        return await snapshotCommand(rest, io)
      case 'explain':
        return await explain(rest, io)
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}`, true)
    }
  } catch (error) {
    // One line whatever the message holds: values from the repository may contain line breaks or `::`.
    io.stderr(`${TOOL_NAME}: ${withoutCommands(visible(formatFatal(error)))}\n`)
    if (error instanceof UsageError && error.withUsage) io.stderr(USAGE)
    return 2
  }
}

/** One clear line; config errors carry their rule id like findings do. */
export function formatFatal(error: unknown): string {
  if (error instanceof GateError && error.rule === 'config-error' && error.file) {
    return `${error.file}${error.line ? `:${error.line}` : ''}: error config-error: ${error.message}`
  }
  if (
    error instanceof GateError ||
    (error instanceof TypeError && /parseArgs|Unknown option|argument/i.test(error.message))
  ) {
    return errorMessage(error)
  }
  const e = error as { code?: string; message?: string }
  if (e?.code?.startsWith('ERR_PARSE_ARGS')) return e.message ?? String(error)
  return `unexpected error: ${errorMessage(error)}`
}

async function check(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      workspace: { type: 'string' },
      config: { type: 'string' },
      snapshot: { type: 'string' },
      'report-file': { type: 'string' },
      'sarif-file': { type: 'string' },
      format: { type: 'string' },
      'fail-on': { type: 'string' },
      'fail-on-pre-existing': { type: 'boolean' },
      'ignore-pre-existing': { type: 'boolean' },
      category: { type: 'string' },
      base: { type: 'string' },
      now: { type: 'string' },
      region: { type: 'string' },
      'timeout-seconds': { type: 'string' }
    },
    strict: true,
    allowPositionals: false
  })
  const format = oneOf('--format', values.format, ['text', 'json', 'github'] as const, 'text')
  const failOn = oneOf<FailOn>('--fail-on', values['fail-on'], ['error', 'warning', 'never'], 'error')
  const workspace = resolve(io.cwd, values.workspace ?? '.')
  // What the change removes from a CloudFormation template is seen against the templates of --base (a template the
  // revision does not have is new).
  const baseTemplates =
    values.base === undefined
      ? undefined
      : await baseTemplatesAt(runGit, workspace, values.base, values.config ?? DEFAULT_CONFIG_PATH)
  const outcome = await runCheck({
    workspace,
    config: values.config,
    ...(baseTemplates ? { baseTemplates } : {}),
    snapshot: values.snapshot ? resolve(io.cwd, values.snapshot) : undefined,
    reportFile: values['report-file'] ? resolve(io.cwd, values['report-file']) : undefined,
    sarifFile: values['sarif-file'] ? resolve(io.cwd, values['sarif-file']) : undefined,
    failOn,
    // CONTRACT §2: every finding at or above --fail-on blocks the CLI, pre-existing ones included;
    // --ignore-pre-existing counts only what the change introduces (the action's default).
    failOnPreExisting: values['ignore-pre-existing'] ? false : (values['fail-on-pre-existing'] ?? true),
    category: values.category,
    now: parseNow(values.now),
    region: values.region,
    ...(values['timeout-seconds'] !== undefined ? { timeoutSeconds: parseTimeout(values['timeout-seconds']) } : {}),
    live: io.live,
    env: io.env,
    commandLine: true
  })
  const { report } = outcome
  if (format === 'json') io.stdout(jsonWithoutCommands(toReportJson(report)))
  else if (format === 'github') {
    // Built with the escaping of @actions/core: these lines are the commands meant to be run.
    const { lines, omitted } = formatWorkflowCommands(report.findings)
    io.stdout(lines.map(l => l + '\n').join(''))
    if (omitted) io.stdout(`${omitted} more finding(s) are not annotated; see the report file or SARIF.\n`)
  } else io.stdout(withoutCommands(formatText(report, { hints: true })))
  return report.result === 'failed' ? 1 : 0
}
