import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from '../../core/sql.js';
import type { DeclarationStatus, VatRegister } from '../bookkeeping/bookkeeping.entity.js';
import type { TaxForm } from '../company/company.entity.js';
import { type Period, periodArray } from './printout.period.js';
import type { DeclarationRow, EntryRow, UpoRow } from './printout.tables.js';

/* The statements that read what printouts show and which of them apply. */

/** Which of the periods each company has declarations for, and whether each has its UPO. */
export async function filedPeriods(
  em: EntityManager,
  companyIds: string[],
  periods: string[],
): Promise<Array<{ companyId: string; period: string; hasUpo: boolean }>> {
  const rows: Array<{ company_id: string; period: string; has_upo: boolean }> = await em.execute(
    `select d.company_id, d.period, bool_or(u.id is not null) as has_upo
       from declaration d left join upo u on u.declaration_id = d.id
      where d.company_id = any(?::uuid[]) and d.period = any(?::text[])
      group by d.company_id, d.period`,
    [uuidArray(companyIds), periodArray(periods)],
  );
  return rows.map((r) => ({ companyId: r.company_id, period: r.period, hasUpo: r.has_upo }));
}

/** What a printout's heading names: the company, its NIP and office; and what decides its kinds. */
export async function findPrintoutHeading(
  em: EntityManager,
  companyId: string,
): Promise<{
  name: string;
  nip: string;
  taxForm: TaxForm;
  vatPayer: boolean;
  officeName: string;
} | null> {
  const [row]: Array<{
    name: string;
    nip: string;
    tax_form: TaxForm;
    vat_payer: boolean;
    office_name: string;
  }> = await em.execute(
    `select c.name, c.nip, c.tax_form, c.vat_payer, o.name as office_name
       from company c join office o on o.id = c.office_id where c.id = ?`,
    [companyId],
  );
  return row
    ? {
        name: row.name,
        nip: row.nip,
        taxForm: row.tax_form,
        vatPayer: row.vat_payer,
        officeName: row.office_name,
      }
    : null;
}

/** The company's ledger entries of the period (only those in a VAT register when `vatOnly`), by date. */
export async function ledgerEntriesOfPeriod(
  em: EntityManager,
  companyId: string,
  period: Period,
  vatOnly: boolean,
): Promise<EntryRow[]> {
  const rows: Array<{
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
  }> = await em.execute(
    `select to_char(date, 'YYYY-MM-DD') as date, document_number, counterparty, counterparty_nip, description,
            net::text as net, vat::text as vat, gross::text as gross, "column", contra_account, vat_register
       from ledger_entry
      where company_id = ? and date >= ?::date and date < ?::date ${vatOnly ? 'and vat_register is not null' : ''}
      order by date, created_at, id`,
    [companyId, period.from, period.to],
  );
  return rows.map((r) => ({
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
}

/** The company's declarations of the period (a year: its months too), by period and type. */
export async function declarationsOfPeriod(
  em: EntityManager,
  companyId: string,
  period: Period,
): Promise<DeclarationRow[]> {
  const rows: Array<{
    type: string;
    period: string;
    tax_base: string;
    tax_due: string;
    status: DeclarationStatus;
    filed_at: Date | string | null;
  }> = await em.execute(
    `select type, period, tax_base::text as tax_base, tax_due::text as tax_due, status, filed_at
         from declaration where company_id = ? and period = any(?::text[])
        order by period, type`,
    [companyId, periodArray(period.declarationPeriods)],
  );
  return rows.map((r) => ({
    type: r.type,
    period: r.period,
    taxBase: r.tax_base,
    taxDue: r.tax_due,
    status: r.status,
    filedAt: r.filed_at === null ? null : new Date(r.filed_at),
  }));
}

/** The UPO of the company's declarations of the period, by period and type. */
export async function uposOfPeriod(
  em: EntityManager,
  companyId: string,
  period: Period,
): Promise<UpoRow[]> {
  const rows: Array<{
    type: string;
    period: string;
    reference_number: string;
    received_at: Date | string;
  }> = await em.execute(
    `select d.type, d.period, u.reference_number, u.received_at
       from upo u join declaration d on d.id = u.declaration_id
      where d.company_id = ? and d.period = any(?::text[])
      order by d.period, d.type`,
    [companyId, periodArray(period.declarationPeriods)],
  );
  return rows.map((r) => ({
    declarationType: r.type,
    declarationPeriod: r.period,
    referenceNumber: r.reference_number,
    receivedAt: new Date(r.received_at),
  }));
}
