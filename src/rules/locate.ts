import type { Decision, StatementRef } from '../engine/types.js'
import type { LineRange, PolicyDocument } from '../policy/types.js'
import type { PolicySet } from '../engine/types.js'

/**
 * Where a finding points: lines of a workspace file (the span of a statement, a template resource, a config entry).
 * A finding about a key that no repository document explains points at the key's config entry.
 */
export interface Location extends LineRange {
  file: string
}

export function refLocation(ref: StatementRef): Location | undefined {
  if (!ref.origin.file || !ref.range.startLine) return undefined
  return { file: ref.origin.file, startLine: ref.range.startLine, endLine: ref.range.endLine }
}

/** The statement with the same Sid in a proposed document, else the line of its `Statement` key (CONTRACT §6). */
export function sameSidOrStatementKey(doc: PolicyDocument, sid: string | undefined): Location | undefined {
  if (!doc.origin.file) return undefined
  const same = sid !== undefined ? doc.statements.find(s => s.sid === sid) : undefined
  if (same) return { file: doc.origin.file, startLine: same.range.startLine, endLine: same.range.endLine }
  return { file: doc.origin.file, startLine: doc.statementLine, endLine: doc.statementLine }
}

/**
 * Where a lost permission points:
 * - an explicit Deny: the lines of the first Deny statement that is in the repository;
 * - an Allow that disappeared: the proposed document of the layer that lacks the Allow (key policy,
 *   identity policy, boundary), at the statement with the Sid of the Allow that used to grant, else
 *   its `Statement` key;
 * - otherwise the key's entry in the config.
 */
export function locateLoss(
  before: Decision | null,
  after: Decision,
  afterSet: PolicySet,
  fallback: Location
): Location {
  const fb: Location = fallback
  if (after.decision === 'explicit-deny' || (after.decision === 'inconclusive' && after.denies.length)) {
    for (const d of after.denies) {
      const loc = refLocation(d)
      if (loc) return loc
    }
  }
  const previous = before?.allows ?? []
  for (const m of after.missing) {
    if (m.layer === 'key-policy' && afterSet.keyPolicy?.origin.file) {
      const sid = previous.find(r => r.origin.kind === 'key')?.sid
      return sameSidOrStatementKey(afterSet.keyPolicy, sid) ?? fb
    }
    if (m.layer === 'boundary' && afterSet.boundary?.origin.file) {
      const sid = previous.find(r => r.origin.kind === 'boundary')?.sid
      return sameSidOrStatementKey(afterSet.boundary, sid) ?? fb
    }
    if (m.layer === 'identity') {
      const prevIdentity = previous.filter(r => r.origin.kind === 'identity')
      // The proposed document that replaced one that used to allow, else any proposed identity document.
      const replaced = afterSet.identity.find(
        d =>
          d.origin.file &&
          prevIdentity.some(
            r =>
              (r.origin.inlineName !== undefined && r.origin.inlineName === d.origin.inlineName) ||
              (r.origin.managedArn !== undefined && r.origin.managedArn === d.origin.managedArn)
          )
      )
      const doc = replaced ?? afterSet.identity.find(d => d.origin.file)
      if (doc) {
        const sid = prevIdentity.find(
          r => r.origin.inlineName === doc.origin.inlineName && r.origin.managedArn === doc.origin.managedArn
        )?.sid
        return sameSidOrStatementKey(doc, sid) ?? fb
      }
      if (afterSet.keyPolicy?.origin.file && previous.some(r => r.origin.kind === 'key')) {
        return sameSidOrStatementKey(afterSet.keyPolicy, previous.find(r => r.origin.kind === 'key')?.sid) ?? fb
      }
    }
  }
  return fb
}
