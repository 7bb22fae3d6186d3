import { decide } from '../../src/engine/evaluate.js'
import { buildRequest } from '../../src/engine/request.js'
import type { Decision, MissingLayer, PolicySet, StatementRef } from '../../src/engine/types.js'
import { parsePolicyText } from '../../src/policy/parse.js'
import type { PolicyDocument, PolicyOrigin } from '../../src/policy/types.js'
import { locateLoss, refLocation, sameSidOrStatementKey } from '../../src/rules/locate.js'
import { KEY, NOW, ROLE, ROOT } from '../helpers/engine.js'

const ROTATE = 'kms:RotateKeyOnDemand'
const fallback = { file: '.github/kms-policy-gate.yml', startLine: 4, endLine: 9 }

/**
 * A pretty-printed policy: the `Statement` key on line 3, then each statement from its `{` to its `}` with one
 * line per element. Statements with five elements take lines 4-10, 11-17, …; with four elements 4-9, 10-15, ….
 */
const text = (...statements: Record<string, unknown>[]): string =>
  [
    '{',
    '  "Version": "2012-10-17",',
    '  "Statement": [',
    statements
      .map(s =>
        [
          '    {',
          Object.entries(s)
            .map(([k, v]) => `      ${JSON.stringify(k)}: ${JSON.stringify(v)}`)
            .join(',\n'),
          '    }'
        ].join('\n')
      )
      .join(',\n'),
    '  ]',
    '}'
  ].join('\n')
const parsed = (origin: PolicyOrigin, ...statements: Record<string, unknown>[]): PolicyDocument =>
  parsePolicyText(text(...statements), origin)

const KEY_FILE: PolicyOrigin = { kind: 'key', name: 'policies/key.json', file: 'policies/key.json' }
const root = { Sid: 'Root', Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'kms:*', Resource: '*' }
const rotate = { Sid: 'Rotate', Effect: 'Allow', Principal: { AWS: ROLE }, Action: ROTATE, Resource: '*' }
const viaIam = (action: string) => ({ Sid: 'RotateViaIam', Effect: 'Allow', Action: action, Resource: '*' })
const limit = (action: string) => ({ Sid: 'Limit', Effect: 'Allow', Action: action, Resource: '*' })
const list = { Sid: 'List', Effect: 'Allow', Action: 'kms:List*', Resource: '*' }
const set = (extra: Partial<PolicySet> = {}): PolicySet => ({
  keyPolicy: null,
  identity: [],
  boundary: null,
  scps: [],
  rcps: [],
  ...extra
})

const ref = (
  origin: PolicyOrigin,
  sid: string | undefined,
  range: [number, number],
  effect = 'Allow'
): StatementRef => ({
  origin,
  index: 0,
  sid,
  effect: effect as 'Allow' | 'Deny',
  range: { startLine: range[0], endLine: range[1] }
})
const allowedBy = (...allows: StatementRef[]): Decision => ({ decision: 'allowed', denies: [], allows, missing: [] })
const lacking = (...missing: MissingLayer[]): Decision => ({
  decision: 'implicit-deny',
  denies: [],
  allows: [],
  missing
})
const deniedBy = (...denies: StatementRef[]): Decision => ({
  decision: 'explicit-deny',
  denies,
  allows: [],
  missing: []
})

describe('refLocation', () => {
  it('the lines of a statement in a repository file; nothing for a live statement or an unknown line', () => {
    expect(refLocation(ref(KEY_FILE, 'Rotate', [4, 10]))).toEqual({
      file: 'policies/key.json',
      startLine: 4,
      endLine: 10
    })
    expect(refLocation(ref({ kind: 'key', name: 'live key policy of app-data' }, 'Rotate', [4, 10]))).toBeUndefined()
    expect(refLocation(ref(KEY_FILE, 'Rotate', [0, 0]))).toBeUndefined()
  })
})

describe('sameSidOrStatementKey', () => {
  const doc = parsed(KEY_FILE, root, rotate)

  it('the whole statement with that Sid, else the `Statement` key', () => {
    expect(sameSidOrStatementKey(doc, 'Rotate')).toEqual({ file: 'policies/key.json', startLine: 11, endLine: 17 })
    expect(sameSidOrStatementKey(doc, 'Gone')).toEqual({ file: 'policies/key.json', startLine: 3, endLine: 3 })
    // The Sid is compared exactly as written.
    expect(sameSidOrStatementKey(doc, 'rotate')?.startLine).toBe(3)
  })

  it('nothing for a document that is not in the repository', () => {
    expect(sameSidOrStatementKey(parsed({ kind: 'key', name: 'live key policy' }, root), 'Root')).toBeUndefined()
  })
})

describe('locateLoss: an explicit Deny', () => {
  const live = ref({ kind: 'scp', name: 'scp p-123' }, 'DenyKms', [4, 9], 'Deny')
  const inRepo = ref(KEY_FILE, 'NoOnDemand', [11, 17], 'Deny')

  it('the first Deny that is in the repository, past live ones', () => {
    expect(locateLoss(null, deniedBy(live, inRepo), set(), fallback)).toEqual({
      file: 'policies/key.json',
      startLine: 11,
      endLine: 17
    })
  })

  it('only live Denies: the key entry of the config', () => {
    expect(locateLoss(null, deniedBy(live), set(), fallback)).toEqual(fallback)
  })

  it('an undecided Deny of an inconclusive decision points at that Deny too', () => {
    const after: Decision = {
      decision: 'inconclusive',
      denies: [inRepo],
      allows: [],
      missing: [],
      unknownKeys: ['aws:SourceVpc'],
      scenarios: { favour: 'allowed', against: 'explicit-deny' }
    }
    expect(locateLoss(null, after, set(), fallback)).toEqual({ file: 'policies/key.json', startLine: 11, endLine: 17 })
  })
})

describe('locateLoss: an Allow that disappeared', () => {
  it('key policy: the first missing layer with a repository document decides', () => {
    const keyPolicy = parsed(KEY_FILE, root, rotate)
    const before = allowedBy(ref(KEY_FILE, 'Rotate', [4, 10]))
    const after = lacking({ layer: 'scp', level: 0 }, { layer: 'key-policy' })
    expect(locateLoss(before, after, set({ keyPolicy }), fallback)).toEqual({
      file: 'policies/key.json',
      startLine: 11,
      endLine: 17
    })
  })

  it('permissions boundary: the proposed boundary at the Sid that used to allow', () => {
    // IAM User Guide, access_policies_boundaries: a boundary limits what the role's policies grant.
    const origin: PolicyOrigin = { kind: 'boundary', name: 'iam/boundary.json', file: 'iam/boundary.json' }
    const before = set({
      keyPolicy: parsed(KEY_FILE, root),
      identity: [parsed({ kind: 'identity', name: 'rotation', inlineName: 'rotation' }, viaIam('kms:*'))],
      boundary: parsed(origin, limit('kms:*'))
    })
    const after = { ...before, boundary: parsed(origin, list, limit('kms:Describe*')) }
    const request = buildRequest(ROLE, ROTATE, KEY, NOW)
    const b = decide(request, before)
    const a = decide(request, after)
    expect([b.decision, a.decision, a.missing]).toEqual(['allowed', 'implicit-deny', [{ layer: 'boundary' }]])
    expect(locateLoss(b, a, after, fallback)).toEqual({ file: 'iam/boundary.json', startLine: 10, endLine: 15 })
    // A live boundary explains nothing in the repository.
    const liveBoundary = {
      ...after,
      boundary: parsed({ kind: 'boundary', name: 'live boundary' }, limit('kms:Describe*'))
    }
    expect(locateLoss(b, decide(request, liveBoundary), liveBoundary, fallback)).toEqual(fallback)
  })

  it('identity: the proposed document that replaces the inline policy that used to allow', () => {
    const other: PolicyOrigin = {
      kind: 'identity',
      name: 'iam/other.json',
      file: 'iam/other.json',
      inlineName: 'other'
    }
    const rotation: PolicyOrigin = {
      kind: 'identity',
      name: 'iam/rotation.json',
      file: 'iam/rotation.json',
      inlineName: 'rotation'
    }
    const keyPolicy = parsed({ kind: 'key', name: 'live key policy of app-data' }, root)
    const before = set({ keyPolicy, identity: [parsed(rotation, viaIam(ROTATE))] })
    const after = set({
      keyPolicy,
      identity: [parsed(other, list), parsed(rotation, list, viaIam('kms:DescribeKey'))]
    })
    const request = buildRequest(ROLE, ROTATE, KEY, NOW)
    const a = decide(request, after)
    expect(a.missing).toEqual([{ layer: 'identity' }])
    expect(locateLoss(decide(request, before), a, after, fallback)).toEqual({
      file: 'iam/rotation.json',
      startLine: 10,
      endLine: 15
    })
  })

  it('identity: a managed policy is matched by its ARN', () => {
    const arn = 'arn:aws:iam::111122223333:policy/kms-rotation'
    const was = ref({ kind: 'identity', name: arn, managedArn: arn }, 'RotateViaIam', [0, 0])
    const proposed = parsed(
      { kind: 'identity', name: 'iam/managed.json', file: 'iam/managed.json', managedArn: arn },
      list,
      viaIam('kms:DescribeKey')
    )
    const first = parsed({ kind: 'identity', name: 'iam/first.json', file: 'iam/first.json' }, list)
    expect(
      locateLoss(allowedBy(was), lacking({ layer: 'identity' }), set({ identity: [first, proposed] }), fallback)
    ).toEqual({ file: 'iam/managed.json', startLine: 10, endLine: 15 })
  })

  it('identity: no proposed document replaces one that allowed: the first proposed one, at its `Statement` key', () => {
    const live = parsed({ kind: 'identity', name: 'inline rotation', inlineName: 'rotation' }, list)
    const proposed = parsed({ kind: 'identity', name: 'iam/new.json', file: 'iam/new.json' }, list)
    const was = ref({ kind: 'identity', name: 'inline rotation', inlineName: 'rotation' }, 'RotateViaIam', [0, 0])
    expect(
      locateLoss(allowedBy(was), lacking({ layer: 'identity' }), set({ identity: [live, proposed] }), fallback)
    ).toEqual({ file: 'iam/new.json', startLine: 3, endLine: 3 })
  })

  it('identity without a proposed identity document: the key-policy statement that used to delegate', () => {
    const keyPolicy = parsed(KEY_FILE, rotate, root)
    const live = parsed({ kind: 'identity', name: 'inline rotation', inlineName: 'rotation' }, list)
    const before = allowedBy(ref(KEY_FILE, 'Root', [4, 10]))
    expect(locateLoss(before, lacking({ layer: 'identity' }), set({ keyPolicy, identity: [live] }), fallback)).toEqual({
      file: 'policies/key.json',
      startLine: 11,
      endLine: 17
    })
    // Nothing allowed before through the key policy: nothing in the repository to point at.
    expect(locateLoss(null, lacking({ layer: 'identity' }), set({ keyPolicy, identity: [live] }), fallback)).toEqual(
      fallback
    )
  })

  it('layers without a repository document fall back to the key entry of the config', () => {
    const keyPolicy = parsed({ kind: 'key', name: 'live key policy of app-data' }, root)
    const after = lacking(
      { layer: 'rcp', level: 0 },
      { layer: 'cross-account' },
      { layer: 'key-policy' },
      { layer: 'boundary' }
    )
    expect(locateLoss(null, after, set({ keyPolicy }), fallback)).toEqual(fallback)
  })
})
