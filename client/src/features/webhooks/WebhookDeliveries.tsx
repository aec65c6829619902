import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { ErrorState, Loading } from '../../ui/states';

const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($webhookId: ID!, $first: Int) {
    webhookDeliveries(webhookId: $webhookId, first: $first) {
      totalCount
      edges {
        node { id event status attempts responseStatus error createdAt deliveredAt nextAttemptAt }
      }
    }
  }
`);

/**
 * The newest deliveries of one webhook: event, status, HTTP code, attempts, time. Refreshing them
 * refreshes the webhook's row too (`onRefresh`: its failures and last delivery move with them).
 */
export function WebhookDeliveries({
  webhookId,
  url,
  onRefresh,
}: {
  webhookId: string;
  url: string;
  onRefresh(): void;
}) {
  const { t, formatDateTime } = useI18n();
  const [result, reexecute] = useQuery({
    query: WebhookDeliveriesQuery,
    variables: { webhookId, first: 20 },
    requestPolicy: 'cache-and-network',
  });
  const refresh = () => {
    reexecute({ requestPolicy: 'network-only' });
    onRefresh();
  };
  const deliveries = result.data?.webhookDeliveries.edges.map((e) => e.node);
  const titleId = `webhook-deliveries-${webhookId}`;

  return (
    <section
      className="webhook-deliveries"
      aria-labelledby={titleId}
      data-testid="webhook-deliveries"
    >
      <div className="toolbar">
        <h3 id={titleId}>{t('webhooks.deliveries.title', { url })}</h3>
        <button type="button" onClick={refresh} data-testid="webhook-deliveries-refresh">
          {t('webhooks.deliveries.refresh')}
        </button>
      </div>
      {result.error && !result.data ? (
        <ErrorState error={result.error} onRetry={refresh} />
      ) : !deliveries ? (
        <Loading />
      ) : deliveries.length === 0 ? (
        <p className="hint">{t('webhooks.deliveries.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('webhooks.deliveries.event')}</th>
                <th scope="col">{t('webhooks.deliveries.status')}</th>
                <th scope="col">{t('webhooks.deliveries.code')}</th>
                <th scope="col">{t('webhooks.deliveries.attempts')}</th>
                <th scope="col">{t('webhooks.deliveries.time')}</th>
                <th scope="col">{t('webhooks.deliveries.error')}</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((d) => (
                <tr key={d.id} data-testid="webhook-delivery-row" data-status={d.status}>
                  <td>{t(`enum.WebhookEvent.${d.event}`)}</td>
                  <td>{t(`enum.WebhookDeliveryStatus.${d.status}`)}</td>
                  <td>{d.responseStatus ?? '—'}</td>
                  <td>{d.attempts}</td>
                  <td>{formatDateTime(d.deliveredAt ?? d.createdAt)}</td>
                  <td>
                    {d.error ?? ''}
                    {d.nextAttemptAt && (
                      <span className="hint">
                        {' '}
                        (
                        {t('webhooks.deliveries.nextAttempt', {
                          date: formatDateTime(d.nextAttemptAt),
                        })}
                        )
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
