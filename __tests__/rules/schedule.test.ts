import { RequestBuilder } from '../../src/engine/request.js'
import type { PolicySet } from '../../src/engine/types.js'
import { parsePolicyText } from '../../src/policy/parse.js'
import { dateBoundaries, scheduledLoss } from '../../src/rules/schedule.js'

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
const ROLE = 'arn:aws:iam::111122223333:role/kms-rotation-service'
const NOW = new Date('2026-11-29T00:00:00Z')
const fallback = { file: '.github/kms-policy-gate.yml', startLine: 4, endLine: 9 }
const builder = new RequestBuilder({ arn: KEY, keySpec: 'SYMMETRIC_DEFAULT' })

/** A key policy that lets the role rotate, plus `extra` statements, one statement per line from line 3. */
const set = (...extra: object[]): PolicySet => {
  const statements = [
    { Sid: 'Rotate', Effect: 'Allow', Principal: { AWS: ROLE }, Action: 'kms:RotateKeyOnDemand', Resource: '*' },
    ...extra
  ]
  const text = `{\n"Version": "2012-10-17", "Statement": [\n${statements.map(s => JSON.stringify(s)).join(',\n')}\n]}\n`
  return {
    keyPolicy: parsePolicyText(text, { kind: 'key', name: 'policies/key.json', file: 'policies/key.json' }),
    identity: [],
    boundary: null,
    scps: [],
    rcps: []
  }
}
// IAM User Guide, reference_policies_elements_condition_operators: date operators compare aws:CurrentTime.
const denyFrom = (date: string, operator = 'DateGreaterThan') => ({
  Sid: 'Expire',
  Effect: 'Deny',
  Principal: { AWS: ROLE },
  Action: 'kms:*',
  Resource: '*',
  Condition: { [operator]: { 'aws:CurrentTime': date } }
})
const run = (afterSet: PolicySet, beforeSet: PolicySet | null = null, horizonDays = 400) =>
  scheduledLoss({
    purpose: 'rotation',
    principal: ROLE,
    action: 'kms:RotateKeyOnDemand',
    key: KEY,
    keyName: 'app-data',
    requestAt: at => builder.request(ROLE, 'kms:RotateKeyOnDemand', at),
    now: NOW,
    afterSet,
    beforeSet,
    horizonDays,
    fallback
  })

describe('scheduled-access-loss', () => {
  it('a Deny that starts within the horizon: an error naming the date, at the Deny', () => {
    expect(run(set(denyFrom('2027-03-01T00:00:00Z')))).toEqual(
      expect.objectContaining({
        rule: 'scheduled-access-loss',
        severity: 'error',
        message: expect.stringContaining(
          'loses kms:RotateKeyOnDemand on app-data (rotation) after 2027-03-01T00:00:00.000Z'
        ),
        file: 'policies/key.json',
        startLine: 4,
        endLine: 4,
        preExisting: false
      })
    )
    // `…GreaterThanEquals` takes effect at the instant itself.
    expect(run(set(denyFrom('2027-03-01T00:00:00Z', 'DateGreaterThanEquals')))?.message).toContain(
      'from 2027-03-01T00:00:00.000Z'
    )
  })

  it('nothing for a date beyond the horizon, in the past, or when the live policy loses it at the same date', () => {
    expect(run(set(denyFrom('2028-06-01T00:00:00Z')))).toBeUndefined()
    // Denied already today: nothing is lost later (the check itself reports it).
    expect(run(set(denyFrom('2026-01-01T00:00:00Z')))).toBeUndefined()
    const same = set(denyFrom('2027-03-01T00:00:00Z'))
    expect(run(same, same)).toEqual(expect.objectContaining({ severity: 'warning', preExisting: true }))
  })

  it('date boundaries: within (now, now + horizon], earliest first, each once', () => {
    const a = set(denyFrom('2027-03-01T00:00:00Z'), { ...denyFrom('2026-12-01T00:00:00Z'), Sid: 'Other' })
    expect(dateBoundaries([a, a], NOW, 400).map(d => d.toISOString())).toEqual([
      '2026-12-01T00:00:00.000Z',
      '2027-03-01T00:00:00.000Z'
    ])
    expect(dateBoundaries([a], NOW, 30).map(d => d.toISOString())).toEqual(['2026-12-01T00:00:00.000Z'])
  })
})
