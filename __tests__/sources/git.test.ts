import { describe, expect, it } from '@jest/globals'
import { parseDiff, touches } from '../../src/sources/git.js'

// `git diff --unified=0` output: a changed line, an added block, a pure deletion, a new file.
const DIFF = [
  'diff --git a/policies/key.json b/policies/key.json',
  'index 1111111..2222222 100644',
  '--- a/policies/key.json',
  '+++ b/policies/key.json',
  '@@ -3 +3 @@',
  '-  "a": 1',
  '+  "a": 2',
  '@@ -22,0 +23,7 @@',
  '+    },',
  '@@ -40,3 +46,0 @@',
  '-    removed',
  'diff --git a/iam/new.json b/iam/new.json',
  'new file mode 100644',
  '--- /dev/null',
  '+++ b/iam/new.json',
  '@@ -0,0 +1,4 @@',
  '+{',
  'diff --git a/gone.json b/gone.json',
  'deleted file mode 100644',
  '--- a/gone.json',
  '+++ /dev/null',
  '@@ -1,2 +0,0 @@',
  ''
].join('\n')

describe('parseDiff', () => {
  it('gives the new-side line ranges per file; a deletion marks the lines around the gap', () => {
    const changed = parseDiff(DIFF)
    expect([...changed.entries()]).toEqual([
      [
        'policies/key.json',
        [
          [3, 3],
          [23, 29],
          [46, 47]
        ]
      ],
      ['iam/new.json', [[1, 4]]]
    ])
  })
})

describe('touches', () => {
  const changed = parseDiff(DIFF)
  it('fires for a range that overlaps a change', () => {
    expect(touches(changed, 'policies/key.json', 24, 30)).toBe(true)
    expect(touches(changed, 'policies/key.json', 20, 23)).toBe(true)
    expect(touches(changed, 'policies/key.json', 47)).toBe(true)
    expect(touches(changed, 'iam/new.json', undefined)).toBe(true)
  })
  it('does not fire for untouched lines or files', () => {
    expect(touches(changed, 'policies/key.json', 4, 22)).toBe(false)
    expect(touches(changed, 'policies/key.json', 30)).toBe(false)
    expect(touches(changed, 'policies/other.json', 3)).toBe(false)
    expect(touches(changed, 'gone.json', undefined)).toBe(false)
  })
})
