import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublicAddress } from '../../core/address-guard.js';
import { SmtpDestinationRefused, SmtpDestinations } from './smtp-destination.js';

const closedConfig = {
  smtpAllowedHosts: [],
  smtpAllowedPorts: [25, 465, 587, 2525],
  devSmtpPort: 0,
  demoData: false,
  env: 'test' as const,
};

describe('SMTP destinations', () => {
  it('takes only public unicast addresses', () => {
    const refused = [
      '127.0.0.1',
      '127.8.9.10',
      '10.20.30.40',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.100.100.200',
      '0.0.0.0',
      '224.0.0.251',
      '255.255.255.255',
      '::',
      '::1',
      '::ffff:127.0.0.1',
      '::ffff:a9fe:a9fe',
      '64:ff9b::7f00:1',
      '64:ff9b::10.0.0.1',
      'fd00:ec2::254',
      'fe80::1%eth0',
      'ff02::1',
      '2002:7f00:1::1',
      'not an address',
    ];
    for (const address of refused) expect(isPublicAddress(address), address).toBe(false);
    for (const address of [
      '8.8.8.8',
      '193.0.6.139',
      '::ffff:8.8.8.8',
      '64:ff9b::808:808',
      '2a00:1450:4001:80b::200e',
    ])
      expect(isPublicAddress(address), address).toBe(true);
  });

  it('refuses at saving: ports not for mail, private literals, names that resolve to private addresses or not at all', async () => {
    const lookups: Record<string, string[]> = {
      'mail.example.test': ['8.8.8.8'],
      'rebind.example.test': ['8.8.8.8', '10.0.0.5'],
    };
    const destinations = new SmtpDestinations(closedConfig, async (name) => {
      const addresses = lookups[name];
      if (addresses) return addresses.map((address) => ({ address, family: net.isIP(address) }));
      throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
    });
    const refusal = (host: string, port: number) =>
      destinations.vet(host, port, 1000).then(
        () => 'ok',
        (error: SmtpDestinationRefused) => error.refusal,
      );
    expect(await refusal('mail.example.test', 587)).toBe('ok');
    expect(await refusal('8.8.8.8', 25)).toBe('ok');
    expect(await refusal('8.8.8.8', 5432)).toBe('port');
    expect(await refusal('127.0.0.1', 25)).toBe('address');
    expect(await refusal('[::1]', 25)).toBe('address');
    expect(await refusal('169.254.169.254', 25)).toBe('address');
    expect(await refusal('rebind.example.test', 25)).toBe('address');
    expect(await refusal('missing.example.test', 25)).toBe('address');
  });

  describe('at connection time', () => {
    let server: net.Server;
    let port: number;
    let accepted = 0;
    beforeAll(async () => {
      server = net.createServer((socket) => {
        accepted += 1;
        // The tests hang up at once.
        socket.on('error', () => undefined);
        socket.end('220 ok\r\n');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
      port = (server.address() as net.AddressInfo).port;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('checks what the name resolves to right then, and connects nowhere when it is local', async () => {
      let answer = '8.8.8.8';
      // A name that resolved to a public address when it was saved and to loopback now.
      const destinations = new SmtpDestinations(
        { ...closedConfig, smtpAllowedPorts: [port] },
        async () => [{ address: answer, family: 4 }],
      );
      answer = '127.0.0.1';
      const before = accepted;
      const error = await destinations
        .connect('rebind.example.test', port, Date.now() + 2000)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SmtpDestinationRefused);
      // Real names of this machine: localhost, and the names /etc/hosts gives 127.0.0.1.
      const real = new SmtpDestinations({ ...closedConfig, smtpAllowedPorts: [port] });
      for (const host of ['localhost', '127.0.0.1', '[::ffff:127.0.0.1]']) {
        expect(
          await real.connect(host, port, Date.now() + 2000).catch((e: unknown) => e),
          host,
        ).toBeInstanceOf(SmtpDestinationRefused);
      }
      expect(accepted).toBe(before);
    });

    it('connects to allowed hosts and the demo mail catcher as they are', async () => {
      const allowed = new SmtpDestinations({
        ...closedConfig,
        smtpAllowedHosts: [{ host: '127.0.0.1', port: '*' }, { host: 'localhost' }],
      });
      const socket = await allowed.connect('127.0.0.1', port, Date.now() + 2000);
      expect(socket.remoteAddress).toBe('127.0.0.1');
      socket.destroy();
      // An entry without a port allows the mail ports only.
      expect(
        await allowed
          .connect('localhost', port, Date.now() + 2000)
          .catch((e: SmtpDestinationRefused) => e.refusal),
      ).toBe('port');
      const demo = new SmtpDestinations({ ...closedConfig, demoData: true, devSmtpPort: port });
      const catcher = await demo.connect('localhost', port, Date.now() + 2000);
      expect(catcher.remoteAddress).toBe('127.0.0.1');
      catcher.destroy();
      // Not in production, and not on another port of this machine.
      expect(
        await new SmtpDestinations({
          ...closedConfig,
          demoData: true,
          devSmtpPort: port,
          env: 'production',
        })
          .connect('127.0.0.1', port, Date.now() + 2000)
          .catch((e) => e),
      ).toBeInstanceOf(SmtpDestinationRefused);
      expect(
        await demo.connect('127.0.0.1', port + 1, Date.now() + 2000).catch((e) => e),
      ).toBeInstanceOf(SmtpDestinationRefused);
    });
  });
});
