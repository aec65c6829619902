import { type ReactNode, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { ErrorState, Loading } from '../../ui/states';
import { useDebounced } from '../companies/useDebounced';
import { ConversationRow } from './ConversationRow';
import { InboxControls, type InboxTab } from './InboxControls';

export const InboxQuery = graphql(`
  query Inbox($first: Int!, $after: String, $status: ConversationStatus, $search: String) {
    inbox(first: $first, after: $after, status: $status, search: $search) {
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
 * The office's client questions: by default the conversations awaiting the office's answer (the
 * client wrote last), or all, or those closed; searched by company name or NIP; latest activity
 * first. A new message anywhere refetches the list (see cache.ts), so it moves without a reload.
 */
export function InboxPage() {
  const { t, tn } = useI18n();
  const [tab, setTab] = useState<InboxTab>('AWAITING_REPLY');
  const [search, setSearch] = useState('');
  const term = useDebounced(search.trim());
  // Cursors of the pages walked through; the last one is shown (null: the first page).
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const after = cursors[cursors.length - 1];
  const [result, reexecute] = useQuery({
    query: InboxQuery,
    variables: {
      first: PAGE,
      after,
      status: tab === 'ALL' ? null : tab,
      search: term || null,
    },
  });
  useSubscription({ query: InboxMessageAddedSubscription });
  const inbox = result.data?.inbox;
  const changeTab = (next: InboxTab) => {
    setTab(next);
    setCursors([null]);
  };
  const changeSearch = (next: string) => {
    setSearch(next);
    setCursors([null]);
  };

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
      <p className="muted empty-state" data-testid="inbox-empty">
        {cursors.length > 1
          ? t('inbox.emptyPage')
          : term
            ? t('inbox.emptySearch')
            : t(`inbox.empty.${tab}`)}
      </p>
    );
  } else {
    content = (
      <ul className="conversations" aria-label={t('inbox.list')}>
        {inbox.edges.map(({ node }) => (
          <ConversationRow
            key={node.company.id}
            conversation={node}
            // A list fetched while the change was on its way may still show it: fetch it anew.
            onChanged={() => reexecute({ requestPolicy: 'network-only' })}
          />
        ))}
      </ul>
    );
  }

  return (
    <section className="inbox" aria-labelledby="inbox-title">
      <header className="inbox-header">
        <h1 id="inbox-title">{t('inbox.title')}</h1>
        {inbox && (
          <span className="muted" data-testid="inbox-total">
            {tn('inbox.total', inbox.totalCount)}
          </span>
        )}
        {result.fetching && inbox && (
          <span className="muted" role="status">
            {t('inbox.refreshing')}
          </span>
        )}
      </header>
      <InboxControls tab={tab} onTab={changeTab} search={search} onSearch={changeSearch} />
      <div role="tabpanel" id="inbox-panel" aria-labelledby={`inbox-tab-${tab}`}>
        {inbox && result.error && (
          <ErrorState
            error={result.error}
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        )}
        {content}
      </div>
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
