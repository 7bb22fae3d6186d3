import { exact, getProp, materialized, type PNode, type PProp } from '../../policy/node.js'
import { parseArn } from '../../arn.js'
import { iamArn, partitionOf, relocate, unknownNode } from '../iac.js'
import type { TemplateResource } from './model.js'

/** What intrinsic functions may be resolved against. Anything missing stays unknown. */
export interface ResolveContext {
  account?: string
  region?: string
  partition?: string
  stackName?: string
  urlSuffix?: string
  /** The template's sections (object nodes). */
  parameters?: PNode
  mappings?: PNode
  conditions?: PNode
  resources?: PNode
  /** LogicalId → ARN (or key reference) the config maps a resource to. */
  arns?: Record<string, string>
  /**
   * When given, only these resources (and the ones `arns` maps) can be referred to by `Ref`/`Fn::GetAtt`:
   * the relevant ones (see relevantIds). Any other resource has neither a mapping nor a name, so it resolves
   * to unknown either way; leaving it out spares indexing thousands of resources of a generated template.
   */
  referable?: ReadonlySet<string>
}

/** How many `attribute` answers a resolver keeps (see Resolver.attributes). */
const ATTRIBUTES_KEPT = 256

/** `undefined` stands for `AWS::NoValue`: the property or list item disappears. */
type Resolved = PNode | undefined

const SHORT_NAMES: Record<string, string> = { Ref: '!Ref', Condition: '!Condition' }

/**
 * Resolves CloudFormation intrinsic functions over a positioned tree. A value that cannot be known
 * before deployment becomes an `unknown` node describing the expression (e.g. `!GetAtt Bucket.Arn`):
 * never a guess. Results keep the lines of the expression they replace.
 */
export class Resolver {
  private readonly conditionValues = new Map<string, boolean | undefined>()
  private readonly evaluating = new Set<string>()
  /**
   * Resources by logical id (a template may hold thousands): their nodes, or once read (see `collected`) what the
   * template reader made of them.
   */
  private readonly resources: Map<string, PNode | TemplateResource>
  private readonly ctx: ResolveContext
  /**
   * Recent `attribute` answers by `id\0attr` (at most ATTRIBUTES_KEPT): a resource's properties may be lazy, read
   * again at each opening, and a role that thousands of policies name would be read for each of them.
   */
  private readonly attributes = new Map<string, string | undefined>()

  constructor(ctx: ResolveContext) {
    // The resources are indexed here, not kept as the section (see `collected`).
    const { resources, ...rest } = ctx
    this.ctx = rest
    this.resources = new Map()
    const { referable, arns = {} } = ctx
    if (resources?.type === 'object')
      for (const p of resources.props)
        if (!referable || referable.has(p.key) || Object.prototype.hasOwnProperty.call(arns, p.key))
          this.resources.set(p.key, p.value)
  }

  /**
   * The resources as the template reader read them (type and properties as written), in place of their nodes: a
   * large template's tree is then no longer held for the resolver (its type and properties are what `attribute`
   * reads). A resource the reader left out (its condition is false, it has no type) keeps its node.
   */
  collected(resources: readonly TemplateResource[]): void {
    for (const r of resources) if (this.resources.has(r.id)) this.resources.set(r.id, r)
  }

  get partition(): string | undefined {
    return this.ctx.partition ?? partitionOf(this.ctx.region)
  }

  /**
   * Resolves every intrinsic in `node`. Returns `undefined` when the whole value is `AWS::NoValue`. What holds no
   * intrinsic is returned as it is, not copied: the resolved properties of a large template share the tree. A lazy
   * node (deferred properties: never an intrinsic) is read once here; readers of templates resolve what `open` read.
   */
  resolve(node: PNode): Resolved {
    node = materialized(node)
    if (node.type === 'object') {
      const fn = intrinsicName(node)
      if (fn) return this.intrinsic(fn, node.props[0].value, node)
      let props: PProp[] | undefined
      node.props.forEach((p, i) => {
        const value = this.resolve(p.value)
        if (value === p.value && !props) return
        props ??= node.props.slice(0, i)
        if (value) props.push(value === p.value ? p : { ...p, value })
      })
      return props ? { ...node, props: exact(props) } : node
    }
    if (node.type === 'array') {
      let items: PNode[] | undefined
      node.items.forEach((item, i) => {
        const value = this.resolve(item)
        if (value === item && !items) return
        items ??= node.items.slice(0, i)
        if (value) items.push(value)
      })
      return items ? { ...node, items: exact(items) } : node
    }
    return node
  }

  /** The value of a resolved node when it is a known string (numbers count as their text). */
  text(node: PNode | undefined): string | undefined {
    const r = node && this.resolve(node)
    if (r?.type === 'string') return r.value
    if (r?.type === 'number') return String(r.value)
    return undefined
  }

  /** Evaluates a named condition; undefined when it depends on something unknown. */
  condition(name: string): boolean | undefined {
    if (this.conditionValues.has(name)) return this.conditionValues.get(name)
    const def = this.ctx.conditions && getProp(this.ctx.conditions, name)
    if (!def || this.evaluating.has(name)) return undefined
    this.evaluating.add(name)
    const value = this.conditionOf(def.value)
    this.evaluating.delete(name)
    this.conditionValues.set(name, value)
    return value
  }

  private conditionOf(node: PNode): boolean | undefined {
    if (node.type === 'boolean') return node.value
    if (node.type === 'string' && (node.value === 'true' || node.value === 'false')) return node.value === 'true'
    const fn = node.type === 'object' && node.props.length === 1 ? node.props[0].key : undefined
    if (!fn || node.type !== 'object') return undefined
    const arg = node.props[0].value
    const args = arg.type === 'array' ? arg.items : [arg]
    switch (fn) {
      case 'Condition':
        return arg.type === 'string' ? this.condition(arg.value) : undefined
      case 'Fn::Equals': {
        if (args.length !== 2) return undefined
        const [a, b] = args.map(x => this.resolve(x))
        if (!a || !b || hasUnknown(a) || hasUnknown(b)) return undefined
        return JSON.stringify(scalarText(a)) === JSON.stringify(scalarText(b))
      }
      case 'Fn::Not': {
        const v = args.length === 1 ? this.conditionOf(args[0]) : undefined
        return v === undefined ? undefined : !v
      }
      case 'Fn::And':
      case 'Fn::Or': {
        const values = args.map(a => this.conditionOf(a))
        const decisive = fn === 'Fn::And' ? false : true
        if (values.includes(decisive)) return decisive
        return values.includes(undefined) ? undefined : !decisive
      }
      default:
        return undefined
    }
  }

  private intrinsic(fn: string, arg: PNode, node: PNode): Resolved {
    switch (fn) {
      case 'Ref': {
        const name = this.text(arg)
        return name === undefined ? this.unknown(node) : this.ref(name, node)
      }
      case 'Fn::GetAtt':
        return this.getAttNode(arg, node)
      case 'Fn::Sub':
        return this.sub(arg, node)
      case 'Fn::Join':
        return this.join(arg, node)
      case 'Fn::Select':
        return this.select(arg, node)
      case 'Fn::Split':
        return this.split(arg, node)
      case 'Fn::If':
        return this.if(arg, node)
      case 'Fn::FindInMap':
        return this.findInMap(arg, node)
      case 'Fn::Base64': {
        const value = this.text(arg)
        return value === undefined ? this.unknown(node) : at(node, Buffer.from(value, 'utf8').toString('base64'))
      }
      default:
        // Fn::ImportValue, Fn::GetAZs, Fn::Cidr, Fn::Transform, …: only known after deployment.
        return this.unknown(node)
    }
  }

  private unknown(node: PNode, description = describe(node)): PNode {
    return unknownNode(description, node.startLine, node.endLine)
  }

  private ref(name: string, node: PNode): Resolved {
    if (name.startsWith('AWS::')) return this.pseudo(name, node)
    const param = this.ctx.parameters && getProp(this.ctx.parameters, name)
    if (param) return this.parameter(name, param.value, node)
    const value = this.attribute(name, 'Ref')
    return value === undefined ? this.unknown(node) : at(node, value)
  }

  private pseudo(name: string, node: PNode): Resolved {
    const { account, region, stackName } = this.ctx
    const values: Record<string, string | undefined> = {
      'AWS::AccountId': account,
      'AWS::Region': region,
      'AWS::Partition': this.partition,
      'AWS::StackName': stackName,
      'AWS::URLSuffix': this.ctx.urlSuffix ?? urlSuffix(this.partition)
    }
    if (name === 'AWS::NoValue') return undefined
    const value = values[name]
    return value === undefined ? this.unknown(node) : at(node, value)
  }

  private parameter(name: string, def: PNode, node: PNode): Resolved {
    const type = this.text(getProp(def, 'Type')?.value) ?? 'String'
    const dflt = getProp(def, 'Default')?.value
    // An SSM parameter type's default names the parameter, not its value.
    if (!dflt || type.startsWith('AWS::SSM::Parameter::'))
      return this.unknown(node, `${describe(node)} (parameter${dflt ? ' from SSM' : ' without Default'})`)
    const isList = type === 'CommaDelimitedList' || type.startsWith('List<')
    if (isList && dflt.type === 'string') {
      return {
        type: 'array',
        startLine: node.startLine,
        endLine: node.endLine,
        items: dflt.value.split(',').map(v => at(node, v.trim()))
      }
    }
    return relocate(dflt, node.startLine, node.endLine)
  }

  private getAttNode(arg: PNode, node: PNode): Resolved {
    let id: string | undefined
    let attr: string | undefined
    if (arg.type === 'array' && arg.items.length === 2) {
      id = this.text(arg.items[0])
      attr = this.text(arg.items[1])
    } else if (arg.type === 'string') {
      const dot = arg.value.indexOf('.')
      if (dot > 0) [id, attr] = [arg.value.slice(0, dot), arg.value.slice(dot + 1)]
    }
    const value = id && attr ? this.attribute(id, attr) : undefined
    return value === undefined ? this.unknown(node) : at(node, value)
  }

  /**
   * `Ref` (attr `Ref`) or `Fn::GetAtt` of a resource: known when the config maps it to an ARN, or when
   * the template names it (a role, user or managed policy with an explicit name).
   */
  attribute(id: string, attr: string): string | undefined {
    const key = `${id}\u0000${attr}`
    if (this.attributes.has(key)) return this.attributes.get(key)
    const value = this.attributeOf(id, attr)
    if (this.attributes.size >= ATTRIBUTES_KEPT) this.attributes.clear()
    this.attributes.set(key, value)
    return value
  }

  private attributeOf(id: string, attr: string): string | undefined {
    const res = this.resources.get(id)
    if (!res) return undefined
    const read = 'raw' in res
    const type = read ? res.type : this.text(getProp(res, 'Type')?.value)
    const written = read ? res.raw : getProp(res, 'Properties')?.value
    const props = written && materialized(written)
    const prop = (name: string): string | undefined => (props ? this.text(getProp(props, name)?.value) : undefined)
    const mapped = this.ctx.arns?.[id]
    const arnParts = mapped ? parseArn(mapped) : undefined
    switch (type) {
      case 'AWS::KMS::Key':
      case 'AWS::KMS::ReplicaKey': {
        const keyArn = arnParts?.service === 'kms' && arnParts.resource.startsWith('key/') ? mapped : undefined
        if (attr === 'Arn') return keyArn
        if (attr === 'Ref' || attr === 'KeyId')
          return keyArn ? keyArn.split('/').pop() : mapped && /^[0-9a-f-]{36}$|^mrk-/.test(mapped) ? mapped : undefined
        return undefined
      }
      case 'AWS::KMS::Alias':
        return attr === 'Ref' ? prop('AliasName') : undefined
      case 'AWS::IAM::Role':
      case 'AWS::IAM::User': {
        const kind = type === 'AWS::IAM::Role' ? 'role' : 'user'
        const name =
          prop(kind === 'role' ? 'RoleName' : 'UserName') ?? (arnParts ? arnParts.resource.split('/').pop() : undefined)
        if (attr === 'Ref') return name
        if (attr !== 'Arn') return undefined
        if (mapped) return mapped
        const { account } = this.ctx
        const partition = this.partition
        const explicit = prop(kind === 'role' ? 'RoleName' : 'UserName')
        return explicit && account && partition ? iamArn(partition, account, kind, prop('Path'), explicit) : undefined
      }
      case 'AWS::IAM::ManagedPolicy': {
        if (attr !== 'Ref' && attr !== 'PolicyArn') return undefined
        if (mapped) return mapped
        const name = prop('ManagedPolicyName')
        const { account } = this.ctx
        const partition = this.partition
        return name && account && partition ? iamArn(partition, account, 'policy', prop('Path'), name) : undefined
      }
      default:
        return attr === 'Arn' ? mapped : undefined
    }
  }

  private sub(arg: PNode, node: PNode): Resolved {
    const template = arg.type === 'array' ? arg.items[0] : arg
    const vars = arg.type === 'array' ? arg.items[1] : undefined
    if (template?.type !== 'string') return this.unknown(node)
    let known = true
    const out = template.value.replace(/\$\{([^}]*)\}/g, (whole, inner: string) => {
      if (inner.startsWith('!')) return `\${${inner.slice(1)}}`
      const name = inner.trim()
      const v = vars && getProp(vars, name)
      let value: Resolved
      if (v) value = this.resolve(v.value)
      else if (name.includes('.') && !name.startsWith('AWS::')) {
        const dot = name.indexOf('.')
        const found = this.attribute(name.slice(0, dot), name.slice(dot + 1))
        value = found === undefined ? undefined : at(node, found)
      } else value = this.ref(name, node)
      const text = value?.type === 'string' ? value.value : value?.type === 'number' ? String(value.value) : undefined
      if (text === undefined) {
        known = false
        return whole
      }
      return text
    })
    return known ? at(node, out) : this.unknown(node, `!Sub '${out}'`)
  }

  private join(arg: PNode, node: PNode): Resolved {
    if (arg.type !== 'array' || arg.items.length !== 2) return this.unknown(node)
    const delimiter = this.text(arg.items[0])
    const list = this.resolve(arg.items[1])
    if (delimiter === undefined || list?.type !== 'array') return this.unknown(node)
    const parts = list.items.map(i =>
      i.type === 'string' ? i.value : i.type === 'number' ? String(i.value) : undefined
    )
    if (parts.every(p => p !== undefined)) return at(node, parts.join(delimiter))
    // Readable description: known parts joined, unknown ones as `${…}` placeholders.
    const shown = list.items.map((i, n) => parts[n] ?? placeholder(i)).join(delimiter)
    return this.unknown(node, `!Join '${shown}'`)
  }

  private select(arg: PNode, node: PNode): Resolved {
    if (arg.type !== 'array' || arg.items.length !== 2) return this.unknown(node)
    const index = Number(this.text(arg.items[0]))
    const list = this.resolve(arg.items[1])
    if (!Number.isInteger(index) || list?.type !== 'array' || index < 0 || index >= list.items.length)
      return this.unknown(node)
    return list.items[index]
  }

  private split(arg: PNode, node: PNode): Resolved {
    if (arg.type !== 'array' || arg.items.length !== 2) return this.unknown(node)
    const delimiter = this.text(arg.items[0])
    const source = this.text(arg.items[1])
    if (delimiter === undefined || source === undefined) return this.unknown(node)
    return {
      type: 'array',
      startLine: node.startLine,
      endLine: node.endLine,
      items: source.split(delimiter).map(v => at(node, v))
    }
  }

  private if(arg: PNode, node: PNode): Resolved {
    if (arg.type !== 'array' || arg.items.length !== 3) return this.unknown(node)
    const name = this.text(arg.items[0])
    const holds = name === undefined ? undefined : this.condition(name)
    if (holds !== undefined) return this.resolve(arg.items[holds ? 1 : 2])
    // Both branches alike: the condition does not matter.
    const [a, b] = [this.resolve(arg.items[1]), this.resolve(arg.items[2])]
    if (a && b && !hasUnknown(a) && JSON.stringify(scalarText(a)) === JSON.stringify(scalarText(b))) return a
    return this.unknown(node)
  }

  private findInMap(arg: PNode, node: PNode): Resolved {
    if (arg.type !== 'array' || arg.items.length < 3) return this.unknown(node)
    const [map, top, second] = arg.items.slice(0, 3).map(i => this.text(i))
    const fallback = arg.items[3] && getProp(arg.items[3], 'DefaultValue')?.value
    const hit = map && top && second && this.ctx.mappings ? getProp(this.ctx.mappings, map)?.value : undefined
    const level = hit && top ? getProp(hit, top)?.value : undefined
    const value = level && second ? getProp(level, second)?.value : undefined
    if (value) return relocate(value, node.startLine, node.endLine)
    if (fallback && map && top && second) return this.resolve(fallback)
    return this.unknown(node)
  }
}

/** The entries of lazy properties, resolved as they are built. */
function intrinsicName(node: PNode): string | undefined {
  if (node.type !== 'object' || node.props.length !== 1) return undefined
  const key = node.props[0].key
  return key === 'Ref' || key.startsWith('Fn::') ? key : undefined
}

function at(node: PNode, value: string): PNode {
  return { type: 'string', value, startLine: node.startLine, endLine: node.endLine }
}

function hasUnknown(node: PNode): boolean {
  if (node.type === 'unknown') return true
  if (node.type === 'object') return node.props.some(p => hasUnknown(p.value))
  if (node.type === 'array') return node.items.some(hasUnknown)
  return false
}

function scalarText(node: PNode): unknown {
  if (node.type === 'array') return node.items.map(scalarText)
  if (node.type === 'object') return Object.fromEntries(node.props.map(p => [p.key, scalarText(p.value)]))
  if (node.type === 'string' || node.type === 'number' || node.type === 'boolean') return String(node.value)
  return null
}

function urlSuffix(partition: string | undefined): string | undefined {
  if (partition === 'aws' || partition === 'aws-us-gov') return 'amazonaws.com'
  if (partition === 'aws-cn') return 'amazonaws.com.cn'
  return undefined
}

/** `${Name}` for an unresolved reference inside a joined or substituted string. */
function placeholder(node: PNode): string {
  if (node.type !== 'unknown') return '${…}'
  const m = /^!(?:Ref|GetAtt) (\S+)$/.exec(node.description)
  return `\${${m ? m[1] : node.description}}`
}

/** The expression in short form, e.g. `!GetAtt Bucket.Arn`, for unknown values. */
export function describe(node: PNode): string {
  const fn =
    intrinsicName(node) ??
    (node.type === 'object' && node.props.length === 1 && node.props[0].key === 'Condition' ? 'Condition' : undefined)
  if (!fn || node.type !== 'object') return compact(node)
  const arg = node.props[0].value
  const short = SHORT_NAMES[fn] ?? `!${fn.replace(/^Fn::/, '')}`
  if (fn === 'Fn::GetAtt') {
    if (arg.type === 'array') return `!GetAtt ${arg.items.map(compact).join('.')}`
    return `!GetAtt ${compact(arg)}`
  }
  if (fn === 'Fn::Sub') return `!Sub '${arg.type === 'array' && arg.items[0] ? compact(arg.items[0]) : compact(arg)}'`
  return `${short} ${compact(arg)}`
}

function compact(node: PNode): string {
  const text = render(node)
  return text.length > 160 ? `${text.slice(0, 157)}...` : text
}

function render(node: PNode): string {
  switch (node.type) {
    case 'string':
      return node.value
    case 'number':
    case 'boolean':
      return String(node.value)
    case 'null':
      return 'null'
    case 'unknown':
      return node.description
    case 'array':
      return `[${node.items.map(render).join(', ')}]`
    case 'object':
      if (intrinsicName(node)) return describe(node)
      return `{${node.props.map(p => `${p.key}: ${render(p.value)}`).join(', ')}}`
  }
}

/**
 * The logical id a `Ref`, `Fn::GetAtt` or a `Fn::Sub` that is nothing but one reference (`!Sub ${Key}`,
 * `!Sub ${Key.Arn}`) points at. The `Fn::Sub` form is as good as the `Ref` one (CloudFormation User Guide,
 * Fn::Sub: `${MyParameter}` and `${MyInstance.PublicIp}` stand for `Ref` and `Fn::GetAtt`).
 */
export function referencedId(node: PNode): string | undefined {
  if (node.type !== 'object' || node.props.length !== 1) return undefined
  const { key, value } = node.props[0]
  if (key === 'Ref' && value.type === 'string') return value.value
  if (key === 'Fn::GetAtt') {
    if (value.type === 'array' && value.items[0]?.type === 'string') return value.items[0].value
    if (value.type === 'string') return value.value.split('.')[0]
  }
  if (key === 'Fn::Sub') {
    const text = value.type === 'string' ? value.value : undefined
    // The list form with variables: only when the one reference is not one of the variables.
    const listText =
      value.type === 'array' && value.items.length === 2 && value.items[0].type === 'string'
        ? value.items[0].value
        : undefined
    const id = subReference(text ?? listText)
    if (id && listText !== undefined && value.type === 'array' && getProp(value.items[1], id)) return undefined
    return id
  }
  return undefined
}

/** `${Name}` or `${Name.Attr}` and nothing else: the logical id it names (not a pseudo parameter). */
export function subReference(text: string | undefined): string | undefined {
  const m = text === undefined ? null : /^\$\{\s*([A-Za-z0-9]+)(?:\.[A-Za-z0-9.]+)?\s*\}$/.exec(text)
  return m ? m[1] : undefined
}
