import type { Config, KeyConfig } from '../../src/config/types.js'
import { evaluateKey, type RunContext } from '../../src/gate/key.js'
import { planKeys } from '../../src/gate/plan.js'
import { parsePolicyText } from '../../src/policy/parse.js'
import type { ProposedChange } from '../../src/sources/types.js'
import type { LiveState } from '../../src/state/types.js'
import { afterWorld, beforeWorld } from '../../src/worlds/build.js'
import { ConditionContext } from '../../src/config/context.js'

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
const ROLE = 'arn:aws:iam::111122223333:role/kms-rotation-service'
const ROOT = 'arn:aws:iam::111122223333:root'
const NOW = new Date('2026-11-29T00:00:00Z')
const ACTIONS = ['kms:RotateKeyOnDemand', 'kms:DescribeKey']
const statements = (...extra: object[]) => [
  { Sid: 'Root', Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'kms:*', Resource: '*' },
  { Sid: 'Rotate', Effect: 'Allow', Principal: { AWS: ROLE }, Action: ACTIONS, Resource: '*' },
  ...extra
]
const state: LiveState = {
  version: 1,
  account: '111122223333',
  region: 'us-east-1',
  keys: [
    {
      arn: KEY,
      aliases: ['alias/app-data'],
      keySpec: 'SYMMETRIC_DEFAULT',
      keyManager: 'CUSTOMER',
      origin: 'AWS_KMS',
      policy: { Version: '2012-10-17', Statement: statements() },
      rotation: { enabled: true, periodDays: 365, history: [{ date: '2026-06-01T00:00:00Z', type: 'AUTOMATIC' }] }
    }
  ],
  principals: [{ arn: ROLE, policies: [], permissionsBoundary: null }],
  knownPrincipals: [ROLE]
}
const keyConfig: KeyConfig = {
  key: KEY,
  name: 'app-data',
  rotation: { principals: [ROLE], actions: ACTIONS, requireEnabled: true },
  ownerActions: ['kms:PutKeyPolicy'],
  principalLines: { [ROLE]: 6 },
  line: 4,
  endLine: 7
}
const config: Config = {
  version: 1,
  file: '.github/kms-policy-gate.yml',
  keys: [keyConfig],
  principals: [],
  context: new ConditionContext(),
  accounts: {},
  horizonDays: 400,
  cloudformation: [],
  terraform: [],
  ignore: []
}
/** The proposed key policy, one statement per line from line 3. */
const proposed = (...extra: object[]) =>
  parsePolicyText(
    `{\n"Version": "2012-10-17", "Statement": [\n${statements(...extra)
      .map(s => JSON.stringify(s))
      .join(',\n')}\n]}\n`,
    { kind: 'key', name: 'policies/key.json', file: 'policies/key.json' }
  )

function evaluate(change: ProposedChange, probe?: { principal: string; action: string }) {
  const [plan] = planKeys(config, change, state)
  const before = beforeWorld(state)
  const ctx: RunContext = {
    config,
    before,
    after: afterWorld(before, change, new Map([[0, plan.keyArn]])),
    now: NOW,
    uniqueIds: new Map(),
    removed: new Map((change.removedPrincipals ?? []).map(r => [r.arn, r])),
    configured: new Set([ROLE]),
    readAccounts: ['111122223333']
  }
  return evaluateKey(ctx, plan, change.keys[0], probe)
}

describe('evaluateKey', () => {
  it('decides every rotation and owner check in both worlds; an unchanged policy finds nothing', () => {
    const out = evaluate({ keys: [{ key: KEY, policy: proposed() }], principals: [] })
    expect(out.checks.map(c => [c.principal, c.action, c.before, c.after])).toEqual([
      [ROLE, 'kms:RotateKeyOnDemand', 'allowed', 'allowed'],
      [ROLE, 'kms:DescribeKey', 'allowed', 'allowed'],
      [ROOT, 'kms:PutKeyPolicy', 'allowed', 'allowed']
    ])
    expect(out.findings).toEqual([])
  })

  it('a Deny the change adds: rotation-access-lost at the Deny', () => {
    const deny = {
      Sid: 'NoOnDemand',
      Effect: 'Deny',
      Principal: { AWS: ROLE },
      Action: 'kms:RotateKeyOnDemand',
      Resource: '*'
    }
    const out = evaluate({ keys: [{ key: KEY, policy: proposed(deny) }], principals: [] })
    expect(out.findings).toEqual([
      expect.objectContaining({
        rule: 'rotation-access-lost',
        principal: ROLE,
        action: 'kms:RotateKeyOnDemand',
        file: 'policies/key.json',
        startLine: 5,
        endLine: 5
      })
    ])
  })

  it('a principal the change deletes loses its access, at the resource that deletes it', () => {
    const out = evaluate({
      keys: [{ key: KEY }],
      principals: [],
      removedPrincipals: [{ arn: ROLE, replaced: false, file: 'infra/iam.tf', line: 12 }]
    })
    expect(out.checks.filter(c => c.principal === ROLE).map(c => c.after)).toEqual(['implicit-deny', 'implicit-deny'])
    expect(
      out.findings.map(f => [f.rule, f.file, f.startLine, f.message.endsWith(`the change deletes ${ROLE}`)])
    ).toEqual([
      ['rotation-access-lost', 'infra/iam.tf', 12, true],
      ['rotation-access-lost', 'infra/iam.tf', 12, true]
    ])
  })

  it('the probe of explain is decided like a check', () => {
    const out = evaluate(
      { keys: [{ key: KEY, policy: proposed() }], principals: [] },
      { principal: ROLE, action: 'kms:Decrypt' }
    )
    expect(out.probe).toMatchObject({
      keyArn: KEY,
      before: { decision: 'implicit-deny' },
      after: { decision: 'implicit-deny' }
    })
  })
})
