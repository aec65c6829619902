import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAdmin,
  buildStaff,
  type OfficeFixtureOf,
  officeFixture,
  sessionFor,
} from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, ok, startTestApp, type TestApp } from '../../../test/harness.js';
import { Role } from '../auth/user.entity.js';

/*
 * Office.staff: everyone who works in the office, heads included, for its head (settings › Zespół
 * and the "Przypisz opiekuna" picker); a head can be deactivated by another head and assigned
 * companies like a caretaker.
 */

const STAFF = graphql(`
  query OfficeStaff {
    me { office { staff { id name role deactivatedAt } } }
  }
`);
const ADMIN_STAFF = graphql(`
  query OfficeStaffAsAdmin {
    offices(first: 100) { edges { node { id staff { id } } } }
  }
`);
const DEACTIVATE = graphql(`
  mutation OfficeStaffDeactivate($id: ID!) {
    deactivateUser(id: $id) { id deactivatedAt }
  }
`);
const ASSIGN = graphql(`
  mutation OfficeStaffAssign($companyIds: [ID!]!, $caretakerId: ID) {
    assignCaretaker(companyIds: $companyIds, caretakerId: $caretakerId)
  }
`);

describe('Office.staff', () => {
  let app: TestApp;
  let f: OfficeFixtureOf<2>;
  let other: OfficeFixtureOf<1>;
  const ids = { secondHead: '', leaver: '' };

  beforeAll(async () => {
    app = await startTestApp();
    [f, other] = await Promise.all([
      officeFixture(app, { companies: 2 }),
      officeFixture(app, { companies: 1 }),
    ]);
    const em = app.orm.em.fork();
    const secondHead = await buildStaff(em, f.office, {
      name: 'Adam Zastępca',
      role: Role.OFFICE_HEAD,
    });
    const leaver = await buildStaff(em, f.office, { name: 'Aaron Odchodzący' });
    await em.flush();
    ids.secondHead = secondHead.id;
    ids.leaver = leaver.id;
  });
  afterAll(() => app?.stop());

  it('lists heads and caretakers for a head, the deactivated last with their date', async () => {
    ok(await app.gql(DEACTIVATE, { id: ids.leaver }, f.head.token));
    const staff = ok(await app.gql(STAFF, {}, f.head.token)).me!.office!.staff;
    const active = [
      { id: ids.secondHead, name: 'Adam Zastępca', role: 'OFFICE_HEAD' },
      { id: f.caretaker.user.id, name: f.caretaker.user.name, role: 'CARETAKER' },
      { id: f.head.user.id, name: f.head.user.name, role: 'OFFICE_HEAD' },
    ].sort((a, b) => a.name.localeCompare(b.name, 'en'));
    expect(staff.slice(0, 3)).toEqual(active.map((p) => ({ ...p, deactivatedAt: null })));
    expect(staff).toHaveLength(4);
    // "Aaron" sorts first by name, yet the deactivated come after every active person.
    expect(staff[3]).toMatchObject({ id: ids.leaver, role: 'CARETAKER' });
    expect(Date.parse(staff[3]!.deactivatedAt!)).toBeGreaterThan(Date.now() - 60_000);
    // Nobody of another office.
    expect(staff.map((p) => p.id)).not.toContain(other.head.user.id);
  });

  it('is empty for a caretaker, for a platform admin, and absent for a client', async () => {
    expect(ok(await app.gql(STAFF, {}, f.caretaker.token)).me!.office!.staff).toEqual([]);
    const admin = await sessionFor(app, app.orm.em.fork(), await buildAdmin(app.orm.em.fork()));
    const offices = ok(await app.gql(ADMIN_STAFF, {}, admin.token)).offices.edges;
    expect(offices.length).toBeGreaterThan(1);
    expect(offices.every((edge) => edge.node.staff.length === 0)).toBe(true);
    expect(ok(await app.gql(STAFF, {}, f.companies[0].client.token)).me!.office).toBeNull();
    expect(ok(await app.gql(STAFF, {})).me).toBeNull();
  });

  it('takes companies for any active head, not for a deactivated person or another office', async () => {
    const companyIds = [f.companies[0].company.id, f.companies[1].company.id];
    expect(
      ok(await app.gql(ASSIGN, { companyIds, caretakerId: ids.secondHead }, f.head.token)),
    ).toEqual({ assignCaretaker: 2 });
    expect(
      codes(await app.gql(ASSIGN, { companyIds, caretakerId: ids.leaver }, f.head.token)),
    ).toEqual(['NOT_FOUND']);
    expect(
      codes(await app.gql(ASSIGN, { companyIds, caretakerId: other.head.user.id }, f.head.token)),
    ).toEqual(['NOT_FOUND']);
  });

  it('lets one head deactivate another, who can no longer sign in', async () => {
    const em = app.orm.em.fork();
    const third = await buildStaff(em, f.office, { name: 'Zofia Trzecia', role: Role.OFFICE_HEAD });
    const session = await sessionFor(app, em, third);
    const done = ok(await app.gql(DEACTIVATE, { id: third.id }, f.head.token)).deactivateUser;
    expect(done.deactivatedAt).not.toBeNull();
    expect(codes(await app.gql(STAFF, {}, session.token))).toEqual([]);
    expect(ok(await app.gql(STAFF, {}, session.token)).me).toBeNull();
  });
});
