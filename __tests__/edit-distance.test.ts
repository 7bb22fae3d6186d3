import { editDistance } from '../src/edit-distance.js'

describe('editDistance', () => {
  it('is the Levenshtein distance for plain text', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('max-age-days', 'maxAgeDays')).toBe(4)
    expect(editDistance('region', 'regoin')).toBe(2)
    expect(editDistance('', 'abc')).toBe(3)
    expect(editDistance('abc', '')).toBe(3)
    expect(editDistance('same', 'same')).toBe(0)
  })

  it('lets * in the pattern match any run at no cost and ? any one character', () => {
    expect(editDistance('kms:Rotate*', 'kms:RotateKeyOnDemand')).toBe(0)
    expect(editDistance('kms:Rotat?KeyOnDemand', 'kms:RotateKeyOnDemand')).toBe(0)
    // `*` takes "KeyOnD"; "Forward" → "emand": two substitutions, two deletions, one substitution.
    expect(editDistance('kms:Rotate*Forward', 'kms:RotateKeyOnDemand')).toBe(5)
    expect(editDistance('kms:RotateKeyForward', 'kms:RotateKeyOnDemand')).toBe(6)
  })
})
