import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import type { MessageDirection } from '../../gql/graphql';

/** How close to the end (px) still counts as reading the newest messages. */
const BOTTOM_SLACK = 48;

/**
 * What scrolls the thread: its own box on a wide screen, the page on a phone (where the box grows
 * with its messages, styles.css).
 */
function scrollingOf(element: HTMLElement): HTMLElement {
  const { overflowY } = getComputedStyle(element);
  if (overflowY === 'auto' || overflowY === 'scroll') return element;
  return (document.scrollingElement as HTMLElement | null) ?? document.documentElement;
}

/**
 * A thread's scrolling: start at the newest, follow new messages while at the bottom (and always
 * one's own), and keep the view still when older ones are put above (`saveForOlder` before asking
 * for them, `keepPosition` once they are shown). Works the same whether the box or the page
 * scrolls.
 */
export function useThreadScroll(
  newest: { id: string; direction: MessageDirection } | undefined,
  ownSide: MessageDirection,
) {
  const scroller = useRef<HTMLElement>(null);
  const atBottom = useRef(true);
  const restore = useRef<{ top: number; height: number } | null>(null);
  const lastNewest = useRef<string | null>(null);
  // After every render: the content may have grown under the reader.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || restore.current) return;
    const arrived = newest && newest.id !== lastNewest.current;
    lastNewest.current = newest?.id ?? null;
    if (atBottom.current || (arrived && newest.direction === ownSide)) {
      const box = scrollingOf(element);
      box.scrollTop = box.scrollHeight;
      atBottom.current = true;
    }
  });
  const onScroll = useCallback(() => {
    const element = scroller.current;
    if (!element) return;
    const box = scrollingOf(element);
    atBottom.current = box.scrollHeight - box.scrollTop - box.clientHeight < BOTTOM_SLACK;
  }, []);
  // On a phone the page scrolls, and the box gets no scroll events of its own.
  useEffect(() => {
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, [onScroll]);
  const saveForOlder = () => {
    const element = scroller.current;
    if (element) {
      const box = scrollingOf(element);
      restore.current = { top: box.scrollTop, height: box.scrollHeight };
    }
    atBottom.current = false;
  };
  const keepPosition = useCallback(() => {
    const element = scroller.current;
    const saved = restore.current;
    if (!element || !saved) return;
    const box = scrollingOf(element);
    box.scrollTop = saved.top + (box.scrollHeight - saved.height);
    restore.current = null;
  }, []);
  return { scroller, onScroll, saveForOlder, keepPosition };
}
