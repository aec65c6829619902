/**
 * Ticked companies on the company list, as a pure state machine: single rows, a whole page, or
 * every company matching the filter (ids fetched page by page). A new filter clears it, so
 * nothing ticked under one filter is acted on under another.
 */

/** The most companies "select all matching" ticks (the mutations accept up to 10,000). */
export const MAX_SELECTION = 10_000;

export interface Selection {
  /** The filter the ticks were made under (see filterKey). */
  readonly filterKey: string;
  /** Ticked ids, in the order they were ticked. */
  readonly ids: readonly string[];
  /**
   * Set by "select all matching": how many matched at that moment. Cleared as soon as a row is
   * unticked, as the selection is then no longer "all of them".
   */
  readonly allMatching: { readonly total: number; readonly truncated: boolean } | null;
}

export type PageState = 'none' | 'some' | 'all';

export type SelectionAction =
  | { type: 'toggle'; id: string }
  | { type: 'togglePage'; ids: readonly string[] }
  | { type: 'selectAllMatching'; ids: readonly string[]; total: number }
  | { type: 'clear' }
  | { type: 'filterChanged'; filterKey: string };

export function emptySelection(filterKey = ''): Selection {
  return { filterKey, ids: [], allMatching: null };
}

/** A stable key of a filter: the same filter gives the same key whatever the property order. */
export function filterKey(filter: Record<string, unknown>): string {
  const entries = Object.entries(filter)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}

export function isSelected(selection: Selection, id: string): boolean {
  return selection.ids.includes(id);
}

export function selectedCount(selection: Selection): number {
  return selection.ids.length;
}

/** How much of a page is ticked: for the header checkbox (checked, indeterminate, unchecked). */
export function pageState(selection: Selection, pageIds: readonly string[]): PageState {
  if (pageIds.length === 0) return 'none';
  const ticked = new Set(selection.ids);
  const count = pageIds.filter((id) => ticked.has(id)).length;
  return count === 0 ? 'none' : count === pageIds.length ? 'all' : 'some';
}

export function toggle(selection: Selection, id: string): Selection {
  if (selection.ids.includes(id))
    return { ...selection, ids: selection.ids.filter((x) => x !== id), allMatching: null };
  if (selection.ids.length >= MAX_SELECTION) return selection;
  return { ...selection, ids: [...selection.ids, id] };
}

/** Ticks every row of the page, or unticks them all when the whole page is already ticked. */
export function togglePage(selection: Selection, pageIds: readonly string[]): Selection {
  if (pageState(selection, pageIds) === 'all') {
    const page = new Set(pageIds);
    return { ...selection, ids: selection.ids.filter((id) => !page.has(id)), allMatching: null };
  }
  const ticked = new Set(selection.ids);
  const added = pageIds
    .filter((id) => !ticked.has(id))
    .slice(0, Math.max(0, MAX_SELECTION - selection.ids.length));
  return { ...selection, ids: [...selection.ids, ...added] };
}

/** Every matching id (already fetched); `total` is how many matched, which may be over the limit. */
export function selectAllMatching(
  selection: Selection,
  ids: readonly string[],
  total: number,
): Selection {
  const unique = [...new Set(ids)].slice(0, MAX_SELECTION);
  return { ...selection, ids: unique, allMatching: { total, truncated: total > unique.length } };
}

export function clear(selection: Selection): Selection {
  return selection.ids.length === 0 && !selection.allMatching
    ? selection
    : { ...selection, ids: [], allMatching: null };
}

/** A different filter starts from nothing ticked; the same one keeps the ticks. */
export function filterChanged(selection: Selection, key: string): Selection {
  return key === selection.filterKey ? selection : emptySelection(key);
}

export function selectionReducer(selection: Selection, action: SelectionAction): Selection {
  switch (action.type) {
    case 'toggle':
      return toggle(selection, action.id);
    case 'togglePage':
      return togglePage(selection, action.ids);
    case 'selectAllMatching':
      return selectAllMatching(selection, action.ids, action.total);
    case 'clear':
      return clear(selection);
    case 'filterChanged':
      return filterChanged(selection, action.filterKey);
  }
}

export interface IdPage {
  ids: string[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

/**
 * Fetches the ids of every matching company, page by page, up to `limit`. Stops early when the
 * signal is aborted (the filter changed meanwhile) by throwing an AbortError.
 */
export async function fetchAllMatchingIds(
  fetchPage: (after: string | null) => Promise<IdPage>,
  {
    limit = MAX_SELECTION,
    signal,
    onProgress,
  }: {
    limit?: number;
    signal?: AbortSignal;
    onProgress?: (loaded: number, total: number) => void;
  } = {},
): Promise<{ ids: string[]; total: number }> {
  const ids: string[] = [];
  const seen = new Set<string>();
  let after: string | null = null;
  let total = 0;
  for (;;) {
    if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    const page = await fetchPage(after);
    if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    total = page.totalCount;
    for (const id of page.ids) {
      if (ids.length >= limit) break;
      if (!seen.has(id)) {
        seen.add(id);
        ids.push(id);
      }
    }
    onProgress?.(ids.length, total);
    if (!page.hasNextPage || !page.endCursor || ids.length >= limit || page.ids.length === 0) break;
    after = page.endCursor;
  }
  return { ids, total };
}
