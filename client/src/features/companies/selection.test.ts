import { act, renderHook } from '@testing-library/react';
import { useReducer } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  emptySelection,
  fetchAllMatchingIds,
  filterKey,
  type IdPage,
  isSelected,
  MAX_SELECTION,
  pageState,
  type Selection,
  selectedCount,
  selectionReducer,
} from './selection';

const page1 = ['a', 'b', 'c'];
const page2 = ['d', 'e'];

function run(...actions: Parameters<typeof selectionReducer>[1][]): Selection {
  return actions.reduce(selectionReducer, emptySelection(filterKey({})));
}

describe('company selection', () => {
  it('ticks and unticks single rows', () => {
    let s = run({ type: 'toggle', id: 'a' }, { type: 'toggle', id: 'c' });
    expect(s.ids).toEqual(['a', 'c']);
    expect(isSelected(s, 'a')).toBe(true);
    expect(isSelected(s, 'b')).toBe(false);
    s = selectionReducer(s, { type: 'toggle', id: 'a' });
    expect(s.ids).toEqual(['c']);
    expect(selectedCount(s)).toBe(1);
  });

  it('selects the whole page, keeps ticks of other pages, and unticks the page when all of it is ticked', () => {
    let s = run({ type: 'toggle', id: 'd' }, { type: 'toggle', id: 'b' });
    expect(pageState(s, page1)).toBe('some');
    s = selectionReducer(s, { type: 'togglePage', ids: page1 });
    expect(pageState(s, page1)).toBe('all');
    expect(new Set(s.ids)).toEqual(new Set(['a', 'b', 'c', 'd']));
    s = selectionReducer(s, { type: 'togglePage', ids: page1 });
    expect(pageState(s, page1)).toBe('none');
    expect(s.ids).toEqual(['d']);
    expect(pageState(s, page2)).toBe('some');
    expect(pageState(s, [])).toBe('none');
  });

  it('selects all matching, and unticking one row makes it no longer "all"', () => {
    let s = run(
      { type: 'toggle', id: 'a' },
      { type: 'selectAllMatching', ids: [...page1, ...page2, 'a'], total: 5 },
    );
    expect(s.ids).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(s.allMatching).toEqual({ total: 5, truncated: false });
    s = selectionReducer(s, { type: 'toggle', id: 'e' });
    expect(s.allMatching).toBeNull();
    expect(selectedCount(s)).toBe(4);
  });

  it('caps "all matching" at the limit and says so', () => {
    const ids = Array.from({ length: MAX_SELECTION + 5 }, (_, i) => `id${i}`);
    const s = run({ type: 'selectAllMatching', ids, total: 12_345 });
    expect(selectedCount(s)).toBe(MAX_SELECTION);
    expect(s.allMatching).toEqual({ total: 12_345, truncated: true });
    // Nothing more can be ticked beyond the limit.
    expect(selectionReducer(s, { type: 'toggle', id: 'extra' }).ids.length).toBe(MAX_SELECTION);
  });

  it('clears on a filter change, but not when the same filter comes again', () => {
    const key = filterKey({ search: 'abc', taxForm: 'LUMP_SUM' });
    let s = selectionReducer(emptySelection(key), { type: 'toggle', id: 'a' });
    s = selectionReducer(s, {
      type: 'filterChanged',
      filterKey: filterKey({ taxForm: 'LUMP_SUM', search: 'abc', caretakerId: undefined }),
    });
    expect(s.ids).toEqual(['a']);
    s = selectionReducer(s, {
      type: 'filterChanged',
      filterKey: filterKey({ search: 'abcd', taxForm: 'LUMP_SUM' }),
    });
    expect(s.ids).toEqual([]);
    expect(s.allMatching).toBeNull();
  });

  it('clears on request', () => {
    const s = run({ type: 'selectAllMatching', ids: page1, total: 3 }, { type: 'clear' });
    expect(s.ids).toEqual([]);
    expect(s.allMatching).toBeNull();
  });

  it('works as a React reducer', () => {
    const { result } = renderHook(() => useReducer(selectionReducer, emptySelection('k')));
    act(() => result.current[1]({ type: 'togglePage', ids: page1 }));
    expect(result.current[0].ids).toEqual(page1);
    act(() => result.current[1]({ type: 'filterChanged', filterKey: 'other' }));
    expect(result.current[0].ids).toEqual([]);
  });
});

describe('fetching every matching id', () => {
  function pager(total: number, size: number) {
    const all = Array.from({ length: total }, (_, i) => `c${i}`);
    return vi.fn(async (after: string | null): Promise<IdPage> => {
      const start = after ? Number(after) : 0;
      const ids = all.slice(start, start + size);
      const end = start + ids.length;
      return {
        ids,
        totalCount: total,
        hasNextPage: end < total,
        endCursor: ids.length ? String(end) : null,
      };
    });
  }

  it('follows the cursors page by page and reports progress', async () => {
    const fetchPage = pager(250, 100);
    const progress: number[] = [];
    const result = await fetchAllMatchingIds(fetchPage, {
      onProgress: (loaded) => progress.push(loaded),
    });
    expect(result.total).toBe(250);
    expect(result.ids).toHaveLength(250);
    expect(fetchPage.mock.calls.map((c) => c[0])).toEqual([null, '100', '200']);
    expect(progress).toEqual([100, 200, 250]);
  });

  it('stops at the limit', async () => {
    const fetchPage = pager(1000, 100);
    const result = await fetchAllMatchingIds(fetchPage, { limit: 250 });
    expect(result.ids).toHaveLength(250);
    expect(result.total).toBe(1000);
    expect(fetchPage).toHaveBeenCalledTimes(3);
  });

  it('gives up when aborted', async () => {
    const controller = new AbortController();
    const fetchPage = vi.fn(async (after: string | null): Promise<IdPage> => {
      if (after) controller.abort();
      return { ids: [after ?? 'first'], totalCount: 10, hasNextPage: true, endCursor: 'next' };
    });
    await expect(fetchAllMatchingIds(fetchPage, { signal: controller.signal })).rejects.toThrow(
      /Aborted/,
    );
  });
});
