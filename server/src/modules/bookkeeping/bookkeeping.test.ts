import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixture, officeFixture, uniqueNip } from '../../../test/factories.js';
import type {
  BookkeepingEntriesQuery,
  DeclarationInput,
  LedgerEntryInput,
  VatRegister,
} from '../../../test/gql/graphql.js';
import { graphql } from '../../../test/gql/index.js';
import {
  codes,
  countStatements,
  type GraphQLResponse,
  ok,
  startTestApp,
  type TestApp,
} from '../../../test/harness.js';
import { isValidNip } from '../company/nip.js';
import { seedBookkeeping } from './bookkeeping.demo.js';
import { LUMP_SUM_RATES, TAX_BOOK_COLUMNS } from './bookkeeping.service.js';

const IMPORT = graphql(`
  mutation BookkeepingImport($companyId: ID!, $entries: [LedgerEntryInput!]!) {
    importLedgerEntries(companyId: $companyId, entries: $entries)
  }
`);
const ENTRIES = graphql(`
  query BookkeepingEntries($companyId: ID!, $period: String!, $first: Int, $after: String) {
    ledgerEntries(companyId: $companyId, period: $period, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          id date documentNumber counterparty counterpartyNip description net vat gross column
          contraAccount vatRegister
        }
      }
    }
  }
`);
const UPSERT = graphql(`
  mutation BookkeepingUpsertDeclaration($input: DeclarationInput!) {
    upsertDeclaration(input: $input) {
      id type period taxBase taxDue status filedAt dueDate upo { id referenceNumber }
    }
  }
`);
const RECORD_UPO = graphql(`
  mutation BookkeepingRecordUpo($input: UpoInput!) {
    recordUpo(input: $input) { id referenceNumber receivedAt }
  }
`);
const DECLARATIONS = graphql(`
  query BookkeepingDeclarations($id: ID!, $period: String) {
    company(id: $id) {
      declarations(period: $period) {
        id type period status taxBase taxDue upo { referenceNumber receivedAt }
      }
    }
  }
`);
const COMPANY_DECLARATIONS = graphql(`
  query BookkeepingCompanyDeclarations($first: Int) {
    companies(first: $first) { edges { node { id declarations { type upo { id } } } } }
  }
`);

type EntryNode = BookkeepingEntriesQuery['ledgerEntries']['edges'][number]['node'];

/** A ledger_entry row as stored. */
interface LedgerRow {
  date: string;
  document_number: string;
  counterparty: string;
  counterparty_nip: string | null;
  description: string;
  net: string;
  vat: string;
  gross: string;
  column: string;
  contra_account: string | null;
  vat_register: VatRegister | null;
}

/** A valid tax-book sales entry of a VAT payer; `i` makes its document number unique. */
function entry(i: number, overrides: Partial<LedgerEntryInput> = {}): LedgerEntryInput {
  return {
    date: `2025-03-${String((i % 28) + 1).padStart(2, '0')}`,
    documentNumber: `FV/${i}/03/2025`,
    counterparty: 'Hurtownia Spożywcza Łuczak sp. z o.o.',
    counterpartyNip: uniqueNip(),
    description: 'Sprzedaż usług zgodnie z umową',
    net: '100.00',
    vat: '23.00',
    gross: '123.00',
    column: '7',
    vatRegister: 'SALES',
    ...overrides,
  };
}

/** The single error of a response: its code and the field it names. */
function failure(response: GraphQLResponse): { code: string; field: unknown; message: string } {
  expect(response.errors, JSON.stringify(response)).toHaveLength(1);
  const error = response.errors![0]!;
  return {
    code: String(error.extensions?.code),
    field: error.extensions?.field,
    message: error.message,
  };
}

describe('bookkeeping', () => {
  let app: TestApp;
  /** Companies: 0 FULL_ACCOUNTING (VAT, caretaker), 1 TAX_BOOK (no VAT, no caretaker), 2 LUMP_SUM (VAT, caretaker),
   *  3 FULL_ACCOUNTING (no VAT), 4 TAX_BOOK (VAT, caretaker), 5 LUMP_SUM (no VAT). */
  let f: OfficeFixture;
  let other: OfficeFixture;

  const db = <T extends object = { n: string }>(sql: string, params: unknown[] = []) =>
    app.orm.em.fork().execute<T[]>(sql, params);
  const countEntries = async (companyId: string) =>
    Number(
      (await db('select count(*) as n from ledger_entry where company_id = ?', [companyId]))[0]!.n,
    );

  beforeAll(async () => {
    app = await startTestApp();
    f = await officeFixture(app, { companies: 6 });
    other = await officeFixture(app, { companies: 1 });
  });
  afterAll(() => app.stop());

  describe('importLedgerEntries', () => {
    it('imports 3,000 rows in one call with the same statements as 10 rows', async () => {
      const { company } = f.companies[4]!;
      const rows = (n: number, offset: number) =>
        Array.from({ length: n }, (_, i) =>
          entry(offset + i, { date: `2024-${String((i % 12) + 1).padStart(2, '0')}-15` }),
        );
      const small = await countStatements(async () =>
        ok(await app.gql(IMPORT, { companyId: company.id, entries: rows(10, 0) }, f.head.token)),
      );
      const large = await countStatements(async () =>
        ok(
          await app.gql(IMPORT, { companyId: company.id, entries: rows(3_000, 10) }, f.head.token),
        ),
      );
      expect(small.result.importLedgerEntries).toBe(10);
      expect(large.result.importLedgerEntries).toBe(3_000);
      expect(large.statements).toBe(small.statements);
      expect(large.statements).toBeLessThanOrEqual(6);
      expect(await countEntries(company.id)).toBe(3_010);
      const { ledgerEntries } = ok(
        await app.gql(ENTRIES, { companyId: company.id, period: '2024', first: 1 }, f.head.token),
      );
      expect(ledgerEntries.totalCount).toBe(3_010);
      expect(ledgerEntries.edges[0]!.node).toMatchObject({
        date: '2024-01-15',
        net: '100.00',
        vat: '23.00',
        gross: '123.00',
        column: '7',
        vatRegister: 'SALES',
        contraAccount: null,
      });
    });

    it('stores text trimmed, NIPs normalised and lump-sum rates in canonical form; the caretaker may import', async () => {
      const { company } = f.companies[2]!;
      const nip = uniqueNip();
      const rows = [
        entry(1, {
          date: '2025-05-02',
          column: '8,50',
          counterpartyNip: `PL ${nip.slice(0, 3)}-${nip.slice(3)}`,
          documentNumber: '  RK/1/05/2025 ',
        }),
        entry(2, {
          date: '2025-05-03',
          column: '3',
          counterpartyNip: null,
          vatRegister: null,
          net: '-50.10',
          vat: '-11.52',
          gross: '-61.62',
        }),
      ];
      expect(
        ok(await app.gql(IMPORT, { companyId: company.id, entries: rows }, f.caretaker.token))
          .importLedgerEntries,
      ).toBe(2);
      const nodes = ok(
        await app.gql(ENTRIES, { companyId: company.id, period: '2025-05' }, f.caretaker.token),
      ).ledgerEntries.edges.map((e) => e.node);
      expect(nodes).toMatchObject([
        {
          column: '8.5',
          counterpartyNip: nip,
          documentNumber: 'RK/1/05/2025',
          vatRegister: 'SALES',
        },
        { column: '3', counterpartyNip: null, vatRegister: null, net: '-50.10', gross: '-61.62' },
      ]);
    });

    const invalid: Array<[string, number, Partial<LedgerEntryInput>, string]> = [
      ['an impossible date', 4, { date: '2025-02-29' }, 'date'],
      ['a date not written YYYY-MM-DD', 4, { date: '3.03.2025' }, 'date'],
      ['three decimals', 4, { net: '100.005', gross: '123.005' }, 'net'],
      ['an exponent', 4, { vat: '2.3e1' }, 'vat'],
      ['an amount of 1e12', 4, { net: '1000000000000', vat: '0', gross: '1000000000000' }, 'net'],
      ['gross other than net + vat', 4, { gross: '123.01' }, 'gross'],
      ['an empty document number', 4, { documentNumber: '   ' }, 'documentNumber'],
      ['a document number too long', 4, { documentNumber: 'F'.repeat(101) }, 'documentNumber'],
      ['an empty counterparty', 4, { counterparty: '' }, 'counterparty'],
      ['a counterparty too long', 4, { counterparty: 'Ż'.repeat(256) }, 'counterparty'],
      ['an empty description', 4, { description: ' ' }, 'description'],
      ['a description too long', 4, { description: 'x'.repeat(1_001) }, 'description'],
      ['a NUL character', 4, { description: 'Faktura\u0000' }, 'description'],
      ['an empty column', 4, { column: '' }, 'column'],
      ['a column too long', 4, { column: '7'.repeat(21) }, 'column'],
      ['a column the tax book does not have', 4, { column: '9' }, 'column'],
      ['a NIP with a wrong checksum', 4, { counterpartyNip: '5260250275' }, 'counterpartyNip'],
      [
        'a VAT register for a company that is not a VAT payer',
        1,
        { vatRegister: 'PURCHASES' },
        'vatRegister',
      ],
      ['a contra account outside full accounting', 4, { contraAccount: '700' }, 'contraAccount'],
      ['a lump-sum rate that does not exist', 2, { column: '9' }, 'column'],
      ['an account number that is not one', 0, { column: 'kasa' }, 'column'],
      [
        'a contra account that is not one',
        0,
        { column: '201', contraAccount: '7OO' },
        'contraAccount',
      ],
    ];
    it.each(invalid)(
      'rejects %s with BAD_USER_INPUT naming the row and field, storing nothing',
      async (_rule, companyIndex, bad, field) => {
        const { company } = f.companies[companyIndex]!;
        const valid = (i: number) =>
          entry(
            i,
            companyIndex === 1
              ? { vatRegister: null }
              : companyIndex === 0
                ? { column: '201', contraAccount: '700' }
                : companyIndex === 2
                  ? { column: '8.5' }
                  : {},
          );
        const before = await countEntries(company.id);
        const response = await app.gql(
          IMPORT,
          { companyId: company.id, entries: [valid(1), { ...valid(2), ...bad }, valid(3)] },
          f.head.token,
        );
        const error = failure(response);
        expect(error.code).toBe('BAD_USER_INPUT');
        expect(error.field).toBe(`entries[1].${field}`);
        expect(error.message).toContain(`entries[1].${field}`);
        expect(await countEntries(company.id)).toBe(before);
      },
    );

    it('takes 1 to 5,000 rows per call', async () => {
      const { company } = f.companies[4]!;
      const before = await countEntries(company.id);
      const none = failure(
        await app.gql(IMPORT, { companyId: company.id, entries: [] }, f.head.token),
      );
      expect(none).toMatchObject({ code: 'BAD_USER_INPUT', field: 'entries' });
      const lean = {
        date: '2025-01-02',
        documentNumber: 'F/1',
        counterparty: 'Łuczak',
        description: 'Zakup',
        net: '1',
        vat: '0',
        gross: '1',
        column: '13',
      };
      const tooMany = failure(
        await app.gql(
          IMPORT,
          { companyId: company.id, entries: Array.from({ length: 5_001 }, () => lean) },
          f.head.token,
        ),
      );
      expect(tooMany).toMatchObject({ code: 'BAD_USER_INPUT', field: 'entries' });
      expect(await countEntries(company.id)).toBe(before);
    });

    it('answers NOT_FOUND for another office and unassigned caretakers, FORBIDDEN for clients', async () => {
      const rows = [entry(1, { vatRegister: null })];
      expect(
        codes(
          await app.gql(
            IMPORT,
            { companyId: f.companies[4]!.company.id, entries: rows },
            other.head.token,
          ),
        ),
      ).toEqual(['NOT_FOUND']);
      expect(
        codes(
          await app.gql(
            IMPORT,
            { companyId: f.companies[1]!.company.id, entries: rows },
            f.caretaker.token,
          ),
        ),
      ).toEqual(['NOT_FOUND']);
      expect(
        codes(
          await app.gql(
            IMPORT,
            { companyId: f.companies[1]!.company.id, entries: rows },
            f.companies[1]!.client.token,
          ),
        ),
      ).toEqual(['FORBIDDEN']);
      expect(
        codes(await app.gql(IMPORT, { companyId: 'not-an-id', entries: rows }, f.head.token)),
      ).toEqual(['NOT_FOUND']);
      expect(
        codes(await app.gql(IMPORT, { companyId: f.companies[1]!.company.id, entries: rows })),
      ).toEqual(['UNAUTHENTICATED']);
      expect(await countEntries(f.companies[1]!.company.id)).toBe(0);
    });
  });

  describe('ledgerEntries', () => {
    beforeAll(async () => {
      const dates = [
        '2025-03-31',
        '2025-03-01',
        '2025-03-15',
        '2025-03-15',
        '2025-03-02',
        '2025-03-20',
        '2025-03-15',
        '2025-04-01',
        '2025-04-30',
        '2025-02-28',
        '2024-12-31',
      ];
      const rows = dates.map((date, i) =>
        entry(i, { date, column: '201', contraAccount: '700', documentNumber: `FV/${i}` }),
      );
      ok(
        await app.gql(
          IMPORT,
          { companyId: f.companies[0]!.company.id, entries: rows },
          f.head.token,
        ),
      );
    });

    it('pages a month by date then id, with totalCount', async () => {
      const companyId = f.companies[0]!.company.id;
      const seen: EntryNode[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const page: BookkeepingEntriesQuery['ledgerEntries'] = ok(
          await app.gql(ENTRIES, { companyId, period: '2025-03', first: 3, after }, f.head.token),
        ).ledgerEntries;
        expect(page.totalCount).toBe(7);
        seen.push(...page.edges.map((e) => e.node));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        pages += 1;
      } while (after);
      expect(pages).toBe(3);
      expect(seen.map((n) => n.date)).toEqual([
        '2025-03-01',
        '2025-03-02',
        '2025-03-15',
        '2025-03-15',
        '2025-03-15',
        '2025-03-20',
        '2025-03-31',
      ]);
      const sameDay = seen.filter((n) => n.date === '2025-03-15').map((n) => n.id);
      expect(sameDay).toEqual([...sameDay].sort());
      expect(seen[0]).toMatchObject({ column: '201', contraAccount: '700' });
    });

    it('filters by month or year', async () => {
      const companyId = f.companies[0]!.company.id;
      const total = async (period: string) =>
        ok(await app.gql(ENTRIES, { companyId, period }, f.head.token)).ledgerEntries.totalCount;
      expect(await total('2025')).toBe(10);
      expect(await total('2025-04')).toBe(2);
      expect(await total('2025-02')).toBe(1);
      expect(await total('2024-12')).toBe(1);
      expect(await total('2024')).toBe(1);
      expect(await total('2023')).toBe(0);
    });

    it('validates the period, the page size and the cursor', async () => {
      const companyId = f.companies[0]!.company.id;
      for (const period of ['2025-13', '2025-00', '2025-3', '25', '2025-03-01', '']) {
        expect(codes(await app.gql(ENTRIES, { companyId, period }, f.head.token)), period).toEqual([
          'BAD_USER_INPUT',
        ]);
      }
      expect(
        codes(await app.gql(ENTRIES, { companyId, period: '2025', first: 101 }, f.head.token)),
      ).toEqual(['BAD_USER_INPUT']);
      const forged = Buffer.from(
        JSON.stringify(['not a date', '00000000-0000-0000-0000-000000000000']),
      ).toString('base64url');
      expect(
        codes(await app.gql(ENTRIES, { companyId, period: '2025', after: forged }, f.head.token)),
      ).toEqual(['BAD_USER_INPUT']);
    });

    it('lets a client read their own company only; other offices and unassigned caretakers get NOT_FOUND', async () => {
      const own = f.companies[0]!;
      const mine = ok(
        await app.gql(ENTRIES, { companyId: own.company.id, period: '2025' }, own.client.token),
      ).ledgerEntries;
      expect(mine.totalCount).toBe(10);
      expect(
        codes(
          await app.gql(
            ENTRIES,
            { companyId: f.companies[4]!.company.id, period: '2025' },
            own.client.token,
          ),
        ),
      ).toEqual(['NOT_FOUND']);
      expect(
        codes(
          await app.gql(ENTRIES, { companyId: own.company.id, period: '2025' }, other.head.token),
        ),
      ).toEqual(['NOT_FOUND']);
      expect(
        codes(
          await app.gql(
            ENTRIES,
            { companyId: f.companies[3]!.company.id, period: '2025' },
            f.caretaker.token,
          ),
        ),
      ).toEqual(['NOT_FOUND']);
      expect(
        ok(await app.gql(ENTRIES, { companyId: own.company.id, period: '2025' }, f.caretaker.token))
          .ledgerEntries.totalCount,
      ).toBe(10);
    });
  });

  describe('declarations and UPO', () => {
    const declaration = (
      companyId: string,
      overrides: Partial<DeclarationInput> = {},
    ): DeclarationInput => ({
      companyId,
      type: 'JPK_V7M',
      period: '2025-03',
      taxBase: '10000.00',
      taxDue: '2300.00',
      ...overrides,
    });

    it('upserts per (company, type, period): a second call updates the same declaration', async () => {
      const companyId = f.companies[4]!.company.id;
      const created = ok(
        await app.gql(UPSERT, { input: declaration(companyId) }, f.head.token),
      ).upsertDeclaration;
      expect(created).toMatchObject({
        type: 'JPK_V7M',
        period: '2025-03',
        taxBase: '10000.00',
        taxDue: '2300.00',
        status: 'DRAFT',
        filedAt: null,
        upo: null,
      });
      const filedAt = '2025-04-24T09:30:00.000Z';
      const updated = ok(
        await app.gql(
          UPSERT,
          {
            input: declaration(companyId, {
              type: 'jpk_v7m',
              taxBase: '10500.50',
              taxDue: '-120.00',
              status: 'FILED',
              filedAt,
            }),
          },
          f.caretaker.token,
        ),
      ).upsertDeclaration;
      expect(updated).toMatchObject({
        id: created.id,
        taxBase: '10500.50',
        taxDue: '-120.00',
        status: 'FILED',
        filedAt,
      });
      const rows = await db('select count(*) as n from declaration where company_id = ?', [
        companyId,
      ]);
      expect(Number(rows[0]!.n)).toBe(1);
      const annual = ok(
        await app.gql(
          UPSERT,
          { input: declaration(companyId, { type: 'PIT-36', period: '2024', status: 'FILED' }) },
          f.head.token,
        ),
      ).upsertDeclaration;
      expect(annual.id).not.toBe(created.id);
      expect(new Date(annual.filedAt!).getTime()).toBeGreaterThan(Date.now() - 60_000);
    });

    it('takes the statutory due date unless the office gives one, and keeps a given one on update', async () => {
      const companyId = f.companies[4]!.company.id;
      const monthly = ok(
        await app.gql(
          UPSERT,
          { input: declaration(companyId, { period: '2026-09' }) },
          f.head.token,
        ),
      ).upsertDeclaration;
      expect(monthly.dueDate).toBe('2026-10-26'); // the 25th is a Sunday
      const given = ok(
        await app.gql(
          UPSERT,
          { input: declaration(companyId, { period: '2026-08', dueDate: '2026-09-15' }) },
          f.head.token,
        ),
      ).upsertDeclaration;
      expect(given.dueDate).toBe('2026-09-15');
      const updated = ok(
        await app.gql(
          UPSERT,
          { input: declaration(companyId, { period: '2026-08', taxDue: '99.00' }) },
          f.head.token,
        ),
      ).upsertDeclaration;
      expect(updated).toMatchObject({ id: given.id, taxDue: '99.00', dueDate: '2026-09-15' });
    });

    it('validates type, period, amounts and filing date', async () => {
      const companyId = f.companies[4]!.company.id;
      const cases: Array<[Partial<DeclarationInput>, string]> = [
        [{ period: '2025-13' }, 'period'],
        [{ period: '2025-1' }, 'period'],
        [{ period: '25' }, 'period'],
        [{ type: 'X' }, 'type'],
        [{ type: 'PIT 36' }, 'type'],
        [{ taxBase: '1.234' }, 'taxBase'],
        [{ taxDue: 'dużo' }, 'taxDue'],
        [{ status: 'DRAFT', filedAt: '2025-04-20T10:00:00.000Z' }, 'filedAt'],
        [{ dueDate: '2025-02-30' }, 'dueDate'],
        [{ dueDate: '25.04.2025' }, 'dueDate'],
      ];
      for (const [bad, field] of cases) {
        expect(
          failure(
            await app.gql(
              UPSERT,
              { input: declaration(companyId, { period: '2023-01', ...bad }) },
              f.head.token,
            ),
          ),
          JSON.stringify(bad),
        ).toMatchObject({
          code: 'BAD_USER_INPUT',
          field,
        });
      }
      const rows = await db(
        `select count(*) as n from declaration where company_id = ? and period like '2023%'`,
        [companyId],
      );
      expect(Number(rows[0]!.n)).toBe(0);
    });

    it('answers NOT_FOUND for another office and unassigned caretakers, FORBIDDEN for clients', async () => {
      expect(
        codes(
          await app.gql(
            UPSERT,
            { input: declaration(f.companies[4]!.company.id) },
            other.head.token,
          ),
        ),
      ).toEqual(['NOT_FOUND']);
      expect(
        codes(
          await app.gql(
            UPSERT,
            { input: declaration(f.companies[1]!.company.id) },
            f.caretaker.token,
          ),
        ),
      ).toEqual(['NOT_FOUND']);
      expect(
        codes(
          await app.gql(
            UPSERT,
            { input: declaration(f.companies[1]!.company.id) },
            f.companies[1]!.client.token,
          ),
        ),
      ).toEqual(['FORBIDDEN']);
      const rows = await db('select count(*) as n from declaration where company_id = ?', [
        f.companies[1]!.company.id,
      ]);
      expect(Number(rows[0]!.n)).toBe(0);
    });

    it('records a UPO only for a filed declaration it may see, and accepts it', async () => {
      const companyId = f.companies[2]!.company.id;
      const draft = ok(
        await app.gql(
          UPSERT,
          { input: declaration(companyId, { period: '2025-05' }) },
          f.head.token,
        ),
      ).upsertDeclaration;
      const upo = {
        declarationId: draft.id,
        referenceNumber: 'A1B2C3D4E5F60718293A4B5C6D7E8F90',
        receivedAt: '2025-06-20T10:15:00.000Z',
      };
      expect(codes(await app.gql(RECORD_UPO, { input: upo }, f.head.token))).toEqual([
        'PRECONDITION_FAILED',
      ]);

      ok(
        await app.gql(
          UPSERT,
          {
            input: declaration(companyId, {
              period: '2025-05',
              status: 'FILED',
              filedAt: '2025-06-20T10:00:00.000Z',
            }),
          },
          f.head.token,
        ),
      );
      expect(codes(await app.gql(RECORD_UPO, { input: upo }, other.head.token))).toEqual([
        'NOT_FOUND',
      ]);
      expect(
        codes(await app.gql(RECORD_UPO, { input: upo }, f.companies[2]!.client.token)),
      ).toEqual(['FORBIDDEN']);
      expect(
        codes(
          await app.gql(
            RECORD_UPO,
            { input: { ...upo, declarationId: '00000000-0000-4000-8000-000000000000' } },
            f.head.token,
          ),
        ),
      ).toEqual(['NOT_FOUND']);
      expect(
        codes(await app.gql(RECORD_UPO, { input: { ...upo, referenceNumber: ' ' } }, f.head.token)),
      ).toEqual(['BAD_USER_INPUT']);

      const recorded = ok(await app.gql(RECORD_UPO, { input: upo }, f.caretaker.token)).recordUpo;
      expect(recorded).toMatchObject({
        referenceNumber: upo.referenceNumber,
        receivedAt: upo.receivedAt,
      });
      const again = ok(await app.gql(RECORD_UPO, { input: upo }, f.head.token)).recordUpo;
      expect(again.id).toBe(recorded.id);
      expect(
        codes(
          await app.gql(RECORD_UPO, { input: { ...upo, referenceNumber: 'FFFF' } }, f.head.token),
        ),
      ).toEqual(['CONFLICT']);

      const [stored] = ok(
        await app.gql(DECLARATIONS, { id: companyId, period: '2025-05' }, f.head.token),
      ).company!.declarations;
      expect(stored).toMatchObject({
        id: draft.id,
        status: 'ACCEPTED',
        upo: { referenceNumber: upo.referenceNumber },
      });

      // With its UPO the declaration is final: re-sending it unchanged is fine, changing it is not.
      const resent = ok(
        await app.gql(
          UPSERT,
          { input: declaration(companyId, { period: '2025-05', status: 'FILED' }) },
          f.head.token,
        ),
      ).upsertDeclaration;
      expect(resent).toMatchObject({ id: draft.id, status: 'ACCEPTED', upo: { id: recorded.id } });
      expect(
        codes(
          await app.gql(
            UPSERT,
            {
              input: declaration(companyId, { period: '2025-05', taxDue: '1.00', status: 'FILED' }),
            },
            f.head.token,
          ),
        ),
      ).toEqual(['PRECONDITION_FAILED']);
      expect(
        codes(
          await app.gql(
            UPSERT,
            { input: declaration(companyId, { period: '2025-05' }) },
            f.head.token,
          ),
        ),
      ).toEqual(['PRECONDITION_FAILED']);
    });

    it('does not record a UPO for a rejected declaration, nor for an unassigned caretaker', async () => {
      const companyId = f.companies[1]!.company.id;
      const rejected = ok(
        await app.gql(
          UPSERT,
          { input: declaration(companyId, { type: 'PIT-36', period: '2024', status: 'REJECTED' }) },
          f.head.token,
        ),
      ).upsertDeclaration;
      const upo = {
        declarationId: rejected.id,
        referenceNumber: 'ABC',
        receivedAt: '2025-04-30T10:00:00.000Z',
      };
      expect(codes(await app.gql(RECORD_UPO, { input: upo }, f.caretaker.token))).toEqual([
        'NOT_FOUND',
      ]);
      expect(codes(await app.gql(RECORD_UPO, { input: upo }, f.head.token))).toEqual([
        'PRECONDITION_FAILED',
      ]);
      expect(
        Number(
          (await db('select count(*) as n from upo where declaration_id = ?', [rejected.id]))[0]!.n,
        ),
      ).toBe(0);
    });

    it('lists a company’s declarations by period, batched for a whole company list, and to its own client', async () => {
      const companyId = f.companies[0]!.company.id;
      for (const [type, period] of [
        ['JPK_V7M', '2025-01'],
        ['JPK_V7M', '2025-02'],
        ['CIT-8', '2025'],
        ['CIT-8', '2024'],
        ['JPK_V7M', '2024-12'],
      ]) {
        ok(
          await app.gql(UPSERT, { input: declaration(companyId, { type, period }) }, f.head.token),
        );
      }
      const list = async (period: string | null, token = f.head.token) =>
        ok(await app.gql(DECLARATIONS, { id: companyId, period }, token)).company!.declarations.map(
          (d) => `${d.type} ${d.period}`,
        );
      expect(await list(null)).toEqual([
        'JPK_V7M 2025-02',
        'JPK_V7M 2025-01',
        'CIT-8 2025',
        'JPK_V7M 2024-12',
        'CIT-8 2024',
      ]);
      expect(await list('2025')).toEqual(['JPK_V7M 2025-02', 'JPK_V7M 2025-01', 'CIT-8 2025']);
      expect(await list('2025-01')).toEqual(['JPK_V7M 2025-01']);
      expect(await list('2024', f.companies[0]!.client.token)).toEqual([
        'JPK_V7M 2024-12',
        'CIT-8 2024',
      ]);
      expect(
        codes(await app.gql(DECLARATIONS, { id: companyId, period: '2025-13' }, f.head.token)),
      ).toEqual(['BAD_USER_INPUT']);

      const one = await countStatements(
        async () =>
          ok(await app.gql(COMPANY_DECLARATIONS, { first: 1 }, f.head.token)).companies.edges,
      );
      const all = await countStatements(
        async () =>
          ok(await app.gql(COMPANY_DECLARATIONS, { first: 6 }, f.head.token)).companies.edges,
      );
      expect(all.result).toHaveLength(6);
      expect(all.result.flatMap((e) => e.node.declarations).length).toBeGreaterThan(5);
      expect(all.statements).toBe(one.statements);
    });
  });

  describe('seedBookkeeping', () => {
    let seeded: OfficeFixture;
    let seedStatements: number;

    beforeAll(async () => {
      seeded = await officeFixture(app, { companies: 6 });
      const run = await countStatements(() =>
        seedBookkeeping(
          app.orm.em.fork(),
          seeded.companies.map((c) => c.company),
          2025,
        ),
      );
      seedStatements = run.statements;
    });

    it('writes a year of 10-25 entries a month per company in a few statements', async () => {
      expect(seedStatements).toBeLessThanOrEqual(4);
      const ids = seeded.companies.map((c) => c.company.id);
      const months = await db<{ company_id: string; month: string; n: string }>(
        `select company_id, to_char(date, 'YYYY-MM') as month, count(*) as n from ledger_entry
          where company_id = any(?::uuid[]) group by 1, 2 order by 1, 2`,
        [`{${ids.join(',')}}`],
      );
      for (const id of ids) {
        const own = months.filter((m) => m.company_id === id);
        expect(own.map((m) => m.month)).toEqual(
          Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`),
        );
        // 10-25 documents, plus the payroll list and the VAT transfer where they apply.
        for (const m of own) {
          expect(Number(m.n)).toBeGreaterThanOrEqual(10);
          expect(Number(m.n)).toBeLessThanOrEqual(27);
        }
      }
      const [sums] = await db<{ wrong: string; polish: string; n: string }>(
        `select count(*) filter (where gross <> net + vat) as wrong, count(*) filter (where counterparty ~ '[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]') as polish, count(*) as n from ledger_entry where company_id = any(?::uuid[])`,
        [`{${ids.join(',')}}`],
      );
      expect(Number(sums?.wrong)).toBe(0);
      expect(Number(sums?.polish)).toBeGreaterThan(Number(sums?.n) / 3);
    });

    it('books by taxation form, with VAT registers for VAT payers only', async () => {
      const entriesOf = (i: number) =>
        db<LedgerRow>('select * from ledger_entry where company_id = ?', [
          seeded.companies[i]!.company.id,
        ]);
      const [fullVat, bookNoVat, lumpVat, fullNoVat, bookVat, lumpNoVat] = await Promise.all([
        entriesOf(0),
        entriesOf(1),
        entriesOf(2),
        entriesOf(3),
        entriesOf(4),
        entriesOf(5),
      ]);

      for (const rows of [lumpVat, lumpNoVat]) {
        expect(
          rows.every((r) => LUMP_SUM_RATES.includes(r.column) && r.contra_account === null),
        ).toBe(true);
      }
      for (const rows of [bookVat, bookNoVat]) {
        const columns = new Set(rows.map((r) => r.column));
        expect([...columns].every((c) => TAX_BOOK_COLUMNS.includes(c))).toBe(true);
        for (const c of ['7', '10', '12', '13']) expect(columns).toContain(c);
      }
      for (const rows of [fullVat, fullNoVat]) {
        expect(
          rows.every((r) => /^\d{3}$/.test(r.column) && /^\d{3}$/.test(String(r.contra_account))),
        ).toBe(true);
        const postings = new Set(rows.map((r) => `${r.column}/${r.contra_account}`));
        for (const p of ['201/700', '130/201', '202/130', '404/231']) expect(postings).toContain(p);
      }
      for (const rows of [fullVat, bookVat, lumpVat]) {
        expect(rows.some((r) => r.vat_register === 'SALES')).toBe(true);
        expect(rows.filter((r) => r.vat_register === 'SALES').every((r) => Number(r.vat) > 0)).toBe(
          true,
        );
      }
      expect(bookVat.some((r) => r.vat_register === 'PURCHASES')).toBe(true);
      for (const rows of [fullNoVat, bookNoVat, lumpNoVat]) {
        expect(rows.every((r) => r.vat_register === null && Number(r.vat) === 0)).toBe(true);
      }
      const nips = [...fullVat, ...bookVat]
        .map((r) => r.counterparty_nip)
        .filter((nip): nip is string => Boolean(nip));
      expect(nips.length).toBeGreaterThan(50);
      expect(nips.every((nip) => isValidNip(nip))).toBe(true);
    });

    it('files JPK_V7M monthly for VAT payers and the annual return for the year before, with UPOs for filed ones', async () => {
      const declarationsOf = async (i: number) =>
        ok(
          await app.gql(
            DECLARATIONS,
            { id: seeded.companies[i]!.company.id, period: null },
            seeded.head.token,
          ),
        ).company!.declarations;
      const fullVat = await declarationsOf(0);
      const monthly = fullVat.filter((d) => d.type === 'JPK_V7M');
      expect(monthly.map((d) => d.period).sort()).toEqual(
        Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`),
      );
      expect(monthly.filter((d) => d.status === 'ACCEPTED' && d.upo)).toHaveLength(11);
      expect(monthly.find((d) => d.period === '2025-12')).toMatchObject({
        status: 'DRAFT',
        upo: null,
      });
      const [salesNet] = await db<{ net: string }>(
        `select sum(net) as net from ledger_entry where company_id = ? and vat_register = 'SALES' and date between '2025-03-01' and '2025-03-31'`,
        [seeded.companies[0]!.company.id],
      );
      expect(monthly.find((d) => d.period === '2025-03')?.taxBase).toBe(salesNet?.net);

      const annual: Record<number, string> = {
        0: 'CIT-8',
        1: 'PIT-36',
        2: 'PIT-28',
        3: 'CIT-8',
        4: 'PIT-36',
        5: 'PIT-28',
      };
      for (let i = 0; i < 6; i += 1) {
        const declarations = i === 0 ? fullVat : await declarationsOf(i);
        const yearly = declarations.filter((d) => d.period === '2024');
        expect(yearly).toHaveLength(1);
        expect(yearly[0]).toMatchObject({ type: annual[i], status: 'ACCEPTED' });
        expect(yearly[0]?.upo?.referenceNumber).toMatch(/^[0-9A-F]{32}$/);
        expect(Number(yearly[0]?.taxBase)).toBeGreaterThan(0);
        const vatPayer = i % 2 === 0;
        expect(declarations.filter((d) => d.type === 'JPK_V7M')).toHaveLength(vatPayer ? 12 : 0);
      }
    });

    it('is deterministic, and every entry passes the import validation', async () => {
      const again = await officeFixture(app, { companies: 6 });
      await seedBookkeeping(
        app.orm.em.fork(),
        again.companies.map((c) => c.company),
        2025,
      );
      const shape = `select date, document_number, counterparty, counterparty_nip, description, net, vat, gross, "column", contra_account, vat_register
                       from ledger_entry where company_id = ? order by date, document_number, net, description, counterparty, "column"`;
      for (let i = 0; i < 6; i += 1) {
        const first = await db<LedgerRow>(shape, [seeded.companies[i]!.company.id]);
        expect(await db<LedgerRow>(shape, [again.companies[i]!.company.id])).toEqual(first);
      }
      // The same rows through the public API, into a company of the same form and VAT status.
      const target = await officeFixture(app, { companies: 6 });
      for (let i = 0; i < 6; i += 1) {
        const rows = await db<LedgerRow>(shape, [seeded.companies[i]!.company.id]);
        const entries = rows.map((r) => ({
          date: r.date,
          documentNumber: r.document_number,
          counterparty: r.counterparty,
          counterpartyNip: r.counterparty_nip,
          description: r.description,
          net: r.net,
          vat: r.vat,
          gross: r.gross,
          column: r.column,
          contraAccount: r.contra_account,
          vatRegister: r.vat_register,
        }));
        const imported = ok(
          await app.gql(
            IMPORT,
            { companyId: target.companies[i]!.company.id, entries },
            target.head.token,
          ),
        ).importLedgerEntries;
        expect(imported).toBe(rows.length);
      }
    });
  });
});
