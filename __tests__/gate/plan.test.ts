import type { Config, KeyConfig } from '../../src/config/types.js'
import { ConfigError } from '../../src/errors.js'
import { planKeys, probedPlan, target } from '../../src/gate/plan.js'
import type { ProposedChange } from '../../src/sources/types.js'
import type { LiveState } from '../../src/state/types.js'
import { ConditionContext } from '../../src/config/context.js'

const PRIMARY = 'arn:aws-us-gov:kms:us-gov-west-1:111122223333:key/mrk-0123456789abcdef0123456789abcdef'
const REPLICA = 'arn:aws-us-gov:kms:us-gov-east-1:111122223333:key/mrk-0123456789abcdef0123456789abcdef'
const ROLE = 'arn:aws-us-gov:iam::111122223333:role/rotator'

const keyConfig = (key: string, line: number): KeyConfig => ({
  key,
  rotation: {
    principals: [ROLE],
    actions: ['kms:RotateKeyOnDemand', 'kms:EnableKeyRotation', 'kms:DescribeKey'],
    requireEnabled: true
  },
  ownerActions: ['kms:PutKeyPolicy'],
  principalLines: { [ROLE]: line + 2 },
  line,
  endLine: line + 3
})
const config = (keys: KeyConfig[]): Config => ({
  version: 1,
  file: '.github/kms-policy-gate.yml',
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
  account: '111122223333',
  region: 'us-gov-east-1',
  keys: [
    { arn: PRIMARY, aliases: [], policy: {}, multiRegion: true, multiRegionKeyType: 'PRIMARY' },
    {
      arn: REPLICA,
      aliases: ['alias/app'],
      policy: {},
      multiRegion: true,
      multiRegionKeyType: 'REPLICA',
      primaryKeyArn: PRIMARY
    }
  ],
  principals: []
}
const change = (keys: ProposedChange['keys']): ProposedChange => ({ keys, principals: [] })

describe('planKeys', () => {
  it('a configured key: its live state, the settings of its entry, the account root of its partition as owner', () => {
    const cfg = config([keyConfig('alias/app', 4)])
    const [plan] = planKeys(cfg, change([{ key: 'alias/app', file: cfg.file, line: 4 }]), state)
    expect(plan).toMatchObject({
      keyArn: REPLICA,
      keyName: 'alias/app',
      rotationPrincipals: [ROLE],
      owners: ['arn:aws-us-gov:iam::111122223333:root'],
      fallback: { file: '.github/kms-policy-gate.yml', startLine: 4, endLine: 7 },
      primary: { keyArn: PRIMARY }
    })
  })

  // KMS API reference, EnableKeyRotation / RotateKeyOnDemand: set on the primary key of a multi-Region set.
  it('a replica’s rotation writes are decided on its primary; its reads on itself', () => {
    const cfg = config([keyConfig(REPLICA, 4)])
    const [plan] = planKeys(cfg, change([{ key: REPLICA }]), state)
    expect(target(plan, 'kms:RotateKeyOnDemand').keyArn).toBe(PRIMARY)
    expect(target(plan, 'kms:EnableKeyRotation').keyArn).toBe(PRIMARY)
    expect(target(plan, 'kms:DescribeKey').keyArn).toBe(REPLICA)
  })

  it('a configured key missing from the state is a config error at its line', () => {
    const missing = REPLICA.replace('mrk-0123', 'mrk-9999')
    const cfg = config([keyConfig(missing, 12)])
    expect(() => planKeys(cfg, change([{ key: missing }]), state, 'snapshot.json')).toThrow(ConfigError)
    try {
      planKeys(cfg, change([{ key: missing }]), state, 'snapshot.json')
    } catch (error) {
      expect(error).toMatchObject({ message: `key ${missing} is not in the snapshot snapshot.json`, line: 12 })
    }
  })

  it('a template key that maps to a configured key is that key: one plan, the template’s policy, its lines', () => {
    const cfg = config([keyConfig(REPLICA, 4)])
    const policy = { origin: { kind: 'key' as const, name: 'infra/kms.yaml', file: 'infra/kms.yaml' } }
    const plans = planKeys(
      cfg,
      change([
        { key: REPLICA },
        {
          key: REPLICA,
          name: 'AppKey',
          source: 'cloudformation',
          policy: policy as never,
          file: 'infra/kms.yaml',
          line: 20
        }
      ]),
      state
    )
    expect(plans).toHaveLength(1)
    expect(plans[0].fallback).toEqual({ file: 'infra/kms.yaml', startLine: 20, endLine: 20 })
  })

  it('a key the change creates gets a placeholder ARN in the state’s partition and region', () => {
    const [plan] = planKeys(
      config([]),
      change([{ created: true, name: 'Reports', file: 'infra/kms.yaml', line: 3 }]),
      state
    )
    expect(plan.keyArn).toBe('arn:aws-us-gov:kms:us-gov-east-1:111122223333:key/new-Reports')
    expect(plan.owners).toEqual(['arn:aws-us-gov:iam::111122223333:root'])
    expect(plan.live).toBeNull()
  })
})

describe('probedPlan', () => {
  it('finds the probe’s key by live ARN, configured reference or template name; nothing else', () => {
    const cfg = config([keyConfig('alias/app', 4)])
    const ch = change([{ key: 'alias/app' }])
    const plans = planKeys(cfg, ch, state)
    const probe = (key: string) => probedPlan({ key, principal: ROLE, action: 'kms:DescribeKey' }, plans, ch, state)
    expect(probe(REPLICA)).toBe(plans[0])
    expect(probe('alias/app')).toBe(plans[0])
    expect(probe(PRIMARY)).toBeUndefined()
  })
})
