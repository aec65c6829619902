/**
 * Ticked companies on the company list, as a pure state machine: single rows, a whole page, or
 * every company matching the filter (ids fetched page by page). The ticks are a set of ids with
 * the names the user saw, kept across searches, filters, views and pages, so a hand-picked list
 * can be built from several searches and the dialogs can name the companies without refetching.
 */

/** The most companies one selection holds (the mutations accept up to 10,000). */
export const MAX_SELECTION = 10_000;

export interface PickedCompany {
  readonly id: string;
  readonly name: string;
}

export interface Selection {
  /** Ticked ids, in the order they were ticked. */
  readonly ids: readonly string[];
  /** The name shown when each was ticked. */
  readonly names: Readonly<Record<string, string>>;
  /**
   * Set by "select all matching": under which filter, how many matched at that moment and whether
   * some were left out by the limit. Cleared as soon as a row is unticked.
   */
  readonly allMatching: {
    readonly filterKey: string;
    readonly total: number;
    readonly truncated: boolean;
  } | null;
}

export type PageState = 'none' | 'some' | 'all';

export type SelectionAction =
  | { type: 'toggle'; company: PickedCompany }
  | { type: 'remove'; id: string }
  | { type: 'togglePage'; companies: readonly PickedCompany[] }
  | {
      type: 'selectAllMatching';
      companies: readonly PickedCompany[];
      total: number;
      filterKey: string;
    }
  | { type: 'clear' };

export function emptySelection(): Selection {
  return { ids: [], names: {}, allMatching: null };
}

/** A stable key of a filter: the same filter gives the same key whatever the property order. */
export function filterKey(filter: Record<string, unknown>): string {
  const entries = Object.entries(filter)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}

export function isSelected(selection: Selection, id: string): boolean {
  return Object.hasOwn(selection.names, id);
}

export function selectedCount(selection: Selection): number {
  return selection.ids.length;
}

/** The ticked companies with their names, in the order they were ticked. */
export function selectedCompanies(selection: Selection): PickedCompany[] {
  return selection.ids.map((id) => ({ id, name: selection.names[id] ?? id }));
}

/** How much of a page is ticked: for the header checkbox (checked, indeterminate, unchecked). */
export function pageState(selection: Selection, pageIds: readonly string[]): PageState {
  if (pageIds.length === 0) return 'none';
  const count = pageIds.filter((id) => isSelected(selection, id)).length;
  return count === 0 ? 'none' : count === pageIds.length ? 'all' : 'some';
}

function add(selection: Selection, companies: readonly PickedCompany[]): Selection {
  const names: Record<string, string> = { ...selection.names };
  const ids = [...selection.ids];
  for (const company of companies) {
    if (ids.length >= MAX_SELECTION) break;
    if (Object.hasOwn(names, company.id)) continue;
    names[company.id] = company.name;
    ids.push(company.id);
  }
  return ids.length === selection.ids.length ? selection : { ...selection, ids, names };
}

function removeIds(selection: Selection, drop: ReadonlySet<string>): Selection {
  const names: Record<string, string> = {};
  const ids = selection.ids.filter((id) => !drop.has(id));
  for (const id of ids) names[id] = selection.names[id] ?? id;
  return { ids, names, allMatching: null };
}

export function toggle(selection: Selection, company: PickedCompany): Selection {
  return isSelected(selection, company.id)
    ? removeIds(selection, new Set([company.id]))
    : add(selection, [company]);
}

export function remove(selection: Selection, id: string): Selection {
  return isSelected(selection, id) ? removeIds(selection, new Set([id])) : selection;
}

/** Ticks every row of the page, or unticks them all when the whole page is already ticked. */
export function togglePage(selection: Selection, companies: readonly PickedCompany[]): Selection {
  const pageIds = companies.map((c) => c.id);
  return pageState(selection, pageIds) === 'all'
    ? removeIds(selection, new Set(pageIds))
    : add(selection, companies);
}

/**
 * Adds every matching company (already fetched) to what is ticked; `total` is how many matched,
 * which may be over the limit.
 */
export function selectAllMatching(
  selection: Selection,
  companies: readonly PickedCompany[],
  total: number,
  key: string,
): Selection {
  const next = add(selection, companies);
  const missing = companies.some((c) => !isSelected(next, c.id));
  return {
    ...next,
    allMatching: { filterKey: key, total, truncated: missing || total > companies.length },
  };
}

export function clear(selection: Selection): Selection {
  return selection.ids.length === 0 && !selection.allMatching ? selection : emptySelection();
}

export function selectionReducer(selection: Selection, action: SelectionAction): Selection {
  switch (action.type) {
    case 'toggle':
      return toggle(selection, action.company);
    case 'remove':
      return remove(selection, action.id);
    case 'togglePage':
      return togglePage(selection, action.companies);
    case 'selectAllMatching':
      return selectAllMatching(selection, action.companies, action.total, action.filterKey);
    case 'clear':
      return clear(selection);
  }
}

export interface IdPage {
  companies: PickedCompany[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

/**
 * Fetches every matching company (id and name), page by page, up to `limit`. Stops early when the
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
): Promise<{ companies: PickedCompany[]; total: number }> {
  const companies: PickedCompany[] = [];
  const seen = new Set<string>();
  let after: string | null = null;
  let total = 0;
  for (;;) {
    if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    const page = await fetchPage(after);
    if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    total = page.totalCount;
    for (const company of page.companies) {
      if (companies.length >= limit) break;
      if (!seen.has(company.id)) {
        seen.add(company.id);
        companies.push(company);
      }
    }
    onProgress?.(companies.length, total);
    if (
      !page.hasNextPage ||
      !page.endCursor ||
      companies.length >= limit ||
      page.companies.length === 0
    )
      break;
    after = page.endCursor;
  }
  return { companies, total };
}
