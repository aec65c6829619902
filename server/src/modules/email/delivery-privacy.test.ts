import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixture, officeFixture } from '../../../test/factories.js';
import type { PrivacyProgressQuery } from '../../../test/gql/graphql.js';
import { graphql } from '../../../test/gql/index.js';
import { ok, startTestApp, type TestApp } from '../../../test/harness.js';
import { startTestSmtp, type TestSmtp } from '../../../test/smtp.js';
import { OfficeVerification } from '../office/office.entity.js';

const SMTP = graphql(`
  mutation PrivacySetSmtp($input: SmtpIntegrationInput!) {
    updateSmtpIntegration(input: $input) { host }
  }
`);
const SEND = graphql(`
  mutation PrivacySend($input: SendEmailInput!) {
    sendEmail(input: $input) { id }
  }
`);
const THREAD = graphql(`
  query PrivacyThread($companyId: ID!) {
    messages(companyId: $companyId, first: 10) {
      edges { node { kind delivery { status toAddress attempts lastError } } }
    }
  }
`);
const EMAILS = graphql(`
  query PrivacyEmails($id: ID!) {
    company(id: $id) {
      emails(first: 10) { edges { node { delivery { status attempts lastError } } } }
    }
  }
`);
const PROGRESS = graphql(`
  query PrivacyProgress($id: ID!) {
    broadcast(id: $id) {
      queuedCount
      deliveries(first: 10) { edges { node { status attempts lastError } } }
    }
  }
`);

/** What the office's server said, with an address of the platform's network in it. */
const SERVER_TEXT = 'Mailbox unavailable INTERNAL-SECRET relay 10.20.30.40:2525 [fd00::7]';
const ADDRESS = /\b\d{1,3}(\.\d{1,3}){3}\b|\[[0-9a-f:]+\]|127\.0\.0\.1|INTERNAL-SECRET/i;

describe('delivery internals', () => {
  let app: TestApp;
  let smtp: TestSmtp;
  let f: OfficeFixture;

  beforeAll(async () => {
    smtp = await startTestSmtp({
      faults: {
        data: ({ attempt }) => ({ answer: attempt === 1 ? 451 : 550, message: SERVER_TEXT }),
      },
    });
    app = await startTestApp();
    f = await officeFixture(app, { companies: 1, verification: OfficeVerification.VERIFIED });
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
        f.head.token,
      ),
    );
  });
  afterAll(async () => {
    await app?.stop();
    await smtp?.stop();
  });

  it('clients get null for attempts and lastError; staff get reasons without the server’s words or any address', async () => {
    const target = f.companies[0]!;
    const { sendEmail } = ok(
      await app.gql(
        SEND,
        { input: { companyIds: [target.company.id], subject: 'Raport', html: '<p>Raport</p>' } },
        f.head.token,
      ),
    );
    // 451 first (retried), then 550 (failed for good).
    const deadline = Date.now() + 20_000;
    let broadcast: NonNullable<PrivacyProgressQuery['broadcast']>;
    do {
      await new Promise((resolve) => setTimeout(resolve, 150));
      broadcast = ok(await app.gql(PROGRESS, { id: sendEmail.id }, f.head.token)).broadcast!;
    } while (broadcast.queuedCount > 0 && Date.now() < deadline);
    expect(broadcast.deliveries.edges[0]!.node).toEqual({
      status: 'FAILED',
      attempts: 2,
      lastError: 'The SMTP server refused the email (550).',
    });

    const staffView = ok(await app.gql(THREAD, { companyId: target.company.id }, f.head.token))
      .messages.edges[0]!.node.delivery;
    expect(staffView).toMatchObject({
      status: 'FAILED',
      attempts: 2,
      lastError: 'The SMTP server refused the email (550).',
    });
    const caretakerView = ok(await app.gql(EMAILS, { id: target.company.id }, f.caretaker.token))
      .company!.emails.edges[0]!.node.delivery;
    expect(caretakerView).toEqual({
      status: 'FAILED',
      attempts: 2,
      lastError: 'The SMTP server refused the email (550).',
    });

    const clientThread = ok(
      await app.gql(THREAD, { companyId: target.company.id }, target.client.token),
    );
    expect(clientThread.messages.edges[0]!.node).toEqual({
      kind: 'EMAIL',
      delivery: {
        status: 'FAILED',
        toAddress: target.company.email,
        attempts: null,
        lastError: null,
      },
    });
    const clientEmails = ok(await app.gql(EMAILS, { id: target.company.id }, target.client.token));
    expect(clientEmails.company!.emails.edges[0]!.node.delivery).toEqual({
      status: 'FAILED',
      attempts: null,
      lastError: null,
    });

    // Nowhere the staff can read it either: not the server's text, not the address it came from.
    const [row] = await app.orm.em
      .fork()
      .execute<Array<{ last_error: string }>>(
        'select last_error from email_delivery where broadcast_id = ?',
        [sendEmail.id],
      );
    expect(row!.last_error).not.toMatch(ADDRESS);
    expect(JSON.stringify([broadcast, staffView, caretakerView])).not.toMatch(ADDRESS);
  });
});
