import { type ReactNode, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { Link, navigate, useLocation } from '../../router';
import { ErrorState, Loading } from '../../ui/states';
import { BroadcastLifecycle } from './BroadcastLifecycle';
import { RecipientRow } from './RecipientRow';
import { RemindDialog } from './RemindDialog';
import { ReportHeader } from './ReportHeader';
import { filtersFor, parseReportFilter, type ReportFilter, recipientFilter } from './reportFilter';
import { useReadsRefetch } from './useReadsRefetch';

const BroadcastReportQuery = graphql(`
  query BroadcastReport(
    $id: ID!
    $first: Int!
    $after: String
    $filter: BroadcastRecipientFilter
  ) {
    broadcast(id: $id) {
      id
      kind
      status
      recipientCount
      readCount
      requireAcknowledgment
      acknowledgedCount
      ...ReportHeader_broadcast
      ...BroadcastLifecycle_broadcast
      recipients(first: $first, after: $after, filter: $filter) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { company { id } ...RecipientRow_recipient } }
      }
    }
  }
`);

const PAGE = 50;

/** The report of one send: per company who read it, email state, downloads, replies; filters. */
export function BroadcastReportPage({ broadcastId }: { broadcastId: string }) {
  const { t, tn } = useI18n();
  const { search } = useLocation();
  const filter = parseReportFilter(new URLSearchParams(search).get('filter'));
  const [pages, setPages] = useState<{ filter: ReportFilter; cursors: Array<string | null> }>({
    filter,
    cursors: [null],
  });
  // A new filter starts again at its first page.
  const cursors = pages.filter === filter ? pages.cursors : [null];
  const after = cursors[cursors.length - 1] ?? null;
  const [reminding, setReminding] = useState(false);
  const [result, reexecute] = useQuery({
    query: BroadcastReportQuery,
    variables: { id: broadcastId, first: PAGE, after, filter: recipientFilter(filter) },
    requestPolicy: 'cache-and-network',
  });
  useReadsRefetch(() => reexecute({ requestPolicy: 'network-only' }));
  const broadcast = result.data?.broadcast;

  if (!broadcast) {
    if (result.error)
      return (
        <section className="report">
          <Link to="/sent">{t('report.back')}</Link>
          {result.error.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND') ? (
            <p role="alert">{t('report.notFound')}</p>
          ) : (
            <ErrorState
              error={result.error}
              onRetry={() => reexecute({ requestPolicy: 'network-only' })}
            />
          )}
        </section>
      );
    return <Loading />;
  }

  const unread = broadcast.recipientCount - broadcast.readCount;
  const unacknowledged = broadcast.requireAcknowledgment
    ? broadcast.recipientCount - broadcast.acknowledgedCount
    : 0;
  const recipients = broadcast.recipients;
  const setFilter = (next: ReportFilter) => {
    setPages({ filter: next, cursors: [null] });
    navigate(next === 'all' ? `/sent/${broadcastId}` : `/sent/${broadcastId}?filter=${next}`, {
      replace: true,
    });
  };

  let table: ReactNode;
  if (!recipients.edges.length) {
    table = <p className="muted empty-state">{t('report.empty')}</p>;
  } else {
    table = (
      <div className="table-wrap">
        <table aria-label={t('report.table')} data-testid="report-table">
          <thead>
            <tr>
              <th scope="col">{t('report.col.company')}</th>
              <th scope="col">{t('report.col.read')}</th>
              {broadcast.requireAcknowledgment && (
                <th scope="col">{t('report.col.acknowledged')}</th>
              )}
              <th scope="col">{t('report.col.email')}</th>
              <th scope="col">{t('report.col.downloads')}</th>
              <th scope="col">{t('report.col.reply')}</th>
            </tr>
          </thead>
          <tbody>
            {recipients.edges.map(({ node }) => (
              <RecipientRow
                key={node.company.id}
                recipient={node}
                acknowledgment={broadcast.requireAcknowledgment}
              />
            ))}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <section className="report" aria-labelledby="report-title">
      <Link to="/sent">{t('report.back')}</Link>
      <ReportHeader
        broadcast={broadcast}
        titleId="report-title"
        filter={filter}
        canRemind={(unread > 0 || unacknowledged > 0) && broadcast.status === 'SENT'}
        onRemind={() => setReminding(true)}
      />
      <BroadcastLifecycle
        broadcast={broadcast}
        onChanged={() => reexecute({ requestPolicy: 'network-only' })}
      />
      <div className="toolbar">
        <fieldset className="report-filters" data-testid="report-filters">
          <legend>{t('report.filters')}</legend>
          {filtersFor(broadcast.kind, broadcast.requireAcknowledgment).map((f) => (
            <button
              key={f}
              type="button"
              aria-pressed={f === filter}
              data-testid={`report-filter-${f}`}
              onClick={() => setFilter(f)}
            >
              {t(`report.filter.${f}`)}
            </button>
          ))}
        </fieldset>
        <span className="muted" data-testid="report-total">
          {tn('report.total', recipients.totalCount)}
        </span>
      </div>
      {result.error && <ErrorState error={result.error} />}
      {table}
      {(cursors.length > 1 || recipients.pageInfo.hasNextPage) && (
        <nav className="pager" aria-label={t('report.pages')}>
          <button
            type="button"
            onClick={() => setPages({ filter, cursors: cursors.slice(0, -1) })}
            disabled={cursors.length === 1}
          >
            {t('common.previous')}
          </button>
          <span>{t('sent.page', { page: cursors.length })}</span>
          <button
            type="button"
            onClick={() => {
              const next = recipients.pageInfo.endCursor;
              if (next) setPages({ filter, cursors: [...cursors, next] });
            }}
            disabled={!recipients.pageInfo.hasNextPage || !recipients.pageInfo.endCursor}
          >
            {t('common.next')}
          </button>
        </nav>
      )}
      {reminding && (
        <RemindDialog
          broadcastId={broadcast.id}
          unreadCount={unread}
          unacknowledgedCount={broadcast.requireAcknowledgment ? unacknowledged : null}
          onClose={() => {
            setReminding(false);
            reexecute({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </section>
  );
}
