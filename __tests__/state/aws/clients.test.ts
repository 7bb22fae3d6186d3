import { createAwsClients } from '../../../src/state/aws/clients.js'
import { serviceUrl } from '../../../src/proxy.js'

describe('createAwsClients', () => {
  // The request timeout is proven on the wire (wire.test.ts: a slow answer fails the run).
  it('builds adaptive, bounded, identified clients', async () => {
    const clients = createAwsClients({ region: 'eu-west-1' })
    try {
      for (const client of [clients.kms, clients.iam, clients.organizations, clients.sts]) {
        expect(client.config.customUserAgent).toEqual([['kms-policy-gate/1.0.0']])
        expect(await client.config.maxAttempts()).toBe(6)
        expect(((await client.config.retryStrategy()) as { mode?: string }).mode).toBe('adaptive')
        expect(await client.config.region()).toBe('eu-west-1')
      }
    } finally {
      clients.destroy()
    }
  })

  // Organizations is global: every region of a partition resolves to that partition's one endpoint.
  it.each([
    ['us-east-1', 'https://organizations.us-east-1.amazonaws.com/', 'us-east-1'],
    ['eu-west-1', 'https://organizations.us-east-1.amazonaws.com/', 'us-east-1'],
    ['us-gov-west-1', 'https://organizations.us-gov-west-1.amazonaws.com/', 'us-gov-west-1'],
    ['us-gov-east-1', 'https://organizations.us-gov-west-1.amazonaws.com/', 'us-gov-west-1'],
    ['cn-north-1', 'https://organizations.cn-northwest-1.amazonaws.com.cn/', 'cn-northwest-1']
  ])('resolves the Organizations endpoint of %s to %s', (region, url, signing) => {
    const clients = createAwsClients({ region })
    try {
      const ep = clients.organizations.config.endpointProvider({ Region: region, UseFIPS: false, UseDualStack: false })
      expect(ep.url.href).toBe(url)
      expect(ep.properties?.authSchemes).toEqual([expect.objectContaining({ signingRegion: signing })])
      // The proxy decision looks at the same host.
      expect(serviceUrl('organizations', region, undefined, {}) + '/').toBe(url)
    } finally {
      clients.destroy()
    }
  })
})
