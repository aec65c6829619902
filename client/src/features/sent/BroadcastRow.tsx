import { type FragmentType, graphql, useFragment } from '../../gql';
import { type MessageKey, useI18n } from '../../i18n';
import { Link } from '../../router';
import { formatWarsaw } from './sendAt';

export const BroadcastRow_broadcast = graphql(`
  fragment BroadcastRow_broadcast on Broadcast {
    id
    kind
    status
    sendAt
    subject
    preview
    createdAt
    recipientCount
    readCount
    failedCount
    author { id name }
    remindsOf { id }
    origin
  }
`);

/** One send of the "Sent" list: when, what, by whom, and "read by N of M". */
export function BroadcastRow({
  broadcast: broadcastRef,
}: {
  broadcast: FragmentType<typeof BroadcastRow_broadcast>;
}) {
  const { t, tn, lang, formatDateTime } = useI18n();
  const broadcast = useFragment(BroadcastRow_broadcast, broadcastRef);
  const to = `/sent/${broadcast.id}`;
  const content =
    broadcast.kind === 'EMAIL' && broadcast.subject
      ? `${broadcast.subject} — ${broadcast.preview}`
      : broadcast.preview;
  return (
    <tr data-testid="sent-row" data-broadcast-id={broadcast.id}>
      <td>
        <Link to={to}>
          <time dateTime={broadcast.createdAt}>{formatDateTime(broadcast.createdAt)}</time>
        </Link>
      </td>
      <td>
        {t(`sent.kind.${broadcast.kind}` as MessageKey)}
        {broadcast.remindsOf && <span className="muted"> ({t('sent.reminder')})</span>}
        {broadcast.origin === 'DEADLINE_REMINDER' && (
          <span className="muted" data-testid="sent-deadline-reminder">
            {' '}
            ({t('deadlines.sent.reminder')})
          </span>
        )}
      </td>
      <td>{broadcast.author.name}</td>
      <td className="sent-preview">
        <Link to={to}>{content}</Link>
        {broadcast.status !== 'SENT' && (
          <div data-testid="sent-status" data-status={broadcast.status}>
            <span className={`status-chip status-${broadcast.status.toLowerCase()}`}>
              {t(`enum.BroadcastStatus.${broadcast.status}`)}
            </span>{' '}
            {broadcast.status === 'SCHEDULED' && broadcast.sendAt && (
              <span data-testid="sent-send-at">
                {t('schedule.at', { when: formatWarsaw(broadcast.sendAt, lang) })}
              </span>
            )}
          </div>
        )}
      </td>
      <td data-testid="sent-read">
        {broadcast.status === 'SCHEDULED' || broadcast.status === 'CANCELLED' ? (
          <span className="muted">—</span>
        ) : (
          t('sent.read', { read: broadcast.readCount, total: broadcast.recipientCount })
        )}
      </td>
      <td>
        {broadcast.failedCount > 0 ? (
          <span className="status-chip status-failed">
            {tn('sent.failed', broadcast.failedCount)}
          </span>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
    </tr>
  );
}
