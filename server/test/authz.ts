import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedBookkeeping } from '../src/modules/bookkeeping/bookkeeping.demo.js';
import { Company, TaxForm } from '../src/modules/company/company.entity.js';
import { OfficeVerification } from '../src/modules/office/office.entity.js';
import {
  buildAdmin,
  buildClient,
  type CompanyFixture,
  type OfficeFixture,
  officeFixture,
  type Party,
  sessionFor,
} from './factories.js';
import type { LedgerEntryInput, SmtpIntegrationInput, TypedDocumentString } from './gql/graphql.js';
import { graphql } from './gql/index.js';
import {
  codes,
  type GraphQLResponse,
  ok,
  startTestApp,
  subscribe,
  type TestApp,
  type Variables,
} from './harness.js';
import { startTestSmtp, type TestSmtp } from './smtp.js';

/*
 * The authorization matrix: who may see what. Every operation of the schema, called by someone who
 * must not see office A's target company, answers NOT_FOUND (or FORBIDDEN for a role that may never
 * call it) and leaks nothing; listings leave the target out.
 *
 * Each module lists its cases in its own `<module>.authz.test.ts` (a case lives with the module
 * whose resolver serves its root field) and runs them with `authorizationMatrix`, over one world
 * of two offices built here. `server/src/authorization.test.ts` imports every list and proves that
 * each root field of the schema has a case: a new operation needs one in its module's list.
 */

type Code = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT';
export type ActorName =
  | 'head of another office'
  | 'client of another company'
  | 'caretaker of other companies'
  | 'platform admin';
type Outcome = Code | 'data';

export interface Target {
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

export interface Actor {
  name: ActorName | 'anonymous';
  token?: string;
  target: Target;
  /** A company this actor does see (and may write to, if the role may). */
  own?: string;
}

interface SmtpAccount {
  username: string;
  password: string;
  fromAddress: string;
  fromName: string;
}

/** What every case runs against: two offices, A (the targets') and B, and their people. */
export interface World {
  app: TestApp;
  a: OfficeFixture;
  b: OfficeFixture;
  admin: Party;
  /** A client user of both A0 and A1 (say, a bookkeeper of two firms), who writes in both threads. */
  shared: Party;
  /** Sent to no one: only its uploader may read it. */
  unsentFileId: string;
  /** A0 (the caretaker's) and A1 (not theirs). */
  targets: { a0: Target; a1: Target };
  /** One real SMTP server; offices A and B each log in with their own account. */
  smtp: TestSmtp;
  smtpAccounts: { a: SmtpAccount; b: SmtpAccount };
}

export interface Case<TData = unknown> {
  name: string;
  /** The root field of schema.graphql the case calls. */
  field: string;
  kind: 'query' | 'mutation' | 'subscription';
  run(actor: Actor, world: World): Promise<GraphQLResponse<TData>>;
  /** Per actor, when not NOT_FOUND (anonymous: UNAUTHENTICATED unless given). */
  expect?: Partial<Record<Actor['name'], Outcome>>;
  /** For outcome 'data': what must hold of it. */
  check?(data: TData, actor: Actor, world: World): void;
}

/** A case whose `check` is typed by what its `run` answers. */
export function authzCase<TData>(c: Case<TData>): Case {
  return c;
}

export const foreign: ActorName[] = [
  'head of another office',
  'client of another company',
  'caretaker of other companies',
  'platform admin',
];

export const YEAR = 2025;
export const PERIOD = `${YEAR}-10`;

export const PDF = (text: string) =>
  Buffer.from(
    `%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );

// Documents the world is built with, and that cases of several modules share.

export const COMPANY = graphql(`
  query AuthzCompany($id: ID!) {
    company(id: $id) {
      id name nip email caretaker { id } lastMessage { id body } unreadFromClientCount
    }
  }
`);
export const MESSAGES = graphql(`
  query AuthzMessages($companyId: ID!, $after: String) {
    messages(companyId: $companyId, first: 100, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id body company { id name } attachments { id filename url } receipts { user { id } }
        }
      }
    }
  }
`);
export const SEND_MESSAGE = graphql(`
  mutation AuthzSendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) { id body company { id name } }
  }
`);
export const SEND_BULK_NOTIFICATION = graphql(`
  mutation AuthzSendBulkNotification($input: SendBulkNotificationInput!) {
    sendBulkNotification(input: $input) { id recipientCount }
  }
`);
export const MESSAGE_ADDED = graphql(`
  subscription AuthzMessageAdded($companyId: ID) {
    messageAdded(companyId: $companyId) { id body company { id name } }
  }
`);
export const UPDATE_SMTP_INTEGRATION = graphql(`
  mutation AuthzUpdateSmtpIntegration($input: SmtpIntegrationInput!) {
    updateSmtpIntegration(input: $input) { host port username fromAddress fromName lastTestedAt }
  }
`);
export const SEND_EMAIL = graphql(`
  mutation AuthzSendEmail($input: SendEmailInput!) {
    sendEmail(input: $input) {
      id subject recipientCount queuedCount
      deliveries {
        totalCount
        edges { node { toAddress company { id name } message { subject body } } }
      }
    }
  }
`);
export const EMAIL_BROADCAST = graphql(`
  query AuthzEmailBroadcast($id: ID!) {
    broadcast(id: $id) {
      id subject recipientCount queuedCount sentCount failedCount
      deliveries {
        totalCount
        edges {
          node {
            status toAddress company { id name nip } message { subject body attachments { id url } }
          }
        }
      }
    }
  }
`);
export const COMPANY_RECORDS = graphql(`
  query AuthzCompanyRecords($id: ID!) {
    company(id: $id) {
      id
      emails(first: 100) { totalCount edges { node { id subject body attachments { id url } } } }
      declarations { id type period upo { referenceNumber } }
    }
  }
`);
export const IMPORT_LEDGER_ENTRIES = graphql(`
  mutation AuthzImportLedgerEntries($companyId: ID!, $entries: [LedgerEntryInput!]!) {
    importLedgerEntries(companyId: $companyId, entries: $entries)
  }
`);
export const UPSERT_DECLARATION = graphql(`
  mutation AuthzUpsertDeclaration($input: DeclarationInput!) {
    upsertDeclaration(input: $input) { id type period status taxBase }
  }
`);

/** The world of the current file, built before its tests. */
export let world: World;

export function actor(name: Actor['name']): Actor {
  const { a, b, admin, targets } = world;
  const { a0, a1 } = targets;
  switch (name) {
    case 'head of another office':
      return { name, token: b.head.token, target: a0, own: b.companies[0]!.company.id };
    case 'client of another company':
      return {
        name,
        token: a.companies[1]!.client.token,
        target: a0,
        own: a.companies[1]!.company.id,
      };
    case 'caretaker of other companies':
      // The caretaker looks after A0 and A2, not A1.
      return { name, token: a.caretaker.token, target: a1, own: a.companies[0]!.company.id };
    case 'platform admin':
      return { name, token: admin.token, target: a0 };
    case 'anonymous':
      return { name, target: a0, own: a.companies[0]!.company.id };
  }
}

export async function upload(
  app: TestApp,
  token: string,
  filename: string,
  bytes: Buffer,
): Promise<string> {
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

/** One event of a subscription (its result or its refusal), then it is closed. */
export async function subscribeOnce<TResult, TVariables>(
  token: string | undefined,
  document: TypedDocumentString<TResult, TVariables>,
  variables: Variables<TVariables>,
): Promise<GraphQLResponse<TResult>> {
  const sub = subscribe(world.app.ws(token), document, variables);
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

function smtpInputOn(
  port: number,
  account: SmtpAccount,
  overrides: Partial<SmtpIntegrationInput> = {},
): SmtpIntegrationInput {
  return { host: '127.0.0.1', port, security: 'NONE', ...account, ...overrides };
}

/** Settings of an office's account on the world's SMTP server. */
export function smtpInput(
  account: SmtpAccount,
  overrides: Partial<SmtpIntegrationInput> = {},
): SmtpIntegrationInput {
  return smtpInputOn(world.smtp.port, account, overrides);
}

/** A valid entry of October for the company's taxation form. */
export function entryFor(company: Company, description: string): LedgerEntryInput {
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
export async function settled(broadcastId: string, token = world.a.head.token, app = world.app) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const { broadcast } = ok(await app.gql(EMAIL_BROADCAST, { id: broadcastId }, token));
    if (broadcast?.queuedCount === 0) return broadcast;
    if (Date.now() > deadline) throw new Error(`still queued: ${JSON.stringify(broadcast)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function idsOf(connection: { edges: Array<{ node: { id: string } }> }): string[] {
  return connection.edges.map((e) => e.node.id);
}

async function makeTarget(app: TestApp, a: OfficeFixture, index: number): Promise<Target> {
  const company = a.companies[index]!;
  const tag = randomUUID().slice(0, 8);
  const filename = `poufne-${index}-${tag}.pdf`;
  const fileId = await upload(app, a.head.token, filename, PDF(`target ${index}`));
  const messageBody = `Tajna wiadomosc dla A${index} ${tag}`;
  const { sendBulkNotification } = ok(
    await app.gql(
      SEND_BULK_NOTIFICATION,
      { input: { companyIds: [company.company.id], body: messageBody, attachmentIds: [fileId] } },
      a.head.token,
    ),
  );
  // A question from the client too, so the thread shows up in the office inbox and unread counts.
  ok(
    await app.gql(
      SEND_MESSAGE,
      { input: { companyId: company.company.id, body: `Pytanie klienta A${index} ${tag}` } },
      company.client.token,
    ),
  );
  const { messages } = ok(await app.gql(MESSAGES, { companyId: company.company.id }, a.head.token));
  const node = messages.edges.map((e) => e.node).find((n) => n.body === messageBody)!;
  const [row] = await app.orm.em
    .fork()
    .execute<Array<{ created_at: string }>>('select created_at from message where id = ?', [
      node.id,
    ]);

  // Bookkeeping of its own: an entry, a filed declaration waiting for its UPO.
  const entryDescription = `Tajny wpis A${index} ${tag}`;
  ok(
    await app.gql(
      IMPORT_LEDGER_ENTRIES,
      { companyId: company.company.id, entries: [entryFor(company.company, entryDescription)] },
      a.head.token,
    ),
  );
  const { upsertDeclaration } = ok(
    await app.gql(
      UPSERT_DECLARATION,
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
    await app.gql(
      SEND_EMAIL,
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
  expect(await settled(sendEmail.id, a.head.token, app)).toMatchObject({
    sentCount: 1,
    failedCount: 0,
  });
  const records = ok(await app.gql(COMPANY_RECORDS, { id: company.company.id }, a.head.token))
    .company!;
  const email = records.emails.edges.map((e) => e.node).find((n) => n.subject === emailSubject)!;
  expect(email.attachments).toHaveLength(1);
  return {
    company,
    messageId: node.id,
    messageBody,
    createdAt: new Date(row!.created_at).toISOString(),
    broadcastId: sendBulkNotification.id,
    fileId,
    filename,
    emailBroadcastId: sendEmail.id,
    emailSubject,
    idempotencyKey,
    printoutFileId: email.attachments[0]!.id,
    entryDescription,
    declarationId: upsertDeclaration.id,
    declarationIds: records.declarations.map((d) => d.id),
  };
}

async function buildWorld(): Promise<World> {
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
  const smtp = await startTestSmtp({
    users: Object.fromEntries(Object.values(smtpAccounts).map((s) => [s.username, s.password])),
  });
  const app = await startTestApp();
  // Both offices may email, so a refusal is about the target and never about the sender's setup.
  const verification = OfficeVerification.VERIFIED;
  const [a, b] = await Promise.all([
    officeFixture(app, { companies: 4, verification }),
    officeFixture(app, { companies: 2, verification }),
  ]);
  for (const [account, head] of [
    [smtpAccounts.a, a.head],
    [smtpAccounts.b, b.head],
  ] as const) {
    const input = smtpInputOn(smtp.port, account);
    ok(await app.gql(UPDATE_SMTP_INTEGRATION, { input }, head.token));
  }
  await seedBookkeeping(
    app.orm.em.fork(),
    a.companies.map((c) => c.company),
    YEAR,
  );
  const em = app.orm.em.fork();
  const adminUser = await buildAdmin(em);
  const sharedUser = await buildClient(
    em,
    a.companies.slice(0, 2).map((c) => em.getReference(Company, c.company.id)),
    { email: `shared-${randomUUID().slice(0, 8)}@test.local`, name: 'Wspolny klient' },
  );
  await em.flush();
  const admin = await sessionFor(app, em, adminUser);
  const shared = await sessionFor(app, em, sharedUser);
  const targets = { a0: await makeTarget(app, a, 0), a1: await makeTarget(app, a, 1) };
  for (const { company } of a.companies.slice(0, 2)) {
    ok(
      await app.gql(
        SEND_MESSAGE,
        { input: { companyId: company.id, body: 'Pytanie wspolnego klienta' } },
        shared.token,
      ),
    );
  }
  const unsentFileId = await upload(app, a.head.token, 'nie-wyslany.pdf', PDF('unsent'));
  return { app, a, b, admin, shared, unsentFileId, targets, smtp, smtpAccounts };
}

/** What a refused call could have changed, in both offices. */
export async function snapshot(target: Target) {
  const { app, a, b } = world;
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
    await app.gql(MESSAGES, { companyId: target.company.company.id }, a.head.token),
  );
  return {
    row,
    records,
    thread: {
      totalCount: messages.totalCount,
      receipts: messages.edges.map((e) => e.node.receipts.length),
    },
  };
}

/** Nothing of the target company, its messages or its files in the response. */
export function expectNoLeak(response: GraphQLResponse<unknown>, target: Target) {
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
  const { a } = world.smtpAccounts;
  for (const secret of [a.username, a.fromAddress]) expect(text).not.toContain(secret);
}

function outcome(c: Case, name: Actor['name']): Outcome {
  return c.expect?.[name] ?? (name === 'anonymous' ? 'UNAUTHENTICATED' : 'NOT_FOUND');
}

async function runCase(c: Case, who: Actor) {
  const expected = outcome(c, who.name);
  const before = c.kind === 'mutation' ? await snapshot(who.target) : undefined;
  const response = await c.run(who, world);
  if (expected === 'data') {
    expect(response.errors ?? []).toEqual([]);
    c.check?.(ok(response), who, world);
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

/**
 * A suite over a world of its own, which its tests read as `world`. Registers nothing when
 * `moduleUrl` is not the file under test, so the coverage test can import every case list.
 */
export function describeWithWorld(moduleUrl: string, title: string, tests: () => void): void {
  if (expect.getState().testPath !== fileURLToPath(moduleUrl)) return;
  describe(title, () => {
    beforeAll(async () => {
      world = await buildWorld();
    });
    afterAll(async () => {
      await world?.app.stop();
      await world?.smtp.stop();
    });
    tests();
  });
}

/**
 * The matrix of one module: its cases, as every foreign actor and as nobody; `more` adds the
 * module's other authorization tests.
 */
export function authorizationMatrix(
  moduleUrl: string,
  module: string,
  cases: Case[],
  more?: () => void,
): void {
  describeWithWorld(moduleUrl, `authorization matrix: ${module}`, () => {
    describe.each(foreign)('as the %s', (name) => {
      it.each(cases)('$name', async (c) => {
        await runCase(c, actor(name));
      });
    });

    describe('anonymous', () => {
      it.each(cases)('$name', async (c) => {
        await runCase(c, actor('anonymous'));
      });
    });

    more?.();
  });
}

/** Each call is refused as FORBIDDEN with no data, and nothing changes in either office. */
export async function expectForbiddenAndUnchanged(
  target: Target,
  calls: Array<[label: string, call: () => Promise<GraphQLResponse<unknown>>]>,
): Promise<void> {
  const before = await snapshot(target);
  for (const [label, call] of calls) {
    const response = await call();
    expect(codes(response), label).toEqual(['FORBIDDEN']);
    expect(response.data ?? null).toBeNull();
  }
  expect(await snapshot(target)).toEqual(before);
}
