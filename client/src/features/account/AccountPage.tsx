import { useState } from 'react';
import { useI18n } from '../../i18n';
import type { Viewer } from '../../viewer';
import { AlertsSection } from '../alerts/AlertsSection';
import { ChangePasswordSection } from './ChangePasswordSection';
import { LanguageSection } from './LanguageSection';
import { SessionsSection } from './SessionsSection';

/** "Moje konto": every logged-in role's language, password and sessions; a client's email alerts. */
export function AccountPage({ viewer }: { viewer: Pick<Viewer, 'language' | 'role'> }) {
  const { t } = useI18n();
  const [version, setVersion] = useState(0);
  return (
    <section className="settings" aria-labelledby="account-title">
      <h1 id="account-title">{t('account.title')}</h1>
      <LanguageSection viewer={viewer} />
      {viewer.role === 'CLIENT' ? <AlertsSection /> : null}
      <ChangePasswordSection onChanged={() => setVersion((v) => v + 1)} />
      <SessionsSection version={version} />
    </section>
  );
}
