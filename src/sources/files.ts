import { INPUT_LIMITS } from '../constants.js'
import { readWorkspaceFile } from '../workspace.js'
import { parsePolicyText } from '../policy/parse.js'
import type { Config } from '../config/types.js'
import type { PolicyDocument, PolicyKind } from '../policy/types.js'
import type { ProposedChange } from './types.js'

/**
 * Reads the JSON policy files named in the config (key policies, identity policies, boundaries).
 * Each keeps its line map; syntax problems stay on the document as `invalid-policy` issues.
 */
export function readConfiguredSources(workspace: string, config: Config): ProposedChange {
  const cache = new Map<string, PolicyDocument>()
  const read = (
    rel: string,
    kind: PolicyKind,
    line: number,
    extra: { inlineName?: string; managedArn?: string } = {}
  ): PolicyDocument => {
    const cacheKey = `${kind}\u0000${rel}\u0000${extra.inlineName ?? ''}\u0000${extra.managedArn ?? ''}`
    const cached = cache.get(cacheKey)
    if (cached) return cached
    const f = readWorkspaceFile(workspace, rel, { maxBytes: INPUT_LIMITS.policy, where: { file: config.file, line } })
    const doc = parsePolicyText(f.text, { kind, name: f.rel, file: f.rel, ...extra })
    cache.set(cacheKey, doc)
    return doc
  }
  const change: ProposedChange = { keys: [], principals: [] }
  for (const k of config.keys) {
    change.keys.push({
      key: k.key,
      name: k.name,
      policy: k.policy ? read(k.policy, 'key', k.policyLine ?? k.line) : undefined,
      file: config.file,
      line: k.line
    })
  }
  for (const p of config.principals) {
    change.principals.push({
      arn: p.arn,
      policies: p.policies.map(pol => ({
        name: pol.name,
        managed: pol.managed,
        document: read(pol.file, 'identity', pol.line, { inlineName: pol.name, managedArn: pol.managed })
      })),
      permissionsBoundary: p.permissionsBoundary
        ? read(p.permissionsBoundary, 'boundary', p.permissionsBoundaryLine ?? p.line)
        : undefined
    })
  }
  return change
}
