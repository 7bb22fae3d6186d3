import { describe, expect, it } from '@jest/globals'
import { policyFromDocumentData } from '../../../src/sources/terraform/policy-data.js'

describe('aws_iam_policy_document arguments as IAM JSON', () => {
  it('renders like the provider: single values collapse, principals merge by type, conditions nest', () => {
    const after = {
      version: null,
      statement: [
        {
          sid: '',
          effect: null,
          actions: ['kms:Decrypt'],
          resources: ['*', 'arn:x'],
          principals: [
            { type: 'AWS', identifiers: ['a'] },
            { type: 'AWS', identifiers: ['b'] }
          ],
          not_principals: [],
          condition: [{ test: 'Bool', variable: 'aws:SecureTransport', values: ['true'] }]
        },
        { sid: 'Any', effect: 'Deny', not_actions: ['kms:*'], principals: [{ type: '*', identifiers: ['*'] }] }
      ]
    }
    expect(policyFromDocumentData(after, {})?.value).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 'kms:Decrypt',
          Resource: ['*', 'arn:x'],
          Principal: { AWS: ['a', 'b'] },
          Condition: { Bool: { 'aws:SecureTransport': 'true' } }
        },
        { Sid: 'Any', Effect: 'Deny', NotAction: 'kms:*', Principal: '*' }
      ]
    })
  })

  it('keeps the unknown mask and gives up on merged documents or unknown effects', () => {
    const r = policyFromDocumentData(
      { statement: [{ actions: ['a', 'b'], principals: [{ type: 'AWS', identifiers: null }] }] },
      { statement: [{ actions: [false, true], principals: [{ identifiers: true }] }] }
    )
    expect(r?.mask).toEqual({ Statement: [{ Action: [false, true], Principal: { AWS: true } }] })
    expect(policyFromDocumentData({ source_policy_documents: ['{}'], statement: [] }, {})).toBeUndefined()
    expect(policyFromDocumentData({ statement: [{ effect: null }] }, { statement: [{ effect: true }] })).toBeUndefined()
    expect(policyFromDocumentData({ statement: [] }, { statement: true })).toBeUndefined()
  })
})
