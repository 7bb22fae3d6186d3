import type { Decision, PolicySet, StatementRef } from '../../src/engine/types.js'
import { parsePolicyText } from '../../src/policy/parse.js'
import { locateLoss, sameSidOrStatementKey } from '../../src/rules/locate.js'

const ROLE = 'arn:aws:iam::111122223333:role/kms-rotation-service'
const fallback = { file: '.github/kms-policy-gate.yml', startLine: 4, endLine: 9 }
const text = [
  '{',
  '  "Version": "2012-10-17",',
  '  "Statement": [',
  `    {"Sid": "Rotate", "Effect": "Allow", "Principal": {"AWS": "${ROLE}"}, "Action": "kms:*", "Resource": "*"},`,
  `    {"Sid": "NoOnDemand", "Effect": "Deny", "Principal": {"AWS": "${ROLE}"}, "Action": "kms:RotateKeyOnDemand", "Resource": "*"}`,
  '  ]',
  '}'
].join('\n')
const keyPolicy = parsePolicyText(text, { kind: 'key', name: 'policies/key.json', file: 'policies/key.json' })
const set: PolicySet = { keyPolicy, identity: [], boundary: null, scps: [], rcps: [] }
const ref = (sid: string, index: number, line: number, effect: 'Allow' | 'Deny', file?: string): StatementRef => ({
  origin: { kind: 'key', name: file ?? 'live key policy of app-data', ...(file ? { file } : {}) },
  index,
  sid,
  effect,
  range: { startLine: line, endLine: line }
})
const allowedBy = (r: StatementRef): Decision => ({ decision: 'allowed', denies: [], allows: [r], missing: [] })

describe('where a lost permission points', () => {
  it('an explicit Deny: the Deny statement in the repository', () => {
    const after: Decision = {
      decision: 'explicit-deny',
      denies: [ref('NoOnDemand', 1, 5, 'Deny', 'policies/key.json')],
      allows: [],
      missing: []
    }
    expect(locateLoss(allowedBy(ref('Rotate', 0, 0, 'Allow')), after, set, fallback)).toEqual({
      file: 'policies/key.json',
      startLine: 5,
      endLine: 5
    })
  })

  it('a key-policy Allow that disappeared: the statement with the same Sid, else the Statement key', () => {
    const after: Decision = { decision: 'implicit-deny', denies: [], allows: [], missing: [{ layer: 'key-policy' }] }
    expect(locateLoss(allowedBy(ref('Rotate', 0, 0, 'Allow')), after, set, fallback)).toEqual({
      file: 'policies/key.json',
      startLine: 4,
      endLine: 4
    })
    expect(locateLoss(allowedBy(ref('Gone', 0, 0, 'Allow')), after, set, fallback).startLine).toBe(3)
    expect(sameSidOrStatementKey(keyPolicy, undefined)).toEqual({ file: 'policies/key.json', startLine: 3, endLine: 3 })
  })

  it('nothing in the repository explains it: the key’s config entry', () => {
    const after: Decision = { decision: 'implicit-deny', denies: [], allows: [], missing: [{ layer: 'scp', level: 0 }] }
    expect(locateLoss(null, after, set, fallback)).toEqual(fallback)
    const live = { ...set, keyPolicy: parsePolicyText(text, { kind: 'key', name: 'live key policy' }) }
    expect(locateLoss(null, { ...after, missing: [{ layer: 'key-policy' }] }, live, fallback)).toEqual(fallback)
  })
})
