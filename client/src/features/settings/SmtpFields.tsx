import type { SmtpSecurity } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { FormField } from './FormField';
import { type FieldErrors, type FormValues, securities } from './smtpForm';

/** The SMTP form's fields; the password may be kept or cleared once one is stored. */
export function SmtpFields({
  id,
  values,
  errors,
  stored,
  onChange,
  onSecurity,
}: {
  /** Prefix of the controls' ids. */
  id: string;
  values: FormValues;
  errors: FieldErrors;
  /** Whether an integration is stored already. */
  stored: boolean;
  onChange<K extends keyof FormValues>(name: K, value: FormValues[K]): void;
  onSecurity(security: SmtpSecurity): void;
}) {
  const { t } = useI18n();
  return (
    <div className="form-grid">
      <FormField id={`${id}-host`} name="host" label={t('settings.smtp.host')} error={errors.host}>
        {(p) => (
          <input
            {...p}
            data-testid="smtp-host"
            required
            autoComplete="off"
            spellCheck={false}
            value={values.host}
            onChange={(e) => onChange('host', e.target.value)}
          />
        )}
      </FormField>
      <FormField id={`${id}-port`} name="port" label={t('settings.smtp.port')} error={errors.port}>
        {(p) => (
          <input
            {...p}
            data-testid="smtp-port"
            type="number"
            inputMode="numeric"
            min={1}
            max={65535}
            required
            value={values.port}
            onChange={(e) => onChange('port', e.target.value)}
          />
        )}
      </FormField>
      <FormField
        id={`${id}-security`}
        name="security"
        label={t('settings.smtp.security')}
        hint={t(`settings.smtp.security.${values.security}.hint`)}
        error={errors.security}
      >
        {(p) => (
          <select
            {...p}
            data-testid="smtp-security"
            value={values.security}
            onChange={(e) => onSecurity(e.target.value as SmtpSecurity)}
          >
            {securities.map((s) => (
              <option key={s} value={s}>
                {t(`enum.SmtpSecurity.${s}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        id={`${id}-username`}
        name="username"
        label={t('settings.smtp.username')}
        error={errors.username}
      >
        {(p) => (
          <input
            {...p}
            data-testid="smtp-username"
            autoComplete="off"
            spellCheck={false}
            value={values.username}
            onChange={(e) => onChange('username', e.target.value)}
          />
        )}
      </FormField>
      <FormField
        id={`${id}-password`}
        name="password"
        label={t('settings.smtp.password')}
        hint={stored ? t('settings.smtp.password.keep') : t('settings.smtp.password.new')}
        error={errors.password}
      >
        {(p) => (
          <input
            {...p}
            data-testid="smtp-password"
            type="password"
            autoComplete="new-password"
            value={values.password}
            disabled={values.clearPassword}
            onChange={(e) => onChange('password', e.target.value)}
          />
        )}
      </FormField>
      {stored && (
        <label className="inline clear-password">
          <input
            type="checkbox"
            data-testid="smtp-clear-password"
            checked={values.clearPassword}
            onChange={(e) => onChange('clearPassword', e.target.checked)}
          />
          {t('settings.smtp.password.clear')}
        </label>
      )}
      <FormField
        id={`${id}-fromAddress`}
        name="fromAddress"
        label={t('settings.smtp.fromAddress')}
        error={errors.fromAddress}
      >
        {(p) => (
          <input
            {...p}
            data-testid="smtp-from-address"
            type="email"
            required
            autoComplete="off"
            value={values.fromAddress}
            onChange={(e) => onChange('fromAddress', e.target.value)}
          />
        )}
      </FormField>
      <FormField
        id={`${id}-fromName`}
        name="fromName"
        label={t('settings.smtp.fromName')}
        hint={t('settings.smtp.fromName.hint')}
        error={errors.fromName}
      >
        {(p) => (
          <input
            {...p}
            data-testid="smtp-from-name"
            maxLength={200}
            value={values.fromName}
            onChange={(e) => onChange('fromName', e.target.value)}
          />
        )}
      </FormField>
    </div>
  );
}
