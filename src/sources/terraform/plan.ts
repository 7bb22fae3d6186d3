import { posix } from 'node:path'
import { getProp, type PNode } from '../../policy/node.js'
import { nestingProblem, parseJsonWithLines } from '../../policy/json-source.js'
import { readPolicy } from '../../policy/parse.js'
import { duplicateElement, failClosed } from '../../policy/limits.js'
import type { PolicyDocument, PolicyOrigin } from '../../policy/types.js'
import type { ProposedKey } from '../types.js'
import { parseArn } from '../../arn.js'
import { defaultKeyPolicy, documentFrom, emptyResult, unknownPolicy, type IacResult } from '../iac.js'
import {
  attributeOf,
  blocksOf,
  expressionText,
  inlinePolicy,
  parseAddress,
  policyDocumentTree,
  TerraformSource,
  type BlockLocation,
  type HclBlock
} from './hcl.js'
import { changes, isReplace, stripIndex, toChange, type PlanChange } from './change.js'
import { readIamChanges } from './iam.js'
import { isRecord, placeLines } from './lines.js'
import { policyFromDocumentData } from './policy-data.js'

type Rec = Record<string, unknown>

/** Resource types this reader uses (including the data sources it follows). */
const RELEVANT =
  /^(aws_(kms_|iam_(role|role_policy|role_policy_attachment|policy|policy_attachment|policy_document|user|user_policy|role_policies_exclusive|role_policy_attachments_exclusive)$)|awscc_kms_(key|alias)$)/

/** Resources that create a KMS key, and the argument that holds its key policy. */
const KEY_TYPES: Record<string, string> = {
  aws_kms_key: 'policy',
  aws_kms_external_key: 'policy',
  aws_kms_replica_key: 'policy',
  aws_kms_replica_external_key: 'policy',
  awscc_kms_key: 'key_policy'
}

/** IAM and KMS resource types that the readers here follow. */
const READ_TYPES = new Set([
  ...Object.keys(KEY_TYPES),
  'aws_kms_key_policy',
  'aws_kms_alias',
  'awscc_kms_alias',
  'aws_iam_role',
  'aws_iam_policy_attachment',
  'aws_iam_role_policy',
  'aws_iam_role_policy_attachment',
  'aws_iam_policy',
  'aws_iam_user',
  'aws_iam_user_policy',
  'aws_iam_role_policies_exclusive',
  'aws_iam_role_policy_attachments_exclusive',
  'aws_iam_policy_document'
])

/**
 * IAM and KMS resources that change no permission of a rotation principal or key owner: grants cannot allow
 * rotation or PutKeyPolicy (KMS API reference, GrantOperation lists neither), credentials and account
 * settings authenticate but grant nothing, identity providers, instance profiles and groups themselves (their
 * memberships and policies are separate resources) grant nothing.
 */
const NO_ACCESS_TYPES = new Set([
  'aws_kms_grant',
  'aws_kms_ciphertext',
  'aws_iam_access_key',
  'aws_iam_user_login_profile',
  'aws_iam_service_specific_credential',
  'aws_iam_signing_certificate',
  'aws_iam_user_ssh_key',
  'aws_iam_account_password_policy',
  'aws_iam_account_alias',
  'aws_iam_server_certificate',
  'aws_iam_virtual_mfa_device',
  'aws_iam_instance_profile',
  'aws_iam_openid_connect_provider',
  'aws_iam_saml_provider',
  'aws_iam_group'
])

export interface TerraformInput {
  /** Workspace-relative path of the plan JSON (`terraform show -json plan.out`). */
  file: string
  text: string
  /** Workspace-relative directory of the root module's `.tf` files (default: the plan's directory). */
  root?: string
  /** Absolute path of the workspace (to read the `.tf` files). */
  workspace: string
  /** Resource address → key ARN, id or alias (config `keys`), for keys the plan creates or that the plan cannot name. */
  keys: Record<string, string>
  /** Resource address → role or user ARN (config `principals`). */
  principals: Record<string, string>
  context?: { account?: string; region?: string; partition?: string }
}

/** What the readers of one plan share. */
export class PlanContext {
  readonly changes: PlanChange[]
  readonly byBase = new Map<string, PlanChange[]>()
  readonly data = new Map<string, Rec>()
  /** Changes to IAM and KMS resources of types no reader here follows (see reportUnread). */
  readonly unread: Rec[] = []
  readonly account?: string
  readonly partition?: string
  private readonly source: TerraformSource

  constructor(
    readonly input: TerraformInput,
    readonly plan: Rec,
    readonly result: IacResult
  ) {
    // A large plan is mostly other resources: only the types read here are looked at.
    this.changes = []
    for (const rc of Array.isArray(plan.resource_changes) ? plan.resource_changes : []) {
      if (isRecord(rc) && typeof rc.type === 'string' && !RELEVANT.test(rc.type) && UNREAD.test(rc.type))
        this.unread.push(rc)
      const c = isRecord(rc) && typeof rc.type === 'string' && RELEVANT.test(rc.type) ? toChange(rc) : undefined
      if (!c) continue
      this.changes.push(c)
      const same = this.byBase.get(c.base)
      if (same) same.push(c)
      else this.byBase.set(c.base, [c])
    }
    for (const section of [plan.prior_state, plan.planned_values]) {
      const values = isRecord(section) && isRecord(section.values) ? section.values : section
      if (isRecord(values)) collectData(values.root_module, this.data)
    }
    // Only IAM and KMS resources (and policy documents) are ever placed: blocks of other types are not indexed.
    this.source = new TerraformSource(input.workspace, input.root ?? posix.dirname(input.file), UNREAD)
    const ctx = { ...input.context }
    for (const [address, values] of this.data) {
      if (/(^|\.)data\.aws_caller_identity\./.test(address) && typeof values.account_id === 'string')
        ctx.account ??= values.account_id
      if (/(^|\.)data\.aws_partition\./.test(address) && typeof values.partition === 'string')
        ctx.partition ??= values.partition
    }
    const arns = [...Object.values(input.keys), ...Object.values(input.principals)]
    for (const c of this.changes) {
      if (typeof c.before?.arn === 'string') arns.push(c.before.arn)
      if (typeof c.after?.arn === 'string') arns.push(c.after.arn)
    }
    for (const ref of arns) {
      const arn = parseArn(ref)
      if (!arn) continue
      ctx.partition ??= arn.partition
      if (arn.account && arn.account !== 'aws') ctx.account ??= arn.account
    }
    this.account = ctx.account
    this.partition = ctx.partition
  }

  locate(address: string): BlockLocation | undefined {
    return this.source.locate(address)
  }

  /** Where findings about a resource point: its block, else its entry in the plan file. */
  where(c: PlanChange): { file: string; line: number; endLine: number; block?: HclBlock } {
    const found = this.locate(c.address)
    if (found) return found
    const line = this.planLines().get(c.address) ?? 1
    return { file: this.input.file, line, endLine: line }
  }

  private addressLines?: Map<string, number>

  /**
   * The line of each `"address"` member of `resource_changes` in the plan text (one pass, on first use). A plan
   * printed by `terraform show -json` is a single line; one formatted for reading (`jq .`) gets real lines.
   */
  private planLines(): Map<string, number> {
    if (this.addressLines) return this.addressLines
    const lines = new Map<string, number>()
    const text = this.input.text
    const start = text.indexOf('"resource_changes"')
    if (start >= 0) {
      const re = /"address"\s*:\s*("(?:[^"\\\n]|\\.)*")/g
      re.lastIndex = start
      // Line breaks as everywhere else: CRLF, LF or a lone CR. The next break only moves forward: one pass over
      // the text, also for a single-line plan.
      const breaks = /\r\n?|\n/g
      let line = 1
      let next = breaks.exec(text)
      for (let m = re.exec(text); m; m = re.exec(text)) {
        while (next && next.index < m.index) {
          line++
          next = breaks.exec(text)
        }
        let address: unknown
        try {
          address = JSON.parse(m[1])
        } catch {
          continue
        }
        if (typeof address === 'string' && !lines.has(address)) lines.set(address, line)
      }
    }
    this.addressLines = lines
    return lines
  }

  /**
   * Whether the resource's configuration sets an argument: from the plan's `configuration` section, else from
   * its `.tf` block. Undefined when neither can tell.
   */
  sets(c: PlanChange, arg: string): boolean | undefined {
    const config = this.configured(c)
    if (config) return isRecord(config.expressions) && arg in config.expressions
    const block = this.where(c).block
    return block ? attributeOf(block, arg) !== undefined : undefined
  }

  /** Configuration expressions of a resource (`configuration` section of the plan). */
  expressions(c: PlanChange): Rec {
    const r = this.configured(c)
    return r && isRecord(r.expressions) ? r.expressions : {}
  }

  private configured(c: PlanChange): Rec | undefined {
    let mod: unknown = isRecord(this.plan.configuration) ? this.plan.configuration.root_module : undefined
    for (const name of parseAddress(c.address)?.modules ?? []) {
      const calls = isRecord(mod) && isRecord(mod.module_calls) ? mod.module_calls : {}
      const call = calls[name]
      mod = isRecord(call) ? call.module : undefined
    }
    const local = c.base.slice(c.moduleAddress ? stripIndex(c.moduleAddress).length + 1 : 0)
    const r = isRecord(mod) ? this.configResources(mod).get(local) : undefined
    return isRecord(r) ? r : undefined
  }

  /** A module's configuration resources by address, indexed once (a search per call was quadratic in the plan's size). */
  private readonly configIndex = new WeakMap<Rec, Map<string, unknown>>()
  private configResources(mod: Rec): Map<string, unknown> {
    let index = this.configIndex.get(mod)
    if (!index) {
      index = new Map()
      for (const x of Array.isArray(mod.resources) ? mod.resources : [])
        if (isRecord(x) && typeof x.address === 'string' && !index.has(x.address)) index.set(x.address, x)
      this.configIndex.set(mod, index)
    }
    return index
  }

  /** The resource (in the same module) an argument refers to, e.g. `role = aws_iam_role.x.id` → that change. */
  referenced(c: PlanChange, arg: string, type: string): PlanChange | undefined {
    const e = this.expressions(c)[arg]
    const refs = isRecord(e) && Array.isArray(e.references) ? e.references : []
    const prefix = c.moduleAddress ? `${stripIndex(c.moduleAddress)}.` : ''
    for (const ref of refs) {
      if (typeof ref !== 'string' || !ref.startsWith(`${type}.`)) continue
      const parts = stripIndex(ref).split('.')
      const local = parts.slice(0, parts[0] === 'data' ? 3 : 2).join('.')
      const hit = this.byBase.get(`${prefix}${local}`)
      // With count or for_each the reference names one instance (`r[each.key]`) that the plan does not say: the
      // instance of the same key, the only instance, or none (the caller then goes by the value, never a guess).
      if (hit?.length === 1) return hit[0]
      const same = hit?.find(h => instanceKey(h.address) === instanceKey(c.address))
      if (same) return same
    }
    return undefined
  }

  /**
   * A policy argument as a document. Known JSON: the plan's values, with lines from the `.tf` source
   * when the policy is written inline or in an `aws_iam_policy_document` block. Unknown: rebuilt from
   * a deferred `aws_iam_policy_document` or from the literal parts of an inline policy, else wholly
   * unknown. Undefined when the argument is absent.
   */
  document(
    c: PlanChange,
    arg: string,
    origin: PolicyOrigin,
    inline?: { block: string; name: string }
  ): PolicyDocument | undefined {
    const [value, mask] = argument(c, arg, inline)
    const where = this.where(c)
    const holder =
      where.block && inline
        ? blocksOf(where.block.src, where.block.node, inline.block).find(b => stringArg(b, 'name') === inline.name)
        : where.block
    const attr = holder ? attributeOf(holder, arg) : undefined
    const at = {
      file: where.file,
      line: attr?.line ?? holder?.line ?? where.line,
      endLine: attr?.endLine ?? holder?.endLine ?? where.endLine
    }
    let shape: { node: PNode; file: string } | undefined
    let dataAddress: string | undefined
    if (holder && attr) {
      const written = inlinePolicy(holder.src, attr.expr)
      if (written) shape = { node: written, file: holder.src.file }
      const m = /^data\.aws_iam_policy_document\.([\w-]+)(\[[^\]]*\])?\.json$/.exec(
        expressionText(holder.src, attr.expr)
      )
      if (m)
        dataAddress = `${c.moduleAddress ? `${stripIndex(c.moduleAddress)}.` : ''}data.aws_iam_policy_document.${m[1]}`
    }
    const data = dataAddress ?? this.referenced(c, arg, 'data.aws_iam_policy_document')?.base
    if (!shape && data) {
      const block = this.locate(data)?.block
      if (block) shape = { node: policyDocumentTree(block), file: block.src.file }
    }
    const file = shape?.file ?? at.file
    const line = shape ? shape.node.startLine : at.line
    const o: PolicyOrigin = { ...origin, file }
    const what = `${c.address}.${arg}`
    if (mask !== true) {
      if (typeof value !== 'string' || value === '') return undefined
      let parsed: unknown
      try {
        // Nesting too deep for the readers below is refused like invalid JSON.
        parsed = nestingProblem(value) ? undefined : JSON.parse(value)
      } catch {
        return invalidJson(value, o, line)
      }
      if (parsed === undefined) return invalidJson(value, o, line)
      const doc = readPolicy(
        placeLines(parsed, undefined, shape?.node, line, what),
        o,
        Buffer.byteLength(value, 'utf8')
      )
      // JSON.parse keeps the last of duplicate elements; the document is ambiguous and must not be evaluated as clear.
      const duplicate = duplicateElement(value)
      return duplicate ? failClosed(doc, { message: `${duplicate} (in the planned policy)`, line }) : doc
    }
    const deferred = data ? this.changes.find(x => x.mode === 'data' && x.base === data && x.after) : undefined
    const rebuilt = deferred?.after ? policyFromDocumentData(deferred.after, deferred.unknown) : undefined
    if (rebuilt) return documentFrom(placeLines(rebuilt.value, rebuilt.mask, shape?.node, line, what), o)
    if (shape && !data && hasStatements(shape.node)) return documentFrom(this.evaluate(shape.node, c), o)
    return unknownPolicy(`${what} (known after apply)`, o, at.line, at.endLine)
  }

  /**
   * Fills interpolations that only read data sources known at plan time (`${data.aws_caller_identity.current.account_id}`)
   * into an inline policy's literal strings; any other interpolation keeps the string unknown.
   */
  evaluate(node: PNode, c: PlanChange): PNode {
    if (node.type === 'object')
      return { ...node, props: node.props.map(p => ({ ...p, value: this.evaluate(p.value, c) })) }
    if (node.type === 'array') return { ...node, items: node.items.map(i => this.evaluate(i, c)) }
    if (node.type !== 'unknown' || !/^".*"$/s.test(node.description)) return node
    const prefix = c.moduleAddress ? `${c.moduleAddress}.` : ''
    let body: string
    try {
      body = JSON.parse(node.description) as string
    } catch {
      body = node.description.slice(1, -1)
    }
    let known = true
    const value = body.replace(
      /\$\{\s*(data\.[\w-]+\.[\w-]+)\.([\w-]+)\s*\}|[$%]\{[^}]*\}/g,
      (whole, ref?: string, attr?: string) => {
        const v = ref && attr ? this.data.get(`${prefix}${ref}`)?.[attr] : undefined
        if (typeof v === 'string') return v
        known = false
        return whole
      }
    )
    return known ? { type: 'string', value, startLine: node.startLine, endLine: node.endLine } : node
  }

  /** The default key policy for a key created without one. */
  defaultPolicy(line: number, origin: PolicyOrigin): PolicyDocument {
    return documentFrom(defaultKeyPolicy(this.account, this.partition, line), origin)
  }
}

/** Reads the KMS keys, aliases and IAM documents a Terraform plan proposes, with lines in the `.tf` files. */
export function readTerraformPlan(input: TerraformInput): IacResult {
  const result = emptyResult()
  let plan: unknown
  if (input.text.charCodeAt(0) === 0xfeff) input = { ...input, text: input.text.slice(1) }
  const deep = nestingProblem(input.text)
  if (deep) {
    result.problems.push({
      message: `plan: ${deep.message}`,
      line: deep.line,
      rule: 'invalid-policy',
      file: input.file
    })
    return result
  }
  try {
    plan = JSON.parse(input.text)
  } catch {
    const parsed = parseJsonWithLines(input.text)
    for (const p of parsed.problems.length ? parsed.problems : [{ message: 'JSON syntax error', line: 1 }]) {
      result.problems.push({ message: `plan: ${p.message}`, line: p.line, rule: 'invalid-policy', file: input.file })
    }
    return result
  }
  if (
    !isRecord(plan) ||
    typeof plan.format_version !== 'string' ||
    !('resource_changes' in plan || 'planned_values' in plan)
  ) {
    result.problems.push({
      message: 'not a Terraform plan in JSON (expected the output of `terraform show -json PLANFILE`)',
      line: 1,
      rule: 'config-error',
      file: input.file
    })
    return result
  }
  if (!plan.format_version.startsWith('1.')) {
    result.problems.push({
      message: `unsupported plan format_version ${plan.format_version} (1.x expected)`,
      line: 1,
      rule: 'config-error',
      file: input.file
    })
    return result
  }
  const ctx = new PlanContext(input, plan, result)
  readKeys(ctx)
  readIamChanges(ctx)
  checkMappings(ctx)
  reportUnread(ctx)
  return result
}

/**
 * IAM and KMS resource types: those whose changes are reported when no reader follows them, and the only ones
 * (the RELEVANT types among them) whose `.tf` blocks are looked up.
 */
const UNREAD = /^(aws|awscc)_(iam|kms)_/

/**
 * Every change to an IAM or KMS resource that no reader here follows and that can change access is an
 * `unread-resource` warning at its block: what it does to the checks is not known, and saying nothing would
 * pass it silently.
 */
function reportUnread(ctx: PlanContext): void {
  for (const rc of ctx.unread) {
    const c = toChange(rc)
    if (!c || c.mode !== 'managed' || !changes(c) || READ_TYPES.has(c.type) || NO_ACCESS_TYPES.has(c.type)) continue
    const where = ctx.where(c)
    const verb = isReplace(c.actions)
      ? 'replaces'
      : c.actions.includes('delete')
        ? 'deletes'
        : c.actions.includes('create')
          ? 'creates'
          : 'updates'
    // Groups hold IAM users (never roles): what a change to a group's policies or members does to them is unknown.
    const users = /^(aws|awscc)_iam_(group|user_group)/.test(c.type)
    ctx.result.problems.push({
      message: users
        ? `the plan ${verb} ${c.address} (${c.type}), which changes what IAM users may do through groups; the gate does not read groups`
        : `the plan ${verb} ${c.address} (${c.type}), which the gate does not read: its effect on rotation principals and key owners is not checked`,
      line: where.line,
      rule: 'unread-resource',
      file: where.file,
      ...(users ? { users } : {})
    })
  }
}

function readKeys(ctx: PlanContext): void {
  const { input, result } = ctx
  // By instance address: with count or for_each each instance is its own key.
  const keyByAddress = new Map<string, { key: ProposedKey; change: PlanChange }>()
  for (const c of ctx.changes.filter(c => c.mode === 'managed' && c.type in KEY_TYPES)) {
    const policyArg = KEY_TYPES[c.type]
    const where = ctx.where(c)
    const liveArn = typeof c.before?.arn === 'string' ? c.before.arn : undefined
    const configured = input.keys[c.address] ?? input.keys[c.base]
    const origin: PolicyOrigin = { kind: 'key', name: `${c.address} in ${where.file}`, file: where.file }
    const replaced = isReplace(c.actions)
    if (c.actions.includes('delete') && liveArn) {
      result.change.keys.push({ key: liveArn, name: c.address, deleted: true, file: where.file, line: where.line })
      result.mapped.keys.push({
        logicalId: c.address,
        key: liveArn,
        via: 'plan',
        deleted: true,
        file: where.file,
        line: where.line
      })
    }
    if (!c.after || !changes(c)) {
      if (c.actions.includes('no-op') || c.actions.includes('read'))
        result.mapped.keys.push({
          logicalId: c.address,
          key: liveArn ?? configured,
          via: liveArn ? 'plan' : configured ? 'config' : undefined,
          file: where.file,
          line: where.line
        })
      continue
    }
    const ref = replaced ? configured : (liveArn ?? configured)
    const key: ProposedKey = { name: c.address, file: where.file, line: where.line, source: 'terraform' }
    if (ref) key.key = ref
    else key.created = true
    // A new key whose configuration sets no policy gets KMS's default key policy (KMS Developer Guide,
    // key-policy-default: "When you create a KMS key programmatically … and you don't specify a key policy, AWS
    // KMS applies a very simple default key policy" that allows the account root `kms:*`). The plan shows that
    // policy as known only after apply; it is not unknown.
    if (key.created && ctx.sets(c, policyArg) === false) key.policy = ctx.defaultPolicy(where.line, origin)
    else key.policy = ctx.document(c, policyArg, origin)
    const a = c.after
    // Rotation is the change's doing only when the plan sets it on a new key or changes it on a live one: an
    // update that leaves `enable_key_rotation` as it was says nothing new about the live key.
    const rotationBefore = c.before?.enable_key_rotation
    if (
      typeof a.enable_key_rotation === 'boolean' &&
      c.unknown.enable_key_rotation !== true &&
      (key.created || rotationBefore !== a.enable_key_rotation)
    )
      key.rotationEnabled = a.enable_key_rotation
    if (typeof a.rotation_period_in_days === 'number' && c.unknown.rotation_period_in_days !== true)
      key.rotationPeriodDays = a.rotation_period_in_days
    const spec = a.customer_master_key_spec ?? a.key_spec
    if (typeof spec === 'string') key.keySpec = spec
    else if (key.created) key.keySpec = 'SYMMETRIC_DEFAULT'
    if (c.type === 'aws_kms_external_key' || c.type === 'aws_kms_replica_external_key') key.keyOrigin = 'EXTERNAL'
    else if (typeof a.origin === 'string') key.keyOrigin = a.origin
    if (c.type.includes('replica')) key.replica = true
    result.change.keys.push(key)
    result.mapped.keys.push({
      logicalId: c.address,
      key: ref,
      via: ref ? (ref === liveArn ? 'plan' : 'config') : undefined,
      created: key.created,
      file: where.file,
      line: where.line
    })
    keyByAddress.set(c.address, { key, change: c })
  }

  // aws_kms_key_policy replaces the policy of a key (of this plan or a live one); deleting it restores the default.
  for (const c of ctx.changes.filter(c => c.mode === 'managed' && c.type === 'aws_kms_key_policy' && changes(c))) {
    const where = ctx.where(c)
    const target = ctx.referenced(c, 'key_id', 'aws_kms_key')
    const values = c.after ?? c.before ?? {}
    const keyId = typeof values.key_id === 'string' ? values.key_id : undefined
    let entry = target && keyByAddress.get(target.address)?.key
    if (!entry) {
      const ref = target
        ? typeof target.before?.arn === 'string'
          ? target.before.arn
          : input.keys[target.address]
        : keyId
      entry = {
        name: target?.address ?? c.address,
        file: where.file,
        line: where.line,
        ...(ref ? { key: ref } : { created: true })
      }
      result.change.keys.push(entry)
    }
    const origin: PolicyOrigin = { kind: 'key', name: `${c.address} in ${where.file}`, file: where.file }
    const policy = c.after
      ? ctx.document(c, 'policy', origin)
      : c.before?.bypass_policy_lockout_safety_check === true
        ? undefined
        : ctx.defaultPolicy(where.line, origin)
    if (policy) entry.policy = policy
  }

  for (const c of ctx.changes.filter(
    c => c.mode === 'managed' && (c.type === 'aws_kms_alias' || c.type === 'awscc_kms_alias')
  )) {
    const values = c.after ?? c.before ?? {}
    const where = ctx.where(c)
    const target = Object.keys(KEY_TYPES)
      .map(type => ctx.referenced(c, 'target_key_id', type))
      .find(t => t)
    const nameArg = c.type === 'awscc_kms_alias' ? 'alias_name' : 'name'
    const name =
      typeof values[nameArg] === 'string' && c.unknown[nameArg] !== true ? (values[nameArg] as string) : undefined
    const targetKey = target && keyByAddress.get(target.address)?.key
    if (name && targetKey && c.after) (targetKey.aliases ??= []).push(name)
    result.mapped.aliases.push({
      logicalId: c.address,
      name,
      targetLogicalId: target?.address,
      target: !target && typeof values.target_key_id === 'string' ? values.target_key_id : undefined,
      ...(c.actions.includes('delete') && !isReplace(c.actions) ? { deleted: true } : {}),
      file: where.file,
      line: where.line
    })
  }
}

function checkMappings(ctx: PlanContext): void {
  const sections = [
    ['keys', [...Object.keys(KEY_TYPES), 'aws_kms_alias', 'awscc_kms_alias'], 'a KMS key or alias resource'],
    ['principals', ['aws_iam_role'], 'an aws_iam_role']
  ] as const
  for (const [section, types, what] of sections) {
    for (const address of Object.keys(ctx.input[section])) {
      const hit = ctx.changes.find(
        c => (c.address === address || c.base === address) && (types as readonly string[]).includes(c.type)
      )
      if (!hit)
        ctx.result.problems.push({
          message: `${section}: ${address} is not ${what} in ${ctx.input.file}`,
          line: 0,
          rule: 'config-error'
        })
    }
  }
}

function instanceKey(address: string): string {
  return /\[[^\]]*\]$/.exec(address)?.[0] ?? ''
}

function collectData(mod: unknown, out: Map<string, Rec>): void {
  if (!isRecord(mod)) return
  for (const r of Array.isArray(mod.resources) ? mod.resources : []) {
    if (isRecord(r) && r.mode === 'data' && typeof r.address === 'string' && isRecord(r.values) && !out.has(r.address))
      out.set(r.address, r.values)
  }
  for (const child of Array.isArray(mod.child_modules) ? mod.child_modules : []) collectData(child, out)
}

/** The value of an argument and its unknown mask, possibly inside a nested block chosen by name. */
function argument(c: PlanChange, arg: string, inline?: { block: string; name: string }): [unknown, unknown] {
  if (!c.after) return [undefined, undefined]
  if (!inline) return [c.after[arg], c.unknown[arg]]
  const blocks = Array.isArray(c.after[inline.block]) ? (c.after[inline.block] as unknown[]) : []
  const masks = c.unknown[inline.block]
  if (masks === true) return [undefined, true]
  const i = blocks.findIndex(b => isRecord(b) && b.name === inline.name)
  const m = Array.isArray(masks) ? masks[i] : undefined
  return [isRecord(blocks[i]) ? (blocks[i] as Rec)[arg] : undefined, isRecord(m) ? m[arg] : undefined]
}

function stringArg(block: HclBlock, name: string): string | undefined {
  const a = attributeOf(block, name)
  const text = a ? expressionText(block.src, a.expr) : undefined
  return text && /^"[^"$%\\]*"$/.test(text) ? text.slice(1, -1) : undefined
}

/** An inline policy can stand for the document only when its statements themselves are written out. */
function hasStatements(node: PNode): boolean {
  const st = getProp(node, 'Statement')?.value
  if (!st) return false
  const items = st.type === 'array' ? st.items : [st]
  return items.every(i => i.type === 'object' && getProp(i, 'Effect')?.value.type === 'string')
}

function invalidJson(text: string, origin: PolicyOrigin, line: number): PolicyDocument {
  const parsed = parseJsonWithLines(text)
  const doc = documentFrom({ type: 'null', startLine: line, endLine: line }, origin)
  doc.issues = parsed.problems.map(p => ({ message: `${p.message} (in the planned policy)`, line }))
  return doc
}
