/**
 * HTTPS_PROXY/HTTP_PROXY and NO_PROXY for the AWS clients: a local CONNECT proxy in front of the fake AWS
 * endpoint. The endpoint's host name is not loopback (loopback is never proxied) and is never resolved by
 * the client: the proxy maps it to 127.0.0.1.
 */
import http from 'node:http'
import net from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from '@jest/globals'
import { DescribeKeyCommand } from '@aws-sdk/client-kms'
import { createAwsClients } from '../src/state/aws/clients.js'
import { proxyAgentsFor, serviceUrl } from '../src/proxy.js'
import { startFakeAws } from './helpers/fake-aws.js'

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
const saved = { ...process.env }
afterEach(() => {
  process.env = { ...saved }
})

function clearProxyEnv(): void {
  for (const name of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'])
    delete process.env[name]
}

async function startConnectProxy(): Promise<{ url: string; tunnels: string[]; close: () => Promise<void> }> {
  const tunnels: string[] = []
  const server = http.createServer((_req, res) => res.writeHead(405).end())
  server.on('connect', (req, client: net.Socket, head: Buffer) => {
    tunnels.push(req.url ?? '')
    const port = Number((req.url ?? '').split(':')[1])
    const upstream = net.connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    tunnels,
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

describe('AWS calls through a proxy', () => {
  it('tunnels KMS requests through HTTP_PROXY', async () => {
    clearProxyEnv()
    const fake = await startFakeAws({
      keys: [{ arn: KEY, policy: { Version: '2012-10-17', Statement: [] } }],
      roles: [],
      users: [],
      policies: {}
    })
    const proxy = await startConnectProxy()
    const port = new URL(fake.url).port
    process.env.HTTP_PROXY = proxy.url
    const clients = createAwsClients({
      region: 'us-east-1',
      endpoint: `http://kms.test.invalid:${port}`,
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
      maxAttempts: 1
    })
    try {
      const out = await clients.kms.send(new DescribeKeyCommand({ KeyId: KEY }))
      expect(out.KeyMetadata?.Arn).toBe(KEY)
      expect(proxy.tunnels).toEqual([`kms.test.invalid:${port}`])
      expect(fake.calls.map(c => c.api)).toEqual(['kms:DescribeKey'])
    } finally {
      clients.destroy()
      await proxy.close()
      await fake.close()
    }
  })
})

describe('proxyAgentsFor', () => {
  it('gives a tunnel agent for the scheme when a proxy applies', () => {
    clearProxyEnv()
    process.env.HTTPS_PROXY = 'http://proxy.corp.example:3128'
    expect(Object.keys(proxyAgentsFor('https://kms.us-east-1.amazonaws.com'))).toEqual(['httpsAgent'])
  })
  it('gives nothing without a proxy, for NO_PROXY hosts and for loopback', () => {
    clearProxyEnv()
    expect(proxyAgentsFor('https://kms.us-east-1.amazonaws.com')).toEqual({})
    process.env.HTTPS_PROXY = 'http://proxy.corp.example:3128'
    process.env.NO_PROXY = '.amazonaws.com'
    expect(proxyAgentsFor('https://kms.us-east-1.amazonaws.com')).toEqual({})
    expect(proxyAgentsFor('https://127.0.0.1:4566')).toEqual({})
  })
})

describe('serviceUrl', () => {
  it('follows explicit endpoints, the SDK variables, then the public endpoints', () => {
    expect(serviceUrl('kms', 'us-east-1', undefined, {})).toBe('https://kms.us-east-1.amazonaws.com')
    expect(serviceUrl('kms', 'cn-north-1', undefined, {})).toBe('https://kms.cn-north-1.amazonaws.com.cn')
    expect(serviceUrl('iam', 'eu-west-1', undefined, {})).toBe('https://iam.amazonaws.com')
    expect(serviceUrl('iam', 'us-gov-west-1', undefined, {})).toBe('https://iam.us-gov.amazonaws.com')
    expect(serviceUrl('iam', 'us-east-1', undefined, { AWS_ENDPOINT_URL_IAM: 'http://x:1' })).toBe('http://x:1')
    expect(serviceUrl('organizations', 'eu-west-1', undefined, {})).toBe(
      'https://organizations.us-east-1.amazonaws.com'
    )
    expect(serviceUrl('organizations', 'eu-west-1', undefined, { AWS_ENDPOINT_URL_ORGANIZATIONS: 'http://o:3' })).toBe(
      'http://o:3'
    )
    expect(serviceUrl('kms', 'us-east-1', 'http://e:2', { AWS_ENDPOINT_URL: 'http://x:1' })).toBe('http://e:2')
  })
})
