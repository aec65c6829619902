import { useRef } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import type { Viewer } from '../../viewer';
import { ThreadPage } from '../thread/ThreadPage';

export const CompanyUnreadQuery = graphql(`
  query CompanyUnread($companyId: ID!) {
    unreadCount(companyId: $companyId)
  }
`);

/**
 * The client's MESSAGES view: the thread of their company (most have one), or a list of their
 * companies with what is unread in each. An unread count event refetches the counts (cache.ts).
 */
export function ClientHome({ viewer }: { viewer: Viewer }) {
  const { t } = useI18n();
  const composer = useRef<HTMLTextAreaElement>(null);
  const [only] = viewer.companies.length === 1 ? viewer.companies : [];

  if (only) {
    const ask = () => {
      composer.current?.scrollIntoView({ block: 'center' });
      composer.current?.focus();
    };
    return (
      <section className="client-home" aria-labelledby="client-home-title">
        <header className="client-home-header">
          <div>
            <h1 id="client-home-title">{t('clientHome.title')}</h1>
            <p className="hint">
              {only.name} · {t('clientHome.intro')}
            </p>
          </div>
          <span className="spacer" />
          <button type="button" className="primary" onClick={ask} data-testid="ask-question">
            {t('clientHome.ask')}
          </button>
        </header>
        <ThreadPage companyId={only.id} viewer={viewer} embedded composerRef={composer} />
      </section>
    );
  }

  return (
    <section className="client-home" aria-labelledby="client-home-title">
      <header className="client-home-header">
        <h1 id="client-home-title">{t('clientHome.title')}</h1>
      </header>
      {viewer.companies.length === 0 ? (
        <p className="muted empty-state">{t('clientHome.noCompanies')}</p>
      ) : (
        <>
          <p className="hint">{t('clientHome.pick')}</p>
          <ul className="client-companies" aria-label={t('clientHome.companies')}>
            {viewer.companies.map((company) => (
              <CompanyRow key={company.id} company={company} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function CompanyRow({ company }: { company: Viewer['companies'][number] }) {
  const { t, tn } = useI18n();
  const [result] = useQuery({ query: CompanyUnreadQuery, variables: { companyId: company.id } });
  const unread = result.data?.unreadCount;
  return (
    <li className="client-company" data-testid="client-company" data-company-id={company.id}>
      <Link to={`/messages/${company.id}`} className="client-company-name">
        {company.name}
      </Link>
      {unread === undefined ? null : unread > 0 ? (
        <span className="count-pill" data-testid="company-unread">
          {tn('clientHome.unread', unread)}
        </span>
      ) : (
        <span className="muted">{t('clientHome.allRead')}</span>
      )}
      <span className="spacer" />
      <Link to={`/messages/${company.id}#ask`} className="button-link">
        {t('clientHome.ask')}
      </Link>
    </li>
  );
}
