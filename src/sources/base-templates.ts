import { loadConfig } from '../config/load.js'
import { discoverIacFiles, globMatcher } from './discover.js'
import { requireBaseCommit, showFile, type Git } from './git.js'

/**
 * The CloudFormation templates of the config as the pull request's base commit has them, by workspace-relative
 * path: a resource a template no longer has is deleted on deployment, which the head alone cannot show. Undefined
 * when the config names no template or cannot be read (the run then reports the config itself). A base commit
 * that is not in the checkout and cannot be fetched stops the run, as for the baseline; a template the base
 * commit does not have is new (nothing removed).
 */
export async function readBaseTemplates(req: {
  git: Git
  workspace: string
  baseSha: string
  config: string
  configText?: string
}): Promise<Map<string, string> | undefined> {
  let templates: { glob: string; file: string; line: number }[]
  try {
    const config = loadConfig(req.workspace, req.config, { text: req.configText })
    templates = config.cloudformation.map(c => ({ glob: c.template, file: config.file, line: c.line }))
  } catch {
    return undefined
  }
  if (!templates.length) return undefined
  await requireBaseCommit(
    req.git,
    req.workspace,
    req.baseSha,
    'The gate reads the CloudFormation templates of the base commit to see the resources a pull request removes'
  )
  const out = new Map<string, string>()
  // Templates the pull request deletes: files of the base commit that a glob matches and the head no longer has.
  const listed = await req.git(req.workspace, ['ls-tree', '-r', '-z', '--name-only', req.baseSha, '--', '.'])
  const baseFiles = listed.code === 0 ? listed.stdout.split('\0').filter(Boolean) : []
  for (const t of templates) {
    let files: string[]
    try {
      files = discoverIacFiles(req.workspace, [t.glob], { where: { file: t.file, line: t.line } })
    } catch {
      // The run reports it when it reads the templates.
      continue
    }
    const head = new Set(files)
    const matches = globMatcher([t.glob])
    for (const rel of [...files, ...baseFiles.filter(f => matches(f) && !head.has(f))]) {
      if (out.has(rel)) continue
      const text = await showFile(req.git, req.workspace, req.baseSha, rel)
      if (text !== undefined) out.set(rel, text)
    }
  }
  return out
}
