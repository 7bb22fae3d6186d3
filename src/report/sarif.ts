/**
 * SARIF 2.1.0 for GitHub code scanning: every finding, with rule help, beyond the per-step
 * annotation limit. Only the document is built here; the caller writes it to `sarif-file`.
 */
import { createHash } from 'node:crypto'
import type * as sarif from 'sarif'
import { RULES, TOOL_NAME, type RuleId } from '../constants.js'
import { RULE_HELP, type RuleHelp } from './rule-help.js'
import type { Finding, Report, Severity } from './types.js'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
export const FINGERPRINT_KEY = 'kmsPolicyGate/v1'

export interface SarifOptions {
  toolVersion: string
  /** Rule help per rule id (default: RULE_HELP); `title` and `severity` fall back to RULE_HELP when missing. */
  ruleHelp?: Record<RuleId, Pick<RuleHelp, 'description' | 'hint'> & Partial<RuleHelp>>
  informationUri?: string
  /**
   * Workspace-relative file to anchor findings that have no file (normally the config file).
   * GitHub code scanning rejects a whole upload when any result has no location.
   */
  fallbackFile?: string
  /**
   * Code scanning category (`runs[].automationDetails.id`). Two uploads for one commit with the same
   * category replace each other, so matrix legs need distinct ones.
   */
  category?: string
}

const LEVEL: Record<Severity, sarif.Result.level> = { error: 'error', warning: 'warning', notice: 'note' }

export function sarifLevel(severity: Severity): sarif.Result.level {
  return LEVEL[severity]
}

/** Every rule id, in the order of the RULES constant, so `ruleIndex` is stable across runs. */
const RULE_IDS: RuleId[] = Object.values(RULES)

/** `rotation-access-lost` → `RotationAccessLost` (SARIF `name`, shown by some viewers). */
function ruleName(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, __, ch: string) => ch.toUpperCase())
}

function descriptor(id: RuleId, help: NonNullable<SarifOptions['ruleHelp']>[RuleId]): sarif.ReportingDescriptor {
  const fallback = RULE_HELP[id]
  return {
    id,
    name: ruleName(id),
    shortDescription: { text: help.title ?? fallback.title },
    fullDescription: { text: help.description },
    help: { text: help.hint },
    defaultConfiguration: { level: sarifLevel(help.severity ?? fallback.severity) },
    properties: { tags: ['aws', 'kms', 'iam'] }
  }
}

/** A URI reference for a workspace-relative path: each segment percent-encoded, `/` kept. */
function fileUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/')
}

function validLine(line: number | undefined): line is number {
  return line !== undefined && Number.isInteger(line) && line >= 1
}

function locations(finding: Finding, fallbackFile: string | undefined): sarif.Location[] | undefined {
  if (!finding.file) {
    if (!fallbackFile) return undefined
    const artifactLocation = { uri: fileUri(fallbackFile), uriBaseId: '%SRCROOT%' }
    return [{ physicalLocation: { artifactLocation, region: { startLine: 1 } } }]
  }
  const physicalLocation: sarif.PhysicalLocation = {
    artifactLocation: { uri: fileUri(finding.file), uriBaseId: '%SRCROOT%' }
  }
  if (validLine(finding.startLine)) {
    physicalLocation.region = { startLine: finding.startLine }
    if (validLine(finding.endLine) && finding.endLine >= finding.startLine) {
      physicalLocation.region.endLine = finding.endLine
    }
  }
  return [{ physicalLocation }]
}

/**
 * A hash of what identifies a finding across runs: rule, file, key, principal, action. Lines and
 * messages are left out so that an alert survives edits elsewhere in the file.
 */
export function fingerprint(finding: Finding): string {
  const parts = [finding.rule, finding.file ?? '', finding.key ?? '', finding.principal ?? '', finding.action ?? '']
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32)
}

export function toSarif(report: Report, opts: SarifOptions): sarif.Log {
  const rules = RULE_IDS.map(id => descriptor(id, opts.ruleHelp?.[id] ?? RULE_HELP[id]))
  // Findings that share a fingerprint get an occurrence number, so none of them is merged away.
  const seen = new Map<string, number>()
  const results = report.findings.map((finding): sarif.Result => {
    const hash = fingerprint(finding)
    const occurrence = (seen.get(hash) ?? 0) + 1
    seen.set(hash, occurrence)
    const properties: sarif.PropertyBag = { preExisting: finding.preExisting }
    if (finding.key !== undefined) properties.key = finding.key
    if (finding.principal !== undefined) properties.principal = finding.principal
    if (finding.action !== undefined) properties.action = finding.action
    const result: sarif.Result = {
      ruleId: finding.rule,
      level: sarifLevel(finding.severity),
      message: { text: finding.message }
    }
    const ruleIndex = RULE_IDS.indexOf(finding.rule)
    if (ruleIndex >= 0) result.ruleIndex = ruleIndex
    const where = locations(finding, opts.fallbackFile)
    if (where) result.locations = where
    result.partialFingerprints = { [FINGERPRINT_KEY]: `${hash}:${occurrence}` }
    if (finding.suppressed) {
      // SARIF 2.1.0 §3.35: `external` = suppressed outside the source file (the gate's config).
      properties.suppressedBy = `${finding.suppressed.file}:${finding.suppressed.line}`
      if (finding.suppressed.expires) properties.suppressionExpires = finding.suppressed.expires
      result.suppressions = [{ kind: 'external', status: 'accepted', justification: finding.suppressed.reason }]
    }
    result.properties = properties
    return result
  })
  const driver: sarif.ToolComponent = {
    name: TOOL_NAME,
    version: opts.toolVersion,
    rules
  }
  if (/^\d+\.\d+\.\d+/.test(opts.toolVersion)) driver.semanticVersion = opts.toolVersion
  if (opts.informationUri) driver.informationUri = opts.informationUri
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{ tool: { driver }, ...automation(opts.category), results }]
  }
}

/**
 * GitHub takes the category from `automationDetails.id` up to its last `/` (docs.github.com, "SARIF support
 * for code scanning", runAutomationDetails object), so the id is the category followed by `/`.
 */
function automation(category: string | undefined): { automationDetails?: sarif.RunAutomationDetails } {
  if (!category) return {}
  return { automationDetails: { id: `${TOOL_NAME}/${category}/` } }
}

export function sarifJson(log: sarif.Log): string {
  return JSON.stringify(log, null, 2) + '\n'
}
