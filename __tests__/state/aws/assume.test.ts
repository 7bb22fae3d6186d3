import type { STSClient } from '@aws-sdk/client-sts'
import { assumeRoleCredentials } from '../../../src/state/aws/assume.js'
import { CallGate } from '../../../src/state/aws/limit.js'

const GATE_ROLE = 'arn:aws:iam::444455556666:role/ci/kms-policy-gate'

describe('assumeRoleCredentials', () => {
  const answer = (expiresInMs: number, n: number) => ({
    Credentials: {
      AccessKeyId: `ASIA${n}`,
      SecretAccessKey: 's',
      SessionToken: 't',
      Expiration: new Date(Date.now() + expiresInMs)
    }
  })

  it('asks once for concurrent requests and again only shortly before the credentials expire', async () => {
    let sent = 0
    let expiresIn = 3600_000
    const sts = { send: async () => answer(expiresIn, ++sent) } as unknown as STSClient
    const provider = assumeRoleCredentials(sts, { role: GATE_ROLE }, new CallGate(2))
    const first = await Promise.all([provider(), provider(), provider()])
    expect(sent).toBe(1)
    expect(first.map(c => c.accessKeyId)).toEqual(['ASIA1', 'ASIA1', 'ASIA1'])
    expect((await provider()).accessKeyId).toBe('ASIA1')
    // Credentials that expire within five minutes are renewed.
    expiresIn = 60_000
    const later = assumeRoleCredentials(sts, { role: GATE_ROLE }, new CallGate(2))
    expect((await later()).accessKeyId).toBe('ASIA2')
    expect((await later()).accessKeyId).toBe('ASIA3')
    expect(sent).toBe(3)
  })

  it('an answer without credentials stops the run naming the API', async () => {
    const sts = { send: async () => ({}) } as unknown as STSClient
    const provider = assumeRoleCredentials(sts, { role: GATE_ROLE }, new CallGate(2))
    await expect(provider()).rejects.toThrow(/sts:AssumeRole/)
  })
})
