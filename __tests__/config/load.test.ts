import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { loadConfig } from '../../src/config/load.js'
import { DEFAULT_OWNER_ACTIONS, DEFAULT_ROTATION_ACTIONS } from '../../src/constants.js'
import { ConfigError } from '../../src/errors.js'

const CONFIG = '.github/kms-policy-gate.yml'
const KEY_ARN = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
const ROLE = 'arn:aws:iam::111122223333:role/kms-rotation-service'
const POLICY_FILES = {
  'policies/app-data-key.json': '{}',
  'iam/rotation-inline.json': '{}',
  'iam/kms-operators.json': '{}',
  'iam/boundary.json': '{}'
}

/** The example of CONTRACT §4, verbatim. */
const FULL = `version: 1
region: us-east-1                     # optional
keys:
  - name: app-data                    # optional label for reports
    key: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab
                                      # key ARN, key id, alias/NAME or alias ARN
    policy: policies/app-data-key.json  # optional: the proposed key policy (a JSON file)
    rotation:
      principals: [arn:aws:iam::111122223333:role/kms-rotation-service]
      actions: [kms:RotateKeyOnDemand, kms:EnableKeyRotation, kms:GetKeyRotationStatus,
                kms:ListKeyRotations, kms:DescribeKey]   # this list is the default
      require-enabled: true           # default true: rotation-disabled when off
      max-age-days: 365               # default: the key's rotation period, else 365
    owners: [arn:aws:iam::111122223333:root]   # default: the key's account root
    owner-actions: [kms:PutKeyPolicy]          # default
principals:                           # identity-side documents proposed in the repository
  - arn: arn:aws:iam::111122223333:role/kms-rotation-service
    policies:
      - file: iam/rotation-inline.json
        name: rotation                # the inline policy (by name) this file creates or replaces
      - file: iam/kms-operators.json
        managed: arn:aws:iam::111122223333:policy/kms-operators   # the managed policy it creates or replaces
    permissions-boundary: iam/boundary.json   # optional
context:                              # optional condition-key values, see §6
  arn:aws:iam::111122223333:role/kms-rotation-service:
    aws:SourceVpc: vpc-0abc
`

const roots: string[] = []

afterAll(() => {
  for (const dir of roots) fs.rmSync(dir, { recursive: true, force: true })
})

function workspace(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kpg-config-'))
  roots.push(dir)
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    fs.writeFileSync(path.join(dir, rel), content)
  }
  return dir
}

function load(config: string, files: Record<string, string> = {}, configPath = CONFIG) {
  return loadConfig(workspace({ [configPath]: config, ...files }), configPath)
}

function configError(fn: () => unknown): ConfigError {
  try {
    fn()
  } catch (error) {
    if (error instanceof ConfigError) return error
    throw error
  }
  throw new Error('expected a ConfigError')
}

/** Loads a config expected to fail; returns `line: message`. */
function failure(config: string, files: Record<string, string> = {}): string {
  const error = configError(() => load(config, files))
  expect(error.rule).toBe('config-error')
  expect(error.file).toBe(CONFIG)
  return `${error.line}: ${error.message}`
}

/** A minimal valid config with one key, with extra lines inserted into the key entry. */
function keyConfig(...extra: string[]): string {
  return ['version: 1', 'keys:', '  - key: alias/app-data', ...extra.map(line => `    ${line}`), ''].join('\n')
}

describe('loadConfig: valid configs', () => {
  it('reads the CONTRACT example with exact lines', () => {
    const config = load(FULL, POLICY_FILES)
    // The context's entry keeps the line it was written at.
    expect(config.context.lineOf(ROLE)).toBe(25)
    expect({ ...config, context: config.context.toJSON() }).toEqual({
      version: 1,
      file: CONFIG,
      region: 'us-east-1',
      accounts: {},
      keys: [
        {
          name: 'app-data',
          key: KEY_ARN,
          policy: 'policies/app-data-key.json',
          policyLine: 7,
          rotation: {
            principals: [ROLE],
            actions: [...DEFAULT_ROTATION_ACTIONS],
            requireEnabled: true,
            maxAgeDays: 365
          },
          owners: ['arn:aws:iam::111122223333:root'],
          ownerActions: ['kms:PutKeyPolicy'],
          // The line of each ARN: principal-not-found for the config points there.
          principalLines: { [ROLE]: 9, 'arn:aws:iam::111122223333:root': 14 },
          line: 4,
          endLine: 15
        }
      ],
      principals: [
        {
          arn: ROLE,
          policies: [
            { file: 'iam/rotation-inline.json', name: 'rotation', line: 19 },
            { file: 'iam/kms-operators.json', managed: 'arn:aws:iam::111122223333:policy/kms-operators', line: 21 }
          ],
          permissionsBoundary: 'iam/boundary.json',
          permissionsBoundaryLine: 23,
          line: 17
        }
      ],
      context: { [ROLE]: { 'aws:SourceVpc': ['vpc-0abc'] } },
      horizonDays: 400,
      cloudformation: [],
      terraform: [],
      ignore: []
    })
    expect(config.keys[0].line).toBe(4)
  })

  it('applies the defaults', () => {
    const config = load(
      'version: 1\nkeys:\n  - key: alias/app-data\n  - key: 1234abcd-12ab-34cd-56ef-1234567890ab\n    rotation:\n      require-enabled: false\n'
    )
    expect(config.region).toBeUndefined()
    expect(config.principals).toEqual([])
    expect(config.context.size).toBe(0)
    expect(config.keys).toEqual([
      {
        key: 'alias/app-data',
        rotation: { principals: [], actions: [...DEFAULT_ROTATION_ACTIONS], requireEnabled: true },
        ownerActions: [...DEFAULT_OWNER_ACTIONS],
        principalLines: {},
        line: 3,
        endLine: 3
      },
      {
        key: '1234abcd-12ab-34cd-56ef-1234567890ab',
        rotation: { principals: [], actions: [...DEFAULT_ROTATION_ACTIONS], requireEnabled: false },
        ownerActions: [...DEFAULT_OWNER_ACTIONS],
        principalLines: {},
        line: 4,
        endLine: 6
      }
    ])
    expect(config.keys[0].owners).toBeUndefined()
  })

  it('accepts every key reference form and normalises policy paths', () => {
    const config = load(
      [
        'version: 1',
        'keys:',
        '  - key: mrk-0123456789abcdef0123456789abcdef',
        '    policy: ./policies/../policies/k.json',
        '  - key: arn:aws-us-gov:kms:us-gov-west-1:111122223333:alias/app',
        '  - key: arn:aws-us-gov:kms:us-gov-west-1:111122223333:key/mrk-0123456789abcdef0123456789abcdef',
        ''
      ].join('\n'),
      { 'policies/k.json': '{}' }
    )
    expect(config.keys.map(k => k.key)).toHaveLength(3)
    expect(config.keys[0].policy).toBe('policies/k.json')
  })

  it('reads a JSON config with the same lines', () => {
    const json = JSON.stringify(
      {
        version: 1,
        keys: [
          { key: KEY_ARN, policy: 'policies/app-data-key.json', rotation: { principals: [ROLE], 'max-age-days': 90 } }
        ],
        principals: [{ arn: ROLE, policies: [{ file: 'iam/rotation-inline.json', name: 'rotation' }] }]
      },
      null,
      '\t'
    )
    const config = load(json, POLICY_FILES, 'kms-gate.json')
    expect(config.file).toBe('kms-gate.json')
    expect(config.keys[0]).toMatchObject({
      key: KEY_ARN,
      line: 4,
      endLine: 13,
      policyLine: 6,
      rotation: { maxAgeDays: 90 }
    })
    expect(config.principals[0]).toMatchObject({ line: 16, policies: [{ line: 19 }] })
  })

  it('keeps condition values as written (account ids with a leading zero, lists, numbers)', () => {
    const config = load(
      keyConfig() +
        [
          'context:',
          `  ${ROLE}:`,
          '    aws:SourceAccount: 011122223333',
          '    aws:SourceVpc: [vpc-1, vpc-2]',
          '    aws:MultiFactorAuthPresent: true',
          ''
        ].join('\n')
    )
    expect(config.context.get(ROLE)).toEqual({
      'aws:SourceAccount': ['011122223333'],
      'aws:SourceVpc': ['vpc-1', 'vpc-2'],
      'aws:MultiFactorAuthPresent': ['true']
    })
  })

  it('accepts an absolute config path inside the workspace', () => {
    const ws = workspace({ [CONFIG]: keyConfig() })
    expect(loadConfig(ws, path.join(ws, CONFIG)).file).toBe(CONFIG)
  })

  it('accepts the cloudformation and terraform sections and normalises them to lists', () => {
    const config = load(
      [
        'version: 1',
        'cloudformation:',
        '  - template: templates/*.yaml',
        '    stack: app',
        '    keys:',
        '      AppKey: alias/app-data',
        '    principals:',
        '      RotationRole: arn:aws:iam::111122223333:role/rotation',
        'terraform:',
        '  plan: tf/plan.json',
        '  root: tf',
        '  keys:',
        '    module.kms["prod"].aws_kms_key.this[0]: alias/prod',
        ''
      ].join('\n')
    )
    expect(config.keys).toEqual([])
    expect(config.cloudformation).toEqual([
      {
        template: 'templates/*.yaml',
        stack: 'app',
        keys: { AppKey: 'alias/app-data' },
        principals: { RotationRole: 'arn:aws:iam::111122223333:role/rotation' },
        line: 3
      }
    ])
    expect(config.terraform).toEqual([
      {
        plan: 'tf/plan.json',
        root: 'tf',
        keys: { 'module.kms["prod"].aws_kms_key.this[0]': 'alias/prod' },
        principals: {},
        line: 9
      }
    ])
  })

  it('accepts terraform as a list and a single cloudformation mapping', () => {
    const config = load(
      'version: 1\ncloudformation:\n  template: a.yaml\nterraform:\n  - plan: a.json\n  - plan: b.json\n'
    )
    expect(config.cloudformation).toEqual([{ template: 'a.yaml', keys: {}, principals: {}, line: 2 }])
    expect(config.terraform.map(t => [t.plan, t.line])).toEqual([
      ['a.json', 5],
      ['b.json', 6]
    ])
  })
})

describe('loadConfig: errors with the config line', () => {
  it('accounts: an account id of 12 digits and a role of that account', () => {
    const base = 'version: 1\nkeys:\n  - key: alias/a\naccounts:\n'
    expect(failure(`${base}  "4444": { role: "arn:aws:iam::444455556666:role/gate" }\n`)).toBe(
      '5: accounts["4444"]: an account id is 12 digits (got "4444"; write it in quotes when it starts with 0)'
    )
    expect(failure(`${base}  "444455556666": { role: "arn:aws:iam::111122223333:role/gate" }\n`)).toBe(
      '5: accounts["444455556666"].role: the role is in account 111122223333, not 444455556666: the gate reads each account through a role of its own'
    )
    expect(failure(`${base}  "444455556666": { role: "arn:aws:iam::444455556666:user/gate" }\n`)).toMatch(
      /^5: accounts\["444455556666"\]\.role: must be the ARN of an IAM role/
    )
    const ok = load(
      `${base}  "444455556666":\n    role: arn:aws:iam::444455556666:role/ci/gate\n    external-id: ext-1\n`
    )
    expect(ok.accounts).toEqual({
      '444455556666': { role: 'arn:aws:iam::444455556666:role/ci/gate', externalId: 'ext-1', line: 5 }
    })
  })

  it('unknown fields, with a hint', () => {
    expect(failure(keyConfig('polcy: p.json'))).toBe('4: keys[0].polcy: unknown field "polcy" (did you mean "policy"?)')
    expect(failure(keyConfig('rotation:', '  maxAgeDays: 30'))).toBe(
      '5: keys[0].rotation.maxAgeDays: unknown field "maxAgeDays" (did you mean "max-age-days"?)'
    )
    expect(failure('version: 1\nkeys:\n  - key: alias/a\nsettings: {}\n')).toBe(
      '4: settings: unknown field "settings" (allowed: version, region, timeout-seconds, keys, principals, context, accounts, horizon-days, cloudformation, terraform, ignore)'
    )
  })

  it('timeout-seconds: a whole number from 10 to 21600, at its line', () => {
    expect(failure('version: 1\ntimeout-seconds: 5\nkeys:\n  - key: alias/a\n')).toBe(
      '2: timeout-seconds: timeout-seconds must be a whole number of seconds from 10 to 21600 (got 5)'
    )
    expect(failure('version: 1\ntimeout-seconds: 30.5\nkeys:\n  - key: alias/a\n')).toContain('2: timeout-seconds:')
    expect(load('version: 1\ntimeout-seconds: 600\nkeys:\n  - key: alias/a\n').timeoutSeconds).toBe(600)
    expect(load('version: 1\nkeys:\n  - key: alias/a\n').timeoutSeconds).toBeUndefined()
  })

  it('wrong types', () => {
    expect(failure(keyConfig('rotation:', '  require-enabled: "yes"'))).toBe(
      '5: keys[0].rotation.require-enabled: expected true or false, got the string "yes"'
    )
    expect(failure('version: 1\nkeys: alias/a\n')).toBe('2: keys: expected a list, got the string "alias/a"')
    expect(failure(keyConfig('owners:', '  team: a'))).toBe('4: keys[0].owners: expected a list, got a mapping')
    expect(failure(keyConfig('rotation:'))).toBe('4: keys[0].rotation: expected a mapping, got an empty value')
  })

  it('a missing required field, at the line of its parent', () => {
    expect(failure('version: 1\nkeys:\n  - name: app\n    policy: p.json\n')).toBe(
      '3: keys[0]: missing required field "key"'
    )
    expect(failure('keys:\n  - key: alias/a\n')).toBe('1: missing required field "version"')
  })

  it('bad principal ARNs', () => {
    const config = keyConfig('rotation:', '  principals:', `    - ${ROLE}`, '    - arn:aws:iam::123:role/x')
    expect(failure(config)).toBe(
      '7: keys[0].rotation.principals[1]: not an IAM role/user/root ARN: "arn:aws:iam::123:role/x" (the account id must be 12 digits)'
    )
    expect(failure(keyConfig('owners: ["111122223333"]'))).toBe(
      '4: keys[0].owners[0]: not an IAM role/user/root ARN: "111122223333" (write an account as arn:aws:iam::111122223333:root)'
    )
    expect(failure(keyConfig('owners: [111122223333]'))).toBe(
      '4: keys[0].owners[0]: expected a string, got the number 111122223333'
    )
    expect(failure(keyConfig('owners: [arn:aws:sts::111122223333:assumed-role/a/b]'))).toMatch(
      /^4: .*assumed-role session\)$/
    )
    expect(failure(keyConfig('owners: [arn:aws:iam::111122223333:role/*]'))).toMatch(/wildcards are not allowed/)
    expect(failure(keyConfig('owners: [arn:aws-mars:iam::111122223333:root]'))).toMatch(
      /^4: .*unknown partition "aws-mars"/
    )
  })

  it('bad action syntax', () => {
    expect(failure(keyConfig('rotation:', '  actions:', '    - kms:DescribeKey', '    - kms RotateKeyOnDemand'))).toBe(
      '7: keys[0].rotation.actions[1]: not an action: "kms RotateKeyOnDemand" (service:Action, wildcards * and ? allowed)'
    )
    expect(failure(keyConfig('owner-actions: ["*"]'))).toBe(
      '4: keys[0].owner-actions[0]: not an action: "*" (name the service, e.g. kms:*)'
    )
    expect(load(keyConfig('owner-actions: [kms:Put*, kms:?escribeKey]')).keys[0].ownerActions).toEqual([
      'kms:Put*',
      'kms:?escribeKey'
    ])
  })

  it('bad key references', () => {
    expect(failure('version: 1\nkeys:\n  - key: my-key\n')).toBe(
      '3: keys[0].key: not a key ARN, key id, alias/NAME or alias ARN: "my-key"'
    )
    expect(failure('version: 1\nkeys:\n  - key: arn:aws:kms:us-east-1:111122223333:key/xyz\n')).toMatch(
      /^3: .*the key id must be a UUID/
    )
    expect(failure('version: 1\nkeys:\n  - key: arn:aws:kms:useast1:111122223333:alias/a\n')).toMatch(
      /"useast1" is not a region/
    )
    expect(failure('version: 1\nkeys:\n  - key: arn:aws:s3:::bucket/x\n')).toMatch(/not a KMS ARN/)
  })

  it('other value formats', () => {
    expect(failure('version: 1\nregion: US East\nkeys:\n  - key: alias/a\n')).toBe(
      '2: region: not a region like us-east-1: "US East"'
    )
    expect(failure(keyConfig('rotation:', '  max-age-days: 0'))).toBe(
      '5: keys[0].rotation.max-age-days: must be a positive whole number of days'
    )
    expect(failure(keyConfig('rotation:', '  max-age-days: 1.5'))).toBe(
      '5: keys[0].rotation.max-age-days: must be a positive whole number of days'
    )
    expect(failure(keyConfig('owners: []'))).toMatch(/^4: keys\[0\].owners: must name at least one owner/)
  })

  it('a principal policy needs exactly one of name and managed; managed is a policy ARN', () => {
    const principal = (...policy: string[]): string =>
      keyConfig() +
      ['principals:', `  - arn: ${ROLE}`, '    policies:', ...policy.map(l => `      ${l}`), ''].join('\n')
    expect(failure(principal('- file: a.json'))).toMatch(/^7: principals\[0\].policies\[0\]: needs "name"/)
    expect(failure(principal('- file: a.json', '  name: x', '  managed: arn:aws:iam::111122223333:policy/p'))).toMatch(
      /^7: .*not both$/
    )
    expect(failure(principal('- file: a.json', '  managed: arn:aws:iam::aws:policy/AdministratorAccess'))).toBe(
      '8: principals[0].policies[0].managed: not an IAM managed policy ARN: "arn:aws:iam::aws:policy/AdministratorAccess" (AWS managed policies cannot be replaced from the repository)'
    )
  })

  it('referenced files: missing, .., absolute, symbolic link outside, directory', () => {
    expect(failure(keyConfig('policy: policies/missing.json'))).toBe(
      '4: keys[0].policy: file "policies/missing.json" does not exist'
    )
    expect(failure(keyConfig('policy: ../x.json'))).toBe('4: keys[0].policy: path "../x.json" is outside the workspace')
    expect(failure(keyConfig('policy: /etc/passwd'))).toBe(
      '4: keys[0].policy: path "/etc/passwd" is absolute; paths must be relative to the workspace'
    )
    expect(failure(keyConfig('policy: policies'), { 'policies/a.json': '{}' })).toBe(
      '4: keys[0].policy: path "policies" is a directory, not a file'
    )

    const outside = workspace({ 'secret.json': '{}' })
    const ws = workspace({
      [CONFIG]: keyConfig() + `principals:\n  - arn: ${ROLE}\n    permissions-boundary: iam/boundary.json\n`
    })
    fs.mkdirSync(path.join(ws, 'iam'))
    fs.symlinkSync(path.join(outside, 'secret.json'), path.join(ws, 'iam/boundary.json'))
    const error = configError(() => loadConfig(ws, CONFIG))
    expect(error.line).toBe(6)
    expect(error.message).toMatch(
      /^principals\[0\].permissions-boundary: path "iam\/boundary.json" is outside the workspace \(a symbolic link resolves to/
    )
  })

  it('reports the first missing file by line', () => {
    const config = `version: 1\nprincipals:\n  - arn: ${ROLE}\n    policies:\n      - file: iam/b.json\n        name: b\nkeys:\n  - key: alias/a\n    policy: a.json\n`
    expect(failure(config)).toBe('5: principals[0].policies[0].file: file "iam/b.json" does not exist')
  })

  it('glob paths of the extension sections may not contain .. or be absolute', () => {
    expect(failure('version: 1\ncloudformation:\n  - template: a/../b.yaml\n')).toBe(
      '3: cloudformation[0].template: path "a/../b.yaml" may not contain ".."'
    )
    expect(failure('version: 1\nterraform:\n  plan: /tmp/plan.json\n')).toBe(
      '3: terraform.plan: path "/tmp/plan.json" is absolute; paths must be relative to the workspace'
    )
    expect(failure('version: 1\ncloudformation:\n  - template: a.yaml\n    keys:\n      app-key: alias/a\n')).toBe(
      '5: cloudformation[0].keys["app-key"]: not a CloudFormation logical id: "app-key"'
    )
    expect(failure('version: 1\nterraform:\n  plan: p.json\n  principals:\n    aws_iam_role.r: alias/x\n')).toMatch(
      /^5: terraform.principals\["aws_iam_role.r"\]: not an IAM role or user ARN/
    )
  })

  it('malformed YAML, with the line of the syntax error', () => {
    expect(failure('version: 1\nkeys:\n  - key: alias/a\n    policy: [a.json\n  - key: alias/b\n')).toMatch(
      /^\d: cannot parse config: /
    )
    expect(failure('version: 1\nkeys:\n  - key: alias/a\n    policy: x: y\n')).toBe(
      '4: cannot parse config: Nested mappings are not allowed in compact mappings'
    )
    expect(failure('version: 1\nkeys:\n  - key: "alias/a\n\n')).toBe('3: cannot parse config: Missing closing "quote')
    expect(failure('version: 1\nkeys:\n\t- key: alias/a\n')).toMatch(/^3: cannot parse config: /)
  })

  it('malformed JSON, with the line', () => {
    const error = configError(() =>
      load(
        '{\n  "version": 1,\n  "keys": [\n    {"key": "alias/a",}\n    {"key": "alias/b"}\n  ]\n}\n',
        {},
        'gate.json'
      )
    )
    expect(error.file).toBe('gate.json')
    // A .json config is held to JSON: the first problem is the trailing comma on line 4.
    expect(error.line).toBe(4)
    expect(error.message).toBe('cannot parse config: JSON syntax error (a trailing comma is not allowed)')
  })

  it('duplicate keys', () => {
    expect(failure('version: 1\nkeys:\n  - key: alias/a\n    name: a\n    name: b\n')).toBe(
      '5: cannot parse config: key "name" appears twice in the same mapping'
    )
    expect(failure('version: 1\nkeys:\n  - key: alias/a\nversion: 1\n')).toBe(
      '4: cannot parse config: key "version" appears twice in the same mapping'
    )
    const error = configError(() => load('{"version": 1,\n "keys": [],\n "version": 1}', {}, 'gate.json'))
    expect(error.line).toBe(3)
  })

  it('the same key or principal listed twice', () => {
    expect(failure('version: 1\nkeys:\n  - key: alias/a\n  - key: alias/a\n')).toBe(
      '4: keys[1].key: key "alias/a" is already listed at keys[0].key'
    )
    const twice = keyConfig() + `principals:\n  - arn: ${ROLE}\n  - arn: ${ROLE}\n`
    expect(failure(twice)).toBe(`6: principals[1].arn: principal "${ROLE}" is already listed at principals[0].arn`)
  })

  it('an ARN in another partition than the keys', () => {
    const config = `version: 1\nkeys:\n  - key: ${KEY_ARN}\n    owners:\n      - arn:aws:iam::111122223333:root\n      - arn:aws-cn:iam::111122223333:root\n`
    expect(failure(config)).toBe('6: keys[0].owners[1]: ARN is in partition aws-cn but the keys are in aws')
    const context = `version: 1\nkeys:\n  - key: ${KEY_ARN}\ncontext:\n  arn:aws-cn:iam::111122223333:role/r:\n    aws:SourceVpc: vpc-1\n`
    expect(failure(context)).toBe(
      '5: context["arn:aws-cn:iam::111122223333:role/r"]: ARN is in partition aws-cn but the keys are in aws'
    )
    const noKeyArns = keyConfig('owners: [arn:aws:iam::111122223333:root, arn:aws-iso:iam::111122223333:root]')
    expect(failure(noKeyArns)).toBe('4: keys[0].owners[1]: ARN is in partition aws-iso but the other ARNs are in aws')
  })

  // A context value for a key the gate takes from the principal would replace who makes the request: a pull
  // request could settle a Deny on aws:PrincipalArn in its favour (README, "Unknown condition values").
  it('context cannot set a key the gate knows from the principal or the key', () => {
    const config = `version: 1\nkeys:\n  - key: ${KEY_ARN}\ncontext:\n  ${ROLE}:\n    aws:PrincipalArn: arn:aws:iam::111122223333:role/break-glass\n`
    expect(failure(config)).toBe(
      `6: context["${ROLE}"]["aws:PrincipalArn"]: aws:PrincipalArn is known from the principal or the key: it cannot be set in context`
    )
    const network = `version: 1\nkeys:\n  - key: ${KEY_ARN}\ncontext:\n  ${ROLE}:\n    aws:SourceVpc: vpc-1\n`
    expect(() => load(network)).not.toThrow()
  })

  it('version must be 1', () => {
    expect(failure('version: 2\nkeys:\n  - key: alias/a\n')).toBe('1: version: must be 1 (got 2)')
    expect(failure('version: "1"\nkeys:\n  - key: alias/a\n')).toBe('1: version: must be 1 (got "1")')
  })

  it('a config without keys or extension sections', () => {
    expect(failure('version: 1\n')).toBe(
      '1: keys: no keys to check: add a keys list (or a cloudformation or terraform section)'
    )
  })

  it('an empty config, a comment-only config and a top level that is not a mapping', () => {
    expect(failure('')).toBe('1: config is empty')
    expect(failure('  \n\n')).toBe('1: config is empty')
    expect(failure('# nothing yet\n')).toBe('1: config is empty')
    expect(failure('\n- version: 1\n')).toBe('2: config must be a mapping of settings (version, keys, …); found a list')
    expect(failure('just text\n')).toBe(
      '1: config must be a mapping of settings (version, keys, …); found a single value'
    )
  })

  it('a missing config file', () => {
    const error = configError(() => loadConfig(workspace({}), CONFIG))
    expect(error.message).toBe(`cannot read config: file "${CONFIG}" does not exist`)
    expect(error.rule).toBe('config-error')
  })

  it('a config file outside the workspace', () => {
    const error = configError(() => loadConfig(workspace({}), '../gate.yml'))
    expect(error.message).toBe('cannot read config: path "../gate.yml" is outside the workspace')
  })

  it('a config over the size cap', () => {
    const ws = workspace({ [CONFIG]: keyConfig() + '#'.repeat(200) })
    const error = configError(() => loadConfig(ws, CONFIG, { maxBytes: 100 }))
    expect(error.message).toMatch(
      /^cannot read config: file "\.github\/kms-policy-gate\.yml" is \d+ bytes, over the limit of 100 bytes$/
    )
  })

  it('a YAML alias bomb fails fast with a clear message', () => {
    const lines = ['version: 1', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 12; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`
      )
    lines.push('keys:', '  - key: alias/a', '')
    const started = Date.now()
    expect(failure(lines.join('\n'))).toBe(
      '3: config expands YAML aliases into too many values (the limit is 100); write the values out'
    )
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('other hostile or odd YAML is a config error, not a crash', () => {
    expect(failure('version: 1\nkeys:\n  - key: alias/a\n    rotation: *nope\n')).toBe(
      '4: cannot parse config: Unresolved alias (the anchor must be set before the alias): nope'
    )
    expect(failure('version: 1\nkeys:\n  - key: alias/a\ncontext:\n  __proto__:\n    a:b: x\n')).toBe(
      '5: cannot parse config: "__proto__" is not allowed as a key'
    )
    expect(failure('version: 1\nkeys:\n  - ? [a, b]\n    : x\n')).toBe(
      '3: cannot parse config: mapping keys must be plain strings'
    )
    expect(failure('version: 1\nkeys:\n  - key: alias/a\n---\nversion: 1\n')).toBe(
      '4: cannot parse config: the config must be a single YAML document (remove the second "---")'
    )
    // Named by the gate's reader at any size (above the library's limit too), and after an end marker.
    const large = `version: 1\n${'# padding line of a large config\n'.repeat(9000)}keys:\n  - key: alias/a\n`
    expect(failure(`${large}---\nversion: 1\n`)).toBe(
      '9004: cannot parse config: the config must be a single YAML document (remove the second "---")'
    )
    expect(failure(`${large}...\nversion: 1\n`)).toBe(
      '9005: cannot parse config: the config must be a single YAML document (remove the second "---")'
    )
    expect(load(`%YAML 1.2\n---\n${large}...\n# end\n`).keys).toHaveLength(1)
    expect(failure('version: 1\nkeys: ' + '['.repeat(20000) + ']'.repeat(20000) + '\n')).toBe(
      '2: cannot parse config: the config is nested deeper than 400 levels'
    )
  })

  it('modest aliases are fine', () => {
    const config = load(
      `version: 1\nkeys:\n  - key: alias/a\n    owners: &owners [arn:aws:iam::111122223333:root]\n  - key: alias/b\n    owners: *owners\n`
    )
    expect(config.keys[1].owners).toEqual(['arn:aws:iam::111122223333:root'])
  })
})

describe('keys named by the template or plan that creates them (issue 11)', () => {
  const files = { 'infra/t.yaml': 'Resources: {}\n', 'plan.json': '{}' }
  it('accepts cloudformation:LogicalId and terraform:ADDRESS with the matching section', () => {
    const config = load(
      [
        'version: 1',
        'keys:',
        '  - key: cloudformation:PaymentsKey',
        '  - key: terraform:module.kms["a"].aws_kms_key.this[0]',
        'cloudformation: { template: infra/t.yaml }',
        'terraform: { plan: plan.json }',
        ''
      ].join('\n'),
      files
    )
    expect(config.keys.map(k => k.key)).toEqual([
      'cloudformation:PaymentsKey',
      'terraform:module.kms["a"].aws_kms_key.this[0]'
    ])
  })

  it('refuses them without the section, or with a malformed id', () => {
    expect(failure('version: 1\nkeys:\n  - key: cloudformation:PaymentsKey\n')).toBe(
      '3: keys[0].key: names a cloudformation resource but the config has no cloudformation section'
    )
    expect(
      failure(
        'version: 1\nkeys:\n  - key: cloudformation:Payments-Key\ncloudformation: { template: infra/t.yaml }\n',
        files
      )
    ).toBe('3: keys[0].key: not a CloudFormation logical id: "Payments-Key"')
    expect(failure('version: 1\nkeys:\n  - key: terraform:1bad\nterraform: { plan: plan.json }\n', files)).toBe(
      '3: keys[0].key: not a Terraform resource address: "1bad"'
    )
  })
})
