import { type Ref, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { graphql } from '../../gql';
import type { MessageDirection, ThreadMessageFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { useSession } from '../../session';
import { formatBytes } from '../../ui/format';
import { ErrorState, Loading } from '../../ui/states';
import type { Viewer } from '../../viewer';
import { downloadFile, filePath } from '../files/download';
import { Composer } from './Composer';

export const ThreadMessage = graphql(`
  fragment ThreadMessage on Message {
    id
    kind
    direction
    subject
    body
    createdAt
    readByMe
    author { id name }
    attachments { id filename size contentType url printout period downloadedAt }
    receipts { readAt user { id name } }
  }
`);

export const ThreadCompanyQuery = graphql(`
  query ThreadCompany($companyId: ID!) {
    company(id: $companyId) { id name nip }
  }
`);

export const ThreadMessagesQuery = graphql(`
  query ThreadMessages($companyId: ID!, $first: Int!, $after: String) {
    messages(companyId: $companyId, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...ThreadMessage } }
    }
  }
`);

export const MarkThreadReadMutation = graphql(`
  mutation MarkThreadRead($companyId: ID!) {
    markMessagesRead(companyId: $companyId)
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

/** Messages per page; the newest page grows past it while older pages are shown (see below). */
const PAGE = 30;
const MAX_PAGE = 100;
const staffRoles: Array<Viewer['role']> = ['OFFICE_HEAD', 'CARETAKER'];

interface ThreadProps {
  companyId: string;
  viewer: Viewer;
  /** Inside another page (the client's MESSAGES view), which gives the heading itself. */
  embedded?: boolean;
  /** The message field, for an "ask a question" entry elsewhere on the page. */
  composerRef?: Ref<HTMLTextAreaElement>;
}

/**
 * One company's thread, oldest at the top: staff at /inbox/:companyId, clients at
 * /messages/:companyId. Live: new messages and read receipts arrive without reload, and opening
 * the thread (or receiving a message while it is open) marks it read.
 */
export function ThreadPage(props: ThreadProps) {
  // A new state per company, so nothing of one thread (pages, draft) shows in another.
  return <ThreadView key={props.companyId} {...props} />;
}

interface Anchor {
  /** The thread's size when older pages were first loaded. */
  total: number;
  /** `after` cursors of the older pages, newest page first. */
  cursors: string[];
}

function ThreadView({ companyId, viewer, embedded = false, composerRef }: ThreadProps) {
  const { t } = useI18n();
  const staff = staffRoles.includes(viewer.role);
  const ownSide: MessageDirection = staff ? 'OFFICE_TO_CLIENT' : 'CLIENT_TO_OFFICE';

  const [company] = useQuery({ query: ThreadCompanyQuery, variables: { companyId } });

  // Older pages hang off fixed cursors. New messages push the newest page's oldest rows out of it,
  // so while older pages are shown the newest page grows by the thread's growth: no row falls
  // between the pages.
  const [anchor, setAnchor] = useState<Anchor | null>(null);
  const [knownTotal, setKnownTotal] = useState(0);
  const growth = anchor ? Math.max(0, knownTotal - anchor.total) : 0;
  const [head, reexecuteHead] = useQuery({
    query: ThreadMessagesQuery,
    variables: { companyId, first: Math.min(MAX_PAGE, PAGE + growth) },
  });
  const connection = head.data?.messages;
  useEffect(() => {
    if (connection && connection.totalCount > knownTotal) setKnownTotal(connection.totalCount);
  }, [connection, knownTotal]);
  useEffect(() => {
    // Too many new messages to cover: start again from the newest page.
    if (anchor && PAGE + growth > MAX_PAGE) setAnchor(null);
  }, [anchor, growth]);

  const messages = connection?.edges.map((edge) => edge.node) ?? [];

  // Marking read: once on opening, then whenever a message from the other side is unread here.
  const [, markRead] = useMutation(MarkThreadReadMutation);
  const marking = useRef({ busy: false, again: false, deferred: false });
  const requestMarkRead = useCallback(async () => {
    const state = marking.current;
    // A thread in a hidden tab is not being read: wait until it is looked at.
    if (document.visibilityState === 'hidden') {
      state.deferred = true;
      return;
    }
    if (state.busy) {
      state.again = true;
      return;
    }
    state.busy = true;
    try {
      do {
        state.again = false;
        await markRead({ companyId });
      } while (state.again);
    } finally {
      state.busy = false;
    }
  }, [companyId, markRead]);
  useEffect(() => {
    void requestMarkRead();
    const onVisible = () => {
      if (document.visibilityState !== 'visible' || !marking.current.deferred) return;
      marking.current.deferred = false;
      void requestMarkRead();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [requestMarkRead]);
  const attempted = useRef(new Set<string>());
  const unreadKey = messages
    .filter((m) => m.direction !== ownSide && !m.readByMe && !attempted.current.has(m.id))
    .map((m) => m.id)
    .join(',');
  useEffect(() => {
    if (!unreadKey) return;
    for (const id of unreadKey.split(',')) attempted.current.add(id);
    void requestMarkRead();
  }, [unreadKey, requestMarkRead]);

  // Live: the cache refetches the thread on a new message and updates receipts in place.
  const [added] = useSubscription({
    query: ThreadMessageAddedSubscription,
    variables: { companyId },
  });
  useSubscription({ query: ThreadMessageReadSubscription, variables: { companyId } });
  const [announcement, setAnnouncement] = useState('');
  const latest = added.data?.messageAdded;
  useEffect(() => {
    if (!latest || latest.direction === ownSide) return;
    setAnnouncement(t('thread.announce', { name: latest.author.name }));
    void requestMarkRead();
    // Only a new event matters, not a change of language.
  }, [latest?.id]);

  // Scrolling: start at the newest, follow new messages while at the bottom (and always one's own),
  // and keep the view still when older ones are put above.
  const scroller = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const restore = useRef<{ top: number; height: number } | null>(null);
  const lastNewest = useRef<string | null>(null);
  const newest = messages[0];
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || restore.current) return;
    const arrived = newest && newest.id !== lastNewest.current;
    lastNewest.current = newest?.id ?? null;
    if (atBottom.current || (arrived && newest.direction === ownSide)) {
      element.scrollTop = element.scrollHeight;
      atBottom.current = true;
    }
  });
  const onScroll = () => {
    const element = scroller.current;
    if (element)
      atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < 48;
  };
  const keepPosition = useCallback(() => {
    const element = scroller.current;
    const saved = restore.current;
    if (!element || !saved) return;
    element.scrollTop = saved.top + (element.scrollHeight - saved.height);
    restore.current = null;
  }, []);
  const loadOlder = useCallback(
    (cursor: string) => {
      const element = scroller.current;
      if (element) restore.current = { top: element.scrollTop, height: element.scrollHeight };
      atBottom.current = false;
      setAnchor((current) => {
        if (!current) return { total: knownTotal, cursors: [cursor] };
        return current.cursors.includes(cursor)
          ? current
          : { ...current, cursors: [...current.cursors, cursor] };
      });
    },
    [knownTotal],
  );

  const companyName =
    company.data?.company?.name ?? viewer.companies.find((c) => c.id === companyId)?.name;
  const notFound =
    company.data?.company === null ||
    head.error?.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND');
  const heading = embedded ? null : (
    <header className="thread-header">
      {staff ? (
        <Link to="/inbox" className="back">
          {t('thread.backToInbox')}
        </Link>
      ) : viewer.companies.length > 1 ? (
        <Link to="/messages" className="back">
          {t('thread.backToCompanies')}
        </Link>
      ) : null}
      <h1>{companyName ?? t('thread.labelPlain')}</h1>
      {company.data?.company && (
        <p className="hint">
          {t('thread.nip', { nip: company.data.company.nip })}
          {staff && (
            <>
              {' · '}
              <Link to={`/companies/${companyId}`}>{t('thread.companyCard')}</Link>
            </>
          )}
        </p>
      )}
    </header>
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
          <ErrorState
            error={head.error}
            onRetry={() => reexecuteHead({ requestPolicy: 'network-only' })}
          />
        ) : (
          <Loading />
        )}
      </>
    );
  }

  const olderCursors = anchor ? [...anchor.cursors].reverse() : [];
  const label = companyName ? t('thread.label', { company: companyName }) : t('thread.labelPlain');
  return (
    <div className="thread-view">
      {heading}
      <div
        className="thread-scroll"
        ref={scroller}
        onScroll={onScroll}
        tabIndex={0}
        aria-label={label}
        data-testid="thread"
        data-company-id={companyId}
      >
        {anchor ? null : (
          <OlderControl
            hasMore={connection.pageInfo.hasNextPage}
            cursor={connection.pageInfo.endCursor}
            onLoad={loadOlder}
            empty={!messages.length}
          />
        )}
        {olderCursors.map((cursor, index) => (
          <OlderPage
            key={cursor}
            companyId={companyId}
            cursor={cursor}
            oldest={index === 0}
            viewer={viewer}
            ownSide={ownSide}
            staff={staff}
            onLoad={loadOlder}
            onShown={keepPosition}
          />
        ))}
        {messages.length ? (
          <MessageList messages={messages} viewer={viewer} ownSide={ownSide} staff={staff} />
        ) : (
          <p className="muted thread-empty">
            {staff ? t('thread.empty') : t('thread.emptyClient')}
          </p>
        )}
        {head.error && (
          <ErrorState
            error={head.error}
            onRetry={() => reexecuteHead({ requestPolicy: 'network-only' })}
          />
        )}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <Composer companyId={companyId} staff={staff} inputRef={composerRef} />
    </div>
  );
}

function OlderControl({
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
function OlderPage({
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

/** A page of messages, given newest first and shown oldest first. */
function MessageList({
  messages,
  viewer,
  ownSide,
  staff,
}: {
  messages: ThreadMessageFragment[];
  viewer: Viewer;
  ownSide: MessageDirection;
  staff: boolean;
}) {
  return (
    <ol className="thread">
      {[...messages].reverse().map((message) => (
        <MessageItem
          key={message.id}
          message={message}
          viewer={viewer}
          mine={message.direction === ownSide}
          staff={staff}
        />
      ))}
    </ol>
  );
}

function MessageItem({
  message,
  viewer,
  mine,
  staff,
}: {
  message: ThreadMessageFragment;
  viewer: Viewer;
  mine: boolean;
  staff: boolean;
}) {
  const { t, formatDateTime } = useI18n();
  const unread = !mine && !message.readByMe;
  const className = [
    'message',
    mine ? 'mine' : 'theirs',
    unread ? 'unread' : '',
    `kind-${message.kind.toLowerCase()}`,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <li
      className={className}
      data-testid="message"
      data-message-id={message.id}
      data-kind={message.kind}
      data-direction={message.direction}
    >
      <div className="meta">
        <span className="kind-tag">{t(`thread.kind.${message.kind}`)}</span>
        <span className="author">
          {message.author.id === viewer.id
            ? t('thread.you', { name: message.author.name })
            : message.author.name}
        </span>
        <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
        {unread && <span className="new-tag">{t('thread.new')}</span>}
      </div>
      {message.subject && (
        <p className="subject">{t('thread.subject', { subject: message.subject })}</p>
      )}
      <div className="body">{message.body}</div>
      {message.attachments.length > 0 && (
        <ul className="attachments" aria-label={t('thread.attachments')}>
          {message.attachments.map((attachment) => (
            <AttachmentButton key={attachment.id} attachment={attachment} staff={staff} />
          ))}
        </ul>
      )}
      {staff && message.direction === 'OFFICE_TO_CLIENT' && (
        <Receipts receipts={message.receipts} />
      )}
    </li>
  );
}

function Receipts({ receipts }: { receipts: ThreadMessageFragment['receipts'] }) {
  const { t, formatDateTime } = useI18n();
  if (!receipts.length) return <p className="receipt-pending">{t('thread.notRead')}</p>;
  return (
    <ul className="receipts" aria-label={t('thread.receipts')}>
      {receipts.map((receipt) => (
        <li
          key={receipt.user.id}
          className="receipt"
          data-testid="receipt"
          data-user-id={receipt.user.id}
        >
          <span aria-hidden="true">✓ </span>
          {t('thread.readBy', { name: receipt.user.name, time: formatDateTime(receipt.readAt) })}
        </li>
      ))}
    </ul>
  );
}

function AttachmentButton({
  attachment,
  staff,
}: {
  attachment: ThreadMessageFragment['attachments'][number];
  staff: boolean;
}) {
  const { t, lang, formatDateTime } = useI18n();
  const { token, expire } = useSession();
  const [state, setState] = useState<'idle' | 'loading' | 'not-found' | 'failed'>('idle');
  const size = formatBytes(attachment.size, lang);
  const download = async () => {
    setState('loading');
    try {
      const outcome = await downloadFile(filePath(attachment.url), token);
      if (outcome.status === 'unauthenticated') expire();
      else
        setState(
          outcome.status === 'saved'
            ? 'idle'
            : outcome.status === 'not-found'
              ? 'not-found'
              : 'failed',
        );
    } catch {
      setState('failed');
    }
  };
  return (
    <li>
      <button
        type="button"
        className="attachment"
        data-testid="attachment-link"
        data-attachment-id={attachment.id}
        onClick={download}
        aria-busy={state === 'loading'}
        aria-label={
          state === 'loading'
            ? t('thread.downloading', { filename: attachment.filename })
            : t('thread.download', { filename: attachment.filename, size })
        }
      >
        <PaperclipIcon />
        <span className="filename">{attachment.filename}</span>{' '}
        <span className="muted">{size}</span>
      </button>
      {staff && attachment.downloadedAt && (
        <span className="hint">
          {' '}
          {t('thread.downloadedByClient', { time: formatDateTime(attachment.downloadedAt) })}
        </span>
      )}
      {state === 'not-found' && (
        <span role="alert" className="error">
          {' '}
          {t('thread.downloadNotFound', { filename: attachment.filename })}
        </span>
      )}
      {state === 'failed' && (
        <span role="alert" className="error">
          {' '}
          {t('thread.downloadFailed', { filename: attachment.filename })}
        </span>
      )}
    </li>
  );
}

function PaperclipIcon() {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M16.5 6.5v10a4.5 4.5 0 0 1-9 0V5a3 3 0 0 1 6 0v10.5a1.5 1.5 0 0 1-3 0V6.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
      />
    </svg>
  );
}
