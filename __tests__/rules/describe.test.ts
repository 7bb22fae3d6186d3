import type { StatementRef } from '../../src/engine/types.js'
import { describeAfter, describeDecision, describeRef } from '../../src/rules/describe.js'

const ref = (sid: string, index: number, line: number, effect: 'Allow' | 'Deny', file?: string): StatementRef => ({
  origin: { kind: 'key', name: file ?? 'live key policy of app-data', ...(file ? { file } : {}) },
  index,
  sid,
  effect,
  range: { startLine: line, endLine: line }
})

describe('why, in one phrase', () => {
  it('names the statements and layers behind a decision', () => {
    expect(describeRef(ref('NoOnDemand', 1, 5, 'Deny', 'policies/key.json'))).toBe(
      'key policy statement NoOnDemand (policies/key.json)'
    )
    expect(describeRef(ref('', 2, 6, 'Allow'))).toBe('key policy statement #2 (live key policy of app-data)')
    expect(
      describeDecision({ decision: 'implicit-deny', denies: [], allows: [], missing: [{ layer: 'rcp', level: 1 }] })
    ).toBe('RCP level 2 does not allow it')
    expect(
      describeDecision({
        decision: 'inconclusive',
        denies: [],
        allows: [],
        missing: [],
        unknownKeys: ['aws:SourceVpc'],
        scenarios: { favour: 'allowed', against: 'implicit-deny' }
      })
    ).toBe('depends on condition keys with unknown values: aws:SourceVpc')
    expect(describeDecision({ decision: 'explicit-deny', denies: [], allows: [], missing: [] })).toBe(
      'explicit Deny (reported by the IAM policy simulator)'
    )
    expect(describeAfter({ decision: 'implicit-deny', denies: [], allows: [], missing: [] }, null)).toBe(
      'the change deletes the key'
    )
  })
})
