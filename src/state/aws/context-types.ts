import type { ContextKeyTypeEnum } from '@aws-sdk/client-iam'

type Base = 'string' | 'boolean' | 'numeric' | 'date' | 'ip' | 'binary'

/**
 * The documented type of each condition key the gate may send (IAM User Guide,
 * reference_policies_condition-keys; KMS Developer Guide, conditions-kms), and whether it is multivalued
 * ("ArrayOf…": sent as a list even with one value). The type is never guessed from a value: `"0042"` as a
 * principal tag is a String, not a number. Keys not listed here (tags, encryption context, service keys
 * without a documented type) are single-valued Strings.
 */
const TYPES: Record<string, { type: Base; multi?: true }> = {
  'aws:calledvia': { type: 'string', multi: true },
  'aws:calledviafirst': { type: 'string' },
  'aws:calledvialast': { type: 'string' },
  'aws:currenttime': { type: 'date' },
  'aws:epochtime': { type: 'numeric' },
  'aws:multifactorauthage': { type: 'numeric' },
  'aws:multifactorauthpresent': { type: 'boolean' },
  'aws:principalisawsservice': { type: 'boolean' },
  'aws:principalorgpaths': { type: 'string', multi: true },
  'aws:principalservicenameslist': { type: 'string', multi: true },
  'aws:securetransport': { type: 'boolean' },
  'aws:sourceip': { type: 'ip' },
  'aws:tagkeys': { type: 'string', multi: true },
  'aws:tokenissuetime': { type: 'date' },
  'aws:viaawsservice': { type: 'boolean' },
  'aws:vpcsourceip': { type: 'ip' },
  'kms:bypasspolicylockoutsafetycheck': { type: 'boolean' },
  'kms:encryptioncontextkeys': { type: 'string', multi: true },
  'kms:grantisforawsresource': { type: 'boolean' },
  'kms:grantoperations': { type: 'string', multi: true },
  'kms:multiregion': { type: 'boolean' },
  'kms:reencryptonsamekey': { type: 'boolean' },
  'kms:resourcealiases': { type: 'string', multi: true },
  'kms:rotationperiodindays': { type: 'numeric' },
  'kms:validto': { type: 'date' }
}

/** Whether a key takes several values in one request (an ArrayOf… key). */
export function isMultivalued(name: string): boolean {
  return TYPES[name.toLowerCase()]?.multi === true
}

/** The `ContextKeyType` of a key: its documented type, in the list form for a multivalued key. */
export function contextKeyType(name: string): ContextKeyTypeEnum {
  const known = TYPES[name.toLowerCase()]
  const base = known?.type ?? 'string'
  return (known?.multi ? `${base}List` : base) as ContextKeyTypeEnum
}
