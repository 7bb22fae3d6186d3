import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { DEFAULT_CONFIG_PATH, DEFAULT_HORIZON_DAYS, TOOL_VERSION } from './constants.js'
import { loadConfig } from './config/load.js'
import { GateError } from './errors.js'
import { writeOutputFile } from './output-file.js'
import { runGate, type GateResult, type Probe } from './gate.js'
import { toReportJson } from './report/build.js'
import { sarifJson, toSarif } from './report/sarif.js'
import { readProposedChange } from './sources/proposed.js'
import type { IacContext } from './sources/iac-load.js'
import { SnapshotProvider } from './state/snapshot.js'
import { findKey } from './state/keys.js'
import { toWorkspaceRel } from './workspace.js'
import type { Config } from './config/types.js'
import type { IdentityOracle } from './engine/types.js'
import type { FailOn, Finding } from './report/types.js'
import type { StateProvider } from './state/types.js'
import { parseArn } from './arn.js'
import { ConditionContext } from './config/context.js'

/** The live-mode parts; the factory may load the AWS SDK only when it is called (offline runs never do). */
export interface LiveParts {
  provider: StateProvider
  identity: IdentityOracle
  close?: () => void
}
export type LiveFactory = (
  region: string,
  options?: { timeoutSeconds?: number; accounts?: Record<string, { role: string; externalId?: string }> }
) => LiveParts | Promise<LiveParts>

/** The AWS SDK is most of the bundle: it is imported when live mode starts, not when the program loads. */
export const lazyLive: LiveFactory = async (region, options) =>
  (await import('./state/aws/live.js')).createLive(region, options)

/** What both the CLI and the action hand to the core. Paths are as the user gave them. */
export interface CheckOptions {
  workspace: string
  config?: string
  snapshot?: string
  reportFile?: string
  sarifFile?: string
  failOn: FailOn
  /** Whether pre-existing findings can fail the run (default false). */
  failOnPreExisting?: boolean
  /** SARIF `automationDetails.id` category (default: the config path), so that matrix legs don't collide. */
  category?: string
  /**
   * CloudFormation templates as the pull request's base commit has them (the action reads them), by
   * workspace-relative path: resources a template no longer has are deleted on deployment.
   */
  baseTemplates?: ReadonlyMap<string, string>
  /** The config's text from elsewhere (the action's base commit); `config` stays the path findings point at. */
  configText?: string
  /** The workspace-relative name findings use for the snapshot when `snapshot` is a copy (the base commit's). */
  snapshotFile?: string
  /** Findings made before the run (the action's `baseline-changed`); reported like the gate's own. */
  findings?: Finding[]
  now: Date
  region?: string
  /** The run's deadline for AWS work in live mode (input `timeout-seconds`); overrides the config's. */
  timeoutSeconds?: number
  /** Builds the live-mode provider and simulator (injected so the core never constructs AWS clients). */
  live?: LiveFactory
  env?: NodeJS.ProcessEnv
  /**
   * The snapshot and output paths were given on the command line: they may lie outside the workspace (the
   * caller chose them). The action's inputs come from the repository's workflow and stay inside it.
   */
  commandLine?: boolean
  /** `explain`: one request decided by the same pipeline as the checks (see GateInput.probe). */
  probe?: Probe
  /** `explain`: without the config file, run with an empty config (the live world only). */
  configOptional?: boolean
}

export interface CheckOutcome extends GateResult {
  reportPath?: string
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
/** The stacks the config names (`stack:`), once each: their deployed templates say what an update deletes. */
export function configStacks(config: Config): string[] {
  return [...new Set(config.cloudformation.flatMap(c => (c.stack ? [c.stack] : [])))]
}

export async function iacContext(config: Config, provider: StateProvider): Promise<IacContext | undefined> {
  if (!config.cloudformation.length && !config.terraform.length) return undefined
  const mapped = [...config.cloudformation, ...config.terraform].flatMap(s => Object.values(s.keys))
  const stacks = configStacks(config)
  const state = await provider.load({
    keys: [...config.keys.map(k => k.key).filter(isKeyRef), ...mapped.filter(isKeyRef)],
    principals: [],
    ...(stacks.length ? { stacks } : {})
  })
  const partition = [state.keys[0]?.arn, ...config.keys.map(k => k.key)]
    .map(ref => (ref ? parseArn(ref)?.partition : undefined))
    .find(Boolean)
  const aliases = config.keys.flatMap(k => (isKeyRef(k.key) ? (findKey(state, k.key)?.aliases ?? []) : []))
  // A stack the state does not hold (a snapshot taken without it) stays unknown: its removals are not checked.
  const deployed = new Map((state.stacks ?? []).filter(s => stacks.includes(s.name)).map(s => [s.name, s.template]))
  return {
    account: state.account,
    region: state.region,
    partition,
    aliases,
    ...(deployed.size ? { deployedTemplates: deployed } : {})
  }
}

function isKeyRef(ref: string): boolean {
  return ref.startsWith('arn:') || ref.startsWith('alias/') || /^[0-9a-f-]{36}$|^mrk-[0-9a-f]{32}$/.test(ref)
}

/** The config of a workspace without one (`explain` on a snapshot): no keys, no proposed documents. */
function emptyConfig(file: string): Config {
  return {
    version: 1,
    file,
    keys: [],
    principals: [],
    context: new ConditionContext(),
    accounts: Object.create(null) as Config['accounts'],
    horizonDays: DEFAULT_HORIZON_DAYS,
    cloudformation: [],
    terraform: [],
    ignore: []
  }
}

/** Runs `check`: config → sources → state → worlds → engine → rules → report files. */
export async function runCheck(opts: CheckOptions): Promise<CheckOutcome> {
  const workspace = resolve(opts.workspace)
  const configPath = opts.config ?? DEFAULT_CONFIG_PATH
  const config =
    opts.configOptional && opts.configText === undefined && !existsSync(resolve(workspace, configPath))
      ? emptyConfig(configPath)
      : loadConfig(workspace, configPath, { text: opts.configText })
  let provider: StateProvider
  let identity: IdentityOracle | undefined
  let close: (() => void) | undefined
  if (opts.snapshot) {
    const abs = resolve(workspace, opts.snapshot)
    const display =
      opts.snapshotFile ?? (abs.startsWith(workspace + '/') ? toWorkspaceRel(workspace, abs) : opts.snapshot)
    // Outside the workspace only when the user named it on the command line, or when it is the action's own copy
    // of the base commit's snapshot (`snapshotFile` names the workspace file it stands for).
    provider = new SnapshotProvider(abs, display, {
      workspace,
      outsideAllowed: opts.commandLine === true || opts.snapshotFile !== undefined
    })
  } else {
    if (!opts.live) throw new GateError('live mode is not available here: pass --snapshot FILE')
    const timeoutSeconds = opts.timeoutSeconds ?? config.timeoutSeconds
    const live = await opts.live(regionFor(opts, config), {
      ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {}),
      ...(Object.keys(config.accounts).length ? { accounts: config.accounts } : {})
    })
    provider = live.provider
    identity = live.identity
    close = live.close
  }
  try {
    const context = await iacContext(config, provider)
    // Documents of templates keep the JSON the policy simulator is sent only when there is one (live mode).
    const withBase = context && {
      ...context,
      ...(opts.baseTemplates ? { baseTemplates: opts.baseTemplates } : {}),
      ...(identity ? {} : { simulator: false })
    }
    const { change, findings } = await readProposedChange(workspace, config, withBase)
    const result = await runGate({
      config,
      change,
      provider,
      identity,
      now: opts.now,
      failOn: opts.failOn,
      failOnPreExisting: opts.failOnPreExisting,
      findings: [...findings, ...(opts.findings ?? [])],
      probe: opts.probe
    })
    let reportPath: string | undefined
    const rules = { outsideAllowed: opts.commandLine === true }
    if (opts.reportFile) {
      reportPath = writeOutputFile(workspace, opts.reportFile, toReportJson(result.report), rules)
    }
    if (opts.sarifFile) {
      const log = toSarif(result.report, {
        toolVersion: TOOL_VERSION,
        fallbackFile: config.file,
        category: opts.category || config.file
      })
      writeOutputFile(workspace, opts.sarifFile, sarifJson(log), rules)
    }
    return { ...result, reportPath }
  } finally {
    close?.()
  }
}
