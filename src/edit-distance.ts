/**
 * Edits (insertions, deletions, substitutions) needed so that `pattern` matches `text`; in `pattern`, `*` matches
 * any run of characters at no cost and `?` any one character. Without wildcards this is the Levenshtein
 * distance. Used for "did you mean" hints (config fields, action names).
 */
export function editDistance(pattern: string, text: string): number {
  let prev = new Array<number>(text.length + 1)
  let cur = new Array<number>(text.length + 1)
  for (let j = 0; j <= text.length; j++) prev[j] = j
  for (let i = 1; i <= pattern.length; i++) {
    const pc = pattern[i - 1]
    if (pc === '*') {
      cur[0] = prev[0]
      for (let j = 1; j <= text.length; j++) cur[j] = Math.min(prev[j], cur[j - 1])
    } else {
      cur[0] = prev[0] + 1
      for (let j = 1; j <= text.length; j++) {
        const same = pc === '?' || pc === text[j - 1] ? 0 : 1
        cur[j] = Math.min(prev[j - 1] + same, prev[j] + 1, cur[j - 1] + 1)
      }
    }
    const done = prev
    prev = cur
    cur = done
  }
  return prev[text.length]
}
