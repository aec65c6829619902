import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { graphql } from '../../gql';
import type { MessageDirection } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { ErrorState, Loading } from '../../ui/states';
import type { Viewer } from '../../viewer';
import { Composer } from './Composer';
import { MessageList } from './MessageList';
import { OlderControl, OlderPage } from './OlderPage';
import { ThreadHeader } from './ThreadHeader';
import { ThreadSightContext, useReadOnSight } from './useReadOnSight';
import { useThreadPages } from './useThreadPages';
import { useThreadScroll } from './useThreadScroll';

export const ThreadCompanyQuery = graphql(`
  query ThreadCompany($companyId: ID!) {
    company(id: $companyId) { id name nip }
  }
`);

const ThreadMessageAddedSubscription = graphql(`
  subscription ThreadMessageAdded($companyId: ID!) {
    messageAdded(companyId: $companyId) { id direction author { id name } company { id } }
  }
`);

const ThreadMessageReadSubscription = graphql(`
  subscription ThreadMessageRead($companyId: ID!) {
    messageRead(companyId: $companyId) {
      readAt
      user { id name }
      message { id readByMe receipts { readAt user { id name } } }
    }
  }
`);

const staffRoles: Array<Viewer['role']> = ['OFFICE_HEAD', 'CARETAKER'];

interface ThreadProps {
  companyId: string;
  viewer: Viewer;
}

/**
 * One company's thread, oldest at the top: staff at /inbox/:companyId, clients at
 * /messages/:companyId. Live: new messages and read receipts arrive without reload. A message of
 * the other side is read once seen (a second on screen with the window in use), or when opened
 * from a link to it (`#message-<id>`); never by loading the page.
 */
export function ThreadPage(props: ThreadProps) {
  // A new state per company, so nothing of one thread (pages, draft) shows in another.
  return <ThreadView key={props.companyId} {...props} />;
}

function ThreadView({ companyId, viewer }: ThreadProps) {
  const { t } = useI18n();
  const staff = staffRoles.includes(viewer.role);
  const ownSide: MessageDirection = staff ? 'OFFICE_TO_CLIENT' : 'CLIENT_TO_OFFICE';

  const [company] = useQuery({ query: ThreadCompanyQuery, variables: { companyId } });
  const pages = useThreadPages(companyId);
  const { head } = pages;
  const connection = head.data?.messages;
  const messages = connection?.edges.map((edge) => edge.node) ?? [];
  const { watch, readNow } = useReadOnSight(companyId);
  const firstUnreadId = useFirstUnread(messages, ownSide);
  const sight = useMemo(() => ({ watch, firstUnreadId }), [watch, firstUnreadId]);
  const scroll = useThreadScroll(messages[0], ownSide);
  useOpenedMessage(messages, readNow, scroll.onScroll);

  // Live: the cache refetches the thread on a new message and updates receipts in place; the
  // thread is a log region, so screen readers read out what arrives.
  useSubscription({ query: ThreadMessageAddedSubscription, variables: { companyId } });
  useSubscription({ query: ThreadMessageReadSubscription, variables: { companyId } });

  const loadOlder = (cursor: string) => {
    scroll.saveForOlder();
    pages.addOlder(cursor);
  };

  const companyName =
    company.data?.company?.name ?? viewer.companies.find((c) => c.id === companyId)?.name;
  const notFound =
    company.data?.company === null ||
    head.error?.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND');
  const heading = (
    <ThreadHeader
      companyId={companyId}
      staff={staff}
      company={company.data?.company}
      companyName={companyName}
    />
  );

  if (notFound) {
    return (
      <>
        {heading}
        <p role="status" data-testid="thread-not-found">
          {t('thread.notFound')}
        </p>
      </>
    );
  }
  if (!connection) {
    return (
      <>
        {heading}
        {head.error ? (
          <ErrorState error={head.error} onRetry={pages.retryHead} notFoundPage />
        ) : (
          <Loading />
        )}
      </>
    );
  }

  const label = companyName ? t('thread.label', { company: companyName }) : t('thread.labelPlain');
  return (
    <ThreadSightContext.Provider value={sight}>
      <div className="thread-view">
        {heading}
        <section
          className="thread-scroll"
          ref={scroll.scroller}
          onScroll={scroll.onScroll}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: the thread scrolls; keyboards scroll what has focus
          tabIndex={0}
          role="log"
          aria-label={label}
          data-testid="thread"
          data-company-id={companyId}
        >
          {pages.anchored ? null : (
            <OlderControl
              hasMore={connection.pageInfo.hasNextPage}
              cursor={connection.pageInfo.endCursor}
              onLoad={loadOlder}
              empty={!messages.length}
            />
          )}
          {pages.olderCursors.map((cursor, index) => (
            <OlderPage
              key={cursor}
              companyId={companyId}
              cursor={cursor}
              oldest={index === 0}
              viewer={viewer}
              ownSide={ownSide}
              staff={staff}
              onLoad={loadOlder}
              onShown={scroll.keepPosition}
            />
          ))}
          {messages.length ? (
            <MessageList messages={messages} viewer={viewer} ownSide={ownSide} staff={staff} />
          ) : (
            <p className="muted thread-empty">
              {staff ? t('thread.empty') : t('thread.emptyClient')}
            </p>
          )}
          {head.error && <ErrorState error={head.error} onRetry={pages.retryHead} notFoundPage />}
        </section>
        <Composer companyId={companyId} staff={staff} />
      </div>
    </ThreadSightContext.Provider>
  );
}

type ThreadMessage = { id: string; direction: MessageDirection; readByMe: boolean };

/**
 * The oldest unread message of the other side when the thread opened (or the first to arrive
 * unread after that): where "New" starts. It stays while the thread is open, as messages get read.
 */
function useFirstUnread(messages: ThreadMessage[], ownSide: MessageDirection): string | null {
  const [first, setFirst] = useState<string | null>(null);
  const oldestUnread = messages.findLast((m) => m.direction !== ownSide && !m.readByMe)?.id;
  useEffect(() => {
    if (!first && oldestUnread) setFirst(oldestUnread);
  }, [first, oldestUnread]);
  return first ?? oldestUnread ?? null;
}

/** A link to one message (`#message-<id>`) opens it: shown, and read if it was unread. */
function useOpenedMessage(
  messages: ThreadMessage[],
  readNow: (ids: string[]) => Promise<unknown>,
  /** Tells the thread's scrolling where the view now is, so it does not pull it to the bottom. */
  scrolled: () => void,
): void {
  const done = useRef(false);
  const target = /^#message-(.+)$/.exec(window.location.hash)?.[1];
  const message = target ? messages.find((m) => m.id === target) : undefined;
  useEffect(() => {
    if (done.current || !message) return;
    done.current = true;
    document.getElementById(`message-${message.id}`)?.scrollIntoView({ block: 'center' });
    scrolled();
    if (!message.readByMe) readNow([message.id]).catch(() => {});
  }, [message, readNow, scrolled]);
}
