import type { PolicyKind, PolicyOrigin } from '../../policy/types.js'
import type { ProposedIdentityPolicy, ProposedPrincipal, UncertainAt } from '../types.js'
import { findByName, iamArn, placeholderArn, unknownPolicy } from '../iac.js'
import { isRecord } from './lines.js'
import { changes, isReplace, type PlanChange, type PlanReader } from './change.js'

type Rec = Record<string, unknown>

/**
 * IAM changes of a plan: `aws_iam_role` (`inline_policy`, `managed_policy_arns`, `permissions_boundary`),
 * `aws_iam_role_policy`, `aws_iam_policy`, `aws_iam_role_policy_attachment`, the exclusive lists, users and their
 * policies. Deletes count: a deleted policy or attachment is removed in the after world.
 */
export function readIamChanges(ctx: PlanReader): void {
  const reader = new IamChanges(ctx)
  // Managed policies first (roles attach them), then roles, then what applies to roles and users.
  reader.managedPolicies()
  reader.roles()
  reader.rolePolicies()
  reader.users()
  reader.exclusiveLists()
  reader.attachments()
  reader.exclusiveAttachments()
  // Principals the plan leaves as they are propose nothing.
  ctx.result.change.principals.push(
    ...[...reader.byArn.values()].filter(
      p => p.policies.length || p.permissionsBoundary !== undefined || p.created || p.exclusive
    )
  )
}

/** The principals and policies of one plan's IAM changes, read resource type by resource type. */
class IamChanges {
  readonly byArn = new Map<string, ProposedPrincipal>()
  /** Role resource instance (address) → its principal. */
  private readonly roleOf = new Map<string, ProposedPrincipal>()
  /** Policy resource → its proposed managed policy. */
  private readonly policyOf = new Map<string, ProposedIdentityPolicy>()
  private readonly policyByArn = new Map<string, { identity: ProposedIdentityPolicy; change: PlanChange }>()
  /** User resource → the user's ARN. */
  private readonly userOf = new Map<string, string>()
  private readonly byType = new Map<string, PlanChange[]>()

  constructor(private readonly ctx: PlanReader) {
    // By type, once: roles are looked up for every role policy of the plan.
    for (const c of ctx.changes.filter(c => c.mode === 'managed')) {
      const same = this.byType.get(c.type)
      if (same) same.push(c)
      else this.byType.set(c.type, [c])
    }
  }

  private ofType(type: string): PlanChange[] {
    return this.byType.get(type) ?? []
  }

  private origin(kind: PolicyKind, name: string, c: PlanChange, extra: Partial<PolicyOrigin>): PolicyOrigin {
    return { kind, name: `${name} (${c.address})`, ...extra }
  }

  /** A string attribute whose value the plan knows (not one known only after apply). */
  private known(c: PlanChange, v: Rec | null, field: string): string | undefined {
    const x = v?.[field]
    return typeof x === 'string' && x !== '' && (v !== c.after || c.unknown[field] !== true) ? x : undefined
  }

  /** The principal of `arn`, made on first use. */
  private principal(arn: string): ProposedPrincipal {
    const p = this.byArn.get(arn) ?? { arn, policies: [] }
    this.byArn.set(arn, p)
    return p
  }

  /** A role or user by name: one of the plan's, one the config maps, or the account's (without a path). */
  private byName(kind: 'role' | 'user', name: string): ProposedPrincipal | undefined {
    if (kind === 'role') {
      const inPlan = this.ofType('aws_iam_role').find(r => (r.after ?? r.before)?.name === name)
      if (inPlan) return this.roleOf.get(inPlan.address)
    }
    const { ctx } = this
    const mapped = findByName(ctx.input.principals, kind, name)
    const arn = mapped ?? (ctx.account ? iamArn(ctx.partition ?? 'aws', ctx.account, kind, '/', name) : undefined)
    if (arn && !mapped) (ctx.result.change.pathless ??= []).push(arn)
    return arn ? this.principal(arn) : undefined
  }

  /** The role a role policy or attachment applies to: by reference to the plan's role, else by name. */
  private roleFor(c: PlanChange, field = 'role'): ProposedPrincipal | undefined {
    const ref = this.ctx.referenced(c, field, 'aws_iam_role')
    if (ref && this.roleOf.has(ref.address)) return this.roleOf.get(ref.address)
    const values = c.after ?? c.before
    const name = values && typeof values[field] === 'string' && c.unknown[field] !== true ? values[field] : undefined
    return typeof name === 'string' ? this.byName('role', name) : undefined
  }

  /** An inline policy resource's name, or its address when the name is known only after apply. */
  private inlineName(c: PlanChange): string {
    const values = c.after ?? c.before ?? {}
    return typeof values.name === 'string' && c.unknown.name !== true
      ? values.name
      : `${c.address} (name known after apply)`
  }

  /**
   * An inline policy that the change renames or moves to another role or user: `name` and `role`/`user` force a
   * new resource, and the provider deletes the old one (DeleteRolePolicy / DeleteUserPolicy of the old name on the
   * old principal) before creating the new. The old one is removed from the principal it was on.
   */
  private oldInlinePolicy(c: PlanChange, kind: 'role' | 'user'): void {
    const before = c.before
    if (!before || !c.after) return
    const name = typeof before.name === 'string' ? before.name : undefined
    const owner = typeof before[kind] === 'string' ? (before[kind] as string) : undefined
    if (!name || !owner) return
    const moved = isReplace(c.actions) || c.after.name !== name || c.after[kind] !== owner
    if (!moved) return
    const p = this.byName(kind, owner)
    if (p) p.policies.push({ name, deleted: true })
  }

  /** An inline policy resource's effect on its principal: the policy, or its deletion. */
  private inlinePolicy(p: ProposedPrincipal, c: PlanChange): void {
    const name = this.inlineName(c)
    if (!c.after) p.policies.push({ name, deleted: true })
    else
      p.policies.push({
        name,
        document: this.ctx.document(c, 'policy', this.origin('identity', name, c, { inlineName: name }))
      })
  }

  managedPolicies(): void {
    const { ctx } = this
    for (const c of this.ofType('aws_iam_policy')) {
      const arn =
        this.known(c, c.after, 'arn') ??
        this.known(c, c.before, 'arn') ??
        named(ctx, c, 'policy') ??
        placeholderArn(ctx.partition, ctx.account, 'policy', c.address)
      const identity: ProposedIdentityPolicy = { managed: arn }
      if (!c.after && c.actions.includes('delete')) identity.deleted = true
      else if (changes(c))
        identity.document = ctx.document(c, 'policy', this.origin('identity', arn, c, { managedArn: arn }))
      if (changes(c)) ctx.result.managedPolicies.push(identity)
      this.policyOf.set(c.address, identity)
      this.policyByArn.set(arn, { identity, change: c })
    }
  }

  roles(): void {
    const { ctx } = this
    const { result, input } = ctx
    for (const c of this.ofType('aws_iam_role')) {
      const where = ctx.where(c)
      const config = input.principals[c.address] ?? input.principals[c.base]
      const planned = this.known(c, c.after, 'arn') ?? this.known(c, c.before, 'arn')
      const byName = named(ctx, c, 'role')
      const real = planned ?? config ?? byName
      const arn = real ?? placeholderArn(ctx.partition, ctx.account, 'role', c.address)
      const created = c.actions.length === 1 && c.actions[0] === 'create'
      const deleted = c.actions.includes('delete') && !c.after
      if (real && c.actions.includes('delete'))
        result.removedPrincipals.push({
          arn: real,
          replaced: isReplace(c.actions) && !renamed(c),
          file: where.file,
          line: where.line
        })
      result.mapped.principals.push({
        logicalId: c.address,
        arn: real,
        key: arn,
        via: planned ? 'plan' : config ? 'config' : byName ? 'name' : undefined,
        ...(created ? { created: true } : {}),
        ...(deleted ? { deleted: true } : {}),
        file: where.file,
        line: where.line
      })
      // Created under a name known only after apply: no check can name it, so its documents are not read.
      if (!real) continue
      const p = this.principal(arn)
      this.roleOf.set(c.address, p)
      if (created) p.created = true
      if (!changes(c)) continue
      if (deleted) {
        // The role goes away with every policy it has.
        for (const name of blocksByName(c.before?.inline_policy).keys())
          if (name) p.policies.push({ name, deleted: true })
        for (const a of strings(c.before?.managed_policy_arns)) p.policies.push({ managed: a, deleted: true })
        continue
      }
      this.roleInlinePolicies(c, p, where)
      const arnsBefore = strings(c.before?.managed_policy_arns)
      const arnsAfter =
        c.unknown.managed_policy_arns === true ? undefined : c.after ? strings(c.after.managed_policy_arns) : []
      // Entries (or the whole list) known only after apply: policies nobody can read yet are attached, so every
      // check they take part in is inconclusive, never passed (a Deny may be among them).
      // Optional and computed: unknown in the plan also when the configuration does not set it (the provider then
      // leaves the role's policies alone), so only a list the configuration sets (or may set) counts.
      const unknownEntries =
        this.ctx.sets(c, 'managed_policy_arns') === false ? [] : unknownPositions(c.unknown.managed_policy_arns)
      for (const i of unknownEntries)
        attachManaged(
          ctx,
          p,
          `${c.address}.managed_policy_arns${i < 0 ? '' : `[${i}]`} (known after apply)`,
          this.policyByArn,
          where,
          true
        )
      if (arnsAfter) {
        for (const a of arnsAfter.filter(a => !arnsBefore.includes(a)))
          attachManaged(ctx, p, a, this.policyByArn, where)
        for (const a of arnsBefore.filter(a => !arnsAfter.includes(a))) p.policies.push({ managed: a, deleted: true })
      }
      readBoundary(ctx, c, p, this.policyByArn, where)
    }
  }

  /**
   * A role's `inline_policy` blocks: each one it has after the change, and a deletion for each it loses. Blocks
   * known only after apply are a policy nobody can read yet: the checks it takes part in are inconclusive.
   */
  private roleInlinePolicies(c: PlanChange, p: ProposedPrincipal, where: { file: string; line: number }): void {
    const before = blocksByName(c.before?.inline_policy)
    const after = c.unknown.inline_policy === true ? undefined : blocksByName(c.after?.inline_policy)
    // Optional and computed, like managed_policy_arns: unknown counts only when the configuration sets it.
    const unknown = this.ctx.sets(c, 'inline_policy') !== false && unknownPositions(c.unknown.inline_policy, 'name')
    if (unknown && unknown.length) {
      const name = `${c.address}.inline_policy (known after apply)`
      p.policies.push({
        name,
        document: unknownPolicy(name, { kind: 'identity', name, file: where.file, inlineName: name }, where.line)
      })
    }
    if (!after) return
    for (const name of after.keys()) {
      if (!name) continue
      const document = this.ctx.document(c, 'policy', this.origin('identity', name, c, { inlineName: name }), {
        block: 'inline_policy',
        name
      })
      p.policies.push({ name, document })
    }
    for (const name of before.keys()) if (name && !after.has(name)) p.policies.push({ name, deleted: true })
  }

  /** A resource the gate cannot attribute: what it does was not checked, and the report says so at the resource. */
  /**
   * An inline policy whose role or user is known only after apply may be any role's or user's of the account:
   * it goes to every one of them under a condition nobody can decide (ProposedChange.unattributed).
   */
  private attributeUnknown(c: PlanChange): void {
    if (!c.after) return
    const name = this.inlineName(c)
    const document = this.ctx.document(c, 'policy', this.origin('identity', name, c, { inlineName: name }))
    if (document) (this.ctx.result.change.unattributed ??= []).push({ document, account: this.ctx.account })
  }

  /** A resource as messages name it: its address and where it is. */
  private label(c: PlanChange): string {
    const where = this.ctx.where(c)
    return `${c.address} (${where.file}:${where.line})`
  }

  /** Where a resource is written. */
  private at(c: PlanChange): UncertainAt {
    const { file, line } = this.ctx.where(c)
    return { file, line }
  }

  /** `users`: what it changes reaches IAM users through groups (IacProblem.users). */
  private unread(c: PlanChange, message: string, users = false): void {
    const where = this.ctx.where(c)
    this.ctx.result.problems.push({
      message: `${c.address}: ${message}`,
      line: where.line,
      rule: 'unread-resource',
      file: where.file,
      ...(users ? { users } : {})
    })
  }

  rolePolicies(): void {
    for (const c of this.ofType('aws_iam_role_policy').filter(changes)) {
      this.oldInlinePolicy(c, 'role')
      const p = this.roleFor(c)
      if (p) this.inlinePolicy(p, c)
      else {
        this.unread(c, 'the role it applies to is known only after apply; its policy is not read')
        this.attributeUnknown(c)
      }
    }
  }

  /** Users: deleting or replacing one is a loss for a key policy that names it; their inline policies are read. */
  users(): void {
    const { ctx } = this
    for (const c of this.ofType('aws_iam_user')) {
      const where = ctx.where(c)
      const arn = this.known(c, c.after, 'arn') ?? this.known(c, c.before, 'arn') ?? named(ctx, c, 'user')
      if (!arn) continue
      this.userOf.set(c.address, arn)
      if (c.actions.includes('delete'))
        ctx.result.removedPrincipals.push({
          arn,
          replaced: isReplace(c.actions) && !renamed(c),
          file: where.file,
          line: where.line
        })
      // A user's permissions boundary limits what its identity policies grant, as a role's does.
      if (changes(c) && c.after) readBoundary(ctx, c, this.principal(arn), this.policyByArn, where)
    }
    for (const c of this.ofType('aws_iam_user_policy').filter(changes)) {
      this.oldInlinePolicy(c, 'user')
      const ref = ctx.referenced(c, 'user', 'aws_iam_user')
      const values = c.after ?? c.before ?? {}
      const userName = typeof values.user === 'string' ? values.user : undefined
      const fromPlan = ref ? this.userOf.get(ref.address) : undefined
      const p = fromPlan ? this.principal(fromPlan) : userName ? this.byName('user', userName) : undefined
      if (p) this.inlinePolicy(p, c)
      else {
        this.unread(c, 'the user it applies to is known only after apply; its policy is not read')
        this.attributeUnknown(c)
      }
    }
  }

  /**
   * Exclusive lists remove from the role every inline policy (by name) or managed policy (by ARN) they do not
   * name (AWS provider docs, aws_iam_role_policies_exclusive: "Policies attached to this role but not configured
   * in this argument will be removed"). Destroying the resource removes nothing.
   */
  exclusiveLists(): void {
    const exclusives = [
      ['aws_iam_role_policies_exclusive', 'policy_names', 'inline'],
      ['aws_iam_role_policy_attachments_exclusive', 'policy_arns', 'managed']
    ] as const
    for (const [type, arg, kind] of exclusives) {
      for (const c of this.ofType(type).filter(c => changes(c) && c.after)) {
        const p = this.roleFor(c, 'role_name')
        if (!p) {
          // A role known only after apply is one this plan creates (nothing live to remove) or one nobody can name.
          this.unread(c, 'the role it applies to is known only after apply; the policies it removes are not known')
          continue
        }
        // A list known only in part before apply keeps what it names for certain; every other policy of the role may
        // be removed or not (worlds/build.ts): the checks that depend on one are undecided, never passed.
        const partlyUnknown =
          c.unknown[arg] === true ||
          (Array.isArray(c.unknown[arg]) && (c.unknown[arg] as unknown[]).some(u => u === true))
        const listed = c.unknown[arg] === true ? [] : strings(c.after![arg])
        // Names of policies this plan itself gives the role are kept (they are in the list when written as
        // references, and known after apply otherwise).
        const fromPlan = p.policies.filter(x => !x.deleted).map(x => (kind === 'inline' ? x.name : x.managed))
        const keep = [...listed, ...fromPlan.filter((x): x is string => !!x && x.includes('known after apply'))]
        p.exclusive = {
          ...p.exclusive,
          [kind]: keep,
          ...(partlyUnknown
            ? {
                uncertain: [...(p.exclusive?.uncertain ?? []), kind],
                uncertainBy: this.label(c),
                uncertainAt: this.at(c)
              }
            : {})
        }
      }
    }
  }

  /**
   * `aws_iam_policy_attachment` attaches a managed policy to the roles and users it lists and, being exclusive
   * across the account, revokes it from every other role, user and group that has it, however attached (AWS
   * provider docs, aws_iam_policy_attachment, warning on exclusive attachments). Groups are not read
   * (unread-resource).
   */
  exclusiveAttachments(): void {
    const { ctx } = this
    for (const c of this.ofType('aws_iam_policy_attachment').filter(changes)) {
      const ref = ctx.referenced(c, 'policy_arn', 'aws_iam_policy')
      const values = c.after ?? c.before ?? {}
      const arn = ref
        ? this.policyOf.get(ref.address)?.managed
        : typeof values.policy_arn === 'string' && c.unknown.policy_arn !== true
          ? values.policy_arn
          : undefined
      const listUnknown = (field: string): boolean =>
        c.unknown[field] === true ||
        (Array.isArray(c.unknown[field]) && (c.unknown[field] as unknown[]).some(u => u === true))
      if (!arn) {
        this.unread(c, 'its policy is known only after apply; the attachment is not read')
        continue
      }
      // Roles or users known only in part before apply: the policy may stay with, or go from, every principal the
      // list does not name for certain (worlds/build.ts), never silently kept.
      const uncertain = listUnknown('roles') || listUnknown('users') ? this.label(c) : undefined
      if (strings(c.after?.groups).length || strings(c.before?.groups).length || listUnknown('groups'))
        this.unread(c, 'the groups it attaches the policy to are not read (their users get the policy)', true)
      const before = [
        ...strings(c.before?.roles).map(n => ['role', n] as const),
        ...strings(c.before?.users).map(n => ['user', n] as const)
      ]
      const after = c.after
        ? [
            ...strings(c.after.roles).map(n => ['role', n] as const),
            ...strings(c.after.users).map(n => ['user', n] as const)
          ]
        : []
      const keep: string[] = []
      const inPlan = ref ? this.policyOf.get(ref.address) : this.policyByArn.get(arn)?.identity
      for (const [kind, name] of after) {
        const p = this.byName(kind, name)
        if (!p) continue
        keep.push(p.arn)
        if (inPlan) {
          if (!p.policies.includes(inPlan)) p.policies.push(inPlan)
        } else attachManaged(ctx, p, arn, this.policyByArn, ctx.where(c))
      }
      for (const [kind, name] of before) {
        if (after.some(([k, n]) => k === kind && n === name)) continue
        const p = this.byName(kind, name)
        if (p) p.policies.push({ managed: arn, deleted: true })
      }
      if (c.after)
        (ctx.result.change.exclusiveAttachments ??= []).push({
          policyArn: arn,
          principals: keep,
          ...(uncertain ? { uncertain, at: this.at(c) } : {})
        })
    }
  }

  attachments(): void {
    const { ctx } = this
    for (const c of this.ofType('aws_iam_role_policy_attachment').filter(changes)) {
      const p = this.roleFor(c)
      const ref = ctx.referenced(c, 'policy_arn', 'aws_iam_policy')
      const values = c.after ?? c.before ?? {}
      const arn = ref
        ? this.policyOf.get(ref.address)?.managed
        : typeof values.policy_arn === 'string'
          ? values.policy_arn
          : undefined
      if (!p) {
        this.unread(c, 'the role it applies to is known only after apply; the attachment is not read')
        // The policy may be any role's of the account: kept for every one of them under a condition nobody can
        // decide (worlds/build.ts), so a Deny in it is never passed over.
        if (c.after && arn)
          (ctx.result.change.uncertainAttachments ??= []).push({ policyArn: arn, by: this.label(c), at: this.at(c) })
        continue
      }
      if (!c.after || isReplace(c.actions)) {
        if (typeof c.before?.policy_arn === 'string') p.policies.push({ managed: c.before.policy_arn, deleted: true })
        if (!c.after) continue
      }
      const inPlan = ref ? this.policyOf.get(ref.address) : arn ? this.policyByArn.get(arn)?.identity : undefined
      if (inPlan) {
        if (!p.policies.includes(inPlan)) p.policies.push(inPlan)
      } else
        attachManaged(
          ctx,
          p,
          arn ?? `${c.address}.policy_arn (known after apply)`,
          this.policyByArn,
          ctx.where(c),
          !arn
        )
    }
  }
}

/**
 * A replaced role or user that comes back under another ARN (a new name or path): the old ARN is gone for good,
 * not replaced in place, so a key policy still naming it is rejected and checks naming it lose their access.
 */
function renamed(c: PlanChange): boolean {
  const differs = (field: string): boolean => {
    const [b, a] = [c.before?.[field], c.after?.[field]]
    return typeof b === 'string' && typeof a === 'string' && c.unknown[field] !== true && a !== b
  }
  return differs('name') || differs('path')
}

/** The ARN a role or policy gets from its planned name (and path), when the account is known. */
function named(ctx: PlanReader, c: PlanChange, kind: 'role' | 'user' | 'policy'): string | undefined {
  const name = c.after?.name ?? c.before?.name
  if (typeof name !== 'string' || !name || c.unknown.name === true || !ctx.account) return undefined
  const path = typeof c.after?.path === 'string' ? c.after.path : undefined
  return iamArn(ctx.partition ?? 'aws', ctx.account, kind, path, name)
}

function attachManaged(
  ctx: PlanReader,
  p: ProposedPrincipal,
  arn: string,
  policyByArn: Map<string, { identity: ProposedIdentityPolicy }>,
  where: { file: string; line: number },
  unknown = false
): void {
  const inPlan = policyByArn.get(arn)
  if (inPlan) {
    if (!p.policies.includes(inPlan.identity)) p.policies.push(inPlan.identity)
    return
  }
  ctx.result.attachments.push({
    principal: p.arn,
    kind: 'managed',
    arn,
    ...(unknown ? { unknown: true as const } : {}),
    file: where.file,
    line: where.line
  })
}

function readBoundary(
  ctx: PlanReader,
  c: PlanChange,
  p: ProposedPrincipal,
  policyByArn: Map<string, { identity: ProposedIdentityPolicy; change: PlanChange }>,
  where: { file: string; line: number }
): void {
  const before = typeof c.before?.permissions_boundary === 'string' ? c.before.permissions_boundary : ''
  if (c.unknown.permissions_boundary === true) {
    ctx.result.attachments.push({
      principal: p.arn,
      kind: 'boundary',
      arn: `${c.address}.permissions_boundary (known after apply)`,
      unknown: true,
      file: where.file,
      line: where.line
    })
    return
  }
  const after = typeof c.after?.permissions_boundary === 'string' ? c.after.permissions_boundary : ''
  if (after === before) return
  if (!after) {
    p.permissionsBoundary = null
    return
  }
  const inPlan = policyByArn.get(after)
  if (inPlan?.identity.document) {
    p.permissionsBoundary = ctx.document(inPlan.change, 'policy', {
      kind: 'boundary',
      name: `${after} (${inPlan.change.address})`,
      managedArn: after
    })
    return
  }
  ctx.result.attachments.push({ principal: p.arn, kind: 'boundary', arn: after, file: where.file, line: where.line })
}

function blocksByName(value: unknown): Map<string, Rec> {
  const out = new Map<string, Rec>()
  for (const b of Array.isArray(value) ? value : [])
    if (isRecord(b)) out.set(typeof b.name === 'string' ? b.name : '', b)
  return out
}

/**
 * Which entries of a planned list are known only after apply, from its `after_unknown`: `true` for the whole list
 * gives [-1]; a list gives the positions that are `true`, or whose `field` is (a block whose name is unknown).
 */
function unknownPositions(unknown: unknown, field?: string): number[] {
  if (unknown === true) return [-1]
  if (!Array.isArray(unknown)) return []
  const out: number[] = []
  unknown.forEach((u, i) => {
    if (u === true || (field && isRecord(u) && u[field] === true)) out.push(i)
  })
  return out
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}
