import { KEY_POLICY_MAX_BYTES, RULES } from '../constants.js'
import { withoutIamPath } from '../arn.js'
import { arnLike } from '../engine/arn-match.js'
import { patternMatchesAnyAction, suggestAction, isKnownService } from '../policy/catalog.js'
import type { RequestContext } from '../engine/types.js'
import type { PolicyDocument, Statement } from '../policy/types.js'
import type { Finding } from '../report/types.js'
import type { Location } from './locate.js'

/** Unique ids of IAM principals: what a policy shows once the principal is deleted (IAM User Guide, principal element). */
const UNIQUE_ID = /^(AROA|AIDA|AGPA|AIPA|ANPA|ANVA|ASIA)[A-Z0-9]{12,}$/
const IAM_ENTITY_ARN = /^arn:([a-z-]+):iam::(\d{12}):(role|user)\/(.+)$/

/** Where a proposed document applies: to a key (key policies), or to a principal. */
export interface ProposedDoc {
  doc: PolicyDocument
  /** For key policies: the key ARN and label. */
  keyArn?: string
  keyName?: string
}

/** invalid-policy for everything AWS would reject in a repository document. */
export function invalidPolicyRule(docs: ProposedDoc[]): Finding[] {
  const out: Finding[] = []
  for (const { doc, keyArn } of docs) {
    for (const issue of doc.issues) {
      out.push({
        rule: RULES.invalidPolicy,
        severity: 'error',
        message: `${doc.origin.name}: ${issue.message}`,
        key: keyArn,
        file: doc.origin.file,
        startLine: issue.line || 1,
        endLine: issue.endLine ?? (issue.line || 1),
        preExisting: false
      })
    }
  }
  return out
}

/** policy-too-large: key policies are limited to 32,768 bytes (KMS Developer Guide, key-policy-overview). */
export function policySizeRule(docs: ProposedDoc[]): Finding[] {
  return docs
    .filter(d => d.doc.origin.kind === 'key' && d.doc.bytes > KEY_POLICY_MAX_BYTES)
    .map(({ doc, keyArn }) => ({
      rule: RULES.policyTooLarge,
      severity: 'error' as const,
      message: `${doc.origin.name} is ${doc.bytes.toLocaleString('en-US')} bytes; KMS accepts at most ${KEY_POLICY_MAX_BYTES.toLocaleString('en-US')} bytes (PutKeyPolicy fails with LimitExceededException)`,
      key: keyArn,
      file: doc.origin.file,
      startLine: doc.range.startLine || 1,
      endLine: doc.range.endLine || 1,
      preExisting: false
    }))
}

/** unknown-action: actions and patterns that match no real action, with the nearest real one. */
export function unknownActionRule(docs: ProposedDoc[]): Finding[] {
  const out: Finding[] = []
  for (const { doc, keyArn } of docs) {
    for (const s of doc.statements) {
      for (const a of [...(s.action ?? []), ...(s.notAction ?? [])]) {
        if (a.unknown || a.value === '*' || !/^[^:]+:[^:]+$/.test(a.value)) continue
        if (patternMatchesAnyAction(a.value)) continue
        const suggestion = suggestAction(a.value)
        const service = a.value.split(':')[0]
        const what = a.value.includes('*') || a.value.includes('?') ? 'matches no action' : 'is not an action'
        const why = !service.includes('*') && !isKnownService(service) ? ` (there is no service "${service}")` : ''
        out.push({
          rule: RULES.unknownAction,
          severity: 'error',
          message: `"${a.value}" ${what}${why}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
          key: keyArn,
          action: a.value,
          file: doc.origin.file,
          startLine: a.line || s.range.startLine,
          endLine: a.line || s.range.endLine,
          preExisting: false
        })
      }
    }
  }
  return out
}

/** An empty context: resource patterns with variables are undecided and not reported. */
const NO_CONTEXT: RequestContext = { values: new Map(), absent: new Set() }

function resourceCannotMatch(s: Statement, keyArn: string): boolean {
  if (s.resource) return s.resource.every(r => !r.unknown && arnLike(r.value, keyArn, NO_CONTEXT) === false)
  if (s.notResource) return s.notResource.some(r => !r.unknown && arnLike(r.value, keyArn, NO_CONTEXT) === true)
  return false
}

/**
 * ineffective-statement: a key-policy statement without Action or Resource is accepted by PutKeyPolicy but
 * has no effect (KMS API reference, PutKeyPolicy); a Resource that cannot name the key never applies.
 */
export function ineffectiveStatementRule(docs: ProposedDoc[]): Finding[] {
  const out: Finding[] = []
  for (const { doc, keyArn, keyName } of docs) {
    if (doc.origin.kind !== 'key' || !doc.origin.file) continue
    for (const s of doc.statements) {
      let why: string | undefined
      if (!s.action && !s.notAction) why = 'has no Action'
      else if (!s.resource && !s.notResource) why = 'has no Resource (use "*": in a key policy it means this key)'
      else if (keyArn && resourceCannotMatch(s, keyArn))
        why = s.resource
          ? `has a Resource that cannot match ${keyName ?? keyArn}`
          : `has a NotResource that excludes ${keyName ?? keyArn}`
      if (!why) continue
      out.push({
        rule: RULES.ineffectiveStatement,
        severity: 'warning',
        message: `key policy statement ${s.sid ?? `#${s.index}`} ${why}: it has no effect`,
        key: keyArn,
        file: doc.origin.file,
        startLine: s.range.startLine,
        endLine: s.range.endLine,
        preExisting: false
      })
    }
  }
  return out
}

/**
 * principal-not-found / orphaned-principal for proposed key policies: PutKeyPolicy rejects principals that do
 * not exist ("must exist and be visible to KMS", KMS API reference) and unique ids left by deleted principals
 * ("invalid principals", AWS knowledge center kms-policy-error-invalid-principals).
 */
/**
 * A hint when a principal of the same kind and name exists under another path: IAM ARNs include the path
 * (`role/service/x`), and a key policy must name it so (IAM User Guide, reference_identifiers, IAM ARNs).
 */
function samePrincipalElsewhere(arn: string, known: Set<string>): string {
  const named = withoutIamPath(arn)
  if (!named) return ''
  for (const k of known)
    if (k !== arn && withoutIamPath(k) === named) return `; did you mean ${k} (IAM ARNs include the path)?`
  return ''
}

export function principalRules(
  docs: ProposedDoc[],
  known: Set<string> | undefined,
  accounts: readonly string[],
  liveIds: Set<string> = new Set()
): Finding[] {
  const out: Finding[] = []
  for (const { doc, keyArn } of docs) {
    if (doc.origin.kind !== 'key') continue
    for (const s of doc.statements) {
      for (const p of [...(s.principal?.aws ?? []), ...(s.notPrincipal?.aws ?? [])]) {
        if (p.unknown) continue
        const where = {
          file: doc.origin.file,
          startLine: p.line || s.range.startLine,
          endLine: p.line || s.range.endLine
        }
        // The unique id of a principal that exists names that principal (the engine matches it as that role or
        // user); only an id that no live principal has is left by a deleted one.
        if (UNIQUE_ID.test(p.value) && !liveIds.has(p.value)) {
          out.push({
            rule: RULES.orphanedPrincipal,
            severity: 'error',
            message: `"${p.value}" is the unique id of a deleted IAM principal: PutKeyPolicy rejects the policy ("invalid principals"); remove it`,
            key: keyArn,
            principal: p.value,
            ...where,
            preExisting: false
          })
          continue
        }
        const m = IAM_ENTITY_ARN.exec(p.value)
        // A wildcard is invalid-policy already; it names no principal to look up.
        if (!m || !known || !accounts.includes(m[2]) || /[*?]/.test(p.value)) continue
        if (!known.has(p.value)) {
          out.push({
            rule: RULES.principalNotFound,
            severity: 'error',
            message: `${m[3]} ${p.value} does not exist in account ${m[2]}: PutKeyPolicy would reject the policy${samePrincipalElsewhere(p.value, known)}`,
            key: keyArn,
            principal: p.value,
            ...where,
            preExisting: false
          })
        }
      }
    }
  }
  return out
}

/**
 * principal-not-found for the config: a rotation principal or owner that the account does not have makes every
 * check about it meaningless (its decisions are implicit-deny before and after, which only warns). Unless the
 * change creates it, that is an error at the config line. Roots, and principals of accounts whose role and user
 * lists the state does not hold, are not checked.
 */
export function configPrincipalRule(
  lines: Record<string, number>,
  keyArn: string,
  keyName: string,
  known: Set<string> | undefined,
  accounts: readonly string[],
  configFile: string
): Finding[] {
  if (!known) return []
  const out: Finding[] = []
  for (const [arn, line] of Object.entries(lines)) {
    const m = IAM_ENTITY_ARN.exec(arn)
    if (!m || !accounts.includes(m[2]) || known.has(arn)) continue
    out.push({
      rule: RULES.principalNotFound,
      severity: 'error',
      message: `${m[3]} ${arn}, configured for ${keyName}, does not exist in account ${m[2]}: every check about it is meaningless; fix the ARN (with its path) or remove it from the config`,
      key: keyArn,
      principal: arn,
      file: configFile,
      startLine: line,
      endLine: line,
      preExisting: false
    })
  }
  return out
}

/**
 * policy-version: a proposed document without `"Version": "2012-10-17"`. AWS reads its policy variables as plain
 * text (IAM User Guide, reference_policies_elements_version), and so does the gate; the notice says why a
 * `${…}` in it does not match.
 */
export function policyVersionRule(docs: ProposedDoc[]): Finding[] {
  const out: Finding[] = []
  for (const { doc, keyArn } of docs) {
    if (!doc.origin.file || doc.version === '2012-10-17' || doc.json === null) continue
    // An invalid Version ("2012-10-18") is invalid-policy: PutKeyPolicy rejects the document, variables or not.
    if (doc.version === undefined && doc.versionLine !== undefined) continue
    const line = doc.versionLine ?? doc.range.startLine
    out.push({
      rule: RULES.policyVersion,
      severity: 'notice',
      message: `${doc.origin.file} has ${doc.version ? `"Version": "${doc.version}"` : 'no "Version"'}: AWS reads policy variables such as \${aws:username} in it as plain text; add "Version": "2012-10-17"`,
      ...(keyArn ? { key: keyArn } : {}),
      file: doc.origin.file,
      startLine: line,
      endLine: line,
      preExisting: false
    })
  }
  return out
}

/** Orphaned ids already in a live key policy: a warning, since a read-modify-write of the policy will fail. */
export function liveOrphanRule(doc: PolicyDocument, keyArn: string, keyName: string, fallback: Location): Finding[] {
  const out: Finding[] = []
  for (const s of doc.statements) {
    for (const p of [...(s.principal?.aws ?? []), ...(s.notPrincipal?.aws ?? [])]) {
      if (!UNIQUE_ID.test(p.value)) continue
      out.push({
        rule: RULES.orphanedPrincipal,
        severity: 'warning',
        message: `the live key policy of ${keyName} names "${p.value}", the unique id of a deleted IAM principal (statement ${s.sid ?? `#${s.index}`}): the next PutKeyPolicy that keeps it will fail`,
        key: keyArn,
        principal: p.value,
        ...fallback,
        preExisting: true
      })
    }
  }
  return out
}

/** Every rule on the proposed documents themselves. */
export function documentRules(
  docs: ProposedDoc[],
  known: Set<string> | undefined,
  accounts: readonly string[],
  liveIds: Set<string>
): Finding[] {
  return [
    ...invalidPolicyRule(docs),
    ...policySizeRule(docs),
    ...unknownActionRule(docs),
    ...ineffectiveStatementRule(docs),
    ...principalRules(docs, known, accounts, liveIds),
    ...policyVersionRule(docs)
  ]
}
