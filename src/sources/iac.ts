import { held, type PNode } from '../policy/node.js'
import { readPolicy } from '../policy/parse.js'
import type { PolicyDocument, PolicyOrigin } from '../policy/types.js'
import type { ProposedAttachment, ProposedChange, ProposedIdentityPolicy } from './types.js'
import { parseArn } from '../arn.js'

/**
 * What an infrastructure-as-code source (CloudFormation template, Terraform plan) yields:
 * the proposed change plus what the integrator needs to connect it to the config and the live state.
 */
export interface IacResult {
  change: ProposedChange
  mapped: { keys: MappedKey[]; principals: MappedPrincipal[]; aliases: IacAlias[] }
  /** Managed policies whose document the source creates, replaces or deletes: apply them wherever they are attached. */
  managedPolicies: ProposedIdentityPolicy[]
  /** Existing managed policies and boundaries the source attaches by ARN (their documents come from the live state). */
  attachments: IacAttachment[]
  problems: IacProblem[]
  /** Principals the source deletes or replaces (see ProposedChange.removedPrincipals). */
  removedPrincipals: NonNullable<ProposedChange['removedPrincipals']>
}

export interface IacProblem {
  message: string
  /** 0 when the problem is about the config entry rather than a line of `file`. */
  line: number
  /** `unread-resource`: a resource that can change access and that the gate does not read (a warning). */
  rule: 'invalid-policy' | 'config-error' | 'unread-resource'
  /** Workspace-relative file the line is in; undefined for problems about the config entry. */
  file?: string
  /** For a mapping that names no resource of the source: the logical id or address. */
  missingId?: string
  /**
   * An `unread-resource` that reaches IAM users through groups (a group's policies or members): the gate does not
   * read group membership, so it is an error when the run checks an IAM user (ProposedChange.groupChanges).
   */
  users?: boolean
  /**
   * An `unread-resource` that leaves a decision undecided (a deletion the gate cannot place, a base template it
   * cannot read): an error, as every check it may touch would otherwise pass unseen.
   */
  blocking?: boolean
}

export interface MappedKey {
  /** CloudFormation logical id or Terraform address. */
  logicalId: string
  /** Key reference (ARN, id, alias/NAME); undefined for a key the change creates. */
  key?: string
  via?: 'config' | 'alias' | 'plan'
  created?: boolean
  deleted?: boolean
  file: string
  line: number
}

export interface MappedPrincipal {
  logicalId: string
  /** The real ARN when known; undefined when the principal is created under a name that is not known yet. */
  arn?: string
  /** The ARN the proposed change uses for it (the real one, or a placeholder for a created principal). */
  key: string
  via?: 'config' | 'name' | 'plan'
  created?: boolean
  deleted?: boolean
  file: string
  line: number
}

export interface IacAlias {
  logicalId: string
  /** `alias/NAME`, when known. */
  name?: string
  /** Logical id / address of the targeted key in the same source, when it is one. */
  targetLogicalId?: string
  /** The targeted key reference when it is given literally (key id or ARN). */
  target?: string
  deleted?: boolean
  file: string
  line: number
}

/** An existing managed policy or boundary attached by ARN (see ProposedAttachment). */
export type IacAttachment = ProposedAttachment

export function emptyResult(): IacResult {
  return {
    change: { keys: [], principals: [] },
    mapped: { keys: [], principals: [], aliases: [] },
    managedPolicies: [],
    attachments: [],
    problems: [],
    removedPrincipals: []
  }
}

/** A deep copy whose every line is `startLine..endLine`: a value that comes from elsewhere but was written here. */
export function relocate(node: PNode, startLine: number, endLine = startLine): PNode {
  switch (node.type) {
    case 'object':
      return {
        ...node,
        startLine,
        endLine,
        props: node.props.map(p => ({ key: p.key, keyLine: startLine, value: relocate(p.value, startLine, endLine) }))
      }
    case 'array':
      return { ...node, startLine, endLine, items: node.items.map(i => relocate(i, startLine, endLine)) }
    default:
      return { ...node, startLine, endLine }
  }
}

export function str(value: string, line: number, endLine = line): PNode {
  return { type: 'string', value, startLine: line, endLine }
}

export function unknownNode(description: string, line: number, endLine = line): PNode {
  return { type: 'unknown', description: held(description), startLine: line, endLine }
}

export function obj(line: number, entries: [string, PNode][], endLine = line): PNode {
  return {
    type: 'object',
    startLine: line,
    endLine,
    props: entries.map(([key, value]) => ({ key, keyLine: value.startLine, value }))
  }
}

/** UTF-8 size of the document as it would be sent (compact JSON). */
export function policyBytes(node: PNode): number {
  return Buffer.byteLength(JSON.stringify(plain(node)), 'utf8')
}

function plain(node: PNode): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries(node.props.map(p => [p.key, plain(p.value)]))
    case 'array':
      return node.items.map(plain)
    case 'unknown':
      return node.description
    case 'null':
      return null
    default:
      return node.value
  }
}

/** `keepJson`: false when no policy simulator takes part (see PolicyDocument.json). */
export function documentFrom(node: PNode, origin: PolicyOrigin, keepJson = true): PolicyDocument {
  return readPolicy(node, origin, policyBytes(node), undefined, keepJson)
}

/**
 * A document whose content cannot be known before deployment. In the policy model that is an Allow and
 * a Deny whose every element is unknown: any decision it takes part in is undecided, never guessed.
 */
export function unknownPolicy(description: string, origin: PolicyOrigin, line: number, endLine = line): PolicyDocument {
  const unknown = (): PNode => unknownNode(description, line, endLine)
  const statement = (effect: string): PNode => {
    const entries: [string, PNode][] = [
      ['Sid', str(`unknown ${effect}`, line, endLine)],
      ['Effect', str(effect, line, endLine)]
    ]
    if (origin.kind === 'key' || origin.kind === 'rcp')
      entries.push(['Principal', obj(line, [['AWS', unknown()]], endLine)])
    entries.push(['Action', unknown()], ['Resource', unknown()])
    return obj(line, entries, endLine)
  }
  const node = obj(
    line,
    [
      ['Version', str('2012-10-17', line, endLine)],
      ['Statement', { type: 'array', items: [statement('Allow'), statement('Deny')], startLine: line, endLine }]
    ],
    endLine
  )
  return documentFrom(node, origin)
}

/**
 * The policy KMS attaches when none is given (KMS Developer Guide, key-policy-default): the key's account
 * may do everything and may delegate through IAM. Without a known account the principal stays unknown.
 */
export function defaultKeyPolicy(account: string | undefined, partition: string | undefined, line: number): PNode {
  const root =
    account && partition
      ? str(`arn:${partition}:iam::${account}:root`, line)
      : unknownNode('the account of the new key (default key policy)', line)
  return obj(line, [
    ['Version', str('2012-10-17', line)],
    ['Id', str('key-default-1', line)],
    [
      'Statement',
      {
        type: 'array',
        startLine: line,
        endLine: line,
        items: [
          obj(line, [
            ['Sid', str('Enable IAM User Permissions', line)],
            ['Effect', str('Allow', line)],
            ['Principal', obj(line, [['AWS', root]])],
            ['Action', str('kms:*', line)],
            ['Resource', str('*', line)]
          ])
        ]
      }
    ]
  ])
}

/** `/path/` as IAM stores it (default `/`). */
export function iamPath(path: string | undefined): string {
  if (!path) return '/'
  let p = path.startsWith('/') ? path : `/${path}`
  if (!p.endsWith('/')) p += '/'
  return p
}

export function iamArn(
  partition: string,
  account: string,
  kind: 'role' | 'user' | 'policy',
  path: string | undefined,
  name: string
): string {
  return held(`arn:${partition}:iam::${account}:${kind}${iamPath(path)}${name}`)
}

/**
 * The ARN used for a principal the change creates under a name nobody knows yet. The path segment
 * `created-by-iac` keeps it apart from the account's real principals.
 */
export function placeholderArn(
  partition: string | undefined,
  account: string | undefined,
  kind: 'role' | 'user' | 'policy',
  id: string
): string {
  return `arn:${partition ?? 'aws'}:iam::${account ?? '000000000000'}:${kind}/created-by-iac/${id.replace(/[^\w+=,.@-]/g, '_')}`
}

/** Partition from a region name, for ARNs built from pseudo parameters. */
export function partitionOf(region: string | undefined): string | undefined {
  if (!region) return undefined
  if (region.startsWith('cn-')) return 'aws-cn'
  if (region.startsWith('us-gov-')) return 'aws-us-gov'
  if (region.startsWith('us-iso-')) return 'aws-iso'
  if (region.startsWith('us-isob-')) return 'aws-iso-b'
  return 'aws'
}

/** A config principal whose role or user name (last path segment) is `name`. */
export function findByName(
  principals: Record<string, string>,
  kind: 'role' | 'user',
  name: string
): string | undefined {
  for (const arn of Object.values(principals)) {
    const parts = parseArn(arn)
    if (parts?.service === 'iam' && parts.resource.startsWith(`${kind}/`) && parts.resource.split('/').pop() === name)
      return arn
  }
  return undefined
}
