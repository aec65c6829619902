import { type Dispatch, type SetStateAction, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { TaxForm } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { type Filters, noFilters, type Unread } from './useCompanyListUrl';
import { taxForms } from './views';

const OfficeCaretakersQuery = graphql(`
  query OfficeCaretakers {
    me { id office { id staff { id name role deactivatedAt } } }
  }
`);

/**
 * Who can look after companies: the office's active caretakers and heads (named as such), for the
 * head's caretaker filter and "Przypisz opiekuna".
 */
export function useCaretakers(enabled: boolean): Array<{ id: string; name: string }> {
  const { t } = useI18n();
  const [result] = useQuery({ query: OfficeCaretakersQuery, pause: !enabled });
  return (result.data?.me?.office?.staff ?? [])
    .filter((person) => !person.deactivatedAt)
    .map((person) => ({
      id: person.id,
      name:
        person.role === 'OFFICE_HEAD'
          ? `${person.name} (${t('enum.Role.OFFICE_HEAD').toLowerCase()})`
          : person.name,
    }));
}

/** Search and filters of the company list; the caretaker filter is the head's only. */
export function CompanyFilters({
  filters,
  onChange,
  isHead,
}: {
  filters: Filters;
  onChange: Dispatch<SetStateAction<Filters>>;
  isHead: boolean;
}) {
  const { t } = useI18n();
  const caretakers = useCaretakers(isHead);
  const setFilter = <K extends keyof Filters>(name: K, value: Filters[K]) =>
    onChange((current) => ({ ...current, [name]: value }));
  const filtered = Boolean(
    filters.search || filters.taxForm || filters.caretakerId || filters.unread || filters.archived,
  );
  // On a phone the filters past the search open from a button; it counts those in use.
  const [open, setOpen] = useState(false);
  const inUse = [filters.taxForm, filters.caretakerId, filters.unread, filters.archived].filter(
    Boolean,
  ).length;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a form with the search role is the landmark every browser we support knows
    <form
      className={open ? 'companies-filters open' : 'companies-filters'}
      role="search"
      aria-label={t('companies.filters')}
      onSubmit={(e) => e.preventDefault()}
    >
      <label className="companies-search">
        <span className="visually-hidden">{t('companies.search')}</span>
        <input
          type="search"
          data-testid="company-search"
          value={filters.search}
          placeholder={t('companies.search.placeholder')}
          onChange={(e) => setFilter('search', e.target.value)}
        />
      </label>
      <button
        type="button"
        className="filters-toggle"
        data-testid="filters-toggle"
        aria-expanded={open}
        onClick={() => setOpen((value) => !value)}
      >
        {inUse
          ? t('companies.filters.toggleCount', { count: inUse })
          : t('companies.filters.toggle')}
      </button>
      <label>
        <span className="visually-hidden">{t('companies.filter.taxForm')}</span>
        <select
          data-testid="filter-tax-form"
          value={filters.taxForm}
          onChange={(e) => setFilter('taxForm', e.target.value as TaxForm | '')}
        >
          <option value="">{t('companies.filter.anyTaxForm')}</option>
          {taxForms.map((form) => (
            <option key={form} value={form}>
              {t(`enum.TaxForm.${form}`)}
            </option>
          ))}
        </select>
      </label>
      {isHead && (
        <label>
          <span className="visually-hidden">{t('companies.filter.caretaker')}</span>
          <select
            data-testid="filter-caretaker"
            value={filters.caretakerId}
            onChange={(e) => setFilter('caretakerId', e.target.value)}
          >
            <option value="">{t('companies.filter.anyCaretaker')}</option>
            {filters.caretakerId && !caretakers.some((c) => c.id === filters.caretakerId) && (
              <option value={filters.caretakerId}>{filters.caretakerId}</option>
            )}
            {caretakers.map((caretaker) => (
              <option key={caretaker.id} value={caretaker.id}>
                {caretaker.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        <span className="visually-hidden">{t('companies.filter.unread')}</span>
        <select
          data-testid="filter-unread"
          value={filters.unread}
          onChange={(e) => setFilter('unread', e.target.value as Unread)}
        >
          <option value="">{t('companies.filter.anyUnread')}</option>
          <option value="yes">{t('companies.filter.unread.yes')}</option>
          <option value="no">{t('companies.filter.unread.no')}</option>
        </select>
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          data-testid="filter-archived"
          checked={filters.archived}
          onChange={(e) => setFilter('archived', e.target.checked)}
        />{' '}
        {t('companies.filter.archived')}
      </label>
      {filtered && (
        <button type="button" data-testid="filter-reset" onClick={() => onChange(noFilters)}>
          {t('companies.filter.reset')}
        </button>
      )}
    </form>
  );
}
