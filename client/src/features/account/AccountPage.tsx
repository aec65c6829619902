import { useState } from 'react';
import { useI18n } from '../../i18n';
import { ChangePasswordSection } from './ChangePasswordSection';
import { SessionsSection } from './SessionsSection';

/** "Moje konto": every logged-in role's password and sessions. */
export function AccountPage() {
  const { t } = useI18n();
  const [version, setVersion] = useState(0);
  return (
    <section className="settings" aria-labelledby="account-title">
      <h1 id="account-title">{t('account.title')}</h1>
      <ChangePasswordSection onChanged={() => setVersion((v) => v + 1)} />
      <SessionsSection version={version} />
    </section>
  );
}
