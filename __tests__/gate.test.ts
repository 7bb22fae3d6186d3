import type { Config } from '../src/config/types.js'
import { GateError } from '../src/errors.js'
import { runGate, withIamPaths } from '../src/gate.js'
import type { LiveState, StateProvider } from '../src/state/types.js'
import { ConditionContext } from '../src/config/context.js'

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
const ROLE = 'arn:aws:iam::111122223333:role/kms-rotation-service'
const ROOT = 'arn:aws:iam::111122223333:root'
const NOW = new Date('2026-11-29T00:00:00Z')
const state: LiveState = {
  version: 1,
  account: '111122223333',
  region: 'us-east-1',
  keys: [
    {
      arn: KEY,
      aliases: ['alias/app-data'],
      keySpec: 'SYMMETRIC_DEFAULT',
      policy: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'kms:*', Resource: '*' }]
      },
      rotation: { enabled: true, periodDays: 365, history: [{ date: '2026-06-01T00:00:00Z', type: 'AUTOMATIC' }] }
    }
  ],
  // The key policy delegates to the account: the role's identity policy grants it.
  principals: [
    {
      arn: ROLE,
      policies: [
        {
          name: 'kms',
          document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:*', Resource: '*' }] }
        }
      ],
      permissionsBoundary: null
    }
  ],
  organizationPoliciesUnread: 'organizations:ListParents on 111122223333 failed: AccessDeniedException'
}
/** A provider that answers the state and records what it was asked. */
const provider = (asked: unknown[] = []): StateProvider => ({
  mode: 'offline',
  file: 'snapshot.json',
  load: async request => (asked.push(request), state)
})
const config: Config = {
  version: 1,
  file: '.github/kms-policy-gate.yml',
  keys: [
    {
      key: 'alias/app-data',
      rotation: { principals: [ROLE], actions: ['kms:DescribeKey'], requireEnabled: true },
      ownerActions: ['kms:PutKeyPolicy'],
      principalLines: { [ROLE]: 5 },
      line: 3,
      endLine: 6
    }
  ],
  principals: [],
  context: new ConditionContext(),
  accounts: {},
  horizonDays: 400,
  cloudformation: [],
  terraform: [],
  ignore: []
}

describe('runGate', () => {
  it('asks the state for the keys and principals the run names, plans, decides and reports', async () => {
    const asked: unknown[] = []
    const result = await runGate({
      config,
      change: { keys: [{ key: 'alias/app-data', file: config.file, line: 3 }], principals: [] },
      provider: provider(asked),
      now: NOW,
      failOn: 'error'
    })
    expect(asked).toEqual([{ keys: ['alias/app-data'], principals: [ROLE] }])
    expect(result.report.checks.map(c => [c.principal, c.action, c.before, c.after])).toEqual([
      [ROLE, 'kms:DescribeKey', 'allowed', 'allowed'],
      [ROOT, 'kms:PutKeyPolicy', 'allowed', 'allowed']
    ])
    // What the state could not tell is said once: no knownPrincipals, the organization's policies unread.
    expect(result.report.findings.map(f => f.rule).sort()).toEqual(['organization-policies', 'principal-not-found'])
  })

  it('explain: a probe about a live key the config does not list is decided; an unknown key is an error', async () => {
    const probe = { key: KEY, principal: ROLE, action: 'kms:Decrypt' }
    const base = {
      config: { ...config, keys: [] },
      change: { keys: [], principals: [] },
      provider: provider(),
      now: NOW,
      failOn: 'error' as const
    }
    const result = await runGate({ ...base, probe })
    expect(result.probe).toMatchObject({ keyArn: KEY, after: { decision: 'allowed' } })
    await expect(runGate({ ...base, probe: { ...probe, key: KEY.replace('1234abcd', 'ffffffff') } })).rejects.toThrow(
      new GateError(
        `key ${KEY.replace('1234abcd', 'ffffffff')} is not in the snapshot snapshot.json, nor a key the change creates`
      )
    )
  })
})

// IAM User Guide, IAM identifiers: role and user names are unique in an account whatever the path.
describe('withIamPaths', () => {
  const PATHLESS = 'arn:aws:iam::111122223333:role/ops'
  const REAL = 'arn:aws:iam::111122223333:role/service/ops'
  const live = { ...state, principals: [], knownPrincipals: [REAL, ROLE] }
  const doc = {
    origin: { kind: 'identity' as const, name: 'p' },
    statements: [],
    statementLine: 1,
    range: { startLine: 1, endLine: 1 },
    bytes: 0,
    json: null,
    issues: []
  }

  it('gives a principal named without its path the account’s ARN, in every part of the change', () => {
    const out = withIamPaths(
      {
        keys: [],
        principals: [
          { arn: PATHLESS, policies: [{ name: 'a', document: doc }] },
          { arn: REAL, policies: [{ name: 'b', document: doc }], permissionsBoundary: null }
        ],
        attachments: [
          { principal: PATHLESS, kind: 'managed', arn: 'arn:aws:iam::111122223333:policy/x', file: 'f', line: 1 }
        ],
        removedPrincipals: [{ arn: PATHLESS, replaced: false, file: 'f', line: 2 }],
        pathless: [PATHLESS]
      },
      live
    )
    // Named both ways: one principal with both changes.
    expect(out.principals).toEqual([
      {
        arn: REAL,
        policies: [
          { name: 'a', document: doc },
          { name: 'b', document: doc }
        ],
        permissionsBoundary: null
      }
    ])
    expect(out.attachments?.[0].principal).toBe(REAL)
    expect(out.removedPrincipals?.[0].arn).toBe(REAL)
  })

  it('leaves a name the account does not have, and changes without path-less names, as they are', () => {
    const other = {
      keys: [],
      principals: [{ arn: 'arn:aws:iam::111122223333:role/nobody', policies: [] }],
      pathless: ['arn:aws:iam::111122223333:role/nobody']
    }
    expect(withIamPaths(other, live)).toBe(other)
    const none = { keys: [], principals: [{ arn: PATHLESS, policies: [] }] }
    expect(withIamPaths(none, live)).toBe(none)
  })
})
