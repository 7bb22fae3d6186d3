/**
 * IAM wildcard matching without a backtracking regular expression: `*` is any run of characters, `?`
 * exactly one (IAM User Guide, reference_policies_elements_action / _resource / condition_operators).
 *
 * A pattern is cut at its stars into segments of fixed length. The first segment must start the value,
 * the last must end it, and the ones between are placed left to right at their first possible position:
 * placing a segment as early as possible never prevents a later one from matching. Each segment is
 * looked for once, so matching takes at most (value length × segment length) steps, never exponential
 * time in the number of stars, and a pattern longer than the value is refused at once.
 */

/** One piece of a pattern between stars. `any[i]` marks a `?` at position i; null when there is none. */
interface Segment {
  text: string
  any: Uint8Array | null
}

export interface Wildcard {
  /** The segments between stars; a pattern without a star has exactly one. */
  segments: Segment[]
  hasStar: boolean
  /** No value shorter than this can match. */
  minLength: number
  ignoreCase: boolean
}

/** A piece of a pattern: literal text (a `*` or `?` in it is literal), a star, or a single-character wildcard. */
export type WildcardPart = { lit: string } | { star: true } | { one: true }

/**
 * Case folding of one UTF-16 unit as a case-insensitive JavaScript regular expression does it without the
 * `u` flag (ECMA-262, Canonicalize): upper case, unless that changes the length or leaves non-ASCII for ASCII.
 */
function foldUnit(code: number): number {
  if (code < 128) return code >= 97 && code <= 122 ? code - 32 : code
  const upper = String.fromCharCode(code).toUpperCase()
  if (upper.length !== 1) return code
  const u = upper.charCodeAt(0)
  return u < 128 ? code : u
}

export function foldCase(text: string): string {
  let ascii = true
  for (let i = 0; i < text.length && ascii; i++) ascii = text.charCodeAt(i) < 128
  if (ascii) return text.toUpperCase()
  let out = ''
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldUnit(text.charCodeAt(i)))
  return out
}

export function compileWildcard(parts: readonly WildcardPart[], ignoreCase: boolean): Wildcard {
  const segments: Segment[] = []
  let text = ''
  let any: number[] = []
  let hasStar = false
  const close = (): void => {
    segments.push({ text, any: any.length ? markers(text.length, any) : null })
    text = ''
    any = []
  }
  for (const p of parts) {
    if ('star' in p) {
      // Consecutive stars are one star; an empty segment between them is dropped (but not the first or last).
      if (!hasStar || text.length) close()
      hasStar = true
    } else if ('one' in p) {
      any.push(text.length)
      text += '?'
    } else text += ignoreCase ? foldCase(p.lit) : p.lit
  }
  if (hasStar || text.length || segments.length === 0) close()
  let minLength = 0
  for (const s of segments) minLength += s.text.length
  return { segments, hasStar, minLength, ignoreCase }
}

function markers(length: number, positions: number[]): Uint8Array {
  const out = new Uint8Array(length)
  for (const p of positions) out[p] = 1
  return out
}

/** Whether `seg` matches `value` starting at `at` (the caller checks that it fits). */
function matchesAt(seg: Segment, value: string, at: number): boolean {
  const { text, any } = seg
  if (!any) return value.startsWith(text, at)
  for (let i = 0; i < text.length; i++) {
    if (any[i] === 0 && text.charCodeAt(i) !== value.charCodeAt(at + i)) return false
  }
  return true
}

/** First position ≥ from where `seg` matches and ends at or before `limit`; -1 when there is none. */
function find(seg: Segment, value: string, from: number, limit: number): number {
  const last = limit - seg.text.length
  if (!seg.any) {
    const i = value.indexOf(seg.text, from)
    return i >= 0 && i <= last ? i : -1
  }
  for (let i = from; i <= last; i++) if (matchesAt(seg, value, i)) return i
  return -1
}

export function wildcardMatches(w: Wildcard, input: string): boolean {
  if (input.length < w.minLength) return false
  const value = w.ignoreCase ? foldCase(input) : input
  const segs = w.segments
  if (!w.hasStar) return value.length === segs[0].text.length && matchesAt(segs[0], value, 0)
  const first = segs[0]
  const last = segs[segs.length - 1]
  const end = value.length - last.text.length
  if (!matchesAt(first, value, 0) || !matchesAt(last, value, end)) return false
  let pos = first.text.length
  for (let i = 1; i < segs.length - 1; i++) {
    const at = find(segs[i], value, pos, end)
    if (at < 0) return false
    pos = at + segs[i].text.length
  }
  return true
}

/** The parts of a plain pattern: every `*` and `?` is a wildcard. */
export function wildcardParts(pattern: string): WildcardPart[] {
  const out: WildcardPart[] = []
  let start = 0
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i)
    if (c !== 42 && c !== 63) continue
    if (i > start) out.push({ lit: pattern.slice(start, i) })
    out.push(c === 42 ? { star: true } : { one: true })
    start = i + 1
  }
  if (start < pattern.length) out.push({ lit: pattern.slice(start) })
  return out
}

/**
 * A bounded cache of compiled patterns: a document with many distinct patterns costs memory in proportion
 * to what it holds, not more.
 */
export class WildcardCache {
  private readonly map = new Map<string, Wildcard>()
  constructor(private readonly limit = 10_000) {}

  get(key: string, build: () => Wildcard): Wildcard {
    let w = this.map.get(key)
    if (!w) {
      w = build()
      if (this.map.size >= this.limit) this.map.clear()
      this.map.set(key, w)
    }
    return w
  }
}
