import { pages } from '../../../src/state/aws/pages.js'

const call = { api: 'iam:ListRoles', resource: '*' }

describe('pages', () => {
  it('reads every page in order until there is no marker', async () => {
    const answers: Record<string, { items: number[]; next?: string }> = {
      '': { items: [1, 2], next: 'a' },
      a: { items: [3], next: 'b' },
      b: { items: [] }
    }
    const asked: (string | undefined)[] = []
    const items = await pages(
      call,
      async marker => {
        asked.push(marker)
        return answers[marker ?? '']
      },
      10
    )
    expect(items).toEqual([1, 2, 3])
    expect(asked).toEqual([undefined, 'a', 'b'])
  })

  it('stops on a marker it has seen, past the page cap, and on answers of the wrong shape', async () => {
    await expect(pages(call, async () => ({ items: [1], next: 'same' }), 10)).rejects.toThrow(
      'AWS iam:ListRoles on * returned the same page marker twice'
    )
    let n = 0
    await expect(pages(call, async () => ({ items: [n], next: `m${n++}` }), 5)).rejects.toThrow(
      'AWS iam:ListRoles on * returned more than 5 pages; giving up'
    )
    expect(n).toBe(5)
    await expect(pages(call, async () => ({ items: 'x' as unknown as number[] }), 5)).rejects.toThrow(/iam:ListRoles/)
    await expect(pages(call, async () => ({ items: [], next: 7 as unknown as string }), 5)).rejects.toThrow(
      /page marker that is not text/
    )
  })
})
