import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { OfficeSettingsQuery, SmtpSecurity } from '../../gql/graphql';
import { type MessageKey, useI18n } from '../../i18n';
import { ErrorState, Loading } from '../../ui/states';
import type { Viewer } from '../../viewer';

/** What the settings form shows of the SMTP integration (never a password: the API has none to give). */
export const SmtpIntegrationFieldsFragment = graphql(`
  fragment SmtpIntegrationFields on SmtpIntegration {
    id
    host
    port
    security
    username
    fromAddress
    fromName
    lastTestedAt
    lastTestOk
    lastTestError
  }
`);

const OfficeSettingsQueryDocument = graphql(`
  query OfficeSettings {
    me {
      id
      office {
        id
        name
        verification
        smtpConfigured
        canSendEmail
        smtpIntegration {
          ...SmtpIntegrationFields
        }
      }
    }
  }
`);

const UpdateSmtpIntegrationMutation = graphql(`
  mutation UpdateSmtpIntegration($input: SmtpIntegrationInput!) {
    updateSmtpIntegration(input: $input) {
      ...SmtpIntegrationFields
    }
  }
`);

const TestSmtpIntegrationMutation = graphql(`
  mutation TestSmtpIntegration {
    testSmtpIntegration
  }
`);

type Integration = NonNullable<
  NonNullable<NonNullable<OfficeSettingsQuery['me']>['office']>['smtpIntegration']
>;

const securities: SmtpSecurity[] = ['NONE', 'STARTTLS', 'TLS'];
const defaultPorts: Record<SmtpSecurity, number> = { NONE: 25, STARTTLS: 587, TLS: 465 };

type FieldName =
  | 'host'
  | 'port'
  | 'security'
  | 'username'
  | 'password'
  | 'fromAddress'
  | 'fromName';

export interface FormValues {
  host: string;
  port: string;
  security: SmtpSecurity;
  username: string;
  password: string;
  clearPassword: boolean;
  fromAddress: string;
  fromName: string;
}

function valuesOf(integration: Integration | null | undefined): FormValues {
  return {
    host: integration?.host ?? '',
    port: String(integration?.port ?? defaultPorts.STARTTLS),
    security: integration?.security ?? 'STARTTLS',
    username: integration?.username ?? '',
    password: '',
    clearPassword: false,
    fromAddress: integration?.fromAddress ?? '',
    fromName: integration?.fromName ?? '',
  };
}

/** What the browser can tell before asking the server (which checks again). */
export function validateSmtp(values: FormValues): Partial<Record<FieldName, MessageKey>> {
  const errors: Partial<Record<FieldName, MessageKey>> = {};
  if (!values.host.trim()) errors.host = 'settings.error.host.required';
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port.trim()) || port < 1 || port > 65535)
    errors.port = 'settings.error.port';
  if (!values.fromAddress.trim()) errors.fromAddress = 'settings.error.fromAddress.required';
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.fromAddress.trim()))
    errors.fromAddress = 'settings.error.fromAddress';
  if (/[\r\n]/.test(values.fromName)) errors.fromName = 'settings.error.fromName';
  return errors;
}

/** The office's settings (head only): verification status and its own SMTP integration. */
export function SettingsPage({ viewer }: { viewer: Viewer }) {
  const { t } = useI18n();
  const [result, reexecute] = useQuery({ query: OfficeSettingsQueryDocument });
  const office = result.data?.me?.office;

  if (viewer.role !== 'OFFICE_HEAD') {
    return (
      <p role="alert" className="error">
        {t('settings.headOnly')}
      </p>
    );
  }
  if (result.error && !result.data)
    return (
      <ErrorState
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  if (!result.data) return <Loading />;
  if (!office) return <ErrorState error={t('settings.noOffice')} />;

  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  return (
    <section className="settings" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>

      <section
        className="card settings-section"
        aria-labelledby="verification-title"
        data-testid="verification"
      >
        <h2 id="verification-title">{t('settings.verification.title')}</h2>
        <p>
          {t('settings.verification.status')}{' '}
          <span
            className={`status-chip verification-${office.verification.toLowerCase()}`}
            data-testid="verification-status"
            data-status={office.verification}
          >
            {t(`settings.verification.${office.verification}`)}
          </span>
        </p>
        <p className="hint">{t(`settings.verification.${office.verification}.hint`)}</p>
        <p data-testid="email-availability" data-available={office.canSendEmail}>
          {office.canSendEmail ? (
            <span className="ok">{t('settings.email.available')}</span>
          ) : (
            <span>
              {t('settings.email.unavailable')}{' '}
              {[
                office.verification !== 'VERIFIED' ? t('settings.email.needVerified') : null,
                !office.smtpConfigured ? t('settings.email.needSmtp') : null,
              ]
                .filter(Boolean)
                .join('; ')}
              .
            </span>
          )}
        </p>
      </section>

      <SmtpSection integration={office.smtpIntegration ?? null} onChanged={refresh} />
    </section>
  );
}

function SmtpSection({
  integration,
  onChanged,
}: {
  integration: Integration | null;
  onChanged(): void;
}) {
  const { t, formatDateTime } = useI18n();
  const id = useId();
  const [values, setValues] = useState<FormValues>(() => valuesOf(integration));
  const [saved, setSaved] = useState<FormValues>(() => valuesOf(integration));
  const [errors, setErrors] = useState<Partial<Record<FieldName, MessageKey>>>({});
  const [savedNotice, setSavedNotice] = useState(false);
  const [save, runSave] = useMutation(UpdateSmtpIntegrationMutation);
  const [test, runTest] = useMutation(TestSmtpIntegrationMutation);
  const [generalError, setGeneralError] = useState<CombinedError | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // The stored settings changed (saved or tested): the form follows unless it has unsaved edits.
  useEffect(() => {
    if (!integration) return;
    const next = valuesOf(integration);
    setSaved(next);
  }, [integration]);

  const dirty =
    values.host !== saved.host ||
    values.port !== saved.port ||
    values.security !== saved.security ||
    values.username !== saved.username ||
    values.password !== '' ||
    values.clearPassword ||
    values.fromAddress !== saved.fromAddress ||
    values.fromName !== saved.fromName;

  const set = <K extends keyof FormValues>(name: K, value: FormValues[K]) => {
    setValues((current) => ({ ...current, [name]: value }));
    setSavedNotice(false);
    if (name in errors) setErrors((current) => ({ ...current, [name]: undefined }));
  };

  const onSecurity = (security: SmtpSecurity) => {
    setValues((current) => {
      const port = Number(current.port);
      const usual = current.port === '' || Object.values(defaultPorts).includes(port);
      return { ...current, security, port: usual ? String(defaultPorts[security]) : current.port };
    });
    setSavedNotice(false);
  };

  const focusFirstError = (fields: Partial<Record<FieldName, MessageKey>>) => {
    const first = (
      ['host', 'port', 'security', 'username', 'password', 'fromAddress', 'fromName'] as FieldName[]
    ).find((f) => fields[f]);
    if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setGeneralError(null);
    const found = validateSmtp(values);
    setErrors(found);
    if (Object.keys(found).length) {
      focusFirstError(found);
      return;
    }
    const result = await runSave({
      input: {
        host: values.host.trim(),
        port: Number(values.port),
        security: values.security,
        username: values.username.trim() || null,
        // Empty: keep the stored password; "remove" sends an empty one.
        ...(values.clearPassword
          ? { password: '' }
          : values.password
            ? { password: values.password }
            : {}),
        fromAddress: values.fromAddress.trim(),
        fromName: values.fromName.trim() || null,
      },
    });
    if (result.data) {
      const next = valuesOf(result.data.updateSmtpIntegration);
      setValues(next);
      setSaved(next);
      setSavedNotice(true);
      onChanged();
      return;
    }
    const first = result.error?.graphQLErrors[0];
    const field = first?.extensions?.field as FieldName | undefined;
    if (first?.extensions?.code === 'BAD_USER_INPUT' && field && field in values) {
      const translated = `settings.error.server.${field}`;
      setErrors({ [field]: translated });
      focusFirstError({ [field]: translated });
    } else if (result.error) {
      setGeneralError(result.error);
    }
  };

  const onTest = async () => {
    setGeneralError(null);
    const result = await runTest({});
    if (result.error) setGeneralError(result.error);
    onChanged();
  };

  const field = (
    name: FieldName,
    label: string,
    control: (props: {
      id: string;
      name: string;
      'aria-invalid'?: boolean;
      'aria-describedby'?: string;
    }) => ReactNode,
    hint?: string,
  ) => {
    const controlId = `${id}-${name}`;
    const error = errors[name];
    const described =
      [hint ? `${controlId}-hint` : null, error ? `${controlId}-error` : null]
        .filter(Boolean)
        .join(' ') || undefined;
    return (
      <div className="form-field" data-field={name}>
        <label htmlFor={controlId}>{label}</label>
        {control({
          id: controlId,
          name,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': described,
        })}
        {hint && (
          <p className="hint" id={`${controlId}-hint`}>
            {hint}
          </p>
        )}
        {error && (
          <p
            className="error field-error"
            id={`${controlId}-error`}
            data-testid={`smtp-${name}-error`}
          >
            {t(error)}
          </p>
        )}
      </div>
    );
  };

  return (
    <section className="card settings-section" aria-labelledby="smtp-title">
      <h2 id="smtp-title">{t('settings.smtp.title')}</h2>
      <p className="hint">{t('settings.smtp.intro')}</p>

      <form
        ref={formRef}
        className="smtp-form"
        data-testid="smtp-form"
        onSubmit={onSubmit}
        noValidate
        aria-busy={save.fetching}
      >
        <div className="form-grid">
          {field('host', t('settings.smtp.host'), (p) => (
            <input
              {...p}
              data-testid="smtp-host"
              required
              autoComplete="off"
              spellCheck={false}
              value={values.host}
              onChange={(e) => set('host', e.target.value)}
            />
          ))}
          {field('port', t('settings.smtp.port'), (p) => (
            <input
              {...p}
              data-testid="smtp-port"
              type="number"
              inputMode="numeric"
              min={1}
              max={65535}
              required
              value={values.port}
              onChange={(e) => set('port', e.target.value)}
            />
          ))}
          {field(
            'security',
            t('settings.smtp.security'),
            (p) => (
              <select
                {...p}
                data-testid="smtp-security"
                value={values.security}
                onChange={(e) => onSecurity(e.target.value as SmtpSecurity)}
              >
                {securities.map((s) => (
                  <option key={s} value={s}>
                    {t(`settings.smtp.security.${s}`)}
                  </option>
                ))}
              </select>
            ),
            t(`settings.smtp.security.${values.security}.hint`),
          )}
          {field('username', t('settings.smtp.username'), (p) => (
            <input
              {...p}
              data-testid="smtp-username"
              autoComplete="off"
              spellCheck={false}
              value={values.username}
              onChange={(e) => set('username', e.target.value)}
            />
          ))}
          {field(
            'password',
            t('settings.smtp.password'),
            (p) => (
              <input
                {...p}
                data-testid="smtp-password"
                type="password"
                autoComplete="new-password"
                value={values.password}
                disabled={values.clearPassword}
                onChange={(e) => set('password', e.target.value)}
              />
            ),
            integration ? t('settings.smtp.password.keep') : t('settings.smtp.password.new'),
          )}
          {integration && (
            <label className="inline clear-password">
              <input
                type="checkbox"
                data-testid="smtp-clear-password"
                checked={values.clearPassword}
                onChange={(e) => set('clearPassword', e.target.checked)}
              />
              {t('settings.smtp.password.clear')}
            </label>
          )}
          {field('fromAddress', t('settings.smtp.fromAddress'), (p) => (
            <input
              {...p}
              data-testid="smtp-from-address"
              type="email"
              required
              autoComplete="off"
              value={values.fromAddress}
              onChange={(e) => set('fromAddress', e.target.value)}
            />
          ))}
          {field(
            'fromName',
            t('settings.smtp.fromName'),
            (p) => (
              <input
                {...p}
                data-testid="smtp-from-name"
                maxLength={200}
                value={values.fromName}
                onChange={(e) => set('fromName', e.target.value)}
              />
            ),
            t('settings.smtp.fromName.hint'),
          )}
        </div>

        {generalError && <ErrorState error={generalError} />}
        {savedNotice && !dirty && (
          <p role="status" className="ok" data-testid="smtp-saved">
            {t('settings.smtp.saved')}
          </p>
        )}

        <div className="toolbar">
          <button
            type="submit"
            className="primary"
            data-testid="smtp-save"
            disabled={save.fetching}
          >
            {save.fetching ? t('settings.smtp.saving') : t('common.save')}
          </button>
          <button
            type="button"
            data-testid="smtp-test"
            disabled={!integration || dirty || test.fetching || save.fetching}
            aria-describedby={`${id}-test-hint`}
            onClick={() => void onTest()}
          >
            {test.fetching ? t('settings.smtp.testing') : t('settings.smtp.test')}
          </button>
          <span className="hint" id={`${id}-test-hint`}>
            {!integration
              ? t('settings.smtp.test.needSaved')
              : dirty
                ? t('settings.smtp.test.unsaved')
                : t('settings.smtp.test.hint')}
          </span>
        </div>
      </form>

      <div
        className="smtp-test-result"
        data-testid="smtp-test-result"
        data-ok={integration?.lastTestOk ?? undefined}
        role="status"
        aria-live="polite"
      >
        {test.fetching ? (
          <span className="muted">{t('settings.smtp.testing')}</span>
        ) : !integration || !integration.lastTestedAt ? (
          <span className="muted">{t('settings.smtp.test.never')}</span>
        ) : integration.lastTestOk ? (
          <span className="ok">
            {t('settings.smtp.test.ok', { date: formatDateTime(integration.lastTestedAt) })}
          </span>
        ) : (
          <span className="error">
            {t('settings.smtp.test.failed', { date: formatDateTime(integration.lastTestedAt) })}{' '}
            <span data-testid="smtp-test-error">
              {integration.lastTestError ?? t('settings.smtp.test.unknown')}
            </span>
          </span>
        )}
      </div>
    </section>
  );
}
