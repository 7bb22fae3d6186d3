import { decide } from '../../src/engine/evaluate.js'
import { buildRequest } from '../../src/engine/request.js'
import type { Decision, PolicySet } from '../../src/engine/types.js'
import { parsePolicyText } from '../../src/policy/parse.js'
import { contextHint, inconclusiveFinding, rotationAccessRules } from '../../src/rules/access.js'
import type { EvaluatedCheck, KeyEvaluation } from '../../src/rules/types.js'
import type { Purpose } from '../../src/report/types.js'
import { KEY, KEY_ARN, NOW, OTHER_ROLE, ROLE, ROOT } from '../helpers/engine.js'

const CONFIG = '.github/kms-policy-gate.yml'
const fallback = { file: CONFIG, startLine: 4, endLine: 9 }
const ROTATE = 'kms:RotateKeyOnDemand'

/** A key policy file with one statement per argument: line 2 holds the `Statement` key, statements start at line 3. */
const policy = (...statements: object[]): string =>
  `{\n"Version": "2012-10-17", "Statement": [\n${statements.map(s => JSON.stringify(s)).join(',\n')}\n]}\n`
const keySet = (...statements: object[]): PolicySet => ({
  keyPolicy: parsePolicyText(policy(...statements), {
    kind: 'key',
    name: 'policies/key.json',
    file: 'policies/key.json'
  }),
  identity: [],
  boundary: null,
  scps: [],
  rcps: []
})
const DELETED: PolicySet = { keyPolicy: null, identity: [], boundary: null, scps: [], rcps: [] }

const rotate = { Sid: 'Rotate', Effect: 'Allow', Principal: { AWS: ROLE }, Action: ROTATE, Resource: '*' }
const other = { Sid: 'Other', Effect: 'Allow', Principal: { AWS: OTHER_ROLE }, Action: 'kms:*', Resource: '*' }
const denyRotate = { Sid: 'NoRotate', Effect: 'Deny', Principal: { AWS: ROLE }, Action: ROTATE, Resource: '*' }
// aws:SourceVpc depends on the network path of the call (KMS Developer Guide, vpce-policy-condition): unknown here.
const denyOutsideVpc = { ...denyRotate, Sid: 'OnlyInVpc', Condition: { StringNotEquals: { 'aws:SourceVpc': 'vpc-1' } } }

const decideIn = (set: PolicySet, action = ROTATE): Decision => decide(buildRequest(ROLE, action, KEY, NOW), set)
const check = (
  before: PolicySet | null,
  after: PolicySet,
  purpose: Purpose = 'rotation',
  action = ROTATE
): EvaluatedCheck => ({
  purpose,
  principal: ROLE,
  action,
  before: before ? decideIn(before, action) : null,
  after: decideIn(after, action),
  afterSet: after
})
const evaluation = (...checks: EvaluatedCheck[]): KeyEvaluation => ({
  keyArn: KEY_ARN,
  keyName: 'app-data',
  live: null,
  fallback,
  checks,
  owners: [ROOT],
  ownerActions: ['kms:PutKeyPolicy'],
  configFile: CONFIG
})

describe('contextHint', () => {
  it('condition keys: where to give their values for the principal', () => {
    expect(contextHint(evaluation(), ROLE, ['aws:SourceVpc', 'aws:PrincipalTag/team'])).toBe(
      `set their values under \`context: { "${ROLE}": { aws:SourceVpc: …, aws:PrincipalTag/team: … } }\` in ${CONFIG}`
    )
  })

  it('an organization id key also points at the snapshot organizationId, whatever its case', () => {
    expect(contextHint(evaluation(), ROLE, ['aws:principalorgid'])).toBe(
      `set their values under \`context: { "${ROLE}": { aws:principalorgid: … } }\` in ${CONFIG}; ` +
        'or give the organization as `organizationId` in the snapshot'
    )
    expect(contextHint(evaluation(), ROLE, ['aws:ResourceOrgID'])).toContain('`organizationId` in the snapshot')
    expect(contextHint(evaluation(), ROLE, ['aws:SourceVpc'])).not.toContain('organizationId')
  })

  it('values a template or plan leaves unresolved: map them, with no context to set', () => {
    const unresolved = '!ImportValue roles-Arn (known only after deployment)'
    expect(contextHint(evaluation(), ROLE, [unresolved])).toBe(
      'map the template or plan values the gate cannot resolve (config `keys`/`principals`, parameter defaults)'
    )
    expect(contextHint(evaluation(), ROLE, ['aws:SourceVpc', unresolved]).split('; ')).toEqual([
      `set their values under \`context: { "${ROLE}": { aws:SourceVpc: … } }\` in ${CONFIG}`,
      'map the template or plan values the gate cannot resolve (config `keys`/`principals`, parameter defaults)'
    ])
  })
})

describe('inconclusiveFinding', () => {
  it('nothing when both sides are settled', () => {
    expect(inconclusiveFinding(evaluation(), check(keySet(rotate), keySet(other)))).toBeUndefined()
  })

  it('an error at the undecided Deny when the change may lose access', () => {
    const c = check(keySet(rotate), keySet(rotate, denyOutsideVpc))
    expect(c.after).toMatchObject({
      decision: 'inconclusive',
      scenarios: { favour: 'allowed', against: 'explicit-deny' }
    })
    expect(inconclusiveFinding(evaluation(c), c)).toEqual({
      rule: 'evaluation-inconclusive',
      severity: 'error',
      message:
        `${ROLE} ${ROTATE} on app-data (rotation) is allowed before and inconclusive after: it depends on aws:SourceVpc; ` +
        `set their values under \`context: { "${ROLE}": { aws:SourceVpc: … } }\` in ${CONFIG}`,
      key: KEY_ARN,
      principal: ROLE,
      action: ROTATE,
      file: 'policies/key.json',
      startLine: 4,
      endLine: 4,
      preExisting: false
    })
  })

  it('the same undecided Deny in both worlds: a pre-existing warning', () => {
    const same = keySet(rotate, denyOutsideVpc)
    const c = check(same, same)
    expect(inconclusiveFinding(evaluation(c), c)).toEqual(
      expect.objectContaining({
        rule: 'evaluation-inconclusive',
        severity: 'warning',
        message: expect.stringContaining('is inconclusive before and inconclusive after: it depends on aws:SourceVpc'),
        startLine: 4,
        endLine: 4,
        preExisting: true
      })
    )
  })

  it('a key the change creates, allowed only if the unknown value is right: an error that says "new"', () => {
    const c = check(null, keySet(rotate, denyOutsideVpc))
    expect(inconclusiveFinding(evaluation(c), c)).toEqual(
      expect.objectContaining({
        severity: 'error',
        message: expect.stringContaining(`${ROTATE} on the new key app-data (rotation) is inconclusive: it depends on`),
        preExisting: false
      })
    )
  })
})

describe('rotationAccessRules', () => {
  it('rotation-access-lost at the Deny that now matches', () => {
    expect(rotationAccessRules(evaluation(check(keySet(rotate), keySet(rotate, denyRotate))))).toEqual([
      {
        rule: 'rotation-access-lost',
        severity: 'error',
        message: `${ROLE} loses ${ROTATE} on app-data: explicit Deny in key policy statement NoRotate (policies/key.json)`,
        key: KEY_ARN,
        principal: ROLE,
        action: ROTATE,
        file: 'policies/key.json',
        startLine: 4,
        endLine: 4,
        preExisting: false
      }
    ])
  })

  it('rotation-access-lost at the proposed Statement key when the Allow is gone', () => {
    // KMS Developer Guide, key-policies: without a key-policy statement for the principal or its account, IAM
    // policies cannot allow access to the key.
    expect(rotationAccessRules(evaluation(check(keySet(rotate), keySet(other))))).toEqual([
      expect.objectContaining({
        rule: 'rotation-access-lost',
        severity: 'error',
        message: `${ROLE} loses ${ROTATE} on app-data: no key-policy statement allows the principal or delegates to its account`,
        file: 'policies/key.json',
        startLine: 2,
        endLine: 2,
        preExisting: false
      })
    ])
  })

  it('rotation-access-lost at the statement that keeps the Sid of the Allow that used to grant', () => {
    const narrowed = { ...rotate, Action: 'kms:EnableKeyRotation' }
    expect(rotationAccessRules(evaluation(check(keySet(rotate), keySet(other, narrowed))))).toEqual([
      expect.objectContaining({ rule: 'rotation-access-lost', file: 'policies/key.json', startLine: 4, endLine: 4 })
    ])
  })

  it('a key the change creates without the grant: rotation-access-lost that names the new key', () => {
    expect(rotationAccessRules(evaluation(check(null, keySet(other))))).toEqual([
      expect.objectContaining({
        rule: 'rotation-access-lost',
        severity: 'error',
        message: `${ROLE} would not have ${ROTATE} on the new key app-data: no key-policy statement allows the principal or delegates to its account`,
        startLine: 2,
        preExisting: false
      })
    ])
  })

  it('a key the change deletes: rotation-access-lost at the key entry of the config', () => {
    expect(rotationAccessRules(evaluation(check(keySet(rotate), DELETED)))).toEqual([
      expect.objectContaining({
        rule: 'rotation-access-lost',
        message: `${ROLE} loses ${ROTATE} on app-data: the change deletes the key`,
        ...fallback
      })
    ])
  })

  it('rotation-access-missing (a pre-existing warning) when denied before and after', () => {
    expect(rotationAccessRules(evaluation(check(keySet(other), keySet(other))))).toEqual([
      expect.objectContaining({
        rule: 'rotation-access-missing',
        severity: 'warning',
        message: `${ROLE} cannot ${ROTATE} on app-data before or after the change: no key-policy statement allows the principal or delegates to its account`,
        file: 'policies/key.json',
        startLine: 2,
        endLine: 2,
        preExisting: true
      })
    ])
  })

  it('nothing while access is kept or gained, and nothing for owner checks', () => {
    expect(rotationAccessRules(evaluation(check(keySet(rotate), keySet(rotate))))).toEqual([])
    expect(rotationAccessRules(evaluation(check(keySet(other), keySet(rotate))))).toEqual([])
    expect(rotationAccessRules(evaluation(check(null, keySet(rotate))))).toEqual([])
    expect(rotationAccessRules(evaluation(check(keySet(rotate), keySet(other), 'owner')))).toEqual([])
  })

  it('an undecided check becomes evaluation-inconclusive, never rotation-access-lost', () => {
    expect(
      rotationAccessRules(evaluation(check(keySet(rotate), keySet(rotate, denyOutsideVpc)))).map(f => [
        f.rule,
        f.severity,
        f.startLine
      ])
    ).toEqual([['evaluation-inconclusive', 'error', 4]])
  })

  it('one finding per rotation check, in check order', () => {
    const ev = evaluation(
      check(keySet(rotate), keySet(other)),
      check(keySet(rotate), keySet(rotate)),
      check(keySet(other), keySet(other), 'rotation', 'kms:EnableKeyRotation')
    )
    expect(rotationAccessRules(ev).map(f => [f.rule, f.action])).toEqual([
      ['rotation-access-lost', ROTATE],
      ['rotation-access-missing', 'kms:EnableKeyRotation']
    ])
  })
})
