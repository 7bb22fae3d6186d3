import { list, malformed, optBoolean, optDate, optNumber, optString, reqString } from '../../../src/state/aws/shape.js'

const call = { api: 'kms:GetKeyPolicy', resource: 'arn:aws:kms:us-east-1:111122223333:key/1' }
const prefix = 'AWS kms:GetKeyPolicy on arn:aws:kms:us-east-1:111122223333:key/1 returned a malformed answer: '

// The SDK's deserializers pass JSON values of the wrong type through: every field the gate reads is checked.
describe('answer shapes', () => {
  it('text: absent is undefined, required text must be there, anything else is malformed', () => {
    expect(optString(call, undefined, 'Policy')).toBeUndefined()
    expect(optString(call, null, 'Policy')).toBeUndefined()
    expect(optString(call, '{}', 'Policy')).toBe('{}')
    expect(() => optString(call, 12, 'Policy')).toThrow(`${prefix}Policy is not text`)
    expect(reqString(call, 'x', 'Arn')).toBe('x')
    expect(() => reqString(call, '', 'Arn')).toThrow(`${prefix}Arn is missing`)
    expect(() => reqString(call, undefined, 'Arn')).toThrow(`${prefix}Arn is missing`)
  })

  it('booleans, numbers and dates', () => {
    expect(optBoolean(call, false, 'KeyRotationEnabled')).toBe(false)
    expect(() => optBoolean(call, 'true', 'KeyRotationEnabled')).toThrow(
      `${prefix}KeyRotationEnabled is not true or false`
    )
    expect(optNumber(call, 365, 'RotationPeriodInDays')).toBe(365)
    expect(() => optNumber(call, Number.NaN, 'RotationPeriodInDays')).toThrow('RotationPeriodInDays is not a number')
    expect(() => optNumber(call, '365', 'RotationPeriodInDays')).toThrow('RotationPeriodInDays is not a number')
    const date = new Date('2026-01-01T00:00:00Z')
    expect(optDate(call, date, 'NextRotationDate')).toBe(date)
    expect(() => optDate(call, new Date('nope'), 'NextRotationDate')).toThrow('NextRotationDate is not a date')
    expect(() => optDate(call, '2026-01-01', 'NextRotationDate')).toThrow('NextRotationDate is not a date')
  })

  it('lists: absent is empty, entries must be objects (or text)', () => {
    expect(list(call, undefined, 'Aliases')).toEqual([])
    expect(list(call, [{ AliasName: 'alias/a' }], 'Aliases')).toEqual([{ AliasName: 'alias/a' }])
    expect(list(call, ['a', 'b'], 'PolicyNames', true)).toEqual(['a', 'b'])
    expect(() => list(call, {}, 'Aliases')).toThrow(`${prefix}Aliases is not a list`)
    expect(() => list(call, [null], 'Aliases')).toThrow('Aliases has an entry of the wrong type')
    expect(() => list(call, [['x']], 'Aliases')).toThrow('Aliases has an entry of the wrong type')
    expect(() => list(call, [1], 'PolicyNames', true)).toThrow('PolicyNames has an entry of the wrong type')
    expect(malformed(call, 'x').message).toBe(`${prefix}x`)
  })
})
