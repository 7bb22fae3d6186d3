import { getProp, held, isLazy, materialized, type PNode } from '../../policy/node.js'
import type { PolicyDocument, PolicyKind, PolicyOrigin } from '../../policy/types.js'
import type { ProposedIdentityPolicy, ProposedPrincipal } from '../types.js'
import { findByName, iamArn, placeholderArn, unknownPolicy, type IacResult } from '../iac.js'
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
/** An `AWS::IAM::ManagedPolicy` resource once read: its policy is known. */
type ReadManaged = TemplateResource & { policy: ProposedIdentityPolicy }
const KIND: Record<string, Kind> = { 'AWS::IAM::Role': 'role', 'AWS::IAM::User': 'user' }

/**
 * A resource's properties opened once: lazy ones are read again at each opening, so the text is read once here and
 * resolved from that reading (lazy `props` are the lazy `raw` itself, see collect in template.ts).
 */
export function open(r: TemplateResource, resolver: Resolver): { props: PNode; raw: PNode } {
  const raw = materialized(r.raw)
  return { props: isLazy(r.props) ? (resolver.resolve(raw) ?? raw) : r.props, raw }
}

/**
 * IAM resources of a template: roles and users (inline `Policies`, `ManagedPolicyArns`,
 * `PermissionsBoundary`), `AWS::IAM::Policy`, `AWS::IAM::ManagedPolicy`, `AWS::IAM::RolePolicy` and
 * `AWS::IAM::UserPolicy`. Principals are keyed by ARN: the config mapping, else the ARN their explicit
 * name gives, else a placeholder for a principal the stack creates under a generated name.
 */
export function readIamResources(c: IamInput): void {
  const reader = new TemplateIam(c)
  reader.principals()
  reader.managedPolicies()
  reader.principalDocuments()
  reader.policies()
  for (const p of reader.byArn.values()) c.result.change.principals.push(p)
}

/** The principals and policies of one template, read resource type by resource type. */
class TemplateIam {
  readonly byArn = new Map<string, ProposedPrincipal>()
  /** Role or user logical id → its principal. */
  private readonly ofId = new Map<string, ProposedPrincipal>()
  /** Policies with a principal known only at deployment (see attributeUnknown). */
  private readonly unattributed = new Set<string>()
  /** Roles and users created under a generated name (see generated), built when first asked. */
  private unnamed?: Set<string>
  /** Roles and users of the template by their explicit name (see principal), built when first asked. */
  private named?: Map<string, string>
  /** Only relevant resources have documents to read; every role and user is still listed. */
  private readonly detailed: TemplateResource[]

  constructor(private readonly c: IamInput) {
    this.detailed = c.resources.filter(r => r.relevant)
  }

  /** Every role and user of the template, mapped to the ARN a check can name (or a placeholder). */
  principals(): void {
    const { c } = this
    const { input, result, resolver } = c
    for (const r of c.resources) {
      const kind = KIND[r.type]
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
        file: input.file,
        line: r.line
      })
      // Created under a generated name: no check can name it (see relevantIds).
      if (!r.relevant) continue
      const p: ProposedPrincipal = { arn, policies: [] }
      if (created) p.created = true
      this.byArn.set(arn, p)
      this.ofId.set(r.id, p)
    }
  }

  /** `AWS::IAM::ManagedPolicy`: the policy, and the roles and users it names. */
  managedPolicies(): void {
    const { c } = this
    for (const r of this.detailed.filter(r => r.type === 'AWS::IAM::ManagedPolicy')) {
      const arn = c.resolver.attribute(r.id, 'Ref') ?? placeholderArn(c.ctx.partition, c.ctx.account, 'policy', r.id)
      const opened = open(r, c.resolver)
      const node = getProp(opened.props, 'PolicyDocument')?.value
      // Both members from the start: one added later goes to a separate property store (40 bytes a policy).
      const identity: ProposedIdentityPolicy = {
        managed: arn,
        document: node ? c.document(node, this.origin('identity', arn, r, undefined, arn)) : undefined
      }
      c.result.managedPolicies.push(identity)
      // Found again by its logical id (c.byId), where a role names it: no map of its own for thousands of policies.
      r.policy = identity
      for (const p of this.targets(r, opened)) add(p, identity)
      this.attributeUnknown(r, identity)
    }
  }

  /** A role's or user's own `Policies`, `ManagedPolicyArns` and `PermissionsBoundary`. */
  principalDocuments(): void {
    const { c } = this
    for (const r of this.detailed.filter(r => KIND[r.type] && this.ofId.has(r.id))) {
      const p = this.ofId.get(r.id)!
      const { props, raw } = open(r, c.resolver)
      const policies = getProp(props, 'Policies')?.value
      // A list known only at deployment (`!If` on a condition the parameters do not decide, a list parameter
      // without a default): policies nobody can read yet, so the checks they take part in are inconclusive.
      if (policies?.type === 'unknown') {
        const name = `Policies: ${policies.description}`
        add(p, {
          name,
          document: unknownPolicy(
            policies.description,
            this.origin('identity', name, r, name),
            policies.startLine,
            policies.endLine
          )
        })
      }
      for (const item of policies?.type === 'array' ? policies.items : []) {
        const name = policyName(getProp(item, 'PolicyName')?.value)
        const doc = getProp(item, 'PolicyDocument')?.value
        if (doc) add(p, { name, document: c.document(doc, this.origin('identity', name, r, name)) })
      }
      const arns = getProp(props, 'ManagedPolicyArns')?.value
      const rawArns = getProp(raw, 'ManagedPolicyArns')?.value
      if (arns?.type === 'unknown') attach(c, p, 'managed', arns)
      if (arns?.type === 'array') {
        arns.items.forEach((v, i) => {
          const raw = rawItem(rawArns, arns.items, v, i)
          const m = raw && this.managed(referencedId(raw))
          if (m) add(p, m.policy)
          else attach(c, p, 'managed', v)
        })
      }
      const boundary = getProp(props, 'PermissionsBoundary')?.value
      if (boundary) {
        const rawBoundary = getProp(raw, 'PermissionsBoundary')?.value
        const m = rawBoundary && this.managed(referencedId(rawBoundary))
        // The boundary document is known only when the template defines the managed policy.
        const node = m?.policy.document && getProp(open(m, c.resolver).props, 'PolicyDocument')?.value
        if (m && node) {
          const arn = m.policy.managed!
          p.permissionsBoundary = c.document(node, this.origin('boundary', arn, m, undefined, arn))
        } else attach(c, p, 'boundary', boundary)
      }
    }
  }

  /** `AWS::IAM::Policy`, `AWS::IAM::RolePolicy` and `AWS::IAM::UserPolicy`: an inline policy of their principals. */
  policies(): void {
    const { c } = this
    for (const r of this.detailed) {
      if (r.type !== 'AWS::IAM::Policy' && r.type !== 'AWS::IAM::RolePolicy' && r.type !== 'AWS::IAM::UserPolicy')
        continue
      const opened = open(r, c.resolver)
      let targets: ProposedPrincipal[]
      if (r.type === 'AWS::IAM::Policy') targets = this.targets(r, opened)
      else {
        const kind = r.type === 'AWS::IAM::RolePolicy' ? 'role' : 'user'
        const prop = kind === 'role' ? 'RoleName' : 'UserName'
        const raw = getProp(opened.raw, prop)?.value
        const target = this.principal(kind, raw, getProp(opened.props, prop)?.value)
        if (!target && !this.generated(raw)) {
          this.unread(r, `the ${kind} it applies to (${prop}) is known only at deployment`)
          this.unattributed.add(r.id)
        }
        targets = target ? [target] : []
      }
      const name = policyName(getProp(opened.props, 'PolicyName')?.value)
      const doc = getProp(opened.props, 'PolicyDocument')?.value
      if (!doc) continue
      const identity: ProposedIdentityPolicy = {
        name,
        document: c.document(doc, this.origin('identity', name, r, name))
      }
      for (const p of targets) add(p, identity)
      this.attributeUnknown(r, identity)
    }
  }

  /**
   * A policy some of whose principals are known only at deployment may be any role's or user's of the account:
   * it goes to every one of them under a condition nobody can decide (ProposedChange.unattributed).
   */
  private attributeUnknown(r: TemplateResource, identity: ProposedIdentityPolicy): void {
    if (!this.unattributed.has(r.id) || !identity.document) return
    ;(this.c.result.change.unattributed ??= []).push({ document: identity.document, account: this.c.ctx.account })
  }

  /** A principal the template names by reference or by name; undefined when its name is known only at deployment. */
  private principal(kind: Kind, raw: PNode | undefined, value: PNode | undefined): ProposedPrincipal | undefined {
    const { c } = this
    const id = raw && referencedId(raw)
    if (id && this.ofId.has(id)) return this.ofId.get(id)
    if (value?.type !== 'string') return undefined
    const inTemplate = this.namedInTemplate().get(`${kind}\u0000${value.value}`)
    if (inTemplate !== undefined) return this.ofId.get(inTemplate)
    const mapped = findByName(c.input.principals, kind, value.value)
    const arn =
      mapped ??
      (c.ctx.account && c.ctx.partition ? iamArn(c.ctx.partition, c.ctx.account, kind, '/', value.value) : undefined)
    if (!arn) return undefined
    if (!mapped) (c.result.change.pathless ??= []).push(arn)
    let p = this.byArn.get(arn)
    if (!p) this.byArn.set(arn, (p = { arn, policies: [] }))
    return p
  }

  /**
   * The template's roles and users by kind and explicit name (`role\0NAME` → logical id; the first of a name wins),
   * read once: each resource's properties are read again whenever opened.
   */
  private namedInTemplate(): Map<string, string> {
    if (this.named) return this.named
    const out = new Map<string, string>()
    for (const r of this.detailed) {
      const kind = KIND[r.type]
      if (!kind) continue
      const name = this.c.resolver.text(
        getProp(open(r, this.c.resolver).props, kind === 'role' ? 'RoleName' : 'UserName')?.value
      )
      if (name !== undefined && !out.has(`${kind}\u0000${name}`)) out.set(`${kind}\u0000${name}`, r.id)
    }
    return (this.named = out)
  }

  /** The principals of a policy's `Roles` and `Users` lists; each one the gate cannot name is `unread-resource`. */
  private targets(r: TemplateResource, opened: { props: PNode; raw: PNode }): ProposedPrincipal[] {
    const out: ProposedPrincipal[] = []
    for (const [prop, kind] of [
      ['Roles', 'role'],
      ['Users', 'user']
    ] as const) {
      const raw = getProp(opened.raw, prop)?.value
      const value = getProp(opened.props, prop)?.value
      if (value?.type === 'unknown') {
        this.unread(r, `its ${prop} list is known only at deployment; what the policy grants them is not read`)
        this.unattributed.add(r.id)
      }
      if (value?.type !== 'array') continue
      value.items.forEach((v, i) => {
        const item = rawItem(raw, value.items, v, i)
        const p = this.principal(kind, item, v)
        if (p) out.push(p)
        else if (!this.generated(item)) {
          this.unread(r, `an entry of ${prop} is known only at deployment; what the policy grants it is not read`)
          this.unattributed.add(r.id)
        }
      })
    }
    return out
  }

  /**
   * A reference to a role or user the template creates under a generated name: no check can name it (see
   * relevantIds), so a policy attached to it changes nothing the gate checks.
   */
  private generated(raw: PNode | undefined): boolean {
    const id = raw && referencedId(raw)
    if (!id) return false
    // Listed once, when first asked (a CDK app's policies may each name one of thousands of such roles).
    this.unnamed ??= new Set(this.c.resources.filter(r => KIND[r.type] !== undefined && !r.relevant).map(r => r.id))
    return this.unnamed.has(id)
  }

  /** The managed policy resource the template defines under logical id `id`, once read (managedPolicies). */
  private managed(id: string | undefined): ReadManaged | undefined {
    const r = id === undefined ? undefined : this.c.byId.get(id)
    return r?.type === 'AWS::IAM::ManagedPolicy' && r.policy ? (r as ReadManaged) : undefined
  }

  /** What the gate cannot attribute: not checked, and the report says so at the resource. */
  private unread(r: TemplateResource, message: string): void {
    this.c.result.problems.push({
      message: `${resourceLabel(r, this.c.input.file)}: ${message}`,
      line: r.line,
      rule: 'unread-resource',
      file: this.c.input.file
    })
  }

  private origin(
    kind: PolicyKind,
    name: string,
    r: TemplateResource,
    inlineName?: string,
    managedArn?: string
  ): PolicyOrigin {
    return {
      kind,
      name: held(`${name} (${resourceLabel(r, this.c.input.file)})`),
      file: this.c.input.file,
      ...(inlineName !== undefined ? { inlineName } : {}),
      ...(managedArn !== undefined ? { managedArn } : {})
    }
  }
}

function add(p: ProposedPrincipal, policy: ProposedIdentityPolicy): void {
  if (!p.policies.includes(policy)) p.policies.push(policy)
}

/**
 * The item of a list as written (before intrinsics were resolved) for the resolved item `v` at index `i` of
 * `resolved`: the same index when resolving kept every item, else the item on the same line (resolving drops
 * `AWS::NoValue` items, so indexes shift).
 */
function rawItem(raw: PNode | undefined, resolved: PNode[], v: PNode, i: number): PNode | undefined {
  if (raw?.type !== 'array') return undefined
  if (raw.items.length === resolved.length) return raw.items[i]
  return raw.items.find(x => x.startLine === v.startLine) ?? raw.items[i]
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
