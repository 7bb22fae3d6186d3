/**
 * The deployed templates of the stacks the config names (`stack:`), read with the real CloudFormation client against
 * the local endpoint: CloudFormation API Reference, GetTemplate — the template of a running stack by name, the stage
 * asked for (`Original`: as submitted, before transforms), and "If the template doesn't exist, a ValidationError is
 * returned" (for a name: "Stack with id NAME does not exist").
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { createAwsClients, type AwsClients } from '../../../src/state/aws/clients.js'
import { AwsStateProvider } from '../../../src/state/aws/provider.js'
import { startFakeAws, type FakeAws, type FakeAwsState, type FaultPlan } from '../../helpers/fake-aws.js'
import { DUMMY_CREDENTIALS, fastRetry } from '../../helpers/live-harness.js'

const TEMPLATE = 'Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: app\n'
const STATE: FakeAwsState = {
  keys: [],
  roles: [],
  users: [],
  policies: {},
  account: '111122223333',
  stacks: { app: TEMPLATE }
}

let fake: FakeAws | undefined
let clients: AwsClients | undefined
afterEach(async () => {
  clients?.destroy()
  await fake?.close()
  fake = clients = undefined
})

async function load(stacks: string[] | undefined, faults: FaultPlan = {}, withClient = true) {
  fake = await startFakeAws(STATE, faults)
  clients = createAwsClients({
    region: 'us-east-1',
    endpoint: fake.url,
    credentials: DUMMY_CREDENTIALS,
    retryStrategy: fastRetry(2)
  })
  const provider = new AwsStateProvider({
    kms: clients.kms,
    iam: clients.iam,
    region: 'us-east-1',
    ...(withClient ? { cloudformation: clients.cloudformation } : {})
  })
  return provider.load({ keys: [], principals: [], ...(stacks ? { stacks } : {}) })
}

describe('deployed templates (cloudformation:GetTemplate)', () => {
  it('reads each named stack once, as submitted; a stack that does not exist is null', async () => {
    const state = await load(['app', 'missing', 'app'])
    expect(state.stacks).toEqual([
      { name: 'app', template: TEMPLATE },
      { name: 'missing', template: null }
    ])
    const sent = fake!.calls.filter(c => c.api === 'cloudformation:GetTemplate')
    expect(sent.map(c => [c.body.StackName, c.body.TemplateStage])).toEqual([
      ['app', 'Original'],
      ['missing', 'Original']
    ])
  })

  it('asks nothing when no stack is named, and the state has no stacks', async () => {
    const state = await load(undefined)
    expect(state.stacks).toBeUndefined()
    expect(fake!.calls.some(c => c.api.startsWith('cloudformation:'))).toBe(false)
  })

  it('stops the run naming the API when access is denied (exit 2, never a pass)', async () => {
    await expect(load(['app'], { accessDenied: ['cloudformation:GetTemplate'] })).rejects.toThrow(
      "AWS cloudformation:GetTemplate on app failed: AccessDenied — the gate's role needs cloudformation:GetTemplate on that resource"
    )
  })

  it('a validation error other than a missing stack is a failure, not "not deployed"', async () => {
    await expect(
      load(['app'], { errorMessage: { 'cloudformation:GetTemplate': 'Rate of calls too high' } })
    ).rejects.toThrow('AWS cloudformation:GetTemplate on app failed: ValidationError')
  })

  it('an answer without a template body is malformed', async () => {
    const answer = { 'cloudformation:GetTemplate': () => ({ StagesAvailable: ['Original'] }) }
    await expect(load(['app'], { answer })).rejects.toThrow(
      'AWS cloudformation:GetTemplate on app returned a malformed answer: TemplateBody is missing'
    )
  })

  it('a provider built without a CloudFormation client refuses instead of skipping', async () => {
    await expect(load(['app'], {}, false)).rejects.toThrow('the deployed templates of app cannot be read here')
  })
})
