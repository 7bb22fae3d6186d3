/**
 * The sticky pull request comment: one comment per pull request (and SARIF category), found again by a
 * hidden marker and updated in place on every run. It lists every finding, linked to the head commit, and
 * per key the before/after table, folded when long. Comment bodies hold at most 65,536 characters
 * (GitHub REST "Create an issue comment"; actions/dependency-review-action#730), so what does not fit is
 * counted and left to the job summary.
 */
import { compareForReview, describeCounts, plural } from '../report/build.js'
import {
  CHECKS_HEADER,
  checkRow,
  code,
  escapeCell,
  findingMessage,
  groupChecksByKey,
  keyHeading,
  location,
  suppressionCell
} from '../report/summary.js'
import type { Finding, Report } from '../report/types.js'

export const COMMENT_MAX_CHARS = 65_536
/** Room kept below the cap for the closing note. */
const NOTE_RESERVE = 1_000
/** A key's table is folded when it has more rows than this. */
const FOLD_ROWS = 10

export type CommentMode = 'always' | 'on-failure' | 'never'

/** The hidden first line that identifies the gate's comment; the category keeps matrix legs apart. */
export function commentMarker(category: string): string {
  return `<!-- kms-policy-gate comment ${encodeURIComponent(category)} -->`
}

export interface CommentOptions {
  category: string
  /** Link for a finding's location (the file at the head commit), or undefined for plain text. */
  link?: (finding: Finding) => string | undefined
  /** Where the job summary is (the workflow run), named when something is left out. */
  runUrl?: string
  /** Lines shown under the headline. */
  notes?: string[]
  /** Short commit id the result is for. */
  commit?: string
  maxChars?: number
}

function locationCell(finding: Finding, link: CommentOptions['link']): string {
  const text = location(finding)
  const url = link?.(finding)
  return url && text !== '—' ? `[${text}](${url})` : text
}

function findingRow(finding: Finding, link: CommentOptions['link']): string {
  return `| ${finding.severity} | ${code(finding.rule)} | ${locationCell(finding, link)} | ${findingMessage(finding)} |`
}

function suppressedRow(finding: Finding, link: CommentOptions['link']): string {
  const cells = [
    finding.severity,
    code(finding.rule),
    locationCell(finding, link),
    findingMessage(finding),
    suppressionCell(finding)
  ]
  return `| ${cells.join(' | ')} |`
}

/** A block that is either shown whole or left out. */
interface Block {
  text: string
  kind: 'finding' | 'key'
}

/** The comment body: always under the cap, every finding unless even that does not fit. */
export function formatComment(report: Report, opts: CommentOptions): string {
  const max = (opts.maxChars ?? COMMENT_MAX_CHARS) - NOTE_RESERVE
  const passed = report.result === 'passed'
  const facts = [describeCounts(report.counts), `${report.mode} mode`, plural(report.checks.length, 'check')]
  if (opts.commit) facts.push(`commit ${opts.commit}`)
  const head = [
    commentMarker(opts.category),
    `## ${passed ? '✅' : '❌'} kms-policy-gate ${passed ? 'passed' : 'failed'}`,
    '',
    facts.join(' · '),
    '',
    ...(opts.notes ?? []).flatMap(note => [`> ${escapeCell(note)}`, '']),
    ''
  ].join('\n')

  const ordered = [...report.findings].sort(compareForReview)
  const active = ordered.filter(f => !f.suppressed)
  const suppressed = ordered.filter(f => f.suppressed)
  const blocks: Block[] = []
  if (active.length > 0) {
    blocks.push({
      kind: 'key',
      text: '### Findings\n\n| Severity | Rule | Location | Message |\n| --- | --- | --- | --- |\n'
    })
    for (const f of active) blocks.push({ kind: 'finding', text: findingRow(f, opts.link) + '\n' })
  }
  let suppressedBlocks: Block[] = []
  if (suppressed.length > 0) {
    suppressedBlocks = [
      {
        kind: 'key',
        text:
          `\n<details>\n<summary>${plural(suppressed.length, 'suppressed finding')} (config <code>ignore:</code>)</summary>\n\n` +
          '| Severity | Rule | Location | Message | Suppressed because |\n| --- | --- | --- | --- | --- |\n'
      },
      ...suppressed.map((f): Block => ({ kind: 'finding', text: suppressedRow(f, opts.link) + '\n' }))
    ]
  }
  const keyBlocks: Block[] = groupChecksByKey(report.checks).map(group => {
    const table = [...CHECKS_HEADER, ...group.map(checkRow)].join('\n')
    const changed = group.filter(c => c.before !== null && c.before !== c.after).length
    const title = `${keyHeading(group[0])}: ${plural(group.length, 'check')}, ${changed} changed`
    const text =
      group.length > FOLD_ROWS
        ? `\n<details>\n<summary>${title}</summary>\n\n${table}\n\n</details>\n`
        : `\n#### ${title}\n\n${table}\n`
    return { kind: 'key', text }
  })

  // Findings first (they decide the result), then the suppressed ones, then the per-key tables.
  let used = head.length
  const parts = [head]
  let leftFindings = 0
  let leftKeys = 0
  let full = false
  const add = (block: Block, countAs: 'finding' | 'key' | 'none'): void => {
    if (!full && used + block.text.length <= max) {
      parts.push(block.text)
      used += block.text.length
      return
    }
    full = true
    if (countAs === 'finding') leftFindings++
    if (countAs === 'key') leftKeys++
  }
  for (const block of blocks) add(block, block.kind === 'finding' ? 'finding' : 'none')
  const suppressedStart = parts.length
  for (const block of suppressedBlocks) add(block, block.kind === 'finding' ? 'finding' : 'none')
  if (parts.length > suppressedStart) parts.push('\n</details>\n')
  if (keyBlocks.length > 0 && !full) {
    parts.push('\n### Checks per key\n')
    used += 20
  }
  for (const block of keyBlocks) add(block, 'key')
  if (leftFindings + leftKeys > 0) {
    const where = opts.runUrl ? `the [job summary](${opts.runUrl})` : 'the job summary'
    const left = [
      leftFindings ? plural(leftFindings, 'finding') : '',
      leftKeys ? `the tables of ${plural(leftKeys, 'key')}` : ''
    ].filter(Boolean)
    parts.push(
      `\n> [!NOTE]\n> ${left.join(' and ')} did not fit into this comment (GitHub's limit is ${COMMENT_MAX_CHARS} ` +
        `characters); see ${where}, the report file and the SARIF file.\n`
    )
  }
  return parts.join('')
}

/** The REST calls the sticky comment needs, on one pull request. */
export interface CommentApi {
  list(): Promise<{ id: number; body?: string | null }[]>
  create(body: string): Promise<void>
  update(id: number, body: string): Promise<void>
}

/** What `upsertComment` did. */
export type CommentOutcome = 'created' | 'updated' | 'skipped'

/**
 * Creates the comment, or updates the one that carries the marker. With `create: false` (a passing run
 * under `on-failure`) only an existing comment is updated, so a fixed pull request shows "passed".
 */
export async function upsertComment(
  api: CommentApi,
  category: string,
  body: string,
  create: boolean
): Promise<CommentOutcome> {
  const marker = commentMarker(category)
  const existing = (await api.list()).find(c => typeof c.body === 'string' && c.body.startsWith(marker))
  if (existing) {
    await api.update(existing.id, body)
    return 'updated'
  }
  if (!create) return 'skipped'
  await api.create(body)
  return 'created'
}

/** Whether a run should write (or refresh) the comment. */
export function commentWanted(mode: CommentMode, result: Report['result']): { write: boolean; create: boolean } {
  if (mode === 'never') return { write: false, create: false }
  if (mode === 'always') return { write: true, create: true }
  return { write: true, create: result === 'failed' }
}
