import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officeFixture, sessionFor, uniqueNip, type CompanyFixture, type OfficeFixture, type Party } from '../test/factories.js';
import { codes, ok, startTestApp, subscribe, type GraphQLResponse, type TestApp } from '../test/harness.js';
import { SCHEMA_FILE } from './emit-schema.js';
import { Role, User } from './modules/auth/user.entity.js';
import { CompanyMember } from './modules/company/company.entity.js';

/*
 * Who may see what: every operation of the schema, called by someone who must not see office A's
 * target company, answers NOT_FOUND (or FORBIDDEN for a role that may never call it) and leaks
 * nothing; listings leave the target out. New operations go into `cases` (or `untargeted`).
 */

type Code = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
type ActorName = 'head of another office' | 'client of another company' | 'caretaker of other companies' | 'platform admin';
type Outcome = Code | 'data';

interface Target {
  company: CompanyFixture;
  /** An office message of the target thread. */
  messageId: string;
  messageBody: string;
  createdAt: string;
  broadcastId: string;
  /** A file head A uploaded and sent to the target company only. */
  fileId: string;
  filename: string;
}

interface Actor {
  name: ActorName | 'anonymous';
  token?: string;
  target: Target;
  /** A company this actor does see (and may write to, if the role may). */
  own?: string;
}

interface Case {
  name: string;
  /** The root field of schema.graphql the case calls. */
  field: string;
  kind: 'query' | 'mutation' | 'subscription';
  run(actor: Actor): Promise<GraphQLResponse>;
  /** Per actor, when not NOT_FOUND (anonymous: UNAUTHENTICATED unless given). */
  expect?: Partial<Record<Actor['name'], Outcome>>;
  /** For outcome 'data': what must hold of it. */
  check?(data: any, actor: Actor): void;
}

const PDF = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

const Q = {
  company: 'query ($id: ID!) { company(id: $id) { id name nip email caretaker { id } lastMessage { id body } unreadFromClientCount } }',
  companies: `query ($filter: CompanyFilter) { companies(first: 100, filter: $filter) {
    totalCount edges { node { id name nip lastMessage { id body } } } } }`,
  messages: `query ($companyId: ID!, $after: String) { messages(companyId: $companyId, first: 100, after: $after) {
    totalCount edges { cursor node { id body company { id name } attachments { id filename url } receipts { user { id } } } } } }`,
  unreadCount: 'query ($companyId: ID) { unreadCount(companyId: $companyId) }',
  inbox: 'query { inbox(first: 100) { totalCount edges { node { company { id name } lastMessage { id body } unreadFromClientCount } } } }',
  broadcast: 'query ($id: ID!) { broadcast(id: $id) { id kind recipientCount readCount author { id name } } }',
  me: 'query { me { id role companies { id name } } }',
  sendMessage: 'mutation ($input: SendMessageInput!) { sendMessage(input: $input) { id body company { id name } } }',
  sendBulkNotification: 'mutation ($input: SendBulkNotificationInput!) { sendBulkNotification(input: $input) { id recipientCount } }',
  markMessagesRead: 'mutation ($companyId: ID!) { markMessagesRead(companyId: $companyId) }',
  createCompany: 'mutation ($input: CreateCompanyInput!) { createCompany(input: $input) { id name caretaker { id name } } }',
  messageAdded: 'subscription ($companyId: ID) { messageAdded(companyId: $companyId) { id body company { id name } } }',
  messageRead: 'subscription ($companyId: ID) { messageRead(companyId: $companyId) { readAt user { id } message { id body company { id } } } }',
  unreadCountChanged: 'subscription ($companyId: ID) { unreadCountChanged(companyId: $companyId) { count companyId } }',
};

/** Root fields that name no company, message, broadcast or file, so there is nothing to refuse. */
const untargeted: Record<string, string> = {
  login: 'takes credentials only; covered by the auth tests',
  logout: 'revokes the caller’s own token only',
};

let app: TestApp;
let a: OfficeFixture;
let b: OfficeFixture;
let admin: Party;
/** A client user of both A0 and A1 (say, a bookkeeper of two firms), who writes in both threads. */
let shared: Party;
/** Sent to no one: only its uploader may read it. */
let unsentFileId: string;
const targets: { a0?: Target; a1?: Target } = {};

const foreign: ActorName[] = ['head of another office', 'client of another company', 'caretaker of other companies', 'platform admin'];

function actor(name: Actor['name']): Actor {
  const a0 = targets.a0!;
  const a1 = targets.a1!;
  switch (name) {
    case 'head of another office':
      return { name, token: b.head.token, target: a0, own: b.companies[0].company.id };
    case 'client of another company':
      return { name, token: a.companies[1].client.token, target: a0, own: a.companies[1].company.id };
    case 'caretaker of other companies':
      // The caretaker looks after A0 and A2, not A1.
      return { name, token: a.caretaker.token, target: a1, own: a.companies[0].company.id };
    case 'platform admin':
      return { name, token: admin.token, target: a0 };
    case 'anonymous':
      return { name, target: a0, own: a.companies[0].company.id };
  }
}

async function upload(token: string, filename: string, bytes: Buffer): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), filename);
  const response = await fetch(`${app.url}/uploads`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  expect(response.status).toBe(201);
  const body = (await response.json()) as { id: string; contentType: string };
  expect(body.contentType).toBe('application/pdf');
  return body.id;
}

function download(id: string, token?: string): Promise<Response> {
  return fetch(`${app.url}/files/${id}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

/** One event of a subscription (its result or its refusal), then it is closed. */
async function subscribeOnce(token: string | undefined, query: string, variables: Record<string, unknown>): Promise<GraphQLResponse> {
  const sub = subscribe(app.ws(token), query, variables);
  try {
    const result = await sub.next();
    if (result.errors?.length) {
      // A refused subscription ends at once and sends nothing more.
      expect(await sub.pending(100)).toEqual([]);
      expect(sub.done).toBe(true);
    }
    return result;
  } finally {
    sub.dispose();
  }
}

async function makeTarget(index: number): Promise<Target> {
  const company = a.companies[index];
  const tag = randomUUID().slice(0, 8);
  const filename = `poufne-${index}-${tag}.pdf`;
  const fileId = await upload(a.head.token, filename, PDF(`target ${index}`));
  const messageBody = `Tajna wiadomosc dla A${index} ${tag}`;
  const { sendBulkNotification } = ok(
    await app.gql<any>(Q.sendBulkNotification, { input: { companyIds: [company.company.id], body: messageBody, attachmentIds: [fileId] } }, a.head.token),
  );
  // A question from the client too, so the thread shows up in the office inbox and unread counts.
  ok(await app.gql(Q.sendMessage, { input: { companyId: company.company.id, body: `Pytanie klienta A${index} ${tag}` } }, company.client.token));
  const { messages } = ok(await app.gql<any>(Q.messages, { companyId: company.company.id }, a.head.token));
  const node = messages.edges.map((e: any) => e.node).find((n: any) => n.body === messageBody);
  const [row] = await app.orm.em.fork().execute('select created_at from message where id = ?', [node.id]);
  return {
    company,
    messageId: node.id,
    messageBody,
    createdAt: new Date(row.created_at).toISOString(),
    broadcastId: sendBulkNotification.id,
    fileId,
    filename,
  };
}

/** What a refused call could have changed, in both offices. */
async function snapshot(target: Target) {
  const offices = [a.office.id, b.office.id];
  const [row] = await app.orm.em.fork().execute(
    `select
       (select count(*) from message where office_id = any(?::uuid[]))::int as messages,
       (select count(*) from message where office_id = any(?::uuid[]) and office_read_at is not null)::int as office_read,
       (select count(*) from read_receipt r join message m on m.id = r.message_id where m.office_id = any(?::uuid[]))::int as receipts,
       (select count(*) from message_attachment ma join message m on m.id = ma.message_id where m.office_id = any(?::uuid[]))::int as attachments,
       (select count(*) from broadcast where office_id = any(?::uuid[]))::int as broadcasts,
       (select count(*) from company where office_id = any(?::uuid[]))::int as companies,
       (select coalesce(sum(cu.count), 0) from client_unread cu join company c on c.id = cu.company_id where c.office_id = any(?::uuid[]))::int as client_unread,
       (select string_agg(coalesce(last_message_at::text, '-'), ',' order by id) from company where office_id = any(?::uuid[])) as last_message_at`,
    Array(8).fill(`{${offices.join(',')}}`),
  );
  const { messages } = ok(await app.gql<any>(Q.messages, { companyId: target.company.company.id }, a.head.token));
  return { row, thread: { totalCount: messages.totalCount, receipts: messages.edges.map((e: any) => e.node.receipts.length) } };
}

/** Nothing of the target company, its messages or its files in the response. */
function expectNoLeak(response: GraphQLResponse, target: Target) {
  const text = JSON.stringify(response);
  const { company } = target.company;
  for (const secret of [company.name, company.nip, company.email, target.messageBody, target.filename]) {
    expect(text).not.toContain(secret);
  }
}

function idsOf(connection: { edges: Array<{ node: any }> }, pick: (node: any) => string = (n) => n.id): string[] {
  return connection.edges.map((e) => pick(e.node));
}

const cases: Case[] = [
  // Queries
  {
    name: 'company(id) of the target',
    field: 'company',
    kind: 'query',
    run: ({ token, target }) => app.gql(Q.company, { id: target.company.company.id }, token),
  },
  {
    name: 'company(id) given a message id of the target',
    field: 'company',
    kind: 'query',
    run: ({ token, target }) => app.gql(Q.company, { id: target.messageId }, token),
  },
  {
    name: 'companies does not list the target',
    field: 'companies',
    kind: 'query',
    run: ({ token }) => app.gql(Q.companies, {}, token),
    expect: { 'head of another office': 'data', 'client of another company': 'data', 'caretaker of other companies': 'data', 'platform admin': 'data' },
    check: (data, { target }) => expect(idsOf(data.companies)).not.toContain(target.company.company.id),
  },
  {
    name: 'companies searched by the target’s name and NIP',
    field: 'companies',
    kind: 'query',
    run: async ({ token, target }) => {
      const byName = await app.gql<any>(Q.companies, { filter: { search: target.company.company.name } }, token);
      if (byName.errors?.length) return byName;
      const byNip = await app.gql<any>(Q.companies, { filter: { search: target.company.company.nip } }, token);
      return { ...byNip, data: byNip.data && { companies: byName.data!.companies, byNip: byNip.data.companies } };
    },
    expect: { 'head of another office': 'data', 'client of another company': 'data', 'caretaker of other companies': 'data', 'platform admin': 'data' },
    check: (data) => {
      expect(data.companies).toMatchObject({ totalCount: 0, edges: [] });
      expect(data.byNip).toMatchObject({ totalCount: 0, edges: [] });
    },
  },
  {
    name: 'companies filtered by office A’s caretaker',
    field: 'companies',
    kind: 'query',
    run: ({ token }) => app.gql(Q.companies, { filter: { caretakerId: a.caretaker.user.id } }, token),
    expect: { 'head of another office': 'data', 'client of another company': 'data', 'caretaker of other companies': 'data', 'platform admin': 'data' },
    check: (data, { name, target }) => {
      const ids = idsOf(data.companies);
      expect(ids).not.toContain(target.company.company.id);
      // Office A's caretaker sees exactly their own companies; anyone outside office A sees none.
      const expected = name === 'caretaker of other companies' ? [a.companies[0], a.companies[2]].map((c) => c.company.id).sort() : [];
      expect([...ids].sort()).toEqual(expected);
    },
  },
  {
    name: 'messages(companyId) of the target thread',
    field: 'messages',
    kind: 'query',
    run: ({ token, target }) => app.gql(Q.messages, { companyId: target.company.company.id }, token),
  },
  {
    name: 'messages of an own thread with a cursor made from a target message',
    field: 'messages',
    kind: 'query',
    run: ({ token, target, own }) => {
      const after = Buffer.from(JSON.stringify([new Date(Date.parse(target.createdAt) + 60_000).toISOString(), target.messageId])).toString('base64url');
      return app.gql(Q.messages, { companyId: own ?? target.company.company.id, after }, token);
    },
    expect: { 'head of another office': 'data', 'client of another company': 'data', 'caretaker of other companies': 'data' },
    check: (data, { target, own }) => {
      expect(idsOf(data.messages)).not.toContain(target.messageId);
      for (const node of data.messages.edges.map((e: any) => e.node)) expect(node.company.id).toBe(own);
    },
  },
  {
    name: 'the companies of a user met in an own thread leave out the target',
    field: 'messages',
    kind: 'query',
    run: ({ token, target, own }) =>
      app.gql(
        `query ($companyId: ID!) { messages(companyId: $companyId, first: 100) { edges { node {
          author { id companies { id name } } receipts { user { id companies { id name } } } } } } }`,
        { companyId: own ?? target.company.company.id },
        token,
      ),
    expect: { 'head of another office': 'data', 'client of another company': 'data', 'caretaker of other companies': 'data' },
    check: (data, { name, target }) => {
      const users = data.messages.edges.flatMap((e: any) => [e.node.author, ...e.node.receipts.map((r: any) => r.user)]);
      for (const user of users) expect(user.companies.map((c: any) => c.id)).not.toContain(target.company.company.id);
      // Inside office A the shared client is met, and shown with the one company the viewer shares.
      if (name !== 'head of another office') {
        const met = users.find((u: any) => u.id === shared.user.id);
        expect(met?.companies.map((c: any) => c.id)).toEqual([a.companies[name === 'client of another company' ? 1 : 0].company.id]);
      }
    },
  },
  {
    name: 'unreadCount(companyId) of the target',
    field: 'unreadCount',
    kind: 'query',
    run: ({ token, target }) => app.gql(Q.unreadCount, { companyId: target.company.company.id }, token),
  },
  {
    name: 'unreadCount() does not move with the target thread',
    field: 'unreadCount',
    kind: 'query',
    run: async ({ token, target }) => {
      const before = await app.gql<any>(Q.unreadCount, {}, token);
      if (before.errors?.length) return before;
      const { company } = target;
      ok(await app.gql(Q.sendBulkNotification, { input: { companyIds: [company.company.id], body: 'Kolejne powiadomienie' } }, a.head.token));
      ok(await app.gql(Q.sendMessage, { input: { companyId: company.company.id, body: 'Kolejne pytanie' } }, company.client.token));
      const after = await app.gql<any>(Q.unreadCount, {}, token);
      return { ...after, data: after.data && { before: before.data!.unreadCount, after: after.data.unreadCount } };
    },
    expect: { 'head of another office': 'data', 'client of another company': 'data', 'caretaker of other companies': 'data', 'platform admin': 'data' },
    check: (data) => expect(data.after).toBe(data.before),
  },
  {
    name: 'inbox does not list the target thread',
    field: 'inbox',
    kind: 'query',
    run: ({ token }) => app.gql(Q.inbox, {}, token),
    expect: { 'head of another office': 'data', 'caretaker of other companies': 'data', 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
    check: (data, { target, own }) => {
      const ids = idsOf(data.inbox, (n) => n.company.id);
      expect(ids).not.toContain(target.company.company.id);
      // The caretaker's own thread (A0, with a client question) is there: the listing works.
      if (own === a.companies[0].company.id) expect(ids).toContain(own);
    },
  },
  {
    name: 'broadcast(id) sent to the target',
    field: 'broadcast',
    kind: 'query',
    run: ({ token, target }) => app.gql(Q.broadcast, { id: target.broadcastId }, token),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  },
  {
    name: 'me.companies does not include the target',
    field: 'me',
    kind: 'query',
    run: ({ token }) => app.gql(Q.me, {}, token),
    expect: {
      'head of another office': 'data',
      'client of another company': 'data',
      'caretaker of other companies': 'data',
      'platform admin': 'data',
      anonymous: 'data',
    },
    check: (data, { name, target }) => {
      if (name === 'anonymous') return expect(data.me).toBeNull();
      expect(data.me.companies.map((c: any) => c.id)).not.toContain(target.company.company.id);
    },
  },
  // Mutations
  {
    name: 'sendMessage to the target thread',
    field: 'sendMessage',
    kind: 'mutation',
    run: ({ token, target }) => app.gql(Q.sendMessage, { input: { companyId: target.company.company.id, body: 'Wiadomosc z zewnatrz' } }, token),
    expect: { 'platform admin': 'FORBIDDEN' },
  },
  {
    name: 'sendMessage to an own thread attaching the target’s file',
    field: 'sendMessage',
    kind: 'mutation',
    run: ({ token, target, own }) =>
      app.gql(Q.sendMessage, { input: { companyId: own ?? target.company.company.id, body: 'Z cudzym plikiem', attachmentIds: [target.fileId] } }, token),
    expect: { 'platform admin': 'FORBIDDEN' },
  },
  {
    name: 'sendBulkNotification to the target',
    field: 'sendBulkNotification',
    kind: 'mutation',
    run: ({ token, target }) => app.gql(Q.sendBulkNotification, { input: { companyIds: [target.company.company.id], body: 'Powiadomienie z zewnatrz' } }, token),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  },
  {
    name: 'sendBulkNotification to an own company and the target (nothing sent to either)',
    field: 'sendBulkNotification',
    kind: 'mutation',
    run: ({ token, target, own }) =>
      app.gql(Q.sendBulkNotification, { input: { companyIds: [...(own ? [own] : []), target.company.company.id], body: 'Wszyscy naraz' } }, token),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  },
  {
    name: 'sendBulkNotification to an own company attaching the target’s file',
    field: 'sendBulkNotification',
    kind: 'mutation',
    run: ({ token, target, own }) =>
      app.gql(Q.sendBulkNotification, { input: { companyIds: [own ?? target.company.company.id], body: 'Z cudzym plikiem', attachmentIds: [target.fileId] } }, token),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  },
  {
    name: 'markMessagesRead of the target thread',
    field: 'markMessagesRead',
    kind: 'mutation',
    run: ({ token, target }) => app.gql(Q.markMessagesRead, { companyId: target.company.company.id }, token),
    expect: { 'platform admin': 'FORBIDDEN' },
  },
  {
    name: 'createCompany assigning office A’s caretaker',
    field: 'createCompany',
    kind: 'mutation',
    run: ({ token }) =>
      app.gql(
        Q.createCompany,
        { input: { name: `Przejeta ${randomUUID().slice(0, 8)}`, nip: uniqueNip(), taxForm: 'TAX_BOOK', email: `x-${randomUUID().slice(0, 8)}@test.local`, caretakerId: a.caretaker.user.id } },
        token,
      ),
    expect: { 'client of another company': 'FORBIDDEN', 'caretaker of other companies': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  },
  // Subscriptions, over the real graphql-ws client
  ...(['messageAdded', 'messageRead', 'unreadCountChanged'] as const).map(
    (field): Case => ({
      name: `${field}(companyId) of the target`,
      field,
      kind: 'subscription',
      run: ({ token, target }) => subscribeOnce(token, Q[field], { companyId: target.company.company.id }),
    }),
  ),
];

function outcome(c: Case, name: Actor['name']): Outcome {
  return c.expect?.[name] ?? (name === 'anonymous' ? 'UNAUTHENTICATED' : 'NOT_FOUND');
}

async function runCase(c: Case, who: Actor) {
  const expected = outcome(c, who.name);
  const before = c.kind === 'mutation' ? await snapshot(who.target) : undefined;
  const response = await c.run(who);
  if (expected === 'data') {
    expect(response.errors ?? []).toEqual([]);
    c.check?.(response.data, who);
  } else {
    expect(codes(response)).toEqual([expected]);
    // No partial data: the refused field is null, and so is everything around it.
    for (const value of Object.values(response.data ?? {})) expect(value).toBeNull();
    expect(JSON.stringify(response.errors)).not.toMatch(/select |insert |update |\bat .*\.(ts|js)/i);
  }
  expectNoLeak(response, who.target);
  if (before) expect(await snapshot(who.target)).toEqual(before);
}

describe('authorization matrix', () => {
  beforeAll(async () => {
    app = await startTestApp();
    [a, b] = await Promise.all([officeFixture(app, { companies: 4 }), officeFixture(app, { companies: 2 })]);
    const em = app.orm.em.fork();
    const adminUser = em.create(User, { email: `admin-${randomUUID().slice(0, 8)}@test.local`, name: 'Admin', role: Role.PLATFORM_ADMIN, passwordHash: 'x' });
    await em.flush();
    admin = await sessionFor(app, em, adminUser);
    const sharedUser = em.create(User, { email: `shared-${randomUUID().slice(0, 8)}@test.local`, name: 'Wspolny klient', role: Role.CLIENT, passwordHash: 'x' });
    for (const { company } of a.companies.slice(0, 2)) em.create(CompanyMember, { company: company.id, user: sharedUser });
    await em.flush();
    shared = await sessionFor(app, em, sharedUser);
    targets.a0 = await makeTarget(0);
    targets.a1 = await makeTarget(1);
    for (const { company } of a.companies.slice(0, 2)) {
      ok(await app.gql(Q.sendMessage, { input: { companyId: company.id, body: 'Pytanie wspolnego klienta' } }, shared.token));
    }
    unsentFileId = await upload(a.head.token, 'nie-wyslany.pdf', PDF('unsent'));
  });
  afterAll(() => app?.stop());

  it('covers every query, mutation and subscription of schema.graphql', async () => {
    const schema = buildSchema(await fs.readFile(SCHEMA_FILE, 'utf8'));
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
    const fields = roots.flatMap((type) => Object.keys(type?.getFields() ?? {}));
    expect(fields.length).toBeGreaterThan(10);
    const covered = new Set([...cases.map((c) => c.field), ...Object.keys(untargeted)]);
    expect(fields.filter((f) => !covered.has(f))).toEqual([]);
    // And every case names a real field, of the right kind.
    for (const c of cases) {
      const root = { query: roots[0], mutation: roots[1], subscription: roots[2] }[c.kind];
      expect(Object.keys(root!.getFields()), c.name).toContain(c.field);
    }
  });

  it('has real targets: their own viewers get what the others are refused', async () => {
    for (const target of [targets.a0!, targets.a1!]) {
      const id = target.company.company.id;
      for (const token of [a.head.token, target.company.client.token]) {
        expect(ok(await app.gql<any>(Q.company, { id }, token)).company).toMatchObject({ id, name: target.company.company.name });
        const { messages } = ok(await app.gql<any>(Q.messages, { companyId: id }, token));
        expect(idsOf(messages)).toContain(target.messageId);
        expect(ok(await app.gql<any>(Q.unreadCount, { companyId: id }, token)).unreadCount).toBeGreaterThanOrEqual(0);
      }
      expect(ok(await app.gql<any>(Q.broadcast, { id: target.broadcastId }, a.head.token)).broadcast).toMatchObject({ id: target.broadcastId, recipientCount: 1 });
    }
    // A0 is the caretaker's, and its thread and subscription are theirs.
    expect(ok(await app.gql<any>(Q.company, { id: targets.a0!.company.company.id }, a.caretaker.token)).company.id).toBe(targets.a0!.company.company.id);
    const live = await subscribeOnce(a.caretaker.token, Q.unreadCountChanged, { companyId: targets.a0!.company.company.id });
    expect(live.data?.unreadCountChanged).toMatchObject({ companyId: targets.a0!.company.company.id });
  });

  describe.each(foreign)('as the %s', (name) => {
    it.each(cases)('$name', async (c) => {
      await runCase(c, actor(name));
    });
  });

  describe('anonymous', () => {
    it.each(cases)('$name', async (c) => {
      await runCase(c, actor('anonymous'));
    });

    it('is UNAUTHENTICATED with a token that is not a session, and sees nothing', async () => {
      const response = await app.gql(Q.company, { id: targets.a0!.company.company.id }, 'not-a-real-token');
      expect(codes(response)).toEqual(['UNAUTHENTICATED']);
      expect(response.data?.company ?? null).toBeNull();
      expectNoLeak(response, targets.a0!);
    });
  });

  describe('role errors', () => {
    it('a client calling inbox gets FORBIDDEN, even with a thread of their own', async () => {
      const response = await app.gql(Q.inbox, {}, a.companies[0].client.token);
      expect(codes(response)).toEqual(['FORBIDDEN']);
      expect(response.data ?? null).toBeNull();
    });

    it('a client calling sendBulkNotification for their own company gets FORBIDDEN and nothing is sent', async () => {
      const target = targets.a0!;
      const before = await snapshot(target);
      const response = await app.gql(
        Q.sendBulkNotification,
        { input: { companyIds: [target.company.company.id], body: 'Klient rozsyla' } },
        target.company.client.token,
      );
      expect(codes(response)).toEqual(['FORBIDDEN']);
      expect(response.data ?? null).toBeNull();
      expect(await snapshot(target)).toEqual(before);
    });

    it('a caretaker calling createCompany gets FORBIDDEN and no company is made', async () => {
      const before = await snapshot(targets.a0!);
      const response = await app.gql(
        Q.createCompany,
        { input: { name: 'Nowa firma opiekuna', nip: uniqueNip(), taxForm: 'LUMP_SUM', email: `n-${randomUUID().slice(0, 8)}@test.local` } },
        a.caretaker.token,
      );
      expect(codes(response)).toEqual(['FORBIDDEN']);
      expect(await snapshot(targets.a0!)).toEqual(before);
    });
  });

  describe('no existence oracle', () => {
    it('another office may register a company with the target’s NIP (NIPs are unique per office only)', async () => {
      const { company } = targets.a0!.company;
      const response = await app.gql<any>(
        Q.createCompany,
        { input: { name: `Inna firma ${randomUUID().slice(0, 8)}`, nip: company.nip, taxForm: 'FULL_ACCOUNTING', email: `o-${randomUUID().slice(0, 8)}@test.local` } },
        b.head.token,
      );
      expect(codes(response)).toEqual([]);
      expect(response.data?.createCompany.id).not.toBe(company.id);
      // The head of office B still does not see office A's company of that NIP.
      const { companies } = ok(await app.gql<any>(Q.companies, { filter: { search: company.nip } }, b.head.token));
      expect(idsOf(companies)).toEqual([response.data?.createCompany.id]);
    });

    it('an existing foreign id and a made-up one get the same answer', async () => {
      for (const name of foreign) {
        const who = actor(name);
        const real = await app.gql<any>(Q.messages, { companyId: who.target.company.company.id }, who.token);
        const missing = await app.gql<any>(Q.messages, { companyId: randomUUID() }, who.token);
        expect(codes(real)).toEqual(['NOT_FOUND']);
        expect(codes(missing)).toEqual(['NOT_FOUND']);
        const shape = (r: GraphQLResponse) => ({ data: r.data, errors: r.errors?.map((e) => ({ ...e, message: e.message.replace(/[0-9a-f-]{36}/g, 'ID') })) });
        expect(shape(real)).toEqual(shape(missing));
      }
    });
  });

  describe('live updates without a companyId carry nothing of the target', () => {
    const controls: Record<ActorName, (() => Promise<{ company: string; unreadDelta: number; read: () => Promise<void> }>) | null> = {
      'head of another office': async () => {
        const own = b.companies[0];
        ok(await app.gql(Q.sendMessage, { input: { companyId: own.company.id, body: 'Pytanie w biurze B' } }, own.client.token));
        return { company: own.company.id, unreadDelta: 1, read: async () => void ok(await app.gql(Q.markMessagesRead, { companyId: own.company.id }, b.head.token)) };
      },
      'client of another company': async () => {
        const own = a.companies[1];
        ok(await app.gql(Q.sendBulkNotification, { input: { companyIds: [own.company.id], body: 'Dla A1' } }, a.head.token));
        return { company: own.company.id, unreadDelta: 1, read: async () => void ok(await app.gql(Q.markMessagesRead, { companyId: own.company.id }, own.client.token)) };
      },
      'caretaker of other companies': async () => {
        const own = a.companies[0];
        ok(await app.gql(Q.sendMessage, { input: { companyId: own.company.id, body: 'Pytanie w A0' } }, own.client.token));
        return { company: own.company.id, unreadDelta: 1, read: async () => void ok(await app.gql(Q.markMessagesRead, { companyId: own.company.id }, a.caretaker.token)) };
      },
      'platform admin': null,
    };

    it.each(foreign)('as the %s', async (name) => {
      const who = actor(name);
      const client = app.ws(who.token);
      const added = subscribe(client, Q.messageAdded, {});
      const read = subscribe(client, Q.messageRead, {});
      const unread = subscribe(client, Q.unreadCountChanged, {});
      const initial = (await unread.next()).data?.unreadCountChanged.count as number;
      expect(typeof initial).toBe('number');
      await added.pending(200);

      // Everything that happens in the target thread.
      const { company } = who.target;
      ok(await app.gql(Q.sendBulkNotification, { input: { companyIds: [company.company.id], body: 'Na zywo' } }, a.head.token));
      ok(await app.gql(Q.sendMessage, { input: { companyId: company.company.id, body: 'Pytanie na zywo' } }, company.client.token));
      expect(ok(await app.gql<any>(Q.markMessagesRead, { companyId: company.company.id }, company.client.token)).markMessagesRead).toBeGreaterThan(0);
      expect(ok(await app.gql<any>(Q.markMessagesRead, { companyId: company.company.id }, a.head.token)).markMessagesRead).toBeGreaterThan(0);

      const control = await controls[name]?.();
      if (control) {
        // The actor's own events arrive, and nothing of the target came before them.
        const first = (await added.next()).data?.messageAdded;
        expect(first.company.id).toBe(control.company);
        expect((await unread.next()).data?.unreadCountChanged).toEqual({ count: initial + control.unreadDelta, companyId: null });
        await control.read();
        const receipt = (await read.next()).data?.messageRead;
        expect(receipt.message.company.id).toBe(control.company);
        // Reading lowers the badge to what unreadCount answers now.
        const now = ok(await app.gql<any>(Q.unreadCount, {}, who.token)).unreadCount;
        expect(now).toBeLessThan(initial + control.unreadDelta);
        expect((await unread.next()).data?.unreadCountChanged).toEqual({ count: now, companyId: null });
      }
      for (const sub of [added, read, unread]) {
        for (const event of [...sub.events, ...(await sub.pending(0))]) {
          expect(event.errors ?? []).toEqual([]);
          expectNoLeak(event, who.target);
        }
      }
      const companiesSeen = [
        ...added.events.map((e) => e.data?.messageAdded.company.id),
        ...read.events.map((e) => e.data?.messageRead.message.company.id),
      ];
      expect(companiesSeen).not.toContain(company.company.id);
      if (!control) expect([...added.events, ...read.events, ...unread.events.slice(1)]).toEqual([]);
      else expect(await unread.pending(200)).toEqual([]);
      added.dispose();
      read.dispose();
      unread.dispose();
    });
  });

  describe('GET /files/:id', () => {
    const files = () => [
      ['sent to A0', targets.a0!],
      ['sent to A1', targets.a1!],
    ] as const;

    it('answers 401 without credentials, for real and made-up ids alike', async () => {
      for (const [, target] of files()) expect((await download(target.fileId)).status).toBe(401);
      expect((await download(unsentFileId)).status).toBe(401);
      expect((await download(randomUUID())).status).toBe(401);
    });

    it.each(foreign)('answers 404 to the %s, exactly as for a file that does not exist', async (name) => {
      const who = actor(name);
      const refused = await download(who.target.fileId, who.token);
      expect(refused.status).toBe(404);
      const refusedBody = await refused.text();
      expect(refusedBody).not.toContain('%PDF');
      expect(refusedBody).not.toContain(who.target.filename);
      expect(refused.headers.get('content-disposition')).toBeNull();
      const missing = await download(randomUUID(), who.token);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toBe(refusedBody);
      // Nor is a message id or an unsent upload of office A any way in.
      expect((await download(who.target.messageId, who.token)).status).toBe(404);
      expect((await download(unsentFileId, who.token)).status).toBe(404);
    });

    it('gives the recipient client and the uploader the bytes as an attachment', async () => {
      for (const [, target] of files()) {
        for (const token of [target.company.client.token, a.head.token]) {
          const response = await download(target.fileId, token);
          expect(response.status).toBe(200);
          expect(response.headers.get('content-disposition')).toMatch(/^attachment;/);
          expect(response.headers.get('content-disposition')).toContain(target.filename);
          expect(Buffer.from(await response.arrayBuffer()).toString('latin1')).toMatch(/^%PDF-/);
        }
      }
      // The caretaker of A0 gets A0's file but not A1's; the client of A0 not A1's either.
      expect((await download(targets.a0!.fileId, a.caretaker.token)).status).toBe(200);
      expect((await download(targets.a1!.fileId, a.caretaker.token)).status).toBe(404);
      expect((await download(targets.a1!.fileId, a.companies[0].client.token)).status).toBe(404);
    });

    it('keeps an upload that was never sent to its uploader, even within the office', async () => {
      expect((await download(unsentFileId, a.head.token)).status).toBe(200);
      for (const token of [a.caretaker.token, a.companies[0].client.token, b.head.token]) {
        expect((await download(unsentFileId, token)).status).toBe(404);
      }
    });
  });
});
