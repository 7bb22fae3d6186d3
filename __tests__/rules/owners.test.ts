import type { Decision, PolicySet, SettledValue } from '../../src/engine/types.js'
import { parsePolicyText } from '../../src/policy/parse.js'
import { ownerRules } from '../../src/rules/owners.js'
import type { EvaluatedCheck, KeyEvaluation } from '../../src/rules/types.js'

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
const ROOT = 'arn:aws:iam::111122223333:root'
const ADMIN = 'arn:aws:iam::111122223333:role/kms-admin'
const BREAKGLASS = 'arn:aws:iam::111122223333:role/breakglass'
const fallback = { file: '.github/kms-policy-gate.yml', startLine: 4, endLine: 9 }

// The proposed key policy: only a role that is not an owner may still put the key policy.
const keyPolicy = parsePolicyText(
  JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Breakglass',
          Effect: 'Allow',
          Principal: { AWS: BREAKGLASS },
          Action: 'kms:PutKeyPolicy',
          Resource: '*'
        }
      ]
    },
    null,
    2
  ),
  { kind: 'key', name: 'policies/key.json', file: 'policies/key.json' }
)
const afterSet: PolicySet = { keyPolicy, identity: [], boundary: null, scps: [], rcps: [] }
const d = (decision: SettledValue): Decision => ({
  decision,
  denies: [],
  allows: [],
  missing: [{ layer: 'key-policy' }]
})
const check = (principal: string, before: SettledValue | null, after: SettledValue): EvaluatedCheck => ({
  purpose: 'owner',
  principal,
  action: 'kms:PutKeyPolicy',
  before: before === null ? null : d(before),
  after: d(after),
  afterSet
})
const evaluation = (checks: EvaluatedCheck[]): KeyEvaluation => ({
  keyArn: KEY,
  keyName: 'app-data',
  live: null,
  fallback,
  checks,
  owners: [ROOT, ADMIN],
  ownerActions: ['kms:PutKeyPolicy'],
  configFile: fallback.file
})

// KMS Developer Guide, key-policy-default ("Allows access to the AWS account and enables IAM policies"): a key
// nobody may change any more can only be recovered by AWS Support.
describe('owner rules', () => {
  it('owner-lockout when no owner keeps the action, naming who still could', () => {
    const out = ownerRules(
      evaluation([check(ROOT, 'allowed', 'implicit-deny'), check(ADMIN, 'allowed', 'implicit-deny')])
    )
    expect(out).toEqual([
      expect.objectContaining({
        rule: 'owner-lockout',
        severity: 'error',
        principal: ROOT,
        action: 'kms:PutKeyPolicy',
        preExisting: false,
        // No statement allows it: the finding points at the proposed policy's `Statement` key.
        file: 'policies/key.json',
        startLine: 3,
        endLine: 3,
        message: expect.stringContaining(
          `the proposed key policy still names ${BREAKGLASS} in an Allow of kms:PutKeyPolicy (not configured owners)`
        )
      })
    ])
  })

  it('owner-access-lost (a warning) when one owner loses what another keeps; nothing when all keep it', () => {
    expect(
      ownerRules(evaluation([check(ROOT, 'allowed', 'allowed'), check(ADMIN, 'allowed', 'explicit-deny')]))
    ).toEqual([expect.objectContaining({ rule: 'owner-access-lost', severity: 'warning', principal: ADMIN })])
    expect(ownerRules(evaluation([check(ROOT, 'allowed', 'allowed'), check(ADMIN, 'allowed', 'allowed')]))).toEqual([])
  })

  it('a lockout the change did not cause is a pre-existing warning', () => {
    expect(ownerRules(evaluation([check(ROOT, 'implicit-deny', 'implicit-deny')]))).toEqual([
      expect.objectContaining({ rule: 'owner-lockout', severity: 'warning', preExisting: true })
    ])
  })

  it('a key the change creates without any owner allowed is locked out from the start', () => {
    expect(ownerRules(evaluation([check(ROOT, null, 'implicit-deny')]))).toEqual([
      expect.objectContaining({ rule: 'owner-lockout', severity: 'error', preExisting: false })
    ])
  })
})
