import { createHmac, timingSafeEqual } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type OfficeFixture, officeFixture } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, ok, oneRow, startTestApp, type TestApp } from '../../../test/harness.js';
import { startTestSmtp, type TestSmtp } from '../../../test/smtp.js';
import { until } from '../../../test/wait.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../../test/webhook-receiver.js';
import { OfficeVerification } from '../office/office.entity.js';
import { WebhookEvent } from './webhook.entity.js';

const CREATE = graphql(`
  mutation HookCreate($input: CreateWebhookInput!) {
    createWebhook(input: $input) { id url events secret disabledAt failureCount lastDeliveryAt createdAt }
  }
`);
const LIST = graphql(`
  query HookList {
    webhooks { id url events secret disabledAt failureCount lastDeliveryAt }
  }
`);
const DELETE = graphql(`
  mutation HookDelete($id: ID!) {
    deleteWebhook(id: $id)
  }
`);
const DELIVERIES = graphql(`
  query HookDeliveries($webhookId: ID!, $first: Int, $after: String) {
    webhookDeliveries(webhookId: $webhookId, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id event status attempts responseStatus error createdAt deliveredAt nextAttemptAt } }
    }
  }
`);
const NOTIFY = graphql(`
  mutation HookNotify($input: SendBulkNotificationInput!) {
    sendBulkNotification(input: $input) { id }
  }
`);
const ACKNOWLEDGE = graphql(`
  mutation HookAcknowledge($id: ID!) {
    acknowledgeMessage(id: $id) { id acknowledgedAt }
  }
`);
const ASK = graphql(`
  mutation HookAsk($input: SendMessageInput!) {
    sendMessage(input: $input) { id }
  }
`);
const READ = graphql(`
  mutation HookRead($companyId: ID!) {
    markMessagesRead(companyId: $companyId)
  }
`);
const SMTP = graphql(`
  mutation HookSmtp($input: SmtpIntegrationInput!) {
    updateSmtpIntegration(input: $input) { host }
  }
`);
const EMAIL = graphql(`
  mutation HookEmail($input: SendEmailInput!) {
    sendEmail(input: $input) { id }
  }
`);

/**
 * The README's recipe, as a receiver implements it: the signature of "<t>.<raw body>" with the
 * secret, compared in constant time, and a timestamp no older than the tolerance.
 */
function verifySignature(
  secret: string,
  header: string | undefined,
  rawBody: string,
  toleranceSeconds = 300,
  nowSeconds = Math.floor(Date.now() / 1000),
): boolean {
  const parts = Object.fromEntries(
    (header ?? '').split(',').map((part) => part.split('=', 2) as [string, string]),
  );
  const t = Number(parts.t);
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${rawBody}`).digest();
  const given = Buffer.from(parts.v1 ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const ALL_EVENTS: WebhookEvent[] = Object.values(WebhookEvent);

describe('webhooks', () => {
  let app: TestApp;
  let smtp: TestSmtp;
  let receiver: WebhookReceiver;
  let office: OfficeFixture;
  const stderr: string[] = [];

  beforeAll(async () => {
    smtp = await startTestSmtp();
    app = await startTestApp({
      systemSmtpUrl: `smtp://127.0.0.1:${smtp.port}`,
      webhookMaxFailures: 3,
      webhookTimeoutMs: 1500,
      logLevel: 'debug',
    });
    receiver = await startWebhookReceiver();
    office = await officeFixture(app, { companies: 3, verification: OfficeVerification.VERIFIED });
    const write = process.stderr.write.bind(process.stderr);
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk, ...rest) => {
      stderr.push(String(chunk));
      return write(chunk, ...(rest as []));
    });
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await app?.stop();
    await receiver?.stop();
    await smtp?.stop();
  });

  async function create(
    events: WebhookEvent[] = ALL_EVENTS,
    fixture = office,
    url = receiver.url,
    secret?: string,
  ) {
    return ok(await app.gql(CREATE, { input: { url, events, secret } }, fixture.head.token))
      .createWebhook;
  }

  async function deliveries(webhookId: string, token = office.head.token) {
    return ok(
      await app.gql(DELIVERIES, { webhookId, first: 100 }, token),
    ).webhookDeliveries.edges.map((e) => e.node);
  }

  it('a delivery is signed as the README says: a receiver verifies it, and refuses a tampered body or an old timestamp', async () => {
    const fixture = await officeFixture(app, { companies: 2 });
    const hook = await create([WebhookEvent.MESSAGE_CREATED], fixture);
    // The secret was made here, shown this once, and never again.
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const secret = hook.secret!;
    const [company] = fixture.companies;
    const { sendBulkNotification } = ok(
      await app.gql(
        NOTIFY,
        { input: { companyIds: [company.company.id], body: 'Tajna treść powiadomienia' } },
        fixture.head.token,
      ),
    );
    const event = await until(
      () => receiver.received.find((e) => e.body.data.broadcastId === sendBulkNotification.id),
      Boolean,
    );
    expect(event!.headers['content-type']).toBe('application/json');
    expect(event!.headers['user-agent']).toBe('Ledgerpost-Webhooks/1');
    const signature = event!.headers['ledgerpost-signature'] as string;
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifySignature(secret, signature, event!.raw)).toBe(true);
    expect(verifySignature(secret, signature, event!.raw.replace('message', 'massage'))).toBe(
      false,
    );
    expect(verifySignature(`${secret}x`, signature, event!.raw)).toBe(false);
    // Ten minutes later the same request is a replay.
    expect(
      verifySignature(secret, signature, event!.raw, 300, Math.floor(Date.now() / 1000) + 600),
    ).toBe(false);
    // Ids and safe facts only: never the message's text.
    const [delivery] = await deliveries(hook.id, fixture.head.token);
    expect(event!.body).toEqual({
      id: delivery!.id,
      type: 'message.created',
      createdAt: delivery!.createdAt,
      data: {
        messageId: expect.any(String),
        companyId: company.company.id,
        companyNip: company.company.nip,
        broadcastId: sendBulkNotification.id,
        kind: 'NOTIFICATION',
        authorId: fixture.head.user.id,
      },
    });
    expect(event!.raw).not.toContain('Tajna');
    expect(delivery).toMatchObject({ status: 'DELIVERED', attempts: 1, responseStatus: 200 });
    expect(delivery!.deliveredAt).not.toBeNull();
    // The list shows no secret; the row holds it sealed.
    const { webhooks } = ok(await app.gql(LIST, {}, fixture.head.token));
    expect(webhooks).toEqual([
      expect.objectContaining({ id: hook.id, secret: null, failureCount: 0 }),
    ]);
    expect(webhooks[0]!.lastDeliveryAt).not.toBeNull();
    const row = await oneRow<{ secret_encrypted: string }>(
      app.orm.em.fork(),
      'select secret_encrypted from webhook where id = ?',
      [hook.id],
    );
    expect(row.secret_encrypted).toMatch(/^v1\./);
    expect(row.secret_encrypted).not.toContain(secret);
    expect(stderr.join('')).not.toContain(secret);
  });

  it('each event comes from its real action: a notification, a question, a read, an email sent and one failed', async () => {
    const fixture = await officeFixture(app, {
      companies: 2,
      verification: OfficeVerification.VERIFIED,
    });
    const secret = 'a-secret-of-our-own-0123456789-abcdef';
    const hook = await create(ALL_EVENTS, fixture, receiver.url, secret);
    expect(hook.secret).toBe(secret);
    const [a, b] = fixture.companies;
    const mine = () =>
      receiver.received.filter((e) =>
        verifySignature(secret, e.headers['ledgerpost-signature'] as string, e.raw),
      );

    ok(
      await app.gql(
        NOTIFY,
        { input: { companyIds: [a.company.id], body: 'Hej' } },
        fixture.head.token,
      ),
    );
    const { sendMessage } = ok(
      await app.gql(ASK, { input: { companyId: a.company.id, body: 'Pytanie' } }, a.client.token),
    );
    expect(
      ok(await app.gql(READ, { companyId: a.company.id }, a.client.token)).markMessagesRead,
    ).toBe(1);
    // The office reading the question is not a client's receipt: no message.read for it.
    ok(await app.gql(READ, { companyId: a.company.id }, fixture.head.token));
    ok(
      await app.gql(
        SMTP,
        {
          input: {
            host: '127.0.0.1',
            port: smtp.port,
            security: 'NONE',
            fromAddress: 'biuro@test.local',
          },
        },
        fixture.head.token,
      ),
    );
    smtp.faults.data = ({ rcptTo }) =>
      rcptTo.includes(b.company.email) ? { answer: 550, message: 'No such user' } : undefined;
    const { sendEmail } = ok(
      await app.gql(
        EMAIL,
        { input: { companyIds: [a.company.id, b.company.id], subject: 'S', html: '<p>x</p>' } },
        fixture.head.token,
      ),
    );
    const events = await until(
      mine,
      (list) => list.filter((e) => e.body.type.startsWith('email.delivery')).length === 2,
    );
    smtp.faults.data = undefined;
    const types = events.map((e) => e.body.type);
    expect(types.filter((t) => t === 'message.created')).toHaveLength(3); // the notification, two emails
    expect(types.filter((t) => t === 'question.received')).toHaveLength(1);
    expect(types.filter((t) => t === 'message.read')).toHaveLength(1);
    const question = events.find((e) => e.body.type === 'question.received')!;
    expect(question.body.data).toMatchObject({
      messageId: sendMessage.id,
      companyId: a.company.id,
      kind: 'QUESTION',
      authorId: a.client.user.id,
    });
    const read = events.find((e) => e.body.type === 'message.read')!;
    expect(read.body.data).toMatchObject({
      companyId: a.company.id,
      userId: a.client.user.id,
      kind: 'NOTIFICATION',
    });
    expect(Date.parse(read.body.data.readAt as string)).not.toBeNaN();
    const sent = events.find((e) => e.body.type === 'email.delivery.sent')!;
    const failed = events.find((e) => e.body.type === 'email.delivery.failed')!;
    expect(sent.body.data).toMatchObject({
      companyId: a.company.id,
      broadcastId: sendEmail.id,
      kind: 'EMAIL',
    });
    expect(failed.body.data).toMatchObject({
      companyId: b.company.id,
      broadcastId: sendEmail.id,
      kind: 'EMAIL',
    });
    expect(sent.body.data.deliveryId).toEqual(expect.any(String));
    // Events go out in the order they happened.
    expect(types.indexOf('question.received')).toBeLessThan(types.indexOf('message.read'));
  });

  it('an office whose SMTP login is refused fails its queued emails, each with its email.delivery.failed', async () => {
    const refusing = await startTestSmtp({
      users: { biuro: 'dobre-haslo' },
      faults: { rejectLogins: true },
    });
    try {
      const fixture = await officeFixture(app, {
        companies: 3,
        verification: OfficeVerification.VERIFIED,
      });
      const hook = await create([WebhookEvent.EMAIL_DELIVERY_FAILED], fixture);
      ok(
        await app.gql(
          SMTP,
          {
            input: {
              host: '127.0.0.1',
              port: refusing.port,
              security: 'NONE',
              username: 'biuro',
              password: 'dobre-haslo',
              fromAddress: 'biuro@test.local',
            },
          },
          fixture.head.token,
        ),
      );
      const ids = fixture.companies.map((c) => c.company.id);
      const { sendEmail } = ok(
        await app.gql(
          EMAIL,
          { input: { companyIds: ids, subject: 'S', html: '<p>x</p>' } },
          fixture.head.token,
        ),
      );
      const rows = await until(
        () => deliveries(hook.id, fixture.head.token),
        (list) => list.length === 3 && list.every((d) => d.status === 'DELIVERED'),
      );
      expect(rows.map((r) => r.event)).toEqual(Array(3).fill('EMAIL_DELIVERY_FAILED'));
      const failed = receiver
        .of('email.delivery.failed')
        .filter((e) => e.body.data.broadcastId === sendEmail.id);
      expect(failed.map((e) => e.body.data.companyId).sort()).toEqual([...ids].sort());
    } finally {
      await refusing.stop();
    }
  });

  it('twin sends at once, to an office with two webhooks, both record every event', async () => {
    const fixture = await officeFixture(app, { companies: 3 });
    const hooks = [
      await create([WebhookEvent.MESSAGE_CREATED, WebhookEvent.QUESTION_RECEIVED], fixture),
      await create([WebhookEvent.MESSAGE_CREATED], fixture),
    ];
    const ids = fixture.companies.map((c) => c.company.id);
    const sends = await Promise.all([
      ...[0, 1, 2].map((i) =>
        app.gql(NOTIFY, { input: { companyIds: ids, body: `Bliźniak ${i}` } }, fixture.head.token),
      ),
      ...fixture.companies.map((c) =>
        app.gql(ASK, { input: { companyId: c.company.id, body: 'Pytanie' } }, c.client.token),
      ),
    ]);
    expect(sends.flatMap(codes)).toEqual([]);
    const [first, second] = await Promise.all(
      hooks.map((hook) =>
        until(
          () => deliveries(hook.id, fixture.head.token),
          (list) => list.length >= 9 && list.every((d) => d.status === 'DELIVERED'),
        ),
      ),
    );
    expect(first).toHaveLength(12);
    expect(second).toHaveLength(9);
  });

  it("message.acknowledged comes once from the client's first acknowledgment, to listening webhooks only", async () => {
    const fixture = await officeFixture(app, { companies: 1 });
    const listening = await create([WebhookEvent.MESSAGE_ACKNOWLEDGED], fixture);
    const deaf = await create([WebhookEvent.QUESTION_RECEIVED], fixture);
    const [a] = fixture.companies;
    const { sendBulkNotification } = ok(
      await app.gql(
        NOTIFY,
        {
          input: {
            companyIds: [a.company.id],
            body: 'Prosimy potwierdzić odbiór',
            requireAcknowledgment: true,
          },
        },
        fixture.head.token,
      ),
    );
    const { id: messageId } = await oneRow<{ id: string }>(
      app.orm.em.fork(),
      'select id from message where broadcast_id = ?',
      [sendBulkNotification.id],
    );
    const first = ok(await app.gql(ACKNOWLEDGE, { id: messageId }, a.client.token));
    // A second acknowledgment keeps the first and announces nothing.
    ok(await app.gql(ACKNOWLEDGE, { id: messageId }, a.client.token));
    const event = await until(
      () => receiver.received.find((e) => e.body.data.messageId === messageId),
      Boolean,
    );
    expect(event!.body).toMatchObject({
      type: 'message.acknowledged',
      data: {
        messageId,
        companyId: a.company.id,
        companyNip: a.company.nip,
        userId: a.client.user.id,
        acknowledgedAt: first.acknowledgeMessage.acknowledgedAt,
      },
    });
    const [delivered] = await until(
      () => deliveries(listening.id, fixture.head.token),
      (list) => list.every((d) => d.status === 'DELIVERED') && list.length > 0,
    );
    expect(delivered?.event).toBe('MESSAGE_ACKNOWLEDGED');
    expect(await deliveries(listening.id, fixture.head.token)).toHaveLength(1);
    expect(await deliveries(deaf.id, fixture.head.token)).toHaveLength(0);
  });

  it('a 500 is retried after the retry delay and then delivered: attempts 2', async () => {
    const fixture = await officeFixture(app, { companies: 1 });
    const hook = await create([WebhookEvent.MESSAGE_CREATED], fixture);
    let calls = 0;
    receiver.respondWith((e) =>
      e.body.data.companyId === fixture.companies[0].company.id && ++calls === 1 ? 500 : 200,
    );
    ok(
      await app.gql(
        NOTIFY,
        { input: { companyIds: [fixture.companies[0].company.id], body: 'Raz' } },
        fixture.head.token,
      ),
    );
    const first = await until(
      () => deliveries(hook.id, fixture.head.token),
      ([d]) => d?.attempts === 1,
    );
    // Seen between the two attempts (1 s apart) or already delivered on the second.
    if (first[0]!.status === 'PENDING') {
      expect(first[0]).toMatchObject({ responseStatus: 500, error: 'HTTP 500.' });
      expect(first[0]!.nextAttemptAt).not.toBeNull();
    }
    const [done] = await until(
      () => deliveries(hook.id, fixture.head.token),
      ([d]) => d?.status === 'DELIVERED',
    );
    expect(done).toMatchObject({
      attempts: 2,
      responseStatus: 200,
      error: null,
      nextAttemptAt: null,
    });
    expect(calls).toBe(2);
    const { webhooks } = ok(await app.gql(LIST, {}, fixture.head.token));
    expect(webhooks[0]).toMatchObject({ failureCount: 0, disabledAt: null });
    receiver.respondWith(() => 200);
  });

  it('after WEBHOOK_MAX_FAILURES failures in a row the webhook is disabled, its events FAILED, and the heads told in their language', async () => {
    const fixture = await officeFixture(app, { companies: 2 });
    await app.orm.em
      .fork()
      .execute(`update app_user set language = 'en' where id = ?`, [fixture.head.user.id]);
    const hook = await create([WebhookEvent.MESSAGE_CREATED], fixture);
    const ids = fixture.companies.map((c) => c.company.id);
    receiver.respondWith((e) => (ids.includes(e.body.data.companyId as string) ? 503 : 200));
    ok(await app.gql(NOTIFY, { input: { companyIds: ids, body: 'Dwa' } }, fixture.head.token));
    const [listed] = (
      await until(
        () => app.gql(LIST, {}, fixture.head.token),
        (r) => Boolean(ok(r).webhooks[0]?.disabledAt),
      )
    ).data!.webhooks;
    expect(listed).toMatchObject({ failureCount: 3 });
    // Three POSTs of the first event (in order: the second waited behind it), none after.
    const posts = receiver.received.filter((e) => ids.includes(e.body.data.companyId as string));
    expect(posts).toHaveLength(3);
    expect(new Set(posts.map((p) => p.body.id)).size).toBe(1);
    const rows = await deliveries(hook.id, fixture.head.token);
    expect(rows.map((r) => r.status)).toEqual(['FAILED', 'FAILED']);
    expect(rows.map((r) => r.attempts).sort()).toEqual([0, 3]);
    // The notice, in English, names the receiver's host and the last error, nothing more.
    const notice = await until(
      () => smtp.transactions.find((t) => t.rcptTo.includes(fixture.head.user.email)),
      Boolean,
    );
    expect(notice!.mail.subject).toBe(`A webhook of ${fixture.office.name} was disabled`);
    expect(notice!.mail.text).toContain('failed 3 times in a row');
    expect(notice!.mail.text).toContain('127.0.0.1');
    expect(notice!.mail.text).toContain('HTTP 503');
    expect(notice!.mail.text).not.toContain('Internal details');
    // A disabled webhook records nothing more.
    ok(await app.gql(NOTIFY, { input: { companyIds: ids, body: 'Trzy' } }, fixture.head.token));
    expect(await deliveries(hook.id, fixture.head.token)).toHaveLength(2);
    receiver.respondWith(() => 200);
  });

  it('a receiver that does not answer in time, or redirects, fails the attempt with a short reason', async () => {
    const fixture = await officeFixture(app, { companies: 2 });
    const hook = await create([WebhookEvent.MESSAGE_CREATED], fixture);
    const [a, b] = fixture.companies.map((c) => c.company.id);
    receiver.respondWith((e) =>
      e.body.data.companyId === a ? 'hang' : e.body.data.companyId === b ? 302 : 200,
    );
    ok(await app.gql(NOTIFY, { input: { companyIds: [a!], body: 'x' } }, fixture.head.token));
    const [slow] = await until(
      () => deliveries(hook.id, fixture.head.token),
      ([d]) => (d?.attempts ?? 0) >= 1,
    );
    expect(slow).toMatchObject({ responseStatus: null, error: 'No answer within 1.5 s.' });
    ok(await app.gql(DELETE, { id: hook.id }, fixture.head.token));

    const redirected = await create([WebhookEvent.MESSAGE_CREATED], fixture);
    ok(await app.gql(NOTIFY, { input: { companyIds: [b!], body: 'y' } }, fixture.head.token));
    const [moved] = await until(
      () => deliveries(redirected.id, fixture.head.token),
      ([d]) => (d?.attempts ?? 0) >= 1,
    );
    expect(moved).toMatchObject({ responseStatus: 302, error: 'HTTP 302.', status: 'PENDING' });
    expect(receiver.received.filter((e) => e.headers.host && e.raw.includes('/elsewhere'))).toEqual(
      [],
    );
    receiver.respondWith(() => 200);
  });

  it('deleting a webhook stops its deliveries, those waiting for a retry too', async () => {
    const fixture = await officeFixture(app, { companies: 1 });
    const hook = await create([WebhookEvent.MESSAGE_CREATED], fixture);
    const companyId = fixture.companies[0].company.id;
    receiver.respondWith((e) => (e.body.data.companyId === companyId ? 500 : 200));
    ok(
      await app.gql(NOTIFY, { input: { companyIds: [companyId], body: 'x' } }, fixture.head.token),
    );
    await until(
      () => deliveries(hook.id, fixture.head.token),
      ([d]) => d?.attempts === 1,
    );
    expect(ok(await app.gql(DELETE, { id: hook.id }, fixture.head.token)).deleteWebhook).toBe(true);
    const postsBefore = receiver.received.filter((e) => e.body.data.companyId === companyId).length;
    ok(
      await app.gql(NOTIFY, { input: { companyIds: [companyId], body: 'y' } }, fixture.head.token),
    );
    // Past the retry (1 s) and the new event's turn: nothing more arrives.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(receiver.received.filter((e) => e.body.data.companyId === companyId)).toHaveLength(
      postsBefore,
    );
    const rows = await oneRow<{ n: number }>(
      app.orm.em.fork(),
      'select count(*)::int as n from webhook_delivery where webhook_id = ?',
      [hook.id],
    );
    expect(rows.n).toBe(0);
    // Deleted twice, or never existing: NOT_FOUND.
    expect(codes(await app.gql(DELETE, { id: hook.id }, fixture.head.token))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await app.gql(DELETE, { id: 'not-an-id' }, fixture.head.token))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await app.gql(DELIVERIES, { webhookId: hook.id }, fixture.head.token))).toEqual([
      'NOT_FOUND',
    ]);
    receiver.respondWith(() => 200);
  });

  it('refuses bad input with the field, and private addresses not on WEBHOOK_ALLOWED_HOSTS', async () => {
    const input = (overrides: Record<string, unknown>) => ({
      input: { url: receiver.url, events: [WebhookEvent.MESSAGE_CREATED], ...overrides },
    });
    const refusal = async (overrides: Record<string, unknown>) => {
      const response = await app.gql(CREATE, input(overrides) as never, office.head.token);
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      return response.errors![0]!;
    };
    for (const url of [
      'https://10.0.0.1/hook',
      'https://127.0.0.2/hook',
      'https://[::1]/hook',
      'https://169.254.169.254/latest/meta-data',
      'https://localhost/hook',
      'https://0x7f000002/hook',
      'https://[::ffff:127.0.0.1]/hook',
    ]) {
      const error = await refusal({ url });
      expect(error.extensions?.field, url).toBe('url');
      expect(error.message, url).toBe('The webhook URL is not at a public address.');
    }
    expect((await refusal({ url: 'http://93.184.216.34/hook' })).message).toBe(
      'url must use https.',
    );
    expect((await refusal({ url: 'ftp://127.0.0.1/x' })).extensions?.field).toBe('url');
    expect((await refusal({ url: 'https://user:pass@93.184.216.34/' })).message).toBe(
      'url may not carry a user name or password.',
    );
    expect((await refusal({ url: 'nie adres' })).extensions?.field).toBe('url');
    expect((await refusal({ secret: 'too-short' })).extensions?.field).toBe('secret');
    expect((await refusal({ secret: `${'x'.repeat(40)} spaced` })).extensions?.field).toBe(
      'secret',
    );
    expect((await refusal({ events: [] })).extensions?.field).toBe('events');
    // Nothing of it was kept.
    expect(ok(await app.gql(LIST, {}, office.head.token)).webhooks).toEqual([]);
  });

  it('keeps to the limit per office, also for twin requests at the last place', async () => {
    const fixture = await officeFixture(app, { companies: 1 });
    for (let i = 0; i < 9; i += 1) await create([WebhookEvent.MESSAGE_READ], fixture);
    const twins = await Promise.all(
      [0, 1].map(() =>
        app.gql(
          CREATE,
          { input: { url: receiver.url, events: [WebhookEvent.MESSAGE_READ] } },
          fixture.head.token,
        ),
      ),
    );
    expect(twins.map(codes).sort()).toEqual([[], ['PRECONDITION_FAILED']]);
    const refused = twins.find((r) => r.errors)!;
    expect(refused.errors![0]!.extensions?.reasons).toEqual(['WEBHOOK_LIMIT']);
    expect(ok(await app.gql(LIST, {}, fixture.head.token)).webhooks).toHaveLength(10);
  });

  it('pages deliveries newest first', async () => {
    const fixture = await officeFixture(app, { companies: 3 });
    const hook = await create([WebhookEvent.MESSAGE_CREATED], fixture);
    for (const c of fixture.companies)
      ok(
        await app.gql(
          NOTIFY,
          { input: { companyIds: [c.company.id], body: 'x' } },
          fixture.head.token,
        ),
      );
    await until(
      () => deliveries(hook.id, fixture.head.token),
      (list) => list.length === 3,
    );
    const page = ok(
      await app.gql(DELIVERIES, { webhookId: hook.id, first: 2 }, fixture.head.token),
    );
    expect(page.webhookDeliveries.totalCount).toBe(3);
    expect(page.webhookDeliveries.pageInfo.hasNextPage).toBe(true);
    const rest = ok(
      await app.gql(
        DELIVERIES,
        { webhookId: hook.id, first: 2, after: page.webhookDeliveries.pageInfo.endCursor },
        fixture.head.token,
      ),
    );
    const times = [...page.webhookDeliveries.edges, ...rest.webhookDeliveries.edges].map(
      (e) => e.node.createdAt,
    );
    expect(times).toHaveLength(3);
    expect([...times].sort().reverse()).toEqual(times);
    expect(
      codes(await app.gql(DELIVERIES, { webhookId: hook.id, first: 101 }, fixture.head.token)),
    ).toEqual(['BAD_USER_INPUT']);
  });
});
