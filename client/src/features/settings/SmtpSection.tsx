import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { type CombinedError, useMutation } from 'urql';
import { type FragmentType, graphql, useFragment } from '../../gql';
import type { SmtpSecurity } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { ErrorState } from '../../ui/states';
import { SmtpFields } from './SmtpFields';
import { SmtpTestResult } from './SmtpTestResult';
import {
  defaultPorts,
  type FieldErrors,
  type FieldName,
  type FormValues,
  fieldOrder,
  validateSmtp,
  valuesOf,
} from './smtpForm';

/** What the settings show of the SMTP integration (never a password: the API has none to give). */
export const SmtpSection_integration = graphql(`
  fragment SmtpSection_integration on SmtpIntegration {
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

// The form's own fields are read from the answer; the spread keeps the cached section whole.
const UpdateSmtpIntegrationMutation = graphql(`
  mutation UpdateSmtpIntegration($input: SmtpIntegrationInput!) {
    updateSmtpIntegration(input: $input) {
      id
      host
      port
      security
      username
      fromAddress
      fromName
      ...SmtpSection_integration
    }
  }
`);

const TestSmtpIntegrationMutation = graphql(`
  mutation TestSmtpIntegration {
    testSmtpIntegration
  }
`);

/** The office's own SMTP server: the form (validated here, then by the server) and its test. */
export function SmtpSection({
  integration: integrationRef,
  onChanged,
}: {
  integration: FragmentType<typeof SmtpSection_integration> | null;
  onChanged(): void;
}) {
  const { t } = useI18n();
  const integration = useFragment(SmtpSection_integration, integrationRef);
  const id = useId();
  const [values, setValues] = useState<FormValues>(() => valuesOf(integration));
  const [saved, setSaved] = useState<FormValues>(() => valuesOf(integration));
  const [errors, setErrors] = useState<FieldErrors>({});
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

  const focusFirstError = (fields: FieldErrors) => {
    const first = fieldOrder.find((f) => fields[f]);
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
        <SmtpFields
          id={id}
          values={values}
          errors={errors}
          stored={integration !== null}
          onChange={set}
          onSecurity={onSecurity}
        />

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

      <SmtpTestResult testing={test.fetching} integration={integration} />
    </section>
  );
}
