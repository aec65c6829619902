import { type FragmentType, graphql, useFragment } from '../../gql';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { excerpt } from '../../ui/format';

export const ConversationRow_conversation = graphql(`
  fragment ConversationRow_conversation on Conversation {
    lastActivityAt
    unreadFromClientCount
    company { id name nip }
    lastMessage { id kind direction subject body createdAt author { id name } attachments { id } }
  }
`);

/** One conversation of the inbox: the company, the last message's excerpt, the unread count. */
export function ConversationRow({
  conversation: conversationRef,
}: {
  conversation: FragmentType<typeof ConversationRow_conversation>;
}) {
  const { t, tn, formatDateTime } = useI18n();
  const conversation = useFragment(ConversationRow_conversation, conversationRef);
  const { company, lastMessage, unreadFromClientCount: unread } = conversation;
  const text =
    lastMessage.kind === 'EMAIL' && lastMessage.subject ? lastMessage.subject : lastMessage.body;
  return (
    <li>
      <Link
        to={`/inbox/${company.id}`}
        className={unread ? 'conversation has-unread' : 'conversation'}
        data-testid="conversation"
        data-company-id={company.id}
        data-unread={unread}
      >
        <span className="conversation-company">{company.name}</span>
        <time className="conversation-time" dateTime={conversation.lastActivityAt}>
          {formatDateTime(conversation.lastActivityAt)}
        </time>
        <span className="conversation-excerpt">
          <span className="muted">{t('inbox.from', { name: lastMessage.author.name })}</span>{' '}
          {excerpt(text)}
          {lastMessage.attachments.length > 0 && (
            <span className="muted"> {t('inbox.attachment')}</span>
          )}
        </span>
        {unread > 0 ? (
          <span className="conversation-unread">
            <span className="count-pill" aria-hidden="true" data-testid="conversation-unread">
              {unread}
            </span>
            <span className="visually-hidden">{tn('inbox.unread', unread)}</span>
          </span>
        ) : null}
      </Link>
    </li>
  );
}
