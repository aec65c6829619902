import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCompanies, officeFixture } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import { countStatements, ok, startTestApp, type TestApp } from '../../../test/harness.js';

const NOTIFY = graphql(`
  mutation ScaleReportNotify($input: SendBulkNotificationInput!) {
    sendBulkNotification(input: $input) { id recipientCount }
  }
`);
const LIST = graphql(`
  query ScaleReportBroadcasts($first: Int) {
    broadcasts(first: $first) {
      edges {
        node {
          id kind status recipientCount readCount failedCount preview createdAt
          author { id name } remindsOf { id } reminders { id }
        }
      }
    }
  }
`);
const RECIPIENTS = graphql(`
  query ScaleReportRecipients($id: ID!, $first: Int, $filter: BroadcastRecipientFilter) {
    broadcast(id: $id) {
      recipients(first: $first, filter: $filter) {
        totalCount
        edges {
          node {
            company { id name nip }
            read firstReadAt reads { user { id name } readAt }
            emailStatus attachmentCount downloads { file { filename } downloadedAt } repliedAt
          }
        }
      }
    }
  }
`);
const REMIND = graphql(`
  mutation ScaleReportRemind($broadcastId: ID!) {
    remindUnread(broadcastId: $broadcastId) { id recipientCount }
  }
`);

const LARGE = 10_000;

describe('the report per send at 10,000 recipients', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it('a page of recipients, filtered or not, and a reminder cost the same statements for 10,000 as for 60', async () => {
    const office = await officeFixture(app, { companies: 1 });
    const em = app.orm.em.fork();
    const companies = await insertCompanies(em, office.office.id, LARGE);
    const all = companies.map((c) => c.companyId);
    const small = all.slice(0, 60);
    const send = async (ids: string[], body: string) =>
      ok(await app.gql(NOTIFY, { input: { companyIds: ids, body } }, office.head.token))
        .sendBulkNotification;
    const large = await send(all, 'Do wszystkich');
    const few = await send(small, 'Do niektórych');
    expect(large.recipientCount).toBe(LARGE);
    // Two companies in five have a client who read both (fixture rows, set-based).
    const read = all.filter((_, i) => i % 5 < 2);
    await em.execute(
      `insert into read_receipt (message_id, user_id)
       select m.id, cm.user_id from message m join company_member cm on cm.company_id = m.company_id
        where m.broadcast_id = any(?::uuid[]) and m.company_id = any(?::uuid[])`,
      [`{${large.id},${few.id}}`, `{${read.join(',')}}`],
    );

    const page = (id: string, filter: Record<string, unknown>) =>
      countStatements(async () =>
        ok(await app.gql(RECIPIENTS, { id, first: 20, filter }, office.head.token)),
      );
    for (const filter of [{}, { read: false }, { read: true, replied: false }]) {
      const big = await page(large.id, filter);
      const little = await page(few.id, filter);
      console.log(
        `recipients ${JSON.stringify(filter)}: 10,000 -> ${big.statements} statements, 60 -> ${little.statements}`,
      );
      expect(big.result.broadcast!.recipients.edges).toHaveLength(20);
      expect(big.statements).toBe(little.statements);
      expect(big.statements).toBeLessThanOrEqual(6);
    }
    const unread = (await page(large.id, { read: false })).result.broadcast!.recipients;
    expect(unread.totalCount).toBe(6000);
    expect(unread.edges.every((e) => !e.node.read)).toBe(true);

    const bigReminder = await countStatements(async () =>
      ok(await app.gql(REMIND, { broadcastId: large.id }, office.head.token)),
    );
    const smallReminder = await countStatements(async () =>
      ok(await app.gql(REMIND, { broadcastId: few.id }, office.head.token)),
    );
    console.log(
      `remindUnread: 6,000 unread of 10,000 -> ${bigReminder.statements} statements, 36 of 60 -> ${smallReminder.statements}`,
    );
    expect(bigReminder.result.remindUnread.recipientCount).toBe(6000);
    expect(smallReminder.result.remindUnread.recipientCount).toBe(36);
    expect(bigReminder.statements).toBe(smallReminder.statements);
  });

  it('a page of 50 broadcasts with their counts, author and links costs as many statements as a page of 5', async () => {
    const office = await officeFixture(app, { companies: 3 });
    const ids = office.companies.map((c) => c.company.id);
    for (let i = 0; i < 60; i += 1)
      ok(
        await app.gql(
          NOTIFY,
          // The caretaker's own go to their companies (0 and 2).
          { input: { companyIds: i % 2 ? ids : [ids[0]!, ids[2]!], body: `Powiadomienie ${i}` } },
          i % 2 ? office.head.token : office.caretaker.token,
        ),
      );
    const fifty = await countStatements(async () =>
      ok(await app.gql(LIST, { first: 50 }, office.head.token)),
    );
    const five = await countStatements(async () =>
      ok(await app.gql(LIST, { first: 5 }, office.head.token)),
    );
    console.log(
      `broadcasts: first 50 -> ${fifty.statements} statements, first 5 -> ${five.statements}`,
    );
    expect(fifty.result.broadcasts.edges).toHaveLength(50);
    expect(fifty.result.broadcasts.edges[0]!.node.preview).toBe('Powiadomienie 59');
    expect(fifty.statements).toBe(five.statements);
    expect(fifty.statements).toBeLessThanOrEqual(6);
  });
});
