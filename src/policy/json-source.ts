import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser'
import { exact, type PNode, type PProp } from './node.js'

/**
 * Maps offsets to 1-based lines. A line ends at LF, CR LF or a lone CR (old Mac files), as in YAML 1.2
 * and in every editor; offsets are kept in a typed array (4 bytes per line).
 */
/** Strings read so far, each held once, shared by every reader; emptied when it grows past its bound. */
const interned = new Map<string, string>()
const INTERNED_MAX = 200_000
/** Longer strings (a policy held as text in a plan) are copied, not kept. */
const INTERN_LENGTH = 512

function intern(slice: string, copy: () => string): string {
  const known = interned.get(slice)
  if (known !== undefined) return known
  if (interned.size >= INTERNED_MAX) interned.clear()
  const own = copy()
  interned.set(own, own)
  return own
}

export class LineIndex {
  private readonly starts: Uint32Array
  constructor(text: string) {
    let count = 1
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++
    }
    this.starts = new Uint32Array(count)
    let n = 1
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts[n++] = i + 1
    }
  }
  line(offset: number): number {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.starts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }
}

export interface JsonSyntaxProblem {
  message: string
  line: number
}

export interface ParsedJson {
  node?: PNode
  problems: JsonSyntaxProblem[]
}

/**
 * Texts up to this size that are not valid JSON are read a second time by a tolerant parser, so that the rest
 * of the document can still be checked and every syntax error is reported; larger ones stop at the first error.
 */
const RECOVERY_LIMIT = 256 * 1024
/** Deeper nesting is refused: no policy, template or plan needs it, and recursion must stay bounded. */
export const MAX_JSON_DEPTH = 512

/**
 * Parses strict JSON (RFC 8259) with positions, in time proportional to the text. Comments, trailing commas,
 * whitespace other than space, tab, CR and LF (a no-break space, a NUL) and raw control characters inside
 * strings are problems at their line: AWS rejects them in policy documents, so they must not pass silently.
 * Duplicate keys are kept in the tree (in order) for the readers to report.
 */
export function parseJsonWithLines(text: string, options: JsonOptions = {}): ParsedJson {
  const strict = new StrictJson(text, true, options.streamed)
  const node = strict.parse()
  if (node) return { node, problems: [] }
  const first = strict.problem!
  if (text.length > RECOVERY_LIMIT || !strict.recoverable || nestsDeeper(text, MAX_JSON_DEPTH))
    return { problems: [first] }
  let tolerant: ParsedJson
  try {
    tolerant = tolerantParse(text)
  } catch (error) {
    // The tolerant parser recurses per level; nesting it cannot follow leaves the strict parser's problem.
    if (error instanceof RangeError) return { problems: [first] }
    throw error
  }
  // The tolerant parser accepts some things JSON does not, and names what it does not accept only by a code: the
  // strict parser's problem always counts, in its own words, and replaces the tolerant one on the same line.
  const problems = [first, ...tolerant.problems.filter(p => p.line !== first.line)]
  problems.sort((a, b) => a.line - b.line)
  return { node: tolerant.node, problems }
}

export interface JsonOptions {
  /**
   * A member of the top-level object whose object value is handed over member by member instead of kept (the
   * config's `context`; see FastOptions.streamed in yaml-fast.ts); its value in the tree is an empty object at its
   * lines. Members written twice are handed over twice: `add` decides.
   */
  streamed?: { key: string; add(entry: PProp): void }
}

class SyntaxFailure extends Error {
  constructor(
    readonly code: string,
    readonly offset: number,
    readonly detail?: string,
    readonly recoverable = true
  ) {
    super(code)
  }
}

/** What checkJson holds to: strict JSON, and no object with a member twice or a member `__proto__`. */
export interface JsonCheck {
  message: string
  line: number
}

/**
 * Checks a text as parseJsonWithLines reads it, without building the tree: a JSON syntax error, or the first
 * object member written twice or named `__proto__` (which a plain `JSON.parse` would silently drop or keep).
 * Undefined when the text may go to `JSON.parse` as it is. For a large file whose tree would be several times its
 * size (a snapshot), the tree is then built only to place a problem found later.
 */
export function checkJson(text: string): JsonCheck | undefined {
  const strict = new StrictJson(text, false)
  strict.parse()
  return strict.problem ?? strict.oddMember
}

/** The node a check-only reading returns for every value: nothing is kept. */
const NOTHING: PNode = Object.freeze({ type: 'null', startLine: 0, endLine: 0 }) as PNode

/** A strict JSON reader building the positioned tree in one pass; lines are counted in the whitespace. */
class StrictJson {
  private pos = 0
  private line = 1
  /** Strings are interned (shared by every reader) unless read for a streamed member. */
  private interning = true
  private depth = 0
  problem?: JsonSyntaxProblem
  /** False when the text must not be given to the tolerant (recursive) parser: it nests too deeply. */
  recoverable = true
  /** Check-only reading: the first member written twice or named `__proto__`. */
  oddMember?: JsonCheck

  /** `build`: build the tree (else only check, see checkJson). */
  constructor(
    private readonly text: string,
    private readonly build = true,
    private readonly streamed?: JsonOptions['streamed']
  ) {}

  parse(): PNode | undefined {
    try {
      this.ws()
      if (this.pos >= this.text.length) throw new SyntaxFailure('ValueExpected', this.pos, 'the document is empty')
      const node = this.value()
      this.ws()
      if (this.pos < this.text.length) this.fail('EndOfFileExpected')
      return node
    } catch (error) {
      if (!(error instanceof SyntaxFailure)) throw error
      this.problem = this.report(error)
      this.recoverable = error.recoverable
      return undefined
    }
  }

  /** The message and line of a failure; a trailing comma is reported at the comma, maybe lines before. */
  private report(e: SyntaxFailure): JsonSyntaxProblem {
    const comma = e.detail ? undefined : trailingCommaBefore(this.text, e.offset, e.code)
    if (comma !== undefined) {
      return {
        message: 'JSON syntax error (a trailing comma is not allowed)',
        line: this.line - this.breaks(comma, this.pos)
      }
    }
    const message = e.detail ? `JSON syntax error (${e.detail})` : describeJsonError(e.code)
    return { message, line: this.line + this.breaks(this.pos, e.offset) }
  }

  /** Line breaks in [from, to). */
  private breaks(from: number, to: number): number {
    let n = 0
    for (let i = from; i < to && i < this.text.length; i++) {
      const c = this.text.charCodeAt(i)
      if (c === 10 || (c === 13 && this.text.charCodeAt(i + 1) !== 10)) n++
    }
    return n
  }

  private fail(code: string, detail?: string, recoverable = true): never {
    const c = this.text.charCodeAt(this.pos)
    if (!detail && c === 47 && (this.text.charCodeAt(this.pos + 1) === 47 || this.text.charCodeAt(this.pos + 1) === 42))
      throw new SyntaxFailure('InvalidCommentToken', this.pos)
    if (!detail && c === 0xa0) detail = 'a no-break space (U+00A0) is not JSON whitespace'
    else if (!detail && c < 32 && c !== 9 && c !== 10 && c !== 13)
      detail = `the control character U+${c.toString(16).toUpperCase().padStart(4, '0')} is not allowed`
    throw new SyntaxFailure(code, this.pos, detail, recoverable)
  }

  private ws(): void {
    const text = this.text
    for (;;) {
      const c = text.charCodeAt(this.pos)
      if (c === 32 || c === 9) this.pos++
      else if (c === 10) {
        this.line++
        this.pos++
      } else if (c === 13) {
        this.pos++
        if (text.charCodeAt(this.pos) === 10) this.pos++
        this.line++
      } else return
    }
  }

  private value(): PNode {
    const text = this.text
    const c = text.charCodeAt(this.pos)
    const startLine = this.line
    if (c === 123) return this.object()
    if (c === 91) return this.array()
    if (c === 34) {
      if (!this.build) {
        this.string(false)
        return NOTHING
      }
      return { type: 'string', value: this.string(), startLine, endLine: startLine }
    }
    if (c === 116 && text.startsWith('true', this.pos)) {
      this.pos += 4
      return { type: 'boolean', value: true, startLine, endLine: startLine }
    }
    if (c === 102 && text.startsWith('false', this.pos)) {
      this.pos += 5
      return { type: 'boolean', value: false, startLine, endLine: startLine }
    }
    if (c === 110 && text.startsWith('null', this.pos)) {
      this.pos += 4
      return { type: 'null', startLine, endLine: startLine }
    }
    if (c === 45 || (c >= 48 && c <= 57)) {
      const value = this.number()
      return this.build ? { type: 'number', value, startLine, endLine: startLine } : NOTHING
    }
    if (c === 125 || c === 93 || this.pos >= text.length) this.fail('ValueExpected')
    return this.fail('InvalidSymbol')
  }

  private enter(): void {
    if (++this.depth > MAX_JSON_DEPTH)
      this.fail('InvalidSymbol', `nested more than ${MAX_JSON_DEPTH} levels deep`, false)
  }

  /** An object; with `handOver`, each member goes there instead of into the node. */
  private object(handOver?: (entry: PProp) => void): PNode {
    const text = this.text
    const startLine = this.line
    this.enter()
    // What is handed over is held by its receiver in its own form: its strings are not interned.
    const interning = this.interning
    if (handOver) this.interning = false
    this.pos++
    const props: PProp[] = []
    let keys: Set<string> | undefined
    this.ws()
    if (text.charCodeAt(this.pos) === 125) this.pos++
    else {
      for (;;) {
        this.ws()
        if (text.charCodeAt(this.pos) !== 34) this.fail('PropertyNameExpected')
        const keyLine = this.line
        const key = this.string()
        this.ws()
        if (text.charCodeAt(this.pos) !== 58) this.fail('ColonExpected')
        this.pos++
        this.ws()
        if (handOver) handOver({ key, keyLine, value: this.value() })
        else if (this.build) {
          const streamed = this.streamed
          props.push({
            key,
            keyLine,
            value:
              streamed && this.depth === 1 && key === streamed.key && text.charCodeAt(this.pos) === 123
                ? this.object(entry => streamed.add(entry))
                : this.value()
          })
        } else {
          if (!this.oddMember) {
            if (key === '__proto__')
              this.oddMember = { message: 'the member "__proto__" is not allowed', line: keyLine }
            else if ((keys ??= new Set()).has(key))
              this.oddMember = { message: `duplicate member "${key}"`, line: keyLine }
            else keys.add(key)
          }
          this.value()
        }
        this.ws()
        const next = text.charCodeAt(this.pos)
        if (next === 44) {
          this.pos++
          continue
        }
        if (next === 125) {
          this.pos++
          break
        }
        this.fail(this.pos >= text.length ? 'CloseBraceExpected' : 'CommaExpected')
      }
    }
    this.interning = interning
    this.depth--
    if (!this.build) return NOTHING
    // Lists filled by push keep room for more; a template's tree has hundreds of thousands of them.
    return { type: 'object', props: exact(props), startLine, endLine: this.line }
  }

  private array(): PNode {
    const text = this.text
    const startLine = this.line
    this.enter()
    this.pos++
    const items: PNode[] = []
    this.ws()
    if (text.charCodeAt(this.pos) === 93) this.pos++
    else {
      for (;;) {
        this.ws()
        const item = this.value()
        if (this.build) items.push(item)
        this.ws()
        const next = text.charCodeAt(this.pos)
        if (next === 44) {
          this.pos++
          continue
        }
        if (next === 93) {
          this.pos++
          break
        }
        this.fail(this.pos >= text.length ? 'CloseBracketExpected' : 'CommaExpected')
      }
    }
    this.depth--
    if (!this.build) return NOTHING
    return { type: 'array', items: items.length ? items.slice() : items, startLine, endLine: this.line }
  }

  /** A string token; its value only when `keep` (a check-only reading does not need the values). */
  private string(keep = true): string {
    const text = this.text
    const start = this.pos
    let escaped = false
    let i = start + 1
    for (;;) {
      if (i >= text.length) throw new SyntaxFailure('UnexpectedEndOfString', start)
      const c = text.charCodeAt(i)
      if (c === 34) break
      if (c === 92) {
        escaped = true
        const e = text.charCodeAt(i + 1)
        if (e === 117) {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new SyntaxFailure('InvalidUnicode', i)
          i += 6
        } else if (e === 34 || e === 92 || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) {
          i += 2
        } else throw new SyntaxFailure('InvalidEscapeCharacter', i)
      } else if (c < 32) {
        const name = `U+${c.toString(16).toUpperCase().padStart(4, '0')}`
        throw new SyntaxFailure(
          'InvalidCharacter',
          i,
          `a raw control character (${name}) inside a string must be escaped`
        )
      } else i++
    }
    this.pos = i + 1
    if (!keep) return ''
    if (escaped) return JSON.parse(text.slice(start, i + 1)) as string
    // A slice of 13 characters or more shares the source text, which would then live as long as any value read
    // from it (every ARN of thousands of policies). Values repeat across documents (actions, role and key ARNs):
    // one copy each.
    const slice = text.slice(start + 1, i)
    const length = i - start - 1
    const copy = (): string => JSON.parse(text.slice(start, i + 1)) as string
    if (!this.interning) return length < 13 ? slice : copy()
    if (length < 13) return intern(slice, () => slice)
    return length <= INTERN_LENGTH ? intern(slice, copy) : copy()
  }

  private number(): number {
    const text = this.text
    const start = this.pos
    let i = start
    if (text.charCodeAt(i) === 45) i++
    const digits = (): number => {
      const from = i
      while (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++
      return i - from
    }
    const first = text.charCodeAt(i)
    const intDigits = digits()
    if (intDigits === 0 || (first === 48 && intDigits > 1)) throw new SyntaxFailure('InvalidNumberFormat', start)
    if (text.charCodeAt(i) === 46) {
      i++
      if (digits() === 0) throw new SyntaxFailure('UnexpectedEndOfNumber', i)
    }
    const e = text.charCodeAt(i)
    if (e === 101 || e === 69) {
      i++
      if (text.charCodeAt(i) === 43 || text.charCodeAt(i) === 45) i++
      if (digits() === 0) throw new SyntaxFailure('UnexpectedEndOfNumber', i)
    }
    this.pos = i
    return Number(text.slice(start, i))
  }
}

/** Whether brackets outside strings nest deeper than `limit` (the tolerant parser recurses once per level). */
function nestsDeeper(text: string, limit: number): boolean {
  return deepestAt(text, limit) !== undefined
}

/** Offset of the first bracket (outside strings) that nests deeper than `limit`; undefined when none does. */
function deepestAt(text: string, limit: number): number | undefined {
  let depth = 0
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 34) {
      // A string is skipped whole (most of a template's text): to the next `"` that an even number of backslashes
      // (none, or escaped ones) precedes. An unclosed string ends the text.
      for (;;) {
        const quote = text.indexOf('"', i + 1)
        if (quote < 0) return undefined
        let b = quote - 1
        while (text.charCodeAt(b) === 92) b--
        i = quote
        if ((quote - 1 - b) % 2 === 0) break
      }
    } else if (c === 123 || c === 91) {
      if (++depth > limit) return i
    } else if (c === 125 || c === 93) depth--
  }
  return undefined
}

/**
 * JSON that `JSON.parse` accepts may still nest deeper than the readers that walk it can follow (they recurse
 * once per level): the problem and its line, before any of them runs.
 */
export function nestingProblem(text: string): JsonSyntaxProblem | undefined {
  const at = deepestAt(text, MAX_JSON_DEPTH)
  if (at === undefined) return undefined
  return {
    message: `JSON syntax error (nested more than ${MAX_JSON_DEPTH} levels deep)`,
    line: new LineIndex(text.slice(0, at + 1)).line(at)
  }
}

/** jsonc-parser reads on past errors: the rest of an invalid document is still checked, with every error found. */
function tolerantParse(text: string): ParsedJson {
  const errors: ParseError[] = []
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false })
  const lines = new LineIndex(text)
  const problems: JsonSyntaxProblem[] = []
  const reported = new Set<number>()
  for (const e of errors) {
    const code = printParseErrorCode(e.error)
    const comma = trailingCommaBefore(text, e.offset, code)
    const offset = comma ?? e.offset
    // `{"a": 1,}` yields two errors at the `}`: one problem per position is enough.
    if (reported.has(offset)) continue
    reported.add(offset)
    problems.push({
      message: comma !== undefined ? 'JSON syntax error (a trailing comma is not allowed)' : describeJsonError(code),
      line: lines.line(offset)
    })
  }
  if (!root) return { problems: problems.length ? problems : [{ message: 'empty document', line: 1 }] }
  return { node: convert(root, lines, 0), problems }
}

/**
 * The parser reports a trailing comma at the `}` or `]` that follows it, often on the next line;
 * the finding must point at the line of the comma itself.
 */
function trailingCommaBefore(text: string, offset: number, code: string): number | undefined {
  if (code !== 'PropertyNameExpected' && code !== 'ValueExpected') return undefined
  if (text[offset] !== '}' && text[offset] !== ']') return undefined
  let i = offset - 1
  for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(--i));
  return text[i] === ',' ? i : undefined
}

function describeJsonError(code: string): string {
  switch (code) {
    case 'InvalidCommentToken':
      return 'comments are not allowed in JSON policy documents'
    case 'PropertyNameExpected':
    case 'ValueExpected':
      return `JSON syntax error (${code}; a trailing comma is not allowed)`
    default:
      return `JSON syntax error (${code})`
  }
}

function convert(n: Node, lines: LineIndex, depth: number): PNode {
  const startLine = lines.line(n.offset)
  const endLine = lines.line(n.offset + Math.max(0, n.length - 1))
  // The tolerant tree only serves texts that already have a syntax problem: deep nesting is cut, not followed.
  if (depth > MAX_JSON_DEPTH) return { type: 'null', startLine, endLine }
  switch (n.type) {
    case 'object':
      return {
        type: 'object',
        startLine,
        endLine,
        props: (n.children ?? [])
          .filter(p => p.children && p.children.length >= 1)
          .map(p => {
            const keyNode = p.children![0]
            const valueNode = p.children![1]
            return {
              key: String(keyNode.value),
              keyLine: lines.line(keyNode.offset),
              value: valueNode
                ? convert(valueNode, lines, depth + 1)
                : { type: 'null' as const, startLine: lines.line(keyNode.offset), endLine: lines.line(keyNode.offset) }
            }
          })
      }
    case 'array':
      return { type: 'array', startLine, endLine, items: (n.children ?? []).map(c => convert(c, lines, depth + 1)) }
    case 'string':
      return { type: 'string', value: String(n.value), startLine, endLine }
    case 'number':
      return { type: 'number', value: Number(n.value), startLine, endLine }
    case 'boolean':
      return { type: 'boolean', value: Boolean(n.value), startLine, endLine }
    default:
      return { type: 'null', startLine, endLine }
  }
}
