import type { TaxForm } from '../../gql/graphql';

/** The company list's views (tabs), each a set of columns after the company name. */
export type View = 'companies' | 'accounting' | 'hr' | 'taxes';
export const views: View[] = ['companies', 'accounting', 'hr', 'taxes'];

export type Column =
  | 'nip'
  | 'email'
  | 'caretaker'
  | 'taxForm'
  | 'vatPayer'
  | 'vat'
  | 'lastMessage'
  | 'unread';

export const viewColumns: Record<View, Column[]> = {
  companies: ['nip', 'email', 'caretaker'],
  accounting: ['taxForm', 'vatPayer', 'lastMessage', 'unread'],
  hr: ['caretaker', 'email'],
  taxes: ['taxForm', 'vat', 'nip'],
};

export const taxForms: TaxForm[] = ['FULL_ACCOUNTING', 'TAX_BOOK', 'LUMP_SUM'];
