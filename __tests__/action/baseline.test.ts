import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readBaseline } from '../../src/action/baseline.js'
import { runGit } from '../../src/action/git.js'

const dirs: string[] = []
afterAll(() => dirs.forEach(d => rmSync(d, { recursive: true, force: true })))
const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
    cwd,
    encoding: 'utf8'
  }).trim()

/** A repository whose base commit has `base` files and whose working tree has `head` files on top. */
function repo(base: Record<string, string>, head: Record<string, string>): { dir: string; baseSha: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kpg-baseline-'))
  dirs.push(dir)
  const write = (files: Record<string, string>) => {
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

describe('readBaseline', () => {
  it('the snapshot comes from the base commit; a pull request that edits it gets baseline-changed at the file', async () => {
    const { dir, baseSha } = repo(
      { 'snapshot.json': 'BASE', '.github/kms-policy-gate.yml': 'CONFIG' },
      { 'snapshot.json': 'HEAD' }
    )
    const b = await readBaseline({
      git: runGit,
      workspace: dir,
      baseSha,
      from: 'base',
      snapshot: 'snapshot.json',
      config: '.github/kms-policy-gate.yml'
    })
    try {
      expect(readFileSync(b.snapshot!, 'utf8')).toBe('BASE')
      expect(b.snapshotFile).toBe('snapshot.json')
      expect(b.configText).toBeUndefined()
      expect(b.findings).toEqual([expect.objectContaining({ rule: 'baseline-changed', file: 'snapshot.json' })])
    } finally {
      b.cleanup()
    }
  })

  it('base-config takes the config from the base commit too; head reads nothing from git', async () => {
    const { dir, baseSha } = repo(
      { 'snapshot.json': 'S', '.github/kms-policy-gate.yml': 'BASE CONFIG' },
      { '.github/kms-policy-gate.yml': 'HEAD CONFIG' }
    )
    const b = await readBaseline({
      git: runGit,
      workspace: dir,
      baseSha,
      from: 'base-config',
      snapshot: 'snapshot.json',
      config: '.github/kms-policy-gate.yml'
    })
    b.cleanup()
    expect(b.configText).toBe('BASE CONFIG')
    expect(b.findings.map(f => f.file)).toEqual(['.github/kms-policy-gate.yml'])
    const head = await readBaseline({
      git: runGit,
      workspace: dir,
      baseSha,
      from: 'head',
      snapshot: 'snapshot.json',
      config: '.github/kms-policy-gate.yml'
    })
    expect(head).toMatchObject({ findings: [], notes: [] })
    expect(head.snapshot).toBeUndefined()
  })

  it('fails closed: a snapshot the base commit does not have, a base commit that cannot be found, a path outside', async () => {
    const { dir, baseSha } = repo({ 'other.json': '{}' }, { 'snapshot.json': 'NEW' })
    const ask = (over: object) =>
      readBaseline({
        git: runGit,
        workspace: dir,
        baseSha,
        from: 'base',
        snapshot: 'snapshot.json',
        config: 'c.yml',
        ...over
      })
    await expect(ask({})).rejects.toThrow(
      `the snapshot snapshot.json does not exist in the base commit ${baseSha.slice(0, 7)}`
    )
    await expect(ask({ baseSha: 'f'.repeat(40) })).rejects.toThrow(/is not in the checkout and could not be fetched/)
    await expect(ask({ snapshot: '../elsewhere.json' })).rejects.toThrow(/must be a file of the repository/)
  })
})
