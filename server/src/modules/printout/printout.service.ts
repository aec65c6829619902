import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, NotFoundError } from '../../core/errors.js';
import { isId } from '../../core/pagination.js';
import type { StaffScope } from '../../core/scope.js';
import { uuidArray } from '../../core/sql.js';
import { requireList } from '../../core/validation.js';
import type { DeclarationStatus, VatRegister } from '../bookkeeping/bookkeeping.entity.js';
import { MAX_BROADCAST_COMPANIES } from '../broadcast/broadcast.types.js';
import type { TaxForm } from '../company/company.entity.js';
import type { CompanyService } from '../company/company.service.js';
import {
  fitsCompany,
  PrintoutKind,
  printoutFilename,
  printoutKinds,
  printoutLabels,
} from './printout.kind.js';
import { renderPrintoutPdf } from './printout.pdf.js';
import { type Period, parsePeriod, periodArray } from './printout.period.js';
import type {
  DeclarationRow,
  EntryRow,
  PrintoutHeader,
  PrintoutSource,
  UpoRow,
} from './printout.tables.js';
import type { PrintoutOption } from './printout.types.js';

export interface PrintoutRequest {
  kind: PrintoutKind;
  period: string;
}

export interface PrintoutCompany {
  id: string;
  taxForm: TaxForm;
  vatPayer: boolean;
}

export interface RenderedPrintout {
  filename: string;
  content: Buffer;
}

export class PrintoutService {
  constructor(private readonly companies: CompanyService) {}

  /**
   * Which of the requested printouts apply to each company (every company is a key, possibly with
   * none): records by taxation form, VAT registers for VAT payers, declarations when the company has
   * some for the period, UPO when one of those has its UPO. Requests keep their order, duplicates
   * dropped. One statement for any number of companies, none when no declaration or UPO is asked.
   */
  async applicable(
    em: EntityManager,
    companies: PrintoutCompany[],
    requests: PrintoutRequest[],
  ): Promise<Map<string, PrintoutRequest[]>> {
    const wanted = new Map<string, PrintoutRequest & { periods: string[] }>();
    for (const { kind, period } of requests) {
      if (!printoutKinds.includes(kind))
        throw new BadUserInputError(`${String(kind)} is not a printout kind.`, 'kind');
      const parsed = parsePeriod(period);
      wanted.set(`${kind} ${parsed.value}`, {
        kind,
        period: parsed.value,
        periods: parsed.declarationPeriods,
      });
    }
    const byData = [...wanted.values()].filter(
      (r) => r.kind === PrintoutKind.DECLARATION || r.kind === PrintoutKind.UPO,
    );
    const filed = new Map<string, { declared: Set<string>; withUpo: Set<string> }>();
    if (byData.length && companies.length) {
      const rows: Array<{ company_id: string; period: string; has_upo: boolean }> =
        await em.execute(
          `select d.company_id, d.period, bool_or(u.id is not null) as has_upo
           from declaration d left join upo u on u.declaration_id = d.id
          where d.company_id = any(?::uuid[]) and d.period = any(?::text[])
          group by d.company_id, d.period`,
          [
            uuidArray([...new Set(companies.map((c) => c.id))]),
            periodArray([...new Set(byData.flatMap((r) => r.periods))]),
          ],
        );
      for (const row of rows) {
        let company = filed.get(row.company_id);
        if (!company)
          filed.set(row.company_id, (company = { declared: new Set(), withUpo: new Set() }));
        company.declared.add(row.period);
        if (row.has_upo) company.withUpo.add(row.period);
      }
    }
    const result = new Map<string, PrintoutRequest[]>();
    for (const company of companies) {
      const own = filed.get(company.id);
      const fits = [...wanted.values()].filter(({ kind, periods }) => {
        if (!fitsCompany(kind, company)) return false;
        if (kind === PrintoutKind.DECLARATION) return periods.some((p) => own?.declared.has(p));
        if (kind === PrintoutKind.UPO) return periods.some((p) => own?.withUpo.has(p));
        return true;
      });
      result.set(
        company.id,
        fits.map(({ kind, period }) => ({ kind, period })),
      );
    }
    return result;
  }

  /**
   * The attachment picker for ticked companies: every printout kind that applies to at least one of
   * them for the period, in the order of `printoutKinds`, with how many of them get it.
   */
  async options(
    scope: StaffScope,
    companyIds: string[],
    period: string,
  ): Promise<PrintoutOption[]> {
    const parsed = parsePeriod(period);
    const ids = requireList(companyIds, 'companyIds', MAX_BROADCAST_COMPANIES);
    await this.companies.requireAllVisible(scope, ids);
    const rows: Array<{ id: string; tax_form: TaxForm; vat_payer: boolean }> =
      await scope.em.execute(
        'select id, tax_form, vat_payer from company where id = any(?::uuid[])',
        [uuidArray(ids)],
      );
    const companies = rows.map((r) => ({ id: r.id, taxForm: r.tax_form, vatPayer: r.vat_payer }));
    const applicable = await this.applicable(
      scope.em,
      companies,
      printoutKinds.map((kind) => ({ kind, period: parsed.value })),
    );
    const counts = new Map<PrintoutKind, number>();
    for (const printouts of applicable.values()) {
      for (const { kind } of printouts) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    return printoutKinds
      .filter((kind) => counts.has(kind))
      .map((kind) => ({ kind, label: printoutLabels[kind], companyCount: counts.get(kind)! }));
  }

  /**
   * One printout of one company as a PDF. Callers decide who may have it (the company's own
   * delivery); a kind that does not fit the company's taxation form or VAT status is refused.
   */
  async render(
    em: EntityManager,
    companyId: string,
    kind: PrintoutKind,
    period: string,
  ): Promise<RenderedPrintout> {
    const parsed = parsePeriod(period);
    if (!printoutKinds.includes(kind))
      throw new BadUserInputError(`${String(kind)} is not a printout kind.`, 'kind');
    if (!isId(companyId)) throw new NotFoundError('Company', companyId);
    const [company]: Array<{
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
    if (!company) throw new NotFoundError('Company', companyId);
    if (!fitsCompany(kind, { taxForm: company.tax_form, vatPayer: company.vat_payer })) {
      throw new BadUserInputError(
        `${printoutLabels[kind]} does not apply to this company.`,
        'kind',
      );
    }
    const header: PrintoutHeader = {
      officeName: company.office_name,
      companyName: company.name,
      nip: company.nip,
      period: parsed,
    };
    const content = await renderPrintoutPdf(header, await this.source(em, companyId, kind, parsed));
    return { filename: printoutFilename(kind, parsed.value), content };
  }

  private async source(
    em: EntityManager,
    companyId: string,
    kind: PrintoutKind,
    period: Period,
  ): Promise<PrintoutSource> {
    switch (kind) {
      case PrintoutKind.REVENUE_RECORD:
      case PrintoutKind.TAX_BOOK:
      case PrintoutKind.LEDGER:
      case PrintoutKind.VAT_REGISTER:
        return {
          kind,
          entries: await this.entries(em, companyId, period, kind === PrintoutKind.VAT_REGISTER),
        };
      case PrintoutKind.DECLARATION:
        return { kind, declarations: await this.declarations(em, companyId, period) };
      case PrintoutKind.UPO:
        return { kind, upos: await this.upos(em, companyId, period) };
    }
  }

  private async entries(
    em: EntityManager,
    companyId: string,
    period: Period,
    vatOnly: boolean,
  ): Promise<EntryRow[]> {
    const rows: Array<Record<string, string | null>> = await em.execute(
      `select to_char(date, 'YYYY-MM-DD') as date, document_number, counterparty, counterparty_nip, description,
              net::text as net, vat::text as vat, gross::text as gross, "column", contra_account, vat_register
         from ledger_entry
        where company_id = ? and date >= ?::date and date < ?::date ${vatOnly ? 'and vat_register is not null' : ''}
        order by date, created_at, id`,
      [companyId, period.from, period.to],
    );
    return rows.map((r) => ({
      date: r.date!,
      documentNumber: r.document_number!,
      counterparty: r.counterparty!,
      counterpartyNip: r.counterparty_nip,
      description: r.description!,
      net: r.net!,
      vat: r.vat!,
      gross: r.gross!,
      column: r.column!,
      contraAccount: r.contra_account,
      vatRegister: r.vat_register as VatRegister | null,
    }));
  }

  private async declarations(
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

  private async upos(em: EntityManager, companyId: string, period: Period): Promise<UpoRow[]> {
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
}
