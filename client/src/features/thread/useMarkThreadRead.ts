import { useCallback, useEffect, useRef } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { MessageDirection } from '../../gql/graphql';

export const MarkThreadReadMutation = graphql(`
  mutation MarkThreadRead($companyId: ID!) {
    markMessagesRead(companyId: $companyId)
  }
`);

/**
 * Marks a thread read: once on opening, then whenever a message from the other side is unread
 * here, never twice at once (a request while one runs runs once more after it), and not while the
 * tab is hidden (a thread nobody looks at is not being read) but as soon as it is shown. Returns
 * the request, for events that call for one.
 */
export function useMarkThreadRead(
  companyId: string,
  messages: ReadonlyArray<{ id: string; direction: MessageDirection; readByMe: boolean }>,
  ownSide: MessageDirection,
): () => Promise<void> {
  const [, markRead] = useMutation(MarkThreadReadMutation);
  const marking = useRef({ busy: false, again: false, deferred: false });
  const requestMarkRead = useCallback(async () => {
    const state = marking.current;
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

  // Each unread message asks once: if marking does not take (an error), it does not loop.
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

  return requestMarkRead;
}
