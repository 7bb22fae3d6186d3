import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readRunContext } from '../../src/action/event.js'

const dir = mkdtempSync(join(tmpdir(), 'kpg-event-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const payloadFile = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text)
  return join(dir, name)
}
const base = { GITHUB_REPOSITORY: 'octo-org/keys', GITHUB_RUN_ID: '42', GITHUB_SERVER_URL: 'https://github.example/' }

describe('readRunContext', () => {
  it('reads the pull request of a pull_request event: number, base and head commits, head repository', () => {
    const path = payloadFile(
      'pr.json',
      JSON.stringify({
        number: 7,
        pull_request: {
          number: 7,
          base: { sha: 'b'.repeat(40) },
          head: { sha: 'h'.repeat(40), repo: { full_name: 'fork/keys' } }
        }
      })
    )
    expect(readRunContext({ ...base, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path })).toEqual({
      eventName: 'pull_request',
      repository: 'octo-org/keys',
      serverUrl: 'https://github.example',
      apiUrl: 'https://api.github.com',
      runUrl: 'https://github.example/octo-org/keys/actions/runs/42',
      pullRequest: { number: 7, baseSha: 'b'.repeat(40), headSha: 'h'.repeat(40), headRepo: 'fork/keys' },
      change: { baseSha: 'b'.repeat(40), headSha: 'h'.repeat(40) }
    })
  })

  it('reads the commits of a merge_group event (a merge queue): base and head, no pull request', () => {
    // GitHub webhook payload of merge_group (action checks_requested): merge_group.{head_sha, head_ref, base_sha,
    // base_ref, head_commit}.
    const path = payloadFile(
      'mg.json',
      JSON.stringify({
        action: 'checks_requested',
        merge_group: {
          head_sha: 'h'.repeat(40),
          head_ref: 'refs/heads/gh-readonly-queue/main/pr-7-' + 'b'.repeat(40),
          base_sha: 'b'.repeat(40),
          base_ref: 'refs/heads/main'
        }
      })
    )
    const context = readRunContext({ ...base, GITHUB_EVENT_NAME: 'merge_group', GITHUB_EVENT_PATH: path })
    expect([context.change, context.pullRequest, context.pullRequestUnread]).toEqual([
      { baseSha: 'b'.repeat(40), headSha: 'h'.repeat(40) },
      undefined,
      undefined
    ])
    const noBase = payloadFile('mg-nobase.json', JSON.stringify({ merge_group: { head_sha: 'h'.repeat(40) } }))
    const unread = readRunContext({ ...base, GITHUB_EVENT_NAME: 'merge_group', GITHUB_EVENT_PATH: noBase })
    expect([unread.change, unread.pullRequestUnread]).toEqual([
      undefined,
      'the event payload gives no merge group base or head commit'
    ])
  })

  it('on a pull request event, says why the pull request could not be read; elsewhere there is none to read', () => {
    const noBase = payloadFile('nobase.json', JSON.stringify({ pull_request: { number: 7, head: { sha: 'h' } } }))
    const broken = payloadFile('broken.json', '{')
    const pr = (path?: string) =>
      readRunContext({
        ...base,
        GITHUB_EVENT_NAME: 'pull_request_target',
        ...(path ? { GITHUB_EVENT_PATH: path } : {})
      })
    expect(pr(noBase).pullRequestUnread).toBe(
      'the event payload gives no pull request number, base commit or head commit'
    )
    expect(pr(broken).pullRequestUnread).toBe(`the event payload ${broken} could not be read as JSON`)
    expect(pr().pullRequestUnread).toBe('GITHUB_EVENT_PATH is not set')
    const push = readRunContext({ ...base, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: noBase })
    expect(push.pullRequest).toBeUndefined()
    expect(push.pullRequestUnread).toBeUndefined()
  })
})
