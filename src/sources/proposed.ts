import { readConfiguredSources } from './files.js'
import { readIacSources, type IacContext } from './iac-load.js'
import type { Config } from '../config/types.js'
import type { Finding } from '../report/types.js'
import type { ProposedChange } from './types.js'

/**
 * Everything the repository proposes: the config's JSON files first (in config order), then the
 * CloudFormation templates and Terraform plans. `findings` are about the sources themselves.
 */
export function readProposedChange(
  workspace: string,
  config: Config,
  context?: IacContext
): { change: ProposedChange; findings: Finding[] } {
  const change = readConfiguredSources(workspace, config)
  const iac = readIacSources(workspace, config, context)
  for (const k of iac.change.keys) change.keys.push(k)
  for (const p of iac.change.principals) change.principals.push(p)
  change.managedPolicies = iac.change.managedPolicies
  change.attachments = iac.change.attachments
  change.createdPrincipals = iac.change.createdPrincipals
  change.declaredPrincipals = iac.change.declaredPrincipals
  return { change, findings: iac.findings }
}
