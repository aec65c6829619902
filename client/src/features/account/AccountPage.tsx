import { useState } from 'react';
import { useI18n } from '../../i18n';
import type { Viewer } from '../../viewer';
import { ChangePasswordSection } from './ChangePasswordSection';
import { LanguageSection } from './LanguageSection';
import { SessionsSection } from './SessionsSection';

/** "Moje konto": every logged-in role's language, password and sessions. */
export function AccountPage({ viewer }: { viewer: Pick<Viewer, 'language'> }) {
  const { t } = useI18n();
  const [version, setVersion] = useState(0);
  return (
    <section className="settings" aria-labelledby="account-title">
      <h1 id="account-title">{t('account.title')}</h1>
      <LanguageSection viewer={viewer} />
      <ChangePasswordSection onChanged={() => setVersion((v) => v + 1)} />
      <SessionsSection version={version} />
    </section>
  );
}
