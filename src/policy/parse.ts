import { exact, fromJson, getProp, setMember, type PNode } from './node.js'
import { parseJsonWithLines } from './json-source.js'
import { failClosed, refusal } from './limits.js'
import type {
  ConditionClause,
  LineRange,
  Located,
  PolicyDocument,
  PolicyIssue,
  PolicyOrigin,
  PrincipalBlock,
  Statement
} from './types.js'

const TOP_LEVEL = new Set(['Version', 'Id', 'Statement'])
const STATEMENT_KEYS = new Set([
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition'
])
const PRINCIPAL_KEYS = new Set(['AWS', 'Service', 'Federated', 'CanonicalUser'])
const VERSIONS = new Set(['2012-10-17', '2008-10-17'])
/**
 * Condition operators AWS accepts (IAM User Guide, reference_policies_elements_condition_operators):
 * an optional set qualifier, the operator, and an optional `IfExists` (not for `Null`).
 */
const CONDITION_OPERATOR =
  /^((ForAnyValue|ForAllValues):)?(((String(Not)?Equals(IgnoreCase)?|String(Not)?Like|Numeric(Not)?Equals|Numeric(LessThan|GreaterThan)(Equals)?|Date(Not)?Equals|Date(LessThan|GreaterThan)(Equals)?|Bool|BinaryEquals|(Not)?IpAddress|Arn(Not)?(Equals|Like))(IfExists)?)|Null)$/

/** `service:Action` with wildcards, or `*` (IAM User Guide, reference_policies_elements_action). */
const ACTION_SYNTAX = /^(\*|[a-zA-Z0-9*?-]+:[a-zA-Z0-9*?]+)$/

/**
 * What KMS accepts as an `AWS` principal (IAM User Guide, reference_policies_elements_principal; KMS Developer
 * Guide, key-policy-overview): `*`, a 12-digit account id, the account root, a role or user ARN (with path), an
 * assumed-role session or federated-user ARN, or the unique id of an IAM principal (AROA…/AIDA…, what a deleted
 * principal turns into; rule orphaned-principal decides about those). Anything else makes PutKeyPolicy fail with
 * MalformedPolicyDocumentException ("invalid principals").
 */
const PRINCIPAL_NAME = '[\\w+=,.@-]+'
const AWS_PRINCIPAL = new RegExp(
  `^(\\d{12}|arn:aws[a-z-]*:iam::\\d{12}:(root|(role|user)/(${PRINCIPAL_NAME}/)*${PRINCIPAL_NAME})|` +
    `arn:aws[a-z-]*:sts::\\d{12}:(assumed-role/${PRINCIPAL_NAME}/${PRINCIPAL_NAME}|federated-user/${PRINCIPAL_NAME})|` +
    `(AROA|AIDA|AGPA|AIPA|ANPA|ANVA|ASIA)[A-Z0-9]{12,})$`
)

/** Why an `AWS` principal value is not one KMS accepts; undefined when it is valid. */
export function awsPrincipalProblem(value: string): string | undefined {
  if (AWS_PRINCIPAL.test(value)) return undefined
  if (/[*?]/.test(value)) return 'wildcards are not allowed in a principal except "*" alone'
  const account = /^arn:[^:]*:(?:iam|sts)::([^:]*):/.exec(value)?.[1]
  if (account !== undefined && !/^\d{12}$/.test(account)) return `"${account}" is not a 12-digit account id`
  if (/^\d+$/.test(value)) return 'an account id has 12 digits'
  if (/^arn:[^:]*:iam::\d{12}:group\//.test(value)) return 'IAM groups cannot be principals'
  return 'not an account id, account root, role, user, assumed-role session or federated-user ARN'
}

/** Parses a JSON policy file's text. Syntax problems become issues (rule invalid-policy) with their line. */
export function parsePolicyText(text: string, origin: PolicyOrigin): PolicyDocument {
  const bytes = Buffer.byteLength(text, 'utf8')
  const parsed = parseJsonWithLines(text)
  if (!parsed.node) {
    return emptyDocument(origin, bytes, parsed.problems)
  }
  const doc = readPolicy(parsed.node, origin, bytes)
  if (parsed.problems.length) doc.issues = parsed.problems.concat(doc.issues)
  return doc
}

/** A document for a live policy given as JSON (no lines). */
export function policyFromJson(value: unknown, origin: PolicyOrigin): PolicyDocument {
  if (typeof value === 'string') {
    const doc = parsePolicyText(value, origin)
    for (const issue of doc.issues) issue.line = 0
    return doc
  }
  // Already parsed (snapshot, AWS): build the tree directly instead of printing and re-parsing it.
  const doc = readPolicy(fromJson(value), origin, Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8'), value)
  return doc
}

function emptyDocument(origin: PolicyOrigin, bytes: number, issues: PolicyIssue[]): PolicyDocument {
  return {
    origin,
    statements: [],
    statementLine: 1,
    range: { startLine: 1, endLine: 1 },
    bytes,
    json: null,
    issues
  }
}

/**
 * Builds the policy model from a positioned tree and records everything AWS would reject.
 * The document is still usable for evaluation: invalid statements are kept when their meaning is clear.
 */
export function readPolicy(
  node: PNode,
  origin: PolicyOrigin,
  bytes: number,
  json?: unknown,
  keepJson = true
): PolicyDocument {
  const issues: PolicyIssue[] = []
  const pending = unknownValues(node)
  const doc: PolicyDocument = {
    origin,
    statements: [],
    statementLine: node.startLine || 1,
    range: lineRange(node.startLine, node.endLine),
    bytes,
    // Only identity policies and boundaries go to the IAM policy simulator as JSON, and only when every value is
    // known (worlds/identity.ts), and only when a simulator takes part (`keepJson`): a plain copy of every other
    // document would only hold memory.
    json:
      json ??
      (keepJson && (origin.kind === 'identity' || origin.kind === 'boundary') && !pending.length
        ? toPlain(node)
        : undefined),
    issues,
    // Set while the statements are read: slots in the object from the start (added ones would go to a separate
    // property store, 40 bytes more per document).
    version: undefined,
    versionLine: undefined
  }
  if (pending.length) doc.pending = pending.slice()
  if (node.type !== 'object') {
    issues.push({ message: 'a policy document must be a JSON object', line: node.startLine })
    return doc
  }
  // Ambiguous (duplicate elements) or far too large: reported, and evaluated as a Deny of everything.
  const refused = refusal(node)
  if (refused) return failClosed(doc, refused)
  const read = readStatements(node, origin, doc)
  // Most documents have no issue: they share one empty list (anything that adds one replaces the list).
  if (!read.issues.length) read.issues = NO_ISSUES
  return read
}

/** The issues of every document without any: frozen, so that a push instead of a replacement fails loudly. */
const NO_ISSUES = Object.freeze([]) as unknown as PolicyIssue[]

function readStatements(node: PNode & { type: 'object' }, origin: PolicyOrigin, doc: PolicyDocument): PolicyDocument {
  const issues = doc.issues
  for (const p of node.props) {
    if (!TOP_LEVEL.has(p.key)) issues.push({ message: `unknown top-level element "${p.key}"`, line: p.keyLine })
  }
  const version = getProp(node, 'Version')
  if (version) {
    doc.versionLine = version.keyLine
    if (version.value.type !== 'string' || !VERSIONS.has(version.value.value)) {
      issues.push({ message: 'Version must be "2012-10-17" (or the legacy "2008-10-17")', line: version.keyLine })
    } else doc.version = version.value.value
  }
  const st = getProp(node, 'Statement')
  if (!st) {
    issues.push({ message: 'the policy has no Statement', line: node.startLine })
    return doc
  }
  doc.statementLine = st.keyLine
  const items = st.value.type === 'array' ? st.value.items : [st.value]
  if (st.value.type === 'array' && items.length === 0 && origin.kind !== 'key') {
    issues.push({ message: 'Statement is empty', line: st.keyLine })
  }
  const sids = new Map<string, number>()
  items.forEach((item, index) => {
    const s = readStatement(item, index, origin, issues)
    if (!s) return
    if (s.sid !== undefined) {
      const seen = sids.get(s.sid)
      if (seen !== undefined && origin.kind !== 'key') {
        issues.push({ message: `duplicate Sid "${s.sid}" (also in statement ${seen})`, line: s.range.startLine })
      }
      sids.set(s.sid, index)
    }
    doc.statements.push(s)
  })
  doc.statements = exact(doc.statements)
  return doc
}

function readStatement(node: PNode, index: number, origin: PolicyOrigin, issues: PolicyIssue[]): Statement | undefined {
  if (node.type !== 'object') {
    issues.push({ message: `statement ${index} is not an object`, line: node.startLine })
    return undefined
  }
  const at = node.startLine
  for (const p of node.props) {
    if (!STATEMENT_KEYS.has(p.key)) issues.push({ message: `unknown statement element "${p.key}"`, line: p.keyLine })
  }
  const label = `statement ${index}${sidOf(node) ? ` (${sidOf(node)})` : ''}`
  const effectProp = getProp(node, 'Effect')
  let effect: 'Allow' | 'Deny' = 'Deny'
  let effectValid = false
  if (!effectProp) {
    issues.push({ message: `${label} has no Effect`, line: at })
  } else if (
    effectProp.value.type !== 'string' ||
    (effectProp.value.value !== 'Allow' && effectProp.value.value !== 'Deny')
  ) {
    issues.push({ message: `${label}: Effect must be "Allow" or "Deny"`, line: effectProp.keyLine })
  } else {
    effect = effectProp.value.value
    effectValid = true
  }

  const s: Statement = {
    index,
    effect,
    conditions: NONE as unknown as ConditionClause[],
    range: lineRange(node.startLine, node.endLine),
    // Almost every statement has both: slots in the object from the start (see readPolicy).
    action: undefined,
    resource: undefined
  }
  // AWS rejects the whole document (rule invalid-policy); evaluating the statement as Allow or Deny would be a guess.
  if (!effectValid) s.ignored = true
  const sid = getProp(node, 'Sid')
  if (sid) {
    if (sid.value.type === 'string') s.sid = sid.value.value
    else issues.push({ message: `${label}: Sid must be a string`, line: sid.keyLine })
  }

  const pair = (a: string, b: string): [PNode | undefined, PNode | undefined, number] => {
    const pa = getProp(node, a)
    const pb = getProp(node, b)
    if (pa && pb) issues.push({ message: `${label} has both ${a} and ${b}`, line: pb.keyLine })
    return [pa?.value, pb?.value, (pa ?? pb)?.keyLine ?? at]
  }

  const [principal, notPrincipal, principalLine] = pair('Principal', 'NotPrincipal')
  if (principal) s.principal = readPrincipal(principal, label, issues)
  if (notPrincipal) s.notPrincipal = readPrincipal(notPrincipal, label, issues)
  // "NotPrincipal must be used with "Effect":"Deny". Using it with "Effect":"Allow" is not supported" (IAM User
  // Guide, reference_policies_elements_notprincipal): AWS rejects the policy or grants nothing; it grants nothing
  // here either.
  if (notPrincipal && !principal && effectValid && effect === 'Allow') {
    issues.push({
      message: `${label}: NotPrincipal is supported only with "Effect": "Deny"`,
      line: principalLine
    })
    s.ignored = true
  }
  const resourcePolicy = origin.kind === 'key' || origin.kind === 'rcp'
  if (resourcePolicy && !principal && !notPrincipal) {
    issues.push({
      message: `${label} has no Principal (required in a ${origin.kind === 'key' ? 'key' : 'resource'} policy)`,
      line: at
    })
  }
  if (!resourcePolicy && (principal || notPrincipal)) {
    issues.push({ message: `${label}: Principal is not allowed in ${kindName(origin.kind)}`, line: at })
  }

  const [action, notAction] = pair('Action', 'NotAction')
  if (action)
    s.action = readStrings(action, `${label} Action`, issues, ACTION_SYNTAX, 'not a valid action ("service:Action")')
  if (notAction) {
    s.notAction = readStrings(
      notAction,
      `${label} NotAction`,
      issues,
      ACTION_SYNTAX,
      'not a valid action ("service:Action")'
    )
  }
  // A key policy statement without Action or Resource is accepted by PutKeyPolicy but has no effect
  // (KMS API reference, PutKeyPolicy): that is rule ineffective-statement, not a syntax error.
  if (!action && !notAction && origin.kind !== 'key') {
    issues.push({ message: `${label} has no Action`, line: at })
  }
  const [resource, notResource] = pair('Resource', 'NotResource')
  if (resource) s.resource = readStrings(resource, `${label} Resource`, issues)
  if (notResource) s.notResource = readStrings(notResource, `${label} NotResource`, issues)
  if (!resource && !notResource && origin.kind !== 'key' && origin.kind !== 'scp') {
    issues.push({ message: `${label} has no Resource`, line: at })
  }
  const cond = getProp(node, 'Condition')
  if (cond) s.conditions = readConditions(cond.value, label, issues)
  return s
}

function kindName(kind: PolicyOrigin['kind']): string {
  return kind === 'identity' ? 'an identity policy' : kind === 'boundary' ? 'a permissions boundary' : 'an SCP'
}

function sidOf(node: PNode): string | undefined {
  const sid = getProp(node, 'Sid')
  return sid && sid.value.type === 'string' ? sid.value.value : undefined
}

function readStrings(
  node: PNode,
  what: string,
  issues: PolicyIssue[],
  syntax?: RegExp,
  syntaxMessage?: string
): Located[] {
  const items = node.type === 'array' ? node.items : [node]
  if (node.type === 'array' && items.length === 0)
    issues.push({ message: `${what} is an empty list`, line: node.startLine })
  const out: Located[] = []
  for (const item of items) {
    if (item.type === 'unknown') {
      out.push({ value: item.description, line: item.startLine, unknown: true })
    } else if (item.type !== 'string') {
      issues.push({ message: `${what} must be a string or a list of strings`, line: item.startLine })
    } else {
      if (syntax && !syntax.test(item.value))
        issues.push({ message: `${what}: "${item.value}" is ${syntaxMessage}`, line: item.startLine })
      out.push(item.startLine === 0 ? unplaced(item.value) : { value: item.value, line: item.startLine })
    }
  }
  return settled(out)
}

/** Statements of documents without positions (live documents, given as JSON) share one range. */
const NO_LINES: LineRange = Object.freeze({ startLine: 0, endLine: 0 })

/**
 * One shared, frozen range per pair of lines: a run over thousands of policy files holds a range per statement,
 * and statements of files written alike share their lines.
 */
const RANGES = new Map<number, LineRange>()
const RANGES_MAX = 4096
function lineRange(startLine: number, endLine: number): LineRange {
  if (startLine === 0 && endLine === 0) return NO_LINES
  // One exact number per pair (every input is under 2^26 lines; beyond, a range of its own).
  if (startLine >= 2 ** 26 || endLine >= 2 ** 26) return { startLine, endLine }
  const key = startLine * 2 ** 26 + endLine
  let known = RANGES.get(key)
  if (!known) {
    if (RANGES.size >= RANGES_MAX) RANGES.clear()
    known = Object.freeze({ startLine, endLine })
    RANGES.set(key, known)
  }
  return known
}

/**
 * A value of a document without positions (every line 0): one shared, frozen record per distinct value. The live
 * key policies of thousands of keys repeat their actions and principals; a record each cost megabytes.
 */
const UNPLACED = new Map<string, Located>()
const UNPLACED_MAX = 100_000
function unplaced(value: string): Located {
  let known = UNPLACED.get(value)
  if (!known) {
    if (UNPLACED.size >= UNPLACED_MAX) UNPLACED.clear()
    known = Object.freeze({ value, line: 0 })
    UNPLACED.set(value, known)
  }
  return known
}

/**
 * The same, with one shared, frozen list for every empty one: most statements name no service, federated or
 * canonical-user principal, and tens of thousands of empty lists cost megabytes. Only for lists nothing adds to
 * after reading (a document's statements are not: failing closed adds one).
 */
const NONE: readonly never[] = Object.freeze([] as never[])
function settled<T>(list: T[]): T[] {
  return list.length ? list.slice() : (NONE as unknown as T[])
}

function readPrincipal(node: PNode, label: string, issues: PolicyIssue[]): PrincipalBlock {
  const block: PrincipalBlock = { wildcard: false, aws: [], service: [], federated: [], canonicalUser: [] }
  if (node.type === 'string') {
    if (node.value === '*') block.wildcard = true
    else
      issues.push({
        message: `${label}: Principal must be "*" or an object such as {"AWS": "…"}`,
        line: node.startLine
      })
    return block
  }
  if (node.type === 'unknown') {
    block.aws.push({ value: node.description, line: node.startLine, unknown: true })
    return block
  }
  if (node.type !== 'object') {
    issues.push({ message: `${label}: Principal must be "*" or an object`, line: node.startLine })
    return block
  }
  for (const p of node.props) {
    if (!PRINCIPAL_KEYS.has(p.key)) {
      issues.push({ message: `${label}: unknown principal type "${p.key}"`, line: p.keyLine })
      continue
    }
    const values = readStrings(p.value, `${label} Principal.${p.key}`, issues)
    if (p.key === 'AWS') {
      for (const v of values) {
        if (v.value === '*' && !v.unknown) block.wildcard = true
        else {
          const problem = v.unknown ? undefined : awsPrincipalProblem(v.value)
          if (problem) issues.push({ message: `${label}: principal "${v.value}": ${problem}`, line: v.line })
          block.aws.push(v)
        }
      }
    } else {
      const list = p.key === 'Service' ? block.service : p.key === 'Federated' ? block.federated : block.canonicalUser
      for (const v of values) list.push(v)
    }
  }
  block.aws = settled(block.aws)
  block.service = settled(block.service)
  block.federated = settled(block.federated)
  block.canonicalUser = settled(block.canonicalUser)
  return block
}

/**
 * A condition of a document without positions: one shared, frozen clause per distinct operator, key and values. The
 * live key policies of thousands of keys repeat the same conditions (`aws:SecureTransport`, `kms:ViaService`).
 */
const CLAUSES = new Map<string, ConditionClause>()
const CLAUSES_MAX = 4096
function unplacedClause(clause: ConditionClause): ConditionClause {
  const id = JSON.stringify([clause.operator, clause.key, clause.values, clause.unknown === true])
  let known = CLAUSES.get(id)
  if (!known) {
    if (CLAUSES.size >= CLAUSES_MAX) CLAUSES.clear()
    known = Object.freeze(clause)
    CLAUSES.set(id, known)
  }
  return known
}

function readConditions(node: PNode, label: string, issues: PolicyIssue[]): ConditionClause[] {
  const out: ConditionClause[] = []
  if (node.type !== 'object') {
    issues.push({ message: `${label}: Condition must be an object`, line: node.startLine })
    return out
  }
  for (const op of node.props) {
    if (!CONDITION_OPERATOR.test(op.key)) {
      issues.push({ message: `${label}: unknown condition operator "${op.key}"`, line: op.keyLine })
    }
    if (op.value.type !== 'object') {
      issues.push({ message: `${label}: condition operator ${op.key} needs an object of keys`, line: op.keyLine })
      continue
    }
    for (const k of op.value.props) {
      const clause: ConditionClause = { operator: op.key, key: k.key, values: [], line: k.keyLine }
      const items = k.value.type === 'array' ? k.value.items : [k.value]
      for (const item of items) {
        if (item.type === 'string') clause.values.push(item.value)
        else if (item.type === 'number' || item.type === 'boolean') clause.values.push(String(item.value))
        else if (item.type === 'unknown') clause.unknown = true
        else
          issues.push({
            message: `${label}: condition ${op.key} ${k.key} has a value that is not a string, number or boolean`,
            line: item.startLine
          })
      }
      clause.values = settled(clause.values)
      out.push(clause.line === 0 ? unplacedClause(clause) : clause)
    }
  }
  return settled(out)
}

function toPlain(node: PNode): unknown {
  switch (node.type) {
    case 'object': {
      const o: Record<string, unknown> = {}
      for (const p of node.props) setMember(o, p.key, toPlain(p.value))
      return o
    }
    case 'array':
      return node.items.map(toPlain)
    case 'string':
    case 'number':
    case 'boolean':
      return node.value
    case 'unknown':
      // Never sent: a document with values known only after deployment is not simulated (`pending`).
      return null
    default:
      return null
  }
}

/** What a tree leaves to deployment: the descriptions of its unknown values (template expressions, plan unknowns). */
function unknownValues(root: PNode): string[] {
  const out: string[] = []
  const stack: PNode[] = [root]
  while (stack.length) {
    const node = stack.pop() as PNode
    if (node.type === 'unknown') out.push(node.description)
    else if (node.type === 'object') for (const p of node.props) stack.push(p.value)
    else if (node.type === 'array') for (const item of node.items) stack.push(item)
  }
  return out
}
