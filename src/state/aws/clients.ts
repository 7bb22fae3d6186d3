import { CloudFormationClient } from '@aws-sdk/client-cloudformation'
import { IAMClient } from '@aws-sdk/client-iam'
import { KMSClient, type KMSClientConfig } from '@aws-sdk/client-kms'
import { OrganizationsClient } from '@aws-sdk/client-organizations'
import { STSClient } from '@aws-sdk/client-sts'
import { TOOL_NAME, TOOL_VERSION } from '../../constants.js'
import { proxyAgentsFor, serviceUrl } from '../../proxy.js'

export interface AwsClients {
  kms: KMSClient
  iam: IAMClient
  /**
   * Organizations is global: the SDK's endpoint ruleset (client-organizations 3.1169.0) sends every region of a
   * partition to one endpoint and signs for its region: us-east-1 and eu-west-1 →
   * organizations.us-east-1.amazonaws.com; us-gov-west-1 and us-gov-east-1 → organizations.us-gov-west-1.amazonaws.com;
   * cn-north-1 and cn-northwest-1 → organizations.cn-northwest-1.amazonaws.com.cn.
   */
  organizations: OrganizationsClient
  /** Assumes the roles of other accounts (config `accounts:`), with this client's credentials. */
  sts: STSClient
  /** Reads the deployed templates of the stacks the config names (`stack:`): what an update deletes. */
  cloudformation: CloudFormationClient
  /** Closes the clients' sockets. */
  destroy(): void
}

export interface AwsClientOptions {
  region: string
  /** Sent as the custom user agent; default `kms-policy-gate/<version>`. */
  userAgent?: string
  /**
   * One endpoint for every service (tests). Without it the SDK reads `AWS_ENDPOINT_URL_KMS`,
   * `AWS_ENDPOINT_URL_IAM`, `AWS_ENDPOINT_URL_ORGANIZATIONS`, `AWS_ENDPOINT_URL_STS`, `AWS_ENDPOINT_URL_CLOUDFORMATION` and `AWS_ENDPOINT_URL` itself, then the normal AWS
   * endpoints.
   */
  endpoint?: string
  /** Static credentials (tests); default: the SDK's default credential chain. */
  credentials?: KMSClientConfig['credentials']
  /** Attempts per request including the first; default 6. */
  maxAttempts?: number
  /** Per-attempt limit for a whole request, default 15 s; the connection itself gets 5 s. */
  requestTimeoutMs?: number
  /** Longest silence on the socket while an answer arrives, default 20 s. */
  socketTimeoutMs?: number
  /** Replaces the adaptive retry strategy (tests use short delays). */
  retryStrategy?: KMSClientConfig['retryStrategy']
  /** Environment for the proxy decision (default process.env). */
  env?: NodeJS.ProcessEnv
}

const DEFAULT_MAX_ATTEMPTS = 6
const DEFAULT_REQUEST_TIMEOUT_MS = 15_000
const CONNECTION_TIMEOUT_MS = 5_000
/**
 * `requestTimeout` ends when the response headers arrive; after that only socket inactivity bounds the body
 * (300 s by default in @smithy/node-http-handler). 20 s of silence mid-answer is a failed attempt.
 */
const SOCKET_TIMEOUT_MS = 20_000

/**
 * Builds the KMS, IAM and Organizations clients once, at the edge, to be injected into the provider and the
 * oracle. Adaptive retries back off on the account-wide IAM throttling that a gate run can hit.
 */
export function createAwsClients(options: AwsClientOptions): AwsClients {
  const config = {
    region: options.region,
    customUserAgent: options.userAgent ?? `${TOOL_NAME}/${TOOL_VERSION}`,
    retryMode: 'adaptive',
    maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    requestHandler: {
      requestTimeout: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      // Without this the handler only logs a warning when requestTimeout passes.
      throwOnRequestTimeout: true,
      connectionTimeout: CONNECTION_TIMEOUT_MS,
      socketTimeout: options.socketTimeoutMs ?? SOCKET_TIMEOUT_MS
    },
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
    ...(options.retryStrategy ? { retryStrategy: options.retryStrategy } : {})
  } satisfies KMSClientConfig
  // HTTPS_PROXY / NO_PROXY, decided per service endpoint.
  const withProxy = (service: 'kms' | 'iam' | 'organizations' | 'sts' | 'cloudformation') => ({
    ...config,
    requestHandler: {
      ...config.requestHandler,
      ...proxyAgentsFor(serviceUrl(service, options.region, options.endpoint, options.env))
    }
  })
  const kms = new KMSClient(withProxy('kms'))
  const iam = new IAMClient(withProxy('iam'))
  const organizations = new OrganizationsClient(withProxy('organizations'))
  const sts = new STSClient(withProxy('sts'))
  const cloudformation = new CloudFormationClient(withProxy('cloudformation'))
  return {
    kms,
    iam,
    organizations,
    sts,
    cloudformation,
    destroy: () => {
      cloudformation.destroy()
      kms.destroy()
      iam.destroy()
      organizations.destroy()
      sts.destroy()
    }
  }
}
