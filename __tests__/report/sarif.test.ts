import { describe, expect, it } from '@jest/globals'
import type * as sarif from 'sarif'
import { RULES, TOOL_VERSION } from '../../src/constants.js'
import { buildReport } from '../../src/report/build.js'
import { RULE_HELP } from '../../src/report/rule-help.js'
import { FINGERPRINT_KEY, fingerprint, sarifJson, toSarif } from '../../src/report/sarif.js'
import { makeCheck, makeFinding, manyFindings } from '../helpers/findings.js'

/**
 * No copy of the SARIF 2.1.0 JSON schema ships in node_modules, so this checks the parts of it that
 * this tool emits: required properties, enums, minimums, and `additionalProperties: false` on every
 * object kind used (the allowed names are those of the schema's definitions).
 */
const ALLOWED: Record<string, string[]> = {
  log: ['$schema', 'version', 'runs', 'inlineExternalProperties', 'properties'],
  run: [
    'tool',
    'results',
    'invocations',
    'originalUriBaseIds',
    'artifacts',
    'automationDetails',
    'columnKind',
    'properties'
  ],
  tool: ['driver', 'extensions', 'properties'],
  toolComponent: [
    'name',
    'version',
    'semanticVersion',
    'informationUri',
    'rules',
    'fullName',
    'organization',
    'guid',
    'properties'
  ],
  reportingDescriptor: [
    'id',
    'name',
    'shortDescription',
    'fullDescription',
    'help',
    'helpUri',
    'defaultConfiguration',
    'properties'
  ],
  multiformatMessageString: ['text', 'markdown', 'properties'],
  reportingConfiguration: ['enabled', 'level', 'rank', 'parameters', 'properties'],
  result: [
    'ruleId',
    'ruleIndex',
    'rule',
    'kind',
    'level',
    'message',
    'locations',
    'partialFingerprints',
    'fingerprints',
    'properties'
  ],
  message: ['text', 'markdown', 'id', 'arguments', 'properties'],
  location: ['id', 'physicalLocation', 'logicalLocations', 'message', 'properties'],
  physicalLocation: ['artifactLocation', 'region', 'contextRegion', 'address', 'properties'],
  artifactLocation: ['uri', 'uriBaseId', 'index', 'description', 'properties'],
  region: [
    'startLine',
    'startColumn',
    'endLine',
    'endColumn',
    'charOffset',
    'charLength',
    'snippet',
    'message',
    'properties'
  ]
}
const LEVELS = ['none', 'note', 'warning', 'error']

function validateSarif(log: unknown): string[] {
  const errors: string[] = []
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
  const object = (v: unknown, kind: string, path: string): v is Record<string, unknown> => {
    if (!isObject(v)) {
      errors.push(`${path}: not an object`)
      return false
    }
    for (const name of Object.keys(v)) {
      if (!ALLOWED[kind].includes(name)) errors.push(`${path}.${name}: not allowed in ${kind}`)
    }
    if ('properties' in v && !isObject(v.properties)) errors.push(`${path}.properties: not an object`)
    return true
  }
  const text = (v: unknown, path: string): void => {
    if (object(v, 'multiformatMessageString', path) && (typeof v.text !== 'string' || v.text === '')) {
      errors.push(`${path}.text: required`)
    }
  }
  const positive = (v: unknown, path: string): void => {
    if (v !== undefined && !(Number.isInteger(v) && (v as number) >= 1)) errors.push(`${path}: must be an integer >= 1`)
  }

  if (!object(log, 'log', '$')) return errors
  if (log.version !== '2.1.0') errors.push('$.version: must be 2.1.0')
  if (typeof log.$schema !== 'string' || !/^https:\/\//.test(log.$schema)) errors.push('$.$schema: must be a URI')
  if (!Array.isArray(log.runs)) return [...errors, '$.runs: required array']
  log.runs.forEach((run: unknown, r: number) => {
    const rp = `$.runs[${r}]`
    if (!object(run, 'run', rp)) return
    if (!object(run.tool, 'tool', `${rp}.tool`)) return
    const driver = run.tool.driver
    if (!object(driver, 'toolComponent', `${rp}.tool.driver`)) return
    if (typeof driver.name !== 'string' || driver.name === '') errors.push(`${rp}.tool.driver.name: required`)
    const rules = (driver.rules ?? []) as unknown[]
    if (!Array.isArray(rules)) errors.push(`${rp}.tool.driver.rules: must be an array`)
    const ids: string[] = []
    rules.forEach((rule, i) => {
      const path = `${rp}.tool.driver.rules[${i}]`
      if (!object(rule, 'reportingDescriptor', path)) return
      if (typeof rule.id !== 'string') errors.push(`${path}.id: required`)
      else if (ids.includes(rule.id)) errors.push(`${path}.id: duplicate ${rule.id}`)
      ids.push(String(rule.id))
      for (const name of ['shortDescription', 'fullDescription', 'help']) {
        if (rule[name] !== undefined) text(rule[name], `${path}.${name}`)
      }
      const config = rule.defaultConfiguration
      if (config !== undefined && object(config, 'reportingConfiguration', `${path}.defaultConfiguration`)) {
        if (config.level !== undefined && !LEVELS.includes(String(config.level)))
          errors.push(`${path}.defaultConfiguration.level: bad`)
      }
    })
    if (!Array.isArray(run.results)) return errors.push(`${rp}.results: must be an array`)
    run.results.forEach((result: unknown, i: number) => {
      const path = `${rp}.results[${i}]`
      if (!object(result, 'result', path)) return
      if (!object(result.message, 'message', `${path}.message`) || typeof result.message.text !== 'string') {
        errors.push(`${path}.message.text: required`)
      }
      if (typeof result.ruleId !== 'string' || !ids.includes(result.ruleId)) errors.push(`${path}.ruleId: not a rule`)
      if (result.ruleIndex !== undefined) {
        if (!Number.isInteger(result.ruleIndex) || (result.ruleIndex as number) < -1)
          errors.push(`${path}.ruleIndex: bad`)
        else if (ids[result.ruleIndex as number] !== result.ruleId)
          errors.push(`${path}.ruleIndex: points at another rule`)
      }
      if (result.level !== undefined && !LEVELS.includes(String(result.level))) errors.push(`${path}.level: bad`)
      if (result.partialFingerprints !== undefined) {
        if (!isObject(result.partialFingerprints)) errors.push(`${path}.partialFingerprints: not an object`)
        else if (Object.values(result.partialFingerprints).some(v => typeof v !== 'string')) {
          errors.push(`${path}.partialFingerprints: values must be strings`)
        }
      }
      if (result.locations === undefined) return
      if (!Array.isArray(result.locations)) return errors.push(`${path}.locations: must be an array`)
      result.locations.forEach((location: unknown, l: number) => {
        const lp = `${path}.locations[${l}]`
        if (!object(location, 'location', lp)) return
        const physical = location.physicalLocation
        if (!object(physical, 'physicalLocation', `${lp}.physicalLocation`)) return
        const artifact = physical.artifactLocation
        if (object(artifact, 'artifactLocation', `${lp}.physicalLocation.artifactLocation`)) {
          // A URI reference: no spaces, backslashes or other characters that need escaping.
          if (typeof artifact.uri !== 'string' || !/^[A-Za-z0-9\-._~!$&'()*+,;=:@/%]+$/.test(artifact.uri)) {
            errors.push(`${lp}.physicalLocation.artifactLocation.uri: not a URI reference: ${String(artifact.uri)}`)
          }
        }
        const region = physical.region
        if (region !== undefined && object(region, 'region', `${lp}.physicalLocation.region`)) {
          positive(region.startLine, `${lp}.physicalLocation.region.startLine`)
          positive(region.endLine, `${lp}.physicalLocation.region.endLine`)
          if (
            typeof region.endLine === 'number' &&
            typeof region.startLine === 'number' &&
            region.endLine < region.startLine
          ) {
            errors.push(`${lp}.physicalLocation.region: endLine before startLine`)
          }
        }
      })
    })
  })
  return errors
}

const ALL_RULE_IDS = Object.values(RULES)
const options = { toolVersion: TOOL_VERSION, ruleHelp: RULE_HELP }

describe('toSarif', () => {
  const findings = [
    makeFinding(),
    makeFinding({
      rule: 'unknown-action',
      severity: 'error',
      file: 'iam/my policy.json',
      startLine: 7,
      endLine: undefined
    }),
    makeFinding({
      rule: 'rotation-overdue',
      severity: 'warning',
      preExisting: true,
      startLine: undefined,
      endLine: undefined
    }),
    makeFinding({
      rule: 'rotation-unsupported',
      severity: 'notice',
      file: undefined,
      startLine: undefined,
      endLine: undefined
    })
  ]
  const report = buildReport(findings, [makeCheck()], 'offline', 'error')
  const log = toSarif(report, options)

  it('is valid SARIF 2.1.0', () => {
    expect(validateSarif(log)).toEqual([])
    expect(validateSarif(JSON.parse(sarifJson(log)))).toEqual([])
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    expect(log.version).toBe('2.1.0')
    expect(log.runs).toHaveLength(1)
  })

  it('the validator catches what it should', () => {
    const broken = JSON.parse(sarifJson(log)) as sarif.Log
    const result = broken.runs[0].results![0]
    result.ruleIndex = 3
    result.level = 'fatal' as sarif.Result.level
    result.locations![0].physicalLocation!.region!.startLine = 0
    ;(result as unknown as Record<string, unknown>).extra = 1
    expect(validateSarif(broken)).toEqual([
      '$.runs[0].results[0].extra: not allowed in result',
      '$.runs[0].results[0].ruleIndex: points at another rule',
      '$.runs[0].results[0].level: bad',
      '$.runs[0].results[0].locations[0].physicalLocation.region.startLine: must be an integer >= 1'
    ])
  })

  it('lists every rule once, in the order of RULES, with help and default level', () => {
    const rules = log.runs[0].tool.driver.rules!
    expect(rules.map(r => r.id)).toEqual(ALL_RULE_IDS)
    const lost = rules[0]
    expect(lost).toMatchObject({
      id: 'rotation-access-lost',
      name: 'RotationAccessLost',
      shortDescription: { text: RULE_HELP['rotation-access-lost'].title },
      fullDescription: { text: RULE_HELP['rotation-access-lost'].description },
      help: { text: RULE_HELP['rotation-access-lost'].hint },
      defaultConfiguration: { level: 'error' }
    })
    expect(rules.find(r => r.id === 'rotation-unsupported')!.defaultConfiguration!.level).toBe('note')
    expect(log.runs[0].tool.driver).toMatchObject({ name: 'kms-policy-gate', version: TOOL_VERSION })
  })

  it('maps findings to results with levels, locations and properties', () => {
    const results = log.runs[0].results!
    const byRule = (rule: string) => results.find(r => r.ruleId === rule)!
    expect(byRule('rotation-access-lost')).toMatchObject({
      ruleIndex: ALL_RULE_IDS.indexOf('rotation-access-lost'),
      level: 'error',
      message: { text: findings[0].message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'policies/app-data-key.json', uriBaseId: '%SRCROOT%' },
            region: { startLine: 21, endLine: 27 }
          }
        }
      ],
      properties: {
        preExisting: false,
        key: findings[0].key,
        principal: findings[0].principal,
        action: findings[0].action
      }
    })
    expect(byRule('unknown-action').locations![0].physicalLocation).toEqual({
      artifactLocation: { uri: 'iam/my%20policy.json', uriBaseId: '%SRCROOT%' },
      region: { startLine: 7 }
    })
    expect(byRule('rotation-overdue')).toMatchObject({ level: 'warning', properties: { preExisting: true } })
    expect(byRule('rotation-overdue').locations![0].physicalLocation!.region).toBeUndefined()
    expect(byRule('rotation-unsupported').level).toBe('note')
    expect(byRule('rotation-unsupported').locations).toBeUndefined()
  })

  it('anchors findings without a file at the fallback file when given', () => {
    const anchored = toSarif(report, { ...options, fallbackFile: '.github/kms-policy-gate.yml' })
    expect(validateSarif(anchored)).toEqual([])
    const results = anchored.runs[0].results!
    expect(results.every(r => r.locations?.length === 1)).toBe(true)
    expect(results.find(r => r.ruleId === 'rotation-unsupported')!.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: '.github/kms-policy-gate.yml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 1 }
        }
      }
    ])
    // Findings with a file keep their own location.
    expect(results[0].locations![0].physicalLocation!.artifactLocation!.uri).toBe('iam/my%20policy.json')
  })

  it('fingerprints stably and keeps duplicates apart', () => {
    const a = makeFinding({ startLine: 5, message: 'one' })
    const b = makeFinding({ startLine: 90, message: 'two' })
    expect(fingerprint(a)).toBe(fingerprint(b))
    expect(fingerprint(a)).not.toBe(fingerprint(makeFinding({ action: 'kms:EnableKeyRotation' })))
    expect(fingerprint(a)).toMatch(/^[0-9a-f]{32}$/)
    const results = toSarif(buildReport([a, b], [], 'offline', 'error'), options).runs[0].results!
    const prints = results.map(r => r.partialFingerprints![FINGERPRINT_KEY])
    expect(prints).toEqual([`${fingerprint(a)}:1`, `${fingerprint(a)}:2`])
    // The same report gives the same document.
    expect(sarifJson(toSarif(report, options))).toBe(sarifJson(log))
  })

  it('stays valid for many findings and custom rule help', () => {
    const ruleHelp = Object.fromEntries(
      ALL_RULE_IDS.map(id => [id, { description: `d ${id}`, hint: `h ${id}` }])
    ) as Record<(typeof ALL_RULE_IDS)[number], { description: string; hint: string }>
    const big = toSarif(buildReport(manyFindings(500), [], 'live', 'error'), {
      toolVersion: '1.2.3',
      ruleHelp,
      informationUri: 'https://github.com/example/kms-policy-gate'
    })
    expect(validateSarif(big)).toEqual([])
    expect(big.runs[0].results).toHaveLength(500)
    expect(big.runs[0].tool.driver.rules![1]).toMatchObject({
      fullDescription: { text: 'd rotation-access-missing' },
      help: { text: 'h rotation-access-missing' },
      shortDescription: { text: RULE_HELP['rotation-access-missing'].title },
      defaultConfiguration: { level: 'warning' }
    })
    expect(big.runs[0].tool.driver.informationUri).toBe('https://github.com/example/kms-policy-gate')
  })

  it('writes 2-space JSON with a final newline', () => {
    expect(sarifJson(log)).toMatch(
      /^\{\n {2}"\$schema": "https:\/\/json.schemastore.org\/sarif-2.1.0.json",\n {2}"version": "2.1.0",/
    )
    expect(sarifJson(log).endsWith('}\n')).toBe(true)
  })
})

describe('RULE_HELP', () => {
  it('covers every rule of CONTRACT §6 with a description, a hint and the default severity', () => {
    expect(Object.keys(RULE_HELP).sort()).toEqual([...ALL_RULE_IDS].sort())
    for (const id of ALL_RULE_IDS) {
      const help = RULE_HELP[id]
      expect(help.title.length).toBeGreaterThan(5)
      expect(help.description.length).toBeGreaterThan(60)
      expect(help.hint.length).toBeGreaterThan(60)
    }
    const severities = Object.fromEntries(ALL_RULE_IDS.map(id => [id, RULE_HELP[id].severity]))
    expect(severities).toEqual({
      'rotation-access-lost': 'error',
      'rotation-access-missing': 'warning',
      'owner-lockout': 'error',
      'owner-access-lost': 'warning',
      'principal-not-found': 'error',
      'orphaned-principal': 'error',
      'unknown-action': 'error',
      'invalid-policy': 'error',
      'ineffective-statement': 'warning',
      'policy-too-large': 'error',
      'rotation-disabled': 'warning',
      'rotation-overdue': 'warning',
      'rotation-unsupported': 'notice',
      'evaluation-inconclusive': 'error',
      'config-error': 'error',
      'source-mapping': 'notice',
      'unread-resource': 'warning',
      'scheduled-access-loss': 'error',
      'policy-version': 'notice',
      'suppression-expired': 'warning',
      'baseline-changed': 'warning',
      'organization-policies': 'notice'
    })
  })

  it('gives concrete fixes', () => {
    expect(RULE_HELP['owner-lockout'].hint).toContain('arn:aws:iam::ACCOUNT:root')
    expect(RULE_HELP['owner-lockout'].hint).toContain('AWS Support')
    expect(RULE_HELP['unknown-action'].hint).toContain('kms:RotateKeyOnDemand')
    expect(RULE_HELP['policy-too-large'].hint).toContain('32,768')
    expect(RULE_HELP['rotation-access-lost'].hint).toMatch(/Restore the Allow.*Deny/s)
    expect(RULE_HELP['evaluation-inconclusive'].hint).toContain('context:')
  })
})

describe('toSarif: category', () => {
  it('sets automationDetails.id from the category, ending in / so that the whole id is the category', () => {
    const report = buildReport([], [], 'offline', 'error')
    const log = toSarif(report, { toolVersion: TOOL_VERSION, ruleHelp: RULE_HELP, category: 'prod/us-east-1' })
    expect(log.runs[0].automationDetails).toEqual({ id: 'kms-policy-gate/prod/us-east-1/' })
    expect(toSarif(report, { toolVersion: TOOL_VERSION, ruleHelp: RULE_HELP }).runs[0]).not.toHaveProperty(
      'automationDetails'
    )
  })
})
