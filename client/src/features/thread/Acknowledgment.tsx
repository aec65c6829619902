import { useMutation } from 'urql';
import { type FragmentType, graphql, useFragment } from '../../gql';
import { useI18n } from '../../i18n';
import { ErrorState } from '../../ui/states';

export const Acknowledgment_message = graphql(`
  fragment Acknowledgment_message on Message {
    id
    direction
    requiresAcknowledgment
    acknowledgedAt
    acknowledgedBy { id name }
  }
`);

const AcknowledgeMessageMutation = graphql(`
  mutation AcknowledgeMessage($id: ID!) {
    acknowledgeMessage(id: $id) { id readByMe ...Acknowledgment_message }
  }
`);

/**
 * A message that asks for a confirmation of receipt: a client sees "Potwierdzam odbiór" until
 * someone of the company confirms it, then "Potwierdzono …" with the date and time; staff see who
 * confirmed and when, or that it is awaited. Nothing for a message that asks for none.
 */
export function Acknowledgment({
  message: messageRef,
  staff,
}: {
  message: FragmentType<typeof Acknowledgment_message>;
  staff: boolean;
}) {
  const { t, formatDateTime } = useI18n();
  const message = useFragment(Acknowledgment_message, messageRef);
  const [{ fetching, error }, acknowledge] = useMutation(AcknowledgeMessageMutation);
  if (!message.requiresAcknowledgment || message.direction !== 'OFFICE_TO_CLIENT') return null;
  if (message.acknowledgedAt) {
    const time = formatDateTime(message.acknowledgedAt);
    const name = message.acknowledgedBy?.name ?? '';
    return (
      <p className="acknowledgment done" data-testid="acknowledged" role="status">
        <span aria-hidden="true">✓ </span>
        {staff
          ? t('thread.acknowledgedBy', { name, time })
          : t('thread.acknowledged', { time, name })}
      </p>
    );
  }
  if (staff)
    return (
      <p className="acknowledgment pending" data-testid="acknowledgment-awaited">
        {t('thread.acknowledgmentAwaited')}
      </p>
    );
  return (
    <div className="acknowledgment ask">
      <button
        type="button"
        className="primary"
        data-testid="acknowledge"
        disabled={fetching}
        onClick={() => void acknowledge({ id: message.id })}
      >
        {fetching ? t('thread.acknowledging') : t('thread.acknowledge')}
      </button>
      <span className="hint">{t('thread.acknowledge.hint')}</span>
      {error && <ErrorState error={error} />}
    </div>
  );
}
