import { GateError, NoCredentialsError } from '../../errors.js'

/** What was being asked when AWS failed: `kms:GetKeyPolicy` and the key, `iam:GetRole` and the role… */
export interface AwsCall {
  /** The IAM action of the request, e.g. `kms:GetKeyPolicy` (the API and the permission share a name). */
  api: string
  /** The resource ARN or reference, or `*` for account-wide list calls. */
  resource: string
}

const ACCESS_DENIED = new Set(['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation'])
const BAD_CREDENTIALS = new Set([
  'CredentialsProviderError',
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'ExpiredToken',
  'ExpiredTokenException',
  'InvalidSignatureException',
  'SignatureDoesNotMatch'
])
const MAX_DETAIL = 300

/** The error code of an SDK error (`NotFoundException`, `NoSuchEntity`, `TimeoutError`…). */
export function awsErrorName(error: unknown): string | undefined {
  if (error && typeof error === 'object') {
    const { name, Code, code } = error as { name?: unknown; Code?: unknown; code?: unknown }
    for (const candidate of [Code, name, code]) {
      if (typeof candidate === 'string' && candidate && candidate !== 'Error') return candidate
    }
  }
  return undefined
}

export function isAwsError(error: unknown, ...names: string[]): boolean {
  const name = awsErrorName(error)
  return name !== undefined && names.includes(name)
}

/**
 * One line a user can act on, e.g. `AWS kms:GetKeyPolicy on arn:…:key/… failed: AccessDeniedException —
 * the gate's role needs kms:GetKeyPolicy on that key`. Only the code, AWS's message and the attempt
 * count are kept: no request, headers or stack.
 */
export function awsError(error: unknown, call: AwsCall): GateError {
  if (error instanceof GateError) return error
  const name = awsErrorName(error) ?? 'Error'
  const where = `AWS ${call.api} on ${call.resource} failed: ${name}`
  if (ACCESS_DENIED.has(name)) {
    // KMS reads are authorized by the key policy first ("Required permissions: … (key policy)"): an IAM policy
    // helps only when the key policy delegates to the account.
    const keyPolicy = call.api.startsWith('kms:') && call.resource !== '*'
    return new GateError(
      `${where} — the gate's role needs ${call.api} ${scope(call.resource)}` +
        (keyPolicy
          ? ' (the key policy must allow it: name the role, or delegate to the account and grant it in IAM)'
          : '')
    )
  }
  if (BAD_CREDENTIALS.has(name)) {
    // The default chain found nothing at all: a distinct type, so that the action can fall back to a snapshot.
    const Type = name === 'CredentialsProviderError' ? NoCredentialsError : GateError
    return new Type(
      `${where} — no valid AWS credentials (${detail(error)}); configure them, e.g. with aws-actions/configure-aws-credentials`
    )
  }
  const attempts = (error as { $metadata?: { attempts?: number } } | undefined)?.$metadata?.attempts
  const tries = attempts && attempts > 1 ? ` after ${attempts} attempts` : ''
  const text = detail(error)
  return new GateError(`${where}${text ? `: ${text}` : ''}${tries}`)
}

function scope(resource: string): string {
  if (resource === '*') return 'on "*" (it cannot be scoped to a resource)'
  const kind = /^arn:[^:]+:kms:[^:]*:[^:]*:key\//.test(resource)
    ? 'key'
    : /^arn:[^:]+:kms:[^:]*:[^:]*:alias\/|^alias\//.test(resource)
      ? "alias's key"
      : (/^arn:[^:]+:iam::[^:]*:(role|user|group|policy)\//.exec(resource)?.[1] ?? 'resource')
  return `on that ${kind}`
}

/** AWS's own message, on one line, short and without anything that looks like a credential; never the stack. */
function detail(error: unknown): string {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : ''
  const line = redactCredentials(message.replace(/\s+/g, ' ').trim())
  if (line === 'UnknownError' || line === awsErrorName(error)) return ''
  return line.length > MAX_DETAIL ? `${line.slice(0, MAX_DETAIL)}…` : line
}

/**
 * Error text comes from the endpoint and is printed into CI logs: an endpoint (or a proxy) that echoes the
 * request must not leak the job's credentials. Access key ids have a 4-letter prefix (`AKIA` long-term,
 * `ASIA` temporary, IAM User Guide "Unique identifiers") and 16 more characters; secret keys are 40
 * base64 characters; session tokens are long base64 strings. Anything with that shape is replaced.
 */
export function redactCredentials(text: string): string {
  return text
    .replace(
      /((?:x-amz-security-token|security-?token|session-?token|secret-?access-?key|signature)["']?\s*[=:]\s*["']?)[^\s"',;&]+/gi,
      '$1[redacted]'
    )
    .replace(/\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{12,}\b/g, '[redacted]')
    .replace(/[A-Za-z0-9+/=]{60,}/g, '[redacted]')
    .replace(/(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{40}(?![A-Za-z0-9+/=])/g, m =>
      /[0-9]/.test(m) && /[A-Z]/.test(m) && /[a-z]/.test(m) ? '[redacted]' : m
    )
}
