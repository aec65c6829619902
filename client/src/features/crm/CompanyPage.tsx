import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { ErrorState, Loading, NotFound } from '../../ui/states';
import { formatNip } from '../companies/format';
import { CompanyDeclarations } from '../deadlines/CompanyDeclarations';
import { AcknowledgmentList } from './AcknowledgmentList';
import { CompanyInvitations } from './CompanyInvitations';
import { CompanyManage } from './CompanyManage';
import { EmailArchive } from './EmailArchive';
import { InviteClientDialog } from './InviteClientDialog';

const CompanyHeaderQuery = graphql(`
  query CompanyHeader($id: ID!) {
    company(id: $id) {
      id
      name
      nip
      taxForm
      vatPayer
      email
      archivedAt
      unreadFromClientCount
      caretaker { id name }
    }
  }
`);

/** CRM › Contractors › company: its details and the Messages tab (the archive of emails sent to it). */
export function CompanyPage({ companyId }: { companyId: string }) {
  const { t, tn, lang } = useI18n();
  const [inviting, setInviting] = useState(false);
  const [invitedCount, setInvitedCount] = useState(0);
  const [tab, setTab] = useState<'messages' | 'acknowledgments'>('messages');
  const [header, refetchHeader] = useQuery({
    query: CompanyHeaderQuery,
    variables: { id: companyId },
  });
  const company = header.data?.company;

  const notFound = (
    <NotFound
      title="error.notFound.company"
      back={{ to: '/companies', label: 'error.notFound.back' }}
    />
  );
  if (header.error && !header.data)
    return header.error.graphQLErrors[0]?.extensions?.code === 'NOT_FOUND' ? (
      notFound
    ) : (
      <ErrorState
        error={header.error}
        onRetry={() => refetchHeader({ requestPolicy: 'network-only' })}
      />
    );
  if (!header.data) return <Loading />;
  if (!company) return notFound;

  return (
    <section className="crm-company" aria-labelledby="crm-company-title">
      <nav className="crm-breadcrumbs" aria-label={t('crm.breadcrumbs')}>
        <Link to="/companies">{t('crm.breadcrumbs.companies')}</Link>{' '}
        <span aria-hidden="true">›</span> <span>{company.name}</span>
      </nav>
      <header className="card crm-header" data-testid="company-header" data-company-id={company.id}>
        <h1 id="crm-company-title">{company.name}</h1>
        {company.archivedAt && (
          <p className="banner warning" role="status" data-testid="company-archived">
            {t('crm.archived', { date: new Date(company.archivedAt).toLocaleDateString(lang) })}
          </p>
        )}
        <CompanyManage
          companyId={company.id}
          archived={Boolean(company.archivedAt)}
          fields={{
            name: company.name,
            nip: company.nip,
            taxForm: company.taxForm,
            vatPayer: company.vatPayer,
            email: company.email,
          }}
        />
        <dl className="crm-facts">
          <div>
            <dt>{t('crm.nip')}</dt>
            <dd data-testid="company-nip">{formatNip(company.nip)}</dd>
          </div>
          <div>
            <dt>{t('crm.taxForm')}</dt>
            <dd data-testid="company-tax-form">{t(`enum.TaxForm.${company.taxForm}`)}</dd>
          </div>
          <div>
            <dt>{t('crm.vat')}</dt>
            <dd data-testid="company-vat">
              {t(company.vatPayer ? 'companies.vat.yes' : 'companies.vat.no')}
            </dd>
          </div>
          <div>
            <dt>{t('crm.email')}</dt>
            <dd data-testid="company-email">
              <a href={`mailto:${company.email}`}>{company.email}</a>
            </dd>
          </div>
          <div>
            <dt>{t('crm.caretaker')}</dt>
            <dd data-testid="company-caretaker">
              {company.caretaker?.name ?? (
                <span className="muted">{t('companies.noCaretaker')}</span>
              )}
            </dd>
          </div>
        </dl>
        <p className="crm-links">
          <Link to={`/inbox/${company.id}`} data-testid="company-thread-link">
            {company.unreadFromClientCount > 0
              ? tn('crm.thread.unread', company.unreadFromClientCount)
              : t('crm.thread')}
          </Link>{' '}
          <button type="button" data-testid="company-invite" onClick={() => setInviting(true)}>
            {t('crm.invite')}
          </button>
        </p>
      </header>
      <CompanyInvitations companyId={company.id} invitedCount={invitedCount} />
      <CompanyDeclarations companyId={company.id} />

      <div className="tabs" role="tablist" aria-label={t('crm.tabs')}>
        {(['messages', 'acknowledgments'] as const).map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`crm-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`crm-panel-${name}`}
            data-testid={`crm-tab-${name}`}
            onClick={() => setTab(name)}
          >
            {t(`crm.tab.${name}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`crm-panel-${tab}`} aria-labelledby={`crm-tab-${tab}`}>
        {tab === 'messages' ? (
          <EmailArchive companyId={company.id} />
        ) : (
          <AcknowledgmentList companyId={company.id} />
        )}
      </div>
      {inviting && (
        <InviteClientDialog
          companyId={company.id}
          onClose={() => setInviting(false)}
          onInvited={() => setInvitedCount((n) => n + 1)}
        />
      )}
    </section>
  );
}
