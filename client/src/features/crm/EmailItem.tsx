import { type FragmentType, graphql, useFragment } from '../../gql';
import { useI18n } from '../../i18n';
import { usePrintoutLabel } from '../email/PrintoutPicker';
import { formatPeriod } from '../email/period';

export const EmailItem_email = graphql(`
  fragment EmailItem_email on Message {
    id
    subject
    createdAt
    body
    author { id name }
    delivery { id status attempts lastError sentAt toAddress }
    attachments { id filename printout period url downloadedAt }
    receipts { user { id name } readAt }
  }
`);

/** One archived email: its delivery, who read it, its text and its printouts (downloaded or not). */
export function EmailItem({ email: emailRef }: { email: FragmentType<typeof EmailItem_email> }) {
  const { t, lang, formatDateTime } = useI18n();
  const email = useFragment(EmailItem_email, emailRef);
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
                {t(`enum.DeliveryStatus.${delivery.status}`)}
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
                    {attachment.period ? ` — ${formatPeriod(attachment.period, lang)}` : ''})
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
