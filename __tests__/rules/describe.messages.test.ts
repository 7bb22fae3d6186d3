import type { Decision, MissingLayer, StatementRef } from '../../src/engine/types.js'
import { parsePolicyText } from '../../src/policy/parse.js'
import type { PolicyOrigin } from '../../src/policy/types.js'
import { describeAfter, describeDecision, describeRef, statementName } from '../../src/rules/describe.js'

const ref = (
  origin: PolicyOrigin,
  sid: string | undefined,
  index = 0,
  effect: 'Allow' | 'Deny' = 'Allow'
): StatementRef => ({
  origin,
  index,
  sid,
  effect,
  range: { startLine: 1, endLine: 1 }
})
const KEY_FILE: PolicyOrigin = { kind: 'key', name: 'policies/key.json', file: 'policies/key.json' }
const denied = (...missing: MissingLayer[]): Decision => ({
  decision: 'implicit-deny',
  denies: [],
  allows: [],
  missing
})
const keyPolicy = parsePolicyText('{\n"Version": "2012-10-17",\n"Statement": []\n}\n', KEY_FILE)

describe('statementName', () => {
  it('the Sid, else the position of the statement', () => {
    expect(statementName(ref(KEY_FILE, 'Rotate', 3))).toBe('Rotate')
    expect(statementName(ref(KEY_FILE, undefined, 3))).toBe('#3')
    expect(statementName(ref(KEY_FILE, '', 0))).toBe('#0')
  })
})

describe('describeRef', () => {
  it('names the kind of document, the statement and where the document is', () => {
    expect(describeRef(ref({ kind: 'identity', name: 'rotation', file: 'iam/rotation.json' }, 'Rotate'))).toBe(
      'identity policy statement Rotate (iam/rotation.json)'
    )
    expect(describeRef(ref({ kind: 'boundary', name: 'live boundary of kms-rotation-service' }, undefined, 1))).toBe(
      'permissions boundary statement #1 (live boundary of kms-rotation-service)'
    )
    expect(describeRef(ref({ kind: 'scp', name: 'p-1234abcd' }, 'DenyKms'))).toBe('SCP statement DenyKms (p-1234abcd)')
    expect(describeRef(ref({ kind: 'rcp', name: 'p-5678efgh' }, 'Perimeter'))).toBe(
      'RCP statement Perimeter (p-5678efgh)'
    )
  })

  it('without a file or a name: no parentheses', () => {
    expect(describeRef(ref({ kind: 'key', name: '' }, undefined, 2))).toBe('key policy statement #2')
  })
})

describe('describeDecision', () => {
  const rootGrant = ref(KEY_FILE, 'Root')
  const iamGrant = ref({ kind: 'identity', name: 'rotation', file: 'iam/rotation.json' }, 'Rotate')

  it('allowed: every statement that grants, joined with "and"', () => {
    expect(describeDecision({ decision: 'allowed', denies: [], allows: [rootGrant, iamGrant], missing: [] })).toBe(
      'allowed by key policy statement Root (policies/key.json) and identity policy statement Rotate (iam/rotation.json)'
    )
    // The IAM policy simulator answers for the identity side without naming statements.
    expect(describeDecision({ decision: 'allowed', denies: [], allows: [], missing: [] })).toBe('allowed')
  })

  it('explicit Deny: every matching Deny', () => {
    const denies = [
      ref(KEY_FILE, 'NoRotate', 1, 'Deny'),
      ref({ kind: 'scp', name: 'p-1234abcd' }, undefined, 0, 'Deny')
    ]
    expect(describeDecision({ decision: 'explicit-deny', denies, allows: [], missing: [] })).toBe(
      'explicit Deny in key policy statement NoRotate (policies/key.json), SCP statement #0 (p-1234abcd)'
    )
  })

  // IAM User Guide, reference_policies_evaluation-logic; KMS Developer Guide, key-policies and
  // kms-api-permissions-reference ("Cross-account use").
  it('implicit deny: each layer that lacks an Allow', () => {
    expect(describeDecision(denied({ layer: 'key-policy' }))).toBe(
      'no key-policy statement allows the principal or delegates to its account'
    )
    expect(describeDecision(denied({ layer: 'identity' }))).toBe(
      'the key policy delegates to the account but no identity policy allows it'
    )
    expect(describeDecision(denied({ layer: 'boundary' }))).toBe('the permissions boundary does not allow it')
    expect(describeDecision(denied({ layer: 'scp', level: 0 }))).toBe('SCP level 1 does not allow it')
    expect(describeDecision(denied({ layer: 'cross-account' }))).toBe(
      'KMS does not allow this operation from another account'
    )
    expect(describeDecision(denied({ layer: 'scp', level: 2 }, { layer: 'rcp', level: 0 }))).toBe(
      'SCP level 3 does not allow it; RCP level 1 does not allow it'
    )
    expect(describeDecision(denied())).toBe('no statement allows it')
  })

  it('inconclusive: every key whose value is unknown', () => {
    expect(
      describeDecision({
        decision: 'inconclusive',
        denies: [],
        allows: [],
        missing: [],
        unknownKeys: ['aws:PrincipalTag/team', 'aws:SourceVpc'],
        scenarios: { favour: 'allowed', against: 'explicit-deny' }
      })
    ).toBe('depends on condition keys with unknown values: aws:PrincipalTag/team, aws:SourceVpc')
  })
})

describe('describeAfter', () => {
  it('a key with a policy: the decision itself', () => {
    expect(describeAfter(denied({ layer: 'key-policy' }), keyPolicy)).toBe(
      'no key-policy statement allows the principal or delegates to its account'
    )
  })

  it('no key policy after the change: "deletes the key", also when a Deny matches too', () => {
    expect(describeAfter(denied({ layer: 'key-policy' }), null)).toBe('the change deletes the key')
    const deny = ref({ kind: 'scp', name: 'p-1234abcd' }, 'DenyKms', 0, 'Deny')
    expect(describeAfter({ decision: 'explicit-deny', denies: [deny], allows: [], missing: [] }, null)).toBe(
      'the change deletes the key'
    )
    // With a key policy, the Deny is the reason.
    expect(describeAfter({ decision: 'explicit-deny', denies: [deny], allows: [], missing: [] }, keyPolicy)).toBe(
      'explicit Deny in SCP statement DenyKms (p-1234abcd)'
    )
  })
})
