/**
 * Config `ignore:` entries. A matching finding is kept (report file, SARIF `suppressions`, folded in the
 * summary and the PR comment) with the entry's reason, but it is not counted and never blocks. An entry
 * past its `expires` day suppresses nothing and is itself reported, so an exception cannot outlive its
 * review silently.
 */
import { RULES } from '../constants.js'
import type { IgnoreConfig } from '../config/types.js'
import type { Finding } from './types.js'

/** What a key may be called in an `ignore:` entry: its ARN, config name, aliases, the reference as written. */
export interface KeyNames {
  arn: string
  names: string[]
}

/** True while `now` is on or before the `expires` day (the whole day, UTC). */
export function ignoreApplies(entry: IgnoreConfig, now: Date): boolean {
  if (entry.expires === undefined) return true
  return now.getTime() < Date.parse(`${entry.expires}T00:00:00Z`) + 24 * 60 * 60 * 1000
}

function keyMatches(entry: IgnoreConfig, finding: Finding, keys: readonly KeyNames[]): boolean {
  if (entry.key === undefined) return true
  if (finding.key === undefined) return false
  if (entry.key === finding.key) return true
  return keys.some(k => k.arn === finding.key && k.names.includes(entry.key as string))
}

/** Every field the entry gives must match; actions compare case-insensitively, as IAM does. */
export function ignoreMatches(entry: IgnoreConfig, finding: Finding, keys: readonly KeyNames[] = []): boolean {
  return (
    entry.rule === finding.rule &&
    keyMatches(entry, finding, keys) &&
    (entry.principal === undefined || entry.principal === finding.principal) &&
    (entry.action === undefined || entry.action.toLowerCase() === finding.action?.toLowerCase()) &&
    (entry.file === undefined || entry.file === finding.file)
  )
}

function describeEntry(entry: IgnoreConfig): string {
  const parts = [entry.rule, entry.key, entry.principal, entry.action, entry.file].filter(p => p !== undefined)
  return parts.join(' / ')
}

/**
 * Marks the findings that an active entry matches (the first matching entry gives the reason) and adds a
 * `suppression-expired` warning at each expired entry. Config errors are never suppressed.
 */
export function applySuppressions(
  findings: readonly Finding[],
  ignore: readonly IgnoreConfig[],
  now: Date,
  configFile: string,
  keys: readonly KeyNames[] = []
): Finding[] {
  const active = ignore.filter(entry => ignoreApplies(entry, now))
  const out = findings.map(finding => {
    if (finding.rule === RULES.configError) return finding
    const entry = active.find(e => ignoreMatches(e, finding, keys))
    if (!entry) return finding
    const suppressed = { reason: entry.reason, file: configFile, line: entry.line, expires: entry.expires }
    if (suppressed.expires === undefined) delete suppressed.expires
    return { ...finding, suppressed }
  })
  for (const entry of ignore) {
    if (ignoreApplies(entry, now)) continue
    const matched = findings.filter(f => ignoreMatches(entry, f, keys)).length
    out.push({
      rule: RULES.suppressionExpired,
      severity: 'warning',
      message:
        `the ignore entry for ${describeEntry(entry)} expired on ${entry.expires}; it no longer suppresses ` +
        `anything (${matched} finding${matched === 1 ? '' : 's'} of this run match it)`,
      file: configFile,
      startLine: entry.line,
      endLine: entry.line,
      preExisting: false
    })
  }
  return out
}
