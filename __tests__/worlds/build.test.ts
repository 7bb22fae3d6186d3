import { parsePolicyText } from '../../src/policy/parse.js'
import type { ProposedChange } from '../../src/sources/types.js'
import type { LiveState } from '../../src/state/types.js'
import { afterWorld, beforeWorld, hasUnknownValues, policySetFor } from '../../src/worlds/build.js'

const ACCOUNT = '111122223333'
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`
const OTHER_KEY = 'arn:aws:kms:us-east-1:444455556666:key/5678abcd-12ab-34cd-56ef-1234567890ab'
const ROLE = `arn:aws:iam::${ACCOUNT}:role/rotator`
const OTHER_ROLE = 'arn:aws:iam::444455556666:role/rotator'
const SHARED = `arn:aws:iam::${ACCOUNT}:policy/shared`
const doc = (sid: string) => ({
  Version: '2012-10-17',
  Statement: [{ Sid: sid, Effect: 'Allow', Action: 'kms:*', Resource: '*' }]
})

const state: LiveState = {
  version: 1,
  account: ACCOUNT,
  region: 'us-east-1',
  keys: [{ arn: KEY, aliases: ['alias/app'], policy: doc('LiveKey') }],
  principals: [
    {
      arn: ROLE,
      policies: [
        { name: 'rotation', document: doc('LiveInline') },
        { managed: SHARED, document: doc('LiveManaged') }
      ],
      permissionsBoundary: { arn: `arn:aws:iam::${ACCOUNT}:policy/boundary`, document: doc('LiveBoundary') }
    }
  ],
  serviceControlPolicies: [[doc('Scp')]],
  resourceControlPolicies: [[doc('Rcp')]]
}

const sids = (docs: { statements: { sid?: string }[] }[]) => docs.map(d => d.statements[0]?.sid)
const file = (name: string, sid: string, kind: 'key' | 'identity' | 'boundary' = 'identity') =>
  parsePolicyText(JSON.stringify(doc(sid)), { kind, name, file: name })
const change = (extra: Partial<ProposedChange>): ProposedChange => ({ keys: [], principals: [], ...extra })

describe('beforeWorld and policySetFor', () => {
  it('compiles every live document once', () => {
    const before = beforeWorld(state)
    const set = policySetFor(before, KEY, ROLE)
    expect(set.keyPolicy?.statements[0].sid).toBe('LiveKey')
    expect(sids(set.identity)).toEqual(['LiveInline', 'LiveManaged'])
    expect(set.boundary?.statements[0].sid).toBe('LiveBoundary')
  })

  // Organizations User Guide: SCPs limit principals of the member accounts, RCPs resources of those accounts.
  it('SCPs apply to principals of the state’s account, RCPs to its keys, and to nothing else', () => {
    const before = beforeWorld(state)
    expect(policySetFor(before, KEY, ROLE).scps).toHaveLength(1)
    expect(policySetFor(before, KEY, ROLE).rcps).toHaveLength(1)
    expect(policySetFor(before, KEY, OTHER_ROLE).scps).toEqual([])
    expect(policySetFor(before, OTHER_KEY, ROLE).rcps).toEqual([])
    expect(policySetFor(before, OTHER_KEY, ROLE).keyPolicy).toBeNull()
  })
})

describe('afterWorld', () => {
  it('replaces the key policy, an inline policy by name and a managed policy everywhere it is attached', () => {
    const before = beforeWorld(state)
    const after = afterWorld(
      before,
      change({
        keys: [{ key: KEY, policy: file('policies/key.json', 'NewKey', 'key') }],
        principals: [{ arn: ROLE, policies: [{ name: 'rotation', document: file('iam/rotation.json', 'NewInline') }] }],
        managedPolicies: [{ managed: SHARED, document: file('iam/shared.json', 'NewManaged') }]
      }),
      new Map([[0, KEY]])
    )
    const set = policySetFor(after, KEY, ROLE)
    expect(set.keyPolicy?.statements[0].sid).toBe('NewKey')
    expect(sids(set.identity).sort()).toEqual(['NewInline', 'NewManaged'])
    const docs = after.principals.get(ROLE)!
    expect(docs.changed).toBe(true)
    // What the simulator gets instead of the live documents.
    expect(docs.exclusions).toEqual(expect.arrayContaining([{ policyArn: SHARED }, { inlinePolicyName: 'rotation' }]))
    // The before world is unchanged.
    expect(sids(policySetFor(before, KEY, ROLE).identity)).toEqual(['LiveInline', 'LiveManaged'])
  })

  it('a deleted key has no policy after; a key the change creates without one has none either', () => {
    const before = beforeWorld(state)
    const NEW = `arn:aws:kms:us-east-1:${ACCOUNT}:key/new-Reports`
    const after = afterWorld(
      before,
      change({ keys: [{ key: KEY, deleted: true }, { created: true }] }),
      new Map([
        [0, KEY],
        [1, NEW]
      ])
    )
    expect(policySetFor(after, KEY, ROLE).keyPolicy).toBeNull()
    expect(policySetFor(after, NEW, ROLE).keyPolicy).toBeNull()
  })

  it('an exclusive list removes the live policies it does not name; a removed boundary is excluded', () => {
    const after = afterWorld(
      beforeWorld(state),
      change({ principals: [{ arn: ROLE, policies: [], exclusive: { inline: [] }, permissionsBoundary: null }] }),
      new Map()
    )
    const set = policySetFor(after, KEY, ROLE)
    expect(sids(set.identity)).toEqual(['LiveManaged'])
    expect(set.boundary).toBeNull()
    expect(after.principals.get(ROLE)!.exclusions).toEqual([
      { inlinePolicyName: 'rotation' },
      { policyType: 'permission-boundary' }
    ])
  })

  it('attaching a managed policy the state does not hold makes it unknown, never empty', () => {
    const after = afterWorld(
      beforeWorld(state),
      change({
        attachments: [
          {
            principal: ROLE,
            kind: 'managed',
            arn: `arn:aws:iam::${ACCOUNT}:policy/elsewhere`,
            file: 'infra/main.tf',
            line: 12
          }
        ]
      }),
      new Map()
    )
    const added = policySetFor(after, KEY, ROLE).identity.at(-1)!
    expect(added.origin.managedArn).toBe(`arn:aws:iam::${ACCOUNT}:policy/elsewhere`)
    expect(hasUnknownValues(added)).toBe(true)
    expect(hasUnknownValues(policySetFor(after, KEY, ROLE).identity[0])).toBe(false)
  })

  // A managed policy used as a permissions boundary is still one managed policy: editing its document
  // (CreatePolicyVersion, or a changed aws_iam_policy / AWS::IAM::ManagedPolicy) changes the boundary of every
  // principal that uses it, without any change to the principal's PermissionsBoundary ARN.
  it('a changed managed policy also replaces it where it is a permissions boundary', () => {
    const BOUNDARY = `arn:aws:iam::${ACCOUNT}:policy/boundary`
    const before = beforeWorld(state)
    const after = afterWorld(
      before,
      change({ managedPolicies: [{ managed: BOUNDARY, document: file('iam/boundary.json', 'NewBoundary') }] }),
      new Map()
    )
    const boundary = policySetFor(after, KEY, ROLE).boundary!
    expect(boundary.statements[0].sid).toBe('NewBoundary')
    expect(boundary.origin).toMatchObject({ kind: 'boundary', managedArn: BOUNDARY, file: 'iam/boundary.json' })
    const docs = after.principals.get(ROLE)!
    // The simulator gets the new boundary as PermissionsBoundaryPolicyInputList.
    expect(docs.changed).toBe(true)
    expect(docs.proposedBoundary).toBe(boundary)
    expect(sids(docs.identity)).toEqual(['LiveInline', 'LiveManaged'])
    expect(policySetFor(before, KEY, ROLE).boundary!.statements[0].sid).toBe('LiveBoundary')
  })

  it('a policy the change deletes stays the boundary it is (a boundary only limits: keeping it hides no loss)', () => {
    const BOUNDARY = `arn:aws:iam::${ACCOUNT}:policy/boundary`
    const after = afterWorld(
      beforeWorld(state),
      change({ managedPolicies: [{ managed: BOUNDARY, deleted: true }] }),
      new Map()
    )
    expect(policySetFor(after, KEY, ROLE).boundary!.statements[0].sid).toBe('LiveBoundary')
    expect(after.principals.get(ROLE)!.changed).toBe(false)
  })

  it('attaching an existing policy that the change also edits attaches the edited document', () => {
    const OTHER = `arn:aws:iam::${ACCOUNT}:role/other`
    const after = afterWorld(
      beforeWorld(state),
      change({
        managedPolicies: [{ managed: SHARED, document: file('iam/shared.json', 'NewManaged') }],
        attachments: [
          { principal: OTHER, kind: 'boundary', arn: SHARED, file: 'infra/main.tf', line: 3 },
          { principal: OTHER, kind: 'managed', arn: SHARED, file: 'infra/main.tf', line: 4 }
        ]
      }),
      new Map()
    )
    const set = policySetFor(after, KEY, OTHER)
    expect(set.boundary!.statements[0].sid).toBe('NewManaged')
    expect(set.boundary!.origin.kind).toBe('boundary')
    expect(sids(set.identity)).toEqual(['NewManaged'])
  })
})

describe('key policies of a world', () => {
  it('a live key’s policy is compiled when asked for, once, and the after world’s entries sit over it', () => {
    const before = beforeWorld(state)
    expect(before.keyPolicies.has(KEY)).toBe(true)
    expect(before.keyPolicies.has(OTHER_KEY)).toBe(false)
    expect(before.keyPolicies.get(OTHER_KEY)).toBeUndefined()
    const live = before.keyPolicies.get(KEY)!
    expect(live.statements[0].sid).toBe('LiveKey')
    expect(before.keyPolicies.get(KEY)).toBe(live)
    const after = afterWorld(before, change({ keys: [{ key: KEY, deleted: true }] }), new Map([[0, KEY]]))
    expect(after.keyPolicies.get(KEY)).toBeNull()
    expect(after.keyPolicies.has(KEY)).toBe(true)
    expect(before.keyPolicies.get(KEY)).toBe(live)
  })
})

describe('detaching a managed policy', () => {
  it('from one principal leaves it on the others; deleting the policy removes it everywhere', () => {
    const OTHER = `arn:aws:iam::${ACCOUNT}:role/other`
    const twoHolders: LiveState = {
      ...state,
      principals: [
        ...state.principals,
        { arn: OTHER, policies: [{ managed: SHARED, document: doc('OtherShared') }], permissionsBoundary: null }
      ]
    }
    const detached = afterWorld(
      beforeWorld(twoHolders),
      change({ principals: [{ arn: ROLE, policies: [{ managed: SHARED, deleted: true }] }] }),
      new Map()
    )
    expect(sids(policySetFor(detached, KEY, ROLE).identity)).toEqual(['LiveInline'])
    expect(detached.principals.get(ROLE)!.exclusions).toEqual([{ policyArn: SHARED }])
    expect(sids(policySetFor(detached, KEY, OTHER).identity)).toEqual(['LiveManaged'])
    const deleted = afterWorld(
      beforeWorld(twoHolders),
      change({ managedPolicies: [{ managed: SHARED, deleted: true }] }),
      new Map()
    )
    expect(sids(policySetFor(deleted, KEY, ROLE).identity)).toEqual(['LiveInline'])
    expect(sids(policySetFor(deleted, KEY, OTHER).identity)).toEqual([])
  })
})

describe('policies attached to principals known only at deployment', () => {
  it('become every principal’s of their account, each statement under a condition nobody can decide', () => {
    const deny = parsePolicyText(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Sid: 'NoRotate', Effect: 'Deny', Action: 'kms:*', Resource: '*' }]
      }),
      { kind: 'identity', name: 'deny (Deny in infra/stack.yaml)', file: 'infra/stack.yaml' }
    )
    const after = afterWorld(
      beforeWorld(state),
      change({
        unattributed: [
          { document: deny, account: ACCOUNT },
          { document: deny, account: '444455556666' }
        ]
      }),
      new Map()
    )
    const docs = after.principals.get(ROLE)!
    const added = docs.identity.filter(d => d.origin.file === 'infra/stack.yaml')
    expect(added).toHaveLength(1)
    expect(added[0].statements[0].conditions).toEqual([
      expect.objectContaining({
        unknown: true,
        description: expect.stringContaining('deny (Deny in infra/stack.yaml)')
      })
    ])
    // It cannot go to the simulator as it is: its identity side is decided from the documents.
    expect(hasUnknownValues(added[0])).toBe(true)
    expect(docs.changed).toBe(true)
    // The document itself is not changed.
    expect(deny.statements[0].conditions).toEqual([])
  })
})

describe('exclusive attachments', () => {
  it('detach the policy from every principal they do not list', () => {
    const OTHER = `arn:aws:iam::${ACCOUNT}:role/other`
    const after = afterWorld(
      beforeWorld(state),
      change({ exclusiveAttachments: [{ policyArn: SHARED, principals: [OTHER] }] }),
      new Map()
    )
    expect(sids(policySetFor(after, KEY, ROLE).identity)).toEqual(['LiveInline'])
    expect(after.principals.get(ROLE)!.exclusions).toEqual([{ policyArn: SHARED }])
    const kept = afterWorld(
      beforeWorld(state),
      change({ exclusiveAttachments: [{ policyArn: SHARED, principals: [ROLE] }] }),
      new Map()
    )
    expect(sids(policySetFor(kept, KEY, ROLE).identity)).toEqual(['LiveInline', 'LiveManaged'])
  })
})
