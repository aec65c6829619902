import { type Dispatch, useEffect, useRef, useState } from 'react';
import { type CombinedError, useClient } from 'urql';
import { graphql } from '../../gql';
import type { CompanyFilter } from '../../gql/graphql';
import { fetchAllMatchingIds, type SelectionAction } from './selection';

const CompanyIdsQuery = graphql(`
  query CompanyIds($after: String, $filter: CompanyFilter) {
    companies(first: 100, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name } }
    }
  }
`);

export type SelectAllState =
  | { status: 'idle' }
  | { status: 'loading'; loaded: number; total: number }
  | { status: 'error'; error: CombinedError | Error };

/**
 * "Select all matching": fetches every matching company page by page (with progress), then adds
 * them to the ticked ones.
 * A new filter (`filterKey`) or leaving the page stops a fetch on its way.
 */
export function useSelectAllMatching(
  filter: CompanyFilter,
  filterKey: string,
  dispatch: Dispatch<SelectionAction>,
) {
  const client = useClient();
  // Tagged with the filter it was started under: under another filter it is idle.
  const [stored, setStored] = useState<{ filterKey: string; state: SelectAllState }>({
    filterKey,
    state: { status: 'idle' },
  });
  const state: SelectAllState = stored.filterKey === filterKey ? stored.state : { status: 'idle' };
  const running = useRef<{ filterKey: string; controller: AbortController } | null>(null);
  useEffect(() => {
    if (running.current && running.current.filterKey !== filterKey)
      running.current.controller.abort();
  }, [filterKey]);
  useEffect(() => () => running.current?.controller.abort(), []);

  const start = async (total: number) => {
    running.current?.controller.abort();
    const controller = new AbortController();
    running.current = { filterKey, controller };
    const setState = (next: SelectAllState) => setStored({ filterKey, state: next });
    setState({ status: 'loading', loaded: 0, total });
    try {
      const all = await fetchAllMatchingIds(
        async (cursor) => {
          const page = await client
            .query(CompanyIdsQuery, { after: cursor, filter }, { requestPolicy: 'network-only' })
            .toPromise();
          if (page.error) throw page.error;
          if (!page.data) throw new Error('no data');
          const companies = page.data.companies;
          return {
            companies: companies.edges.map(({ node }) => ({ id: node.id, name: node.name })),
            totalCount: companies.totalCount,
            hasNextPage: companies.pageInfo.hasNextPage,
            endCursor: companies.pageInfo.endCursor ?? null,
          };
        },
        {
          signal: controller.signal,
          onProgress: (loaded, matching) =>
            setState({ status: 'loading', loaded, total: matching }),
        },
      );
      dispatch({
        type: 'selectAllMatching',
        companies: all.companies,
        total: all.total,
        filterKey,
      });
      setState({ status: 'idle' });
    } catch (error) {
      if (controller.signal.aborted) return;
      setState({
        status: 'error',
        error: error instanceof Error ? error : new Error(String(error)),
      });
    }
  };

  const cancel = () => {
    running.current?.controller.abort();
    setStored({ filterKey, state: { status: 'idle' } });
  };

  return { state, start, cancel };
}
