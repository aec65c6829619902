import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAdmin, officeFixture, type Party, sessionFor } from '../../../test/factories.js';
import type { SmtpIntegrationInput } from '../../../test/gql/graphql.js';
import { graphql } from '../../../test/gql/index.js';
import { countStatements, ok, startTestApp, type TestApp } from '../../../test/harness.js';
import { OfficeVerification } from './office.entity.js';

const UPDATE = graphql(`
  mutation SmtpChangesUpdate($input: SmtpIntegrationInput!) {
    updateSmtpIntegration(input: $input) { host }
  }
`);
const OFFICES = graphql(`
  query SmtpChangesOffices($after: String) {
    offices(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id verification smtpChangedAt
          smtpChanges {
            createdAt verification host port username previousHost previousPort previousUsername
            changedBy { id email }
          }
        }
      }
    }
  }
`);
const MY_OFFICE = graphql(`
  query SmtpChangesMyOffice {
    me { office { id smtpChangedAt smtpChanges { host } } }
  }
`);

describe('where offices’ email goes, for the platform admin', () => {
  let app: TestApp;
  let admin: Party;

  beforeAll(async () => {
    app = await startTestApp({
      smtpAllowedHosts: [
        { host: '127.0.0.1', port: '*' },
        { host: 'localhost', port: '*' },
      ],
    });
    const em = app.orm.em.fork();
    const user = await buildAdmin(em);
    await em.flush();
    admin = await sessionFor(app, em, user);
  });
  afterAll(() => app?.stop());

  const settings = (host: string, port: number, username?: string): SmtpIntegrationInput => ({
    host,
    port,
    security: 'NONE',
    username,
    fromAddress: 'biuro@kancelaria.test',
    fromName: 'Biuro',
  });
  /** The office as the admin sees it, paging from the newest; fails the test when it is not listed. */
  const officeOf = async (id: string) => {
    const page = (after: string | null) => app.gql(OFFICES, { after }, admin.token);
    let after: string | null = null;
    for (;;) {
      const response: Awaited<ReturnType<typeof page>> = await page(after);
      const { offices } = ok(response);
      const office = offices.edges.find((e) => e.node.id === id)?.node;
      if (office) return office;
      if (!offices.pageInfo.hasNextPage) throw new Error(`office ${id} not listed`);
      after = offices.pageInfo.endCursor;
    }
  };

  it('records a change of host, port or username of a VERIFIED office and shows it to the admin; verification stays', async () => {
    const verified = await officeFixture(app, {
      companies: 0,
      verification: OfficeVerification.VERIFIED,
    });
    ok(await app.gql(UPDATE, { input: settings('127.0.0.1', 2525, 'biuro') }, verified.head.token));
    // Only the sender's name: the server is the same one.
    ok(
      await app.gql(
        UPDATE,
        { input: { ...settings('127.0.0.1', 2525, 'biuro'), fromName: 'Biuro Rachunkowe' } },
        verified.head.token,
      ),
    );
    ok(await app.gql(UPDATE, { input: settings('localhost', 587, 'inny') }, verified.head.token));

    const seen = await officeOf(verified.office.id);
    expect(seen.verification).toBe('VERIFIED');
    expect(seen.smtpChanges).toEqual([
      {
        createdAt: expect.any(String),
        verification: 'VERIFIED',
        host: 'localhost',
        port: 587,
        username: 'inny',
        previousHost: '127.0.0.1',
        previousPort: 2525,
        previousUsername: 'biuro',
        changedBy: { id: verified.head.user.id, email: verified.head.user.email },
      },
      {
        createdAt: expect.any(String),
        verification: 'VERIFIED',
        host: '127.0.0.1',
        port: 2525,
        username: 'biuro',
        previousHost: null,
        previousPort: null,
        previousUsername: null,
        changedBy: { id: verified.head.user.id, email: verified.head.user.email },
      },
    ]);
    expect(seen.smtpChangedAt).toBe(seen.smtpChanges[0]?.createdAt);

    // The office's own staff see none of it.
    expect(ok(await app.gql(MY_OFFICE, {}, verified.head.token)).me?.office).toEqual({
      id: verified.office.id,
      smtpChangedAt: null,
      smtpChanges: [],
    });
  });

  it('shows a PENDING office’s server too, while smtpChangedAt counts only changes made once VERIFIED', async () => {
    const pending = await officeFixture(app, {
      companies: 0,
      verification: OfficeVerification.PENDING,
    });
    ok(await app.gql(UPDATE, { input: settings('127.0.0.1', 2525) }, pending.head.token));
    let seen = await officeOf(pending.office.id);
    expect(seen).toMatchObject({
      verification: 'PENDING',
      smtpChangedAt: null,
      smtpChanges: [{ verification: 'PENDING', host: '127.0.0.1', port: 2525, previousHost: null }],
    });

    const em = app.orm.em.fork();
    await em.execute(`update office set verification = 'VERIFIED' where id = ?`, [
      pending.office.id,
    ]);
    ok(await app.gql(UPDATE, { input: settings('localhost', 465) }, pending.head.token));
    seen = await officeOf(pending.office.id);
    expect(seen.smtpChanges.map((c) => [c.verification, c.host, c.port, c.previousHost])).toEqual([
      ['VERIFIED', 'localhost', 465, '127.0.0.1'],
      ['PENDING', '127.0.0.1', 2525, null],
    ]);
    expect(seen.smtpChangedAt).toBe(seen.smtpChanges[0]?.createdAt);
  });

  it('costs the same few statements however many offices changed their server', async () => {
    const changeSome = async () => {
      const offices = await Promise.all(
        [1, 2, 3].map(() =>
          officeFixture(app, { companies: 0, verification: OfficeVerification.VERIFIED }),
        ),
      );
      for (const office of offices)
        ok(
          await app.gql(UPDATE, { input: settings('127.0.0.1', 2525, 'biuro') }, office.head.token),
        );
      return offices;
    };
    // One page of the newest offices, these among them.
    const list = () =>
      countStatements(async () =>
        ok(await app.gql(OFFICES, {}, admin.token)).offices.edges.map((e) => e.node),
      );
    const first = await changeSome();
    const before = await list();
    const second = await changeSome();
    const after = await list();
    for (const office of [...first, ...second])
      expect(after.result.find((o) => o.id === office.office.id)?.smtpChanges).toHaveLength(1);
    expect(after.statements).toBe(before.statements);
  });
});
