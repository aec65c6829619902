import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildClient,
  type OfficeFixtureOf,
  officeFixture,
  type Party,
  sessionFor,
} from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import {
  codes,
  countStatements,
  ok,
  oneRow,
  startTestApp,
  subscribe,
  type TestApp,
} from '../../../test/harness.js';
import { toInt } from '../../core/sql.js';
import { Company } from '../company/company.entity.js';

const ACK_NOTIFY = graphql(`
  mutation AckNotify($input: SendBulkNotificationInput!) {
    sendBulkNotification(input: $input) { id requireAcknowledgment }
  }
`);
const ACK_MESSAGE = graphql(`
  mutation AckMessage($id: ID!) {
    acknowledgeMessage(id: $id) {
      id requiresAcknowledgment acknowledgedAt readByMe
      acknowledgedBy { id name }
    }
  }
`);
const ACK_THREAD = graphql(`
  query AckThread($companyId: ID!, $first: Int) {
    messages(companyId: $companyId, first: $first) {
      edges {
        node {
          id body requiresAcknowledgment acknowledgedAt
          acknowledgedBy { id name }
          receipts { user { id } }
        }
      }
    }
  }
`);
const ACK_ASK = graphql(`
  mutation AckAsk($input: SendMessageInput!) { sendMessage(input: $input) { id } }
`);
const ACK_UNREAD = graphql(`
  query AckUnread($companyId: ID) { unreadCount(companyId: $companyId) }
`);
const ACK_LIVE = graphql(`
  subscription AckLive($companyId: ID) {
    messageAcknowledged(companyId: $companyId) {
      id acknowledgedAt acknowledgedBy { id } company { id }
    }
  }
`);
const ACK_LIVE_READ = graphql(`
  subscription AckLiveRead {
    messageRead { user { id } message { id } }
  }
`);
const ACK_LIVE_BADGE = graphql(`
  subscription AckLiveBadge { unreadCountChanged { count } }
`);
const ACK_COMPANY_CARD = graphql(`
  query AckCompanyCard($id: ID!, $acknowledged: Boolean, $first: Int, $after: String) {
    company(id: $id) {
      acknowledgmentRequests(acknowledged: $acknowledged, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id body acknowledgedAt acknowledgedBy { id name } } }
      }
    }
  }
`);

describe('acknowledgment of receipt', () => {
  let app: TestApp;
  let f: OfficeFixtureOf<3>;
  let other: OfficeFixtureOf<1>;

  beforeAll(async () => {
    app = await startTestApp({ dbPoolMax: 10 });
    f = await officeFixture(app, { companies: 3 });
    other = await officeFixture(app, { companies: 1 });
  });
  afterAll(() => app.stop());

  /** Sends a notification and answers the message id of each company, by company id. */
  async function send(
    companyIds: string[],
    body: string,
    requireAcknowledgment: boolean | undefined,
    token = f.head.token,
  ): Promise<{ broadcastId: string; messageOf: Map<string, string> }> {
    const sent = ok(
      await app.gql(ACK_NOTIFY, { input: { companyIds, body, requireAcknowledgment } }, token),
    ).sendBulkNotification;
    expect(sent.requireAcknowledgment).toBe(requireAcknowledgment === true);
    const rows = await app.orm.em
      .fork()
      .execute<Array<{ id: string; company_id: string }>>(
        'select id, company_id from message where broadcast_id = ?',
        [sent.id],
      );
    return { broadcastId: sent.id, messageOf: new Map(rows.map((r) => [r.company_id, r.id])) };
  }

  async function acknowledgmentRows(messageId: string): Promise<number> {
    const row = await oneRow<{ n: string }>(
      app.orm.em.fork(),
      'select count(*) as n from message_acknowledgment where message_id = ?',
      [messageId],
    );
    return toInt(row.n);
  }

  /** A second client user of the company, logged in. */
  async function colleague(companyIndex: number): Promise<Party> {
    const em = app.orm.em.fork();
    const company = f.companies[companyIndex]!.company;
    const user = await buildClient(em, [em.getReference(Company, company.id)]);
    await em.flush();
    return sessionFor(app, em, user);
  }

  it('marks the message as asking, and records the first client to confirm: who and when, once', async () => {
    const [a] = f.companies;
    const { messageOf } = await send([a.company.id], 'Prosimy potwierdzić odbiór PIT-11', true);
    const id = messageOf.get(a.company.id)!;
    const before = ok(await app.gql(ACK_THREAD, { companyId: a.company.id }, a.client.token));
    expect(before.messages.edges[0]!.node).toMatchObject({
      id,
      requiresAcknowledgment: true,
      acknowledgedAt: null,
      acknowledgedBy: null,
    });

    const first = ok(await app.gql(ACK_MESSAGE, { id }, a.client.token)).acknowledgeMessage;
    expect(first).toMatchObject({
      id,
      requiresAcknowledgment: true,
      readByMe: true,
      acknowledgedBy: { id: a.client.user.id },
    });
    expect(first.acknowledgedAt).not.toBeNull();

    // Again, by the same user and by a colleague: the first confirmation stays as it was.
    const again = ok(await app.gql(ACK_MESSAGE, { id }, a.client.token)).acknowledgeMessage;
    const mate = await colleague(0);
    const byMate = ok(await app.gql(ACK_MESSAGE, { id }, mate.token)).acknowledgeMessage;
    for (const later of [again, byMate]) {
      expect(later.acknowledgedAt).toBe(first.acknowledgedAt);
      expect(later.acknowledgedBy?.id).toBe(a.client.user.id);
    }
    // The colleague's call still read the message for them.
    expect(byMate.readByMe).toBe(true);
    expect(await acknowledgmentRows(id)).toBe(1);

    // The office sees it on the message in the thread.
    const staff = ok(await app.gql(ACK_THREAD, { companyId: a.company.id }, f.head.token));
    expect(staff.messages.edges[0]!.node).toMatchObject({
      acknowledgedAt: first.acknowledgedAt,
      acknowledgedBy: { id: a.client.user.id, name: a.client.user.name },
    });
  });

  it('keeps exactly one confirmation when twins of two client users arrive at once', async () => {
    const [, b] = f.companies;
    const mate = await colleague(1);
    for (let round = 0; round < 5; round += 1) {
      const { messageOf } = await send([b.company.id], `Bliźniaki ${round}`, true);
      const id = messageOf.get(b.company.id)!;
      const answers = await Promise.all([
        app.gql(ACK_MESSAGE, { id }, b.client.token),
        app.gql(ACK_MESSAGE, { id }, mate.token),
        app.gql(ACK_MESSAGE, { id }, b.client.token),
      ]);
      const acks = answers.map((r) => ok(r).acknowledgeMessage);
      // Every twin answers the one confirmation that won, whoever it was.
      expect(new Set(acks.map((a) => a.acknowledgedAt)).size).toBe(1);
      expect(new Set(acks.map((a) => a.acknowledgedBy?.id)).size).toBe(1);
      expect([b.client.user.id, mate.user.id]).toContain(acks[0]!.acknowledgedBy?.id);
      expect(await acknowledgmentRows(id)).toBe(1);
    }
  });

  it('counts as reading it: receipt, unread count and live events as markMessagesRead gives', async () => {
    const [, , c] = f.companies;
    const badge = subscribe(app.ws(c.client.token), ACK_LIVE_BADGE);
    const start = (await badge.next()).data?.unreadCountChanged.count ?? Number.NaN;
    const receipts = subscribe(app.ws(f.head.token), ACK_LIVE_READ);
    const live = subscribe(app.ws(f.head.token), ACK_LIVE);
    const caretakerLive = subscribe(app.ws(f.caretaker.token), ACK_LIVE);
    const outsider = subscribe(app.ws(other.head.token), ACK_LIVE);
    await live.pending(200);

    const { messageOf } = await send([c.company.id], 'Potwierdź: deklaracja VAT', true);
    const id = messageOf.get(c.company.id)!;
    expect((await badge.next()).data?.unreadCountChanged.count).toBe(start + 1);
    ok(await app.gql(ACK_MESSAGE, { id }, c.client.token));

    expect((await badge.next()).data?.unreadCountChanged.count).toBe(start);
    expect(
      ok(await app.gql(ACK_UNREAD, { companyId: c.company.id }, c.client.token)).unreadCount,
    ).toBe(start);
    expect((await receipts.next()).data?.messageRead).toEqual({
      user: { id: c.client.user.id },
      message: { id },
    });
    const event = (await live.next()).data?.messageAcknowledged;
    expect(event).toMatchObject({
      id,
      acknowledgedBy: { id: c.client.user.id },
      company: { id: c.company.id },
    });
    expect(event?.acknowledgedAt).not.toBeNull();
    // Company 2 is the caretaker's (even positions): they hear of it too.
    expect((await caretakerLive.next()).data?.messageAcknowledged.id).toBe(id);

    // A second call is no news: no receipt, no acknowledgment event, no badge change.
    ok(await app.gql(ACK_MESSAGE, { id }, c.client.token));
    expect(await live.pending(300)).toEqual([]);
    expect(await receipts.pending(0)).toEqual([]);
    expect(await badge.pending(0)).toEqual([]);
    expect(await outsider.pending(0)).toEqual([]);
  });

  it('refuses a message that asks for no confirmation, staff, other companies and offices, and bad ids; records nothing', async () => {
    const [a, b] = f.companies;
    const plain = await send([a.company.id], 'Zwykłe powiadomienie', undefined);
    const plainId = plain.messageOf.get(a.company.id)!;
    const refused = await app.gql(ACK_MESSAGE, { id: plainId }, a.client.token);
    expect(codes(refused)).toEqual(['PRECONDITION_FAILED']);
    expect(refused.errors?.[0]?.extensions?.reasons).toEqual(['ACKNOWLEDGMENT_NOT_REQUIRED']);
    // The client's own question asks for nothing either.
    const question = ok(
      await app.gql(
        ACK_ASK,
        { input: { companyId: a.company.id, body: 'Pytanie' } },
        a.client.token,
      ),
    ).sendMessage;
    expect(codes(await app.gql(ACK_MESSAGE, { id: question.id }, a.client.token))).toEqual([
      'PRECONDITION_FAILED',
    ]);

    const asked = await send([a.company.id], 'Wymaga potwierdzenia', true);
    const id = asked.messageOf.get(a.company.id)!;
    // Staff cannot confirm in a client's name, whatever office: FORBIDDEN by role.
    for (const token of [f.head.token, f.caretaker.token, other.head.token])
      expect(codes(await app.gql(ACK_MESSAGE, { id }, token))).toEqual(['FORBIDDEN']);
    // A client of another company, or of another office: as if it did not exist.
    for (const token of [b.client.token, other.companies[0].client.token])
      expect(codes(await app.gql(ACK_MESSAGE, { id }, token))).toEqual(['NOT_FOUND']);
    for (const bad of ['not-an-id', '00000000-0000-4000-8000-000000000000'])
      expect(codes(await app.gql(ACK_MESSAGE, { id: bad }, a.client.token))).toEqual(['NOT_FOUND']);
    expect(codes(await app.gql(ACK_MESSAGE, { id }))).toEqual(['UNAUTHENTICATED']);
    expect(await acknowledgmentRows(id)).toBe(0);
    expect(await acknowledgmentRows(plainId)).toBe(0);
  });

  it('reads the acknowledgment state of a page of 50 messages in the same statements as of 5', async () => {
    const office = await officeFixture(app, { companies: 1 });
    const [{ company, client }] = office.companies;
    for (let i = 0; i < 50; i += 1) {
      const { messageOf } = await send(
        [company.id],
        `Wiadomość ${i}`,
        i % 2 === 0,
        office.head.token,
      );
      if (i % 4 === 0)
        ok(await app.gql(ACK_MESSAGE, { id: messageOf.get(company.id)! }, client.token));
    }
    const statementsFor = async (first: number) => {
      const { result, statements } = await countStatements(() =>
        app.gql(ACK_THREAD, { companyId: company.id, first }, office.head.token),
      );
      const edges = ok(result).messages.edges;
      expect(edges).toHaveLength(first);
      return { statements, edges };
    };
    const few = await statementsFor(5);
    const many = await statementsFor(50);
    console.info(
      `a thread page with acknowledgments: 5 messages -> ${few.statements} statements, 50 -> ${many.statements}`,
    );
    expect(many.statements).toBe(few.statements);
    // Session, thread page, acknowledgment states, users: a handful whatever the page.
    expect(few.statements).toBeLessThanOrEqual(6);
    expect(many.edges.filter((e) => e.node.requiresAcknowledgment)).toHaveLength(25);
    expect(many.edges.filter((e) => e.node.acknowledgedBy?.id === client.user.id)).toHaveLength(13);
  });

  it('lists on the company card the messages that asked for a confirmation, with their state', async () => {
    const office = await officeFixture(app, { companies: 2 });
    const [x, y] = office.companies;
    const first = await send(
      [x.company.id, y.company.id],
      'Pierwsza z potwierdzeniem',
      true,
      office.head.token,
    );
    await send([x.company.id], 'Bez potwierdzenia', false, office.head.token);
    const second = await send([x.company.id], 'Druga z potwierdzeniem', true, office.head.token);
    const firstId = first.messageOf.get(x.company.id)!;
    ok(await app.gql(ACK_MESSAGE, { id: firstId }, x.client.token));

    const card = async (acknowledged?: boolean, token = office.head.token) =>
      ok(await app.gql(ACK_COMPANY_CARD, { id: x.company.id, acknowledged }, token)).company
        ?.acknowledgmentRequests;
    const all = await card();
    expect(all?.totalCount).toBe(2);
    expect(all?.edges.map((e) => e.node.body)).toEqual([
      'Druga z potwierdzeniem',
      'Pierwsza z potwierdzeniem',
    ]);
    expect(all?.edges[0]?.node).toMatchObject({ acknowledgedAt: null, acknowledgedBy: null });
    expect(all?.edges[1]?.node).toMatchObject({
      id: firstId,
      acknowledgedBy: { id: x.client.user.id, name: x.client.user.name },
    });
    expect((await card(true))?.edges.map((e) => e.node.id)).toEqual([firstId]);
    expect((await card(false))?.edges.map((e) => e.node.id)).toEqual([
      second.messageOf.get(x.company.id),
    ]);
    // The caretaker of company 0 and its own client see the same; pages go by cursor.
    expect((await card(undefined, office.caretaker.token))?.totalCount).toBe(2);
    expect((await card(undefined, x.client.token))?.totalCount).toBe(2);
    const page = ok(
      await app.gql(ACK_COMPANY_CARD, { id: x.company.id, first: 1 }, office.head.token),
    ).company?.acknowledgmentRequests;
    const rest = ok(
      await app.gql(
        ACK_COMPANY_CARD,
        { id: x.company.id, first: 1, after: page?.pageInfo.endCursor },
        office.head.token,
      ),
    ).company?.acknowledgmentRequests;
    expect(rest?.edges.map((e) => e.node.id)).toEqual([firstId]);
    // Company 1 is not the caretaker's, and another office's head sees no company card at all.
    expect(
      codes(await app.gql(ACK_COMPANY_CARD, { id: y.company.id }, office.caretaker.token)),
    ).toEqual(['NOT_FOUND']);
    expect(codes(await app.gql(ACK_COMPANY_CARD, { id: x.company.id }, other.head.token))).toEqual([
      'NOT_FOUND',
    ]);
  });
});
