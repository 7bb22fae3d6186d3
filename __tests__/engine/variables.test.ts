import { hasVariables, literalContext, lookup, substitute, variableKeys } from '../../src/engine/variables.js'
import type { RequestContext } from '../../src/engine/types.js'

const ctx: RequestContext = {
  values: new Map([
    ['aws:username', ['alice']],
    ['aws:principaltag/team', ['ops', 'sec']]
  ]),
  absent: new Set(['aws:sourcevpc']),
  absentPrefixes: ['aws:requesttag/']
}

// IAM User Guide, reference_policies_variables.
describe('policy variables', () => {
  it('a key is known, absent (also by prefix), or unknown; lookups ignore case', () => {
    expect(lookup(ctx, 'AWS:UserName')).toEqual(['alice'])
    expect(lookup(ctx, 'aws:SourceVpc')).toBe('absent')
    expect(lookup(ctx, 'aws:RequestTag/env')).toBe('absent')
    expect(lookup(ctx, 'aws:SourceIp')).toBe('unknown')
  })

  it('substitutes known single values; escapes ${*} ${?} ${$} are literal text', () => {
    expect(substitute('home/${aws:username}/*', ctx)).toEqual({
      tokens: [{ lit: 'home/' }, { lit: 'alice' }, { lit: '/' }, { star: true }]
    })
    expect(substitute('a${*}b${?}c${$}', ctx)).toEqual({
      tokens: [{ lit: 'a' }, { lit: '*' }, { lit: 'b' }, { lit: '?' }, { lit: 'c' }, { lit: '$' }]
    })
  })

  it('an absent or multi-valued key takes the default when there is one, else the element does not match', () => {
    expect(substitute('${aws:SourceVpc}', ctx)).toEqual({ absent: 'aws:SourceVpc' })
    expect(substitute("${aws:SourceVpc, 'none'}", ctx)).toEqual({ tokens: [{ lit: 'none' }] })
    expect(substitute('${aws:PrincipalTag/team}', ctx)).toEqual({ absent: 'aws:PrincipalTag/team' })
    expect(substitute('${aws:SourceIp}', ctx)).toEqual({ unknown: 'aws:SourceIp' })
  })

  // reference_policies_elements_version: without Version 2012-10-17, `${…}` is plain text.
  it('in a document without version 2012-10-17 nothing is substituted', () => {
    const literal = literalContext(ctx)
    expect(literal).toBe(literalContext(ctx))
    expect(substitute('${aws:username}', literal)).toEqual({ tokens: [{ lit: '${aws:username}' }] })
    expect(hasVariables('a${x}')).toBe(true)
    expect(variableKeys("x/${aws:username}/${aws:PrincipalTag/team, 'x'}/${*}")).toEqual([
      'aws:username',
      'aws:PrincipalTag/team'
    ])
  })
})
