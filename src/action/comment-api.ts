/**
 * The sticky comment's REST calls through `@actions/github`'s Octokit, which honours `HTTPS_PROXY` /
 * `NO_PROXY`. The base URL is `GITHUB_API_URL` (GitHub Enterprise Server sets it), read at run time.
 * Octokit is imported on the first call: a run that writes no comment does not load it.
 */
import type { CommentApi } from './comment.js'
import type { PullRequestInfo, RunContext } from './event.js'

export function githubCommentApi(token: string, context: RunContext, pr: PullRequestInfo): CommentApi {
  const [owner, repo] = (context.repository ?? '/').split('/')
  let client: Promise<ReturnType<typeof import('@actions/github').getOctokit>> | undefined
  const octokit = () =>
    (client ??= import('@actions/github').then(github => github.getOctokit(token, { baseUrl: context.apiUrl })))
  const issue_number = pr.number
  return {
    // Pull request comments are issue comments; every page is read, so the marker is found on long threads.
    list: async () => {
      const o = await octokit()
      return o.paginate(o.rest.issues.listComments, { owner, repo, issue_number, per_page: 100 })
    },
    create: async body => {
      await (await octokit()).rest.issues.createComment({ owner, repo, issue_number, body })
    },
    update: async (id, body) => {
      await (await octokit()).rest.issues.updateComment({ owner, repo, comment_id: id, body })
    }
  }
}
