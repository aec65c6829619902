import { type FragmentType, graphql, useFragment } from '../../gql';
import type { MessageDirection, MessageItem_MessageFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { RichText } from '../../ui/RichText';
import type { Viewer } from '../../viewer';
import { AttachmentButton } from './AttachmentButton';
import { useThreadSight } from './useReadOnSight';

export const MessageItem_message = graphql(`
  fragment MessageItem_message on Message {
    id
    kind
    direction
    subject
    body
    html
    createdAt
    readByMe
    author { id name }
    attachments { id ...AttachmentButton_attachment }
    receipts { readAt user { id name } }
  }
`);

/** One message of a thread: who and when, its text and files, and (for staff) who read it. */
export function MessageItem({
  message: messageRef,
  viewer,
  ownSide,
  staff,
}: {
  message: FragmentType<typeof MessageItem_message>;
  viewer: Viewer;
  ownSide: MessageDirection;
  staff: boolean;
}) {
  const { t, formatDateTime } = useI18n();
  const message = useFragment(MessageItem_message, messageRef);
  const { watch } = useThreadSight();
  const mine = message.direction === ownSide;
  const unread = !mine && !message.readByMe;
  const className = [
    'message',
    mine ? 'mine' : 'theirs',
    unread ? 'unread' : '',
    `kind-${message.kind.toLowerCase()}`,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <li
      className={className}
      // An unread message of the other side is read once it has been seen (useReadOnSight).
      ref={unread && watch ? watch : undefined}
      id={`message-${message.id}`}
      data-testid="message"
      data-message-id={message.id}
      data-kind={message.kind}
      data-direction={message.direction}
      data-unread={unread}
    >
      <div className="meta">
        <span className="kind-tag">{t(`enum.MessageKind.${message.kind}`)}</span>
        <span className="author">
          {message.author.id === viewer.id
            ? t('thread.you', { name: message.author.name })
            : message.author.name}
        </span>
        <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
        {unread && <span className="new-tag">{t('thread.new')}</span>}
      </div>
      {message.subject && (
        <p className="subject">{t('thread.subject', { subject: message.subject })}</p>
      )}
      {message.html ? (
        <RichText html={message.html} className="body rich" />
      ) : (
        <div className="body">{message.body}</div>
      )}
      {message.attachments.length > 0 && (
        <ul className="attachments" aria-label={t('thread.attachments')}>
          {message.attachments.map((attachment) => (
            <AttachmentButton key={attachment.id} attachment={attachment} staff={staff} />
          ))}
        </ul>
      )}
      {staff && message.direction === 'OFFICE_TO_CLIENT' && (
        <Receipts receipts={message.receipts} />
      )}
    </li>
  );
}

function Receipts({ receipts }: { receipts: MessageItem_MessageFragment['receipts'] }) {
  const { t, formatDateTime } = useI18n();
  if (!receipts.length) return <p className="receipt-pending">{t('thread.notRead')}</p>;
  return (
    <ul className="receipts" aria-label={t('thread.receipts')}>
      {receipts.map((receipt) => (
        <li
          key={receipt.user.id}
          className="receipt"
          data-testid="receipt"
          data-user-id={receipt.user.id}
        >
          <span aria-hidden="true">✓ </span>
          {t('thread.readBy', { name: receipt.user.name, time: formatDateTime(receipt.readAt) })}
        </li>
      ))}
    </ul>
  );
}
