import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../../../test/gql/index.js';
import { ok, startTestApp, type TestApp } from '../../../test/harness.js';
import { freePort } from '../../../test/net.js';
import { until } from '../../../test/wait.js';

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

  it('delivers the invitation emails to the mail catcher at /dev/mail', async () => {
    const mail = await until(
      async () =>
        (await (await fetch(`${app.url}/dev/mail?format=json`)).json()) as Array<{
          envelopeTo: string[];
        }>,
      (list) => list.length >= 2,
    );
    const recipients = mail.flatMap((m) => m.envelopeTo);
    expect(recipients).toContain('nowa.opiekunka@demo.local');
    expect(recipients).toContain('wspolnik@demo.local');
  });
});
