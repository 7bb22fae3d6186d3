import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { readBaseTemplates } from '../../src/sources/base-templates.js'
import { runGit, type Git } from '../../src/sources/git.js'
import { GateError } from '../../src/errors.js'
import { baseRepo, removeRepos } from '../helpers/git-repo.js'

afterAll(removeRepos)
const repo = baseRepo

const CONFIG = `version: 1\nkeys:\n  - key: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab\ncloudformation:\n  - template: infra/*.yaml\n`

describe('readBaseTemplates', () => {
  it('reads each configured template the base commit has; a new one is not in the map', async () => {
    const { dir, baseSha } = repo(
      { '.github/kms-policy-gate.yml': CONFIG, 'infra/a.yaml': 'BASE A' },
      { 'infra/a.yaml': 'HEAD A', 'infra/b.yaml': 'NEW B' }
    )
    const got = await readBaseTemplates({ git: runGit, workspace: dir, baseSha, config: '.github/kms-policy-gate.yml' })
    expect(got && [...got]).toEqual([['infra/a.yaml', 'BASE A']])
  })

  it('also reads the templates the pull request deletes (base files the glob matches)', async () => {
    const { dir, baseSha } = repo(
      { '.github/kms-policy-gate.yml': CONFIG, 'infra/a.yaml': 'A', 'infra/gone.yaml': 'GONE', 'other/x.yaml': 'X' },
      {}
    )
    rmSync(join(dir, 'infra/gone.yaml'))
    const got = await readBaseTemplates({ git: runGit, workspace: dir, baseSha, config: '.github/kms-policy-gate.yml' })
    expect(got && [...got].sort()).toEqual([
      ['infra/a.yaml', 'A'],
      ['infra/gone.yaml', 'GONE']
    ])
  })

  it('nothing to read without templates or with a config it cannot load (the run reports that config)', async () => {
    const { dir, baseSha } = repo({ '.github/kms-policy-gate.yml': 'version: 1\nkeys: []\n' }, {})
    expect(
      await readBaseTemplates({ git: runGit, workspace: dir, baseSha, config: '.github/kms-policy-gate.yml' })
    ).toBeUndefined()
    const broken = repo({ '.github/kms-policy-gate.yml': 'version: [\n' }, {})
    expect(
      await readBaseTemplates({
        git: runGit,
        workspace: broken.dir,
        baseSha: broken.baseSha,
        config: '.github/kms-policy-gate.yml'
      })
    ).toBeUndefined()
  })

  it('fails closed, naming the fix, when the base commit is missing and cannot be fetched', async () => {
    const { dir } = repo({ '.github/kms-policy-gate.yml': CONFIG, 'infra/a.yaml': 'A' }, {})
    const offline: Git = async (cwd, args) =>
      args[0] === 'fetch' ? { code: 128, stdout: '', stderr: 'fatal: could not read from remote' } : runGit(cwd, args)
    const missing = 'f'.repeat(40)
    const attempt = readBaseTemplates({
      git: offline,
      workspace: dir,
      baseSha: missing,
      config: '.github/kms-policy-gate.yml'
    })
    await expect(attempt).rejects.toThrow(GateError)
    await expect(attempt).rejects.toThrow(
      /base commit ffffff.*could not be fetched.*fetch-depth: 0.*baseline-from: head/
    )
  })
})
