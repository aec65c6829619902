import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDF, upload } from '../../../test/authz.js';
import { type OfficeFixture, officeFixture } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, ok, startTestApp, type TestApp } from '../../../test/harness.js';
import { createPrivateDatabase, type PrivateDatabase } from '../../../test/private-database.js';
import { startTestSmtp, type TestSmtp } from '../../../test/smtp.js';
import { until } from '../../../test/wait.js';
import { SecretBox } from '../../core/secret-box.js';
import type { SystemMailService } from '../system-mail/system-mail.service.js';
import { NewMessagesAlert } from './alert.entity.js';
import { AlertService } from './alert.service.js';

const NOTIFY = graphql(`
  mutation AlertsNotify($input: SendBulkNotificationInput!) {
    sendBulkNotification(input: $input) { id }
  }
`);
const MARK_READ = graphql(`
  mutation AlertsMarkRead($companyId: ID!) {
    markMessagesRead(companyId: $companyId)
  }
`);
const RECALL = graphql(`
  mutation AlertsRecall($id: ID!) {
    recallBroadcast(id: $id) { id status }
  }
`);
const CHOOSE = graphql(`
  mutation AlertsChoose($input: NotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) { id notificationPreferences { newMessages } }
  }
`);
const ME = graphql(`
  query AlertsMe {
    me { id notificationPreferences { newMessages } }
  }
`);
const LINK = graphql(`
  query AlertsLink($token: String!) {
    notificationPreferencesLink(token: $token) { email newMessages }
  }
`);
const LINK_CHOOSE = graphql(`
  mutation AlertsLinkChoose($token: String!, $input: NotificationPreferencesInput!) {
    updateNotificationPreferencesByLink(token: $token, input: $input) { email newMessages }
  }
`);
const ARCHIVE = graphql(`
  mutation AlertsArchive($id: ID!) {
    archiveCompany(id: $id) { id archivedAt }
  }
`);
const DEACTIVATE = graphql(`
  mutation AlertsDeactivate($id: ID!) {
    deactivateUser(id: $id) { id deactivatedAt }
  }
`);

const SECONDS = 1000;
const MINUTES = 60 * SECONDS;

/*
 * Alerts on their own database (created here, dropped after): a sweep looks at every client user
 * of the database, and the other test files' unread messages are none of its business.
 */
describe('email alerts of unread messages', () => {
  let db: PrivateDatabase;
  const secretKey = randomBytes(32);
  let smtp: TestSmtp;
  let app: TestApp;
  /** The sweep's clock: each test moves it past the messages it sent. */
  let now = new Date();
  let alerts: AlertService;

  beforeAll(async () => {
    db = await createPrivateDatabase('alerts');
    smtp = await startTestSmtp();
    app = await startTestApp({
      databaseUrl: db.url,
      secretKey,
      systemSmtpUrl: `smtp://127.0.0.1:${smtp.port}`,
      systemMailFrom: 'Ledgerpost <no-reply@ledgerpost.test>',
      alertDelaySeconds: 60,
    });
    alerts = clocked(app.services.systemMail);
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
    await smtp?.stop();
    await db?.drop();
  });

  /** The app's alert service (same key, same mailer) on the test's clock. */
  function clocked(systemMail: Pick<SystemMailService, 'enqueueMany'>): AlertService {
    return new AlertService({
      config: app.config,
      secretBox: new SecretBox(secretKey),
      systemMail,
      clock: () => now,
    });
  }

  /** A sweep with the clock `ms` after `from`. */
  function sweepAt(from: Date, ms: number, service = alerts): Promise<number> {
    now = new Date(from.getTime() + ms);
    return service.sweep(app.orm.em);
  }

  /** The system mails queued for an address, oldest first. */
  async function mailsTo(address: string) {
    return app.orm.em
      .fork()
      .execute<Array<{ id: string; template: string; vars: Record<string, unknown> }>>(
        `select id, template, vars from system_mail where to_address = ? order by created_at, id`,
        [address],
      );
  }

  /** The alert as the SMTP server received it. */
  function delivered(mailId: string) {
    return until(
      () => smtp.transactions.find((t) => t.mail.messageId === `<${mailId}@ledgerpost>`),
      (t) => t !== undefined,
    ).then((t) => t!);
  }

  async function notify(f: OfficeFixture, body: string, companies = [0]) {
    const sent = new Date();
    ok(
      await app.gql(
        NOTIFY,
        { input: { companyIds: companies.map((i) => f.companies[i]!.company.id), body } },
        f.head.token,
      ),
    );
    return sent;
  }

  /** The address of the List-Unsubscribe header, as sent (mailparser reads it into parts). */
  function unsubscribeUrl(received: { headerLines: ReadonlyArray<{ key: string; line: string }> }) {
    const line = received.headerLines.find((h) => h.key === 'list-unsubscribe')?.line ?? '';
    return line.replace(/^[^:]+:\s*/, '').replace(/\r?\n\s+/g, '');
  }

  function countOf(mail: { vars: Record<string, unknown> }): number[] {
    return (mail.vars.companies as Array<{ count: number }>).map((c) => c.count);
  }

  it('mails the client once the message stays unread ALERT_DELAY_SECONDS, and none of its content', async () => {
    const f = await officeFixture(app, { companies: 1, name: 'Biuro Rachunkowe Lipa' });
    const { company, client } = f.companies[0]!;
    const fileId = await upload(app, f.head.token, 'PIT-36L-poufne-zestawienie.pdf', PDF('x'));
    const body = 'Kwota do zapłaty: 4 321,99 zł — treść poufna';
    const sent = new Date();
    ok(
      await app.gql(
        NOTIFY,
        { input: { companyIds: [company.id], body, attachmentIds: [fileId] } },
        f.head.token,
      ),
    );
    // An email to the same company, archived with its subject, arrives too (as sendEmail keeps it).
    await app.orm.em.fork().execute(
      `with m as (
         insert into message (company_id, author_id, direction, kind, subject, body)
         values (?, ?, 'OFFICE_TO_CLIENT', 'EMAIL', 'Rozliczenie roczne poufne', 'Treść e-maila poufna')
         returning company_id)
       update company_member set unread_count = unread_count + 1
        where company_id in (select company_id from m)`,
      [company.id, f.head.user.id],
    );

    // 59 seconds on: not yet.
    await sweepAt(sent, 59 * SECONDS);
    expect(await mailsTo(client.user.email)).toEqual([]);
    // 61 seconds on: one alert counting both messages.
    await sweepAt(sent, 61 * SECONDS);
    const [mail, ...more] = await mailsTo(client.user.email);
    expect(more).toEqual([]);
    expect(mail!.template).toBe('new-messages');
    expect(countOf(mail!)).toEqual([2]);

    const { mail: received, raw } = await delivered(mail!.id);
    expect(received.subject).toBe('Nowe wiadomości od biura Biuro Rachunkowe Lipa w Ledgerpost');
    expect(received.text).toContain(
      `Biuro Biuro Rachunkowe Lipa ma dla firmy ${company.name} 2 nowe wiadomości: ${app.url}/messages/${company.id}`,
    );
    // Nothing of the messages: not their text, subject or attachment's name, in any part.
    const decoded = `${raw}\n${received.text}\n${String(received.html)}`;
    for (const secret of [
      'Kwota do zapłaty',
      '4 321,99',
      'poufn',
      'PIT-36L',
      'Rozliczenie roczne',
      'Treść e-maila',
    ])
      expect(decoded).not.toContain(secret);
    // One click to change it, with RFC 8058 headers.
    const link = unsubscribeUrl(received);
    expect(link).toMatch(new RegExp(`^<${app.url}/alerts/preferences\\?token=[^>]+>$`));
    expect(received.headerLines.find((h) => h.key === 'list-unsubscribe-post')?.line).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
    expect(received.text).toContain(link.slice(1, -1));
    // The token is sealed in the row, not in its plain values.
    const token = new URL(link.slice(1, -1)).searchParams.get('token')!;
    expect(JSON.stringify(mail!.vars)).not.toContain(token);

    // The next sweeps find nothing more.
    await sweepAt(sent, 30 * MINUTES);
    expect(await mailsTo(client.user.email)).toHaveLength(1);
  });

  it('sends nothing for a message read in the meantime', async () => {
    const f = await officeFixture(app, { companies: 1 });
    const { company, client } = f.companies[0]!;
    const sent = await notify(f, 'Prosimy o dokumenty');
    expect(ok(await app.gql(MARK_READ, { companyId: company.id }, client.token))).toEqual({
      markMessagesRead: 1,
    });
    await sweepAt(sent, 61 * SECONDS);
    await sweepAt(sent, 2 * 60 * MINUTES);
    expect(await mailsTo(client.user.email)).toEqual([]);
  });

  it('sends nothing for a notification recalled before the alert was due', async () => {
    const f = await officeFixture(app, { companies: 1 });
    const { company, client } = f.companies[0]!;
    const sent = new Date();
    const { sendBulkNotification } = ok(
      await app.gql(
        NOTIFY,
        { input: { companyIds: [company.id], body: 'Wysłane przez pomyłkę' } },
        f.head.token,
      ),
    );
    expect(
      ok(await app.gql(RECALL, { id: sendBulkNotification.id }, f.head.token)).recallBroadcast,
    ).toMatchObject({ status: 'RECALLED' });
    await sweepAt(sent, 61 * SECONDS);
    await sweepAt(sent, 2 * 60 * MINUTES);
    expect(await mailsTo(client.user.email)).toEqual([]);
  });

  it('alerts at most once per 10 minutes, folding what arrives meanwhile into the next count', async () => {
    const f = await officeFixture(app, { companies: 2 });
    const { client } = f.companies[0]!;
    const first = await notify(f, 'Pierwsza');
    await notify(f, 'Druga');
    await notify(f, 'Trzecia');
    // Three messages within the delay: one alert counting three.
    await sweepAt(first, 61 * SECONDS);
    expect((await mailsTo(client.user.email)).map(countOf)).toEqual([[3]]);
    const alertedAt = now;

    // Two more (one to the second company, whose client is someone else).
    await notify(f, 'Czwarta');
    await notify(f, 'Piąta', [0, 1]);
    await sweepAt(alertedAt, 5 * MINUTES);
    await sweepAt(alertedAt, 10 * MINUTES - 1);
    expect(await mailsTo(client.user.email)).toHaveLength(1);
    // The second company's client had their first alert meanwhile.
    expect((await mailsTo(f.companies[1]!.client.user.email)).map(countOf)).toEqual([[1]]);

    // The window passed: one more alert counting the two.
    await sweepAt(alertedAt, 10 * MINUTES);
    expect((await mailsTo(client.user.email)).map(countOf)).toEqual([[3], [2]]);
    await sweepAt(alertedAt, 60 * MINUTES);
    expect(await mailsTo(client.user.email)).toHaveLength(2);
  });

  it.each([
    ['a winter day', '2026-11-30T12:00:00.000Z', '2026-12-01T06:00:00.000Z'],
    // Summer time starts at 2:00 that night: 7:00 is 5:00 UTC, no longer 6:00.
    ['the day summer time starts', '2027-03-27T12:00:00.000Z', '2027-03-28T05:00:00.000Z'],
  ])(
    'sends the daily digest at 7:00 Warsaw time, not before, once (%s)',
    async (_day, chosenAt, sevenAm) => {
      const f = await officeFixture(app, { companies: 1 });
      const { client } = f.companies[0]!;
      // Chosen through the link at noon the day before (the clock's time).
      now = new Date(chosenAt);
      await alerts.updateByLink(
        app.orm.em.fork(),
        alerts.linkToken(client.user.id),
        NewMessagesAlert.DAILY_DIGEST,
      );
      await notify(f, 'Na jutro');
      await notify(f, 'Też na jutro');
      const digestAt = new Date(sevenAm);

      await sweepAt(new Date(chosenAt), 61 * SECONDS);
      await sweepAt(digestAt, -1 * MINUTES);
      await sweepAt(digestAt, -1);
      expect(await mailsTo(client.user.email)).toEqual([]);

      await sweepAt(digestAt, 0);
      const [digest, ...more] = await mailsTo(client.user.email);
      expect(more).toEqual([]);
      expect(digest!.vars.digest).toBe(true);
      expect(countOf(digest!)).toEqual([2]);
      expect((await delivered(digest!.id)).mail.subject).toMatch(/^Podsumowanie dnia: /);

      await sweepAt(digestAt, 10 * MINUTES);
      await sweepAt(digestAt, 12 * 60 * MINUTES);
      expect(await mailsTo(client.user.email)).toHaveLength(1);
    },
  );

  it('sends nothing to NEVER, and leaving NEVER does not mail the backlog', async () => {
    const f = await officeFixture(app, { companies: 1 });
    const { client } = f.companies[0]!;
    expect(
      ok(await app.gql(CHOOSE, { input: { newMessages: 'NEVER' } }, client.token))
        .updateNotificationPreferences.notificationPreferences,
    ).toEqual({ newMessages: 'NEVER' });
    const sent = await notify(f, 'Nikt nie powiadomi');
    await sweepAt(sent, 61 * SECONDS);
    await sweepAt(sent, 24 * 60 * MINUTES);
    expect(await mailsTo(client.user.email)).toEqual([]);

    // Back to IMMEDIATE: only what arrives from now on.
    ok(await app.gql(CHOOSE, { input: { newMessages: 'IMMEDIATE' } }, client.token));
    await sweepAt(new Date(), 61 * SECONDS);
    expect(await mailsTo(client.user.email)).toEqual([]);
    const later = await notify(f, 'Ta już tak');
    await sweepAt(later, 61 * SECONDS);
    expect((await mailsTo(client.user.email)).map(countOf)).toEqual([[1]]);
  });

  it('writes in the recipient’s language', async () => {
    const f = await officeFixture(app, { companies: 1, name: 'Biuro Dąb' });
    const { client, company } = f.companies[0]!;
    await app.orm.em
      .fork()
      .execute(`update app_user set language = 'en' where id = ?`, [client.user.id]);
    const sent = await notify(f, 'Hello');
    await sweepAt(sent, 61 * SECONDS);
    const [mail] = await mailsTo(client.user.email);
    const { mail: received } = await delivered(mail!.id);
    expect(received.subject).toBe('New messages from Biuro Dąb on Ledgerpost');
    expect(received.text).toContain(`Biuro Dąb has 1 new message for ${company.name}`);
    expect(received.html).toContain('lang="en"');
  });

  it('alerts no deactivated user and no one about an archived company', async () => {
    const f = await officeFixture(app, { companies: 2 });
    const sent = await notify(f, 'Do obu', [0, 1]);
    ok(await app.gql(DEACTIVATE, { id: f.companies[0]!.client.user.id }, f.head.token));
    ok(await app.gql(ARCHIVE, { id: f.companies[1]!.company.id }, f.head.token));
    await sweepAt(sent, 61 * SECONDS);
    expect(await mailsTo(f.companies[0]!.client.user.email)).toEqual([]);
    expect(await mailsTo(f.companies[1]!.client.user.email)).toEqual([]);
  });

  it('lets the one-click link change the preference without a login, and List-Unsubscribe POST turn it off', async () => {
    const f = await officeFixture(app, { companies: 1 });
    const { client } = f.companies[0]!;
    const sent = await notify(f, 'Klik');
    await sweepAt(sent, 61 * SECONDS);
    const [mail] = await mailsTo(client.user.email);
    const { mail: received } = await delivered(mail!.id);
    const url = unsubscribeUrl(received).slice(1, -1);
    const token = new URL(url).searchParams.get('token')!;

    // The page's query and mutation, anonymous.
    expect(ok(await app.gql(LINK, { token })).notificationPreferencesLink).toEqual({
      email: client.user.email,
      newMessages: 'IMMEDIATE',
    });
    expect(
      ok(await app.gql(LINK_CHOOSE, { token, input: { newMessages: 'DAILY_DIGEST' } }))
        .updateNotificationPreferencesByLink,
    ).toEqual({ email: client.user.email, newMessages: 'DAILY_DIGEST' });
    expect(ok(await app.gql(ME, {}, client.token)).me!.notificationPreferences).toEqual({
      newMessages: 'DAILY_DIGEST',
    });

    // A mail client's one-click POST (RFC 8058), no credentials.
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ newMessages: 'NEVER' });
    expect(ok(await app.gql(ME, {}, client.token)).me!.notificationPreferences).toEqual({
      newMessages: 'NEVER',
    });
    // A POST without the one-click body is refused and changes nothing.
    ok(await app.gql(LINK_CHOOSE, { token, input: { newMessages: 'IMMEDIATE' } }));
    const bare = await fetch(url, { method: 'POST' });
    expect(bare.status).toBe(400);
    expect(ok(await app.gql(LINK, { token })).notificationPreferencesLink?.newMessages).toBe(
      'IMMEDIATE',
    );
  });

  it('refuses forged, altered and other users’ tokens, changing nothing', async () => {
    const f = await officeFixture(app, { companies: 2 });
    const victim = f.companies[0]!.client;
    const other = f.companies[1]!.client;
    const good = alerts.linkToken(victim.user.id);
    const [, signature] = good.split('.');
    const forged = [
      // Another user's id under the victim's signature.
      `${other.user.id}.${signature}`,
      // The signature altered by one character.
      `${victim.user.id}.${signature!.slice(0, -1)}${signature!.endsWith('A') ? 'B' : 'A'}`,
      // Signed with another key.
      new AlertService({
        config: app.config,
        secretBox: new SecretBox(randomBytes(32)),
        systemMail: app.services.systemMail,
      }).linkToken(victim.user.id),
      `${victim.user.id}.`,
      `${victim.user.id}.${signature}.extra`,
      'not-a-token',
      '',
      // A staff member's id, signed properly: staff have no alerts to change.
      alerts.linkToken(f.head.user.id),
    ];
    for (const token of forged) {
      expect(ok(await app.gql(LINK, { token })).notificationPreferencesLink).toBeNull();
      const refused = await app.gql(LINK_CHOOSE, { token, input: { newMessages: 'NEVER' } });
      expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors?.[0]?.extensions?.field).toBe('token');
      const post = await fetch(`${app.url}/alerts/preferences?token=${encodeURIComponent(token)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      expect(post.status).toBe(400);
      expect(JSON.stringify(await post.json())).not.toMatch(/sql|select|stack/i);
    }
    for (const party of [victim, other])
      expect(ok(await app.gql(ME, {}, party.token)).me!.notificationPreferences).toEqual({
        newMessages: 'IMMEDIATE',
      });
    // The good one works.
    expect(ok(await app.gql(LINK, { token: good })).notificationPreferencesLink?.email).toBe(
      victim.user.email,
    );
  });

  it('keeps preferences to client users: staff are FORBIDDEN and see none', async () => {
    const f = await officeFixture(app, { companies: 1 });
    for (const token of [f.head.token, f.caretaker.token]) {
      expect(codes(await app.gql(CHOOSE, { input: { newMessages: 'NEVER' } }, token))).toEqual([
        'FORBIDDEN',
      ]);
      expect(ok(await app.gql(ME, {}, token)).me!.notificationPreferences).toBeNull();
    }
    expect(codes(await app.gql(CHOOSE, { input: { newMessages: 'NEVER' } }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(
      ok(await app.gql(ME, {}, f.companies[0]!.client.token)).me!.notificationPreferences,
    ).toEqual({ newMessages: 'IMMEDIATE' });
  });

  it('alerts each user once when two sweeps run at once', async () => {
    const f = await officeFixture(app, { companies: 5 });
    const sent = await notify(f, 'Bliźniacze', [0, 1, 2, 3, 4]);
    const twin = clocked(app.services.systemMail);
    now = new Date(sent.getTime() + 61 * SECONDS);
    const [a, b] = await Promise.all([alerts.sweep(app.orm.em), twin.sweep(app.orm.em)]);
    expect(a + b).toBeGreaterThanOrEqual(5);
    for (const { client } of f.companies)
      expect((await mailsTo(client.user.email)).map(countOf)).toEqual([[1]]);
  });

  it('loses neither the mark nor the mail when a sweep dies before its commit', async () => {
    const f = await officeFixture(app, { companies: 1 });
    const { client } = f.companies[0]!;
    const sent = await notify(f, 'Po awarii');
    const real = app.services.systemMail;
    // The mails are queued, then the process "dies" before the transaction commits.
    const dying = clocked({
      enqueueMany: async (...args: Parameters<SystemMailService['enqueueMany']>) => {
        await real.enqueueMany(...args);
        throw new Error('killed mid-sweep');
      },
    });
    await expect(sweepAt(sent, 61 * SECONDS, dying)).rejects.toThrow('killed mid-sweep');
    expect(await mailsTo(client.user.email)).toEqual([]);
    // The next sweep alerts as if the first had never run.
    await sweepAt(sent, 62 * SECONDS);
    expect((await mailsTo(client.user.email)).map(countOf)).toEqual([[1]]);
  });

  it('sweeps on its own in a worker process, on the real clock', async () => {
    // A second process on the same database, whose workers sweep every second, 1 s after arrival.
    const worker = await startTestApp({
      databaseUrl: db.url,
      secretKey,
      systemSmtpUrl: `smtp://127.0.0.1:${smtp.port}`,
      systemMailFrom: 'Ledgerpost <no-reply@ledgerpost.test>',
      alertDelaySeconds: 1,
      alertSweepSeconds: 1,
    });
    try {
      const f = await officeFixture(worker, { companies: 1 });
      const { client, company } = f.companies[0]!;
      ok(
        await worker.gql(
          NOTIFY,
          { input: { companyIds: [company.id], body: 'Bez zegara testu' } },
          f.head.token,
        ),
      );
      const received = await until(
        () => smtp.transactions.filter((t) => t.rcptTo.includes(client.user.email)),
        (found) => found.length > 0,
      );
      expect(received).toHaveLength(1);
      expect(received[0]!.mail.text).toContain(`${worker.url}/messages/${company.id}`);
    } finally {
      await worker.stop();
    }
  }, 60_000);
});
