/**
 * End-to-end: the BUILT bundles, as users run them. `dist/cli.js` runs on a smoke set of fixture repositories
 * (one per source kind and rule family, firing and not firing) and must print exactly what the in-process CLI
 * prints; every fixture and config of `fixtures/repos` runs in-process (exact findings per rule are asserted
 * in the gate-*.test.ts files); `dist/index.js` runs with the environment a runner sets (INPUT_*, GITHUB_*)
 * and must print the same workflow commands, write $GITHUB_OUTPUT and $GITHUB_STEP_SUMMARY, and fail the
 * step when the result is `failed`. Exact lines per rule are asserted in the gate-*.test.ts files.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, test } from '@jest/globals'
import { cli, NOW, REPOS, ROOT, snapshotFor } from './helpers/repos.js'
import { DUMMY_CREDENTIALS, readSnapshot, startAccount, withoutMode } from './helpers/live-harness.js'
import { FAKE_TOKEN, startFakeGitHub } from './helpers/fake-github.js'

const CLI = path.join(ROOT, 'dist', 'cli.js')
const ACTION = path.join(ROOT, 'dist', 'index.js')
const QUIET = { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' }

function runDist(
  file: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {}
): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [file, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, ...QUIET, ...env },
    timeout: 60_000
  })
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
}

/** Asynchronous: the endpoint runs in this process and must keep serving while the bundle runs. */
function runDistAsync(
  file: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file, ...args], { cwd, env: { PATH: process.env.PATH, ...QUIET, ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', d => (stdout += d))
    child.stderr.on('data', d => (stderr += d))
    child.on('error', reject)
    child.on('close', code => resolve({ code: code ?? -1, stdout, stderr }))
  })
}

/** Every (fixture, config) pair with the snapshot it runs against. */
function cases(): { name: string; dir: string; config: string; snapshot: string }[] {
  const out: { name: string; dir: string; config: string; snapshot: string }[] = []
  for (const name of fs.readdirSync(REPOS).sort()) {
    const dir = path.join(REPOS, name)
    const gh = path.join(dir, '.github')
    if (!fs.existsSync(gh)) continue
    for (const config of fs
      .readdirSync(gh)
      .filter(f => /\.ya?ml$/.test(f))
      .sort()) {
      out.push({ name: `${name} ${config}`, dir, config: `.github/${config}`, snapshot: snapshotFor(dir) })
    }
  }
  for (const example of ['failing', 'passing']) {
    const dir = path.join(ROOT, 'examples', example)
    out.push({ name: `examples/${example}`, dir, config: '.github/kms-policy-gate.yml', snapshot: 'snapshot.json' })
  }
  return out
}

const CASES = cases()

/**
 * Fixture repositories whose configs also run through the built bundle: each source kind (policy files,
 * CloudFormation JSON and YAML, CDK, Terraform) and each rule family, plus the examples. The bundle is the same
 * code as the source; running it ~150 times bought nothing the smoke set does not, at ~25 s per test run.
 */
const SMOKE = new Set([
  'rotation-access-lost-deny',
  'owner-lockout',
  'invalid-policy',
  'unknown-action',
  'bad-snapshot',
  'config-error',
  'rotation-overdue',
  'iac-cfn-json-rotation-access-lost',
  'iac-cfn-yaml-owner-lockout',
  'iac-cdk-rotation-access-lost',
  'iac-tf-owner-lockout',
  'semantics-notprincipal',
  'scheduled-access-loss'
])
const BUNDLED = CASES.filter(c => c.name.startsWith('examples/') || SMOKE.has(c.name.split(' ')[0]))

describe('dist/cli.js behaves exactly like the source', () => {
  test('the bundle exists and is executable with a shebang', () => {
    expect(fs.readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
    expect(fs.statSync(CLI).mode & 0o111).not.toBe(0)
  })

  test('there is a fixture for every rule, firing and not firing; every one runs in-process', async () => {
    expect(CASES.length).toBeGreaterThan(30)
    for (const c of CASES) {
      const r = await cli(argsOf(c), c.dir)
      expect({ name: c.name, code: [0, 1, 2].includes(r.code) }).toEqual({ name: c.name, code: true })
      // Exit 2 prints exactly one line; otherwise nothing goes to stderr.
      expect({ name: c.name, lines: r.stderr.trim() ? r.stderr.trim().split('\n').length : 0 }).toEqual({
        name: c.name,
        lines: r.code === 2 ? 1 : 0
      })
    }
  })

  // The bundle runs once per case, a few at a time (each run is a separate process), before the comparisons.
  const built = new Map<string, { code: number; stdout: string; stderr: string }>()
  const argsOf = (c: (typeof CASES)[number]): string[] => [
    'check',
    '--config',
    c.config,
    '--snapshot',
    c.snapshot,
    '--format',
    'json',
    '--now',
    NOW
  ]
  beforeAll(async () => {
    const queue = [...BUNDLED]
    const worker = async (): Promise<void> => {
      for (let c = queue.shift(); c; c = queue.shift()) built.set(c.name, await runDistAsync(CLI, argsOf(c), c.dir, {}))
    }
    await Promise.all([worker(), worker(), worker(), worker()])
  }, 300_000)

  test.each(BUNDLED.map(c => [c.name, c] as const))('%s', async (_name, c) => {
    const args = argsOf(c)
    const built1 = built.get(c.name)!
    const source = await cli(args, c.dir)
    expect(built1.code).toBe(source.code)
    expect(built1.stdout).toBe(source.stdout)
    expect(built1.stderr.trim()).toBe(source.stderr.trim())
    expect([0, 1, 2]).toContain(built1.code)
  })

  test('--format github prints the exact workflow commands', () => {
    const dir = path.join(ROOT, 'examples', 'failing')
    const r = runDist(CLI, ['check', '--snapshot', 'snapshot.json', '--format', 'github', '--now', NOW], dir)
    expect(r.code).toBe(1)
    const lines = r.stdout.trim().split('\n')
    expect(lines).toContain(
      '::error title=unknown-action,file=policies/app-data-key.json,line=21,endLine=21::"kms:RotateKeyForward" is not an action; did you mean "kms:RotateKeyOnDemand"?'
    )
    expect(lines).toContain(
      '::error title=principal-not-found,file=policies/app-data-key.json,line=8,endLine=8::role arn:aws:iam::111122223333:role/kms-admin-old does not exist in account 111122223333: PutKeyPolicy would reject the policy'
    )
    expect(
      lines.filter(l => l.startsWith('::error title=owner-lockout,file=policies/app-data-key.json,line=4,endLine=4::'))
    ).toHaveLength(1)
    expect(
      lines.filter(l =>
        l.startsWith('::error title=rotation-access-lost,file=policies/app-data-key.json,line=30,endLine=36::')
      )
    ).toHaveLength(1)
  })

  test('exit 2 prints one line naming the file and line', () => {
    const dir = path.join(REPOS, 'bad-snapshot')
    const r = runDist(CLI, ['check', '--snapshot', 'snapshot-version.json', '--now', NOW], dir)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(/^kms-policy-gate: snapshot-version\.json:\d+: /)
  })
})

describe('dist/index.js as a GitHub Action step', () => {
  function runAction(dir: string, inputs: Record<string, string>) {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kpg-action-'))
    const output = path.join(tmp, 'output')
    const summary = path.join(tmp, 'summary')
    fs.writeFileSync(output, '')
    fs.writeFileSync(summary, '')
    const env: NodeJS.ProcessEnv = {
      GITHUB_WORKSPACE: dir,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      RUNNER_TEMP: tmp
    }
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
    const r = runDist(ACTION, [], dir, env)
    return { ...r, output: fs.readFileSync(output, 'utf8'), summary: fs.readFileSync(summary, 'utf8'), tmp }
  }

  /** `name<<delimiter\nvalue\ndelimiter` entries of a GITHUB_OUTPUT file. */
  function outputs(text: string): Record<string, string> {
    const out: Record<string, string> = {}
    const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
    for (const m of text.matchAll(re)) out[m[1]] = m[3]
    return out
  }

  test('failing example: annotations, outputs, summary, failed step', async () => {
    // The action writes report files only inside the workspace: run it on a copy of the example.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kpg-e2e-ws-'))
    fs.cpSync(path.join(ROOT, 'examples', 'failing'), dir, { recursive: true })
    const r = runAction(dir, {
      snapshot: 'snapshot.json',
      'report-file': 'reports/kpg-e2e-report.json',
      'fail-on': 'error'
    })
    expect(r.code).toBe(1)
    const github = await cli(['check', '--snapshot', 'snapshot.json', '--format', 'github', '--now', NOW], dir)
    const annotations = r.stdout.split('\n').filter(l => /^::(error|warning|notice) title=/.test(l))
    // The action prints the same annotation lines as --format github (rotation health depends on today, not on --now).
    const expected = github.stdout
      .trim()
      .split('\n')
      .filter(l => !/title=rotation-(overdue|disabled)/.test(l))
    expect(annotations.filter(l => !/title=rotation-(overdue|disabled)/.test(l))).toEqual(expected)
    expect(r.stdout).toMatch(/^::error::kms-policy-gate failed: 4 errors, /m)
    const out = outputs(r.output)
    expect(out.result).toBe('failed')
    expect(out.errors).toBe('4')
    expect(out.warnings).toBe('0')
    expect(out['report-file']).toBe(path.join(dir, 'reports', 'kpg-e2e-report.json'))
    expect(JSON.parse(fs.readFileSync(out['report-file'], 'utf8')).result).toBe('failed')
    expect(r.summary).toContain('rotation-access-lost')
    expect(r.summary).toContain('✗ explicit-deny')
    expect(r.summary).toContain('✓ allowed')
    fs.rmSync(dir, { recursive: true, force: true })
  })

  test('passing example: result passed, step succeeds', () => {
    const dir = path.join(ROOT, 'examples', 'passing')
    const r = runAction(dir, { snapshot: 'snapshot.json' })
    expect(r.code).toBe(0)
    expect(outputs(r.output).result).toBe('passed')
    expect(outputs(r.output).errors).toBe('0')
    expect(r.stdout).not.toMatch(/^::error/m)
    expect(r.summary).toContain('passed')
  })

  test('a config error is annotated at its file and line and fails the step', () => {
    const dir = path.join(REPOS, 'config-error')
    const r = runAction(dir, { snapshot: 'snapshot.json' })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/^::error title=config-error,file=\.github\/kms-policy-gate\.yml,line=\d+::/m)
    expect(outputs(r.output).result).toBe('failed')
  })

  test('working-directory: annotation paths are relative to the repository root', () => {
    const r = runAction(ROOT, { snapshot: 'snapshot.json', 'working-directory': 'examples/failing' })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      '::error title=unknown-action,file=examples/failing/policies/app-data-key.json,line=21,endLine=21::'
    )
  })
})

describe('the built bundles in live mode, against the local AWS endpoint', () => {
  const awsEnv = (url: string): NodeJS.ProcessEnv => ({
    AWS_ENDPOINT_URL_KMS: url,
    AWS_ENDPOINT_URL_IAM: url,
    AWS_ENDPOINT_URL_ORGANIZATIONS: url,
    AWS_ACCESS_KEY_ID: DUMMY_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: DUMMY_CREDENTIALS.secretAccessKey,
    AWS_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true'
  })

  test('dist/cli.js live equals the offline report (examples/failing), no call repeated', async () => {
    const dir = path.join(ROOT, 'examples', 'failing')
    const fake = await startAccount(readSnapshot(dir))
    try {
      const args = ['check', '--format', 'json', '--now', NOW]
      const live = await runDistAsync(CLI, args, dir, awsEnv(fake.url))
      const offline = await cli([...args, '--snapshot', 'snapshot.json'], dir)
      expect(live.stderr).toBe('')
      expect(live.code).toBe(1)
      expect(withoutMode(live.stdout)).toEqual(withoutMode(offline.stdout))
      expect(JSON.parse(live.stdout).mode).toBe('live')
      const distinct = new Set(fake.calls.map(c => `${c.api} ${JSON.stringify(c.body)}`))
      expect(distinct.size).toBe(fake.calls.length)
      expect(fake.calls.filter(c => c.api === 'iam:SimulatePrincipalPolicy')).toHaveLength(2)
    } finally {
      await fake.close()
    }
  })

  test('dist/cli.js fails closed (exit 2, one line) when an API is denied', async () => {
    const dir = path.join(ROOT, 'examples', 'failing')
    const fake = await startAccount(readSnapshot(dir), { accessDenied: ['kms:GetKeyPolicy'] })
    try {
      const r = await runDistAsync(CLI, ['check', '--now', NOW], dir, awsEnv(fake.url))
      expect(r.code).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr.trim().split('\n')).toHaveLength(1)
      expect(r.stderr).toContain('kms:GetKeyPolicy')
    } finally {
      await fake.close()
    }
  })

  test('dist/cli.js: a configured key that does not exist is a config error at its line', async () => {
    const dir = path.join(ROOT, 'examples', 'failing')
    const fake = await startAccount({ ...readSnapshot(dir), keys: [] })
    try {
      const r = await runDistAsync(CLI, ['check', '--now', NOW], dir, awsEnv(fake.url))
      expect(r.code).toBe(2)
      expect(r.stderr).toBe(
        'kms-policy-gate: .github/kms-policy-gate.yml:5: error config-error: key arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab is not in the account\n'
      )
    } finally {
      await fake.close()
    }
  })

  test('dist/index.js live: same annotations as offline', async () => {
    const dir = path.join(ROOT, 'examples', 'failing')
    const fake = await startAccount(readSnapshot(dir))
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kpg-action-live-'))
    try {
      const output = path.join(tmp, 'output')
      fs.writeFileSync(output, '')
      const r = await runDistAsync(ACTION, [], dir, {
        ...awsEnv(fake.url),
        GITHUB_WORKSPACE: dir,
        GITHUB_OUTPUT: output,
        RUNNER_TEMP: tmp
      })
      expect(r.code).toBe(1)
      const offline = await cli(['check', '--snapshot', 'snapshot.json', '--format', 'github', '--now', NOW], dir)
      const pick = (text: string): string[] =>
        text.split('\n').filter(l => /^::(error|warning|notice) title=(?!rotation-(overdue|disabled))/.test(l))
      expect(pick(r.stdout)).toEqual(pick(offline.stdout))
      expect(fs.readFileSync(output, 'utf8')).toMatch(/^result<<\S+\nfailed\n/m)
    } finally {
      await fake.close()
      fs.rmSync(tmp, { recursive: true, force: true })
    }
  })

  test('dist/index.js on a pull_request event: one sticky comment with every finding, at most 10 errors', async () => {
    const github = await startFakeGitHub('octo-org', 'keys', 7)
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kpg-action-pr-'))
    // A copy outside any git repository: the action's git calls fail at once and never reach a remote.
    const dir = path.join(tmp, 'repo')
    fs.cpSync(path.join(ROOT, 'examples', 'failing'), dir, { recursive: true })
    try {
      const event = fs
        .readFileSync(path.join(ROOT, '__tests__', 'fixtures', 'github', 'pull_request.json'), 'utf8')
        .replaceAll('HEAD_SHA', 'a'.repeat(40))
        .replaceAll('BASE_SHA', 'b'.repeat(40))
        .replaceAll('HEAD_REPO', 'octo-org/keys')
      fs.writeFileSync(path.join(tmp, 'event.json'), event)
      const r = await runDistAsync(ACTION, [], dir, {
        GITHUB_WORKSPACE: dir,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: path.join(tmp, 'event.json'),
        GITHUB_REPOSITORY: 'octo-org/keys',
        GITHUB_API_URL: github.url,
        RUNNER_TEMP: tmp,
        INPUT_SNAPSHOT: 'snapshot.json',
        'INPUT_BASELINE-FROM': 'head',
        'INPUT_GITHUB-TOKEN': FAKE_TOKEN
      })
      expect(r.code).toBe(1)
      const errors = r.stdout.split('\n').filter(l => l.startsWith('::error'))
      expect(errors.length).toBeLessThanOrEqual(10)
      expect(errors.at(-1)).toMatch(/^::error::kms-policy-gate failed: 4 errors, /)
      expect(github.comments).toHaveLength(1)
      const body = github.comments[0].body
      expect(body.startsWith('<!-- kms-policy-gate comment .github%2Fkms-policy-gate.yml -->')).toBe(true)
      for (const rule of ['owner-lockout', 'principal-not-found', 'unknown-action', 'rotation-access-lost']) {
        expect(body).toContain(`| error | \`${rule}\` | [\`policies/app-data-key.json:`)
      }
      expect(body).toContain(`https://github.com/octo-org/keys/blob/${'a'.repeat(40)}/policies/app-data-key.json#L`)
    } finally {
      await github.close()
      fs.rmSync(tmp, { recursive: true, force: true })
    }
  })
})
