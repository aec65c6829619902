import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixture, officeFixture } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, ok, startTestApp, type TestApp } from '../../../test/harness.js';
import { startTestSmtp, type TestSmtp } from '../../../test/smtp.js';
import { Company } from '../company/company.entity.js';
import { OfficeVerification } from '../office/office.entity.js';

const ACK_REPORT_NOTIFY = graphql(`
  mutation AckReportNotify($input: SendBulkNotificationInput!) {
    sendBulkNotification(input: $input) { id }
  }
`);
const ACK_REPORT_ACKNOWLEDGE = graphql(`
  mutation AckReportAcknowledge($id: ID!) { acknowledgeMessage(id: $id) { id acknowledgedAt } }
`);
const ACK_REPORT_READ = graphql(`
  mutation AckReportRead($companyId: ID!) { markMessagesRead(companyId: $companyId) }
`);
const ACK_REPORT = graphql(`
  query AckReport($id: ID!, $filter: BroadcastRecipientFilter) {
    broadcast(id: $id) {
      requireAcknowledgment readCount acknowledgedCount
      recipients(first: 100, filter: $filter) {
        totalCount
        edges { node { company { id } read acknowledgedAt acknowledgedBy { id name } } }
      }
    }
  }
`);
const ACK_REPORT_REMIND = graphql(`
  mutation AckReportRemind($broadcastId: ID!, $body: String, $target: ReminderTarget) {
    remindUnread(broadcastId: $broadcastId, body: $body, target: $target) {
      id recipientCount preview requireAcknowledgment remindsOf { id }
    }
  }
`);
const ACK_REPORT_EMAIL = graphql(`
  mutation AckReportEmail($input: SendEmailInput!) { sendEmail(input: $input) { id requireAcknowledgment } }
`);
const ACK_REPORT_SMTP = graphql(`
  mutation AckReportSmtp($input: SmtpIntegrationInput!) { updateSmtpIntegration(input: $input) { host } }
`);
const ACK_REPORT_EMAILS = graphql(`
  query AckReportEmails($id: ID!) {
    company(id: $id) { emails { edges { node { id kind requiresAcknowledgment acknowledgedAt } } } }
  }
`);

describe('acknowledgments in the report per send and in reminders', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ dbPoolMax: 10 });
  });
  afterAll(() => app.stop());

  async function messagesOf(broadcastId: string): Promise<Map<string, string>> {
    const rows = await app.orm.em
      .fork()
      .execute<Array<{ id: string; company_id: string }>>(
        'select id, company_id from message where broadcast_id = ?',
        [broadcastId],
      );
    return new Map(rows.map((r) => [r.company_id, r.id]));
  }

  /** Four companies: A confirmed, B read without confirming, C did nothing, D nothing either. */
  async function scenario(office: OfficeFixture, requireAcknowledgment = true) {
    const [a, b, c, d] = office.companies as [
      OfficeFixture['companies'][number],
      OfficeFixture['companies'][number],
      OfficeFixture['companies'][number],
      OfficeFixture['companies'][number],
    ];
    const sent = ok(
      await app.gql(
        ACK_REPORT_NOTIFY,
        {
          input: {
            companyIds: [a, b, c, d].map((x) => x.company.id),
            body: 'Prosimy o potwierdzenie odbioru zestawienia',
            requireAcknowledgment,
          },
        },
        office.head.token,
      ),
    ).sendBulkNotification;
    const messageOf = await messagesOf(sent.id);
    if (requireAcknowledgment)
      ok(
        await app.gql(ACK_REPORT_ACKNOWLEDGE, { id: messageOf.get(a.company.id)! }, a.client.token),
      );
    ok(await app.gql(ACK_REPORT_READ, { companyId: b.company.id }, b.client.token));
    return { sent, a, b, c, d };
  }

  it('counts and lists who confirmed receipt, and filters on it', async () => {
    const office = await officeFixture(app, { companies: 4 });
    const { sent, a, b, c, d } = await scenario(office);
    const report = async (filter: Record<string, unknown> = {}) =>
      ok(await app.gql(ACK_REPORT, { id: sent.id, filter }, office.head.token)).broadcast!;
    const all = await report();
    expect(all).toMatchObject({ requireAcknowledgment: true, readCount: 2, acknowledgedCount: 1 });
    const byCompany = new Map(all.recipients.edges.map((e) => [e.node.company.id, e.node]));
    expect(byCompany.get(a.company.id)).toMatchObject({
      read: true,
      acknowledgedBy: { id: a.client.user.id, name: a.client.user.name },
    });
    expect(byCompany.get(a.company.id)?.acknowledgedAt).not.toBeNull();
    for (const x of [b, c, d])
      expect(byCompany.get(x.company.id)).toMatchObject({
        acknowledgedAt: null,
        acknowledgedBy: null,
      });
    const ids = async (filter: Record<string, unknown>) =>
      (await report(filter)).recipients.edges.map((e) => e.node.company.id).sort();
    expect(await ids({ acknowledged: true })).toEqual([a.company.id]);
    expect(await ids({ acknowledged: false })).toEqual([b, c, d].map((x) => x.company.id).sort());
    expect(await ids({ acknowledged: false, read: true })).toEqual([b.company.id]);
    expect(await ids({ acknowledged: true, read: false })).toEqual([]);
    expect((await report({ acknowledged: false })).recipients.totalCount).toBe(3);
    // The caretaker sees the companies still theirs (A and C).
    const caretaker = ok(
      await app.gql(
        ACK_REPORT,
        { id: sent.id, filter: { acknowledged: false } },
        office.head.token,
      ),
    );
    expect(caretaker.broadcast?.recipients.totalCount).toBe(3);
  });

  it('reminds exactly the companies where nobody confirmed, asking for the confirmation, once per cooldown', async () => {
    const office = await officeFixture(app, { companies: 4 });
    const { sent, b, c, d } = await scenario(office);
    // An archived company gets no reminder.
    await app.orm.em.fork().nativeUpdate(Company, { id: d.company.id }, { archivedAt: new Date() });

    // Twin requests: one reminds, the other finds every company reminded already.
    const twins = await Promise.all([
      app.gql(
        ACK_REPORT_REMIND,
        { broadcastId: sent.id, target: 'UNACKNOWLEDGED' },
        office.head.token,
      ),
      app.gql(
        ACK_REPORT_REMIND,
        { broadcastId: sent.id, target: 'UNACKNOWLEDGED' },
        office.head.token,
      ),
    ]);
    const won = twins.filter((r) => !r.errors?.length);
    expect(won).toHaveLength(1);
    expect(twins.flatMap(codes)).toEqual(['PRECONDITION_FAILED']);
    const reminder = ok(won[0]!).remindUnread;
    expect(reminder).toMatchObject({
      recipientCount: 2,
      requireAcknowledgment: false,
      remindsOf: { id: sent.id },
    });
    expect(reminder.preview).toMatch(
      /^Prosimy o potwierdzenie odbioru naszej wiadomości z \d\d\.\d\d\.\d{4} przyciskiem „Potwierdzam odbiór”/,
    );
    expect(reminder.preview).toContain('zestawienia');
    // B read it but did not confirm: reminded; C neither: reminded; A confirmed, D is archived.
    expect([...(await messagesOf(reminder.id)).keys()].sort()).toEqual(
      [b.company.id, c.company.id].sort(),
    );
    const again = await app.gql(
      ACK_REPORT_REMIND,
      { broadcastId: sent.id, target: 'UNACKNOWLEDGED' },
      office.head.token,
    );
    expect(again.errors?.[0]?.extensions?.reasons).toEqual(['RECENTLY_REMINDED']);

    // Once B and C confirm, nobody is left.
    const messageOf = await messagesOf(sent.id);
    for (const x of [b, c])
      ok(
        await app.gql(ACK_REPORT_ACKNOWLEDGE, { id: messageOf.get(x.company.id)! }, x.client.token),
      );
    const none = await app.gql(
      ACK_REPORT_REMIND,
      { broadcastId: sent.id, target: 'UNACKNOWLEDGED' },
      office.head.token,
    );
    expect(codes(none)).toEqual(['PRECONDITION_FAILED']);
    expect(none.errors?.[0]?.extensions?.reasons).toEqual(['NOTHING_UNACKNOWLEDGED']);
  });

  it('refuses UNACKNOWLEDGED for a send that asked for no confirmation, and keeps UNREAD as before', async () => {
    const office = await officeFixture(app, { companies: 4 });
    const { sent, a, c, d } = await scenario(office, false);
    const refused = await app.gql(
      ACK_REPORT_REMIND,
      { broadcastId: sent.id, target: 'UNACKNOWLEDGED' },
      office.head.token,
    );
    expect(codes(refused)).toEqual(['PRECONDITION_FAILED']);
    expect(refused.errors?.[0]?.extensions?.reasons).toEqual(['ACKNOWLEDGMENT_NOT_REQUIRED']);
    expect(await messagesOf(sent.id)).toHaveProperty('size', 4);
    // No target is UNREAD: the three that read nothing (B read it).
    const reminder = ok(
      await app.gql(
        ACK_REPORT_REMIND,
        { broadcastId: sent.id, body: 'Proszę przeczytać' },
        office.head.token,
      ),
    ).remindUnread;
    expect(reminder.recipientCount).toBe(3);
    expect([...(await messagesOf(reminder.id)).keys()].sort()).toEqual(
      [a.company.id, c.company.id, d.company.id].sort(),
    );
  });
});

describe('an email that asks for a confirmation', () => {
  let app: TestApp;
  let smtp: TestSmtp;

  beforeAll(async () => {
    smtp = await startTestSmtp({ users: { biuro: 'haslo-potwierdzen' } });
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.stop();
    await smtp.stop();
  });

  it('archives messages the clients confirm, and reminds the others by the subject', async () => {
    const office = await officeFixture(app, {
      companies: 2,
      verification: OfficeVerification.VERIFIED,
    });
    ok(
      await app.gql(
        ACK_REPORT_SMTP,
        {
          input: {
            host: '127.0.0.1',
            port: smtp.port,
            security: 'NONE',
            username: 'biuro',
            password: 'haslo-potwierdzen',
            fromAddress: 'biuro@potwierdzenia.test',
          },
        },
        office.head.token,
      ),
    );
    const [x, y] = office.companies;
    const { sendEmail } = ok(
      await app.gql(
        ACK_REPORT_EMAIL,
        {
          input: {
            companyIds: [x.company.id, y.company.id],
            subject: 'Deklaracja roczna',
            html: '<p>W załączeniu deklaracja</p>',
            requireAcknowledgment: true,
          },
        },
        office.head.token,
      ),
    );
    expect(sendEmail.requireAcknowledgment).toBe(true);
    const archived = ok(await app.gql(ACK_REPORT_EMAILS, { id: x.company.id }, x.client.token))
      .company?.emails.edges[0]?.node;
    expect(archived).toMatchObject({
      kind: 'EMAIL',
      requiresAcknowledgment: true,
      acknowledgedAt: null,
    });
    ok(await app.gql(ACK_REPORT_ACKNOWLEDGE, { id: archived!.id }, x.client.token));
    const reminder = ok(
      await app.gql(
        ACK_REPORT_REMIND,
        { broadcastId: sendEmail.id, target: 'UNACKNOWLEDGED' },
        office.head.token,
      ),
    ).remindUnread;
    expect(reminder.recipientCount).toBe(1);
    expect(reminder.preview).toMatch(
      /^Prosimy o potwierdzenie odbioru naszego e-maila „Deklaracja roczna” z \d\d\.\d\d\.\d{4}/,
    );
    expect(
      [
        ...(await app.orm.em
          .fork()
          .execute<Array<{ company_id: string }>>(
            'select company_id from message where broadcast_id = ?',
            [reminder.id],
          )),
      ].map((r) => r.company_id),
    ).toEqual([y.company.id]);
  });
});
