import { iacKeyRef } from '../config/schema.js'
import { ConfigError } from '../errors.js'
import { readConfiguredSources } from './files.js'
import type { IacContext, IacSources } from './iac-load.js'
import type { Config } from '../config/types.js'
import type { Finding } from '../report/types.js'
import type { ProposedChange, ProposedKey } from './types.js'

const emptyChange = (): ProposedChange => ({
  keys: [],
  principals: [],
  managedPolicies: [],
  attachments: [],
  createdPrincipals: [],
  declaredPrincipals: [],
  removedPrincipals: []
})

/**
 * Everything the repository proposes: the config's JSON files first (in config order), then the
 * CloudFormation templates and Terraform plans. `findings` are about the sources themselves.
 */
export async function readProposedChange(
  workspace: string,
  config: Config,
  context?: IacContext
): Promise<{ change: ProposedChange; findings: Finding[] }> {
  const change = readConfiguredSources(workspace, config)
  // The template and plan readers (YAML, HCL) are loaded only for a config that names templates or plans: a
  // run on JSON policies alone starts faster and smaller without them.
  const iac: IacSources =
    config.cloudformation.length || config.terraform.length
      ? (await import('./iac-load.js')).readIacSources(workspace, config, context)
      : { change: emptyChange(), findings: [] }
  linkConfigKeys(config, change.keys, iac.change.keys, context?.aliases ?? [])
  for (const k of iac.change.keys) change.keys.push(k)
  for (const p of iac.change.principals) change.principals.push(p)
  change.managedPolicies = iac.change.managedPolicies
  change.attachments = iac.change.attachments
  change.createdPrincipals = iac.change.createdPrincipals
  change.declaredPrincipals = iac.change.declaredPrincipals
  change.removedPrincipals = iac.change.removedPrincipals
  if (iac.change.pathless?.length) change.pathless = [...new Set(iac.change.pathless)]
  if (iac.change.unattributed?.length) change.unattributed = iac.change.unattributed
  if (iac.change.groupChanges?.length) change.groupChanges = iac.change.groupChanges
  if (iac.change.exclusiveAttachments?.length) change.exclusiveAttachments = iac.change.exclusiveAttachments
  if (iac.change.uncertainAttachments?.length) change.uncertainAttachments = iac.change.uncertainAttachments
  if (iac.change.uncertainDeletions?.length) change.uncertainDeletions = iac.change.uncertainDeletions
  return { change, findings: iac.findings }
}

/**
 * A config entry may name a key a template or plan declares: `cloudformation:LogicalId`, `terraform:ADDRESS`,
 * or an alias no live key has that the source gives the key it creates. The entry then is that key: its rotation
 * principals and owners are checked on the key the change creates (or on the live key the source maps it to).
 * The source's key is taken out of `iacKeys` so it is not checked twice.
 */
function linkConfigKeys(
  config: Config,
  configKeys: ProposedKey[],
  iacKeys: ProposedKey[],
  liveAliases: string[]
): void {
  config.keys.forEach((k, i) => {
    const ref = iacKeyRef(k.key)
    const aliasName = k.key.startsWith('alias/') ? k.key : /^arn:[^:]+:kms:[^:]*:\d{12}:(alias\/.+)$/.exec(k.key)?.[1]
    let matches: ProposedKey[]
    if (ref)
      matches = iacKeys.filter(
        p =>
          p.source === ref.source &&
          !p.deleted &&
          (p.name === ref.id || (ref.source === 'terraform' && p.name?.replace(/\[[^\]]*\]/g, '') === ref.id))
      )
    else if (aliasName && !liveAliases.includes(aliasName))
      matches = iacKeys.filter(p => p.created && !p.deleted && p.aliases?.includes(aliasName))
    else return
    if (!matches.length) {
      if (ref)
        throw new ConfigError(
          `keys[${i}].key: no ${ref.source} ${ref.source === 'terraform' ? 'plan' : 'template'} the config reads declares ${ref.id}`,
          config.file,
          k.line
        )
      return
    }
    if (matches.length > 1)
      throw new ConfigError(
        `keys[${i}].key: ${k.key} names ${matches.length} keys (${matches.map(m => `${m.name} in ${m.file}`).join(', ')}); name one by cloudformation:LogicalId or terraform:ADDRESS`,
        config.file,
        k.line
      )
    const source = matches[0]
    const entry = configKeys[i]
    if (entry.policy && source.policy)
      throw new ConfigError(
        `key ${k.name ?? k.key} gets a proposed key policy from both ${entry.policy.origin.file ?? entry.policy.origin.name} and ${source.file}`,
        config.file,
        k.line
      )
    const { policy, name: _name, ...rest } = source
    Object.assign(entry, rest, { key: source.key, policy: entry.policy ?? policy, name: entry.name ?? source.name })
    if (!source.key) delete entry.key
    iacKeys.splice(iacKeys.indexOf(source), 1)
  })
}
