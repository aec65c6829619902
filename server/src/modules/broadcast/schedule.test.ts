import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDF, upload } from '../../../test/authz.js';
import { buildStaff, type OfficeFixture, officeFixture } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, ok, startTestApp, type TestApp } from '../../../test/harness.js';
import { startTestSmtp, type TestSmtp } from '../../../test/smtp.js';
import { sleep, until } from '../../../test/wait.js';
import { jobQueueSql } from '../file/file.sweep.js';
import { OfficeVerification } from '../office/office.entity.js';

const NOTIFY = graphql(`
  mutation SchedNotify($input: SendBulkNotificationInput!) {
    sendBulkNotification(input: $input) { id status sendAt recipientCount createdAt }
  }
`);
const EMAIL = graphql(`
  mutation SchedEmail($input: SendEmailInput!) {
    sendEmail(input: $input) { id status sendAt recipientCount queuedCount }
  }
`);
const BROADCAST = graphql(`
  query SchedBroadcast($id: ID!) {
    broadcast(id: $id) {
      id status sendAt recipientCount queuedCount sentCount cancelReason cancelledAt
    }
  }
`);
const LIST = graphql(`
  query SchedList($status: BroadcastStatus) {
    broadcasts(first: 100, status: $status) { edges { node { id status sendAt } } }
  }
`);
const CANCEL = graphql(`
  mutation SchedCancel($id: ID!) {
    cancelBroadcast(id: $id) { id status cancelReason cancelledAt }
  }
`);
const THREAD = graphql(`
  query SchedThread($id: ID!) {
    messages(companyId: $id) {
      totalCount
      edges { node { id body createdAt attachments { id } } }
    }
  }
`);
const TEMPLATE = graphql(`
  mutation SchedTemplate($input: MessageTemplateInput!) {
    createMessageTemplate(input: $input) { id }
  }
`);
const ACK_THREAD = graphql(`
  query SchedAckThread($id: ID!) {
    messages(companyId: $id, first: 5) {
      edges { node { subject body requiresAcknowledgment } }
    }
  }
`);
const SMTP = graphql(`
  mutation SchedSetSmtp($input: SmtpIntegrationInput!) {
    updateSmtpIntegration(input: $input) { host }
  }
`);

const seconds = (n: number) => new Date(Date.now() + n * 1000).toISOString();

describe('scheduled sends', () => {
  let app: TestApp;
  let f: OfficeFixture;
  let other: OfficeFixture;

  const sql = async (text: string, params: unknown[] = []) =>
    app.orm.em.fork().execute<Array<Record<string, unknown>>>(text, params);
  const messagesOf = async (broadcastId: string) =>
    Number(
      (await sql('select count(*)::int as n from message where broadcast_id = ?', [broadcastId]))[0]
        ?.n,
    );
  const broadcastRows = async (officeId: string) =>
    Number(
      (await sql('select count(*)::int as n from broadcast where office_id = ?', [officeId]))[0]?.n,
    );
  const threadOf = async (companyId: string, token: string) =>
    ok(await app.gql(THREAD, { id: companyId }, token)).messages;
  /** Runs the job of a scheduled send now, as the worker would when it falls due. */
  const runDue = (id: string) => app.services.broadcasts.scheduler.runDue(app.orm.em, id, false);
  const schedule = async (
    companyIds: string[],
    body: string,
    sendAt: string,
    token = f.head.token,
  ) =>
    ok(await app.gql(NOTIFY, { input: { companyIds, body, sendAt } }, token)).sendBulkNotification;

  beforeAll(async () => {
    app = await startTestApp({ scheduledSendPollMs: 500 });
    f = await officeFixture(app, { companies: 4 });
    other = await officeFixture(app, { companies: 1 });
  });
  afterAll(() => app.stop());

  it('a send scheduled 3 s ahead is not there at 1 s, then arrives in the same broadcast, made after sendAt', async () => {
    const target = f.companies[0]!;
    const sendAt = seconds(3);
    const scheduled = await schedule([target.company.id], 'Za trzy sekundy', sendAt);
    expect(scheduled).toMatchObject({ status: 'SCHEDULED', sendAt, recipientCount: 1 });
    // Stored with its request, without sendAt; its job waits in the durable queue.
    const [row] = await sql('select request from broadcast where id = ?', [scheduled.id]);
    expect(row?.request).toEqual({
      companyIds: [target.company.id],
      body: 'Za trzy sekundy',
      requireAcknowledgment: false,
    });
    const [job] = await sql('select state, start_after from pgboss.job where id = ?', [
      scheduled.id,
    ]);
    expect(job?.state).toBe('created');
    expect(new Date(job?.start_after as string).toISOString()).toBe(sendAt);

    await sleep(1000);
    expect((await threadOf(target.company.id, target.client.token)).totalCount).toBe(0);
    expect(await messagesOf(scheduled.id)).toBe(0);

    const thread = await until(
      () => threadOf(target.company.id, target.client.token),
      (t) => t.totalCount === 1,
      20_000,
      200,
    );
    const message = thread.edges[0]!.node;
    expect(message.body).toBe('Za trzy sekundy');
    expect(new Date(message.createdAt).getTime()).toBeGreaterThanOrEqual(
      new Date(sendAt).getTime(),
    );
    const sent = ok(await app.gql(BROADCAST, { id: scheduled.id }, f.head.token)).broadcast;
    expect(sent).toMatchObject({ id: scheduled.id, status: 'SENT', recipientCount: 1, sendAt });
    expect(await messagesOf(scheduled.id)).toBe(1);
    expect(await broadcastRows(f.office.id)).toBeGreaterThanOrEqual(1);
  });

  it('refuses a sendAt in the past or more than 90 days ahead, and stores nothing', async () => {
    const before = await broadcastRows(f.office.id);
    const ids = [f.companies[0]!.company.id];
    for (const sendAt of [seconds(-3600), seconds(91 * 86_400)]) {
      const response = await app.gql(
        NOTIFY,
        { input: { companyIds: ids, body: 'x', sendAt } },
        f.head.token,
      );
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.extensions?.field).toBe('sendAt');
    }
    // A moment ago (a slow form) still means now.
    const now = ok(
      await app.gql(
        NOTIFY,
        { input: { companyIds: ids, body: 'Teraz', sendAt: seconds(-5) } },
        f.head.token,
      ),
    ).sendBulkNotification;
    expect(now).toMatchObject({ status: 'SENT', sendAt: null });
    expect(await broadcastRows(f.office.id)).toBe(before + 1);
  });

  it('checks a scheduled send as an immediate one: another office’s company or file is NOT_FOUND, nothing stored', async () => {
    const before = await broadcastRows(f.office.id);
    const foreign = await app.gql(
      NOTIFY,
      {
        input: {
          companyIds: [f.companies[0]!.company.id, other.companies[0]!.company.id],
          body: 'Do obcych',
          sendAt: seconds(600),
        },
      },
      f.head.token,
    );
    expect(codes(foreign)).toEqual(['NOT_FOUND']);
    const otherFile = await upload(app, other.head.token, 'cudzy.pdf', PDF('cudzy'));
    const file = await app.gql(
      NOTIFY,
      {
        input: {
          companyIds: [f.companies[0]!.company.id],
          body: 'Z cudzym plikiem',
          attachmentIds: [otherFile],
          sendAt: seconds(600),
        },
      },
      f.head.token,
    );
    expect(codes(file)).toEqual(['NOT_FOUND']);
    expect(await broadcastRows(f.office.id)).toBe(before);
  });

  it('cancelled, it never goes: its job is cancelled, and a run of it anyway sends nothing', async () => {
    const target = f.companies[1]!;
    const scheduled = await schedule([target.company.id], 'Anulowana', seconds(2));
    const cancelled = ok(await app.gql(CANCEL, { id: scheduled.id }, f.head.token)).cancelBroadcast;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelReason: 'BY_USER' });
    // A second cancel changes nothing.
    const again = ok(await app.gql(CANCEL, { id: scheduled.id }, f.head.token)).cancelBroadcast;
    expect(again).toEqual(cancelled);
    const [job] = await sql('select state from pgboss.job where id = ?', [scheduled.id]);
    expect(job?.state).toBe('cancelled');
    await runDue(scheduled.id);
    await sleep(3000);
    expect(await messagesOf(scheduled.id)).toBe(0);
    expect((await threadOf(target.company.id, target.client.token)).totalCount).toBe(0);
    expect(
      ok(await app.gql(BROADCAST, { id: scheduled.id }, f.head.token)).broadcast,
    ).toMatchObject({ status: 'CANCELLED', cancelReason: 'BY_USER' });
  });

  it('cancel: a sent broadcast is PRECONDITION_FAILED (ALREADY_SENT); another office’s, and a caretaker for another’s, NOT_FOUND', async () => {
    const sent = ok(
      await app.gql(
        NOTIFY,
        { input: { companyIds: [f.companies[0]!.company.id], body: 'Już poszła' } },
        f.head.token,
      ),
    ).sendBulkNotification;
    const refused = await app.gql(CANCEL, { id: sent.id }, f.head.token);
    expect(codes(refused)).toEqual(['PRECONDITION_FAILED']);
    expect(refused.errors?.[0]?.extensions?.reasons).toEqual(['ALREADY_SENT']);

    const headsOwn = await schedule([f.companies[0]!.company.id], 'Szefa', seconds(600));
    expect(codes(await app.gql(CANCEL, { id: headsOwn.id }, other.head.token))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await app.gql(CANCEL, { id: headsOwn.id }, f.caretaker.token))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await app.gql(CANCEL, { id: headsOwn.id }, f.companies[0]!.client.token))).toEqual(
      ['FORBIDDEN'],
    );
    expect(codes(await app.gql(CANCEL, { id: 'not-an-id' }, f.head.token))).toEqual(['NOT_FOUND']);
    expect(ok(await app.gql(BROADCAST, { id: headsOwn.id }, f.head.token)).broadcast?.status).toBe(
      'SCHEDULED',
    );
    // The head may cancel a caretaker's.
    const caretakers = await schedule(
      [f.companies[0]!.company.id],
      'Opiekuna',
      seconds(600),
      f.caretaker.token,
    );
    expect(
      ok(await app.gql(CANCEL, { id: caretakers.id }, f.head.token)).cancelBroadcast.status,
    ).toBe('CANCELLED');
    await app.gql(CANCEL, { id: headsOwn.id }, f.head.token);
  });

  it('lists scheduled, sent and cancelled sends, each status on its own', async () => {
    const scheduled = await schedule([f.companies[2]!.company.id], 'Na liście', seconds(600));
    const all = ok(await app.gql(LIST, {}, f.head.token)).broadcasts.edges.map((e) => e.node);
    expect(all.find((b) => b.id === scheduled.id)).toMatchObject({ status: 'SCHEDULED' });
    expect(new Set(all.map((b) => b.status))).toEqual(new Set(['SCHEDULED', 'SENT', 'CANCELLED']));
    for (const status of ['SCHEDULED', 'SENT', 'CANCELLED'] as const) {
      const only = ok(await app.gql(LIST, { status }, f.head.token)).broadcasts.edges;
      expect(only.length).toBeGreaterThan(0);
      expect(only.every((e) => e.node.status === status)).toBe(true);
    }
    await app.gql(CANCEL, { id: scheduled.id }, f.head.token);
  });

  it('run twice at once (a retried job, two workers), it sends one set of messages', async () => {
    const ids = f.companies.map((c) => c.company.id);
    const scheduled = await schedule(ids, 'Bliźniacze uruchomienie', seconds(600));
    const unreadBefore = await sql(
      'select sum(unread_count)::int as n from company_member where company_id = any(?::uuid[])',
      [`{${ids.join(',')}}`],
    );
    await Promise.all([runDue(scheduled.id), runDue(scheduled.id), runDue(scheduled.id)]);
    expect(await messagesOf(scheduled.id)).toBe(ids.length);
    const unreadAfter = await sql(
      'select sum(unread_count)::int as n from company_member where company_id = any(?::uuid[])',
      [`{${ids.join(',')}}`],
    );
    expect(Number(unreadAfter[0]?.n) - Number(unreadBefore[0]?.n)).toBe(ids.length);
    expect(
      ok(await app.gql(BROADCAST, { id: scheduled.id }, f.head.token)).broadcast,
    ).toMatchObject({ status: 'SENT', recipientCount: ids.length });
    // Cancelling it now is too late.
    const late = await app.gql(CANCEL, { id: scheduled.id }, f.head.token);
    expect(late.errors?.[0]?.extensions?.reasons).toEqual(['ALREADY_SENT']);
  });

  it('a cancel racing the run has one outcome: sent and ALREADY_SENT, or cancelled and nothing sent', async () => {
    for (let round = 0; round < 3; round += 1) {
      const target = f.companies[round % f.companies.length]!;
      const scheduled = await schedule([target.company.id], `Wyścig ${round}`, seconds(600));
      const [, cancel] = await Promise.all([
        runDue(scheduled.id),
        app.gql(CANCEL, { id: scheduled.id }, f.head.token),
      ]);
      const status = ok(await app.gql(BROADCAST, { id: scheduled.id }, f.head.token)).broadcast
        ?.status;
      if (status === 'SENT') {
        expect(cancel.errors?.[0]?.extensions?.reasons).toEqual(['ALREADY_SENT']);
        expect(await messagesOf(scheduled.id)).toBe(1);
      } else {
        expect(status).toBe('CANCELLED');
        expect(ok(cancel).cancelBroadcast.status).toBe('CANCELLED');
        expect(await messagesOf(scheduled.id)).toBe(0);
      }
    }
  });

  it('re-checked when due: a company archived since, or no longer the caretaker’s, is skipped', async () => {
    const g = await officeFixture(app, { companies: 6 });
    // The caretaker has the companies at even positions: 0, 2, 4.
    const mine = [g.companies[0]!, g.companies[2]!, g.companies[4]!];
    const scheduled = await schedule(
      mine.map((c) => c.company.id),
      'Sprawdzona ponownie',
      seconds(600),
      g.caretaker.token,
    );
    await sql('update company set archived_at = now() where id = ?', [mine[1]!.company.id]);
    await sql('update company set caretaker_id = null where id = ?', [mine[2]!.company.id]);
    await runDue(scheduled.id);
    const done = ok(await app.gql(BROADCAST, { id: scheduled.id }, g.head.token)).broadcast;
    expect(done).toMatchObject({ status: 'SENT', recipientCount: 1 });
    expect((await threadOf(mine[0]!.company.id, mine[0]!.client.token)).totalCount).toBe(1);
    expect((await threadOf(mine[1]!.company.id, mine[1]!.client.token)).totalCount).toBe(0);
    expect((await threadOf(mine[2]!.company.id, mine[2]!.client.token)).totalCount).toBe(0);
  });

  it('re-checked when due: nothing left, or the author deactivated, makes it CANCELLED with the reason', async () => {
    const g = await officeFixture(app, { companies: 2 });
    const ids = g.companies.map((c) => c.company.id);
    const none = await schedule(ids, 'Nikt nie został', seconds(600), g.head.token);
    await sql('update company set archived_at = now() where id = any(?::uuid[])', [
      `{${ids.join(',')}}`,
    ]);
    await runDue(none.id);
    expect(ok(await app.gql(BROADCAST, { id: none.id }, g.head.token)).broadcast).toMatchObject({
      status: 'CANCELLED',
      cancelReason: 'NO_RECIPIENTS',
    });
    expect(await messagesOf(none.id)).toBe(0);
    await sql('update company set archived_at = null where id = any(?::uuid[])', [
      `{${ids.join(',')}}`,
    ]);

    const byCaretaker = await schedule([ids[0]!], 'Autor odszedł', seconds(600), g.caretaker.token);
    await sql('update app_user set deactivated_at = now() where id = ?', [g.caretaker.user.id]);
    await runDue(byCaretaker.id);
    expect(
      ok(await app.gql(BROADCAST, { id: byCaretaker.id }, g.head.token)).broadcast,
    ).toMatchObject({ status: 'CANCELLED', cancelReason: 'AUTHOR_DEACTIVATED' });
    expect(await messagesOf(byCaretaker.id)).toBe(0);
  });

  it('keeps the uploads of a scheduled send from the orphan sweep, and sends them when due', async () => {
    const target = f.companies[3]!;
    const fileId = await upload(app, f.head.token, 'na-pozniej.pdf', PDF('pozniej'));
    const scheduled = ok(
      await app.gql(
        NOTIFY,
        {
          input: {
            companyIds: [target.company.id],
            body: 'Z załącznikiem',
            attachmentIds: [fileId],
            sendAt: seconds(600),
          },
        },
        f.head.token,
      ),
    ).sendBulkNotification;
    // Uploaded long ago, as if the send were scheduled for weeks ahead.
    await sql(`update stored_file set created_at = now() - interval '400 days' where id = ?`, [
      fileId,
    ]);
    await app.services.files.sweepOrphans(jobQueueSql(app.boss));
    expect(await sql('select id from stored_file where id = ?', [fileId])).toHaveLength(1);
    await runDue(scheduled.id);
    const thread = await threadOf(target.company.id, target.client.token);
    expect(thread.edges[0]?.node.attachments.map((a) => a.id)).toEqual([fileId]);
  });

  describe('email', () => {
    let smtp: TestSmtp;
    let v: OfficeFixture;

    beforeAll(async () => {
      smtp = await startTestSmtp();
      v = await officeFixture(app, { companies: 2, verification: OfficeVerification.VERIFIED });
      ok(
        await app.gql(
          SMTP,
          {
            input: {
              host: '127.0.0.1',
              port: smtp.port,
              security: 'NONE',
              fromAddress: 'biuro@kancelaria.test',
            },
          },
          v.head.token,
        ),
      );
    });
    afterAll(() => smtp.stop());

    const scheduleEmail = async (subject: string, sendAt: string, key?: string) =>
      ok(
        await app.gql(
          EMAIL,
          {
            input: {
              companyIds: v.companies.map((c) => c.company.id),
              subject,
              html: `<p>${subject}</p>`,
              sendAt,
              idempotencyKey: key,
            },
          },
          v.head.token,
        ),
      ).sendEmail;
    const mailsWith = (subject: string) =>
      smtp.transactions.filter((t) => t.mail.subject === subject);

    it('a scheduled email goes to the real SMTP server when due, one per company; a retry with its key answers the same broadcast', async () => {
      const scheduled = await scheduleEmail('Deklaracja później', seconds(3), 'klucz-pozniej');
      expect(scheduled).toMatchObject({ status: 'SCHEDULED', recipientCount: 2, queuedCount: 0 });
      const retried = await scheduleEmail('Deklaracja później', seconds(3), 'klucz-pozniej');
      expect(retried.id).toBe(scheduled.id);
      await sleep(1000);
      expect(mailsWith('Deklaracja później')).toHaveLength(0);
      await until(
        () => mailsWith('Deklaracja później').length,
        (n) => n === 2,
        30_000,
        200,
      );
      expect(
        mailsWith('Deklaracja później')
          .flatMap((t) => t.rcptTo)
          .sort(),
      ).toEqual(v.companies.map((c) => c.company.email).sort());
      const sent = ok(await app.gql(BROADCAST, { id: scheduled.id }, v.head.token)).broadcast;
      expect(sent).toMatchObject({ status: 'SENT', recipientCount: 2 });
    });

    it('an office no longer VERIFIED when it is due: CANCELLED (OFFICE_NOT_VERIFIED), no email, no delivery', async () => {
      const scheduled = await scheduleEmail('Po utracie weryfikacji', seconds(600));
      await sql(`update office set verification = 'UNVERIFIED' where id = ?`, [v.office.id]);
      try {
        await runDue(scheduled.id);
      } finally {
        await sql(`update office set verification = 'VERIFIED' where id = ?`, [v.office.id]);
      }
      expect(
        ok(await app.gql(BROADCAST, { id: scheduled.id }, v.head.token)).broadcast,
      ).toMatchObject({ status: 'CANCELLED', cancelReason: 'OFFICE_NOT_VERIFIED', queuedCount: 0 });
      expect(
        await sql('select id from email_delivery where broadcast_id = ?', [scheduled.id]),
      ).toHaveLength(0);
      expect(await messagesOf(scheduled.id)).toBe(0);
      await sleep(500);
      expect(mailsWith('Po utracie weryfikacji')).toHaveLength(0);
    });

    it('an email cannot be scheduled by an office that cannot send email', async () => {
      const response = await app.gql(
        EMAIL,
        {
          input: {
            companyIds: [f.companies[0]!.company.id],
            subject: 'Bez SMTP',
            html: '<p>x</p>',
            sendAt: seconds(600),
          },
        },
        f.head.token,
      );
      expect(codes(response)).toEqual(['PRECONDITION_FAILED']);
    });
  });

  it('a deactivated head of another office is nobody here: an extra staff member cannot cancel either', async () => {
    const em = app.orm.em.fork();
    const stranger = await buildStaff(em, other.office, {
      email: `sched-${Date.now()}@test.local`,
      name: 'Obcy opiekun',
    });
    await em.flush();
    const token = await app.services.auth.createSession(em, stranger);
    const scheduled = await schedule([f.companies[0]!.company.id], 'Nie dla obcych', seconds(600));
    expect(codes(await app.gql(CANCEL, { id: scheduled.id }, token))).toEqual(['NOT_FOUND']);
    await app.gql(CANCEL, { id: scheduled.id }, f.head.token);
  });
  it('fills a template when the send falls due, with each company’s data as it is then, and keeps the acknowledgment asked for', async () => {
    const [first, second] = [f.companies[2]!, f.companies[3]!];
    const { createMessageTemplate } = ok(
      await app.gql(
        TEMPLATE,
        {
          input: {
            name: 'Zaplanowany z danymi',
            kind: 'NOTIFICATION',
            subject: 'Dla {{firma}}',
            html: '<p>NIP {{nip}}, opiekun: {{opiekun|brak}}</p>',
          },
        },
        f.head.token,
      ),
    );
    const scheduled = ok(
      await app.gql(
        NOTIFY,
        {
          input: {
            companyIds: [first.company.id, second.company.id],
            templateId: createMessageTemplate.id,
            requireAcknowledgment: true,
            sendAt: seconds(60),
          },
        },
        f.head.token,
      ),
    ).sendBulkNotification;
    expect(scheduled.status).toBe('SCHEDULED');
    // Renamed while it waits: the message carries the name it has when it goes.
    await sql('update company set name = ? where id = ?', [
      'Nowa Nazwa Sp. z o.o.',
      first.company.id,
    ]);
    await runDue(scheduled.id);
    const [own] = ok(await app.gql(ACK_THREAD, { id: first.company.id }, first.client.token))
      .messages.edges;
    expect(own?.node).toMatchObject({
      subject: 'Dla Nowa Nazwa Sp. z o.o.',
      requiresAcknowledgment: true,
    });
    expect(own?.node.body).toContain(`NIP ${first.company.nip}`);
    const [theirs] = ok(await app.gql(ACK_THREAD, { id: second.company.id }, second.client.token))
      .messages.edges;
    expect(theirs?.node.subject).toBe(`Dla ${second.company.name}`);
    expect(theirs?.node.body).not.toContain('Nowa Nazwa');
  });
});
