import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { CompanyFilter } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { ErrorState, Loading } from '../../ui/states';
import type { Viewer } from '../../viewer';
import { EmailDialog } from '../email/EmailDialog';
import { NotifyDialog } from '../notify/NotifyDialog';
import { AssignCaretakerDialog } from './AssignCaretakerDialog';
import { CompanyActions } from './CompanyActions';
import { CompanyFilters } from './CompanyFilters';
import { CompanyImportDialog } from './CompanyImportDialog';
import { CompanyTable } from './CompanyTable';
import { Pager } from './Pager';
import { SelectionBar } from './SelectionBar';
import { filterKey, pageState, selectedCompanies, selectedCount } from './selection';
import { useCompanySelection } from './selectionStore';
import { useCompanyAccessLive } from './useCompanyAccessLive';
import { useCompanyListUrl } from './useCompanyListUrl';
import { useCursorStack } from './useCursorStack';
import { useDebounced } from './useDebounced';
import { useSelectAllMatching } from './useSelectAllMatching';
import { ViewTabs } from './ViewTabs';
import { viewFields } from './views';

const CompanyListQueryDocument = graphql(`
  query CompanyList(
    $first: Int!
    $after: String
    $filter: CompanyFilter
    $overview: Boolean!
    $accounting: Boolean!
    $hr: Boolean!
    $taxes: Boolean!
  ) {
    companies(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node { id name ...CompanyRow_company }
      }
    }
  }
`);

/**
 * The office's company list: views, filters and paging (kept in the address), ticking companies
 * one by one, by page or all matching, and the bulk actions on the ticked ones.
 */
export function CompanyListPage({ viewer }: { viewer: Viewer }) {
  const { t } = useI18n();
  const isHead = viewer.role === 'OFFICE_HEAD';
  const { view, setView, filters, setFilters } = useCompanyListUrl();
  const [pageSize, setPageSize] = useState(25);
  const [dialog, setDialog] = useState<'notify' | 'email' | 'assign' | 'import' | null>(null);
  const search = useDebounced(filters.search.trim(), 300);

  const apiFilter = useMemo<CompanyFilter>(() => {
    const filter: CompanyFilter = {};
    if (search) filter.search = search;
    if (filters.taxForm) filter.taxForm = filters.taxForm;
    if (isHead && filters.caretakerId) filter.caretakerId = filters.caretakerId;
    if (filters.unread) filter.hasUnreadFromClient = filters.unread === 'yes';
    if (filters.archived) filter.archived = true;
    return filter;
  }, [search, filters.taxForm, filters.caretakerId, filters.unread, filters.archived, isHead]);
  const key = filterKey(apiFilter);
  const cursors = useCursorStack(`${key}|${pageSize}`);

  // Selection: kept across searches, filters, views and pages (and a visit to a company's card).
  const [selection, dispatch] = useCompanySelection(viewer.id);
  const selectedIds = useMemo(() => new Set(selection.ids), [selection.ids]);
  const selectAll = useSelectAllMatching(apiFilter, key, dispatch);

  const variables = useMemo(
    () => ({ first: pageSize, after: cursors.after, filter: apiFilter, ...viewFields(view) }),
    [pageSize, cursors.after, apiFilter, view],
  );
  const [result, reexecute] = useQuery({ query: CompanyListQueryDocument, variables });
  const connection = result.data?.companies;
  const rows = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);
  const pageIds = useMemo(() => rows.map((row) => row.id), [rows]);
  const picked = useMemo(() => selectedCompanies(selection), [selection]);
  const headerState = pageState(selection, pageIds);
  const total = connection?.totalCount ?? 0;
  const count = selectedCount(selection);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  useCompanyAccessLive(viewer.role === 'CARETAKER', refresh, (id) =>
    dispatch({ type: 'remove', id }),
  );

  // While the next page loads the previous one is still shown: number the page that is shown.
  const shownAfter =
    (result.operation?.variables as { after?: string | null } | undefined)?.after ?? null;
  const page = cursors.pageNumber(shownAfter);
  const from = rows.length ? (page - 1) * pageSize + 1 : 0;
  const to = (page - 1) * pageSize + rows.length;

  return (
    <section className="companies" aria-labelledby="companies-title">
      <header className="companies-header">
        <h1 id="companies-title">{t('companies.title')}</h1>
        <ViewTabs view={view} onChange={setView} />
        <CompanyActions
          viewer={viewer}
          count={count}
          onNotify={() => setDialog('notify')}
          onEmail={() => setDialog('email')}
          onAssign={() => setDialog('assign')}
          onImport={() => setDialog('import')}
        />
      </header>
      <div className="companies-bar">
        <CompanyFilters filters={filters} onChange={setFilters} isHead={isHead} />
        <SelectionBar
          selection={selection}
          filterKey={key}
          count={count}
          total={total}
          pageAllTicked={total <= rows.length && headerState === 'all'}
          selectAll={selectAll.state}
          onSelectAll={() => void selectAll.start(total)}
          onCancelSelectAll={selectAll.cancel}
          onRemove={(id) => dispatch({ type: 'remove', id })}
          onClear={() => dispatch({ type: 'clear' })}
        />
      </div>

      {result.error && !connection ? (
        <ErrorState
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : !connection ? (
        <Loading />
      ) : (
        <>
          <CompanyTable
            view={view}
            rows={rows}
            busy={result.fetching || result.stale}
            selectedIds={selectedIds}
            pageState={headerState}
            onToggle={(company) => dispatch({ type: 'toggle', company })}
            onTogglePage={() =>
              dispatch({
                type: 'togglePage',
                companies: rows.map(({ id, name }) => ({ id, name })),
              })
            }
          />
          <Pager
            page={page}
            from={from}
            to={to}
            total={total}
            hasPrevious={cursors.hasPrevious}
            nextCursor={
              connection.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? null) : null
            }
            pageSize={pageSize}
            onPrevious={cursors.previous}
            onNext={cursors.next}
            onPageSize={setPageSize}
          />
        </>
      )}

      {dialog === 'notify' && <NotifyDialog companies={picked} onClose={() => setDialog(null)} />}
      {dialog === 'email' && <EmailDialog companies={picked} onClose={() => setDialog(null)} />}
      {dialog === 'assign' && (
        <AssignCaretakerDialog
          companyIds={selection.ids}
          onClose={() => setDialog(null)}
          onAssigned={refresh}
        />
      )}
      {dialog === 'import' && (
        <CompanyImportDialog onClose={() => setDialog(null)} onImported={refresh} />
      )}
    </section>
  );
}
