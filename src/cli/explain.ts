import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { DEFAULT_CONFIG_PATH } from '../constants.js'
import { runCheck } from '../check.js'
import type { Decision, StatementRef } from '../engine/types.js'
import { GateError } from '../errors.js'
import { visible, withoutCommands } from '../report/safe-text.js'
import { describeDecision, describeRef } from '../rules/describe.js'
import type { CliIo } from './io.js'
import { baseTemplatesAt } from './base.js'
import { runGit } from '../sources/git.js'

function lines(ref: StatementRef): string {
  // Live documents are compiled from JSON without their layout: their "lines" mean nothing to the reader.
  if (!ref.origin.file || !ref.range.startLine) return ''
  return ref.range.startLine === ref.range.endLine
    ? ` line ${ref.range.startLine}`
    : ` lines ${ref.range.startLine}–${ref.range.endLine}`
}

export function formatExplanation(subject: string, d: Decision): string {
  const out = [`${subject}: ${d.decision}`, `  ${describeDecision(d)}`]
  for (const r of d.denies) out.push(`  deny:  ${describeRef(r)}${lines(r)}`)
  for (const r of d.allows) out.push(`  allow: ${describeRef(r)}${lines(r)}`)
  if (d.decision === 'inconclusive' && d.unknownKeys.length)
    out.push(`  unknown condition keys: ${d.unknownKeys.join(', ')} (set them under \`context\` in the config)`)
  // Sids, file names and values come from the repository: each stays on its line, and no line is a command.
  return withoutCommands(out.map(visible).join('\n') + '\n')
}

/**
 * `explain`: the decision for one request and the statements that made it (CONTRACT §2). It runs the same
 * pipeline as `check` (config, templates and plans, state, worlds, simulator, organization, unique ids) with the
 * request as a probe, so that it can never decide differently from the check row of the same request.
 */
export async function explain(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      key: { type: 'string' },
      principal: { type: 'string' },
      action: { type: 'string' },
      snapshot: { type: 'string' },
      config: { type: 'string' },
      workspace: { type: 'string' },
      region: { type: 'string' },
      now: { type: 'string' },
      base: { type: 'string' },
      after: { type: 'boolean', default: false }
    },
    strict: true
  })
  for (const flag of ['key', 'principal', 'action'] as const) {
    if (!values[flag]) throw new GateError(`explain needs --${flag}`)
  }
  const workspace = resolve(io.cwd, values.workspace ?? '.')
  const configPath = values.config ?? DEFAULT_CONFIG_PATH
  const hasConfig = values.config !== undefined || existsSync(resolve(workspace, configPath))
  if (values.after && !hasConfig) throw new GateError(`--after needs the config (${configPath} not found)`)
  const now = values.now ? new Date(values.now) : new Date()
  if (Number.isNaN(now.getTime())) throw new GateError(`--now: "${values.now}" is not an ISO-8601 date`)
  const probe = { key: values.key!, principal: values.principal!, action: values.action! }
  // As `check --base`: what the change removes from a template, against the revision's templates.
  const baseTemplates =
    values.base === undefined ? undefined : await baseTemplatesAt(runGit, workspace, values.base, configPath)
  const outcome = await runCheck({
    workspace,
    config: values.config,
    ...(baseTemplates ? { baseTemplates } : {}),
    configOptional: true,
    snapshot: values.snapshot ? resolve(io.cwd, values.snapshot) : undefined,
    failOn: 'never',
    now,
    region: values.region,
    live: io.live,
    env: io.env,
    commandLine: true,
    probe
  })
  const result = outcome.probe!
  const world = values.after ? 'after' : 'before'
  const d = values.after ? result.after : result.before
  if (!d) throw new GateError(`key ${values.key} does not exist before the change: use --after`)
  io.stdout(formatExplanation(`${probe.action} by ${probe.principal} on ${result.keyArn} (${world})`, d))
  return 0
}
