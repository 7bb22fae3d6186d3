import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { z } from 'zod'
import { MAX_INPUT_BYTES } from '../constants.js'
import { GateError } from '../errors.js'
import { parseJsonWithLines } from '../policy/json-source.js'
import { getProp, toJson, type PNode } from '../policy/node.js'
import type { LiveState, StateProvider } from './types.js'

const doc = z.unknown()
const date = z.string().refine(s => !Number.isNaN(Date.parse(s)), 'not an ISO-8601 date')

const snapshotSchema = z
  .object({
    version: z.literal(1, { message: 'snapshot version must be 1' }),
    capturedAt: date.optional(),
    account: z.string().regex(/^\d{12}$/, 'account must be a 12-digit account id'),
    region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, 'not an AWS region'),
    keys: z.array(
      z
        .object({
          arn: z.string().regex(/^arn:[a-z-]+:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/, 'not a KMS key ARN'),
          aliases: z.array(z.string().regex(/^alias\/.+/, 'an alias starts with "alias/"')).default([]),
          keySpec: z.string().optional(),
          keyUsage: z.string().optional(),
          keyManager: z.enum(['CUSTOMER', 'AWS']).optional(),
          origin: z.string().optional(),
          keyState: z.string().optional(),
          multiRegion: z.boolean().optional(),
          multiRegionKeyType: z.enum(['PRIMARY', 'REPLICA']).optional(),
          primaryKeyArn: z
            .string()
            .regex(/^arn:[a-z-]+:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/, 'not a KMS key ARN')
            .optional(),
          creationDate: date.optional(),
          policy: z.record(z.string(), z.unknown()),
          rotation: z
            .object({
              enabled: z.boolean(),
              periodDays: z.number().int().positive().optional(),
              nextRotationDate: date.optional(),
              history: z.array(z.object({ date, type: z.string() }).strict()).default([])
            })
            .strict()
            .optional(),
          rotationUnreadable: z.string().optional()
        })
        .strict()
    ),
    principals: z
      .array(
        z
          .object({
            arn: z.string().regex(/^arn:[a-z-]+:iam::\d{12}:(role|user)\/.+$/, 'not an IAM role or user ARN'),
            id: z.string().optional(),
            policies: z
              .array(
                z
                  .object({ name: z.string().optional(), managed: z.string().optional(), document: doc })
                  .strict()
                  .refine(
                    p => (p.name === undefined) !== (p.managed === undefined),
                    'a policy needs exactly one of "name" or "managed"'
                  )
              )
              .default([]),
            permissionsBoundary: z.object({ arn: z.string(), document: doc }).strict().nullable().default(null)
          })
          .strict()
      )
      .default([]),
    organizationId: z
      .string()
      .regex(/^o-[a-z0-9]{10,32}$/, 'not an organization id (o-…)')
      .nullable()
      .optional(),
    knownPrincipals: z.array(z.string()).optional(),
    serviceControlPolicies: z.array(z.array(doc)).optional(),
    resourceControlPolicies: z.array(z.array(doc)).optional(),
    organizationPoliciesUnread: z.string().optional(),
    organizationIdUnread: z.string().optional()
  })
  .strict()

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

/** Reads and validates a snapshot file (CONTRACT §4). Any problem: a GateError with the file and line. */
export function readSnapshot(path: string, display = path): { state: LiveState; root: PNode } {
  let size: number
  try {
    const st = statSync(path)
    if (st.isDirectory()) throw new GateError('the snapshot path is a directory, not a file', display)
    size = st.size
  } catch (e) {
    if (e instanceof GateError) throw e
    throw new GateError('snapshot file not found', display)
  }
  if (size > MAX_INPUT_BYTES) {
    throw new GateError(`snapshot is ${size} bytes, over the ${MAX_INPUT_BYTES}-byte limit`, display)
  }
  const text = readFileSync(path, 'utf8')
  const parsed = parseJsonWithLines(text)
  if (parsed.problems.length || !parsed.node) {
    const p = parsed.problems[0] ?? { message: 'empty snapshot', line: 1 }
    throw new GateError(`malformed snapshot: ${p.message}`, display, p.line)
  }
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
  return { state: result.data as LiveState, root: parsed.node }
}

export function writeSnapshot(path: string, state: LiveState): void {
  writeFileSync(path, JSON.stringify(state, null, 2) + '\n')
}

/** The offline state provider: the snapshot is the live state; no AWS call is made. */
export class SnapshotProvider implements StateProvider {
  readonly mode = 'offline' as const
  private root?: PNode
  constructor(
    private readonly path: string,
    readonly file: string
  ) {}

  private state?: LiveState

  /** The snapshot holds the whole state: it is read once, whatever is asked. */
  async load(): Promise<LiveState> {
    if (!this.state) {
      const { state, root } = readSnapshot(this.path, this.file)
      this.root = root
      this.state = state
    }
    return this.state
  }

  /** Line of a key's entry in the snapshot, for messages. */
  keyLine(arn: string): number | undefined {
    if (!this.root) return undefined
    const keys = getProp(this.root, 'keys')?.value
    if (keys?.type !== 'array') return undefined
    const item = keys.items.find(k => {
      const a = getProp(k, 'arn')?.value
      return a?.type === 'string' && a.value === arn
    })
    return item?.startLine
  }
}
