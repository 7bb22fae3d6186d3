import type { Config } from '../../src/config/types.js'
import { ConditionContext } from '../../src/config/context.js'
import { identityKey, type IdentityOracle, type IdentityQuery, type IdentityVerdict } from '../../src/engine/types.js'
import { parsePolicyText } from '../../src/policy/parse.js'
import type { LiveState } from '../../src/state/types.js'
import { afterWorld, beforeWorld } from '../../src/worlds/build.js'
import { simulateIdentity } from '../../src/worlds/identity.js'

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
const ROLE = 'arn:aws:iam::111122223333:role/rotator'
const FOREIGN = 'arn:aws:iam::999988887777:role/rotator'
const READ = 'arn:aws:iam::444455556666:role/rotator'
const facts = { arn: KEY, keySpec: 'SYMMETRIC_DEFAULT' }
const allow = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:*', Resource: '*' }] }
const state: LiveState = {
  version: 1,
  account: '111122223333',
  otherAccounts: ['444455556666'],
  region: 'us-east-1',
  keys: [{ arn: KEY, aliases: [], policy: allow }],
  principals: [
    { arn: ROLE, policies: [{ name: 'rotation', document: allow }], permissionsBoundary: null },
    { arn: READ, policies: [], permissionsBoundary: null }
  ]
}
const config = { context: new ConditionContext() } as unknown as Config

/** An oracle that records every query and allows everything. */
function recording(): IdentityOracle & { queries: IdentityQuery[] } {
  const queries: IdentityQuery[] = []
  return {
    queries,
    async simulate(q) {
      queries.push(q)
      const out = new Map<string, IdentityVerdict>()
      for (const a of q.actions)
        for (const r of q.resources)
          out.set(identityKey(q.principal, a, r), { decision: 'allowed', missingContext: [], matched: [] })
      return out
    }
  }
}

describe('simulateIdentity', () => {
  const before = beforeWorld(state)
  const pair = (principal: string, action = 'kms:RotateKeyOnDemand') => ({ principal, action, keyArn: KEY, facts })
  const run = (oracle: IdentityOracle, after = before) =>
    simulateIdentity({
      oracle,
      pairs: [pair(ROLE), pair(FOREIGN), pair(READ), pair('arn:aws:iam::111122223333:root')],
      before,
      after,
      config,
      now: new Date('2026-11-29T00:00:00Z'),
      uniqueIds: new Map()
    })

  // IAM API reference, SimulatePrincipalPolicy: the simulator evaluates entities of the caller's account.
  it('asks about principals of the accounts read, never the root nor an account it cannot read', async () => {
    const oracle = recording()
    const verdicts = await run(oracle)
    expect(oracle.queries.map(q => q.principal).sort()).toEqual([READ, ROLE].sort())
    expect(verdicts.before.get(identityKey(ROLE, 'kms:RotateKeyOnDemand', KEY))?.decision).toBe('allowed')
    // The other account's principal is inconclusive, and says why.
    const foreign = verdicts.before.get(identityKey(FOREIGN, 'kms:RotateKeyOnDemand', KEY))
    expect(foreign).toMatchObject({ decision: 'inconclusive' })
    expect(foreign?.missingContext?.[0]).toContain('account 999988887777 is not the account the gate reads')
  })

  it('a proposed document replaces the live one in the after world; one with values known only after deployment is not sent', async () => {
    const doc = (text: string) =>
      parsePolicyText(text, {
        kind: 'identity',
        name: 'iam/rotation.json',
        file: 'iam/rotation.json',
        inlineName: 'rotation'
      })
    const proposed = doc(JSON.stringify(allow))
    const after = afterWorld(
      before,
      { keys: [], principals: [{ arn: ROLE, policies: [{ name: 'rotation', document: proposed }] }] },
      new Map()
    )
    const oracle = recording()
    await run(oracle, after)
    const afterQuery = oracle.queries.find(q => q.principal === ROLE && q.policyInputs.length)
    expect(afterQuery?.exclusions).toEqual([{ inlinePolicyName: 'rotation' }])

    const pending = { ...proposed, pending: ['!ImportValue shared-arn'] }
    const later = afterWorld(
      before,
      { keys: [], principals: [{ arn: ROLE, policies: [{ name: 'rotation', document: pending }] }] },
      new Map()
    )
    const second = recording()
    const verdicts = await run(second, later)
    expect(second.queries.filter(q => q.principal === ROLE)).toHaveLength(1)
    expect(verdicts.after.get(identityKey(ROLE, 'kms:RotateKeyOnDemand', KEY))).toMatchObject({
      decision: 'inconclusive'
    })
  })
})
