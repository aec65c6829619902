import { useCallback, useSyncExternalStore } from 'react';
import {
  emptySelection,
  type Selection,
  type SelectionAction,
  selectionReducer,
} from './selection';

/**
 * The ticked companies, kept outside the list page so they survive going to a company's card and
 * back. A store belongs to one user: another user (after logging out and in) starts empty.
 */
export function createSelectionStore() {
  let owner: string | null = null;
  let state: Selection = emptySelection();
  const listeners = new Set<() => void>();
  const set = (next: Selection) => {
    if (next === state) return;
    state = next;
    for (const listener of listeners) listener();
  };
  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: (): Selection => state,
    /** Starts empty for another user; the same user keeps their ticks. */
    claim(user: string) {
      if (owner === user) return;
      owner = user;
      state = emptySelection();
    },
    dispatch(action: SelectionAction) {
      set(selectionReducer(state, action));
    },
  };
}

type SelectionStore = ReturnType<typeof createSelectionStore>;

const companySelection = createSelectionStore();

/** The company list's selection for this user, and how to change it. */
export function useCompanySelection(
  user: string,
  store: SelectionStore = companySelection,
): [Selection, (action: SelectionAction) => void] {
  store.claim(user);
  const selection = useSyncExternalStore(store.subscribe, store.get, store.get);
  const dispatch = useCallback((action: SelectionAction) => store.dispatch(action), [store]);
  return [selection, dispatch];
}
