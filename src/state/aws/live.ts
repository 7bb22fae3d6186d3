import type { KMSClient } from '@aws-sdk/client-kms'
import { assumeRoleCredentials, type AssumedRole } from './assume.js'
import { createAwsClients, type AwsClientOptions, type AwsClients } from './clients.js'
import { CallGate } from './limit.js'
import { sdkOrganizations } from './organizations.js'
import { AwsStateProvider } from './provider.js'
import { AwsIdentityOracle } from './simulator.js'

export interface LiveOptions {
  /** The run's deadline for all AWS work (input `timeout-seconds`). */
  timeoutSeconds?: number
  /** Other accounts to read, by account id: the role to assume there (config `accounts:`). */
  accounts?: Record<string, AssumedRole>
  /** Client settings for every client (tests: a local endpoint, static credentials, quick retries). */
  client?: Omit<AwsClientOptions, 'region'>
  /** Clock for the state's `capturedAt`. */
  now?: () => Date
}

/** The run's deadline when neither the input nor the config sets one. */
export const DEFAULT_TIMEOUT_SECONDS = 300

/**
 * The live-mode parts, built once at the edge with the default credential chain; one call gate for all. KMS is
 * regional, so keys of other regions get a client of their own, made when first needed (same options).
 */
export function createLive(
  region: string,
  options: LiveOptions = {},
  env: NodeJS.ProcessEnv = process.env
): {
  provider: AwsStateProvider
  identity: AwsIdentityOracle
  close: () => void
} {
  // The SDK warns on every Node 20 run; the gate supports Node 20, so the warning is noise in CI logs.
  env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'
  const clients = createAwsClients({ ...options.client, region })
  const gate = new CallGate(8, { deadlineSeconds: options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS })
  // Clients by account ('' for the run's own credentials) and region, made when first needed.
  const made = new Map<string, AwsClients>([[` ${region}`, clients]])
  const credentials = new Map(
    Object.entries(options.accounts ?? {}).map(([account, target]) => [
      account,
      assumeRoleCredentials(clients.sts, target, gate)
    ])
  )
  const clientsFor = (account: string, r: string): AwsClients => {
    let c = made.get(`${account} ${r}`)
    if (!c) {
      const assumed = credentials.get(account)
      made.set(
        `${account} ${r}`,
        (c = createAwsClients({ ...options.client, region: r, ...(assumed ? { credentials: assumed } : {}) }))
      )
    }
    return c
  }
  const kmsFor = (r: string): KMSClient => clientsFor('', r).kms
  // Each other account is read by a provider of its own, with that account's credentials; the account's
  // organization policies are not read (the report says so), its simulator is asked about its principals.
  const others = new Map(
    [...credentials.keys()].map(account => [
      account,
      new AwsStateProvider({
        kms: clientsFor(account, region).kms,
        iam: clientsFor(account, region).iam,
        region,
        gate: gate.scoped(account),
        readAliases: true,
        kmsFor: r => clientsFor(account, r).kms,
        ...(options.now ? { now: options.now } : {})
      })
    ])
  )
  return {
    provider: new AwsStateProvider({
      kms: clients.kms,
      iam: clients.iam,
      region,
      gate,
      readAliases: true,
      kmsFor,
      // The organization's id, SCPs and RCPs; a role that may not read them gets a notice, not a failure.
      organizations: sdkOrganizations(clients.organizations),
      cloudformation: clients.cloudformation,
      accounts: others,
      ...(options.now ? { now: options.now } : {})
    }),
    identity: new AwsIdentityOracle({
      iam: clients.iam,
      gate,
      iamFor: account => (credentials.has(account) ? clientsFor(account, region).iam : undefined)
    }),
    close: () => {
      for (const c of made.values()) c.destroy()
    }
  }
}
