import { RequestBuilder } from '../../src/engine/request.js'
import type { PolicySet } from '../../src/engine/types.js'
import { parsePolicyText, policyFromJson } from '../../src/policy/parse.js'
import type { PolicyDocument, PolicyOrigin } from '../../src/policy/types.js'
import type { Purpose } from '../../src/report/types.js'
import { dateBoundaries, scheduledLoss } from '../../src/rules/schedule.js'

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
const ROLE = 'arn:aws:iam::111122223333:role/kms-rotation-service'
const ROOT = 'arn:aws:iam::111122223333:root'
const ROTATE = 'kms:RotateKeyOnDemand'
const NOW = new Date('2026-11-29T00:00:00Z')
const MARCH = '2027-03-01T00:00:00.000Z'
const fallback = { file: '.github/kms-policy-gate.yml', startLine: 4, endLine: 9 }
const builder = new RequestBuilder({ arn: KEY, keySpec: 'SYMMETRIC_DEFAULT' })
const KEY_FILE: PolicyOrigin = { kind: 'key', name: 'policies/key.json', file: 'policies/key.json' }

/** A policy file with one statement per argument: line 2 holds the `Statement` key, statements start at line 3. */
const file = (origin: PolicyOrigin, ...statements: object[]): PolicyDocument =>
  parsePolicyText(
    `{\n"Version": "2012-10-17", "Statement": [\n${statements.map(s => JSON.stringify(s)).join(',\n')}\n]}\n`,
    origin
  )
const keySet = (...statements: object[]): PolicySet => ({
  keyPolicy: file(KEY_FILE, ...statements),
  identity: [],
  boundary: null,
  scps: [],
  rcps: []
})
const rotate = { Sid: 'Rotate', Effect: 'Allow', Principal: { AWS: ROLE }, Action: ROTATE, Resource: '*' }
const root = { Sid: 'Root', Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'kms:*', Resource: '*' }
/** A statement of the key policy that applies to the role under one time condition. */
const timed = (effect: 'Allow' | 'Deny', operator: string, key: string, value: string | string[], sid = 'Timed') => ({
  Sid: sid,
  Effect: effect,
  Principal: { AWS: ROLE },
  Action: effect === 'Allow' ? ROTATE : 'kms:*',
  Resource: '*',
  Condition: { [operator]: { [key]: value } }
})
const run = (afterSet: PolicySet, beforeSet: PolicySet | null = null, purpose: Purpose = 'rotation') =>
  scheduledLoss({
    purpose,
    principal: ROLE,
    action: ROTATE,
    key: KEY,
    keyName: 'app-data',
    requestAt: at => builder.request(ROLE, ROTATE, at),
    now: NOW,
    afterSet,
    beforeSet,
    horizonDays: 400,
    fallback
  })
const iso = (dates: Date[]) => dates.map(d => d.toISOString())

// IAM User Guide, reference_policies_elements_condition_operators (date and numeric operators) and
// reference_policies_condition-keys (aws:CurrentTime, aws:EpochTime).
describe('scheduledLoss: which instant is reported', () => {
  it('an Allow that ends (DateLessThan): lost from the date, at the Allow that ends', () => {
    expect(run(keySet(timed('Allow', 'DateLessThan', 'aws:CurrentTime', MARCH, 'UntilMarch')))).toEqual({
      rule: 'scheduled-access-loss',
      severity: 'error',
      message: `${ROLE} loses ${ROTATE} on app-data (rotation) from ${MARCH}: no key-policy statement allows the principal or delegates to its account`,
      key: KEY,
      principal: ROLE,
      action: ROTATE,
      file: 'policies/key.json',
      startLine: 3,
      endLine: 3,
      preExisting: false
    })
  })

  it('an Allow that still holds at the date itself (DateLessThanEquals): lost one second after it', () => {
    expect(run(keySet(timed('Allow', 'DateLessThanEquals', 'aws:CurrentTime', MARCH)))?.message).toContain(
      `(rotation) after ${MARCH}:`
    )
  })

  it('aws:EpochTime in seconds, with a numeric or a date operator', () => {
    const epoch = String(Date.parse(MARCH) / 1000)
    expect(run(keySet(rotate, timed('Deny', 'NumericGreaterThan', 'aws:EpochTime', epoch)))).toEqual(
      expect.objectContaining({
        message: `${ROLE} loses ${ROTATE} on app-data (rotation) after ${MARCH}: explicit Deny in key policy statement Timed (policies/key.json)`,
        startLine: 4,
        endLine: 4
      })
    )
    expect(run(keySet(rotate, timed('Deny', 'DateGreaterThanEquals', 'aws:EpochTime', epoch)))?.message).toContain(
      `from ${MARCH}:`
    )
  })

  it('an owner check says so', () => {
    expect(
      run(keySet(rotate, timed('Deny', 'DateGreaterThan', 'aws:CurrentTime', MARCH)), null, 'owner')?.message
    ).toContain('on app-data (owner) after')
  })
})

describe('scheduledLoss: where it points', () => {
  it('a Deny in a live SCP: the key entry of the config', () => {
    // Organizations User Guide, orgs_manage_policies_scps_evaluation: every SCP level must allow.
    const scp = policyFromJson(
      {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: '*', Resource: '*' },
          {
            Sid: 'Freeze',
            Effect: 'Deny',
            Action: 'kms:*',
            Resource: '*',
            Condition: { DateGreaterThan: { 'aws:CurrentTime': MARCH } }
          }
        ]
      },
      { kind: 'scp', name: 'p-1234abcd' }
    )
    const f = run({ ...keySet(rotate), scps: [[scp]] })
    expect(f).toEqual(
      expect.objectContaining({
        severity: 'error',
        message: expect.stringContaining(
          'after 2027-03-01T00:00:00.000Z: explicit Deny in SCP statement Freeze (p-1234abcd)'
        ),
        ...fallback
      })
    )
  })

  it('an identity Allow that ends: the proposed identity policy, at that statement', () => {
    const iam: PolicyOrigin = {
      kind: 'identity',
      name: 'iam/rotation.json',
      file: 'iam/rotation.json',
      inlineName: 'rotation'
    }
    const afterSet: PolicySet = {
      ...keySet(root),
      identity: [
        file(iam, {
          Sid: 'UntilMarch',
          Effect: 'Allow',
          Action: ROTATE,
          Resource: '*',
          Condition: { DateLessThan: { 'aws:CurrentTime': MARCH } }
        })
      ]
    }
    expect(run(afterSet)).toEqual(
      expect.objectContaining({
        message: `${ROLE} loses ${ROTATE} on app-data (rotation) from ${MARCH}: the key policy delegates to the account but no identity policy allows it`,
        file: 'iam/rotation.json',
        startLine: 3,
        endLine: 3
      })
    )
  })
})

describe('scheduledLoss: when it is pre-existing, or nothing', () => {
  const expiring = timed('Deny', 'DateGreaterThan', 'aws:CurrentTime', MARCH)

  it('the live policy is not allowed today: the change is what schedules the loss, an error', () => {
    const f = run(keySet(rotate, expiring), keySet(expiring))
    expect(f).toEqual(expect.objectContaining({ severity: 'error', preExisting: false }))
    expect(f?.message).not.toContain('the live policies lose it')
  })

  it('the live policy loses it only later: an error', () => {
    const later = timed('Deny', 'DateGreaterThan', 'aws:CurrentTime', '2027-06-01T00:00:00Z')
    expect(run(keySet(rotate, expiring), keySet(rotate, later))).toEqual(
      expect.objectContaining({ severity: 'error', preExisting: false })
    )
  })

  it('the live policy loses it at the same date: a pre-existing warning that says the live policies lose it too', () => {
    const same = keySet(rotate, expiring)
    expect(run(same, keySet(rotate, expiring))).toEqual(
      expect.objectContaining({ severity: 'warning', preExisting: true })
    )
    expect(run(same, keySet(rotate, expiring))?.message).toBe(
      `${ROLE} loses ${ROTATE} on app-data (rotation) after ${MARCH}: explicit Deny in key policy statement Timed (policies/key.json) (the live policies lose it too by then)`
    )
  })

  // The live policies lose it before the proposed ones do: still pre-existing at the proposed date, and the message
  // does not claim the dates are the same.
  it('the live policy loses it earlier: a warning that does not say "the same date"', () => {
    const earlier = timed('Deny', 'DateGreaterThan', 'aws:CurrentTime', '2027-01-15T00:00:00Z')
    const f = run(keySet(rotate, expiring), keySet(rotate, earlier))
    expect(f).toEqual(expect.objectContaining({ severity: 'warning', preExisting: true }))
    expect(f?.message).toContain('(the live policies lose it too by then)')
    expect(f?.message).not.toContain('same date')
  })

  it('nothing without a date condition, or when the date condition does not touch the check', () => {
    expect(run(keySet(rotate))).toBeUndefined()
    const otherAction = { ...expiring, Action: 'kms:ScheduleKeyDeletion' }
    expect(run(keySet(rotate, otherAction))).toBeUndefined()
    // A Deny that lasts until a date: denied today, given back later; nothing that holds today is lost.
    expect(run(keySet(rotate, timed('Deny', 'DateLessThan', 'aws:CurrentTime', MARCH)))).toBeUndefined()
  })

  it('a date the live policy names but the proposed one does not: nothing is lost after the change', () => {
    expect(run(keySet(rotate), keySet(rotate, expiring))).toBeUndefined()
  })
})

describe('dateBoundaries', () => {
  const at = (...statements: object[]) => dateBoundaries([keySet(...statements)], NOW, 400)

  it('the horizon is (now, now + horizon days]', () => {
    const edge = timed('Deny', 'DateGreaterThan', 'aws:CurrentTime', [
      '2026-11-29T00:00:00Z',
      '2028-01-03T00:00:00Z',
      '2028-01-03T00:00:01Z'
    ])
    expect(iso(at(edge))).toEqual(['2028-01-03T00:00:00.000Z'])
  })

  it('only time keys (in any case) under date operators, or aws:EpochTime under numeric ones', () => {
    const s = (operator: string, key: string, value: string) => timed('Deny', operator, key, value)
    expect(iso(at(s('DateGreaterThanIfExists', 'AWS:CURRENTTIME', '2027-01-01T00:00:00Z')))).toEqual([
      '2027-01-01T00:00:00.000Z'
    ])
    expect(iso(at(s('DateGreaterThan', 'aws:CurrentTime', '1800000000')))).toEqual(['2027-01-15T08:00:00.000Z'])
    expect(at(s('NumericGreaterThan', 'aws:CurrentTime', '1800000000'))).toEqual([])
    expect(at(s('NumericGreaterThan', 'aws:EpochTime', 'soon'))).toEqual([])
    expect(at(s('DateGreaterThan', 'aws:TokenIssueTime', '2027-01-01T00:00:00Z'))).toEqual([])
    expect(at(s('DateGreaterThan', 'aws:CurrentTime', 'next spring'))).toEqual([])
    expect(at(s('Null', 'aws:CurrentTime', 'false'))).toEqual([])
    expect(at(s('StringEquals', 'aws:CurrentTime', '2027-01-01T00:00:00Z'))).toEqual([])
  })

  it('every document of the set: identity, boundary, SCPs and RCPs too', () => {
    const doc = (kind: PolicyOrigin['kind'], date: string) =>
      policyFromJson(
        {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Deny',
              Action: 'kms:*',
              Resource: '*',
              Condition: { DateGreaterThan: { 'aws:CurrentTime': date } }
            }
          ]
        },
        { kind, name: kind }
      )
    const set: PolicySet = {
      keyPolicy: null,
      identity: [doc('identity', '2027-01-04T00:00:00Z')],
      boundary: doc('boundary', '2027-01-03T00:00:00Z'),
      scps: [[doc('scp', '2027-01-02T00:00:00Z')]],
      rcps: [[doc('rcp', '2027-01-01T00:00:00Z')]]
    }
    expect(iso(dateBoundaries([set], NOW, 400))).toEqual([
      '2027-01-01T00:00:00.000Z',
      '2027-01-02T00:00:00.000Z',
      '2027-01-03T00:00:00.000Z',
      '2027-01-04T00:00:00.000Z'
    ])
  })

  it('at most 32 dates, the earliest', () => {
    const days = Array.from({ length: 40 }, (_, i) => new Date(Date.parse('2026-12-01T00:00:00Z') + i * 86_400_000))
    const many = timed(
      'Deny',
      'DateGreaterThan',
      'aws:CurrentTime',
      days.map(d => d.toISOString())
    )
    const found = at(many)
    expect(found).toHaveLength(32)
    expect(found[0].toISOString()).toBe('2026-12-01T00:00:00.000Z')
    expect(found[31].toISOString()).toBe('2027-01-01T00:00:00.000Z')
  })
})
