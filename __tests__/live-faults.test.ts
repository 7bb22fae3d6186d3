/**
 * Live mode under AWS faults, through the whole CLI (CONTRACT §2, §7): what is retryable is retried
 * and gives the same report as a run without faults; what is not stops the run with exit 2 and one
 * line naming the API, the resource and, for a denial, the missing permission. Nothing passes silently.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { FaultPlan } from './helpers/fake-aws.js'
import {
  checkArgs,
  cli,
  liveAgainst,
  offline,
  readSnapshot,
  REPOS,
  startAccount,
  withoutMode,
  type CliRun
} from './helpers/live-harness.js'

const FAILING = REPOS['examples/failing']
const TWO_KEYS = REPOS['root-delegation-only']
const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
const ROTATOR = 'arn:aws:iam::111122223333:role/kms-rotation-service'
const MAX_ATTEMPTS = 4

interface LiveRun extends CliRun {
  /** Requests that reached the endpoint, per API (retries included). */
  sent: Record<string, number>
  /** Requests as the gate counts them, per API (one per distinct request, retries excluded). */
  gated: Record<string, number>
  /** Results the simulator answered: one per action of each SimulatePrincipalPolicy request. */
  simulatorResults: number
}

async function live(dir: string, faults: FaultPlan, options: { requestTimeoutMs?: number } = {}): Promise<LiveRun> {
  const fake = await startAccount(readSnapshot(dir), faults)
  try {
    const builder = liveAgainst(fake, { maxAttempts: MAX_ATTEMPTS, ...options })
    const run = await cli(checkArgs(dir), dir, builder.live)
    expect(builder.open()).toBe(0)
    const sent: Record<string, number> = {}
    for (const c of fake.calls) sent[c.api] = (sent[c.api] ?? 0) + 1
    const simulatorResults = fake.calls
      .filter(c => c.api === 'iam:SimulatePrincipalPolicy' && c.body.Marker === undefined)
      .reduce((n, c) => n + ((c.body.ActionNames as string[] | undefined)?.length ?? 0), 0)
    return { ...run, sent, gated: { ...builder.gates[0]?.calls }, simulatorResults }
  } finally {
    await fake.close()
  }
}

/** The one line a failed run prints. */
function oneLine(run: CliRun): string {
  expect(run.stdout).toBe('')
  console.log(run.stderr.trim())
  const lines = run.stderr.split('\n').filter(Boolean)
  expect(lines).toHaveLength(1)
  return lines[0]
}

const baselines = new Map<string, LiveRun>()
beforeAll(async () => {
  for (const dir of [FAILING, TWO_KEYS]) {
    const run = await live(dir, {})
    expect(run.stderr).toBe('')
    baselines.set(dir, run)
  }
})

describe('retryable faults are retried and change nothing', () => {
  test.each([
    ['kms:GetKeyPolicy', MAX_ATTEMPTS - 1],
    ['kms:DescribeKey', 2],
    ['iam:ListRoles', MAX_ATTEMPTS - 1],
    ['iam:SimulatePrincipalPolicy', 2]
  ])('a throttling burst on %s (%i requests)', async (api, burst) => {
    const base = baselines.get(FAILING) as LiveRun
    const run = await live(FAILING, { throttle: { [api]: burst } })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(base.code)
    expect(run.stdout).toBe(base.stdout)
    // The endpoint saw the retries; the gate still counts each request once.
    expect(run.sent[api]).toBe(base.sent[api] + burst)
    expect(run.gated).toEqual(base.gated)
  })

  test('slow answers within the request timeout', async () => {
    const base = baselines.get(FAILING) as LiveRun
    const run = await live(
      FAILING,
      { delayMs: { 'kms:DescribeKey': 150, 'iam:SimulatePrincipalPolicy': 150 } },
      { requestTimeoutMs: 2_000 }
    )
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe(base.stdout)
  })

  test('a short burst of 500s on GetKeyPolicy', async () => {
    const base = baselines.get(FAILING) as LiveRun
    const run = await live(FAILING, { serverError: { 'kms:GetKeyPolicy': 2 } })
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe(base.stdout)
    expect(run.sent['kms:GetKeyPolicy']).toBe(3)
  })
})

describe('faults that leave a check undecided stop the run (exit 2)', () => {
  test('a persistent 500 on GetKeyPolicy names kms:GetKeyPolicy and the key', async () => {
    const run = await live(FAILING, { serverError: { 'kms:GetKeyPolicy': Infinity } })
    expect(run.code).toBe(2)
    const line = oneLine(run)
    expect(line).toContain('kms:GetKeyPolicy')
    expect(line).toContain(KEY)
    expect(line).toContain(`after ${MAX_ATTEMPTS} attempts`)
    expect(line).not.toMatch(/\n|\s{2,}at /)
    expect(run.sent['kms:GetKeyPolicy']).toBe(MAX_ATTEMPTS)
  })

  test('throttling that outlasts the retries names the API', async () => {
    const run = await live(FAILING, { throttle: { 'iam:ListRoles': Infinity } })
    expect(run.code).toBe(2)
    const line = oneLine(run)
    expect(line).toContain('iam:ListRoles on *')
    expect(line).toContain('Throttling')
    expect(run.sent['iam:ListRoles']).toBe(MAX_ATTEMPTS)
  })

  test('answers slower than the request timeout name the API and the key', async () => {
    const run = await live(FAILING, { delayMs: { 'kms:DescribeKey': 2_000 } }, { requestTimeoutMs: 100 })
    expect(run.code).toBe(2)
    const line = oneLine(run)
    expect(line).toContain(`kms:DescribeKey on ${KEY}`)
    expect(run.sent['kms:DescribeKey']).toBe(MAX_ATTEMPTS)
  })

  test('AccessDenied on SimulatePrincipalPolicy names the permission and the principal', async () => {
    const run = await live(FAILING, { accessDenied: ['iam:SimulatePrincipalPolicy'] })
    expect(run.code).toBe(2)
    const line = oneLine(run)
    expect(line).toContain('iam:SimulatePrincipalPolicy')
    expect(line).toContain(ROTATOR)
    expect(line).toContain("the gate's role needs iam:SimulatePrincipalPolicy")
    // A denial is an answer, not a hiccup: it is not retried.
    expect(run.sent['iam:SimulatePrincipalPolicy']).toBe(1)
  })

  test('AccessDenied on GetKeyPolicy names the permission and the key', async () => {
    const run = await live(FAILING, { accessDenied: ['kms:GetKeyPolicy'] })
    expect(run.code).toBe(2)
    const line = oneLine(run)
    expect(line).toContain(`kms:GetKeyPolicy on ${KEY}`)
    expect(line).toContain("the gate's role needs kms:GetKeyPolicy on that key")
  })
})

describe('truncated pages', () => {
  let offlineReports: Map<string, string>
  beforeAll(async () => {
    offlineReports = new Map()
    for (const dir of [FAILING, TWO_KEYS]) offlineReports.set(dir, (await offline(dir)).stdout)
  })
  afterAll(() => offlineReports.clear())

  test.each([
    ['examples/failing', FAILING],
    ['root-delegation-only', TWO_KEYS]
  ])('%s: one item per page still reads everything', async (_name, dir) => {
    const base = baselines.get(dir) as LiveRun
    const run = await live(dir, { pageSize: 1 })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(base.code)
    expect(run.stdout).toBe(base.stdout)
    // The offline report too, except for mode (known explanation gaps aside, see live-agreement).
    if (dir === FAILING) expect(withoutMode(run.stdout)).toEqual(withoutMode(offlineReports.get(dir) as string))
    // Paging really happened: more list and simulator requests than without it.
    for (const api of ['iam:ListRoles', 'iam:SimulatePrincipalPolicy'])
      expect(run.sent[api]).toBeGreaterThan(base.sent[api])
    // One simulator page per evaluation result (each request covers all keys of its principal).
    expect(run.sent['iam:SimulatePrincipalPolicy']).toBe(base.simulatorResults)
  })
})
