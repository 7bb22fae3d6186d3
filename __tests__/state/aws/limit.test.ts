import { CallGate, createLimiter } from '../../../src/state/aws/limit.js'

describe('createLimiter', () => {
  it('runs at most N tasks at once, the rest in order', async () => {
    const limit = createLimiter(2)
    let running = 0
    let most = 0
    const order: number[] = []
    const task = (i: number) => async () => {
      running++
      most = Math.max(most, running)
      await new Promise(r => setTimeout(r, 5))
      order.push(i)
      running--
      return i
    }
    expect(await Promise.all([1, 2, 3, 4, 5].map(i => limit(task(i))))).toEqual([1, 2, 3, 4, 5])
    expect(most).toBe(2)
    expect(order.slice(2)).toEqual([3, 4, 5])
  })
})

describe('CallGate deadline', () => {
  it('a call still unanswered at the run’s deadline fails naming the API; answered calls are not affected', async () => {
    const gate = new CallGate(2, { deadlineSeconds: 0.05 })
    expect(await gate.call('kms:DescribeKey', { KeyId: 'a' }, async () => 'ok')).toBe('ok')
    const silent = gate.call('kms:GetKeyPolicy', { KeyId: 'a' }, () => new Promise<never>(() => undefined))
    await expect(silent).rejects.toThrow(
      "AWS kms:GetKeyPolicy did not answer within the run's deadline of 0.05 s (timeout-seconds); the endpoint is slow or silent"
    )
    expect(gate.calls).toEqual({ 'kms:DescribeKey': 1, 'kms:GetKeyPolicy': 1 })
  })

  it('a failed call is remembered: the same request is not sent again', async () => {
    const gate = new CallGate(1)
    let sent = 0
    const fail = async (): Promise<never> => {
      sent++
      throw new Error('denied')
    }
    await expect(gate.call('iam:GetRole', { RoleName: 'x' }, fail)).rejects.toThrow('denied')
    await expect(gate.call('iam:GetRole', { RoleName: 'x' }, fail)).rejects.toThrow('denied')
    expect(sent).toBe(1)
  })
})
