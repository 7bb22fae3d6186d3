import { RULES } from '../constants.js'
import { parseDate, parseOperator } from '../engine/conditions.js'
import { decide } from '../engine/evaluate.js'
import { describeAfter } from './describe.js'
import { locateLoss, type Location } from './locate.js'
import type { Decision, PolicySet, Request } from '../engine/types.js'
import type { PolicyDocument } from '../policy/types.js'
import type { Purpose, Finding } from '../report/types.js'

/**
 * Access that holds today and is lost later: a Deny whose date condition turns true after `--now` (or an Allow
 * whose date condition turns false). The gate evaluates the proposed world again at every date that a condition
 * on `aws:CurrentTime` / `aws:EpochTime` names within the horizon, at that instant and one second later (so
 * `…GreaterThan`, `…GreaterThanEquals`, `…LessThan` and `…Equals` all take their new value), and reports the
 * first date at which a check that holds today does not.
 */

/** At most this many dates per check: a document with more date conditions is still read, the latest are skipped. */
const MAX_DATES = 32
const TIME_KEYS = new Set(['aws:currenttime', 'aws:epochtime'])

function instant(key: string, base: string, value: string): number | undefined {
  if (base.startsWith('Numeric')) {
    // aws:EpochTime compared as a number of seconds.
    return key === 'aws:epochtime' && /^\d+(\.\d+)?$/.test(value) ? Number(value) * 1000 : undefined
  }
  if (!base.startsWith('Date')) return undefined
  return parseDate(value)
}

function* documents(set: PolicySet): Generator<PolicyDocument> {
  if (set.keyPolicy) yield set.keyPolicy
  yield* set.identity
  if (set.boundary) yield set.boundary
  for (const level of set.scps) yield* level
  for (const level of set.rcps) yield* level
}

const instants = new WeakMap<PolicyDocument, number[]>()

/** Every instant a time condition of the document names (computed once per document). */
function instantsOf(doc: PolicyDocument): number[] {
  let out = instants.get(doc)
  if (!out) {
    out = []
    for (const s of doc.statements)
      for (const c of s.conditions) {
        const key = c.key.toLowerCase()
        if (!TIME_KEYS.has(key)) continue
        const op = parseOperator(c.operator)
        if (!op || op.isNull) continue
        for (const v of c.values) {
          const t = instant(key, op.base, v)
          if (t !== undefined) out.push(t)
        }
      }
    instants.set(doc, out)
  }
  return out
}

/** Dates within `(now, now + horizonDays]` named by time conditions of the documents, earliest first. */
export function dateBoundaries(sets: PolicySet[], now: Date, horizonDays: number): Date[] {
  const from = now.getTime()
  const to = from + horizonDays * 86_400_000
  const found = new Set<number>()
  for (const set of sets)
    for (const doc of documents(set)) for (const t of instantsOf(doc)) if (t > from && t <= to) found.add(t)
  return [...found]
    .sort((a, b) => a - b)
    .slice(0, MAX_DATES)
    .map(t => new Date(t))
}

export interface ScheduledCheck {
  purpose: Purpose
  principal: string
  action: string
  key: string
  keyName: string
  /** The request at a given time (the context's time keys follow it). */
  requestAt: (at: Date) => Request
  now: Date
  afterSet: PolicySet
  /** `null` for a key the change creates. */
  beforeSet: PolicySet | null
  horizonDays: number
  fallback: Location
}

/**
 * scheduled-access-loss for one check that is `allowed` after the change: an error naming the first date at
 * which it is lost, or a pre-existing warning when the live state loses it at the same date too.
 * The identity side is evaluated from the documents (also in live mode, where the simulator answers only for now).
 */
export function scheduledLoss(c: ScheduledCheck): Finding | undefined {
  const sets = c.beforeSet ? [c.afterSet, c.beforeSet] : [c.afterSet]
  const dates = dateBoundaries(sets, c.now, c.horizonDays)
  if (dates.length === 0) return undefined
  const today = decide(c.requestAt(c.now), c.afterSet)
  if (today.decision !== 'allowed') return undefined
  for (const date of dates) {
    for (const at of [date, new Date(date.getTime() + 1000)]) {
      const later = decide(c.requestAt(at), c.afterSet)
      if (later.decision !== 'explicit-deny' && later.decision !== 'implicit-deny') continue
      const preExisting = c.beforeSet ? lostToo(c, at) : false
      return finding(
        c,
        today,
        later,
        at === date ? `from ${date.toISOString()}` : `after ${date.toISOString()}`,
        preExisting
      )
    }
  }
  return undefined
}

/** Does the live state, allowed today, lose the same check at `at`? */
function lostToo(c: ScheduledCheck, at: Date): boolean {
  const set = c.beforeSet!
  if (decide(c.requestAt(c.now), set).decision !== 'allowed') return false
  const later = decide(c.requestAt(at), set).decision
  return later === 'explicit-deny' || later === 'implicit-deny'
}

function finding(c: ScheduledCheck, today: Decision, later: Decision, when: string, preExisting: boolean): Finding {
  return {
    rule: RULES.scheduledAccessLoss,
    severity: preExisting ? 'warning' : 'error',
    message:
      `${c.principal} loses ${c.action} on ${c.keyName} (${c.purpose}) ${when}: ` +
      `${describeAfter(later, c.afterSet.keyPolicy)}` +
      (preExisting ? ' (the live policies lose it too by then)' : ''),
    key: c.key,
    principal: c.principal,
    action: c.action,
    ...locateLoss(today, later, c.afterSet, c.fallback),
    preExisting
  }
}
