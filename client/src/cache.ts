import type { Cache, CacheExchangeOpts, Data } from '@urql/exchange-graphcache';
import { gql } from 'urql';

/** Types without an id of their own live inside their parent in the cache. */
const embedded = [
  'CompanyConnection',
  'CompanyEdge',
  'MessageConnection',
  'MessageEdge',
  'ConversationConnection',
  'ConversationEdge',
  'Conversation',
  'EmailDeliveryConnection',
  'EmailDeliveryEdge',
  'LedgerEntryConnection',
  'LedgerEntryEdge',
  'PageInfo',
  'UnreadCount',
  'PrintoutOption',
  'ReadReceipt',
  'AuthPayload',
];

/** Drops every cached `Query.<field>` (optionally only those with the given arguments), so it is fetched again. */
export function invalidateQueryField(
  cache: Cache,
  field: string,
  where?: Record<string, unknown>,
): void {
  for (const info of cache.inspectFields('Query')) {
    if (info.fieldName !== field) continue;
    if (where && !Object.entries(where).every(([key, value]) => info.arguments?.[key] === value))
      continue;
    cache.invalidate('Query', info.fieldName, info.arguments ?? undefined);
  }
}

const MessageReadByMe = gql`
  fragment MessageReadByMe on Message {
    id
    readByMe
  }
`;

/**
 * Marks every cached message of a company's thread (all loaded pages) as read by the viewer, in
 * place. Not by invalidating the thread: a refetch of it may be on its way, and its answer would
 * land under the invalidation while urql drops the re-execution of a query in flight, leaving
 * the thread without data until something else refetches it.
 */
function markCachedThreadRead(cache: Cache, companyId: unknown): void {
  for (const info of cache.inspectFields('Query')) {
    if (info.fieldName !== 'messages' || info.arguments?.companyId !== companyId) continue;
    const connection = cache.resolve('Query', info.fieldKey);
    const edges = typeof connection === 'string' ? cache.resolve(connection, 'edges') : null;
    if (!Array.isArray(edges)) continue;
    for (const edge of edges) {
      const node = typeof edge === 'string' ? cache.resolve(edge, 'node') : null;
      if (typeof node !== 'string' || cache.resolve(node, 'readByMe') !== false) continue;
      cache.writeFragment(MessageReadByMe, {
        __typename: 'Message',
        id: cache.resolve(node, 'id'),
        readByMe: true,
      });
    }
  }
}

/** The badge's count (no company) or one company's, as written from an unread count event. */
const UnreadCountField = gql`
  query UnreadCountField($companyId: ID) {
    unreadCount(companyId: $companyId)
  }
`;

interface MessageAddedData {
  messageAdded?: { company?: { id: string } | null } | null;
}
interface MessageReadData {
  messageRead?: { message?: { id?: string; receipts?: unknown } | null } | null;
}
interface UnreadChangedData {
  unreadCountChanged?: { count: number; companyId: string | null } | null;
}
interface SentMessageData {
  sendMessage?: { company?: { id: string } | null } | null;
}

/**
 * How live events and mutations change cached data: a new message refetches its thread and the
 * lists showing last messages; a receipt updates its message in place (or refetches its receipts
 * when the event did not carry them); an unread count event writes its count in place (the badge
 * reads it) and refetches the other counts; marking read marks the thread read in place and refetches
 * the counts and lists; sending refetches what it changes.
 */
export const cacheOptions: CacheExchangeOpts = {
  keys: Object.fromEntries(embedded.map((name) => [name, () => null])),
  updates: {
    Subscription: {
      messageAdded(result: Data, args, cache) {
        const companyId =
          (result as MessageAddedData).messageAdded?.company?.id ??
          (args.companyId as string | undefined);
        // Without the company, every thread may have changed.
        invalidateQueryField(cache, 'messages', companyId ? { companyId } : undefined);
        invalidateQueryField(cache, 'inbox');
        invalidateQueryField(cache, 'companies');
      },
      messageRead(result: Data, _args, cache) {
        const message = (result as MessageReadData).messageRead?.message;
        if (message?.id && message.receipts === undefined) {
          cache.invalidate({ __typename: 'Message', id: message.id }, 'receipts');
          cache.invalidate({ __typename: 'Message', id: message.id }, 'readByMe');
        }
      },
      unreadCountChanged(result: Data, _args, cache) {
        const changed = (result as UnreadChangedData).unreadCountChanged;
        if (!changed) return;
        // The event carries the count it is about: write it in place (a refetch per event would cost a
        // request per subscriber); the other counts cannot be derived from it.
        const companyId = changed.companyId ?? null;
        cache.updateQuery({ query: UnreadCountField, variables: { companyId } }, () => ({
          unreadCount: changed.count,
        }));
        for (const info of cache.inspectFields('Query')) {
          const other =
            info.fieldName === 'unreadCount' && (info.arguments?.companyId ?? null) !== companyId;
          if (other) cache.invalidate('Query', info.fieldName, info.arguments ?? undefined);
        }
        // Office side: another staff member read a thread, or a client wrote; the inbox shows the counts.
        invalidateQueryField(cache, 'inbox');
      },
    },
    Mutation: {
      sendMessage(result: Data, _args, cache) {
        const companyId = (result as SentMessageData).sendMessage?.company?.id;
        if (companyId) invalidateQueryField(cache, 'messages', { companyId });
        invalidateQueryField(cache, 'inbox');
        invalidateQueryField(cache, 'companies');
      },
      markMessagesRead(_result, args, cache) {
        markCachedThreadRead(cache, args.companyId);
        invalidateQueryField(cache, 'unreadCount');
        invalidateQueryField(cache, 'inbox');
        invalidateQueryField(cache, 'companies');
      },
      sendBulkNotification(_result, _args, cache) {
        invalidateQueryField(cache, 'companies');
        invalidateQueryField(cache, 'inbox');
      },
      sendEmail(_result, _args, cache) {
        invalidateQueryField(cache, 'companies');
      },
    },
  },
};
