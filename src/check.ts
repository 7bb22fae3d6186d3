import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { DEFAULT_CONFIG_PATH, TOOL_VERSION } from './constants.js'
import { loadConfig } from './config/load.js'
import { GateError } from './errors.js'
import { runGate, type GateResult } from './gate.js'
import { toReportJson } from './report/build.js'
import { RULE_HELP } from './report/rule-help.js'
import { sarifJson, toSarif } from './report/sarif.js'
import { readProposedChange } from './sources/proposed.js'
import type { IacContext } from './sources/iac-load.js'
import { SnapshotProvider } from './state/snapshot.js'
import { findKey } from './state/keys.js'
import { toWorkspaceRel } from './sources/workspace.js'
import type { Config } from './config/types.js'
import type { IdentityOracle } from './engine/types.js'
import type { FailOn } from './report/types.js'
import type { StateProvider } from './state/types.js'

/** What both the CLI and the action hand to the core. Paths are as the user gave them. */
export interface CheckOptions {
  workspace: string
  config?: string
  snapshot?: string
  reportFile?: string
  sarifFile?: string
  failOn: FailOn
  now: Date
  region?: string
  /** Builds the live-mode provider and simulator (injected so the core never constructs AWS clients). */
  live?: (region: string) => { provider: StateProvider; identity: IdentityOracle; close?: () => void }
  env?: NodeJS.ProcessEnv
}

export interface CheckOutcome extends GateResult {
  config: Config
  reportPath?: string
}

/** Writes an output file; a failure is a user error naming the file, not a stack trace. */
function writeOutput(path: string, text: string): void {
  try {
    writeFileSync(path, text)
  } catch (e) {
    throw new GateError(`cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`)
  }
}

/** Where an output file goes: relative paths are taken from the workspace. */
function outputPath(workspace: string, file: string): string {
  const path = resolve(workspace, file)
  try {
    mkdirSync(dirname(path), { recursive: true })
  } catch {
    throw new GateError(`cannot create the directory for ${file}`)
  }
  return path
}

function regionFor(opts: CheckOptions, config: Config): string {
  const env = opts.env ?? process.env
  const region = opts.region || config.region || env.AWS_REGION || env.AWS_DEFAULT_REGION
  if (!region) throw new GateError('no AWS region: pass --region, set `region` in the config, or set AWS_REGION')
  return region
}

/**
 * Templates and plans are resolved against the account they deploy into (`AWS::AccountId`, …): read the
 * live state of the configured keys first. Providers remember what they read, so this costs no extra call.
 */
async function iacContext(config: Config, provider: StateProvider): Promise<IacContext | undefined> {
  if (!config.cloudformation.length && !config.terraform.length) return undefined
  const mapped = [...config.cloudformation, ...config.terraform].flatMap(s => Object.values(s.keys))
  const state = await provider.load({
    keys: [...config.keys.map(k => k.key).filter(isKeyRef), ...mapped.filter(isKeyRef)],
    principals: []
  })
  const partition =
    state.keys[0]?.arn.split(':')[1] ??
    config.keys
      .map(k => k.key)
      .find(k => k.startsWith('arn:'))
      ?.split(':')[1]
  const aliases = config.keys.flatMap(k => (isKeyRef(k.key) ? (findKey(state, k.key)?.aliases ?? []) : []))
  return { account: state.account, region: state.region, partition, aliases }
}

function isKeyRef(ref: string): boolean {
  return ref.startsWith('arn:') || ref.startsWith('alias/') || /^[0-9a-f-]{36}$|^mrk-[0-9a-f]{32}$/.test(ref)
}

/** Runs `check`: config → sources → state → worlds → engine → rules → report files. */
export async function runCheck(opts: CheckOptions): Promise<CheckOutcome> {
  const workspace = resolve(opts.workspace)
  const config = loadConfig(workspace, opts.config ?? DEFAULT_CONFIG_PATH)
  let provider: StateProvider
  let identity: IdentityOracle | undefined
  let close: (() => void) | undefined
  if (opts.snapshot) {
    const abs = resolve(workspace, opts.snapshot)
    const display = abs.startsWith(workspace + '/') ? toWorkspaceRel(workspace, abs) : opts.snapshot
    provider = new SnapshotProvider(abs, display)
  } else {
    if (!opts.live) throw new GateError('live mode is not available here: pass --snapshot FILE')
    const live = opts.live(regionFor(opts, config))
    provider = live.provider
    identity = live.identity
    close = live.close
  }
  try {
    const { change, findings } = readProposedChange(workspace, config, await iacContext(config, provider))
    const result = await runGate({ config, change, provider, identity, now: opts.now, failOn: opts.failOn, findings })
    let reportPath: string | undefined
    if (opts.reportFile) {
      reportPath = outputPath(workspace, opts.reportFile)
      writeOutput(reportPath, toReportJson(result.report))
    }
    if (opts.sarifFile) {
      const log = toSarif(result.report, { toolVersion: TOOL_VERSION, ruleHelp: RULE_HELP, fallbackFile: config.file })
      writeOutput(outputPath(workspace, opts.sarifFile), sarifJson(log))
    }
    return { ...result, config, reportPath }
  } finally {
    close?.()
  }
}
