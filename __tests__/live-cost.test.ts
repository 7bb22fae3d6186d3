/**
 * What a live run costs in AWS requests (issue "Cost"): O(keys + principals) reads, one
 * SimulatePrincipalPolicy request per principal for the before world plus one per principal whose
 * identity side the change touches (none for an unchanged after world), all actions and keys of a
 * principal in that one request, and no request ever sent twice.
 */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FakeCall } from './helpers/fake-aws.js'
import { checkArgs, cli, liveAgainst, readSnapshot, REPOS, startAccount } from './helpers/live-harness.js'

const SIMULATE = 'iam:SimulatePrincipalPolicy'

interface Measured {
  code: number
  perApi: Record<string, number>
  gated: Record<string, number>
  calls: FakeCall[]
}

async function measure(name: string): Promise<Measured> {
  const dir = REPOS[name]
  const fake = await startAccount(readSnapshot(dir))
  try {
    const builder = liveAgainst(fake)
    const run = await cli(checkArgs(dir), dir, builder.live)
    expect(run.stderr).toBe('')
    const perApi: Record<string, number> = {}
    for (const c of fake.calls) perApi[c.api] = (perApi[c.api] ?? 0) + 1
    const sorted = Object.fromEntries(Object.entries(perApi).sort(([a], [b]) => (a < b ? -1 : 1)))
    const total = fake.calls.length
    console.log(`AWS requests for ${name} in live mode: ${total} in all\n${JSON.stringify(sorted, null, 2)}`)
    return { code: run.code, perApi: sorted, gated: { ...builder.gates[0].calls }, calls: [...fake.calls] }
  } finally {
    await fake.close()
  }
}

/** Requests with the same API and the same parameters, sent more than once. */
function repeated(calls: FakeCall[]): string[] {
  const seen = new Map<string, number>()
  for (const c of calls) {
    const id = `${c.api} ${JSON.stringify(c.body)}`
    seen.set(id, (seen.get(id) ?? 0) + 1)
  }
  return [...seen].filter(([, n]) => n > 1).map(([id, n]) => `${n}× ${id}`)
}

describe('examples/failing', () => {
  test('request counts per API meet the design targets', async () => {
    const m = await measure('examples/failing')
    expect(m.code).toBe(1)
    // 1 key, 1 IAM principal (the rotation role: named in the config and in the live key policy; the
    // account root is not an IAM entity), account-wide lists read once.
    expect(m.perApi).toEqual({
      'iam:GetRole': 1,
      'iam:GetRolePolicy': 1,
      'iam:ListAttachedRolePolicies': 1,
      'iam:ListRolePolicies': 1,
      'iam:ListRoles': 1,
      'iam:ListUsers': 1,
      // Before world, and the after world (the change replaces the role's inline policy `rotation`).
      [SIMULATE]: 2,
      'kms:DescribeKey': 1,
      'kms:GetKeyPolicy': 1,
      'kms:GetKeyRotationStatus': 1,
      'kms:ListAliases': 1,
      'kms:ListKeyRotations': 1
    })
    expect(m.gated).toEqual(m.perApi)
    expect(repeated(m.calls)).toEqual([])

    const [before, after] = m.calls.filter(c => c.api === SIMULATE)
    const actions = [
      'kms:DescribeKey',
      'kms:EnableKeyRotation',
      'kms:GetKeyRotationStatus',
      'kms:ListKeyRotations',
      'kms:RotateKeyOnDemand'
    ]
    for (const c of [before, after]) {
      expect(c.body.PolicySourceArn).toBe('arn:aws:iam::111122223333:role/kms-rotation-service')
      expect(c.body.ActionNames).toEqual(actions)
      expect(c.body.ResourceArns).toEqual([
        'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
      ])
    }
    expect(before.body.PolicyInputList).toBeUndefined()
    expect(before.body.PolicyExclusionList).toBeUndefined()
    expect((after.body.PolicyInputList as string[]).map(d => JSON.parse(d) as unknown)).toEqual([
      JSON.parse(readFileSync(join(REPOS['examples/failing'], 'iam/rotation-inline.json'), 'utf8')) as unknown
    ])
    expect(after.body.PolicyExclusionList).toEqual([
      {
        InlinePolicyIdentifier: {
          PolicyName: 'rotation',
          AttachmentType: 'role',
          AttachmentName: 'kms-rotation-service'
        }
      }
    ])
  })
})

describe('more keys and principals', () => {
  test('root-delegation-only: one simulator request per principal, none for the unchanged after world', async () => {
    const m = await measure('root-delegation-only')
    expect(repeated(m.calls)).toEqual([])
    expect(m.gated).toEqual(m.perApi)
    // 2 keys, 2 IAM principals (the rotation role; kms-admin, an owner named in a live key policy).
    const keys = 2
    const principals = 2
    for (const api of ['kms:DescribeKey', 'kms:GetKeyPolicy', 'kms:GetKeyRotationStatus', 'kms:ListKeyRotations'])
      expect(m.perApi[api]).toBe(keys)
    for (const api of ['iam:GetRole', 'iam:ListRolePolicies', 'iam:ListAttachedRolePolicies'])
      expect(m.perApi[api]).toBe(principals)
    const reads = Object.entries(m.perApi)
      .filter(([api]) => api !== SIMULATE)
      .reduce((n, [, c]) => n + c, 0)
    expect(reads).toBeLessThanOrEqual(4 * keys + 6 * principals + 3)
    // The identity side of no principal changes: the before world only, each principal once, all its keys at once.
    const simulated = m.calls.filter(c => c.api === SIMULATE)
    expect(simulated.map(c => c.body.PolicySourceArn).sort()).toEqual([
      'arn:aws:iam::111122223333:role/kms-admin',
      'arn:aws:iam::111122223333:role/kms-rotation-service'
    ])
    expect(
      simulated.every(
        c => c.body.PolicyInputList === undefined && c.body.PermissionsBoundaryPolicyInputList === undefined
      )
    ).toBe(true)
    const rotator = simulated.find(c => String(c.body.PolicySourceArn).endsWith('/kms-rotation-service')) as FakeCall
    expect(rotator.body.ResourceArns).toHaveLength(2)
  })

  test('boundary-blocks: the proposed boundary goes in the after-world request, the live one is not excluded', async () => {
    const m = await measure('boundary-blocks')
    expect(repeated(m.calls)).toEqual([])
    const [before, after] = m.calls.filter(c => c.api === SIMULATE)
    expect(m.perApi[SIMULATE]).toBe(2)
    expect(before.body.PermissionsBoundaryPolicyInputList).toBeUndefined()
    expect(after.body.PermissionsBoundaryPolicyInputList).toHaveLength(1)
    expect(after.body.PolicyInputList).toBeUndefined()
    expect(after.body.PolicyExclusionList).toBeUndefined()
  })

  test('new-principal: a role the change creates is never sent to the simulator', async () => {
    const m = await measure('new-principal')
    expect(repeated(m.calls)).toEqual([])
    // It is looked up once (it does not exist); the existing role's identity side is unchanged.
    expect(
      m.calls
        .filter(c => c.api === 'iam:GetRole')
        .map(c => c.body.RoleName)
        .sort()
    ).toEqual(['kms-rotation-service', 'kms-rotation-v2'])
    expect(m.calls.filter(c => c.api === SIMULATE).map(c => c.body.PolicySourceArn)).toEqual([
      'arn:aws:iam::111122223333:role/kms-rotation-service'
    ])
  })
})
