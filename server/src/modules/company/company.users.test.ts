import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClient, type OfficeFixtureOf, officeFixture } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, countStatements, ok, startTestApp, type TestApp } from '../../../test/harness.js';

const USERS = graphql(`
  query CompanyUsersOfCompany($id: ID!) {
    company(id: $id) { id users { id email name } }
  }
`);
const LIST_USERS = graphql(`
  query CompanyUsersOfList {
    companies(first: 50) { edges { node { id users { id } } } }
  }
`);

describe('Company.users', () => {
  let app: TestApp;
  let f: OfficeFixtureOf<3>;

  beforeAll(async () => {
    app = await startTestApp();
    f = await officeFixture(app, { companies: 3 });
  });
  afterAll(() => app.stop());

  it('lists every client user of the company for its staff, a second member included', async () => {
    const [first] = f.companies;
    const em = app.orm.em.fork();
    const partner = await buildClient(em, [first.company], { name: 'Aaa Wspólnik' });
    await em.flush();
    const { company } = ok(await app.gql(USERS, { id: first.company.id }, f.head.token));
    expect(company?.users.map((u) => u.id)).toEqual([partner.id, first.client.user.id]);
    // The caretaker of the company sees them too; another company's client is not listed.
    const mine = ok(await app.gql(USERS, { id: first.company.id }, f.caretaker.token)).company;
    expect(mine?.users.map((u) => u.email)).not.toContain(f.companies[1].client.user.email);
  });

  it('is FORBIDDEN for a client, who still reads the company itself', async () => {
    const [first] = f.companies;
    const response = await app.gql(USERS, { id: first.company.id }, first.client.token);
    expect(codes(response)).toEqual(['FORBIDDEN']);
    expect(response.errors?.[0]?.path).toEqual(['company', 'users']);
  });

  it('loads the users of a whole page in one statement', async () => {
    const one = await countStatements(() =>
      app.gql(USERS, { id: f.companies[0].company.id }, f.head.token),
    );
    const page = await countStatements(() => app.gql(LIST_USERS, {}, f.head.token));
    expect(ok(page.result).companies.edges.length).toBeGreaterThanOrEqual(3);
    // The listing's own statements plus one for the users, however many companies are on it.
    expect(page.statements - one.statements).toBeLessThanOrEqual(2);
  });
});
