import { type Lang, languages, useI18n } from '../../i18n';
import type { Viewer } from '../../viewer';
import { useAccountLanguage } from './useAccountLanguage';

/** The account's language: of the web client and of Ledgerpost's emails to this person. */
export function LanguageSection({ viewer }: { viewer: Pick<Viewer, 'language'> }) {
  const { t, lang } = useI18n();
  const change = useAccountLanguage(viewer);
  return (
    <section className="card settings-section" aria-labelledby="language-title">
      <h2 id="language-title">{t('account.language.title')}</h2>
      <p className="hint">{t('account.language.hint')}</p>
      <label htmlFor="account-language">{t('account.language.label')}</label>
      <select
        id="account-language"
        value={lang}
        onChange={(event) => change(event.target.value as Lang)}
      >
        {languages.map((l) => (
          <option key={l} value={l}>
            {t(`account.language.${l}`)}
          </option>
        ))}
      </select>
    </section>
  );
}
