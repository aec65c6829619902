import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixture, officeFixture, uniqueNip } from '../../../test/factories.js';
import type { CompanyTestListQuery } from '../../../test/gql/graphql.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, ok, startTestApp, type TestApp } from '../../../test/harness.js';
import { completeNip, isValidNip, normalizeNip } from './nip.js';

const LIST = graphql(`
  query CompanyTestList($first: Int, $after: String, $filter: CompanyFilter) {
    companies(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id name nip taxForm caretaker { id } unreadFromClientCount } }
    }
  }
`);
const SEND = graphql(`
  mutation CompanyTestSend($input: SendMessageInput!) {
    sendMessage(input: $input) { id }
  }
`);
const CARETAKERS = graphql(`
  query CompanyTestCaretakers {
    me { office { caretakers { id name } } }
  }
`);
const COMPANY = graphql(`
  query CompanyTestCompany($id: ID!) {
    company(id: $id) { id name email }
  }
`);
const CREATE = graphql(`
  mutation CompanyTestCreate($input: CreateCompanyInput!) {
    createCompany(input: $input) { id nip taxForm vatPayer email caretaker { id } }
  }
`);

describe('NIP', () => {
  it('accepts checksum-valid numbers with the usual separators', () => {
    expect(isValidNip('5260250274')).toBe(true);
    expect(isValidNip('526-025-02-74')).toBe(true);
    expect(isValidNip('PL 526 025 02 74')).toBe(true);
    expect(normalizeNip('PL526-025-02-74')).toBe('5260250274');
  });

  it('rejects wrong checksums, lengths and letters', () => {
    expect(isValidNip('5260250275')).toBe(false);
    expect(isValidNip('526025027')).toBe(false);
    expect(isValidNip('52602502744')).toBe(false);
    expect(isValidNip('526025027a')).toBe(false);
    expect(completeNip('526025027')).toBe('5260250274');
    // A first nine digits whose weighted sum is 10 modulo 11 has no valid NIP.
    const impossible = Array.from({ length: 1000 }, (_, i) => String(100_000_000 + i)).find(
      (nine) => completeNip(nine) === null,
    );
    expect(impossible).toBeDefined();
  });
});

describe('company list', () => {
  let app: TestApp;
  let f: OfficeFixture;
  let other: OfficeFixture;

  beforeAll(async () => {
    app = await startTestApp();
    f = await officeFixture(app, { companies: 7 });
    other = await officeFixture(app, { companies: 2 });
  });
  afterAll(() => app.stop());

  it('shows the head every company of the office, by name, with Relay paging and totalCount', async () => {
    const seen: string[] = [];
    let after: string | null | undefined = null;
    let pages = 0;
    do {
      const { companies }: CompanyTestListQuery = ok(
        await app.gql(LIST, { first: 3, after }, f.head.token),
      );
      expect(companies.totalCount).toBe(7);
      seen.push(...companies.edges.map((e) => e.node.id));
      after = companies.pageInfo.hasNextPage ? companies.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(f.companies.map((c) => c.company.id));
  });

  it('shows a caretaker only the companies assigned to them', async () => {
    const { companies } = ok(await app.gql(LIST, { first: 50 }, f.caretaker.token));
    expect(companies.totalCount).toBe(4);
    expect(companies.edges.map((e) => e.node.id)).toEqual(
      [0, 2, 4, 6].map((i) => f.companies[i]!.company.id),
    );
    expect(companies.edges.every((e) => e.node.caretaker?.id === f.caretaker.user.id)).toBe(true);
  });

  it('shows a client only their own company', async () => {
    const { companies } = ok(await app.gql(LIST, {}, f.companies[3]!.client.token));
    expect(companies.edges.map((e) => e.node.id)).toEqual([f.companies[3]!.company.id]);
  });

  it('searches by part of the name or the start of the NIP, separators ignored', async () => {
    const target = f.companies[5]!.company;
    const byName = ok(
      await app.gql(LIST, { filter: { search: target.name.slice(0, 10) } }, f.head.token),
    ).companies;
    expect(byName.edges.map((e) => e.node.id)).toContain(target.id);
    const dashed = `${target.nip.slice(0, 3)}-${target.nip.slice(3, 6)}-${target.nip.slice(6)}`;
    const byNip = ok(await app.gql(LIST, { filter: { search: dashed } }, f.head.token)).companies;
    expect(byNip.edges.map((e) => e.node.id)).toEqual([target.id]);
    const none = ok(await app.gql(LIST, { filter: { search: '%' } }, f.head.token)).companies;
    expect(none.totalCount).toBe(0);
  });

  it('filters by taxation form, caretaker and unread client messages', async () => {
    const byForm = ok(
      await app.gql(LIST, { filter: { taxForm: 'LUMP_SUM' } }, f.head.token),
    ).companies;
    expect(byForm.edges.map((e) => e.node.taxForm)).toEqual(['LUMP_SUM', 'LUMP_SUM']);
    const byCaretaker = ok(
      await app.gql(LIST, { filter: { caretakerId: f.caretaker.user.id } }, f.head.token),
    ).companies;
    expect(byCaretaker.totalCount).toBe(4);

    const asking = f.companies[1]!;
    ok(
      await app.gql(
        SEND,
        { input: { companyId: asking.company.id, body: 'Pytanie' } },
        asking.client.token,
      ),
    );
    const unread = ok(
      await app.gql(LIST, { filter: { hasUnreadFromClient: true } }, f.head.token),
    ).companies;
    expect(unread.edges.map((e) => [e.node.id, e.node.unreadFromClientCount])).toEqual([
      [asking.company.id, 1],
    ]);
    const read = ok(
      await app.gql(LIST, { filter: { hasUnreadFromClient: false } }, f.head.token),
    ).companies;
    expect(read.totalCount).toBe(6);
  });

  it('lists the office’s caretakers for its head only', async () => {
    expect(ok(await app.gql(CARETAKERS, {}, f.head.token)).me?.office?.caretakers).toEqual([
      { id: f.caretaker.user.id, name: f.caretaker.user.name },
    ]);
    expect(ok(await app.gql(CARETAKERS, {}, f.caretaker.token)).me?.office?.caretakers).toEqual([]);
    expect(ok(await app.gql(CARETAKERS, {}, other.head.token)).me?.office?.caretakers).toEqual([
      { id: other.caretaker.user.id, name: other.caretaker.user.name },
    ]);
  });

  it('reads one company, and answers NOT_FOUND for another office’s', async () => {
    const mine = ok(await app.gql(COMPANY, { id: f.companies[0]!.company.id }, f.head.token));
    expect(mine.company).toMatchObject({
      id: f.companies[0]!.company.id,
      email: f.companies[0]!.company.email,
    });
    const foreign = await app.gql(COMPANY, { id: other.companies[0]!.company.id }, f.head.token);
    expect(codes(foreign)).toEqual(['NOT_FOUND']);
    expect(foreign.data?.company ?? null).toBeNull();
  });

  it('validates the page size and the cursor', async () => {
    expect(codes(await app.gql(LIST, { first: 0 }, f.head.token))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await app.gql(LIST, { first: 101 }, f.head.token))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await app.gql(LIST, { after: 'bm9wZQ' }, f.head.token))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  describe('createCompany', () => {
    it('adds a company with a checksum-valid NIP, normalised', async () => {
      const nip = uniqueNip();
      const { createCompany } = ok(
        await app.gql(
          CREATE,
          {
            input: {
              name: 'Nowa Firma Łąkowa',
              nip: `${nip.slice(0, 3)}-${nip.slice(3)}`,
              taxForm: 'TAX_BOOK',
              vatPayer: true,
              email: ' Nowa@Firma.PL ',
              caretakerId: f.caretaker.user.id,
            },
          },
          f.head.token,
        ),
      );
      expect(createCompany).toMatchObject({
        nip,
        taxForm: 'TAX_BOOK',
        vatPayer: true,
        email: 'nowa@firma.pl',
        caretaker: { id: f.caretaker.user.id },
      });
      const duplicate = await app.gql(
        CREATE,
        { input: { name: 'Kopia', nip, taxForm: 'TAX_BOOK', email: 'kopia@firma.pl' } },
        f.head.token,
      );
      expect(codes(duplicate)).toEqual(['CONFLICT']);
    });

    it('rejects a bad NIP, a bad email, a caretaker of another office, and non-heads', async () => {
      const base = {
        name: 'Firma',
        nip: uniqueNip(),
        taxForm: 'LUMP_SUM' as const,
        email: 'firma@example.pl',
      };
      const badNip = `${base.nip.slice(0, 9)}${(Number(base.nip[9]) + 1) % 10}`;
      expect(
        codes(await app.gql(CREATE, { input: { ...base, nip: badNip } }, f.head.token)),
      ).toEqual(['BAD_USER_INPUT']);
      expect(
        codes(await app.gql(CREATE, { input: { ...base, email: 'not-an-email' } }, f.head.token)),
      ).toEqual(['BAD_USER_INPUT']);
      expect(
        codes(
          await app.gql(
            CREATE,
            { input: { ...base, caretakerId: other.caretaker.user.id } },
            f.head.token,
          ),
        ),
      ).toEqual(['NOT_FOUND']);
      expect(codes(await app.gql(CREATE, { input: base }, f.caretaker.token))).toEqual([
        'FORBIDDEN',
      ]);
      expect(codes(await app.gql(CREATE, { input: base }, f.companies[0]!.client.token))).toEqual([
        'FORBIDDEN',
      ]);
      const { companies } = ok(await app.gql(LIST, { filter: { search: base.nip } }, f.head.token));
      expect(companies.totalCount).toBe(0);
    });
  });
});
