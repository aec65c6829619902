import { useCallback, useLayoutEffect, useRef } from 'react';
import type { MessageDirection } from '../../gql/graphql';

/** How close to the end (px) still counts as reading the newest messages. */
const BOTTOM_SLACK = 48;

/**
 * A thread's scrolling: start at the newest, follow new messages while at the bottom (and always
 * one's own), and keep the view still when older ones are put above (`saveForOlder` before asking
 * for them, `keepPosition` once they are shown).
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
      element.scrollTop = element.scrollHeight;
      atBottom.current = true;
    }
  });
  const onScroll = () => {
    const element = scroller.current;
    if (element)
      atBottom.current =
        element.scrollHeight - element.scrollTop - element.clientHeight < BOTTOM_SLACK;
  };
  const saveForOlder = () => {
    const element = scroller.current;
    if (element) restore.current = { top: element.scrollTop, height: element.scrollHeight };
    atBottom.current = false;
  };
  const keepPosition = useCallback(() => {
    const element = scroller.current;
    const saved = restore.current;
    if (!element || !saved) return;
    element.scrollTop = saved.top + (element.scrollHeight - saved.height);
    restore.current = null;
  }, []);
  return { scroller, onScroll, saveForOlder, keepPosition };
}
