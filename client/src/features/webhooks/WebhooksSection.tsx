import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { ErrorState, Loading } from '../../ui/states';
import { ModalDialog } from '../notify/ModalDialog';
import { CreateWebhookDialog } from './CreateWebhookDialog';
import { WebhookDeliveries } from './WebhookDeliveries';

const WebhooksQuery = graphql(`
  query Webhooks {
    webhooks { id url events createdAt disabledAt failureCount lastDeliveryAt }
  }
`);

const DeleteWebhookMutation = graphql(`
  mutation DeleteWebhook($id: ID!) {
    deleteWebhook(id: $id)
  }
`);

/**
 * Settings › "Webhooki": the office's webhooks with their state (active or disabled, failures in a
 * row, last delivery), adding one, deleting one, and each one's recent deliveries.
 */
export function WebhooksSection() {
  const { t, formatDateTime } = useI18n();
  const [result, reexecute] = useQuery({ query: WebhooksQuery });
  const [deleteState, remove] = useMutation(DeleteWebhookMutation);
  const [creating, setCreating] = useState(false);
  const [confirming, setConfirming] = useState<{ id: string; url: string } | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const webhooks = result.data?.webhooks;
  const opened = webhooks?.find((w) => w.id === open);

  const onDelete = async () => {
    if (!confirming) return;
    const res = await remove({ id: confirming.id });
    if (res.data) {
      setNotice(t('webhooks.deleted', { url: confirming.url }));
      if (open === confirming.id) setOpen(null);
      setConfirming(null);
      refresh();
    }
  };

  return (
    <section
      id="webhooks"
      className="card settings-section"
      aria-labelledby="webhooks-title"
      data-testid="webhooks"
    >
      <h2 id="webhooks-title">{t('webhooks.title')}</h2>
      <p className="hint">{t('webhooks.intro')}</p>
      <div className="toolbar">
        <button
          type="button"
          className="primary"
          data-testid="webhook-new"
          onClick={() => {
            setNotice(null);
            setCreating(true);
          }}
        >
          {t('webhooks.create')}
        </button>
      </div>
      {notice && (
        <p role="status" className="ok" data-testid="webhooks-notice">
          {notice}
        </p>
      )}
      {result.error && !result.data ? (
        <ErrorState error={result.error} onRetry={refresh} />
      ) : !webhooks ? (
        <Loading />
      ) : webhooks.length === 0 ? (
        <p className="hint">{t('webhooks.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="webhook-table">
            <thead>
              <tr>
                <th scope="col">{t('webhooks.url')}</th>
                <th scope="col">{t('webhooks.events')}</th>
                <th scope="col">{t('webhooks.status')}</th>
                <th scope="col">{t('webhooks.failures')}</th>
                <th scope="col">{t('webhooks.lastDelivery')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('webhooks.deliveries.show')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {webhooks.map((hook) => (
                <tr
                  key={hook.id}
                  data-testid="webhook-row"
                  data-disabled={hook.disabledAt ? 'true' : undefined}
                >
                  <td>
                    <code className="break">{hook.url}</code>
                  </td>
                  <td>{hook.events.map((e) => t(`enum.WebhookEvent.${e}`)).join(', ')}</td>
                  <td>
                    {hook.disabledAt ? (
                      <span className="error">
                        {t('webhooks.status.disabled', { date: formatDateTime(hook.disabledAt) })}
                      </span>
                    ) : (
                      t('webhooks.status.active')
                    )}
                  </td>
                  <td>{hook.failureCount}</td>
                  <td>
                    {hook.lastDeliveryAt
                      ? formatDateTime(hook.lastDeliveryAt)
                      : t('webhooks.never')}
                  </td>
                  <td className="row-actions">
                    <button
                      type="button"
                      aria-expanded={open === hook.id}
                      aria-label={`${t('webhooks.deliveries.show')}: ${hook.url}`}
                      data-testid="webhook-deliveries-toggle"
                      onClick={() => setOpen(open === hook.id ? null : hook.id)}
                    >
                      {open === hook.id
                        ? t('webhooks.deliveries.hide')
                        : t('webhooks.deliveries.show')}
                    </button>{' '}
                    <button
                      type="button"
                      className="danger"
                      aria-label={`${t('webhooks.delete')}: ${hook.url}`}
                      data-testid="webhook-delete"
                      onClick={() => setConfirming({ id: hook.id, url: hook.url })}
                    >
                      {t('webhooks.delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {opened && <WebhookDeliveries webhookId={opened.id} url={opened.url} onRefresh={refresh} />}
      {creating && <CreateWebhookDialog onClose={() => setCreating(false)} onCreated={refresh} />}
      {confirming && (
        <ModalDialog
          title={t('webhooks.delete.title')}
          testId="delete-webhook"
          onClose={() => setConfirming(null)}
        >
          <p>{t('webhooks.delete.confirm', { url: confirming.url })}</p>
          {deleteState.error && <ErrorState error={deleteState.error} />}
          <div className="dialog-actions">
            <button type="button" data-autofocus onClick={() => setConfirming(null)}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="danger"
              data-testid="delete-webhook-confirm"
              disabled={deleteState.fetching}
              onClick={() => void onDelete()}
            >
              {t('webhooks.delete')}
            </button>
          </div>
        </ModalDialog>
      )}
    </section>
  );
}
