import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  emptySelection,
  fetchAllMatchingIds,
  filterKey,
  type IdPage,
  isSelected,
  MAX_SELECTION,
  type PickedCompany,
  pageState,
  type Selection,
  selectedCompanies,
  selectedCount,
  selectionReducer,
} from './selection';
import { createSelectionStore, useCompanySelection } from './selectionStore';

const company = (id: string): PickedCompany => ({ id, name: `Firma ${id.toUpperCase()}` });
const page1 = ['a', 'b', 'c'].map(company);
const page2 = ['d', 'e'].map(company);
const ids = (companies: readonly PickedCompany[]) => companies.map((c) => c.id);

function run(...actions: Parameters<typeof selectionReducer>[1][]): Selection {
  return actions.reduce(selectionReducer, emptySelection());
}

describe('company selection', () => {
  it('ticks and unticks single rows, keeping the names that were seen', () => {
    let s = run(
      { type: 'toggle', company: company('a') },
      { type: 'toggle', company: company('c') },
    );
    expect(s.ids).toEqual(['a', 'c']);
    expect(selectedCompanies(s)).toEqual([company('a'), company('c')]);
    expect(isSelected(s, 'a')).toBe(true);
    expect(isSelected(s, 'b')).toBe(false);
    s = selectionReducer(s, { type: 'toggle', company: company('a') });
    expect(s.ids).toEqual(['c']);
    expect(s.names).toEqual({ c: 'Firma C' });
    expect(selectedCount(s)).toBe(1);
  });

  it('removes one company by its chip, and ignores one that is not ticked', () => {
    const s = run(
      { type: 'togglePage', companies: page1 },
      { type: 'remove', id: 'b' },
      { type: 'remove', id: 'zzz' },
    );
    expect(selectedCompanies(s)).toEqual([company('a'), company('c')]);
  });

  it('selects the whole page, keeps ticks of other pages, and unticks the page when all of it is ticked', () => {
    let s = run(
      { type: 'toggle', company: company('d') },
      { type: 'toggle', company: company('b') },
    );
    expect(pageState(s, ids(page1))).toBe('some');
    s = selectionReducer(s, { type: 'togglePage', companies: page1 });
    expect(pageState(s, ids(page1))).toBe('all');
    expect(s.ids).toEqual(['d', 'b', 'a', 'c']);
    s = selectionReducer(s, { type: 'togglePage', companies: page1 });
    expect(pageState(s, ids(page1))).toBe('none');
    expect(s.ids).toEqual(['d']);
    expect(pageState(s, ids(page2))).toBe('some');
    expect(pageState(s, [])).toBe('none');
  });

  it('adds all matching to what was ticked before, and unticking one row makes it no longer "all"', () => {
    let s = run(
      { type: 'toggle', company: company('x') },
      { type: 'toggle', company: company('a') },
      {
        type: 'selectAllMatching',
        companies: [...page1, ...page2, company('a')],
        total: 5,
        filterKey: 'k',
      },
    );
    expect(s.ids).toEqual(['x', 'a', 'b', 'c', 'd', 'e']);
    expect(s.allMatching).toEqual({ filterKey: 'k', total: 5, truncated: false });
    s = selectionReducer(s, { type: 'toggle', company: company('e') });
    expect(s.allMatching).toBeNull();
    expect(selectedCount(s)).toBe(5);
  });

  it('caps the selection at the limit and says that not all matching are in', () => {
    const many = Array.from({ length: MAX_SELECTION + 5 }, (_, i) => company(`id${i}`));
    const s = run(
      { type: 'toggle', company: company('first') },
      { type: 'selectAllMatching', companies: many, total: 12_345, filterKey: 'k' },
    );
    expect(selectedCount(s)).toBe(MAX_SELECTION);
    expect(s.ids[0]).toBe('first');
    expect(s.allMatching).toEqual({ filterKey: 'k', total: 12_345, truncated: true });
    // Nothing more can be ticked beyond the limit.
    const more = selectionReducer(s, { type: 'toggle', company: company('extra') });
    expect(more.ids.length).toBe(MAX_SELECTION);
    expect(isSelected(more, 'extra')).toBe(false);
  });

  it('clears on request', () => {
    const s = run(
      { type: 'selectAllMatching', companies: page1, total: 3, filterKey: 'k' },
      { type: 'clear' },
    );
    expect(s.ids).toEqual([]);
    expect(s.names).toEqual({});
    expect(s.allMatching).toBeNull();
  });

  it('gives a filter the same key whatever the order of its properties', () => {
    expect(filterKey({ search: 'abc', taxForm: 'LUMP_SUM' })).toBe(
      filterKey({ taxForm: 'LUMP_SUM', search: 'abc', caretakerId: undefined }),
    );
    expect(filterKey({ search: 'abc' })).not.toBe(filterKey({ search: 'abcd' }));
  });
});

describe('the selection store', () => {
  it('keeps the ticks across a filter change, a search and another page (the list re-renders, the store stays)', () => {
    const store = createSelectionStore();
    const { result, rerender } = renderHook(
      ({ search }: { search: string }) => ({
        search,
        selection: useCompanySelection('head-1', store),
      }),
      { initialProps: { search: '' } },
    );
    act(() => result.current.selection[1]({ type: 'toggle', company: company('a') }));
    act(() => result.current.selection[1]({ type: 'toggle', company: company('b') }));
    rerender({ search: 'gamma' });
    act(() => result.current.selection[1]({ type: 'toggle', company: company('g') }));
    rerender({ search: '' });
    act(() => result.current.selection[1]({ type: 'togglePage', companies: page2 }));
    expect(result.current.selection[0].ids).toEqual(['a', 'b', 'g', 'd', 'e']);
    expect(selectedCompanies(result.current.selection[0]).map((c) => c.name)).toEqual([
      'Firma A',
      'Firma B',
      'Firma G',
      'Firma D',
      'Firma E',
    ]);
  });

  it('survives the list page unmounting (a visit to a company card), but not another user', () => {
    const store = createSelectionStore();
    const first = renderHook(() => useCompanySelection('head-1', store));
    act(() => first.result.current[1]({ type: 'togglePage', companies: page1 }));
    first.unmount();
    const again = renderHook(() => useCompanySelection('head-1', store));
    expect(again.result.current[0].ids).toEqual(['a', 'b', 'c']);
    again.unmount();
    const other = renderHook(() => useCompanySelection('caretaker-2', store));
    expect(other.result.current[0].ids).toEqual([]);
  });
});

describe('fetching every matching company', () => {
  function pager(total: number, size: number) {
    const all = Array.from({ length: total }, (_, i) => company(`c${i}`));
    return vi.fn(async (after: string | null): Promise<IdPage> => {
      const start = after ? Number(after) : 0;
      const companies = all.slice(start, start + size);
      const end = start + companies.length;
      return {
        companies,
        totalCount: total,
        hasNextPage: end < total,
        endCursor: companies.length ? String(end) : null,
      };
    });
  }

  it('follows the cursors page by page, with the names, and reports progress', async () => {
    const fetchPage = pager(250, 100);
    const progress: number[] = [];
    const result = await fetchAllMatchingIds(fetchPage, {
      onProgress: (loaded) => progress.push(loaded),
    });
    expect(result.total).toBe(250);
    expect(result.companies).toHaveLength(250);
    expect(result.companies[249]).toEqual(company('c249'));
    expect(fetchPage.mock.calls.map((c) => c[0])).toEqual([null, '100', '200']);
    expect(progress).toEqual([100, 200, 250]);
  });

  it('stops at the limit', async () => {
    const fetchPage = pager(1000, 100);
    const result = await fetchAllMatchingIds(fetchPage, { limit: 250 });
    expect(result.companies).toHaveLength(250);
    expect(result.total).toBe(1000);
    expect(fetchPage).toHaveBeenCalledTimes(3);
  });

  it('fetches up to 10,000 by default', async () => {
    const fetchPage = pager(10_050, 100);
    const result = await fetchAllMatchingIds(fetchPage);
    expect(result.companies).toHaveLength(MAX_SELECTION);
    expect(result.total).toBe(10_050);
  });

  it('gives up when aborted', async () => {
    const controller = new AbortController();
    const fetchPage = vi.fn(async (after: string | null): Promise<IdPage> => {
      if (after) controller.abort();
      return {
        companies: [company(after ?? 'first')],
        totalCount: 10,
        hasNextPage: true,
        endCursor: 'next',
      };
    });
    await expect(fetchAllMatchingIds(fetchPage, { signal: controller.signal })).rejects.toThrow(
      /Aborted/,
    );
  });
});
