import { useEffect, useState } from 'react';
import { useClient, useQuery, useSubscription } from 'urql';
import { graphql } from '../../gql';
import type { BroadcastFailuresQuery, BroadcastProgressSubscription } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { ErrorState } from '../../ui/states';

const BroadcastProgressDocument = graphql(`
  subscription BroadcastProgress($id: ID!) {
    broadcastProgress(id: $id) {
      id
      recipientCount
      queuedCount
      sentCount
      failedCount
    }
  }
`);

const BroadcastCountsQuery = graphql(`
  query BroadcastCounts($id: ID!) {
    broadcast(id: $id) {
      id
      recipientCount
      queuedCount
      sentCount
      failedCount
    }
  }
`);

const BroadcastFailuresQueryDocument = graphql(`
  query BroadcastFailures($id: ID!, $after: String) {
    broadcast(id: $id) {
      id
      deliveries(first: 100, after: $after, status: FAILED) {
        pageInfo { hasNextPage endCursor }
        edges {
          node {
            id
            status
            attempts
            lastError
            toAddress
            company { id name }
          }
        }
      }
    }
  }
`);

export type BroadcastCounts = BroadcastProgressSubscription['broadcastProgress'];

interface Failure {
  id: string;
  companyName: string;
  toAddress: string;
  lastError: string | null;
  attempts: number;
}

/** The failed deliveries, fetched page by page (in the order they were queued) once there are some. */
function useFailures(
  broadcastId: string,
  failedCount: number,
  done: boolean,
): { failures: Failure[]; error: Error | null } {
  const client = useClient();
  const [state, setState] = useState<{ failures: Failure[]; error: Error | null }>({
    failures: [],
    error: null,
  });
  useEffect(() => {
    if (failedCount === 0) return;
    let cancelled = false;
    // Counts may move many times a second while sending: look once they settle for a moment.
    const timer = window.setTimeout(
      async () => {
        const found: Failure[] = [];
        let after: string | null = null;
        try {
          for (let page = 0; page < 100 && found.length < failedCount; page++) {
            const result = await client
              .query(
                BroadcastFailuresQueryDocument,
                { id: broadcastId, after },
                { requestPolicy: 'network-only' },
              )
              .toPromise();
            if (result.error) throw result.error;
            const deliveries:
              | NonNullable<BroadcastFailuresQuery['broadcast']>['deliveries']
              | undefined = result.data?.broadcast?.deliveries;
            if (!deliveries) break;
            for (const { node } of deliveries.edges) {
              if (node.status === 'FAILED') {
                found.push({
                  id: node.id,
                  companyName: node.company.name,
                  toAddress: node.toAddress,
                  lastError: node.lastError ?? null,
                  attempts: node.attempts ?? 0,
                });
              }
            }
            if (!deliveries.pageInfo.hasNextPage || !deliveries.pageInfo.endCursor) break;
            after = deliveries.pageInfo.endCursor;
          }
          if (!cancelled) setState({ failures: found, error: null });
        } catch (error) {
          if (!cancelled)
            setState((current) => ({
              ...current,
              error: error instanceof Error ? error : new Error(String(error)),
            }));
        }
      },
      done ? 0 : 1500,
    );
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [client, broadcastId, failedCount, done]);
  return state;
}

/**
 * Live progress of an email broadcast: sent and failed counts as deliveries finish, and what failed.
 * The counts are read through a query: the subscription's events update the same cached broadcast,
 * and a resync refetches the query.
 */
export function BroadcastProgress({ initial }: { initial: BroadcastCounts }) {
  const { t, tn } = useI18n();
  const [{ data, error }] = useSubscription({
    query: BroadcastProgressDocument,
    variables: { id: initial.id },
  });
  const [fetched] = useQuery({ query: BroadcastCountsQuery, variables: { id: initial.id } });
  const counts = fetched.data?.broadcast ?? data?.broadcastProgress ?? initial;
  const finished = counts.sentCount + counts.failedCount;
  const done = counts.queuedCount === 0 && finished >= counts.recipientCount;
  const { failures, error: failuresError } = useFailures(initial.id, counts.failedCount, done);

  return (
    <section
      className="broadcast-progress"
      data-testid="email-progress"
      data-done={done}
      aria-labelledby="email-progress-title"
    >
      <h3 id="email-progress-title">
        {done ? t('email.progress.done') : t('email.progress.sending')}
      </h3>
      <label className="progress-label">
        <span className="visually-hidden">{t('email.progress.bar')}</span>
        <progress
          data-testid="email-progress-bar"
          max={Math.max(1, counts.recipientCount)}
          value={finished}
        />
      </label>
      {/* Made with the first counts, so only their changes are announced, each read out whole. */}
      <p
        role="status"
        aria-live="polite"
        aria-atomic="true"
        className="progress-counts"
        data-testid="email-progress-counts"
      >
        <span data-testid="email-sent-count" data-count={counts.sentCount}>
          {t('email.progress.sent', { count: counts.sentCount, total: counts.recipientCount })}
        </span>
        {' · '}
        <span
          data-testid="email-failed-count"
          data-count={counts.failedCount}
          className={counts.failedCount ? 'error' : undefined}
        >
          {t('email.progress.failed', { count: counts.failedCount })}
        </span>
        {counts.queuedCount > 0 && (
          <>
            {' · '}
            <span data-testid="email-queued-count">
              {t('email.progress.queued', { count: counts.queuedCount })}
            </span>
          </>
        )}
      </p>
      {done && counts.failedCount === 0 && (
        <p className="ok" data-testid="email-result">
          {tn('email.sent', counts.sentCount)}
        </p>
      )}
      {error && <p className="hint">{t('email.progress.offline')}</p>}
      {counts.failedCount > 0 && (
        <div className="email-failures" data-testid="email-failures">
          <h4>{tn('email.failures', counts.failedCount)}</h4>
          {failuresError && <ErrorState error={failuresError} />}
          {failures.length > 0 && (
            <ul>
              {failures.map((failure) => (
                <li key={failure.id} data-testid="email-failure">
                  <strong>{failure.companyName}</strong>{' '}
                  <span className="muted">({failure.toAddress})</span>:{' '}
                  {failure.lastError ?? t('email.failure.unknown')}{' '}
                  <span className="muted">
                    {t('email.failure.attempts', { count: failure.attempts })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
