/**
 * The policy model shared by sources, validation, the engine and the rules.
 * Every value that a finding may point at carries the 1-based line it came from.
 */

/** 1-based, inclusive line range in a source file. */
export interface LineRange {
  startLine: number
  endLine: number
}

/** A string value of a policy together with the line it stands on (0 when not known). */
export interface Located {
  value: string
  line: number
  /** The value cannot be known before deployment (unresolved IaC expression): matching it is undecided. */
  unknown?: true
}

export type PolicyKind = 'key' | 'identity' | 'boundary' | 'scp' | 'rcp'

/** Where a document comes from: a repository file (then `file` is set) or the live state. */
export interface PolicyOrigin {
  kind: PolicyKind
  /** Human name: the file path, "live key policy of app-data", the inline policy name, the managed ARN. */
  name: string
  /** Workspace-relative path with `/`, when the document is a file in the repository. */
  file?: string
  /** Identity documents: the inline name or managed-policy ARN it stands for (used to replace live documents). */
  inlineName?: string
  managedArn?: string
}

export interface PrincipalBlock {
  /** `"*"` or `{"AWS": "*"}`: everyone. */
  wildcard: boolean
  aws: Located[]
  service: Located[]
  federated: Located[]
  canonicalUser: Located[]
}

export type ConditionValue = string
export interface ConditionClause {
  /** Operator as written, e.g. `ForAnyValue:StringLikeIfExists`. */
  operator: string
  /** Condition key as written (matching is case-insensitive). */
  key: string
  values: ConditionValue[]
  line: number
  /** Some value cannot be known before deployment: the clause is undecided. */
  unknown?: true
  /** What an undecided clause stands for, as findings name it (a condition the gate adds, not one written). */
  description?: string
}

export interface Statement {
  index: number
  sid?: string
  effect: 'Allow' | 'Deny'
  principal?: PrincipalBlock
  notPrincipal?: PrincipalBlock
  action?: Located[]
  notAction?: Located[]
  resource?: Located[]
  notResource?: Located[]
  conditions: ConditionClause[]
  range: LineRange
  /** The statement is invalid in a way that leaves its meaning unclear (no or a bad Effect): evaluation skips it. */
  ignored?: true
}

/** A problem that makes a document invalid for AWS (rule `invalid-policy`). */
export interface PolicyIssue {
  message: string
  line: number
  endLine?: number
}

export interface PolicyDocument {
  origin: PolicyOrigin
  version?: string
  /** Line of the `Version` key, when there is one. */
  versionLine?: number
  statements: Statement[]
  /** Line of the `Statement` key (1 when absent). */
  statementLine: number
  /** Lines of the whole document. */
  range: LineRange
  /** Size of the document in bytes as it would be sent (the source text, UTF-8). */
  bytes: number
  /**
   * The document as plain JSON, for SimulatePrincipalPolicy: kept for identity policies and boundaries, and for
   * documents given as JSON (snapshot, AWS); undefined for other documents read from text, and for documents of
   * templates when no simulator takes part (offline: IacContext.simulator); null when the text is not a JSON
   * document.
   */
  json: unknown
  issues: PolicyIssue[]
  /**
   * Values of the document known only after deployment (unresolved template expressions, plan unknowns), by
   * description; absent when every value is known. Such a document cannot go to the IAM policy simulator.
   */
  pending?: string[]
}
