import { formatExplanation } from '../../src/cli/explain.js'
import type { Decision, StatementRef } from '../../src/engine/types.js'

const ref = (sid: string, effect: 'Allow' | 'Deny', line: number): StatementRef => ({
  origin: { kind: 'key', name: 'policies/key.json', file: 'policies/key.json' },
  index: 1,
  sid,
  effect,
  range: { startLine: line, endLine: line + 2 }
})

describe('formatExplanation', () => {
  it('the decision, why, and each statement with its lines', () => {
    const d: Decision = { decision: 'explicit-deny', denies: [ref('NoOnDemand', 'Deny', 21)], allows: [], missing: [] }
    expect(formatExplanation('kms:RotateKeyOnDemand by ROLE on KEY (after)', d)).toBe(
      [
        'kms:RotateKeyOnDemand by ROLE on KEY (after): explicit-deny',
        '  explicit Deny in key policy statement NoOnDemand (policies/key.json)',
        '  deny:  key policy statement NoOnDemand (policies/key.json) lines 21–23',
        ''
      ].join('\n')
    )
  })

  it('names the unknown condition keys of an inconclusive decision and where to set them', () => {
    const d: Decision = {
      decision: 'inconclusive',
      denies: [],
      allows: [ref('FromVpc', 'Allow', 8)],
      missing: [],
      unknownKeys: ['aws:SourceVpc'],
      scenarios: { favour: 'allowed', against: 'implicit-deny' }
    }
    expect(formatExplanation('x', d).split('\n').slice(2)).toEqual([
      '  allow: key policy statement FromVpc (policies/key.json) lines 8–10',
      '  unknown condition keys: aws:SourceVpc (set them under `context` in the config)',
      ''
    ])
  })

  it('a Sid from the repository cannot start a workflow command or a new line', () => {
    const d: Decision = {
      decision: 'allowed',
      denies: [],
      allows: [ref('x\n::error::forged', 'Allow', 3)],
      missing: []
    }
    const out = formatExplanation('x', d)
    // The newline is shown escaped: the Sid stays on its line.
    expect(out.split('\n')).toEqual([
      'x: allowed',
      '  allowed by key policy statement x\\n::error::forged (policies/key.json)',
      '  allow: key policy statement x\\n::error::forged (policies/key.json) lines 3–5',
      ''
    ])
  })
})
