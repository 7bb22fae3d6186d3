import { RULES } from '../constants.js'
import { describeAfter } from './describe.js'
import { locateLoss } from './locate.js'
import type { Finding } from '../report/types.js'
import type { EvaluatedCheck, KeyEvaluation } from './types.js'
import type { Decision, DecisionValue } from '../engine/types.js'

const allowed = (d: DecisionValue | undefined): boolean => d === 'allowed'

/** The answer of a decision when undecided conditions go the caller's way, and when they do not. */
function scenarios(d: Decision): { favour: DecisionValue; against: DecisionValue } {
  if (d.decision === 'inconclusive') return d.scenarios
  return { favour: d.decision, against: d.decision }
}

/**
 * Does a check possibly lose access? For a new key: when it may not be allowed after. Otherwise the two worlds are
 * compared in the same scenario (undecided conditions in the caller's favour, then against): a loss in either
 * scenario is a possible regression. So "allowed unless aws:SourceVpc …" turning into "denied whatever
 * aws:SourceVpc is" counts, while the same undecided Deny in both worlds does not.
 */
export function possibleRegression(before: Decision | null, after: Decision): boolean {
  const a = scenarios(after)
  if (before === null) return a.against !== 'allowed'
  const b = scenarios(before)
  return (b.favour === 'allowed' && a.favour !== 'allowed') || (b.against === 'allowed' && a.against !== 'allowed')
}

/** Condition keys look like `service:Name`; anything else is a value a template or plan leaves unresolved. */
const CONDITION_KEY = /^[A-Za-z0-9-]+:\S+$/

/** How to settle an undecided check: `context` values for condition keys; nothing to set for unresolved IaC values. */
export function contextHint(ev: KeyEvaluation, principal: string, keys: string[]): string {
  const conditionKeys = keys.filter(k => CONDITION_KEY.test(k))
  const hints: string[] = []
  if (conditionKeys.length) {
    hints.push(
      `set their values under \`context: { "${principal}": { ${conditionKeys.map(k => `${k}: …`).join(', ')} } }\` in ${ev.configFile}`
    )
    if (conditionKeys.some(k => /^aws:(principal|resource)orgid$/i.test(k)))
      hints.push('or give the organization as `organizationId` in the snapshot')
  }
  if (conditionKeys.length < keys.length) {
    hints.push(
      'map the template or plan values the gate cannot resolve (config `keys`/`principals`, parameter defaults)'
    )
  }
  return hints.join('; ')
}

/** A finding for an `inconclusive` check: error when it may hide a regression (CONTRACT §6). */
export function inconclusiveFinding(ev: KeyEvaluation, c: EvaluatedCheck): Finding | undefined {
  const unknown =
    c.after.decision === 'inconclusive' ? c.after : c.before?.decision === 'inconclusive' ? c.before : undefined
  if (!unknown) return undefined
  const regression = possibleRegression(c.before, c.after)
  const loc = locateLoss(c.before, c.after, c.afterSet, ev.fallback)
  return {
    rule: RULES.evaluationInconclusive,
    severity: regression ? 'error' : 'warning',
    message:
      (c.before
        ? `${c.principal} ${c.action} on ${ev.keyName} (${c.purpose}) is ${c.before.decision} before and ${c.after.decision} after: `
        : `${c.principal} ${c.action} on the new key ${ev.keyName} (${c.purpose}) is ${c.after.decision}: `) +
      `it depends on ${unknown.unknownKeys.join(', ')}; ${contextHint(ev, c.principal, unknown.unknownKeys)}`,
    key: ev.keyArn,
    principal: c.principal,
    action: c.action,
    ...loc,
    preExisting: !regression && c.before?.decision === 'inconclusive' && c.after.decision === 'inconclusive'
  }
}

/** rotation-access-lost / rotation-access-missing for every rotation check of a key. */
export function rotationAccessRules(ev: KeyEvaluation): Finding[] {
  const out: Finding[] = []
  for (const c of ev.checks) {
    if (c.purpose !== 'rotation') continue
    const before = c.before?.decision ?? null
    const after = c.after.decision
    if (before === 'inconclusive' || after === 'inconclusive') {
      const f = inconclusiveFinding(ev, c)
      if (f) out.push(f)
      continue
    }
    if (allowed(after)) continue
    const loc = locateLoss(c.before, c.after, c.afterSet, ev.fallback)
    if (before === null || allowed(before)) {
      out.push({
        rule: RULES.rotationAccessLost,
        severity: 'error',
        message:
          before === null
            ? `${c.principal} would not have ${c.action} on the new key ${ev.keyName}: ${describeAfter(c.after, c.afterSet.keyPolicy)}`
            : `${c.principal} loses ${c.action} on ${ev.keyName}: ${describeAfter(c.after, c.afterSet.keyPolicy)}`,
        key: ev.keyArn,
        principal: c.principal,
        action: c.action,
        ...loc,
        preExisting: false
      })
    } else {
      out.push({
        rule: RULES.rotationAccessMissing,
        severity: 'warning',
        message: `${c.principal} cannot ${c.action} on ${ev.keyName} before or after the change: ${describeAfter(c.after, c.afterSet.keyPolicy)}`,
        key: ev.keyArn,
        principal: c.principal,
        action: c.action,
        ...loc,
        preExisting: true
      })
    }
  }
  return out
}
