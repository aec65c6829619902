import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixture, officeFixture } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, countStatements, ok, startTestApp, type TestApp } from '../../../test/harness.js';
import { Declaration, DeclarationStatus, Upo } from '../bookkeeping/bookkeeping.entity.js';
import { type Company, TaxForm } from '../company/company.entity.js';
import { PrintoutKind, printoutKinds, printoutLabels } from './printout.kind.js';

const OPTIONS = graphql(`
  query PrintoutOptions($companyIds: [ID!]!, $period: String!) {
    printoutOptions(companyIds: $companyIds, period: $period) { kind label companyCount }
  }
`);

const CONCERNED = graphql(`
  query PrintoutOptionsConcerned($companyIds: [ID!]!, $period: String!) {
    printoutOptions(companyIds: $companyIds, period: $period) { kind companyCount companyIds }
  }
`);

const { REVENUE_RECORD, TAX_BOOK, LEDGER, VAT_REGISTER, DECLARATION, UPO } = PrintoutKind;

describe('printouts', () => {
  let app: TestApp;
  let f: OfficeFixture;
  let other: OfficeFixture;
  /**
   * By position in the fixture: 0 full accounting, VAT | 1 tax book | 2 lump sum, VAT | 3 full
   * accounting | 4 tax book, VAT | 5 lump sum. The caretaker looks after 0, 2 and 4.
   */
  let c: Company[];

  beforeAll(async () => {
    app = await startTestApp();
    f = await officeFixture(app, { companies: 6 });
    other = await officeFixture(app, { companies: 1 });
    c = f.companies.map((x) => x.company);
    expect(c.map((x) => [x.taxForm, x.vatPayer])).toEqual([
      [TaxForm.FULL_ACCOUNTING, true],
      [TaxForm.TAX_BOOK, false],
      [TaxForm.LUMP_SUM, true],
      [TaxForm.FULL_ACCOUNTING, false],
      [TaxForm.TAX_BOOK, true],
      [TaxForm.LUMP_SUM, false],
    ]);
    const em = app.orm.em.fork();
    const declare = (company: Company, type: string, period: string, upo: boolean) => {
      const declaration = em.create(Declaration, {
        company: company.id,
        type,
        period,
        taxBase: '1000.00',
        taxDue: '230.00',
        status: DeclarationStatus.FILED,
        filedAt: new Date(),
      });
      if (upo)
        em.create(Upo, {
          declaration,
          referenceNumber: randomUUID().replace(/-/g, ''),
          receivedAt: new Date(),
        });
    };
    declare(c[0]!, 'JPK_V7M', '2026-10', true);
    declare(c[0]!, 'CIT-8', '2025', false);
    declare(c[1]!, 'PIT-4R', '2026-10', false);
    declare(c[1]!, 'PIT-36', '2026', false);
    declare(c[2]!, 'JPK_V7M', '2026-09', true);
    declare(other.companies[0]!.company, 'JPK_V7M', '2026-10', true);
    await em.flush();
  });
  afterAll(() => app.stop());

  const every = (period: string) => printoutKinds.map((kind) => ({ kind, period }));
  const kindsOf = (result: Map<string, Array<{ kind: PrintoutKind }>>, company: { id: string }) =>
    result.get(company.id)!.map((p) => p.kind);

  describe('applicable', () => {
    it('gives each company the records of its taxation form, VAT registers to VAT payers, and declarations and UPO it has', async () => {
      const month = await app.services.printouts.applicable(app.orm.em.fork(), c, every('2026-10'));
      expect(c.map((x) => kindsOf(month, x))).toEqual([
        [LEDGER, VAT_REGISTER, DECLARATION, UPO],
        [TAX_BOOK, DECLARATION],
        [REVENUE_RECORD, VAT_REGISTER],
        [LEDGER],
        [TAX_BOOK, VAT_REGISTER],
        [REVENUE_RECORD],
      ]);
      expect(month.get(c[0]!.id)!.every((p) => p.period === '2026-10')).toBe(true);

      // A year covers its annual declarations and those of each of its months.
      const year = await app.services.printouts.applicable(app.orm.em.fork(), c, every('2026'));
      expect(c.map((x) => kindsOf(year, x))).toEqual([
        [LEDGER, VAT_REGISTER, DECLARATION, UPO],
        [TAX_BOOK, DECLARATION],
        [REVENUE_RECORD, VAT_REGISTER, DECLARATION, UPO],
        [LEDGER],
        [TAX_BOOK, VAT_REGISTER],
        [REVENUE_RECORD],
      ]);
      const previous = await app.services.printouts.applicable(app.orm.em.fork(), c, [
        { kind: DECLARATION, period: '2025' },
        { kind: UPO, period: '2025' },
      ]);
      expect(c.map((x) => kindsOf(previous, x))).toEqual([[DECLARATION], [], [], [], [], []]);
    });

    it('never gives a limited company (full accounting) the revenue record or the tax book, in any period', async () => {
      const limited = c.filter((x) => x.taxForm === TaxForm.FULL_ACCOUNTING);
      expect(limited.length).toBe(2);
      for (const period of ['2026-10', '2026', '2025', '2026-01']) {
        const result = await app.services.printouts.applicable(
          app.orm.em.fork(),
          limited,
          every(period),
        );
        for (const company of limited) {
          const kinds = kindsOf(result, company);
          expect(kinds).toContain(LEDGER);
          expect(kinds).not.toContain(REVENUE_RECORD);
          expect(kinds).not.toContain(TAX_BOOK);
        }
      }
    });

    it('keeps the order of the requests, drops duplicates, and mixes periods', async () => {
      const result = await app.services.printouts.applicable(
        app.orm.em.fork(),
        [c[0]!, c[2]!],
        [
          { kind: UPO, period: '2026' },
          { kind: VAT_REGISTER, period: '2026-10' },
          { kind: UPO, period: '2026' },
          { kind: DECLARATION, period: '2026-09' },
          { kind: VAT_REGISTER, period: '2026-09' },
        ],
      );
      expect(result.get(c[0]!.id)).toEqual([
        { kind: UPO, period: '2026' },
        { kind: VAT_REGISTER, period: '2026-10' },
        { kind: VAT_REGISTER, period: '2026-09' },
      ]);
      expect(result.get(c[2]!.id)).toEqual([
        { kind: UPO, period: '2026' },
        { kind: VAT_REGISTER, period: '2026-10' },
        { kind: DECLARATION, period: '2026-09' },
        { kind: VAT_REGISTER, period: '2026-09' },
      ]);
    });

    it('sends one statement whatever the number of companies, none when no declaration or UPO is asked', async () => {
      const em = app.orm.em.fork();
      const forms = [TaxForm.FULL_ACCOUNTING, TaxForm.TAX_BOOK, TaxForm.LUMP_SUM];
      const many = [
        ...c,
        ...Array.from({ length: 600 }, (_, i) => ({
          id: randomUUID(),
          taxForm: forms[i % 3]!,
          vatPayer: i % 2 === 0,
        })),
      ];
      const few = await countStatements(() =>
        app.services.printouts.applicable(em, c.slice(0, 2), every('2026-10')),
      );
      const lots = await countStatements(() =>
        app.services.printouts.applicable(em, many, every('2026-10')),
      );
      expect(few.statements).toBe(1);
      expect(lots.statements).toBe(few.statements);
      expect(lots.result.size).toBe(many.length);
      expect(kindsOf(lots.result, c[0]!)).toEqual([LEDGER, VAT_REGISTER, DECLARATION, UPO]);
      expect(kindsOf(lots.result, many.at(-1)!)).toEqual([REVENUE_RECORD]);
      const recordsOnly = await countStatements(() =>
        app.services.printouts.applicable(em, many, [
          { kind: TAX_BOOK, period: '2026-10' },
          { kind: VAT_REGISTER, period: '2026' },
        ]),
      );
      expect(recordsOnly.statements).toBe(0);
      expect(kindsOf(recordsOnly.result, c[4]!)).toEqual([TAX_BOOK, VAT_REGISTER]);
    });

    it('rejects a bad period with BAD_USER_INPUT', async () => {
      const attempt = app.services.printouts.applicable(app.orm.em.fork(), c, [
        { kind: LEDGER, period: '2026-13' },
      ]);
      await expect(attempt).rejects.toBeInstanceOf(GraphQLError);
      await expect(attempt.catch((e: GraphQLError) => e.extensions.code)).resolves.toBe(
        'BAD_USER_INPUT',
      );
    });
  });

  describe('printoutOptions', () => {
    const option = (kind: PrintoutKind, companyCount: number) => ({
      kind,
      label: printoutLabels[kind],
      companyCount,
    });

    it('offers the union over the ticked companies, each with how many of them it applies to, in a stable order', async () => {
      const all = ok(
        await app.gql(OPTIONS, { companyIds: c.map((x) => x.id), period: '2026-10' }, f.head.token),
      );
      expect(all.printoutOptions).toEqual([
        option(REVENUE_RECORD, 2),
        option(TAX_BOOK, 2),
        option(LEDGER, 2),
        option(VAT_REGISTER, 3),
        option(DECLARATION, 2),
        option(UPO, 1),
      ]);
      // The order does not depend on the order of the ticks.
      const reversed = ok(
        await app.gql(
          OPTIONS,
          { companyIds: c.map((x) => x.id).reverse(), period: '2026-10' },
          f.head.token,
        ),
      );
      expect(reversed.printoutOptions).toEqual(all.printoutOptions);

      const mixed = ok(
        await app.gql(
          OPTIONS,
          { companyIds: [c[3]!.id, c[1]!.id, c[3]!.id], period: '2026-10' },
          f.head.token,
        ),
      );
      expect(mixed.printoutOptions).toEqual([
        option(TAX_BOOK, 1),
        option(LEDGER, 1),
        option(DECLARATION, 1),
      ]);

      const limited = ok(
        await app.gql(OPTIONS, { companyIds: [c[3]!.id], period: '2026-10' }, f.head.token),
      );
      expect(limited.printoutOptions).toEqual([option(LEDGER, 1)]);

      const year = ok(
        await app.gql(
          OPTIONS,
          { companyIds: [c[1]!.id, c[2]!.id, c[5]!.id], period: '2026' },
          f.head.token,
        ),
      );
      expect(year.printoutOptions).toEqual([
        option(REVENUE_RECORD, 2),
        option(TAX_BOOK, 1),
        option(VAT_REGISTER, 1),
        option(DECLARATION, 2),
        option(UPO, 1),
      ]);
    });

    it('names the companies each printout applies to, in the order they were given', async () => {
      const given = c.map((x) => x.id).reverse();
      const { printoutOptions } = ok(
        await app.gql(CONCERNED, { companyIds: given, period: '2026-10' }, f.head.token),
      );
      const concerned = Object.fromEntries(printoutOptions.map((o) => [o.kind, o.companyIds]));
      expect(concerned[REVENUE_RECORD]).toEqual([c[5]!.id, c[2]!.id]);
      expect(concerned[TAX_BOOK]).toEqual([c[4]!.id, c[1]!.id]);
      expect(concerned[LEDGER]).toEqual([c[3]!.id, c[0]!.id]);
      expect(concerned[VAT_REGISTER]).toEqual([c[4]!.id, c[2]!.id, c[0]!.id]);
      for (const option of printoutOptions) {
        expect(option.companyIds).toHaveLength(option.companyCount);
        for (const id of option.companyIds) expect(given).toContain(id);
      }
    });

    it('serves a caretaker for their own companies and answers NOT_FOUND for any other', async () => {
      const own = ok(
        await app.gql(
          OPTIONS,
          { companyIds: [c[0]!.id, c[2]!.id, c[4]!.id], period: '2026-10' },
          f.caretaker.token,
        ),
      );
      expect(own.printoutOptions).toEqual([
        option(REVENUE_RECORD, 1),
        option(TAX_BOOK, 1),
        option(LEDGER, 1),
        option(VAT_REGISTER, 3),
        option(DECLARATION, 1),
        option(UPO, 1),
      ]);
      const notTheirs = await app.gql(
        OPTIONS,
        { companyIds: [c[0]!.id, c[1]!.id], period: '2026-10' },
        f.caretaker.token,
      );
      expect(codes(notTheirs)).toEqual(['NOT_FOUND']);
      expect(notTheirs.data ?? null).toBeNull();
    });

    it('answers NOT_FOUND when any company belongs to another office, with nothing about it', async () => {
      const foreign = other.companies[0]!.company;
      const response = await app.gql(
        OPTIONS,
        { companyIds: [c[0]!.id, foreign.id], period: '2026-10' },
        f.head.token,
      );
      expect(codes(response)).toEqual(['NOT_FOUND']);
      expect(response.data ?? null).toBeNull();
      expect(JSON.stringify(response)).not.toContain(foreign.name);
      expect(
        codes(
          await app.gql(OPTIONS, { companyIds: ['not-an-id'], period: '2026-10' }, f.head.token),
        ),
      ).toEqual(['NOT_FOUND']);
      // The other office's head sees the same company fine.
      const theirs = ok(
        await app.gql(OPTIONS, { companyIds: [foreign.id], period: '2026-10' }, other.head.token),
      );
      expect(theirs.printoutOptions.map((o) => o.kind)).toContain(UPO);
    });

    it('answers BAD_USER_INPUT for a bad period or no companies', async () => {
      for (const period of [
        '2026-13',
        '2026-00',
        '2026-1',
        '26-10',
        '2026/10',
        '2026-10-01',
        'październik',
        '',
      ]) {
        const response = await app.gql(OPTIONS, { companyIds: [c[0]!.id], period }, f.head.token);
        expect(codes(response), period).toEqual(['BAD_USER_INPUT']);
      }
      expect(
        codes(await app.gql(OPTIONS, { companyIds: [], period: '2026-10' }, f.head.token)),
      ).toEqual(['BAD_USER_INPUT']);
    });

    it('is for office staff only', async () => {
      expect(
        codes(
          await app.gql(
            OPTIONS,
            { companyIds: [c[0]!.id], period: '2026-10' },
            f.companies[0]!.client.token,
          ),
        ),
      ).toEqual(['FORBIDDEN']);
      expect(codes(await app.gql(OPTIONS, { companyIds: [c[0]!.id], period: '2026-10' }))).toEqual([
        'UNAUTHENTICATED',
      ]);
    });
  });
});
