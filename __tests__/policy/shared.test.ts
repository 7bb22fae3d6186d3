/**
 * What the policy reader shares between documents to keep a run over thousands of keys small (README,
 * "Performance"): line ranges, and the conditions of documents without positions. Shared values are frozen, so no
 * reader can change one document through another.
 */
import { describe, expect, it } from '@jest/globals'
import { parsePolicyText, policyFromJson } from '../../src/policy/parse.js'

const LIVE = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:*',
      Resource: '*',
      Condition: { Bool: { 'aws:SecureTransport': 'false' } }
    }
  ]
}

describe('shared parts of policy documents', () => {
  it('the same condition of two live documents is one frozen clause; another condition is another', () => {
    const a = policyFromJson(LIVE, { kind: 'key', name: 'a' })
    const b = policyFromJson(structuredClone(LIVE), { kind: 'key', name: 'b' })
    const clause = a.statements[0].conditions[0]
    expect(b.statements[0].conditions[0]).toBe(clause)
    expect(Object.isFrozen(clause)).toBe(true)
    expect(clause).toEqual({ operator: 'Bool', key: 'aws:SecureTransport', values: ['false'], line: 0 })
    const other = structuredClone(LIVE)
    other.Statement[0].Condition.Bool['aws:SecureTransport'] = 'true'
    const c = policyFromJson(other, { kind: 'key', name: 'c' })
    expect(c.statements[0].conditions[0]).not.toBe(clause)
    expect(c.statements[0].conditions[0].values).toEqual(['true'])
  })

  it('conditions read from a file keep their own line, not shared', () => {
    const text = JSON.stringify(LIVE, null, 2)
    const a = parsePolicyText(text, { kind: 'key', name: 'a', file: 'a.json' })
    const b = parsePolicyText(text, { kind: 'key', name: 'b', file: 'b.json' })
    expect(a.statements[0].conditions[0].line).toBe(11)
    expect(b.statements[0].conditions[0]).not.toBe(a.statements[0].conditions[0])
  })

  it('statements on the same lines share one frozen range; other lines get theirs', () => {
    const text = JSON.stringify(LIVE, null, 2)
    const a = parsePolicyText(text, { kind: 'key', name: 'a', file: 'a.json' })
    const b = parsePolicyText(text, { kind: 'key', name: 'b', file: 'b.json' })
    expect(a.statements[0].range).toEqual({ startLine: 4, endLine: 14 })
    expect(b.statements[0].range).toBe(a.statements[0].range)
    expect(Object.isFrozen(a.statements[0].range)).toBe(true)
    const shifted = parsePolicyText(`\n${text}`, { kind: 'key', name: 'c', file: 'c.json' })
    expect(shifted.statements[0].range).toEqual({ startLine: 5, endLine: 15 })
  })
})
