import type { Cache } from '@urql/exchange-graphcache';
import { graphql } from './gql';
import type { GraphCacheConfig, GraphCacheKeysConfig, Message } from './gql/graphcache';
import schema from './gql/introspection';

const roots = new Set(['Query', 'Mutation', 'Subscription']);

/** Types without an id of their own (connections, edges, payloads) live inside their parent in the cache. */
const keys: GraphCacheKeysConfig = Object.fromEntries(
  schema.__schema.types.flatMap((type) =>
    type.kind === 'OBJECT' &&
    !roots.has(type.name) &&
    !type.fields.some((field) => field.name === 'id')
      ? [[type.name, () => null]]
      : [],
  ),
);

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

const MessageReadByMe = graphql(`
  fragment MessageReadByMe on Message {
    id
    readByMe
  }
`);

/**
 * Marks the cached messages of a company's thread (all loaded pages; only `only` when given) as
 * read by the viewer, in place. Not by invalidating the thread: a refetch of it may be on its way, and its answer would
 * land under the invalidation while urql drops the re-execution of a query in flight, leaving
 * the thread without data until something else refetches it.
 */
function markCachedThreadRead(
  cache: Cache,
  companyId: string,
  only: readonly string[] | null | undefined,
): void {
  const named = only ? new Set(only) : null;
  for (const info of cache.inspectFields('Query')) {
    if (info.fieldName !== 'messages' || info.arguments?.companyId !== companyId) continue;
    const connection = cache.resolve('Query', info.fieldKey);
    const edges = typeof connection === 'string' ? cache.resolve(connection, 'edges') : null;
    if (!Array.isArray(edges)) continue;
    for (const edge of edges) {
      const node = typeof edge === 'string' ? cache.resolve(edge, 'node') : null;
      if (typeof node !== 'string' || cache.resolve(node, 'readByMe') !== false) continue;
      const id = cache.resolve(node, 'id');
      if (typeof id === 'string' && (!named || named.has(id)))
        cache.writeFragment(MessageReadByMe, { id, readByMe: true });
    }
  }
}

/** The badge's count (no company) or one company's, as written from an unread count event. */
const UnreadCountField = graphql(`
  query UnreadCountField($companyId: ID) {
    unreadCount(companyId: $companyId)
  }
`);

/**
 * How live events and mutations change cached data: a new message refetches its thread and the
 * lists showing last messages; a receipt updates its message in place (or refetches its receipts
 * when the event did not carry them); an unread count event writes its count in place (the badge
 * reads it) and refetches the other counts; marking read marks the thread read in place and refetches
 * the counts and lists; sending refetches what it changes.
 */
export const cacheOptions: GraphCacheConfig = {
  schema,
  keys,
  updates: {
    Subscription: {
      messageAdded(result, args, cache) {
        // The subscriber chose the fields: the company may not be among them.
        const companyId = result.messageAdded?.company?.id ?? args.companyId;
        // Without the company, every thread may have changed.
        invalidateQueryField(cache, 'messages', companyId ? { companyId } : undefined);
        invalidateQueryField(cache, 'inbox');
        invalidateQueryField(cache, 'companies');
      },
      messageRead(result, _args, cache) {
        // Only the fields the subscriber selected are there: receipts may not be.
        const message: Partial<Message> | undefined = result.messageRead?.message;
        if (message?.id && message.receipts === undefined) {
          cache.invalidate({ __typename: 'Message', id: message.id }, 'receipts');
          cache.invalidate({ __typename: 'Message', id: message.id }, 'readByMe');
        }
      },
      // A client confirmed receipt: the company card's list of awaited confirmations changed.
      messageAcknowledged(result, _args, cache) {
        const companyId = result.messageAcknowledged?.company?.id;
        if (companyId)
          cache.invalidate({ __typename: 'Company', id: companyId }, 'acknowledgmentRequests');
      },
      unreadCountChanged(result, _args, cache) {
        const changed = result.unreadCountChanged;
        if (changed?.count === undefined) return;
        const count = changed.count;
        // The event carries the count it is about: write it in place (a refetch per event would cost a
        // request per subscriber); the other counts cannot be derived from it.
        const companyId = changed.companyId ?? null;
        cache.updateQuery({ query: UnreadCountField, variables: { companyId } }, () => ({
          unreadCount: count,
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
      sendMessage(result, _args, cache) {
        const companyId = result.sendMessage?.company?.id;
        if (companyId) invalidateQueryField(cache, 'messages', { companyId });
        invalidateQueryField(cache, 'inbox');
        invalidateQueryField(cache, 'companies');
      },
      // Confirming receipt also reads the message: the counts move as on markMessagesRead.
      acknowledgeMessage(_result, _args, cache) {
        invalidateQueryField(cache, 'unreadCount');
        invalidateQueryField(cache, 'inbox');
        invalidateQueryField(cache, 'companies');
      },
      markMessagesRead(_result, args, cache) {
        markCachedThreadRead(cache, args.companyId, args.messageIds);
        invalidateQueryField(cache, 'unreadCount');
        invalidateQueryField(cache, 'inbox');
        invalidateQueryField(cache, 'companies');
      },
      sendBulkNotification(_result, _args, cache) {
        invalidateQueryField(cache, 'companies');
        invalidateQueryField(cache, 'inbox');
        invalidateQueryField(cache, 'broadcasts');
      },
      // The inbox's tabs list conversations by what these change.
      closeConversation(_result, _args, cache) {
        invalidateQueryField(cache, 'inbox');
      },
      reopenConversation(_result, _args, cache) {
        invalidateQueryField(cache, 'inbox');
      },
      sendEmail(_result, _args, cache) {
        invalidateQueryField(cache, 'companies');
        invalidateQueryField(cache, 'broadcasts');
      },
      // A reminder is a new broadcast of the list, and one more of the original's reminders.
      remindUnread(_result, args, cache) {
        cache.invalidate({ __typename: 'Broadcast', id: args.broadcastId }, 'reminders');
        invalidateQueryField(cache, 'broadcasts');
        invalidateQueryField(cache, 'companies');
        invalidateQueryField(cache, 'inbox');
      },
      cancelBroadcast(_result, _args, cache) {
        invalidateQueryField(cache, 'broadcasts');
      },
      // The recalled messages stay in the office's threads, marked.
      recallBroadcast(_result, _args, cache) {
        invalidateQueryField(cache, 'broadcasts');
        invalidateQueryField(cache, 'messages');
      },
      // The company list is sorted, searched and filtered by what these change.
      updateCompany(_result, _args, cache) {
        invalidateQueryField(cache, 'companies');
      },
      archiveCompany(_result, _args, cache) {
        invalidateQueryField(cache, 'companies');
        invalidateQueryField(cache, 'inbox');
      },
      restoreCompany(_result, _args, cache) {
        invalidateQueryField(cache, 'companies');
        invalidateQueryField(cache, 'inbox');
      },
      assignCaretaker(_result, args, cache) {
        for (const id of args.companyIds)
          cache.invalidate({ __typename: 'Company', id }, 'caretaker');
        invalidateQueryField(cache, 'companies');
      },
      importCompanies(_result, args, cache) {
        if (!args.dryRun) invalidateQueryField(cache, 'companies');
      },
    },
  },
};
