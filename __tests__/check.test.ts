import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCheck, type LiveFactory } from '../src/check.js'
import { GateError } from '../src/errors.js'
import { SHARED_SNAPSHOT } from './helpers/repos.js'

const NOW = new Date('2026-11-29T00:00:00Z')
const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
const ROLE = 'arn:aws:iam::111122223333:role/kms-rotation-service'
const dirs: string[] = []
afterAll(() => dirs.forEach(d => rmSync(d, { recursive: true, force: true })))

function workspace(config?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kpg-check-'))
  dirs.push(dir)
  if (config !== undefined) {
    mkdirSync(join(dir, '.github'))
    writeFileSync(join(dir, '.github/kms-policy-gate.yml'), config)
  }
  return dir
}
const CONFIG = `version: 1\nkeys:\n  - key: ${KEY}\n    rotation: { principals: ["${ROLE}"] }\n`

describe('runCheck', () => {
  it('offline: runs the pipeline on the snapshot and passes an unchanged key', async () => {
    const out = await runCheck({
      workspace: workspace(CONFIG),
      snapshot: SHARED_SNAPSHOT,
      commandLine: true,
      failOn: 'error',
      now: NOW
    })
    expect(out.report.result).toBe('passed')
    expect(out.report.checks.filter(c => c.principal === ROLE).map(c => c.after)).toEqual([
      'allowed',
      'allowed',
      'allowed',
      'allowed',
      'allowed'
    ])
  })

  it('live mode needs a region and a way to reach AWS, and says which is missing', async () => {
    const dir = workspace(CONFIG)
    await expect(runCheck({ workspace: dir, failOn: 'error', now: NOW })).rejects.toThrow(
      'live mode is not available here: pass --snapshot FILE'
    )
    const live: LiveFactory = () => {
      throw new Error('not reached')
    }
    await expect(runCheck({ workspace: dir, failOn: 'error', now: NOW, live, env: {} })).rejects.toThrow(
      new GateError('no AWS region: pass --region, set `region` in the config, or set AWS_REGION')
    )
  })

  it('live mode passes the config’s deadline and accounts to the live factory', async () => {
    const dir = workspace(
      CONFIG + 'timeout-seconds: 120\naccounts:\n  "444455556666": { role: "arn:aws:iam::444455556666:role/gate" }\n'
    )
    let seen: Parameters<LiveFactory> | undefined
    const live: LiveFactory = (...args) => {
      seen = args
      throw new GateError('stop here')
    }
    await expect(runCheck({ workspace: dir, failOn: 'error', now: NOW, live, region: 'eu-west-1' })).rejects.toThrow(
      'stop here'
    )
    expect(seen?.[0]).toBe('eu-west-1')
    expect(seen?.[1]).toMatchObject({
      timeoutSeconds: 120,
      accounts: { '444455556666': { role: 'arn:aws:iam::444455556666:role/gate' } }
    })
  })

  it('explain without a config runs on the live state alone; check without one is a config error', async () => {
    const dir = workspace()
    const out = await runCheck({
      workspace: dir,
      snapshot: SHARED_SNAPSHOT,
      commandLine: true,
      failOn: 'error',
      now: NOW,
      configOptional: true,
      probe: { key: KEY, principal: ROLE, action: 'kms:DescribeKey' }
    })
    expect(out.probe?.after.decision).toBe('allowed')
    await expect(
      runCheck({ workspace: dir, snapshot: SHARED_SNAPSHOT, commandLine: true, failOn: 'error', now: NOW })
    ).rejects.toThrow(/does not exist/)
  })
})
