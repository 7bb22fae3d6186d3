import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { configStacks, iacContext } from '../check.js'
import { loadConfig } from '../config/load.js'
import { iacKeyRef } from '../config/schema.js'
import { GateError } from '../errors.js'
import { accountOfPrincipalValue } from '../engine/principal.js'
import { policyFromJson } from '../policy/parse.js'
import { readProposedChange } from '../sources/proposed.js'
import { writeOutputFile } from '../output-file.js'
import { visible, withoutCommands } from '../report/safe-text.js'
import { snapshotText } from '../state/snapshot.js'
import type { CliIo } from './io.js'

const IAM_ENTITY = /^arn:[a-z-]+:iam::\d{12}:(role|user)\/.+$/

/** `snapshot`: reads the live state of every configured key and principal and writes it as a snapshot (CONTRACT §2). */
export async function snapshotCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      config: { type: 'string' },
      workspace: { type: 'string' },
      region: { type: 'string' },
      out: { type: 'string' }
    },
    strict: true
  })
  if (!values.config) throw new GateError('snapshot needs --config FILE')
  if (!values.out) throw new GateError('snapshot needs --out FILE')
  const workspace = resolve(io.cwd, values.workspace ?? '.')
  const config = loadConfig(workspace, values.config)
  const region = values.region || config.region || io.env.AWS_REGION || io.env.AWS_DEFAULT_REGION
  if (!region) throw new GateError('no AWS region: pass --region, set `region` in the config, or set AWS_REGION')
  if (!io.live) throw new GateError('live mode is not available here')
  const live = await io.live(region, {
    ...(config.timeoutSeconds !== undefined ? { timeoutSeconds: config.timeoutSeconds } : {}),
    ...(Object.keys(config.accounts).length ? { accounts: config.accounts } : {})
  })
  try {
    const principals = new Set<string>()
    for (const k of config.keys) {
      k.rotation.principals.forEach(p => principals.add(p))
      k.owners?.forEach(p => principals.add(p))
    }
    config.principals.forEach(p => principals.add(p.arn))
    // Everything `check` reads: keys and principals that only templates and plans map (resolved against the
    // account, as check resolves them), so that offline mode on this snapshot decides as live mode does.
    const { change } = await readProposedChange(workspace, config, await iacContext(config, live.provider))
    const created = new Set(change.createdPrincipals ?? [])
    change.principals.forEach(p => {
      if (!created.has(p.arn)) principals.add(p.arn)
    })
    // Config keys that name a key the change creates (cloudformation:/terraform: references) are not read.
    const keys = [...new Set([...liveKeyRefs(config.keys), ...change.keys.flatMap(k => (k.key ? [k.key] : []))])]
    // The deployed templates of the stacks the config names, so that offline runs see what an update deletes.
    const stacks = configStacks(config)
    const first = await live.provider.load({ keys, principals: [...principals], ...(stacks.length ? { stacks } : {}) })
    // Plus every IAM principal the live key policies name, so offline runs can evaluate them too.
    const named = new Set<string>()
    for (const key of first.keys) {
      const doc = policyFromJson(key.policy, { kind: 'key', name: key.arn })
      for (const s of doc.statements) {
        for (const v of [...(s.principal?.aws ?? []), ...(s.notPrincipal?.aws ?? [])]) {
          if (IAM_ENTITY.test(v.value) && !accountOfPrincipalValue(v.value) && !principals.has(v.value))
            named.add(v.value)
        }
      }
    }
    const state = named.size
      ? await live.provider.load({ keys, principals: [...principals, ...named], ...(stacks.length ? { stacks } : {}) })
      : first
    writeOutputFile(workspace, resolve(io.cwd, values.out), snapshotText(state), { outsideAllowed: true })
    io.stdout(
      `wrote ${withoutCommands(visible(values.out))}: ${state.keys.length} key(s), ${state.principals.length} principal(s), ${state.knownPrincipals?.length ?? 0} known principal ARN(s)${state.stacks?.length ? `, ${state.stacks.length} stack template(s)` : ''}\n`
    )
    return 0
  } finally {
    live.close?.()
  }
}

/** Keys named by a template's logical id or a plan's address have no live key to read (they are created). */
function liveKeyRefs(keys: { key: string }[]): string[] {
  return keys.map(k => k.key).filter(k => !iacKeyRef(k))
}
