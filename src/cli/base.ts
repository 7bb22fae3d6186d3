import { readBaseTemplates } from '../sources/base-templates.js'
import type { Git } from '../sources/git.js'
import { GateError } from '../errors.js'

/**
 * `check --base REV`: the configured CloudFormation templates as the git revision `rev` of the workspace's
 * repository has them, as the action reads them from a pull request's base commit. A resource the revision deploys
 * and the working tree's template no longer has is deleted on deployment. The revision must be a commit the
 * repository has: the CLI fetches nothing.
 */
export async function baseTemplatesAt(
  git: Git,
  workspace: string,
  rev: string,
  config: string
): Promise<Map<string, string> | undefined> {
  // A revision is never an option of git's (`--output=…` would be one).
  if (rev === '' || rev.startsWith('-')) throw new GateError(`--base: "${rev}" is not a git revision`)
  const resolved = await git(workspace, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`])
  const sha = resolved.stdout.trim()
  if (resolved.code !== 0 || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha)) {
    const why = resolved.stderr.trim().split('\n')[0]
    throw new GateError(
      `--base: "${rev}" is not a commit of the git repository at the workspace${why ? ` (${why.slice(0, 200)})` : ''}: fetch it first, or give a commit id or branch the repository has`
    )
  }
  return readBaseTemplates({ git, workspace, baseSha: sha, config })
}
