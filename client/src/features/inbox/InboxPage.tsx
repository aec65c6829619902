import { type ReactNode, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { ErrorState, Loading } from '../../ui/states';
import { ConversationRow } from './ConversationRow';

export const InboxQuery = graphql(`
  query Inbox($first: Int!, $after: String) {
    inbox(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          company { id }
          ...ConversationRow_conversation
        }
      }
    }
  }
`);

const InboxMessageAddedSubscription = graphql(`
  subscription InboxMessageAdded {
    messageAdded { id direction company { id } }
  }
`);

const PAGE = 20;

/**
 * The office's client questions: every thread it may see, latest activity first, with the client's
 * unread messages counted. A new message anywhere refetches the list (see cache.ts), so it moves
 * without a reload.
 */
export function InboxPage() {
  const { t, tn } = useI18n();
  // Cursors of the pages walked through; the last one is shown (null: the first page).
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const after = cursors[cursors.length - 1];
  const [result, reexecute] = useQuery({ query: InboxQuery, variables: { first: PAGE, after } });
  useSubscription({ query: InboxMessageAddedSubscription });
  const inbox = result.data?.inbox;

  let content: ReactNode;
  if (!inbox) {
    content = result.error ? (
      <ErrorState
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    ) : (
      <Loading />
    );
  } else if (!inbox.edges.length) {
    content = (
      <p className="muted empty-state">
        {cursors.length > 1 ? t('inbox.emptyPage') : t('inbox.empty')}
      </p>
    );
  } else {
    content = (
      <ul className="conversations" aria-label={t('inbox.list')}>
        {inbox.edges.map(({ node }) => (
          <ConversationRow key={node.company.id} conversation={node} />
        ))}
      </ul>
    );
  }

  return (
    <section className="inbox" aria-labelledby="inbox-title">
      <header className="inbox-header">
        <h1 id="inbox-title">{t('inbox.title')}</h1>
        {inbox && <span className="muted">{tn('inbox.total', inbox.totalCount)}</span>}
        {result.fetching && inbox && (
          <span className="muted" role="status">
            {t('inbox.refreshing')}
          </span>
        )}
      </header>
      <p className="hint">{t('inbox.intro')}</p>
      {inbox && result.error && (
        <ErrorState
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      )}
      {content}
      {inbox && (cursors.length > 1 || inbox.pageInfo.hasNextPage) && (
        <nav className="pager" aria-label={t('inbox.pages')}>
          <button
            type="button"
            onClick={() => setCursors((c) => c.slice(0, -1))}
            disabled={cursors.length === 1}
          >
            {t('common.previous')}
          </button>
          <span>{t('inbox.page', { page: cursors.length })}</span>
          <button
            type="button"
            onClick={() =>
              inbox.pageInfo.endCursor && setCursors((c) => [...c, inbox.pageInfo.endCursor!])
            }
            disabled={!inbox.pageInfo.hasNextPage || !inbox.pageInfo.endCursor}
          >
            {t('common.next')}
          </button>
        </nav>
      )}
    </section>
  );
}
