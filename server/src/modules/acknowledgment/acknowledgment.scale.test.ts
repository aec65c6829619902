import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCompanies, officeFixture } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import { countStatements, ok, startTestApp, type TestApp } from '../../../test/harness.js';

const ACK_SCALE_NOTIFY = graphql(`
  mutation AckScaleNotify($input: SendBulkNotificationInput!) {
    sendBulkNotification(input: $input) { id recipientCount }
  }
`);
const ACK_SCALE_RECIPIENTS = graphql(`
  query AckScaleRecipients($id: ID!, $filter: BroadcastRecipientFilter) {
    broadcast(id: $id) {
      acknowledgedCount
      recipients(first: 20, filter: $filter) {
        totalCount
        edges { node { company { id name } read acknowledgedAt acknowledgedBy { id name } } }
      }
    }
  }
`);
const ACK_SCALE_REMIND = graphql(`
  mutation AckScaleRemind($broadcastId: ID!) {
    remindUnread(broadcastId: $broadcastId, target: UNACKNOWLEDGED) { id recipientCount }
  }
`);

const LARGE = 10_000;

describe('acknowledgments of a send to 10,000 companies', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it('a page of recipients filtered on them, and a reminder to the unacknowledged, cost the same statements as for 60', async () => {
    const office = await officeFixture(app, { companies: 1 });
    const em = app.orm.em.fork();
    const companies = await insertCompanies(em, office.office.id, LARGE);
    const all = companies.map((c) => c.companyId);
    const send = async (ids: string[], body: string) =>
      ok(
        await app.gql(
          ACK_SCALE_NOTIFY,
          { input: { companyIds: ids, body, requireAcknowledgment: true } },
          office.head.token,
        ),
      ).sendBulkNotification;
    const large = await send(all, 'Do wszystkich');
    const few = await send(all.slice(0, 60), 'Do niektórych');
    expect(large.recipientCount).toBe(LARGE);
    // A client of two companies in five confirmed both (fixture rows, set-based).
    await em.execute(
      `insert into message_acknowledgment (message_id, user_id)
       select distinct on (m.id) m.id, cm.user_id
         from message m join company_member cm on cm.company_id = m.company_id
        where m.broadcast_id = any(?::uuid[]) and m.company_id = any(?::uuid[])`,
      [`{${large.id},${few.id}}`, `{${all.filter((_, i) => i % 5 < 2).join(',')}}`],
    );

    const page = (id: string, filter: Record<string, unknown>) =>
      countStatements(async () =>
        ok(await app.gql(ACK_SCALE_RECIPIENTS, { id, filter }, office.head.token)),
      );
    for (const filter of [{ acknowledged: true }, { acknowledged: false }, {}]) {
      const big = await page(large.id, filter);
      const little = await page(few.id, filter);
      console.log(
        `recipients ${JSON.stringify(filter)}: 10,000 -> ${big.statements} statements, 60 -> ${little.statements}`,
      );
      const edges = big.result.broadcast!.recipients.edges;
      expect(edges).toHaveLength(20);
      if (filter.acknowledged === true)
        expect(edges.every((e) => e.node.acknowledgedBy !== null)).toBe(true);
      if (filter.acknowledged === false)
        expect(edges.every((e) => e.node.acknowledgedAt === null)).toBe(true);
      expect(big.statements).toBe(little.statements);
      // Session, broadcast, page, total, companies, the confirming users, acknowledgedCount.
      expect(big.statements).toBeLessThanOrEqual(7);
    }
    const counted = (await page(large.id, { acknowledged: false })).result.broadcast!;
    expect(counted.acknowledgedCount).toBe(4000);
    expect(counted.recipients.totalCount).toBe(6000);

    const bigReminder = await countStatements(async () =>
      ok(await app.gql(ACK_SCALE_REMIND, { broadcastId: large.id }, office.head.token)),
    );
    const smallReminder = await countStatements(async () =>
      ok(await app.gql(ACK_SCALE_REMIND, { broadcastId: few.id }, office.head.token)),
    );
    console.log(
      `remindUnread UNACKNOWLEDGED: 6,000 of 10,000 -> ${bigReminder.statements} statements, 36 of 60 -> ${smallReminder.statements}`,
    );
    expect(bigReminder.result.remindUnread.recipientCount).toBe(6000);
    expect(smallReminder.result.remindUnread.recipientCount).toBe(36);
    expect(bigReminder.statements).toBe(smallReminder.statements);
  }, 180_000);
});
