import { useEffect, useMemo, useRef, useState } from 'react';
import type { TaxForm } from '../../gql/graphql';
import { navigate, useLocation } from '../../router';
import { taxForms, type View, views } from './views';

export type Unread = '' | 'yes' | 'no';

export interface Filters {
  search: string;
  taxForm: TaxForm | '';
  caretakerId: string;
  unread: Unread;
  /** Archived companies instead of the others. */
  archived: boolean;
}

export const noFilters: Filters = {
  search: '',
  taxForm: '',
  caretakerId: '',
  unread: '',
  archived: false,
};

/** What the address says: view and filters survive going to a company and back. */
function readUrl(): { view: View; filters: Filters } {
  const params = new URLSearchParams(window.location.search);
  const view = params.get('view') as View | null;
  const taxForm = params.get('taxForm') as TaxForm | null;
  const unread = params.get('unread');
  return {
    view: view && views.includes(view) ? view : 'companies',
    filters: {
      search: params.get('q') ?? '',
      taxForm: taxForm && taxForms.includes(taxForm) ? taxForm : '',
      caretakerId: params.get('caretaker') ?? '',
      unread: unread === 'yes' || unread === 'no' ? unread : '',
      archived: params.get('archived') === '1',
    },
  };
}

function urlOf(view: View, filters: Filters): string {
  const params = new URLSearchParams();
  if (view !== 'companies') params.set('view', view);
  if (filters.search) params.set('q', filters.search);
  if (filters.taxForm) params.set('taxForm', filters.taxForm);
  if (filters.caretakerId) params.set('caretaker', filters.caretakerId);
  if (filters.unread) params.set('unread', filters.unread);
  if (filters.archived) params.set('archived', '1');
  const query = params.toString();
  return `/companies${query ? `?${query}` : ''}`;
}

/**
 * The company list's view and filters, kept in the address: read from it on arrival, written to it
 * (replacing the entry) on every change, and read again when the address changes under the page
 * (a link to /companies from the menu resets them).
 */
export function useCompanyListUrl() {
  const initial = useMemo(readUrl, []);
  const [view, setView] = useState<View>(initial.view);
  const [filters, setFilters] = useState<Filters>(initial.filters);

  const location = useLocation();
  const written = useRef(urlOf(initial.view, initial.filters));
  useEffect(() => {
    const target = urlOf(view, filters);
    written.current = target;
    if (
      window.location.pathname === '/companies' &&
      target !== window.location.pathname + window.location.search
    )
      navigate(target, { replace: true });
  }, [view, filters]);
  useEffect(() => {
    if (
      location.pathname !== '/companies' ||
      location.pathname + location.search === written.current
    )
      return;
    const next = readUrl();
    written.current = urlOf(next.view, next.filters);
    setView(next.view);
    setFilters(next.filters);
  }, [location.pathname, location.search]);

  return { view, setView, filters, setFilters };
}
