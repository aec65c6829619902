import { useQuery, useSubscription } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import type { Viewer } from '../../viewer';
import { CompanyDigest } from './CompanyDigest';

const ClientHomeUnreadQuery = graphql(`
  query ClientHomeUnread {
    unreadCount
  }
`);

const ClientHomeMessageAddedSubscription = graphql(`
  subscription ClientHomeMessageAdded {
    messageAdded { id company { id } }
  }
`);

/**
 * The client's start page: how many messages are unread, and the newest messages of each of their
 * companies, each a link into its thread. Nothing is read here: a message is read in its thread,
 * once seen there, or when opened from this page. New messages arrive live (cache.ts refetches).
 */
export function ClientHome({ viewer }: { viewer: Viewer }) {
  const { t, tn } = useI18n();
  const [unread] = useQuery({ query: ClientHomeUnreadQuery });
  useSubscription({ query: ClientHomeMessageAddedSubscription });
  const count = unread.data?.unreadCount;
  return (
    <section className="client-home" aria-labelledby="client-home-title">
      <header className="client-home-header">
        <div>
          <h1 id="client-home-title">{t('clientHome.title')}</h1>
          <p className="hint">{t('clientHome.intro')}</p>
        </div>
      </header>
      {count !== undefined && viewer.companies.length > 0 && (
        <p
          className={count ? 'client-home-summary has-unread' : 'client-home-summary'}
          data-testid="home-unread"
          data-count={count}
        >
          {count ? tn('clientHome.unreadTotal', count) : t('clientHome.allReadTotal')}
        </p>
      )}
      {viewer.companies.length === 0 ? (
        <p className="muted empty-state">{t('clientHome.noCompanies')}</p>
      ) : (
        <ul className="client-companies" aria-label={t('clientHome.companies')}>
          {viewer.companies.map((company) => (
            <CompanyDigest key={company.id} company={company} />
          ))}
        </ul>
      )}
    </section>
  );
}
