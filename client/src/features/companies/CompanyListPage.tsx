import {
  type KeyboardEvent,
  type ReactNode,
  useEffect,
  useId,
  useMemo,
  useReducer,
  useRef,
  useState,
} from 'react';
import { useClient, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { CompanyFilter, CompanyListQuery, TaxForm } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { Link, navigate, useLocation } from '../../router';
import { ErrorState, Loading } from '../../ui/states';
import type { Viewer } from '../../viewer';
import { EmailDialog } from '../email/EmailDialog';
import { NotifyDialog } from '../notify/NotifyDialog';
import { formatNip } from './format';
import {
  emptySelection,
  fetchAllMatchingIds,
  filterKey,
  pageState,
  selectedCount,
  selectionReducer,
} from './selection';
import { useDebounced } from './useDebounced';

const CompanyListQueryDocument = graphql(`
  query CompanyList($first: Int!, $after: String, $filter: CompanyFilter) {
    companies(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          id
          name
          nip
          email
          taxForm
          vatPayer
          unreadFromClientCount
          caretaker { id name }
          lastMessage { id createdAt kind direction subject body }
        }
      }
    }
  }
`);

const CompanyIdsQuery = graphql(`
  query CompanyIds($after: String, $filter: CompanyFilter) {
    companies(first: 100, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id } }
    }
  }
`);

const OfficeCaretakersQuery = graphql(`
  query OfficeCaretakers {
    me { id office { id caretakers { id name } } }
  }
`);

export type CompanyRow = CompanyListQuery['companies']['edges'][number]['node'];

export type View = 'companies' | 'accounting' | 'hr' | 'taxes';
export const views: View[] = ['companies', 'accounting', 'hr', 'taxes'];

type Column =
  | 'nip'
  | 'email'
  | 'caretaker'
  | 'taxForm'
  | 'vatPayer'
  | 'vat'
  | 'lastMessage'
  | 'unread';

/** The columns each view shows after the company name. */
const viewColumns: Record<View, Column[]> = {
  companies: ['nip', 'email', 'caretaker'],
  accounting: ['taxForm', 'vatPayer', 'lastMessage', 'unread'],
  hr: ['caretaker', 'email'],
  taxes: ['taxForm', 'vat', 'nip'],
};

const taxForms: TaxForm[] = ['FULL_ACCOUNTING', 'TAX_BOOK', 'LUMP_SUM'];
const pageSizes = [25, 50, 100];

type Unread = '' | 'yes' | 'no';

interface Filters {
  search: string;
  taxForm: TaxForm | '';
  caretakerId: string;
  unread: Unread;
}

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
  const query = params.toString();
  return `/companies${query ? `?${query}` : ''}`;
}

/** The office's caretakers, for the head's caretaker filter. */
function useCaretakers(enabled: boolean): Array<{ id: string; name: string }> {
  const [result] = useQuery({ query: OfficeCaretakersQuery, pause: !enabled });
  return result.data?.me?.office?.caretakers ?? [];
}

type SelectAllState =
  | { status: 'idle' }
  | { status: 'loading'; loaded: number; total: number }
  | { status: 'error'; message: string };

export function CompanyListPage({ viewer }: { viewer: Viewer }) {
  const { t, tn } = useI18n();
  const client = useClient();
  const isHead = viewer.role === 'OFFICE_HEAD';
  const initial = useMemo(readUrl, []);
  const [view, setView] = useState<View>(initial.view);
  const [filters, setFilters] = useState<Filters>(initial.filters);
  const [pageSize, setPageSize] = useState(25);
  const [dialog, setDialog] = useState<'notify' | 'email' | null>(null);
  const caretakers = useCaretakers(isHead);
  const search = useDebounced(filters.search.trim(), 300);

  // The address follows the view and filters; a link to /companies (the menu) resets them.
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

  const apiFilter = useMemo<CompanyFilter>(() => {
    const filter: CompanyFilter = {};
    if (search) filter.search = search;
    if (filters.taxForm) filter.taxForm = filters.taxForm;
    if (isHead && filters.caretakerId) filter.caretakerId = filters.caretakerId;
    if (filters.unread) filter.hasUnreadFromClient = filters.unread === 'yes';
    return filter;
  }, [search, filters.taxForm, filters.caretakerId, filters.unread, isHead]);
  const key = filterKey(apiFilter as Record<string, unknown>);

  // Paging: a stack of `after` cursors, reset by a new filter or page size.
  const pagingKey = `${key}|${pageSize}`;
  const [paging, setPaging] = useState<{ key: string; stack: Array<string | null> }>({
    key: pagingKey,
    stack: [null],
  });
  const stack = paging.key === pagingKey ? paging.stack : [null];
  const after = stack[stack.length - 1];

  // Selection: cleared whenever the filter changes.
  const [storedSelection, dispatch] = useReducer(selectionReducer, key, emptySelection);
  const selection = storedSelection.filterKey === key ? storedSelection : emptySelection(key);
  useEffect(() => dispatch({ type: 'filterChanged', filterKey: key }), [key]);
  const selectedIds = useMemo(() => new Set(selection.ids), [selection.ids]);

  const [selectAll, setSelectAll] = useState<SelectAllState>({ status: 'idle' });
  const abortRef = useRef<AbortController | null>(null);
  useEffect(() => {
    setSelectAll({ status: 'idle' });
    return () => abortRef.current?.abort();
  }, [key]);

  const variables = useMemo(
    () => ({ first: pageSize, after, filter: apiFilter }),
    [pageSize, after, apiFilter],
  );
  const [result, reexecute] = useQuery({ query: CompanyListQueryDocument, variables });
  const connection = result.data?.companies;
  const rows = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);
  const pageIds = useMemo(() => rows.map((row) => row.id), [rows]);
  const headerState = pageState(selection, pageIds);
  const total = connection?.totalCount ?? 0;
  const count = selectedCount(selection);

  const startSelectAll = async () => {
    abortRef.current?.abort();
    const controller = new AbortController();
    abortRef.current = controller;
    setSelectAll({ status: 'loading', loaded: 0, total });
    try {
      const all = await fetchAllMatchingIds(
        async (cursor) => {
          const page = await client
            .query(
              CompanyIdsQuery,
              { after: cursor, filter: apiFilter },
              { requestPolicy: 'network-only' },
            )
            .toPromise();
          if (page.error) throw page.error;
          const companies = page.data!.companies;
          return {
            ids: companies.edges.map((edge) => edge.node.id),
            totalCount: companies.totalCount,
            hasNextPage: companies.pageInfo.hasNextPage,
            endCursor: companies.pageInfo.endCursor ?? null,
          };
        },
        {
          signal: controller.signal,
          onProgress: (loaded, matching) =>
            setSelectAll({ status: 'loading', loaded, total: matching }),
        },
      );
      dispatch({ type: 'selectAllMatching', ids: all.ids, total: all.total });
      setSelectAll({ status: 'idle' });
    } catch (error) {
      if (controller.signal.aborted) return;
      setSelectAll({
        status: 'error',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };

  const cancelSelectAll = () => {
    abortRef.current?.abort();
    setSelectAll({ status: 'idle' });
  };

  const setFilter = <K extends keyof Filters>(name: K, value: Filters[K]) =>
    setFilters((current) => ({ ...current, [name]: value }));
  const filtered = Boolean(
    filters.search || filters.taxForm || filters.caretakerId || filters.unread,
  );
  // While the next page loads the previous one is still shown: number the page that is shown.
  const shownAfter =
    (result.operation?.variables as { after?: string | null } | undefined)?.after ?? null;
  const shownIndex = stack.lastIndexOf(shownAfter);
  const page = shownIndex >= 0 ? shownIndex + 1 : stack.length;
  const from = rows.length ? (page - 1) * pageSize + 1 : 0;
  const to = (page - 1) * pageSize + rows.length;

  return (
    <section className="companies" aria-labelledby="companies-title">
      <h1 id="companies-title">{t('companies.title')}</h1>

      <ViewTabs view={view} onChange={setView} />

      <form
        className="toolbar companies-filters"
        role="search"
        aria-label={t('companies.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <label className="companies-search">
          {t('companies.search')}
          <input
            type="search"
            data-testid="company-search"
            value={filters.search}
            placeholder={t('companies.search.placeholder')}
            onChange={(e) => setFilter('search', e.target.value)}
          />
        </label>
        <label>
          {t('companies.filter.taxForm')}
          <select
            data-testid="filter-tax-form"
            value={filters.taxForm}
            onChange={(e) => setFilter('taxForm', e.target.value as TaxForm | '')}
          >
            <option value="">{t('companies.filter.any')}</option>
            {taxForms.map((form) => (
              <option key={form} value={form}>
                {t(`companies.taxForm.${form}`)}
              </option>
            ))}
          </select>
        </label>
        {isHead && (
          <label>
            {t('companies.filter.caretaker')}
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
          {t('companies.filter.unread')}
          <select
            data-testid="filter-unread"
            value={filters.unread}
            onChange={(e) => setFilter('unread', e.target.value as Unread)}
          >
            <option value="">{t('companies.filter.any')}</option>
            <option value="yes">{t('companies.filter.unread.yes')}</option>
            <option value="no">{t('companies.filter.unread.no')}</option>
          </select>
        </label>
        {filtered && (
          <button
            type="button"
            data-testid="filter-reset"
            onClick={() => setFilters({ search: '', taxForm: '', caretakerId: '', unread: '' })}
          >
            {t('companies.filter.reset')}
          </button>
        )}
      </form>

      <div
        className="selection-bar"
        role="region"
        aria-label={t('companies.selection')}
        data-testid="selection-bar"
      >
        <p
          className="selection-count"
          data-testid="selection-count"
          role="status"
          aria-live="polite"
        >
          {tn('companies.selected', count)}
        </p>
        {selectAll.status === 'loading' ? (
          <span className="select-all-progress" data-testid="select-all-progress">
            <label>
              <span>
                {t('companies.selectAll.loading', {
                  loaded: selectAll.loaded,
                  total: selectAll.total,
                })}
              </span>
              <progress
                max={Math.max(1, Math.min(selectAll.total, 10_000))}
                value={selectAll.loaded}
              />
            </label>
            <button type="button" onClick={cancelSelectAll}>
              {t('companies.selectAll.cancel')}
            </button>
          </span>
        ) : (
          total > 0 &&
          !selection.allMatching &&
          !(total <= rows.length && headerState === 'all') && (
            <button
              type="button"
              data-testid="select-all-matching"
              onClick={() => void startSelectAll()}
            >
              {tn('companies.selectAll', total)}
            </button>
          )
        )}
        {selection.allMatching && (
          <span className="hint" data-testid="select-all-done">
            {selection.allMatching.truncated
              ? t('companies.selectAll.truncated', { count, total: selection.allMatching.total })
              : t('companies.selectAll.done', { count })}
          </span>
        )}
        {count > 0 && (
          <button
            type="button"
            className="link"
            data-testid="selection-clear"
            onClick={() => dispatch({ type: 'clear' })}
          >
            {t('companies.clearSelection')}
          </button>
        )}
        {selectAll.status === 'error' && (
          <p role="alert" className="error">
            {t('companies.selectAll.failed', { message: selectAll.message })}
          </p>
        )}
      </div>

      <Actions
        viewer={viewer}
        count={count}
        onNotify={() => setDialog('notify')}
        onEmail={() => setDialog('email')}
      />

      {result.error && !connection ? (
        <ErrorState
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : !connection ? (
        <Loading />
      ) : (
        <>
          <div
            className="table-wrap"
            role="tabpanel"
            id="companies-panel"
            aria-labelledby={`companies-tab-${view}`}
            aria-busy={result.fetching || result.stale}
            tabIndex={0}
          >
            <table data-testid="company-table" data-view={view}>
              <caption className="visually-hidden">
                {t('companies.caption', { view: t(`companies.view.${view}`) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="select-col">
                    <PageCheckbox
                      state={headerState}
                      disabled={rows.length === 0}
                      onChange={() => dispatch({ type: 'togglePage', ids: pageIds })}
                    />
                  </th>
                  <th scope="col">{t('companies.col.name')}</th>
                  {viewColumns[view].map((column) => (
                    <th scope="col" key={column}>
                      {t(`companies.col.${column}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.length === 0 ? (
                  <tr>
                    <td
                      colSpan={viewColumns[view].length + 2}
                      className="muted"
                      data-testid="companies-empty"
                    >
                      {t('companies.empty')}
                    </td>
                  </tr>
                ) : (
                  rows.map((company) => {
                    const ticked = selectedIds.has(company.id);
                    return (
                      <tr
                        key={company.id}
                        data-testid="company-row"
                        data-company-id={company.id}
                        className={ticked ? 'selected' : undefined}
                      >
                        <td className="select-col">
                          <input
                            type="checkbox"
                            data-testid="company-select"
                            checked={ticked}
                            aria-label={t('companies.selectRow', { name: company.name })}
                            onChange={() => dispatch({ type: 'toggle', id: company.id })}
                          />
                        </td>
                        <th scope="row" className="company-name">
                          <Link to={`/companies/${company.id}`} data-testid="company-link">
                            {company.name}
                          </Link>
                        </th>
                        {viewColumns[view].map((column) => (
                          <td key={column} data-column={column}>
                            <Cell column={column} company={company} />
                          </td>
                        ))}
                      </tr>
                    );
                  })
                )}
              </tbody>
            </table>
          </div>

          <nav className="pager" aria-label={t('companies.pager')}>
            <button
              type="button"
              data-testid="page-prev"
              disabled={stack.length <= 1}
              onClick={() => setPaging({ key: pagingKey, stack: stack.slice(0, -1) })}
            >
              {t('common.previous')}
            </button>
            <span data-testid="page-info" aria-live="polite">
              {t('companies.page', { page, from, to, total })}
            </span>
            <button
              type="button"
              data-testid="page-next"
              disabled={!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor}
              onClick={() =>
                setPaging({
                  key: pagingKey,
                  stack: [...stack, connection.pageInfo.endCursor ?? null],
                })
              }
            >
              {t('common.next')}
            </button>
            <label className="inline">
              {t('companies.pageSize')}
              <select
                data-testid="page-size"
                value={pageSize}
                onChange={(e) => setPageSize(Number(e.target.value))}
              >
                {pageSizes.map((size) => (
                  <option key={size} value={size}>
                    {size}
                  </option>
                ))}
              </select>
            </label>
          </nav>
        </>
      )}

      {dialog === 'notify' && (
        <NotifyDialog companyIds={selection.ids} onClose={() => setDialog(null)} />
      )}
      {dialog === 'email' && (
        <EmailDialog companyIds={selection.ids} onClose={() => setDialog(null)} />
      )}
    </section>
  );
}

function ViewTabs({ view, onChange }: { view: View; onChange(view: View): void }) {
  const { t } = useI18n();
  const refs = useRef<Partial<Record<View, HTMLButtonElement | null>>>({});
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = views.indexOf(view);
    const next =
      event.key === 'ArrowRight'
        ? views[(index + 1) % views.length]
        : event.key === 'ArrowLeft'
          ? views[(index - 1 + views.length) % views.length]
          : event.key === 'Home'
            ? views[0]
            : event.key === 'End'
              ? views[views.length - 1]
              : null;
    if (!next) return;
    event.preventDefault();
    onChange(next);
    refs.current[next]?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label={t('companies.views')}>
      {views.map((name) => (
        <button
          key={name}
          ref={(el) => {
            refs.current[name] = el;
          }}
          type="button"
          role="tab"
          id={`companies-tab-${name}`}
          data-testid={`view-tab-${name}`}
          aria-selected={view === name}
          aria-controls="companies-panel"
          tabIndex={view === name ? 0 : -1}
          onClick={() => onChange(name)}
          onKeyDown={onKeyDown}
        >
          {t(`companies.view.${name}`)}
        </button>
      ))}
    </div>
  );
}

function PageCheckbox({
  state,
  disabled,
  onChange,
}: {
  state: 'none' | 'some' | 'all';
  disabled: boolean;
  onChange(): void;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = state === 'some';
  }, [state]);
  return (
    <input
      ref={ref}
      type="checkbox"
      data-testid="select-page"
      aria-label={t('companies.selectPage')}
      checked={state === 'all'}
      disabled={disabled}
      onChange={onChange}
    />
  );
}

function Cell({ column, company }: { column: Column; company: CompanyRow }): ReactNode {
  const { t, tn, formatDateTime } = useI18n();
  switch (column) {
    case 'nip':
      return <span className="nip">{formatNip(company.nip)}</span>;
    case 'email':
      return <a href={`mailto:${company.email}`}>{company.email}</a>;
    case 'caretaker':
      return company.caretaker ? (
        company.caretaker.name
      ) : (
        <span className="muted">{t('companies.noCaretaker')}</span>
      );
    case 'taxForm':
      return t(`companies.taxForm.${company.taxForm}`);
    case 'vatPayer':
      return t(company.vatPayer ? 'companies.vatShort.yes' : 'companies.vatShort.no');
    case 'vat':
      return t(company.vatPayer ? 'companies.vat.yes' : 'companies.vat.no');
    case 'lastMessage': {
      const message = company.lastMessage;
      if (!message) return <span className="muted">{t('companies.noMessages')}</span>;
      const text = (message.subject || message.body).replace(/\s+/g, ' ').trim();
      return (
        <span className="last-message" title={text}>
          <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>{' '}
          <span className="muted">{t(`companies.kind.${message.kind}`)}:</span>{' '}
          {text.length > 70 ? `${text.slice(0, 70)}…` : text}
        </span>
      );
    }
    case 'unread':
      return company.unreadFromClientCount > 0 ? (
        <Link
          to={`/inbox/${company.id}`}
          className="count-pill"
          data-testid="company-unread"
          aria-label={tn('companies.unread.open', company.unreadFromClientCount)}
        >
          {company.unreadFromClientCount}
        </Link>
      ) : (
        <span className="muted" data-testid="company-unread">
          0
        </span>
      );
  }
}

function Actions({
  viewer,
  count,
  onNotify,
  onEmail,
}: {
  viewer: Viewer;
  count: number;
  onNotify(): void;
  onEmail(): void;
}) {
  const { t } = useI18n();
  const explanationId = useId();
  const office = viewer.office;
  const canEmail = Boolean(office?.canSendEmail);
  const none = count === 0;
  return (
    <div className="toolbar company-actions" role="group" aria-label={t('companies.actions')}>
      <button
        type="button"
        className="primary"
        data-testid="action-notify"
        disabled={none}
        onClick={onNotify}
      >
        {t('companies.action.notify')}
      </button>
      <button
        type="button"
        className="primary"
        data-testid="action-email"
        disabled={none || !canEmail}
        aria-describedby={!canEmail ? explanationId : undefined}
        onClick={onEmail}
      >
        {t('companies.action.email')}
      </button>
      {none && <p className="hint">{t('companies.action.none')}</p>}
      {!canEmail && (
        <div className="email-unavailable" id={explanationId} data-testid="email-unavailable">
          <span>{t('companies.email.unavailable')}</span>
          <ul>
            {office?.verification !== 'VERIFIED' && (
              <li data-reason="not-verified">
                {t('companies.email.notVerified', {
                  status: t(`companies.verification.${office?.verification ?? 'UNVERIFIED'}`),
                })}
              </li>
            )}
            {!office?.smtpConfigured && (
              <li data-reason="no-smtp">{t('companies.email.noSmtp')}</li>
            )}
          </ul>
          {viewer.role === 'OFFICE_HEAD' ? (
            <Link to="/settings" data-testid="email-settings-link">
              {t('companies.email.settings')}
            </Link>
          ) : (
            <span>{t('companies.email.askHead')}</span>
          )}
        </div>
      )}
    </div>
  );
}
