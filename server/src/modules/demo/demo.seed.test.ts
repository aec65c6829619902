import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../../../test/gql/index.js';
import { ok, startTestApp, type TestApp } from '../../../test/harness.js';
import { freePort } from '../../../test/net.js';
import { until } from '../../../test/wait.js';
import { isValidNip } from '../company/nip.js';

const LOGIN = graphql(`
  mutation DemoSeedLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) { token }
  }
`);
const INVITATIONS = graphql(`
  query DemoSeedInvitations {
    me {
      office {
        name
        invitations(status: PENDING) { email role status company { name } }
      }
    }
  }
`);
const DEMO_ACCOUNTS = graphql(`
  query DemoSeedAccounts {
    demoAccounts { password logins { email userRole office lastEmail } }
  }
`);
const WHO = graphql(`
  query DemoSeedWho {
    me { role office { name } }
  }
`);
const COMPANIES = graphql(`
  query DemoSeedCompanies {
    companies(first: 1) { totalCount }
  }
`);

/** The demo data on an empty database of its own: what `npm start` shows on a fresh machine. */
describe('demo data', () => {
  const database = `demo_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: inject('databaseUrl') });
  let app: TestApp;

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`create database ${database}`);
    const url = new URL(inject('databaseUrl'));
    url.pathname = `/${database}`;
    app = await startTestApp({
      databaseUrl: url.toString(),
      demoData: true,
      devSmtpPort: await freePort(),
    });
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
    await admin.query(`drop database if exists ${database} with (force)`);
    await admin.end();
  });

  it('lists the demo logins with the role and office each really has', async () => {
    const accounts = ok(await app.gql(DEMO_ACCOUNTS, {})).demoAccounts;
    expect(accounts?.logins.map((l) => l.userRole)).toEqual([
      'OFFICE_HEAD',
      'CARETAKER',
      'CLIENT',
      'OFFICE_HEAD',
      'PLATFORM_ADMIN',
    ]);
    for (const login of accounts?.logins ?? []) {
      for (const email of [login.email, login.lastEmail].filter((e): e is string => !!e)) {
        const { token } = ok(await app.gql(LOGIN, { email, password: accounts!.password })).login;
        const me = ok(await app.gql(WHO, {}, token)).me;
        expect(me?.role, email).toBe(login.userRole);
        if (login.userRole !== 'CLIENT')
          expect(me?.office?.name ?? null, email).toBe(login.office ?? null);
      }
    }
  });

  it('has the demo office with its companies and one pending invitation of each kind', async () => {
    const { token } = ok(
      await app.gql(LOGIN, { email: 'szef@demo.local', password: app.config.demoPassword }),
    ).login;
    expect(ok(await app.gql(COMPANIES, {}, token)).companies.totalCount).toBeGreaterThan(0);
    const office = ok(await app.gql(INVITATIONS, {}, token)).me?.office;
    expect(office?.name).toBe('Biuro Rachunkowe Demo');
    const invitations = office?.invitations ?? [];
    expect(invitations.map((i) => i.role).sort()).toEqual(['CARETAKER', 'CLIENT']);
    expect(invitations.every((i) => i.status === 'PENDING')).toBe(true);
    expect(invitations.find((i) => i.role === 'CLIENT')?.company?.name).toBeTruthy();
    expect(invitations.find((i) => i.role === 'CARETAKER')?.company).toBeNull();
  });

  const sql = <T>(text: string, values: unknown[] = []) =>
    app.orm.em.fork().execute<T[]>(text, values);

  it('has forty distinct, realistic companies with valid NIPs and people with real names', async () => {
    const rows = await sql<{ name: string; nip: string; client: string; email: string }>(
      `select c.name, c.nip, u.name as client, u.email from company c
         join office o on o.id = c.office_id and o.name = 'Biuro Rachunkowe Demo'
         join company_member cm on cm.company_id = c.id join app_user u on u.id = cm.user_id`,
    );
    expect(rows).toHaveLength(40);
    expect(new Set(rows.map((r) => r.name)).size).toBe(40);
    expect(new Set(rows.map((r) => r.nip)).size).toBe(40);
    expect(new Set(rows.map((r) => r.client)).size).toBe(40);
    expect(rows.map((r) => r.email).sort()).toEqual(
      Array.from({ length: 40 }, (_, i) => `klient${i + 1}@demo.local`).sort(),
    );
    for (const row of rows) {
      expect(isValidNip(row.nip), row.nip).toBe(true);
      expect(row.name, row.name).not.toMatch(/\(\d+\)|Klient|Firma \d/);
      // A first name and a surname, Polish letters allowed.
      expect(row.client, row.client).toMatch(
        /^[A-ZŁŚŻŹ][a-ząćęłńóśźż]+ [A-ZŁŚŻŹ][a-ząćęłńóśźż-]+$/u,
      );
    }
    // Its SMTP server was set before the office was verified: nothing for the admin to review.
    const flagged = await sql<{ verification: string }>(
      `select s.verification from smtp_change s join office o on o.id = s.office_id
        where o.name = 'Biuro Rachunkowe Demo'`,
    );
    expect(flagged.map((row) => row.verification)).not.toContain('VERIFIED');
    const staff = await sql<{ email: string; name: string }>(
      `select email, name from app_user where email in ('szef@demo.local', 'opiekun@demo.local', 'szef@inne.local', 'admin@demo.local')`,
    );
    expect(staff).toHaveLength(4);
    for (const person of staff) expect(person.name).not.toMatch(/Szefowa|Opiekun|Inna/);
  });

  it('has a history spread over weeks, with questions awaiting answers and a half-read notification', async () => {
    const [span] = await sql<{ first: Date; last: Date; days: number }>(
      `select min(m.created_at) as first, max(m.created_at) as last,
              extract(epoch from max(m.created_at) - min(m.created_at)) / 86400 as days
         from message m join company mc on mc.id = m.company_id join office o on o.id = mc.office_id and o.name = 'Biuro Rachunkowe Demo'`,
    );
    expect(Number(span?.days)).toBeGreaterThanOrEqual(14);
    expect(new Date(span!.last).getTime()).toBeLessThanOrEqual(Date.now());
    const distinctDays = await sql<{ day: string }>(
      `select distinct date_trunc('day', m.created_at) as day from message m
         join company mc on mc.id = m.company_id
         join office o on o.id = mc.office_id and o.name = 'Biuro Rachunkowe Demo'`,
    );
    expect(distinctDays.length).toBeGreaterThanOrEqual(8);

    // Receipts come after their message and before now, never at the moment it was sent.
    const [reads] = await sql<{ total: number; before: number; later: number; same: number }>(
      `select count(*)::int as total,
              count(*) filter (where r.read_at < m.created_at)::int as before,
              count(*) filter (where r.read_at > now())::int as later,
              count(*) filter (where r.read_at = m.created_at)::int as same
         from read_receipt r join message m on m.id = r.message_id`,
    );
    expect(reads!.total).toBeGreaterThan(40);
    expect(reads).toMatchObject({ before: 0, later: 0, same: 0 });

    const lastOfThreads = await sql<{ company_id: string; direction: string }>(
      `select distinct on (m.company_id) m.company_id, m.direction from message m
         join company mc on mc.id = m.company_id
         join office o on o.id = mc.office_id and o.name = 'Biuro Rachunkowe Demo'
        order by m.company_id, m.created_at desc, m.id desc`,
    );
    const awaiting = lastOfThreads.filter((t) => t.direction === 'CLIENT_TO_OFFICE');
    expect(awaiting.length).toBeGreaterThanOrEqual(3);

    // Each notification's share of companies whose client read it; the latest about half.
    const shares = await sql<{ created_at: Date; recipients: number; read: number }>(
      `select b.created_at, count(distinct m.company_id)::int as recipients,
              count(distinct m.company_id) filter (where exists (
                select 1 from read_receipt r join company_member cm on cm.user_id = r.user_id
                 where r.message_id = m.id and cm.company_id = m.company_id))::int as read
         from broadcast b join message m on m.broadcast_id = b.id
        where b.kind = 'NOTIFICATION'
        group by b.id, b.created_at order by b.created_at`,
    );
    expect(shares.length).toBeGreaterThanOrEqual(3);
    const latest = shares.at(-1)!;
    expect(latest.recipients).toBe(40);
    expect(latest.read / latest.recipients).toBeGreaterThanOrEqual(0.4);
    expect(latest.read / latest.recipients).toBeLessThanOrEqual(0.6);
    // The company list orders by the last message as the history has it.
    const [stale] = await sql<{ n: number }>(
      `select count(*)::int as n from company c
        where c.last_message_at is distinct from (select max(created_at) from message where company_id = c.id)`,
    );
    expect(stale!.n).toBe(0);
  });

  it('delivers the invitation emails to the mail catcher at /dev/mail', async () => {
    const mail = await until(
      async () =>
        (await (await fetch(`${app.url}/dev/mail?format=json`)).json()) as Array<{
          envelopeTo: string[];
        }>,
      // The demo's own email to a few companies reaches it too.
      (list) =>
        ['nowa.opiekunka@demo.local', 'wspolnik@demo.local'].every((to) =>
          list.some((m) => m.envelopeTo.includes(to)),
        ),
    );
    const recipients = mail.flatMap((m) => m.envelopeTo);
    expect(recipients).toContain('nowa.opiekunka@demo.local');
    expect(recipients).toContain('wspolnik@demo.local');
  });
});
