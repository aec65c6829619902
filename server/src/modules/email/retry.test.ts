import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixture, officeFixture } from '../../../test/factories.js';
import type { RetryProgressSubscription } from '../../../test/gql/graphql.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, ok, startTestApp, subscribe, type TestApp } from '../../../test/harness.js';
import { startTestSmtp, type TestSmtp } from '../../../test/smtp.js';
import { until } from '../../../test/wait.js';
import { OfficeVerification } from '../office/office.entity.js';

const SEND = graphql(`
  mutation RetrySend($input: SendEmailInput!) {
    sendEmail(input: $input) { id }
  }
`);
const SMTP = graphql(`
  mutation RetrySetSmtp($input: SmtpIntegrationInput!) {
    updateSmtpIntegration(input: $input) { host }
  }
`);
const RETRY = graphql(`
  mutation RetryFailed($id: ID!) {
    retryFailedDeliveries(broadcastId: $id) {
      id recipientCount queuedCount sentCount failedCount
    }
  }
`);
const COUNTS = graphql(`
  query RetryCounts($id: ID!) {
    broadcast(id: $id) { recipientCount queuedCount sentCount failedCount }
  }
`);
const PROGRESS = graphql(`
  subscription RetryProgress($id: ID!) {
    broadcastProgress(id: $id) { queuedCount sentCount failedCount }
  }
`);

describe('retryFailedDeliveries', () => {
  let app: TestApp;
  let smtp: TestSmtp;
  let f: OfficeFixture;
  let other: OfficeFixture;
  /** Office f's email that failed on refused credentials. */
  let failedId: string;

  const configure = (office: OfficeFixture, password: string) =>
    app
      .gql(
        SMTP,
        {
          input: {
            host: '127.0.0.1',
            port: smtp.port,
            security: 'NONE',
            username: 'biuro',
            password,
            fromAddress: 'biuro@kancelaria.test',
          },
        },
        office.head.token,
      )
      .then(ok);

  const send = async (office: OfficeFixture, companies = office.companies) =>
    ok(
      await app.gql(
        SEND,
        {
          input: {
            companyIds: companies.map((c) => c.company.id),
            subject: 'Rozliczenie',
            html: '<p>Rozliczenie</p>',
          },
        },
        office.head.token,
      ),
    ).sendEmail.id;

  const counts = async (id: string, token = f.head.token) =>
    ok(await app.gql(COUNTS, { id }, token)).broadcast;
  const settled = (id: string, token = f.head.token) =>
    until(
      () => counts(id, token),
      (c) => c?.queuedCount === 0,
    );

  beforeAll(async () => {
    smtp = await startTestSmtp({ users: { biuro: 'haslo-123' } });
    app = await startTestApp();
    [f, other] = await Promise.all([
      officeFixture(app, { companies: 4, verification: OfficeVerification.VERIFIED }),
      officeFixture(app, { companies: 2, verification: OfficeVerification.VERIFIED }),
    ]);
    await configure(f, 'zle-haslo');
    failedId = await send(f);
    expect(await settled(failedId)).toEqual({
      recipientCount: 4,
      queuedCount: 0,
      sentCount: 0,
      failedCount: 4,
    });
  });
  afterAll(async () => {
    await app.stop();
    await smtp.stop();
  });

  it('is refused while the office’s server rejects the current settings', async () => {
    const response = await app.gql(RETRY, { id: failedId }, f.head.token);
    expect(codes(response)).toEqual(['PRECONDITION_FAILED']);
    expect(response.errors![0]!.extensions!.reasons).toEqual(['SMTP_LOGIN_REJECTED']);
    expect(await counts(failedId)).toMatchObject({ queuedCount: 0, failedCount: 4 });
  });

  it('is NOT_FOUND for another office and for a caretaker who did not send it, FORBIDDEN for a client, and changes nothing', async () => {
    expect(codes(await app.gql(RETRY, { id: failedId }, other.head.token))).toEqual(['NOT_FOUND']);
    expect(codes(await app.gql(RETRY, { id: failedId }, f.caretaker.token))).toEqual(['NOT_FOUND']);
    expect(codes(await app.gql(RETRY, { id: failedId }, f.companies[0]!.client.token))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await app.gql(RETRY, { id: failedId }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await app.gql(RETRY, { id: 'not-an-id' }, f.head.token))).toEqual(['NOT_FOUND']);
    expect(await counts(failedId)).toMatchObject({ queuedCount: 0, failedCount: 4 });
  });

  it('after the settings were fixed, queues the failed deliveries again: each delivered once, with its Message-ID, counts live', async () => {
    await configure(f, 'haslo-123');
    const before = smtp.transactions.length;
    const progress = subscribe(app.ws(f.head.token), PROGRESS, { id: failedId });
    try {
      expect((await progress.next()).data?.broadcastProgress).toEqual({
        queuedCount: 0,
        sentCount: 0,
        failedCount: 4,
      });
      const { retryFailedDeliveries } = ok(await app.gql(RETRY, { id: failedId }, f.head.token));
      expect(retryFailedDeliveries).toEqual({
        id: failedId,
        recipientCount: 4,
        queuedCount: 4,
        sentCount: 0,
        failedCount: 0,
      });
      expect(await settled(failedId)).toEqual({
        recipientCount: 4,
        queuedCount: 0,
        sentCount: 4,
        failedCount: 0,
      });
      // Live: from the re-queued counts to all sent.
      let last: RetryProgressSubscription['broadcastProgress'] | undefined;
      while (!last || last.sentCount < 4) last = (await progress.next()).data?.broadcastProgress;
      expect(last).toEqual({ queuedCount: 0, sentCount: 4, failedCount: 0 });
    } finally {
      progress.dispose();
    }
    const sent = smtp.transactions.slice(before);
    expect(sent.map((t) => t.rcptTo[0]).sort()).toEqual(
      f.companies.map((c) => c.company.email).sort(),
    );
    const rows = await app.orm.em
      .fork()
      .execute<Array<{ id: string; to_address: string; status: string }>>(
        'select id, to_address, status from email_delivery where broadcast_id = ?',
        [failedId],
      );
    for (const row of rows)
      expect(sent.find((t) => t.rcptTo.includes(row.to_address))!.mail.messageId).toBe(
        `<${row.id}@ledgerpost>`,
      );
  });

  it('has nothing to retry once every delivery went out', async () => {
    const response = await app.gql(RETRY, { id: failedId }, f.head.token);
    expect(codes(response)).toEqual(['PRECONDITION_FAILED']);
    expect(response.errors![0]!.extensions!.reasons).toEqual(['NOTHING_TO_RETRY']);
  });

  it('re-sends only the failed deliveries of a broadcast, never one already sent', async () => {
    await configure(other, 'haslo-123');
    const rejected = other.companies[1]!.company.email;
    smtp.faults.data = ({ rcptTo }) =>
      rcptTo.includes(rejected) ? { answer: 550, message: 'Mailbox unavailable' } : undefined;
    const id = await send(other);
    expect(await settled(id, other.head.token)).toEqual({
      recipientCount: 2,
      queuedCount: 0,
      sentCount: 1,
      failedCount: 1,
    });
    smtp.faults.data = undefined;
    const before = smtp.transactions.length;
    expect(ok(await app.gql(RETRY, { id }, other.head.token)).retryFailedDeliveries).toMatchObject({
      queuedCount: 1,
      sentCount: 1,
      failedCount: 0,
    });
    expect(await settled(id, other.head.token)).toEqual({
      recipientCount: 2,
      queuedCount: 0,
      sentCount: 2,
      failedCount: 0,
    });
    expect(smtp.transactions.slice(before).map((t) => t.rcptTo)).toEqual([[rejected]]);
  });

  it('is refused while the office may not send email', async () => {
    smtp.faults.data = () => ({ answer: 550 });
    const id = await send(other, other.companies.slice(0, 1));
    expect(await settled(id, other.head.token)).toMatchObject({ failedCount: 1 });
    smtp.faults.data = undefined;
    await app.orm.em
      .fork()
      .execute(`update office set verification = 'PENDING' where id = ?`, [other.office.id]);
    const response = await app.gql(RETRY, { id }, other.head.token);
    expect(codes(response)).toEqual(['PRECONDITION_FAILED']);
    expect(response.errors![0]!.extensions!.reasons).toEqual(['OFFICE_NOT_VERIFIED']);
    expect(await counts(id, other.head.token)).toMatchObject({ queuedCount: 0, failedCount: 1 });
  });
});
