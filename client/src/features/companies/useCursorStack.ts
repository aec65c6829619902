import { useState } from 'react';

/**
 * Forward-only cursor paging with a way back: a stack of `after` cursors, the last one being the
 * page asked for. A new `resetKey` (another filter or page size) starts again from the first page.
 */
export function useCursorStack(resetKey: string) {
  const [paging, setPaging] = useState<{ key: string; stack: Array<string | null> }>({
    key: resetKey,
    stack: [null],
  });
  const stack = paging.key === resetKey ? paging.stack : [null];
  return {
    after: stack[stack.length - 1] ?? null,
    hasPrevious: stack.length > 1,
    previous: () => setPaging({ key: resetKey, stack: stack.slice(0, -1) }),
    next: (cursor: string) => setPaging({ key: resetKey, stack: [...stack, cursor] }),
    /** The 1-based number of the page that starts after `cursor` (the one shown while the next loads). */
    pageNumber: (cursor: string | null) => {
      const index = stack.lastIndexOf(cursor);
      return index >= 0 ? index + 1 : stack.length;
    },
  };
}
