import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixture, officeFixture, uniqueNip } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import {
  Declaration,
  DeclarationStatus,
  LedgerEntry,
  Upo,
  VatRegister,
} from '../bookkeeping/bookkeeping.entity.js';
import { Company, TaxForm } from '../company/company.entity.js';
import { formatGrosze, toGrosze } from './printout.amount.js';
import { PrintoutKind, printoutFilename, printoutKinds, printoutLabels } from './printout.kind.js';
import { parsePeriod } from './printout.period.js';

interface PdfPage {
  /** The page's text, items joined, a newline where a line ends. */
  text: string;
  /** Text items grouped by baseline, top to bottom, each line's items left to right. */
  lines: string[][];
}

/** Reads the text back the way a PDF viewer would, from the bytes alone. */
async function readPdf(content: Buffer): Promise<PdfPage[]> {
  const pdf = await getDocument({
    data: new Uint8Array(content),
    useSystemFonts: false,
    disableFontFace: true,
  }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const page = await pdf.getPage(n);
    const items = (await page.getTextContent()).items.flatMap((item) =>
      'str' in item
        ? [
            {
              str: item.str,
              eol: item.hasEOL,
              x: item.transform[4] as number,
              y: item.transform[5] as number,
            },
          ]
        : [],
    );
    const text = items.map((i) => i.str + (i.eol ? '\n' : '')).join('');
    const byLine = new Map<number, Array<{ str: string; x: number }>>();
    for (const item of items) {
      if (!item.str.trim()) continue;
      const key = [...byLine.keys()].find((y) => Math.abs(y - item.y) < 1.5) ?? item.y;
      byLine.set(key, [...(byLine.get(key) ?? []), item]);
    }
    const lines = [...byLine.entries()]
      .sort(([a], [b]) => b - a)
      .map(([, cells]) => cells.sort((a, b) => a.x - b.x).map((c) => c.str.trim()));
    pages.push({ text, lines });
  }
  await pdf.destroy();
  return pages;
}

const linesStarting = (pages: PdfPage[], first: string) =>
  pages.flatMap((p) => p.lines.filter((l) => l[0] === first));

/** Deterministic amounts in grosze, so a failure reproduces. */
function amounts(seed: number) {
  let state = seed;
  return (max: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return 1 + (state % max);
  };
}

/** "1234.05" from 123405 grosze: what the database keeps. */
const decimal = (grosze: number) =>
  `${grosze < 0 ? '-' : ''}${Math.floor(Math.abs(grosze) / 100)}.${String(Math.abs(grosze) % 100).padStart(2, '0')}`;
const money = (grosze: number) => formatGrosze(BigInt(grosze));
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

const POLISH = 'Zażółć Gęślą Jaźń ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż';

describe('amounts and periods', () => {
  it('parses and formats grosze exactly, Polish style', () => {
    expect(formatGrosze(toGrosze('12345.67'))).toBe('12 345,67');
    expect(formatGrosze(toGrosze('1234567.5'))).toBe('1 234 567,50');
    expect(formatGrosze(toGrosze('-0.05'))).toBe('-0,05');
    expect(formatGrosze(toGrosze('999'))).toBe('999,00');
    expect(formatGrosze(toGrosze('1000'))).toBe('1 000,00');
    // 0.1 + 0.2 in floating point is 0.30000000000000004; in grosze it is 30.
    let total = 0n;
    for (let i = 0; i < 1000; i += 1) total += toGrosze(i % 2 ? '0.1' : '0.2');
    expect(formatGrosze(total)).toBe('150,00');
    expect(formatGrosze(toGrosze('999999999999.99') * 1000n)).toBe('999 999 999 999 990,00');
    expect(() => toGrosze('1,50')).toThrow();
    expect(() => toGrosze('1.505')).toThrow();
  });

  it('reads months and years, and nothing else', () => {
    expect(parsePeriod('2026-10')).toMatchObject({
      from: '2026-10-01',
      to: '2026-11-01',
      declarationPeriods: ['2026-10'],
      label: 'październik 2026',
    });
    expect(parsePeriod('2026-12')).toMatchObject({ from: '2026-12-01', to: '2027-01-01' });
    const year = parsePeriod('2026');
    expect(year).toMatchObject({ from: '2026-01-01', to: '2027-01-01', label: 'rok 2026' });
    expect(year.declarationPeriods).toEqual([
      '2026',
      ...Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    ]);
    for (const bad of [
      '2026-13',
      '2026-00',
      '2026-1',
      '26-10',
      '2026-10-01',
      ' 2026',
      'abcd',
      '',
      '0000',
    ]) {
      expect(() => parsePeriod(bad), bad).toThrow(GraphQLError);
    }
  });

  it('names files with an ASCII slug of the label and the period', () => {
    expect(printoutFilename(PrintoutKind.REVENUE_RECORD, '2026-10')).toBe(
      'ewidencja-przychodow-2026-10.pdf',
    );
    expect(printoutFilename(PrintoutKind.TAX_BOOK, '2026')).toBe(
      'podatkowa-ksiega-przychodow-i-rozchodow-2026.pdf',
    );
    expect(printoutFilename(PrintoutKind.LEDGER, '2026-01')).toBe(
      'ksiega-handlowa-dziennik-i-zestawienie-obrotow-i-sald-2026-01.pdf',
    );
    for (const kind of printoutKinds)
      expect(printoutFilename(kind, '2026-10')).toMatch(/^[a-z0-9-]+-2026-10\.pdf$/);
  });
});

describe('printout PDFs', () => {
  let app: TestApp;
  let f: OfficeFixture;
  let em: EntityManager;
  const officeName = 'Biuro Rachunkowe Żuraw i Wspólnicy';

  beforeAll(async () => {
    app = await startTestApp();
    f = await officeFixture(app, { companies: 1, name: officeName });
    em = app.orm.em.fork();
  });
  afterAll(() => app.stop());

  async function company(name: string, taxForm: TaxForm, vatPayer: boolean): Promise<Company> {
    const created = em.create(Company, {
      office: f.office.id,
      name,
      nip: uniqueNip(),
      taxForm,
      vatPayer,
      email: `${uniqueNip()}@test.local`,
    });
    await em.flush();
    return created;
  }

  type EntryFields = Partial<
    Pick<
      LedgerEntry,
      | 'documentNumber'
      | 'counterparty'
      | 'counterpartyNip'
      | 'description'
      | 'contraAccount'
      | 'vatRegister'
    >
  > & {
    date: string;
    column: string;
    /** Grosze. */
    net: number;
    vat?: number;
  };

  function entry(companyId: string, fields: EntryFields): void {
    const vat = fields.vat ?? 0;
    em.create(LedgerEntry, {
      company: companyId,
      documentNumber: `FV/${Math.random().toString(36).slice(2, 8)}`,
      counterparty: 'Kontrahent Łęczna',
      description: 'Operacja gospodarcza',
      ...fields,
      net: decimal(fields.net),
      vat: decimal(vat),
      gross: decimal(fields.net + vat),
    });
  }

  const render = (companyId: string, kind: PrintoutKind, period: string) =>
    app.services.printouts.render(em.fork(), companyId, kind, period);

  function expectHeader(pages: PdfPage[], c: Company, kind: PrintoutKind, period: string): void {
    expect(pages.length).toBeGreaterThan(0);
    pages.forEach((page, i) => {
      expect(page.text).toContain(c.name);
      expect(page.text).toContain(`NIP: ${c.nip}`);
      expect(page.text).toContain(`Okres: ${period}`);
      expect(page.text).toContain(printoutLabels[kind]);
      expect(page.text).toContain(officeName);
      expect(page.text).toContain(`Strona ${i + 1} z ${pages.length}`);
    });
  }

  it('renders the revenue record with one column per rate and exact totals', async () => {
    const c = await company(`Usługi ${POLISH}`, TaxForm.LUMP_SUM, false);
    const next = amounts(7);
    const rows = Array.from({ length: 30 }, (_, i) => ({
      rate: ['8.5', '12', '3'][i % 3]!,
      net: next(5_000_000),
      day: 1 + (i % 28),
    }));
    for (const r of rows)
      entry(c.id, {
        date: `2026-10-${String(r.day).padStart(2, '0')}`,
        net: r.net,
        column: r.rate,
      });
    // Outside the month: must not count.
    entry(c.id, { date: '2026-09-30', net: 777_77, column: '8.5' });
    entry(c.id, { date: '2026-11-01', net: 888_88, column: '12' });
    await em.flush();

    const printout = await render(c.id, PrintoutKind.REVENUE_RECORD, '2026-10');
    expect(printout.filename).toBe('ewidencja-przychodow-2026-10.pdf');
    expect(printout.content.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = await readPdf(printout.content);
    expectHeader(pages, c, PrintoutKind.REVENUE_RECORD, '2026-10');
    expect(pages[0]!.text).toContain('październik 2026');
    for (const rate of ['12%', '8,5%', '3%'])
      expect(pages[0]!.text).toContain(`Przychód wg stawki ${rate}`);
    const byRate = (rate: string) => sum(rows.filter((r) => r.rate === rate).map((r) => r.net));
    expect(linesStarting(pages, 'Razem')).toEqual([
      [
        'Razem',
        money(byRate('12')),
        money(byRate('8.5')),
        money(byRate('3')),
        money(sum(rows.map((r) => r.net))),
      ],
    ]);
    expect(pages.map((p) => p.text).join('')).not.toContain(money(777_77));
  });

  it('renders the tax book over many pages: headers repeated, carried totals, columns 9 and 14 as sums', async () => {
    const c = await company(`Handel ${POLISH} s.c.`, TaxForm.TAX_BOOK, true);
    const next = amounts(11);
    const columns = ['7', '8', '10', '11', '12', '13'];
    const rows = Array.from({ length: 140 }, (_, i) => ({
      column: columns[i % columns.length]!,
      net: next(2_000_000),
      date: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`,
    }));
    for (const [i, r] of rows.entries()) {
      entry(c.id, {
        date: r.date,
        net: r.net,
        vat: Math.floor(r.net / 5),
        column: r.column,
        description: `Zdarzenie nr ${i + 1} żółte`,
        counterpartyNip: '5260250274',
      });
    }
    entry(c.id, { date: '2025-12-31', net: 5_555_55, column: '7' });
    await em.flush();

    const printout = await render(c.id, PrintoutKind.TAX_BOOK, '2026');
    expect(printout.filename).toBe('podatkowa-ksiega-przychodow-i-rozchodow-2026.pdf');
    const pages = await readPdf(printout.content);
    expect(pages.length).toBeGreaterThan(2);
    expectHeader(pages, c, PrintoutKind.TAX_BOOK, '2026');
    for (const page of pages) expect(page.lines.some((l) => l[0] === 'Lp.')).toBe(true);

    // Every entry is printed once, numbered 1..n across the pages, and only entries of 2026.
    const numbers = pages.flatMap((p) =>
      p.lines
        .filter((l) => /^\d+$/.test(l[0] ?? '') && /^2026-\d\d-\d\d$/.test(l[1] ?? ''))
        .map((l) => Number(l[0])),
    );
    expect(numbers).toEqual(rows.map((_, i) => i + 1));

    const col = (column: string) => sum(rows.filter((r) => r.column === column).map((r) => r.net));
    const revenue = col('7') + col('8');
    const expenses = col('10') + col('11') + col('12') + col('13');
    expect(linesStarting(pages, 'Razem')).toEqual([
      [
        'Razem',
        ...[col('7'), col('8'), revenue, col('10'), col('11'), col('12'), col('13'), expenses].map(
          money,
        ),
      ],
    ]);

    // What a page carries forward is what the next page brings forward.
    const carriedOut = linesStarting(pages, 'Do przeniesienia');
    const broughtIn = linesStarting(pages, 'Z przeniesienia');
    expect(carriedOut.length).toBe(pages.length - 1);
    expect(broughtIn.map((l) => l.slice(1))).toEqual(carriedOut.map((l) => l.slice(1)));
    expect(carriedOut[0]!.length).toBe(9);
  });

  it('adds KPiR column 16 (research and development) beside the expenses, not in column 14', async () => {
    const c = await company(`Laboratorium ${POLISH}`, TaxForm.TAX_BOOK, false);
    const rows = [
      { column: '7', net: 10_000_00 },
      { column: '13', net: 1_234_56 },
      { column: '16', net: 2_000_01 },
      { column: '16', net: 99 },
    ];
    for (const r of rows) entry(c.id, { date: '2026-05-10', ...r });
    await em.flush();
    const pages = await readPdf((await render(c.id, PrintoutKind.TAX_BOOK, '2026-05')).content);
    expect(pages[0]!.text).toContain('16. Koszty');
    expect(linesStarting(pages, 'Razem')).toEqual([
      [
        'Razem',
        ...[10_000_00, 0, 10_000_00, 0, 0, 0, 1_234_56, 1_234_56, 2_000_01 + 99].map(money),
      ],
    ]);
  });

  it('renders the ledger: journal total, and a trial balance whose Wn and Ma totals agree', async () => {
    const c = await company(`${POLISH} Sp. z o.o.`, TaxForm.FULL_ACCOUNTING, true);
    const next = amounts(23);
    const postings: Array<[string, string]> = [
      ['201', '700'],
      ['130', '201'],
      ['402', '202'],
      ['202', '130'],
      ['231', '130'],
      ['404', '231'],
      ['221', '202'],
    ];
    const rows = Array.from({ length: 40 }, (_, i) => ({
      debit: postings[i % postings.length]![0],
      credit: postings[i % postings.length]![1],
      net: next(900_000),
      vat: i % 2 ? 0 : next(50_000),
    }));
    for (const [i, r] of rows.entries()) {
      entry(c.id, {
        date: `2026-03-${String(1 + (i % 28)).padStart(2, '0')}`,
        net: r.net,
        vat: r.vat,
        column: r.debit,
        contraAccount: r.credit,
        description: `Księgowanie ${i + 1}`,
      });
    }
    await em.flush();

    const pages = await readPdf((await render(c.id, PrintoutKind.LEDGER, '2026-03')).content);
    expectHeader(pages, c, PrintoutKind.LEDGER, '2026-03');
    const all = pages.map((p) => p.text).join('\n');
    expect(all).toContain('Dziennik');
    expect(all).toContain('Zestawienie obrotów i sald');

    const gross = rows.map((r) => r.net + r.vat);
    const [journal, balance] = linesStarting(pages, 'Razem');
    expect(journal).toEqual(['Razem', money(sum(gross))]);
    expect(balance?.length).toBe(5);
    const [, debit, credit, balanceDebit, balanceCredit] = balance ?? [];
    expect(debit).toBe(credit);
    expect(debit).toBe(money(sum(gross)));
    expect(balanceDebit).toBe(balanceCredit);

    // Account 201: debited by sales, credited by payments received.
    const turnover = (account: string, side: 'debit' | 'credit') =>
      sum(rows.filter((r) => r[side] === account).map((r) => r.net + r.vat));
    const line201 = linesStarting(pages, '201')[0];
    const balance201 = turnover('201', 'debit') - turnover('201', 'credit');
    expect(line201).toEqual([
      '201',
      money(turnover('201', 'debit')),
      money(turnover('201', 'credit')),
      money(Math.abs(balance201)),
    ]);
    const expectedBalances = [...new Set(rows.flatMap((r) => [r.debit, r.credit]))].map(
      (a) => turnover(a, 'debit') - turnover(a, 'credit'),
    );
    expect(balanceDebit).toBe(money(sum(expectedBalances.filter((b) => b > 0))));
  });

  it('renders the sales and purchases VAT registers with their own totals', async () => {
    const c = await company(`Sklep ${POLISH}`, TaxForm.TAX_BOOK, true);
    const next = amounts(31);
    const rows = Array.from({ length: 24 }, (_, i) => ({
      register: i % 3 ? VatRegister.SALES : VatRegister.PURCHASES,
      net: next(300_000),
    })).map((r) => ({ ...r, vat: Math.round((r.net * 23) / 100) }));
    for (const [i, r] of rows.entries()) {
      entry(c.id, {
        date: `2026-10-${String(1 + i).padStart(2, '0')}`,
        net: r.net,
        vat: r.vat,
        column: r.register === VatRegister.SALES ? '7' : '10',
        vatRegister: r.register,
        counterparty: `Odbiorca ${i} Ćmielów`,
        counterpartyNip: '5260250274',
      });
    }
    entry(c.id, {
      date: '2026-10-15',
      net: 12_345_67,
      column: '12',
      description: 'Wynagrodzenie (poza rejestrem VAT)',
    });
    await em.flush();

    const pages = await readPdf((await render(c.id, PrintoutKind.VAT_REGISTER, '2026-10')).content);
    expectHeader(pages, c, PrintoutKind.VAT_REGISTER, '2026-10');
    const all = pages.map((p) => p.text).join('\n');
    expect(all).toContain('Rejestr sprzedaży VAT');
    expect(all).toContain('Rejestr zakupów VAT');
    expect(all).toContain('Odbiorca 1 Ćmielów');
    expect(all).toContain('5260250274');
    const totals = (register: VatRegister) => {
      const of = rows.filter((r) => r.register === register);
      return [
        'Razem',
        money(sum(of.map((r) => r.net))),
        money(sum(of.map((r) => r.vat))),
        money(sum(of.map((r) => r.net + r.vat))),
      ];
    };
    expect(linesStarting(pages, 'Razem')).toEqual([
      totals(VatRegister.SALES),
      totals(VatRegister.PURCHASES),
    ]);
    expect(all).not.toContain(money(12_345_67));
  });

  it('renders the declarations of the period and their UPO', async () => {
    const c = await company(`Biuro Podróży ${POLISH}`, TaxForm.LUMP_SUM, true);
    const filedAt = new Date('2026-11-20T13:03:05Z');
    const vat = em.create(Declaration, {
      company: c.id,
      type: 'JPK_V7M',
      period: '2026-10',
      taxBase: '123456.78',
      taxDue: '28395.06',
      status: DeclarationStatus.ACCEPTED,
      filedAt,
    });
    em.create(Declaration, {
      company: c.id,
      type: 'JPK_V7M',
      period: '2026-09',
      taxBase: '1.00',
      taxDue: '0.23',
      status: DeclarationStatus.ACCEPTED,
      filedAt,
    });
    em.create(Declaration, {
      company: c.id,
      type: 'PIT-28',
      period: '2026',
      taxBase: '500000.00',
      taxDue: '-1250.50',
      status: DeclarationStatus.DRAFT,
    });
    em.create(Upo, {
      declaration: vat,
      referenceNumber: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
      receivedAt: new Date('2026-11-20T13:10:00Z'),
    });
    await em.flush();

    const declarations = await render(c.id, PrintoutKind.DECLARATION, '2026-10');
    expect(declarations.filename).toBe('deklaracje-2026-10.pdf');
    const month = await readPdf(declarations.content);
    expectHeader(month, c, PrintoutKind.DECLARATION, '2026-10');
    const monthRows = month.flatMap((p) =>
      p.lines.filter((l) => l[1] === 'JPK_V7M' || l[1] === 'PIT-28'),
    );
    expect(monthRows).toEqual([
      ['1', 'JPK_V7M', '2026-10', '123 456,78', '28 395,06', 'przyjęta', '2026-11-20 14:03:05'],
    ]);

    const year = await readPdf((await render(c.id, PrintoutKind.DECLARATION, '2026')).content);
    const yearRows = year.flatMap((p) =>
      p.lines.filter((l) => l[1] === 'JPK_V7M' || l[1] === 'PIT-28'),
    );
    expect(yearRows.map((l) => [l[1], l[2]])).toEqual([
      ['PIT-28', '2026'],
      ['JPK_V7M', '2026-09'],
      ['JPK_V7M', '2026-10'],
    ]);
    expect(yearRows[0]).toContain('-1 250,50');

    const upo = await render(c.id, PrintoutKind.UPO, '2026-10');
    expect(upo.filename).toBe('upo-2026-10.pdf');
    const upoPages = await readPdf(upo.content);
    expectHeader(upoPages, c, PrintoutKind.UPO, '2026-10');
    expect(upoPages.flatMap((p) => p.lines.filter((l) => l[1] === 'JPK_V7M'))).toEqual([
      ['1', 'JPK_V7M', '2026-10', 'a1b2c3d4e5f60718293a4b5c6d7e8f90', '2026-11-20 14:10:00'],
    ]);
  });

  it('renders every kind, empty periods included, with DejaVu Sans embedded', async () => {
    const full = await company(`Pusta ${POLISH} Sp. z o.o.`, TaxForm.FULL_ACCOUNTING, true);
    const book = await company(`Pusty ${POLISH}`, TaxForm.TAX_BOOK, false);
    const lump = await company(`Ryczałtowiec ${POLISH}`, TaxForm.LUMP_SUM, false);
    const cases: Array<[Company, PrintoutKind, string]> = [
      [lump, PrintoutKind.REVENUE_RECORD, 'Brak przychodów w okresie.'],
      [book, PrintoutKind.TAX_BOOK, 'Brak zapisów w okresie.'],
      [full, PrintoutKind.LEDGER, 'Brak obrotów w okresie.'],
      [full, PrintoutKind.VAT_REGISTER, 'Brak sprzedaży w okresie.'],
      [book, PrintoutKind.DECLARATION, 'Brak deklaracji za okres.'],
      [lump, PrintoutKind.UPO, 'Brak UPO za okres.'],
    ];
    expect(cases.map(([, kind]) => kind).sort()).toEqual([...printoutKinds].sort());
    for (const [c, kind, empty] of cases) {
      const { content, filename } = await render(c.id, kind, '2030-01');
      expect(filename).toBe(printoutFilename(kind, '2030-01'));
      const raw = content.toString('latin1');
      expect(raw).toContain('/FontFile2');
      expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans/);
      expect(raw).not.toContain('/Helvetica');
      const pages = await readPdf(content);
      expectHeader(pages, c, kind, '2030-01');
      expect(pages[0]!.text, kind).toContain(empty);
      for (const total of linesStarting(pages, 'Razem'))
        expect(
          total.slice(1).every((v) => v === '0,00'),
          kind,
        ).toBe(true);
    }
  });

  it('refuses a record that does not fit the company, and an unknown company', async () => {
    const lump = await company(`Ryczałt ${POLISH}`, TaxForm.LUMP_SUM, false);
    const code = (error: unknown) => (error as GraphQLError).extensions?.code;
    for (const kind of [PrintoutKind.TAX_BOOK, PrintoutKind.LEDGER, PrintoutKind.VAT_REGISTER]) {
      await expect(render(lump.id, kind, '2026-10').catch(code)).resolves.toBe('BAD_USER_INPUT');
    }
    await expect(render(lump.id, PrintoutKind.REVENUE_RECORD, '2026-13').catch(code)).resolves.toBe(
      'BAD_USER_INPUT',
    );
    await expect(
      render('00000000-0000-4000-8000-000000000000', PrintoutKind.REVENUE_RECORD, '2026-10').catch(
        code,
      ),
    ).resolves.toBe('NOT_FOUND');
  });
});
