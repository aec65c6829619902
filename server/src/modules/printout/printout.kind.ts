import { registerEnumType } from 'type-graphql';
import { TaxForm } from '../company/company.entity.js';

export enum PrintoutKind {
  REVENUE_RECORD = 'REVENUE_RECORD',
  TAX_BOOK = 'TAX_BOOK',
  LEDGER = 'LEDGER',
  VAT_REGISTER = 'VAT_REGISTER',
  DECLARATION = 'DECLARATION',
  UPO = 'UPO',
}
registerEnumType(PrintoutKind, { name: 'PrintoutKind' });

/** Names as an accountant writes them; also the printouts' titles and file names. */
export const printoutLabels: Record<PrintoutKind, string> = {
  [PrintoutKind.REVENUE_RECORD]: 'Ewidencja przychodów',
  [PrintoutKind.TAX_BOOK]: 'Podatkowa księga przychodów i rozchodów',
  [PrintoutKind.LEDGER]: 'Księga handlowa (dziennik i zestawienie obrotów i sald)',
  [PrintoutKind.VAT_REGISTER]: 'Rejestry VAT',
  [PrintoutKind.DECLARATION]: 'Deklaracje',
  [PrintoutKind.UPO]: 'UPO',
};

/** The order printouts are offered and listed in: records first, then declarations and their UPO. */
export const printoutKinds: readonly PrintoutKind[] = [
  PrintoutKind.REVENUE_RECORD,
  PrintoutKind.TAX_BOOK,
  PrintoutKind.LEDGER,
  PrintoutKind.VAT_REGISTER,
  PrintoutKind.DECLARATION,
  PrintoutKind.UPO,
];

/**
 * Whether a printout fits the company's taxation form and VAT status. Declarations and UPO fit
 * every company; whether it has any for a period is a question for the data.
 */
export function fitsCompany(
  kind: PrintoutKind,
  company: { taxForm: TaxForm; vatPayer: boolean },
): boolean {
  switch (kind) {
    case PrintoutKind.REVENUE_RECORD:
      return company.taxForm === TaxForm.LUMP_SUM;
    case PrintoutKind.TAX_BOOK:
      return company.taxForm === TaxForm.TAX_BOOK;
    case PrintoutKind.LEDGER:
      return company.taxForm === TaxForm.FULL_ACCOUNTING;
    case PrintoutKind.VAT_REGISTER:
      return company.vatPayer;
    case PrintoutKind.DECLARATION:
    case PrintoutKind.UPO:
      return true;
  }
}

/** An ASCII file name from the label and the period: `ewidencja-przychodow-2026-10.pdf`. */
export function printoutFilename(kind: PrintoutKind, period: string): string {
  const slug = printoutLabels[kind]
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug}-${period}.pdf`;
}
