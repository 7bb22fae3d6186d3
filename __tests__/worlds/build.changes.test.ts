import { parsePolicyText } from '../../src/policy/parse.js'
import type { PolicyDocument } from '../../src/policy/types.js'
import type { ProposedAttachment, ProposedChange } from '../../src/sources/types.js'
import type { LiveState } from '../../src/state/types.js'
import { afterWorld, beforeWorld, hasUnknownValues, policySetFor } from '../../src/worlds/build.js'

const ACCOUNT = '111122223333'
const MEMBER = '444455556666'
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`
const BARE_KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/0987dcba-09fe-87dc-65ba-ab0987654321`
const MEMBER_KEY = `arn:aws:kms:us-east-1:${MEMBER}:key/5678abcd-12ab-34cd-56ef-1234567890ab`
const ROLE = `arn:aws:iam::${ACCOUNT}:role/rotator`
const USER = `arn:aws:iam::${ACCOUNT}:user/admin`
const MEMBER_ROLE = `arn:aws:iam::${MEMBER}:role/rotator`
const NEW_ROLE = `arn:aws:iam::${ACCOUNT}:role/created`
const SHARED = `arn:aws:iam::${ACCOUNT}:policy/shared`
const AUDIT = `arn:aws:iam::${ACCOUNT}:policy/audit`
const BOUNDARY = `arn:aws:iam::${ACCOUNT}:policy/boundary`

const doc = (sid: string) => ({
  Version: '2012-10-17',
  Statement: [{ Sid: sid, Effect: 'Allow', Action: 'kms:*', Resource: '*' }]
})

const state: LiveState = {
  version: 1,
  account: ACCOUNT,
  region: 'us-east-1',
  otherAccounts: [MEMBER],
  keys: [
    { arn: KEY, aliases: ['alias/app', 'alias/second'], policy: doc('LiveKey') },
    { arn: BARE_KEY, aliases: [], policy: doc('BareKey') },
    { arn: MEMBER_KEY, aliases: [], policy: doc('MemberKey') }
  ],
  principals: [
    {
      arn: ROLE,
      policies: [
        { name: 'rotation', document: doc('RoleInline') },
        { managed: SHARED, document: doc('Shared') }
      ],
      permissionsBoundary: { arn: BOUNDARY, document: doc('Boundary') }
    },
    {
      arn: USER,
      policies: [
        { managed: SHARED, document: doc('Shared') },
        { managed: AUDIT, document: doc('Audit') }
      ],
      permissionsBoundary: null
    },
    { arn: MEMBER_ROLE, policies: [{ name: 'rotation', document: doc('MemberInline') }], permissionsBoundary: null }
  ],
  serviceControlPolicies: [[doc('RootScp')], [doc('OuScp'), doc('OuScp2')]],
  resourceControlPolicies: [[doc('RootRcp')]]
}

const sids = (docs: PolicyDocument[]) => docs.map(d => d.statements[0]?.sid)
const file = (name: string, sid: string, kind: 'key' | 'identity' | 'boundary' = 'identity') =>
  parsePolicyText(JSON.stringify(doc(sid)), { kind, name, file: name })
const change = (extra: Partial<ProposedChange>): ProposedChange => ({ keys: [], principals: [], ...extra })
const attach = (a: Omit<ProposedAttachment, 'file' | 'line'>): ProposedAttachment => ({
  file: 'infra/main.tf',
  line: 30,
  ...a
})
const after = (extra: Partial<ProposedChange>, keyArns = new Map<number, string>()) =>
  afterWorld(beforeWorld(state), change(extra), keyArns)

describe('beforeWorld', () => {
  it('names every live document after where it comes from', () => {
    const before = beforeWorld(state)
    expect(before.keyPolicies.get(KEY)?.origin).toEqual({ kind: 'key', name: 'live key policy of alias/app' })
    expect(before.keyPolicies.get(BARE_KEY)?.origin).toEqual({ kind: 'key', name: `live key policy of ${BARE_KEY}` })
    const role = before.principals.get(ROLE)!
    expect(role.identity.map(d => d.origin)).toEqual([
      { kind: 'identity', name: `live inline policy rotation of ${ROLE}`, inlineName: 'rotation' },
      { kind: 'identity', name: `live managed policy ${SHARED}`, managedArn: SHARED }
    ])
    expect(role.boundary?.origin).toEqual({ kind: 'boundary', name: `live boundary ${BOUNDARY}`, managedArn: BOUNDARY })
    expect(role).toMatchObject({ changed: false, inputs: [], exclusions: [] })
    expect(before.scps.map(level => level.map(d => d.origin.name))).toEqual([
      ['SCP level 1 #1'],
      ['SCP level 2 #1', 'SCP level 2 #2']
    ])
    expect(before.rcps.map(level => level.map(d => d.origin))).toEqual([[{ kind: 'rcp', name: 'RCP level 1 #1' }]])
    expect(before).toMatchObject({ name: 'before', account: ACCOUNT, otherAccounts: [MEMBER] })
  })

  it('a managed policy attached to two principals is compiled once', () => {
    const before = beforeWorld(state)
    expect(before.principals.get(ROLE)!.identity[1]).toBe(before.principals.get(USER)!.identity[0])
  })

  it('a state without organization policies or other accounts has none', () => {
    const bare = beforeWorld({
      ...state,
      serviceControlPolicies: undefined,
      resourceControlPolicies: undefined,
      otherAccounts: undefined
    })
    expect(bare).toMatchObject({ scps: [], rcps: [], otherAccounts: [] })
    expect(policySetFor(bare, KEY, ROLE)).toMatchObject({ scps: [], rcps: [] })
  })
})

// Organizations User Guide, orgs_manage_policies_scps: SCPs limit the IAM principals of the accounts they apply
// to; orgs_manage_policies_rcps: RCPs limit the resources of those accounts. The state's levels are its account's.
describe('policySetFor', () => {
  it('the state’s SCP levels apply to its account’s principals, its RCP levels to its account’s keys', () => {
    const before = beforeWorld(state)
    const own = policySetFor(before, KEY, ROLE)
    expect(own.scps.map(sids)).toEqual([['RootScp'], ['OuScp', 'OuScp2']])
    expect(own.rcps.map(sids)).toEqual([['RootRcp']])
    // A principal of another account read in full: the state holds no SCPs of its account.
    expect(policySetFor(before, KEY, MEMBER_ROLE)).toMatchObject({ scps: [], rcps: own.rcps })
    expect(policySetFor(before, MEMBER_KEY, ROLE)).toMatchObject({ scps: own.scps, rcps: [] })
    expect(policySetFor(before, KEY, `arn:aws:iam::${ACCOUNT}:root`).scps).toBe(own.scps)
    // A service principal belongs to no account of the organization.
    expect(policySetFor(before, KEY, 'kms.amazonaws.com').scps).toEqual([])
  })

  it('each principal gets its own documents; a principal or key the world does not hold has none', () => {
    const before = beforeWorld(state)
    expect(sids(policySetFor(before, KEY, USER).identity)).toEqual(['Shared', 'Audit'])
    expect(policySetFor(before, KEY, USER).boundary).toBeNull()
    expect(sids(policySetFor(before, MEMBER_KEY, MEMBER_ROLE).identity)).toEqual(['MemberInline'])
    expect(policySetFor(before, MEMBER_KEY, MEMBER_ROLE).keyPolicy?.statements[0].sid).toBe('MemberKey')
    const unknown = policySetFor(before, KEY.replace('1234abcd', 'ffffffff'), `arn:aws:iam::${ACCOUNT}:role/nobody`)
    expect(unknown).toMatchObject({ keyPolicy: null, identity: [], boundary: null })
  })
})

describe('afterWorld: identity policies', () => {
  it('a deleted managed policy leaves every principal it was attached to, and is excluded from their simulation', () => {
    const world = after({ managedPolicies: [{ managed: SHARED, deleted: true }] })
    expect(sids(policySetFor(world, KEY, ROLE).identity)).toEqual(['RoleInline'])
    expect(sids(policySetFor(world, KEY, USER).identity)).toEqual(['Audit'])
    for (const arn of [ROLE, USER])
      expect(world.principals.get(arn)).toMatchObject({
        changed: true,
        inputs: [],
        exclusions: [{ policyArn: SHARED }]
      })
    expect(world.principals.get(MEMBER_ROLE)?.changed).toBe(false)
  })

  it('a managed policy proposed under one principal changes it for every principal it is attached to', () => {
    const shared = file('iam/shared.json', 'NewShared')
    const world = after({ principals: [{ arn: ROLE, policies: [{ managed: SHARED, document: shared }] }] })
    expect(sids(policySetFor(world, KEY, USER).identity)).toEqual(['NewShared', 'Audit'])
    expect(world.principals.get(USER)).toMatchObject({ changed: true, exclusions: [{ policyArn: SHARED }] })
    expect(world.principals.get(USER)!.inputs).toEqual([shared])
  })

  it('a managed policy new to a principal is added as an input, with nothing excluded', () => {
    const audit = file('iam/audit.json', 'NewAudit')
    const world = after({ principals: [{ arn: NEW_ROLE, policies: [{ managed: `${AUDIT}-v2`, document: audit }] }] })
    expect(world.principals.get(NEW_ROLE)).toEqual({
      identity: [audit],
      boundary: null,
      changed: true,
      inputs: [audit],
      exclusions: []
    })
  })

  it('inline policies: a new name is added, a deleted one removed and excluded, deleting an absent one excludes nothing', () => {
    const extra = file('iam/extra.json', 'Extra')
    const world = after({
      principals: [
        {
          arn: ROLE,
          policies: [
            { name: 'rotation', deleted: true },
            { name: 'extra', document: extra }
          ]
        },
        { arn: USER, policies: [{ name: 'never-there', deleted: true }] }
      ]
    })
    expect(sids(policySetFor(world, KEY, ROLE).identity)).toEqual(['Shared', 'Extra'])
    expect(world.principals.get(ROLE)).toMatchObject({
      changed: true,
      inputs: [extra],
      exclusions: [{ inlinePolicyName: 'rotation' }]
    })
    expect(world.principals.get(USER)).toMatchObject({ changed: true, inputs: [], exclusions: [] })
    expect(sids(policySetFor(world, KEY, USER).identity)).toEqual(['Shared', 'Audit'])
  })

  it('an exclusive managed list removes the managed policies it does not name', () => {
    const world = after({ principals: [{ arn: USER, policies: [], exclusive: { managed: [AUDIT] } }] })
    expect(sids(policySetFor(world, KEY, USER).identity)).toEqual(['Audit'])
    expect(world.principals.get(USER)!.exclusions).toEqual([{ policyArn: SHARED }])
    const both = after({
      principals: [{ arn: ROLE, policies: [], exclusive: { managed: [SHARED], inline: ['rotation'] } }]
    })
    expect(sids(policySetFor(both, KEY, ROLE).identity)).toEqual(['RoleInline', 'Shared'])
    expect(both.principals.get(ROLE)).toMatchObject({ changed: false, exclusions: [] })
  })

  it('a proposed boundary replaces the live one and goes to the simulation as such', () => {
    const boundary = file('iam/boundary.json', 'NewBoundary', 'boundary')
    const world = after({ principals: [{ arn: ROLE, policies: [], permissionsBoundary: boundary }] })
    expect(policySetFor(world, KEY, ROLE).boundary).toBe(boundary)
    expect(world.principals.get(ROLE)).toMatchObject({ changed: true, proposedBoundary: boundary, exclusions: [] })
    // Undefined: no change to the boundary.
    const unchanged = after({ principals: [{ arn: ROLE, policies: [] }] })
    expect(policySetFor(unchanged, KEY, ROLE).boundary?.statements[0].sid).toBe('Boundary')
  })

  it('the before world is left as it was', () => {
    const before = beforeWorld(state)
    const world = afterWorld(
      before,
      change({
        managedPolicies: [{ managed: SHARED, deleted: true }],
        principals: [{ arn: ROLE, policies: [], permissionsBoundary: null }]
      }),
      new Map()
    )
    expect(world.name).toBe('after')
    expect(world.scps).toBe(before.scps)
    expect(sids(policySetFor(before, KEY, ROLE).identity)).toEqual(['RoleInline', 'Shared'])
    expect(policySetFor(before, KEY, ROLE).boundary?.statements[0].sid).toBe('Boundary')
    expect(before.principals.get(USER)).toMatchObject({ changed: false, exclusions: [] })
  })
})

describe('afterWorld: keys', () => {
  it('a key is changed only through the ARN it maps to; a created key keeps a live policy it already has', () => {
    const policy = file('policies/key.json', 'NewKey', 'key')
    const world = after(
      { keys: [{ key: KEY, policy }, { key: BARE_KEY, deleted: true }, { created: true }, { key: MEMBER_KEY }] },
      new Map([
        [0, KEY],
        [2, BARE_KEY.replace('0987dcba', 'aaaaaaaa')],
        [3, MEMBER_KEY]
      ])
    )
    expect(world.keyPolicies.get(KEY)).toBe(policy)
    // Not mapped: the deletion is not applied.
    expect(world.keyPolicies.get(BARE_KEY)?.statements[0].sid).toBe('BareKey')
    expect(world.keyPolicies.get(BARE_KEY.replace('0987dcba', 'aaaaaaaa'))).toBeNull()
    // Neither a policy nor a deletion: the live policy stays.
    expect(world.keyPolicies.get(MEMBER_KEY)?.statements[0].sid).toBe('MemberKey')
    const created = after({ keys: [{ created: true }] }, new Map([[0, KEY]]))
    expect(created.keyPolicies.get(KEY)?.statements[0].sid).toBe('LiveKey')
  })
})

describe('afterWorld: attachments by ARN', () => {
  it('attaching a managed policy the state holds uses its live document', () => {
    const world = after({ attachments: [attach({ principal: ROLE, kind: 'managed', arn: AUDIT })] })
    const added = policySetFor(world, KEY, ROLE).identity
    expect(sids(added)).toEqual(['RoleInline', 'Shared', 'Audit'])
    expect(added[2].origin).toEqual({ kind: 'identity', name: `live managed policy ${AUDIT}`, managedArn: AUDIT })
    expect(hasUnknownValues(added[2])).toBe(false)
    expect(world.principals.get(ROLE)).toMatchObject({ changed: true, exclusions: [] })
    expect(world.principals.get(ROLE)!.inputs).toEqual([added[2]])
  })

  it('attaching what is already attached changes nothing', () => {
    const world = after({ attachments: [attach({ principal: ROLE, kind: 'managed', arn: SHARED })] })
    expect(sids(policySetFor(world, KEY, ROLE).identity)).toEqual(['RoleInline', 'Shared'])
    expect(world.principals.get(ROLE)!.changed).toBe(false)
  })

  it('a boundary attached by ARN is the live document, as a boundary', () => {
    const world = after({ attachments: [attach({ principal: USER, kind: 'boundary', arn: AUDIT })] })
    const boundary = policySetFor(world, KEY, USER).boundary!
    expect(boundary.statements[0].sid).toBe('Audit')
    expect(boundary.origin).toMatchObject({ kind: 'boundary', managedArn: AUDIT })
    expect(world.principals.get(USER)!.proposedBoundary).toBe(boundary)
  })

  it('a policy ARN known only after deployment is an unknown document at the line that attaches it', () => {
    const world = after({
      attachments: [
        attach({ principal: NEW_ROLE, kind: 'managed', arn: 'aws_iam_policy.audit.arn', unknown: true }),
        attach({ principal: ROLE, kind: 'boundary', arn: 'aws_iam_policy.b.arn', unknown: true })
      ]
    })
    const [added] = policySetFor(world, KEY, NEW_ROLE).identity
    expect(added.origin).toEqual({
      kind: 'identity',
      name: 'unresolved policy aws_iam_policy.audit.arn',
      file: 'infra/main.tf',
      managedArn: 'aws_iam_policy.audit.arn'
    })
    expect(hasUnknownValues(added)).toBe(true)
    expect(added.statements.map(s => [s.effect, s.range.startLine])).toEqual([
      ['Allow', 30],
      ['Deny', 30]
    ])
    // A boundary set to an ARN known only after deployment is unknown, never dropped or guessed.
    const boundary = policySetFor(world, KEY, ROLE).boundary!
    expect(hasUnknownValues(boundary)).toBe(true)
    expect(boundary.origin).toMatchObject({ kind: 'boundary', managedArn: 'aws_iam_policy.b.arn' })
    expect(world.principals.get(ROLE)!.proposedBoundary).toBe(boundary)
  })
})
