import { GateError } from '../errors.js'
import * as z from 'zod'
import { DEFAULT_OWNER_ACTIONS, DEFAULT_HORIZON_DAYS, DEFAULT_ROTATION_ACTIONS, RULES } from '../constants.js'
import { accountOf, parseArn, type Arn } from '../arn.js'

/**
 * The config file of CONTRACT §4 as one strict schema: unknown fields are errors (a typo must not
 * silently disable a check) and defaults live here so the file and the resolved config cannot drift.
 * Field names are as written in the file (kebab-case); the loader maps them to the Config type.
 */

export const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc']

const REGION = /^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/
const ACCOUNT = /^\d{12}$/
const KEY_ID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/i
const ALIAS = /^alias\/[A-Za-z0-9/_-]{1,250}$/
/** IAM names (roles, users, policies) and optional paths: `role/path/to/name`. */
const IAM_PATH_NAME = /^(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,128}$/
const ACTION = /^[A-Za-z0-9-]+:[A-Za-z0-9*?]+$/
const CONDITION_KEY = /^[A-Za-z0-9-]+:\S+$/
const LOGICAL_ID = /^[A-Za-z0-9]{1,255}$/
/** Terraform addresses such as `module.kms["prod"].aws_kms_key.this[0]`; a leading letter keeps out `__proto__`. */
const TF_ADDRESS = /^[A-Za-z]\S*$/

const q = (value: string): string => JSON.stringify(value)

/** The reason an ARN's common parts are wrong, or undefined. */
function arnPartsProblem(arn: Arn, service: string, regional: boolean): string | undefined {
  if (arn.service !== service) return undefined
  if (!PARTITIONS.includes(arn.partition))
    return `unknown partition ${q(arn.partition)}; expected one of ${PARTITIONS.join(', ')}`
  if (regional && !REGION.test(arn.region)) return `${q(arn.region)} is not a region like us-east-1`
  if (!regional && arn.region !== '') return `IAM ARNs have no region`
  if (!ACCOUNT.test(arn.account)) return 'the account id must be 12 digits'
  return undefined
}

function withHint(base: string, value: string, hint?: string): string {
  return `${base}: ${q(value)}${hint ? ` (${hint})` : ''}`
}

/**
 * `cloudformation:LogicalId` or `terraform:ADDRESS`: a key named by the template or plan that declares it
 * (a key the change creates has no ARN or alias before deployment). Undefined for any other reference.
 */
export function iacKeyRef(value: string): { source: 'cloudformation' | 'terraform'; id: string } | undefined {
  const m = /^(cloudformation|terraform):(.+)$/.exec(value)
  return m ? { source: m[1] as 'cloudformation' | 'terraform', id: m[2] } : undefined
}

export function keyRefProblem(value: string): string | undefined {
  const base = 'not a key ARN, key id, alias/NAME or alias ARN'
  const arn = parseArn(value)
  if (arn) {
    if (arn.service !== 'kms') return withHint(base, value, 'not a KMS ARN')
    const parts = arnPartsProblem(arn, 'kms', true)
    if (parts) return withHint(base, value, parts)
    if (arn.resource.startsWith('key/')) {
      return KEY_ID.test(arn.resource.slice(4))
        ? undefined
        : withHint(base, value, 'the key id must be a UUID or mrk- and 32 hex digits')
    }
    return ALIAS.test(arn.resource) ? undefined : withHint(base, value)
  }
  if (value.startsWith('alias/'))
    return ALIAS.test(value) ? undefined : withHint(base, value, 'alias names use A-Z a-z 0-9 / _ -')
  return KEY_ID.test(value) ? undefined : withHint(base, value)
}

function iamPrincipalProblem(value: string, allowRoot: boolean): string | undefined {
  const base = allowRoot ? 'not an IAM role/user/root ARN' : 'not an IAM role or user ARN'
  if (ACCOUNT.test(value)) return withHint(base, value, `write an account as arn:aws:iam::${value}:root`)
  const arn = parseArn(value)
  if (!arn) return withHint(base, value)
  if (arn.service === 'sts') return withHint(base, value, 'use the role ARN, not an assumed-role session')
  if (arn.service !== 'iam') return withHint(base, value)
  const parts = arnPartsProblem(arn, 'iam', false)
  if (parts) return withHint(base, value, parts)
  if (arn.resource === 'root') return allowRoot ? undefined : withHint(base, value)
  if (value.includes('*') || value.includes('?')) return withHint(base, value, 'wildcards are not allowed')
  const match = /^(role|user)\/(.+)$/.exec(arn.resource)
  if (!match || !IAM_PATH_NAME.test(match[2])) return withHint(base, value)
  return undefined
}

export const principalArnProblem = (value: string): string | undefined => iamPrincipalProblem(value, true)
export const roleOrUserArnProblem = (value: string): string | undefined => iamPrincipalProblem(value, false)

export function managedPolicyArnProblem(value: string): string | undefined {
  const base = 'not an IAM managed policy ARN'
  const arn = parseArn(value)
  if (!arn || arn.service !== 'iam') return withHint(base, value)
  if (arn.account === 'aws') return withHint(base, value, 'AWS managed policies cannot be replaced from the repository')
  const parts = arnPartsProblem(arn, 'iam', false)
  if (parts) return withHint(base, value, parts)
  const match = /^policy\/(.+)$/.exec(arn.resource)
  if (!match || !IAM_PATH_NAME.test(match[1])) return withHint(base, value)
  return undefined
}

export function actionProblem(value: string): string | undefined {
  if (ACTION.test(value)) return undefined
  const hint = value === '*' ? 'name the service, e.g. kms:*' : 'service:Action, wildcards * and ? allowed'
  return withHint('not an action', value, hint)
}

export function regionProblem(value: string): string | undefined {
  return REGION.test(value) ? undefined : withHint('not a region like us-east-1', value)
}

/** Workspace-relative file path; `..` may not climb out of the workspace. Existence is checked by the loader. */
export function relPathProblem(value: string, glob = false): string | undefined {
  if (value.trim() === '') return 'path is empty'
  if (value.includes('\0')) return `path ${q(value)} contains a NUL character`
  if (value.includes('\\')) return `path ${q(value)} uses "\\"; separate directories with "/"`
  if (value.startsWith('/') || /^[A-Za-z]:/.test(value))
    return `path ${q(value)} is absolute; paths must be relative to the workspace`
  const segments = value.split('/')
  if (glob && segments.includes('..')) return `path ${q(value)} may not contain ".."`
  let depth = 0
  for (const segment of segments) {
    if (segment === '..') depth -= 1
    else if (segment !== '.' && segment !== '') depth += 1
    if (depth < 0) return `path ${q(value)} is outside the workspace`
  }
  return undefined
}

/** A string checked by one of the `…Problem` functions, whose message becomes the issue. */
function checked(problem: (value: string) => string | undefined) {
  return z.string().superRefine((value, ctx) => {
    const message = problem(value)
    // Aborting keeps the cross-field checks below from running on values already found wrong.
    if (message) ctx.addIssue({ code: 'custom', message, input: value, continue: false })
  })
}

const keyRef = checked(keyRefProblem)
/** A config key may also name a key a template or plan creates: `cloudformation:LogicalId`, `terraform:ADDRESS`. */
const configKeyRef = checked(value => {
  const iac = iacKeyRef(value)
  if (!iac) return keyRefProblem(value)
  const ok = iac.source === 'cloudformation' ? LOGICAL_ID.test(iac.id) : TF_ADDRESS.test(iac.id)
  return ok
    ? undefined
    : withHint(
        `not a ${iac.source === 'cloudformation' ? 'CloudFormation logical id' : 'Terraform resource address'}`,
        iac.id
      )
})
const principalArn = checked(principalArnProblem)
const roleOrUserArn = checked(roleOrUserArnProblem)
const action = checked(actionProblem)
const filePath = checked(value => relPathProblem(value))
const globPath = checked(value => relPathProblem(value, true))
const nonEmpty = z.string().min(1, { error: 'must not be empty' })

/**
 * `accounts:` — another account whose keys and principals the gate reads by assuming a role there (STS AssumeRole
 * with the run's own credentials). The map key is the account id; the role must be a role of that account.
 */
const accountId = z.string().superRefine((value, ctx) => {
  if (!/^\d{12}$/.test(value))
    ctx.addIssue({
      code: 'custom',
      message: `an account id is 12 digits (got ${JSON.stringify(value)}; write it in quotes when it starts with 0)`,
      input: value
    })
})
const accountSchema = z.strictObject({
  role: checked(value =>
    /^arn:aws(?:-cn|-us-gov)?:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(value)
      ? undefined
      : withHint('must be the ARN of an IAM role (arn:aws:iam::ACCOUNT:role/NAME)', value)
  ),
  'external-id': z.string().min(2, { error: 'must be 2 to 1224 characters' }).max(1224).optional()
})

/** A section that may be written as one mapping or as a list of them. */
function oneOrMany<T extends z.ZodType>(item: T) {
  return z.preprocess(
    value => (value !== null && typeof value === 'object' && !Array.isArray(value) ? [value] : value),
    z.array(item)
  )
}

const rotationSchema = z.strictObject({
  principals: z.array(principalArn).default(() => []),
  actions: z
    .array(action)
    .min(1, { error: 'must name at least one action' })
    .default(() => [...DEFAULT_ROTATION_ACTIONS]),
  'require-enabled': z.boolean().default(true),
  'max-age-days': z
    .number({ error: 'must be a positive whole number of days' })
    .int({ error: 'must be a positive whole number of days' })
    .positive({ error: 'must be a positive whole number of days' })
    .optional()
})

const keySchema = z.strictObject({
  name: nonEmpty.optional(),
  key: configKeyRef,
  policy: filePath.optional(),
  rotation: rotationSchema.prefault({}),
  owners: z
    .array(principalArn)
    .min(1, { error: "must name at least one owner (leave it out for the key's account root)" })
    .optional(),
  'owner-actions': z
    .array(action)
    .min(1, { error: 'must name at least one action' })
    .default(() => [...DEFAULT_OWNER_ACTIONS])
})

const principalPolicySchema = z
  .strictObject({
    file: filePath,
    name: checked(value =>
      /^[\w+=,.@-]{1,128}$/.test(value) ? undefined : withHint('not an IAM policy name', value)
    ).optional(),
    managed: checked(managedPolicyArnProblem).optional()
  })
  .superRefine((entry, ctx) => {
    if ((entry.name === undefined) === (entry.managed === undefined)) {
      const message =
        entry.name === undefined
          ? 'needs "name" (the inline policy it creates or replaces) or "managed" (the managed policy ARN)'
          : 'give either "name" (an inline policy) or "managed" (a managed policy ARN), not both'
      ctx.addIssue({ code: 'custom', message, input: entry })
    }
  })

const principalSchema = z.strictObject({
  arn: roleOrUserArn,
  policies: z.array(principalPolicySchema).default(() => []),
  'permissions-boundary': filePath.optional()
})

/** Condition values may be written as scalars or lists; numbers and booleans are kept as written. */
const contextScalar = z
  .union([z.string(), z.number(), z.boolean()], { error: 'expected a string, number or boolean' })
  .transform(String)
const contextValues = z.preprocess(value => (Array.isArray(value) ? value : [value]), z.array(contextScalar))

const logicalId = checked(v => (LOGICAL_ID.test(v) ? undefined : withHint('not a CloudFormation logical id', v)))
const tfAddress = checked(v => (TF_ADDRESS.test(v) ? undefined : withHint('not a Terraform resource address', v)))
/**
 * Keys the gate takes from the principal and the key themselves (README, "Unknown condition values"). A config
 * value for them would not describe the request but replace who makes it: a pull request could settle a Deny on
 * aws:PrincipalArn in its own favour. They cannot be given.
 */
const IDENTITY_KEYS = new Set(
  [
    'aws:PrincipalArn',
    'aws:PrincipalAccount',
    'aws:PrincipalType',
    'aws:PrincipalOrgID',
    'aws:PrincipalIsAWSService',
    'aws:userid',
    'aws:username',
    'kms:CallerAccount',
    'aws:ResourceAccount',
    'aws:ResourceOrgID',
    'kms:KeySpec',
    'kms:CustomerMasterKeySpec',
    'kms:KeyUsage',
    'kms:CustomerMasterKeyUsage',
    'kms:KeyOrigin',
    'kms:MultiRegion',
    'kms:MultiRegionKeyType',
    'kms:ResourceAliases'
  ].map(k => k.toLowerCase())
)

const conditionKey = checked(v =>
  !CONDITION_KEY.test(v)
    ? withHint('not a condition key (service:Key)', v)
    : IDENTITY_KEYS.has(v.toLowerCase())
      ? `${v} is known from the principal or the key: it cannot be set in context`
      : undefined
)

const cloudFormationSchema = z.strictObject({
  template: globPath,
  stack: nonEmpty.optional(),
  keys: z.record(logicalId, keyRef).default(() => ({})),
  principals: z.record(logicalId, roleOrUserArn).default(() => ({}))
})

const terraformSchema = z.strictObject({
  plan: globPath,
  root: globPath.optional(),
  keys: z.record(tfAddress, keyRef).default(() => ({})),
  principals: z.record(tfAddress, roleOrUserArn).default(() => ({}))
})

/** Rules a finding can be suppressed for; a config error stops the run and cannot be ignored. */
const SUPPRESSIBLE_RULES = Object.values(RULES).filter(rule => rule !== RULES.configError)

/** `YYYY-MM-DD`, a real calendar date (YAML 1.2 reads it as a string; a YAML 1.1 timestamp is a Date). */
const isoDate = z.preprocess(
  value => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  checked(value => {
    const valid = /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
    return valid ? undefined : withHint('not a date like 2027-01-31', value)
  })
)

const ignoreSchema = z
  .strictObject({
    rule: z.enum(SUPPRESSIBLE_RULES, {
      error: issue => `not a rule id: ${q(String(issue.input))} (one of ${SUPPRESSIBLE_RULES.join(', ')})`
    }),
    key: nonEmpty.optional(),
    principal: nonEmpty.optional(),
    action: action.optional(),
    file: filePath.optional(),
    reason: z
      .string({ error: 'needs a reason: why this finding is accepted, and who accepted it' })
      .trim()
      .min(1, { error: 'needs a reason: why this finding is accepted, and who accepted it' }),
    expires: isoDate.optional()
  })
  .superRefine((entry, ctx) => {
    if (
      entry.key === undefined &&
      entry.principal === undefined &&
      entry.action === undefined &&
      entry.file === undefined
    ) {
      ctx.addIssue({
        code: 'custom',
        message: 'name what to ignore besides the rule: key, principal, action or file',
        input: entry
      })
    }
  })
/** The live run's deadline: at least 10 s (one slow answer), at most 6 hours (GitHub's job limit). */
export const MAX_TIMEOUT_SECONDS = 21_600
export function timeoutSecondsProblem(value: number): string | undefined {
  return Number.isInteger(value) && value >= 10 && value <= MAX_TIMEOUT_SECONDS
    ? undefined
    : `timeout-seconds must be a whole number of seconds from 10 to ${MAX_TIMEOUT_SECONDS} (got ${value})`
}
/** `--timeout-seconds` / input `timeout-seconds`: the same bounds as the config field; a bad value is a usage error. */
export function parseTimeout(value: string): number {
  const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN
  const problem = timeoutSecondsProblem(n)
  if (problem) throw new GateError(problem.replace('(got NaN)', `(got ${JSON.stringify(value)})`))
  return n
}
const timeoutSeconds = z.number().superRefine((value, ctx) => {
  const problem = timeoutSecondsProblem(value)
  if (problem) ctx.addIssue({ code: 'custom', message: problem })
})

/** The `context` section: principal ARN → condition key → values. */
export const contextSchema = z.record(principalArn, z.record(conditionKey, contextValues))

/** The config's fields, each checked on its own (configSchema adds the checks across fields). */
export const configFieldsSchema = z.strictObject({
  version: z.literal(1, {
    error: issue => (issue.input === undefined ? undefined : `must be 1 (got ${JSON.stringify(issue.input)})`)
  }),
  region: checked(regionProblem).optional(),
  'timeout-seconds': timeoutSeconds.optional(),
  keys: z.array(keySchema).default(() => []),
  principals: z.array(principalSchema).default(() => []),
  context: contextSchema.default(() => ({})),
  accounts: z.record(accountId, accountSchema).default(() => ({})),
  'horizon-days': z
    .number({ error: 'must be a whole number of days between 0 and 3650' })
    .int({ error: 'must be a whole number of days between 0 and 3650' })
    .min(0, { error: 'must be a whole number of days between 0 and 3650' })
    .max(3650, { error: 'must be a whole number of days between 0 and 3650' })
    .default(DEFAULT_HORIZON_DAYS),
  cloudformation: oneOrMany(cloudFormationSchema).default(() => []),
  terraform: oneOrMany(terraformSchema).default(() => []),
  ignore: z.array(ignoreSchema).default(() => [])
})

export const configSchema = configFieldsSchema.superRefine((config, ctx) => {
  for (const issue of configIssues(config, Object.keys(config.context))) ctx.addIssue({ code: 'custom', ...issue })
})

/**
 * The checks across fields of a config whose fields are valid. `contextArns`: the principals of `context` (the
 * loader holds them apart from the config, see ConditionContext).
 */
export function configIssues(config: ConfigFile, contextArns: Iterable<string>): PathIssue[] {
  const issues: PathIssue[] = []
  if (config.keys.length === 0 && config.cloudformation.length === 0 && config.terraform.length === 0) {
    issues.push({
      path: ['keys'],
      message: 'no keys to check: add a keys list (or a cloudformation or terraform section)',
      input: undefined
    })
  }
  config.keys.forEach((k, i) => {
    const iac = iacKeyRef(k.key)
    if (iac && config[iac.source].length === 0)
      issues.push({
        path: ['keys', i, 'key'],
        message: `names a ${iac.source} resource but the config has no ${iac.source} section`,
        input: k.key
      })
  })
  for (const [account, entry] of Object.entries(config.accounts)) {
    const roleAccount = accountOf(entry.role)
    if (/^\d{12}$/.test(account) && roleAccount !== account)
      issues.push({
        path: ['accounts', account, 'role'],
        message: `the role is in account ${roleAccount}, not ${account}: the gate reads each account through a role of its own`,
        input: entry.role
      })
  }
  // One by one: a context of tens of thousands of principals may give as many issues.
  for (const issue of duplicateIssues(config)) issues.push(issue)
  for (const issue of partitionIssues(config, contextArns)) issues.push(issue)
  return issues
}

/** The config as written in the file, after defaults and normalisation. */
export type ConfigFile = z.output<typeof configSchema>

type PathIssue = { path: (string | number)[]; message: string; input: unknown }

function renderPath(path: (string | number)[]): string {
  return path.map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? seg : `.${seg}`)).join('')
}

/** The same key or principal twice would double every finding, and two entries for one principal contradict each other. */
function duplicateIssues(config: ConfigFile): PathIssue[] {
  const issues: PathIssue[] = []
  const seen = (entries: { value: string; path: (string | number)[] }[], what: string): void => {
    const first = new Map<string, (string | number)[]>()
    for (const { value, path } of entries) {
      const earlier = first.get(value)
      if (earlier)
        issues.push({ path, message: `${what} ${q(value)} is already listed at ${renderPath(earlier)}`, input: value })
      else first.set(value, path)
    }
  }
  seen(
    config.keys.map((k, i) => ({ value: k.key, path: ['keys', i, 'key'] })),
    'key'
  )
  seen(
    config.principals.map((p, i) => ({ value: p.arn, path: ['principals', i, 'arn'] })),
    'principal'
  )
  return issues
}

/** One config describes one partition: an ARN from another would never match anything and hides a typo. */
function partitionIssues(config: ConfigFile, contextArns: Iterable<string>): PathIssue[] {
  type Entry = { arn: string; path: (string | number)[] }
  const keyArns: Entry[] = []
  // The principals of `context`, which may be tens of thousands, are looked at one by one, between these two.
  const otherArns: Entry[] = []
  const laterArns: Entry[] = []
  const partitionOf = (arn: string): string | undefined => {
    const partition = parseArn(arn)?.partition
    return partition && PARTITIONS.includes(partition) ? partition : undefined
  }
  const add = (list: Entry[], arn: string, path: (string | number)[]): void => {
    if (partitionOf(arn)) list.push({ arn, path })
  }
  config.keys.forEach((k, i) => {
    add(keyArns, k.key, ['keys', i, 'key'])
    k.rotation.principals.forEach((p, j) => add(otherArns, p, ['keys', i, 'rotation', 'principals', j]))
    k.owners?.forEach((p, j) => add(otherArns, p, ['keys', i, 'owners', j]))
  })
  config.principals.forEach((p, i) => {
    add(otherArns, p.arn, ['principals', i, 'arn'])
    p.policies.forEach(
      (policy, j) => policy.managed && add(otherArns, policy.managed, ['principals', i, 'policies', j, 'managed'])
    )
  })
  for (const [section, entries] of [
    ['cloudformation', config.cloudformation],
    ['terraform', config.terraform]
  ] as const) {
    entries.forEach((entry, i) => {
      for (const [id, ref] of Object.entries(entry.keys)) add(keyArns, ref, [section, i, 'keys', id])
      for (const [id, arn] of Object.entries(entry.principals)) add(laterArns, arn, [section, i, 'principals', id])
    })
  }
  const firstInContext = (): string | undefined => {
    for (const arn of contextArns) if (partitionOf(arn)) return arn
    return undefined
  }
  const referenceArn = keyArns[0]?.arn ?? otherArns[0]?.arn ?? firstInContext() ?? laterArns[0]?.arn
  if (referenceArn === undefined) return []
  const reference = partitionOf(referenceArn)
  const against = keyArns.length > 0 ? 'the keys are' : 'the other ARNs are'
  const issues: PathIssue[] = []
  const check = (arn: string, path: (string | number)[]): void => {
    const partition = partitionOf(arn)
    if (partition && partition !== reference)
      issues.push({ path, message: `ARN is in partition ${partition} but ${against} in ${reference}`, input: arn })
  }
  for (const e of [...keyArns, ...otherArns]) check(e.arn, e.path)
  for (const arn of contextArns) check(arn, ['context', arn])
  for (const e of laterArns) check(e.arn, e.path)
  return issues
}
