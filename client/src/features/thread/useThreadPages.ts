import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';

export const ThreadMessagesQuery = graphql(`
  query ThreadMessages($companyId: ID!, $first: Int!, $after: String) {
    messages(companyId: $companyId, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id direction readByMe ...MessageItem_message } }
    }
  }
`);

/** Messages per page; the newest page grows past it while older pages are shown (see below). */
export const PAGE = 30;
const MAX_PAGE = 100;

interface Anchor {
  /** The thread's size when older pages were first loaded. */
  total: number;
  /** `after` cursors of the older pages, newest page first. */
  cursors: string[];
}

/**
 * The newest page of a thread, and the older pages loaded above it. Older pages hang off fixed
 * cursors. New messages push the newest page's oldest rows out of it, so while older pages are
 * shown the newest page grows by the thread's growth: no row falls between the pages.
 */
export function useThreadPages(companyId: string) {
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

  const addOlder = (cursor: string) =>
    setAnchor((current) => {
      if (!current) return { total: knownTotal, cursors: [cursor] };
      return current.cursors.includes(cursor)
        ? current
        : { ...current, cursors: [...current.cursors, cursor] };
    });

  return {
    head,
    retryHead: () => reexecuteHead({ requestPolicy: 'network-only' }),
    /** Whether older pages are shown (the newest page then offers no "load older" of its own). */
    anchored: anchor !== null,
    /** Cursors of the older pages, oldest first. */
    olderCursors: anchor ? [...anchor.cursors].reverse() : [],
    addOlder,
  };
}
