import fs from 'node:fs';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type OfficeFixture, officeFixture } from '../../../test/factories.js';
import type { SmtpIntegrationInput } from '../../../test/gql/graphql.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, ok, startTestApp, type TestApp } from '../../../test/harness.js';
import { startTestSmtp, type TestSmtp } from '../../../test/smtp.js';
import { until } from '../../../test/wait.js';
import { OfficeVerification } from '../office/office.entity.js';

const UPDATE = graphql(`
  mutation SsrfUpdateSmtp($input: SmtpIntegrationInput!) {
    updateSmtpIntegration(input: $input) { host port }
  }
`);
const TEST = graphql(`
  mutation SsrfTestSmtp {
    testSmtpIntegration
  }
`);
const STATE = graphql(`
  query SsrfSmtpState {
    me { office { smtpIntegration { host port lastTestOk lastTestError } } }
  }
`);
const SEND = graphql(`
  mutation SsrfSendEmail($input: SendEmailInput!) {
    sendEmail(input: $input) { id }
  }
`);
const SECRET = 'INTERNAL-SECRET token=7f3a from 10.20.30.40';

/** Names /etc/hosts gives a loopback address, besides localhost (e.g. the machine's own name). */
function loopbackNamesInHosts(): string[] {
  const names = fs
    .readFileSync('/etc/hosts', 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim().split(/\s+/))
    .filter(([address]) => address && (address.startsWith('127.') || address === '::1'))
    .flatMap(([, ...aliases]) => aliases);
  return [...new Set(names)]
    .filter((name) => name !== 'localhost' && /^[a-z0-9.-]+$/i.test(name))
    .slice(0, 2);
}

/**
 * A plain TCP server speaking just enough SMTP to say secrets: `greeting` is its first line, and
 * AUTH gets `authAnswer`. `silent` accepts connections and never says anything (as a filtered or
 * tarpitting port looks to a client that waits).
 */
async function startFakeSmtp(mode: { greeting?: string; authAnswer?: string; silent?: boolean }) {
  const sockets = new Set<net.Socket>();
  let connections = 0;
  const server = net.createServer((socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    if (mode.silent) return;
    socket.write(`${mode.greeting ?? '220 fake.test ESMTP'}\r\n`);
    socket.on('data', (chunk) => {
      for (const line of chunk.toString().split('\r\n').filter(Boolean)) {
        if (/^EHLO/i.test(line)) socket.write('250-fake.test\r\n250 AUTH PLAIN LOGIN\r\n');
        else if (/^AUTH/i.test(line)) socket.write(`${mode.authAnswer ?? '235 ok'}\r\n`);
        else if (/^QUIT/i.test(line)) socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    port: (server.address() as net.AddressInfo).port,
    get connections() {
      return connections;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Stored as they would be had DNS answered differently when they were saved, or the rules been older. */
async function storeSettings(
  app: TestApp,
  officeId: string,
  host: string,
  port: number,
  username: string | null = null,
) {
  await app.orm.em.fork().execute(
    `insert into smtp_integration (office_id, host, port, security, username, from_address) values (?, ?, ?, 'NONE', ?, 'biuro@kancelaria.test')
     on conflict (office_id) do update set host = excluded.host, port = excluded.port, username = excluded.username, login_rejections = 0`,
    [officeId, host, port, username],
  );
}

describe('office SMTP servers: no way into the platform’s own network', () => {
  const database = new URL(inject('databaseUrl'));
  const databasePort = Number(database.port || 5432);
  let app: TestApp;
  let smtp: TestSmtp;
  let silent: Awaited<ReturnType<typeof startFakeSmtp>>;
  let talkative: Awaited<ReturnType<typeof startFakeSmtp>>;
  let closedPort: number;

  beforeAll(async () => {
    smtp = await startTestSmtp({ users: { biuro: 'haslo-123' } });
    silent = await startFakeSmtp({ silent: true });
    talkative = await startFakeSmtp({ authAnswer: `535 5.7.8 ${SECRET}` });
    const probe = await startFakeSmtp({});
    closedPort = probe.port;
    await probe.stop();
    // Nothing on the allow list, as in production; the test servers' ports count as mail ports,
    // so what refuses them is their address alone.
    app = await startTestApp({
      smtpAllowedHosts: [],
      smtpAllowedPorts: [25, 465, 587, 2525, smtp.port, silent.port, talkative.port, closedPort],
      smtpTimeoutMs: 1500,
      smtpTestsPerHour: 3,
    });
  });
  afterAll(async () => {
    await app?.stop();
    await Promise.all([smtp?.stop(), silent?.stop(), talkative?.stop()]);
  });

  it('updateSmtpIntegration refuses loopback, private, link-local and metadata addresses, names resolving to them, and ports not for mail', async () => {
    const f = await officeFixture(app, { companies: 0 });
    const targets: Array<[string, number, 'host' | 'port']> = [
      ['127.0.0.1', 587, 'host'],
      ['127.0.0.1', smtp.port, 'host'],
      ['10.20.30.40', 25, 'host'],
      ['192.168.1.10', 587, 'host'],
      ['169.254.169.254', 25, 'host'],
      ['[::1]', 25, 'host'],
      ['[fd00:ec2::254]', 25, 'host'],
      ['0.0.0.0', 25, 'host'],
      ['224.0.0.1', 25, 'host'],
      ['localhost', 587, 'host'],
      ...loopbackNamesInHosts().map((name): [string, number, 'host'] => [name, 587, 'host']),
      // The database: its port is no mail port, whatever the address.
      [database.hostname, databasePort, 'port'],
      ['8.8.8.8', databasePort, 'port'],
      ['8.8.8.8', 22, 'port'],
    ];
    for (const [host, port, field] of targets) {
      const response = await app.gql(
        UPDATE,
        { input: { host, port, security: 'NONE', fromAddress: 'biuro@kancelaria.test' } },
        f.head.token,
      );
      expect(codes(response), `${host}:${port}`).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0]!.extensions?.field, `${host}:${port}`).toBe(field);
    }
    const [row] = await app.orm.em
      .fork()
      .execute<Array<{ count: number }>>(
        'select count(*)::int as count from smtp_integration where office_id = ?',
        [f.office.id],
      );
    expect(row?.count).toBe(0);
    expect(smtp.connections).toBe(0);
  });

  it('testSmtpIntegration checks the address when it connects: a name now resolving to loopback reaches nothing', async () => {
    for (const host of ['localhost', '127.0.0.1', ...loopbackNamesInHosts()]) {
      const f = await officeFixture(app, { companies: 0 });
      await storeSettings(app, f.office.id, host, smtp.port, 'biuro');
      const started = Date.now();
      expect(ok(await app.gql(TEST, {}, f.head.token)).testSmtpIntegration, host).toBe(false);
      expect(Date.now() - started).toBeGreaterThanOrEqual(app.config.smtpTimeoutMs - 50);
      expect(ok(await app.gql(STATE, {}, f.head.token)).me?.office?.smtpIntegration).toMatchObject({
        lastTestOk: false,
        lastTestError: 'Could not connect to the SMTP server.',
      });
    }
    expect(smtp.connections).toBe(0);
    expect(smtp.logins).toHaveLength(0);
  });

  it('the email worker checks it when it sends: nothing reaches a loopback, private or metadata address', async () => {
    const before = { connections: smtp.connections, silent: silent.connections };
    const cases: Array<[string, number, string | null]> = [
      ['localhost', smtp.port, 'biuro'],
      ['localhost', smtp.port, null],
      ['127.0.0.1', silent.port, null],
      ['10.20.30.40', 25, null],
      ['169.254.169.254', 25, null],
    ];
    for (const [host, port, username] of cases) {
      const f = await officeFixture(app, {
        companies: 2,
        verification: OfficeVerification.VERIFIED,
      });
      await storeSettings(app, f.office.id, host, port, username);
      const started = Date.now();
      const { sendEmail } = ok(
        await app.gql(
          SEND,
          {
            input: {
              companyIds: f.companies.map((c) => c.company.id),
              subject: 'Raport',
              html: '<p>Raport</p>',
            },
          },
          f.head.token,
        ),
      );
      const rows = await until(
        () =>
          app.orm.em
            .fork()
            .execute<Array<{ status: string; last_error: string }>>(
              'select status, last_error from email_delivery where broadcast_id = ?',
              [sendEmail.id],
            ),
        (r) => r.length === 2 && r.every((d) => d.status === 'FAILED'),
      );
      // Refused before connecting, so at once and for good: no retries, no timeouts waited out.
      expect(Date.now() - started, host).toBeLessThan(app.config.smtpTimeoutMs * 2);
      for (const row of rows) {
        expect(row.last_error).toBe(
          'The SMTP server’s host is not at a public internet address, so nothing was sent to it.',
        );
        expect(row.last_error).not.toMatch(/\d+\.\d+\.\d+\.\d+|localhost/);
      }
    }
    expect(smtp.connections).toBe(before.connections);
    expect(silent.connections).toBe(before.silent);
    expect(smtp.transactions).toHaveLength(0);
  });

  it('a failed test says only "could not connect", "refused the login" or "TLS failed", never the server’s words', async () => {
    const allowed = await startTestApp({
      smtpAllowedHosts: [{ host: '127.0.0.1', port: '*' }],
      smtpTimeoutMs: 1500,
    });
    const greeter = await startFakeSmtp({ greeting: `554 ${SECRET}` });
    try {
      const f = await officeFixture(allowed, { companies: 0 });
      const cases: Array<[number, 'NONE' | 'TLS' | 'STARTTLS', string]> = [
        [talkative.port, 'NONE', 'The SMTP server refused the login.'],
        [greeter.port, 'NONE', 'Could not connect to the SMTP server.'],
        [closedPort, 'NONE', 'Could not connect to the SMTP server.'],
        [silent.port, 'NONE', 'Could not connect to the SMTP server.'],
        // TLS spoken to a server without it.
        [
          talkative.port,
          'TLS',
          'TLS failed: a secure connection to the SMTP server could not be set up; check the security setting.',
        ],
        [
          talkative.port,
          'STARTTLS',
          'TLS failed: a secure connection to the SMTP server could not be set up; check the security setting.',
        ],
      ];
      for (const [port, security, expected] of cases) {
        ok(
          await allowed.gql(
            UPDATE,
            {
              input: {
                host: '127.0.0.1',
                port,
                security,
                username: 'biuro',
                password: 'x',
                fromAddress: 'biuro@kancelaria.test',
              },
            },
            f.head.token,
          ),
        );
        const response = await allowed.gql(TEST, {}, f.head.token);
        expect(ok(response).testSmtpIntegration).toBe(false);
        const state = ok(await allowed.gql(STATE, {}, f.head.token)).me?.office?.smtpIntegration;
        expect(state?.lastTestError, `${port} ${security}`).toBe(expected);
        expect(JSON.stringify([response, state])).not.toMatch(
          /INTERNAL-SECRET|10\.20\.30\.40|535|554|ECONNREFUSED/,
        );
      }
    } finally {
      await greeter.stop();
      await allowed.stop();
    }
  });

  it('"could not connect" takes the same time whether the port refuses at once or never answers', async () => {
    const allowed = await startTestApp({
      smtpAllowedHosts: [{ host: '127.0.0.1', port: '*' }],
      smtpTimeoutMs: 1500,
    });
    try {
      const f = await officeFixture(allowed, { companies: 0 });
      const timeTest = async (port: number) => {
        ok(
          await allowed.gql(
            UPDATE,
            {
              input: {
                host: '127.0.0.1',
                port,
                security: 'NONE',
                fromAddress: 'biuro@kancelaria.test',
              },
            },
            f.head.token,
          ),
        );
        const started = Date.now();
        expect(ok(await allowed.gql(TEST, {}, f.head.token)).testSmtpIntegration).toBe(false);
        return Date.now() - started;
      };
      const refused = await timeTest(closedPort);
      const unanswered = await timeTest(silent.port);
      expect(refused).toBeGreaterThanOrEqual(1450);
      expect(Math.abs(refused - unanswered)).toBeLessThan(400);
    } finally {
      await allowed.stop();
    }
  });

  it('limits connection tests per office (SMTP_TESTS_PER_HOUR)', async () => {
    const f = await officeFixture(app, { companies: 0 });
    const other = await officeFixture(app, { companies: 0 });
    for (const office of [f, other]) await storeSettings(app, office.office.id, '10.20.30.40', 25);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => app.gql(TEST, {}, f.head.token)),
    );
    const refused = results.filter((r) => codes(r).includes('TOO_MANY_REQUESTS'));
    expect(results.filter((r) => r.data?.testSmtpIntegration === false)).toHaveLength(3);
    expect(refused).toHaveLength(2);
    for (const r of refused) expect(r.errors![0]!.extensions?.retryAfter).toBeGreaterThan(0);
    // Another office has its own allowance.
    expect(ok(await app.gql(TEST, {}, other.head.token)).testSmtpIntegration).toBe(false);
  });
});

describe('SMTP_ALLOWED_HOSTS', () => {
  let app: TestApp;
  let smtp: TestSmtp;
  let f: OfficeFixture;

  beforeAll(async () => {
    smtp = await startTestSmtp({ users: { biuro: 'haslo-123' } });
    app = await startTestApp({ smtpAllowedHosts: [{ host: 'localhost', port: smtp.port }] });
    f = await officeFixture(app, { companies: 2, verification: OfficeVerification.VERIFIED });
  });
  afterAll(async () => {
    await app?.stop();
    await smtp?.stop();
  });

  it('lets a named development host through, on its port only, and nothing else of this machine', async () => {
    const input: SmtpIntegrationInput = {
      host: 'localhost',
      port: smtp.port,
      security: 'NONE',
      username: 'biuro',
      password: 'haslo-123',
      fromAddress: 'biuro@kancelaria.test',
    };
    expect(codes(await app.gql(UPDATE, { input: { ...input, port: 2525 } }, f.head.token))).toEqual(
      ['BAD_USER_INPUT'],
    );
    expect(
      codes(await app.gql(UPDATE, { input: { ...input, host: '127.0.0.1' } }, f.head.token)),
    ).toEqual(['BAD_USER_INPUT']);
    ok(await app.gql(UPDATE, { input }, f.head.token));
    expect(ok(await app.gql(TEST, {}, f.head.token)).testSmtpIntegration).toBe(true);
    const { sendEmail } = ok(
      await app.gql(
        SEND,
        {
          input: {
            companyIds: f.companies.map((c) => c.company.id),
            subject: 'Raport',
            html: '<p>Raport</p>',
          },
        },
        f.head.token,
      ),
    );
    await until(
      () =>
        app.orm.em
          .fork()
          .execute<Array<{ status: string }>>(
            'select status from email_delivery where broadcast_id = ?',
            [sendEmail.id],
          ),
      (rows) => rows.length === 2 && rows.every((d) => d.status === 'SENT'),
    );
    expect(smtp.perRecipient()).toEqual(
      Object.fromEntries(f.companies.map((c) => [c.company.email, 1])),
    );
  });
});
