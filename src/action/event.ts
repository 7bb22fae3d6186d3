/**
 * What the action needs from the workflow run: the repository, and for `pull_request` (and
 * `pull_request_target`) events the pull request's number, base and head commits and head repository; for a
 * `merge_group` event (a merge queue) the base and head commits of the group.
 * Read from `GITHUB_EVENT_PATH` at run time, not at import.
 */
import { readFileSync } from 'node:fs'

export interface PullRequestInfo {
  number: number
  baseSha: string
  headSha: string
  /** `owner/name` of the head repository: differs from the repository on pull requests from forks. */
  headRepo?: string
}

/** The commits a run compares: what the change is made against, and the change. */
export interface ChangeCommits {
  baseSha: string
  headSha: string
}

export interface RunContext {
  eventName: string
  /** `owner/name`. */
  repository?: string
  serverUrl: string
  apiUrl: string
  runUrl?: string
  pullRequest?: PullRequestInfo
  /**
   * The base and head commits of a pull request or of a merge queue's group: the baseline and the templates' base
   * come from `baseSha`. A merge group has no pull request number (no comment).
   */
  change?: ChangeCommits
  /**
   * On a `pull_request`, `pull_request_target` or `merge_group` event, why the commits could not be read from the
   * payload (then `change` is undefined): the run must not fall back to the head commit's baseline.
   */
  pullRequestUnread?: string
}

const CHANGE_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group'])

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

/** Reads the run's context from the environment a runner sets; a missing or unreadable payload has no PR. */
export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  const repository = str(env.GITHUB_REPOSITORY)
  const context: RunContext = {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    repository,
    serverUrl,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '')
  }
  if (repository && env.GITHUB_RUN_ID) context.runUrl = `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}`
  const unread = (why: string): RunContext => {
    if (CHANGE_EVENTS.has(context.eventName)) context.pullRequestUnread = why
    return context
  }
  if (!env.GITHUB_EVENT_PATH) return unread('GITHUB_EVENT_PATH is not set')
  let payload: unknown
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))
  } catch {
    return unread(`the event payload ${env.GITHUB_EVENT_PATH} could not be read as JSON`)
  }
  if (context.eventName === 'merge_group') {
    // A merge queue tests the group's merge commit (head_sha) against the target branch (base_sha) before it lands.
    const group = (payload as { merge_group?: Record<string, unknown> } | null)?.merge_group
    const baseSha = str(group?.base_sha)
    const headSha = str(group?.head_sha)
    if (!baseSha || !headSha) return unread('the event payload gives no merge group base or head commit')
    context.change = { baseSha, headSha }
    return context
  }
  const pr = (payload as { pull_request?: Record<string, unknown> } | null)?.pull_request
  if (!pr || typeof pr !== 'object') return unread('the event payload has no pull_request')
  const base = pr.base as { sha?: unknown } | undefined
  const head = pr.head as { sha?: unknown; repo?: { full_name?: unknown } | null } | undefined
  const number = typeof pr.number === 'number' ? pr.number : Number((payload as { number?: unknown }).number)
  const baseSha = str(base?.sha)
  const headSha = str(head?.sha)
  if (!Number.isInteger(number) || !baseSha || !headSha)
    return unread('the event payload gives no pull request number, base commit or head commit')
  context.pullRequest = { number, baseSha, headSha }
  context.change = { baseSha, headSha }
  const headRepo = str(head?.repo?.full_name)
  if (headRepo) context.pullRequest.headRepo = headRepo
  return context
}
