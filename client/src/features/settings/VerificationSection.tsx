import { type FragmentType, graphql, useFragment } from '../../gql';
import { useI18n } from '../../i18n';

export const VerificationSection_office = graphql(`
  fragment VerificationSection_office on Office {
    id
    verification
    smtpConfigured
    canSendEmail
  }
`);

/** The office's verification status, and whether it can send email (and what it lacks if not). */
export function VerificationSection({
  office: officeRef,
}: {
  office: FragmentType<typeof VerificationSection_office>;
}) {
  const { t } = useI18n();
  const office = useFragment(VerificationSection_office, officeRef);
  return (
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
          {t(`enum.OfficeVerification.${office.verification}`)}
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
  );
}
