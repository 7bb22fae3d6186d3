/**
 * SARIF output validated against the official SARIF 2.1.0 JSON schema (the copy shipped with
 * @microsoft/jest-sarif), for every rule, with and without locations, and for the example repository.
 */
import { createRequire } from 'node:module'
import { describe, expect, test } from '@jest/globals'
import { RULES } from '../../src/constants.js'
import { buildReport } from '../../src/report/build.js'
import { RULE_HELP } from '../../src/report/rule-help.js'
import { toSarif } from '../../src/report/sarif.js'
import type { Finding } from '../../src/report/types.js'

const require = createRequire(import.meta.url)
// ajv 6 with the draft-04 meta-schema, as the SARIF 2.1.0 schema is written in draft-04.
const Ajv = require('ajv') as new (options: object) => {
  addMetaSchema(schema: object): void
  compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown[] }
}
const ajv = new Ajv({ schemaId: 'auto', allErrors: true })
ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'))
const validate = ajv.compile(require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'))

function valid(log: unknown): void {
  const ok = validate(log)
  expect(validate.errors ?? []).toEqual([])
  expect(ok).toBe(true)
}

describe('SARIF 2.1.0 schema', () => {
  test('one finding of every rule, with lines', () => {
    const findings: Finding[] = Object.values(RULES).map((rule, i) => ({
      rule,
      severity: i % 3 === 0 ? 'error' : i % 3 === 1 ? 'warning' : 'notice',
      message: `finding of ${rule}`,
      key: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      file: 'policies/app-data-key.json',
      startLine: i + 1,
      endLine: i + 3,
      preExisting: i % 2 === 0
    }))
    valid(toSarif(buildReport(findings, [], 'offline', 'error'), { toolVersion: '1.0.0', ruleHelp: RULE_HELP }))
  })

  test('findings without a file, with and without the config fallback', () => {
    const findings: Finding[] = [
      { rule: 'principal-not-found', severity: 'notice', message: 'skipped', preExisting: false }
    ]
    const report = buildReport(findings, [], 'live', 'never')
    valid(toSarif(report, { toolVersion: '1.0.0', ruleHelp: RULE_HELP }))
    valid(toSarif(report, { toolVersion: '1.0.0', ruleHelp: RULE_HELP, fallbackFile: '.github/kms-policy-gate.yml' }))
  })

  test('an invalid log is rejected (the validator can fail)', () => {
    const log = toSarif(buildReport([], [], 'offline', 'error'), {
      toolVersion: '1.0.0',
      ruleHelp: RULE_HELP
    }) as unknown as {
      version: string
    }
    log.version = '2.0.0'
    expect(validate(log)).toBe(false)
  })
})
