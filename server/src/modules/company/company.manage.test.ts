import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  insertCompanies,
  type OfficeFixtureOf,
  officeFixture,
  uniqueNip,
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
import { User } from '../auth/user.entity.js';

const UPDATE = graphql(`
  mutation ManageUpdateCompany($id: ID!, $input: UpdateCompanyInput!) {
    updateCompany(id: $id, input: $input) { id name nip taxForm vatPayer email archivedAt }
  }
`);
const ARCHIVE = graphql(`
  mutation ManageArchiveCompany($id: ID!) {
    archiveCompany(id: $id) { id archivedAt }
  }
`);
const RESTORE = graphql(`
  mutation ManageRestoreCompany($id: ID!) {
    restoreCompany(id: $id) { id archivedAt }
  }
`);
const ASSIGN = graphql(`
  mutation ManageAssignCaretaker($companyIds: [ID!]!, $caretakerId: ID) {
    assignCaretaker(companyIds: $companyIds, caretakerId: $caretakerId)
  }
`);
const LIST = graphql(`
  query ManageCompanies($filter: CompanyFilter) {
    companies(first: 100, filter: $filter) { totalCount edges { node { id } } }
  }
`);
const COMPANY = graphql(`
  query ManageCompany($id: ID!) {
    company(id: $id) { id name archivedAt caretaker { id } }
  }
`);
const THREAD = graphql(`
  query ManageThread($id: ID!) {
    messages(companyId: $id) { totalCount }
  }
`);
const SEND = graphql(`
  mutation ManageSend($input: SendMessageInput!) {
    sendMessage(input: $input) { id }
  }
`);
const NOTIFY = graphql(`
  mutation ManageNotify($input: SendBulkNotificationInput!) {
    sendBulkNotification(input: $input) { id recipientCount }
  }
`);
const PRINTOUTS = graphql(`
  query ManagePrintoutOptions($companyIds: [ID!]!) {
    printoutOptions(companyIds: $companyIds, period: "2025-10") { kind companyCount }
  }
`);
const INBOX = graphql(`
  query ManageInbox {
    inbox(first: 100) { edges { node { company { id } } } }
  }
`);
const ACCESS = graphql(`
  subscription CompanyManageAccess {
    companyAccessChanged { companyId visible }
  }
`);
const UNREAD = graphql(`
  subscription ManageUnread {
    unreadCountChanged { count companyId }
  }
`);

describe('updateCompany, archiveCompany, restoreCompany', () => {
  let app: TestApp;
  let f: OfficeFixtureOf<4>;
  let other: OfficeFixtureOf<1>;

  beforeAll(async () => {
    app = await startTestApp();
    f = await officeFixture(app, { companies: 4 });
    other = await officeFixture(app, { companies: 1 });
  });
  afterAll(() => app.stop());

  it('changes only the fields given; the caretaker may edit their own company', async () => {
    const { company } = f.companies[0];
    const { updateCompany } = ok(
      await app.gql(UPDATE, { id: company.id, input: { name: '  Nowa nazwa  ' } }, f.head.token),
    );
    expect(updateCompany).toMatchObject({
      name: 'Nowa nazwa',
      nip: company.nip,
      taxForm: company.taxForm,
      vatPayer: company.vatPayer,
      email: company.email,
    });
    const nip = uniqueNip();
    const byCaretaker = ok(
      await app.gql(
        UPDATE,
        {
          id: company.id,
          input: { nip: `${nip.slice(0, 3)}-${nip.slice(3)}`, taxForm: 'LUMP_SUM', vatPayer: true },
        },
        f.caretaker.token,
      ),
    ).updateCompany;
    expect(byCaretaker).toMatchObject({ name: 'Nowa nazwa', nip, taxForm: 'LUMP_SUM' });
  });

  it('refuses a bad NIP, a taken NIP, a bad email; NOT_FOUND for companies the actor does not see', async () => {
    const [a, b, c] = f.companies;
    const bad = await app.gql(
      UPDATE,
      { id: a.company.id, input: { nip: '1234567890' } },
      f.head.token,
    );
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0]?.extensions?.field).toBe('nip');
    const taken = await app.gql(
      UPDATE,
      { id: b.company.id, input: { nip: c.company.nip } },
      f.head.token,
    );
    expect(codes(taken)).toEqual(['CONFLICT']);
    // Another office's NIP is free to use here: NIPs are unique per office.
    ok(
      await app.gql(
        UPDATE,
        { id: b.company.id, input: { nip: other.companies[0].company.nip } },
        f.head.token,
      ),
    );
    const email = await app.gql(
      UPDATE,
      { id: b.company.id, input: { email: 'not an email' } },
      f.head.token,
    );
    expect(codes(email)).toEqual(['BAD_USER_INPUT']);
    for (const [id, token] of [
      [other.companies[0].company.id, f.head.token],
      [b.company.id, f.caretaker.token], // company 1 is not the caretaker's
      [randomUUID(), f.head.token],
      ['not-an-id', f.head.token],
    ] as const) {
      expect(codes(await app.gql(UPDATE, { id, input: { name: 'X' } }, token))).toEqual([
        'NOT_FOUND',
      ]);
    }
    expect(
      codes(await app.gql(UPDATE, { id: a.company.id, input: { name: 'X' } }, a.client.token)),
    ).toEqual(['FORBIDDEN']);
    expect(ok(await app.gql(COMPANY, { id: b.company.id }, f.head.token)).company?.name).toBe(
      b.company.name,
    );
  });

  it('archived: out of the list, the inbox and every send; history readable; the client cannot write', async () => {
    const [, , target, kept] = f.companies;
    const id = target.company.id;
    // A conversation, so the company is in the inbox first.
    ok(
      await app.gql(
        SEND,
        { input: { companyId: id, body: 'Pytanie przed archiwum' } },
        target.client.token,
      ),
    );
    const inboxIds = async () =>
      ok(await app.gql(INBOX, {}, f.head.token)).inbox.edges.map((e) => e.node.company.id);
    expect(await inboxIds()).toContain(id);

    const first = ok(await app.gql(ARCHIVE, { id }, f.head.token)).archiveCompany.archivedAt;
    expect(first).toBeTruthy();
    // Idempotent: the second call keeps the first time.
    expect(ok(await app.gql(ARCHIVE, { id }, f.caretaker.token)).archiveCompany.archivedAt).toBe(
      first,
    );

    const listed = ok(await app.gql(LIST, {}, f.head.token)).companies;
    expect(listed.edges.map((e) => e.node.id)).not.toContain(id);
    expect(listed.edges.map((e) => e.node.id)).toContain(kept.company.id);
    const archived = ok(await app.gql(LIST, { filter: { archived: true } }, f.head.token));
    expect(archived.companies.edges.map((e) => e.node.id)).toEqual([id]);
    expect(await inboxIds()).not.toContain(id);

    // Sends refuse it with NOT_FOUND naming it, all or nothing: the live company gets nothing either.
    const notify = await app.gql(
      NOTIFY,
      { input: { companyIds: [kept.company.id, id], body: 'Do wszystkich' } },
      f.head.token,
    );
    expect(codes(notify)).toEqual(['NOT_FOUND']);
    expect(notify.errors?.[0]?.message).toContain(id);
    // Printouts (what an email attaches) refuse it the same way.
    const printouts = await app.gql(PRINTOUTS, { companyIds: [kept.company.id, id] }, f.head.token);
    expect(codes(printouts)).toEqual(['NOT_FOUND']);
    expect(printouts.errors?.[0]?.message).toContain(id);
    const { count } = await oneRow<{ count: string }>(
      app.orm.em.fork(),
      `select count(*) from message where company_id = ? and body = 'Do wszystkich'`,
      [kept.company.id],
    );
    expect(Number(count)).toBe(0);

    // History stays: the company, its thread, for staff and for the client user.
    for (const token of [f.head.token, target.client.token]) {
      expect(ok(await app.gql(COMPANY, { id }, token)).company?.archivedAt).toBe(first);
      expect(ok(await app.gql(THREAD, { id }, token)).messages.totalCount).toBe(1);
    }
    // Nobody writes in an archived company's thread: the refusal names its reason.
    for (const token of [target.client.token, f.head.token]) {
      const refused = await app.gql(
        SEND,
        { input: { companyId: id, body: 'Jeszcze jedno' } },
        token,
      );
      expect(codes(refused)).toEqual(['PRECONDITION_FAILED']);
      expect(refused.errors?.[0]?.extensions?.reasons).toEqual(['COMPANY_ARCHIVED']);
    }

    // Restored: back everywhere, idempotent too.
    expect(ok(await app.gql(RESTORE, { id }, f.head.token)).restoreCompany.archivedAt).toBeNull();
    expect(ok(await app.gql(RESTORE, { id }, f.head.token)).restoreCompany.archivedAt).toBeNull();
    expect(
      ok(await app.gql(LIST, {}, f.head.token)).companies.edges.map((e) => e.node.id),
    ).toContain(id);
    expect(await inboxIds()).toContain(id);
    ok(await app.gql(NOTIFY, { input: { companyIds: [id], body: 'Po powrocie' } }, f.head.token));
    ok(await app.gql(PRINTOUTS, { companyIds: [id] }, f.head.token));
  });

  it('archive and restore: NOT_FOUND for other offices and unseen companies, FORBIDDEN for clients', async () => {
    const foreignId = other.companies[0].company.id;
    const calls = [
      (id: string, token: string) => app.gql(ARCHIVE, { id }, token),
      (id: string, token: string) => app.gql(RESTORE, { id }, token),
    ];
    const notTheirs = f.companies[1];
    for (const call of calls) {
      expect(codes(await call(foreignId, f.head.token))).toEqual(['NOT_FOUND']);
      expect(codes(await call(notTheirs.company.id, f.caretaker.token))).toEqual(['NOT_FOUND']);
      expect(codes(await call(notTheirs.company.id, notTheirs.client.token))).toEqual([
        'FORBIDDEN',
      ]);
    }
    expect(
      ok(await app.gql(COMPANY, { id: foreignId }, other.head.token)).company?.archivedAt,
    ).toBeNull();
  });
});

describe('assignCaretaker', () => {
  let app: TestApp;
  let f: OfficeFixtureOf<4>;
  let other: OfficeFixtureOf<1>;

  beforeAll(async () => {
    app = await startTestApp();
    f = await officeFixture(app, { companies: 4 });
    other = await officeFixture(app, { companies: 1 });
  });
  afterAll(() => app.stop());

  const caretakerOf = async (id: string) =>
    ok(await app.gql(COMPANY, { id }, f.head.token)).company?.caretaker?.id ?? null;

  it('assigns, counts only the changed ones, unassigns with null', async () => {
    const ids = f.companies.map((c) => c.company.id);
    // Companies 0 and 2 are the caretaker's already.
    expect(
      ok(await app.gql(ASSIGN, { companyIds: ids, caretakerId: f.caretaker.user.id }, f.head.token))
        .assignCaretaker,
    ).toBe(2);
    for (const id of ids) expect(await caretakerOf(id)).toBe(f.caretaker.user.id);
    // A head may take companies too.
    expect(
      ok(
        await app.gql(ASSIGN, { companyIds: [ids[3]!], caretakerId: f.head.user.id }, f.head.token),
      ).assignCaretaker,
    ).toBe(1);
    expect(
      ok(await app.gql(ASSIGN, { companyIds: ids, caretakerId: null }, f.head.token))
        .assignCaretaker,
    ).toBe(4);
    for (const id of ids) expect(await caretakerOf(id)).toBeNull();
    const seen = ok(await app.gql(LIST, {}, f.caretaker.token)).companies.totalCount;
    expect(seen).toBe(0);
  });

  it('all or nothing: another office’s company or caretaker, a client, a bad id are NOT_FOUND and change nothing', async () => {
    // Companies 1 and 3 have no caretaker (and the test before leaves none).
    const ids = [f.companies[1].company.id, f.companies[3].company.id];
    const cases = [
      { companyIds: [...ids, other.companies[0].company.id], caretakerId: f.caretaker.user.id },
      { companyIds: [...ids, randomUUID()], caretakerId: f.caretaker.user.id },
      { companyIds: [...ids, 'nope'], caretakerId: f.caretaker.user.id },
      { companyIds: ids, caretakerId: other.caretaker.user.id },
      { companyIds: ids, caretakerId: f.companies[0].client.user.id },
      { companyIds: ids, caretakerId: 'nope' },
    ];
    // A deactivated caretaker takes no companies.
    const { id: goneId } = await oneRow<{ id: string }>(
      app.orm.em.fork(),
      `insert into app_user (email, name, role, password_hash, office_id, deactivated_at)
       values (?, 'Odszedl', 'CARETAKER', '!', ?, now()) returning id`,
      [`gone-${randomUUID().slice(0, 8)}@test.local`, f.office.id],
    );
    cases.push({ companyIds: ids, caretakerId: goneId });
    for (const variables of cases)
      expect(codes(await app.gql(ASSIGN, variables, f.head.token))).toEqual(['NOT_FOUND']);
    for (const id of ids) expect(await caretakerOf(id)).toBeNull();
    expect(
      codes(await app.gql(ASSIGN, { companyIds: [], caretakerId: null }, f.head.token)),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(
        await app.gql(
          ASSIGN,
          { companyIds: ids, caretakerId: f.caretaker.user.id },
          f.caretaker.token,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    // Office B's head cannot take office A's companies for their own caretaker.
    expect(
      codes(
        await app.gql(
          ASSIGN,
          { companyIds: ids, caretakerId: other.caretaker.user.id },
          other.head.token,
        ),
      ),
    ).toEqual(['NOT_FOUND']);
  });

  it('10,000 companies in the same handful of statements as one', async () => {
    const em = app.orm.em.fork();
    const many = await insertCompanies(em, f.office.id, 10_000);
    const ids = many.map((m) => m.companyId);
    const one = await countStatements(() =>
      app.gql(ASSIGN, { companyIds: [ids[0]!], caretakerId: f.caretaker.user.id }, f.head.token),
    );
    expect(ok(one.result).assignCaretaker).toBe(1);
    const all = await countStatements(() =>
      app.gql(ASSIGN, { companyIds: ids, caretakerId: f.caretaker.user.id }, f.head.token),
    );
    expect(ok(all.result).assignCaretaker).toBe(9_999);
    expect(all.statements).toBe(one.statements);
    const { count } = await oneRow<{ count: string }>(
      em,
      'select count(*) from company where office_id = ? and caretaker_id = ?',
      [f.office.id, f.caretaker.user.id],
    );
    expect(Number(count)).toBe(10_000);
    const tooMany = await app.gql(
      ASSIGN,
      { companyIds: [...ids, randomUUID()], caretakerId: null },
      f.head.token,
    );
    expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);
    ok(await app.gql(ASSIGN, { companyIds: ids, caretakerId: null }, f.head.token));
  });

  it('two heads’ twin assignments of the same companies serialize: no deadlock, one caretaker wins', async () => {
    const em = app.orm.em.fork();
    const ids = (await insertCompanies(em, f.office.id, 200)).map((m) => m.companyId);
    const reversed = [...ids].reverse();
    const [x, y] = await Promise.all([
      app.gql(ASSIGN, { companyIds: ids, caretakerId: f.caretaker.user.id }, f.head.token),
      app.gql(ASSIGN, { companyIds: reversed, caretakerId: f.head.user.id }, f.head.token),
    ]);
    // One ran after the other, whichever first: each moved all 200 (from nobody, then across).
    expect([ok(x).assignCaretaker, ok(y).assignCaretaker]).toEqual([200, 200]);
    const owners = await em.execute<Array<{ caretaker_id: string; count: string }>>(
      'select caretaker_id, count(*) from company where id = any(?::uuid[]) group by caretaker_id',
      [`{${ids.join(',')}}`],
    );
    expect(owners).toHaveLength(1);
    expect(Number(owners[0]?.count)).toBe(200);
  });

  it('moves the unread badge live: the old caretaker’s drops, the new one’s rises', async () => {
    const em = app.orm.em.fork();
    const { company, client } = f.companies[1];
    ok(
      await app.gql(
        ASSIGN,
        { companyIds: [company.id], caretakerId: f.caretaker.user.id },
        f.head.token,
      ),
    );
    ok(await app.gql(SEND, { input: { companyId: company.id, body: 'Pytanie 1' } }, client.token));
    ok(await app.gql(SEND, { input: { companyId: company.id, body: 'Pytanie 2' } }, client.token));
    const { id: secondId } = await oneRow<{ id: string }>(
      em,
      `insert into app_user (email, name, role, password_hash, office_id)
       values (?, 'Drugi opiekun', 'CARETAKER', '!', ?) returning id`,
      [`second-${randomUUID().slice(0, 8)}@test.local`, f.office.id],
    );
    const secondToken = await app.services.auth.createSession(
      em,
      await em.findOneOrFail(User, secondId),
    );
    const oldBadge = subscribe(app.ws(f.caretaker.token), UNREAD);
    const newBadge = subscribe(app.ws(secondToken), UNREAD);
    expect((await oldBadge.next()).data?.unreadCountChanged.count).toBe(2);
    expect((await newBadge.next()).data?.unreadCountChanged.count).toBe(0);

    ok(await app.gql(ASSIGN, { companyIds: [company.id], caretakerId: secondId }, f.head.token));
    expect((await oldBadge.next()).data?.unreadCountChanged.count).toBe(0);
    expect((await newBadge.next()).data?.unreadCountChanged.count).toBe(2);
    // The new caretaker now sees the company; the old one does not.
    expect(ok(await app.gql(COMPANY, { id: company.id }, secondToken)).company?.id).toBe(
      company.id,
    );
    expect(codes(await app.gql(COMPANY, { id: company.id }, f.caretaker.token))).toEqual([
      'NOT_FOUND',
    ]);
    oldBadge.dispose();
    newBadge.dispose();
  });

  it('tells the caretakers which companies they gained and lost, nobody else; a large move resyncs', async () => {
    const em = app.orm.em.fork();
    const company = f.companies[3].company;
    ok(await app.gql(ASSIGN, { companyIds: [company.id], caretakerId: null }, f.head.token));
    const mine = subscribe(app.ws(f.caretaker.token), ACCESS);
    const head = subscribe(app.ws(f.head.token), ACCESS);
    const stranger = subscribe(app.ws(other.caretaker.token), ACCESS);
    const client = subscribe(app.ws(f.companies[3].client.token), ACCESS);
    expect(codes(await client.next())).toEqual(['FORBIDDEN']);

    ok(
      await app.gql(
        ASSIGN,
        { companyIds: [company.id], caretakerId: f.caretaker.user.id },
        f.head.token,
      ),
    );
    expect(ok(await mine.next()).companyAccessChanged).toEqual({
      companyId: company.id,
      visible: true,
    });
    // To the head: the caretaker loses it; the head, who sees every company, hears nothing.
    ok(
      await app.gql(
        ASSIGN,
        { companyIds: [company.id], caretakerId: f.head.user.id },
        f.head.token,
      ),
    );
    expect(ok(await mine.next()).companyAccessChanged).toEqual({
      companyId: company.id,
      visible: false,
    });
    // Assigning it where it already is changes nothing and says nothing.
    ok(
      await app.gql(
        ASSIGN,
        { companyIds: [company.id], caretakerId: f.head.user.id },
        f.head.token,
      ),
    );

    // More than one event can list: one RESYNC, and the list is read anew.
    const many = (await insertCompanies(em, f.office.id, 150)).map((m) => m.companyId);
    ok(await app.gql(ASSIGN, { companyIds: many, caretakerId: f.caretaker.user.id }, f.head.token));
    expect(codes(await mine.next())).toEqual(['RESYNC']);
    expect(await mine.pending(300)).toEqual([]);
    expect(await head.pending(0)).toEqual([]);
    expect(await stranger.pending(0)).toEqual([]);
    ok(await app.gql(ASSIGN, { companyIds: many, caretakerId: null }, f.head.token));
    for (const sub of [mine, head, stranger, client]) sub.dispose();
  });
});
