import { describe, expect, it } from '@jest/globals'
import { getProp, toJson } from '../../../src/policy/node.js'
import { parseJsonTemplate } from '../../../src/sources/cloudformation/json-template.js'

const template = JSON.stringify(
  {
    Resources: {
      Bucket: { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'data' } },
      Key: { Type: 'AWS::KMS::Key', Properties: { EnableKeyRotation: true } }
    },
    Parameters: { Env: { Type: 'String', Default: 'prod' } }
  },
  null,
  2
)

describe('parseJsonTemplate', () => {
  it('reads the resources a filter selects with their lines; the others keep only their Type', () => {
    const { node, problems } = parseJsonTemplate(template, () => new Set(['Key']))
    expect(problems).toEqual([])
    const resources = getProp(node!, 'Resources')!.value
    const key = getProp(resources, 'Key')!
    expect(key.keyLine).toBe(9)
    expect(toJson(key.value)).toEqual({ Type: 'AWS::KMS::Key', Properties: { EnableKeyRotation: true } })
    expect(getProp(getProp(key.value, 'Properties')!.value, 'EnableKeyRotation')!.keyLine).toBe(12)
    expect(toJson(getProp(resources, 'Bucket')!.value)).toEqual({ Type: 'AWS::S3::Bucket' })
    // Sections that intrinsic resolution needs are kept.
    expect(toJson(getProp(node!, 'Parameters')!.value)).toEqual({ Env: { Type: 'String', Default: 'prod' } })
  })

  it('without a filter everything is read; invalid JSON is a problem at its line', () => {
    const all = parseJsonTemplate(template)
    expect(toJson(getProp(getProp(all.node!, 'Resources')!.value, 'Bucket')!.value)).toEqual({
      Type: 'AWS::S3::Bucket',
      Properties: { BucketName: 'data' }
    })
    const bad = parseJsonTemplate('{\n  "Resources": {\n    "A": 1,\n  }\n}')
    expect(bad.node).toBeUndefined()
    expect(bad.problems[0].line).toBe(3)
  })
})
