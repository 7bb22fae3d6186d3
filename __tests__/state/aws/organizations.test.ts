import { CallGate } from '../../../src/state/aws/limit.js'
import { readOrganization, type OrganizationsReader } from '../../../src/state/aws/organizations.js'

const ACCOUNT = '111122223333'
const doc = (sid: string) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: sid, Effect: 'Allow', Action: '*', Resource: '*' }] })
const awsFault = (name: string) => Object.assign(new Error(`${name}: refused`), { name })

/** An organization root → OU → account, with one SCP and one RCP per level (AWS Organizations API reference). */
function reader(over: Partial<OrganizationsReader> = {}): OrganizationsReader {
  const parents: Record<string, { Id: string; Type: string }> = {
    [ACCOUNT]: { Id: 'ou-ab12-cdef3456', Type: 'ORGANIZATIONAL_UNIT' },
    'ou-ab12-cdef3456': { Id: 'r-ab12', Type: 'ROOT' }
  }
  return {
    listParents: async child => ({ Parents: [parents[child]] }),
    listPoliciesForTarget: async (target, filter) => ({
      Policies: [{ Id: `${filter === 'SERVICE_CONTROL_POLICY' ? 'p' : 'rcp'}-${target}` }]
    }),
    describePolicy: async id => ({ Policy: { Content: doc(id.replace(/[^A-Za-z0-9]/g, '')) } }),
    describeOrganization: async () => ({ Organization: { Id: 'o-a1b2c3d4e5' } }),
    ...over
  }
}
const sids = (levels: unknown[][] | undefined) =>
  (levels ?? []).map(level => level.map(d => (d as { Statement: { Sid: string }[] }).Statement[0].Sid))

describe('readOrganization', () => {
  // Organizations User Guide, orgs_manage_policies_scps_evaluation: every level from the root down must allow.
  it('reads the id and the SCP and RCP levels from the root down to the account', async () => {
    const org = await readOrganization(reader(), new CallGate(4), ACCOUNT)
    expect(org.organizationId).toBe('o-a1b2c3d4e5')
    expect(sids(org.serviceControlPolicies)).toEqual([['prab12'], ['pouab12cdef3456'], [`p${ACCOUNT}`]])
    expect(sids(org.resourceControlPolicies)).toEqual([['rcprab12'], ['rcpouab12cdef3456'], [`rcp${ACCOUNT}`]])
  })

  it('a role that may not read the policies gets them marked unread (a notice), not a failed run', async () => {
    const org = await readOrganization(
      reader({ listParents: async () => Promise.reject(awsFault('AccessDeniedException')) }),
      new CallGate(4),
      ACCOUNT
    )
    expect(org.unread).toMatch(/^organizations:ListParents on 111122223333 failed: AccessDeniedException/)
    expect(org.organizationId).toBe('o-a1b2c3d4e5')
  })

  it('an account in no organization has no levels and no organization id', async () => {
    const notInUse = async () => Promise.reject(awsFault('AWSOrganizationsNotInUseException'))
    const org = await readOrganization(
      reader({ listParents: notInUse, describeOrganization: notInUse }),
      new CallGate(4),
      ACCOUNT
    )
    expect(org).toMatchObject({ serviceControlPolicies: [], resourceControlPolicies: [], organizationId: null })
  })

  it('an answer of the wrong shape stops the run naming the API', async () => {
    await expect(
      readOrganization(
        reader({ describePolicy: async () => ({ Policy: { Content: 'not json' } }) }),
        new CallGate(4),
        ACCOUNT
      )
    ).rejects.toThrow(/organizations:DescribePolicy on .* returned a policy that is not JSON/)
    await expect(
      readOrganization(
        reader({ describeOrganization: async () => ({ Organization: { Id: 'nope' } }) }),
        new CallGate(4),
        ACCOUNT
      )
    ).rejects.toThrow('AWS organizations:DescribeOrganization returned no organization id (o-…)')
  })
})
