import { type FragmentType, graphql, useFragment } from '../../gql';
import { type MessageKey, useI18n } from '../../i18n';
import { Link } from '../../router';

export const RecipientRow_recipient = graphql(`
  fragment RecipientRow_recipient on BroadcastRecipient {
    company { id name nip }
    read
    reads { readAt user { id name } }
    emailStatus
    emailError
    attachmentCount
    downloads { downloadedAt file { id filename } user { id name } }
    repliedAt
    recalled
    acknowledgedAt
    acknowledgedBy { id name }
  }
`);

/** One company of a send: who read it and when, the email, downloads, a reply after it. */
export function RecipientRow({
  recipient: recipientRef,
  acknowledgment = false,
}: {
  recipient: FragmentType<typeof RecipientRow_recipient>;
  /** The send asked for a confirmation of receipt: show its column. */
  acknowledgment?: boolean;
}) {
  const { t, formatDateTime } = useI18n();
  const r = useFragment(RecipientRow_recipient, recipientRef);
  return (
    <tr
      data-testid="recipient-row"
      data-company-id={r.company.id}
      data-read={r.read}
      data-recalled={r.recalled}
      data-acknowledged={r.acknowledgedAt !== null}
    >
      <td>
        <Link to={`/companies/${r.company.id}`}>{r.company.name}</Link>
        {r.recalled && (
          <>
            {' '}
            <span className="status-chip status-recalled" data-testid="recipient-recalled">
              {t('schedule.recalled')}
            </span>
          </>
        )}
        <div className="muted nip">{r.company.nip}</div>
      </td>
      <td data-testid="recipient-read">
        {r.reads.length ? (
          <ul className="plain-list">
            {r.reads.map((read) => (
              <li key={read.user.id}>
                <span className="status-chip status-sent">
                  {t('report.readBy', {
                    name: read.user.name,
                    date: formatDateTime(read.readAt),
                  })}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <span className="status-chip status-queued">{t('report.notRead')}</span>
        )}
      </td>
      {acknowledgment && (
        <td data-testid="recipient-acknowledged">
          {r.acknowledgedAt ? (
            <span className="status-chip status-sent">
              {t('report.acknowledgedBy', {
                name: r.acknowledgedBy?.name ?? '',
                date: formatDateTime(r.acknowledgedAt),
              })}
            </span>
          ) : (
            <span className="status-chip status-queued">{t('report.notAcknowledged')}</span>
          )}
        </td>
      )}
      <td>
        {r.emailStatus ? (
          <>
            <span className={`status-chip status-${r.emailStatus.toLowerCase()}`}>
              {t(`report.email.${r.emailStatus}` as MessageKey)}
            </span>
            {r.emailError && <div className="error">{r.emailError}</div>}
          </>
        ) : (
          <span className="muted">{t('report.email.none')}</span>
        )}
      </td>
      <td>
        {r.attachmentCount === 0 ? (
          <span className="muted">{t('report.noAttachments')}</span>
        ) : r.downloads.length ? (
          <ul className="plain-list">
            {r.downloads.map((d) => (
              <li key={`${d.file.id}-${d.user.id}`}>
                {t('report.download', {
                  file: d.file.filename,
                  name: d.user.name,
                  date: formatDateTime(d.downloadedAt),
                })}
              </li>
            ))}
          </ul>
        ) : (
          <span className="muted">
            {t('report.nothingDownloaded', { count: r.attachmentCount })}
          </span>
        )}
      </td>
      <td>
        {r.repliedAt ? (
          <Link to={`/inbox/${r.company.id}`}>
            {t('report.replied', { date: formatDateTime(r.repliedAt) })}
          </Link>
        ) : (
          <span className="muted">{t('report.noReply')}</span>
        )}
      </td>
    </tr>
  );
}
