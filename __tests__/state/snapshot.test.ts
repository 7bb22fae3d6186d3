import { parseSnapshot } from '../../src/state/snapshot.js'

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
const OTHER_KEY = 'arn:aws:kms:us-east-1:444455556666:key/1234abcd-12ab-34cd-56ef-1234567890ab'
const snapshot = (extra: object = {}, keys: object[] = [{ arn: KEY, policy: {} }]) =>
  JSON.stringify({ version: 1, account: '111122223333', region: 'us-east-1', keys, principals: [], ...extra }, null, 2)
const failure = (text: string): string => {
  try {
    parseSnapshot(text, 'snapshot.json')
  } catch (error) {
    const e = error as { message: string; line?: number }
    return `${e.line}: ${e.message}`
  }
  return 'no error'
}

describe('parseSnapshot', () => {
  it('reads a snapshot with defaults filled in', () => {
    const { state } = parseSnapshot(snapshot(), 'snapshot.json')
    expect(state.keys[0]).toEqual({ arn: KEY, aliases: [], policy: {} })
    expect(state.principals).toEqual([])
  })

  it('a key of an account the snapshot did not read stops the run at the key; one of otherAccounts is read', () => {
    expect(failure(snapshot({}, [{ arn: OTHER_KEY, policy: {} }]))).toMatch(
      /^7: invalid snapshot: keys\[0\]\.arn: the key is in account 444455556666 but the snapshot's account is 111122223333/
    )
    const { state } = parseSnapshot(
      snapshot({ otherAccounts: ['444455556666'] }, [{ arn: OTHER_KEY, policy: {} }]),
      'snapshot.json'
    )
    expect(state.keys.map(k => k.arn)).toEqual([OTHER_KEY])
    expect(failure(snapshot({ otherAccounts: ['4444'] }))).toMatch(/an account id is 12 digits/)
  })

  it('wrong shapes, unknown fields and bad JSON are errors with their line', () => {
    expect(failure(snapshot({ region: 'mars' }))).toMatch(/^4: invalid snapshot: region: not an AWS region/)
    expect(failure(snapshot({ extra: true }))).toMatch(/extra/)
    expect(failure('{\n"version": 1,\n')).toMatch(/^3: malformed snapshot/)
    expect(failure(snapshot({ version: 2 }))).toMatch(/snapshot version must be 1/)
  })
})
