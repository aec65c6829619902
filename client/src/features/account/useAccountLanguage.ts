import { useCallback, useEffect } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { Language } from '../../gql/graphql';
import { type Lang, useI18n } from '../../i18n';
import type { Viewer } from '../../viewer';

const UpdateMyLanguageMutation = graphql(`
  mutation UpdateMyLanguage($language: Language!) {
    updateMyAccount(input: { language: $language }) { id language }
  }
`);

/** The API's name for a language of the web client. */
export const apiLanguage = (lang: Lang): Language => (lang === 'en' ? 'EN' : 'PL');

/**
 * The account's language rules once logged in: the page follows it, and choosing another (in the
 * top bar or on "Moje konto") stores it on the account, so Ledgerpost's emails follow too.
 */
export function useAccountLanguage(viewer: Pick<Viewer, 'language'>): (lang: Lang) => void {
  const { setLang } = useI18n();
  const [, update] = useMutation(UpdateMyLanguageMutation);
  const accountLang: Lang = viewer.language === 'EN' ? 'en' : 'pl';
  useEffect(() => setLang(accountLang), [accountLang, setLang]);
  return useCallback(
    (lang: Lang) => {
      setLang(lang);
      void update({ language: apiLanguage(lang) });
    },
    [setLang, update],
  );
}
