import { type FormEvent, useId, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { WebhookEvent } from '../../gql/graphql';
import { type MessageKey, useI18n } from '../../i18n';
import { ErrorState } from '../../ui/states';
import { mutationError } from '../crm/mutationError';
import { ModalDialog } from '../notify/ModalDialog';
import { FormField } from '../settings/FormField';

const CreateWebhookMutation = graphql(`
  mutation CreateWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) {
      id url events secret createdAt disabledAt failureCount lastDeliveryAt
    }
  }
`);

export const WEBHOOK_EVENTS = [
  'MESSAGE_CREATED',
  'QUESTION_RECEIVED',
  'MESSAGE_READ',
  'MESSAGE_ACKNOWLEDGED',
  'EMAIL_DELIVERY_SENT',
  'EMAIL_DELIVERY_FAILED',
] as const satisfies readonly WebhookEvent[];

type Field = 'url' | 'events' | 'secret';
const isField = (field: string | undefined): field is Field =>
  field === 'url' || field === 'events' || field === 'secret';

/**
 * "Dodaj webhook": the URL, the events and an optional secret; then the secret (given or made),
 * shown this once with a copy button. Closing the dialog drops it from memory.
 */
export function CreateWebhookDialog({
  onClose,
  onCreated,
}: {
  onClose(): void;
  onCreated(): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [url, setUrl] = useState('https://');
  const [events, setEvents] = useState<WebhookEvent[]>(['MESSAGE_CREATED', 'MESSAGE_READ']);
  const [secretInput, setSecretInput] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, MessageKey>>>({});
  const [secret, setSecret] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [{ fetching, error }, create] = useMutation(CreateWebhookMutation);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (fetching) return;
    const given = secretInput.trim();
    const found = {
      url: /^https?:\/\/\S+$/i.test(url.trim()) ? undefined : ('webhooks.error.url' as const),
      events: events.length ? undefined : ('webhooks.error.events' as const),
      secret:
        !given || (given.length >= 32 && given.length <= 200 && !/\s/.test(given))
          ? undefined
          : ('webhooks.error.secret' as const),
    };
    if (found.url || found.events || found.secret) {
      setErrors(found);
      return;
    }
    const result = await create({
      input: {
        url: url.trim(),
        events: WEBHOOK_EVENTS.filter((e) => events.includes(e)),
        secret: given || null,
      },
    });
    if (result.data) {
      setSecret(result.data.createWebhook.secret ?? null);
      onCreated();
      return;
    }
    const { code, field } = mutationError(result.error);
    if (code === 'BAD_USER_INPUT' && isField(field))
      setErrors({ [field]: `webhooks.error.${field}` });
  };

  const { code, field } = mutationError(error);
  const handled = code === 'BAD_USER_INPUT' && isField(field);

  if (secret)
    return (
      <ModalDialog title={t('webhooks.secret.title')} testId="webhook-secret" onClose={onClose}>
        <p role="alert" className="warning">
          {t('webhooks.secret.warning')}
        </p>
        <label htmlFor={`${id}-secret-value`}>{t('webhooks.secret.label')}</label>
        <div className="toolbar">
          <input
            id={`${id}-secret-value`}
            readOnly
            className="secret"
            data-testid="webhook-secret-value"
            data-autofocus
            value={secret}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button
            type="button"
            data-testid="webhook-secret-copy"
            onClick={() => void navigator.clipboard?.writeText(secret).then(() => setCopied(true))}
          >
            {t('webhooks.secret.copy')}
          </button>
        </div>
        {copied && (
          <p role="status" className="ok">
            {t('webhooks.secret.copied')}
          </p>
        )}
        <div className="dialog-actions">
          <button
            type="button"
            className="primary"
            data-testid="webhook-secret-done"
            onClick={onClose}
          >
            {t('webhooks.secret.done')}
          </button>
        </div>
      </ModalDialog>
    );

  return (
    <ModalDialog title={t('webhooks.create.title')} testId="create-webhook" onClose={onClose}>
      <form className="dialog-form" onSubmit={onSubmit} aria-busy={fetching} noValidate>
        <FormField
          id={`${id}-url`}
          name="url"
          label={t('webhooks.url')}
          hint={t('webhooks.url.hint')}
          error={errors.url}
        >
          {(props) => (
            <input
              {...props}
              type="url"
              data-autofocus
              data-testid="webhook-url"
              maxLength={2048}
              value={url}
              onChange={(e) => {
                setUrl(e.target.value);
                setErrors((x) => ({ ...x, url: undefined }));
              }}
            />
          )}
        </FormField>
        <fieldset
          aria-invalid={errors.events ? true : undefined}
          aria-describedby={errors.events ? `${id}-events-error` : undefined}
        >
          <legend>{t('webhooks.events')}</legend>
          {WEBHOOK_EVENTS.map((value) => (
            <label key={value} className="checkbox inline">
              <input
                type="checkbox"
                data-testid={`webhook-event-${value}`}
                checked={events.includes(value)}
                onChange={(e) => {
                  const on = e.target.checked;
                  setEvents((x) => (on ? [...x, value] : x.filter((v) => v !== value)));
                  setErrors((x) => ({ ...x, events: undefined }));
                }}
              />{' '}
              {t(`enum.WebhookEvent.${value}`)}
            </label>
          ))}
          {errors.events && (
            <p className="error field-error" id={`${id}-events-error`}>
              {t(errors.events)}
            </p>
          )}
        </fieldset>
        <FormField
          id={`${id}-secret`}
          name="secret"
          label={t('webhooks.secret')}
          hint={t('webhooks.secret.hint')}
          error={errors.secret}
        >
          {(props) => (
            <input
              {...props}
              autoComplete="off"
              data-testid="webhook-secret-input"
              maxLength={200}
              value={secretInput}
              onChange={(e) => {
                setSecretInput(e.target.value);
                setErrors((x) => ({ ...x, secret: undefined }));
              }}
            />
          )}
        </FormField>
        {error && !handled && <ErrorState error={error} />}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="primary"
            data-testid="webhook-create"
            disabled={fetching}
          >
            {fetching ? t('webhooks.create.creating') : t('webhooks.create.submit')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
