import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, NotFoundError } from '../../core/errors.js';
import { isId } from '../../core/pagination.js';
import type { StaffScope } from '../../core/scope.js';
import { requireList } from '../../core/validation.js';
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
import { type Period, parsePeriod } from './printout.period.js';
import {
  declarationsOfPeriod,
  filedPeriods,
  findPrintoutHeading,
  ledgerEntriesOfPeriod,
  uposOfPeriod,
} from './printout.queries.js';
import type { PrintoutHeader, PrintoutSource } from './printout.tables.js';
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
      const rows = await filedPeriods(
        em,
        [...new Set(companies.map((c) => c.id))],
        [...new Set(byData.flatMap((r) => r.periods))],
      );
      for (const row of rows) {
        const company = filed.get(row.companyId) ?? { declared: new Set(), withUpo: new Set() };
        filed.set(row.companyId, company);
        company.declared.add(row.period);
        if (row.hasUpo) company.withUpo.add(row.period);
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
   * them for the period, in the order of `printoutKinds`, with which of them get it.
   */
  async options(
    scope: StaffScope,
    companyIds: string[],
    period: string,
  ): Promise<PrintoutOption[]> {
    const parsed = parsePeriod(period);
    const ids = requireList(companyIds, 'companyIds', MAX_BROADCAST_COMPANIES);
    const companies = await this.companies.requireAllVisible(scope, ids);
    const applicable = await this.applicable(
      scope.em,
      companies,
      printoutKinds.map((kind) => ({ kind, period: parsed.value })),
    );
    const concerned = new Map<PrintoutKind, string[]>();
    for (const companyId of ids) {
      const printouts = applicable.get(companyId) ?? [];
      for (const { kind } of printouts)
        concerned.set(kind, [...(concerned.get(kind) ?? []), companyId]);
    }
    return printoutKinds.flatMap((kind) => {
      const companyIds = concerned.get(kind);
      return companyIds
        ? [{ kind, label: printoutLabels[kind], companyCount: companyIds.length, companyIds }]
        : [];
    });
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
    const company = await findPrintoutHeading(em, companyId);
    if (!company) throw new NotFoundError('Company', companyId);
    if (!fitsCompany(kind, company)) {
      throw new BadUserInputError(
        `${printoutLabels[kind]} does not apply to this company.`,
        'kind',
      );
    }
    const header: PrintoutHeader = {
      officeName: company.officeName,
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
          entries: await ledgerEntriesOfPeriod(
            em,
            companyId,
            period,
            kind === PrintoutKind.VAT_REGISTER,
          ),
        };
      case PrintoutKind.DECLARATION:
        return { kind, declarations: await declarationsOfPeriod(em, companyId, period) };
      case PrintoutKind.UPO:
        return { kind, upos: await uposOfPeriod(em, companyId, period) };
    }
  }
}
