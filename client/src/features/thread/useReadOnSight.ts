import { createContext, useCallback, useContext, useEffect, useRef } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { isOnScreen, ReadOnSight } from './readOnSight';

export const MarkMessagesReadMutation = graphql(`
  mutation MarkMessagesRead($companyId: ID!, $messageIds: [ID!]) {
    markMessagesRead(companyId: $companyId, messageIds: $messageIds)
  }
`);

/** A ref callback: registers an unread message's element to be watched; returns the cleanup. */
export type WatchMessage = (element: HTMLElement | null) => (() => void) | undefined;

/** What the messages of an open thread share: the watcher of unread ones, and where "New" starts. */
export interface ThreadSight {
  watch: WatchMessage | null;
  /** The message the "New" divider stands above; it stays while the thread is open. */
  firstUnreadId: string | null;
}

export const ThreadSightContext = createContext<ThreadSight>({ watch: null, firstUnreadId: null });

export function useThreadSight(): ThreadSight {
  return useContext(ThreadSightContext);
}

/** Pixels at the top of the viewport the sticky top bar covers: what is under it is not seen. */
function coveredTop(): number {
  const bar = document.querySelector<HTMLElement>('header.topbar');
  if (!bar || getComputedStyle(bar).position !== 'sticky') return 0;
  return Math.max(0, Math.ceil(bar.getBoundingClientRect().bottom));
}

function attentive(): boolean {
  return document.visibilityState === 'visible' && document.hasFocus();
}

/**
 * Reads messages as the user sees them (ReadOnSight: a second on screen with the window in use),
 * never on loading a page. Returns the watcher MessageItem registers unread messages with (through
 * ThreadSightContext, elements carrying `data-message-id`) and `readNow` for a message opened
 * explicitly.
 */
export function useReadOnSight(companyId: string): {
  watch: WatchMessage;
  readNow(messageIds: string[]): Promise<unknown>;
} {
  const [, markRead] = useMutation(MarkMessagesReadMutation);
  const readNow = useCallback(
    async (messageIds: string[]) => {
      const result = await markRead({ companyId, messageIds });
      if (result.error) throw result.error;
    },
    [companyId, markRead],
  );
  const elements = useRef(new Set<HTMLElement>());
  const observer = useRef<IntersectionObserver | null>(null);
  const sight = useRef<ReadOnSight | null>(null);

  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const tracker = new ReadOnSight(readNow, attentive());
    const watcher = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const id = (entry.target as HTMLElement).dataset.messageId;
          if (id) tracker.setVisible(id, isOnScreen(entry));
        }
      },
      { threshold: [0, 0.25, 0.5, 0.75, 1], rootMargin: `-${coveredTop()}px 0px 0px 0px` },
    );
    sight.current = tracker;
    observer.current = watcher;
    for (const element of elements.current) watcher.observe(element);
    const update = () => tracker.setAttentive(attentive());
    window.addEventListener('focus', update);
    window.addEventListener('blur', update);
    document.addEventListener('visibilitychange', update);
    return () => {
      window.removeEventListener('focus', update);
      window.removeEventListener('blur', update);
      document.removeEventListener('visibilitychange', update);
      watcher.disconnect();
      tracker.dispose();
      observer.current = null;
      sight.current = null;
    };
  }, [readNow]);

  const watch = useCallback<WatchMessage>((element) => {
    if (!element) return undefined;
    elements.current.add(element);
    observer.current?.observe(element);
    return () => {
      elements.current.delete(element);
      observer.current?.unobserve(element);
      const id = element.dataset.messageId;
      if (id) sight.current?.setVisible(id, false);
    };
  }, []);

  return { watch, readNow };
}
