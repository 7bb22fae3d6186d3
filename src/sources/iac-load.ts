import { INPUT_LIMITS, RULES } from '../constants.js'
import { ConfigError } from '../errors.js'
import { readCloudFormation } from './cloudformation/template.js'
import { partitionOf } from './iac.js'
import { discoverIacFiles, globMatcher } from './discover.js'
import { readTerraformPlan } from './terraform/plan.js'
import { readWorkspaceFile } from '../workspace.js'
import type { Config } from '../config/types.js'
import type { Finding } from '../report/types.js'
import type { IacProblem, IacResult } from './iac.js'
import type { ProposedChange } from './types.js'

export interface IacSources {
  /** What the templates and plans propose, to be added to the config's change. */
  change: ProposedChange
  /** `invalid-policy` for malformed templates and plans, `source-mapping` notices saying what was mapped. */
  findings: Finding[]
}

/** What the live state tells the readers: pseudo parameters, the partition, the configured keys' aliases. */
export interface IacContext {
  account?: string
  region?: string
  partition?: string
  /** Aliases of the live keys the config lists: a template key named by one of them is that key. */
  aliases?: string[]
  /**
   * CloudFormation templates as the pull request's base commit has them, by workspace-relative path (the action
   * reads them): what a template no longer has is deleted on deployment.
   */
  baseTemplates?: ReadonlyMap<string, string>
  /**
   * The deployed template of each stack the config names (`stack:`), from the live state or the snapshot; null when
   * no such stack exists. It is the template CloudFormation compares an update with: a template entry naming one
   * file and a known stack is compared with it (what it no longer has is deleted), before the base commit's file;
   * a stack that does not exist gets a warning and the base commit's file.
   */
  deployedTemplates?: ReadonlyMap<string, string | null>
  /**
   * `false` when no policy simulator takes part (offline): documents of templates then keep no JSON copy for it
   * (PolicyDocument.json), which in a template of many small policies would cost about as much as its text.
   */
  simulator?: boolean
}

/**
 * Reads the CloudFormation templates (JSON, YAML, CDK output) and Terraform plans named in the config,
 * maps their keys and principals to live ones, and says which it mapped. A template or plan that cannot
 * be read is `invalid-policy` at its line; a mapping problem is a config error at the config entry.
 */
export function readIacSources(workspace: string, config: Config, live: IacContext = {}): IacSources {
  const out: IacSources = {
    change: {
      keys: [],
      principals: [],
      managedPolicies: [],
      attachments: [],
      createdPrincipals: [],
      declaredPrincipals: [],
      removedPrincipals: []
    },
    findings: []
  }
  // Pseudo parameters (AWS::AccountId, …) come from the live state the templates deploy into.
  const region = live.region ?? config.region
  // The partition follows from the region when no key ARN gives it (a state without keys: every key is new).
  const context = { account: live.account, region, partition: live.partition ?? partitionOf(region) }
  for (const cfn of config.cloudformation) {
    const files = discoverIacFiles(workspace, [cfn.template], { where: { file: config.file, line: cfn.line } })
    // Templates the change deletes: the base commit's files the glob matches that the head no longer has.
    const matches = globMatcher([cfn.template])
    const deleted = [...(live.baseTemplates ?? [])].filter(([rel]) => !files.includes(rel) && matches(rel))
    if (!files.length && !deleted.length)
      throw new ConfigError(`no file matches template "${cfn.template}"`, config.file, cfn.line)
    // The stack's deployed template, when the state holds it and the entry names one file: what CloudFormation
    // compares the update with. Undefined: not known (no `stack:`, a snapshot without it, several files).
    const named = cfn.stack !== undefined && files.length === 1 ? live.deployedTemplates?.get(cfn.stack) : undefined
    // No such stack where the gate looked (its account and region): a new stack, or one deployed elsewhere whose
    // removals the gate cannot see. Compared with the base commit as without `stack:`, and said.
    if (named === null)
      out.findings.push({
        rule: RULES.unreadResource,
        severity: 'warning',
        message: `stack ${cfn.stack} does not exist in ${[live.account, region].filter(Boolean).join(' ')} (cloudformation:GetTemplate): ${files[0]} is compared with the base commit, not with a deployed stack; if the stack is deployed in another account or region, what the change removes from it is not checked`,
        file: config.file,
        startLine: cfn.line,
        endLine: cfn.line,
        preExisting: false
      })
    const deployed = named ?? undefined
    const results = files.map(rel => {
      const f = readWorkspaceFile(workspace, rel, {
        maxBytes: INPUT_LIMITS.template,
        where: { file: config.file, line: cfn.line }
      })
      if (f.bytes > INPUT_LIMITS.yamlTemplate && /\S/.exec(f.text)?.[0] !== '{') {
        throw new ConfigError(
          `file ${JSON.stringify(rel)} is ${f.bytes} bytes, over the limit of ${INPUT_LIMITS.yamlTemplate} bytes for a YAML template`,
          config.file,
          cfn.line
        )
      }
      return readCloudFormation({
        file: f.rel,
        text: f.text,
        stack: cfn.stack,
        keys: cfn.keys,
        principals: cfn.principals,
        context,
        ...(deployed !== undefined
          ? { base: deployed, baseSource: `the deployed stack ${cfn.stack}` }
          : { base: live.baseTemplates?.get(f.rel) }),
        ...(live.simulator === false ? { simulator: false } : {})
      })
    })
    // Every resource a deleted template deployed is deleted with it.
    for (const [rel, base] of deleted) {
      results.push(
        readCloudFormation({
          file: rel,
          text: 'Resources: {}\n',
          stack: cfn.stack,
          keys: cfn.keys,
          principals: cfn.principals,
          context,
          base,
          deletedFile: true
        })
      )
    }
    shareMappings(results)
    for (const result of results) merge(out, result, config, cfn.line, live.aliases)
    // A template the base does not have is read as a new stack. When it describes a deployed one (a template built
    // in the workflow, such as CDK output), what the change removes from that stack is deleted unseen: say so.
    for (const rel of live.baseTemplates && deployed === undefined
      ? files.filter(f => !live.baseTemplates!.has(f))
      : [])
      out.findings.push({
        rule: RULES.unreadResource,
        severity: 'warning',
        message: `${rel} is not in the base commit: it is read as a new template, so what the change removes from a stack already deployed from it (a template built in the workflow, such as CDK output) is not checked; name the stack (\`stack:\`) so that its deployed template is read, commit the template, or review the removals by hand`,
        file: config.file,
        startLine: cfn.line,
        endLine: cfn.line,
        preExisting: false
      })
  }
  for (const tf of config.terraform) {
    const f = readWorkspaceFile(workspace, tf.plan, {
      maxBytes: INPUT_LIMITS.plan,
      where: { file: config.file, line: tf.line }
    })
    const result = readTerraformPlan({
      file: f.rel,
      text: f.text,
      root: tf.root,
      workspace,
      keys: tf.keys,
      principals: tf.principals,
      context
    })
    merge(out, result, config, tf.line, live.aliases)
  }
  return out
}

/**
 * The templates one glob matches share its `keys:` and `principals:` mapping: a logical id need only be a
 * resource of one of them (a CDK app's stacks, one template per environment). It is a config error only when
 * no matched template has it.
 */
function shareMappings(results: IacResult[]): void {
  if (results.length < 2) return
  const missing = (p: IacProblem): string | undefined => (p.rule === 'config-error' ? p.missingId : undefined)
  const count = new Map<string, number>()
  for (const r of results)
    for (const p of r.problems) {
      const id = missing(p)
      if (id) count.set(id, (count.get(id) ?? 0) + 1)
    }
  for (const r of results) {
    r.problems = r.problems.filter(p => {
      const id = missing(p)
      return !id || count.get(id) === results.length
    })
  }
  // Still missing everywhere: one problem naming every template, not one per template.
  const first = results.find(r => r.problems.some(p => missing(p)))
  if (first) {
    for (const p of first.problems) {
      const id = missing(p)
      if (id && count.get(id) === results.length)
        p.message = `${p.message.replace(/ of \S+$/, '')} of any of the ${results.length} templates the glob matches`
    }
  }
}

function merge(
  out: IacSources,
  result: IacResult,
  config: Config,
  configLine: number,
  liveAliases: string[] = []
): void {
  const configProblem = result.problems.find(p => p.rule === 'config-error')
  if (configProblem)
    throw new ConfigError(configProblem.message, configProblem.file ?? config.file, configProblem.line || configLine)
  for (const p of result.problems) {
    if (p.rule === 'unread-resource' && p.users) {
      ;(out.change.groupChanges ??= []).push({ message: p.message, file: p.file, line: p.line || 1 })
      continue
    }
    const unread = p.rule === 'unread-resource'
    out.findings.push({
      rule: unread ? RULES.unreadResource : RULES.invalidPolicy,
      severity: unread && !p.blocking ? 'warning' : 'error',
      message: p.message,
      file: p.file,
      startLine: p.line || 1,
      endLine: p.line || 1,
      preExisting: false
    })
  }
  // A key the source creates but names by an alias of a configured key (listed by alias, or a live alias of a
  // listed key) is that key. Only those: any other alias may not exist yet, and asking AWS for it
  // (DescribeKey) would fail the run for a template that simply creates a new key with a new alias.
  // An alias the config lists that no live key has is a key the change creates: the config entry is linked
  // to that new key (linkConfigKeys), never to a live key that is not there.
  const listed = (name: string): boolean => liveAliases.includes(name)
  for (const key of result.change.keys) {
    if (key.key || !key.created) continue
    const alias = result.mapped.aliases.find(
      a => a.targetLogicalId === key.name && a.name && !a.deleted && listed(a.name)
    )
    if (!alias?.name) continue
    key.key = alias.name
    // A key the template leaves out (a false Condition) named by a live alias: that live key is deleted.
    if (key.deleted) delete key.created
    // The notice says what the key was mapped to, not "a new key".
    const mapped = result.mapped.keys.find(k => k.logicalId === key.name && k.created)
    if (mapped) Object.assign(mapped, { key: alias.name, via: 'alias', created: undefined })
  }
  // Loops, not push(...list): a generated template can hold more entries than a call takes arguments. A key
  // left out of the template that no live alias names was never deployed: nothing to delete.
  for (const k of result.change.keys) if (!(k.created && k.deleted)) out.change.keys.push(k)
  for (const p of result.change.principals) out.change.principals.push(p)
  for (const m of result.managedPolicies) out.change.managedPolicies!.push(m)
  for (const a of result.attachments) out.change.attachments!.push(a)
  for (const r of result.removedPrincipals) out.change.removedPrincipals!.push(r)
  for (const arn of result.change.pathless ?? []) (out.change.pathless ??= []).push(arn)
  for (const u of result.change.unattributed ?? []) (out.change.unattributed ??= []).push(u)
  for (const x of result.change.exclusiveAttachments ?? []) (out.change.exclusiveAttachments ??= []).push(x)
  for (const x of result.change.uncertainAttachments ?? []) (out.change.uncertainAttachments ??= []).push(x)
  for (const x of result.change.uncertainDeletions ?? []) (out.change.uncertainDeletions ??= []).push(x)
  for (const p of result.mapped.principals) {
    if (p.created) out.change.createdPrincipals!.push(p.key)
    if (!p.deleted) out.change.declaredPrincipals!.push(p.arn ?? p.key)
  }

  const byFile = new Map<string, string[]>()
  const note = (file: string, text: string): void => {
    // Appended in place: copying the list for every entry made a template of 60,000 roles take minutes.
    const list = byFile.get(file)
    if (list) list.push(text)
    else byFile.set(file, [text])
  }
  for (const k of result.mapped.keys) {
    note(
      k.file,
      `key ${k.logicalId} → ${k.deleted ? 'deleted' : k.key ? `${k.key}${k.via ? ` (by ${k.via})` : ''}` : 'a new key'}`
    )
  }
  for (const p of result.mapped.principals) {
    note(
      p.file,
      `principal ${p.logicalId} → ${p.deleted ? 'deleted' : p.arn ? `${p.arn}${p.via ? ` (by ${p.via})` : ''}` : `created by the change (${p.key})`}`
    )
  }
  // A CDK app can have hundreds of unnamed roles: list the first ones and count the rest.
  const MAX_LISTED = 20
  for (const [file, all] of byFile) {
    const lines = all.length > MAX_LISTED ? [...all.slice(0, MAX_LISTED), `and ${all.length - MAX_LISTED} more`] : all
    out.findings.push({
      rule: RULES.sourceMapping,
      severity: 'notice',
      message: `${file}: ${lines.join('; ')}`,
      file,
      startLine: 1,
      endLine: 1,
      preExisting: false
    })
  }
}
