import { useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { graphql } from '../../gql';
import type { InboxQuery as InboxData } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { ErrorState, Loading } from '../../ui/states';

export const InboxQuery = graphql(`
  query Inbox($first: Int!, $after: String) {
    inbox(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          lastActivityAt
          unreadFromClientCount
          company { id name nip }
          lastMessage { id kind direction subject body createdAt author { id name } attachments { id } }
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
const EXCERPT = 140;

type Conversation = InboxData['inbox']['edges'][number]['node'];

/** One line of a message: whitespace folded, cut at a word near the limit. */
export function excerpt(text: string, limit = EXCERPT): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

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

  let content;
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

function ConversationRow({ conversation }: { conversation: Conversation }) {
  const { t, tn, formatDateTime } = useI18n();
  const { company, lastMessage, unreadFromClientCount: unread } = conversation;
  const text =
    lastMessage.kind === 'EMAIL' && lastMessage.subject ? lastMessage.subject : lastMessage.body;
  return (
    <li>
      <Link
        to={`/inbox/${company.id}`}
        className={unread ? 'conversation has-unread' : 'conversation'}
        data-testid="conversation"
        data-company-id={company.id}
        data-unread={unread}
      >
        <span className="conversation-company">{company.name}</span>
        <time className="conversation-time" dateTime={conversation.lastActivityAt}>
          {formatDateTime(conversation.lastActivityAt)}
        </time>
        <span className="conversation-excerpt">
          <span className="muted">{t('inbox.from', { name: lastMessage.author.name })}</span>{' '}
          {excerpt(text)}
          {lastMessage.attachments.length > 0 && (
            <span className="muted"> {t('inbox.attachment')}</span>
          )}
        </span>
        {unread > 0 ? (
          <span className="conversation-unread">
            <span className="count-pill" aria-hidden="true" data-testid="conversation-unread">
              {unread}
            </span>
            <span className="visually-hidden">{tn('inbox.unread', unread)}</span>
          </span>
        ) : null}
      </Link>
    </li>
  );
}
