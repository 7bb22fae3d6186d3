import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  IAMClient,
  SimulatePrincipalPolicyCommand,
  type EvaluationResult,
  type SimulatePrincipalPolicyCommandInput
} from '@aws-sdk/client-iam'
import { mockClient } from 'aws-sdk-client-mock'
import 'aws-sdk-client-mock-jest'
import { identityKey, type IdentityQuery } from '../../../src/engine/types.js'
import { GateError } from '../../../src/errors.js'
import { contextKeyType } from '../../../src/state/aws/context-types.js'
import { AwsIdentityOracle } from '../../../src/state/aws/simulator.js'

const ACCOUNT = '111122223333'
const ROLE = `arn:aws:iam::${ACCOUNT}:role/ops/kms-rotation-service`
const USER = `arn:aws:iam::${ACCOUNT}:user/alice`
const KEYS = ['a', 'b', 'c', 'd', 'e'].map(k => `arn:aws:kms:us-east-1:${ACCOUNT}:key/${k}`)

const iam = mockClient(IAMClient)

function query(extra: Partial<IdentityQuery> = {}): IdentityQuery {
  return {
    principal: ROLE,
    policyInputs: [],
    exclusions: [],
    actions: ['kms:RotateKeyOnDemand'],
    resources: [KEYS[0]],
    context: {},
    ...extra
  }
}

function oracle(extra: { maxCombinationsPerCall?: number } = {}): AwsIdentityOracle {
  return new AwsIdentityOracle({ iam: new IAMClient({}), ...extra })
}

/** Answers every request in the new shape: allowed everywhere. */
function allowEverything(input: SimulatePrincipalPolicyCommandInput): { EvaluationResults: EvaluationResult[] } {
  return {
    EvaluationResults: (input.ActionNames ?? []).map(action => ({
      EvalActionName: action,
      EvalResourceName: '*',
      EvalDecision: 'allowed',
      ResourceSpecificResults: (input.ResourceArns ?? []).map(resource => ({
        EvalResourceName: resource,
        EvalResourceDecision: 'allowed'
      }))
    }))
  }
}

beforeEach(() => {
  iam.reset()
  iam.on(SimulatePrincipalPolicyCommand).callsFake(allowEverything)
})

describe('AwsIdentityOracle requests', () => {
  it('refuses the account root and non-IAM principals as programming errors', async () => {
    for (const principal of [`arn:aws:iam::${ACCOUNT}:root`, ACCOUNT]) {
      const error = await oracle()
        .simulate(query({ principal }))
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(Error)
      expect(error).not.toBeInstanceOf(GateError)
      expect((error as Error).message).toMatch(/the account root is evaluated locally/)
    }
    await expect(oracle().simulate(query({ principal: `arn:aws:sts::${ACCOUNT}:assumed-role/r/s` }))).rejects.toThrow(
      'can only simulate IAM roles, users and groups'
    )
    expect(iam).not.toHaveReceivedCommand(SimulatePrincipalPolicyCommand)
  })

  it('names the attachment of an excluded inline policy after the principal', async () => {
    await oracle().simulate(query({ exclusions: [{ inlinePolicyName: 'rotation' }] }))
    await oracle().simulate(
      query({
        principal: USER,
        exclusions: [{ inlinePolicyName: 'self' }, { policyArn: `arn:aws:iam::${ACCOUNT}:policy/p` }]
      })
    )
    expect(iam).toHaveReceivedCommandWith(SimulatePrincipalPolicyCommand, {
      PolicyExclusionList: [
        {
          InlinePolicyIdentifier: {
            PolicyName: 'rotation',
            AttachmentType: 'role',
            AttachmentName: 'kms-rotation-service'
          }
        }
      ]
    })
    expect(iam).toHaveReceivedCommandWith(SimulatePrincipalPolicyCommand, {
      PolicyExclusionList: [
        { InlinePolicyIdentifier: { PolicyName: 'self', AttachmentType: 'user', AttachmentName: 'alice' } },
        { PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/p` }
      ]
    })
  })

  it('sends no optional list that is empty', async () => {
    await oracle().simulate(query())
    const input = iam.commandCalls(SimulatePrincipalPolicyCommand)[0].args[0].input
    expect(Object.keys(input).sort()).toEqual(['ActionNames', 'MaxItems', 'PolicySourceArn', 'ResourceArns'])
  })

  it('splits a query only when it exceeds the configured size', async () => {
    const actions = ['kms:RotateKeyOnDemand', 'kms:EnableKeyRotation']
    const verdicts = await oracle({ maxCombinationsPerCall: 4 }).simulate(query({ actions, resources: KEYS }))
    const sent = iam.commandCalls(SimulatePrincipalPolicyCommand).map(c => c.args[0].input)
    expect(sent.map(i => [i.ActionNames?.length, i.ResourceArns])).toEqual([
      [2, KEYS.slice(0, 2)],
      [2, KEYS.slice(2, 4)],
      [2, KEYS.slice(4)]
    ])
    expect(verdicts.size).toBe(10)

    iam.resetHistory()
    await oracle({ maxCombinationsPerCall: 1 }).simulate(query({ actions, resources: KEYS.slice(0, 2) }))
    expect(iam).toHaveReceivedCommandTimes(SimulatePrincipalPolicyCommand, 4)

    iam.resetHistory()
    await oracle().simulate(query({ actions, resources: KEYS }))
    expect(iam).toHaveReceivedCommandTimes(SimulatePrincipalPolicyCommand, 1)
  })

  it('never repeats an identical query, whatever the order of actions and resources', async () => {
    const o = oracle()
    const first = await o.simulate(query({ actions: ['kms:A', 'kms:B'], resources: KEYS.slice(0, 2) }))
    const second = await o.simulate(
      query({ actions: ['kms:B', 'kms:A', 'kms:A'], resources: KEYS.slice(0, 2).reverse() })
    )
    expect(second).toEqual(first)
    expect(o.calls).toEqual({ 'iam:SimulatePrincipalPolicy': 1 })
  })

  it('reads every page', async () => {
    iam
      .on(SimulatePrincipalPolicyCommand)
      .resolvesOnce({
        EvaluationResults: [{ EvalActionName: 'kms:A', EvalResourceName: KEYS[0], EvalDecision: 'allowed' }],
        IsTruncated: true,
        Marker: 'next'
      })
      .resolvesOnce({
        EvaluationResults: [{ EvalActionName: 'kms:B', EvalResourceName: KEYS[0], EvalDecision: 'implicitDeny' }],
        IsTruncated: false
      })
    const verdicts = await oracle().simulate(query({ actions: ['kms:A', 'kms:B'] }))
    expect(verdicts.get(identityKey(ROLE, 'kms:B', KEYS[0]))?.decision).toBe('implicit-deny')
    expect(iam.commandCalls(SimulatePrincipalPolicyCommand).map(c => c.args[0].input.Marker)).toEqual([
      undefined,
      'next'
    ])
  })

  it('returns nothing, and sends nothing, for an empty query', async () => {
    expect((await oracle().simulate(query({ actions: [] }))).size).toBe(0)
    expect(iam).not.toHaveReceivedCommand(SimulatePrincipalPolicyCommand)
  })
})

describe('AwsIdentityOracle answers', () => {
  const answer = async (results: EvaluationResult[], resources = KEYS.slice(0, 2)) => {
    iam.on(SimulatePrincipalPolicyCommand).resolves({ EvaluationResults: results })
    return oracle().simulate(query({ resources }))
  }

  it('applies a top-level missing key that no resource lists to every resource', async () => {
    const verdicts = await answer([
      {
        EvalActionName: 'kms:RotateKeyOnDemand',
        EvalResourceName: 'arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}',
        EvalDecision: 'implicitDeny',
        MissingContextValues: ['aws:SourceVpc', 'aws:RequestTag/x'],
        OrganizationsDecisionDetail: { AllowedByOrganizations: false },
        PermissionsBoundaryDecisionDetail: { AllowedByPermissionsBoundary: false },
        ResourceSpecificResults: [
          { EvalResourceName: KEYS[0], EvalResourceDecision: 'allowed', MissingContextValues: [] },
          {
            EvalResourceName: KEYS[1],
            EvalResourceDecision: 'implicitDeny',
            MissingContextValues: ['aws:RequestTag/x']
          }
        ]
      }
    ])
    // The simulator's own decision is kept; whether a missing key leaves it open is judged against the documents.
    expect(verdicts.get(identityKey(ROLE, 'kms:RotateKeyOnDemand', KEYS[0]))).toEqual({
      decision: 'allowed',
      boundaryAllows: false,
      organizationsAllow: false,
      missingContext: ['aws:SourceVpc'],
      matched: []
    })
    expect(verdicts.get(identityKey(ROLE, 'kms:RotateKeyOnDemand', KEYS[1]))?.missingContext).toEqual([
      'aws:RequestTag/x',
      'aws:SourceVpc'
    ])
  })

  it('spreads an aggregate answer without per-resource results over every resource', async () => {
    const verdicts = await answer([
      { EvalActionName: 'kms:RotateKeyOnDemand', EvalResourceName: '*', EvalDecision: 'explicitDeny' }
    ])
    expect([...verdicts.values()].map(v => v.decision)).toEqual(['explicit-deny', 'explicit-deny'])
  })

  it('fails when IAM leaves a pair undecided or answers something unknown', async () => {
    await expect(
      answer([{ EvalActionName: 'kms:RotateKeyOnDemand', EvalResourceName: KEYS[0], EvalDecision: 'allowed' }])
    ).rejects.toThrow(
      `AWS iam:SimulatePrincipalPolicy on ${ROLE} returned no decision for kms:RotateKeyOnDemand on ${KEYS[1]}`
    )
    await expect(
      answer([{ EvalActionName: 'kms:RotateKeyOnDemand', EvalResourceName: '*', EvalDecision: 'maybe' as 'allowed' }])
    ).rejects.toThrow('returned an unknown decision "maybe"')
  })

  it('stops on an answer of the wrong shape, naming the API and the field', async () => {
    await expect(
      answer([
        {
          EvalActionName: 'kms:RotateKeyOnDemand',
          EvalDecision: 'allowed',
          ResourceSpecificResults: 'all of them' as unknown as []
        }
      ])
    ).rejects.toThrow(
      `AWS iam:SimulatePrincipalPolicy on ${ROLE} returned a malformed answer: ResourceSpecificResults is not a list`
    )
    await expect(
      answer([
        { EvalActionName: 'kms:RotateKeyOnDemand', EvalDecision: 'allowed', MissingContextValues: [7] as unknown as [] }
      ])
    ).rejects.toThrow('returned a malformed answer: MissingContextValues has an entry of the wrong type')
  })

  it('names the missing permission when the simulator is denied', async () => {
    iam.on(SimulatePrincipalPolicyCommand).rejects(Object.assign(new Error('not authorized'), { name: 'AccessDenied' }))
    await expect(oracle().simulate(query())).rejects.toThrow(
      new GateError(
        `AWS iam:SimulatePrincipalPolicy on ${ROLE} failed: AccessDenied — the gate's role needs iam:SimulatePrincipalPolicy on that role`
      )
    )
  })
})

describe('context key types', () => {
  // Typed from the key's documented type (IAM User Guide, reference_policies_condition-keys; KMS Developer
  // Guide, conditions-kms), never from the value.
  it.each([
    ['aws:SourceVpc', 'string'],
    ['aws:PrincipalTag/CostCenter', 'string'],
    ['aws:PrincipalTag/admin', 'string'],
    ['aws:SecureTransport', 'boolean'],
    ['aws:EpochTime', 'numeric'],
    ['aws:PrincipalAccount', 'string'],
    ['aws:CurrentTime', 'date'],
    ['aws:SourceIp', 'ip'],
    ['aws:PrincipalOrgPaths', 'stringList'],
    ['kms:ResourceAliases', 'stringList'],
    ['KMS:MultiRegion', 'boolean'],
    ['custom:count', 'string']
  ])('%s is %s', (name, type) => {
    expect(contextKeyType(name)).toBe(type)
  })

  it("sends a value that looks like a number or a boolean as the key's own type, and a one-value list as a list", async () => {
    await oracle().simulate(
      query({
        context: {
          'aws:PrincipalTag/CostCenter': ['0042'],
          'aws:PrincipalTag/admin': ['true'],
          'aws:PrincipalOrgPaths': ['o-1/r-1/']
        }
      })
    )
    expect(iam.commandCalls(SimulatePrincipalPolicyCommand)[0].args[0].input.ContextEntries).toEqual([
      { ContextKeyName: 'aws:PrincipalOrgPaths', ContextKeyValues: ['o-1/r-1/'], ContextKeyType: 'stringList' },
      { ContextKeyName: 'aws:PrincipalTag/CostCenter', ContextKeyValues: ['0042'], ContextKeyType: 'string' },
      { ContextKeyName: 'aws:PrincipalTag/admin', ContextKeyValues: ['true'], ContextKeyType: 'string' }
    ])
  })

  it('refuses several values for a single-valued key', async () => {
    await expect(oracle().simulate(query({ context: { 'aws:SourceVpc': ['vpc-1', 'vpc-2'] } }))).rejects.toThrow(
      `context value of aws:SourceVpc for ${ROLE}: the key is single-valued, but 2 values were given`
    )
    await oracle().simulate(query({ context: { 'aws:TagKeys': ['a', 'b'] } }))
    expect(iam).toHaveReceivedCommandTimes(SimulatePrincipalPolicyCommand, 1)
  })
})
