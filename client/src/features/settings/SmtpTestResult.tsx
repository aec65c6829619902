import { useI18n } from '../../i18n';

/** The last connection test of the stored SMTP integration: never, passed, or failed and why. */
export function SmtpTestResult({
  testing,
  integration,
}: {
  testing: boolean;
  integration: {
    lastTestedAt: string | null;
    lastTestOk: boolean | null;
    lastTestError: string | null;
  } | null;
}) {
  const { t, formatDateTime } = useI18n();
  return (
    <div
      className="smtp-test-result"
      data-testid="smtp-test-result"
      data-ok={integration?.lastTestOk ?? undefined}
      role="status"
      aria-live="polite"
    >
      {testing ? (
        <span className="muted">{t('settings.smtp.testing')}</span>
      ) : !integration?.lastTestedAt ? (
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
  );
}
