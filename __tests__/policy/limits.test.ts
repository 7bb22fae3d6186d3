import { parseJsonWithLines } from '../../src/policy/json-source.js'
import { DOCUMENT_LIMITS, duplicateElement, refusal } from '../../src/policy/limits.js'
import { parsePolicyText } from '../../src/policy/parse.js'

const tree = (text: string) => parseJsonWithLines(text).node!

describe('documents the gate refuses to evaluate', () => {
  it('a duplicate element is ambiguous: refused at the second one, naming the first', () => {
    const text = '{\n"Version": "2012-10-17",\n"Statement": [],\n"Statement": [{"Effect": "Allow"}]\n}'
    expect(refusal(tree(text))).toEqual({
      message: 'duplicate element "Statement" (also at line 3): the document is ambiguous and is not evaluated',
      line: 4
    })
    expect(duplicateElement(text)).toBe('duplicate element "Statement": the document is ambiguous and is not evaluated')
    expect(refusal(tree('{"Version": "2012-10-17", "Statement": []}'))).toBeUndefined()
    expect(duplicateElement('{"a": 1}')).toBeUndefined()
  })

  it('far beyond what AWS accepts: too many statements or values, a string too long', () => {
    const many = (n: number) => `{"Statement": [${Array.from({ length: n }, () => '{}').join(',')}]}`
    expect(refusal(tree(many(DOCUMENT_LIMITS.statements + 1)))?.message).toMatch(/^5,001 statements/)
    expect(refusal(tree(many(DOCUMENT_LIMITS.statements)))).toBeUndefined()
    const long = `{"Statement": [{"Sid": "${'x'.repeat(DOCUMENT_LIMITS.stringLength + 1)}"}]}`
    expect(refusal(tree(long))?.message).toMatch(/^a value of 32,769 characters/)
    const wide = `{"Statement": [{"Action": [${Array.from({ length: DOCUMENT_LIMITS.values + 1 }, () => '"kms:Decrypt"').join(',')}]}]}`
    expect(refusal(tree(wide))?.message).toMatch(/^a list of 10,001 values/)
  })

  // Failing closed: a document the gate does not evaluate stands for a Deny of everything it governs.
  it('a refused document is reported and evaluated as a Deny of everything', () => {
    const doc = parsePolicyText(
      '{\n"Version": "2012-10-17",\n"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "kms:*", "Resource": "*"}],\n"Statement": []\n}',
      { kind: 'key', name: 'policies/key.json', file: 'policies/key.json' }
    )
    expect(doc.issues).toEqual([
      expect.objectContaining({ line: 4, message: expect.stringMatching(/^duplicate element/) })
    ])
    const evaluated = doc.statements.filter(s => !s.ignored)
    expect(evaluated).toEqual([
      expect.objectContaining({
        effect: 'Deny',
        action: [{ value: '*', line: 4 }],
        resource: [{ value: '*', line: 4 }]
      })
    ])
    expect(evaluated[0].principal?.wildcard).toBe(true)
    expect(doc.json).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Principal: '*', Action: '*', Resource: '*' }]
    })
  })
})
