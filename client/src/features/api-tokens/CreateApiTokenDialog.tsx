import { type FormEvent, useId, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { ApiScope } from '../../gql/graphql';
import { type MessageKey, useI18n } from '../../i18n';
import { ErrorState } from '../../ui/states';
import { mutationError } from '../crm/mutationError';
import { ModalDialog } from '../notify/ModalDialog';
import { FormField } from '../settings/FormField';

const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken { id name scopes hint createdAt lastUsedAt expiresAt revokedAt }
    }
  }
`);

export const API_SCOPES = [
  'READ',
  'NOTIFY',
  'EMAIL',
  'BOOKKEEPING',
  'WEBHOOKS',
] as const satisfies readonly ApiScope[];

type Field = 'name' | 'scopes' | 'expiresAt';

/** The end of a picked day (YYYY-MM-DD) in the reader's time zone, as the API takes it. */
function endOfDay(day: string): string {
  return new Date(`${day}T23:59:59`).toISOString();
}

/**
 * "Utwórz token": a name, scopes and an optional expiry; then the secret, shown this once with a
 * copy button. Closing the dialog drops it from memory: the list shows only its hint.
 */
export function CreateApiTokenDialog({
  onClose,
  onCreated,
}: {
  onClose(): void;
  onCreated(): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiScope[]>(['READ']);
  const [expires, setExpires] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, MessageKey>>>({});
  const [secret, setSecret] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [{ fetching, error }, create] = useMutation(CreateApiTokenMutation);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (fetching) return;
    const found = {
      name:
        name.trim() && name.trim().length <= 100 ? undefined : ('apiTokens.error.name' as const),
      scopes: scopes.length > 0 ? undefined : ('apiTokens.error.scopes' as const),
    };
    if (found.name || found.scopes) {
      setErrors(found);
      return;
    }
    const input = {
      name: name.trim(),
      scopes: API_SCOPES.filter((s) => scopes.includes(s)),
      expiresAt: expires ? endOfDay(expires) : null,
    };
    const result = await create({ input });
    if (result.data) {
      setSecret(result.data.createApiToken.token);
      onCreated();
      return;
    }
    const { code, field } = mutationError(result.error);
    if (
      code === 'BAD_USER_INPUT' &&
      (field === 'name' || field === 'scopes' || field === 'expiresAt')
    )
      setErrors({ [field]: `apiTokens.error.${field}` });
  };

  const { code, field } = mutationError(error);
  const handled =
    code === 'BAD_USER_INPUT' && (field === 'name' || field === 'scopes' || field === 'expiresAt');

  const copy = async () => {
    if (!secret) return;
    await navigator.clipboard?.writeText(secret);
    setCopied(true);
  };

  if (secret)
    return (
      <ModalDialog title={t('apiTokens.secret.title')} testId="api-token-secret" onClose={onClose}>
        <p role="alert" className="warning" data-testid="api-token-warning">
          {t('apiTokens.secret.warning')}
        </p>
        <label htmlFor={`${id}-secret`}>{t('apiTokens.secret.label')}</label>
        <div className="toolbar">
          <input
            id={`${id}-secret`}
            readOnly
            className="secret"
            data-testid="api-token-value"
            data-autofocus
            value={secret}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" data-testid="api-token-copy" onClick={() => void copy()}>
            {t('apiTokens.secret.copy')}
          </button>
        </div>
        {copied && (
          <p role="status" className="ok">
            {t('apiTokens.secret.copied')}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="primary" data-testid="api-token-done" onClick={onClose}>
            {t('apiTokens.secret.done')}
          </button>
        </div>
      </ModalDialog>
    );

  return (
    <ModalDialog title={t('apiTokens.create.title')} testId="create-api-token" onClose={onClose}>
      <form className="dialog-form" onSubmit={onSubmit} aria-busy={fetching} noValidate>
        <FormField id={`${id}-name`} name="name" label={t('apiTokens.name')} error={errors.name}>
          {(props) => (
            <input
              {...props}
              data-autofocus
              data-testid="api-token-name"
              maxLength={100}
              value={name}
              onChange={(e) => {
                setName(e.target.value);
                setErrors((x) => ({ ...x, name: undefined }));
              }}
            />
          )}
        </FormField>
        <fieldset
          aria-invalid={errors.scopes ? true : undefined}
          aria-describedby={errors.scopes ? `${id}-scopes-error` : undefined}
        >
          <legend>{t('apiTokens.scopes')}</legend>
          {API_SCOPES.map((scope) => (
            <label key={scope} className="checkbox">
              <input
                type="checkbox"
                data-testid={`api-token-scope-${scope}`}
                checked={scopes.includes(scope)}
                onChange={(e) => {
                  const on = e.target.checked;
                  setScopes((x) => (on ? [...x, scope] : x.filter((s) => s !== scope)));
                  setErrors((x) => ({ ...x, scopes: undefined }));
                }}
              />{' '}
              {t(`enum.ApiScope.${scope}`)}{' '}
              <span className="hint">— {t(`apiTokens.scope.${scope}.hint`)}</span>
            </label>
          ))}
          {errors.scopes && (
            <p className="error field-error" id={`${id}-scopes-error`}>
              {t(errors.scopes)}
            </p>
          )}
        </fieldset>
        <FormField
          id={`${id}-expires`}
          name="expiresAt"
          label={t('apiTokens.expiresAt')}
          hint={t('apiTokens.expiresAt.hint')}
          error={errors.expiresAt}
        >
          {(props) => (
            <input
              {...props}
              type="date"
              data-testid="api-token-expires"
              value={expires}
              onChange={(e) => {
                setExpires(e.target.value);
                setErrors((x) => ({ ...x, expiresAt: undefined }));
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
            data-testid="api-token-create"
            disabled={fetching}
          >
            {fetching ? t('apiTokens.create.creating') : t('apiTokens.create.submit')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
