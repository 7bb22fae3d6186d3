import { dirname, resolve } from 'node:path'
import { INPUT_LIMITS } from '../constants.js'
import { GateError } from '../errors.js'
import { checkJson, parseJsonWithLines } from '../policy/json-source.js'
import { refusal } from '../policy/limits.js'
import { fromJson, getProp, type PNode } from '../policy/node.js'
import { readUserFile } from '../workspace.js'
import { snapshotSchema } from './schema.js'
import type { LiveState, StateProvider } from './types.js'
import { accountOf } from '../arn.js'

/** Line of the value at a schema issue's path (or of the nearest ancestor that exists). */
export function lineAt(root: PNode, path: readonly PropertyKey[]): number {
  let node: PNode = root
  let line = root.startLine
  for (const seg of path) {
    if (node.type === 'object' && typeof seg === 'string') {
      const p = getProp(node, seg)
      if (!p) break
      line = p.keyLine
      node = p.value
    } else if (node.type === 'array' && typeof seg === 'number' && node.items[seg]) {
      node = node.items[seg]
      line = node.startLine
    } else break
  }
  return line
}

/**
 * The path whose line an issue is reported at. An unknown field is reported by zod on the object that
 * holds it; the line of the field itself is the one to fix.
 */
function locatedPath(issue: {
  code: string
  path: readonly PropertyKey[]
  keys?: readonly string[]
}): readonly PropertyKey[] {
  return issue.code === 'unrecognized_keys' && issue.keys?.length ? [...issue.path, issue.keys[0]] : issue.path
}

/** Where a snapshot file may be and how large it may be. */
export interface SnapshotSource {
  /** The workspace: a snapshot inside it may not lead out of it through a symbolic link. */
  workspace: string
  /** The path was given on the command line: it may also lie outside the workspace. */
  outsideAllowed: boolean
}

/** Reads and validates a snapshot file (CONTRACT §4). Any problem: a GateError with the file and line. */
export function readSnapshot(
  path: string,
  display = path,
  source: SnapshotSource = { workspace: dirname(resolve(path)), outsideAllowed: true }
): { state: LiveState } {
  const { text } = readUserFile(source.workspace, path, {
    maxBytes: INPUT_LIMITS.snapshot,
    outsideAllowed: source.outsideAllowed,
    display,
    what: 'snapshot'
  })
  return parseSnapshot(text, display)
}

/**
 * Validates snapshot text; errors carry `display` and the line. The text is checked as strictly as any JSON the
 * gate reads (strict syntax, no member twice, no `__proto__`) without building its positional tree, which is
 * several times the text: it is built only to place a problem found afterwards.
 */
export function parseSnapshot(text: string, display: string): { state: LiveState } {
  const checked = checkJson(text)
  if (checked) {
    // A syntax error is reported as parseJsonWithLines words it (a trailing comma at the comma, …). A repeated
    // member would be silently dropped by the object it is read into, `__proto__` would change that object's
    // prototype instead of being a member: both are refused where they stand.
    const p = parseJsonWithLines(text).problems[0] ?? checked
    throw new GateError(`malformed snapshot: ${p.message}`, display, p.line)
  }
  const plain = JSON.parse(text) as unknown
  const tree = (): PNode => parseJsonWithLines(text).node!
  // A live document the gate would refuse to evaluate (far beyond AWS's size limits) stops the run here rather
  // than being evaluated as a Deny without a word. Measured on the values; the tree is read for the line.
  if (plainDocuments(plain).some(doc => refusal(fromJson(doc)))) {
    for (const doc of documentNodes(tree())) {
      const refused = refusal(doc)
      if (refused) throw new GateError(`invalid snapshot: a policy document: ${refused.message}`, display, refused.line)
    }
  }
  const lineOf = (path: readonly PropertyKey[]): number => lineAt(tree(), path)
  const result = snapshotSchema.safeParse(plain)
  if (!result.success) {
    const root = tree()
    const line = (issue: (typeof result.error.issues)[number]): number => lineAt(root, locatedPath(issue))
    const issue = [...result.error.issues].sort((a, b) => line(a) - line(b))[0]
    const where = issue.path
      .map(s => (typeof s === 'number' ? `[${s}]` : `.${String(s)}`))
      .join('')
      .replace(/^\./, '')
    throw new GateError(`invalid snapshot: ${where ? `${where}: ` : ''}${issue.message}`, display, line(issue))
  }
  const state = result.data as LiveState
  // Principals are checked for existence only in the accounts the snapshot read in full (knownPrincipals lists
  // them): a key of another account would silently skip the check for the principals its policy names.
  const accounts = new Set([state.account, ...(state.otherAccounts ?? [])])
  state.keys.forEach((key, i) => {
    const account = accountOf(key.arn) ?? ''
    if (!accounts.has(account)) {
      throw new GateError(
        `invalid snapshot: keys[${i}].arn: the key is in account ${account} but the snapshot's account is ${state.account}${state.otherAccounts?.length ? ` (and ${state.otherAccounts.join(', ')})` : ''}; snapshot each account separately, or list it in otherAccounts with its role and user ARNs in knownPrincipals`,
        display,
        lineOf(['keys', i, 'arn'])
      )
    }
  })
  return { state }
}

/**
 * The policy documents of a snapshot, where its shape puts them (whatever else it holds): key policies, principals'
 * policies and boundaries, SCP and RCP levels. One walk for both forms the snapshot is read in, through `items`
 * (the entries of a list) and `member` (a member of an object).
 */
function documentsIn<T>(
  root: T,
  items: (v: T | undefined) => T[],
  member: (v: T | undefined, key: string) => T | undefined
): T[] {
  const out: T[] = []
  for (const key of items(member(root, 'keys'))) {
    const policy = member(key, 'policy')
    if (policy !== undefined) out.push(policy)
  }
  for (const principal of items(member(root, 'principals'))) {
    for (const policy of items(member(principal, 'policies'))) {
      const doc = member(policy, 'document')
      if (doc !== undefined) out.push(doc)
    }
    const boundary = member(member(principal, 'permissionsBoundary'), 'document')
    if (boundary !== undefined) out.push(boundary)
  }
  for (const section of ['serviceControlPolicies', 'resourceControlPolicies']) {
    for (const level of items(member(root, section))) for (const doc of items(level)) out.push(doc)
  }
  return out
}

/** The documents of parsed snapshot values. */
function plainDocuments(root: unknown): unknown[] {
  return documentsIn<unknown>(
    root,
    v => (Array.isArray(v) ? v : []),
    (v, key) =>
      typeof v === 'object' && v !== null && !Array.isArray(v) && Object.hasOwn(v, key)
        ? (v as Record<string, unknown>)[key]
        : undefined
  )
}

/** The documents of a snapshot's positional tree (to place a problem found on the values). */
function documentNodes(root: PNode): PNode[] {
  return documentsIn<PNode>(
    root,
    node => (node?.type === 'array' ? node.items : []),
    (node, key) => (node ? getProp(node, key)?.value : undefined)
  )
}

export function snapshotText(state: LiveState): string {
  return JSON.stringify(state, null, 2) + '\n'
}

/** The offline state provider: the snapshot is the live state; no AWS call is made. */
export class SnapshotProvider implements StateProvider {
  readonly mode = 'offline' as const
  constructor(
    private readonly path: string,
    readonly file: string,
    private readonly source?: SnapshotSource
  ) {}

  private state?: LiveState

  /** The snapshot holds the whole state: it is read once, whatever is asked. */
  async load(): Promise<LiveState> {
    if (!this.state) {
      // The positional tree of a large snapshot is several times the file: only the state is kept.
      this.state = readSnapshot(this.path, this.file, this.source).state
    }
    return this.state
  }
}
