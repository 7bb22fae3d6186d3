import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { RULES } from '../../src/constants.js'
import { RULE_HELP } from '../../src/report/rule-help.js'

const README = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8')

describe('rule help', () => {
  it('every rule has a title, a description, a hint and a one-line fix, and the README lists it with that severity', () => {
    for (const id of Object.values(RULES)) {
      const help = RULE_HELP[id]
      expect([id, help.title.length > 0, help.description.length > 20, help.hint.length > 0]).toEqual([
        id,
        true,
        true,
        true
      ])
      expect([id, help.fix.includes('\n')]).toEqual([id, false])
      const row = README.split('\n').find(line => line.startsWith(`| \`${id}\``))
      expect([id, row?.split('|')[2].trim().startsWith(help.severity)]).toEqual([id, true])
    }
    expect(Object.keys(RULE_HELP).sort()).toEqual(Object.values(RULES).sort())
  })
})
