import { createAwsClients } from './clients.js'
import { CallGate } from './limit.js'
import { AwsStateProvider } from './provider.js'
import { AwsIdentityOracle } from './simulator.js'

/** The live-mode parts, built once at the edge with the default credential chain; one call gate for both. */
export function createLive(
  region: string,
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
  const gate = new CallGate(8)
  return {
    provider: new AwsStateProvider({ kms: clients.kms, iam: clients.iam, region, gate, readAliases: true }),
    identity: new AwsIdentityOracle({ iam: clients.iam, gate }),
    gate,
    close: () => clients.destroy()
  }
}
