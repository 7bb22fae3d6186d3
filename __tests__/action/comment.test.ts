import { describe, expect, it } from '@jest/globals'
import {
  COMMENT_MAX_CHARS,
  commentMarker,
  commentWanted,
  formatComment,
  upsertComment,
  type CommentApi
} from '../../src/action/comment.js'
import { buildReport } from '../../src/report/build.js'
import { KEY_ARN, makeCheck, makeFinding } from '../helpers/findings.js'

const CATEGORY = '.github/kms-policy-gate.yml'

function fakeApi(initial: { id: number; body: string }[] = []) {
  const comments = [...initial]
  const calls: string[] = []
  const api: CommentApi = {
    list: async () => comments,
    create: async body => {
      calls.push('create')
      comments.push({ id: 100 + comments.length, body })
    },
    update: async (id, body) => {
      calls.push(`update ${id}`)
      const c = comments.find(x => x.id === id)
      if (c) c.body = body
    }
  }
  return { api, comments, calls }
}

describe('formatComment', () => {
  it('starts with the marker, lists findings with links and marks, folds suppressed ones', () => {
    const report = buildReport(
      [
        makeFinding({ message: 'lost it', changed: true }),
        makeFinding({
          rule: 'rotation-disabled',
          severity: 'warning',
          message: 'rotation is off',
          preExisting: true,
          suppressed: { reason: 'key retired in Q1', expires: '2027-03-31', file: CATEGORY, line: 12 }
        })
      ],
      [makeCheck()],
      'offline',
      'error'
    )
    const body = formatComment(report, { category: CATEGORY, link: () => 'https://x/blob/abc/p.json#L21-L27' })
    expect(body.split('\n')[0]).toBe(commentMarker(CATEGORY))
    expect(body).toContain('## ❌ kms-policy-gate failed')
    expect(body).toContain(
      '| error | `rotation-access-lost` | [`policies/app-data-key.json:21`](https://x/blob/abc/p.json#L21-L27) | lost it _(changed in this pull request)_ |'
    )
    expect(body).toContain('<summary>1 suppressed finding (config <code>ignore:</code>)</summary>')
    expect(body).toContain('key retired in Q1 (until 2027-03-31)<br>`.github/kms-policy-gate.yml:12`')
    expect(body).toContain('</details>')
    // One key with one check: shown open, not folded.
    expect(body).toContain('#### app-data (`' + KEY_ARN + '`): 1 check, 1 changed')
  })

  it('folds a key table with more than 10 rows', () => {
    const checks = Array.from({ length: 11 }, (_, i) => makeCheck({ action: `kms:Action${i}` }))
    const body = formatComment(buildReport([], checks, 'live', 'error'), { category: CATEGORY })
    expect(body).toContain('## ✅ kms-policy-gate passed')
    expect(body).toContain('<details>\n<summary>app-data (`' + KEY_ARN + '`): 11 checks, 11 changed</summary>')
  })

  it('stays under 65,536 characters and says what was left to the job summary', () => {
    const findings = Array.from({ length: 3000 }, (_, i) =>
      makeFinding({ startLine: i + 1, message: `finding number ${i} `.padEnd(60, 'x') })
    )
    const checks = Array.from({ length: 50 }, (_, i) => makeCheck({ key: `${KEY_ARN}${i}`, keyName: `k${i}` }))
    const body = formatComment(buildReport(findings, checks, 'offline', 'error'), {
      category: CATEGORY,
      runUrl: 'https://github.example/o/r/actions/runs/42'
    })
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS)
    const shown = body.split('\n').filter(l => l.startsWith('| error |')).length
    expect(shown).toBeGreaterThan(100)
    expect(body).toContain(
      `> ${3000 - shown} findings and the tables of 50 keys did not fit into this comment (GitHub's limit is 65536 characters); see the [job summary](https://github.example/o/r/actions/runs/42)`
    )
  })

  it('a small report needs no note', () => {
    const body = formatComment(buildReport([makeFinding()], [makeCheck()], 'offline', 'error'), { category: CATEGORY })
    expect(body).not.toContain('did not fit')
  })
})

describe('upsertComment', () => {
  it('creates once, then updates the comment that starts with its marker', async () => {
    const { api, comments, calls } = fakeApi([{ id: 1, body: `quoting ${commentMarker(CATEGORY)} in a review` }])
    expect(await upsertComment(api, CATEGORY, `${commentMarker(CATEGORY)}\nfirst`, true)).toBe('created')
    expect(await upsertComment(api, CATEGORY, `${commentMarker(CATEGORY)}\nsecond`, true)).toBe('updated')
    expect(calls).toEqual(['create', 'update 101'])
    expect(comments.map(c => c.body)).toEqual([
      `quoting ${commentMarker(CATEGORY)} in a review`,
      `${commentMarker(CATEGORY)}\nsecond`
    ])
  })

  it('keeps categories apart, and with create: false only updates', async () => {
    const { api, calls } = fakeApi([{ id: 5, body: `${commentMarker('other.yml')}\nx` }])
    expect(await upsertComment(api, CATEGORY, 'body', false)).toBe('skipped')
    expect(calls).toEqual([])
  })
})

describe('commentWanted', () => {
  it('follows the comment input', () => {
    expect(commentWanted('never', 'failed')).toEqual({ write: false, create: false })
    expect(commentWanted('always', 'passed')).toEqual({ write: true, create: true })
    expect(commentWanted('on-failure', 'failed')).toEqual({ write: true, create: true })
    expect(commentWanted('on-failure', 'passed')).toEqual({ write: true, create: false })
  })
})
