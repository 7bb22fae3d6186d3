import { parseJsonWithLines } from '../../src/policy/json-source.js'
import { DOCUMENT_LIMITS, duplicateElement, failClosed, refusal } from '../../src/policy/limits.js'
import { parsePolicyText } from '../../src/policy/parse.js'
import type { PolicyKind } from '../../src/policy/types.js'

const tree = (text: string) => parseJsonWithLines(text).node!
const strings = (n: number) => Array(n).fill('"kms:Decrypt"').join(',')

describe('refusal: the limits, at the line to fix', () => {
  it('statements: the limit itself is evaluated, one more is refused at the Statement list', () => {
    const doc = (n: number) => `{\n"Version": "2012-10-17",\n"Statement": [\n${Array(n).fill('{}').join(',')}]}`
    expect(refusal(tree(doc(DOCUMENT_LIMITS.statements)))).toBeUndefined()
    expect(refusal(tree(doc(DOCUMENT_LIMITS.statements + 1)))).toEqual({
      message: '5,001 statements (the gate evaluates at most 5,000): the document is not evaluated',
      line: 3
    })
  })

  it('values of one element: the limit itself is evaluated, one more is refused at the list', () => {
    const doc = (n: number) => `{"Statement": [{\n"Effect": "Allow",\n"Action": [${strings(n)}]}]}`
    expect(refusal(tree(doc(DOCUMENT_LIMITS.values)))).toBeUndefined()
    expect(refusal(tree(doc(DOCUMENT_LIMITS.values + 1)))).toEqual({
      message: 'a list of 10,001 values (the gate evaluates at most 10,000): the document is not evaluated',
      line: 3
    })
  })

  it('one string: the limit itself is evaluated, one character more is refused at the string', () => {
    const doc = (n: number) => `{"Statement": [{\n"Effect": "Allow",\n\n"Sid": "${'s'.repeat(n)}"}]}`
    expect(refusal(tree(doc(DOCUMENT_LIMITS.stringLength)))).toBeUndefined()
    expect(refusal(tree(doc(DOCUMENT_LIMITS.stringLength + 1)))).toEqual({
      message: 'a value of 32,769 characters: no policy can hold it, the document is not evaluated',
      line: 4
    })
  })

  it('values in the whole document: refused at the document, even when every list is within its limit', () => {
    const doc = (lists: number) =>
      `\n{"Statement": [${Array.from({ length: lists }, () => `{"Action": [${Array(10_000).fill('1').join(',')}]}`).join(',\n')}]}`
    expect(refusal(tree(doc(19)))).toBeUndefined()
    expect(refusal(tree(doc(21)))).toEqual({
      message: 'the document has more than 200,000 values: it is not evaluated',
      line: 2
    })
  })

  it('of several problems, the one on the earliest line is reported', () => {
    const long = `"${'s'.repeat(DOCUMENT_LIMITS.stringLength + 1)}"`
    const dupFirst = `{"Statement": [{\n"Effect": "Allow",\n"Effect": "Deny",\n"Sid": ${long}}]}`
    expect(refusal(tree(dupFirst))?.line).toBe(3)
    expect(refusal(tree(dupFirst))?.message).toMatch(/^duplicate element "Effect" \(also at line 2\)/)
    const longFirst = `{"Statement": [{\n"Sid": ${long},\n"Effect": "Allow",\n"Effect": "Deny"}]}`
    expect(refusal(tree(longFirst))?.line).toBe(2)
    expect(refusal(tree(longFirst))?.message).toMatch(/^a value of 32,769 characters/)
  })

  // RFC 8259, section 4: names within an object should be unique; readers disagree on which duplicate wins.
  it('a duplicate is a name written twice in one object, at any depth; the same name in two objects is none', () => {
    const nested =
      '{"Statement": [{"Effect": "Allow", "Condition": {"StringEquals": {\n"aws:SourceAccount": "111122223333",\n"aws:SourceAccount": "444455556666"}}}]}'
    expect(refusal(tree(nested))).toEqual({
      message: 'duplicate element "aws:SourceAccount" (also at line 2): the document is ambiguous and is not evaluated',
      line: 3
    })
    expect(duplicateElement(nested)).toBe(
      'duplicate element "aws:SourceAccount": the document is ambiguous and is not evaluated'
    )
    const twoStatements = '{"Statement": [{"Sid": "A", "Effect": "Allow"}, {"Sid": "B", "Effect": "Deny"}]}'
    expect(refusal(tree(twoStatements))).toBeUndefined()
    expect(duplicateElement(twoStatements)).toBeUndefined()
    // Keys differ by case: two names, not one written twice.
    expect(duplicateElement('{"Effect": "Allow", "effect": "Deny"}')).toBeUndefined()
  })

  it('duplicateElement answers only for duplicates: other refusals and texts that are not JSON are not its business', () => {
    expect(duplicateElement(`{"Sid": "${'s'.repeat(DOCUMENT_LIMITS.stringLength + 1)}"}`)).toBeUndefined()
    expect(duplicateElement('not json')).toBeUndefined()
  })
})

describe('failClosed', () => {
  const policy = (principal = '') =>
    [
      '{',
      '  "Version": "2012-10-17",',
      '  "Statement": [',
      `    {"Sid": "A", "Effect": "Allow",${principal} "Action": "kms:*", "Resource": "*"},`,
      `    {"Sid": "B", "Effect": "Allow",${principal} "Action": "kms:Decrypt", "Resource": "*"}`,
      '  ]',
      '}'
    ].join('\n')
  const refused = (kind: PolicyKind) => {
    const principal = kind === 'key' || kind === 'rcp' ? ' "Principal": "*",' : ''
    const doc = parsePolicyText(policy(principal), {
      kind,
      name: `policies/${kind}.json`,
      file: `policies/${kind}.json`
    })
    expect(doc.issues).toEqual([])
    return failClosed(doc, { message: 'refused for the test', line: 5 })
  }
  const denyAll = {
    index: 2,
    sid: '(not evaluated: see invalid-policy)',
    effect: 'Deny',
    action: [{ value: '*', line: 5 }],
    resource: [{ value: '*', line: 5 }],
    conditions: [],
    range: { startLine: 5, endLine: 5 }
  }

  it('an identity policy, boundary or SCP: its statements are kept but ignored, and a Deny of everything is added', () => {
    for (const kind of ['identity', 'boundary', 'scp'] as const) {
      const doc = refused(kind)
      expect(doc.issues).toEqual([{ message: 'refused for the test', line: 5 }])
      expect(doc.statements.map(s => [s.sid, s.ignored])).toEqual([
        ['A', true],
        ['B', true],
        ['(not evaluated: see invalid-policy)', undefined]
      ])
      expect(doc.statements[2]).toEqual({ ...denyAll, principal: undefined })
      // What the IAM policy simulator is sent instead: a policy of this kind has no Principal element.
      expect(doc.json).toEqual({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: '*', Resource: '*' }] })
    }
  })

  // A key policy names its principals (IAM User Guide, reference_policies_elements_principal); an RCP's statements
  // apply to `"Principal": "*"` (Organizations User Guide, resource control policy syntax).
  it('a key policy or RCP: the Deny is to every principal', () => {
    for (const kind of ['key', 'rcp'] as const) {
      const doc = refused(kind)
      expect(doc.statements[2]).toEqual({
        ...denyAll,
        principal: { wildcard: true, aws: [], service: [], federated: [], canonicalUser: [] }
      })
      expect(doc.json).toEqual({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Deny', Principal: '*', Action: '*', Resource: '*' }]
      })
    }
  })
})

describe('failClosed on a finished document without issues', () => {
  // Documents without issues share one (frozen) empty list: an issue replaces the list, never changes it.
  it('gives that document the issue and leaves every other document without one', () => {
    const text =
      '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kms:Decrypt", "Resource": "*"}]}'
    const origin = { kind: 'identity' as PolicyKind, name: 'p', file: 'p.json' }
    const [a, b] = [parsePolicyText(text, origin), parsePolicyText(text, origin)]
    expect(a.issues).toEqual([])
    expect(Object.isFrozen(a.issues)).toBe(true)
    failClosed(a, { message: 'refused', line: 1 })
    expect(a.issues).toEqual([{ message: 'refused', line: 1 }])
    expect(b.issues).toEqual([])
    expect(parsePolicyText(text, origin).issues).toEqual([])
  })
})
