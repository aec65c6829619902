import { useSubscription } from 'urql';
import { graphql } from '../../gql';

const CompanyAccessSubscription = graphql(`
  subscription CompanyAccess {
    companyAccessChanged { companyId visible }
  }
`);

/**
 * A caretaker's open company list follows the companies given to or taken from them: each change
 * reads the page anew (a move too large to list arrives as a resync, which refetches by itself).
 */
export function useCompanyAccessLive(enabled: boolean, refresh: () => void): void {
  useSubscription({ query: CompanyAccessSubscription, pause: !enabled }, (_previous, event) => {
    if (event.companyAccessChanged) refresh();
    return event;
  });
}
