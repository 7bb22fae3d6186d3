/**
 * The action entry in-process, as a runner starts it: INPUT_* and GITHUB_* variables, a real
 * `pull_request` event payload, a git checkout with the base and head commits, and a local server for the
 * GitHub REST endpoints of the sticky comment. What is asserted is what users see: workflow-command lines
 * on stdout, $GITHUB_OUTPUT, $GITHUB_STEP_SUMMARY, the exit status and the comments on the pull request.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { run, type ActionDeps } from '../../src/action/run.js'
import { commentMarker } from '../../src/action/comment.js'
import { awsError } from '../../src/state/aws/errors.js'
import { FAKE_TOKEN, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { copyFixture, repo } from '../helpers/repos.js'
import { GRANT, STACK } from '../helpers/cfn-removal.js'
import type { StateProvider } from '../../src/state/types.js'

const FIXTURE = repo('rotation-access-lost-deny')
const PAYLOAD = path.join(path.dirname(FIXTURE), '..', 'github', 'pull_request.json')
const MARKER = commentMarker('.github/kms-policy-gate.yml')
const NOW = new Date('2026-11-29T00:00:00Z')

function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-C', cwd, '-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args],
    { encoding: 'utf8' }
  ).trim()
}

interface Checkout {
  dir: string
  base: string
  head: string
}

/**
 * Base commit: the fixture with the safe key policy. Head: `edit` applied (by default the policy with the
 * Deny of the fixture, seven added lines 23–29).
 */
function checkout(edit: (dir: string) => void = dir => copy('policies/key.json', dir)): Checkout {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kpg-action-'))
  copyFixture(FIXTURE, dir)
  fs.copyFileSync(path.join(FIXTURE, 'policies/key-ok.json'), path.join(dir, 'policies/key.json'))
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'base')
  const base = git(dir, 'rev-parse', 'HEAD')
  edit(dir)
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'head')
  return { dir, base, head: git(dir, 'rev-parse', 'HEAD') }
}

function copy(rel: string, dir: string): void {
  fs.copyFileSync(path.join(FIXTURE, rel), path.join(dir, rel))
}

interface ActionRun {
  stdout: string
  lines: string[]
  exitCode: number
  outputs: Record<string, string>
  summary: string
}

let github: FakeGitHub
const savedEnv = { ...process.env }
let written = ''
/** One summary file for all runs: `core.summary` keeps the path it saw first (a runner starts a process per step). */
const SUMMARY = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kpg-summary-')), 'summary')

beforeAll(async () => {
  github = await startFakeGitHub('octo-org', 'keys', 7)
})
afterAll(async () => {
  await github.close()
})
beforeEach(() => {
  github.comments.length = 0
  github.calls.length = 0
  github.readOnly = false
  github.pageSize = 100
  written = ''
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    written += String(chunk)
    return true
  })
})
afterEach(() => {
  jest.restoreAllMocks()
  process.env = { ...savedEnv }
  process.exitCode = undefined
})

async function runAction(
  co: Checkout,
  inputs: Record<string, string>,
  opts: { headRepo?: string; baseSha?: string; deps?: ActionDeps; payload?: string; eventName?: string } = {}
): Promise<ActionRun> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kpg-runner-'))
  const event = (opts.payload ?? fs.readFileSync(PAYLOAD, 'utf8'))
    .replaceAll('HEAD_SHA', co.head)
    .replaceAll('BASE_SHA', opts.baseSha ?? co.base)
    .replaceAll('HEAD_REPO', opts.headRepo ?? 'octo-org/keys')
  fs.writeFileSync(path.join(tmp, 'event.json'), event)
  fs.writeFileSync(path.join(tmp, 'output'), '')
  fs.writeFileSync(SUMMARY, '')
  for (const key of Object.keys(process.env))
    if (key.startsWith('INPUT_') || key.startsWith('GITHUB_')) delete process.env[key]
  Object.assign(process.env, {
    GITHUB_WORKSPACE: co.dir,
    GITHUB_EVENT_NAME: opts.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: path.join(tmp, 'event.json'),
    GITHUB_REPOSITORY: 'octo-org/keys',
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_API_URL: github.url,
    GITHUB_RUN_ID: '42',
    GITHUB_OUTPUT: path.join(tmp, 'output'),
    GITHUB_STEP_SUMMARY: SUMMARY,
    RUNNER_TEMP: tmp,
    'INPUT_GITHUB-TOKEN': FAKE_TOKEN,
    'INPUT_FAIL-ON': 'error',
    INPUT_COMMENT: 'on-failure'
  })
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v
  await run({ now: () => NOW, ...opts.deps })
  const outputs: Record<string, string> = {}
  const out = fs.readFileSync(path.join(tmp, 'output'), 'utf8')
  for (const m of out.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3]
  return {
    stdout: written,
    lines: written.split('\n').filter(l => l.startsWith('::')),
    exitCode: Number(process.exitCode ?? 0),
    outputs,
    summary: fs.readFileSync(SUMMARY, 'utf8')
  }
}

const errorsOf = (r: ActionRun): string[] => r.lines.filter(l => l.startsWith('::error'))
const markerComments = (): string[] => github.comments.filter(c => c.body.startsWith(MARKER)).map(c => c.body)

describe('sticky pull request comment', () => {
  it('is created on the first run, found on a later page and updated on the second', async () => {
    const co = checkout()
    github.comments.push(
      ...[1, 2, 3].map(id => ({ id, body: `review note ${id}`, user: { login: 'octocat', type: 'User' } }))
    )
    const first = await runAction(co, { snapshot: 'snapshot.json' })
    expect(first.exitCode).toBe(1)
    expect(first.outputs.result).toBe('failed')
    expect(errorsOf(first)).toEqual([
      '::error title=rotation-access-lost,file=policies/key.json,line=24,endLine=30::arn:aws:iam::111122223333:role/kms-rotation-service loses kms:RotateKeyOnDemand on app-data: explicit Deny in key policy statement DenyOnDemandRotation (policies/key.json)',
      '::error::kms-policy-gate failed: 1 error, 0 warnings, 0 notices — see the job summary'
    ])
    expect(github.calls.filter(c => c.startsWith('POST'))).toHaveLength(1)
    const [body] = markerComments()
    expect(body).toContain('## ❌ kms-policy-gate failed')
    // Linked to the head commit, on the statement's lines, marked as changed by the pull request.
    expect(body).toContain(
      `[\`policies/key.json:24\`](https://github.example/octo-org/keys/blob/${co.head}/policies/key.json#L24-L30)`
    )
    expect(body).toContain('_(changed in this pull request)_')
    expect(body).toContain(`commit ${co.head.slice(0, 7)}`)
    expect(body).toContain('The snapshot snapshot.json was read from the base commit')
    expect(body).toContain('✗ explicit-deny')

    // Second run: the marker comment is on page 2 of 2; it is updated, not duplicated.
    github.pageSize = 2
    github.calls.length = 0
    const second = await runAction(co, { snapshot: 'snapshot.json' })
    expect(second.exitCode).toBe(1)
    expect(github.calls.filter(c => c.startsWith('GET'))).toHaveLength(2)
    expect(github.calls.filter(c => c.startsWith('POST'))).toEqual([])
    expect(github.calls.filter(c => c.startsWith('PATCH'))).toEqual(['PATCH /repos/octo-org/keys/issues/comments/1000'])
    expect(markerComments()).toHaveLength(1)
    expect(github.comments).toHaveLength(4)
  })

  it('on-failure: a passing run creates no comment, but turns an existing one into "passed"', async () => {
    const co = checkout(() => undefined)
    const clean = await runAction(co, { snapshot: 'snapshot.json' })
    expect(clean.exitCode).toBe(0)
    expect(github.comments).toEqual([])
    expect(github.calls.filter(c => !c.startsWith('GET'))).toEqual([])

    github.comments.push({ id: 9, body: `${MARKER}\n## ❌ kms-policy-gate failed`, user: { login: 'b', type: 'Bot' } })
    const fixed = await runAction(co, { snapshot: 'snapshot.json' })
    expect(fixed.exitCode).toBe(0)
    expect(github.comments[0].body).toContain('## ✅ kms-policy-gate passed')
  })

  it('comment: never makes no API call; always comments a passing run', async () => {
    const co = checkout(() => undefined)
    await runAction(co, { snapshot: 'snapshot.json', comment: 'never' })
    expect(github.calls).toEqual([])
    await runAction(co, { snapshot: 'snapshot.json', comment: 'always' })
    expect(markerComments()).toHaveLength(1)
  })

  it('a read-only token (fork pull request) warns and keeps the exit status', async () => {
    const co = checkout()
    github.readOnly = true
    const r = await runAction(co, { snapshot: 'snapshot.json' }, { headRepo: 'someone/keys' })
    expect(r.exitCode).toBe(1)
    expect(r.outputs.result).toBe('failed')
    expect(github.comments).toEqual([])
    const warnings = r.lines.filter(l => l.startsWith('::warning'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(
      /^::warning::kms-policy-gate skipped the pull request comment \(HTTP 403: Resource not accessible by integration.*\)\. The token cannot write pull request comments/
    )
    expect(r.stdout).not.toContain(FAKE_TOKEN)
    expect(r.summary).toContain('skipped the pull request comment')
  })
})

describe('annotations within GitHub limits', () => {
  /** A key policy whose extra statement names 26 actions that do not exist: 26 unknown-action errors. */
  function manyUnknown(dir: string): void {
    const policy = JSON.parse(fs.readFileSync(path.join(FIXTURE, 'policies/key.json'), 'utf8'))
    const actions = Array.from({ length: 26 }, (_, i) => `kms:RotateKeyForward${String.fromCharCode(65 + i)}`)
    policy.Statement.push({
      Sid: 'Typos',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111122223333:root' },
      Action: actions,
      Resource: '*'
    })
    fs.writeFileSync(path.join(dir, 'policies/key.json'), JSON.stringify(policy, null, 2) + '\n')
  }

  it('27 errors: 9 annotated plus the failure line; every finding in the comment and the summary', async () => {
    const co = checkout(manyUnknown)
    const r = await runAction(co, { snapshot: 'snapshot.json' })
    expect(r.exitCode).toBe(1)
    const errors = errorsOf(r)
    expect(errors).toHaveLength(10)
    expect(errors[9]).toBe(
      '::error::kms-policy-gate failed: 27 errors, 0 warnings, 0 notices; 18 more findings without an annotation — see the job summary'
    )
    const [body] = markerComments()
    for (let i = 0; i < 26; i++) expect(body).toContain(`kms:RotateKeyForward${String.fromCharCode(65 + i)}`)
    expect(body.split('\n').filter(l => l.startsWith('| error |'))).toHaveLength(27)
    expect(body.length).toBeLessThan(65_536)
    expect(r.summary).toContain('> 18 findings got no annotation (GitHub shows at most 10 per severity and step)')
    expect(r.summary.split('\n').filter(l => l.startsWith('| error |'))).toHaveLength(27)
  })
})

describe('baseline from the base commit', () => {
  /** The pull request adds the Deny and puts the same Deny into the snapshot: "nothing changes" from the head. */
  function editSnapshotToo(dir: string): void {
    copy('policies/key.json', dir)
    const snapshot = JSON.parse(fs.readFileSync(path.join(dir, 'snapshot.json'), 'utf8'))
    snapshot.keys[0].policy = JSON.parse(fs.readFileSync(path.join(dir, 'policies/key.json'), 'utf8'))
    fs.writeFileSync(path.join(dir, 'snapshot.json'), JSON.stringify(snapshot, null, 2) + '\n')
  }

  it('a pull request that edits its own snapshot still fails, and the edit is reported', async () => {
    const co = checkout(editSnapshotToo)
    const r = await runAction(co, { snapshot: 'snapshot.json' })
    expect(r.exitCode).toBe(1)
    expect(errorsOf(r)[0]).toMatch(/^::error title=rotation-access-lost,file=policies\/key.json,line=24,endLine=30::/)
    expect(r.lines).toContainEqual(
      `::warning title=baseline-changed,file=snapshot.json::this pull request changes the snapshot snapshot.json; the gate used the version of the base commit ${co.base.slice(0, 7)}. The edited snapshot applies once it is merged: review the live-state change on its own`
    )
  })

  it('in a merge queue (merge_group) too: the group is checked against its base commit, without a comment', async () => {
    const co = checkout(editSnapshotToo)
    const payload = JSON.stringify({
      merge_group: { head_sha: 'HEAD_SHA', base_sha: 'BASE_SHA', base_ref: 'refs/heads/main' }
    })
    const r = await runAction(
      co,
      { snapshot: 'snapshot.json', comment: 'always' },
      { payload, eventName: 'merge_group' }
    )
    expect(r.exitCode).toBe(1)
    expect(errorsOf(r)[0]).toMatch(/^::error title=rotation-access-lost,file=policies\/key.json,line=24,endLine=30::/)
    expect(r.lines.filter(l => l.startsWith('::warning title=baseline-changed'))).toHaveLength(1)
    // No pull request to comment on: no GitHub API call.
    expect(github.calls).toEqual([])
  })

  it('baseline-from: head reads the edited snapshot (the opt-out passes that pull request)', async () => {
    const co = checkout(editSnapshotToo)
    const r = await runAction(co, { snapshot: 'snapshot.json', 'baseline-from': 'head' })
    expect(r.exitCode).toBe(0)
    expect(r.stdout).not.toContain('baseline-changed')
  })

  it('an unchanged snapshot is not reported', async () => {
    const r = await runAction(checkout(), { snapshot: 'snapshot.json' })
    expect(r.stdout).not.toContain('baseline-changed')
  })

  it('fails closed when the base commit is not in the checkout and cannot be fetched', async () => {
    const co = checkout()
    const r = await runAction(co, { snapshot: 'snapshot.json' }, { baseSha: 'f'.repeat(40) })
    expect(r.exitCode).toBe(1)
    expect(r.outputs.result).toBe('failed')
    const last = errorsOf(r).at(-1) ?? ''
    expect(last).toContain(
      `::error::kms-policy-gate could not run: the pull request's base commit fffffff is not in the checkout`
    )
    expect(last).toContain('`fetch-depth: 0`')
  })

  it('fails closed when the pull_request payload gives no base commit, unless baseline-from is head', async () => {
    const co = checkout()
    const payload = JSON.stringify({ number: 7, pull_request: { number: 7, head: { sha: co.head } } })
    const r = await runAction(co, { snapshot: 'snapshot.json' }, { payload })
    expect(r.exitCode).toBe(1)
    expect(errorsOf(r).at(-1)).toContain(
      'pull_request event: the event payload gives no pull request number, base commit or head commit, so the baseline cannot be read from the pull request'
    )
    // Asked to use the head commit's files, the run goes on (output is collected per test: what follows is new).
    const before = errorsOf(r).length
    const head = await runAction(co, { snapshot: 'snapshot.json', 'baseline-from': 'head' }, { payload })
    expect(errorsOf(head).slice(before).join('\n')).not.toContain('could not run')
    // The checks ran (this checkout's change loses rotation access).
    expect(head.lines.slice(r.lines.length).join('\n')).toContain('rotation-access-lost')
  })

  it('base-config reads the config from the base commit too', async () => {
    // The pull request switches the config to the safe policy file: from the base, the edited key.json is checked.
    const co = checkout(dir => {
      copy('policies/key.json', dir)
      fs.copyFileSync(path.join(dir, '.github/ok.yml'), path.join(dir, '.github/kms-policy-gate.yml'))
    })
    const fromHead = await runAction(co, { snapshot: 'snapshot.json' })
    expect(fromHead.exitCode).toBe(0)
    const fromBase = await runAction(co, { snapshot: 'snapshot.json', 'baseline-from': 'base-config' })
    expect(fromBase.exitCode).toBe(1)
    expect(
      fromBase.lines.some(l => l.startsWith('::warning title=baseline-changed,file=.github/kms-policy-gate.yml::'))
    ).toBe(true)
  })
})

/**
 * A resource a pull request removes from a CloudFormation template is deleted on deployment (CloudFormation User
 * Guide, "Update behaviors of stack resources"); the head template alone does not show it. Fixture
 * `iac-cfn-condition-false` (the key policy delegates to the account): the base commit's template grants the
 * rotation role its permissions with an AWS::IAM::RolePolicy, the head removes it.
 */
describe('resources removed from a CloudFormation template', () => {
  const CFN = repo('iac-cfn-condition-false')
  /**
   * Base commit: the fixture, a config for the templates `glob` and the `templates`; head: `edit` applied to the
   * working tree.
   */
  function cfnCheckout(glob: string, templates: Record<string, string>, edit: (dir: string) => void): Checkout {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kpg-action-cfn-'))
    copyFixture(CFN, dir)
    const config = fs.readFileSync(path.join(CFN, '.github/role.yml'), 'utf8').replace('infra/role.yaml', glob)
    fs.writeFileSync(path.join(dir, '.github/kms-policy-gate.yml'), config)
    for (const [rel, text] of Object.entries(templates)) {
      fs.mkdirSync(path.join(dir, rel, '..'), { recursive: true })
      fs.writeFileSync(path.join(dir, rel), text)
    }
    git(dir, 'init', '-q', '-b', 'main')
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', 'base')
    const base = git(dir, 'rev-parse', 'HEAD')
    edit(dir)
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '--allow-empty', '-m', 'head')
    return { dir, base, head: git(dir, 'rev-parse', 'HEAD') }
  }
  /** The stack with the grant in the base; the head's stack is `head`. */
  const stack = (head: string): Checkout =>
    cfnCheckout('infra/stack.yaml', { 'infra/stack.yaml': STACK + GRANT }, dir =>
      fs.writeFileSync(path.join(dir, 'infra/stack.yaml'), head)
    )
  const lostLines = (r: ActionRun): string[] =>
    errorsOf(r)
      .filter(l => l.startsWith('::error title=rotation-access-lost'))
      .map(l => l.slice(0, l.indexOf('::', 2)))
  const LOST = Array(4).fill('::error title=rotation-access-lost,file=.github/kms-policy-gate.yml,line=3,endLine=6')

  it('a role policy the pull request removes is deleted: the rotation it granted is lost', async () => {
    const r = await runAction(stack(STACK), { snapshot: 'snapshot.json' })
    expect(r.exitCode).toBe(1)
    expect(lostLines(r)).toEqual(LOST)
  })

  it('a template file the pull request deletes: what it deployed is deleted', async () => {
    // Another template stays: the glob still matches a file.
    const co = cfnCheckout(
      'infra/stacks/*.yaml',
      { 'infra/stacks/grants.yaml': STACK + GRANT, 'infra/stacks/logs.yaml': STACK },
      dir => fs.rmSync(path.join(dir, 'infra/stacks/grants.yaml'))
    )
    const r = await runAction(co, { snapshot: 'snapshot.json' })
    expect(r.exitCode).toBe(1)
    expect(lostLines(r)).toEqual(LOST)
  })

  it('keeping the resource passes; baseline-from: head does not read the base commit (the opt-out)', async () => {
    expect((await runAction(stack(STACK + GRANT), { snapshot: 'snapshot.json' })).exitCode).toBe(0)
    const optOut = await runAction(stack(STACK), { snapshot: 'snapshot.json', 'baseline-from': 'head' })
    expect(optOut.exitCode).toBe(0)
  })

  it('a template the base commit does not have (built in the workflow) is new, with a warning at its config entry', async () => {
    const co = cfnCheckout('infra/stacks/*.yaml', { 'infra/stacks/logs.yaml': STACK }, dir =>
      fs.writeFileSync(path.join(dir, 'infra/stacks/cdk-built.yaml'), STACK)
    )
    const r = await runAction(co, { snapshot: 'snapshot.json' })
    expect(r.exitCode).toBe(0)
    expect(r.lines.filter(l => l.startsWith('::warning title=unread-resource'))).toEqual([
      '::warning title=unread-resource,file=.github/kms-policy-gate.yml,line=8,endLine=8::infra/stacks/cdk-built.yaml is not in the base commit: it is read as a new template, so what the change removes from a stack already deployed from it (a template built in the workflow, such as CDK output) is not checked; name the stack (`stack:`) so that its deployed template is read, commit the template, or review the removals by hand'
    ])
  })
})

describe('live mode without AWS credentials', () => {
  /** The SDK's default chain found nothing: the provider fails as the real one does (awsError mapping). */
  const noCredentials: ActionDeps = {
    live: () => ({
      provider: {
        mode: 'live',
        load: async () => {
          throw awsError(
            Object.assign(new Error('Could not load credentials from any providers'), {
              name: 'CredentialsProviderError'
            }),
            {
              api: 'kms:DescribeKey',
              resource: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
            }
          )
        }
      } as StateProvider,
      identity: { simulate: async () => new Map() }
    })
  }

  it('falls back to fallback-snapshot with a notice', async () => {
    const r = await runAction(
      checkout(),
      { 'fallback-snapshot': 'snapshot.json', 'aws-region': 'us-east-1' },
      { deps: noCredentials }
    )
    expect(r.exitCode).toBe(1)
    expect(errorsOf(r)[0]).toMatch(/^::error title=rotation-access-lost,file=policies\/key.json,line=24/)
    expect(r.lines).toContainEqual(
      '::notice::kms-policy-gate found no AWS credentials (pull requests from forks get none) and checked offline against the snapshot snapshot.json instead of the live account.'
    )
  })

  it('without fallback-snapshot: the step fails naming what is missing', async () => {
    const r = await runAction(checkout(), { 'aws-region': 'us-east-1' }, { deps: noCredentials })
    expect(r.exitCode).toBe(1)
    const last = errorsOf(r).at(-1) ?? ''
    expect(last).toContain('no valid AWS credentials')
    expect(last).toContain('set the fallback-snapshot input')
    expect(r.stdout).not.toContain('::notice')
  })
})
