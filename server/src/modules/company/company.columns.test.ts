import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCompanies, type OfficeFixtureOf, officeFixture } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, countStatements, ok, startTestApp, type TestApp } from '../../../test/harness.js';
import { startTestSmtp, type TestSmtp } from '../../../test/smtp.js';
import { seedBookkeeping } from '../bookkeeping/bookkeeping.demo.js';
import { OfficeVerification } from '../office/office.entity.js';

/* The company list's columns: every view's per-company fields, for a page, at a fixed cost. */

const COLUMNS = graphql(`
  query CompanyColumns($first: Int, $filter: CompanyFilter) {
    companies(first: $first, filter: $filter) {
      totalCount
      edges {
        node {
          id name taxForm vatPayer
          unreadFromClientCount
          caretaker { id name }
          lastMessage { createdAt direction kind }
          lastPrintoutEmail { id kind delivery { sentAt } attachments { printout period } }
          latestDeclaration { type period status filedAt upo { referenceNumber receivedAt } }
          users { name email }
        }
      }
    }
  }
`);
const CLIENT_COLUMNS = graphql(`
  query CompanyColumnsOfClient {
    companies(first: 10) {
      edges {
        node {
          id
          lastPrintoutEmail { createdAt attachments { printout } }
          latestDeclaration { type period upo { referenceNumber } }
        }
      }
    }
  }
`);
const CLIENT_USERS = graphql(`
  query CompanyColumnsClientUsers {
    companies(first: 10) { edges { node { id users { email } } } }
  }
`);
const ASK = graphql(`
  mutation CompanyColumnsAsk($input: SendMessageInput!) {
    sendMessage(input: $input) { id createdAt }
  }
`);
const SEND_EMAIL = graphql(`
  mutation CompanyColumnsEmail($input: SendEmailInput!) {
    sendEmail(input: $input) { id }
  }
`);
const SMTP = graphql(`
  mutation CompanyColumnsSmtp($input: SmtpIntegrationInput!) {
    updateSmtpIntegration(input: $input) { host }
  }
`);

const YEAR = 2025;

describe('company list columns', () => {
  let app: TestApp;
  let smtp: TestSmtp;
  let f: OfficeFixtureOf<4>;

  beforeAll(async () => {
    app = await startTestApp();
    smtp = await startTestSmtp();
    f = await officeFixture(app, { companies: 4, verification: OfficeVerification.VERIFIED });
    await seedBookkeeping(
      app.orm.em.fork(),
      f.companies.map((c) => c.company),
      YEAR,
    );
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
    await app.stop();
    await smtp.stop();
  });

  it('shows unread from client, last message, last printouts sent, latest declaration and client users', async () => {
    const [full, taxBook, lumpSum, quiet] = f.companies;
    const question = ok(
      await app.gql(
        ASK,
        { input: { companyId: lumpSum.company.id, body: 'Kiedy termin płatności VAT?' } },
        lumpSum.client.token,
      ),
    ).sendMessage;
    ok(
      await app.gql(
        SEND_EMAIL,
        {
          input: {
            companyIds: [full.company.id, taxBook.company.id],
            subject: 'Wydruki za październik',
            html: '<p>W załączeniu wydruki.</p>',
            printouts: [
              { kind: 'LEDGER', period: `${YEAR}-10` },
              { kind: 'TAX_BOOK', period: `${YEAR}-10` },
            ],
          },
        },
        f.head.token,
      ),
    );
    // Not sent yet: no printouts sent either.
    const queued = ok(await app.gql(COLUMNS, { first: 10 }, f.head.token)).companies.edges;
    expect(queued.map((e) => e.node.lastPrintoutEmail)).toEqual([null, null, null, null]);
    await expect
      .poll(
        () => smtp.transactions.filter((t) => t.mail.subject === 'Wydruki za październik').length,
        {
          timeout: 20_000,
        },
      )
      .toBe(2);
    await expect
      .poll(
        async () =>
          ok(await app.gql(COLUMNS, { first: 10 }, f.head.token)).companies.edges.filter(
            (e) => e.node.lastPrintoutEmail?.delivery?.sentAt,
          ).length,
        { timeout: 20_000 },
      )
      .toBe(2);

    const { companies } = ok(await app.gql(COLUMNS, { first: 10 }, f.head.token));
    const byId = new Map(companies.edges.map((e) => [e.node.id, e.node]));
    const asked = byId.get(lumpSum.company.id)!;
    expect(asked.unreadFromClientCount).toBe(1);
    expect(asked.lastMessage).toEqual({
      createdAt: question.createdAt,
      direction: 'CLIENT_TO_OFFICE',
      kind: 'QUESTION',
    });
    expect(asked.lastPrintoutEmail).toBeNull();
    expect(asked.users).toEqual([
      { name: lumpSum.client.user.name, email: lumpSum.client.user.email },
    ]);

    // Each company got the record of its own taxation form only.
    expect(byId.get(full.company.id)!.lastPrintoutEmail).toMatchObject({
      kind: 'EMAIL',
      attachments: [{ printout: 'LEDGER', period: `${YEAR}-10` }],
    });
    expect(byId.get(taxBook.company.id)!.lastPrintoutEmail).toMatchObject({
      kind: 'EMAIL',
      attachments: [{ printout: 'TAX_BOOK', period: `${YEAR}-10` }],
    });
    expect(byId.get(full.company.id)!.unreadFromClientCount).toBe(0);

    // VAT payers (even positions): December's JPK_V7M, still a draft; the others: last year's annual
    // declaration, accepted with its UPO.
    expect(byId.get(full.company.id)!.latestDeclaration).toMatchObject({
      type: 'JPK_V7M',
      period: `${YEAR}-12`,
      status: 'DRAFT',
      upo: null,
    });
    const annual = byId.get(taxBook.company.id)!.latestDeclaration;
    expect(annual).toMatchObject({ type: 'PIT-36', period: String(YEAR - 1), status: 'ACCEPTED' });
    expect(annual?.upo?.referenceNumber).toMatch(/^[0-9A-F]{32}$/);
    expect(byId.get(quiet.company.id)!.latestDeclaration).toMatchObject({
      type: 'CIT-8',
      period: String(YEAR - 1),
    });
  });

  it('a client sees their own company’s columns, and no client users', async () => {
    const [full] = f.companies;
    const mine = ok(await app.gql(CLIENT_COLUMNS, {}, full.client.token)).companies.edges;
    expect(mine.map((e) => e.node.id)).toEqual([full.company.id]);
    expect(mine[0]!.node.latestDeclaration?.type).toBe('JPK_V7M');
    expect(codes(await app.gql(CLIENT_USERS, {}, full.client.token))).toEqual(['FORBIDDEN']);
  });

  it('a caretaker sees the columns of their companies only', async () => {
    const { companies } = ok(await app.gql(COLUMNS, { first: 10 }, f.caretaker.token));
    expect(companies.edges.map((e) => e.node.id)).toEqual([
      f.companies[0].company.id,
      f.companies[2].company.id,
    ]);
    expect(companies.edges[1]!.node.unreadFromClientCount).toBe(1);
  });

  it('a page of 100 among 10,000 costs the statements of a page of 5', async () => {
    await insertCompanies(app.orm.em.fork(), f.office.id, 10_000);
    const few = await countStatements(() => app.gql(COLUMNS, { first: 5 }, f.head.token));
    const page = await countStatements(() => app.gql(COLUMNS, { first: 100 }, f.head.token));
    const { companies } = ok(page.result);
    expect(companies.totalCount).toBe(10_004);
    expect(companies.edges).toHaveLength(100);
    // The four companies with history come first by name, so the page mixes full and empty rows.
    expect(companies.edges[0]!.node.latestDeclaration).not.toBeNull();
    expect(companies.edges[99]!.node.latestDeclaration).toBeNull();
    expect(page.statements).toBe(few.statements);
    expect(page.statements).toBeLessThanOrEqual(12);
  });
});
