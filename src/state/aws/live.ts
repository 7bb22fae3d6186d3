import type { KMSClient } from '@aws-sdk/client-kms'
import { createAwsClients, type AwsClients } from './clients.js'
import { CallGate } from './limit.js'
import { sdkOrganizations } from './organizations.js'
import { AwsStateProvider } from './provider.js'
import { AwsIdentityOracle } from './simulator.js'

export interface LiveOptions {
  /** The run's deadline for all AWS work (input `timeout-seconds`). */
  timeoutSeconds?: number
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
  gate: CallGate
  close: () => void
} {
  // The SDK warns on every Node 20 run; the gate supports Node 20, so the warning is noise in CI logs.
  env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'
  const clients = createAwsClients({ region })
  const regional = new Map<string, AwsClients>()
  const kmsFor = (r: string): KMSClient => {
    let other = regional.get(r)
    if (!other) regional.set(r, (other = createAwsClients({ region: r })))
    return other.kms
  }
  const gate = new CallGate(8, { deadlineSeconds: options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS })
  return {
    provider: new AwsStateProvider({
      kms: clients.kms,
      iam: clients.iam,
      region,
      gate,
      readAliases: true,
      kmsFor,
      // The organization's id, SCPs and RCPs; a role that may not read them gets a notice, not a failure.
      organizations: sdkOrganizations(clients.organizations)
    }),
    identity: new AwsIdentityOracle({ iam: clients.iam, gate }),
    gate,
    close: () => {
      clients.destroy()
      for (const other of regional.values()) other.destroy()
    }
  }
}
