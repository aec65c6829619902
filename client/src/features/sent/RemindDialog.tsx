import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { type CombinedError, useMutation } from 'urql';
import { graphql } from '../../gql';
import type { ReminderTarget } from '../../gql/graphql';
import { isMessageKey, useI18n } from '../../i18n';
import { Link } from '../../router';
import { ModalDialog } from '../notify/ModalDialog';

const RemindUnreadMutation = graphql(`
  mutation RemindUnread($broadcastId: ID!, $body: String, $target: ReminderTarget) {
    remindUnread(broadcastId: $broadcastId, body: $body, target: $target) {
      id recipientCount createdAt
    }
  }
`);

/** The server's limit on a message body. */
const MAX_BODY = 10_000;

/** Why the server refused, in the user's language when it names a reason we know. */
export function remindErrorText(error: CombinedError, t: ReturnType<typeof useI18n>['t']): string {
  for (const graphQLError of error.graphQLErrors) {
    const reasons = graphQLError.extensions?.reasons;
    const reason = Array.isArray(reasons) ? String(reasons[0]) : '';
    const key = `remind.reason.${reason}`;
    if (isMessageKey(key)) return t(key);
  }
  return t('remind.failed', { message: error.graphQLErrors[0]?.message ?? error.message });
}

/**
 * "Przypomnij nieczytającym": confirms who gets the reminder (for a send that asked for a
 * confirmation of receipt, the unread or the unacknowledged), takes an optional text (empty: the
 * server's default Polish reminder), then says how many companies it reached.
 */
export function RemindDialog({
  broadcastId,
  unreadCount,
  unacknowledgedCount = null,
  onClose,
}: {
  broadcastId: string;
  /** Companies of the report that no client has read it in. */
  unreadCount: number;
  /** For a send that asked for a confirmation: companies where nobody confirmed it. */
  unacknowledgedCount?: number | null;
  onClose(): void;
}) {
  const { t, tn } = useI18n();
  const bodyId = useId();
  const [body, setBody] = useState('');
  const [target, setTarget] = useState<ReminderTarget>(
    unacknowledgedCount !== null && unreadCount === 0 ? 'UNACKNOWLEDGED' : 'UNREAD',
  );
  const [sent, setSent] = useState<{ id: string; recipientCount: number } | null>(null);
  const [{ fetching, error }, remind] = useMutation(RemindUnreadMutation);
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (sent) closeButton.current?.focus();
  }, [sent]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (fetching) return;
    const result = await remind({ broadcastId, body: body.trim() ? body : null, target });
    if (result.data) setSent(result.data.remindUnread);
  };

  return (
    <ModalDialog title={t('remind.title')} testId="remind-dialog" onClose={onClose}>
      {sent ? (
        <>
          <p role="status" className="ok" data-testid="remind-result">
            {tn('remind.sent', sent.recipientCount)}
          </p>
          <div className="dialog-actions">
            <Link to={`/sent/${sent.id}`} onClick={onClose} data-testid="remind-open">
              {t('remind.open')}
            </Link>
            <button ref={closeButton} type="button" className="primary" onClick={onClose}>
              {t('common.close')}
            </button>
          </div>
        </>
      ) : (
        <form className="dialog-form" onSubmit={onSubmit}>
          {unacknowledgedCount !== null && (
            <fieldset className="remind-target" data-testid="remind-target">
              <legend>{t('remind.target')}</legend>
              {(['UNREAD', 'UNACKNOWLEDGED'] as const).map((option) => (
                <label key={option}>
                  <input
                    type="radio"
                    name={`${bodyId}-target`}
                    value={option}
                    checked={target === option}
                    onChange={() => setTarget(option)}
                    data-testid={`remind-target-${option}`}
                  />{' '}
                  {t('remind.targetCount', {
                    label: t(`enum.ReminderTarget.${option}`),
                    count: option === 'UNREAD' ? unreadCount : unacknowledgedCount,
                  })}
                </label>
              ))}
            </fieldset>
          )}
          <p data-testid="remind-intro">
            {target === 'UNACKNOWLEDGED'
              ? t('remind.introUnacknowledged')
              : tn('remind.intro', unreadCount)}
          </p>
          <label htmlFor={bodyId}>{t('remind.body')}</label>
          <textarea
            id={bodyId}
            rows={5}
            maxLength={MAX_BODY}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            data-testid="remind-body"
            aria-describedby={`${bodyId}-hint`}
            data-autofocus
          />
          <p className="hint" id={`${bodyId}-hint`}>
            {target === 'UNACKNOWLEDGED'
              ? t('remind.body.hintUnacknowledged')
              : t('remind.body.hint')}
          </p>
          {error && (
            <p role="alert" className="error" data-testid="remind-error">
              {remindErrorText(error, t)}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="primary" data-testid="remind-send" disabled={fetching}>
              {fetching ? t('remind.sending') : t('remind.send')}
            </button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}
