/**
 * `explain` decides exactly as `check` does: on every fixture repository, the rows of the checks table that are
 * not plainly allowed (and one that is) are explained in both worlds, and each explanation's decision must equal
 * the row's. `explain` runs the check pipeline with the request as a probe, so a drift here means a second code
 * path has crept back in.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, test } from '@jest/globals'
import { cli, NOW, REPOS, snapshotFor } from './helpers/repos.js'

interface Row {
  key: string
  principal: string
  action: string
  before: string | null
  after: string
}

const FIXTURES = fs
  .readdirSync(REPOS)
  .sort()
  .filter(name => fs.existsSync(path.join(REPOS, name, '.github', 'kms-policy-gate.yml')))

/** At most three rows: those where something is not allowed first, then one that is. */
function sample(rows: Row[]): Row[] {
  const interesting = rows.filter(r => r.before !== 'allowed' || r.after !== 'allowed')
  const plain = rows.filter(r => r.before === 'allowed' && r.after === 'allowed')
  return [...interesting.slice(0, 2), ...plain.slice(0, 1)]
}

/** Explanations compared, over all fixtures: a run that compared nothing would pass without proving anything. */
let compared = 0
/** Fixtures whose run cannot start (exit 2): they are about errors, and have no checks to explain. */
const STOPPED = new Set<string>()

describe('explain agrees with check', () => {
  afterAll(() => {
    expect(STOPPED.size).toBeLessThan(FIXTURES.length / 4)
    expect(compared).toBeGreaterThan(150)
  })

  test.each(FIXTURES)('%s', async name => {
    const dir = path.join(REPOS, name)
    const base = ['--snapshot', snapshotFor(dir), '--now', NOW]
    const checked = await cli(['check', '--format', 'json', ...base], dir)
    if (checked.code === 2) {
      STOPPED.add(name)
      return
    }
    const rows = (JSON.parse(checked.stdout) as { checks: Row[] }).checks
    for (const row of sample(rows)) {
      const request = ['explain', '--key', row.key, '--principal', row.principal, '--action', row.action, ...base]
      for (const [world, expected] of [
        ['before', row.before],
        ['after', row.after]
      ] as const) {
        if (expected === null) continue
        const out = await cli(world === 'after' ? [...request, '--after'] : request, dir)
        const decision = out.stdout.split('\n')[0].replace(/^.*: /, '')
        compared++
        expect({ name, row: `${row.principal} ${row.action}`, world, decision }).toEqual({
          name,
          row: `${row.principal} ${row.action}`,
          world,
          decision: expected
        })
      }
    }
  })
})

describe('explain names a key the change creates', () => {
  test.each([
    ['iac-cfn-yaml-owner-lockout-new-key', 'cloudformation:ReportsKey', 'key/new-ReportsKey'],
    ['iac-tf-owner-lockout-new-key', 'terraform:module.kms.aws_kms_key.audit', 'key/new-module.kms.aws_kms_key.audit']
  ])('%s by %s', async (name, key, placeholder) => {
    const dir = path.join(REPOS, name)
    const request = ['explain', '--snapshot', snapshotFor(dir), '--now', NOW, '--key', key]
    const root = 'arn:aws:iam::111122223333:root'
    const after = await cli([...request, '--principal', root, '--action', 'kms:PutKeyPolicy', '--after'], dir)
    expect(after.code).toBe(0)
    expect(after.stdout.split('\n')[0]).toBe(
      `kms:PutKeyPolicy by ${root} on arn:aws:kms:us-east-1:111122223333:${placeholder} (after): implicit-deny`
    )
    // The key does not exist before the change.
    const before = await cli([...request, '--principal', root, '--action', 'kms:PutKeyPolicy'], dir)
    expect(before.code).toBe(2)
    expect(before.stderr).toMatch(/does not exist before the change: use --after/)
  })
})
