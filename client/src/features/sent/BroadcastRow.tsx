import { type FragmentType, graphql, useFragment } from '../../gql';
import { type MessageKey, useI18n } from '../../i18n';
import { Link } from '../../router';

export const BroadcastRow_broadcast = graphql(`
  fragment BroadcastRow_broadcast on Broadcast {
    id
    kind
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
  const { t, tn, formatDateTime } = useI18n();
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
      </td>
      <td data-testid="sent-read">
        {t('sent.read', { read: broadcast.readCount, total: broadcast.recipientCount })}
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
