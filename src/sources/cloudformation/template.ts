import { getProp, isLazy, shiftLines, toJson, type PNode, type PProp } from '../../policy/node.js'
import { parseJsonWithLines } from '../../policy/json-source.js'
import type { PolicyDocument, PolicyOrigin } from '../../policy/types.js'
import type { ProposedKey } from '../types.js'
import { defaultKeyPolicy, documentFrom, emptyResult, iamArn, relocate, unknownPolicy, type IacResult } from '../iac.js'
import { open, readIamResources } from './iam.js'
import { resourceLabel, type CloudFormationInput, type TemplateResource } from './model.js'
export { resourceLabel, type CloudFormationInput, type TemplateResource } from './model.js'
import { relevanceView, relevantIds, UNREAD_TYPES } from './relevance.js'
import { referencedId, Resolver } from './resolve.js'
import { parseTemplateText } from './yaml.js'
import { parseArn } from '../../arn.js'
import { INPUT_LIMITS } from '../../constants.js'

const KEY_TYPES = new Set(['AWS::KMS::Key', 'AWS::KMS::ReplicaKey'])
const PRINCIPAL_TYPES = new Set(['AWS::IAM::Role', 'AWS::IAM::User'])

/** Reads the KMS keys, aliases and IAM documents a CloudFormation template (or CDK output) proposes. */
export function readCloudFormation(input: CloudFormationInput): IacResult {
  const result = emptyResult()
  // The template's tree is read and left in a function of its own: what follows holds only the resources it
  // read, so a large template's tree is not held while its documents are made.
  const read = readResources(input, result)
  if (!read) return result
  const { resources, resolver, ctx } = read
  // Every KMS resource is relevant: keys and aliases are read from the relevant ones only (a generated
  // template holds thousands of other resources, and each pass over them costs).
  const detailed = resources.filter(r => r.relevant)
  const byId = new Map(detailed.map(r => [r.id, r]))
  const aliasFor = readAliases(detailed, byId, input, result, resolver)
  for (const r of detailed.filter(r => KEY_TYPES.has(r.type))) {
    const key = readKey(r, input, aliasFor.get(r.id), ctx, result, resolver)
    const names = result.mapped.aliases.filter(a => a.targetLogicalId === r.id && a.name).map(a => a.name!)
    if (names.length) key.aliases = names
    result.change.keys.push(key)
  }
  readIamResources({
    resources,
    byId,
    input,
    ctx,
    resolver,
    result,
    document: (node, origin) => documentOf(node, origin, input.simulator !== false)
  })
  return result
}

/**
 * The template's resources as read from its tree (see collect), with the resolver over them; the problems that
 * stop or qualify the reading go to `result`. Undefined when there is no template to read.
 */
function readResources(
  input: CloudFormationInput,
  result: IacResult
): { resources: TemplateResource[]; resolver: Resolver; ctx: ReturnType<typeof deriveContext> } | undefined {
  const { file } = input
  const seen: { relevant?: ReadonlySet<string> } = {}
  const parsed = parseTemplateText(
    input.text,
    all => (seen.relevant = relevantIds(all, input.principals)),
    // Mapped resources are read whole whatever their type (a YAML template stubs the others).
    [...Object.keys(input.principals), ...Object.keys(input.keys)]
  )
  for (const p of parsed.problems)
    result.problems.push({ message: p.message, line: p.line, rule: 'invalid-policy', file })
  const root = parsed.node
  if (!root) return undefined
  const resourcesNode = getProp(root, 'Resources')?.value
  if (root.type !== 'object' || resourcesNode?.type !== 'object') {
    result.problems.push({
      message: 'not a CloudFormation template: no Resources section',
      line: root.startLine,
      rule: 'invalid-policy',
      file
    })
    return undefined
  }
  unreadParts(root, resourcesNode, input, result)
  const ctx = deriveContext(input)
  // YAML is read whole: relevance is decided on a view of the tree with just what it reads.
  const relevant = seen.relevant ?? relevantIds(relevanceView(resourcesNode), input.principals)
  const arns = Object.assign(
    Object.create(null) as Record<string, string>,
    input.principals,
    keysThroughAliases(resourcesNode.props, input.keys),
    input.keys
  )
  const resolver = new Resolver({
    ...ctx,
    stackName: input.stack,
    parameters: getProp(root, 'Parameters')?.value,
    mappings: getProp(root, 'Mappings')?.value,
    conditions: getProp(root, 'Conditions')?.value,
    resources: resourcesNode,
    // Indexed by logical ids from the template: no prototype, so `constructor` is just an id.
    arns,
    referable: relevant
  })
  const absent: Absent[] = []
  const resources = collect(resourcesNode.props, resolver, relevant, absent)
  const removed = input.base === undefined ? [] : removedSinceBase(input, resourcesNode, ctx, arns, result, resolver)
  // A deleted file has none of the resources the config maps, and a resource the change removes is not in the
  // template any more: they are deleted, not mistyped.
  if (!input.deletedFile) checkMappings(input, resources, result, new Set(removed.map(r => r.absent.id)))
  const known = removed.length ? [...resourcesNode.props, ...removed.map(r => r.prop)] : resourcesNode.props
  notDeployed([...absent, ...removed.map(r => r.absent)], arns, input, ctx, result, known)
  // From here on the resolver reads the resources as collected, not their nodes (see Resolver.collected).
  resolver.collected(resources)
  return { resources, resolver, ctx }
}

/**
 * What the template holds that the gate does not read, each an `unread-resource` warning: a `Transform`
 * (SAM, macros) generates resources — roles and their policies among them — only at deployment; groups
 * and group policies (see UNREAD_TYPES).
 */
function unreadParts(root: PNode, resources: PNode, input: CloudFormationInput, result: IacResult): void {
  const file = input.file
  const transform = getProp(root, 'Transform')
  if (transform) {
    const names = transform.value.type === 'array' ? transform.value.items : [transform.value]
    const shown = names.map(n => (n.type === 'string' ? n.value : toJsonText(n))).join(', ')
    result.problems.push({
      message: `the template uses Transform ${shown}: the resources it generates at deployment (roles and policies of AWS::Serverless resources, macro output) are not read; deploy-time IAM changes there are not checked (run the gate on the processed template, e.g. \`aws cloudformation get-template --template-stage Processed\`)`,
      // A JSON template's sections are read without positions: the key is found in the text.
      line: transform.keyLine || lineOfText(input.text, /"Transform"\s*:/),
      rule: 'unread-resource',
      file
    })
  }
  if (resources.type !== 'object') return
  for (const p of resources.props) {
    const type = getProp(p.value, 'Type')?.value
    if (type?.type !== 'string') continue
    const props = getProp(p.value, 'Properties')?.value
    const groups = props && getProp(props, 'Groups')?.value
    // A `Groups` list, or an intrinsic that may give one (`!Ref GroupsParameter`).
    const toGroups = !!groups && groups.type !== 'null' && !(groups.type === 'array' && groups.items.length === 0)
    const unread = UNREAD_TYPES.has(type.value)
      ? type.value
      : toGroups && type.value.startsWith('AWS::IAM::')
        ? `${type.value} attached to groups`
        : undefined
    if (!unread) continue
    result.problems.push({
      message: `${p.key} (${unread}) changes what IAM users may do through groups, which the gate does not read`,
      line: p.keyLine,
      rule: 'unread-resource',
      file,
      users: true
    })
  }
}

function lineOfText(text: string, pattern: RegExp): number {
  const m = pattern.exec(text)
  if (!m) return 1
  let line = 1
  for (let i = text.indexOf('\n'); i >= 0 && i < m.index; i = text.indexOf('\n', i + 1)) line++
  return line
}

function toJsonText(node: PNode): string {
  return JSON.stringify(toJson(node))
}

function deriveContext(input: CloudFormationInput): { account?: string; region?: string; partition?: string } {
  const ctx = { ...input.context }
  // The key's ARN first: the stack lives in the key's account and region.
  for (const ref of [...Object.values(input.keys), ...Object.values(input.principals)]) {
    const arn = parseArn(ref)
    if (!arn) continue
    ctx.partition ??= arn.partition
    if (arn.account) ctx.account ??= arn.account
    if (arn.service === 'kms' && arn.region) ctx.region ??= arn.region
  }
  return ctx
}

/** Config keys given for an alias's logical id also name the key the alias targets. */
function keysThroughAliases(resources: PProp[], keys: Record<string, string>): Record<string, string> {
  const out = Object.create(null) as Record<string, string>
  for (const [logicalId, ref] of Object.entries(keys)) {
    const r = resources.find(p => p.key === logicalId)
    const type = r && getProp(r.value, 'Type')?.value
    if (!r || type?.type !== 'string' || type.value !== 'AWS::KMS::Alias') continue
    const target = getProp(getProp(r.value, 'Properties')?.value ?? r.value, 'TargetKeyId')?.value
    const id = target && referencedId(target)
    if (id && !(id in out)) out[id] = ref
  }
  return out
}

/** The empty properties of resources read without positions (line 0): one shared, never modified node. */
const NO_PROPERTIES: PNode = Object.freeze({
  type: 'object',
  props: Object.freeze([]) as unknown as PProp[],
  startLine: 0,
  endLine: 0
})

/**
 * Resources the template declares under a `Condition` that is false at the parameters' defaults are not deployed:
 * CloudFormation deletes them if the stack has them. A key the config maps to a live key is then deleted, a
 * role or user with a name (or mapped) is removed, an inline policy (`AWS::IAM::Policy`, `RolePolicy`,
 * `UserPolicy`) is deleted from the roles and users it names, and a managed policy with a name is deleted
 * (detached from everyone), as a Terraform plan that destroys them is read.
 */
function notDeployed(
  absent: Absent[],
  arns: Record<string, string>,
  input: CloudFormationInput,
  ctx: { account?: string; partition?: string },
  result: IacResult,
  resources: PProp[]
): void {
  for (const a of absent) {
    const where = { file: input.file, line: a.line }
    if (INLINE_POLICY_TYPES.has(a.type)) {
      deletedInlinePolicy(a, arns, input, ctx, result, resources)
      continue
    }
    if (a.type === 'AWS::IAM::ManagedPolicy') {
      deletedManagedPolicy(a, input, ctx, result)
      continue
    }
    if (KEY_TYPES.has(a.type) && Object.hasOwn(arns, a.id)) {
      result.change.keys.push({ key: arns[a.id], name: a.id, deleted: true, source: 'cloudformation', ...where })
      continue
    }
    if (KEY_TYPES.has(a.type)) {
      // Named by an alias the template also leaves out: the key is the live key of that alias, if there is one
      // (iac-load maps it, as for a key the template creates); otherwise the entry is dropped there.
      const alias = absent.find(x => {
        const target = x.type === 'AWS::KMS::Alias' && x.props && getProp(x.props, 'TargetKeyId')?.value
        return !!target && referencedId(target) === a.id
      })
      const name = alias?.props && getProp(alias.props, 'AliasName')?.value
      if (name?.type === 'string') {
        result.change.keys.push({ name: a.id, created: true, deleted: true, source: 'cloudformation', ...where })
        result.mapped.aliases.push({ logicalId: alias!.id, name: name.value, targetLogicalId: a.id, ...where })
      }
      continue
    }
    const kind = a.type === 'AWS::IAM::Role' ? 'role' : a.type === 'AWS::IAM::User' ? 'user' : undefined
    if (!kind) continue
    const arn = principalOfProps(kind, a.id, a.props, arns, ctx, result)
    if (arn) result.removedPrincipals.push({ arn, replaced: false, ...where })
  }
}

const INLINE_POLICY_TYPES = new Set(['AWS::IAM::Policy', 'AWS::IAM::RolePolicy', 'AWS::IAM::UserPolicy'])

/**
 * An inline policy the template does not deploy is deleted from each role and user it names (if they have it:
 * deleting one they do not have changes nothing). A name or principal known only at deployment is an
 * `unread-resource`: the deletion cannot be placed.
 */
function deletedInlinePolicy(
  a: Absent,
  arns: Record<string, string>,
  input: CloudFormationInput,
  ctx: { account?: string; partition?: string },
  result: IacResult,
  resources: PProp[]
): void {
  const unread = (why: string): void => unplacedDeletion(a, input, result, why)
  const name = a.props && getProp(a.props, 'PolicyName')?.value
  if (name?.type !== 'string') return unread('its PolicyName is known only at deployment')
  // A role or user known only at deployment: every principal of that kind with a policy of this name may lose it
  // (worlds/build.ts) — the checks that depend on one are undecided where it matters, not everywhere.
  const uncertain = (kind: 'role' | 'user', why: string): void => {
    unplacedDeletion(a, input, result, why, false)
    ;(result.change.uncertainDeletions ??= []).push({
      policyName: name.value,
      kind,
      ...(ctx.account ? { account: ctx.account } : {}),
      by: `${a.id} in ${input.file}`,
      at: { file: input.file, line: a.line }
    })
  }
  const targets: ['role' | 'user', PNode][] = []
  if (a.type === 'AWS::IAM::RolePolicy' || a.type === 'AWS::IAM::UserPolicy') {
    const kind = a.type === 'AWS::IAM::RolePolicy' ? 'role' : 'user'
    const node = a.props && getProp(a.props, kind === 'role' ? 'RoleName' : 'UserName')?.value
    if (node) targets.push([kind, node])
  } else {
    for (const [prop, kind] of [
      ['Roles', 'role'],
      ['Users', 'user']
    ] as const) {
      const list = a.props && getProp(a.props, prop)?.value
      if (!list) continue
      if (list.type !== 'array') {
        uncertain(kind, `its ${prop} list is known only at deployment`)
        continue
      }
      for (const item of list.items) targets.push([kind, item])
    }
  }
  for (const [kind, node] of targets) {
    const arn = principalOf(kind, node, arns, ctx, result, resources)
    if (!arn) uncertain(kind, `the ${kind} it applies to is known only at deployment`)
    else result.change.principals.push({ arn, policies: [{ name: name.value, deleted: true }] })
  }
}

/**
 * A managed policy the template does not deploy is deleted: with a `ManagedPolicyName` its ARN is known and it
 * goes from every principal that has it. Without one (a generated name) it is attached only where the template
 * says (`Roles`, `Users`, `Groups`): if it names any, the deletion cannot be placed (`unread-resource`).
 */
function deletedManagedPolicy(
  a: Absent,
  input: CloudFormationInput,
  ctx: { account?: string; partition?: string },
  result: IacResult
): void {
  const name = a.props && getProp(a.props, 'ManagedPolicyName')?.value
  const path = a.props && getProp(a.props, 'Path')?.value
  if (name?.type === 'string' && ctx.account && ctx.partition && (!path || path.type === 'string')) {
    const arn = iamArn(
      ctx.partition,
      ctx.account,
      'policy',
      path?.type === 'string' ? path.value : undefined,
      name.value
    )
    result.managedPolicies.push({ managed: arn, deleted: true })
    return
  }
  const attached = ['Roles', 'Users', 'Groups'].some(prop => {
    const list = a.props && getProp(a.props, prop)?.value
    return !!list && !(list.type === 'array' && list.items.length === 0)
  })
  if (!attached && !name) return
  unplacedDeletion(a, input, result, 'its ARN is known only at deployment')
}

/** A resource CloudFormation deletes whose deletion cannot be placed (`why`): an `unread-resource`. */
function unplacedDeletion(
  a: Absent,
  input: CloudFormationInput,
  result: IacResult,
  why: string,
  blocking = true
): void {
  result.problems.push({
    message: blocking
      ? `${a.id} (${a.type}) is not deployed (${a.why}), so CloudFormation deletes it from the stack; ${why}, so the deletion is not checked`
      : `${a.id} (${a.type}) is not deployed (${a.why}), so CloudFormation deletes it from the stack; ${why}: every one that has a policy of its name may lose it`,
    line: a.line,
    rule: 'unread-resource',
    ...(blocking ? { blocking } : {}),
    file: input.file
  })
}

/** The ARN of a role or user a template names by name or by reference, or undefined when it is not known yet. */
function principalOf(
  kind: 'role' | 'user',
  node: PNode,
  arns: Record<string, string>,
  ctx: { account?: string; partition?: string },
  result: IacResult,
  resources: PProp[]
): string | undefined {
  if (node.type === 'string') return namedPrincipal(kind, node.value, undefined, ctx, result)
  const id = referencedId(node)
  return id === undefined ? undefined : principalById(kind, id, arns, ctx, result, resources)
}

/** The ARN of the role or user of logical id `id`: mapped by the config, else from its name in the template. */
function principalById(
  kind: 'role' | 'user',
  id: string,
  arns: Record<string, string>,
  ctx: { account?: string; partition?: string },
  result: IacResult,
  resources: PProp[]
): string | undefined {
  const props = Object.hasOwn(arns, id)
    ? undefined
    : getProp(resources.find(r => r.key === id)?.value ?? NO_PROPERTIES, 'Properties')?.value
  return principalOfProps(kind, id, props, arns, ctx, result)
}

/** The ARN of the role or user of logical id `id` and properties `props`: mapped by the config, else by name. */
function principalOfProps(
  kind: 'role' | 'user',
  id: string,
  props: PNode | undefined,
  arns: Record<string, string>,
  ctx: { account?: string; partition?: string },
  result: IacResult
): string | undefined {
  if (Object.hasOwn(arns, id)) return arns[id]
  const named = props && getProp(props, kind === 'role' ? 'RoleName' : 'UserName')?.value
  const path = props && getProp(props, 'Path')?.value
  if (named?.type !== 'string') return undefined
  return namedPrincipal(kind, named.value, path?.type === 'string' ? path.value : undefined, ctx, result)
}

/** A role or user by name; without its path it is the account's principal of that name (`pathless`). */
function namedPrincipal(
  kind: 'role' | 'user',
  name: string,
  path: string | undefined,
  ctx: { account?: string; partition?: string },
  result: IacResult
): string | undefined {
  if (!ctx.account || !ctx.partition) return undefined
  const arn = iamArn(ctx.partition, ctx.account, kind, path, name)
  if (path === undefined) (result.change.pathless ??= []).push(arn)
  return arn
}

/**
 * The resources the base commit's version of the template deploys (its `Condition`, if any, true at its defaults)
 * and the template no longer has, or has with another type: CloudFormation deletes them (User Guide, "Update
 * behaviors of stack resources": a resource removed from the template is deleted). They are placed at the
 * template's `Resources` line. A base version that cannot be read is an `unread-resource`: removals are not seen.
 */
function removedSinceBase(
  input: CloudFormationInput,
  resourcesNode: PNode & { type: 'object' },
  ctx: { account?: string; partition?: string; region?: string },
  arns: Record<string, string>,
  result: IacResult,
  headResolver: Resolver
): { absent: Absent; prop: PProp }[] {
  const base = input.base!
  const tooLarge =
    base.length > INPUT_LIMITS.template || (base.length > INPUT_LIMITS.yamlTemplate && /\S/.exec(base)?.[0] !== '{')
  // Only IAM and KMS resources (and the mapped ones) of the base are read whole: what the change removes of any other
  // type deletes nothing a check looks at, and a generated template is mostly other types.
  const parsed = tooLarge
    ? { problems: [{ message: 'too large', line: 1 }] }
    : parseTemplateText(base, iamOrKms, [...Object.keys(input.principals), ...Object.keys(input.keys)])
  const root = parsed.node
  const baseResources = root && getProp(root, 'Resources')?.value
  const line = Math.max(1, lineOfText(input.text, /^[ \t]*"?Resources"?[ \t]*:/m))
  if (parsed.problems.length || baseResources?.type !== 'object') {
    result.problems.push({
      message: `${input.file} as ${input.baseSource ?? 'the base commit'} has it is not a template the gate can read: resources the change removes from it are not checked`,
      line,
      rule: 'unread-resource',
      blocking: true,
      file: input.file
    })
    return []
  }
  const resolver = new Resolver({
    ...ctx,
    stackName: input.stack,
    parameters: getProp(root!, 'Parameters')?.value,
    mappings: getProp(root!, 'Mappings')?.value,
    conditions: getProp(root!, 'Conditions')?.value,
    resources: baseResources,
    arns,
    referable: new Set()
  })
  const headById = new Map(resourcesNode.props.map(h => [h.key, h]))
  let known: PProp[] | undefined
  const out: { absent: Absent; prop: PProp }[] = []
  for (const p of baseResources.props) {
    const typeNode = getProp(p.value, 'Type')?.value
    if (typeNode?.type !== 'string') continue
    const type = typeNode.value
    // Not deployed in the base either: nothing to delete.
    const conditionNode = getProp(p.value, 'Condition')?.value
    const condition = conditionNode && resolver.text(conditionNode)
    if (condition !== undefined && resolver.condition(condition) === false) continue
    const baseProps = getProp(p.value, 'Properties')?.value
    const now = headById.get(p.key)
    const nowType = now && getProp(now.value, 'Type')?.value
    if (!now || nowType?.type !== 'string' || nowType.value !== type) {
      out.push({
        absent: { id: p.key, type, line, props: baseProps, why: 'the change removes it from the template' },
        prop: p
      })
      continue
    }
    // Kept: what its lists no longer name is removed from it.
    const headProps = getProp(now.value, 'Properties')?.value
    if (type === 'AWS::IAM::Policy' || type === 'AWS::IAM::ManagedPolicy') {
      known ??= [...resourcesNode.props, ...baseResources.props]
      targetsRemoved(type, baseProps, headProps, arns, ctx, result, known)
    } else if (type === 'AWS::IAM::Role' || type === 'AWS::IAM::User') {
      const removedEntries = entriesRemoved(baseProps, headProps, resolver, headResolver)
      const kind = type === 'AWS::IAM::Role' ? 'role' : 'user'
      const arn = removedEntries.length ? principalById(kind, p.key, arns, ctx, result, resourcesNode.props) : undefined
      if (arn) result.change.principals.push({ arn, policies: removedEntries })
    }
  }
  return out
}

/** The logical ids of a template's IAM and KMS resources. */
function iamOrKms(resources: Record<string, unknown>): ReadonlySet<string> {
  const out = new Set<string>()
  for (const id in resources) {
    const type = (resources[id] as { Type?: unknown } | null)?.Type
    if (typeof type === 'string' && (type.startsWith('AWS::IAM::') || type.startsWith('AWS::KMS::'))) out.add(id)
  }
  return out
}

/**
 * The inline policies (`Policies`, by `PolicyName`) and managed policies (`ManagedPolicyArns`) a role or user
 * the template keeps had in the base commit and no longer has: CloudFormation deletes and detaches them. Entries
 * known only at deployment on either side are not compared.
 */
function entriesRemoved(
  base: PNode | undefined,
  head: PNode | undefined,
  baseResolver: Resolver,
  headResolver: Resolver
): { name?: string; managed?: string; deleted?: boolean }[] {
  const names = (props: PNode | undefined, resolver: Resolver): string[] => {
    const list = props && getProp(props, 'Policies')?.value
    const resolved = list && resolver.resolve(list)
    if (resolved?.type !== 'array') return []
    return resolved.items.flatMap(item => {
      const name = getProp(item, 'PolicyName')?.value
      return name?.type === 'string' ? [name.value] : []
    })
  }
  const managed = (props: PNode | undefined, resolver: Resolver): string[] => {
    const list = props && getProp(props, 'ManagedPolicyArns')?.value
    const resolved = list && resolver.resolve(list)
    if (resolved?.type !== 'array') return []
    return resolved.items.flatMap(item => (item.type === 'string' ? [item.value] : []))
  }
  // A head entry known only at deployment may be any of the base's: nothing is taken as removed then.
  const unknownIn = (props: PNode | undefined, key: string, known: (n: PNode) => boolean): boolean => {
    const list = props && getProp(props, key)?.value
    const resolved = list && headResolver.resolve(list)
    return !!resolved && (resolved.type !== 'array' || resolved.items.some(i => !known(i)))
  }
  const headNames = new Set(names(head, headResolver))
  const headManaged = new Set(managed(head, headResolver))
  const namesUnknown = unknownIn(head, 'Policies', i => getProp(i, 'PolicyName')?.value.type === 'string')
  const managedUnknown = unknownIn(head, 'ManagedPolicyArns', i => i.type === 'string')
  return [
    ...(namesUnknown ? [] : names(base, baseResolver))
      .filter(n => !headNames.has(n))
      .map(name => ({ name, deleted: true })),
    ...(managedUnknown ? [] : managed(base, baseResolver))
      .filter(a => !headManaged.has(a))
      .map(arn => ({ managed: arn }))
  ]
}

/**
 * The roles and users an `AWS::IAM::Policy` or a named `AWS::IAM::ManagedPolicy` the template keeps listed in the
 * base commit and no longer lists: CloudFormation removes the inline policy from them, or detaches the managed
 * one. Entries are compared as written (a name, or a reference); a head list known only at deployment removes
 * nothing.
 */
function targetsRemoved(
  type: string,
  base: PNode | undefined,
  head: PNode | undefined,
  arns: Record<string, string>,
  ctx: { account?: string; partition?: string },
  result: IacResult,
  resources: PProp[]
): void {
  const name = base && getProp(base, type === 'AWS::IAM::Policy' ? 'PolicyName' : 'ManagedPolicyName')?.value
  const path = base && getProp(base, 'Path')?.value
  if (name?.type !== 'string' || !ctx.account || !ctx.partition) return
  const policy: { name?: string; managed?: string; deleted?: boolean } =
    type === 'AWS::IAM::Policy'
      ? { name: name.value, deleted: true }
      : {
          managed: iamArn(
            ctx.partition,
            ctx.account,
            'policy',
            path?.type === 'string' ? path.value : undefined,
            name.value
          )
        }
  const written = (n: PNode): string | undefined => {
    if (n.type === 'string') return `name:${n.value}`
    const ref = referencedId(n)
    return ref === undefined ? undefined : `ref:${ref}`
  }
  for (const [prop, kind] of [
    ['Roles', 'role'],
    ['Users', 'user']
  ] as const) {
    const before = base && getProp(base, prop)?.value
    const after = head && getProp(head, prop)?.value
    if (before?.type !== 'array') continue
    if (after && (after.type !== 'array' || after.items.some(i => written(i) === undefined))) continue
    const kept = new Set(after?.type === 'array' ? after.items.map(written) : [])
    for (const item of before.items) {
      const key = written(item)
      if (key === undefined || kept.has(key)) continue
      const arn = principalOf(kind, item, arns, ctx, result, resources)
      if (arn) result.change.principals.push({ arn, policies: [policy] })
    }
  }
}

/** A resource whose `Condition` is false at the parameters' defaults: CloudFormation does not deploy it. */
interface Absent {
  id: string
  type: string
  line: number
  props: PNode | undefined
  /** Why it is not deployed, for messages: its `Condition`, or the change removes it. */
  why: string
}

function collect(
  props: PProp[],
  resolver: Resolver,
  relevant: ReadonlySet<string>,
  absent: Absent[] = []
): TemplateResource[] {
  const out: TemplateResource[] = []
  for (const p of props) {
    const res = p.value
    if (res.type !== 'object') continue
    const typeNode = getProp(res, 'Type')?.value
    // The common case, a literal type, needs no resolving (this loop runs once per resource of the template).
    const type = typeNode?.type === 'string' ? typeNode.value : resolver.text(typeNode)
    if (!type) continue
    const empty: PNode =
      p.keyLine === 0 ? NO_PROPERTIES : { type: 'object', props: [], startLine: p.keyLine, endLine: p.keyLine }
    // Nothing but a type (a resource read without positions): no condition, properties or metadata to look at.
    const typeOnly = res.props.length === 1
    // A resource whose condition is false is not deployed.
    const conditionNode = typeOnly ? undefined : getProp(res, 'Condition')?.value
    const condition = conditionNode && resolver.text(conditionNode)
    if (condition !== undefined && resolver.condition(condition) === false) {
      absent.push({
        id: p.key,
        type,
        line: p.keyLine,
        props: getProp(res, 'Properties')?.value,
        why: 'its Condition is false'
      })
      continue
    }
    const raw = (!typeOnly && getProp(res, 'Properties')?.value) || empty
    const isRelevant = relevant.has(p.key)
    // Only relevant resources are read further: the others need no resolving.
    // Lazy properties stay the lazy node: they are resolved when the resource is opened (open in iam.ts), not
    // wrapped in a resolving one per resource.
    const resolved = (isRelevant && (isLazy(raw) ? raw : resolver.resolve(raw))) || empty
    const metadata = typeOnly ? undefined : getProp(res, 'Metadata')?.value
    const cdkPath = metadata && getProp(metadata, 'aws:cdk:path')?.value
    const r: TemplateResource = {
      id: p.key,
      type,
      line: p.keyLine,
      endLine: res.endLine,
      props: resolved,
      raw,
      relevant: isRelevant,
      // Slots in the object from the start (an added member goes to a separate property store).
      cdkPath: cdkPath?.type === 'string' ? cdkPath.value : undefined,
      policy: undefined
    }
    out.push(r)
  }
  return out
}

function checkMappings(
  input: CloudFormationInput,
  resources: TemplateResource[],
  result: IacResult,
  removed: ReadonlySet<string>
): void {
  if (!Object.keys(input.keys).length && !Object.keys(input.principals).length) return
  const check = (section: 'keys' | 'principals', allowed: Set<string>, what: string): void => {
    for (const id of Object.keys(input[section])) {
      // A few mapped ids: a search each costs less than indexing every resource of a large template.
      const type = resources.find(r => r.id === id)?.type
      if (!type && removed.has(id)) continue
      if (!type)
        result.problems.push({
          message: `${section}: ${id} is not a resource of ${input.file}`,
          line: 0,
          rule: 'config-error',
          missingId: `${section}\u0000${id}`
        })
      else if (!allowed.has(type))
        result.problems.push({
          message: `${section}: ${id} in ${input.file} is a ${type}, not ${what}`,
          line: 0,
          rule: 'config-error'
        })
    }
  }
  check('keys', new Set([...KEY_TYPES, 'AWS::KMS::Alias']), 'a KMS key or alias')
  check('principals', PRINCIPAL_TYPES, 'an IAM role or user')
}

/** Records the aliases and returns, per key logical id, the config key reference reached through an alias. */
function readAliases(
  resources: TemplateResource[],
  byId: Map<string, TemplateResource>,
  input: CloudFormationInput,
  result: IacResult,
  resolver: Resolver
): Map<string, string> {
  const viaAlias = new Map<string, string>()
  for (const r of resources.filter(r => r.type === 'AWS::KMS::Alias')) {
    // Opened once: lazy properties are read again at each opening.
    const { props, raw } = open(r, resolver)
    const nameNode = getProp(props, 'AliasName')?.value
    const rawTarget = getProp(raw, 'TargetKeyId')?.value
    const targetId = rawTarget && referencedId(rawTarget)
    const targetLogicalId = targetId && KEY_TYPES.has(byId.get(targetId)?.type ?? '') ? targetId : undefined
    const target = getProp(props, 'TargetKeyId')?.value
    result.mapped.aliases.push({
      logicalId: r.id,
      name: nameNode?.type === 'string' ? nameNode.value : undefined,
      targetLogicalId,
      target: !targetLogicalId && target?.type === 'string' ? target.value : undefined,
      file: input.file,
      line: r.line
    })
    const ref = input.keys[r.id]
    if (targetLogicalId && ref && !viaAlias.has(targetLogicalId)) viaAlias.set(targetLogicalId, ref)
    // An alias named after the stack (`!Sub alias/${AWS::StackName}-key`) names a live key only once the stack
    // name is known: without it the key would pass as a new one and the live key it stands for go unchecked.
    if (
      nameNode?.type === 'unknown' &&
      nameNode.description.includes('AWS::StackName') &&
      !input.stack &&
      !ref &&
      targetLogicalId &&
      !(targetLogicalId && input.keys[targetLogicalId])
    )
      result.problems.push({
        message: `${input.file}:${r.line}: the name of alias ${r.id} (${nameNode.description}) depends on AWS::StackName: set \`stack:\` to the stack's name for this template, or map ${targetLogicalId} under \`keys:\``,
        line: 0,
        rule: 'config-error'
      })
  }
  return viaAlias
}

function readKey(
  r: TemplateResource,
  input: CloudFormationInput,
  aliasRef: string | undefined,
  ctx: { account?: string; partition?: string },
  result: IacResult,
  resolver: Resolver
): ProposedKey {
  const direct = input.keys[r.id]
  const ref = direct ?? aliasRef
  const origin: PolicyOrigin = { kind: 'key', name: resourceLabel(r, input.file), file: input.file }
  const { props } = open(r, resolver)
  const policyNode = getProp(props, 'KeyPolicy')?.value
  const key: ProposedKey = { name: r.id, file: input.file, line: r.line, source: 'cloudformation' }
  if (ref) key.key = ref
  else key.created = true
  if (policyNode) key.policy = documentOf(policyNode, origin)
  // Without KeyPolicy, KMS attaches its default policy to a new key.
  else if (key.created) key.policy = documentFrom(defaultKeyPolicy(ctx.account, ctx.partition, r.line), origin)
  if (r.type === 'AWS::KMS::Key') {
    const rotation = getProp(props, 'EnableKeyRotation')
    // CloudFormation's default for EnableKeyRotation is false: a key created without it has no automatic
    // rotation. For a live key a template that does not set it says nothing: the template's earlier version
    // is not known, and CloudFormation leaves a property it never managed as it is.
    const enabled = rotation ? booleanOf(rotation.value) : key.created ? false : undefined
    if (enabled !== undefined) key.rotationEnabled = enabled
    const keyOrigin = getProp(props, 'Origin')?.value
    if (keyOrigin?.type === 'string') key.keyOrigin = keyOrigin.value
    const period = numberOf(getProp(props, 'RotationPeriodInDays')?.value)
    if (period !== undefined) key.rotationPeriodDays = period
    const spec = getProp(props, 'KeySpec')?.value
    if (!spec) key.keySpec = 'SYMMETRIC_DEFAULT'
    else if (spec.type === 'string') key.keySpec = spec.value
  } else key.replica = true
  result.mapped.keys.push({
    logicalId: r.id,
    key: ref,
    via: direct ? 'config' : ref ? 'alias' : undefined,
    created: key.created,
    file: input.file,
    line: r.line
  })
  return key
}

/**
 * A policy document property: an object, or JSON text in a string (then lines inside a multi-line block
 * scalar follow the text; a one-line string puts everything on its line). Unknown values stay unknown.
 */
export function documentOf(node: PNode, origin: PolicyOrigin, keepJson = true): PolicyDocument {
  if (node.type === 'unknown') return unknownPolicy(node.description, origin, node.startLine, node.endLine)
  if (node.type !== 'string') return documentFrom(node, origin, keepJson)
  const parsed = parseJsonWithLines(node.value)
  const multiLine = node.endLine > node.startLine
  const tree = parsed.node
    ? multiLine
      ? clampLines(shiftLines(parsed.node, node.startLine), node.startLine, node.endLine)
      : relocate(parsed.node, node.startLine)
    : { type: 'null' as const, startLine: node.startLine, endLine: node.endLine }
  const doc = documentFrom(tree, origin, keepJson)
  // Each problem before the document's own issues, the last one first (as they were added one by one at the front).
  const problems = parsed.problems.map(p => ({
    message: p.message,
    line: multiLine ? Math.min(node.endLine, node.startLine + p.line) : node.startLine
  }))
  if (problems.length) doc.issues = [...problems.reverse(), ...doc.issues]
  return doc
}

function clampLines(node: PNode, min: number, max: number): PNode {
  const clamp = (n: number): number => Math.min(max, Math.max(min, n))
  node.startLine = clamp(node.startLine)
  node.endLine = clamp(node.endLine)
  if (node.type === 'object') {
    for (const p of node.props) {
      p.keyLine = clamp(p.keyLine)
      clampLines(p.value, min, max)
    }
  } else if (node.type === 'array') node.items.forEach(i => clampLines(i, min, max))
  return node
}

function booleanOf(node: PNode): boolean | undefined {
  if (node.type === 'boolean') return node.value
  if (node.type === 'string' && /^(true|false)$/i.test(node.value)) return node.value.toLowerCase() === 'true'
  return undefined
}

function numberOf(node: PNode | undefined): number | undefined {
  if (node?.type === 'number') return node.value
  if (node?.type === 'string' && /^\d+$/.test(node.value)) return Number(node.value)
  return undefined
}
