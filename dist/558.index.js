export const id = 558;
export const ids = [558];
export const modules = {

/***/ 2558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readIacSources: () => (/* binding */ readIacSources)
});

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/policy/node.ts
var policy_node = __webpack_require__(1504);
// EXTERNAL MODULE: ./src/policy/json-source.ts
var json_source = __webpack_require__(2274);
// EXTERNAL MODULE: ./src/sources/iac.ts
var iac = __webpack_require__(3737);
// EXTERNAL MODULE: ./src/arn.ts
var src_arn = __webpack_require__(8564);
;// CONCATENATED MODULE: ./src/sources/cloudformation/resolve.ts



/** How many `attribute` answers a resolver keeps (see Resolver.attributes). */
const ATTRIBUTES_KEPT = 256;
const SHORT_NAMES = { Ref: '!Ref', Condition: '!Condition' };
/**
 * Resolves CloudFormation intrinsic functions over a positioned tree. A value that cannot be known
 * before deployment becomes an `unknown` node describing the expression (e.g. `!GetAtt Bucket.Arn`):
 * never a guess. Results keep the lines of the expression they replace.
 */
class Resolver {
    conditionValues = new Map();
    evaluating = new Set();
    /**
     * Resources by logical id (a template may hold thousands): their nodes, or once read (see `collected`) what the
     * template reader made of them.
     */
    resources;
    ctx;
    /**
     * Recent `attribute` answers by `id\0attr` (at most ATTRIBUTES_KEPT): a resource's properties may be lazy, read
     * again at each opening, and a role that thousands of policies name would be read for each of them.
     */
    attributes = new Map();
    constructor(ctx) {
        // The resources are indexed here, not kept as the section (see `collected`).
        const { resources, ...rest } = ctx;
        this.ctx = rest;
        this.resources = new Map();
        const { referable, arns = {} } = ctx;
        if (resources?.type === 'object')
            for (const p of resources.props)
                if (!referable || referable.has(p.key) || Object.prototype.hasOwnProperty.call(arns, p.key))
                    this.resources.set(p.key, p.value);
    }
    /**
     * The resources as the template reader read them (type and properties as written), in place of their nodes: a
     * large template's tree is then no longer held for the resolver (its type and properties are what `attribute`
     * reads). A resource the reader left out (its condition is false, it has no type) keeps its node.
     */
    collected(resources) {
        for (const r of resources)
            if (this.resources.has(r.id))
                this.resources.set(r.id, r);
    }
    get partition() {
        return this.ctx.partition ?? (0,iac/* partitionOf */.iQ)(this.ctx.region);
    }
    /**
     * Resolves every intrinsic in `node`. Returns `undefined` when the whole value is `AWS::NoValue`. What holds no
     * intrinsic is returned as it is, not copied: the resolved properties of a large template share the tree. A lazy
     * node (deferred properties: never an intrinsic) is read once here; readers of templates resolve what `open` read.
     */
    resolve(node) {
        node = (0,policy_node/* materialized */.y9)(node);
        if (node.type === 'object') {
            const fn = intrinsicName(node);
            if (fn)
                return this.intrinsic(fn, node.props[0].value, node);
            let props;
            node.props.forEach((p, i) => {
                const value = this.resolve(p.value);
                if (value === p.value && !props)
                    return;
                props ??= node.props.slice(0, i);
                if (value)
                    props.push(value === p.value ? p : { ...p, value });
            });
            return props ? { ...node, props: (0,policy_node/* exact */.e0)(props) } : node;
        }
        if (node.type === 'array') {
            let items;
            node.items.forEach((item, i) => {
                const value = this.resolve(item);
                if (value === item && !items)
                    return;
                items ??= node.items.slice(0, i);
                if (value)
                    items.push(value);
            });
            return items ? { ...node, items: (0,policy_node/* exact */.e0)(items) } : node;
        }
        return node;
    }
    /** The value of a resolved node when it is a known string (numbers count as their text). */
    text(node) {
        const r = node && this.resolve(node);
        if (r?.type === 'string')
            return r.value;
        if (r?.type === 'number')
            return String(r.value);
        return undefined;
    }
    /** Evaluates a named condition; undefined when it depends on something unknown. */
    condition(name) {
        if (this.conditionValues.has(name))
            return this.conditionValues.get(name);
        const def = this.ctx.conditions && (0,policy_node/* getProp */.GT)(this.ctx.conditions, name);
        if (!def || this.evaluating.has(name))
            return undefined;
        this.evaluating.add(name);
        const value = this.conditionOf(def.value);
        this.evaluating.delete(name);
        this.conditionValues.set(name, value);
        return value;
    }
    conditionOf(node) {
        if (node.type === 'boolean')
            return node.value;
        if (node.type === 'string' && (node.value === 'true' || node.value === 'false'))
            return node.value === 'true';
        const fn = node.type === 'object' && node.props.length === 1 ? node.props[0].key : undefined;
        if (!fn || node.type !== 'object')
            return undefined;
        const arg = node.props[0].value;
        const args = arg.type === 'array' ? arg.items : [arg];
        switch (fn) {
            case 'Condition':
                return arg.type === 'string' ? this.condition(arg.value) : undefined;
            case 'Fn::Equals': {
                if (args.length !== 2)
                    return undefined;
                const [a, b] = args.map(x => this.resolve(x));
                if (!a || !b || hasUnknown(a) || hasUnknown(b))
                    return undefined;
                return JSON.stringify(scalarText(a)) === JSON.stringify(scalarText(b));
            }
            case 'Fn::Not': {
                const v = args.length === 1 ? this.conditionOf(args[0]) : undefined;
                return v === undefined ? undefined : !v;
            }
            case 'Fn::And':
            case 'Fn::Or': {
                const values = args.map(a => this.conditionOf(a));
                const decisive = fn === 'Fn::And' ? false : true;
                if (values.includes(decisive))
                    return decisive;
                return values.includes(undefined) ? undefined : !decisive;
            }
            default:
                return undefined;
        }
    }
    intrinsic(fn, arg, node) {
        switch (fn) {
            case 'Ref': {
                const name = this.text(arg);
                return name === undefined ? this.unknown(node) : this.ref(name, node);
            }
            case 'Fn::GetAtt':
                return this.getAttNode(arg, node);
            case 'Fn::Sub':
                return this.sub(arg, node);
            case 'Fn::Join':
                return this.join(arg, node);
            case 'Fn::Select':
                return this.select(arg, node);
            case 'Fn::Split':
                return this.split(arg, node);
            case 'Fn::If':
                return this.if(arg, node);
            case 'Fn::FindInMap':
                return this.findInMap(arg, node);
            case 'Fn::Base64': {
                const value = this.text(arg);
                return value === undefined ? this.unknown(node) : at(node, Buffer.from(value, 'utf8').toString('base64'));
            }
            default:
                // Fn::ImportValue, Fn::GetAZs, Fn::Cidr, Fn::Transform, …: only known after deployment.
                return this.unknown(node);
        }
    }
    unknown(node, description = describe(node)) {
        return (0,iac/* unknownNode */.fn)(description, node.startLine, node.endLine);
    }
    ref(name, node) {
        if (name.startsWith('AWS::'))
            return this.pseudo(name, node);
        const param = this.ctx.parameters && (0,policy_node/* getProp */.GT)(this.ctx.parameters, name);
        if (param)
            return this.parameter(name, param.value, node);
        const value = this.attribute(name, 'Ref');
        return value === undefined ? this.unknown(node) : at(node, value);
    }
    pseudo(name, node) {
        const { account, region, stackName } = this.ctx;
        const values = {
            'AWS::AccountId': account,
            'AWS::Region': region,
            'AWS::Partition': this.partition,
            'AWS::StackName': stackName,
            'AWS::URLSuffix': this.ctx.urlSuffix ?? urlSuffix(this.partition)
        };
        if (name === 'AWS::NoValue')
            return undefined;
        const value = values[name];
        return value === undefined ? this.unknown(node) : at(node, value);
    }
    parameter(name, def, node) {
        const type = this.text((0,policy_node/* getProp */.GT)(def, 'Type')?.value) ?? 'String';
        const dflt = (0,policy_node/* getProp */.GT)(def, 'Default')?.value;
        // An SSM parameter type's default names the parameter, not its value.
        if (!dflt || type.startsWith('AWS::SSM::Parameter::'))
            return this.unknown(node, `${describe(node)} (parameter${dflt ? ' from SSM' : ' without Default'})`);
        const isList = type === 'CommaDelimitedList' || type.startsWith('List<');
        if (isList && dflt.type === 'string') {
            return {
                type: 'array',
                startLine: node.startLine,
                endLine: node.endLine,
                items: dflt.value.split(',').map(v => at(node, v.trim()))
            };
        }
        return (0,iac/* relocate */.sU)(dflt, node.startLine, node.endLine);
    }
    getAttNode(arg, node) {
        let id;
        let attr;
        if (arg.type === 'array' && arg.items.length === 2) {
            id = this.text(arg.items[0]);
            attr = this.text(arg.items[1]);
        }
        else if (arg.type === 'string') {
            const dot = arg.value.indexOf('.');
            if (dot > 0)
                [id, attr] = [arg.value.slice(0, dot), arg.value.slice(dot + 1)];
        }
        const value = id && attr ? this.attribute(id, attr) : undefined;
        return value === undefined ? this.unknown(node) : at(node, value);
    }
    /**
     * `Ref` (attr `Ref`) or `Fn::GetAtt` of a resource: known when the config maps it to an ARN, or when
     * the template names it (a role, user or managed policy with an explicit name).
     */
    attribute(id, attr) {
        const key = `${id}\u0000${attr}`;
        if (this.attributes.has(key))
            return this.attributes.get(key);
        const value = this.attributeOf(id, attr);
        if (this.attributes.size >= ATTRIBUTES_KEPT)
            this.attributes.clear();
        this.attributes.set(key, value);
        return value;
    }
    attributeOf(id, attr) {
        const res = this.resources.get(id);
        if (!res)
            return undefined;
        const read = 'raw' in res;
        const type = read ? res.type : this.text((0,policy_node/* getProp */.GT)(res, 'Type')?.value);
        const written = read ? res.raw : (0,policy_node/* getProp */.GT)(res, 'Properties')?.value;
        const props = written && (0,policy_node/* materialized */.y9)(written);
        const prop = (name) => (props ? this.text((0,policy_node/* getProp */.GT)(props, name)?.value) : undefined);
        const mapped = this.ctx.arns?.[id];
        const arnParts = mapped ? (0,src_arn/* parseArn */.Lw)(mapped) : undefined;
        switch (type) {
            case 'AWS::KMS::Key':
            case 'AWS::KMS::ReplicaKey': {
                const keyArn = arnParts?.service === 'kms' && arnParts.resource.startsWith('key/') ? mapped : undefined;
                if (attr === 'Arn')
                    return keyArn;
                if (attr === 'Ref' || attr === 'KeyId')
                    return keyArn ? keyArn.split('/').pop() : mapped && /^[0-9a-f-]{36}$|^mrk-/.test(mapped) ? mapped : undefined;
                return undefined;
            }
            case 'AWS::KMS::Alias':
                return attr === 'Ref' ? prop('AliasName') : undefined;
            case 'AWS::IAM::Role':
            case 'AWS::IAM::User': {
                const kind = type === 'AWS::IAM::Role' ? 'role' : 'user';
                const name = prop(kind === 'role' ? 'RoleName' : 'UserName') ?? (arnParts ? arnParts.resource.split('/').pop() : undefined);
                if (attr === 'Ref')
                    return name;
                if (attr !== 'Arn')
                    return undefined;
                if (mapped)
                    return mapped;
                const { account } = this.ctx;
                const partition = this.partition;
                const explicit = prop(kind === 'role' ? 'RoleName' : 'UserName');
                return explicit && account && partition ? (0,iac/* iamArn */.ZW)(partition, account, kind, prop('Path'), explicit) : undefined;
            }
            case 'AWS::IAM::ManagedPolicy': {
                if (attr !== 'Ref' && attr !== 'PolicyArn')
                    return undefined;
                if (mapped)
                    return mapped;
                const name = prop('ManagedPolicyName');
                const { account } = this.ctx;
                const partition = this.partition;
                return name && account && partition ? (0,iac/* iamArn */.ZW)(partition, account, 'policy', prop('Path'), name) : undefined;
            }
            default:
                return attr === 'Arn' ? mapped : undefined;
        }
    }
    sub(arg, node) {
        const template = arg.type === 'array' ? arg.items[0] : arg;
        const vars = arg.type === 'array' ? arg.items[1] : undefined;
        if (template?.type !== 'string')
            return this.unknown(node);
        let known = true;
        const out = template.value.replace(/\$\{([^}]*)\}/g, (whole, inner) => {
            if (inner.startsWith('!'))
                return `\${${inner.slice(1)}}`;
            const name = inner.trim();
            const v = vars && (0,policy_node/* getProp */.GT)(vars, name);
            let value;
            if (v)
                value = this.resolve(v.value);
            else if (name.includes('.') && !name.startsWith('AWS::')) {
                const dot = name.indexOf('.');
                const found = this.attribute(name.slice(0, dot), name.slice(dot + 1));
                value = found === undefined ? undefined : at(node, found);
            }
            else
                value = this.ref(name, node);
            const text = value?.type === 'string' ? value.value : value?.type === 'number' ? String(value.value) : undefined;
            if (text === undefined) {
                known = false;
                return whole;
            }
            return text;
        });
        return known ? at(node, out) : this.unknown(node, `!Sub '${out}'`);
    }
    join(arg, node) {
        if (arg.type !== 'array' || arg.items.length !== 2)
            return this.unknown(node);
        const delimiter = this.text(arg.items[0]);
        const list = this.resolve(arg.items[1]);
        if (delimiter === undefined || list?.type !== 'array')
            return this.unknown(node);
        const parts = list.items.map(i => i.type === 'string' ? i.value : i.type === 'number' ? String(i.value) : undefined);
        if (parts.every(p => p !== undefined))
            return at(node, parts.join(delimiter));
        // Readable description: known parts joined, unknown ones as `${…}` placeholders.
        const shown = list.items.map((i, n) => parts[n] ?? placeholder(i)).join(delimiter);
        return this.unknown(node, `!Join '${shown}'`);
    }
    select(arg, node) {
        if (arg.type !== 'array' || arg.items.length !== 2)
            return this.unknown(node);
        const index = Number(this.text(arg.items[0]));
        const list = this.resolve(arg.items[1]);
        if (!Number.isInteger(index) || list?.type !== 'array' || index < 0 || index >= list.items.length)
            return this.unknown(node);
        return list.items[index];
    }
    split(arg, node) {
        if (arg.type !== 'array' || arg.items.length !== 2)
            return this.unknown(node);
        const delimiter = this.text(arg.items[0]);
        const source = this.text(arg.items[1]);
        if (delimiter === undefined || source === undefined)
            return this.unknown(node);
        return {
            type: 'array',
            startLine: node.startLine,
            endLine: node.endLine,
            items: source.split(delimiter).map(v => at(node, v))
        };
    }
    if(arg, node) {
        if (arg.type !== 'array' || arg.items.length !== 3)
            return this.unknown(node);
        const name = this.text(arg.items[0]);
        const holds = name === undefined ? undefined : this.condition(name);
        if (holds !== undefined)
            return this.resolve(arg.items[holds ? 1 : 2]);
        // Both branches alike: the condition does not matter.
        const [a, b] = [this.resolve(arg.items[1]), this.resolve(arg.items[2])];
        if (a && b && !hasUnknown(a) && JSON.stringify(scalarText(a)) === JSON.stringify(scalarText(b)))
            return a;
        return this.unknown(node);
    }
    findInMap(arg, node) {
        if (arg.type !== 'array' || arg.items.length < 3)
            return this.unknown(node);
        const [map, top, second] = arg.items.slice(0, 3).map(i => this.text(i));
        const fallback = arg.items[3] && (0,policy_node/* getProp */.GT)(arg.items[3], 'DefaultValue')?.value;
        const hit = map && top && second && this.ctx.mappings ? (0,policy_node/* getProp */.GT)(this.ctx.mappings, map)?.value : undefined;
        const level = hit && top ? (0,policy_node/* getProp */.GT)(hit, top)?.value : undefined;
        const value = level && second ? (0,policy_node/* getProp */.GT)(level, second)?.value : undefined;
        if (value)
            return (0,iac/* relocate */.sU)(value, node.startLine, node.endLine);
        if (fallback && map && top && second)
            return this.resolve(fallback);
        return this.unknown(node);
    }
}
/** The entries of lazy properties, resolved as they are built. */
function intrinsicName(node) {
    if (node.type !== 'object' || node.props.length !== 1)
        return undefined;
    const key = node.props[0].key;
    return key === 'Ref' || key.startsWith('Fn::') ? key : undefined;
}
function at(node, value) {
    return { type: 'string', value, startLine: node.startLine, endLine: node.endLine };
}
function hasUnknown(node) {
    if (node.type === 'unknown')
        return true;
    if (node.type === 'object')
        return node.props.some(p => hasUnknown(p.value));
    if (node.type === 'array')
        return node.items.some(hasUnknown);
    return false;
}
function scalarText(node) {
    if (node.type === 'array')
        return node.items.map(scalarText);
    if (node.type === 'object')
        return Object.fromEntries(node.props.map(p => [p.key, scalarText(p.value)]));
    if (node.type === 'string' || node.type === 'number' || node.type === 'boolean')
        return String(node.value);
    return null;
}
function urlSuffix(partition) {
    if (partition === 'aws' || partition === 'aws-us-gov')
        return 'amazonaws.com';
    if (partition === 'aws-cn')
        return 'amazonaws.com.cn';
    return undefined;
}
/** `${Name}` for an unresolved reference inside a joined or substituted string. */
function placeholder(node) {
    if (node.type !== 'unknown')
        return '${…}';
    const m = /^!(?:Ref|GetAtt) (\S+)$/.exec(node.description);
    return `\${${m ? m[1] : node.description}}`;
}
/** The expression in short form, e.g. `!GetAtt Bucket.Arn`, for unknown values. */
function describe(node) {
    const fn = intrinsicName(node) ??
        (node.type === 'object' && node.props.length === 1 && node.props[0].key === 'Condition' ? 'Condition' : undefined);
    if (!fn || node.type !== 'object')
        return compact(node);
    const arg = node.props[0].value;
    const short = SHORT_NAMES[fn] ?? `!${fn.replace(/^Fn::/, '')}`;
    if (fn === 'Fn::GetAtt') {
        if (arg.type === 'array')
            return `!GetAtt ${arg.items.map(compact).join('.')}`;
        return `!GetAtt ${compact(arg)}`;
    }
    if (fn === 'Fn::Sub')
        return `!Sub '${arg.type === 'array' && arg.items[0] ? compact(arg.items[0]) : compact(arg)}'`;
    return `${short} ${compact(arg)}`;
}
function compact(node) {
    const text = render(node);
    return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}
function render(node) {
    switch (node.type) {
        case 'string':
            return node.value;
        case 'number':
        case 'boolean':
            return String(node.value);
        case 'null':
            return 'null';
        case 'unknown':
            return node.description;
        case 'array':
            return `[${node.items.map(render).join(', ')}]`;
        case 'object':
            if (intrinsicName(node))
                return describe(node);
            return `{${node.props.map(p => `${p.key}: ${render(p.value)}`).join(', ')}}`;
    }
}
/**
 * The logical id a `Ref`, `Fn::GetAtt` or a `Fn::Sub` that is nothing but one reference (`!Sub ${Key}`,
 * `!Sub ${Key.Arn}`) points at. The `Fn::Sub` form is as good as the `Ref` one (CloudFormation User Guide,
 * Fn::Sub: `${MyParameter}` and `${MyInstance.PublicIp}` stand for `Ref` and `Fn::GetAtt`).
 */
function referencedId(node) {
    if (node.type !== 'object' || node.props.length !== 1)
        return undefined;
    const { key, value } = node.props[0];
    if (key === 'Ref' && value.type === 'string')
        return value.value;
    if (key === 'Fn::GetAtt') {
        if (value.type === 'array' && value.items[0]?.type === 'string')
            return value.items[0].value;
        if (value.type === 'string')
            return value.value.split('.')[0];
    }
    if (key === 'Fn::Sub') {
        const text = value.type === 'string' ? value.value : undefined;
        // The list form with variables: only when the one reference is not one of the variables.
        const listText = value.type === 'array' && value.items.length === 2 && value.items[0].type === 'string'
            ? value.items[0].value
            : undefined;
        const id = subReference(text ?? listText);
        if (id && listText !== undefined && value.type === 'array' && (0,policy_node/* getProp */.GT)(value.items[1], id))
            return undefined;
        return id;
    }
    return undefined;
}
/** `${Name}` or `${Name.Attr}` and nothing else: the logical id it names (not a pseudo parameter). */
function subReference(text) {
    const m = text === undefined ? null : /^\$\{\s*([A-Za-z0-9]+)(?:\.[A-Za-z0-9.]+)?\s*\}$/.exec(text);
    return m ? m[1] : undefined;
}

;// CONCATENATED MODULE: ./src/sources/cloudformation/model.ts
/** How documents of a resource are named in reports: the logical id, with the CDK path when there is one. */
function resourceLabel(r, file) {
    return `${r.id}${r.cdkPath ? ` (${r.cdkPath})` : ''} in ${file}`;
}

;// CONCATENATED MODULE: ./src/sources/cloudformation/iam.ts




const KIND = { 'AWS::IAM::Role': 'role', 'AWS::IAM::User': 'user' };
/**
 * A resource's properties opened once: lazy ones are read again at each opening, so the text is read once here and
 * resolved from that reading (lazy `props` are the lazy `raw` itself, see collect in template.ts).
 */
function iam_open(r, resolver) {
    const raw = (0,policy_node/* materialized */.y9)(r.raw);
    return { props: (0,policy_node/* isLazy */.JN)(r.props) ? (resolver.resolve(raw) ?? raw) : r.props, raw };
}
/**
 * IAM resources of a template: roles and users (inline `Policies`, `ManagedPolicyArns`,
 * `PermissionsBoundary`), `AWS::IAM::Policy`, `AWS::IAM::ManagedPolicy`, `AWS::IAM::RolePolicy` and
 * `AWS::IAM::UserPolicy`. Principals are keyed by ARN: the config mapping, else the ARN their explicit
 * name gives, else a placeholder for a principal the stack creates under a generated name.
 */
function readIamResources(c) {
    const reader = new TemplateIam(c);
    reader.principals();
    reader.managedPolicies();
    reader.principalDocuments();
    reader.policies();
    for (const p of reader.byArn.values())
        c.result.change.principals.push(p);
}
/** The principals and policies of one template, read resource type by resource type. */
class TemplateIam {
    c;
    byArn = new Map();
    /** Role or user logical id → its principal. */
    ofId = new Map();
    /** Policies with a principal known only at deployment (see attributeUnknown). */
    unattributed = new Set();
    /** Roles and users created under a generated name (see generated), built when first asked. */
    unnamed;
    /** Roles and users of the template by their explicit name (see principal), built when first asked. */
    named;
    /** Only relevant resources have documents to read; every role and user is still listed. */
    detailed;
    constructor(c) {
        this.c = c;
        this.detailed = c.resources.filter(r => r.relevant);
    }
    /** Every role and user of the template, mapped to the ARN a check can name (or a placeholder). */
    principals() {
        const { c } = this;
        const { input, result, resolver } = c;
        for (const r of c.resources) {
            const kind = KIND[r.type];
            if (!kind)
                continue;
            const mapped = input.principals[r.id];
            // An irrelevant principal has neither a mapping nor a name (see relevantIds): its ARN is a placeholder.
            const named = r.relevant ? resolver.attribute(r.id, 'Arn') : undefined;
            const arn = mapped ?? named ?? (0,iac/* placeholderArn */.VW)(c.ctx.partition, c.ctx.account, kind, r.id);
            const created = !mapped && !named ? true : undefined;
            result.mapped.principals.push({
                logicalId: r.id,
                arn: mapped ?? named,
                key: arn,
                via: mapped ? 'config' : named ? 'name' : undefined,
                created,
                file: input.file,
                line: r.line
            });
            // Created under a generated name: no check can name it (see relevantIds).
            if (!r.relevant)
                continue;
            const p = { arn, policies: [] };
            if (created)
                p.created = true;
            this.byArn.set(arn, p);
            this.ofId.set(r.id, p);
        }
    }
    /** `AWS::IAM::ManagedPolicy`: the policy, and the roles and users it names. */
    managedPolicies() {
        const { c } = this;
        for (const r of this.detailed.filter(r => r.type === 'AWS::IAM::ManagedPolicy')) {
            const arn = c.resolver.attribute(r.id, 'Ref') ?? (0,iac/* placeholderArn */.VW)(c.ctx.partition, c.ctx.account, 'policy', r.id);
            const opened = iam_open(r, c.resolver);
            const node = (0,policy_node/* getProp */.GT)(opened.props, 'PolicyDocument')?.value;
            // Both members from the start: one added later goes to a separate property store (40 bytes a policy).
            const identity = {
                managed: arn,
                document: node ? c.document(node, this.origin('identity', arn, r, undefined, arn)) : undefined
            };
            c.result.managedPolicies.push(identity);
            // Found again by its logical id (c.byId), where a role names it: no map of its own for thousands of policies.
            r.policy = identity;
            for (const p of this.targets(r, opened))
                add(p, identity);
            this.attributeUnknown(r, identity);
        }
    }
    /** A role's or user's own `Policies`, `ManagedPolicyArns` and `PermissionsBoundary`. */
    principalDocuments() {
        const { c } = this;
        for (const r of this.detailed.filter(r => KIND[r.type] && this.ofId.has(r.id))) {
            const p = this.ofId.get(r.id);
            const { props, raw } = iam_open(r, c.resolver);
            const policies = (0,policy_node/* getProp */.GT)(props, 'Policies')?.value;
            // A list known only at deployment (`!If` on a condition the parameters do not decide, a list parameter
            // without a default): policies nobody can read yet, so the checks they take part in are inconclusive.
            if (policies?.type === 'unknown') {
                const name = `Policies: ${policies.description}`;
                add(p, {
                    name,
                    document: (0,iac/* unknownPolicy */.R1)(policies.description, this.origin('identity', name, r, name), policies.startLine, policies.endLine)
                });
            }
            for (const item of policies?.type === 'array' ? policies.items : []) {
                const name = policyName((0,policy_node/* getProp */.GT)(item, 'PolicyName')?.value);
                const doc = (0,policy_node/* getProp */.GT)(item, 'PolicyDocument')?.value;
                if (doc)
                    add(p, { name, document: c.document(doc, this.origin('identity', name, r, name)) });
            }
            const arns = (0,policy_node/* getProp */.GT)(props, 'ManagedPolicyArns')?.value;
            const rawArns = (0,policy_node/* getProp */.GT)(raw, 'ManagedPolicyArns')?.value;
            if (arns?.type === 'unknown')
                attach(c, p, 'managed', arns);
            if (arns?.type === 'array') {
                arns.items.forEach((v, i) => {
                    const raw = rawItem(rawArns, arns.items, v, i);
                    const m = raw && this.managed(referencedId(raw));
                    if (m)
                        add(p, m.policy);
                    else
                        attach(c, p, 'managed', v);
                });
            }
            const boundary = (0,policy_node/* getProp */.GT)(props, 'PermissionsBoundary')?.value;
            if (boundary) {
                const rawBoundary = (0,policy_node/* getProp */.GT)(raw, 'PermissionsBoundary')?.value;
                const m = rawBoundary && this.managed(referencedId(rawBoundary));
                // The boundary document is known only when the template defines the managed policy.
                const node = m?.policy.document && (0,policy_node/* getProp */.GT)(iam_open(m, c.resolver).props, 'PolicyDocument')?.value;
                if (m && node) {
                    const arn = m.policy.managed;
                    p.permissionsBoundary = c.document(node, this.origin('boundary', arn, m, undefined, arn));
                }
                else
                    attach(c, p, 'boundary', boundary);
            }
        }
    }
    /** `AWS::IAM::Policy`, `AWS::IAM::RolePolicy` and `AWS::IAM::UserPolicy`: an inline policy of their principals. */
    policies() {
        const { c } = this;
        for (const r of this.detailed) {
            if (r.type !== 'AWS::IAM::Policy' && r.type !== 'AWS::IAM::RolePolicy' && r.type !== 'AWS::IAM::UserPolicy')
                continue;
            const opened = iam_open(r, c.resolver);
            let targets;
            if (r.type === 'AWS::IAM::Policy')
                targets = this.targets(r, opened);
            else {
                const kind = r.type === 'AWS::IAM::RolePolicy' ? 'role' : 'user';
                const prop = kind === 'role' ? 'RoleName' : 'UserName';
                const raw = (0,policy_node/* getProp */.GT)(opened.raw, prop)?.value;
                const target = this.principal(kind, raw, (0,policy_node/* getProp */.GT)(opened.props, prop)?.value);
                if (!target && !this.generated(raw)) {
                    this.unread(r, `the ${kind} it applies to (${prop}) is known only at deployment`);
                    this.unattributed.add(r.id);
                }
                targets = target ? [target] : [];
            }
            const name = policyName((0,policy_node/* getProp */.GT)(opened.props, 'PolicyName')?.value);
            const doc = (0,policy_node/* getProp */.GT)(opened.props, 'PolicyDocument')?.value;
            if (!doc)
                continue;
            const identity = {
                name,
                document: c.document(doc, this.origin('identity', name, r, name))
            };
            for (const p of targets)
                add(p, identity);
            this.attributeUnknown(r, identity);
        }
    }
    /**
     * A policy some of whose principals are known only at deployment may be any role's or user's of the account:
     * it goes to every one of them under a condition nobody can decide (ProposedChange.unattributed).
     */
    attributeUnknown(r, identity) {
        if (!this.unattributed.has(r.id) || !identity.document)
            return;
        (this.c.result.change.unattributed ??= []).push({ document: identity.document, account: this.c.ctx.account });
    }
    /** A principal the template names by reference or by name; undefined when its name is known only at deployment. */
    principal(kind, raw, value) {
        const { c } = this;
        const id = raw && referencedId(raw);
        if (id && this.ofId.has(id))
            return this.ofId.get(id);
        if (value?.type !== 'string')
            return undefined;
        const inTemplate = this.namedInTemplate().get(`${kind}\u0000${value.value}`);
        if (inTemplate !== undefined)
            return this.ofId.get(inTemplate);
        const mapped = (0,iac/* findByName */._U)(c.input.principals, kind, value.value);
        const arn = mapped ??
            (c.ctx.account && c.ctx.partition ? (0,iac/* iamArn */.ZW)(c.ctx.partition, c.ctx.account, kind, '/', value.value) : undefined);
        if (!arn)
            return undefined;
        if (!mapped)
            (c.result.change.pathless ??= []).push(arn);
        let p = this.byArn.get(arn);
        if (!p)
            this.byArn.set(arn, (p = { arn, policies: [] }));
        return p;
    }
    /**
     * The template's roles and users by kind and explicit name (`role\0NAME` → logical id; the first of a name wins),
     * read once: each resource's properties are read again whenever opened.
     */
    namedInTemplate() {
        if (this.named)
            return this.named;
        const out = new Map();
        for (const r of this.detailed) {
            const kind = KIND[r.type];
            if (!kind)
                continue;
            const name = this.c.resolver.text((0,policy_node/* getProp */.GT)(iam_open(r, this.c.resolver).props, kind === 'role' ? 'RoleName' : 'UserName')?.value);
            if (name !== undefined && !out.has(`${kind}\u0000${name}`))
                out.set(`${kind}\u0000${name}`, r.id);
        }
        return (this.named = out);
    }
    /** The principals of a policy's `Roles` and `Users` lists; each one the gate cannot name is `unread-resource`. */
    targets(r, opened) {
        const out = [];
        for (const [prop, kind] of [
            ['Roles', 'role'],
            ['Users', 'user']
        ]) {
            const raw = (0,policy_node/* getProp */.GT)(opened.raw, prop)?.value;
            const value = (0,policy_node/* getProp */.GT)(opened.props, prop)?.value;
            if (value?.type === 'unknown') {
                this.unread(r, `its ${prop} list is known only at deployment; what the policy grants them is not read`);
                this.unattributed.add(r.id);
            }
            if (value?.type !== 'array')
                continue;
            value.items.forEach((v, i) => {
                const item = rawItem(raw, value.items, v, i);
                const p = this.principal(kind, item, v);
                if (p)
                    out.push(p);
                else if (!this.generated(item)) {
                    this.unread(r, `an entry of ${prop} is known only at deployment; what the policy grants it is not read`);
                    this.unattributed.add(r.id);
                }
            });
        }
        return out;
    }
    /**
     * A reference to a role or user the template creates under a generated name: no check can name it (see
     * relevantIds), so a policy attached to it changes nothing the gate checks.
     */
    generated(raw) {
        const id = raw && referencedId(raw);
        if (!id)
            return false;
        // Listed once, when first asked (a CDK app's policies may each name one of thousands of such roles).
        this.unnamed ??= new Set(this.c.resources.filter(r => KIND[r.type] !== undefined && !r.relevant).map(r => r.id));
        return this.unnamed.has(id);
    }
    /** The managed policy resource the template defines under logical id `id`, once read (managedPolicies). */
    managed(id) {
        const r = id === undefined ? undefined : this.c.byId.get(id);
        return r?.type === 'AWS::IAM::ManagedPolicy' && r.policy ? r : undefined;
    }
    /** What the gate cannot attribute: not checked, and the report says so at the resource. */
    unread(r, message) {
        this.c.result.problems.push({
            message: `${resourceLabel(r, this.c.input.file)}: ${message}`,
            line: r.line,
            rule: 'unread-resource',
            file: this.c.input.file
        });
    }
    origin(kind, name, r, inlineName, managedArn) {
        return {
            kind,
            name: (0,policy_node/* held */.yB)(`${name} (${resourceLabel(r, this.c.input.file)})`),
            file: this.c.input.file,
            ...(inlineName !== undefined ? { inlineName } : {}),
            ...(managedArn !== undefined ? { managedArn } : {})
        };
    }
}
function add(p, policy) {
    if (!p.policies.includes(policy))
        p.policies.push(policy);
}
/**
 * The item of a list as written (before intrinsics were resolved) for the resolved item `v` at index `i` of
 * `resolved`: the same index when resolving kept every item, else the item on the same line (resolving drops
 * `AWS::NoValue` items, so indexes shift).
 */
function rawItem(raw, resolved, v, i) {
    if (raw?.type !== 'array')
        return undefined;
    if (raw.items.length === resolved.length)
        return raw.items[i];
    return raw.items.find(x => x.startLine === v.startLine) ?? raw.items[i];
}
function policyName(node) {
    if (node?.type === 'string')
        return node.value;
    if (node?.type === 'unknown')
        return node.description;
    return '(unnamed policy)';
}
function attach(c, p, kind, value) {
    const known = value.type === 'string';
    c.result.attachments.push({
        principal: p.arn,
        kind,
        arn: known ? value.value : value.type === 'unknown' ? value.description : JSON.stringify(value),
        ...(known ? {} : { unknown: true }),
        file: c.input.file,
        line: value.startLine
    });
}

;// CONCATENATED MODULE: ./src/sources/cloudformation/relevance.ts


const NAME_PROPERTY = { 'AWS::IAM::Role': 'RoleName', 'AWS::IAM::User': 'UserName' };
/**
 * IAM resource types that change what a principal may do and that the gate does not read: a user's group
 * memberships and a group's policies reach users the gate cannot follow through a template.
 */
const UNREAD_TYPES = new Set(['AWS::IAM::Group', 'AWS::IAM::GroupPolicy', 'AWS::IAM::UserToGroupAddition']);
/**
 * The resources whose documents can take part in a check: KMS resources; roles and users the config
 * maps or the template names (only those can be configured principals: a principal created under a
 * generated name has no ARN before deployment, and a key policy naming it resolves to unknown); the
 * policies that reach such a principal or a name given otherwise; managed policies with a name (they
 * may be attached anywhere) or used by a relevant principal. Decided on the parsed template, before
 * anything is read with positions.
 */
function relevantIds(resources, principals) {
    const typeOf = (id) => {
        const t = record(resources[id]).Type;
        return typeof t === 'string' ? t : '';
    };
    const named = (id, resource = record(resources[id])) => {
        const type = resource.Type;
        const nameProperty = typeof type === 'string' ? NAME_PROPERTY[type] : undefined;
        return !!nameProperty && (Object.hasOwn(principals, id) || record(resource.Properties)[nameProperty] !== undefined);
    };
    // A target counts unless it is a principal of this template created under a generated name.
    const reaches = (value) => (Array.isArray(value) ? value : [value]).some(v => {
        if (v === undefined || v === null)
            return false;
        const target = referenced(v);
        return target === undefined || !NAME_PROPERTY[typeOf(target)] || named(target);
    });
    const out = new Set();
    // One pass over what may be thousands of resources; each is looked up once.
    for (const id in resources) {
        const resource = record(resources[id]);
        const type = typeof resource.Type === 'string' ? resource.Type : '';
        if (type.startsWith('AWS::KMS::')) {
            out.add(id);
            continue;
        }
        // Most of a large template is neither KMS nor IAM.
        if (!type.startsWith('AWS::IAM::'))
            continue;
        const p = record(resource.Properties);
        if (NAME_PROPERTY[type]) {
            if (!named(id, resource))
                continue;
            out.add(id);
            // The managed policies a relevant principal uses.
            for (const v of [...(Array.isArray(p.ManagedPolicyArns) ? p.ManagedPolicyArns : []), p.PermissionsBoundary]) {
                const target = referenced(v);
                if (target && typeOf(target) === 'AWS::IAM::ManagedPolicy')
                    out.add(target);
            }
        }
        else if (UNREAD_TYPES.has(type) ||
            (Array.isArray(p.Groups) ? p.Groups.length > 0 : p.Groups !== undefined && p.Groups !== null))
            // Read with positions only to be named in an `unread-resource` finding (groups are not read); a `Groups` list
            // written as an intrinsic (`!Ref GroupsParameter`) may name groups too.
            out.add(id);
        else if (type === 'AWS::IAM::Policy' ? reaches(p.Roles) || reaches(p.Users) : false)
            out.add(id);
        else if (type === 'AWS::IAM::RolePolicy' && reaches(p.RoleName))
            out.add(id);
        else if (type === 'AWS::IAM::UserPolicy' && reaches(p.UserName))
            out.add(id);
        else if (type === 'AWS::IAM::ManagedPolicy' &&
            (p.ManagedPolicyName !== undefined || reaches(p.Roles) || reaches(p.Users)))
            out.add(id);
    }
    return out;
}
function referenced(value) {
    const v = record(value);
    if (typeof v.Ref === 'string')
        return v.Ref;
    const att = v['Fn::GetAtt'];
    if (Array.isArray(att) && typeof att[0] === 'string')
        return att[0];
    if (typeof att === 'string')
        return att.split('.')[0];
    // `!Sub ${Role.Arn}`: the same reference as `!GetAtt Role.Arn` (see referencedId).
    const sub = v['Fn::Sub'];
    return subReference(typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined);
}
function record(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}
/** The only properties relevantIds reads: a view of a tree's resources needs nothing else. */
const RELEVANCE_PROPERTIES = new Set([
    'RoleName',
    'UserName',
    'ManagedPolicyArns',
    'PermissionsBoundary',
    'Groups',
    'Roles',
    'Users',
    'ManagedPolicyName'
]);
/**
 * The JSON view relevantIds decides on, from a parsed `Resources` node: each resource's `Type` and the few
 * properties relevance reads, without the policy documents (a plain copy of a whole template's resources would
 * cost more than the text itself).
 */
function relevanceView(resources) {
    const out = {};
    if (resources.type !== 'object')
        return out;
    for (const r of resources.props) {
        const resource = {};
        if (r.value.type === 'object')
            for (const p of r.value.props) {
                if (p.key === 'Type')
                    (0,policy_node/* setMember */.Nk)(resource, 'Type', (0,policy_node/* toJson */.aB)(p.value));
                else if (p.key === 'Properties' && p.value.type === 'object') {
                    const props = {};
                    for (const q of p.value.props)
                        if (RELEVANCE_PROPERTIES.has(q.key))
                            (0,policy_node/* setMember */.Nk)(props, q.key, (0,policy_node/* toJson */.aB)(q.value));
                    (0,policy_node/* setMember */.Nk)(resource, 'Properties', props);
                }
            }
        (0,policy_node/* setMember */.Nk)(out, r.key, resource);
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/sources/cloudformation/json-template.ts


/**
 * Sections kept besides the resources: what intrinsic resolution looks at. Their lines never reach a finding
 * (a resolved `Ref`, `Fn::FindInMap` or condition takes the lines of the expression that uses it), so they are
 * built from the parsed values without positions: locating them would mean searching the whole text and
 * counting its lines to the end, since generated templates put `Parameters` and `Conditions` last.
 */
const DETAILED_SECTIONS = new Set(['AWSTemplateFormatVersion', 'Transform', 'Parameters', 'Mappings', 'Conditions']);
/**
 * Reads a JSON template. Generated templates (CDK) run to megabytes, so `JSON.parse` validates and
 * gives each resource's `Type`; only the resources `detail` selects (and the sections resolution needs)
 * are then located in the text and read again with positions. Without `detail` everything is.
 */
function parseJsonTemplate(text, detail) {
    const deep = (0,json_source/* nestingProblem */.m4)(text);
    if (deep)
        return { problems: [deep] };
    const plan = planOf(text, detail);
    if (plan instanceof Error) {
        const parsed = (0,json_source/* parseJsonWithLines */.$f)(text);
        return {
            problems: parsed.problems.length ? parsed.problems : [{ message: `JSON syntax error: ${plan.message}`, line: 1 }]
        };
    }
    const start = text.indexOf('{');
    if (!plan || start < 0)
        return { node: (0,json_source/* parseJsonWithLines */.$f)(text).node, problems: [] };
    const full = () => new TreeBuilder(text, start, linesAt(text, [start]).get(start)).value();
    if (!detail)
        return { node: full(), problems: [] };
    return { node: located(text, plan) ?? pick(full(), plan), problems: [] };
}
/**
 * What to read with positions. The parsed template itself is not kept, so it is garbage at once. A generated
 * template holds thousands of resources: each gets its stub here, in the one pass that reads its type.
 */
function planOf(text, detail) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        return error instanceof Error ? error : new Error(String(error));
    }
    if (!isRecord(data))
        return undefined;
    const plan = { sections: [], wanted: [] };
    for (const [key, value] of Object.entries(data)) {
        if (key === 'Resources' && isRecord(value)) {
            const wanted = detail?.(value);
            const resources = (plan.resources = []);
            // Resources not read keep only their type, in one shared (never modified) node per type.
            const stubs = new Map();
            let lastType;
            let lastStub;
            for (const id in value) {
                const r = value[id];
                const type = isRecord(r) ? r.Type : undefined;
                if (type !== lastType || !lastStub) {
                    lastType = type;
                    lastStub = stubs.get(type);
                    if (!lastStub)
                        stubs.set(type, (lastStub = typeOnly(type, 0)));
                }
                if (!wanted || wanted.has(id))
                    plan.wanted.push({ key: id, value: r, index: resources.length });
                resources.push({ key: id, keyLine: 0, value: lastStub });
            }
        }
        else
            plan.sections.push(DETAILED_SECTIONS.has(key) ? { key, value } : { key });
    }
    return plan;
}
/**
 * The positioned template from the wanted parts only. Each is found by its quoted key followed by a
 * colon, and accepted only when what follows equals the parsed value: a look-alike key elsewhere can
 * shift nothing. Undefined when a part cannot be found that way (unusual escapes, duplicate keys).
 */
function located(text, plan) {
    // Trees are built with lines counted from their own start; one sweep over the text then places them.
    const hits = [];
    const strings = new Map();
    const find = (w, from) => {
        const needle = JSON.stringify(w.key);
        for (let i = text.indexOf(needle, from); i >= 0; i = text.indexOf(needle, i + 1)) {
            let j = skipWs(text, i + needle.length);
            if (text.charCodeAt(j) !== 58)
                continue;
            j = skipWs(text, j + 1);
            const builder = new TreeBuilder(text, j, 0, true, strings);
            const value = builder.value();
            if (!equals(value, w.value))
                continue;
            // The parsed value is not needed any more: it is garbage as the positioned resources are built.
            w.value = undefined;
            builder.deferProperties(value);
            const prop = { key: w.key, keyLine: 0, value };
            hits.push({ keyOffset: i, valueOffset: j, prop });
            return { prop, end: builder.offset };
        }
        return undefined;
    };
    const props = plan.sections.map(w => ({ key: w.key, keyLine: 0, value: (0,policy_node/* fromJson */.Rf)(w.value) }));
    const resources = plan.resources;
    if (resources) {
        let cursor = 0;
        for (const w of plan.wanted) {
            // Resources come in text order, so the search goes on from the previous one.
            const hit = find(w, cursor) ?? find(w, 0);
            if (!hit)
                return undefined;
            cursor = hit.end;
            resources[w.index] = hit.prop;
        }
    }
    const lineOf = linesAt(text, hits.flatMap(h => [h.keyOffset, h.valueOffset]));
    for (const h of hits) {
        h.prop.keyLine = lineOf.get(h.keyOffset);
        (0,policy_node/* shiftLines */.Gz)(h.prop.value, lineOf.get(h.valueOffset));
    }
    const total = hits.reduce((max, h) => Math.max(max, h.prop.value.endLine), 1);
    if (resources) {
        const first = resources.find(r => r.keyLine > 0)?.keyLine ?? 0;
        props.push({
            key: 'Resources',
            keyLine: first,
            value: { type: 'object', props: resources, startLine: first, endLine: first }
        });
    }
    return { type: 'object', props, startLine: 1, endLine: total };
}
/** The 1-based line of each offset, in one pass over the text. */
function linesAt(text, offsets) {
    const out = new Map();
    let line = 1;
    let nl = text.indexOf('\n');
    for (const offset of [...offsets].sort((a, b) => a - b)) {
        while (nl !== -1 && nl < offset) {
            line++;
            nl = text.indexOf('\n', nl + 1);
        }
        out.set(offset, line);
    }
    return out;
}
/** The wanted parts of a fully positioned template (the slow but always correct path). */
function pick(root, plan) {
    if (root.type !== 'object')
        return root;
    const wanted = new Set(plan.wanted.map(w => w.key));
    return {
        ...root,
        props: root.props.map(p => {
            if (p.key !== 'Resources' || p.value.type !== 'object')
                return p;
            const props = p.value.props.map(r => {
                if (wanted.has(r.key))
                    return r;
                const type = (0,policy_node/* getProp */.GT)(r.value, 'Type')?.value;
                return { ...r, value: typeOnly(type?.type === 'string' ? type.value : undefined, r.keyLine) };
            });
            return { ...p, value: { ...p.value, props } };
        })
    };
}
/** Whether a positioned tree holds exactly the parsed JSON value. */
function equals(node, value) {
    switch (node.type) {
        case 'object': {
            if (!isRecord(value))
                return false;
            const keys = Object.keys(value);
            return (keys.length === node.props.length &&
                node.props.every(p => Object.prototype.hasOwnProperty.call(value, p.key) && equals(p.value, value[p.key])));
        }
        case 'array':
            return (Array.isArray(value) &&
                value.length === node.items.length &&
                node.items.every((item, i) => equals(item, value[i])));
        case 'null':
            return value === null;
        case 'unknown':
            return false;
        default:
            return node.value === value;
    }
}
function typeOnly(type, line) {
    const props = typeof type === 'string'
        ? [{ key: 'Type', keyLine: line, value: { type: 'string', value: type, startLine: line, endLine: line } }]
        : [];
    return { type: 'object', props, startLine: line, endLine: line };
}
function skipWs(text, i) {
    for (;;) {
        const c = text.charCodeAt(i);
        if (c === 32 || c === 10 || c === 13 || c === 9)
            i++;
        else
            return i;
    }
}
function skipString(text, i) {
    let from = i + 1;
    for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0)
            return text.length;
        let b = q - 1;
        while (text.charCodeAt(b) === 92)
            b--;
        if ((q - 1 - b) % 2 === 0)
            return q + 1;
        from = q + 1;
    }
}
/**
 * Builds a positioned tree from JSON text that `JSON.parse` has already accepted: one pass, lines
 * counted in the whitespace between tokens (valid JSON has no raw newline anywhere else).
 */
class TreeBuilder {
    text;
    pos;
    line;
    strings;
    /** With `offsets`, where each object node was read (offset, line): to defer a resource's documents. */
    offsets;
    constructor(text, pos, line, offsets = false, 
    /** Shared by the builders of one template and its deferred properties. */
    strings = new Map()) {
        this.text = text;
        this.pos = pos;
        this.line = line;
        this.strings = strings;
        if (offsets)
            this.offsets = new Map();
    }
    /**
     * Replaces the `Properties` of a resource just read (as yaml-fast.ts does with `deferProperties`) with a lazy node
     * that reads them again from the text when opened: a template of thousands of policies holds their places until
     * each resource is converted. An object only, and no intrinsic (whose resolved value need not be an object).
     */
    deferProperties(resource) {
        const properties = resource.type === 'object' ? (0,policy_node/* getProp */.GT)(resource, 'Properties') : undefined;
        const node = properties?.value;
        const at = node && this.offsets?.get(node);
        this.offsets?.clear();
        if (!properties || !node || !at || node.type !== 'object' || !node.props.length)
            return;
        const first = node.props[0].key;
        if (first === 'Ref' || first === 'Condition' || first.startsWith('Fn::'))
            return;
        properties.value = (0,policy_node/* lazyObject */.Ax)(new JsonBlock(this.text, at[0], at[1], this.strings), node.startLine, node.endLine);
    }
    /** Where the last value read ends. */
    get offset() {
        return this.pos;
    }
    value() {
        this.ws();
        const text = this.text;
        const c = text.charCodeAt(this.pos);
        const startLine = this.line;
        if (c === 123) {
            const start = this.pos;
            this.pos++;
            const props = [];
            this.ws();
            if (text.charCodeAt(this.pos) === 125)
                this.pos++;
            else {
                for (;;) {
                    this.ws();
                    const keyLine = this.line;
                    const key = this.string();
                    this.ws();
                    this.pos++; // the colon
                    props.push({ key, keyLine, value: this.value() });
                    this.ws();
                    if (text.charCodeAt(this.pos++) === 125)
                        break;
                }
            }
            // At their length: a list filled by `push` keeps room for 16 more, and a large template holds many.
            const node = { type: 'object', props: (0,policy_node/* exact */.e0)(props), startLine, endLine: this.line };
            this.offsets?.set(node, [start, startLine]);
            return node;
        }
        if (c === 91) {
            this.pos++;
            const items = [];
            this.ws();
            if (text.charCodeAt(this.pos) === 93)
                this.pos++;
            else {
                for (;;) {
                    items.push(this.value());
                    this.ws();
                    if (text.charCodeAt(this.pos++) === 93)
                        break;
                }
            }
            return { type: 'array', items: (0,policy_node/* exact */.e0)(items), startLine, endLine: this.line };
        }
        if (c === 34)
            return { type: 'string', value: this.string(), startLine, endLine: startLine };
        if (c === 116 || c === 102) {
            const value = c === 116;
            this.pos += value ? 4 : 5;
            return { type: 'boolean', value, startLine, endLine: startLine };
        }
        if (c === 110) {
            this.pos += 4;
            return { type: 'null', startLine, endLine: startLine };
        }
        const start = this.pos;
        let end = start;
        for (let d = text.charCodeAt(end); (d >= 48 && d <= 57) || d === 43 || d === 45 || d === 46 || d === 69 || d === 101; d = text.charCodeAt(++end))
            ;
        this.pos = end;
        return { type: 'number', value: Number(text.slice(start, end)), startLine, endLine: startLine };
    }
    string() {
        const start = this.pos;
        const end = skipString(this.text, start);
        this.pos = end;
        const raw = this.text.slice(start + 1, end - 1);
        const value = raw.includes('\\') ? JSON.parse(this.text.slice(start, end)) : raw;
        return value.length > 64 ? value : this.own(value);
    }
    /** Short strings read again and again (keys, `Allow`, action names) held once per template, as yaml-fast does. */
    own(value) {
        const known = this.strings.get(value);
        if (known !== undefined)
            return known;
        // Names of thousands of resources pass through too: a small table, cleared when full, keeps the common ones.
        if (this.strings.size >= 4096)
            this.strings.clear();
        this.strings.set(value, value);
        return value;
    }
    ws() {
        const text = this.text;
        for (;;) {
            const c = text.charCodeAt(this.pos);
            if (c === 10) {
                this.line++;
                this.pos++;
            }
            else if (c === 32 || c === 13 || c === 9)
                this.pos++;
            else
                return;
        }
    }
}
/** Deferred properties of a JSON template: the object at `offset`, its first line `line`. */
class JsonBlock {
    text;
    offset;
    line;
    strings;
    constructor(text, offset, line, strings) {
        this.text = text;
        this.offset = offset;
        this.line = line;
        this.strings = strings;
    }
    load() {
        const node = new TreeBuilder(this.text, this.offset, this.line, false, this.strings).value();
        if (node.type !== 'object')
            throw new Error('deferred properties are not an object');
        return node.props;
    }
    shifted(delta) {
        return new JsonBlock(this.text, this.offset, this.line + delta, this.strings);
    }
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/workspace.ts
var src_workspace = __webpack_require__(3338);
// EXTERNAL MODULE: ./src/policy/yaml-fast.ts
var yaml_fast = __webpack_require__(2342);
;// CONCATENATED MODULE: ./src/sources/cloudformation/yaml.ts







/** Short-form tags and the long form each stands for (CloudFormation User Guide, intrinsic function reference). */
const SHORT_FORMS = {
    '!Ref': 'Ref',
    '!Condition': 'Condition',
    '!Sub': 'Fn::Sub',
    '!GetAtt': 'Fn::GetAtt',
    '!Join': 'Fn::Join',
    '!If': 'Fn::If',
    '!Select': 'Fn::Select',
    '!Split': 'Fn::Split',
    '!ImportValue': 'Fn::ImportValue',
    '!FindInMap': 'Fn::FindInMap',
    '!Base64': 'Fn::Base64',
    '!Cidr': 'Fn::Cidr',
    '!GetAZs': 'Fn::GetAZs',
    '!Equals': 'Fn::Equals',
    '!Not': 'Fn::Not',
    '!And': 'Fn::And',
    '!Or': 'Fn::Or',
    '!Transform': 'Fn::Transform',
    '!Length': 'Fn::Length',
    '!ToJsonString': 'Fn::ToJsonString'
};
/** Alias expansion budget: CloudFormation does not document aliases, and a few nested ones can expand exponentially. */
const MAX_ALIASES = 100;
const MAX_EXPANDED_NODES = 100_000;
const ALIAS_BUDGET = { max: MAX_ALIASES, maxNodes: MAX_EXPANDED_NODES };
// CloudFormation reads YAML 1.1 without the binary, omap, pairs, set and timestamp tags (User Guide,
// template-formats): `Version: 2012-10-17` stays a string.
const UNSUPPORTED = new Set(['binary', 'omap', 'pairs', 'set', 'timestamp'].map(t => `tag:yaml.org,2002:${t}`));
function customTags(tags) {
    const kept = tags.filter(t => typeof t === 'string' || !UNSUPPORTED.has(t.tag));
    for (const tag of Object.keys(SHORT_FORMS)) {
        // Identity resolvers: the node keeps its tag and position; the walk below builds the long form.
        kept.push({ tag, resolve: (value) => value });
        kept.push({ tag, collection: 'seq', resolve: (value) => value });
        kept.push({ tag, collection: 'map', resolve: (value) => value });
    }
    return kept;
}
/**
 * Reads a CloudFormation template (JSON or YAML) into a tree with 1-based lines. Short-form tags become
 * their long form at the tag's position. Syntax errors come back as problems with their line.
 * `detail` limits which resources are read with positions (the rest keep only `Type`), except the logical ids in
 * `keep`: a JSON template gives it its parsed resources; a YAML template is read twice by the fast reader, first
 * for the small view relevance needs (relevance.ts), then whole for the resources `detail` names.
 */
function parseTemplateText(text, detail, keep) {
    // A byte order mark is not part of the document (and JSON.parse refuses it).
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    const first = /\S/.exec(text);
    if (!first)
        return { problems: [{ message: 'the template is empty', line: 1 }] };
    if (first[0] === '{')
        return parseJsonTemplate(text, detail);
    return parseYamlTemplate(text, { stubResources: !!detail, keep, deferProperties: true }, detail);
}
function parseYamlTemplate(text, options = {}, detail) {
    // Characters YAML forbids are refused before either reader sees the text.
    const unprintable = (0,src_workspace/* notPrintable */.z1)(text);
    if (unprintable)
        return { problems: [{ message: `YAML syntax error: ${unprintable.message}`, line: unprintable.line }] };
    // The subset CloudFormation templates are written in is read directly (a few times JSON.parse); anything
    // else (duplicate keys included) goes through the library below, which gives the same tree, in templates up to
    // INPUT_LIMITS.yamlLibrary: the library holds about 45 times the text. With
    // `stubResources`, resources of other than IAM and KMS types keep only their `Type`, as in a JSON template
    // read with a detail filter.
    let declined;
    const why = (d) => {
        declined = d;
    };
    // Anchors and aliases are read by the fast reader, within the same budget as below; an entry it does not take
    // (a resource, a parameter) is read by the library alone, the rest of the text by the fast reader.
    options = {
        ...options,
        aliases: ALIAS_BUDGET,
        fallback: { maxBytes: constants/* INPUT_LIMITS */.Ef.yamlLibrary, read: parseYamlEntry },
        // The passes below share where the text's lines are.
        lines: {}
    };
    if (options.stubResources && detail) {
        // Two passes keep what is held small: the view relevance is decided on, then the relevant resources whole.
        const view = (0,yaml_fast/* parseYamlFast */.TB)(text, customTags, SHORT_FORMS, { ...options, relevanceProperties: RELEVANCE_PROPERTIES }, why);
        const resources = view && (0,policy_node/* getProp */.GT)(view, 'Resources')?.value;
        if (resources) {
            const only = detail(relevanceView(resources));
            const fast = (0,yaml_fast/* parseYamlFast */.TB)(text, customTags, SHORT_FORMS, { ...options, only }, why);
            if (fast)
                return { node: fast, problems: [] };
        }
    }
    const fast = (0,yaml_fast/* parseYamlFast */.TB)(text, customTags, SHORT_FORMS, options, why);
    if (fast)
        return { node: fast, problems: [] };
    // An alias error in a text read whole: the library path's problem, in its words.
    const read = declined;
    if (read?.message)
        return { problems: [{ message: read.message, line: read.line }] };
    const bytes = Buffer.byteLength(text);
    if (declined && bytes > constants/* INPUT_LIMITS */.Ef.yamlLibrary)
        return { problems: [tooLargeForLibrary(declined, bytes)] };
    return parseYamlLibrary(text);
}
/**
 * A large template the fast reader declined: its error, or what it does not read, at the line it stopped at. The
 * library is not run on it (see INPUT_LIMITS.yamlLibrary).
 */
function tooLargeForLibrary(declined, bytes) {
    if (declined.error)
        return { message: `YAML syntax error: ${declined.reason}`, line: declined.line };
    const kib = (n) => `${Math.ceil(n / 1024)} KiB`;
    return {
        message: `the template uses ${declined.reason} here, which the gate reads only in YAML templates up to ${kib(constants/* INPUT_LIMITS */.Ef.yamlLibrary)} (this one has ${kib(bytes)}; the YAML library that reads it holds about 45 times the text): write this part in plain YAML, or the template in JSON`,
        line: declined.line
    };
}
/**
 * One entry of a mapping (`key: value` and the lines of its value), `delta` lines into a template, read by the
 * library: a problem unless the text is exactly one entry of a plain mapping (a tagged node or a list would read
 * as something else than it is in the template).
 */
function parseYamlEntry(text, delta) {
    return parseYamlLibrary(text, delta, true);
}
/**
 * The `yaml` library path: any YAML, with its errors; alias expansion bounded. `delta`: lines before the text (a
 * part of a larger one), added to every line (collection keys, written out with their lines, too).
 */
function parseYamlLibrary(text, delta = 0, entry = false) {
    const deep = (0,yaml_fast/* libraryDepth */.jH)(text);
    if (deep !== undefined)
        return {
            problems: [{ message: `YAML syntax error: nested deeper than ${yaml_fast/* LIBRARY_MAX_DEPTH */.vg} levels`, line: deep + delta }]
        };
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, {
        version: '1.1',
        lineCounter: lines,
        merge: false,
        customTags,
        prettyErrors: false,
        // The parser's own check compares each key with every earlier one: quadratic in a template's thousands of
        // resources (60,000 took 77 s). The converter finds duplicates with a set instead.
        uniqueKeys: false
    });
    const lineOf = (offset) => Math.max(1, lines.linePos(offset).line) + delta;
    if (doc.errors.length) {
        return {
            problems: doc.errors.map(e => ({
                message: `YAML syntax error: ${e.message.split('\n')[0]}`,
                line: lineOf(e.pos[0])
            }))
        };
    }
    if (!doc.contents)
        return { problems: [{ message: 'the template is empty', line: 1 }] };
    if (entry && !((0,dist/* isMap */.jh)(doc.contents) && !doc.contents.tag && !doc.contents.anchor && doc.contents.items.length === 1))
        return { problems: [{ message: 'not one entry of a mapping', line: 1 + delta }] };
    try {
        return { node: new Converter(doc, lineOf).convert(doc.contents), problems: [] };
    }
    catch (error) {
        if (error instanceof AliasLimit)
            return { problems: [{ message: error.message, line: error.line }] };
        throw error;
    }
}
class AliasLimit extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
class Converter {
    doc;
    lineOf;
    aliases = 0;
    expanded = 0;
    sizes = new Map();
    active = new Set();
    constructor(doc, lineOf) {
        this.doc = doc;
        this.lineOf = lineOf;
    }
    convert(node) {
        const [start, end] = node.range ?? [0, 0];
        const startLine = this.lineOf(start);
        const endLine = Math.max(startLine, this.lineOf(Math.max(start, end - 1)));
        if ((0,dist/* isAlias */.Vj)(node))
            return this.alias(node, startLine);
        let out;
        if ((0,dist/* isMap */.jh)(node)) {
            const props = [];
            const seen = new Set();
            for (const pair of node.items) {
                const key = pair.key;
                const keyNode = key ? ((0,dist/* isAlias */.Vj)(key) ? this.alias(key, startLine) : this.convert(key)) : undefined;
                const keyLine = keyNode?.startLine ?? startLine;
                const name = keyText(keyNode);
                if (seen.has(name))
                    throw new AliasLimit(`YAML syntax error: the key ${JSON.stringify(name)} appears twice in the same mapping`, keyLine);
                seen.add(name);
                const value = pair.value
                    ? this.convert(pair.value)
                    : { type: 'null', startLine: keyLine, endLine: keyLine };
                props.push({ key: keyText(keyNode), keyLine, value });
            }
            out = {
                type: 'object',
                props,
                startLine,
                endLine: node.flow
                    ? endLine
                    : lastLine(props.map(p => p.value), startLine)
            };
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            const items = node.items.map(i => this.convert(i));
            out = { type: 'array', items, startLine, endLine: node.flow ? endLine : lastLine(items, startLine) };
        }
        else if ((0,dist/* isScalar */.jn)(node)) {
            // The library's YAML 1.1 exponent form takes `E3014` (no digit before the `e`) for a float and gives NaN;
            // YAML 1.1 (and the fast reader) read a scalar without a mantissa digit as a string.
            const noNumber = typeof node.value === 'number' &&
                Number.isNaN(node.value) &&
                typeof node.source === 'string' &&
                !/^\.(?:nan|NaN|NAN)$/.test(node.source);
            out = scalar(noNumber ? node.source : node.value, startLine, endLine);
        }
        else {
            out = { type: 'null', startLine, endLine };
        }
        const long = node.tag ? SHORT_FORMS[node.tag] : undefined;
        return long ? (0,yaml_fast/* longForm */.JW)(long, out, startLine) : out;
    }
    alias(node, line) {
        if (!(0,dist/* isAlias */.Vj)(node))
            return this.convert(node);
        if (++this.aliases > MAX_ALIASES)
            throw new AliasLimit(`more than ${MAX_ALIASES} YAML alias expansions: refused (alias expansion attack?)`, line);
        const target = node.resolve(this.doc);
        if (!target)
            throw new AliasLimit(`unknown YAML alias *${node.source}`, line);
        if (this.active.has(target))
            throw new AliasLimit(`YAML alias *${node.source} refers to itself`, line);
        this.expanded += this.size(target);
        if (this.expanded > MAX_EXPANDED_NODES) {
            throw new AliasLimit(`YAML aliases expand to more than ${MAX_EXPANDED_NODES} nodes: refused (alias expansion attack?)`, line);
        }
        this.active.add(target);
        try {
            // The content keeps the lines where it is written (the anchor).
            return this.convert(target);
        }
        finally {
            this.active.delete(target);
        }
    }
    /** Nodes a subtree expands to, aliases included (memoized, so measuring a bomb stays cheap). */
    size(node) {
        const known = this.sizes.get(node);
        if (known !== undefined)
            return known;
        this.sizes.set(node, 1); // cycle guard
        let n = 1;
        if ((0,dist/* isAlias */.Vj)(node)) {
            const target = node.resolve(this.doc);
            n = target ? this.size(target) : 1;
        }
        else if ((0,dist/* isMap */.jh)(node)) {
            for (const pair of node.items) {
                if (pair.key)
                    n += this.size(pair.key);
                if (pair.value)
                    n += this.size(pair.value);
            }
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            for (const item of node.items)
                n += this.size(item);
        }
        n = Math.min(n, Number.MAX_SAFE_INTEGER);
        this.sizes.set(node, n);
        return n;
    }
}
/**
 * A block collection ends where its last entry ends. The library's range also takes in comment lines after it
 * that are indented deeper than the line after them, and sometimes the empty lines after those: a comment is not
 * part of a node, and the fast reader's lines must not depend on comments.
 */
function lastLine(entries, startLine) {
    return entries.length ? Math.max(startLine, entries[entries.length - 1].endLine) : startLine;
}
function keyText(node) {
    if (!node)
        return '';
    switch (node.type) {
        case 'string':
        case 'number':
        case 'boolean':
            return String(node.value);
        case 'null':
            return '';
        default:
            return JSON.stringify(node);
    }
}
function scalar(value, startLine, endLine) {
    switch (typeof value) {
        case 'string':
            return { type: 'string', value, startLine, endLine };
        case 'number':
            return { type: 'number', value, startLine, endLine };
        case 'bigint':
            return { type: 'number', value: Number(value), startLine, endLine };
        case 'boolean':
            return { type: 'boolean', value, startLine, endLine };
        default:
            return value === null || value === undefined
                ? { type: 'null', startLine, endLine }
                : { type: 'string', value: String(value), startLine, endLine };
    }
}

;// CONCATENATED MODULE: ./src/sources/cloudformation/template.ts











const KEY_TYPES = new Set(['AWS::KMS::Key', 'AWS::KMS::ReplicaKey']);
const PRINCIPAL_TYPES = new Set(['AWS::IAM::Role', 'AWS::IAM::User']);
/** Reads the KMS keys, aliases and IAM documents a CloudFormation template (or CDK output) proposes. */
function readCloudFormation(input) {
    const result = (0,iac/* emptyResult */.$)();
    // The template's tree is read and left in a function of its own: what follows holds only the resources it
    // read, so a large template's tree is not held while its documents are made.
    const read = readResources(input, result);
    if (!read)
        return result;
    const { resources, resolver, ctx } = read;
    // Every KMS resource is relevant: keys and aliases are read from the relevant ones only (a generated
    // template holds thousands of other resources, and each pass over them costs).
    const detailed = resources.filter(r => r.relevant);
    const byId = new Map(detailed.map(r => [r.id, r]));
    const aliasFor = readAliases(detailed, byId, input, result, resolver);
    for (const r of detailed.filter(r => KEY_TYPES.has(r.type))) {
        const key = readKey(r, input, aliasFor.get(r.id), ctx, result, resolver);
        const names = result.mapped.aliases.filter(a => a.targetLogicalId === r.id && a.name).map(a => a.name);
        if (names.length)
            key.aliases = names;
        result.change.keys.push(key);
    }
    readIamResources({
        resources,
        byId,
        input,
        ctx,
        resolver,
        result,
        document: (node, origin) => documentOf(node, origin, input.simulator !== false)
    });
    return result;
}
/**
 * The template's resources as read from its tree (see collect), with the resolver over them; the problems that
 * stop or qualify the reading go to `result`. Undefined when there is no template to read.
 */
function readResources(input, result) {
    const { file } = input;
    const seen = {};
    const parsed = parseTemplateText(input.text, all => (seen.relevant = relevantIds(all, input.principals)), 
    // Mapped resources are read whole whatever their type (a YAML template stubs the others).
    [...Object.keys(input.principals), ...Object.keys(input.keys)]);
    for (const p of parsed.problems)
        result.problems.push({ message: p.message, line: p.line, rule: 'invalid-policy', file });
    const root = parsed.node;
    if (!root)
        return undefined;
    const resourcesNode = (0,policy_node/* getProp */.GT)(root, 'Resources')?.value;
    if (root.type !== 'object' || resourcesNode?.type !== 'object') {
        result.problems.push({
            message: 'not a CloudFormation template: no Resources section',
            line: root.startLine,
            rule: 'invalid-policy',
            file
        });
        return undefined;
    }
    unreadParts(root, resourcesNode, input, result);
    const ctx = deriveContext(input);
    // YAML is read whole: relevance is decided on a view of the tree with just what it reads.
    const relevant = seen.relevant ?? relevantIds(relevanceView(resourcesNode), input.principals);
    const arns = Object.assign(Object.create(null), input.principals, keysThroughAliases(resourcesNode.props, input.keys), input.keys);
    const resolver = new Resolver({
        ...ctx,
        stackName: input.stack,
        parameters: (0,policy_node/* getProp */.GT)(root, 'Parameters')?.value,
        mappings: (0,policy_node/* getProp */.GT)(root, 'Mappings')?.value,
        conditions: (0,policy_node/* getProp */.GT)(root, 'Conditions')?.value,
        resources: resourcesNode,
        // Indexed by logical ids from the template: no prototype, so `constructor` is just an id.
        arns,
        referable: relevant
    });
    const absent = [];
    const resources = collect(resourcesNode.props, resolver, relevant, absent);
    const removed = input.base === undefined ? [] : removedSinceBase(input, resourcesNode, ctx, arns, result, resolver);
    // A deleted file has none of the resources the config maps, and a resource the change removes is not in the
    // template any more: they are deleted, not mistyped.
    if (!input.deletedFile)
        checkMappings(input, resources, result, new Set(removed.map(r => r.absent.id)));
    const known = removed.length ? [...resourcesNode.props, ...removed.map(r => r.prop)] : resourcesNode.props;
    notDeployed([...absent, ...removed.map(r => r.absent)], arns, input, ctx, result, known);
    // From here on the resolver reads the resources as collected, not their nodes (see Resolver.collected).
    resolver.collected(resources);
    return { resources, resolver, ctx };
}
/**
 * What the template holds that the gate does not read, each an `unread-resource` warning: a `Transform`
 * (SAM, macros) generates resources — roles and their policies among them — only at deployment; groups
 * and group policies (see UNREAD_TYPES).
 */
function unreadParts(root, resources, input, result) {
    const file = input.file;
    const transform = (0,policy_node/* getProp */.GT)(root, 'Transform');
    if (transform) {
        const names = transform.value.type === 'array' ? transform.value.items : [transform.value];
        const shown = names.map(n => (n.type === 'string' ? n.value : toJsonText(n))).join(', ');
        result.problems.push({
            message: `the template uses Transform ${shown}: the resources it generates at deployment (roles and policies of AWS::Serverless resources, macro output) are not read; deploy-time IAM changes there are not checked (run the gate on the processed template, e.g. \`aws cloudformation get-template --template-stage Processed\`)`,
            // A JSON template's sections are read without positions: the key is found in the text.
            line: transform.keyLine || lineOfText(input.text, /"Transform"\s*:/),
            rule: 'unread-resource',
            file
        });
    }
    if (resources.type !== 'object')
        return;
    for (const p of resources.props) {
        const type = (0,policy_node/* getProp */.GT)(p.value, 'Type')?.value;
        if (type?.type !== 'string')
            continue;
        const props = (0,policy_node/* getProp */.GT)(p.value, 'Properties')?.value;
        const groups = props && (0,policy_node/* getProp */.GT)(props, 'Groups')?.value;
        // A `Groups` list, or an intrinsic that may give one (`!Ref GroupsParameter`).
        const toGroups = !!groups && groups.type !== 'null' && !(groups.type === 'array' && groups.items.length === 0);
        const unread = UNREAD_TYPES.has(type.value)
            ? type.value
            : toGroups && type.value.startsWith('AWS::IAM::')
                ? `${type.value} attached to groups`
                : undefined;
        if (!unread)
            continue;
        result.problems.push({
            message: `${p.key} (${unread}) changes what IAM users may do through groups, which the gate does not read`,
            line: p.keyLine,
            rule: 'unread-resource',
            file,
            users: true
        });
    }
}
function lineOfText(text, pattern) {
    const m = pattern.exec(text);
    if (!m)
        return 1;
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < m.index; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
function toJsonText(node) {
    return JSON.stringify((0,policy_node/* toJson */.aB)(node));
}
function deriveContext(input) {
    const ctx = { ...input.context };
    // The key's ARN first: the stack lives in the key's account and region.
    for (const ref of [...Object.values(input.keys), ...Object.values(input.principals)]) {
        const arn = (0,src_arn/* parseArn */.Lw)(ref);
        if (!arn)
            continue;
        ctx.partition ??= arn.partition;
        if (arn.account)
            ctx.account ??= arn.account;
        if (arn.service === 'kms' && arn.region)
            ctx.region ??= arn.region;
    }
    return ctx;
}
/** Config keys given for an alias's logical id also name the key the alias targets. */
function keysThroughAliases(resources, keys) {
    const out = Object.create(null);
    for (const [logicalId, ref] of Object.entries(keys)) {
        const r = resources.find(p => p.key === logicalId);
        const type = r && (0,policy_node/* getProp */.GT)(r.value, 'Type')?.value;
        if (!r || type?.type !== 'string' || type.value !== 'AWS::KMS::Alias')
            continue;
        const target = (0,policy_node/* getProp */.GT)((0,policy_node/* getProp */.GT)(r.value, 'Properties')?.value ?? r.value, 'TargetKeyId')?.value;
        const id = target && referencedId(target);
        if (id && !(id in out))
            out[id] = ref;
    }
    return out;
}
/** The empty properties of resources read without positions (line 0): one shared, never modified node. */
const NO_PROPERTIES = Object.freeze({
    type: 'object',
    props: Object.freeze([]),
    startLine: 0,
    endLine: 0
});
/**
 * Resources the template declares under a `Condition` that is false at the parameters' defaults are not deployed:
 * CloudFormation deletes them if the stack has them. A key the config maps to a live key is then deleted, a
 * role or user with a name (or mapped) is removed, an inline policy (`AWS::IAM::Policy`, `RolePolicy`,
 * `UserPolicy`) is deleted from the roles and users it names, and a managed policy with a name is deleted
 * (detached from everyone), as a Terraform plan that destroys them is read.
 */
function notDeployed(absent, arns, input, ctx, result, resources) {
    for (const a of absent) {
        const where = { file: input.file, line: a.line };
        if (INLINE_POLICY_TYPES.has(a.type)) {
            deletedInlinePolicy(a, arns, input, ctx, result, resources);
            continue;
        }
        if (a.type === 'AWS::IAM::ManagedPolicy') {
            deletedManagedPolicy(a, input, ctx, result);
            continue;
        }
        if (KEY_TYPES.has(a.type) && Object.hasOwn(arns, a.id)) {
            result.change.keys.push({ key: arns[a.id], name: a.id, deleted: true, source: 'cloudformation', ...where });
            continue;
        }
        if (KEY_TYPES.has(a.type)) {
            // Named by an alias the template also leaves out: the key is the live key of that alias, if there is one
            // (iac-load maps it, as for a key the template creates); otherwise the entry is dropped there.
            const alias = absent.find(x => {
                const target = x.type === 'AWS::KMS::Alias' && x.props && (0,policy_node/* getProp */.GT)(x.props, 'TargetKeyId')?.value;
                return !!target && referencedId(target) === a.id;
            });
            const name = alias?.props && (0,policy_node/* getProp */.GT)(alias.props, 'AliasName')?.value;
            if (name?.type === 'string') {
                result.change.keys.push({ name: a.id, created: true, deleted: true, source: 'cloudformation', ...where });
                result.mapped.aliases.push({ logicalId: alias.id, name: name.value, targetLogicalId: a.id, ...where });
            }
            continue;
        }
        const kind = a.type === 'AWS::IAM::Role' ? 'role' : a.type === 'AWS::IAM::User' ? 'user' : undefined;
        if (!kind)
            continue;
        const arn = principalOfProps(kind, a.id, a.props, arns, ctx, result);
        if (arn)
            result.removedPrincipals.push({ arn, replaced: false, ...where });
    }
}
const INLINE_POLICY_TYPES = new Set(['AWS::IAM::Policy', 'AWS::IAM::RolePolicy', 'AWS::IAM::UserPolicy']);
/**
 * An inline policy the template does not deploy is deleted from each role and user it names (if they have it:
 * deleting one they do not have changes nothing). A name or principal known only at deployment is an
 * `unread-resource`: the deletion cannot be placed.
 */
function deletedInlinePolicy(a, arns, input, ctx, result, resources) {
    const unread = (why) => unplacedDeletion(a, input, result, why);
    const name = a.props && (0,policy_node/* getProp */.GT)(a.props, 'PolicyName')?.value;
    if (name?.type !== 'string')
        return unread('its PolicyName is known only at deployment');
    // A role or user known only at deployment: every principal of that kind with a policy of this name may lose it
    // (worlds/build.ts) — the checks that depend on one are undecided where it matters, not everywhere.
    const uncertain = (kind, why) => {
        unplacedDeletion(a, input, result, why, false);
        (result.change.uncertainDeletions ??= []).push({
            policyName: name.value,
            kind,
            ...(ctx.account ? { account: ctx.account } : {}),
            by: `${a.id} in ${input.file}`,
            at: { file: input.file, line: a.line }
        });
    };
    const targets = [];
    if (a.type === 'AWS::IAM::RolePolicy' || a.type === 'AWS::IAM::UserPolicy') {
        const kind = a.type === 'AWS::IAM::RolePolicy' ? 'role' : 'user';
        const node = a.props && (0,policy_node/* getProp */.GT)(a.props, kind === 'role' ? 'RoleName' : 'UserName')?.value;
        if (node)
            targets.push([kind, node]);
    }
    else {
        for (const [prop, kind] of [
            ['Roles', 'role'],
            ['Users', 'user']
        ]) {
            const list = a.props && (0,policy_node/* getProp */.GT)(a.props, prop)?.value;
            if (!list)
                continue;
            if (list.type !== 'array') {
                uncertain(kind, `its ${prop} list is known only at deployment`);
                continue;
            }
            for (const item of list.items)
                targets.push([kind, item]);
        }
    }
    for (const [kind, node] of targets) {
        const arn = principalOf(kind, node, arns, ctx, result, resources);
        if (!arn)
            uncertain(kind, `the ${kind} it applies to is known only at deployment`);
        else
            result.change.principals.push({ arn, policies: [{ name: name.value, deleted: true }] });
    }
}
/**
 * A managed policy the template does not deploy is deleted: with a `ManagedPolicyName` its ARN is known and it
 * goes from every principal that has it. Without one (a generated name) it is attached only where the template
 * says (`Roles`, `Users`, `Groups`): if it names any, the deletion cannot be placed (`unread-resource`).
 */
function deletedManagedPolicy(a, input, ctx, result) {
    const name = a.props && (0,policy_node/* getProp */.GT)(a.props, 'ManagedPolicyName')?.value;
    const path = a.props && (0,policy_node/* getProp */.GT)(a.props, 'Path')?.value;
    if (name?.type === 'string' && ctx.account && ctx.partition && (!path || path.type === 'string')) {
        const arn = (0,iac/* iamArn */.ZW)(ctx.partition, ctx.account, 'policy', path?.type === 'string' ? path.value : undefined, name.value);
        result.managedPolicies.push({ managed: arn, deleted: true });
        return;
    }
    const attached = ['Roles', 'Users', 'Groups'].some(prop => {
        const list = a.props && (0,policy_node/* getProp */.GT)(a.props, prop)?.value;
        return !!list && !(list.type === 'array' && list.items.length === 0);
    });
    if (!attached && !name)
        return;
    unplacedDeletion(a, input, result, 'its ARN is known only at deployment');
}
/** A resource CloudFormation deletes whose deletion cannot be placed (`why`): an `unread-resource`. */
function unplacedDeletion(a, input, result, why, blocking = true) {
    result.problems.push({
        message: blocking
            ? `${a.id} (${a.type}) is not deployed (${a.why}), so CloudFormation deletes it from the stack; ${why}, so the deletion is not checked`
            : `${a.id} (${a.type}) is not deployed (${a.why}), so CloudFormation deletes it from the stack; ${why}: every one that has a policy of its name may lose it`,
        line: a.line,
        rule: 'unread-resource',
        ...(blocking ? { blocking } : {}),
        file: input.file
    });
}
/** The ARN of a role or user a template names by name or by reference, or undefined when it is not known yet. */
function principalOf(kind, node, arns, ctx, result, resources) {
    if (node.type === 'string')
        return namedPrincipal(kind, node.value, undefined, ctx, result);
    const id = referencedId(node);
    return id === undefined ? undefined : principalById(kind, id, arns, ctx, result, resources);
}
/** The ARN of the role or user of logical id `id`: mapped by the config, else from its name in the template. */
function principalById(kind, id, arns, ctx, result, resources) {
    const props = Object.hasOwn(arns, id)
        ? undefined
        : (0,policy_node/* getProp */.GT)(resources.find(r => r.key === id)?.value ?? NO_PROPERTIES, 'Properties')?.value;
    return principalOfProps(kind, id, props, arns, ctx, result);
}
/** The ARN of the role or user of logical id `id` and properties `props`: mapped by the config, else by name. */
function principalOfProps(kind, id, props, arns, ctx, result) {
    if (Object.hasOwn(arns, id))
        return arns[id];
    const named = props && (0,policy_node/* getProp */.GT)(props, kind === 'role' ? 'RoleName' : 'UserName')?.value;
    const path = props && (0,policy_node/* getProp */.GT)(props, 'Path')?.value;
    if (named?.type !== 'string')
        return undefined;
    return namedPrincipal(kind, named.value, path?.type === 'string' ? path.value : undefined, ctx, result);
}
/** A role or user by name; without its path it is the account's principal of that name (`pathless`). */
function namedPrincipal(kind, name, path, ctx, result) {
    if (!ctx.account || !ctx.partition)
        return undefined;
    const arn = (0,iac/* iamArn */.ZW)(ctx.partition, ctx.account, kind, path, name);
    if (path === undefined)
        (result.change.pathless ??= []).push(arn);
    return arn;
}
/**
 * The resources the base commit's version of the template deploys (its `Condition`, if any, true at its defaults)
 * and the template no longer has, or has with another type: CloudFormation deletes them (User Guide, "Update
 * behaviors of stack resources": a resource removed from the template is deleted). They are placed at the
 * template's `Resources` line. A base version that cannot be read is an `unread-resource`: removals are not seen.
 */
function removedSinceBase(input, resourcesNode, ctx, arns, result, headResolver) {
    const base = input.base;
    const tooLarge = base.length > constants/* INPUT_LIMITS */.Ef.template || (base.length > constants/* INPUT_LIMITS */.Ef.yamlTemplate && /\S/.exec(base)?.[0] !== '{');
    // Only IAM and KMS resources (and the mapped ones) of the base are read whole: what the change removes of any other
    // type deletes nothing a check looks at, and a generated template is mostly other types.
    const parsed = tooLarge
        ? { problems: [{ message: 'too large', line: 1 }] }
        : parseTemplateText(base, iamOrKms, [...Object.keys(input.principals), ...Object.keys(input.keys)]);
    const root = parsed.node;
    const baseResources = root && (0,policy_node/* getProp */.GT)(root, 'Resources')?.value;
    const line = Math.max(1, lineOfText(input.text, /^[ \t]*"?Resources"?[ \t]*:/m));
    if (parsed.problems.length || baseResources?.type !== 'object') {
        result.problems.push({
            message: `${input.file} as ${input.baseSource ?? 'the base commit'} has it is not a template the gate can read: resources the change removes from it are not checked`,
            line,
            rule: 'unread-resource',
            blocking: true,
            file: input.file
        });
        return [];
    }
    const resolver = new Resolver({
        ...ctx,
        stackName: input.stack,
        parameters: (0,policy_node/* getProp */.GT)(root, 'Parameters')?.value,
        mappings: (0,policy_node/* getProp */.GT)(root, 'Mappings')?.value,
        conditions: (0,policy_node/* getProp */.GT)(root, 'Conditions')?.value,
        resources: baseResources,
        arns,
        referable: new Set()
    });
    const headById = new Map(resourcesNode.props.map(h => [h.key, h]));
    let known;
    const out = [];
    for (const p of baseResources.props) {
        const typeNode = (0,policy_node/* getProp */.GT)(p.value, 'Type')?.value;
        if (typeNode?.type !== 'string')
            continue;
        const type = typeNode.value;
        // Not deployed in the base either: nothing to delete.
        const conditionNode = (0,policy_node/* getProp */.GT)(p.value, 'Condition')?.value;
        const condition = conditionNode && resolver.text(conditionNode);
        if (condition !== undefined && resolver.condition(condition) === false)
            continue;
        const baseProps = (0,policy_node/* getProp */.GT)(p.value, 'Properties')?.value;
        const now = headById.get(p.key);
        const nowType = now && (0,policy_node/* getProp */.GT)(now.value, 'Type')?.value;
        if (!now || nowType?.type !== 'string' || nowType.value !== type) {
            out.push({
                absent: { id: p.key, type, line, props: baseProps, why: 'the change removes it from the template' },
                prop: p
            });
            continue;
        }
        // Kept: what its lists no longer name is removed from it.
        const headProps = (0,policy_node/* getProp */.GT)(now.value, 'Properties')?.value;
        if (type === 'AWS::IAM::Policy' || type === 'AWS::IAM::ManagedPolicy') {
            known ??= [...resourcesNode.props, ...baseResources.props];
            targetsRemoved(type, baseProps, headProps, arns, ctx, result, known);
        }
        else if (type === 'AWS::IAM::Role' || type === 'AWS::IAM::User') {
            const removedEntries = entriesRemoved(baseProps, headProps, resolver, headResolver);
            const kind = type === 'AWS::IAM::Role' ? 'role' : 'user';
            const arn = removedEntries.length ? principalById(kind, p.key, arns, ctx, result, resourcesNode.props) : undefined;
            if (arn)
                result.change.principals.push({ arn, policies: removedEntries });
        }
    }
    return out;
}
/** The logical ids of a template's IAM and KMS resources. */
function iamOrKms(resources) {
    const out = new Set();
    for (const id in resources) {
        const type = resources[id]?.Type;
        if (typeof type === 'string' && (type.startsWith('AWS::IAM::') || type.startsWith('AWS::KMS::')))
            out.add(id);
    }
    return out;
}
/**
 * The inline policies (`Policies`, by `PolicyName`) and managed policies (`ManagedPolicyArns`) a role or user
 * the template keeps had in the base commit and no longer has: CloudFormation deletes and detaches them. Entries
 * known only at deployment on either side are not compared.
 */
function entriesRemoved(base, head, baseResolver, headResolver) {
    const names = (props, resolver) => {
        const list = props && (0,policy_node/* getProp */.GT)(props, 'Policies')?.value;
        const resolved = list && resolver.resolve(list);
        if (resolved?.type !== 'array')
            return [];
        return resolved.items.flatMap(item => {
            const name = (0,policy_node/* getProp */.GT)(item, 'PolicyName')?.value;
            return name?.type === 'string' ? [name.value] : [];
        });
    };
    const managed = (props, resolver) => {
        const list = props && (0,policy_node/* getProp */.GT)(props, 'ManagedPolicyArns')?.value;
        const resolved = list && resolver.resolve(list);
        if (resolved?.type !== 'array')
            return [];
        return resolved.items.flatMap(item => (item.type === 'string' ? [item.value] : []));
    };
    // A head entry known only at deployment may be any of the base's: nothing is taken as removed then.
    const unknownIn = (props, key, known) => {
        const list = props && (0,policy_node/* getProp */.GT)(props, key)?.value;
        const resolved = list && headResolver.resolve(list);
        return !!resolved && (resolved.type !== 'array' || resolved.items.some(i => !known(i)));
    };
    const headNames = new Set(names(head, headResolver));
    const headManaged = new Set(managed(head, headResolver));
    const namesUnknown = unknownIn(head, 'Policies', i => (0,policy_node/* getProp */.GT)(i, 'PolicyName')?.value.type === 'string');
    const managedUnknown = unknownIn(head, 'ManagedPolicyArns', i => i.type === 'string');
    return [
        ...(namesUnknown ? [] : names(base, baseResolver))
            .filter(n => !headNames.has(n))
            .map(name => ({ name, deleted: true })),
        ...(managedUnknown ? [] : managed(base, baseResolver))
            .filter(a => !headManaged.has(a))
            .map(arn => ({ managed: arn }))
    ];
}
/**
 * The roles and users an `AWS::IAM::Policy` or a named `AWS::IAM::ManagedPolicy` the template keeps listed in the
 * base commit and no longer lists: CloudFormation removes the inline policy from them, or detaches the managed
 * one. Entries are compared as written (a name, or a reference); a head list known only at deployment removes
 * nothing.
 */
function targetsRemoved(type, base, head, arns, ctx, result, resources) {
    const name = base && (0,policy_node/* getProp */.GT)(base, type === 'AWS::IAM::Policy' ? 'PolicyName' : 'ManagedPolicyName')?.value;
    const path = base && (0,policy_node/* getProp */.GT)(base, 'Path')?.value;
    if (name?.type !== 'string' || !ctx.account || !ctx.partition)
        return;
    const policy = type === 'AWS::IAM::Policy'
        ? { name: name.value, deleted: true }
        : {
            managed: (0,iac/* iamArn */.ZW)(ctx.partition, ctx.account, 'policy', path?.type === 'string' ? path.value : undefined, name.value)
        };
    const written = (n) => {
        if (n.type === 'string')
            return `name:${n.value}`;
        const ref = referencedId(n);
        return ref === undefined ? undefined : `ref:${ref}`;
    };
    for (const [prop, kind] of [
        ['Roles', 'role'],
        ['Users', 'user']
    ]) {
        const before = base && (0,policy_node/* getProp */.GT)(base, prop)?.value;
        const after = head && (0,policy_node/* getProp */.GT)(head, prop)?.value;
        if (before?.type !== 'array')
            continue;
        if (after && (after.type !== 'array' || after.items.some(i => written(i) === undefined)))
            continue;
        const kept = new Set(after?.type === 'array' ? after.items.map(written) : []);
        for (const item of before.items) {
            const key = written(item);
            if (key === undefined || kept.has(key))
                continue;
            const arn = principalOf(kind, item, arns, ctx, result, resources);
            if (arn)
                result.change.principals.push({ arn, policies: [policy] });
        }
    }
}
function collect(props, resolver, relevant, absent = []) {
    const out = [];
    for (const p of props) {
        const res = p.value;
        if (res.type !== 'object')
            continue;
        const typeNode = (0,policy_node/* getProp */.GT)(res, 'Type')?.value;
        // The common case, a literal type, needs no resolving (this loop runs once per resource of the template).
        const type = typeNode?.type === 'string' ? typeNode.value : resolver.text(typeNode);
        if (!type)
            continue;
        const empty = p.keyLine === 0 ? NO_PROPERTIES : { type: 'object', props: [], startLine: p.keyLine, endLine: p.keyLine };
        // Nothing but a type (a resource read without positions): no condition, properties or metadata to look at.
        const typeOnly = res.props.length === 1;
        // A resource whose condition is false is not deployed.
        const conditionNode = typeOnly ? undefined : (0,policy_node/* getProp */.GT)(res, 'Condition')?.value;
        const condition = conditionNode && resolver.text(conditionNode);
        if (condition !== undefined && resolver.condition(condition) === false) {
            absent.push({
                id: p.key,
                type,
                line: p.keyLine,
                props: (0,policy_node/* getProp */.GT)(res, 'Properties')?.value,
                why: 'its Condition is false'
            });
            continue;
        }
        const raw = (!typeOnly && (0,policy_node/* getProp */.GT)(res, 'Properties')?.value) || empty;
        const isRelevant = relevant.has(p.key);
        // Only relevant resources are read further: the others need no resolving.
        // Lazy properties stay the lazy node: they are resolved when the resource is opened (open in iam.ts), not
        // wrapped in a resolving one per resource.
        const resolved = (isRelevant && ((0,policy_node/* isLazy */.JN)(raw) ? raw : resolver.resolve(raw))) || empty;
        const metadata = typeOnly ? undefined : (0,policy_node/* getProp */.GT)(res, 'Metadata')?.value;
        const cdkPath = metadata && (0,policy_node/* getProp */.GT)(metadata, 'aws:cdk:path')?.value;
        const r = {
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
        };
        out.push(r);
    }
    return out;
}
function checkMappings(input, resources, result, removed) {
    if (!Object.keys(input.keys).length && !Object.keys(input.principals).length)
        return;
    const check = (section, allowed, what) => {
        for (const id of Object.keys(input[section])) {
            // A few mapped ids: a search each costs less than indexing every resource of a large template.
            const type = resources.find(r => r.id === id)?.type;
            if (!type && removed.has(id))
                continue;
            if (!type)
                result.problems.push({
                    message: `${section}: ${id} is not a resource of ${input.file}`,
                    line: 0,
                    rule: 'config-error',
                    missingId: `${section}\u0000${id}`
                });
            else if (!allowed.has(type))
                result.problems.push({
                    message: `${section}: ${id} in ${input.file} is a ${type}, not ${what}`,
                    line: 0,
                    rule: 'config-error'
                });
        }
    };
    check('keys', new Set([...KEY_TYPES, 'AWS::KMS::Alias']), 'a KMS key or alias');
    check('principals', PRINCIPAL_TYPES, 'an IAM role or user');
}
/** Records the aliases and returns, per key logical id, the config key reference reached through an alias. */
function readAliases(resources, byId, input, result, resolver) {
    const viaAlias = new Map();
    for (const r of resources.filter(r => r.type === 'AWS::KMS::Alias')) {
        // Opened once: lazy properties are read again at each opening.
        const { props, raw } = iam_open(r, resolver);
        const nameNode = (0,policy_node/* getProp */.GT)(props, 'AliasName')?.value;
        const rawTarget = (0,policy_node/* getProp */.GT)(raw, 'TargetKeyId')?.value;
        const targetId = rawTarget && referencedId(rawTarget);
        const targetLogicalId = targetId && KEY_TYPES.has(byId.get(targetId)?.type ?? '') ? targetId : undefined;
        const target = (0,policy_node/* getProp */.GT)(props, 'TargetKeyId')?.value;
        result.mapped.aliases.push({
            logicalId: r.id,
            name: nameNode?.type === 'string' ? nameNode.value : undefined,
            targetLogicalId,
            target: !targetLogicalId && target?.type === 'string' ? target.value : undefined,
            file: input.file,
            line: r.line
        });
        const ref = input.keys[r.id];
        if (targetLogicalId && ref && !viaAlias.has(targetLogicalId))
            viaAlias.set(targetLogicalId, ref);
        // An alias named after the stack (`!Sub alias/${AWS::StackName}-key`) names a live key only once the stack
        // name is known: without it the key would pass as a new one and the live key it stands for go unchecked.
        if (nameNode?.type === 'unknown' &&
            nameNode.description.includes('AWS::StackName') &&
            !input.stack &&
            !ref &&
            targetLogicalId &&
            !(targetLogicalId && input.keys[targetLogicalId]))
            result.problems.push({
                message: `${input.file}:${r.line}: the name of alias ${r.id} (${nameNode.description}) depends on AWS::StackName: set \`stack:\` to the stack's name for this template, or map ${targetLogicalId} under \`keys:\``,
                line: 0,
                rule: 'config-error'
            });
    }
    return viaAlias;
}
function readKey(r, input, aliasRef, ctx, result, resolver) {
    const direct = input.keys[r.id];
    const ref = direct ?? aliasRef;
    const origin = { kind: 'key', name: resourceLabel(r, input.file), file: input.file };
    const { props } = iam_open(r, resolver);
    const policyNode = (0,policy_node/* getProp */.GT)(props, 'KeyPolicy')?.value;
    const key = { name: r.id, file: input.file, line: r.line, source: 'cloudformation' };
    if (ref)
        key.key = ref;
    else
        key.created = true;
    if (policyNode)
        key.policy = documentOf(policyNode, origin);
    // Without KeyPolicy, KMS attaches its default policy to a new key.
    else if (key.created)
        key.policy = (0,iac/* documentFrom */.E5)((0,iac/* defaultKeyPolicy */.H6)(ctx.account, ctx.partition, r.line), origin);
    if (r.type === 'AWS::KMS::Key') {
        const rotation = (0,policy_node/* getProp */.GT)(props, 'EnableKeyRotation');
        // CloudFormation's default for EnableKeyRotation is false: a key created without it has no automatic
        // rotation. For a live key a template that does not set it says nothing: the template's earlier version
        // is not known, and CloudFormation leaves a property it never managed as it is.
        const enabled = rotation ? booleanOf(rotation.value) : key.created ? false : undefined;
        if (enabled !== undefined)
            key.rotationEnabled = enabled;
        const keyOrigin = (0,policy_node/* getProp */.GT)(props, 'Origin')?.value;
        if (keyOrigin?.type === 'string')
            key.keyOrigin = keyOrigin.value;
        const period = numberOf((0,policy_node/* getProp */.GT)(props, 'RotationPeriodInDays')?.value);
        if (period !== undefined)
            key.rotationPeriodDays = period;
        const spec = (0,policy_node/* getProp */.GT)(props, 'KeySpec')?.value;
        if (!spec)
            key.keySpec = 'SYMMETRIC_DEFAULT';
        else if (spec.type === 'string')
            key.keySpec = spec.value;
    }
    else
        key.replica = true;
    result.mapped.keys.push({
        logicalId: r.id,
        key: ref,
        via: direct ? 'config' : ref ? 'alias' : undefined,
        created: key.created,
        file: input.file,
        line: r.line
    });
    return key;
}
/**
 * A policy document property: an object, or JSON text in a string (then lines inside a multi-line block
 * scalar follow the text; a one-line string puts everything on its line). Unknown values stay unknown.
 */
function documentOf(node, origin, keepJson = true) {
    if (node.type === 'unknown')
        return (0,iac/* unknownPolicy */.R1)(node.description, origin, node.startLine, node.endLine);
    if (node.type !== 'string')
        return (0,iac/* documentFrom */.E5)(node, origin, keepJson);
    const parsed = (0,json_source/* parseJsonWithLines */.$f)(node.value);
    const multiLine = node.endLine > node.startLine;
    const tree = parsed.node
        ? multiLine
            ? clampLines((0,policy_node/* shiftLines */.Gz)(parsed.node, node.startLine), node.startLine, node.endLine)
            : (0,iac/* relocate */.sU)(parsed.node, node.startLine)
        : { type: 'null', startLine: node.startLine, endLine: node.endLine };
    const doc = (0,iac/* documentFrom */.E5)(tree, origin, keepJson);
    // Each problem before the document's own issues, the last one first (as they were added one by one at the front).
    const problems = parsed.problems.map(p => ({
        message: p.message,
        line: multiLine ? Math.min(node.endLine, node.startLine + p.line) : node.startLine
    }));
    if (problems.length)
        doc.issues = [...problems.reverse(), ...doc.issues];
    return doc;
}
function clampLines(node, min, max) {
    const clamp = (n) => Math.min(max, Math.max(min, n));
    node.startLine = clamp(node.startLine);
    node.endLine = clamp(node.endLine);
    if (node.type === 'object') {
        for (const p of node.props) {
            p.keyLine = clamp(p.keyLine);
            clampLines(p.value, min, max);
        }
    }
    else if (node.type === 'array')
        node.items.forEach(i => clampLines(i, min, max));
    return node;
}
function booleanOf(node) {
    if (node.type === 'boolean')
        return node.value;
    if (node.type === 'string' && /^(true|false)$/i.test(node.value))
        return node.value.toLowerCase() === 'true';
    return undefined;
}
function numberOf(node) {
    if (node?.type === 'number')
        return node.value;
    if (node?.type === 'string' && /^\d+$/.test(node.value))
        return Number(node.value);
    return undefined;
}

// EXTERNAL MODULE: ./src/sources/discover.ts + 9 modules
var discover = __webpack_require__(1161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/policy/parse.ts
var parse = __webpack_require__(2745);
// EXTERNAL MODULE: ./src/policy/limits.ts
var limits = __webpack_require__(7872);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/codemirror-lang-hcl/dist/index.js + 10 modules
var codemirror_lang_hcl_dist = __webpack_require__(446);
;// CONCATENATED MODULE: ./src/sources/terraform/hcl-scan.ts
const IDENT_START = /[A-Za-z_]/;
const IDENT = /[A-Za-z0-9_-]/;
/**
 * `wanted` says which blocks to return, by type and labels: the others are passed over without keeping anything
 * of them (a large file is mostly blocks nobody asks about).
 */
function scanTopBlocks(text, wanted = () => true) {
    const scanner = new Scanner(text, wanted);
    try {
        return scanner.file();
    }
    catch (error) {
        if (error instanceof GiveUp)
            return undefined;
        throw error;
    }
}
class GiveUp extends Error {
}
/** Template sequences nested in strings nested in template sequences…: deeper than this, the file is parsed whole. */
const MAX_NESTING = 64;
class Scanner {
    text;
    wanted;
    pos = 0;
    depth = 0;
    constructor(text, wanted) {
        this.text = text;
        this.wanted = wanted;
    }
    file() {
        const out = [];
        for (;;) {
            this.skipSpaceAndComments(true);
            if (this.pos >= this.text.length)
                return out;
            const from = this.pos;
            const type = this.identifier();
            const labels = [];
            for (;;) {
                this.skipSpaceAndComments(false);
                const c = this.text[this.pos];
                if (c === '{')
                    break;
                if (c === '"')
                    labels.push(this.label());
                else if (c !== undefined && IDENT_START.test(c))
                    labels.push(this.identifier());
                else
                    throw new GiveUp();
            }
            this.pos++;
            this.code('}');
            if (this.wanted(type, labels))
                out.push({ type, labels, from, to: this.pos });
        }
    }
    identifier() {
        const start = this.pos;
        if (!IDENT_START.test(this.text[this.pos] ?? ''))
            throw new GiveUp();
        while (this.pos < this.text.length && IDENT.test(this.text[this.pos]))
            this.pos++;
        return this.text.slice(start, this.pos);
    }
    /**
     * A quoted label: a literal string, without escapes or template sequences (resource types and names never need
     * them; a label that has them sends the file to the parser).
     */
    label() {
        const start = this.pos + 1;
        const end = this.text.indexOf('"', start);
        if (end < 0 || end - start > 1024)
            throw new GiveUp();
        const value = this.text.slice(start, end);
        if (/[\\\n]|[$%]\{/.test(value))
            throw new GiveUp();
        this.pos = end + 1;
        return value;
    }
    /** Spaces, newlines (when allowed) and comments. */
    skipSpaceAndComments(newlines) {
        const text = this.text;
        while (this.pos < text.length) {
            const c = text[this.pos];
            if (c === ' ' || c === '\t' || c === '\r' || (newlines && c === '\n'))
                this.pos++;
            else if (c === '#' || (c === '/' && text[this.pos + 1] === '/'))
                this.lineComment();
            else if (c === '/' && text[this.pos + 1] === '*')
                this.blockComment();
            else
                return;
        }
    }
    lineComment() {
        const end = this.text.indexOf('\n', this.pos);
        this.pos = end < 0 ? this.text.length : end;
    }
    blockComment() {
        const end = this.text.indexOf('*/', this.pos + 2);
        if (end < 0)
            throw new GiveUp();
        this.pos = end + 2;
    }
    /**
     * Expressions and bodies up to the `close` character that ends them (`}` of a block, an object or a template
     * sequence), which is consumed.
     */
    code(close) {
        if (++this.depth > MAX_NESTING)
            throw new GiveUp();
        const text = this.text;
        const stack = [close];
        while (this.pos < text.length) {
            const c = text[this.pos];
            if (c === '"')
                this.quoted();
            else if (c === '#' || (c === '/' && text[this.pos + 1] === '/'))
                this.lineComment();
            else if (c === '/' && text[this.pos + 1] === '*')
                this.blockComment();
            else if (c === '<' && text[this.pos + 1] === '<' && /[-A-Za-z_]/.test(text[this.pos + 2] ?? ''))
                this.heredoc();
            else if (c === '{') {
                stack.push('}');
                this.pos++;
            }
            else if (c === '[') {
                stack.push(']');
                this.pos++;
            }
            else if (c === '(') {
                stack.push(')');
                this.pos++;
            }
            else if (c === '}' || c === ']' || c === ')') {
                if (stack.pop() !== c)
                    throw new GiveUp();
                this.pos++;
                if (stack.length === 0) {
                    this.depth--;
                    return;
                }
            }
            else
                this.pos++;
        }
        throw new GiveUp();
    }
    /** A quoted template, its `${ … }` and `%{ … }` sequences included. */
    quoted() {
        const text = this.text;
        this.pos++;
        while (this.pos < text.length) {
            const c = text[this.pos];
            if (c === '"') {
                this.pos++;
                return;
            }
            if (c === '\n')
                throw new GiveUp();
            if (c === '\\')
                this.pos += 2;
            else if ((c === '$' || c === '%') && text[this.pos + 1] === c && text[this.pos + 2] === '{')
                this.pos += 3;
            else if ((c === '$' || c === '%') && text[this.pos + 1] === '{') {
                this.pos += 2;
                this.code('}');
            }
            else
                this.pos++;
        }
        throw new GiveUp();
    }
    /** `<<ID` or `<<-ID`, up to the line that holds only ID (after spaces). */
    heredoc() {
        const text = this.text;
        const m = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(text.slice(this.pos, this.pos + 300));
        if (!m)
            throw new GiveUp();
        const id = m[1];
        let lineStart = this.pos + m[0].length;
        while (lineStart <= text.length) {
            const nl = text.indexOf('\n', lineStart);
            const lineEnd = nl < 0 ? text.length : nl;
            if (text.slice(lineStart, lineEnd).trim() === id) {
                this.pos = lineEnd;
                return;
            }
            if (nl < 0)
                break;
            lineStart = nl + 1;
        }
        throw new GiveUp();
    }
}

;// CONCATENATED MODULE: ./src/sources/terraform/hcl.ts










const MAX_MODULE_DEPTH = 20;
/**
 * The `.tf` files of a Terraform root and the local modules it calls, read lazily, to map plan
 * addresses (`module.a.module.b.aws_kms_key.this[0]`) to the block that declares them.
 */
class TerraformSource {
    workspace;
    root;
    located;
    modules = new Map();
    /** Directory → its real path inside the workspace: every address of a module resolves the same directory. */
    realDirs = new Map();
    workspaceReal;
    /**
     * `located`: the resource and data types that may be looked up (their first label); blocks of other types are
     * not indexed, and an address of such a type is not located.
     */
    constructor(workspace, root, located = /(?:)/) {
        this.workspace = workspace;
        this.root = root;
        this.located = located;
        this.workspaceReal = safeRealpath(workspace) ?? external_node_path_default().resolve(workspace);
    }
    /** The block of `address`, else the nearest enclosing `module` call that could be found. */
    locate(address) {
        const addr = parseAddress(address);
        if (!addr || !this.located.test(addr.type))
            return undefined;
        let dir = external_node_path_default().resolve(this.workspace, this.root);
        let call;
        for (const name of addr.modules.slice(0, MAX_MODULE_DEPTH)) {
            const mod = dir ? this.module(dir) : undefined;
            const block = mod?.calls.get(name)?.();
            if (!block || !mod)
                return call;
            call = { file: block.src.file, line: block.line, endLine: block.endLine };
            const source = stringAttribute(block, 'source');
            dir = source && /^\.\.?\//.test(source) ? this.inside(external_node_path_default().resolve(mod.dir, source)) : undefined;
            if (!dir)
                return call;
        }
        const block = dir ? this.module(dir)?.blocks.get(`${addr.mode}.${addr.type}.${addr.name}`)?.() : undefined;
        return block ? { file: block.src.file, line: block.line, endLine: block.endLine, block } : call;
    }
    /** Bytes of `.tf` read so far: all of them together are capped too. */
    bytesRead = 0;
    /**
     * A `.tf` file's text; undefined for what is not a regular file. A file leading out of the workspace or over
     * the size limits stops the run naming it: the lines it would give cannot be trusted or afforded.
     */
    read(full, rel) {
        let realFile;
        try {
            realFile = (0,external_node_fs_.realpathSync)(full);
            if (!(0,external_node_fs_.statSync)(realFile).isFile())
                return undefined;
        }
        catch {
            return undefined;
        }
        const back = external_node_path_default().relative(this.workspaceReal, realFile);
        if (back.startsWith('..') || external_node_path_default().isAbsolute(back))
            throw new errors/* GateError */.ue(`a symbolic link that leads outside the workspace (to ${JSON.stringify(realFile)})`, rel);
        const fail = (message) => new errors/* GateError */.ue(message, rel);
        const buffer = (0,src_workspace/* readBounded */.CB)(realFile, constants/* INPUT_LIMITS */.Ef.terraformFile, fail, 'the Terraform file');
        this.bytesRead += buffer.length;
        if (this.bytesRead > constants/* INPUT_LIMITS */.Ef.terraformTotal)
            throw fail(`the .tf files read for the plan exceed ${constants/* INPUT_LIMITS */.Ef.terraformTotal} bytes together`);
        return (0,src_workspace/* decodeText */.g7)(buffer);
    }
    inside(dir) {
        // Resolved once per directory: a realpath per located resource made a large plan spend most of its time in lstat.
        if (this.realDirs.has(dir))
            return this.realDirs.get(dir);
        const real = safeRealpath(dir);
        const rel = real && external_node_path_default().relative(this.workspaceReal, real);
        const inside = real && rel !== undefined && !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel) ? real : undefined;
        this.realDirs.set(dir, inside);
        return inside;
    }
    module(dir) {
        if (this.modules.has(dir))
            return this.modules.get(dir);
        const real = this.inside(dir);
        const index = real ? { dir: real, blocks: new Map(), calls: new Map() } : undefined;
        this.modules.set(dir, index);
        if (!real || !index)
            return index;
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(real)
                .filter(n => n.endsWith('.tf'))
                .sort();
        }
        catch {
            return index;
        }
        for (const name of names) {
            const full = external_node_path_default().join(real, name);
            const rel = external_node_path_default().relative(this.workspaceReal, full).split((external_node_path_default()).sep).join('/');
            const text = this.read(full, rel);
            if (text === undefined)
                continue;
            const wanted = (type, labels) => type === 'module' || ((type === 'resource' || type === 'data') && this.located.test(labels[0] ?? ''));
            for (const [kind, key, block] of fileBlocks(text, rel, wanted))
                (kind === 'call' ? index.calls : index.blocks).set(key, block);
        }
        return index;
    }
}
/** Where a block goes in a module's index: `managed.TYPE.NAME`, `data.TYPE.NAME`, or a module call by name. */
function indexKey(type, labels) {
    if (type === 'resource' && labels.length >= 2)
        return ['block', `managed.${labels[0]}.${labels[1]}`];
    if (type === 'data' && labels.length >= 2)
        return ['block', `data.${labels[0]}.${labels[1]}`];
    if (type === 'module' && labels.length >= 1)
        return ['call', labels[0]];
    return undefined;
}
/**
 * The blocks of a `.tf` file, each parsed when first looked up: only its own text goes to the parser (a plan asks
 * about a few blocks of files that may hold thousands). A parsed block must be the very block the scan found
 * (hcl-scan.ts); if the scan gives up or a block disagrees, the whole file is parsed, once, as it always was.
 */
/** Largest `.tf` text parsed whole when the block scan cannot follow it (about a second of parsing). */
const WHOLE_PARSE_LIMIT = 1024 * 1024;
function fileBlocks(text, file, wanted) {
    let whole;
    const wholeFile = () => {
        if (!whole) {
            whole = new Map();
            const src = parseHcl(text, file);
            for (const block of blocksOf(src, src.top)) {
                const key = indexKey(block.type, block.labels);
                if (key)
                    whole.set(key.join(' '), block);
            }
        }
        return whole;
    };
    const scanned = scanTopBlocks(text, wanted);
    // Parsing a whole file costs seconds and many times its size per MiB: a file the scan cannot follow is parsed
    // whole only up to WHOLE_PARSE_LIMIT, else the run stops naming it rather than let a file spend minutes.
    if (!scanned && text.length > WHOLE_PARSE_LIMIT)
        throw new errors/* GateError */.ue(`the Terraform file is ${text.length} bytes and not plain HCL blocks at the top level (an attribute, an unclosed string or block, or template nesting deeper than 64): files over ${WHOLE_PARSE_LIMIT} bytes are read block by block only`, file);
    if (!scanned) {
        const out = [];
        for (const [id, block] of wholeFile()) {
            const [kind, key] = id.split(' ');
            out.push([kind, key, () => block]);
        }
        return out;
    }
    let lines;
    const out = [];
    for (const s of scanned) {
        const key = indexKey(s.type, s.labels);
        if (!key)
            continue;
        let parsed = null;
        out.push([
            key[0],
            key[1],
            () => {
                if (parsed !== null)
                    return parsed;
                lines ??= new json_source/* LineIndex */.rr(text);
                const fileLines = lines;
                const slice = text.slice(s.from, s.to);
                const src = {
                    file,
                    text: slice,
                    lines: { line: offset => fileLines.line(s.from + offset) },
                    top: codemirror_lang_hcl_dist/* hclLanguage */.E.parser.parse(slice).topNode
                };
                const [block, ...more] = blocksOf(src, src.top);
                const same = block &&
                    !more.length &&
                    block.node.from === 0 &&
                    block.node.to === slice.length &&
                    block.type === s.type &&
                    block.labels.length === s.labels.length &&
                    block.labels.every((l, i) => l === s.labels[i]);
                parsed = same ? block : wholeFile().get(key.join(' '));
                return parsed;
            }
        ]);
    }
    return out;
}
function safeRealpath(p) {
    try {
        return (0,external_node_fs_.realpathSync)(p);
    }
    catch {
        return undefined;
    }
}
function parseHcl(text, file) {
    return { file, text, lines: new json_source/* LineIndex */.rr(text), top: codemirror_lang_hcl_dist/* hclLanguage */.E.parser.parse(text).topNode };
}
/** Splits `module.a["k"].module.b[0].data.aws_x.y[1]` (instance keys are dropped: one block declares them all). */
function parseAddress(address) {
    const parts = [];
    let cur = '';
    for (let i = 0; i < address.length; i++) {
        const c = address[i];
        if (c === '[') {
            // Skip the instance key, quoted strings included.
            let quoted = false;
            for (i++; i < address.length; i++) {
                if (address[i] === '\\' && quoted)
                    i++;
                else if (address[i] === '"')
                    quoted = !quoted;
                else if (address[i] === ']' && !quoted)
                    break;
            }
        }
        else if (c === '.') {
            parts.push(cur);
            cur = '';
        }
        else
            cur += c;
    }
    parts.push(cur);
    const modules = [];
    while (parts[0] === 'module' && parts.length > 2) {
        modules.push(parts[1]);
        parts.splice(0, 2);
    }
    const mode = parts[0] === 'data' ? 'data' : 'managed';
    if (mode === 'data')
        parts.shift();
    // `module.x` alone names a module call, not a resource.
    if (parts.length < 2 || !parts[0] || !parts[1] || parts[0] === 'module')
        return undefined;
    return { modules, mode, type: parts[0], name: parts[1] };
}
const COMMENTS = new Set(['Comment', 'LineComment', 'BlockComment']);
/** The children of a node, without comments. */
function kids(node) {
    const out = [];
    for (let c = node.firstChild; c; c = c.nextSibling)
        if (!COMMENTS.has(c.name))
            out.push(c);
    return out;
}
/** Blocks directly inside a file or a block. */
function blocksOf(src, node, type) {
    const body = node.getChild('Body');
    if (!body)
        return [];
    const out = [];
    for (const b of body.getChildren('Block')) {
        const typeNode = b.getChild('BlockType');
        const blockType = typeNode ? src.text.slice(typeNode.from, typeNode.to) : '';
        if (type && blockType !== type)
            continue;
        const labels = b.getChildren('BlockLabel').map(l => literalText(src, l) ?? src.text.slice(l.from, l.to));
        out.push({
            src,
            node: b,
            type: blockType,
            labels,
            line: src.lines.line(b.from),
            endLine: src.lines.line(Math.max(b.from, b.to - 1))
        });
    }
    return out;
}
function attributeOf(block, name) {
    const body = block.node.getChild('Body');
    if (!body)
        return undefined;
    for (const a of body.getChildren('Attribute')) {
        const id = a.getChild('Identifier');
        const expr = a.getChild('Expression');
        if (id && expr && block.src.text.slice(id.from, id.to) === name) {
            return {
                name,
                line: block.src.lines.line(a.from),
                endLine: block.src.lines.line(Math.max(a.from, a.to - 1)),
                expr
            };
        }
    }
    return undefined;
}
function stringAttribute(block, name) {
    const a = attributeOf(block, name);
    if (!a)
        return undefined;
    const node = toNode(block.src, a.expr);
    return node.type === 'string' ? node.value : undefined;
}
/** Source text of an expression (for references such as `data.aws_iam_policy_document.x.json`). */
function expressionText(src, expr) {
    return src.text.slice(expr.from, expr.to).trim();
}
/** Text of a literal string node (`StringLit`, possibly wrapped), undefined for templates and other expressions. */
function literalText(src, node) {
    const lit = node.name === 'StringLit' ? node : node.getChild('StringLit');
    if (!lit)
        return undefined;
    const body = lit.getChild('TemplateLiteral');
    return body ? decodeQuoted(src.text.slice(body.from, body.to)) : '';
}
/**
 * An HCL expression as a positioned tree: literals keep their values; anything computed becomes
 * `unknown` (its source text as description). A string template with interpolations becomes
 * `unknown` whose description is the quoted template, so it can still be matched against a value.
 */
function toNode(src, node) {
    const startLine = src.lines.line(node.from);
    const endLine = src.lines.line(Math.max(node.from, node.to - 1));
    const unknown = () => (0,iac/* unknownNode */.fn)(src.text.slice(node.from, node.to).trim(), startLine, endLine);
    const parts = kids(node);
    switch (node.name) {
        case 'Expression':
        case 'CollectionValue':
        case 'LiteralValue':
        case 'TemplateExpr':
        case 'BoolLit':
        case 'NullLit':
            return parts.length === 1 ? toNode(src, parts[0]) : unknown();
        case 'true':
        case 'false':
            return { type: 'boolean', value: node.name === 'true', startLine, endLine };
        case 'null':
            return { type: 'null', startLine, endLine };
        case 'NumericLit':
            return { type: 'number', value: Number(src.text.slice(node.from, node.to)), startLine, endLine };
        case 'StringLit':
            return { type: 'string', value: literalText(src, node) ?? '', startLine, endLine };
        case 'QuotedTemplate': {
            const dynamic = parts.some(p => p.name === 'TemplateInterpolation' || p.name === 'TemplateDirective');
            if (dynamic)
                return unknown();
            const body = parts
                .filter(p => p.name === 'TemplateLiteral')
                .map(p => src.text.slice(p.from, p.to))
                .join('');
            return { type: 'string', value: decodeQuoted(body), startLine, endLine };
        }
        case 'HeredocTemplate': {
            const h = heredoc(src, node);
            return h && !h.dynamic ? { type: 'string', value: h.value, startLine, endLine } : unknown();
        }
        case 'Tuple':
            return {
                type: 'array',
                items: parts.filter(p => p.name === 'Expression').map(p => toNode(src, p)),
                startLine,
                endLine
            };
        case 'Object': {
            const props = [];
            for (const elem of parts.filter(p => p.name === 'ObjectElem')) {
                const keyNode = elem.getChild('ObjectKey');
                const value = elem.getChild('Expression');
                const key = keyNode ? objectKey(src, keyNode) : undefined;
                if (!keyNode || key === undefined || !value)
                    return unknown();
                props.push({ key, keyLine: src.lines.line(keyNode.from), value: toNode(src, value) });
            }
            return { type: 'object', props, startLine, endLine };
        }
        case 'FunctionCall': {
            const fn = node.getChild('FunctionName');
            const args = node.getChild('FunctionArguments')?.getChildren('Expression') ?? [];
            const name = fn ? src.text.slice(fn.from, fn.to) : '';
            // jsonencode(x) is x as JSON: keep the structure and its lines.
            if (name === 'jsonencode' && args.length === 1)
                return toNode(src, args[0]);
            return unknown();
        }
        default:
            return unknown();
    }
}
function objectKey(src, keyNode) {
    const expr = keyNode.getChild('Expression');
    if (!expr)
        return undefined;
    const inner = kids(expr);
    // A bare identifier key (`Effect = …`) is its name, not a variable.
    if (inner.length === 1 && inner[0].name === 'VariableExpr')
        return src.text.slice(inner[0].from, inner[0].to);
    const value = toNode(src, expr);
    return value.type === 'string' ? value.value : undefined;
}
const ESCAPES = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
/** A quoted string's body with HCL escapes decoded (`\n`, `\uNNNN`, `$${` → `${`). */
function decodeQuoted(raw) {
    return raw
        .replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_m, e) => e.length > 1 ? String.fromCodePoint(parseInt(e.slice(1), 16)) : (ESCAPES[e] ?? e))
        .replace(/\$\$\{/g, '${')
        .replace(/%%\{/g, '%{');
}
/** A heredoc's content (indentation removed for `<<-`) and where it starts. */
function heredoc(src, node) {
    const ids = node.getChildren('HeredocIdentifier');
    const start = node.getChild('HeredocStart');
    if (ids.length < 2 || !start)
        return undefined;
    const open = src.text.indexOf('\n', ids[0].to);
    if (open < 0)
        return undefined;
    const raw = src.text.slice(open + 1, ids[ids.length - 1].from + 1);
    const dynamic = kids(node).some(p => p.name === 'TemplateInterpolation' || p.name === 'TemplateDirective');
    let value = raw;
    if (src.text.slice(start.from, start.to) === '<<-') {
        const lines = raw.split('\n');
        const indent = lines.filter(l => l.trim()).reduce((min, l) => Math.min(min, /^[ \t]*/.exec(l)[0].length), Infinity);
        value = lines.map(l => l.slice(indent)).join('\n');
    }
    return {
        value: value.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{'),
        raw,
        firstLine: src.lines.line(open + 1),
        dynamic
    };
}
/**
 * The tree of a policy written inline in an attribute, lines in the `.tf` file: `jsonencode({...})`
 * or a heredoc with JSON. Strings holding interpolations become `unknown` (quoted template description).
 * Undefined for any other expression.
 */
function inlinePolicy(src, expr) {
    let node = expr;
    while ((node.name === 'Expression' || node.name === 'TemplateExpr') && kids(node).length === 1)
        node = kids(node)[0];
    if (node.name === 'FunctionCall') {
        const fn = node.getChild('FunctionName');
        return fn && src.text.slice(fn.from, fn.to) === 'jsonencode' ? toNode(src, node) : undefined;
    }
    if (node.name !== 'HeredocTemplate')
        return undefined;
    const h = heredoc(src, node);
    if (!h)
        return undefined;
    const parsed = (0,json_source/* parseJsonWithLines */.$f)(h.raw);
    if (!parsed.node)
        return undefined;
    return markTemplates((0,policy_node/* shiftLines */.Gz)(parsed.node, h.firstLine - 1));
}
function markTemplates(node) {
    if (node.type === 'string' && node.value.includes('${'))
        return (0,iac/* unknownNode */.fn)(JSON.stringify(node.value), node.startLine, node.endLine);
    if (node.type === 'object')
        node.props.forEach(p => (p.value = markTemplates(p.value)));
    if (node.type === 'array')
        node.items = node.items.map(markTemplates);
    return node;
}
/** The JSON key each `aws_iam_policy_document` statement argument becomes. */
const STATEMENT_ARGS = {
    sid: 'Sid',
    effect: 'Effect',
    actions: 'Action',
    not_actions: 'NotAction',
    resources: 'Resource',
    not_resources: 'NotResource'
};
/**
 * An `aws_iam_policy_document` data block as the IAM JSON it produces, for its lines: `statement`
 * blocks become statements, `principals`/`not_principals` blocks merge by `type`, `condition` blocks
 * nest as operator → key → values. Values are the literal ones written; computed ones are `unknown`.
 */
function policyDocumentTree(block) {
    const src = block.src;
    const props = [];
    const version = attributeOf(block, 'version');
    if (version)
        props.push({ key: 'Version', keyLine: version.line, value: toNode(src, version.expr) });
    const id = attributeOf(block, 'policy_id');
    if (id)
        props.push({ key: 'Id', keyLine: id.line, value: toNode(src, id.expr) });
    const statements = blocksOf(src, block.node, 'statement');
    if (statements.length) {
        props.push({
            key: 'Statement',
            keyLine: statements[0].line,
            value: {
                type: 'array',
                items: statements.map(s => statementTree(s)),
                startLine: statements[0].line,
                endLine: statements[statements.length - 1].endLine
            }
        });
    }
    return { type: 'object', props, startLine: block.line, endLine: block.endLine };
}
function statementTree(s) {
    const src = s.src;
    const props = [];
    for (const [arg, key] of Object.entries(STATEMENT_ARGS)) {
        const a = attributeOf(s, arg);
        if (a)
            props.push({ key, keyLine: a.line, value: toNode(src, a.expr) });
    }
    for (const [blockType, key] of [
        ['principals', 'Principal'],
        ['not_principals', 'NotPrincipal']
    ]) {
        const blocks = blocksOf(src, s.node, blockType);
        if (!blocks.length)
            continue;
        const byType = new Map();
        for (const b of blocks) {
            const typeAttr = attributeOf(b, 'type');
            const ids = attributeOf(b, 'identifiers');
            const type = typeAttr ? toNode(src, typeAttr.expr) : undefined;
            const name = type?.type === 'string' ? type.value : `${b.line}`;
            const value = ids ? toNode(src, ids.expr) : (0,iac/* unknownNode */.fn)('identifiers', b.line);
            const items = value.type === 'array' ? value.items : [value];
            const prop = byType.get(name);
            if (prop && prop.value.type === 'array')
                for (const item of items)
                    prop.value.items.push(item);
            else
                byType.set(name, {
                    key: name,
                    keyLine: typeAttr?.line ?? b.line,
                    value: { type: 'array', items, startLine: value.startLine, endLine: value.endLine }
                });
        }
        props.push({
            key,
            keyLine: blocks[0].line,
            value: {
                type: 'object',
                props: [...byType.values()],
                startLine: blocks[0].line,
                endLine: blocks[blocks.length - 1].endLine
            }
        });
    }
    const conditions = blocksOf(src, s.node, 'condition');
    if (conditions.length) {
        const byTest = new Map();
        for (const c of conditions) {
            const test = attributeOf(c, 'test');
            const variable = attributeOf(c, 'variable');
            const values = attributeOf(c, 'values');
            const testNode = test && toNode(src, test.expr);
            const varNode = variable && toNode(src, variable.expr);
            const op = testNode?.type === 'string' ? testNode.value : `${c.line}`;
            const key = varNode?.type === 'string' ? varNode.value : `${c.line}`;
            const entry = {
                key,
                keyLine: variable?.line ?? c.line,
                value: values ? toNode(src, values.expr) : (0,iac/* unknownNode */.fn)('values', c.line)
            };
            const prop = byTest.get(op);
            if (prop && prop.value.type === 'object')
                prop.value.props.push(entry);
            else
                byTest.set(op, {
                    key: op,
                    keyLine: test?.line ?? c.line,
                    value: { type: 'object', props: [entry], startLine: c.line, endLine: c.endLine }
                });
        }
        props.push({
            key: 'Condition',
            keyLine: conditions[0].line,
            value: {
                type: 'object',
                props: [...byTest.values()],
                startLine: conditions[0].line,
                endLine: conditions[conditions.length - 1].endLine
            }
        });
    }
    return { type: 'object', props, startLine: s.line, endLine: s.endLine };
}

// EXTERNAL MODULE: ./src/policy/wildcard.ts
var wildcard = __webpack_require__(2930);
;// CONCATENATED MODULE: ./src/sources/terraform/lines.ts


/**
 * A document whose values come from the plan and whose lines come from the `.tf` source. `mask` is the
 * plan's `after_unknown` for the value (`true`: known only after apply). `shape` is the same document
 * as written in HCL (or undefined): statements match by `Sid`, else by position; strings match by value
 * (interpolated templates as patterns), else by position when the list lengths agree. Whatever finds no
 * counterpart takes the line of its nearest matched parent, ultimately `at`.
 */
function placeLines(value, mask, shape, at, what) {
    const startLine = shape?.startLine ?? at;
    const endLine = shape ? shape.endLine : at;
    // The expression as written names the unknown value best (`aws_iam_role.worker.arn`).
    if (mask === true)
        return (0,iac/* unknownNode */.fn)(`${shape?.type === 'unknown' ? shape.description : what} (known after apply)`, startLine, endLine);
    if (Array.isArray(value)) {
        const candidates = shape?.type === 'array' ? shape.items : shape ? [shape] : [];
        const matched = pickAll(value, candidates);
        const items = value.map((v, i) => placeLines(v, Array.isArray(mask) ? mask[i] : undefined, matched[i], matched[i]?.startLine ?? startLine, what));
        return { type: 'array', items, startLine, endLine };
    }
    if (lines_isRecord(value)) {
        const shapeProps = shape?.type === 'object' ? shape.props : [];
        const props = Object.entries(value).map(([key, v]) => {
            const sp = shapeProps.find(p => p.key === key) ?? shapeProps.find(p => p.key.toLowerCase() === key.toLowerCase());
            const keyLine = sp?.keyLine ?? startLine;
            return { key, keyLine, value: placeLines(v, lines_isRecord(mask) ? mask[key] : undefined, sp?.value, keyLine, what) };
        });
        return { type: 'object', props, startLine, endLine };
    }
    // A single value written as a one-element list (policy documents collapse those).
    if (shape?.type === 'array') {
        const [m] = pickAll([value], shape.items);
        if (m)
            return lines_scalar(value, m.startLine, m.endLine);
    }
    return lines_scalar(value, startLine, endLine);
}
function lines_scalar(value, startLine, endLine) {
    if (typeof value === 'string')
        return { type: 'string', value, startLine, endLine };
    if (typeof value === 'number')
        return { type: 'number', value, startLine, endLine };
    if (typeof value === 'boolean')
        return { type: 'boolean', value, startLine, endLine };
    return { type: 'null', startLine, endLine };
}
/** For each value, the shape item written for it (two passes: by value or Sid first, then by position). */
function pickAll(values, items) {
    const used = new Set();
    const out = values.map(v => {
        const k = items.findIndex((s, j) => !used.has(j) && sameValue(s, v));
        if (k < 0)
            return undefined;
        used.add(k);
        return items[k];
    });
    values.forEach((v, i) => {
        if (out[i] || used.has(i) || !items[i])
            return;
        const s = items[i];
        const positional = (lines_isRecord(v) && s.type === 'object' && (typeof v.Sid !== 'string' || !sidOf(s))) ||
            (Array.isArray(v) && s.type === 'array') ||
            (s.type === 'unknown' && items.length === values.length);
        if (positional) {
            used.add(i);
            out[i] = s;
        }
    });
    return out;
}
function sameValue(s, v) {
    if (typeof v === 'string') {
        if (s.type === 'string')
            return s.value === v;
        return s.type === 'unknown' && templateMatches(s.description, v);
    }
    if (typeof v === 'number' || typeof v === 'boolean')
        return (s.type === 'number' || s.type === 'boolean') && s.value === v;
    if (lines_isRecord(v) && typeof v.Sid === 'string' && v.Sid)
        return s.type === 'object' && sidOf(s) === v.Sid;
    return false;
}
function sidOf(node) {
    if (node.type !== 'object')
        return undefined;
    const sid = node.props.find(p => p.key === 'Sid')?.value;
    return sid?.type === 'string' && sid.value ? sid.value : undefined;
}
/** Whether a quoted template such as `"arn:aws:iam::${var.account}:root"` can produce `value`. */
function templateMatches(description, value) {
    if (!description.startsWith('"') || !description.endsWith('"') || description.length < 2)
        return false;
    let body;
    try {
        body = JSON.parse(description);
    }
    catch {
        body = description.slice(1, -1);
    }
    const parts = body.split(/[$%]\{[^}]*\}/);
    if (parts.length < 2)
        return false;
    // Each interpolation stands for any text: literal pieces joined by stars, matched without backtracking.
    const pieces = [];
    parts.forEach((p, i) => {
        if (i > 0)
            pieces.push({ star: true });
        if (p)
            pieces.push({ lit: p });
    });
    return (0,wildcard/* wildcardMatches */.w1)((0,wildcard/* compileWildcard */.Wo)(pieces, false), value);
}
function lines_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/sources/terraform/change.ts

/** Whether the change does anything (no-op and read leave the live state as it is). */
function changes(c) {
    return c.actions.some(a => a === 'create' || a === 'update' || a === 'delete');
}
function isReplace(actions) {
    return actions.includes('create') && actions.includes('delete');
}
function toChange(rc) {
    const change = lines_isRecord(rc.change) ? rc.change : undefined;
    if (typeof rc.address !== 'string' || typeof rc.type !== 'string' || !change)
        return undefined;
    return {
        address: rc.address,
        base: stripIndex(rc.address),
        moduleAddress: typeof rc.module_address === 'string' ? rc.module_address : '',
        mode: rc.mode === 'data' ? 'data' : 'managed',
        type: rc.type,
        actions: Array.isArray(change.actions) ? change.actions.filter((a) => typeof a === 'string') : [],
        before: lines_isRecord(change.before) ? change.before : null,
        after: lines_isRecord(change.after) ? change.after : null,
        unknown: lines_isRecord(change.after_unknown) ? change.after_unknown : {}
    };
}
/** `module.a["x"].aws_b.c[0]` → `module.a.aws_b.c`. */
function stripIndex(address) {
    return address.replace(/\[(?:"(?:[^"\\]|\\.)*"|[^\]])*\]/g, '');
}

;// CONCATENATED MODULE: ./src/sources/terraform/iam.ts



/**
 * IAM changes of a plan: `aws_iam_role` (`inline_policy`, `managed_policy_arns`, `permissions_boundary`),
 * `aws_iam_role_policy`, `aws_iam_policy`, `aws_iam_role_policy_attachment`, the exclusive lists, users and their
 * policies. Deletes count: a deleted policy or attachment is removed in the after world.
 */
function readIamChanges(ctx) {
    const reader = new IamChanges(ctx);
    // Managed policies first (roles attach them), then roles, then what applies to roles and users.
    reader.managedPolicies();
    reader.roles();
    reader.rolePolicies();
    reader.users();
    reader.exclusiveLists();
    reader.attachments();
    reader.exclusiveAttachments();
    // Principals the plan leaves as they are propose nothing.
    ctx.result.change.principals.push(...[...reader.byArn.values()].filter(p => p.policies.length || p.permissionsBoundary !== undefined || p.created || p.exclusive));
}
/** The principals and policies of one plan's IAM changes, read resource type by resource type. */
class IamChanges {
    ctx;
    byArn = new Map();
    /** Role resource instance (address) → its principal. */
    roleOf = new Map();
    /** Policy resource → its proposed managed policy. */
    policyOf = new Map();
    policyByArn = new Map();
    /** User resource → the user's ARN. */
    userOf = new Map();
    byType = new Map();
    constructor(ctx) {
        this.ctx = ctx;
        // By type, once: roles are looked up for every role policy of the plan.
        for (const c of ctx.changes.filter(c => c.mode === 'managed')) {
            const same = this.byType.get(c.type);
            if (same)
                same.push(c);
            else
                this.byType.set(c.type, [c]);
        }
    }
    ofType(type) {
        return this.byType.get(type) ?? [];
    }
    origin(kind, name, c, extra) {
        return { kind, name: `${name} (${c.address})`, ...extra };
    }
    /** A string attribute whose value the plan knows (not one known only after apply). */
    known(c, v, field) {
        const x = v?.[field];
        return typeof x === 'string' && x !== '' && (v !== c.after || c.unknown[field] !== true) ? x : undefined;
    }
    /** The principal of `arn`, made on first use. */
    principal(arn) {
        const p = this.byArn.get(arn) ?? { arn, policies: [] };
        this.byArn.set(arn, p);
        return p;
    }
    /** A role or user by name: one of the plan's, one the config maps, or the account's (without a path). */
    byName(kind, name) {
        if (kind === 'role') {
            const inPlan = this.ofType('aws_iam_role').find(r => (r.after ?? r.before)?.name === name);
            if (inPlan)
                return this.roleOf.get(inPlan.address);
        }
        const { ctx } = this;
        const mapped = (0,iac/* findByName */._U)(ctx.input.principals, kind, name);
        const arn = mapped ?? (ctx.account ? (0,iac/* iamArn */.ZW)(ctx.partition ?? 'aws', ctx.account, kind, '/', name) : undefined);
        if (arn && !mapped)
            (ctx.result.change.pathless ??= []).push(arn);
        return arn ? this.principal(arn) : undefined;
    }
    /** The role a role policy or attachment applies to: by reference to the plan's role, else by name. */
    roleFor(c, field = 'role') {
        const ref = this.ctx.referenced(c, field, 'aws_iam_role');
        if (ref && this.roleOf.has(ref.address))
            return this.roleOf.get(ref.address);
        const values = c.after ?? c.before;
        const name = values && typeof values[field] === 'string' && c.unknown[field] !== true ? values[field] : undefined;
        return typeof name === 'string' ? this.byName('role', name) : undefined;
    }
    /** An inline policy resource's name, or its address when the name is known only after apply. */
    inlineName(c) {
        const values = c.after ?? c.before ?? {};
        return typeof values.name === 'string' && c.unknown.name !== true
            ? values.name
            : `${c.address} (name known after apply)`;
    }
    /**
     * An inline policy that the change renames or moves to another role or user: `name` and `role`/`user` force a
     * new resource, and the provider deletes the old one (DeleteRolePolicy / DeleteUserPolicy of the old name on the
     * old principal) before creating the new. The old one is removed from the principal it was on.
     */
    oldInlinePolicy(c, kind) {
        const before = c.before;
        if (!before || !c.after)
            return;
        const name = typeof before.name === 'string' ? before.name : undefined;
        const owner = typeof before[kind] === 'string' ? before[kind] : undefined;
        if (!name || !owner)
            return;
        const moved = isReplace(c.actions) || c.after.name !== name || c.after[kind] !== owner;
        if (!moved)
            return;
        const p = this.byName(kind, owner);
        if (p)
            p.policies.push({ name, deleted: true });
    }
    /** An inline policy resource's effect on its principal: the policy, or its deletion. */
    inlinePolicy(p, c) {
        const name = this.inlineName(c);
        if (!c.after)
            p.policies.push({ name, deleted: true });
        else
            p.policies.push({
                name,
                document: this.ctx.document(c, 'policy', this.origin('identity', name, c, { inlineName: name }))
            });
    }
    managedPolicies() {
        const { ctx } = this;
        for (const c of this.ofType('aws_iam_policy')) {
            const arn = this.known(c, c.after, 'arn') ??
                this.known(c, c.before, 'arn') ??
                named(ctx, c, 'policy') ??
                (0,iac/* placeholderArn */.VW)(ctx.partition, ctx.account, 'policy', c.address);
            const identity = { managed: arn };
            if (!c.after && c.actions.includes('delete'))
                identity.deleted = true;
            else if (changes(c))
                identity.document = ctx.document(c, 'policy', this.origin('identity', arn, c, { managedArn: arn }));
            if (changes(c))
                ctx.result.managedPolicies.push(identity);
            this.policyOf.set(c.address, identity);
            this.policyByArn.set(arn, { identity, change: c });
        }
    }
    roles() {
        const { ctx } = this;
        const { result, input } = ctx;
        for (const c of this.ofType('aws_iam_role')) {
            const where = ctx.where(c);
            const config = input.principals[c.address] ?? input.principals[c.base];
            const planned = this.known(c, c.after, 'arn') ?? this.known(c, c.before, 'arn');
            const byName = named(ctx, c, 'role');
            const real = planned ?? config ?? byName;
            const arn = real ?? (0,iac/* placeholderArn */.VW)(ctx.partition, ctx.account, 'role', c.address);
            const created = c.actions.length === 1 && c.actions[0] === 'create';
            const deleted = c.actions.includes('delete') && !c.after;
            if (real && c.actions.includes('delete'))
                result.removedPrincipals.push({
                    arn: real,
                    replaced: isReplace(c.actions) && !renamed(c),
                    file: where.file,
                    line: where.line
                });
            result.mapped.principals.push({
                logicalId: c.address,
                arn: real,
                key: arn,
                via: planned ? 'plan' : config ? 'config' : byName ? 'name' : undefined,
                ...(created ? { created: true } : {}),
                ...(deleted ? { deleted: true } : {}),
                file: where.file,
                line: where.line
            });
            // Created under a name known only after apply: no check can name it, so its documents are not read.
            if (!real)
                continue;
            const p = this.principal(arn);
            this.roleOf.set(c.address, p);
            if (created)
                p.created = true;
            if (!changes(c))
                continue;
            if (deleted) {
                // The role goes away with every policy it has.
                for (const name of blocksByName(c.before?.inline_policy).keys())
                    if (name)
                        p.policies.push({ name, deleted: true });
                for (const a of strings(c.before?.managed_policy_arns))
                    p.policies.push({ managed: a, deleted: true });
                continue;
            }
            this.roleInlinePolicies(c, p, where);
            const arnsBefore = strings(c.before?.managed_policy_arns);
            const arnsAfter = c.unknown.managed_policy_arns === true ? undefined : c.after ? strings(c.after.managed_policy_arns) : [];
            // Entries (or the whole list) known only after apply: policies nobody can read yet are attached, so every
            // check they take part in is inconclusive, never passed (a Deny may be among them).
            // Optional and computed: unknown in the plan also when the configuration does not set it (the provider then
            // leaves the role's policies alone), so only a list the configuration sets (or may set) counts.
            const unknownEntries = this.ctx.sets(c, 'managed_policy_arns') === false ? [] : unknownPositions(c.unknown.managed_policy_arns);
            for (const i of unknownEntries)
                attachManaged(ctx, p, `${c.address}.managed_policy_arns${i < 0 ? '' : `[${i}]`} (known after apply)`, this.policyByArn, where, true);
            if (arnsAfter) {
                for (const a of arnsAfter.filter(a => !arnsBefore.includes(a)))
                    attachManaged(ctx, p, a, this.policyByArn, where);
                for (const a of arnsBefore.filter(a => !arnsAfter.includes(a)))
                    p.policies.push({ managed: a, deleted: true });
            }
            readBoundary(ctx, c, p, this.policyByArn, where);
        }
    }
    /**
     * A role's `inline_policy` blocks: each one it has after the change, and a deletion for each it loses. Blocks
     * known only after apply are a policy nobody can read yet: the checks it takes part in are inconclusive.
     */
    roleInlinePolicies(c, p, where) {
        const before = blocksByName(c.before?.inline_policy);
        const after = c.unknown.inline_policy === true ? undefined : blocksByName(c.after?.inline_policy);
        // Optional and computed, like managed_policy_arns: unknown counts only when the configuration sets it.
        const unknown = this.ctx.sets(c, 'inline_policy') !== false && unknownPositions(c.unknown.inline_policy, 'name');
        if (unknown && unknown.length) {
            const name = `${c.address}.inline_policy (known after apply)`;
            p.policies.push({
                name,
                document: (0,iac/* unknownPolicy */.R1)(name, { kind: 'identity', name, file: where.file, inlineName: name }, where.line)
            });
        }
        if (!after)
            return;
        for (const name of after.keys()) {
            if (!name)
                continue;
            const document = this.ctx.document(c, 'policy', this.origin('identity', name, c, { inlineName: name }), {
                block: 'inline_policy',
                name
            });
            p.policies.push({ name, document });
        }
        for (const name of before.keys())
            if (name && !after.has(name))
                p.policies.push({ name, deleted: true });
    }
    /** A resource the gate cannot attribute: what it does was not checked, and the report says so at the resource. */
    /**
     * An inline policy whose role or user is known only after apply may be any role's or user's of the account:
     * it goes to every one of them under a condition nobody can decide (ProposedChange.unattributed).
     */
    attributeUnknown(c) {
        if (!c.after)
            return;
        const name = this.inlineName(c);
        const document = this.ctx.document(c, 'policy', this.origin('identity', name, c, { inlineName: name }));
        if (document)
            (this.ctx.result.change.unattributed ??= []).push({ document, account: this.ctx.account });
    }
    /** A resource as messages name it: its address and where it is. */
    label(c) {
        const where = this.ctx.where(c);
        return `${c.address} (${where.file}:${where.line})`;
    }
    /** Where a resource is written. */
    at(c) {
        const { file, line } = this.ctx.where(c);
        return { file, line };
    }
    /** `users`: what it changes reaches IAM users through groups (IacProblem.users). */
    unread(c, message, users = false) {
        const where = this.ctx.where(c);
        this.ctx.result.problems.push({
            message: `${c.address}: ${message}`,
            line: where.line,
            rule: 'unread-resource',
            file: where.file,
            ...(users ? { users } : {})
        });
    }
    rolePolicies() {
        for (const c of this.ofType('aws_iam_role_policy').filter(changes)) {
            this.oldInlinePolicy(c, 'role');
            const p = this.roleFor(c);
            if (p)
                this.inlinePolicy(p, c);
            else {
                this.unread(c, 'the role it applies to is known only after apply; its policy is not read');
                this.attributeUnknown(c);
            }
        }
    }
    /** Users: deleting or replacing one is a loss for a key policy that names it; their inline policies are read. */
    users() {
        const { ctx } = this;
        for (const c of this.ofType('aws_iam_user')) {
            const where = ctx.where(c);
            const arn = this.known(c, c.after, 'arn') ?? this.known(c, c.before, 'arn') ?? named(ctx, c, 'user');
            if (!arn)
                continue;
            this.userOf.set(c.address, arn);
            if (c.actions.includes('delete'))
                ctx.result.removedPrincipals.push({
                    arn,
                    replaced: isReplace(c.actions) && !renamed(c),
                    file: where.file,
                    line: where.line
                });
            // A user's permissions boundary limits what its identity policies grant, as a role's does.
            if (changes(c) && c.after)
                readBoundary(ctx, c, this.principal(arn), this.policyByArn, where);
        }
        for (const c of this.ofType('aws_iam_user_policy').filter(changes)) {
            this.oldInlinePolicy(c, 'user');
            const ref = ctx.referenced(c, 'user', 'aws_iam_user');
            const values = c.after ?? c.before ?? {};
            const userName = typeof values.user === 'string' ? values.user : undefined;
            const fromPlan = ref ? this.userOf.get(ref.address) : undefined;
            const p = fromPlan ? this.principal(fromPlan) : userName ? this.byName('user', userName) : undefined;
            if (p)
                this.inlinePolicy(p, c);
            else {
                this.unread(c, 'the user it applies to is known only after apply; its policy is not read');
                this.attributeUnknown(c);
            }
        }
    }
    /**
     * Exclusive lists remove from the role every inline policy (by name) or managed policy (by ARN) they do not
     * name (AWS provider docs, aws_iam_role_policies_exclusive: "Policies attached to this role but not configured
     * in this argument will be removed"). Destroying the resource removes nothing.
     */
    exclusiveLists() {
        const exclusives = [
            ['aws_iam_role_policies_exclusive', 'policy_names', 'inline'],
            ['aws_iam_role_policy_attachments_exclusive', 'policy_arns', 'managed']
        ];
        for (const [type, arg, kind] of exclusives) {
            for (const c of this.ofType(type).filter(c => changes(c) && c.after)) {
                const p = this.roleFor(c, 'role_name');
                if (!p) {
                    // A role known only after apply is one this plan creates (nothing live to remove) or one nobody can name.
                    this.unread(c, 'the role it applies to is known only after apply; the policies it removes are not known');
                    continue;
                }
                // A list known only in part before apply keeps what it names for certain; every other policy of the role may
                // be removed or not (worlds/build.ts): the checks that depend on one are undecided, never passed.
                const partlyUnknown = c.unknown[arg] === true ||
                    (Array.isArray(c.unknown[arg]) && c.unknown[arg].some(u => u === true));
                const listed = c.unknown[arg] === true ? [] : strings(c.after[arg]);
                // Names of policies this plan itself gives the role are kept (they are in the list when written as
                // references, and known after apply otherwise).
                const fromPlan = p.policies.filter(x => !x.deleted).map(x => (kind === 'inline' ? x.name : x.managed));
                const keep = [...listed, ...fromPlan.filter((x) => !!x && x.includes('known after apply'))];
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
                };
            }
        }
    }
    /**
     * `aws_iam_policy_attachment` attaches a managed policy to the roles and users it lists and, being exclusive
     * across the account, revokes it from every other role, user and group that has it, however attached (AWS
     * provider docs, aws_iam_policy_attachment, warning on exclusive attachments). Groups are not read
     * (unread-resource).
     */
    exclusiveAttachments() {
        const { ctx } = this;
        for (const c of this.ofType('aws_iam_policy_attachment').filter(changes)) {
            const ref = ctx.referenced(c, 'policy_arn', 'aws_iam_policy');
            const values = c.after ?? c.before ?? {};
            const arn = ref
                ? this.policyOf.get(ref.address)?.managed
                : typeof values.policy_arn === 'string' && c.unknown.policy_arn !== true
                    ? values.policy_arn
                    : undefined;
            const listUnknown = (field) => c.unknown[field] === true ||
                (Array.isArray(c.unknown[field]) && c.unknown[field].some(u => u === true));
            if (!arn) {
                this.unread(c, 'its policy is known only after apply; the attachment is not read');
                continue;
            }
            // Roles or users known only in part before apply: the policy may stay with, or go from, every principal the
            // list does not name for certain (worlds/build.ts), never silently kept.
            const uncertain = listUnknown('roles') || listUnknown('users') ? this.label(c) : undefined;
            if (strings(c.after?.groups).length || strings(c.before?.groups).length || listUnknown('groups'))
                this.unread(c, 'the groups it attaches the policy to are not read (their users get the policy)', true);
            const before = [
                ...strings(c.before?.roles).map(n => ['role', n]),
                ...strings(c.before?.users).map(n => ['user', n])
            ];
            const after = c.after
                ? [
                    ...strings(c.after.roles).map(n => ['role', n]),
                    ...strings(c.after.users).map(n => ['user', n])
                ]
                : [];
            const keep = [];
            const inPlan = ref ? this.policyOf.get(ref.address) : this.policyByArn.get(arn)?.identity;
            for (const [kind, name] of after) {
                const p = this.byName(kind, name);
                if (!p)
                    continue;
                keep.push(p.arn);
                if (inPlan) {
                    if (!p.policies.includes(inPlan))
                        p.policies.push(inPlan);
                }
                else
                    attachManaged(ctx, p, arn, this.policyByArn, ctx.where(c));
            }
            for (const [kind, name] of before) {
                if (after.some(([k, n]) => k === kind && n === name))
                    continue;
                const p = this.byName(kind, name);
                if (p)
                    p.policies.push({ managed: arn, deleted: true });
            }
            if (c.after)
                (ctx.result.change.exclusiveAttachments ??= []).push({
                    policyArn: arn,
                    principals: keep,
                    ...(uncertain ? { uncertain, at: this.at(c) } : {})
                });
        }
    }
    attachments() {
        const { ctx } = this;
        for (const c of this.ofType('aws_iam_role_policy_attachment').filter(changes)) {
            const p = this.roleFor(c);
            const ref = ctx.referenced(c, 'policy_arn', 'aws_iam_policy');
            const values = c.after ?? c.before ?? {};
            const arn = ref
                ? this.policyOf.get(ref.address)?.managed
                : typeof values.policy_arn === 'string'
                    ? values.policy_arn
                    : undefined;
            if (!p) {
                this.unread(c, 'the role it applies to is known only after apply; the attachment is not read');
                // The policy may be any role's of the account: kept for every one of them under a condition nobody can
                // decide (worlds/build.ts), so a Deny in it is never passed over.
                if (c.after && arn)
                    (ctx.result.change.uncertainAttachments ??= []).push({ policyArn: arn, by: this.label(c), at: this.at(c) });
                continue;
            }
            if (!c.after || isReplace(c.actions)) {
                if (typeof c.before?.policy_arn === 'string')
                    p.policies.push({ managed: c.before.policy_arn, deleted: true });
                if (!c.after)
                    continue;
            }
            const inPlan = ref ? this.policyOf.get(ref.address) : arn ? this.policyByArn.get(arn)?.identity : undefined;
            if (inPlan) {
                if (!p.policies.includes(inPlan))
                    p.policies.push(inPlan);
            }
            else
                attachManaged(ctx, p, arn ?? `${c.address}.policy_arn (known after apply)`, this.policyByArn, ctx.where(c), !arn);
        }
    }
}
/**
 * A replaced role or user that comes back under another ARN (a new name or path): the old ARN is gone for good,
 * not replaced in place, so a key policy still naming it is rejected and checks naming it lose their access.
 */
function renamed(c) {
    const differs = (field) => {
        const [b, a] = [c.before?.[field], c.after?.[field]];
        return typeof b === 'string' && typeof a === 'string' && c.unknown[field] !== true && a !== b;
    };
    return differs('name') || differs('path');
}
/** The ARN a role or policy gets from its planned name (and path), when the account is known. */
function named(ctx, c, kind) {
    const name = c.after?.name ?? c.before?.name;
    if (typeof name !== 'string' || !name || c.unknown.name === true || !ctx.account)
        return undefined;
    const path = typeof c.after?.path === 'string' ? c.after.path : undefined;
    return (0,iac/* iamArn */.ZW)(ctx.partition ?? 'aws', ctx.account, kind, path, name);
}
function attachManaged(ctx, p, arn, policyByArn, where, unknown = false) {
    const inPlan = policyByArn.get(arn);
    if (inPlan) {
        if (!p.policies.includes(inPlan.identity))
            p.policies.push(inPlan.identity);
        return;
    }
    ctx.result.attachments.push({
        principal: p.arn,
        kind: 'managed',
        arn,
        ...(unknown ? { unknown: true } : {}),
        file: where.file,
        line: where.line
    });
}
function readBoundary(ctx, c, p, policyByArn, where) {
    const before = typeof c.before?.permissions_boundary === 'string' ? c.before.permissions_boundary : '';
    if (c.unknown.permissions_boundary === true) {
        ctx.result.attachments.push({
            principal: p.arn,
            kind: 'boundary',
            arn: `${c.address}.permissions_boundary (known after apply)`,
            unknown: true,
            file: where.file,
            line: where.line
        });
        return;
    }
    const after = typeof c.after?.permissions_boundary === 'string' ? c.after.permissions_boundary : '';
    if (after === before)
        return;
    if (!after) {
        p.permissionsBoundary = null;
        return;
    }
    const inPlan = policyByArn.get(after);
    if (inPlan?.identity.document) {
        p.permissionsBoundary = ctx.document(inPlan.change, 'policy', {
            kind: 'boundary',
            name: `${after} (${inPlan.change.address})`,
            managedArn: after
        });
        return;
    }
    ctx.result.attachments.push({ principal: p.arn, kind: 'boundary', arn: after, file: where.file, line: where.line });
}
function blocksByName(value) {
    const out = new Map();
    for (const b of Array.isArray(value) ? value : [])
        if (lines_isRecord(b))
            out.set(typeof b.name === 'string' ? b.name : '', b);
    return out;
}
/**
 * Which entries of a planned list are known only after apply, from its `after_unknown`: `true` for the whole list
 * gives [-1]; a list gives the positions that are `true`, or whose `field` is (a block whose name is unknown).
 */
function unknownPositions(unknown, field) {
    if (unknown === true)
        return [-1];
    if (!Array.isArray(unknown))
        return [];
    const out = [];
    unknown.forEach((u, i) => {
        if (u === true || (field && lines_isRecord(u) && u[field] === true))
            out.push(i);
    });
    return out;
}
function strings(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}

;// CONCATENATED MODULE: ./src/sources/terraform/policy-data.ts

const LISTS = [
    ['actions', 'Action'],
    ['not_actions', 'NotAction'],
    ['resources', 'Resource'],
    ['not_resources', 'NotResource']
];
/**
 * The IAM JSON an `aws_iam_policy_document` data source will produce, from its planned arguments, when
 * its `json` is not known yet (a dependency is created by the same apply). Follows the provider's
 * rendering: one-element lists become strings, `principals` merge by type, conditions nest as
 * operator → key → values. Undefined when other documents are merged in (`source_policy_documents`, …).
 */
function policyFromDocumentData(after, unknown) {
    const m = lines_isRecord(unknown) ? unknown : {};
    for (const merged of ['source_policy_documents', 'override_policy_documents', 'source_json', 'override_json']) {
        const v = after[merged];
        if (m[merged] === true || (Array.isArray(v) ? v.length > 0 : typeof v === 'string' && v !== ''))
            return undefined;
    }
    if (m.statement === true)
        return undefined;
    const statements = Array.isArray(after.statement) ? after.statement : [];
    const masks = Array.isArray(m.statement) ? m.statement : [];
    const value = { Version: typeof after.version === 'string' && after.version ? after.version : '2012-10-17' };
    const mask = {};
    if (typeof after.policy_id === 'string' && after.policy_id)
        value.Id = after.policy_id;
    const out = statements.map((s, i) => statement(lines_isRecord(s) ? s : {}, lines_isRecord(masks[i]) ? masks[i] : {}));
    // An effect or a condition operator/key known only after apply has no place in a policy model.
    if (out.some(o => !o))
        return undefined;
    value.Statement = out.map(o => o.value);
    mask.Statement = out.map(o => o.mask);
    return { value, mask };
}
function statement(s, m) {
    const value = {};
    const mask = {};
    if (m.sid !== true && typeof s.sid === 'string' && s.sid)
        value.Sid = s.sid;
    if (m.effect === true)
        return undefined;
    value.Effect = typeof s.effect === 'string' && s.effect ? s.effect : 'Allow';
    for (const [arg, key] of LISTS) {
        if (m[arg] === true)
            [value[key], mask[key]] = [null, true];
        else if (Array.isArray(s[arg]) && s[arg].length)
            [value[key], mask[key]] = collapse(s[arg], m[arg]);
    }
    for (const [arg, key] of [
        ['principals', 'Principal'],
        ['not_principals', 'NotPrincipal']
    ]) {
        if (m[arg] === true)
            [value[key], mask[key]] = [null, true];
        else if (Array.isArray(s[arg]) && s[arg].length)
            [value[key], mask[key]] = principals(s[arg], Array.isArray(m[arg]) ? m[arg] : []);
    }
    if (m.condition === true)
        return undefined;
    if (Array.isArray(s.condition) && s.condition.length) {
        const c = conditions(s.condition, Array.isArray(m.condition) ? m.condition : []);
        if (!c)
            return undefined;
        [value.Condition, mask.Condition] = c;
    }
    return { value, mask };
}
function collapse(list, mask) {
    const masks = Array.isArray(mask) ? mask : [];
    return list.length === 1 ? [list[0], masks[0]] : [list, masks];
}
function principals(blocks, masks) {
    const byType = new Map();
    blocks.forEach((b, i) => {
        const block = lines_isRecord(b) ? b : {};
        const bm = lines_isRecord(masks[i]) ? masks[i] : {};
        // A type known only after apply: an unknown AWS principal is the cautious reading.
        const type = bm.type === true || typeof block.type !== 'string' ? 'AWS' : block.type;
        const entry = byType.get(type) ?? { values: [], masks: [] };
        byType.set(type, entry);
        if (type !== block.type) {
            entry.values.push(null);
            entry.masks.push(true);
            return;
        }
        if (bm.identifiers === true || !Array.isArray(block.identifiers)) {
            // Identifiers known only after apply: one unknown entry stands for all of them.
            entry.values.push(null);
            entry.masks.push(true);
        }
        else {
            const im = Array.isArray(bm.identifiers) ? bm.identifiers : [];
            block.identifiers.forEach((id, j) => {
                entry.values.push(id);
                entry.masks.push(im[j]);
            });
        }
    });
    const star = byType.get('*');
    if (byType.size === 1 && star && star.values.length === 1 && star.values[0] === '*')
        return ['*', undefined];
    const value = {};
    const mask = {};
    for (const [type, entry] of byType)
        [value[type], mask[type]] = collapse(entry.values, entry.masks);
    return [value, mask];
}
function conditions(blocks, masks) {
    const value = {};
    const mask = {};
    let anyUnknown = false;
    blocks.forEach((b, i) => {
        const block = lines_isRecord(b) ? b : {};
        const bm = lines_isRecord(masks[i]) ? masks[i] : {};
        if (bm.test === true ||
            bm.variable === true ||
            typeof block.test !== 'string' ||
            typeof block.variable !== 'string') {
            anyUnknown = true;
            return;
        }
        value[block.test] ??= {};
        mask[block.test] ??= {};
        if (bm.values === true || !Array.isArray(block.values))
            [value[block.test][block.variable], mask[block.test][block.variable]] = [null, true];
        else
            [value[block.test][block.variable], mask[block.test][block.variable]] = collapse(block.values, bm.values);
    });
    return anyUnknown ? undefined : [value, mask];
}

;// CONCATENATED MODULE: ./src/sources/terraform/plan.ts












/** Resource types this reader uses (including the data sources it follows). */
const RELEVANT = /^(aws_(kms_|iam_(role|role_policy|role_policy_attachment|policy|policy_attachment|policy_document|user|user_policy|role_policies_exclusive|role_policy_attachments_exclusive)$)|awscc_kms_(key|alias)$)/;
/** Resources that create a KMS key, and the argument that holds its key policy. */
const plan_KEY_TYPES = {
    aws_kms_key: 'policy',
    aws_kms_external_key: 'policy',
    aws_kms_replica_key: 'policy',
    aws_kms_replica_external_key: 'policy',
    awscc_kms_key: 'key_policy'
};
/** IAM and KMS resource types that the readers here follow. */
const READ_TYPES = new Set([
    ...Object.keys(plan_KEY_TYPES),
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
]);
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
]);
/** What the readers of one plan share. */
class PlanContext {
    input;
    plan;
    result;
    changes;
    byBase = new Map();
    data = new Map();
    /** Changes to IAM and KMS resources of types no reader here follows (see reportUnread). */
    unread = [];
    account;
    partition;
    source;
    constructor(input, plan, result) {
        this.input = input;
        this.plan = plan;
        this.result = result;
        // A large plan is mostly other resources: only the types read here are looked at.
        this.changes = [];
        for (const rc of Array.isArray(plan.resource_changes) ? plan.resource_changes : []) {
            if (lines_isRecord(rc) && typeof rc.type === 'string' && !RELEVANT.test(rc.type) && UNREAD.test(rc.type))
                this.unread.push(rc);
            const c = lines_isRecord(rc) && typeof rc.type === 'string' && RELEVANT.test(rc.type) ? toChange(rc) : undefined;
            if (!c)
                continue;
            this.changes.push(c);
            const same = this.byBase.get(c.base);
            if (same)
                same.push(c);
            else
                this.byBase.set(c.base, [c]);
        }
        for (const section of [plan.prior_state, plan.planned_values]) {
            const values = lines_isRecord(section) && lines_isRecord(section.values) ? section.values : section;
            if (lines_isRecord(values))
                collectData(values.root_module, this.data);
        }
        // Only IAM and KMS resources (and policy documents) are ever placed: blocks of other types are not indexed.
        this.source = new TerraformSource(input.workspace, input.root ?? external_node_path_.posix.dirname(input.file), UNREAD);
        const ctx = { ...input.context };
        for (const [address, values] of this.data) {
            if (/(^|\.)data\.aws_caller_identity\./.test(address) && typeof values.account_id === 'string')
                ctx.account ??= values.account_id;
            if (/(^|\.)data\.aws_partition\./.test(address) && typeof values.partition === 'string')
                ctx.partition ??= values.partition;
        }
        const arns = [...Object.values(input.keys), ...Object.values(input.principals)];
        for (const c of this.changes) {
            if (typeof c.before?.arn === 'string')
                arns.push(c.before.arn);
            if (typeof c.after?.arn === 'string')
                arns.push(c.after.arn);
        }
        for (const ref of arns) {
            const arn = (0,src_arn/* parseArn */.Lw)(ref);
            if (!arn)
                continue;
            ctx.partition ??= arn.partition;
            if (arn.account && arn.account !== 'aws')
                ctx.account ??= arn.account;
        }
        this.account = ctx.account;
        this.partition = ctx.partition;
    }
    locate(address) {
        return this.source.locate(address);
    }
    /** Where findings about a resource point: its block, else its entry in the plan file. */
    where(c) {
        const found = this.locate(c.address);
        if (found)
            return found;
        const line = this.planLines().get(c.address) ?? 1;
        return { file: this.input.file, line, endLine: line };
    }
    addressLines;
    /**
     * The line of each `"address"` member of `resource_changes` in the plan text (one pass, on first use). A plan
     * printed by `terraform show -json` is a single line; one formatted for reading (`jq .`) gets real lines.
     */
    planLines() {
        if (this.addressLines)
            return this.addressLines;
        const lines = new Map();
        const text = this.input.text;
        const start = text.indexOf('"resource_changes"');
        if (start >= 0) {
            const re = /"address"\s*:\s*("(?:[^"\\\n]|\\.)*")/g;
            re.lastIndex = start;
            // Line breaks as everywhere else: CRLF, LF or a lone CR. The next break only moves forward: one pass over
            // the text, also for a single-line plan.
            const breaks = /\r\n?|\n/g;
            let line = 1;
            let next = breaks.exec(text);
            for (let m = re.exec(text); m; m = re.exec(text)) {
                while (next && next.index < m.index) {
                    line++;
                    next = breaks.exec(text);
                }
                let address;
                try {
                    address = JSON.parse(m[1]);
                }
                catch {
                    continue;
                }
                if (typeof address === 'string' && !lines.has(address))
                    lines.set(address, line);
            }
        }
        this.addressLines = lines;
        return lines;
    }
    /**
     * Whether the resource's configuration sets an argument: from the plan's `configuration` section, else from
     * its `.tf` block. Undefined when neither can tell.
     */
    sets(c, arg) {
        const config = this.configured(c);
        if (config)
            return lines_isRecord(config.expressions) && arg in config.expressions;
        const block = this.where(c).block;
        return block ? attributeOf(block, arg) !== undefined : undefined;
    }
    /** Configuration expressions of a resource (`configuration` section of the plan). */
    expressions(c) {
        const r = this.configured(c);
        return r && lines_isRecord(r.expressions) ? r.expressions : {};
    }
    configured(c) {
        let mod = lines_isRecord(this.plan.configuration) ? this.plan.configuration.root_module : undefined;
        for (const name of parseAddress(c.address)?.modules ?? []) {
            const calls = lines_isRecord(mod) && lines_isRecord(mod.module_calls) ? mod.module_calls : {};
            const call = calls[name];
            mod = lines_isRecord(call) ? call.module : undefined;
        }
        const local = c.base.slice(c.moduleAddress ? stripIndex(c.moduleAddress).length + 1 : 0);
        const r = lines_isRecord(mod) ? this.configResources(mod).get(local) : undefined;
        return lines_isRecord(r) ? r : undefined;
    }
    /** A module's configuration resources by address, indexed once (a search per call was quadratic in the plan's size). */
    configIndex = new WeakMap();
    configResources(mod) {
        let index = this.configIndex.get(mod);
        if (!index) {
            index = new Map();
            for (const x of Array.isArray(mod.resources) ? mod.resources : [])
                if (lines_isRecord(x) && typeof x.address === 'string' && !index.has(x.address))
                    index.set(x.address, x);
            this.configIndex.set(mod, index);
        }
        return index;
    }
    /** The resource (in the same module) an argument refers to, e.g. `role = aws_iam_role.x.id` → that change. */
    referenced(c, arg, type) {
        const e = this.expressions(c)[arg];
        const refs = lines_isRecord(e) && Array.isArray(e.references) ? e.references : [];
        const prefix = c.moduleAddress ? `${stripIndex(c.moduleAddress)}.` : '';
        for (const ref of refs) {
            if (typeof ref !== 'string' || !ref.startsWith(`${type}.`))
                continue;
            const parts = stripIndex(ref).split('.');
            const local = parts.slice(0, parts[0] === 'data' ? 3 : 2).join('.');
            const hit = this.byBase.get(`${prefix}${local}`);
            // With count or for_each the reference names one instance (`r[each.key]`) that the plan does not say: the
            // instance of the same key, the only instance, or none (the caller then goes by the value, never a guess).
            if (hit?.length === 1)
                return hit[0];
            const same = hit?.find(h => instanceKey(h.address) === instanceKey(c.address));
            if (same)
                return same;
        }
        return undefined;
    }
    /**
     * A policy argument as a document. Known JSON: the plan's values, with lines from the `.tf` source
     * when the policy is written inline or in an `aws_iam_policy_document` block. Unknown: rebuilt from
     * a deferred `aws_iam_policy_document` or from the literal parts of an inline policy, else wholly
     * unknown. Undefined when the argument is absent.
     */
    document(c, arg, origin, inline) {
        const [value, mask] = argument(c, arg, inline);
        const where = this.where(c);
        const holder = where.block && inline
            ? blocksOf(where.block.src, where.block.node, inline.block).find(b => stringArg(b, 'name') === inline.name)
            : where.block;
        const attr = holder ? attributeOf(holder, arg) : undefined;
        const at = {
            file: where.file,
            line: attr?.line ?? holder?.line ?? where.line,
            endLine: attr?.endLine ?? holder?.endLine ?? where.endLine
        };
        let shape;
        let dataAddress;
        if (holder && attr) {
            const written = inlinePolicy(holder.src, attr.expr);
            if (written)
                shape = { node: written, file: holder.src.file };
            const m = /^data\.aws_iam_policy_document\.([\w-]+)(\[[^\]]*\])?\.json$/.exec(expressionText(holder.src, attr.expr));
            if (m)
                dataAddress = `${c.moduleAddress ? `${stripIndex(c.moduleAddress)}.` : ''}data.aws_iam_policy_document.${m[1]}`;
        }
        const data = dataAddress ?? this.referenced(c, arg, 'data.aws_iam_policy_document')?.base;
        if (!shape && data) {
            const block = this.locate(data)?.block;
            if (block)
                shape = { node: policyDocumentTree(block), file: block.src.file };
        }
        const file = shape?.file ?? at.file;
        const line = shape ? shape.node.startLine : at.line;
        const o = { ...origin, file };
        const what = `${c.address}.${arg}`;
        if (mask !== true) {
            if (typeof value !== 'string' || value === '')
                return undefined;
            let parsed;
            try {
                // Nesting too deep for the readers below is refused like invalid JSON.
                parsed = (0,json_source/* nestingProblem */.m4)(value) ? undefined : JSON.parse(value);
            }
            catch {
                return invalidJson(value, o, line);
            }
            if (parsed === undefined)
                return invalidJson(value, o, line);
            const doc = (0,parse/* readPolicy */.T4)(placeLines(parsed, undefined, shape?.node, line, what), o, Buffer.byteLength(value, 'utf8'));
            // JSON.parse keeps the last of duplicate elements; the document is ambiguous and must not be evaluated as clear.
            const duplicate = (0,limits/* duplicateElement */.qV)(value);
            return duplicate ? (0,limits/* failClosed */.ZU)(doc, { message: `${duplicate} (in the planned policy)`, line }) : doc;
        }
        const deferred = data ? this.changes.find(x => x.mode === 'data' && x.base === data && x.after) : undefined;
        const rebuilt = deferred?.after ? policyFromDocumentData(deferred.after, deferred.unknown) : undefined;
        if (rebuilt)
            return (0,iac/* documentFrom */.E5)(placeLines(rebuilt.value, rebuilt.mask, shape?.node, line, what), o);
        if (shape && !data && hasStatements(shape.node))
            return (0,iac/* documentFrom */.E5)(this.evaluate(shape.node, c), o);
        return (0,iac/* unknownPolicy */.R1)(`${what} (known after apply)`, o, at.line, at.endLine);
    }
    /**
     * Fills interpolations that only read data sources known at plan time (`${data.aws_caller_identity.current.account_id}`)
     * into an inline policy's literal strings; any other interpolation keeps the string unknown.
     */
    evaluate(node, c) {
        if (node.type === 'object')
            return { ...node, props: node.props.map(p => ({ ...p, value: this.evaluate(p.value, c) })) };
        if (node.type === 'array')
            return { ...node, items: node.items.map(i => this.evaluate(i, c)) };
        if (node.type !== 'unknown' || !/^".*"$/s.test(node.description))
            return node;
        const prefix = c.moduleAddress ? `${c.moduleAddress}.` : '';
        let body;
        try {
            body = JSON.parse(node.description);
        }
        catch {
            body = node.description.slice(1, -1);
        }
        let known = true;
        const value = body.replace(/\$\{\s*(data\.[\w-]+\.[\w-]+)\.([\w-]+)\s*\}|[$%]\{[^}]*\}/g, (whole, ref, attr) => {
            const v = ref && attr ? this.data.get(`${prefix}${ref}`)?.[attr] : undefined;
            if (typeof v === 'string')
                return v;
            known = false;
            return whole;
        });
        return known ? { type: 'string', value, startLine: node.startLine, endLine: node.endLine } : node;
    }
    /** The default key policy for a key created without one. */
    defaultPolicy(line, origin) {
        return (0,iac/* documentFrom */.E5)((0,iac/* defaultKeyPolicy */.H6)(this.account, this.partition, line), origin);
    }
}
/** Reads the KMS keys, aliases and IAM documents a Terraform plan proposes, with lines in the `.tf` files. */
function readTerraformPlan(input) {
    const result = (0,iac/* emptyResult */.$)();
    let plan;
    if (input.text.charCodeAt(0) === 0xfeff)
        input = { ...input, text: input.text.slice(1) };
    const deep = (0,json_source/* nestingProblem */.m4)(input.text);
    if (deep) {
        result.problems.push({
            message: `plan: ${deep.message}`,
            line: deep.line,
            rule: 'invalid-policy',
            file: input.file
        });
        return result;
    }
    try {
        plan = JSON.parse(input.text);
    }
    catch {
        const parsed = (0,json_source/* parseJsonWithLines */.$f)(input.text);
        for (const p of parsed.problems.length ? parsed.problems : [{ message: 'JSON syntax error', line: 1 }]) {
            result.problems.push({ message: `plan: ${p.message}`, line: p.line, rule: 'invalid-policy', file: input.file });
        }
        return result;
    }
    if (!lines_isRecord(plan) ||
        typeof plan.format_version !== 'string' ||
        !('resource_changes' in plan || 'planned_values' in plan)) {
        result.problems.push({
            message: 'not a Terraform plan in JSON (expected the output of `terraform show -json PLANFILE`)',
            line: 1,
            rule: 'config-error',
            file: input.file
        });
        return result;
    }
    if (!plan.format_version.startsWith('1.')) {
        result.problems.push({
            message: `unsupported plan format_version ${plan.format_version} (1.x expected)`,
            line: 1,
            rule: 'config-error',
            file: input.file
        });
        return result;
    }
    const ctx = new PlanContext(input, plan, result);
    readKeys(ctx);
    readIamChanges(ctx);
    plan_checkMappings(ctx);
    reportUnread(ctx);
    return result;
}
/**
 * IAM and KMS resource types: those whose changes are reported when no reader follows them, and the only ones
 * (the RELEVANT types among them) whose `.tf` blocks are looked up.
 */
const UNREAD = /^(aws|awscc)_(iam|kms)_/;
/**
 * Every change to an IAM or KMS resource that no reader here follows and that can change access is an
 * `unread-resource` warning at its block: what it does to the checks is not known, and saying nothing would
 * pass it silently.
 */
function reportUnread(ctx) {
    for (const rc of ctx.unread) {
        const c = toChange(rc);
        if (!c || c.mode !== 'managed' || !changes(c) || READ_TYPES.has(c.type) || NO_ACCESS_TYPES.has(c.type))
            continue;
        const where = ctx.where(c);
        const verb = isReplace(c.actions)
            ? 'replaces'
            : c.actions.includes('delete')
                ? 'deletes'
                : c.actions.includes('create')
                    ? 'creates'
                    : 'updates';
        // Groups hold IAM users (never roles): what a change to a group's policies or members does to them is unknown.
        const users = /^(aws|awscc)_iam_(group|user_group)/.test(c.type);
        ctx.result.problems.push({
            message: users
                ? `the plan ${verb} ${c.address} (${c.type}), which changes what IAM users may do through groups; the gate does not read groups`
                : `the plan ${verb} ${c.address} (${c.type}), which the gate does not read: its effect on rotation principals and key owners is not checked`,
            line: where.line,
            rule: 'unread-resource',
            file: where.file,
            ...(users ? { users } : {})
        });
    }
}
function readKeys(ctx) {
    const { input, result } = ctx;
    // By instance address: with count or for_each each instance is its own key.
    const keyByAddress = new Map();
    for (const c of ctx.changes.filter(c => c.mode === 'managed' && c.type in plan_KEY_TYPES)) {
        const policyArg = plan_KEY_TYPES[c.type];
        const where = ctx.where(c);
        const liveArn = typeof c.before?.arn === 'string' ? c.before.arn : undefined;
        const configured = input.keys[c.address] ?? input.keys[c.base];
        const origin = { kind: 'key', name: `${c.address} in ${where.file}`, file: where.file };
        const replaced = isReplace(c.actions);
        if (c.actions.includes('delete') && liveArn) {
            result.change.keys.push({ key: liveArn, name: c.address, deleted: true, file: where.file, line: where.line });
            result.mapped.keys.push({
                logicalId: c.address,
                key: liveArn,
                via: 'plan',
                deleted: true,
                file: where.file,
                line: where.line
            });
        }
        if (!c.after || !changes(c)) {
            if (c.actions.includes('no-op') || c.actions.includes('read'))
                result.mapped.keys.push({
                    logicalId: c.address,
                    key: liveArn ?? configured,
                    via: liveArn ? 'plan' : configured ? 'config' : undefined,
                    file: where.file,
                    line: where.line
                });
            continue;
        }
        const ref = replaced ? configured : (liveArn ?? configured);
        const key = { name: c.address, file: where.file, line: where.line, source: 'terraform' };
        if (ref)
            key.key = ref;
        else
            key.created = true;
        // A new key whose configuration sets no policy gets KMS's default key policy (KMS Developer Guide,
        // key-policy-default: "When you create a KMS key programmatically … and you don't specify a key policy, AWS
        // KMS applies a very simple default key policy" that allows the account root `kms:*`). The plan shows that
        // policy as known only after apply; it is not unknown.
        if (key.created && ctx.sets(c, policyArg) === false)
            key.policy = ctx.defaultPolicy(where.line, origin);
        else
            key.policy = ctx.document(c, policyArg, origin);
        const a = c.after;
        // Rotation is the change's doing only when the plan sets it on a new key or changes it on a live one: an
        // update that leaves `enable_key_rotation` as it was says nothing new about the live key.
        const rotationBefore = c.before?.enable_key_rotation;
        if (typeof a.enable_key_rotation === 'boolean' &&
            c.unknown.enable_key_rotation !== true &&
            (key.created || rotationBefore !== a.enable_key_rotation))
            key.rotationEnabled = a.enable_key_rotation;
        if (typeof a.rotation_period_in_days === 'number' && c.unknown.rotation_period_in_days !== true)
            key.rotationPeriodDays = a.rotation_period_in_days;
        const spec = a.customer_master_key_spec ?? a.key_spec;
        if (typeof spec === 'string')
            key.keySpec = spec;
        else if (key.created)
            key.keySpec = 'SYMMETRIC_DEFAULT';
        if (c.type === 'aws_kms_external_key' || c.type === 'aws_kms_replica_external_key')
            key.keyOrigin = 'EXTERNAL';
        else if (typeof a.origin === 'string')
            key.keyOrigin = a.origin;
        if (c.type.includes('replica'))
            key.replica = true;
        result.change.keys.push(key);
        result.mapped.keys.push({
            logicalId: c.address,
            key: ref,
            via: ref ? (ref === liveArn ? 'plan' : 'config') : undefined,
            created: key.created,
            file: where.file,
            line: where.line
        });
        keyByAddress.set(c.address, { key, change: c });
    }
    // aws_kms_key_policy replaces the policy of a key (of this plan or a live one); deleting it restores the default.
    for (const c of ctx.changes.filter(c => c.mode === 'managed' && c.type === 'aws_kms_key_policy' && changes(c))) {
        const where = ctx.where(c);
        const target = ctx.referenced(c, 'key_id', 'aws_kms_key');
        const values = c.after ?? c.before ?? {};
        const keyId = typeof values.key_id === 'string' ? values.key_id : undefined;
        let entry = target && keyByAddress.get(target.address)?.key;
        if (!entry) {
            const ref = target
                ? typeof target.before?.arn === 'string'
                    ? target.before.arn
                    : input.keys[target.address]
                : keyId;
            entry = {
                name: target?.address ?? c.address,
                file: where.file,
                line: where.line,
                ...(ref ? { key: ref } : { created: true })
            };
            result.change.keys.push(entry);
        }
        const origin = { kind: 'key', name: `${c.address} in ${where.file}`, file: where.file };
        const policy = c.after
            ? ctx.document(c, 'policy', origin)
            : c.before?.bypass_policy_lockout_safety_check === true
                ? undefined
                : ctx.defaultPolicy(where.line, origin);
        if (policy)
            entry.policy = policy;
    }
    for (const c of ctx.changes.filter(c => c.mode === 'managed' && (c.type === 'aws_kms_alias' || c.type === 'awscc_kms_alias'))) {
        const values = c.after ?? c.before ?? {};
        const where = ctx.where(c);
        const target = Object.keys(plan_KEY_TYPES)
            .map(type => ctx.referenced(c, 'target_key_id', type))
            .find(t => t);
        const nameArg = c.type === 'awscc_kms_alias' ? 'alias_name' : 'name';
        const name = typeof values[nameArg] === 'string' && c.unknown[nameArg] !== true ? values[nameArg] : undefined;
        const targetKey = target && keyByAddress.get(target.address)?.key;
        if (name && targetKey && c.after)
            (targetKey.aliases ??= []).push(name);
        result.mapped.aliases.push({
            logicalId: c.address,
            name,
            targetLogicalId: target?.address,
            target: !target && typeof values.target_key_id === 'string' ? values.target_key_id : undefined,
            ...(c.actions.includes('delete') && !isReplace(c.actions) ? { deleted: true } : {}),
            file: where.file,
            line: where.line
        });
    }
}
function plan_checkMappings(ctx) {
    const sections = [
        ['keys', [...Object.keys(plan_KEY_TYPES), 'aws_kms_alias', 'awscc_kms_alias'], 'a KMS key or alias resource'],
        ['principals', ['aws_iam_role'], 'an aws_iam_role']
    ];
    for (const [section, types, what] of sections) {
        for (const address of Object.keys(ctx.input[section])) {
            const hit = ctx.changes.find(c => (c.address === address || c.base === address) && types.includes(c.type));
            if (!hit)
                ctx.result.problems.push({
                    message: `${section}: ${address} is not ${what} in ${ctx.input.file}`,
                    line: 0,
                    rule: 'config-error'
                });
        }
    }
}
function instanceKey(address) {
    return /\[[^\]]*\]$/.exec(address)?.[0] ?? '';
}
function collectData(mod, out) {
    if (!lines_isRecord(mod))
        return;
    for (const r of Array.isArray(mod.resources) ? mod.resources : []) {
        if (lines_isRecord(r) && r.mode === 'data' && typeof r.address === 'string' && lines_isRecord(r.values) && !out.has(r.address))
            out.set(r.address, r.values);
    }
    for (const child of Array.isArray(mod.child_modules) ? mod.child_modules : [])
        collectData(child, out);
}
/** The value of an argument and its unknown mask, possibly inside a nested block chosen by name. */
function argument(c, arg, inline) {
    if (!c.after)
        return [undefined, undefined];
    if (!inline)
        return [c.after[arg], c.unknown[arg]];
    const blocks = Array.isArray(c.after[inline.block]) ? c.after[inline.block] : [];
    const masks = c.unknown[inline.block];
    if (masks === true)
        return [undefined, true];
    const i = blocks.findIndex(b => lines_isRecord(b) && b.name === inline.name);
    const m = Array.isArray(masks) ? masks[i] : undefined;
    return [lines_isRecord(blocks[i]) ? blocks[i][arg] : undefined, lines_isRecord(m) ? m[arg] : undefined];
}
function stringArg(block, name) {
    const a = attributeOf(block, name);
    const text = a ? expressionText(block.src, a.expr) : undefined;
    return text && /^"[^"$%\\]*"$/.test(text) ? text.slice(1, -1) : undefined;
}
/** An inline policy can stand for the document only when its statements themselves are written out. */
function hasStatements(node) {
    const st = (0,policy_node/* getProp */.GT)(node, 'Statement')?.value;
    if (!st)
        return false;
    const items = st.type === 'array' ? st.items : [st];
    return items.every(i => i.type === 'object' && (0,policy_node/* getProp */.GT)(i, 'Effect')?.value.type === 'string');
}
function invalidJson(text, origin, line) {
    const parsed = (0,json_source/* parseJsonWithLines */.$f)(text);
    const doc = (0,iac/* documentFrom */.E5)({ type: 'null', startLine: line, endLine: line }, origin);
    doc.issues = parsed.problems.map(p => ({ message: `${p.message} (in the planned policy)`, line }));
    return doc;
}

;// CONCATENATED MODULE: ./src/sources/iac-load.ts







/**
 * Reads the CloudFormation templates (JSON, YAML, CDK output) and Terraform plans named in the config,
 * maps their keys and principals to live ones, and says which it mapped. A template or plan that cannot
 * be read is `invalid-policy` at its line; a mapping problem is a config error at the config entry.
 */
function readIacSources(workspace, config, live = {}) {
    const out = {
        change: {
            keys: [],
            principals: [],
            managedPolicies: [],
            attachments: [],
            createdPrincipals: [],
            declaredPrincipals: [],
            removedPrincipals: []
        },
        findings: []
    };
    // Pseudo parameters (AWS::AccountId, …) come from the live state the templates deploy into.
    const region = live.region ?? config.region;
    // The partition follows from the region when no key ARN gives it (a state without keys: every key is new).
    const context = { account: live.account, region, partition: live.partition ?? (0,iac/* partitionOf */.iQ)(region) };
    for (const cfn of config.cloudformation) {
        const files = (0,discover/* discoverIacFiles */.i)(workspace, [cfn.template], { where: { file: config.file, line: cfn.line } });
        // Templates the change deletes: the base commit's files the glob matches that the head no longer has.
        const matches = (0,discover/* globMatcher */.f)([cfn.template]);
        const deleted = [...(live.baseTemplates ?? [])].filter(([rel]) => !files.includes(rel) && matches(rel));
        if (!files.length && !deleted.length)
            throw new errors/* ConfigError */.xL(`no file matches template "${cfn.template}"`, config.file, cfn.line);
        // The stack's deployed template, when the state holds it and the entry names one file: what CloudFormation
        // compares the update with. Undefined: not known (no `stack:`, a snapshot without it, several files).
        const named = cfn.stack !== undefined && files.length === 1 ? live.deployedTemplates?.get(cfn.stack) : undefined;
        // No such stack where the gate looked (its account and region): a new stack, or one deployed elsewhere whose
        // removals the gate cannot see. Compared with the base commit as without `stack:`, and said.
        if (named === null)
            out.findings.push({
                rule: constants/* RULES */.y0.unreadResource,
                severity: 'warning',
                message: `stack ${cfn.stack} does not exist in ${[live.account, region].filter(Boolean).join(' ')} (cloudformation:GetTemplate): ${files[0]} is compared with the base commit, not with a deployed stack; if the stack is deployed in another account or region, what the change removes from it is not checked`,
                file: config.file,
                startLine: cfn.line,
                endLine: cfn.line,
                preExisting: false
            });
        const deployed = named ?? undefined;
        const results = files.map(rel => {
            const f = (0,src_workspace/* readWorkspaceFile */.sL)(workspace, rel, {
                maxBytes: constants/* INPUT_LIMITS */.Ef.template,
                where: { file: config.file, line: cfn.line }
            });
            if (f.bytes > constants/* INPUT_LIMITS */.Ef.yamlTemplate && /\S/.exec(f.text)?.[0] !== '{') {
                throw new errors/* ConfigError */.xL(`file ${JSON.stringify(rel)} is ${f.bytes} bytes, over the limit of ${constants/* INPUT_LIMITS */.Ef.yamlTemplate} bytes for a YAML template`, config.file, cfn.line);
            }
            return readCloudFormation({
                file: f.rel,
                text: f.text,
                stack: cfn.stack,
                keys: cfn.keys,
                principals: cfn.principals,
                context,
                ...(deployed !== undefined
                    ? { base: deployed, baseSource: `the deployed stack ${cfn.stack}` }
                    : { base: live.baseTemplates?.get(f.rel) }),
                ...(live.simulator === false ? { simulator: false } : {})
            });
        });
        // Every resource a deleted template deployed is deleted with it.
        for (const [rel, base] of deleted) {
            results.push(readCloudFormation({
                file: rel,
                text: 'Resources: {}\n',
                stack: cfn.stack,
                keys: cfn.keys,
                principals: cfn.principals,
                context,
                base,
                deletedFile: true
            }));
        }
        shareMappings(results);
        for (const result of results)
            merge(out, result, config, cfn.line, live.aliases);
        // A template the base does not have is read as a new stack. When it describes a deployed one (a template built
        // in the workflow, such as CDK output), what the change removes from that stack is deleted unseen: say so.
        for (const rel of live.baseTemplates && deployed === undefined
            ? files.filter(f => !live.baseTemplates.has(f))
            : [])
            out.findings.push({
                rule: constants/* RULES */.y0.unreadResource,
                severity: 'warning',
                message: `${rel} is not in the base commit: it is read as a new template, so what the change removes from a stack already deployed from it (a template built in the workflow, such as CDK output) is not checked; name the stack (\`stack:\`) so that its deployed template is read, commit the template, or review the removals by hand`,
                file: config.file,
                startLine: cfn.line,
                endLine: cfn.line,
                preExisting: false
            });
    }
    for (const tf of config.terraform) {
        const f = (0,src_workspace/* readWorkspaceFile */.sL)(workspace, tf.plan, {
            maxBytes: constants/* INPUT_LIMITS */.Ef.plan,
            where: { file: config.file, line: tf.line }
        });
        const result = readTerraformPlan({
            file: f.rel,
            text: f.text,
            root: tf.root,
            workspace,
            keys: tf.keys,
            principals: tf.principals,
            context
        });
        merge(out, result, config, tf.line, live.aliases);
    }
    return out;
}
/**
 * The templates one glob matches share its `keys:` and `principals:` mapping: a logical id need only be a
 * resource of one of them (a CDK app's stacks, one template per environment). It is a config error only when
 * no matched template has it.
 */
function shareMappings(results) {
    if (results.length < 2)
        return;
    const missing = (p) => (p.rule === 'config-error' ? p.missingId : undefined);
    const count = new Map();
    for (const r of results)
        for (const p of r.problems) {
            const id = missing(p);
            if (id)
                count.set(id, (count.get(id) ?? 0) + 1);
        }
    for (const r of results) {
        r.problems = r.problems.filter(p => {
            const id = missing(p);
            return !id || count.get(id) === results.length;
        });
    }
    // Still missing everywhere: one problem naming every template, not one per template.
    const first = results.find(r => r.problems.some(p => missing(p)));
    if (first) {
        for (const p of first.problems) {
            const id = missing(p);
            if (id && count.get(id) === results.length)
                p.message = `${p.message.replace(/ of \S+$/, '')} of any of the ${results.length} templates the glob matches`;
        }
    }
}
function merge(out, result, config, configLine, liveAliases = []) {
    const configProblem = result.problems.find(p => p.rule === 'config-error');
    if (configProblem)
        throw new errors/* ConfigError */.xL(configProblem.message, configProblem.file ?? config.file, configProblem.line || configLine);
    for (const p of result.problems) {
        if (p.rule === 'unread-resource' && p.users) {
            ;
            (out.change.groupChanges ??= []).push({ message: p.message, file: p.file, line: p.line || 1 });
            continue;
        }
        const unread = p.rule === 'unread-resource';
        out.findings.push({
            rule: unread ? constants/* RULES */.y0.unreadResource : constants/* RULES */.y0.invalidPolicy,
            severity: unread && !p.blocking ? 'warning' : 'error',
            message: p.message,
            file: p.file,
            startLine: p.line || 1,
            endLine: p.line || 1,
            preExisting: false
        });
    }
    // A key the source creates but names by an alias of a configured key (listed by alias, or a live alias of a
    // listed key) is that key. Only those: any other alias may not exist yet, and asking AWS for it
    // (DescribeKey) would fail the run for a template that simply creates a new key with a new alias.
    // An alias the config lists that no live key has is a key the change creates: the config entry is linked
    // to that new key (linkConfigKeys), never to a live key that is not there.
    const listed = (name) => liveAliases.includes(name);
    for (const key of result.change.keys) {
        if (key.key || !key.created)
            continue;
        const alias = result.mapped.aliases.find(a => a.targetLogicalId === key.name && a.name && !a.deleted && listed(a.name));
        if (!alias?.name)
            continue;
        key.key = alias.name;
        // A key the template leaves out (a false Condition) named by a live alias: that live key is deleted.
        if (key.deleted)
            delete key.created;
        // The notice says what the key was mapped to, not "a new key".
        const mapped = result.mapped.keys.find(k => k.logicalId === key.name && k.created);
        if (mapped)
            Object.assign(mapped, { key: alias.name, via: 'alias', created: undefined });
    }
    // Loops, not push(...list): a generated template can hold more entries than a call takes arguments. A key
    // left out of the template that no live alias names was never deployed: nothing to delete.
    for (const k of result.change.keys)
        if (!(k.created && k.deleted))
            out.change.keys.push(k);
    for (const p of result.change.principals)
        out.change.principals.push(p);
    for (const m of result.managedPolicies)
        out.change.managedPolicies.push(m);
    for (const a of result.attachments)
        out.change.attachments.push(a);
    for (const r of result.removedPrincipals)
        out.change.removedPrincipals.push(r);
    for (const arn of result.change.pathless ?? [])
        (out.change.pathless ??= []).push(arn);
    for (const u of result.change.unattributed ?? [])
        (out.change.unattributed ??= []).push(u);
    for (const x of result.change.exclusiveAttachments ?? [])
        (out.change.exclusiveAttachments ??= []).push(x);
    for (const x of result.change.uncertainAttachments ?? [])
        (out.change.uncertainAttachments ??= []).push(x);
    for (const x of result.change.uncertainDeletions ?? [])
        (out.change.uncertainDeletions ??= []).push(x);
    for (const p of result.mapped.principals) {
        if (p.created)
            out.change.createdPrincipals.push(p.key);
        if (!p.deleted)
            out.change.declaredPrincipals.push(p.arn ?? p.key);
    }
    const byFile = new Map();
    const note = (file, text) => {
        // Appended in place: copying the list for every entry made a template of 60,000 roles take minutes.
        const list = byFile.get(file);
        if (list)
            list.push(text);
        else
            byFile.set(file, [text]);
    };
    for (const k of result.mapped.keys) {
        note(k.file, `key ${k.logicalId} → ${k.deleted ? 'deleted' : k.key ? `${k.key}${k.via ? ` (by ${k.via})` : ''}` : 'a new key'}`);
    }
    for (const p of result.mapped.principals) {
        note(p.file, `principal ${p.logicalId} → ${p.deleted ? 'deleted' : p.arn ? `${p.arn}${p.via ? ` (by ${p.via})` : ''}` : `created by the change (${p.key})`}`);
    }
    // A CDK app can have hundreds of unnamed roles: list the first ones and count the rest.
    const MAX_LISTED = 20;
    for (const [file, all] of byFile) {
        const lines = all.length > MAX_LISTED ? [...all.slice(0, MAX_LISTED), `and ${all.length - MAX_LISTED} more`] : all;
        out.findings.push({
            rule: constants/* RULES */.y0.sourceMapping,
            severity: 'notice',
            message: `${file}: ${lines.join('; ')}`,
            file,
            startLine: 1,
            endLine: 1,
            preExisting: false
        });
    }
}


/***/ })

};
