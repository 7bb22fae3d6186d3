import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Runs git in `cwd` with a test identity; its output, trimmed. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
    cwd,
    encoding: 'utf8'
  }).trim()
}

const dirs: string[] = []

/** Removes every repository `baseRepo` made (call from afterAll). */
export function removeRepos(): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
}

/** A repository whose base commit has `base` files and whose working tree has `head` files on top. */
export function baseRepo(base: Record<string, string>, head: Record<string, string>): { dir: string; baseSha: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kpg-repo-'))
  dirs.push(dir)
  const write = (files: Record<string, string>): void => {
    for (const [f, t] of Object.entries(files)) {
      mkdirSync(join(dir, f, '..'), { recursive: true })
      writeFileSync(join(dir, f), t)
    }
  }
  git(dir, 'init', '-q', '-b', 'main')
  write(base)
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'base')
  const baseSha = git(dir, 'rev-parse', 'HEAD')
  write(head)
  return { dir, baseSha }
}
