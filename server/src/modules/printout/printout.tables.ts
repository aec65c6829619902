import { DeclarationStatus, VatRegister } from '../bookkeeping/bookkeeping.entity.js';
import { toGrosze } from './printout.amount.js';
import { PrintoutKind, printoutLabels } from './printout.kind.js';
import type { Period } from './printout.period.js';

/** A bookkeeping entry as a printout reads it (amounts as exact decimal strings). */
export interface EntryRow {
  date: string;
  documentNumber: string;
  counterparty: string;
  counterpartyNip: string | null;
  description: string;
  net: string;
  vat: string;
  gross: string;
  column: string;
  contraAccount: string | null;
  vatRegister: VatRegister | null;
}

export interface DeclarationRow {
  type: string;
  period: string;
  taxBase: string;
  taxDue: string;
  status: DeclarationStatus;
  filedAt: Date | null;
}

export interface UpoRow {
  declarationType: string;
  declarationPeriod: string;
  referenceNumber: string;
  receivedAt: Date;
}

/** What every page of a printout says at the top. */
export interface PrintoutHeader {
  officeName: string;
  companyName: string;
  nip: string;
  period: Period;
}

export type PrintoutSource =
  | {
      kind:
        | PrintoutKind.REVENUE_RECORD
        | PrintoutKind.TAX_BOOK
        | PrintoutKind.LEDGER
        | PrintoutKind.VAT_REGISTER;
      entries: EntryRow[];
    }
  | { kind: PrintoutKind.DECLARATION; declarations: DeclarationRow[] }
  | { kind: PrintoutKind.UPO; upos: UpoRow[] };

/** A cell: text, an amount in grosze (right-aligned, Polish format, never wrapped) or empty. */
export type Cell = string | bigint | null;

export interface Column {
  header: string;
  /** Share of the page width. */
  weight: number;
  align: 'left' | 'center' | 'right';
}

export interface Section {
  /** Shown above the table (and again, continued, on every further page); empty for none. */
  title: string;
  columns: Column[];
  rows: Cell[][];
  /** Column totals (null where a column has none), or null for a table without a totals row. */
  totals: Array<bigint | null> | null;
  emptyText: string;
  fontSize: number;
}

export interface PrintoutTables {
  title: string;
  header: PrintoutHeader;
  sections: Section[];
}

const lp: Column = { header: 'Lp.', weight: 3.2, align: 'right' };
const date: Column = { header: 'Data', weight: 7, align: 'center' };
const amount = (header: string, weight = 9): Column => ({ header, weight, align: 'right' });
const text = (header: string, weight: number): Column => ({ header, weight, align: 'left' });

/** The sum of each amount column over the rows, for the columns `withTotal` says. */
function columnTotals(
  columns: Column[],
  rows: Cell[][],
  withTotal: (index: number) => boolean,
): Array<bigint | null> {
  return columns.map((_, i) => {
    if (!withTotal(i)) return null;
    let total = 0n;
    for (const row of rows) {
      const cell = row[i];
      if (typeof cell === 'bigint') total += cell;
    }
    return total;
  });
}

const byDate = (a: EntryRow, b: EntryRow) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

const ratePattern = /^\d{1,2}(\.\d{1,2})?$/;
/** "8.5" → "8,5%". */
export const rateLabel = (rate: string) => `${rate.replace('.', ',')}%`;

function revenueRecord(entries: EntryRow[]): Section[] {
  const rated = entries
    .filter((e) => ratePattern.test(e.column.trim()))
    .map((e) => ({ ...e, rate: String(Number(e.column)) }));
  const rates = [...new Set(rated.map((e) => e.rate))].sort((a, b) => Number(b) - Number(a));
  const columns = [
    lp,
    date,
    text('Nr dowodu', 12),
    ...rates.map((rate) => amount(`Przychód wg stawki ${rateLabel(rate)}`)),
    amount('Ogółem przychód'),
  ];
  const rows = rated.sort(byDate).map((e, i): Cell[] => {
    const value = toGrosze(e.net);
    return [
      String(i + 1),
      e.date,
      e.documentNumber,
      ...rates.map((rate) => (rate === e.rate ? value : null)),
      value,
    ];
  });
  return [
    {
      title: '',
      columns,
      rows,
      totals: columnTotals(columns, rows, (i) => i >= 3),
      emptyText: 'Brak przychodów w okresie.',
      fontSize: 8,
    },
  ];
}

const expenseColumns = ['10', '11', '12', '13'];

/**
 * KPiR columns 1-14, and column 16 (research and development costs) when the period has any: those
 * are recorded beside the expenses, not in their total.
 */
function taxBook(entries: EntryRow[]): Section[] {
  const booked = entries
    .filter((e) => ['7', '8', ...expenseColumns, '16'].includes(e.column.trim()))
    .sort(byDate);
  const research = booked.some((e) => e.column.trim() === '16');
  const columns = [
    lp,
    { ...date, weight: 7.2 },
    text('Nr dowodu księgowego', 9),
    text('Kontrahent', 11),
    text('Opis zdarzenia gospodarczego', 12),
    amount('7. Wartość sprzedanych towarów i usług', 8.5),
    amount('8. Pozostałe przychody', 8.5),
    amount('9. Razem przychód (7+8)', 8.5),
    amount('10. Zakup towarów handlowych i materiałów', 8.5),
    amount('11. Koszty uboczne zakupu', 8.5),
    amount('12. Wynagrodzenia w gotówce i w naturze', 8.5),
    amount('13. Pozostałe wydatki', 8.5),
    amount('14. Razem wydatki (10-13)', 8.5),
    ...(research ? [amount('16. Koszty działalności badawczo-rozwojowej', 8.5)] : []),
  ];
  const rows = booked.map((e, i): Cell[] => {
    const value = toGrosze(e.net);
    const booking = e.column.trim();
    const at = (column: string) => (booking === column ? value : null);
    const revenue = booking === '7' || booking === '8' ? value : null;
    const expense = expenseColumns.includes(booking) ? value : null;
    const counterparty = e.counterpartyNip
      ? `${e.counterparty}\nNIP ${e.counterpartyNip}`
      : e.counterparty;
    return [
      String(i + 1),
      e.date,
      e.documentNumber,
      counterparty,
      e.description,
      at('7'),
      at('8'),
      revenue,
      at('10'),
      at('11'),
      at('12'),
      at('13'),
      expense,
      ...(research ? [at('16')] : []),
    ];
  });
  return [
    {
      title: '',
      columns,
      rows,
      totals: columnTotals(columns, rows, (i) => i >= 5),
      emptyText: 'Brak zapisów w okresie.',
      fontSize: 7,
    },
  ];
}

/**
 * Full accounting: the journal, then the turnover and balance of every account it touches. An entry
 * without a contra account is shown as booked (debit only), so an unbalanced book shows as such.
 */
function ledger(entries: EntryRow[]): Section[] {
  const posted = [...entries].sort(byDate);
  const journalColumns = [
    lp,
    date,
    text('Nr dowodu księgowego', 11),
    text('Opis operacji', 26),
    text('Konto Wn', 8),
    text('Konto Ma', 8),
    amount('Kwota', 11),
  ];
  // The posting amount of an entry is its gross value (net and gross agree where no VAT applies).
  const journal = posted.map((e, i): Cell[] => [
    String(i + 1),
    e.date,
    e.documentNumber,
    e.description,
    e.column,
    e.contraAccount,
    toGrosze(e.gross),
  ]);

  const accounts = new Map<string, { debit: bigint; credit: bigint }>();
  const account = (name: string) => {
    const turnover = accounts.get(name) ?? { debit: 0n, credit: 0n };
    accounts.set(name, turnover);
    return turnover;
  };
  for (const e of posted) {
    const value = toGrosze(e.gross);
    account(e.column).debit += value;
    if (e.contraAccount) account(e.contraAccount).credit += value;
  }
  const balanceColumns = [
    text('Konto', 16),
    amount('Obroty Wn', 12),
    amount('Obroty Ma', 12),
    amount('Saldo Wn', 12),
    amount('Saldo Ma', 12),
  ];
  const balances = [...accounts.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'pl', { numeric: true }))
    .map(([name, { debit, credit }]): Cell[] => [
      name,
      debit,
      credit,
      debit > credit ? debit - credit : null,
      credit > debit ? credit - debit : null,
    ]);
  return [
    {
      title: 'Dziennik',
      columns: journalColumns,
      rows: journal,
      totals: columnTotals(journalColumns, journal, (i) => i === 6),
      emptyText: 'Brak zapisów w okresie.',
      fontSize: 8,
    },
    {
      title: 'Zestawienie obrotów i sald (obroty okresu)',
      columns: balanceColumns,
      rows: balances,
      totals: columnTotals(balanceColumns, balances, (i) => i >= 1),
      emptyText: 'Brak obrotów w okresie.',
      fontSize: 8,
    },
  ];
}

function vatRegisters(entries: EntryRow[]): Section[] {
  const columns = [
    lp,
    date,
    text('Nr dokumentu', 12),
    text('Kontrahent', 22),
    text('NIP kontrahenta', 9),
    amount('Netto'),
    amount('VAT'),
    amount('Brutto'),
  ];
  const register = (title: string, which: VatRegister, emptyText: string): Section => {
    const rows = entries
      .filter((e) => e.vatRegister === which)
      .sort(byDate)
      .map((e, i): Cell[] => [
        String(i + 1),
        e.date,
        e.documentNumber,
        e.counterparty,
        e.counterpartyNip,
        toGrosze(e.net),
        toGrosze(e.vat),
        toGrosze(e.gross),
      ]);
    return {
      title,
      columns,
      rows,
      totals: columnTotals(columns, rows, (i) => i >= 5),
      emptyText,
      fontSize: 8,
    };
  };
  return [
    register('Rejestr sprzedaży VAT', VatRegister.SALES, 'Brak sprzedaży w okresie.'),
    register('Rejestr zakupów VAT', VatRegister.PURCHASES, 'Brak zakupów w okresie.'),
  ];
}

const statusLabels: Record<DeclarationStatus, string> = {
  [DeclarationStatus.DRAFT]: 'robocza',
  [DeclarationStatus.FILED]: 'złożona',
  [DeclarationStatus.ACCEPTED]: 'przyjęta',
  [DeclarationStatus.REJECTED]: 'odrzucona',
};

const warsaw = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Warsaw',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});
/** Local time of the office: "2026-11-20 14:03:05". */
export const formatTimestamp = (at: Date) => warsaw.format(at);

function declarations(rows: DeclarationRow[]): Section[] {
  const columns = [
    lp,
    text('Deklaracja', 12),
    { header: 'Okres', weight: 8, align: 'center' } as Column,
    amount('Podstawa opodatkowania', 14),
    amount('Podatek do zapłaty (ujemny: do zwrotu)', 14),
    text('Status', 10),
    { header: 'Data złożenia', weight: 14, align: 'center' } as Column,
  ];
  const cells = rows.map((d, i): Cell[] => [
    String(i + 1),
    d.type,
    d.period,
    toGrosze(d.taxBase),
    toGrosze(d.taxDue),
    statusLabels[d.status],
    d.filedAt ? formatTimestamp(d.filedAt) : null,
  ]);
  return [
    {
      title: '',
      columns,
      rows: cells,
      totals: null,
      emptyText: 'Brak deklaracji za okres.',
      fontSize: 8,
    },
  ];
}

function upos(rows: UpoRow[]): Section[] {
  const columns = [
    lp,
    text('Deklaracja', 12),
    { header: 'Okres', weight: 8, align: 'center' } as Column,
    text('Numer referencyjny', 36),
    { header: 'Data otrzymania UPO', weight: 14, align: 'center' } as Column,
  ];
  const cells = rows.map((u, i): Cell[] => [
    String(i + 1),
    u.declarationType,
    u.declarationPeriod,
    u.referenceNumber,
    formatTimestamp(u.receivedAt),
  ]);
  return [
    {
      title: 'Urzędowe poświadczenia odbioru',
      columns,
      rows: cells,
      totals: null,
      emptyText: 'Brak UPO za okres.',
      fontSize: 8,
    },
  ];
}

/** The tables of a printout, with their totals, from its data. */
export function printoutTables(header: PrintoutHeader, source: PrintoutSource): PrintoutTables {
  const title = printoutLabels[source.kind];
  switch (source.kind) {
    case PrintoutKind.REVENUE_RECORD:
      return { title, header, sections: revenueRecord(source.entries) };
    case PrintoutKind.TAX_BOOK:
      return { title, header, sections: taxBook(source.entries) };
    case PrintoutKind.LEDGER:
      return { title, header, sections: ledger(source.entries) };
    case PrintoutKind.VAT_REGISTER:
      return { title, header, sections: vatRegisters(source.entries) };
    case PrintoutKind.DECLARATION:
      return { title, header, sections: declarations(source.declarations) };
    case PrintoutKind.UPO:
      return { title, header, sections: upos(source.upos) };
  }
}
