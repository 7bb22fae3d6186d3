import { decide } from '../../src/engine/evaluate.js'
import { buildRequest } from '../../src/engine/request.js'
import type { PolicySet } from '../../src/engine/types.js'
import { failClosed } from '../../src/policy/limits.js'
import { parsePolicyText } from '../../src/policy/parse.js'
import { ownerRules } from '../../src/rules/owners.js'
import type { EvaluatedCheck, KeyEvaluation } from '../../src/rules/types.js'
import type { Purpose } from '../../src/report/types.js'
import { KEY, KEY_ARN, NOW, OTHER_ROLE, ROLE, ROOT } from '../helpers/engine.js'

const ADMIN = 'arn:aws:iam::111122223333:role/kms-admin'
const BREAKGLASS = 'arn:aws:iam::111122223333:role/breakglass'
const PUT = 'kms:PutKeyPolicy'
const SCHEDULE = 'kms:ScheduleKeyDeletion'
const fallback = { file: '.github/kms-policy-gate.yml', startLine: 4, endLine: 9 }

/** A key policy file with one statement per argument: line 2 holds the `Statement` key, statements start at line 3. */
const keySet = (...statements: object[]): PolicySet => ({
  keyPolicy: parsePolicyText(
    `{\n"Version": "2012-10-17", "Statement": [\n${statements.map(s => JSON.stringify(s)).join(',\n')}\n]}\n`,
    { kind: 'key', name: 'policies/key.json', file: 'policies/key.json' }
  ),
  identity: [],
  boundary: null,
  scps: [],
  rcps: []
})
const DELETED: PolicySet = { keyPolicy: null, identity: [], boundary: null, scps: [], rcps: [] }

const root = { Sid: 'Root', Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'kms:*', Resource: '*' }
const admin = { Sid: 'Admin', Effect: 'Allow', Principal: { AWS: ADMIN }, Action: PUT, Resource: '*' }
const rotate = {
  Sid: 'Rotate',
  Effect: 'Allow',
  Principal: { AWS: ROLE },
  Action: 'kms:RotateKeyOnDemand',
  Resource: '*'
}
// aws:SourceVpc depends on the network path of the call (KMS Developer Guide, vpce-policy-condition): unknown here.
const inVpc = { StringEquals: { 'aws:SourceVpc': 'vpc-1' } }
const BEFORE = keySet(root, admin)

const check = (
  principal: string,
  before: PolicySet | null,
  after: PolicySet,
  action = PUT,
  purpose: Purpose = 'owner'
): EvaluatedCheck => ({
  purpose,
  principal,
  action,
  before: before ? decide(buildRequest(principal, action, KEY, NOW), before) : null,
  after: decide(buildRequest(principal, action, KEY, NOW), after),
  afterSet: after
})
/** Both owners (the root first), each checked for every owner action. */
const owners = (before: PolicySet | null, after: PolicySet, actions = [PUT]): EvaluatedCheck[] =>
  actions.flatMap(a => [check(ROOT, before, after, a), check(ADMIN, before, after, a)])
const evaluation = (checks: EvaluatedCheck[], ownerActions = [PUT]): KeyEvaluation => ({
  keyArn: KEY_ARN,
  keyName: 'app-data',
  live: null,
  fallback,
  checks,
  owners: [ROOT, ADMIN],
  ownerActions,
  configFile: fallback.file
})

// KMS Developer Guide, key-policy-default: a key that no principal may manage any more can only be recovered by
// AWS Support; PutKeyPolicy's lockout safety check (KMS API reference) protects only the principal making the call.
describe('owner-lockout', () => {
  it('an error that names each owner, why the first one lost it, and that nobody else holds it', () => {
    expect(ownerRules(evaluation(owners(BEFORE, keySet(rotate))))).toEqual([
      {
        rule: 'owner-lockout',
        severity: 'error',
        message:
          `no owner of app-data could ${PUT} after the change (${ROOT}, ${ADMIN}); ` +
          `${ROOT}: no key-policy statement allows the principal or delegates to its account; ` +
          `no statement of the proposed key policy allows ${PUT} to anyone else in the key's account`,
        key: KEY_ARN,
        principal: ROOT,
        action: PUT,
        // No statement keeps the Sid "Root": the proposed policy's `Statement` key.
        file: 'policies/key.json',
        startLine: 2,
        endLine: 2,
        preExisting: false
      }
    ])
  })

  // Conditions are not weighed here, but a principal named only under one is marked; a principal of another account
  // is left out: PutKeyPolicy is "Cross-account use: No" (KMS API reference, PutKeyPolicy).
  it('names the principals of the key’s account that other Allow statements name for the action', () => {
    const after = keySet(
      rotate,
      {
        Sid: 'Breakglass',
        Effect: 'Allow',
        Principal: { AWS: [BREAKGLASS, ADMIN] },
        // IAM User Guide, reference_policies_elements_action: action names are case-insensitive.
        Action: 'kms:put*',
        Resource: '*',
        // Never true for the owners (their account is 111122223333): they stay locked out.
        Condition: { StringEquals: { 'aws:PrincipalAccount': '444455556666' } }
      },
      {
        Sid: 'AllButDecrypt',
        Effect: 'Allow',
        Principal: { AWS: OTHER_ROLE },
        NotAction: 'kms:Decrypt',
        Resource: '*'
      },
      { Sid: 'NotPut', Effect: 'Allow', Principal: { AWS: ROLE }, NotAction: 'kms:Put*', Resource: '*' },
      {
        Sid: 'NoAuditor',
        Effect: 'Deny',
        Principal: { AWS: 'arn:aws:iam::111122223333:role/auditor' },
        Action: PUT,
        Resource: '*'
      }
    )
    const [f] = ownerRules(evaluation(owners(BEFORE, after)))
    expect(f.rule).toBe('owner-lockout')
    expect(f.message).toBe(
      `no owner of app-data could ${PUT} after the change (${ROOT}, ${ADMIN}); ` +
        `${ROOT}: no key-policy statement allows the principal or delegates to its account; ` +
        `the proposed key policy still names ${BREAKGLASS} (under a condition) in an Allow of ${PUT} (not configured owners)`
    )
  })

  it('a document read as a Deny of everything names nobody, not the Allows it was refused for', () => {
    // What a planned policy string with an element written twice becomes (RFC 8259, section 4: names should be
    // unique; readers disagree on which one wins): its statements are kept but never evaluated.
    const breakglass = {
      Sid: 'Breakglass',
      Effect: 'Allow',
      Principal: { AWS: BREAKGLASS },
      Action: PUT,
      Resource: '*'
    }
    const planned = keySet(breakglass)
    failClosed(planned.keyPolicy!, { message: 'duplicate element "Sid" (in the planned policy)', line: 3 })
    expect(ownerRules(evaluation(owners(BEFORE, planned)))).toEqual([
      expect.objectContaining({
        rule: 'owner-lockout',
        severity: 'error',
        message:
          `no owner of app-data could ${PUT} after the change (${ROOT}, ${ADMIN}); ` +
          `${ROOT}: explicit Deny in the key policy (policies/key.json), which is not evaluated (see invalid-policy) and counts as a Deny of everything; ` +
          `no statement of the proposed key policy allows ${PUT} to anyone else in the key's account`,
        file: 'policies/key.json',
        startLine: 3,
        endLine: 3
      })
    ])
  })

  it('a key the change deletes: at the key entry of the config', () => {
    expect(ownerRules(evaluation(owners(BEFORE, DELETED)))).toEqual([
      expect.objectContaining({
        rule: 'owner-lockout',
        severity: 'error',
        message: `no owner of app-data could ${PUT} after the change (${ROOT}, ${ADMIN}); ${ROOT}: the change deletes the key`,
        ...fallback,
        preExisting: false
      })
    ])
  })

  it('a lockout that is already live: a pre-existing warning with its own message', () => {
    const locked = keySet(rotate)
    expect(ownerRules(evaluation(owners(locked, locked)))).toEqual([
      expect.objectContaining({
        rule: 'owner-lockout',
        severity: 'warning',
        message: `no owner of app-data may ${PUT}, before or after the change (${ROOT}, ${ADMIN}): no key-policy statement allows the principal or delegates to its account`,
        principal: ROOT,
        startLine: 2,
        endLine: 2,
        preExisting: true
      })
    ])
  })

  it('undecided before and denied after: an error, since the change may be what locks the owners out', () => {
    const before = keySet({ ...root, Condition: inVpc })
    expect(ownerRules(evaluation([check(ROOT, before, keySet(rotate))]))).toEqual([
      expect.objectContaining({ rule: 'owner-lockout', severity: 'error', preExisting: false })
    ])
  })

  it('no owner surely keeps the action but one may: evaluation-inconclusive for that owner only', () => {
    const after = keySet({ ...root, Condition: inVpc })
    expect(ownerRules(evaluation(owners(BEFORE, after)))).toEqual([
      expect.objectContaining({
        rule: 'evaluation-inconclusive',
        severity: 'error',
        principal: ROOT,
        action: PUT,
        message: expect.stringContaining('depends on aws:SourceVpc'),
        // The statement that keeps the Sid of the Allow that used to grant.
        file: 'policies/key.json',
        startLine: 3,
        endLine: 3
      })
    ])
  })
})

describe('owner-access-lost', () => {
  it('a warning at the statement with the Sid that used to grant it', () => {
    const after = keySet(root, { ...admin, Action: 'kms:DescribeKey' })
    expect(ownerRules(evaluation(owners(BEFORE, after)))).toEqual([
      {
        rule: 'owner-access-lost',
        severity: 'warning',
        message: `${ADMIN} loses ${PUT} on app-data (another owner keeps it): the key policy delegates to the account but no identity policy allows it`,
        key: KEY_ARN,
        principal: ADMIN,
        action: PUT,
        file: 'policies/key.json',
        startLine: 4,
        endLine: 4,
        preExisting: false
      }
    ])
  })

  it('an owner that becomes undecided while another keeps the action: evaluation-inconclusive, not silence', () => {
    const after = keySet(root, { ...admin, Condition: inVpc })
    expect(
      ownerRules(evaluation(owners(BEFORE, after))).map(f => [f.rule, f.severity, f.principal, f.startLine])
    ).toEqual([['evaluation-inconclusive', 'error', ADMIN, 4]])
  })

  it('nothing for an owner that never had the action, nor one that gains it', () => {
    expect(ownerRules(evaluation(owners(keySet(root), keySet(root))))).toEqual([])
    expect(ownerRules(evaluation(owners(keySet(root), BEFORE)))).toEqual([])
  })
})

describe('which checks count', () => {
  it('each owner action on its own, in the configured order', () => {
    const after = keySet({ ...root, Action: PUT })
    const out = ownerRules(evaluation(owners(BEFORE, after, [PUT, SCHEDULE]), [PUT, SCHEDULE]))
    expect(out.map(f => [f.rule, f.action, f.principal, f.startLine])).toEqual([
      ['owner-access-lost', PUT, ADMIN, 2],
      ['owner-lockout', SCHEDULE, ROOT, 3]
    ])
  })

  it('rotation checks and owner actions without checks are not owner findings', () => {
    const rotationOnly = [check(ROLE, BEFORE, keySet(root), PUT, 'rotation')]
    expect(ownerRules(evaluation(rotationOnly))).toEqual([])
    expect(ownerRules(evaluation(owners(BEFORE, BEFORE), [PUT, SCHEDULE]))).toEqual([])
  })

  it('a key the change creates with an owner allowed: nothing', () => {
    expect(ownerRules(evaluation(owners(null, keySet(root))))).toEqual([])
  })
})
