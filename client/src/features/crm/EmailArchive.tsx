import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { ErrorState, Loading } from '../../ui/states';
import { EmailItem } from './EmailItem';

const CompanyEmailsQueryDocument = graphql(`
  query CompanyEmails($id: ID!, $first: Int!, $after: String) {
    company(id: $id) {
      id
      emails(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges {
          cursor
          node { id ...EmailItem_email }
        }
      }
    }
  }
`);

const PAGE_SIZE = 10;

/** The Messages tab: every email sent to the company, newest first, a page at a time. */
export function EmailArchive({ companyId }: { companyId: string }) {
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
