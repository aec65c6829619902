import { useLayoutEffect } from 'react';
import { useQuery } from 'urql';
import type { MessageDirection } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { ErrorState } from '../../ui/states';
import type { Viewer } from '../../viewer';
import { MessageList } from './MessageList';
import { PAGE, ThreadMessagesQuery } from './useThreadPages';

/** "Load older messages", or the start of the thread when there are none. */
export function OlderControl({
  hasMore,
  cursor,
  onLoad,
  empty,
  loading = false,
}: {
  hasMore: boolean;
  cursor: string | null | undefined;
  onLoad(cursor: string): void;
  empty: boolean;
  loading?: boolean;
}) {
  const { t } = useI18n();
  if (hasMore && cursor) {
    return (
      <div className="thread-older">
        <button
          type="button"
          onClick={() => onLoad(cursor)}
          disabled={loading}
          data-testid="load-older"
        >
          {loading ? t('thread.loadingOlder') : t('thread.loadOlder')}
        </button>
      </div>
    );
  }
  return empty ? null : <p className="thread-start muted">{t('thread.start')}</p>;
}

/** Messages older than a fixed cursor; the oldest page offers to load the next one. */
export function OlderPage({
  companyId,
  cursor,
  oldest,
  viewer,
  ownSide,
  staff,
  onLoad,
  onShown,
}: {
  companyId: string;
  cursor: string;
  oldest: boolean;
  viewer: Viewer;
  ownSide: MessageDirection;
  staff: boolean;
  onLoad(cursor: string): void;
  onShown(): void;
}) {
  const [page, reexecute] = useQuery({
    query: ThreadMessagesQuery,
    variables: { companyId, first: PAGE, after: cursor },
  });
  const connection = page.data?.messages;
  const shown = Boolean(connection || page.error);
  useLayoutEffect(() => {
    if (shown) onShown();
  }, [shown, onShown]);
  if (!connection) {
    if (page.error)
      return (
        <ErrorState
          error={page.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      );
    return oldest ? (
      <OlderControl hasMore cursor={cursor} onLoad={onLoad} empty={false} loading />
    ) : null;
  }
  return (
    <>
      {oldest && (
        <OlderControl
          hasMore={connection.pageInfo.hasNextPage}
          cursor={connection.pageInfo.endCursor}
          onLoad={onLoad}
          empty={false}
        />
      )}
      <MessageList
        messages={connection.edges.map((edge) => edge.node)}
        viewer={viewer}
        ownSide={ownSide}
        staff={staff}
      />
    </>
  );
}
