import { useSubscription } from 'urql';
import { graphql } from '../../gql';

const CompanyAccessSubscription = graphql(`
  subscription CompanyAccess {
    companyAccessChanged { companyId visible }
  }
`);

/**
 * A caretaker's open company list follows the companies given to or taken from them: each change
 * reads the page anew, and a company taken away leaves the selection too, so a send cannot name it
 * (a move too large to list arrives as a resync, which refetches by itself).
 */
export function useCompanyAccessLive(
  enabled: boolean,
  refresh: () => void,
  onLost: (companyId: string) => void,
): void {
  useSubscription({ query: CompanyAccessSubscription, pause: !enabled }, (_previous, event) => {
    const change = event.companyAccessChanged;
    if (change) {
      if (!change.visible) onLost(change.companyId);
      refresh();
    }
    return event;
  });
}
