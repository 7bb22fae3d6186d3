/** Three-valued logic: a condition on a key whose value is not known is neither true nor false. */
export type Tri = true | false | 'unknown'

export function and(a: Tri, b: Tri): Tri {
  if (a === false || b === false) return false
  if (a === 'unknown' || b === 'unknown') return 'unknown'
  return true
}

export function or(a: Tri, b: Tri): Tri {
  if (a === true || b === true) return true
  if (a === 'unknown' || b === 'unknown') return 'unknown'
  return false
}

export function not(a: Tri): Tri {
  return a === 'unknown' ? 'unknown' : !a
}

export function anyOf<T>(items: readonly T[], f: (item: T) => Tri): Tri {
  let out: Tri = false
  for (const item of items) {
    const r = f(item)
    if (r === true) return true
    if (r === 'unknown') out = 'unknown'
  }
  return out
}

export function allOf<T>(items: readonly T[], f: (item: T) => Tri): Tri {
  let out: Tri = true
  for (const item of items) {
    const r = f(item)
    if (r === false) return false
    if (r === 'unknown') out = 'unknown'
  }
  return out
}
