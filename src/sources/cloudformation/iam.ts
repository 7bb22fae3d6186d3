import { getProp, type PNode } from '../../policy/node.js'
import type { PolicyDocument, PolicyKind, PolicyOrigin } from '../../policy/types.js'
import type { ProposedIdentityPolicy, ProposedPrincipal } from '../types.js'
import { findByName, iamArn, placeholderArn, type IacResult } from '../iac.js'
import { referencedId, type Resolver } from './resolve.js'
import { resourceLabel, type CloudFormationInput, type TemplateResource } from './model.js'

export interface IamInput {
  resources: TemplateResource[]
  /** The relevant resources (see relevantIds) by logical id. */
  byId: Map<string, TemplateResource>
  input: CloudFormationInput
  ctx: { account?: string; partition?: string }
  resolver: Resolver
  result: IacResult
  document: (node: PNode, origin: PolicyOrigin) => PolicyDocument
}

type Kind = 'role' | 'user'
const KIND: Record<string, Kind> = { 'AWS::IAM::Role': 'role', 'AWS::IAM::User': 'user' }

interface ManagedInTemplate {
  arn: string
  node?: PNode
  identity: ProposedIdentityPolicy
  id: string
}

/**
 * IAM resources of a template: roles and users (inline `Policies`, `ManagedPolicyArns`,
 * `PermissionsBoundary`), `AWS::IAM::Policy`, `AWS::IAM::ManagedPolicy`, `AWS::IAM::RolePolicy` and
 * `AWS::IAM::UserPolicy`. Principals are keyed by ARN: the config mapping, else the ARN their explicit
 * name gives, else a placeholder for a principal the stack creates under a generated name.
 */
export function readIamResources(c: IamInput): void {
  const { input, result, resolver } = c
  const file = input.file
  const byArn = new Map<string, ProposedPrincipal>()
  const ofId = new Map<string, ProposedPrincipal>()
  // Only relevant resources have documents to read; every role and user is still listed below.
  const detailed = c.resources.filter(r => r.relevant)

  for (const r of c.resources) {
    const kind = r.type === 'AWS::IAM::Role' ? 'role' : r.type === 'AWS::IAM::User' ? 'user' : undefined
    if (!kind) continue
    const mapped = input.principals[r.id]
    // An irrelevant principal has neither a mapping nor a name (see relevantIds): its ARN is a placeholder.
    const named = r.relevant ? resolver.attribute(r.id, 'Arn') : undefined
    const arn = mapped ?? named ?? placeholderArn(c.ctx.partition, c.ctx.account, kind, r.id)
    const created = !mapped && !named ? true : undefined
    result.mapped.principals.push({
      logicalId: r.id,
      arn: mapped ?? named,
      key: arn,
      via: mapped ? 'config' : named ? 'name' : undefined,
      created,
      file,
      line: r.line
    })
    // Created under a generated name: no check can name it (see relevantIds).
    if (!r.relevant) continue
    const p: ProposedPrincipal = { arn, policies: [] }
    if (created) p.created = true
    byArn.set(arn, p)
    ofId.set(r.id, p)
  }

  const principal = (kind: Kind, raw: PNode | undefined, value: PNode | undefined): ProposedPrincipal | undefined => {
    const id = raw && referencedId(raw)
    if (id && ofId.has(id)) return ofId.get(id)
    if (value?.type !== 'string') return undefined
    const inTemplate = detailed.find(
      r =>
        KIND[r.type] === kind &&
        resolver.text(getProp(r.props, kind === 'role' ? 'RoleName' : 'UserName')?.value) === value.value
    )
    if (inTemplate) return ofId.get(inTemplate.id)
    const arn =
      findByName(input.principals, kind, value.value) ??
      (c.ctx.account && c.ctx.partition ? iamArn(c.ctx.partition, c.ctx.account, kind, '/', value.value) : undefined)
    if (!arn) return undefined
    let p = byArn.get(arn)
    if (!p) byArn.set(arn, (p = { arn, policies: [] }))
    return p
  }
  const listed = (r: TemplateResource, prop: string, kind: Kind): ProposedPrincipal[] => {
    const raw = getProp(r.raw, prop)?.value
    const value = getProp(r.props, prop)?.value
    if (value?.type !== 'array') return []
    const rawItems = raw?.type === 'array' ? raw.items : []
    return value.items
      .map((v, i) => principal(kind, rawItems.find(x => x.startLine === v.startLine) ?? rawItems[i], v))
      .filter((p): p is ProposedPrincipal => !!p)
  }
  const origin = (
    kind: PolicyKind,
    name: string,
    r: TemplateResource,
    inlineName?: string,
    managedArn?: string
  ): PolicyOrigin => ({
    kind,
    name: `${name} (${resourceLabel(r, file)})`,
    file,
    ...(inlineName !== undefined ? { inlineName } : {}),
    ...(managedArn !== undefined ? { managedArn } : {})
  })
  const add = (p: ProposedPrincipal, policy: ProposedIdentityPolicy): void => {
    if (!p.policies.includes(policy)) p.policies.push(policy)
  }

  const managed = new Map<string, ManagedInTemplate>()
  for (const r of detailed.filter(r => r.type === 'AWS::IAM::ManagedPolicy')) {
    const arn = resolver.attribute(r.id, 'Ref') ?? placeholderArn(c.ctx.partition, c.ctx.account, 'policy', r.id)
    const node = getProp(r.props, 'PolicyDocument')?.value
    const identity: ProposedIdentityPolicy = { managed: arn }
    if (node) identity.document = c.document(node, origin('identity', arn, r, undefined, arn))
    result.managedPolicies.push(identity)
    managed.set(r.id, { arn, node, identity, id: r.id })
    for (const p of [...listed(r, 'Roles', 'role'), ...listed(r, 'Users', 'user')]) add(p, identity)
  }

  for (const r of detailed.filter(r => KIND[r.type] && ofId.has(r.id))) {
    const p = ofId.get(r.id)!
    const policies = getProp(r.props, 'Policies')?.value
    for (const item of policies?.type === 'array' ? policies.items : []) {
      const name = policyName(getProp(item, 'PolicyName')?.value)
      const doc = getProp(item, 'PolicyDocument')?.value
      if (doc) add(p, { name, document: c.document(doc, origin('identity', name, r, name)) })
    }
    const arns = getProp(r.props, 'ManagedPolicyArns')?.value
    const rawArns = getProp(r.raw, 'ManagedPolicyArns')?.value
    if (arns?.type === 'array') {
      arns.items.forEach((v, i) => {
        const raw =
          rawArns?.type === 'array'
            ? (rawArns.items.find(x => x.startLine === v.startLine) ?? rawArns.items[i])
            : undefined
        const m = raw && managed.get(referencedId(raw) ?? '')
        if (m) add(p, m.identity)
        else attach(c, p, 'managed', v)
      })
    }
    const boundary = getProp(r.props, 'PermissionsBoundary')?.value
    if (boundary) {
      const rawBoundary = getProp(r.raw, 'PermissionsBoundary')?.value
      const m = rawBoundary && managed.get(referencedId(rawBoundary) ?? '')
      // The boundary document is known only when the template defines the managed policy.
      if (m?.node)
        p.permissionsBoundary = c.document(m.node, origin('boundary', m.arn, c.byId.get(m.id)!, undefined, m.arn))
      else attach(c, p, 'boundary', boundary)
    }
  }

  for (const r of detailed) {
    let targets: ProposedPrincipal[] = []
    if (r.type === 'AWS::IAM::Policy') targets = [...listed(r, 'Roles', 'role'), ...listed(r, 'Users', 'user')]
    else if (r.type === 'AWS::IAM::RolePolicy' || r.type === 'AWS::IAM::UserPolicy') {
      const kind = r.type === 'AWS::IAM::RolePolicy' ? 'role' : 'user'
      const prop = kind === 'role' ? 'RoleName' : 'UserName'
      const target = principal(kind, getProp(r.raw, prop)?.value, getProp(r.props, prop)?.value)
      if (target) targets = [target]
    } else continue
    const name = policyName(getProp(r.props, 'PolicyName')?.value)
    const doc = getProp(r.props, 'PolicyDocument')?.value
    if (!doc) continue
    const identity: ProposedIdentityPolicy = { name, document: c.document(doc, origin('identity', name, r, name)) }
    for (const p of targets) add(p, identity)
  }
  for (const p of byArn.values()) result.change.principals.push(p)
}

function policyName(node: PNode | undefined): string {
  if (node?.type === 'string') return node.value
  if (node?.type === 'unknown') return node.description
  return '(unnamed policy)'
}

function attach(c: IamInput, p: ProposedPrincipal, kind: 'managed' | 'boundary', value: PNode): void {
  const known = value.type === 'string'
  c.result.attachments.push({
    principal: p.arn,
    kind,
    arn: known ? value.value : value.type === 'unknown' ? value.description : JSON.stringify(value),
    ...(known ? {} : { unknown: true as const }),
    file: c.input.file,
    line: value.startLine
  })
}
