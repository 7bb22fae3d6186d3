/**
 * When the gate cannot run (CONTRACT §2 and §4): exit 2 with one line on stderr naming what and where,
 * `file:line: error config-error: …` for config problems, `file:line: …` for a bad snapshot.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { KEY, NOW, cli, copyRepo, removeDir, repo, snapshotFor } from './helpers/repos.js'

const temps: string[] = []
afterAll(() => temps.forEach(removeDir))

/** `check` in offline mode from the fixture directory; stdout must stay empty when the gate cannot run. */
async function fails(dir: string, extra: string[], snapshot = snapshotFor(dir)): Promise<string> {
  const run = await cli(
    ['check', '--workspace', dir, '--snapshot', snapshot, '--format', 'json', '--now', NOW, ...extra],
    dir
  )
  expect(run.code).toBe(2)
  expect(run.stdout).toBe('')
  // Exactly one line.
  expect(run.stderr.endsWith('\n')).toBe(true)
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
  return run.stderr
}

describe('config-error', () => {
  const dir = repo('config-error')

  it('reports an unknown field with the config line and the field it resembles', async () => {
    expect(await fails(dir, [])).toBe(
      'kms-policy-gate: .github/kms-policy-gate.yml:8: error config-error: keys[0].rotation.max-age-day: unknown field "max-age-day" (did you mean "max-age-days"?)\n'
    )
  })

  it('reports a policy path that escapes the workspace, at the line of the path', async () => {
    expect(await fails(dir, ['--config', '.github/escape.yml'])).toBe(
      'kms-policy-gate: .github/escape.yml:5: error config-error: keys[0].policy: path "../outside.json" is outside the workspace\n'
    )
  })

  it('reports a symbolic link that leads out of the workspace, at the line of the path', async () => {
    const ws = copyRepo('config-error')
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'kpg-outside-'))
    temps.push(ws, outside)
    fs.writeFileSync(path.join(outside, 'key.json'), '{}\n')
    fs.symlinkSync(path.join(outside, 'key.json'), path.join(ws, 'policies/link.json'))
    fs.writeFileSync(
      path.join(ws, '.github/link.yml'),
      fs.readFileSync(path.join(ws, '.github/ok.yml'), 'utf8').replace('policies/key.json', 'policies/link.json')
    )
    const stderr = await fails(ws, ['--config', '.github/link.yml'])
    expect(stderr).toMatch(
      /^kms-policy-gate: \.github\/link\.yml:5: error config-error: keys\[0\]\.policy: path "policies\/link\.json" is outside the workspace/
    )
  })

  it('reports a missing policy file, at the line of the path', async () => {
    expect(await fails(dir, ['--config', '.github/missing-file.yml'])).toBe(
      'kms-policy-gate: .github/missing-file.yml:5: error config-error: keys[0].policy: file "policies/missing.json" does not exist\n'
    )
  })

  it('runs with the corrected config (twin)', async () => {
    const run = await cli(
      [
        'check',
        '--workspace',
        dir,
        '--snapshot',
        snapshotFor(dir),
        '--format',
        'json',
        '--now',
        NOW,
        '--config',
        '.github/ok.yml'
      ],
      dir
    )
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ result: 'passed', findings: [] })
  })

  it('reports a config file that does not exist', async () => {
    expect(await fails(dir, ['--config', '.github/none.yml'])).toMatch(/config.*\.github\/none\.yml.*does not exist/)
  })
})

describe('bad snapshot', () => {
  const dir = repo('bad-snapshot')

  it('reports a wrong version with the snapshot line', async () => {
    expect(await fails(dir, [], 'snapshot-version.json')).toBe(
      'kms-policy-gate: snapshot-version.json:2: invalid snapshot: version: snapshot version must be 1\n'
    )
  })

  it('reports malformed JSON at the line where the parser stops (a missing comma)', async () => {
    expect(await fails(dir, [], 'snapshot-malformed.json')).toMatch(
      /^kms-policy-gate: snapshot-malformed\.json:17: malformed snapshot: /
    )
  })

  it('reports a trailing comma at the line of the comma', async () => {
    expect(await fails(dir, [], 'snapshot-trailing-comma.json')).toBe(
      'kms-policy-gate: snapshot-trailing-comma.json:87: malformed snapshot: JSON syntax error (a trailing comma is not allowed)\n'
    )
  })

  it('reports an unknown field at the line of the field', async () => {
    expect(await fails(dir, [], 'snapshot-unknown-field.json')).toBe(
      'kms-policy-gate: snapshot-unknown-field.json:17: invalid snapshot: keys[0]: Unrecognized key: "keyStatus"\n'
    )
  })

  it('reports a snapshot file that does not exist', async () => {
    expect(await fails(dir, [], 'missing.json')).toBe('kms-policy-gate: missing.json: snapshot file not found\n')
  })

  it('reports a configured key missing from the snapshot, at its config entry', async () => {
    expect(await fails(dir, [], 'snapshot-no-key.json')).toBe(
      `kms-policy-gate: .github/kms-policy-gate.yml:3: error config-error: key ${KEY} is not in the snapshot snapshot-no-key.json\n`
    )
  })

  it('runs with the valid snapshot (twin)', async () => {
    const run = await cli(
      ['check', '--workspace', dir, '--snapshot', snapshotFor(dir), '--format', 'json', '--now', NOW],
      dir
    )
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
  })
})

describe('usage errors', () => {
  const dir = repo('bad-snapshot')

  it.each([
    [['--format', 'xml'], 'kms-policy-gate: --format must be one of text, json, github (got "xml")\n'],
    [['--fail-on', 'sometimes'], 'kms-policy-gate: --fail-on must be one of error, warning, never (got "sometimes")\n'],
    [['--now', 'yesterday'], 'kms-policy-gate: --now: "yesterday" is not an ISO-8601 date\n']
  ])('%j exits 2 with one line', async (args, line) => {
    const run = await cli(['check', '--workspace', dir, '--snapshot', snapshotFor(dir), ...args], dir)
    expect(run).toEqual({ code: 2, stdout: '', stderr: line })
  })

  it('refuses an unknown option', async () => {
    const run = await cli(['check', '--snapshot', snapshotFor(dir), '--bogus'], dir)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^kms-policy-gate: .*--bogus/)
  })

  it('needs --snapshot when no AWS access is wired in', async () => {
    const run = await cli(['check', '--workspace', dir], dir)
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('kms-policy-gate: live mode is not available here: pass --snapshot FILE\n')
  })
})
