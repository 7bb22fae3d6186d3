import type { PNode } from './node.js'
import { parseJsonWithLines } from './json-source.js'
import type { PolicyDocument, PolicyIssue, Statement } from './types.js'

/**
 * Documents the gate refuses to evaluate, and what it does with them instead.
 *
 * A member written twice (`"Effect"` twice in a statement, `"Statement"` twice) makes a document ambiguous: JSON
 * leaves the meaning of duplicate names open (RFC 8259, section 4) and readers disagree on which one wins, so
 * evaluating either reading would be a guess. A document far beyond what AWS accepts (a key policy may have
 * 32 KB, an identity policy 10 KB: IAM and KMS quotas) would only cost time. Either way the document is reported
 * (`invalid-policy`) and, failing closed, stands for one statement that denies every request it governs: no
 * decision that depends on it can come out `allowed`.
 */
export const DOCUMENT_LIMITS = {
  statements: 5_000,
  /** Values of one element (Action, Resource, one principal type, one condition key). */
  values: 10_000,
  /** Characters of one string. */
  stringLength: 32_768,
  /** Values of every kind in the whole document. */
  nodes: 200_000
} as const

/** Why a document is not evaluated, at the line to fix; undefined for a document that is. */
export function refusal(root: PNode): PolicyIssue | undefined {
  let nodes = 0
  const stack: PNode[] = [root]
  let found: PolicyIssue | undefined
  const note = (issue: PolicyIssue): void => {
    if (!found || issue.line < found.line) found = issue
  }
  while (stack.length) {
    const node = stack.pop()!
    if (++nodes > DOCUMENT_LIMITS.nodes) {
      return {
        message: `the document has more than ${DOCUMENT_LIMITS.nodes.toLocaleString('en-US')} values: it is not evaluated`,
        line: root.startLine || 1
      }
    }
    if (node.type === 'string' && node.value.length > DOCUMENT_LIMITS.stringLength) {
      note({
        message: `a value of ${node.value.length.toLocaleString('en-US')} characters: no policy can hold it, the document is not evaluated`,
        line: node.startLine
      })
    } else if (node.type === 'array') {
      if (node.items.length > DOCUMENT_LIMITS.values)
        note({
          message: `a list of ${node.items.length.toLocaleString('en-US')} values (the gate evaluates at most ${DOCUMENT_LIMITS.values.toLocaleString('en-US')}): the document is not evaluated`,
          line: node.startLine
        })
      for (const item of node.items) stack.push(item)
    } else if (node.type === 'object') {
      const first = new Map<string, number>()
      for (const p of node.props) {
        const earlier = first.get(p.key)
        if (earlier !== undefined) {
          note({
            message: `duplicate element "${p.key}" (also at line ${earlier}): the document is ambiguous and is not evaluated`,
            line: p.keyLine
          })
        } else first.set(p.key, p.keyLine)
        stack.push(p.value)
      }
    }
  }
  const statements = root.type === 'object' ? root.props.find(p => p.key === 'Statement')?.value : undefined
  if (statements?.type === 'array' && statements.items.length > DOCUMENT_LIMITS.statements) {
    note({
      message: `${statements.items.length.toLocaleString('en-US')} statements (the gate evaluates at most ${DOCUMENT_LIMITS.statements.toLocaleString('en-US')}): the document is not evaluated`,
      line: statements.startLine
    })
  }
  return found
}

/** The Sid of the statement that stands for an unevaluated document (findings name the document instead). */
export const NOT_EVALUATED_SID = '(not evaluated: see invalid-policy)'

/** The statement an unevaluated document stands for: Deny of every action on every resource to everyone. */
function denyAll(doc: PolicyDocument, issue: PolicyIssue): Statement {
  const line = issue.line
  const everything = [{ value: '*', line }]
  const resourcePolicy = doc.origin.kind === 'key' || doc.origin.kind === 'rcp'
  return {
    index: doc.statements.length,
    sid: NOT_EVALUATED_SID,
    effect: 'Deny',
    principal: resourcePolicy ? { wildcard: true, aws: [], service: [], federated: [], canonicalUser: [] } : undefined,
    action: everything,
    resource: everything,
    conditions: [],
    range: { startLine: line, endLine: line }
  }
}

/**
 * Reports `issue` on the document and replaces what it says with a Deny of everything: its own statements are
 * kept for the other rules but never evaluated, and the JSON sent to the IAM policy simulator says the same.
 */
export function failClosed(doc: PolicyDocument, issue: PolicyIssue): PolicyDocument {
  doc.issues = [...doc.issues, issue]
  for (const s of doc.statements) s.ignored = true
  doc.statements.push(denyAll(doc, issue))
  const resourcePolicy = doc.origin.kind === 'key' || doc.origin.kind === 'rcp'
  doc.json = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Deny', ...(resourcePolicy ? { Principal: '*' } : {}), Action: '*', Resource: '*' }]
  }
  return doc
}

/**
 * The first duplicate element of a policy given as JSON text that a reader dropping duplicates has already
 * accepted (a Terraform plan holds policies as strings): undefined when there is none.
 */
export function duplicateElement(text: string): string | undefined {
  const parsed = parseJsonWithLines(text)
  const issue = parsed.node ? refusal(parsed.node) : undefined
  return issue && /^duplicate element/.test(issue.message)
    ? issue.message.replace(/ \(also at line \d+\)/, '')
    : undefined
}
