/**
 * The config's `context` (principal ARN → condition key → values), held compactly: a config may give tens of
 * thousands of principals, and a mapping of mappings of lists per principal holds several times its text. Each
 * principal's conditions are one string — the entry's line, then a JSON list alternating the condition key's
 * number (condition keys repeat across principals and are held once) and its value, or its values when there are
 * several — read back into a mapping without a prototype when a request of that principal is built.
 */
export class ConditionContext {
  /** ARN → line and conditions. A map: ARNs from input are never looked up on a prototype. */
  private readonly entries = new Map<string, string>()
  private readonly conditionKeys: string[] = []
  private readonly keyNumbers = new Map<string, number>()

  /** A context from a plain mapping (tests, programmatic use); every line 0. */
  static of(entries: Record<string, Record<string, string[]>> = {}): ConditionContext {
    const out = new ConditionContext()
    for (const [arn, conditions] of Object.entries(entries)) out.add(arn, conditions, 0)
    return out
  }

  /** Sets a principal's values (replacing any given before) and the line of its entry. */
  add(arn: string, conditions: Record<string, string[]>, line: number): void {
    const list: unknown[] = []
    for (const [key, values] of Object.entries(conditions)) {
      let n = this.keyNumbers.get(key)
      if (n === undefined) {
        n = this.conditionKeys.length
        this.keyNumbers.set(key, n)
        this.conditionKeys.push(key)
      }
      list.push(n, values.length === 1 ? values[0] : values)
    }
    this.entries.set(arn, `${line} ${JSON.stringify(list)}`)
  }

  has(arn: string): boolean {
    return this.entries.has(arn)
  }

  /** The condition values given for a principal (a fresh mapping without a prototype), or undefined. */
  get(arn: string): Record<string, string[]> | undefined {
    const entry = this.entries.get(arn)
    if (entry === undefined) return undefined
    const list = JSON.parse(entry.slice(entry.indexOf(' ') + 1)) as (number | string | string[])[]
    const out = Object.create(null) as Record<string, string[]>
    for (let i = 0; i < list.length; i += 2) {
      const values = list[i + 1]
      out[this.conditionKeys[list[i] as number]] = typeof values === 'string' ? [values] : (values as string[])
    }
    return out
  }

  /** The line of a principal's entry in the config (0 when not read from a file). */
  lineOf(arn: string): number | undefined {
    const entry = this.entries.get(arn)
    return entry === undefined ? undefined : Number(entry.slice(0, entry.indexOf(' ')))
  }

  get size(): number {
    return this.entries.size
  }

  /** The principals, in the order written. */
  arns(): IterableIterator<string> {
    return this.entries.keys()
  }

  /** The plain mapping (for reports and tests). */
  toJSON(): Record<string, Record<string, string[]>> {
    const out = Object.create(null) as Record<string, Record<string, string[]>>
    for (const arn of this.entries.keys()) out[arn] = this.get(arn)!
    return out
  }
}
