import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CompanyFixture,
  type OfficeFixture,
  officeFixture,
  type Party,
  sessionFor,
  uniqueNip,
} from '../test/factories.js';
import {
  codes,
  type GraphQLResponse,
  ok,
  startTestApp,
  subscribe,
  type TestApp,
} from '../test/harness.js';
import { startTestSmtp, type TestSmtp } from '../test/smtp.js';
import { SCHEMA_FILE } from './emit-schema.js';
import { Role, User } from './modules/auth/user.entity.js';
import { seedBookkeeping } from './modules/bookkeeping/bookkeeping.demo.js';
import { type Company, CompanyMember, TaxForm } from './modules/company/company.entity.js';
import { OfficeVerification } from './modules/office/office.entity.js';

/*
 * Who may see what: every operation of the schema, called by someone who must not see office A's
 * target company, answers NOT_FOUND (or FORBIDDEN for a role that may never call it) and leaks
 * nothing; listings leave the target out. New operations go into `cases` (or `untargeted`).
 */

type Code = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
type ActorName =
  | 'head of another office'
  | 'client of another company'
  | 'caretaker of other companies'
  | 'platform admin';
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
  /** An email of head A to the target company alone, delivered, with one printout link. */
  emailBroadcastId: string;
  emailSubject: string;
  idempotencyKey: string;
  /** The printout that email carries, made when it was sent. */
  printoutFileId: string;
  /** A ledger entry of the target, by its description. */
  entryDescription: string;
  /** A FILED declaration of the target without a UPO yet. */
  declarationId: string;
  /** Every declaration of the target. */
  declarationIds: string[];
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

const PDF = (text: string) =>
  Buffer.from(
    `%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );

const Q = {
  company:
    'query ($id: ID!) { company(id: $id) { id name nip email caretaker { id } lastMessage { id body } unreadFromClientCount } }',
  companies: `query ($filter: CompanyFilter) { companies(first: 100, filter: $filter) {
    totalCount edges { node { id name nip lastMessage { id body } } } } }`,
  messages: `query ($companyId: ID!, $after: String) { messages(companyId: $companyId, first: 100, after: $after) {
    totalCount edges { cursor node { id body company { id name } attachments { id filename url } receipts { user { id } } } } } }`,
  unreadCount: 'query ($companyId: ID) { unreadCount(companyId: $companyId) }',
  inbox:
    'query { inbox(first: 100) { totalCount edges { node { company { id name } lastMessage { id body } unreadFromClientCount } } } }',
  broadcast:
    'query ($id: ID!) { broadcast(id: $id) { id kind recipientCount readCount author { id name } } }',
  me: 'query { me { id role companies { id name } } }',
  sendMessage:
    'mutation ($input: SendMessageInput!) { sendMessage(input: $input) { id body company { id name } } }',
  sendBulkNotification:
    'mutation ($input: SendBulkNotificationInput!) { sendBulkNotification(input: $input) { id recipientCount } }',
  markMessagesRead: 'mutation ($companyId: ID!) { markMessagesRead(companyId: $companyId) }',
  createCompany:
    'mutation ($input: CreateCompanyInput!) { createCompany(input: $input) { id name caretaker { id name } } }',
  messageAdded:
    'subscription ($companyId: ID) { messageAdded(companyId: $companyId) { id body company { id name } } }',
  messageRead:
    'subscription ($companyId: ID) { messageRead(companyId: $companyId) { readAt user { id } message { id body company { id } } } }',
  unreadCountChanged:
    'subscription ($companyId: ID) { unreadCountChanged(companyId: $companyId) { count companyId } }',
  offices:
    '{ offices { id name verification smtpConfigured canSendEmail smtpIntegration { host port username fromAddress } } }',
  setOfficeVerification:
    'mutation ($officeId: ID!, $status: OfficeVerification!) { setOfficeVerification(officeId: $officeId, status: $status) { id verification } }',
  updateSmtpIntegration:
    'mutation ($input: SmtpIntegrationInput!) { updateSmtpIntegration(input: $input) { host port username fromAddress fromName lastTestedAt } }',
  testSmtpIntegration: 'mutation { testSmtpIntegration }',
  myOffice:
    '{ me { role office { id verification smtpConfigured canSendEmail smtpIntegration { host port username fromAddress fromName } } } }',
  sendEmail: `mutation ($input: SendEmailInput!) { sendEmail(input: $input) {
    id subject recipientCount queuedCount deliveries { totalCount edges { node { toAddress company { id name } message { subject body } } } } } }`,
  emailBroadcast: `query ($id: ID!) { broadcast(id: $id) {
    id subject recipientCount queuedCount sentCount failedCount
    deliveries { totalCount edges { node { status toAddress company { id name nip } message { subject body attachments { id url } } } } } } }`,
  retryFailedDeliveries:
    'mutation ($id: ID!) { retryFailedDeliveries(broadcastId: $id) { id subject queuedCount failedCount } }',
  broadcastProgress: `subscription ($id: ID!) { broadcastProgress(id: $id) {
    id subject recipientCount sentCount deliveries { edges { node { toAddress company { id name } } } } } }`,
  printoutOptions:
    'query ($companyIds: [ID!]!, $period: String!) { printoutOptions(companyIds: $companyIds, period: $period) { kind label companyCount } }',
  ledgerEntries: `query ($companyId: ID!, $period: String!) { ledgerEntries(companyId: $companyId, period: $period, first: 100) {
    totalCount edges { node { id documentNumber counterparty description gross } } } }`,
  importLedgerEntries:
    'mutation ($companyId: ID!, $entries: [LedgerEntryInput!]!) { importLedgerEntries(companyId: $companyId, entries: $entries) }',
  upsertDeclaration:
    'mutation ($input: DeclarationInput!) { upsertDeclaration(input: $input) { id type period status taxBase } }',
  recordUpo: 'mutation ($input: UpoInput!) { recordUpo(input: $input) { id referenceNumber } }',
  companyRecords: `query ($id: ID!) { company(id: $id) { id
    emails(first: 100) { totalCount edges { node { id subject body attachments { id url } } } }
    declarations { id type period upo { referenceNumber } } } }`,
  myRecords:
    '{ me { companies { id emails(first: 100) { totalCount edges { node { id subject } } } declarations { id } } } }',
};

const YEAR = 2025;
const PERIOD = `${YEAR}-10`;

/** Root fields that name no company, message, broadcast or file, so there is nothing to refuse. */
const untargeted: Record<string, string> = {
  login: 'takes credentials only; covered by the auth tests',
  logout: 'revokes the caller’s own token only',
  demoAccounts:
    'the demo logins of the login page, the same for everyone; names no office or company',
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
/** One real SMTP server; offices A and B each log in with their own account. */
let smtp: TestSmtp;
const smtpTag = randomUUID().slice(0, 8);
const smtpAccounts = {
  a: {
    username: `biuro-a-${smtpTag}`,
    password: `haslo-a-${smtpTag}`,
    fromAddress: `kancelaria-a-${smtpTag}@test.local`,
    fromName: 'Kancelaria A',
  },
  b: {
    username: `biuro-b-${smtpTag}`,
    password: `haslo-b-${smtpTag}`,
    fromAddress: `kancelaria-b-${smtpTag}@test.local`,
    fromName: 'Kancelaria B',
  },
};

const foreign: ActorName[] = [
  'head of another office',
  'client of another company',
  'caretaker of other companies',
  'platform admin',
];

function actor(name: Actor['name']): Actor {
  const a0 = targets.a0!;
  const a1 = targets.a1!;
  switch (name) {
    case 'head of another office':
      return { name, token: b.head.token, target: a0, own: b.companies[0].company.id };
    case 'client of another company':
      return {
        name,
        token: a.companies[1].client.token,
        target: a0,
        own: a.companies[1].company.id,
      };
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
  const response = await fetch(`${app.url}/uploads`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  expect(response.status).toBe(201);
  const body = (await response.json()) as { id: string; contentType: string };
  expect(body.contentType).toBe('application/pdf');
  return body.id;
}

function download(id: string, token?: string): Promise<Response> {
  return fetch(`${app.url}/files/${id}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

/** One event of a subscription (its result or its refusal), then it is closed. */
async function subscribeOnce(
  token: string | undefined,
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphQLResponse> {
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

function smtpInput(account: (typeof smtpAccounts)['a'], overrides: Record<string, unknown> = {}) {
  return { host: '127.0.0.1', port: smtp.port, security: 'NONE', ...account, ...overrides };
}

/** A valid entry of October for the company's taxation form. */
function entryFor(company: Company, description: string) {
  const column = {
    [TaxForm.FULL_ACCOUNTING]: '201',
    [TaxForm.TAX_BOOK]: '7',
    [TaxForm.LUMP_SUM]: '8.5',
  }[company.taxForm];
  return {
    date: `${PERIOD}-15`,
    documentNumber: `FV/${randomUUID().slice(0, 8)}/${PERIOD}`,
    counterparty: 'Hurtownia Testowa sp. z o.o.',
    description,
    net: '100.00',
    vat: '23.00',
    gross: '123.00',
    column,
    contraAccount: company.taxForm === TaxForm.FULL_ACCOUNTING ? '700' : null,
    vatRegister: company.vatPayer ? 'SALES' : null,
  };
}

/** Polls the broadcast (as its office's head) until nothing is queued. */
async function settled(broadcastId: string, token = a.head.token, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { broadcast } = ok(await app.gql<any>(Q.emailBroadcast, { id: broadcastId }, token));
    if (broadcast.queuedCount === 0) return broadcast;
    if (Date.now() > deadline) throw new Error(`still queued: ${JSON.stringify(broadcast)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function makeTarget(index: number): Promise<Target> {
  const company = a.companies[index];
  const tag = randomUUID().slice(0, 8);
  const filename = `poufne-${index}-${tag}.pdf`;
  const fileId = await upload(a.head.token, filename, PDF(`target ${index}`));
  const messageBody = `Tajna wiadomosc dla A${index} ${tag}`;
  const { sendBulkNotification } = ok(
    await app.gql<any>(
      Q.sendBulkNotification,
      { input: { companyIds: [company.company.id], body: messageBody, attachmentIds: [fileId] } },
      a.head.token,
    ),
  );
  // A question from the client too, so the thread shows up in the office inbox and unread counts.
  ok(
    await app.gql(
      Q.sendMessage,
      { input: { companyId: company.company.id, body: `Pytanie klienta A${index} ${tag}` } },
      company.client.token,
    ),
  );
  const { messages } = ok(
    await app.gql<any>(Q.messages, { companyId: company.company.id }, a.head.token),
  );
  const node = messages.edges.map((e: any) => e.node).find((n: any) => n.body === messageBody);
  const [row] = await app.orm.em
    .fork()
    .execute('select created_at from message where id = ?', [node.id]);

  // Bookkeeping of its own: an entry, a filed declaration waiting for its UPO.
  const entryDescription = `Tajny wpis A${index} ${tag}`;
  ok(
    await app.gql(
      Q.importLedgerEntries,
      { companyId: company.company.id, entries: [entryFor(company.company, entryDescription)] },
      a.head.token,
    ),
  );
  const { upsertDeclaration } = ok(
    await app.gql<any>(
      Q.upsertDeclaration,
      {
        input: {
          companyId: company.company.id,
          type: 'VAT-UE',
          period: `${YEAR}-11`,
          taxBase: '1000.00',
          taxDue: '0.00',
          status: 'FILED',
        },
      },
      a.head.token,
    ),
  );

  // An email with the printout that fits it, delivered.
  const emailSubject = `Poufny temat A${index} ${tag}`;
  const idempotencyKey = `poufne-${index}-${tag}`;
  const printout = company.company.vatPayer ? 'VAT_REGISTER' : 'TAX_BOOK';
  const { sendEmail } = ok(
    await app.gql<any>(
      Q.sendEmail,
      {
        input: {
          companyIds: [company.company.id],
          subject: emailSubject,
          html: `<p>Poufna tresc dla A${index} ${tag}</p>`,
          printouts: [{ kind: printout, period: PERIOD }],
          idempotencyKey,
        },
      },
      a.head.token,
    ),
  );
  expect(await settled(sendEmail.id)).toMatchObject({ sentCount: 1, failedCount: 0 });
  const records = ok(
    await app.gql<any>(Q.companyRecords, { id: company.company.id }, a.head.token),
  ).company;
  const email = records.emails.edges
    .map((e: any) => e.node)
    .find((n: any) => n.subject === emailSubject);
  expect(email.attachments).toHaveLength(1);
  return {
    company,
    messageId: node.id,
    messageBody,
    createdAt: new Date(row.created_at).toISOString(),
    broadcastId: sendBulkNotification.id,
    fileId,
    filename,
    emailBroadcastId: sendEmail.id,
    emailSubject,
    idempotencyKey,
    printoutFileId: email.attachments[0].id,
    entryDescription,
    declarationId: upsertDeclaration.id,
    declarationIds: records.declarations.map((d: any) => d.id),
  };
}

/** What a refused call could have changed, in both offices. */
async function snapshot(target: Target) {
  const offices = [a.office.id, b.office.id];
  const [row] = await app.orm.em.fork().execute(
    `select
       (select count(*) from message m join company c on c.id = m.company_id where c.office_id = any(?::uuid[]))::int as messages,
       (select count(*) from message m join company c on c.id = m.company_id where c.office_id = any(?::uuid[]) and m.office_read_at is not null)::int as office_read,
       (select count(*) from read_receipt r join message m on m.id = r.message_id join company c on c.id = m.company_id where c.office_id = any(?::uuid[]))::int as receipts,
       (select count(*) from message_attachment ma join message m on m.id = ma.message_id join company c on c.id = m.company_id where c.office_id = any(?::uuid[]))::int as attachments,
       (select count(*) from broadcast where office_id = any(?::uuid[]))::int as broadcasts,
       (select count(*) from company where office_id = any(?::uuid[]))::int as companies,
       (select coalesce(sum(cm.unread_count), 0) from company_member cm join company c on c.id = cm.company_id where c.office_id = any(?::uuid[]))::int as client_unread,
       (select string_agg(coalesce(last_message_at::text, '-'), ',' order by id) from company where office_id = any(?::uuid[])) as last_message_at`,
    Array(8).fill(`{${offices.join(',')}}`),
  );
  const [records] = await app.orm.em.fork().execute(
    `select
       (select count(*) from email_delivery d join company c on c.id = d.company_id where c.office_id = any(?::uuid[]))::int as email_deliveries,
       (select count(*) from ledger_entry e join company c on c.id = e.company_id where c.office_id = any(?::uuid[]))::int as ledger_entries,
       (select count(*) from declaration d join company c on c.id = d.company_id where c.office_id = any(?::uuid[]))::int as declarations,
       (select string_agg(concat_ws(':', d.id, d.status, d.tax_base, d.tax_due, d.filed_at, d.updated_at), ',' order by d.id)
          from declaration d join company c on c.id = d.company_id where c.office_id = any(?::uuid[])) as declaration_rows,
       (select count(*) from upo u join declaration d on d.id = u.declaration_id join company c on c.id = d.company_id
         where c.office_id = any(?::uuid[]))::int as upos,
       (select string_agg(id || ':' || verification, ',' order by id) from office where id = any(?::uuid[])) as verification,
       (select row_to_json(s)::text from smtp_integration s where s.office_id = ?) as smtp_of_a`,
    [...Array(6).fill(`{${offices.join(',')}}`), a.office.id],
  );
  const { messages } = ok(
    await app.gql<any>(Q.messages, { companyId: target.company.company.id }, a.head.token),
  );
  return {
    row,
    records,
    thread: {
      totalCount: messages.totalCount,
      receipts: messages.edges.map((e: any) => e.node.receipts.length),
    },
  };
}

/** Nothing of the target company, its messages or its files in the response. */
function expectNoLeak(response: GraphQLResponse, target: Target) {
  const text = JSON.stringify(response);
  const { company } = target.company;
  for (const secret of [
    company.name,
    company.nip,
    company.email,
    target.messageBody,
    target.filename,
    target.emailSubject,
    target.entryDescription,
  ]) {
    expect(text).not.toContain(secret);
  }
  // Office A's SMTP settings are its head's alone.
  for (const secret of [smtpAccounts.a.username, smtpAccounts.a.fromAddress])
    expect(text).not.toContain(secret);
}

function idsOf(
  connection: { edges: Array<{ node: any }> },
  pick: (node: any) => string = (n) => n.id,
): string[] {
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
    expect: {
      'head of another office': 'data',
      'client of another company': 'data',
      'caretaker of other companies': 'data',
      'platform admin': 'data',
    },
    check: (data, { target }) =>
      expect(idsOf(data.companies)).not.toContain(target.company.company.id),
  },
  {
    name: 'companies searched by the target’s name and NIP',
    field: 'companies',
    kind: 'query',
    run: async ({ token, target }) => {
      const byName = await app.gql<any>(
        Q.companies,
        { filter: { search: target.company.company.name } },
        token,
      );
      if (byName.errors?.length) return byName;
      const byNip = await app.gql<any>(
        Q.companies,
        { filter: { search: target.company.company.nip } },
        token,
      );
      return {
        ...byNip,
        data: byNip.data && { companies: byName.data!.companies, byNip: byNip.data.companies },
      };
    },
    expect: {
      'head of another office': 'data',
      'client of another company': 'data',
      'caretaker of other companies': 'data',
      'platform admin': 'data',
    },
    check: (data) => {
      expect(data.companies).toMatchObject({ totalCount: 0, edges: [] });
      expect(data.byNip).toMatchObject({ totalCount: 0, edges: [] });
    },
  },
  {
    name: 'companies filtered by office A’s caretaker',
    field: 'companies',
    kind: 'query',
    run: ({ token }) =>
      app.gql(Q.companies, { filter: { caretakerId: a.caretaker.user.id } }, token),
    expect: {
      'head of another office': 'data',
      'client of another company': 'data',
      'caretaker of other companies': 'data',
      'platform admin': 'data',
    },
    check: (data, { name, target }) => {
      const ids = idsOf(data.companies);
      expect(ids).not.toContain(target.company.company.id);
      // Office A's caretaker sees exactly their own companies; anyone outside office A sees none.
      const expected =
        name === 'caretaker of other companies'
          ? [a.companies[0], a.companies[2]].map((c) => c.company.id).sort()
          : [];
      expect([...ids].sort()).toEqual(expected);
    },
  },
  {
    name: 'messages(companyId) of the target thread',
    field: 'messages',
    kind: 'query',
    run: ({ token, target }) =>
      app.gql(Q.messages, { companyId: target.company.company.id }, token),
  },
  {
    name: 'messages of an own thread with a cursor made from a target message',
    field: 'messages',
    kind: 'query',
    run: ({ token, target, own }) => {
      const after = Buffer.from(
        JSON.stringify([
          new Date(Date.parse(target.createdAt) + 60_000).toISOString(),
          target.messageId,
        ]),
      ).toString('base64url');
      return app.gql(Q.messages, { companyId: own ?? target.company.company.id, after }, token);
    },
    expect: {
      'head of another office': 'data',
      'client of another company': 'data',
      'caretaker of other companies': 'data',
    },
    check: (data, { target, own }) => {
      expect(idsOf(data.messages)).not.toContain(target.messageId);
      for (const node of data.messages.edges.map((e: any) => e.node))
        expect(node.company.id).toBe(own);
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
    expect: {
      'head of another office': 'data',
      'client of another company': 'data',
      'caretaker of other companies': 'data',
    },
    check: (data, { name, target }) => {
      const users = data.messages.edges.flatMap((e: any) => [
        e.node.author,
        ...e.node.receipts.map((r: any) => r.user),
      ]);
      for (const user of users)
        expect(user.companies.map((c: any) => c.id)).not.toContain(target.company.company.id);
      // Inside office A the shared client is met, and shown with the one company the viewer shares.
      if (name !== 'head of another office') {
        const met = users.find((u: any) => u.id === shared.user.id);
        expect(met?.companies.map((c: any) => c.id)).toEqual([
          a.companies[name === 'client of another company' ? 1 : 0].company.id,
        ]);
      }
    },
  },
  {
    name: 'unreadCount(companyId) of the target',
    field: 'unreadCount',
    kind: 'query',
    run: ({ token, target }) =>
      app.gql(Q.unreadCount, { companyId: target.company.company.id }, token),
  },
  {
    name: 'unreadCount() does not move with the target thread',
    field: 'unreadCount',
    kind: 'query',
    run: async ({ token, target }) => {
      const before = await app.gql<any>(Q.unreadCount, {}, token);
      if (before.errors?.length) return before;
      const { company } = target;
      ok(
        await app.gql(
          Q.sendBulkNotification,
          { input: { companyIds: [company.company.id], body: 'Kolejne powiadomienie' } },
          a.head.token,
        ),
      );
      ok(
        await app.gql(
          Q.sendMessage,
          { input: { companyId: company.company.id, body: 'Kolejne pytanie' } },
          company.client.token,
        ),
      );
      const after = await app.gql<any>(Q.unreadCount, {}, token);
      return {
        ...after,
        data: after.data && { before: before.data!.unreadCount, after: after.data.unreadCount },
      };
    },
    expect: {
      'head of another office': 'data',
      'client of another company': 'data',
      'caretaker of other companies': 'data',
      'platform admin': 'data',
    },
    check: (data) => expect(data.after).toBe(data.before),
  },
  {
    name: 'inbox does not list the target thread',
    field: 'inbox',
    kind: 'query',
    run: ({ token }) => app.gql(Q.inbox, {}, token),
    expect: {
      'head of another office': 'data',
      'caretaker of other companies': 'data',
      'client of another company': 'FORBIDDEN',
      'platform admin': 'FORBIDDEN',
    },
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
  {
    name: 'company(id) of the target, with its emails and declarations',
    field: 'company',
    kind: 'query',
    run: ({ token, target }) => app.gql(Q.companyRecords, { id: target.company.company.id }, token),
  },
  {
    name: 'me.companies shows the emails and declarations of the viewer’s own companies only',
    field: 'me',
    kind: 'query',
    run: ({ token }) => app.gql(Q.myRecords, {}, token),
    expect: {
      'head of another office': 'data',
      'client of another company': 'data',
      'caretaker of other companies': 'data',
      'platform admin': 'data',
      anonymous: 'data',
    },
    check: (data, { name, target }) => {
      if (name === 'anonymous') return expect(data.me).toBeNull();
      const companies: any[] = data.me.companies;
      const declarations = companies.flatMap((c) => c.declarations.map((d: any) => d.id));
      for (const id of target.declarationIds) expect(declarations).not.toContain(id);
      if (name !== 'client of another company') return expect(companies).toEqual([]);
      // The client of A1 sees A1 alone: its one email and every declaration of its own.
      const own = targets.a1!;
      expect(companies.map((c) => c.id)).toEqual([own.company.company.id]);
      expect(companies[0].emails).toMatchObject({
        totalCount: 1,
        edges: [{ node: { subject: own.emailSubject } }],
      });
      expect([...declarations].sort()).toEqual([...own.declarationIds].sort());
      expect(declarations).toContain(own.declarationId);
    },
  },
  {
    name: 'me.office.smtpIntegration is there for the office’s own head only',
    field: 'me',
    kind: 'query',
    run: ({ token }) => app.gql(Q.myOffice, {}, token),
    expect: {
      'head of another office': 'data',
      'client of another company': 'data',
      'caretaker of other companies': 'data',
      'platform admin': 'data',
      anonymous: 'data',
    },
    check: (data, { name }) => {
      switch (name) {
        case 'anonymous':
          return expect(data.me).toBeNull();
        case 'head of another office':
          return expect(data.me.office).toMatchObject({
            id: b.office.id,
            canSendEmail: true,
            smtpIntegration: {
              host: '127.0.0.1',
              username: smtpAccounts.b.username,
              fromAddress: smtpAccounts.b.fromAddress,
            },
          });
        case 'caretaker of other companies':
          // Office A's caretaker learns that the office can email, not how.
          return expect(data.me.office).toMatchObject({
            id: a.office.id,
            smtpConfigured: true,
            canSendEmail: true,
            smtpIntegration: null,
          });
        default:
          return expect(data.me.office).toBeNull();
      }
    },
  },
  {
    name: 'offices',
    field: 'offices',
    kind: 'query',
    run: ({ token }) => app.gql(Q.offices, {}, token),
    expect: {
      'head of another office': 'FORBIDDEN',
      'client of another company': 'FORBIDDEN',
      'caretaker of other companies': 'FORBIDDEN',
      'platform admin': 'data',
    },
    check: (data) => {
      const byId = new Map<string, any>(data.offices.map((o: any) => [o.id, o]));
      expect(byId.get(a.office.id)).toMatchObject({
        verification: 'VERIFIED',
        smtpConfigured: true,
        canSendEmail: true,
      });
      expect(byId.get(b.office.id)).toMatchObject({
        verification: 'VERIFIED',
        smtpConfigured: true,
        canSendEmail: true,
      });
      // The settings themselves stay with each office's head.
      for (const office of data.offices) expect(office.smtpIntegration).toBeNull();
    },
  },
  {
    name: 'broadcast(id) of the email to the target, with its deliveries',
    field: 'broadcast',
    kind: 'query',
    run: ({ token, target }) => app.gql(Q.emailBroadcast, { id: target.emailBroadcastId }, token),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  },
  {
    name: 'printoutOptions for the target',
    field: 'printoutOptions',
    kind: 'query',
    run: ({ token, target }) =>
      app.gql(
        Q.printoutOptions,
        { companyIds: [target.company.company.id], period: PERIOD },
        token,
      ),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  },
  {
    name: 'printoutOptions for an own company and the target',
    field: 'printoutOptions',
    kind: 'query',
    run: ({ token, target, own }) =>
      app.gql(
        Q.printoutOptions,
        { companyIds: [...(own ? [own] : []), target.company.company.id], period: PERIOD },
        token,
      ),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  },
  {
    name: 'ledgerEntries of the target, of a month',
    field: 'ledgerEntries',
    kind: 'query',
    run: ({ token, target }) =>
      app.gql(Q.ledgerEntries, { companyId: target.company.company.id, period: PERIOD }, token),
  },
  {
    name: 'ledgerEntries of the target, of a year',
    field: 'ledgerEntries',
    kind: 'query',
    run: ({ token, target }) =>
      app.gql(
        Q.ledgerEntries,
        { companyId: target.company.company.id, period: String(YEAR) },
        token,
      ),
  },
  // Mutations
  {
    name: 'sendMessage to the target thread',
    field: 'sendMessage',
    kind: 'mutation',
    run: ({ token, target }) =>
      app.gql(
        Q.sendMessage,
        { input: { companyId: target.company.company.id, body: 'Wiadomosc z zewnatrz' } },
        token,
      ),
    expect: { 'platform admin': 'FORBIDDEN' },
  },
  {
    name: 'sendMessage to an own thread attaching the target’s file',
    field: 'sendMessage',
    kind: 'mutation',
    run: ({ token, target, own }) =>
      app.gql(
        Q.sendMessage,
        {
          input: {
            companyId: own ?? target.company.company.id,
            body: 'Z cudzym plikiem',
            attachmentIds: [target.fileId],
          },
        },
        token,
      ),
    expect: { 'platform admin': 'FORBIDDEN' },
  },
  {
    name: 'sendBulkNotification to the target',
    field: 'sendBulkNotification',
    kind: 'mutation',
    run: ({ token, target }) =>
      app.gql(
        Q.sendBulkNotification,
        { input: { companyIds: [target.company.company.id], body: 'Powiadomienie z zewnatrz' } },
        token,
      ),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  },
  {
    name: 'sendBulkNotification to an own company and the target (nothing sent to either)',
    field: 'sendBulkNotification',
    kind: 'mutation',
    run: ({ token, target, own }) =>
      app.gql(
        Q.sendBulkNotification,
        {
          input: {
            companyIds: [...(own ? [own] : []), target.company.company.id],
            body: 'Wszyscy naraz',
          },
        },
        token,
      ),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  },
  {
    name: 'sendBulkNotification to an own company attaching the target’s file',
    field: 'sendBulkNotification',
    kind: 'mutation',
    run: ({ token, target, own }) =>
      app.gql(
        Q.sendBulkNotification,
        {
          input: {
            companyIds: [own ?? target.company.company.id],
            body: 'Z cudzym plikiem',
            attachmentIds: [target.fileId],
          },
        },
        token,
      ),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  },
  {
    name: 'markMessagesRead of the target thread',
    field: 'markMessagesRead',
    kind: 'mutation',
    run: ({ token, target }) =>
      app.gql(Q.markMessagesRead, { companyId: target.company.company.id }, token),
    expect: { 'platform admin': 'FORBIDDEN' },
  },
  {
    name: 'createCompany assigning office A’s caretaker',
    field: 'createCompany',
    kind: 'mutation',
    run: ({ token }) =>
      app.gql(
        Q.createCompany,
        {
          input: {
            name: `Przejeta ${randomUUID().slice(0, 8)}`,
            nip: uniqueNip(),
            taxForm: 'TAX_BOOK',
            email: `x-${randomUUID().slice(0, 8)}@test.local`,
            caretakerId: a.caretaker.user.id,
          },
        },
        token,
      ),
    expect: {
      'client of another company': 'FORBIDDEN',
      'caretaker of other companies': 'FORBIDDEN',
      'platform admin': 'FORBIDDEN',
    },
  },
  {
    name: 'setOfficeVerification of office A',
    field: 'setOfficeVerification',
    kind: 'mutation',
    run: async ({ name, token }) => {
      const response = await app.gql<any>(
        Q.setOfficeVerification,
        { officeId: a.office.id, status: 'PENDING' },
        token,
      );
      // The platform admin may; put back what the rest of the matrix relies on.
      if (name === 'platform admin' && !response.errors?.length) {
        ok(
          await app.gql(
            Q.setOfficeVerification,
            { officeId: a.office.id, status: 'VERIFIED' },
            token,
          ),
        );
      }
      return response;
    },
    expect: {
      'head of another office': 'FORBIDDEN',
      'client of another company': 'FORBIDDEN',
      'caretaker of other companies': 'FORBIDDEN',
      'platform admin': 'data',
    },
    check: (data) =>
      expect(data.setOfficeVerification).toEqual({ id: a.office.id, verification: 'PENDING' }),
  },
  {
    name: 'updateSmtpIntegration changes the caller’s own office’s settings, never office A’s',
    field: 'updateSmtpIntegration',
    kind: 'mutation',
    run: ({ token }) =>
      app.gql(
        Q.updateSmtpIntegration,
        { input: smtpInput(smtpAccounts.b, { fromName: 'Kancelaria B po zmianie' }) },
        token,
      ),
    expect: {
      'head of another office': 'data',
      'client of another company': 'FORBIDDEN',
      'caretaker of other companies': 'FORBIDDEN',
      'platform admin': 'FORBIDDEN',
    },
    check: (data) =>
      expect(data.updateSmtpIntegration).toEqual({
        host: '127.0.0.1',
        port: smtp.port,
        username: smtpAccounts.b.username,
        fromAddress: smtpAccounts.b.fromAddress,
        fromName: 'Kancelaria B po zmianie',
        lastTestedAt: null,
      }),
  },
  {
    name: 'testSmtpIntegration tests the caller’s own office’s settings, never office A’s',
    field: 'testSmtpIntegration',
    kind: 'mutation',
    run: ({ token }) => app.gql(Q.testSmtpIntegration, {}, token),
    expect: {
      'head of another office': 'data',
      'client of another company': 'FORBIDDEN',
      'caretaker of other companies': 'FORBIDDEN',
      'platform admin': 'FORBIDDEN',
    },
    check: (data) => {
      expect(data.testSmtpIntegration).toBe(true);
      expect(smtp.logins.at(-1)).toEqual({ username: smtpAccounts.b.username, ok: true });
    },
  },
  {
    name: 'sendEmail to the target',
    field: 'sendEmail',
    kind: 'mutation',
    run: ({ token, target }) =>
      app.gql(
        Q.sendEmail,
        {
          input: {
            companyIds: [target.company.company.id],
            subject: 'Email z zewnatrz',
            html: '<p>Z zewnatrz</p>',
            printouts: [{ kind: 'LEDGER', period: PERIOD }],
          },
        },
        token,
      ),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  },
  {
    name: 'sendEmail to an own company and the target (nothing queued for either)',
    field: 'sendEmail',
    kind: 'mutation',
    run: ({ token, target, own }) =>
      app.gql(
        Q.sendEmail,
        {
          input: {
            companyIds: [...(own ? [own] : []), target.company.company.id],
            subject: 'Do wszystkich',
            html: '<p>Wszyscy naraz</p>',
          },
        },
        token,
      ),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  },
  {
    name: 'sendEmail to the target with the idempotencyKey of office A’s email to it',
    field: 'sendEmail',
    kind: 'mutation',
    run: ({ token, target }) =>
      app.gql(
        Q.sendEmail,
        {
          input: {
            companyIds: [target.company.company.id],
            subject: 'Ponowienie',
            html: '<p>Ponowienie</p>',
            idempotencyKey: target.idempotencyKey,
          },
        },
        token,
      ),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  },
  {
    name: 'retryFailedDeliveries of the email to the target',
    field: 'retryFailedDeliveries',
    kind: 'mutation',
    run: ({ token, target }) =>
      app.gql(Q.retryFailedDeliveries, { id: target.emailBroadcastId }, token),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  },
  {
    name: 'importLedgerEntries into the target',
    field: 'importLedgerEntries',
    kind: 'mutation',
    run: ({ token, target }) =>
      app.gql(
        Q.importLedgerEntries,
        {
          companyId: target.company.company.id,
          entries: [entryFor(target.company.company, 'Wpis z zewnatrz')],
        },
        token,
      ),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  },
  {
    name: 'upsertDeclaration changing the target’s filed declaration',
    field: 'upsertDeclaration',
    kind: 'mutation',
    run: ({ token, target }) =>
      app.gql(
        Q.upsertDeclaration,
        {
          input: {
            companyId: target.company.company.id,
            type: 'VAT-UE',
            period: `${YEAR}-11`,
            taxBase: '999999.00',
            taxDue: '5000.00',
            status: 'FILED',
          },
        },
        token,
      ),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  },
  {
    name: 'upsertDeclaration adding a declaration to the target',
    field: 'upsertDeclaration',
    kind: 'mutation',
    run: ({ token, target }) =>
      app.gql(
        Q.upsertDeclaration,
        {
          input: {
            companyId: target.company.company.id,
            type: 'CIT-8',
            period: String(YEAR),
            taxBase: '1.00',
            taxDue: '0.00',
          },
        },
        token,
      ),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  },
  {
    name: 'recordUpo of the target’s filed declaration',
    field: 'recordUpo',
    kind: 'mutation',
    run: ({ token, target }) =>
      app.gql(
        Q.recordUpo,
        {
          input: {
            declarationId: target.declarationId,
            referenceNumber: 'UPO-Z-ZEWNATRZ',
            receivedAt: new Date().toISOString(),
          },
        },
        token,
      ),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  },
  // Subscriptions, over the real graphql-ws client
  {
    name: 'broadcastProgress(id) of the email to the target',
    field: 'broadcastProgress',
    kind: 'subscription',
    run: ({ token, target }) =>
      subscribeOnce(token, Q.broadcastProgress, { id: target.emailBroadcastId }),
  },
  ...(['messageAdded', 'messageRead', 'unreadCountChanged'] as const).map(
    (field): Case => ({
      name: `${field}(companyId) of the target`,
      field,
      kind: 'subscription',
      run: ({ token, target }) =>
        subscribeOnce(token, Q[field], { companyId: target.company.company.id }),
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
    expect(JSON.stringify(response.errors)).not.toMatch(
      /select |insert |update |\bat .*\.(ts|js)/i,
    );
  }
  expectNoLeak(response, who.target);
  if (before) expect(await snapshot(who.target)).toEqual(before);
}

describe('authorization matrix', () => {
  beforeAll(async () => {
    smtp = await startTestSmtp({
      users: Object.fromEntries(Object.values(smtpAccounts).map((s) => [s.username, s.password])),
    });
    app = await startTestApp();
    // Both offices may email, so a refusal is about the target and never about the sender's setup.
    const verification = OfficeVerification.VERIFIED;
    [a, b] = await Promise.all([
      officeFixture(app, { companies: 4, verification }),
      officeFixture(app, { companies: 2, verification }),
    ]);
    ok(await app.gql(Q.updateSmtpIntegration, { input: smtpInput(smtpAccounts.a) }, a.head.token));
    ok(await app.gql(Q.updateSmtpIntegration, { input: smtpInput(smtpAccounts.b) }, b.head.token));
    await seedBookkeeping(
      app.orm.em.fork(),
      a.companies.map((c) => c.company),
      YEAR,
    );
    const em = app.orm.em.fork();
    const adminUser = em.create(User, {
      email: `admin-${randomUUID().slice(0, 8)}@test.local`,
      name: 'Admin',
      role: Role.PLATFORM_ADMIN,
      passwordHash: 'x',
    });
    await em.flush();
    admin = await sessionFor(app, em, adminUser);
    const sharedUser = em.create(User, {
      email: `shared-${randomUUID().slice(0, 8)}@test.local`,
      name: 'Wspolny klient',
      role: Role.CLIENT,
      passwordHash: 'x',
    });
    for (const { company } of a.companies.slice(0, 2))
      em.create(CompanyMember, { company: company.id, user: sharedUser });
    await em.flush();
    shared = await sessionFor(app, em, sharedUser);
    targets.a0 = await makeTarget(0);
    targets.a1 = await makeTarget(1);
    for (const { company } of a.companies.slice(0, 2)) {
      ok(
        await app.gql(
          Q.sendMessage,
          { input: { companyId: company.id, body: 'Pytanie wspolnego klienta' } },
          shared.token,
        ),
      );
    }
    unsentFileId = await upload(a.head.token, 'nie-wyslany.pdf', PDF('unsent'));
  });
  afterAll(async () => {
    await app?.stop();
    await smtp?.stop();
  });

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
        expect(ok(await app.gql<any>(Q.company, { id }, token)).company).toMatchObject({
          id,
          name: target.company.company.name,
        });
        const { messages } = ok(await app.gql<any>(Q.messages, { companyId: id }, token));
        expect(idsOf(messages)).toContain(target.messageId);
        expect(
          ok(await app.gql<any>(Q.unreadCount, { companyId: id }, token)).unreadCount,
        ).toBeGreaterThanOrEqual(0);
      }
      expect(
        ok(await app.gql<any>(Q.broadcast, { id: target.broadcastId }, a.head.token)).broadcast,
      ).toMatchObject({ id: target.broadcastId, recipientCount: 1 });
    }
    // A0 is the caretaker's, and its thread and subscription are theirs.
    expect(
      ok(await app.gql<any>(Q.company, { id: targets.a0!.company.company.id }, a.caretaker.token))
        .company.id,
    ).toBe(targets.a0!.company.company.id);
    const live = await subscribeOnce(a.caretaker.token, Q.unreadCountChanged, {
      companyId: targets.a0!.company.company.id,
    });
    expect(live.data?.unreadCountChanged).toMatchObject({
      companyId: targets.a0!.company.company.id,
    });

    // Their bookkeeping, emails and printouts are there for those who see them.
    for (const target of [targets.a0!, targets.a1!]) {
      const id = target.company.company.id;
      for (const token of [a.head.token, target.company.client.token]) {
        const { ledgerEntries } = ok(
          await app.gql<any>(Q.ledgerEntries, { companyId: id, period: PERIOD }, token),
        );
        expect(ledgerEntries.edges.map((e: any) => e.node.description)).toContain(
          target.entryDescription,
        );
        const { company } = ok(await app.gql<any>(Q.companyRecords, { id }, token));
        expect(company.emails.edges.map((e: any) => e.node.subject)).toContain(target.emailSubject);
        expect(company.declarations.map((d: any) => d.id)).toContain(target.declarationId);
      }
      expect(
        ok(await app.gql<any>(Q.emailBroadcast, { id: target.emailBroadcastId }, a.head.token))
          .broadcast,
      ).toMatchObject({
        subject: target.emailSubject,
        recipientCount: 1,
        sentCount: 1,
      });
      const { printoutOptions } = ok(
        await app.gql<any>(Q.printoutOptions, { companyIds: [id], period: PERIOD }, a.head.token),
      );
      expect(printoutOptions.map((o: any) => o.kind)).toContain(
        target.company.company.vatPayer ? 'VAT_REGISTER' : 'TAX_BOOK',
      );
      const progress = await subscribeOnce(a.head.token, Q.broadcastProgress, {
        id: target.emailBroadcastId,
      });
      expect(progress.data?.broadcastProgress).toMatchObject({
        id: target.emailBroadcastId,
        sentCount: 1,
      });
    }
    const { printoutOptions } = ok(
      await app.gql<any>(
        Q.printoutOptions,
        { companyIds: [targets.a0!.company.company.id], period: PERIOD },
        a.caretaker.token,
      ),
    );
    expect(printoutOptions.length).toBeGreaterThan(0);
    // Office A's head reads its SMTP settings; both offices may email.
    expect(ok(await app.gql<any>(Q.myOffice, {}, a.head.token)).me.office).toMatchObject({
      id: a.office.id,
      canSendEmail: true,
      smtpIntegration: {
        username: smtpAccounts.a.username,
        fromAddress: smtpAccounts.a.fromAddress,
      },
    });
    expect(ok(await app.gql<any>(Q.myOffice, {}, b.head.token)).me.office).toMatchObject({
      id: b.office.id,
      canSendEmail: true,
    });
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
      const response = await app.gql(
        Q.company,
        { id: targets.a0!.company.company.id },
        'not-a-real-token',
      );
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
        {
          input: {
            name: 'Nowa firma opiekuna',
            nip: uniqueNip(),
            taxForm: 'LUMP_SUM',
            email: `n-${randomUUID().slice(0, 8)}@test.local`,
          },
        },
        a.caretaker.token,
      );
      expect(codes(response)).toEqual(['FORBIDDEN']);
      expect(await snapshot(targets.a0!)).toEqual(before);
    });
  });

  describe('office and bookkeeping roles', () => {
    it('nobody but a platform admin sets an office’s verification, not even of their own office', async () => {
      const before = await snapshot(targets.a0!);
      for (const [token, officeId] of [
        [a.head.token, a.office.id],
        [b.head.token, b.office.id],
        [a.caretaker.token, a.office.id],
      ]) {
        const response = await app.gql(
          Q.setOfficeVerification,
          { officeId, status: 'UNVERIFIED' },
          token,
        );
        expect(codes(response)).toEqual(['FORBIDDEN']);
        expect(response.data ?? null).toBeNull();
      }
      expect(await snapshot(targets.a0!)).toEqual(before);
    });

    it('a client may not email, pick printouts for or book anything of their own company', async () => {
      const target = targets.a0!;
      const id = target.company.company.id;
      const before = await snapshot(target);
      const calls: Array<[string, Record<string, unknown>]> = [
        [
          Q.sendEmail,
          { input: { companyIds: [id], subject: 'Od klienta', html: '<p>Od klienta</p>' } },
        ],
        [Q.printoutOptions, { companyIds: [id], period: PERIOD }],
        [
          Q.importLedgerEntries,
          { companyId: id, entries: [entryFor(target.company.company, 'Wpis klienta')] },
        ],
        [
          Q.upsertDeclaration,
          {
            input: {
              companyId: id,
              type: 'VAT-UE',
              period: `${YEAR}-11`,
              taxBase: '1.00',
              taxDue: '0.00',
              status: 'FILED',
            },
          },
        ],
        [
          Q.recordUpo,
          {
            input: {
              declarationId: target.declarationId,
              referenceNumber: 'UPO-KLIENTA',
              receivedAt: new Date().toISOString(),
            },
          },
        ],
        [
          Q.updateSmtpIntegration,
          { input: smtpInput(smtpAccounts.a, { host: 'smtp.klient.test' }) },
        ],
        [Q.testSmtpIntegration, {}],
      ];
      for (const [query, variables] of calls) {
        const response = await app.gql(query, variables, target.company.client.token);
        expect(codes(response), query).toEqual(['FORBIDDEN']);
        expect(response.data ?? null).toBeNull();
      }
      expect(await snapshot(target)).toEqual(before);
    });
  });

  describe('email idempotency keys are no way in', () => {
    it('a caretaker reusing the key of an email they did not send gets nothing of it, and nothing is sent', async () => {
      // Head A emailed A1 with this key; the caretaker looks after A0, not A1.
      const target = targets.a1!;
      const before = await snapshot(target);
      const response = await app.gql<any>(
        Q.sendEmail,
        {
          input: {
            companyIds: [a.companies[0].company.id],
            subject: 'Ponowienie',
            html: '<p>Ponowienie</p>',
            idempotencyKey: target.idempotencyKey,
          },
        },
        a.caretaker.token,
      );
      expect(codes(response)).toEqual(['CONFLICT']);
      expect(response.data ?? null).toBeNull();
      expect(JSON.stringify(response)).not.toContain(target.emailBroadcastId);
      expectNoLeak(response, target);
      expect(await snapshot(target)).toEqual(before);
    });

    it('the head of another office reusing office A’s key gets a broadcast of their own', async () => {
      const target = targets.a0!;
      const own = b.companies[0].company;
      const { sendEmail } = ok(
        await app.gql<any>(
          Q.sendEmail,
          {
            input: {
              companyIds: [own.id],
              subject: 'Biuro B',
              html: '<p>Biuro B</p>',
              idempotencyKey: target.idempotencyKey,
            },
          },
          b.head.token,
        ),
      );
      expect(sendEmail.id).not.toBe(target.emailBroadcastId);
      expect(sendEmail.deliveries.edges.map((e: any) => e.node.company.id)).toEqual([own.id]);
      expectNoLeak({ data: sendEmail }, target);
      expect(await settled(sendEmail.id, b.head.token)).toMatchObject({
        sentCount: 1,
        failedCount: 0,
      });
      // Office A's broadcast under that key is still its own, untouched.
      expect(
        ok(await app.gql<any>(Q.emailBroadcast, { id: target.emailBroadcastId }, a.head.token))
          .broadcast,
      ).toMatchObject({ recipientCount: 1, sentCount: 1 });
    });
  });

  describe('no existence oracle', () => {
    it('another office may register a company with the target’s NIP (NIPs are unique per office only)', async () => {
      const { company } = targets.a0!.company;
      const response = await app.gql<any>(
        Q.createCompany,
        {
          input: {
            name: `Inna firma ${randomUUID().slice(0, 8)}`,
            nip: company.nip,
            taxForm: 'FULL_ACCOUNTING',
            email: `o-${randomUUID().slice(0, 8)}@test.local`,
          },
        },
        b.head.token,
      );
      expect(codes(response)).toEqual([]);
      expect(response.data?.createCompany.id).not.toBe(company.id);
      // The head of office B still does not see office A's company of that NIP.
      const { companies } = ok(
        await app.gql<any>(Q.companies, { filter: { search: company.nip } }, b.head.token),
      );
      expect(idsOf(companies)).toEqual([response.data?.createCompany.id]);
    });

    it('an existing foreign id and a made-up one get the same answer', async () => {
      for (const name of foreign) {
        const who = actor(name);
        const real = await app.gql<any>(
          Q.messages,
          { companyId: who.target.company.company.id },
          who.token,
        );
        const missing = await app.gql<any>(Q.messages, { companyId: randomUUID() }, who.token);
        expect(codes(real)).toEqual(['NOT_FOUND']);
        expect(codes(missing)).toEqual(['NOT_FOUND']);
        const shape = (r: GraphQLResponse) => ({
          data: r.data,
          errors: r.errors?.map((e) => ({
            ...e,
            message: e.message.replace(/[0-9a-f-]{36}/g, 'ID'),
          })),
        });
        expect(shape(real)).toEqual(shape(missing));
      }
    });
  });

  describe('live updates without a companyId carry nothing of the target', () => {
    const controls: Record<
      ActorName,
      (() => Promise<{ company: string; unreadDelta: number; read: () => Promise<void> }>) | null
    > = {
      'head of another office': async () => {
        const own = b.companies[0];
        ok(
          await app.gql(
            Q.sendMessage,
            { input: { companyId: own.company.id, body: 'Pytanie w biurze B' } },
            own.client.token,
          ),
        );
        return {
          company: own.company.id,
          unreadDelta: 1,
          read: async () =>
            void ok(await app.gql(Q.markMessagesRead, { companyId: own.company.id }, b.head.token)),
        };
      },
      'client of another company': async () => {
        const own = a.companies[1];
        ok(
          await app.gql(
            Q.sendBulkNotification,
            { input: { companyIds: [own.company.id], body: 'Dla A1' } },
            a.head.token,
          ),
        );
        return {
          company: own.company.id,
          unreadDelta: 1,
          read: async () =>
            void ok(
              await app.gql(Q.markMessagesRead, { companyId: own.company.id }, own.client.token),
            ),
        };
      },
      'caretaker of other companies': async () => {
        const own = a.companies[0];
        ok(
          await app.gql(
            Q.sendMessage,
            { input: { companyId: own.company.id, body: 'Pytanie w A0' } },
            own.client.token,
          ),
        );
        return {
          company: own.company.id,
          unreadDelta: 1,
          read: async () =>
            void ok(
              await app.gql(Q.markMessagesRead, { companyId: own.company.id }, a.caretaker.token),
            ),
        };
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
      ok(
        await app.gql(
          Q.sendBulkNotification,
          { input: { companyIds: [company.company.id], body: 'Na zywo' } },
          a.head.token,
        ),
      );
      ok(
        await app.gql(
          Q.sendMessage,
          { input: { companyId: company.company.id, body: 'Pytanie na zywo' } },
          company.client.token,
        ),
      );
      expect(
        ok(
          await app.gql<any>(
            Q.markMessagesRead,
            { companyId: company.company.id },
            company.client.token,
          ),
        ).markMessagesRead,
      ).toBeGreaterThan(0);
      expect(
        ok(await app.gql<any>(Q.markMessagesRead, { companyId: company.company.id }, a.head.token))
          .markMessagesRead,
      ).toBeGreaterThan(0);

      const control = await controls[name]?.();
      if (control) {
        // The actor's own events arrive, and nothing of the target came before them.
        const first = (await added.next()).data?.messageAdded;
        expect(first.company.id).toBe(control.company);
        expect((await unread.next()).data?.unreadCountChanged).toEqual({
          count: initial + control.unreadDelta,
          companyId: null,
        });
        await control.read();
        const receipt = (await read.next()).data?.messageRead;
        expect(receipt.message.company.id).toBe(control.company);
        // Reading lowers the badge to what unreadCount answers now.
        const now = ok(await app.gql<any>(Q.unreadCount, {}, who.token)).unreadCount;
        expect(now).toBeLessThan(initial + control.unreadDelta);
        expect((await unread.next()).data?.unreadCountChanged).toEqual({
          count: now,
          companyId: null,
        });
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
      if (!control)
        expect([...added.events, ...read.events, ...unread.events.slice(1)]).toEqual([]);
      else expect(await unread.pending(200)).toEqual([]);
      added.dispose();
      read.dispose();
      unread.dispose();
    });
  });

  describe('GET /files/:id', () => {
    const files = () =>
      [
        ['sent to A0', targets.a0!],
        ['sent to A1', targets.a1!],
      ] as const;

    it('answers 401 without credentials, for real and made-up ids alike', async () => {
      for (const [, target] of files()) expect((await download(target.fileId)).status).toBe(401);
      expect((await download(unsentFileId)).status).toBe(401);
      expect((await download(randomUUID())).status).toBe(401);
    });

    it.each(foreign)(
      'answers 404 to the %s, exactly as for a file that does not exist',
      async (name) => {
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
      },
    );

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

    describe('a printout emailed to the target', () => {
      it('answers 401 without credentials', async () => {
        for (const target of [targets.a0!, targets.a1!])
          expect((await download(target.printoutFileId)).status).toBe(401);
      });

      it.each(foreign)(
        'answers 404 to the %s, exactly as for a file that does not exist',
        async (name) => {
          const who = actor(name);
          const refused = await download(who.target.printoutFileId, who.token);
          expect(refused.status).toBe(404);
          const refusedBody = await refused.text();
          expect(refusedBody).not.toContain('%PDF');
          expect(refused.headers.get('content-disposition')).toBeNull();
          const missing = await download(randomUUID(), who.token);
          expect(missing.status).toBe(404);
          expect(await missing.text()).toBe(refusedBody);
        },
      );

      it('gives the PDF to the company’s clients and the office staff who see the company', async () => {
        for (const target of [targets.a0!, targets.a1!]) {
          for (const token of [target.company.client.token, shared.token, a.head.token]) {
            const response = await download(target.printoutFileId, token);
            expect(response.status).toBe(200);
            expect(response.headers.get('content-type')).toBe('application/pdf');
            expect(response.headers.get('content-disposition')).toMatch(/^attachment;/);
            expect(
              Buffer.from(await response.arrayBuffer())
                .subarray(0, 5)
                .toString(),
            ).toBe('%PDF-');
          }
        }
        expect((await download(targets.a0!.printoutFileId, a.caretaker.token)).status).toBe(200);
        expect((await download(targets.a1!.printoutFileId, a.caretaker.token)).status).toBe(404);
        expect(
          (await download(targets.a1!.printoutFileId, a.companies[0].client.token)).status,
        ).toBe(404);
      });
    });

    it('keeps an upload that was never sent to its uploader, even within the office', async () => {
      expect((await download(unsentFileId, a.head.token)).status).toBe(200);
      for (const token of [a.caretaker.token, a.companies[0].client.token, b.head.token]) {
        expect((await download(unsentFileId, token)).status).toBe(404);
      }
    });
  });
});
