import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../../test/gql/index.js';
import { countStatements, ok, startTestApp, type TestApp } from '../../../test/harness.js';
import { User } from '../auth/user.entity.js';
import { completeNip } from '../company/nip.js';

const NOTIFY = graphql(`
  mutation SqlCountNotify($input: SendBulkNotificationInput!) {
    sendBulkNotification(input: $input) { id recipientCount }
  }
`);
const ASK = graphql(`
  mutation SqlCountAsk($input: SendMessageInput!) {
    sendMessage(input: $input) { id }
  }
`);
const COMPANIES = graphql(`
  query SqlCountCompanies($first: Int) {
    companies(first: $first) {
      totalCount
      edges {
        node { id name caretaker { name } unreadFromClientCount lastMessage { body createdAt } }
      }
    }
  }
`);

interface BulkOffice {
  officeId: string;
  headToken: string;
  caretakerName: string;
  /** By name, which is the order of the company list. */
  companies: Array<{ id: string; name: string; clientId: string }>;
}

/** Checksum-valid NIPs, distinct within one office. */
function nips(count: number): string[] {
  const result: string[] = [];
  for (let prefix = 100_000_000; result.length < count; prefix += 1) {
    const nip = completeNip(String(prefix));
    if (nip) result.push(nip);
  }
  return result;
}

/**
 * An office with a head, a caretaker (of every second company) and `size` companies with one client
 * user each, in a handful of set-based statements whatever the size.
 */
async function bulkOffice(app: TestApp, size: number): Promise<BulkOffice> {
  const em = app.orm.em.fork();
  const tag = randomUUID().slice(0, 8);
  const [office] = await em.execute<Array<{ id: string }>>(
    'insert into office (name) values (?) returning id',
    [`Biuro ${tag}`],
  );
  const staff = await em.execute<Array<{ id: string; role: string }>>(
    `insert into app_user (email, name, role, office_id, password_hash)
     values (?, ?, 'OFFICE_HEAD', ?, '!'), (?, ?, 'CARETAKER', ?, '!') returning id, role`,
    [
      `head-${tag}@test.local`,
      `Szef ${tag}`,
      office!.id,
      `caretaker-${tag}@test.local`,
      `Opiekun ${tag}`,
      office!.id,
    ],
  );
  const headId = staff.find((u) => u.role === 'OFFICE_HEAD')!.id;
  const caretakerId = staff.find((u) => u.role === 'CARETAKER')!.id;
  const companies = await em.execute<Array<{ id: string; name: string; client_id: string }>>(
    `with input as (select nip, i from unnest(?::text[]) with ordinality as t(nip, i)),
     companies as (
       insert into company (office_id, name, nip, tax_form, vat_payer, email, caretaker_id)
       select ?, 'Firma ' || lpad(i::text, 5, '0') || ' ' || ?, nip,
              (array['FULL_ACCOUNTING', 'TAX_BOOK', 'LUMP_SUM'])[1 + i % 3], i % 2 = 0,
              'client' || i || '-' || ? || '@test.local', case when i % 2 = 1 then ?::uuid end
         from input
       returning id, name, email),
     clients as (
       insert into app_user (email, name, role, password_hash)
       select email, 'Klient ' || name, 'CLIENT', '!' from companies
       returning id, email),
     members as (
       insert into company_member (company_id, user_id)
       select c.id, u.id from companies c join clients u on u.email = c.email
       returning company_id, user_id)
     select c.id, c.name, m.user_id as client_id from members m join companies c on c.id = m.company_id order by c.name, c.id`,
    [`{${nips(size).join(',')}}`, office!.id, tag, tag, caretakerId],
  );
  return {
    officeId: office!.id,
    headToken: await app.services.auth.createSession(em, em.getReference(User, headId)),
    caretakerName: `Opiekun ${tag}`,
    companies: companies.map((c) => ({ id: c.id, name: c.name, clientId: c.client_id })),
  };
}

describe('SQL statements per request', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  const notify = (token: string, companyIds: string[], body: string, attachmentIds?: string[]) =>
    countStatements(
      async () =>
        ok(await app.gql(NOTIFY, { input: { companyIds, body, attachmentIds } }, token))
          .sendBulkNotification,
    );

  async function upload(token: string): Promise<string> {
    const form = new FormData();
    form.append(
      'file',
      new Blob(['%PDF-1.4\n%\u00e2\u00e3\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'], {
        type: 'application/pdf',
      }),
      'wezwanie.pdf',
    );
    const response = await fetch(`${app.url}/uploads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  }

  it('sendBulkNotification costs the same statements for 10 and for 1,000 companies, with or without an attachment', async () => {
    const office = await bulkOffice(app, 1000);
    const all = office.companies.map((c) => c.id);
    const ten = all.slice(0, 10);
    const small = await notify(office.headToken, ten, 'Prosimy o wyciągi za marzec');
    const large = await notify(office.headToken, all, 'Przypominamy o terminie JPK');
    const fileId = await upload(office.headToken);
    const smallWithFile = await notify(office.headToken, ten, 'Wezwanie w załączniku', [fileId]);
    const largeWithFile = await notify(office.headToken, all, 'Wezwanie w załączniku', [fileId]);
    console.log(
      `sendBulkNotification statements: 10 companies ${small.statements}, 1000 companies ${large.statements}; ` +
        `with an attachment: 10 companies ${smallWithFile.statements}, 1000 companies ${largeWithFile.statements}`,
    );

    expect(small.result.recipientCount).toBe(10);
    expect(large.result.recipientCount).toBe(1000);
    expect(largeWithFile.result.recipientCount).toBe(1000);
    expect(large.statements).toBe(small.statements);
    expect(largeWithFile.statements).toBe(smallWithFile.statements);

    // The constant count did real work: one message per company, each with the shared file.
    const em = app.orm.em.fork();
    const [messages] = await em.execute<
      Array<{ rows: string; companies: string; attached: string }>
    >(
      `select count(*) as rows, count(distinct m.company_id) as companies, count(ma.file_id) as attached
         from message m left join message_attachment ma on ma.message_id = m.id where m.broadcast_id = ?`,
      [largeWithFile.result.id],
    );
    expect(messages).toEqual({ rows: '1000', companies: '1000', attached: '1000' });
    const unread = await em.execute<Array<{ count: number; companies: string }>>(
      `select cm.unread_count as count, count(*) as companies from company_member cm join company c on c.id = cm.company_id
        where c.office_id = ? group by cm.unread_count order by cm.unread_count`,
      [office.officeId],
    );
    // Four sends reached the first ten companies, two the other 990.
    expect(unread).toEqual([
      { count: 2, companies: '990' },
      { count: 4, companies: '10' },
    ]);
  });

  it('lists 100 companies with caretaker, unread count and last message in at most 5 statements, as many as for 10', async () => {
    const office = await bulkOffice(app, 150);
    ok(
      await app.gql(
        NOTIFY,
        { input: { companyIds: office.companies.map((c) => c.id), body: 'Zamknięcie miesiąca' } },
        office.headToken,
      ),
    );
    const em = app.orm.em.fork();
    const asking = [
      office.companies[0]!,
      office.companies[0]!,
      office.companies[3]!,
      office.companies[40]!,
    ];
    for (const [i, company] of asking.entries()) {
      const token = await app.services.auth.createSession(
        em,
        em.getReference(User, company.clientId),
      );
      ok(await app.gql(ASK, { input: { companyId: company.id, body: `Pytanie ${i}` } }, token));
    }

    const hundred = await countStatements(
      async () => ok(await app.gql(COMPANIES, { first: 100 }, office.headToken)).companies,
    );
    const ten = await countStatements(
      async () => ok(await app.gql(COMPANIES, { first: 10 }, office.headToken)).companies,
    );
    console.log(
      `companies statements (including authentication): first 100 -> ${hundred.statements}, first 10 -> ${ten.statements}`,
    );

    expect(hundred.statements).toBeLessThanOrEqual(5);
    expect(ten.statements).toBe(hundred.statements);

    const nodes = hundred.result.edges.map((e) => e.node);
    expect(hundred.result.totalCount).toBe(150);
    expect(ten.result.totalCount).toBe(150);
    expect(nodes.map((n) => n.id)).toEqual(office.companies.slice(0, 100).map((c) => c.id));
    expect(ten.result.edges.map((e) => e.node.id)).toEqual(
      office.companies.slice(0, 10).map((c) => c.id),
    );
    const unread = Object.fromEntries(
      nodes.filter((n) => n.unreadFromClientCount > 0).map((n) => [n.id, n.unreadFromClientCount]),
    );
    expect(unread).toEqual({
      [office.companies[0]!.id]: 2,
      [office.companies[3]!.id]: 1,
      [office.companies[40]!.id]: 1,
    });
    expect(nodes[0]?.lastMessage?.body).toBe('Pytanie 1');
    expect(nodes[40]?.lastMessage?.body).toBe('Pytanie 3');
    expect(nodes[1]?.lastMessage?.body).toBe('Zamknięcie miesiąca');
    expect(nodes.every((n) => typeof n.lastMessage?.createdAt === 'string')).toBe(true);
    // Every second company (the first, third, ...) has the caretaker; the others none.
    expect(nodes.filter((n) => n.caretaker?.name === office.caretakerName)).toHaveLength(50);
    expect(nodes[0]?.caretaker?.name).toBe(office.caretakerName);
    expect(nodes[1]?.caretaker).toBeNull();
  });
});
