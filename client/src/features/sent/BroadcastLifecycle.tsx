import { useState } from 'react';
import { type CombinedError, useMutation } from 'urql';
import { type FragmentType, graphql, useFragment } from '../../gql';
import { isMessageKey, useI18n } from '../../i18n';
import { ModalDialog } from '../notify/ModalDialog';
import { formatWarsaw } from './sendAt';

export const BroadcastLifecycle_broadcast = graphql(`
  fragment BroadcastLifecycle_broadcast on Broadcast {
    id
    kind
    status
    sendAt
    cancelReason
    cancelledAt
    recalledAt
    recipientCount
    readCount
  }
`);

const CancelBroadcastMutation = graphql(`
  mutation SchedCancelBroadcast($id: ID!) {
    cancelBroadcast(id: $id) { id status cancelReason cancelledAt }
  }
`);

const RecallBroadcastMutation = graphql(`
  mutation SchedRecallBroadcast($id: ID!) {
    recallBroadcast(id: $id) { id status recalledAt }
  }
`);

/** The server's reason in the user's words, or its message. */
function failureText(error: CombinedError, t: ReturnType<typeof useI18n>['t']): string {
  const reasons = error.graphQLErrors[0]?.extensions?.reasons;
  const key = `error.reason.${Array.isArray(reasons) ? String(reasons[0]) : ''}`;
  if (isMessageKey(key)) return t(key);
  return t('schedule.failed', { message: error.graphQLErrors[0]?.message ?? error.message });
}

/**
 * A send's state on its report: its status, when a scheduled one goes, why a cancelled one did
 * not; "Anuluj wysyłkę" while scheduled and "Wycofaj powiadomienie" once a notification went, each
 * behind a confirmation that says what happens.
 */
export function BroadcastLifecycle({
  broadcast: broadcastRef,
  onChanged,
}: {
  broadcast: FragmentType<typeof BroadcastLifecycle_broadcast>;
  onChanged(): void;
}) {
  const { t, lang } = useI18n();
  const b = useFragment(BroadcastLifecycle_broadcast, broadcastRef);
  const [confirming, setConfirming] = useState<'cancel' | 'recall' | null>(null);
  const [cancelState, cancel] = useMutation(CancelBroadcastMutation);
  const [recallState, recall] = useMutation(RecallBroadcastMutation);
  const canCancel = b.status === 'SCHEDULED';
  const canRecall = b.status === 'SENT' && b.kind === 'NOTIFICATION';
  const state = confirming === 'recall' ? recallState : cancelState;

  const confirm = async () => {
    const result =
      confirming === 'recall' ? await recall({ id: b.id }) : await cancel({ id: b.id });
    if (result.data) {
      setConfirming(null);
      onChanged();
    }
  };

  return (
    <div className="report-lifecycle" data-testid="report-lifecycle" data-status={b.status}>
      <p>
        <span
          className={`status-chip status-${b.status.toLowerCase()}`}
          data-testid="report-status"
        >
          {t(`enum.BroadcastStatus.${b.status}`)}
        </span>{' '}
        {b.status === 'SCHEDULED' && b.sendAt && (
          <span data-testid="report-send-at">
            {t('schedule.at', { when: formatWarsaw(b.sendAt, lang) })}
          </span>
        )}
        {b.status === 'CANCELLED' && b.cancelReason && (
          <span data-testid="report-cancel-reason">
            {t('schedule.cancelledBecause', {
              reason: t(`enum.BroadcastCancelReason.${b.cancelReason}`),
            })}
          </span>
        )}
        {b.status === 'RECALLED' && b.recalledAt && (
          <span>{t('schedule.recalledAt', { when: formatWarsaw(b.recalledAt, lang) })}</span>
        )}
      </p>
      {(canCancel || canRecall) && (
        <div className="report-actions">
          {canCancel && (
            <button
              type="button"
              data-testid="report-cancel"
              onClick={() => setConfirming('cancel')}
            >
              {t('schedule.cancel')}
            </button>
          )}
          {canRecall && (
            <button
              type="button"
              data-testid="report-recall"
              onClick={() => setConfirming('recall')}
            >
              {t('schedule.recall')}
            </button>
          )}
        </div>
      )}
      {confirming && (
        <ModalDialog
          title={confirming === 'recall' ? t('schedule.recall.title') : t('schedule.cancel.title')}
          testId="lifecycle-dialog"
          onClose={() => setConfirming(null)}
        >
          <p data-testid="lifecycle-text">
            {confirming === 'recall'
              ? t('schedule.recall.text', {
                  unread: b.recipientCount - b.readCount,
                  total: b.recipientCount,
                })
              : t('schedule.cancel.text', { when: b.sendAt ? formatWarsaw(b.sendAt, lang) : '' })}
          </p>
          {state.error && (
            <p role="alert" className="error" data-testid="lifecycle-error">
              {failureText(state.error, t)}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={() => setConfirming(null)} data-autofocus>
              {confirming === 'recall' ? t('schedule.recall.keep') : t('schedule.cancel.keep')}
            </button>
            <button
              type="button"
              className="danger"
              data-testid="lifecycle-confirm"
              disabled={state.fetching}
              onClick={() => void confirm()}
            >
              {confirming === 'recall'
                ? t('schedule.recall.confirm')
                : t('schedule.cancel.confirm')}
            </button>
          </div>
        </ModalDialog>
      )}
    </div>
  );
}
