/**
 * ARNs: `arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE`, where the resource part may itself contain `:` (IAM User
 * Guide, reference-arns). One reader for every stage; parts may be empty (`arn:aws:iam::111122223333:root` has no
 * region, `arn:aws:s3:::bucket` no region and no account).
 */
export interface Arn {
  partition: string
  service: string
  region: string
  account: string
  resource: string
}

/** The parts of an ARN, or undefined for text that is not one (fewer than six parts, no `arn:` prefix). */
export function parseArn(text: string): Arn | undefined {
  const parts = arnParts(text)
  if (!parts) return undefined
  const [, partition, service, region, account, resource] = parts
  return { partition, service, region, account, resource }
}

/** The six parts of an ARN as a list (the matchers compare them part by part). */
export function arnParts(text: string): string[] | undefined {
  const parts = text.split(':')
  if (parts.length < 6 || parts[0] !== 'arn') return undefined
  return parts.length === 6 ? parts : [...parts.slice(0, 5), parts.slice(5).join(':')]
}

/** The account of an ARN; undefined when the text is not an ARN or names no account. */
export function accountOf(text: string): string | undefined {
  return parseArn(text)?.account || undefined
}

/** The region of an ARN; undefined when the text is not an ARN or names no region. */
export function regionOf(text: string): string | undefined {
  return parseArn(text)?.region || undefined
}

/**
 * A role or user ARN without its IAM path (`arn:aws:iam::ACCOUNT:role/service/x` → `…:role/x`): the same for every
 * path, since role and user names are unique in an account whatever the path (IAM User Guide, IAM identifiers).
 * Undefined for anything else.
 */
export function withoutIamPath(arn: string): string | undefined {
  const m = /^(arn:[^:]+:iam::\d{12}:(?:role|user))\/(?:.*\/)?([^/]+)$/.exec(arn)
  return m ? `${m[1]}/${m[2]}` : undefined
}
