/**
 * The few git reads the gate needs: a file as it is in a commit (the pull request's base commit in the action,
 * `check --base` in the CLI), and the lines the pull request changed. git runs without a shell, with argument
 * arrays, and never with external diff or textconv drivers, so nothing from the repository under check is executed.
 */
import { execFile } from 'node:child_process'
import { MAX_INPUT_BYTES } from '../constants.js'
import { GateError } from '../errors.js'

export interface GitResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs `git -C cwd ARGS…`; never throws for a non-zero exit. */
export type Git = (cwd: string, args: string[]) => Promise<GitResult>

export const runGit: Git = (cwd, args) =>
  new Promise(resolve => {
    execFile(
      'git',
      ['-C', cwd, '-c', 'core.quotePath=false', ...args],
      { maxBuffer: MAX_INPUT_BYTES + 1024, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        resolve({ code, stdout, stderr: stderr || (error && !stderr ? error.message : '') })
      }
    )
  })

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/

function firstLine(text: string): string {
  return text.trim().split('\n')[0]?.slice(0, 300) ?? ''
}

/**
 * Makes sure the commit is in the local repository. A default `actions/checkout` is shallow (depth 1), so
 * the base commit is usually missing: fetch just that commit from `origin` (checkout leaves its credentials
 * for this). When that fails too the caller fails closed.
 */
export async function ensureCommit(git: Git, cwd: string, sha: string): Promise<{ ok: boolean; detail: string }> {
  if (!SHA.test(sha)) return { ok: false, detail: `"${sha}" is not a commit id` }
  const has = await git(cwd, ['cat-file', '-e', `${sha}^{commit}`])
  if (has.code === 0) return { ok: true, detail: '' }
  const fetched = await git(cwd, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha])
  if (fetched.code !== 0) return { ok: false, detail: firstLine(fetched.stderr) || `git fetch exited ${fetched.code}` }
  const again = await git(cwd, ['cat-file', '-e', `${sha}^{commit}`])
  return again.code === 0 ? { ok: true, detail: '' } : { ok: false, detail: firstLine(again.stderr) }
}

/**
 * Makes sure the base commit is in the checkout (fetching it if need be), else stops the run naming the fix;
 * `why` says what the gate reads from it.
 */
export async function requireBaseCommit(git: Git, workspace: string, baseSha: string, why: string): Promise<void> {
  const available = await ensureCommit(git, workspace, baseSha)
  if (available.ok) return
  throw new GateError(
    `the pull request's base commit ${baseSha.slice(0, 7)} is not in the checkout and could not be fetched (${available.detail}). ` +
      `${why}: check out with actions/checkout \`fetch-depth: 0\`, or fetch the base commit before this step ` +
      '(or set `baseline-from: head` to accept the risk)'
  )
}

/**
 * A file's text in a commit, or undefined when the commit has no such file. `rel` is relative to `cwd`
 * (git reads `SHA:./path` relative to the working directory). Symbolic links are refused: their blob is the
 * link target, not the content.
 */
export async function showFile(git: Git, cwd: string, sha: string, rel: string): Promise<string | undefined> {
  const spec = `${sha}:./${rel}`
  const type = await git(cwd, ['cat-file', '-t', spec])
  if (type.code !== 0) return undefined
  if (type.stdout.trim() !== 'blob') throw new GateError(`${rel} is not a file in the base commit ${sha.slice(0, 7)}`)
  const tree = await git(cwd, ['ls-tree', sha, '--', `./${rel}`])
  if (tree.stdout.startsWith('120000')) {
    throw new GateError(`${rel} is a symbolic link in the base commit ${sha.slice(0, 7)}; the gate does not follow it`)
  }
  const shown = await git(cwd, ['cat-file', 'blob', spec])
  if (shown.code !== 0) {
    throw new GateError(`cannot read ${rel} from the base commit ${sha.slice(0, 7)}: ${firstLine(shown.stderr)}`)
  }
  return shown.stdout
}

/** Line ranges (1-based, inclusive, new side) that a diff touches, per path relative to `cwd`. */
export type ChangedLines = Map<string, [number, number][]>

/**
 * Parses `git diff --unified=0` output. An added or changed range marks its new lines; a pure deletion
 * (`+N,0`) marks the lines on both sides of the gap, since a removed statement leaves no line of its own.
 */
export function parseDiff(text: string): ChangedLines {
  const out: ChangedLines = new Map()
  let current: [number, number][] | undefined
  for (const line of text.split('\n')) {
    if (line.startsWith('+++ ')) {
      const name = line.slice(4)
      current = undefined
      if (name.startsWith('b/')) {
        const path = name.slice(2)
        current = out.get(path) ?? []
        out.set(path, current)
      }
      continue
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line)
    if (hunk && current) {
      const start = Number(hunk[1])
      const count = hunk[2] === undefined ? 1 : Number(hunk[2])
      if (count > 0) current.push([start, start + count - 1])
      else current.push([Math.max(1, start), start + 1])
    }
  }
  return out
}

/** The lines changed between the base commit and the working tree, under `cwd` (paths relative to it). */
export async function changedLines(git: Git, cwd: string, sha: string): Promise<ChangedLines | undefined> {
  const diff = await git(cwd, [
    'diff',
    '--no-ext-diff',
    '--no-textconv',
    '--no-color',
    '--no-renames',
    '--unified=0',
    '--relative',
    sha,
    '--'
  ])
  return diff.code === 0 ? parseDiff(diff.stdout) : undefined
}

/** True when [start, end] overlaps a changed range of the file. */
export function touches(changed: ChangedLines, file: string, start: number | undefined, end?: number): boolean {
  const ranges = changed.get(file)
  if (!ranges) return false
  // A finding about a whole file (no line) counts as changed when any line of the file changed.
  if (start === undefined) return ranges.length > 0
  const last = end !== undefined && end >= start ? end : start
  return ranges.some(([a, b]) => a <= last && start <= b)
}
