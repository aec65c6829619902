import { useMutation } from 'urql';
import { type FragmentType, graphql, useFragment } from '../../gql';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { excerpt } from '../../ui/format';

export const ConversationRow_conversation = graphql(`
  fragment ConversationRow_conversation on Conversation {
    lastActivityAt
    unreadFromClientCount
    status
    company { id name nip }
    lastMessage { id kind subject body author { id name } attachments { id } }
    lastClientMessage { id body author { id name } attachments { id } }
  }
`);

const CloseConversationMutation = graphql(`
  mutation CloseConversation($companyId: ID!) {
    closeConversation(companyId: $companyId) { status company { id } }
  }
`);

const ReopenConversationMutation = graphql(`
  mutation ReopenConversation($companyId: ID!) {
    reopenConversation(companyId: $companyId) { status company { id } }
  }
`);

/**
 * One conversation of the inbox: the company, the client's newest message (the office's own when
 * the client has not written), the unread count, and closing (marking it answered without a
 * reply) or reopening it.
 */
export function ConversationRow({
  conversation: conversationRef,
  onChanged,
}: {
  conversation: FragmentType<typeof ConversationRow_conversation>;
  /** After closing or reopening: the list it was in has changed. */
  onChanged(): void;
}) {
  const { t, tn, formatDateTime } = useI18n();
  const conversation = useFragment(ConversationRow_conversation, conversationRef);
  const [closing, close] = useMutation(CloseConversationMutation);
  const [reopening, reopen] = useMutation(ReopenConversationMutation);
  const { company, lastMessage, lastClientMessage, unreadFromClientCount: unread } = conversation;
  const preview = lastClientMessage ?? lastMessage;
  const text =
    !lastClientMessage && lastMessage.kind === 'EMAIL' && lastMessage.subject
      ? lastMessage.subject
      : preview.body;
  const closed = conversation.status === 'CLOSED';
  const busy = closing.fetching || reopening.fetching;
  const error = closing.error ?? reopening.error;
  return (
    <li className="conversation-item" data-status={conversation.status}>
      <Link
        to={`/inbox/${company.id}`}
        className={unread ? 'conversation has-unread' : 'conversation'}
        data-testid="conversation"
        data-company-id={company.id}
        data-unread={unread}
        data-status={conversation.status}
      >
        <span className="conversation-company">
          {company.name}{' '}
          <span className="muted conversation-nip">{t('inbox.nip', { nip: company.nip })}</span>
        </span>
        <time className="conversation-time" dateTime={conversation.lastActivityAt}>
          {formatDateTime(conversation.lastActivityAt)}
        </time>
        <span className="conversation-excerpt" data-testid="conversation-preview">
          <span className="muted">{t('inbox.from', { name: preview.author.name })}</span>{' '}
          {excerpt(text)}
          {preview.attachments.length > 0 && (
            <span className="muted"> {t('inbox.attachment')}</span>
          )}
        </span>
        <span className="conversation-unread">
          <span className="status-tag">{t(`enum.ConversationStatus.${conversation.status}`)}</span>
          {unread > 0 ? (
            <>
              <span className="count-pill" aria-hidden="true" data-testid="conversation-unread">
                {unread}
              </span>
              <span className="visually-hidden">{tn('inbox.unread', unread)}</span>
            </>
          ) : null}
        </span>
      </Link>
      <button
        type="button"
        className="conversation-action"
        disabled={busy}
        data-testid={closed ? 'reopen-conversation' : 'close-conversation'}
        onClick={async () => {
          const result = await (closed ? reopen : close)({ companyId: company.id });
          if (!result.error) onChanged();
        }}
      >
        {t(closed ? 'inbox.reopen' : 'inbox.close')}
        {/* The name starts with the visible text (WCAG 2.5.3) and says which conversation. */}
        <span className="visually-hidden">
          {' '}
          {t('inbox.actionTarget', { company: company.name })}
        </span>
      </button>
      {error && (
        <p className="error" role="alert">
          {t('inbox.actionFailed')}
        </p>
      )}
    </li>
  );
}
