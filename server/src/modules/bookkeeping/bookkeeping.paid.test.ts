import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixture, officeFixture } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, ok, startTestApp, type TestApp } from '../../../test/harness.js';

const UPSERT = graphql(`
  mutation PaidUpsertDeclaration($input: DeclarationInput!) {
    upsertDeclaration(input: $input) { id paidAt }
  }
`);
const MARK_PAID = graphql(`
  mutation PaidMarkDeclaration($id: ID!, $paid: Boolean) {
    markDeclarationPaid(id: $id, paid: $paid) { id paidAt }
  }
`);
const DECLARATIONS = graphql(`
  query PaidDeclarations($id: ID!) {
    company(id: $id) { declarations { id paidAt } }
  }
`);

describe('markDeclarationPaid', () => {
  let app: TestApp;
  let a: OfficeFixture;
  let b: OfficeFixture;
  beforeAll(async () => {
    app = await startTestApp();
    a = await officeFixture(app, { companies: 2 });
    b = await officeFixture(app, { companies: 1 });
  });
  afterAll(() => app.stop());

  /** A declaration of office A's company `index` with tax to pay. */
  async function declaration(index = 0, type = 'JPK_V7M'): Promise<string> {
    const company = a.companies[index]?.company;
    if (!company) throw new Error('no such company');
    const { upsertDeclaration } = ok(
      await app.gql(
        UPSERT,
        {
          input: {
            companyId: company.id,
            type,
            period: '2030-10',
            taxBase: '10000.00',
            taxDue: '2300.00',
            status: 'FILED',
          },
        },
        a.head.token,
      ),
    );
    expect(upsertDeclaration.paidAt).toBeNull();
    return upsertDeclaration.id;
  }

  it('marks it paid once: a repeat keeps the first time, and the company shows it', async () => {
    const id = await declaration(0, 'PIT-5');
    const first = ok(await app.gql(MARK_PAID, { id }, a.head.token)).markDeclarationPaid;
    expect(first.paidAt).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const again = ok(await app.gql(MARK_PAID, { id }, a.head.token)).markDeclarationPaid;
    expect(again.paidAt).toBe(first.paidAt);
    const { company } = ok(
      await app.gql(DECLARATIONS, { id: a.companies[0]!.company.id }, a.head.token),
    );
    expect(company?.declarations.find((d) => d.id === id)?.paidAt).toBe(first.paidAt);
  });

  it('paid: false marks it unpaid again; the caretaker of its company may do both', async () => {
    const id = await declaration(0, 'VAT-UE');
    const token = a.caretaker.token; // caretaker of company 0
    expect(ok(await app.gql(MARK_PAID, { id }, token)).markDeclarationPaid.paidAt).not.toBeNull();
    expect(ok(await app.gql(MARK_PAID, { id, paid: false }, token)).markDeclarationPaid).toEqual({
      id,
      paidAt: null,
    });
  });

  it('is NOT_FOUND for other offices, other caretakers and bad ids; FORBIDDEN for clients; nothing changes', async () => {
    const id = await declaration(1, 'PIT-4R'); // company 1 has no caretaker
    for (const token of [b.head.token, b.caretaker.token, a.caretaker.token])
      expect(codes(await app.gql(MARK_PAID, { id }, token))).toEqual(['NOT_FOUND']);
    expect(codes(await app.gql(MARK_PAID, { id }, a.companies[1]!.client.token))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await app.gql(MARK_PAID, { id }))).toEqual(['UNAUTHENTICATED']);
    for (const bad of ['nie-id', randomUUID()])
      expect(codes(await app.gql(MARK_PAID, { id: bad }, a.head.token))).toEqual(['NOT_FOUND']);
    const { company } = ok(
      await app.gql(DECLARATIONS, { id: a.companies[1]!.company.id }, a.head.token),
    );
    expect(company?.declarations.find((d) => d.id === id)?.paidAt).toBeNull();
  });
});
