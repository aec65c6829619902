import type { TaxForm } from '../../gql/graphql';

/** The company list's views (tabs), each a set of columns after the company name. */
export type View = 'companies' | 'accounting' | 'hr' | 'taxes';
export const views: View[] = ['companies', 'accounting', 'hr', 'taxes'];

export type Column =
  | 'nip'
  | 'caretaker'
  | 'unread'
  | 'lastMessageAt'
  | 'taxForm'
  | 'vat'
  | 'lastPrintout'
  | 'contact'
  | 'contactEmail'
  | 'declaration'
  | 'upo';

/**
 * The one table definition: each view's columns, and the fields of its own that the list query
 * fetches only while it is shown (the `$overview`, `$accounting`, `$hr` and `$taxes` switches of
 * CompanyRow_company).
 */
export const viewColumns: Record<View, Column[]> = {
  companies: ['nip', 'caretaker', 'unread', 'lastMessageAt'],
  accounting: ['taxForm', 'vat', 'lastPrintout'],
  hr: ['contact', 'contactEmail', 'caretaker'],
  taxes: ['taxForm', 'declaration', 'upo'],
};

/** The list query's switches for a view: its own fields, none of the others'. */
export function viewFields(view: View) {
  return {
    overview: view === 'companies',
    accounting: view === 'accounting',
    hr: view === 'hr',
    taxes: view === 'taxes',
  };
}

export const taxForms: TaxForm[] = ['FULL_ACCOUNTING', 'TAX_BOOK', 'LUMP_SUM'];
