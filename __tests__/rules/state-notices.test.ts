import { stateNotices, withRemovedPrincipal } from '../../src/rules/state-notices.js'
import type { Finding } from '../../src/report/types.js'
import type { LiveState } from '../../src/state/types.js'

const state: LiveState = { version: 1, account: '111122223333', region: 'us-east-1', keys: [], principals: [] }
const input = { snapshotFile: 'snapshot.json', configFile: '.github/kms-policy-gate.yml', accountLine: () => 7 }

describe('stateNotices', () => {
  it('says once what the state could not tell', () => {
    expect(stateNotices({ ...input, state, namesPrincipals: true }).map(f => [f.rule, f.file])).toEqual([
      ['principal-not-found', 'snapshot.json']
    ])
    expect(stateNotices({ ...input, state: { ...state, knownPrincipals: [] }, namesPrincipals: true })).toEqual([])
    expect(stateNotices({ ...input, state, namesPrincipals: false })).toEqual([])
    const unread = { ...state, knownPrincipals: [], organizationPoliciesUnread: 'x', organizationIdUnread: 'y' }
    expect(stateNotices({ ...input, state: unread, namesPrincipals: true }).map(f => f.rule)).toEqual([
      'organization-policies',
      'organization-policies'
    ])
  })

  it('one notice per other account, at its accounts: entry', () => {
    const two = { ...state, knownPrincipals: [], otherAccounts: ['444455556666'] }
    expect(stateNotices({ ...input, state: two, namesPrincipals: true })).toEqual([
      expect.objectContaining({
        rule: 'organization-policies',
        message: expect.stringContaining("checks of account 444455556666's keys and principals"),
        file: '.github/kms-policy-gate.yml',
        startLine: 7,
        endLine: 7
      })
    ])
  })
})

describe('withRemovedPrincipal', () => {
  const lost: Finding = {
    rule: 'rotation-access-lost',
    severity: 'error',
    message: 'role x loses kms:RotateKeyOnDemand: no statement allows it',
    principal: 'arn:aws:iam::111122223333:role/x',
    file: 'policies/key.json',
    startLine: 3,
    endLine: 3,
    preExisting: false
  }
  const removed = new Map([
    [
      'arn:aws:iam::111122223333:role/x',
      { arn: 'arn:aws:iam::111122223333:role/x', replaced: false, file: 'infra/iam.tf', line: 40 }
    ]
  ])

  it('points a loss of a deleted principal at the resource that deletes it', () => {
    expect(withRemovedPrincipal(lost, removed)).toMatchObject({
      message: 'role x loses kms:RotateKeyOnDemand: the change deletes arn:aws:iam::111122223333:role/x',
      file: 'infra/iam.tf',
      startLine: 40
    })
  })

  it('leaves other rules and other principals alone', () => {
    expect(withRemovedPrincipal({ ...lost, rule: 'invalid-policy' }, removed)).toEqual({
      ...lost,
      rule: 'invalid-policy'
    })
    expect(withRemovedPrincipal({ ...lost, principal: 'arn:aws:iam::111122223333:role/y' }, removed).file).toBe(
      'policies/key.json'
    )
  })
})
