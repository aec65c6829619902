import type { EntityManager } from '@mikro-orm/postgresql';
import { itemAt } from '../../core/lists.js';
import { Company, TaxForm } from '../company/company.entity.js';
import { completeNip } from '../company/nip.js';
import { DeclarationStatus, VatRegister } from './bookkeeping.entity.js';
import { insertLedgerRows, type LedgerRow } from './bookkeeping.queries.js';
import { defaultDueDate } from './due-date.js';

/** mulberry32: a small deterministic generator, so the demo year is the same on every machine. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => itemAt(items, Math.floor(next() * items.length)),
    chance: (p: number) => next() < p,
    hex: (length: number) =>
      Array.from({ length }, () => Math.floor(next() * 16).toString(16))
        .join('')
        .toUpperCase(),
  };
}
type Generator = ReturnType<typeof generator>;

interface Party {
  name: string;
  nip: string | null;
}

/** Fictional counterparties with checksum-valid NIPs, fixed so the demo reads the same every time. */
function parties(names: string[], base: number): Party[] {
  let seed = base;
  return names.map((name) => {
    for (;;) {
      seed += 7919;
      const nip = completeNip(String(seed));
      if (nip) return { name, nip };
    }
  });
}

const customers = parties(
  [
    'Hurtownia Spożywcza Łuczak sp. z o.o.',
    'Przedsiębiorstwo Handlowe Żabiński i Wspólnicy',
    'Zakład Usług Budowlanych Kościelny',
    'Restauracja Pod Złotą Różą Grażyna Wąs',
    'Szkoła Językowa Świat Słów sp. z o.o.',
    'Apteka Zdrowie Bożena Gąsior',
    'Spółdzielnia Mleczarska Łąka',
    'Hotel Źródlany sp. z o.o.',
    'Drukarnia Ślązak Jerzy Mączka',
    'Fundacja Pomocy Dzieciom Tęcza',
  ],
  631_000_000,
);

const suppliers = {
  goods: parties(
    [
      'Hurtownia Materiałów Budowlanych Gęś sp. z o.o.',
      'Dystrybucja Towarów Żmuda S.A.',
      'Centrum Handlowe Łęczyca sp. z o.o.',
    ],
    712_000_000,
  ),
  transport: parties(['Kurier Błyskawica sp. z o.o.', 'Przewozy Towarowe Sójka'], 773_000_000),
  other: parties(
    [
      'Energetyka Mazowiecka S.A.',
      'Telekomunikacja Łączność sp. z o.o.',
      'Stacja Paliw Żuraw Michał Różycki',
      'Księgarnia i Papiernia Ślimak',
      'Wynajem Lokali Użytkowych Jóźwiak',
      'Ubezpieczenia Pewność TUiR S.A.',
      'Serwis Komputerowy Bajt Łukasz Pęk',
    ],
    852_000_000,
  ),
};

/** What each of `suppliers.other` sells, in the same order. */
const otherCosts = [
  'Energia elektryczna',
  'Abonament telefoniczny i internet',
  'Paliwo do samochodu służbowego',
  'Materiały biurowe i papier do drukarki',
  'Czynsz za lokal użytkowy',
  'Ubezpieczenie OC działalności',
  'Naprawa i konserwacja komputerów',
];

const salesDescriptions = [
  'Sprzedaż usług zgodnie z umową',
  'Wykonanie usługi – etap prac',
  'Usługa doradcza – miesięczny ryczałt',
  'Sprzedaż towarów handlowych',
  'Naprawa i serwis urządzeń',
  'Przygotowanie dokumentacji technicznej',
  'Szkolenie pracowników klienta',
];

const bank = { name: 'Bank Spółdzielczy w Łodzi', nip: null };
const internal = { name: 'Operacja wewnętrzna', nip: null };
const payroll = { name: 'Lista płac', nip: null };
const retail = { name: 'Sprzedaż detaliczna – kasa fiskalna', nip: null };

/** Rates of typical lump-sum businesses: services, trade, healthcare, IT, production, consulting. */
const demoLumpSumRates = ['8.5', '3', '14', '12', '5.5', '15'];

const pad = (n: number) => String(n).padStart(2, '0');
const amount = (cents: number) =>
  `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${pad(Math.abs(cents) % 100)}`;

interface Totals {
  salesNet: number;
  salesVat: number;
  purchasesVat: number;
  revenue: number;
  costs: number;
  /** Lump-sum tax: revenue × rate, in cents. */
  lumpSumTax: number;
}

type Row = LedgerRow & { company_id: string };

/** Entries of one company for one month; returns the month's totals for its declarations. */
function month(
  company: Company,
  year: number,
  monthIndex: number,
  random: Generator,
  rows: Row[],
  lumpRate: string,
): Totals {
  const mm = pad(monthIndex + 1);
  const totals: Totals = {
    salesNet: 0,
    salesVat: 0,
    purchasesVat: 0,
    revenue: 0,
    costs: 0,
    lumpSumTax: 0,
  };
  const count = random.int(10, 25);
  const days = Array.from({ length: count }, () => random.int(1, 28)).sort((a, b) => a - b);
  let invoiceNumber = 0;
  const receivables: Array<{ party: Party; gross: number }> = [];
  const payables: Array<{ party: Party; gross: number }> = [];

  const push = (
    day: number,
    party: Party,
    documentNumber: string,
    description: string,
    netCents: number,
    vatRate: number,
    column: string,
    register: VatRegister | null,
    contraAccount: string | null = null,
  ) => {
    const vatCents = company.vatPayer ? Math.round(netCents * vatRate) : 0;
    rows.push({
      company_id: company.id,
      date: `${year}-${mm}-${pad(day)}`,
      document_number: documentNumber,
      counterparty: party.name,
      counterparty_nip: party.nip,
      description,
      net: amount(netCents),
      vat: amount(vatCents),
      gross: amount(netCents + vatCents),
      column,
      contra_account: contraAccount,
      vat_register: company.vatPayer ? register : null,
    });
    if (register === VatRegister.SALES) {
      totals.salesNet += netCents;
      totals.salesVat += vatCents;
    } else if (register === VatRegister.PURCHASES) {
      totals.purchasesVat += vatCents;
    }
    return netCents + vatCents;
  };
  const salesInvoice = () => `FV/${++invoiceNumber}/${mm}/${year}`;
  const purchaseInvoice = () => `F/${year}/${mm}/${pad(random.int(1, 99))}${random.int(100, 999)}`;
  const vatRate = () => random.pick([0.23, 0.23, 0.23, 0.08]);

  for (const day of days) {
    const roll = random.next();
    if (company.taxForm === TaxForm.LUMP_SUM) {
      const toRetail = random.chance(0.4);
      const party = toRetail ? retail : random.pick(customers);
      const rate = random.chance(0.85) ? lumpRate : '3';
      const net = toRetail ? random.int(15_000, 120_000) : random.int(40_000, 900_000);
      const description = toRetail
        ? `Utarg dzienny z ${pad(day)}.${mm}.${year}`
        : random.pick(salesDescriptions);
      const document = toRetail ? `RK/${pad(day)}/${mm}/${year}` : salesInvoice();
      push(day, party, document, description, net, 0.23, rate, VatRegister.SALES);
      totals.revenue += net;
      totals.lumpSumTax += Math.round((net * Number(rate)) / 100);
    } else if (company.taxForm === TaxForm.TAX_BOOK) {
      if (roll < 0.5) {
        const net = random.int(50_000, 1_500_000);
        push(
          day,
          random.pick(customers),
          salesInvoice(),
          random.pick(salesDescriptions),
          net,
          vatRate(),
          '7',
          VatRegister.SALES,
        );
        totals.revenue += net;
      } else if (roll < 0.53) {
        const net = random.int(500, 9_000);
        push(
          day,
          bank,
          `WB/${mm}/${year}/${pad(day)}`,
          'Odsetki od środków na rachunku firmowym',
          net,
          0,
          '8',
          null,
        );
        totals.revenue += net;
      } else if (roll < 0.68) {
        const net = random.int(30_000, 800_000);
        push(
          day,
          random.pick(suppliers.goods),
          purchaseInvoice(),
          'Zakup towarów handlowych i materiałów',
          net,
          0.23,
          '10',
          VatRegister.PURCHASES,
        );
        totals.costs += net;
      } else if (roll < 0.73) {
        const net = random.int(8_000, 60_000);
        push(
          day,
          random.pick(suppliers.transport),
          purchaseInvoice(),
          'Transport zakupionych towarów',
          net,
          0.23,
          '11',
          VatRegister.PURCHASES,
        );
        totals.costs += net;
      } else {
        const which = random.int(0, suppliers.other.length - 1);
        const net = random.int(5_000, 350_000);
        push(
          day,
          itemAt(suppliers.other, which),
          purchaseInvoice(),
          itemAt(otherCosts, which),
          net,
          0.23,
          '13',
          VatRegister.PURCHASES,
        );
        totals.costs += net;
      }
    } else {
      if (roll < 0.35) {
        const net = random.int(100_000, 4_000_000);
        const goods = random.chance(0.4);
        const description = goods ? 'Sprzedaż towarów handlowych' : random.pick(salesDescriptions);
        const party = random.pick(customers);
        const gross = push(
          day,
          party,
          salesInvoice(),
          description,
          net,
          vatRate(),
          '201',
          VatRegister.SALES,
          goods ? '730' : '700',
        );
        receivables.push({ party, gross });
        totals.revenue += net;
      } else if (roll < 0.6) {
        const which = random.int(0, suppliers.other.length - 1);
        const account = random.pick(['401', '402', '402', '403', '409']);
        const net = random.int(10_000, 900_000);
        const party = itemAt(suppliers.other, which);
        const gross = push(
          day,
          party,
          purchaseInvoice(),
          itemAt(otherCosts, which),
          net,
          0.23,
          account,
          VatRegister.PURCHASES,
          '202',
        );
        payables.push({ party, gross });
        totals.costs += net;
      } else if (roll < 0.75 && receivables.length) {
        const { party, gross } = receivables.shift()!;
        push(
          day,
          party,
          `WB/${mm}/${year}/${pad(day)}`,
          'Wpływ należności za fakturę',
          gross,
          0,
          '130',
          null,
          '201',
        );
      } else if (roll < 0.88 && payables.length) {
        const { party, gross } = payables.shift()!;
        push(
          day,
          party,
          `WB/${mm}/${year}/${pad(day)}`,
          'Zapłata zobowiązania wobec dostawcy',
          gross,
          0,
          '202',
          null,
          '130',
        );
      } else if (roll < 0.94) {
        push(
          day,
          internal,
          `KW/${mm}/${year}/${pad(day)}`,
          'Wypłata gotówki z rachunku do kasy',
          random.int(20_000, 300_000),
          0,
          '100',
          null,
          '130',
        );
      } else {
        const net = random.int(2_000, 80_000);
        push(
          day,
          random.pick(suppliers.other),
          `PK/${mm}/${year}/${pad(day)}`,
          'Odsetki za zwłokę i koszty upomnień',
          net,
          0,
          '761',
          null,
          '202',
        );
        totals.costs += net;
      }
    }
  }

  if (company.taxForm !== TaxForm.LUMP_SUM) {
    const salaries = random.int(600_000, 2_400_000);
    const column = company.taxForm === TaxForm.TAX_BOOK ? '12' : '404';
    const contra = company.taxForm === TaxForm.TAX_BOOK ? null : '231';
    push(
      28,
      payroll,
      `LP/${mm}/${year}`,
      `Wynagrodzenia pracowników za ${mm}/${year}`,
      salaries,
      0,
      column,
      null,
      contra,
    );
    totals.costs += salaries;
  }
  if (company.taxForm === TaxForm.FULL_ACCOUNTING && company.vatPayer && monthIndex > 0) {
    push(
      25,
      internal,
      `WB/${mm}/${year}/VAT`,
      `Przelew podatku VAT za ${pad(monthIndex)}/${year}`,
      random.int(50_000, 800_000),
      0,
      '221',
      null,
      '130',
    );
  }
  return totals;
}

interface DeclarationRow {
  company_id: string;
  type: string;
  period: string;
  tax_base: string;
  tax_due: string;
  status: DeclarationStatus;
  filed_at: string | null;
  due_date: string;
  upo_reference: string | null;
  upo_received_at: string | null;
}

/** Polish PIT on the tax scale: 12% up to 120,000 zł less the 3,600 zł reduction, 32% above. */
function taxScale(incomeCents: number): number {
  if (incomeCents <= 0) return 0;
  if (incomeCents <= 12_000_000) return Math.max(0, Math.round(incomeCents * 0.12) - 360_000);
  return 1_080_000 + Math.round((incomeCents - 12_000_000) * 0.32);
}

const annualForm: Record<TaxForm, string> = {
  [TaxForm.LUMP_SUM]: 'PIT-28',
  [TaxForm.TAX_BOOK]: 'PIT-36',
  [TaxForm.FULL_ACCOUNTING]: 'CIT-8',
};

/**
 * A year of bookkeeping for each company, by its taxation form: 10-25 entries a month (revenue
 * record at lump-sum rates, KPiR columns, or double-entry journal with accounts), VAT registers for
 * VAT payers, monthly JPK_V7M (all but the last month filed, with UPO), and the annual declaration
 * for the year before, filed with UPO. Deterministic per company position, and a few statements in
 * all. The companies must already be stored; `year` should be a finished year.
 */
export async function seedBookkeeping(
  em: EntityManager,
  companies: Company[],
  year: number,
): Promise<void> {
  const entries: Row[] = [];
  const declarations: DeclarationRow[] = [];
  companies.forEach((company, index) => {
    const random = generator((index + 1) * 2_654_435_761 + year);
    const lumpRate = itemAt(demoLumpSumRates, index % demoLumpSumRates.length);
    const months = Array.from({ length: 12 }, (_, m) =>
      month(company, year, m, random, entries, lumpRate),
    );

    const filed = (dueMonth: number, dueDay: number, dueYear = year) => {
      const at = new Date(
        Date.UTC(
          dueYear,
          dueMonth,
          dueDay - random.int(0, 6),
          random.int(7, 15),
          random.int(0, 59),
        ),
      );
      const received = new Date(at.getTime() + random.int(1, 40) * 60_000);
      return {
        filed_at: at.toISOString(),
        upo_reference: random.hex(32),
        upo_received_at: received.toISOString(),
      };
    };
    if (company.vatPayer) {
      months.forEach((totals, m) => {
        const last = m === 11;
        declarations.push({
          company_id: company.id,
          type: 'JPK_V7M',
          period: `${year}-${pad(m + 1)}`,
          due_date: defaultDueDate('JPK_V7M', `${year}-${pad(m + 1)}`),
          tax_base: amount(totals.salesNet),
          tax_due: amount(totals.salesVat - totals.purchasesVat),
          status: last ? DeclarationStatus.DRAFT : DeclarationStatus.ACCEPTED,
          ...(last
            ? { filed_at: null, upo_reference: null, upo_received_at: null }
            : filed(m + 1, 25)),
        });
      });
    }

    // The year before looks like this one, a little smaller.
    const scale = 0.82 + random.next() * 0.15;
    const revenue = Math.round(months.reduce((sum, t) => sum + t.revenue, 0) * scale);
    const costs = Math.round(months.reduce((sum, t) => sum + t.costs, 0) * scale);
    const income = Math.max(0, revenue - costs);
    const [taxBase, taxDue, dueMonth] =
      company.taxForm === TaxForm.LUMP_SUM
        ? [revenue, Math.round(months.reduce((sum, t) => sum + t.lumpSumTax, 0) * scale), 3]
        : company.taxForm === TaxForm.TAX_BOOK
          ? [income, taxScale(income), 3]
          : [income, Math.round(income * 0.09), 2];
    declarations.push({
      company_id: company.id,
      type: annualForm[company.taxForm],
      period: String(year - 1),
      due_date: defaultDueDate(annualForm[company.taxForm], String(year - 1)),
      tax_base: amount(taxBase),
      tax_due: amount(taxDue),
      status: DeclarationStatus.ACCEPTED,
      ...filed(dueMonth, dueMonth === 3 ? 30 : 31),
    });
  });

  await em.transactional(async (tx) => {
    if (entries.length) await insertLedgerRows(tx, entries);
    if (!declarations.length) return;
    await tx.execute(
      `with input as (
         select * from jsonb_to_recordset(?::jsonb) as x(
           company_id uuid, type text, period text, tax_base numeric, tax_due numeric, status text,
           filed_at timestamptz, due_date date, upo_reference text, upo_received_at timestamptz)
       ), inserted as (
         insert into declaration (company_id, type, period, tax_base, tax_due, status, filed_at, due_date)
         select company_id, type, period, tax_base, tax_due, status, filed_at, due_date from input
         on conflict (company_id, type, period) do nothing
         returning id, company_id, type, period
       )
       insert into upo (declaration_id, reference_number, received_at)
       select i.id, x.upo_reference, x.upo_received_at
         from inserted i join input x using (company_id, type, period)
        where x.upo_reference is not null`,
      [JSON.stringify(declarations)],
    );
  });
}
