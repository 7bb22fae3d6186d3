import type { Config, KeyConfig } from '../../src/config/types.js'
import { DEFAULT_ROTATION_ACTIONS } from '../../src/constants.js'
import { ConfigError } from '../../src/errors.js'
import { planKeys, probedPlan, probePurpose, probeTarget, target, type KeyPlan } from '../../src/gate/plan.js'
import { parsePolicyText } from '../../src/policy/parse.js'
import type { ProposedChange } from '../../src/sources/types.js'
import type { LiveState } from '../../src/state/types.js'
import { ConditionContext } from '../../src/config/context.js'

const ACCOUNT = '111122223333'
const MRK = 'mrk-0123456789abcdef0123456789abcdef'
const PRIMARY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/${MRK}`
const REPLICA = `arn:aws:kms:us-west-2:${ACCOUNT}:key/${MRK}`
const IMPORTED_ID = '1234abcd-12ab-34cd-56ef-1234567890ab'
const IMPORTED = `arn:aws:kms:us-west-2:${ACCOUNT}:key/${IMPORTED_ID}`
const PLAIN = `arn:aws:kms:us-west-2:${ACCOUNT}:key/0987dcba-09fe-87dc-65ba-ab0987654321`
const ORPHAN = `arn:aws:kms:us-west-2:${ACCOUNT}:key/mrk-ffffffffffffffffffffffffffffffff`
const ROLE = `arn:aws:iam::${ACCOUNT}:role/rotator`
const ADMIN = `arn:aws:iam::${ACCOUNT}:role/key-admin`
const CONFIG_FILE = '.github/kms-policy-gate.yml'

const entry = (key: string, line: number, extra: Partial<KeyConfig> = {}): KeyConfig => ({
  key,
  rotation: { principals: [ROLE], actions: [...DEFAULT_ROTATION_ACTIONS], requireEnabled: true },
  ownerActions: ['kms:PutKeyPolicy'],
  principalLines: { [ROLE]: line + 3 },
  line,
  endLine: line + 4,
  ...extra
})
const config = (keys: KeyConfig[]): Config => ({
  version: 1,
  file: CONFIG_FILE,
  keys,
  principals: [],
  context: new ConditionContext(),
  accounts: {},
  horizonDays: 400,
  cloudformation: [],
  terraform: [],
  ignore: []
})
const state: LiveState = {
  version: 1,
  account: ACCOUNT,
  region: 'us-west-2',
  keys: [
    { arn: PRIMARY, aliases: [], policy: {}, multiRegion: true, multiRegionKeyType: 'PRIMARY' },
    {
      arn: REPLICA,
      aliases: ['alias/app'],
      policy: {},
      keySpec: 'SYMMETRIC_DEFAULT',
      multiRegion: true,
      multiRegionKeyType: 'REPLICA',
      primaryKeyArn: PRIMARY
    },
    { arn: IMPORTED, aliases: ['alias/imported'], policy: {}, origin: 'EXTERNAL', keySpec: 'SYMMETRIC_DEFAULT' },
    { arn: PLAIN, aliases: [], policy: {}, keySpec: 'HMAC_256', keyUsage: 'GENERATE_VERIFY_MAC' },
    // A replica whose primary the state does not hold.
    {
      arn: ORPHAN,
      aliases: [],
      policy: {},
      multiRegion: true,
      multiRegionKeyType: 'REPLICA',
      primaryKeyArn: PRIMARY.replace('0123', '9999')
    }
  ],
  principals: []
}
const change = (keys: ProposedChange['keys']): ProposedChange => ({ keys, principals: [] })
const keyPolicy = (file: string) =>
  parsePolicyText(
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: ADMIN }, Action: 'kms:*', Resource: '*' }]
    }),
    { kind: 'key', name: file, file }
  )
const thrown = (f: () => unknown): unknown => {
  try {
    f()
  } catch (error) {
    return error
  }
  throw new Error('nothing was thrown')
}

describe('planKeys: a configured key and the template or plan entries that map to it', () => {
  it('a template policy for a configured key is that key’s proposed policy; findings point at the template', () => {
    const template = keyPolicy('infra/kms.yaml')
    const ch = change([
      { key: 'alias/app' },
      { key: REPLICA, name: 'AppKey', policy: template, file: 'infra/kms.yaml', line: 12 }
    ])
    const plans = planKeys(config([entry('alias/app', 4)]), ch, state)
    expect(plans.map(p => p.keyArn)).toEqual([REPLICA])
    expect(ch.keys[0].policy).toBe(template)
    expect(plans[0].fallback).toEqual({ file: 'infra/kms.yaml', startLine: 12, endLine: 12 })
  })

  it('a policy from both the config and a template is refused, naming both, at the template’s line', () => {
    const ch = change([
      { key: 'alias/app', policy: keyPolicy('policies/app.json') },
      { key: REPLICA, name: 'AppKey', policy: keyPolicy('infra/kms.yaml'), file: 'infra/kms.yaml', line: 12 }
    ])
    const error = thrown(() => planKeys(config([entry('alias/app', 4)]), ch, state))
    expect(error).toBeInstanceOf(ConfigError)
    expect(error).toMatchObject({
      message: 'key AppKey gets a proposed key policy from both policies/app.json and infra/kms.yaml',
      file: 'infra/kms.yaml',
      line: 12
    })
  })

  it('a plan that deletes a configured key deletes it, and findings point at the plan', () => {
    const ch = change([
      { key: REPLICA },
      { key: REPLICA, name: 'aws_kms_key.app', deleted: true, file: 'plan.json', line: 40 }
    ])
    const [plan, ...rest] = planKeys(config([entry(REPLICA, 4)]), ch, state)
    expect(rest).toEqual([])
    expect(ch.keys[0].deleted).toBe(true)
    expect(plan.fallback).toEqual({ file: 'plan.json', startLine: 40, endLine: 40 })
  })

  it('a template’s rotation setting goes to the configured key with the template’s position; the config lines stay', () => {
    const ch = change([{ key: REPLICA }, { key: REPLICA, rotationEnabled: false, file: 'infra/kms.yaml', line: 7 }])
    const [plan] = planKeys(config([entry(REPLICA, 4)]), ch, state)
    expect(ch.keys[0]).toMatchObject({ rotationEnabled: false, file: 'infra/kms.yaml', line: 7 })
    expect(plan.fallback).toEqual({ file: CONFIG_FILE, startLine: 4, endLine: 8 })
  })

  it('template keys that map to different live keys stay different keys', () => {
    const ch = change([{ key: REPLICA }, { key: PLAIN, name: 'MacKey', file: 'infra/kms.yaml', line: 30 }])
    const plans = planKeys(config([entry(REPLICA, 4)]), ch, state)
    expect(plans.map(p => [p.index, p.keyArn, p.keyName])).toEqual([
      [0, REPLICA, 'alias/app'],
      [1, PLAIN, 'MacKey']
    ])
  })
})

describe('planKeys: keys missing from the state', () => {
  it('a configured key: a config error at its entry, naming the account in live mode', () => {
    const error = thrown(() => planKeys(config([entry('alias/gone', 9)]), change([{ key: 'alias/gone' }]), state))
    expect(error).toBeInstanceOf(ConfigError)
    expect(error).toMatchObject({ message: 'key alias/gone is not in the account', file: CONFIG_FILE, line: 9 })
  })

  it('a template key: a config error at the template line', () => {
    const ch = change([{ key: 'alias/gone', name: 'Gone', file: 'infra/kms.yaml', line: 21 }])
    expect(thrown(() => planKeys(config([]), ch, state, 'snapshot.json'))).toMatchObject({
      message: 'key alias/gone is not in the snapshot snapshot.json',
      file: 'infra/kms.yaml',
      line: 21
    })
  })

  it('a key the change creates is no error: it gets a placeholder in the state’s partition, named by index when unnamed', () => {
    const china: LiveState = { ...state, region: 'cn-north-1', keys: [] }
    const plans = planKeys(config([]), change([{ created: true, keySpec: 'HMAC_256' }]), china)
    expect(plans[0]).toMatchObject({
      keyArn: `arn:aws-cn:kms:cn-north-1:${ACCOUNT}:key/new-0`,
      owners: [`arn:aws-cn:iam::${ACCOUNT}:root`],
      live: null,
      facts: { arn: `arn:aws-cn:kms:cn-north-1:${ACCOUNT}:key/new-0`, keySpec: 'HMAC_256' }
    })
  })

  it('a configured key a template creates points into the template; one the config itself creates, into the config', () => {
    const linked = planKeys(
      config([entry('alias/new', 4)]),
      change([{ key: 'alias/new', created: true, name: 'NewKey', file: 'infra/kms.yaml', line: 15 }]),
      state
    )
    expect(linked[0].fallback).toEqual({ file: 'infra/kms.yaml', startLine: 15, endLine: 15 })
    const own = planKeys(
      config([entry('alias/new', 4)]),
      change([{ key: 'alias/new', created: true, file: CONFIG_FILE, line: 4 }]),
      state
    )
    expect(own[0].fallback).toEqual({ file: CONFIG_FILE, startLine: 4, endLine: 8 })
  })
})

describe('planKeys: settings of a key', () => {
  it('a key without a config entry gets the defaults: every rotation action, rotation required, the root as owner', () => {
    const [plan] = planKeys(config([]), change([{ key: PLAIN, file: 'infra/kms.yaml', line: 3 }]), state)
    expect(plan).toMatchObject({
      keyName: PLAIN,
      rotationPrincipals: [],
      principalLines: {},
      rotationActions: [...DEFAULT_ROTATION_ACTIONS],
      requireEnabled: true,
      owners: [`arn:aws:iam::${ACCOUNT}:root`],
      ownerActions: ['kms:PutKeyPolicy'],
      fallback: { file: 'infra/kms.yaml', startLine: 3, endLine: 3 },
      facts: { arn: PLAIN, keySpec: 'HMAC_256', keyUsage: 'GENERATE_VERIFY_MAC' }
    })
    expect(plan.maxAgeDays).toBeUndefined()
    expect(plan.primary).toBeUndefined()
  })

  it('the entry’s settings win: name, owners, owner actions, rotation limits', () => {
    const [plan] = planKeys(
      config([
        entry(IMPORTED_ID, 4, {
          name: 'imported',
          owners: [ADMIN],
          ownerActions: ['kms:PutKeyPolicy', 'kms:ScheduleKeyDeletion'],
          rotation: { principals: [ROLE], actions: ['kms:RotateKeyOnDemand'], requireEnabled: false, maxAgeDays: 90 }
        })
      ]),
      change([{ key: IMPORTED_ID, name: 'ignored' }]),
      state
    )
    expect(plan).toMatchObject({
      keyArn: IMPORTED,
      keyName: 'imported',
      owners: [ADMIN],
      ownerActions: ['kms:PutKeyPolicy', 'kms:ScheduleKeyDeletion'],
      rotationActions: ['kms:RotateKeyOnDemand'],
      requireEnabled: false,
      maxAgeDays: 90,
      principalLines: { [ROLE]: 7 }
    })
  })

  it('a key named without a config name is called by its template name, then its first alias', () => {
    const [named] = planKeys(config([]), change([{ key: REPLICA, name: 'AppKey' }]), state)
    expect(named.keyName).toBe('AppKey')
    const [aliased] = planKeys(config([]), change([{ key: REPLICA }]), state)
    expect(aliased.keyName).toBe('alias/app')
  })

  // KMS Developer Guide, importing-keys-import-key-material: imported material rotates on demand only;
  // KMS API reference, EnableKeyRotation: automatic rotation is not supported for it.
  it('imported key material: kms:EnableKeyRotation is no rotation action, in any case; the others stay', () => {
    const cfg = config([
      entry('alias/imported', 4, {
        rotation: {
          principals: [ROLE],
          actions: ['KMS:ENABLEKEYROTATION', 'kms:RotateKeyOnDemand', 'kms:DescribeKey'],
          requireEnabled: true
        }
      })
    ])
    const [plan] = planKeys(cfg, change([{ key: 'alias/imported' }]), state)
    expect(plan.rotationActions).toEqual(['kms:RotateKeyOnDemand', 'kms:DescribeKey'])
    const [plain] = planKeys(config([entry(REPLICA, 4)]), change([{ key: REPLICA }]), state)
    expect(plain.rotationActions).toEqual([...DEFAULT_ROTATION_ACTIONS])
  })
})

// KMS API reference, EnableKeyRotation / DisableKeyRotation / RotateKeyOnDemand: for a set of multi-Region keys,
// rotation is set and started on the primary key; replicas keep their own key policies (KMS Developer Guide,
// multi-region-keys-auth).
describe('the key a request is decided on', () => {
  const [replica] = planKeys(config([entry('alias/app', 4)]), change([{ key: 'alias/app' }]), state)

  it('a replica’s rotation writes go to its primary, with the primary’s facts; every other action stays on the replica', () => {
    expect(replica.primary).toEqual({
      keyArn: PRIMARY,
      facts: {
        arn: PRIMARY,
        keySpec: 'SYMMETRIC_DEFAULT',
        multiRegion: true,
        multiRegionKeyType: 'PRIMARY',
        aliases: []
      }
    })
    for (const action of [
      'kms:EnableKeyRotation',
      'kms:DisableKeyRotation',
      'kms:RotateKeyOnDemand',
      'KMS:rotatekeyondemand'
    ])
      expect(target(replica, action).keyArn).toBe(PRIMARY)
    for (const action of ['kms:GetKeyRotationStatus', 'kms:ListKeyRotations', 'kms:DescribeKey', 'kms:PutKeyPolicy'])
      expect(target(replica, action)).toBe(replica)
  })

  it('a primary key, a single-Region key and a replica whose primary the state lacks are their own target', () => {
    const plans = planKeys(config([]), change([{ key: PRIMARY }, { key: PLAIN }, { key: ORPHAN }]), state)
    expect(plans).toHaveLength(3)
    for (const plan of plans) {
      expect(plan.primary).toBeUndefined()
      expect(target(plan, 'kms:RotateKeyOnDemand')).toBe(plan)
    }
  })

  it('explain: a rotation action of the key is asked as a rotation check, anything else as an owner’s', () => {
    expect(probePurpose(replica, 'kms:rotatekeyondemand')).toBe('rotation')
    expect(probePurpose(replica, 'kms:PutKeyPolicy')).toBe('owner')
    expect(probeTarget(replica, 'kms:RotateKeyOnDemand').keyArn).toBe(PRIMARY)
    expect(probeTarget(replica, 'kms:PutKeyPolicy')).toBe(replica)
    const narrow: KeyPlan = { ...replica, rotationActions: ['kms:DescribeKey'] }
    // Not one of this key's rotation actions: asked as an owner's request, on the replica itself.
    expect(probePurpose(narrow, 'kms:EnableKeyRotation')).toBe('owner')
    expect(probeTarget(narrow, 'kms:EnableKeyRotation')).toBe(narrow)
  })
})

describe('probedPlan', () => {
  const cfg = config([entry('alias/app', 4, { name: 'app-data' })])
  const ch = change([
    { key: 'alias/app' },
    { key: IMPORTED, name: 'ImportedKey', source: 'cloudformation', file: 'infra/kms.yaml', line: 5 },
    { created: true, name: 'aws_kms_key.reports', source: 'terraform', file: 'plan.json', line: 80 }
  ])
  const plans = planKeys(cfg, ch, state)
  const probe = (key: string) => probedPlan({ key, principal: ROLE, action: 'kms:DescribeKey' }, plans, ch, state)

  it('finds a key by config name, reference, live ARN, key id, template name or source:name', () => {
    expect(plans).toHaveLength(3)
    expect(probe('app-data')).toBe(plans[0])
    expect(probe('alias/app')).toBe(plans[0])
    expect(probe(`arn:aws:kms:us-west-2:${ACCOUNT}:alias/app`)).toBe(plans[0])
    expect(probe(MRK)).toBe(plans[0])
    expect(probe('ImportedKey')).toBe(plans[1])
    expect(probe('cloudformation:ImportedKey')).toBe(plans[1])
    expect(probe('alias/imported')).toBe(plans[1])
    expect(probe('terraform:aws_kms_key.reports')).toBe(plans[2])
    expect(probe(`arn:aws:kms:us-west-2:${ACCOUNT}:key/new-aws_kms_key.reports`)).toBe(plans[2])
  })

  it('finds nothing for a key of the state the run does not check, or the wrong source', () => {
    expect(probe(PRIMARY)).toBeUndefined()
    expect(probe(PLAIN)).toBeUndefined()
    expect(probe('terraform:ImportedKey')).toBeUndefined()
    expect(probe('alias/none')).toBeUndefined()
  })
})
