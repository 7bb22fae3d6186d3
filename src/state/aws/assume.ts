import { AssumeRoleCommand, type STSClient } from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types'
import { TOOL_NAME } from '../../constants.js'
import { awsError } from './errors.js'
import type { CallGate } from './limit.js'
import { malformed, optDate, reqString } from './shape.js'

export interface AssumedRole {
  role: string
  externalId?: string
}

/** Credentials are renewed this long before they expire (the SDK's clients sign with whatever they are given). */
const RENEW_BEFORE_MS = 5 * 60_000

/**
 * The credentials of another account's role, obtained with `sts:AssumeRole` from the run's own credentials (the
 * SDK's default chain) the first time a client of that account signs a request, and again shortly before they
 * expire. The request goes through the run's call gate (counted, bounded by the deadline); a refusal ends the run
 * naming `sts:AssumeRole` and the role, as any other AWS failure.
 */
export function assumeRoleCredentials(
  sts: STSClient,
  target: AssumedRole,
  gate: CallGate,
  now: () => number = Date.now
): AwsCredentialIdentityProvider {
  let current: Promise<AwsCredentialIdentity> | undefined
  let expiresAt = 0
  let round = 0
  const call = { api: 'sts:AssumeRole', resource: target.role }
  const fetch = async (): Promise<AwsCredentialIdentity> => {
    const command = new AssumeRoleCommand({
      RoleArn: target.role,
      RoleSessionName: TOOL_NAME,
      ...(target.externalId !== undefined ? { ExternalId: target.externalId } : {})
    })
    // `round` makes a renewal a new request for the gate, which otherwise answers a repeated request from memory.
    const out = await gate
      .call(call.api, { ...command.input, round }, () => sts.send(command))
      .catch((error: unknown) => {
        throw awsError(error, call)
      })
    const c = out.Credentials
    if (!c || typeof c !== 'object') throw malformed(call, 'no Credentials')
    const expiration = optDate(call, c.Expiration, 'Credentials.Expiration')
    expiresAt = expiration ? expiration.getTime() : Number.POSITIVE_INFINITY
    return {
      accessKeyId: reqString(call, c.AccessKeyId, 'Credentials.AccessKeyId'),
      secretAccessKey: reqString(call, c.SecretAccessKey, 'Credentials.SecretAccessKey'),
      sessionToken: reqString(call, c.SessionToken, 'Credentials.SessionToken'),
      ...(expiration ? { expiration } : {})
    }
  }
  return () => {
    if (!current || expiresAt - now() < RENEW_BEFORE_MS) {
      if (current) round++
      // Until the answer arrives, every request of the account waits for this one.
      expiresAt = Number.POSITIVE_INFINITY
      current = fetch()
      // A failed attempt is not kept: the next request of that account asks again (and fails the same way).
      current.catch(() => {
        current = undefined
        expiresAt = 0
      })
    }
    return current
  }
}
