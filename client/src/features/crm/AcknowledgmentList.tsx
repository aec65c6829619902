import { useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { excerpt } from '../../ui/format';
import { ErrorState, Loading } from '../../ui/states';

const CompanyAcknowledgmentsQuery = graphql(`
  query CompanyAcknowledgments($id: ID!, $first: Int!, $after: String, $acknowledged: Boolean) {
    company(id: $id) {
      id
      acknowledgmentRequests(first: $first, after: $after, acknowledged: $acknowledged) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges {
          node {
            id kind subject body createdAt
            author { id name }
            acknowledgedAt
            acknowledgedBy { id name }
          }
        }
      }
    }
  }
`);

// Each confirmation updates its message in the cache and invalidates the list (cache.ts).
const CompanyAcknowledgedSubscription = graphql(`
  subscription CompanyAcknowledged($companyId: ID!) {
    messageAcknowledged(companyId: $companyId) {
      id acknowledgedAt acknowledgedBy { id name } company { id }
    }
  }
`);

const PAGE_SIZE = 20;
const filters = ['all', 'awaiting', 'acknowledged'] as const;
type Filter = (typeof filters)[number];

/**
 * The company card's confirmations of receipt: every message sent to the company that asked for
 * one, newest first, with who confirmed it and when, or that it is still awaited; live.
 */
export function AcknowledgmentList({ companyId }: { companyId: string }) {
  const { t, tn, formatDateTime } = useI18n();
  const [filter, setFilter] = useState<Filter>('all');
  const [stack, setStack] = useState<Array<string | null>>([null]);
  const after = stack[stack.length - 1];
  const [result, reexecute] = useQuery({
    query: CompanyAcknowledgmentsQuery,
    variables: {
      id: companyId,
      first: PAGE_SIZE,
      after,
      acknowledged: filter === 'all' ? null : filter === 'acknowledged',
    },
  });
  useSubscription({ query: CompanyAcknowledgedSubscription, variables: { companyId } });
  const requests = result.data?.company?.acknowledgmentRequests;
  if (result.error && !requests)
    return (
      <ErrorState
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  if (!requests) return <Loading />;

  return (
    <section
      className="acknowledgment-list"
      data-testid="acknowledgment-list"
      aria-label={t('crm.acknowledgments')}
    >
      <fieldset className="report-filters">
        <legend>{t('crm.acknowledgments.filter')}</legend>
        {filters.map((f) => (
          <button
            key={f}
            type="button"
            aria-pressed={f === filter}
            data-testid={`acknowledgments-filter-${f}`}
            onClick={() => {
              setFilter(f);
              setStack([null]);
            }}
          >
            {t(`crm.acknowledgments.filter.${f}`)}
          </button>
        ))}
      </fieldset>
      <p className="muted" data-testid="acknowledgments-count">
        {tn('crm.acknowledgments.count', requests.totalCount)}
      </p>
      {requests.edges.length === 0 ? (
        <p className="muted">{t('crm.acknowledgments.empty')}</p>
      ) : (
        <ol className="email-list">
          {requests.edges.map(({ node }) => (
            <li
              key={node.id}
              className="acknowledgment-item"
              data-testid="acknowledgment-item"
              data-message-id={node.id}
              data-acknowledged={node.acknowledgedAt !== null}
            >
              <p className="digest-meta">
                <span className="kind-tag">{t(`enum.MessageKind.${node.kind}`)}</span>{' '}
                {node.author.name} ·{' '}
                <time dateTime={node.createdAt}>{formatDateTime(node.createdAt)}</time>
              </p>
              <p>
                <Link to={`/inbox/${companyId}#message-${node.id}`}>
                  {excerpt(node.subject ?? node.body)}
                </Link>
              </p>
              {node.acknowledgedAt ? (
                <span className="status-chip status-sent">
                  {t('crm.acknowledgments.by', {
                    name: node.acknowledgedBy?.name ?? '',
                    time: formatDateTime(node.acknowledgedAt),
                  })}
                </span>
              ) : (
                <span className="status-chip status-queued">
                  {t('crm.acknowledgments.awaiting')}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {(stack.length > 1 || requests.pageInfo.hasNextPage) && (
        <nav className="pager" aria-label={t('crm.pager')}>
          <button
            type="button"
            disabled={stack.length <= 1}
            onClick={() => setStack(stack.slice(0, -1))}
          >
            {t('common.previous')}
          </button>
          <button
            type="button"
            disabled={!requests.pageInfo.hasNextPage || !requests.pageInfo.endCursor}
            onClick={() => setStack([...stack, requests.pageInfo.endCursor ?? null])}
          >
            {t('common.next')}
          </button>
        </nav>
      )}
    </section>
  );
}
