import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IacResult } from '../../src/sources/iac.js'
import { readTerraformPlan } from '../../src/sources/terraform/plan.js'

/** One entry of a plan's `resource_changes`, in the few fields the tests vary. */
export type PlanChange = {
  address: string
  type: string
  actions: string[]
  before?: unknown
  after?: unknown
  unknown?: unknown
}

let empty: string | undefined

/**
 * Reads a plan made of `changes` (and the configuration `expressions` per address) in account
 * 111122223333, from an empty workspace so no HCL file is consulted.
 */
export function readPlanChanges(
  changes: PlanChange[],
  config: Record<string, Record<string, unknown>> = {}
): IacResult {
  empty ??= mkdtempSync(join(tmpdir(), 'kpg-tf-empty-'))
  return readTerraformPlan({
    file: 'plan.json',
    workspace: empty,
    keys: {},
    principals: {},
    context: { account: '111122223333', partition: 'aws' },
    text: JSON.stringify({
      format_version: '1.2',
      resource_changes: changes.map(c => ({
        address: c.address,
        mode: 'managed',
        type: c.type,
        name: c.address.split('.').pop(),
        change: {
          actions: c.actions,
          before: c.before ?? null,
          after: c.after ?? null,
          after_unknown: c.unknown ?? {}
        }
      })),
      configuration: {
        root_module: {
          resources: Object.entries(config).map(([address, expressions]) => ({
            address,
            mode: 'managed',
            expressions
          }))
        }
      }
    })
  })
}
