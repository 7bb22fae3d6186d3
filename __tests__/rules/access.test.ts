import { possibleRegression } from '../../src/rules/access.js'
import type { Decision, SettledValue } from '../../src/engine/types.js'

const settled = (decision: SettledValue): Decision => ({ decision, denies: [], allows: [], missing: [] })
const inconclusive = (favour: SettledValue, against: SettledValue): Decision => ({
  decision: 'inconclusive',
  denies: [],
  allows: [],
  missing: [],
  unknownKeys: ['aws:SourceVpc'],
  scenarios: { favour, against }
})

describe('possibleRegression: the two worlds compared scenario by scenario', () => {
  it('a settled loss is a regression; keeping or gaining access is not', () => {
    expect(possibleRegression(settled('allowed'), settled('explicit-deny'))).toBe(true)
    expect(possibleRegression(settled('allowed'), settled('implicit-deny'))).toBe(true)
    expect(possibleRegression(settled('allowed'), settled('allowed'))).toBe(false)
    expect(possibleRegression(settled('implicit-deny'), settled('allowed'))).toBe(false)
    expect(possibleRegression(settled('implicit-deny'), settled('explicit-deny'))).toBe(false)
  })

  it('"allowed unless X" turning into "denied whatever X" is a loss; the same undecided Deny on both sides is not', () => {
    expect(possibleRegression(inconclusive('allowed', 'explicit-deny'), settled('explicit-deny'))).toBe(true)
    expect(possibleRegression(inconclusive('allowed', 'explicit-deny'), inconclusive('allowed', 'explicit-deny'))).toBe(
      false
    )
    // Allowed for certain before, allowed only in the caller's favour after: lost in the other scenario.
    expect(possibleRegression(settled('allowed'), inconclusive('allowed', 'implicit-deny'))).toBe(true)
    // Never allowed before: nothing to lose in either scenario.
    expect(possibleRegression(settled('implicit-deny'), inconclusive('allowed', 'implicit-deny'))).toBe(false)
  })

  it('a key the change creates: a regression unless allowed in every scenario', () => {
    expect(possibleRegression(null, settled('allowed'))).toBe(false)
    expect(possibleRegression(null, settled('implicit-deny'))).toBe(true)
    expect(possibleRegression(null, inconclusive('allowed', 'explicit-deny'))).toBe(true)
  })
})
