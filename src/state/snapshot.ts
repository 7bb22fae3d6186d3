import { dirname, resolve } from 'node:path'
import { INPUT_LIMITS } from '../constants.js'
import { GateError } from '../errors.js'
import { parseJsonWithLines } from '../policy/json-source.js'
import { refusal } from '../policy/limits.js'
import { getProp, toJson, type PNode } from '../policy/node.js'
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
): { state: LiveState; root: PNode } {
  const { text } = readUserFile(source.workspace, path, {
    maxBytes: INPUT_LIMITS.snapshot,
    outsideAllowed: source.outsideAllowed,
    display,
    what: 'snapshot'
  })
  return parseSnapshot(text, display)
}

/** Validates snapshot text; errors carry `display` and the line. */
export function parseSnapshot(text: string, display: string): { state: LiveState; root: PNode } {
  const parsed = parseJsonWithLines(text)
  if (parsed.problems.length || !parsed.node) {
    const p = parsed.problems[0] ?? { message: 'empty snapshot', line: 1 }
    throw new GateError(`malformed snapshot: ${p.message}`, display, p.line)
  }
  // A repeated member would be silently dropped by the object it is read into, `__proto__` would change that
  // object's prototype instead of being a member: both are refused where they stand.
  const odd = firstOddKey(parsed.node)
  if (odd) throw new GateError(`malformed snapshot: ${odd.message}`, display, odd.line)
  const result = snapshotSchema.safeParse(toJson(parsed.node))
  if (!result.success) {
    const line = (issue: (typeof result.error.issues)[number]): number => lineAt(parsed.node!, locatedPath(issue))
    const issue = [...result.error.issues].sort((a, b) => line(a) - line(b))[0]
    const where = issue.path
      .map(s => (typeof s === 'number' ? `[${s}]` : `.${String(s)}`))
      .join('')
      .replace(/^\./, '')
    throw new GateError(`invalid snapshot: ${where ? `${where}: ` : ''}${issue.message}`, display, line(issue))
  }
  const state = result.data as LiveState
  // A live document the gate would refuse to evaluate (far beyond AWS's size limits) stops the run here rather
  // than being evaluated as a Deny without a word.
  for (const doc of documentNodes(parsed.node)) {
    const refused = refusal(doc)
    if (refused) throw new GateError(`invalid snapshot: a policy document: ${refused.message}`, display, refused.line)
  }
  // Principals are checked for existence only in the accounts the snapshot read in full (knownPrincipals lists
  // them): a key of another account would silently skip the check for the principals its policy names.
  const accounts = new Set([state.account, ...(state.otherAccounts ?? [])])
  state.keys.forEach((key, i) => {
    const account = accountOf(key.arn) ?? ''
    if (!accounts.has(account)) {
      throw new GateError(
        `invalid snapshot: keys[${i}].arn: the key is in account ${account} but the snapshot's account is ${state.account}${state.otherAccounts?.length ? ` (and ${state.otherAccounts.join(', ')})` : ''}; snapshot each account separately, or list it in otherAccounts with its role and user ARNs in knownPrincipals`,
        display,
        lineAt(parsed.node!, ['keys', i, 'arn'])
      )
    }
  })
  return { state, root: parsed.node }
}

/** The policy documents of a snapshot tree (shape already validated). */
function documentNodes(root: PNode): PNode[] {
  const out: PNode[] = []
  const items = (node: PNode | undefined): PNode[] => (node?.type === 'array' ? node.items : [])
  const member = (node: PNode | undefined, key: string): PNode | undefined =>
    node ? getProp(node, key)?.value : undefined
  for (const key of items(member(root, 'keys'))) {
    const policy = member(key, 'policy')
    if (policy) out.push(policy)
  }
  for (const principal of items(member(root, 'principals'))) {
    for (const policy of items(member(principal, 'policies'))) {
      const doc = member(policy, 'document')
      if (doc) out.push(doc)
    }
    const boundary = member(member(principal, 'permissionsBoundary'), 'document')
    if (boundary) out.push(boundary)
  }
  for (const section of ['serviceControlPolicies', 'resourceControlPolicies']) {
    for (const level of items(member(root, section))) for (const doc of items(level)) out.push(doc)
  }
  return out
}

/** The first duplicate or `__proto__` member of any object in the tree, in document order. */
function firstOddKey(root: PNode): { message: string; line: number } | undefined {
  const stack: PNode[] = [root]
  let found: { message: string; line: number } | undefined
  while (stack.length) {
    const node = stack.pop()!
    if (node.type === 'array') for (const item of node.items) stack.push(item)
    if (node.type !== 'object') continue
    const seen = new Set<string>()
    for (const p of node.props) {
      let message: string | undefined
      if (p.key === '__proto__') message = 'the member "__proto__" is not allowed'
      else if (seen.has(p.key)) message = `duplicate member "${p.key}"`
      seen.add(p.key)
      if (message && (!found || p.keyLine < found.line)) found = { message, line: p.keyLine }
      stack.push(p.value)
    }
  }
  return found
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
