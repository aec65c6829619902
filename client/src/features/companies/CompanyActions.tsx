import { useId } from 'react';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import type { Viewer } from '../../viewer';

/** NOTIFICATION and MESSAGES for the ticked companies; why email is unavailable when it is. */
export function CompanyActions({
  viewer,
  count,
  onNotify,
  onEmail,
  onAssign,
  onImport,
}: {
  viewer: Viewer;
  count: number;
  onNotify(): void;
  onEmail(): void;
  onAssign(): void;
  onImport(): void;
}) {
  const { t } = useI18n();
  const explanationId = useId();
  const office = viewer.office;
  const canEmail = Boolean(office?.canSendEmail);
  const none = count === 0;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset's own box and min-width would change the toolbar's layout
    <div className="company-actions" role="group" aria-label={t('companies.actions')}>
      <button
        type="button"
        className="primary"
        data-testid="action-notify"
        disabled={none}
        title={none ? t('companies.action.none') : undefined}
        onClick={onNotify}
      >
        {t('companies.action.notify')}
      </button>
      <button
        type="button"
        className="primary"
        data-testid="action-email"
        disabled={none || !canEmail}
        title={none && canEmail ? t('companies.action.none') : undefined}
        aria-describedby={!canEmail ? explanationId : undefined}
        onClick={onEmail}
      >
        {t('companies.action.email')}
      </button>
      {viewer.role === 'OFFICE_HEAD' && (
        <>
          <button type="button" data-testid="action-assign" disabled={none} onClick={onAssign}>
            {t('companies.action.assign')}
          </button>
          <button type="button" data-testid="action-import" onClick={onImport}>
            {t('companies.action.import')}
          </button>
        </>
      )}
      {!canEmail && (
        <details className="email-unavailable" id={explanationId} data-testid="email-unavailable">
          <summary title={t('companies.email.unavailableShort')}>
            <span aria-hidden="true">?</span>
            <span className="visually-hidden">{t('companies.email.unavailableShort')}</span>
          </summary>
          <div className="email-unavailable-body">
            <span>{t('companies.email.unavailable')}</span>
            <ul>
              {office?.verification !== 'VERIFIED' && (
                <li data-reason="not-verified">
                  {t('companies.email.notVerified', {
                    status: t(
                      `enum.OfficeVerification.${office?.verification ?? 'UNVERIFIED'}`,
                    ).toLocaleLowerCase(),
                  })}
                </li>
              )}
              {!office?.smtpConfigured && (
                <li data-reason="no-smtp">{t('companies.email.noSmtp')}</li>
              )}
            </ul>
            {viewer.role === 'OFFICE_HEAD' ? (
              <Link to="/settings" data-testid="email-settings-link">
                {t('companies.email.settings')}
              </Link>
            ) : (
              <span>{t('companies.email.askHead')}</span>
            )}
          </div>
        </details>
      )}
    </div>
  );
}
