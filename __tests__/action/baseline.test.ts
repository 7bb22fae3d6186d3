import { readFileSync } from 'node:fs'
import { readBaseline } from '../../src/action/baseline.js'
import { runGit } from '../../src/sources/git.js'
import { baseRepo, removeRepos } from '../helpers/git-repo.js'

afterAll(removeRepos)
const repo = baseRepo

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
