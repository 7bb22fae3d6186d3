/**
 * Proxies for the AWS SDK. The SDK v3 does not read HTTPS_PROXY/NO_PROXY itself; `@actions/http-client`
 * reads them as the runner documents them (`https_proxy`, `HTTPS_PROXY`, `http_proxy`, `HTTP_PROXY`,
 * `no_proxy`/`NO_PROXY`, loopback never proxied) and builds a CONNECT tunnel agent, which the SDK's
 * NodeHttpHandler takes as `httpAgent`/`httpsAgent`. GitHub calls go through `@actions/github`, which does
 * the same for its own requests.
 */
import type { Agent } from 'node:http'
import { HttpClient, getProxyUrl } from '@actions/http-client'

export interface ProxyAgents {
  httpAgent?: Agent
  httpsAgent?: Agent
}

/** Agents that tunnel to `url` through the configured proxy, or nothing when no proxy applies to it. */
export function proxyAgentsFor(url: string): ProxyAgents {
  if (!getProxyUrl(url)) return {}
  const agent = new HttpClient('kms-policy-gate').getAgent(url)
  // The tunnel agent is not an http.Agent subclass; the SDK's handler only takes an agent object as is when
  // it has `destroy` (else it reads it as agent options and connects directly, bypassing the proxy).
  if (typeof (agent as { destroy?: unknown }).destroy !== 'function') {
    Object.assign(agent, { destroy: () => undefined })
  }
  return url.startsWith('https:') ? { httpsAgent: agent } : { httpAgent: agent }
}

/** The DNS suffix of a region's AWS endpoints (China regions use amazonaws.com.cn). */
function dnsSuffix(region: string): string {
  return region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'
}

/**
 * Where the SDK will send a service's requests, for the proxy decision only: an explicit endpoint, then
 * `AWS_ENDPOINT_URL_<SERVICE>` and `AWS_ENDPOINT_URL` (as the SDK reads them), else the public endpoint.
 * IAM is global: `iam.amazonaws.com` (docs.aws.amazon.com/general/latest/gr/iam-service.html). Organizations is
 * global too, one endpoint per partition as the SDK's ruleset resolves it (see src/state/aws/clients.ts;
 * docs.aws.amazon.com/general/latest/gr/ao.html).
 */
export function serviceUrl(
  service: 'kms' | 'iam' | 'organizations' | 'sts' | 'cloudformation',
  region: string,
  endpoint: string | undefined,
  env: NodeJS.ProcessEnv = process.env
): string {
  const fromEnv = env[`AWS_ENDPOINT_URL_${service.toUpperCase()}`] || env.AWS_ENDPOINT_URL
  if (endpoint || fromEnv) return (endpoint || fromEnv) as string
  if (service === 'kms' || service === 'cloudformation') return `https://${service}.${region}.${dnsSuffix(region)}`
  // STS: the SDK's default since v3 is the regional endpoint.
  if (service === 'sts') return `https://sts.${region}.${dnsSuffix(region)}`
  if (service === 'organizations') {
    if (region.startsWith('cn-')) return 'https://organizations.cn-northwest-1.amazonaws.com.cn'
    if (region.startsWith('us-gov-')) return 'https://organizations.us-gov-west-1.amazonaws.com'
    return 'https://organizations.us-east-1.amazonaws.com'
  }
  if (region.startsWith('cn-')) return `https://iam.${region}.amazonaws.com.cn`
  if (region.startsWith('us-gov-')) return 'https://iam.us-gov.amazonaws.com'
  return 'https://iam.amazonaws.com'
}
