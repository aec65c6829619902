import { useI18n } from '../../i18n';
import { Link } from '../../router';

/** The thread's heading: the way back, the company's name and tax id (and its card, for staff). */
export function ThreadHeader({
  companyId,
  staff,
  company,
  companyName,
}: {
  companyId: string;
  staff: boolean;
  company: { nip: string } | null | undefined;
  companyName: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <header className="thread-header">
      {staff ? (
        <Link to="/inbox" className="back">
          {t('thread.backToInbox')}
        </Link>
      ) : (
        <Link to="/messages" className="back">
          {t('thread.backToHome')}
        </Link>
      )}
      <h1>{companyName ?? t('thread.labelPlain')}</h1>
      {company && (
        <p className="hint">
          {t('thread.nip', { nip: company.nip })}
          {staff && (
            <>
              {' · '}
              <Link to={`/companies/${companyId}`}>{t('thread.companyCard')}</Link>
            </>
          )}
        </p>
      )}
    </header>
  );
}
