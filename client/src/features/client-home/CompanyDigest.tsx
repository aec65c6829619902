import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { excerpt } from '../../ui/format';
import { ErrorState } from '../../ui/states';
import type { Viewer } from '../../viewer';
import { Acknowledgment } from '../thread/Acknowledgment';

/** Newest messages a company's card shows on the client's start page. */
const NEWEST = 5;

export const CompanyDigestQuery = graphql(`
  query CompanyDigest($companyId: ID!, $first: Int!) {
    unreadCount(companyId: $companyId)
    messages(companyId: $companyId, first: $first) {
      totalCount
      edges {
        node {
          id kind direction subject body createdAt readByMe author { id name }
          ...Acknowledgment_message
        }
      }
    }
  }
`);

/** One of the client's companies: its unread count and newest messages, each opening in the thread. */
export function CompanyDigest({ company }: { company: Viewer['companies'][number] }) {
  const { t, tn, formatDateTime } = useI18n();
  const [result, reexecute] = useQuery({
    query: CompanyDigestQuery,
    variables: { companyId: company.id, first: NEWEST },
  });
  const unread = result.data?.unreadCount ?? 0;
  const messages = result.data?.messages.edges.map((e) => e.node) ?? [];
  const thread = `/messages/${company.id}`;
  return (
    <li className="client-company" data-testid="client-company" data-company-id={company.id}>
      <div className="client-company-head">
        <Link to={thread} className="client-company-name">
          {company.name}
        </Link>
        {unread > 0 && (
          <span className="count-pill" data-testid="company-unread">
            {tn('clientHome.unread', unread)}
          </span>
        )}
        <span className="spacer" />
        <Link to={thread} className="button-link" data-testid="open-thread">
          {t('clientHome.open')}
        </Link>
        <Link to={`${thread}#ask`} className="button-link">
          {t('clientHome.ask')}
        </Link>
      </div>
      {result.error && !result.data ? (
        <ErrorState
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : result.data && !messages.length ? (
        <p className="muted">{t('clientHome.noMessages')}</p>
      ) : (
        <ol
          className="client-digest"
          aria-label={t('clientHome.newest', { company: company.name })}
        >
          {messages.map((message) => {
            const fromOffice = message.direction === 'OFFICE_TO_CLIENT';
            const isNew = fromOffice && !message.readByMe;
            const text = message.subject ?? message.body;
            return (
              <li key={message.id}>
                <Link
                  to={`${thread}#message-${message.id}`}
                  className={isNew ? 'digest-message unread' : 'digest-message'}
                  data-testid="digest-message"
                  data-message-id={message.id}
                  data-unread={isNew}
                >
                  <span className="digest-meta">
                    <span className="kind-tag">{t(`enum.MessageKind.${message.kind}`)}</span>{' '}
                    {fromOffice ? message.author.name : t('clientHome.you')}
                    {' · '}
                    <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
                    {isNew && <span className="new-tag">{t('thread.new')}</span>}
                  </span>
                  <span className="digest-text">{excerpt(text)}</span>
                </Link>
                <Acknowledgment message={message} staff={false} />
              </li>
            );
          })}
        </ol>
      )}
    </li>
  );
}
