import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { DEFAULT_CONFIG_PATH } from '../constants.js'
import { loadConfig } from '../config/load.js'
import { decide } from '../engine/evaluate.js'
import { buildRequest } from '../engine/request.js'
import { identityKey, type Decision, type StatementRef } from '../engine/types.js'
import { GateError } from '../errors.js'
import { visible, withoutCommands } from '../report/safe-text.js'
import { describeDecision, describeRef } from '../rules/describe.js'
import { readProposedChange } from '../sources/proposed.js'
import { findKey } from '../state/keys.js'
import { SnapshotProvider } from '../state/snapshot.js'
import { afterWorld, beforeWorld, policySetFor } from '../worlds/build.js'
import type { Config } from '../config/types.js'
import type { CliIo } from './run.js'

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
  if (d.unknownKeys.length)
    out.push(`  unknown condition keys: ${d.unknownKeys.join(', ')} (set them under \`context\` in the config)`)
  // Sids, file names and values come from the repository: each stays on its line, and no line is a command.
  return withoutCommands(out.map(visible).join('\n') + '\n')
}

/** `explain`: the decision for one request and the statements that made it (CONTRACT §2). */
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
      after: { type: 'boolean', default: false }
    },
    strict: true
  })
  for (const flag of ['key', 'principal', 'action'] as const) {
    if (!values[flag]) throw new GateError(`explain needs --${flag}`)
  }
  const workspace = resolve(io.cwd, values.workspace ?? '.')
  const configPath = values.config ?? DEFAULT_CONFIG_PATH
  let config: Config | undefined
  if (values.config || existsSync(resolve(workspace, configPath))) config = loadConfig(workspace, configPath)
  if (values.after && !config) throw new GateError(`--after needs the config (${configPath} not found)`)
  const now = values.now ? new Date(values.now) : new Date()
  if (Number.isNaN(now.getTime())) throw new GateError(`--now: "${values.now}" is not an ISO-8601 date`)

  let state
  let oracle
  let close: (() => void) | undefined
  if (values.snapshot) {
    state = await new SnapshotProvider(resolve(io.cwd, values.snapshot), values.snapshot, {
      workspace,
      outsideAllowed: true
    }).load()
  } else {
    const region = values.region || config?.region || io.env.AWS_REGION || io.env.AWS_DEFAULT_REGION
    if (!io.live) throw new GateError('live mode is not available here: pass --snapshot FILE')
    if (!region) throw new GateError('no AWS region: pass --region, set `region` in the config, or set AWS_REGION')
    const live = io.live(region)
    state = await live.provider.load({ keys: [values.key!], principals: [values.principal!] })
    oracle = live.identity
    close = live.close
  }
  try {
    const key = findKey(state, values.key!)
    if (!key)
      throw new GateError(
        `key ${values.key} is not in the ${values.snapshot ? `snapshot ${values.snapshot}` : 'account'}`
      )
    const before = beforeWorld(state)
    let world = before
    if (values.after && config) {
      // Templates resolve AWS::AccountId and friends against the state, as in `check`.
      const { change } = readProposedChange(workspace, config, {
        account: state.account,
        region: state.region,
        partition: key.arn.split(':')[1]
      })
      const arns = new Map<number, string>()
      change.keys.forEach((k, i) => {
        const found = k.key ? findKey(state, k.key) : undefined
        if (found) arns.set(i, found.arn)
      })
      world = afterWorld(before, change, arns)
    }
    const principal = values.principal!
    const action = values.action!
    const req = buildRequest(
      principal,
      action,
      { ...key, arn: key.arn },
      now,
      config?.context[principal],
      state.principals.find(p => p.arn === principal)?.id
    )
    let verdict
    if (oracle && !principal.endsWith(':root')) {
      const docs = world.principals.get(principal)
      const changed = world.name === 'after' && docs?.changed
      const answers = await oracle.simulate({
        principal,
        actions: [action],
        resources: [key.arn],
        context: config?.context[principal] ?? {},
        policyInputs: changed ? docs!.inputs.map(d => JSON.stringify(d.json)) : [],
        exclusions: changed ? docs!.exclusions : [],
        boundary: changed && docs!.proposedBoundary ? JSON.stringify(docs!.proposedBoundary.json) : undefined
      })
      verdict = answers.get(identityKey(principal, action, key.arn))
    }
    const d = decide(req, policySetFor(world, key.arn, principal), verdict)
    io.stdout(formatExplanation(`${action} by ${principal} on ${key.arn} (${world.name})`, d))
    return 0
  } finally {
    close?.()
  }
}
