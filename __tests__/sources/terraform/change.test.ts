import { changes, isReplace, stripIndex, toChange } from '../../../src/sources/terraform/change.js'

// Terraform JSON output format, "resource_changes": address, mode, type, change.actions/before/after/after_unknown.
describe('plan changes', () => {
  it('reads one resource change; anything without an address, a type or a change is not one', () => {
    const c = toChange({
      address: 'module.kms["prod"].aws_kms_key.this[0]',
      module_address: 'module.kms["prod"]',
      mode: 'managed',
      type: 'aws_kms_key',
      change: { actions: ['update'], before: { policy: 'a' }, after: { policy: 'b' }, after_unknown: { arn: true } }
    })
    expect(c).toEqual({
      address: 'module.kms["prod"].aws_kms_key.this[0]',
      base: 'module.kms.aws_kms_key.this',
      moduleAddress: 'module.kms["prod"]',
      mode: 'managed',
      type: 'aws_kms_key',
      actions: ['update'],
      before: { policy: 'a' },
      after: { policy: 'b' },
      unknown: { arn: true }
    })
    expect(toChange({ address: 'x', type: 'aws_kms_key' })).toBeUndefined()
    expect(toChange({ type: 'aws_kms_key', change: {} })).toBeUndefined()
    expect(
      toChange({ address: 'data.aws_iam_policy_document.d', mode: 'data', type: 'aws_iam_policy_document', change: {} })
        ?.mode
    ).toBe('data')
  })

  it('what changes, and what is a replacement', () => {
    const c = (actions: string[]) => toChange({ address: 'a.b', type: 'a', change: { actions } })!
    expect(changes(c(['no-op']))).toBe(false)
    expect(changes(c(['read']))).toBe(false)
    expect(changes(c(['delete', 'create']))).toBe(true)
    expect(isReplace(['delete', 'create'])).toBe(true)
    expect(isReplace(['create', 'delete'])).toBe(true)
    expect(isReplace(['update'])).toBe(false)
  })

  it('instance keys are stripped, quoted keys with brackets and quotes included', () => {
    expect(stripIndex('aws_iam_role.r[0]')).toBe('aws_iam_role.r')
    expect(stripIndex('module.m["a]\\"b"].aws_iam_role.r["x"]')).toBe('module.m.aws_iam_role.r')
    expect(stripIndex('aws_iam_role.r')).toBe('aws_iam_role.r')
  })
})
