import { setMember, toJson, type PNode } from '../../policy/node.js'
import { subReference } from './resolve.js'
const NAME_PROPERTY: Record<string, string> = { 'AWS::IAM::Role': 'RoleName', 'AWS::IAM::User': 'UserName' }

/**
 * IAM resource types that change what a principal may do and that the gate does not read: a user's group
 * memberships and a group's policies reach users the gate cannot follow through a template.
 */
export const UNREAD_TYPES = new Set(['AWS::IAM::Group', 'AWS::IAM::GroupPolicy', 'AWS::IAM::UserToGroupAddition'])

/**
 * The resources whose documents can take part in a check: KMS resources; roles and users the config
 * maps or the template names (only those can be configured principals: a principal created under a
 * generated name has no ARN before deployment, and a key policy naming it resolves to unknown); the
 * policies that reach such a principal or a name given otherwise; managed policies with a name (they
 * may be attached anywhere) or used by a relevant principal. Decided on the parsed template, before
 * anything is read with positions.
 */
export function relevantIds(resources: Record<string, unknown>, principals: Record<string, string>): Set<string> {
  const typeOf = (id: string): string => {
    const t = record(resources[id]).Type
    return typeof t === 'string' ? t : ''
  }
  const named = (id: string, resource: Record<string, unknown> = record(resources[id])): boolean => {
    const type = resource.Type
    const nameProperty = typeof type === 'string' ? NAME_PROPERTY[type] : undefined
    return !!nameProperty && (Object.hasOwn(principals, id) || record(resource.Properties)[nameProperty] !== undefined)
  }
  // A target counts unless it is a principal of this template created under a generated name.
  const reaches = (value: unknown): boolean =>
    (Array.isArray(value) ? value : [value]).some(v => {
      if (v === undefined || v === null) return false
      const target = referenced(v)
      return target === undefined || !NAME_PROPERTY[typeOf(target)] || named(target)
    })
  const out = new Set<string>()
  // One pass over what may be thousands of resources; each is looked up once.
  for (const id in resources) {
    const resource = record(resources[id])
    const type = typeof resource.Type === 'string' ? resource.Type : ''
    if (type.startsWith('AWS::KMS::')) {
      out.add(id)
      continue
    }
    // Most of a large template is neither KMS nor IAM.
    if (!type.startsWith('AWS::IAM::')) continue
    const p = record(resource.Properties)
    if (NAME_PROPERTY[type]) {
      if (!named(id, resource)) continue
      out.add(id)
      // The managed policies a relevant principal uses.
      for (const v of [...(Array.isArray(p.ManagedPolicyArns) ? p.ManagedPolicyArns : []), p.PermissionsBoundary]) {
        const target = referenced(v)
        if (target && typeOf(target) === 'AWS::IAM::ManagedPolicy') out.add(target)
      }
    } else if (
      UNREAD_TYPES.has(type) ||
      (Array.isArray(p.Groups) ? p.Groups.length > 0 : p.Groups !== undefined && p.Groups !== null)
    )
      // Read with positions only to be named in an `unread-resource` finding (groups are not read); a `Groups` list
      // written as an intrinsic (`!Ref GroupsParameter`) may name groups too.
      out.add(id)
    else if (type === 'AWS::IAM::Policy' ? reaches(p.Roles) || reaches(p.Users) : false) out.add(id)
    else if (type === 'AWS::IAM::RolePolicy' && reaches(p.RoleName)) out.add(id)
    else if (type === 'AWS::IAM::UserPolicy' && reaches(p.UserName)) out.add(id)
    else if (
      type === 'AWS::IAM::ManagedPolicy' &&
      (p.ManagedPolicyName !== undefined || reaches(p.Roles) || reaches(p.Users))
    )
      out.add(id)
  }
  return out
}

function referenced(value: unknown): string | undefined {
  const v = record(value)
  if (typeof v.Ref === 'string') return v.Ref
  const att = v['Fn::GetAtt']
  if (Array.isArray(att) && typeof att[0] === 'string') return att[0]
  if (typeof att === 'string') return att.split('.')[0]
  // `!Sub ${Role.Arn}`: the same reference as `!GetAtt Role.Arn` (see referencedId).
  const sub = v['Fn::Sub']
  return subReference(
    typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined
  )
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}

/** The only properties relevantIds reads: a view of a tree's resources needs nothing else. */
export const RELEVANCE_PROPERTIES: ReadonlySet<string> = new Set([
  'RoleName',
  'UserName',
  'ManagedPolicyArns',
  'PermissionsBoundary',
  'Groups',
  'Roles',
  'Users',
  'ManagedPolicyName'
])

/**
 * The JSON view relevantIds decides on, from a parsed `Resources` node: each resource's `Type` and the few
 * properties relevance reads, without the policy documents (a plain copy of a whole template's resources would
 * cost more than the text itself).
 */
export function relevanceView(resources: PNode): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  if (resources.type !== 'object') return out
  for (const r of resources.props) {
    const resource: Record<string, unknown> = {}
    if (r.value.type === 'object')
      for (const p of r.value.props) {
        if (p.key === 'Type') setMember(resource, 'Type', toJson(p.value))
        else if (p.key === 'Properties' && p.value.type === 'object') {
          const props: Record<string, unknown> = {}
          for (const q of p.value.props) if (RELEVANCE_PROPERTIES.has(q.key)) setMember(props, q.key, toJson(q.value))
          setMember(resource, 'Properties', props)
        }
      }
    setMember(out, r.key, resource)
  }
  return out
}
