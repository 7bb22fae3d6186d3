/**
 * The top-level blocks of a `.tf` file (`resource "type" "name" { … }`), found by a lexical scan in one pass: no
 * tree is built. The HCL parser then reads only the blocks a plan asks about (hcl.ts): parsing a whole 8 MiB file
 * took seconds and a tree of over 25 times its size, for the one block that mattered.
 *
 * The scan follows the HCL native syntax's lexical rules (hclsyntax specification): `#` and `//` line comments,
 * `/* … *\/` comments, quoted templates with `\` escapes and `${ … }` / `%{ … }` sequences (which hold
 * expressions, strings and braces of their own; `$${` and `%%{` are literal), heredocs (`<<ID` / `<<-ID` up to a
 * line holding only `ID`), and `{ [ (` nesting. Anything it does not expect at the top level (an attribute, an
 * unclosed block or string) makes it give up (undefined): the caller then parses the whole file, as before.
 */
export interface ScannedBlock {
  type: string
  labels: string[]
  /** Offsets of the block's first character (its type) and just after its closing `}`. */
  from: number
  to: number
}

const IDENT_START = /[A-Za-z_]/
const IDENT = /[A-Za-z0-9_-]/

/**
 * `wanted` says which blocks to return, by type and labels: the others are passed over without keeping anything
 * of them (a large file is mostly blocks nobody asks about).
 */
export function scanTopBlocks(
  text: string,
  wanted: (type: string, labels: string[]) => boolean = () => true
): ScannedBlock[] | undefined {
  const scanner = new Scanner(text, wanted)
  try {
    return scanner.file()
  } catch (error) {
    if (error instanceof GiveUp) return undefined
    throw error
  }
}

class GiveUp extends Error {}

/** Template sequences nested in strings nested in template sequences…: deeper than this, the file is parsed whole. */
const MAX_NESTING = 64

class Scanner {
  private pos = 0
  private depth = 0

  constructor(
    private readonly text: string,
    private readonly wanted: (type: string, labels: string[]) => boolean
  ) {}

  file(): ScannedBlock[] {
    const out: ScannedBlock[] = []
    for (;;) {
      this.skipSpaceAndComments(true)
      if (this.pos >= this.text.length) return out
      const from = this.pos
      const type = this.identifier()
      const labels: string[] = []
      for (;;) {
        this.skipSpaceAndComments(false)
        const c = this.text[this.pos]
        if (c === '{') break
        if (c === '"') labels.push(this.label())
        else if (c !== undefined && IDENT_START.test(c)) labels.push(this.identifier())
        else throw new GiveUp()
      }
      this.pos++
      this.code('}')
      if (this.wanted(type, labels)) out.push({ type, labels, from, to: this.pos })
    }
  }

  private identifier(): string {
    const start = this.pos
    if (!IDENT_START.test(this.text[this.pos] ?? '')) throw new GiveUp()
    while (this.pos < this.text.length && IDENT.test(this.text[this.pos])) this.pos++
    return this.text.slice(start, this.pos)
  }

  /**
   * A quoted label: a literal string, without escapes or template sequences (resource types and names never need
   * them; a label that has them sends the file to the parser).
   */
  private label(): string {
    const start = this.pos + 1
    const end = this.text.indexOf('"', start)
    if (end < 0 || end - start > 1024) throw new GiveUp()
    const value = this.text.slice(start, end)
    if (/[\\\n]|[$%]\{/.test(value)) throw new GiveUp()
    this.pos = end + 1
    return value
  }

  /** Spaces, newlines (when allowed) and comments. */
  private skipSpaceAndComments(newlines: boolean): void {
    const text = this.text
    while (this.pos < text.length) {
      const c = text[this.pos]
      if (c === ' ' || c === '\t' || c === '\r' || (newlines && c === '\n')) this.pos++
      else if (c === '#' || (c === '/' && text[this.pos + 1] === '/')) this.lineComment()
      else if (c === '/' && text[this.pos + 1] === '*') this.blockComment()
      else return
    }
  }

  private lineComment(): void {
    const end = this.text.indexOf('\n', this.pos)
    this.pos = end < 0 ? this.text.length : end
  }

  private blockComment(): void {
    const end = this.text.indexOf('*/', this.pos + 2)
    if (end < 0) throw new GiveUp()
    this.pos = end + 2
  }

  /**
   * Expressions and bodies up to the `close` character that ends them (`}` of a block, an object or a template
   * sequence), which is consumed.
   */
  private code(close: '}'): void {
    if (++this.depth > MAX_NESTING) throw new GiveUp()
    const text = this.text
    const stack: string[] = [close]
    while (this.pos < text.length) {
      const c = text[this.pos]
      if (c === '"') this.quoted()
      else if (c === '#' || (c === '/' && text[this.pos + 1] === '/')) this.lineComment()
      else if (c === '/' && text[this.pos + 1] === '*') this.blockComment()
      else if (c === '<' && text[this.pos + 1] === '<' && /[-A-Za-z_]/.test(text[this.pos + 2] ?? '')) this.heredoc()
      else if (c === '{') {
        stack.push('}')
        this.pos++
      } else if (c === '[') {
        stack.push(']')
        this.pos++
      } else if (c === '(') {
        stack.push(')')
        this.pos++
      } else if (c === '}' || c === ']' || c === ')') {
        if (stack.pop() !== c) throw new GiveUp()
        this.pos++
        if (stack.length === 0) {
          this.depth--
          return
        }
      } else this.pos++
    }
    throw new GiveUp()
  }

  /** A quoted template, its `${ … }` and `%{ … }` sequences included. */
  private quoted(): void {
    const text = this.text
    this.pos++
    while (this.pos < text.length) {
      const c = text[this.pos]
      if (c === '"') {
        this.pos++
        return
      }
      if (c === '\n') throw new GiveUp()
      if (c === '\\') this.pos += 2
      else if ((c === '$' || c === '%') && text[this.pos + 1] === c && text[this.pos + 2] === '{') this.pos += 3
      else if ((c === '$' || c === '%') && text[this.pos + 1] === '{') {
        this.pos += 2
        this.code('}')
      } else this.pos++
    }
    throw new GiveUp()
  }

  /** `<<ID` or `<<-ID`, up to the line that holds only ID (after spaces). */
  private heredoc(): void {
    const text = this.text
    const m = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(text.slice(this.pos, this.pos + 300))
    if (!m) throw new GiveUp()
    const id = m[1]
    let lineStart = this.pos + m[0].length
    while (lineStart <= text.length) {
      const nl = text.indexOf('\n', lineStart)
      const lineEnd = nl < 0 ? text.length : nl
      if (text.slice(lineStart, lineEnd).trim() === id) {
        this.pos = lineEnd
        return
      }
      if (nl < 0) break
      lineStart = nl + 1
    }
    throw new GiveUp()
  }
}
