import { execFileSync } from 'node:child_process'
import { type Dirent, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import { Minimatch } from 'minimatch'
import { ConfigError, GateError } from '../errors.js'
import type { Where } from '../workspace.js'

/** Whether a workspace-relative path (with `/`) matches any of `globs`, as `discoverIacFiles` matches them. */
export function globMatcher(globs: readonly string[]): (file: string) => boolean {
  const matchers = globs.map(g => new Minimatch(g.replace(/^\.\//, ''), { dot: true }))
  return file => matchers.some(m => m.match(file))
}

/** Directories never searched: dependencies, VCS data, Terraform's downloaded modules and providers. */
const SKIP_DIRS = new Set(['node_modules', '.git', '.terraform', '.venv', '__pycache__'])
const MAX_ENTRIES = 200_000
const MAX_DEPTH = 40

/**
 * Workspace files (relative, with `/`) matching any of `globs`, sorted. The repository's files come from
 * `git ls-files` (tracked and untracked, not ignored); unless `ignored` is false, ignored directories a
 * glob can reach are also searched, because generated inputs (`cdk.out/`, `plan.json`) are usually
 * git-ignored. Without git, a bounded walk that skips dependency folders and never follows a symlink
 * out of the workspace.
 */
export function discoverIacFiles(
  workspace: string,
  globs: readonly string[],
  options: { ignored?: boolean; where?: Where; limits?: WalkLimits } = {}
): string[] {
  const matchers = globs.map(g => new Minimatch(g.replace(/^\.\//, ''), { dot: true }))
  const matches = globMatcher(globs)
  const root = realpathSync(workspace)
  const found = new Set<string>()
  const listed = git(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard'])
  if (listed) {
    for (const f of listed) if (matches(f)) found.add(f)
    const ignored =
      options.ignored === false
        ? []
        : (git(root, ['ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--directory']) ?? [])
    for (const entry of ignored) {
      if (!entry.endsWith('/')) {
        if (matches(entry)) found.add(entry)
        continue
      }
      const dir = entry.slice(0, -1)
      if (dir.split('/').some(part => SKIP_DIRS.has(part))) continue
      if (matchers.some(m => m.match(dir, true))) walk(root, dir, matches, found, walkOptions(globs, options))
    }
  } else walk(root, '', matches, found, walkOptions(globs, options))
  return [...found].filter(f => isFile(root, f)).sort()
}

function git(cwd: string, args: string[]): string[] | undefined {
  try {
    const out = execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore']
    })
    return out.split('\0').filter(Boolean)
  } catch {
    return undefined
  }
}

/** How far the walk without git may go; past either limit the run stops rather than miss a file. */
export interface WalkLimits {
  entries: number
  depth: number
}

interface WalkOptions {
  limits: WalkLimits
  /** Throws the error that stops the run, at the config line that asked for the search. */
  stop: (message: string) => never
}

function walkOptions(globs: readonly string[], options: { where?: Where; limits?: WalkLimits }): WalkOptions {
  const what = globs.map(g => JSON.stringify(g)).join(', ')
  return {
    limits: options.limits ?? { entries: MAX_ENTRIES, depth: MAX_DEPTH },
    stop: message => {
      const text = `searching the workspace for ${what}: ${message}`
      throw options.where ? new ConfigError(text, options.where.file, options.where.line) : new GateError(text)
    }
  }
}

/**
 * Adds matching files under `start` (workspace-relative) to `found`; symlinked directories are not entered.
 * A walk that would have to give up (too many entries, too deep, a directory it cannot read) stops the run:
 * the file it did not see could be the one that changes a decision.
 */
function walk(
  root: string,
  start: string,
  matches: (file: string) => boolean,
  found: Set<string>,
  { limits, stop }: WalkOptions
): void {
  const stack: [string, number][] = [[start, 0]]
  let seen = 0
  while (stack.length) {
    const [dir, depth] = stack.pop()!
    let entries: Dirent[] = []
    try {
      entries = readdirSync(path.join(root, dir), { withFileTypes: true })
    } catch (error) {
      stop(
        `cannot read the directory ${JSON.stringify(dir || '.')} (${(error as NodeJS.ErrnoException).code ?? error})`
      )
    }
    for (const e of entries) {
      if (++seen > limits.entries)
        stop(
          `more than ${limits.entries.toLocaleString('en-US')} files and directories without git; name the templates by path, or run in a git checkout`
        )
      const rel = dir ? `${dir}/${e.name}` : e.name
      if (e.isDirectory()) {
        if (SKIP_DIRS.has(e.name)) continue
        if (depth >= limits.depth)
          stop(`directories nested more than ${limits.depth} deep (${JSON.stringify(rel)}); name the templates by path`)
        stack.push([rel, depth + 1])
      } else if ((e.isFile() || e.isSymbolicLink()) && matches(rel)) found.add(rel)
    }
  }
}

/** A regular file inside the workspace (a symlink only when its target stays inside). */
function isFile(root: string, file: string): boolean {
  const full = path.join(root, file)
  try {
    if (lstatSync(full).isSymbolicLink()) {
      const rel = path.relative(root, realpathSync(full))
      if (rel.startsWith('..') || path.isAbsolute(rel)) return false
    }
    return statSync(full).isFile()
  } catch {
    return false
  }
}
