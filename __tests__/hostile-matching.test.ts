/**
 * Hostile input, wildcard matching (issue 9): patterns written to make a backtracking matcher take
 * exponential time are decided in well under a second, with the same answers as before.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { globMatch, tokensMatch } from '../src/engine/glob.js'
import { expandActionPattern, patternMatchesAnyAction } from '../src/policy/catalog.js'
import { templateMatches } from '../src/sources/terraform/lines.js'
import { ROLE } from './helpers/repos.js'
import { cleanUp, keyPolicy, runCheck, timed, workspace } from './helpers/hostile-workspace.js'

afterAll(cleanUp)

const TEN_STARS = '*?*?*?*?*?*?*?*?*?*'

function denyByPrincipalArn(pattern: string): object {
  return {
    Sid: 'DenyByPattern',
    Effect: 'Deny',
    Principal: '*',
    Action: 'kms:*',
    Resource: '*',
    Condition: { StringLike: { 'aws:PrincipalArn': pattern } }
  }
}

describe('linear-time wildcard matching', () => {
  it('a key-policy Deny with a 10-star StringLike that does not match is decided at once (exit 0)', async () => {
    const dir = workspace({ 'policies/key.json': keyPolicy([denyByPrincipalArn(`${TEN_STARS}Z`)]) })
    const { value: run, ms } = await timed(() => runCheck(dir))
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(ms).toBeLessThan(1000)
  })

  it('the same pattern ending in the last letter of the role name matches: rotation-access-lost at the Deny', async () => {
    const dir = workspace({ 'policies/key.json': keyPolicy([denyByPrincipalArn(`${TEN_STARS}e`)]) })
    const { value: run, ms } = await timed(() => runCheck(dir))
    expect(run.code).toBe(1)
    const report = JSON.parse(run.stdout) as { findings: { rule: string; startLine: number; endLine: number }[] }
    const lost = report.findings.filter(f => f.rule === 'rotation-access-lost')
    expect(lost.length).toBeGreaterThan(0)
    // The Deny statement is the third one of the pretty-printed document (lines 28-39).
    expect(lost[0]).toMatchObject({ startLine: 28, endLine: 39 })
    expect(ms).toBeLessThan(1000)
  })

  it('a 5,000-character action pattern is checked against the whole catalog in well under a second', async () => {
    const action = 'kms:' + '*R'.repeat(2500)
    expect(action.length).toBeGreaterThan(5000)
    const dir = workspace({
      'policies/key.json': keyPolicy([{ Sid: 'Long', Effect: 'Deny', Principal: '*', Action: action, Resource: '*' }])
    })
    const { value: run, ms } = await timed(() => runCheck(dir))
    const report = JSON.parse(run.stdout) as { findings: { rule: string; startLine: number }[] }
    // It matches no action: unknown-action at its line, and the Deny applies to nothing.
    expect(report.findings.map(f => [f.rule, f.startLine])).toEqual([['unknown-action', 32]])
    expect(ms).toBeLessThan(1000)
  })

  it('matches a long pattern that does apply, also in well under a second', async () => {
    const action = 'kms:' + '*'.repeat(2000) + 'R' + '?*'.repeat(8) + 'd' + '*'.repeat(2000)
    const dir = workspace({
      'policies/key.json': keyPolicy([
        { Sid: 'Long', Effect: 'Deny', Principal: { AWS: ROLE }, Action: action, Resource: '*' }
      ])
    })
    const { value: run, ms } = await timed(() => runCheck(dir))
    const report = JSON.parse(run.stdout) as { checks: { action: string; after: string }[] }
    // Only kms:RotateKeyOnDemand has a "d" at least 9 characters after an "R".
    expect(report.checks.filter(c => c.after === 'explicit-deny').map(c => c.action)).toEqual(['kms:RotateKeyOnDemand'])
    expect(ms).toBeLessThan(1000)
  })
})

describe('the matcher', () => {
  it('decides * and ? like IAM, with literal wildcards from variable escapes', () => {
    expect(globMatch('kms:Rotate*', 'kms:RotateKeyOnDemand', true)).toBe(true)
    expect(globMatch('KMS:rotate*', 'kms:RotateKeyOnDemand', true)).toBe(true)
    expect(globMatch('KMS:rotate*', 'kms:RotateKeyOnDemand', false)).toBe(false)
    expect(globMatch('a?c', 'abc')).toBe(true)
    expect(globMatch('a?c', 'ac')).toBe(false)
    expect(globMatch('a*b*a', 'aba')).toBe(true)
    expect(globMatch('ab*ba', 'aba')).toBe(false)
    expect(globMatch('*a*a*a*', 'aa')).toBe(false)
    expect(globMatch('**', '')).toBe(true)
    expect(globMatch('?*', '')).toBe(false)
    expect(globMatch('x*?y', 'xzzy')).toBe(true)
    expect(globMatch('x*??y', 'xzy')).toBe(false)
    // ${*} and ${?} become literal text after substitution.
    expect(tokensMatch([{ lit: 'a*' }, { star: true }], 'a*bc')).toBe(true)
    expect(tokensMatch([{ lit: 'a*' }, { star: true }], 'abc')).toBe(false)
    expect(tokensMatch([{ lit: 'a' }, { one: true }], 'a?')).toBe(true)
  })

  it('agrees with a regular expression on random patterns and values', () => {
    let seed = 7
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n)
    const alphabet = ['a', 'b', 'A', '*', '?', ':']
    for (let i = 0; i < 2000; i++) {
      const pattern = Array.from({ length: rand(9) }, () => alphabet[rand(alphabet.length)]).join('')
      const value = Array.from({ length: rand(9) }, () => 'abAB:'[rand(5)]).join('')
      const ignoreCase = rand(2) === 1
      const source = pattern.replace(/[.*+?^${}()|[\]\\:]/g, c =>
        c === '*' ? '[\\s\\S]*' : c === '?' ? '[\\s\\S]' : `\\${c}`
      )
      const expected = new RegExp(`^${source}$`, ignoreCase ? 'i' : '').test(value)
      expect([pattern, value, ignoreCase, globMatch(pattern, value, ignoreCase)]).toEqual([
        pattern,
        value,
        ignoreCase,
        expected
      ])
    }
  })

  it('decides adversarial patterns quickly', () => {
    const start = performance.now()
    const value = 'a'.repeat(5000)
    expect(globMatch('*a'.repeat(2500) + 'b', value)).toBe(false)
    expect(globMatch('*?'.repeat(2500) + '*', value)).toBe(true)
    expect(patternMatchesAnyAction('kms:' + '*a'.repeat(2500))).toBe(false)
    expect(expandActionPattern('kms:' + '?*'.repeat(5) + 'Rotations')).toContain('kms:ListKeyRotations')
    expect(templateMatches(`"${'${var.a}x'.repeat(200)}y"`, 'x'.repeat(5000))).toBe(false)
    expect(performance.now() - start).toBeLessThan(1000)
  })
})
