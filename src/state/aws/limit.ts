import { GateError } from '../../errors.js'

/**
 * Bounded concurrency and de-duplication for AWS calls: the gate reads many small things (keys,
 * roles, shared managed policies) and must neither flood the account's API limits nor pay twice
 * for the same answer.
 */

export type Limiter = <T>(task: () => Promise<T>) => Promise<T>

/** Runs at most `max` tasks at once; the others wait in FIFO order. */
export function createLimiter(max: number): Limiter {
  if (!Number.isInteger(max) || max < 1) throw new Error(`concurrency must be a positive integer, got ${max}`)
  let active = 0
  const waiting: (() => void)[] = []
  const release = (): void => {
    active--
    waiting.shift()?.()
  }
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= max) await new Promise<void>(resolve => waiting.push(resolve))
    active++
    try {
      return await task()
    } finally {
      release()
    }
  }
}

/** JSON with sorted object keys, so that `{a, b}` and `{b, a}` name the same call. */
export function stableKey(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    )
  })
}

/**
 * One place every AWS request goes through: identical requests (API + arguments) share one
 * promise, a limiter bounds what is in flight, and `calls` counts what was really sent per API.
 * A failed request is remembered too: the run fails on it anyway, and retrying is the SDK's job.
 */
export class CallGate {
  readonly calls: Record<string, number> = {}
  private readonly memo = new Map<string, Promise<unknown>>()
  private readonly limit: Limiter
  /** Epoch milliseconds after which every waiting call fails; undefined: no run deadline. */
  private readonly deadlineAt?: number
  private readonly deadlineSeconds?: number
  /** Prefix of the de-duplication key: the same request in two accounts is two requests. */
  private readonly scope: string = ''

  /**
   * `deadlineSeconds` bounds the whole run's AWS work: the SDK's per-attempt timeout stops at the response
   * headers, so an endpoint that sends its body slowly (or a long retry sequence) would otherwise hold the
   * job until GitHub's 6-hour limit. The deadline counts from the gate's creation, at the start of the run.
   */
  constructor(concurrency = 8, options: { deadlineSeconds?: number; now?: () => number } = {}) {
    this.limit = createLimiter(concurrency)
    if (options.deadlineSeconds !== undefined) {
      this.deadlineSeconds = options.deadlineSeconds
      this.deadlineAt = (options.now ?? Date.now)() + options.deadlineSeconds * 1000
    }
  }

  /**
   * The same gate for the requests of another account (read with that account's credentials): same limiter,
   * deadline and counts, but `GetRole {RoleName: "ops"}` there is not the one of this account.
   */
  scoped(scope: string): CallGate {
    const view = Object.create(this) as CallGate
    Object.defineProperty(view, 'scope', { value: `${this.scope}${scope} ` })
    return view
  }

  /** `api` names the request for de-duplication; `countAs` (default `api`) is the API it is counted under. */
  call<T>(api: string, args: unknown, send: () => Promise<T>, countAs = api): Promise<T> {
    const key = `${this.scope}${api} ${stableKey(args)}`
    let pending = this.memo.get(key) as Promise<T> | undefined
    if (!pending) {
      pending = this.limit(() => {
        this.calls[countAs] = (this.calls[countAs] ?? 0) + 1
        return send()
      })
      this.memo.set(key, pending)
    }
    return this.deadlineAt === undefined ? pending : this.withDeadline(pending, countAs)
  }

  private withDeadline<T>(pending: Promise<T>, api: string): Promise<T> {
    const left = (this.deadlineAt as number) - Date.now()
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new GateError(
              `AWS ${api} did not answer within the run's deadline of ${this.deadlineSeconds} s (timeout-seconds); the endpoint is slow or silent`
            )
          ),
        Math.max(0, left)
      )
      timer.unref?.()
      pending.then(
        value => {
          clearTimeout(timer)
          resolve(value)
        },
        (error: unknown) => {
          clearTimeout(timer)
          reject(error)
        }
      )
    })
  }
}
