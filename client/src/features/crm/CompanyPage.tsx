import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { CompanyEmailsQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { ErrorState, Loading } from '../../ui/states';
import { formatNip } from '../companies/format';
import { usePrintoutLabel } from '../email/PrintoutPicker';

const CompanyHeaderQuery = graphql(`
  query CompanyHeader($id: ID!) {
    company(id: $id) {
      id
      name
      nip
      taxForm
      vatPayer
      email
      unreadFromClientCount
      caretaker { id name }
    }
  }
`);

const CompanyEmailsQueryDocument = graphql(`
  query CompanyEmails($id: ID!, $first: Int!, $after: String) {
    company(id: $id) {
      id
      emails(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges {
          cursor
          node {
            id
            subject
            createdAt
            body
            author { id name }
            delivery { id status attempts lastError sentAt toAddress }
            attachments { id filename printout period url downloadedAt size }
            receipts { user { id name } readAt }
          }
        }
      }
    }
  }
`);

type Email = NonNullable<CompanyEmailsQuery['company']>['emails']['edges'][number]['node'];

const PAGE_SIZE = 10;

/** CRM › Contractors › company: its details and the Messages tab (the archive of emails sent to it). */
export function CompanyPage({ companyId }: { companyId: string }) {
  const { t, tn } = useI18n();
  const [header, refetchHeader] = useQuery({
    query: CompanyHeaderQuery,
    variables: { id: companyId },
  });
  const company = header.data?.company;

  if (header.error && !header.data)
    return (
      <ErrorState
        error={header.error}
        onRetry={() => refetchHeader({ requestPolicy: 'network-only' })}
      />
    );
  if (!header.data) return <Loading />;
  if (!company) {
    return (
      <section className="crm-company">
        <p role="status" data-testid="company-not-found">
          {t('crm.notFound')}
        </p>
        <Link to="/companies">{t('crm.back')}</Link>
      </section>
    );
  }

  return (
    <section className="crm-company" aria-labelledby="crm-company-title">
      <nav className="crm-breadcrumbs" aria-label={t('crm.breadcrumbs')}>
        <Link to="/companies">{t('crm.breadcrumbs.companies')}</Link>{' '}
        <span aria-hidden="true">›</span> <span>{company.name}</span>
      </nav>
      <header className="card crm-header" data-testid="company-header" data-company-id={company.id}>
        <h1 id="crm-company-title">{company.name}</h1>
        <dl className="crm-facts">
          <div>
            <dt>{t('crm.nip')}</dt>
            <dd data-testid="company-nip">{formatNip(company.nip)}</dd>
          </div>
          <div>
            <dt>{t('crm.taxForm')}</dt>
            <dd data-testid="company-tax-form">{t(`companies.taxForm.${company.taxForm}`)}</dd>
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
          </Link>
        </p>
      </header>

      <div className="tabs" role="tablist" aria-label={t('crm.tabs')}>
        <button
          type="button"
          role="tab"
          id="crm-tab-messages"
          aria-selected="true"
          aria-controls="crm-panel-messages"
          data-testid="crm-tab-messages"
        >
          {t('crm.tab.messages')}
        </button>
      </div>
      <div role="tabpanel" id="crm-panel-messages" aria-labelledby="crm-tab-messages">
        <EmailArchive companyId={company.id} />
      </div>
    </section>
  );
}

function EmailArchive({ companyId }: { companyId: string }) {
  const { t, tn } = useI18n();
  const [stack, setStack] = useState<Array<string | null>>([null]);
  const after = stack[stack.length - 1];
  const [result, reexecute] = useQuery({
    query: CompanyEmailsQueryDocument,
    variables: { id: companyId, first: PAGE_SIZE, after },
  });
  const emails = result.data?.company?.emails;

  if (result.error && !emails)
    return (
      <ErrorState
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  if (!emails) return <Loading />;

  const page = stack.length;
  const from = emails.edges.length ? (page - 1) * PAGE_SIZE + 1 : 0;
  const to = (page - 1) * PAGE_SIZE + emails.edges.length;

  return (
    <section
      className="email-archive"
      data-testid="email-archive"
      aria-busy={result.fetching || result.stale}
      aria-label={t('crm.archive')}
    >
      <p className="muted" data-testid="email-archive-count">
        {tn('crm.emails', emails.totalCount)}
      </p>
      {emails.edges.length === 0 ? (
        <p className="muted" data-testid="email-archive-empty">
          {t('crm.emails.empty')}
        </p>
      ) : (
        <ol className="email-list">
          {emails.edges.map(({ node }) => (
            <li key={node.id}>
              <EmailItem email={node} />
            </li>
          ))}
        </ol>
      )}
      {(stack.length > 1 || emails.pageInfo.hasNextPage) && (
        <nav className="pager" aria-label={t('crm.pager')}>
          <button
            type="button"
            data-testid="emails-prev"
            disabled={stack.length <= 1}
            onClick={() => setStack(stack.slice(0, -1))}
          >
            {t('common.previous')}
          </button>
          <span aria-live="polite">
            {t('crm.page', { page, from, to, total: emails.totalCount })}
          </span>
          <button
            type="button"
            data-testid="emails-next"
            disabled={!emails.pageInfo.hasNextPage || !emails.pageInfo.endCursor}
            onClick={() => setStack([...stack, emails.pageInfo.endCursor ?? null])}
          >
            {t('common.next')}
          </button>
        </nav>
      )}
    </section>
  );
}

function EmailItem({ email }: { email: Email }) {
  const { t, formatDateTime } = useI18n();
  const printoutLabel = usePrintoutLabel();
  const delivery = email.delivery;
  const titleId = `email-${email.id}-title`;
  return (
    <article
      className="card email-item"
      data-testid="email-item"
      data-message-id={email.id}
      aria-labelledby={titleId}
    >
      <header className="email-item-header">
        <h2 id={titleId}>{email.subject || t('crm.noSubject')}</h2>
        <p className="meta muted">
          <time dateTime={email.createdAt}>{formatDateTime(email.createdAt)}</time> ·{' '}
          {t('crm.author', { name: email.author.name })}
        </p>
      </header>

      <dl className="email-states">
        <div>
          <dt>{t('crm.delivery')}</dt>
          <dd>
            {delivery ? (
              <span
                className={`status-chip status-${delivery.status.toLowerCase()}`}
                data-testid="delivery-status"
                data-status={delivery.status}
              >
                {t(`crm.delivery.${delivery.status}`)}
                {delivery.status === 'SENT' && delivery.sentAt
                  ? ` · ${formatDateTime(delivery.sentAt)}`
                  : ''}
              </span>
            ) : (
              <span className="muted" data-testid="delivery-status" data-status="NONE">
                {t('crm.delivery.none')}
              </span>
            )}
            {delivery && (
              <span className="muted delivery-details">
                {' '}
                {t('crm.delivery.to', { address: delivery.toAddress })} ·{' '}
                {t('crm.delivery.attempts', { count: delivery.attempts ?? 0 })}
              </span>
            )}
            {delivery?.lastError && (
              <span className="error delivery-error" data-testid="delivery-error">
                {' '}
                {t('crm.delivery.lastError', { message: delivery.lastError })}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('crm.read')}</dt>
          <dd data-testid="email-receipts" data-read={email.receipts.length > 0}>
            {email.receipts.length === 0 ? (
              <span className="muted">{t('crm.read.no')}</span>
            ) : (
              <ul className="receipts">
                {email.receipts.map((receipt) => (
                  <li key={`${receipt.user.id}-${receipt.readAt}`} className="receipt">
                    {t('crm.read.by', {
                      name: receipt.user.name,
                      date: formatDateTime(receipt.readAt),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>

      <div className="email-body" data-testid="email-body">
        {email.body}
      </div>

      {email.attachments.length > 0 && (
        <section className="email-attachments-list" aria-label={t('crm.attachments')}>
          <h3>{t('crm.attachments')}</h3>
          <ul>
            {email.attachments.map((attachment) => (
              <li
                key={attachment.id}
                data-testid="attachment-item"
                data-attachment-id={attachment.id}
                data-downloaded={Boolean(attachment.downloadedAt)}
              >
                <a href={sameOriginPath(attachment.url)}>{attachment.filename}</a>
                {attachment.printout && (
                  <span className="muted">
                    {' '}
                    ({printoutLabel(attachment.printout)}
                    {attachment.period ? ` — ${attachment.period}` : ''})
                  </span>
                )}{' '}
                <span
                  className={attachment.downloadedAt ? 'ok' : 'muted'}
                  data-testid="attachment-downloaded"
                >
                  {attachment.downloadedAt
                    ? t('crm.downloaded', { date: formatDateTime(attachment.downloadedAt) })
                    : t('crm.notDownloaded')}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

/** The link's path on this site (the server may know itself by another host name). */
function sameOriginPath(url: string): string {
  try {
    const parsed = new URL(url, window.location.origin);
    return parsed.pathname.startsWith('/files/') ? parsed.pathname : url;
  } catch {
    return url;
  }
}
