/**
 * On pull requests the live state of offline mode (the snapshot), and optionally the config, come from
 * the pull request's base commit. Read from the head, a pull request could edit the snapshot together with
 * the key policy and approve its own change. A change to those files is reported, not used.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { RULES } from '../constants.js'
import { relPathProblem } from '../config/schema.js'
import { GateError } from '../errors.js'
import { requireBaseCommit, showFile, type Git } from '../sources/git.js'
import type { Finding } from '../report/types.js'

export type BaselineFrom = 'base' | 'base-config' | 'head'

export interface Baseline {
  /** Path of a temporary copy of the base commit's snapshot (pass as `snapshot`). */
  snapshot?: string
  /** The workspace-relative snapshot path that findings name. */
  snapshotFile?: string
  /** The base commit's config text (with `base-config`). */
  configText?: string
  findings: Finding[]
  notes: string[]
  /** Removes the temporary copy. */
  cleanup: () => void
}

/** A workspace-relative path with `/`, or an error: the baseline must be a file of the repository. */
function workspaceRel(workspace: string, input: string, what: string): string {
  const rel = (isAbsolute(input) ? relative(workspace, input) : input).split(sep).join('/')
  const problem = relPathProblem(rel)
  if (problem)
    throw new GateError(`the ${what} must be a file of the repository to be read from the base commit: ${problem}`)
  return rel.replace(/^(\.\/)+/, '')
}

function readHead(workspace: string, rel: string): string | undefined {
  try {
    return readFileSync(resolve(workspace, rel), 'utf8')
  } catch {
    return undefined
  }
}

function changedFinding(rel: string, what: string, sha: string): Finding {
  return {
    rule: RULES.baselineChanged,
    severity: 'warning',
    message:
      `this pull request changes the ${what} ${rel}; the gate used the version of the base commit ${sha.slice(0, 7)}. ` +
      `The edited ${what} applies once it is merged: review the live-state change on its own`,
    file: rel,
    preExisting: false
  }
}

export interface BaselineRequest {
  git: Git
  workspace: string
  baseSha: string
  from: BaselineFrom
  /** The `snapshot` input (offline mode), if any. */
  snapshot?: string
  /** The config path (input or default). */
  config: string
  tempRoot?: string
}

/**
 * Reads the snapshot (and with `base-config` the config) from the base commit. Fails closed, naming the fix,
 * when the base commit is not in the checkout and cannot be fetched, or has no such file.
 */
export async function readBaseline(req: BaselineRequest): Promise<Baseline> {
  const none: Baseline = { findings: [], notes: [], cleanup: () => undefined }
  if (req.from === 'head' || (!req.snapshot && req.from !== 'base-config')) return none
  const short = req.baseSha.slice(0, 7)
  await requireBaseCommit(
    req.git,
    req.workspace,
    req.baseSha,
    'The gate reads the snapshot from the base commit so that a pull request cannot change its own baseline'
  )
  const out: Baseline = { ...none }
  if (req.snapshot) {
    const rel = workspaceRel(req.workspace, req.snapshot, 'snapshot')
    const text = await showFile(req.git, req.workspace, req.baseSha, rel)
    if (text === undefined) {
      throw new GateError(
        `the snapshot ${rel} does not exist in the base commit ${short}: merge the snapshot on its own first ` +
          '(or set `baseline-from: head` for this pull request)',
        rel
      )
    }
    const dir = mkdtempSync(join(req.tempRoot ?? tmpdir(), 'kms-policy-gate-'))
    out.cleanup = () => rmSync(dir, { recursive: true, force: true })
    out.snapshot = join(dir, 'snapshot.json')
    writeFileSync(out.snapshot, text)
    out.snapshotFile = rel
    out.notes.push(`The snapshot ${rel} was read from the base commit ${short}.`)
    if (readHead(req.workspace, rel) !== text) out.findings.push(changedFinding(rel, 'snapshot', req.baseSha))
  }
  if (req.from === 'base-config') {
    const rel = workspaceRel(req.workspace, req.config, 'config')
    const text = await showFile(req.git, req.workspace, req.baseSha, rel)
    if (text === undefined) {
      out.cleanup()
      throw new GateError(
        `the config ${rel} does not exist in the base commit ${short}: merge the config on its own first`,
        rel
      )
    }
    out.configText = text
    out.notes.push(`The config ${rel} was read from the base commit ${short}.`)
    if (readHead(req.workspace, rel) !== text) out.findings.push(changedFinding(rel, 'config', req.baseSha))
  }
  return out
}
