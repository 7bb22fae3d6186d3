import { parsePolicyText, policyFromJson } from '../../src/policy/parse.js'
import type { PolicyOrigin } from '../../src/policy/types.js'
import {
  configPrincipalRule,
  documentRules,
  ineffectiveStatementRule,
  invalidPolicyRule,
  liveOrphanRule,
  policySizeRule,
  policyVersionRule,
  principalRules,
  unknownActionRule,
  type ProposedDoc
} from '../../src/rules/documents.js'

const ACCOUNT = '111122223333'
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`
const ROLE = `arn:aws:iam::${ACCOUNT}:role/kms-rotation-service`
/** What a deleted role leaves in a policy: its unique id (IAM User Guide, reference_identifiers, unique ids). */
const ORPHAN = 'AROA1234567890EXAMPLE'
const KEY_FILE: PolicyOrigin = { kind: 'key', name: 'policies/key.json', file: 'policies/key.json' }
const CONFIG = '.github/kms-policy-gate.yml'
const fallback = { file: CONFIG, startLine: 4, endLine: 9 }

/** A policy file with one statement per argument: line 2 holds the `Statement` key, statements start at line 3. */
const policy = (...statements: object[]): string =>
  `{\n"Version": "2012-10-17", "Statement": [\n${statements.map(s => JSON.stringify(s)).join(',\n')}\n]}\n`
const keyDoc = (text: string, origin: PolicyOrigin = KEY_FILE): ProposedDoc => ({
  doc: parsePolicyText(text, origin),
  keyArn: KEY,
  keyName: 'app-data'
})
const identityDoc = (text: string): ProposedDoc => ({
  doc: parsePolicyText(text, { kind: 'identity', name: 'iam/rotation.json', file: 'iam/rotation.json' })
})
const allow = (extra: object = {}) => ({
  Sid: 'Rotate',
  Effect: 'Allow',
  Principal: { AWS: ROLE },
  Action: 'kms:RotateKeyOnDemand',
  Resource: '*',
  ...extra
})
const iamAllow = (extra: object = {}) => ({
  Sid: 'Rotate',
  Effect: 'Allow',
  Action: 'kms:RotateKeyOnDemand',
  Resource: KEY,
  ...extra
})

describe('invalid-policy', () => {
  it('one error per problem, at its line, with the document name', () => {
    const text = '{\n"Version": "2012-10-17",\n"Statement": [\n{"Effect": "Allow",}\n]\n}\n'
    expect(invalidPolicyRule([keyDoc(text)])).toEqual([
      {
        rule: 'invalid-policy',
        severity: 'error',
        message: 'policies/key.json: JSON syntax error (a trailing comma is not allowed)',
        key: KEY,
        file: 'policies/key.json',
        startLine: 4,
        endLine: 4,
        preExisting: false
      },
      expect.objectContaining({
        message: 'policies/key.json: statement 0 has no Principal (required in a key policy)',
        startLine: 4,
        endLine: 4
      })
    ])
  })

  it('the span of a problem that covers several lines; line 1 when the line is not known', () => {
    const d = keyDoc(policy(allow()))
    d.doc.issues = [...d.doc.issues, { message: 'spans', line: 3, endLine: 5 }]
    expect(invalidPolicyRule([d]).map(f => [f.startLine, f.endLine])).toEqual([[3, 5]])
    // A policy read from a string without positions (e.g. inside a template value) has its problems at line 0;
    // the finding puts them at line 1 of the file.
    const embedded = policyFromJson(
      JSON.stringify({ Version: '2012-10-17', Statement: [allow({ Effect: 'Maybe' })] }),
      {
        kind: 'key',
        name: 'AppKey KeyPolicy',
        file: 'infra/app.yaml'
      }
    )
    expect(invalidPolicyRule([{ doc: embedded }])).toEqual([
      expect.objectContaining({ file: 'infra/app.yaml', startLine: 1, endLine: 1, key: undefined })
    ])
  })
})

// KMS Developer Guide, key-policy-overview: a key policy is at most 32 KB (32,768 bytes).
describe('policy-too-large', () => {
  /** A key policy file of exactly `bytes` bytes. */
  const ofSize = (bytes: number, origin: PolicyOrigin = KEY_FILE): ProposedDoc => {
    const base = policy(allow({ Sid: '' }))
    return keyDoc(policy(allow({ Sid: 'x'.repeat(bytes - Buffer.byteLength(base)) })), origin)
  }

  it('32,768 bytes pass; one byte more is an error over the whole document', () => {
    expect(ofSize(32_768).doc.bytes).toBe(32_768)
    expect(policySizeRule([ofSize(32_768)])).toEqual([])
    expect(policySizeRule([ofSize(32_769)])).toEqual([
      {
        rule: 'policy-too-large',
        severity: 'error',
        message:
          'policies/key.json is 32,769 bytes; KMS accepts at most 32,768 bytes (PutKeyPolicy fails with LimitExceededException)',
        key: KEY,
        file: 'policies/key.json',
        startLine: 1,
        endLine: 4,
        preExisting: false
      }
    ])
  })

  it('only key policies', () => {
    const big = ofSize(40_000, { kind: 'identity', name: 'iam/big.json', file: 'iam/big.json' })
    expect(policySizeRule([big])).toEqual([])
  })
})

// Service Authorization Reference, actions defined by AWS KMS.
describe('unknown-action', () => {
  it('a pattern that matches nothing, with the action it most likely meant', () => {
    const d = keyDoc(policy(allow(), allow({ Sid: 'Forward', Action: ['kms:DescribeKey', 'kms:Rotate*Forward'] })))
    expect(unknownActionRule([d])).toEqual([
      {
        rule: 'unknown-action',
        severity: 'error',
        message: '"kms:Rotate*Forward" matches no action; did you mean "kms:RotateKeyOnDemand"?',
        key: KEY,
        action: 'kms:Rotate*Forward',
        file: 'policies/key.json',
        startLine: 4,
        endLine: 4,
        preExisting: false
      }
    ])
  })

  it('a service that does not exist is named; no suggestion when nothing is close', () => {
    const d = keyDoc(
      policy(
        allow({ Action: 'kmss:Decrypt' }),
        allow({ Sid: 'Nothing', Action: 'kms:Zzzzzzzzzzzz' }),
        allow({ Sid: 'Svc', Action: 'km*:Nothing' })
      )
    )
    expect(unknownActionRule([d]).map(f => [f.message, f.startLine])).toEqual([
      ['"kmss:Decrypt" is not an action (there is no service "kmss"); did you mean "kms:Decrypt"?', 3],
      ['"kms:Zzzzzzzzzzzz" is not an action', 4],
      ['"km*:Nothing" matches no action', 5]
    ])
  })

  it('NotAction and identity policies are checked too, each value at its own line', () => {
    const text = [
      '{',
      '"Version": "2012-10-17",',
      '"Statement": [{',
      '  "Effect": "Deny",',
      '  "NotAction": [',
      '    "kms:DescribeKey",',
      '    "kms:GetKeyRotationStatuss"',
      '  ],',
      '  "Resource": "*"',
      '}]}'
    ].join('\n')
    expect(unknownActionRule([identityDoc(text)])).toEqual([
      expect.objectContaining({
        rule: 'unknown-action',
        message: '"kms:GetKeyRotationStatuss" is not an action; did you mean "kms:GetKeyRotationStatus"?',
        key: undefined,
        file: 'iam/rotation.json',
        startLine: 7,
        endLine: 7
      })
    ])
  })

  it('"*", malformed values (invalid-policy reports them) and real actions in any case pass', () => {
    const d = keyDoc(policy(allow({ Action: ['*', 'kms', 'KMS:rotatekeyondemand', 'kms:Get*'] })))
    expect(unknownActionRule([d])).toEqual([])
  })
})

// KMS API reference, PutKeyPolicy: a statement without Action or Resource is accepted and has no effect.
describe('ineffective-statement', () => {
  it('a statement without Action, named by its position when it has no Sid', () => {
    const { Sid: _sid, Action: _action, ...noAction } = allow()
    expect(ineffectiveStatementRule([keyDoc(policy(allow(), noAction))])).toEqual([
      {
        rule: 'ineffective-statement',
        severity: 'warning',
        message: 'key policy statement #1 has no Action: it has no effect',
        key: KEY,
        file: 'policies/key.json',
        startLine: 4,
        endLine: 4,
        preExisting: false
      }
    ])
  })

  it('a NotResource that excludes the key itself', () => {
    const d = keyDoc(policy(allow({ Resource: undefined, NotResource: KEY })))
    expect(ineffectiveStatementRule([d]).map(f => [f.message, f.startLine])).toEqual([
      ['key policy statement Rotate has a NotResource that excludes app-data: it has no effect', 3]
    ])
  })

  it('nothing for a Resource that may match the key, or that depends on a policy variable', () => {
    const d = keyDoc(
      policy(
        allow({ Resource: `arn:aws:kms:*:${ACCOUNT}:key/*` }),
        allow({ Sid: 'Var', Resource: 'arn:aws:kms:us-east-1:${aws:PrincipalAccount}:key/*' }),
        allow({ Sid: 'Other', Resource: undefined, NotResource: KEY.replace('1234abcd', 'ffffffff') })
      )
    )
    expect(ineffectiveStatementRule([d])).toEqual([])
  })

  it('only key policies in the repository; without the key ARN a Resource is not judged', () => {
    const { Action: _action, ...noAction } = allow()
    expect(ineffectiveStatementRule([keyDoc(policy(noAction), { kind: 'key', name: 'live key policy' })])).toEqual([])
    expect(ineffectiveStatementRule([identityDoc(policy(iamAllow({ Action: undefined })))])).toEqual([])
    const otherKey = allow({ Resource: KEY.replace('1234abcd', 'ffffffff') })
    expect(ineffectiveStatementRule([{ doc: keyDoc(policy(otherKey)).doc }])).toEqual([])
  })
})

// KMS API reference, PutKeyPolicy: principals must exist and be visible to KMS; AWS Knowledge Center,
// kms-policy-error-invalid-principals: a deleted principal leaves its unique id, which PutKeyPolicy rejects.
describe('principal-not-found and orphaned-principal in a proposed key policy', () => {
  it('orphaned-principal at the line of the unique id of a deleted principal, also under NotPrincipal', () => {
    const d = keyDoc(
      policy(allow({ Principal: { AWS: [ROLE, ORPHAN] } }), {
        Sid: 'Others',
        Effect: 'Deny',
        NotPrincipal: { AWS: ORPHAN },
        Action: 'kms:ScheduleKeyDeletion',
        Resource: '*'
      })
    )
    expect(principalRules([d], new Set([ROLE]), [ACCOUNT])).toEqual([
      {
        rule: 'orphaned-principal',
        severity: 'error',
        message: `"${ORPHAN}" is the unique id of a deleted IAM principal: PutKeyPolicy rejects the policy ("invalid principals"); remove it`,
        key: KEY,
        principal: ORPHAN,
        file: 'policies/key.json',
        startLine: 3,
        endLine: 3,
        preExisting: false
      },
      expect.objectContaining({ rule: 'orphaned-principal', principal: ORPHAN, startLine: 4, endLine: 4 })
    ])
  })

  it('the unique id of a principal that exists names it: nothing', () => {
    const d = keyDoc(policy(allow({ Principal: { AWS: ORPHAN } })))
    expect(principalRules([d], new Set([ROLE]), [ACCOUNT], new Set([ORPHAN]))).toEqual([])
  })

  it('a user that does not exist, and a role written without its path', () => {
    const withPath = `arn:aws:iam::${ACCOUNT}:role/service/kms-rotation`
    const bob = `arn:aws:iam::${ACCOUNT}:user/bob`
    const d = keyDoc(
      policy(
        allow({ Principal: { AWS: withPath } }),
        allow({ Sid: 'Bob', Principal: { AWS: [bob, `arn:aws:iam::${ACCOUNT}:role/kms-rotation`] } })
      )
    )
    expect(principalRules([d], new Set([withPath]), [ACCOUNT])).toEqual([
      {
        rule: 'principal-not-found',
        severity: 'error',
        message: `user ${bob} does not exist in account ${ACCOUNT}: PutKeyPolicy would reject the policy`,
        key: KEY,
        principal: bob,
        file: 'policies/key.json',
        startLine: 4,
        endLine: 4,
        preExisting: false
      },
      expect.objectContaining({
        message: `role arn:aws:iam::${ACCOUNT}:role/kms-rotation does not exist in account ${ACCOUNT}: PutKeyPolicy would reject the policy; did you mean ${withPath} (IAM ARNs include the path)?`,
        startLine: 4
      })
    ])
  })

  it('roots, assumed-role ARNs, wildcards and identity policies are not looked up', () => {
    const d = keyDoc(
      policy(
        allow({
          Principal: {
            AWS: [
              `arn:aws:iam::${ACCOUNT}:root`,
              ACCOUNT,
              `arn:aws:sts::${ACCOUNT}:assumed-role/kms-rotation-service/rotation`,
              `arn:aws:iam::${ACCOUNT}:role/kms-*`,
              '*'
            ]
          }
        })
      )
    )
    expect(principalRules([d], new Set(), [ACCOUNT])).toEqual([])
    expect(principalRules([identityDoc(policy(iamAllow()))], new Set(), [ACCOUNT])).toEqual([])
  })
})

describe('principal-not-found for the config', () => {
  it('an error at the config line of a role or user the account does not have', () => {
    const typo = `arn:aws:iam::${ACCOUNT}:user/alcie`
    const lines = { [ROLE]: 7, [typo]: 12 }
    expect(configPrincipalRule(lines, KEY, 'app-data', new Set([ROLE]), [ACCOUNT], CONFIG)).toEqual([
      {
        rule: 'principal-not-found',
        severity: 'error',
        message: `user ${typo}, configured for app-data, does not exist in account ${ACCOUNT}: every check about it is meaningless; fix the ARN (with its path) or remove it from the config`,
        key: KEY,
        principal: typo,
        file: CONFIG,
        startLine: 12,
        endLine: 12,
        preExisting: false
      }
    ])
  })

  it('accounts whose principals the state does not list are not judged', () => {
    const lines = { 'arn:aws:iam::444455556666:role/partner': 7 }
    expect(configPrincipalRule(lines, KEY, 'app-data', new Set([ROLE]), [ACCOUNT], CONFIG)).toEqual([])
  })
})

// IAM User Guide, reference_policies_elements_version: without "2012-10-17", policy variables are plain text.
describe('policy-version', () => {
  it('no Version: a notice at the first line of the document', () => {
    const text = `{\n"Statement": [\n${JSON.stringify(allow())}\n]}\n`
    expect(policyVersionRule([keyDoc(text)])).toEqual([
      {
        rule: 'policy-version',
        severity: 'notice',
        message:
          'policies/key.json has no "Version": AWS reads policy variables such as ${aws:username} in it as plain text; add "Version": "2012-10-17"',
        key: KEY,
        file: 'policies/key.json',
        startLine: 1,
        endLine: 1,
        preExisting: false
      }
    ])
  })

  it('the legacy version: at its line; an identity policy has no key', () => {
    const text = `{\n"Statement": [${JSON.stringify(iamAllow())}],\n"Version": "2008-10-17"\n}\n`
    expect(policyVersionRule([identityDoc(text)])).toEqual([
      {
        rule: 'policy-version',
        severity: 'notice',
        message:
          'iam/rotation.json has "Version": "2008-10-17": AWS reads policy variables such as ${aws:username} in it as plain text; add "Version": "2012-10-17"',
        file: 'iam/rotation.json',
        startLine: 3,
        endLine: 3,
        preExisting: false
      }
    ])
  })

  // A misspelt version is invalid-policy (PutKeyPolicy rejects the document): no notice about policy variables.
  it('an invalid Version: no notice (invalid-policy reports it)', () => {
    const text = `{\n"Statement": [${JSON.stringify(allow())}],\n"Version": "2012-10-18"\n}\n`
    const d = keyDoc(text)
    expect(policyVersionRule([d])).toEqual([])
    expect(invalidPolicyRule([d]).map(f => [f.rule, f.startLine])).toEqual([['invalid-policy', 3]])
  })

  it('nothing for the 2012 version, a file with no JSON document in it, or one that is not in the repository', () => {
    expect(policyVersionRule([keyDoc(policy(allow()))])).toEqual([])
    expect(policyVersionRule([keyDoc('')])).toEqual([])
    expect(
      policyVersionRule([keyDoc(`{"Statement": [${JSON.stringify(allow())}]}`, { kind: 'key', name: 'live' })])
    ).toEqual([])
  })
})

describe('orphaned ids in the live key policy', () => {
  it('a pre-existing warning per id at the key entry, naming the statement', () => {
    const live = policyFromJson(
      {
        Version: '2012-10-17',
        Statement: [
          allow({ Principal: { AWS: [ROLE, ORPHAN] } }),
          { Effect: 'Deny', NotPrincipal: { AWS: 'AIDA1234567890EXAMPLE' }, Action: 'kms:*', Resource: '*' }
        ]
      },
      { kind: 'key', name: 'live key policy of app-data' }
    )
    expect(liveOrphanRule(live, KEY, 'app-data', fallback)).toEqual([
      {
        rule: 'orphaned-principal',
        severity: 'warning',
        message: `the live key policy of app-data names "${ORPHAN}", the unique id of a deleted IAM principal (statement Rotate): the next PutKeyPolicy that keeps it will fail`,
        key: KEY,
        principal: ORPHAN,
        ...fallback,
        preExisting: true
      },
      expect.objectContaining({
        principal: 'AIDA1234567890EXAMPLE',
        message: expect.stringContaining('(statement #1)')
      })
    ])
  })

  it('nothing when the live policy names principals by ARN', () => {
    const live = policyFromJson({ Version: '2012-10-17', Statement: [allow()] }, { kind: 'key', name: 'live' })
    expect(liveOrphanRule(live, KEY, 'app-data', fallback)).toEqual([])
  })
})

describe('documentRules', () => {
  it('every document rule, in a fixed order', () => {
    const { Action: _action, ...noAction } = allow({ Sid: 'NoAction' })
    const text = `{\n"Statement": [\n${[allow({ Effect: 'Maybe' }), allow({ Sid: 'Typo', Action: 'kms:RotateKeyOnDemnd' }), noAction, allow({ Sid: 'Gone', Principal: { AWS: ORPHAN } })].map(s => JSON.stringify(s)).join(',\n')}\n]}\n`
    expect(
      documentRules([keyDoc(text)], new Set([ROLE]), [ACCOUNT], new Set()).map(f => [f.rule, f.startLine])
    ).toEqual([
      ['invalid-policy', 3],
      ['unknown-action', 4],
      ['ineffective-statement', 5],
      ['orphaned-principal', 6],
      ['policy-version', 1]
    ])
    expect(documentRules([keyDoc(policy(allow()))], new Set([ROLE]), [ACCOUNT], new Set())).toEqual([])
  })
})
