import {
  DescribeOrganizationCommand,
  DescribePolicyCommand,
  ListParentsCommand,
  ListPoliciesForTargetCommand,
  type OrganizationsClient
} from '@aws-sdk/client-organizations'
import { GateError } from '../../errors.js'
import { awsError, awsErrorName } from './errors.js'
import type { CallGate } from './limit.js'
import { pages } from './pages.js'

/**
 * The Organizations reads the gate needs (AWS Organizations API reference: DescribeOrganization, ListParents,
 * ListPoliciesForTarget, DescribePolicy), the lists page by page. Injected, so the provider does not depend on how
 * they are sent; `createLive` supplies `sdkOrganizations`, built on the Organizations client.
 */
export interface OrganizationsReader {
  listParents(
    childId: string,
    nextToken?: string
  ): Promise<{ Parents?: { Id?: string; Type?: string }[]; NextToken?: string }>
  listPoliciesForTarget(
    targetId: string,
    filter: 'SERVICE_CONTROL_POLICY' | 'RESOURCE_CONTROL_POLICY',
    nextToken?: string
  ): Promise<{ Policies?: { Id?: string }[]; NextToken?: string }>
  describePolicy(policyId: string): Promise<{ Policy?: { Content?: string } }>
  /** The caller's organization; `AWSOrganizationsNotInUseException` when its account is in none. */
  describeOrganization(): Promise<{ Organization?: { Id?: string } }>
}

/** The reader on the real client: one command per call, the answer as the SDK parses it. */
export function sdkOrganizations(client: OrganizationsClient): OrganizationsReader {
  return {
    listParents: (childId, nextToken) =>
      client.send(new ListParentsCommand({ ChildId: childId, ...(nextToken ? { NextToken: nextToken } : {}) })),
    listPoliciesForTarget: (targetId, filter, nextToken) =>
      client.send(
        new ListPoliciesForTargetCommand({
          TargetId: targetId,
          Filter: filter,
          ...(nextToken ? { NextToken: nextToken } : {})
        })
      ),
    describePolicy: policyId => client.send(new DescribePolicyCommand({ PolicyId: policyId })),
    describeOrganization: () => client.send(new DescribeOrganizationCommand({}))
  }
}

export interface OrganizationPolicies {
  serviceControlPolicies?: unknown[][]
  resourceControlPolicies?: unknown[][]
  /** Set when they could not be read; the report then says which checks go without them. */
  unread?: string
  /** Organizations answered that the account is in no organization. */
  notInUse?: boolean
}

export interface Organization extends OrganizationPolicies {
  /** `o-…`; `null` when the account is in no organization; undefined when it could not be read. */
  organizationId?: string | null
  /** Set when the organization's id could not be read; `aws:PrincipalOrgID` / `aws:ResourceOrgID` stay unknown. */
  organizationIdUnread?: string
}

/** The id format of the Organizations API reference (Organization object, Id: `^o-[a-z0-9]{10,32}$`). */
const ORGANIZATION_ID = /^o-[a-z0-9]{10,32}$/

/**
 * The account's organization: its id (DescribeOrganization, which any account of the organization may call, not
 * only the management account: AWS Organizations API reference, API_DescribeOrganization) and its SCP and RCP
 * levels. A role that may not call DescribeOrganization leaves the id unknown and says so in `organizationIdUnread`;
 * the policies are read (or reported unread) on their own.
 */
export async function readOrganization(
  reader: OrganizationsReader,
  gate: CallGate,
  account: string
): Promise<Organization> {
  const api = 'organizations:DescribeOrganization'
  const id = gate
    .call(api, {}, () => reader.describeOrganization())
    .then(
      (out): { id: string | null } | { unread: string } => {
        const value = out.Organization?.Id
        if (typeof value !== 'string' || !ORGANIZATION_ID.test(value))
          throw new GateError(`AWS ${api} returned no organization id (o-…)`)
        return { id: value }
      },
      (error: unknown) => {
        const code = awsErrorName(error)
        if (code === 'AWSOrganizationsNotInUseException') return { id: null }
        const wrapped = awsError(error, { api, resource: '*' })
        if (code && NOT_ALLOWED.has(code)) return { unread: wrapped.message.replace(/^AWS /, '').replace(/ —.*$/, '') }
        throw wrapped
      }
    )
  id.catch(() => undefined) // awaited below; only keeps a failure of the policies first from leaving it unhandled
  const policies = await readOrganizationPolicies(reader, gate, account)
  const org = await id
  if ('id' in org) return { ...policies, organizationId: org.id }
  // ListParents said the account is in no organization: the id is known to be none.
  if (policies.notInUse) return { ...policies, organizationId: null }
  return { ...policies, organizationIdUnread: org.unread }
}

/** Codes that mean "the gate's role may not read the organization", as opposed to a failed request. */
const NOT_ALLOWED = new Set(['AccessDeniedException', 'AccessDenied', 'AWSOrganizationsNotInUseException'])
const MAX_DEPTH = 10
const MAX_PAGES = 100

/**
 * SCP and RCP levels for an account, from the organization root down through its OUs to the account itself:
 * each level is the list of policies attached to that target, and every level must allow (Organizations User
 * Guide, orgs_manage_policies_scps_evaluation). An account outside any organization
 * (`AWSOrganizationsNotInUseException`) has none; a role that may not read them gets `unread`.
 */
export async function readOrganizationPolicies(
  reader: OrganizationsReader,
  gate: CallGate,
  account: string
): Promise<OrganizationPolicies> {
  const send = <T>(api: string, resource: string, args: unknown, fn: () => Promise<T>): Promise<T> =>
    gate.call(api, args, fn).catch((error: unknown) => {
      throw Object.assign(awsError(error, { api, resource }), { code: awsErrorName(error) })
    })
  try {
    const chain: string[] = [account]
    let child = account
    for (let depth = 0; ; depth++) {
      if (depth > MAX_DEPTH)
        throw new GateError(`AWS organizations:ListParents on ${account}: more than ${MAX_DEPTH} levels`)
      const call = { api: 'organizations:ListParents', resource: child }
      const parents = await pages(
        call,
        token =>
          send(call.api, child, { child, token }, () => reader.listParents(child, token)).then(out => ({
            items: out.Parents ?? [],
            next: out.NextToken
          })),
        MAX_PAGES
      )
      const parent = parents[0]
      if (!parent?.Id) throw new GateError(`AWS organizations:ListParents on ${child} returned no parent`)
      chain.push(parent.Id)
      if (parent.Type === 'ROOT') break
      child = parent.Id
    }
    const levels = chain.reverse()
    const read = async (filter: 'SERVICE_CONTROL_POLICY' | 'RESOURCE_CONTROL_POLICY'): Promise<unknown[][]> =>
      Promise.all(
        levels.map(async target => {
          const call = { api: 'organizations:ListPoliciesForTarget', resource: target }
          const policies = await pages(
            call,
            token =>
              send(call.api, target, { target, filter, token }, () =>
                reader.listPoliciesForTarget(target, filter, token)
              ).then(out => ({ items: out.Policies ?? [], next: out.NextToken })),
            MAX_PAGES
          )
          return Promise.all(
            policies.map(async p => {
              const id = p.Id ?? ''
              const out = await send('organizations:DescribePolicy', id, { id }, () => reader.describePolicy(id))
              const content = out.Policy?.Content
              if (typeof content !== 'string')
                throw new GateError(`AWS organizations:DescribePolicy on ${id} returned no policy content`)
              try {
                return JSON.parse(content) as unknown
              } catch {
                throw new GateError(`AWS organizations:DescribePolicy on ${id} returned a policy that is not JSON`)
              }
            })
          )
        })
      )
    const [scps, rcps] = await Promise.all([read('SERVICE_CONTROL_POLICY'), read('RESOURCE_CONTROL_POLICY')])
    // A policy type that is enabled has a policy on every target (FullAWSAccess / RCPFullAWSAccess are attached
    // when it is enabled); no policy anywhere means the type is not enabled: no levels, not "every level denies".
    const levelsOf = (levels: unknown[][]): unknown[][] => (levels.every(l => l.length === 0) ? [] : levels)
    return { serviceControlPolicies: levelsOf(scps), resourceControlPolicies: levelsOf(rcps) }
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code === 'AWSOrganizationsNotInUseException')
      return { serviceControlPolicies: [], resourceControlPolicies: [], notInUse: true }
    if (code && NOT_ALLOWED.has(code))
      return { unread: (error as Error).message.replace(/^AWS /, '').replace(/ —.*$/, '') }
    throw error
  }
}
