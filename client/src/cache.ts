import type { Cache, CacheExchangeOpts, Data } from '@urql/exchange-graphcache';

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
export function invalidateQueryField(cache: Cache, field: string, where?: Record<string, unknown>): void {
  for (const info of cache.inspectFields('Query')) {
    if (info.fieldName !== field) continue;
    if (where && !Object.entries(where).every(([key, value]) => info.arguments?.[key] === value)) continue;
    cache.invalidate('Query', info.fieldName, info.arguments ?? undefined);
  }
}

interface MessageAddedData {
  messageAdded?: { company?: { id: string } | null } | null;
}
interface UnreadChangedData {
  unreadCountChanged?: { count: number; companyId: string | null } | null;
}

/**
 * How live events and mutations change cached data: a new message refetches its thread and the
 * lists showing last messages; an unread count event refetches the counts shown elsewhere (the
 * badge itself shows the event); marking read or sending refetches what they change.
 */
export const cacheOptions: CacheExchangeOpts = {
  keys: Object.fromEntries(embedded.map((name) => [name, () => null])),
  updates: {
    Subscription: {
      messageAdded(result: Data, _args, cache) {
        const companyId = (result as MessageAddedData).messageAdded?.company?.id;
        if (companyId) invalidateQueryField(cache, 'messages', { companyId });
        invalidateQueryField(cache, 'inbox');
        invalidateQueryField(cache, 'companies');
      },
      unreadCountChanged(result: Data, _args, cache) {
        if ((result as UnreadChangedData).unreadCountChanged) invalidateQueryField(cache, 'unreadCount');
      },
    },
    Mutation: {
      sendMessage(result: Data, _args, cache) {
        const companyId = (result as { sendMessage?: { company?: { id: string } } }).sendMessage?.company?.id;
        if (companyId) invalidateQueryField(cache, 'messages', { companyId });
        invalidateQueryField(cache, 'inbox');
      },
      markMessagesRead(_result, args, cache) {
        invalidateQueryField(cache, 'messages', { companyId: args.companyId });
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
