import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser'
import type { PNode } from './node.js'

/** Maps offsets to 1-based lines. */
export class LineIndex {
  private readonly starts: number[] = [0]
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1)
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
 * Parses strict JSON with positions. Comments and trailing commas are reported as problems at their
 * line: AWS rejects them in policy documents, so they must not pass silently.
 */
export function parseJsonWithLines(text: string): ParsedJson {
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
  return { node: convert(root, lines), problems }
}

/**
 * The parser reports a trailing comma at the `}` or `]` that follows it, often on the next line;
 * the finding must point at the line of the comma itself.
 */
function trailingCommaBefore(text: string, offset: number, code: string): number | undefined {
  if (code !== 'PropertyNameExpected' && code !== 'ValueExpected') return undefined
  if (text[offset] !== '}' && text[offset] !== ']') return undefined
  let i = offset - 1
  while (i >= 0 && /\s/.test(text[i])) i--
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

function convert(n: Node, lines: LineIndex): PNode {
  const startLine = lines.line(n.offset)
  const endLine = lines.line(n.offset + Math.max(0, n.length - 1))
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
                ? convert(valueNode, lines)
                : { type: 'null' as const, startLine: lines.line(keyNode.offset), endLine: lines.line(keyNode.offset) }
            }
          })
      }
    case 'array':
      return { type: 'array', startLine, endLine, items: (n.children ?? []).map(c => convert(c, lines)) }
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
