/**
 * What the action needs from the workflow run: the repository, and for `pull_request` (and
 * `pull_request_target`) events the pull request's number, base and head commits and head repository.
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

export interface RunContext {
  eventName: string
  /** `owner/name`. */
  repository?: string
  serverUrl: string
  apiUrl: string
  runUrl?: string
  pullRequest?: PullRequestInfo
  /**
   * On a `pull_request` / `pull_request_target` event, why the pull request could not be read from the payload
   * (then `pullRequest` is undefined): the run must not fall back to the head commit's baseline.
   */
  pullRequestUnread?: string
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target'])

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
    if (PR_EVENTS.has(context.eventName)) context.pullRequestUnread = why
    return context
  }
  if (!env.GITHUB_EVENT_PATH) return unread('GITHUB_EVENT_PATH is not set')
  let payload: unknown
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))
  } catch {
    return unread(`the event payload ${env.GITHUB_EVENT_PATH} could not be read as JSON`)
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
  const headRepo = str(head?.repo?.full_name)
  if (headRepo) context.pullRequest.headRepo = headRepo
  return context
}
