import type { PolicyKind, PolicyOrigin } from '../../policy/types.js'
import type { ProposedIdentityPolicy, ProposedPrincipal } from '../types.js'
import { findByName, iamArn, placeholderArn } from '../iac.js'
import { isRecord } from './lines.js'
import { changes, isReplace, type PlanChange, type PlanReader } from './change.js'

type Rec = Record<string, unknown>

/**
 * IAM changes of a plan: `aws_iam_role` (`inline_policy`, `managed_policy_arns`, `permissions_boundary`),
 * `aws_iam_role_policy`, `aws_iam_policy` and `aws_iam_role_policy_attachment`. Deletes count: a deleted
 * policy or attachment is removed in the after world.
 */
export function readIamChanges(ctx: PlanReader): void {
  const { result, input } = ctx
  const byArn = new Map<string, ProposedPrincipal>()
  const roleOf = new Map<string, ProposedPrincipal>()
  const policyOf = new Map<string, ProposedIdentityPolicy>()
  const policyByArn = new Map<string, { identity: ProposedIdentityPolicy; change: PlanChange }>()
  const managed = ctx.changes.filter(c => c.mode === 'managed')
  // By type, once: `roleFor` looks roles up for every role policy of the plan.
  const byType = new Map<string, PlanChange[]>()
  for (const c of managed) {
    const same = byType.get(c.type)
    if (same) same.push(c)
    else byType.set(c.type, [c])
  }
  const ofType = (type: string): PlanChange[] => byType.get(type) ?? []
  const origin = (kind: PolicyKind, name: string, c: PlanChange, extra: Partial<PolicyOrigin>): PolicyOrigin => ({
    kind,
    name: `${name} (${c.address})`,
    ...extra
  })
  const known = (c: PlanChange, v: Rec | null, field: string): string | undefined => {
    const x = v?.[field]
    return typeof x === 'string' && x !== '' && (v !== c.after || c.unknown[field] !== true) ? x : undefined
  }

  for (const c of ofType('aws_iam_policy')) {
    const arn =
      known(c, c.after, 'arn') ??
      known(c, c.before, 'arn') ??
      named(ctx, c, 'policy') ??
      placeholderArn(ctx.partition, ctx.account, 'policy', c.address)
    const identity: ProposedIdentityPolicy = { managed: arn }
    if (!c.after && c.actions.includes('delete')) identity.deleted = true
    else if (changes(c)) identity.document = ctx.document(c, 'policy', origin('identity', arn, c, { managedArn: arn }))
    if (changes(c)) result.managedPolicies.push(identity)
    policyOf.set(c.base, identity)
    policyByArn.set(arn, { identity, change: c })
  }

  for (const c of ofType('aws_iam_role')) {
    const where = ctx.where(c)
    const config = input.principals[c.address] ?? input.principals[c.base]
    const planned = known(c, c.after, 'arn') ?? known(c, c.before, 'arn')
    const byName = named(ctx, c, 'role')
    const real = planned ?? config ?? byName
    const arn = real ?? placeholderArn(ctx.partition, ctx.account, 'role', c.address)
    const created = c.actions.length === 1 && c.actions[0] === 'create'
    const deleted = c.actions.includes('delete') && !c.after
    if (real && c.actions.includes('delete'))
      result.removedPrincipals.push({ arn: real, replaced: isReplace(c.actions), file: where.file, line: where.line })
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
    const p: ProposedPrincipal = byArn.get(arn) ?? { arn, policies: [] }
    byArn.set(arn, p)
    roleOf.set(c.base, p)
    if (created) p.created = true
    if (!changes(c)) continue
    if (deleted) {
      // The role goes away with every policy it has.
      for (const name of blocksByName(c.before?.inline_policy).keys())
        if (name) p.policies.push({ name, deleted: true })
      for (const a of strings(c.before?.managed_policy_arns)) p.policies.push({ managed: a, deleted: true })
      continue
    }
    const before = blocksByName(c.before?.inline_policy)
    const after = c.unknown.inline_policy === true ? undefined : blocksByName(c.after?.inline_policy)
    if (after) {
      for (const name of after.keys()) {
        if (!name) continue
        const document = ctx.document(c, 'policy', origin('identity', name, c, { inlineName: name }), {
          block: 'inline_policy',
          name
        })
        p.policies.push({ name, document })
      }
      for (const name of before.keys()) if (name && !after.has(name)) p.policies.push({ name, deleted: true })
    }
    const arnsBefore = strings(c.before?.managed_policy_arns)
    const arnsAfter =
      c.unknown.managed_policy_arns === true ? undefined : c.after ? strings(c.after.managed_policy_arns) : []
    if (arnsAfter) {
      for (const a of arnsAfter.filter(a => !arnsBefore.includes(a))) attachManaged(ctx, p, a, policyByArn, where)
      for (const a of arnsBefore.filter(a => !arnsAfter.includes(a))) p.policies.push({ managed: a, deleted: true })
    }
    readBoundary(ctx, c, p, policyByArn, where)
  }

  const roleFor = (c: PlanChange): ProposedPrincipal | undefined => {
    const ref = ctx.referenced(c, 'role', 'aws_iam_role')
    if (ref && roleOf.has(ref.base)) return roleOf.get(ref.base)
    const values = c.after ?? c.before
    const name = values && typeof values.role === 'string' ? values.role : undefined
    if (!name) return undefined
    const inPlan = ofType('aws_iam_role').find(r => (r.after ?? r.before)?.name === name)
    if (inPlan) return roleOf.get(inPlan.base)
    const arn =
      findByName(input.principals, 'role', name) ??
      (ctx.account ? iamArn(ctx.partition ?? 'aws', ctx.account, 'role', '/', name) : undefined)
    if (!arn) return undefined
    const p = byArn.get(arn) ?? { arn, policies: [] }
    byArn.set(arn, p)
    return p
  }

  for (const c of ofType('aws_iam_role_policy').filter(changes)) {
    const p = roleFor(c)
    const values = c.after ?? c.before ?? {}
    const name =
      typeof values.name === 'string' && c.unknown.name !== true ? values.name : `${c.address} (name known after apply)`
    if (!p) continue
    if (!c.after) p.policies.push({ name, deleted: true })
    else
      p.policies.push({ name, document: ctx.document(c, 'policy', origin('identity', name, c, { inlineName: name })) })
  }

  // Users: deleting or replacing one is a loss for a key policy that names it; their inline policies are read.
  const userOf = new Map<string, string>()
  for (const c of ofType('aws_iam_user')) {
    const where = ctx.where(c)
    const arn = known(c, c.after, 'arn') ?? known(c, c.before, 'arn') ?? named(ctx, c, 'user')
    if (!arn) continue
    userOf.set(c.base, arn)
    if (c.actions.includes('delete'))
      result.removedPrincipals.push({ arn, replaced: isReplace(c.actions), file: where.file, line: where.line })
  }
  for (const c of ofType('aws_iam_user_policy').filter(changes)) {
    const ref = ctx.referenced(c, 'user', 'aws_iam_user')
    const values = c.after ?? c.before ?? {}
    const userName = typeof values.user === 'string' ? values.user : undefined
    const arn =
      (ref && userOf.get(ref.base)) ??
      (userName
        ? (findByName(input.principals, 'user', userName) ??
          (ctx.account ? iamArn(ctx.partition ?? 'aws', ctx.account, 'user', '/', userName) : undefined))
        : undefined)
    if (!arn) {
      const where = ctx.where(c)
      result.problems.push({
        message: `${c.address}: the user it applies to is known only after apply; its policy is not read`,
        line: where.line,
        rule: 'unread-resource',
        file: where.file
      })
      continue
    }
    const p = byArn.get(arn) ?? { arn, policies: [] }
    byArn.set(arn, p)
    const name =
      typeof values.name === 'string' && c.unknown.name !== true ? values.name : `${c.address} (name known after apply)`
    if (!c.after) p.policies.push({ name, deleted: true })
    else
      p.policies.push({ name, document: ctx.document(c, 'policy', origin('identity', name, c, { inlineName: name })) })
  }

  // Exclusive lists remove from the role every inline policy (by name) or managed policy (by ARN) they do not
  // name (AWS provider docs, aws_iam_role_policies_exclusive: "Policies attached to this role but not configured
  // in this argument will be removed"). Destroying the resource removes nothing.
  const exclusives = [
    ['aws_iam_role_policies_exclusive', 'policy_names', 'inline'],
    ['aws_iam_role_policy_attachments_exclusive', 'policy_arns', 'managed']
  ] as const
  for (const [type, arg, kind] of exclusives) {
    for (const c of ofType(type).filter(c => changes(c) && c.after)) {
      const where = ctx.where(c)
      const roleName =
        typeof c.after!.role_name === 'string' && c.unknown.role_name !== true ? c.after!.role_name : undefined
      const ref = ctx.referenced(c, 'role_name', 'aws_iam_role')
      const p =
        (ref && roleOf.get(ref.base)) ??
        (roleName
          ? (() => {
              const inPlan = ofType('aws_iam_role').find(r => (r.after ?? r.before)?.name === roleName)
              if (inPlan) return roleOf.get(inPlan.base)
              const arn =
                findByName(input.principals, 'role', roleName) ??
                (ctx.account ? iamArn(ctx.partition ?? 'aws', ctx.account, 'role', '/', roleName) : undefined)
              if (!arn) return undefined
              const found = byArn.get(arn) ?? { arn, policies: [] }
              byArn.set(arn, found)
              return found
            })()
          : undefined)
      const listed = c.unknown[arg] === true ? undefined : strings(c.after![arg])
      const partlyUnknown = Array.isArray(c.unknown[arg]) && (c.unknown[arg] as unknown[]).some(u => u === true)
      if (!p || !listed || partlyUnknown) {
        result.problems.push({
          message: `${c.address}: ${!p ? 'the role it applies to' : `its ${arg}`} is known only after apply; the policies it removes are not known`,
          line: where.line,
          rule: 'unread-resource',
          file: where.file
        })
        continue
      }
      // Names of policies this plan itself gives the role are kept (they are in the list when written as
      // references, and known after apply otherwise).
      const fromPlan = p.policies.filter(x => !x.deleted).map(x => (kind === 'inline' ? x.name : x.managed))
      const keep = [...listed, ...fromPlan.filter((x): x is string => !!x && x.includes('known after apply'))]
      p.exclusive = { ...p.exclusive, [kind]: keep }
    }
  }

  for (const c of ofType('aws_iam_role_policy_attachment').filter(changes)) {
    const p = roleFor(c)
    if (!p) continue
    const ref = ctx.referenced(c, 'policy_arn', 'aws_iam_policy')
    const values = c.after ?? c.before ?? {}
    const arn = ref
      ? policyOf.get(ref.base)?.managed
      : typeof values.policy_arn === 'string'
        ? values.policy_arn
        : undefined
    if (!c.after || isReplace(c.actions)) {
      if (typeof c.before?.policy_arn === 'string') p.policies.push({ managed: c.before.policy_arn, deleted: true })
      if (!c.after) continue
    }
    const inPlan = ref ? policyOf.get(ref.base) : arn ? policyByArn.get(arn)?.identity : undefined
    if (inPlan) {
      if (!p.policies.includes(inPlan)) p.policies.push(inPlan)
    } else attachManaged(ctx, p, arn ?? `${c.address}.policy_arn (known after apply)`, policyByArn, ctx.where(c), !arn)
  }
  // Principals the plan leaves as they are propose nothing.
  result.change.principals.push(
    ...[...byArn.values()].filter(
      p => p.policies.length || p.permissionsBoundary !== undefined || p.created || p.exclusive
    )
  )
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

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}
