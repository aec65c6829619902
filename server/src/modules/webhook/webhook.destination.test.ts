import https from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebhookReceiver, type WebhookReceiver } from '../../../test/webhook-receiver.js';
import { WebhookDestinationRefused, WebhookDestinations } from './webhook.destination.js';
import { postEvent } from './webhook.sender.js';

const PUBLIC = '93.184.216.34';
const NOT_PUBLIC = 'The webhook URL is not at a public address.';

/** A resolver answering from a table; a name not in it does not resolve. */
function dnsOf(table: Record<string, string[]>) {
  return async (name: string) => {
    const addresses = table[name];
    if (!addresses) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}

describe('webhook address guard', () => {
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    receiver = await startWebhookReceiver();
  });
  afterAll(() => receiver.stop());

  it('without WEBHOOK_ALLOWED_HOSTS refuses private, loopback, link-local and metadata addresses, and names resolving to them', async () => {
    // The system's own resolver: localhost is 127.0.0.1 (and ::1) here.
    const real = new WebhookDestinations({ webhookAllowedHosts: [] });
    for (const url of [
      'https://10.0.0.1/hook',
      'https://127.0.0.1/hook',
      'https://[::1]/hook',
      'https://169.254.169.254/latest/meta-data/',
      'https://[fd00:ec2::254]/',
      'https://192.168.1.10:8443/hook',
      'https://localhost/hook',
      'https://0177.0.0.1/hook',
    ]) {
      await expect(real.vet(url, 2000), url).rejects.toThrow(NOT_PUBLIC);
    }
    const fake = new WebhookDestinations(
      { webhookAllowedHosts: [] },
      dnsOf({
        'hooks.example.com': [PUBLIC],
        'internal.example.com': ['127.0.0.1'],
        'mixed.example.com': [PUBLIC, '10.1.2.3'],
      }),
    );
    expect((await fake.vet('https://hooks.example.com/in', 1000)).href).toBe(
      'https://hooks.example.com/in',
    );
    for (const url of [
      'https://internal.example.com/',
      'https://mixed.example.com/',
      // Not resolving reads the same as private: the answer does not tell which names exist.
      'https://unknown.example.com/',
    ])
      await expect(fake.vet(url, 1000), url).rejects.toThrow(NOT_PUBLIC);
    await expect(fake.vet(`https://${PUBLIC}/`, 1000)).resolves.toBeInstanceOf(URL);
    await expect(fake.vet('http://hooks.example.com/', 1000)).rejects.toThrow(
      'url must use https.',
    );
  });

  it('lets the hosts of WEBHOOK_ALLOWED_HOSTS through, on their port, over http too', async () => {
    const allowed = new WebhookDestinations({
      webhookAllowedHosts: [{ host: 'localhost' }, { host: '127.0.0.1', port: 8080 }],
    });
    await expect(allowed.vet('http://localhost:3000/hook', 1000)).resolves.toBeInstanceOf(URL);
    await expect(allowed.vet('http://127.0.0.1:8080/hook', 1000)).resolves.toBeInstanceOf(URL);
    await expect(allowed.vet('http://127.0.0.1:8081/hook', 1000)).rejects.toThrow(
      'url must use https.',
    );
    await expect(allowed.vet('https://127.0.0.1:8081/hook', 1000)).rejects.toThrow(NOT_PUBLIC);
  });

  it('checks again at delivery and connects to the address it checked: a name rebound to 127.0.0.1 reaches nothing', async () => {
    let answers = 0;
    // Public when the webhook is created, loopback a moment later (DNS rebinding).
    const destinations = new WebhookDestinations({ webhookAllowedHosts: [] }, async () =>
      answers++ === 0 ? [{ address: PUBLIC, family: 4 }] : [{ address: '127.0.0.1', family: 4 }],
    );
    const port = new URL(receiver.url).port;
    const url = await destinations.vet(`https://rebound.example.com:${port}/hooks`, 1000);
    const agent = new https.Agent();
    const outcome = await postEvent(
      url,
      '{}',
      {},
      {
        timeoutMs: 2000,
        lookup: destinations.connectionLookup(url, Date.now() + 2000),
        agent,
      },
    );
    agent.destroy();
    expect(outcome).toEqual({ ok: false, status: null, error: 'The address is not public.' });
    expect(receiver.received).toEqual([]);
    // A private IP literal never gets as far as a lookup.
    expect(() =>
      destinations.connectionLookup(new URL('https://10.0.0.1/'), Date.now() + 1000),
    ).toThrow(WebhookDestinationRefused);
  });
});
