import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { messages as auth } from '../features/auth/auth.i18n';
import { messages as clientHome } from '../features/client-home/client-home.i18n';
import { messages as companies } from '../features/companies/companies.i18n';
import { messages as crm } from '../features/crm/crm.i18n';
import { messages as email } from '../features/email/email.i18n';
import { messages as files } from '../features/files/files.i18n';
import { messages as inbox } from '../features/inbox/inbox.i18n';
import { messages as notify } from '../features/notify/notify.i18n';
import { messages as playground } from '../features/playground/playground.i18n';
import { messages as settings } from '../features/settings/settings.i18n';
import { messages as thread } from '../features/thread/thread.i18n';
import { messages as common } from './common.i18n';

export type Lang = 'pl' | 'en';
export const languages: Lang[] = ['pl', 'en'];

/** Each feature's strings in both languages; keys are namespaced by feature ("inbox.title"). */
export interface FeatureMessages {
  pl: Record<string, string>;
  en: Record<string, string>;
}

const features: FeatureMessages[] = [
  common,
  auth,
  companies,
  notify,
  email,
  inbox,
  thread,
  clientHome,
  crm,
  settings,
  files,
  playground,
];

export const dictionaries: Record<Lang, Record<string, string>> = {
  pl: Object.assign({}, ...features.map((f) => f.pl)),
  en: Object.assign({}, ...features.map((f) => f.en)),
};

/** "{count} firm" with params; a missing key shows itself, so it is noticed, never blank. */
export function translate(
  lang: Lang,
  key: string,
  params?: Record<string, string | number>,
): string {
  const template = dictionaries[lang][key] ?? dictionaries.pl[key] ?? key;
  return params
    ? template.replace(/\{(\w+)\}/g, (match, name: string) =>
        name in params ? String(params[name]) : match,
      )
    : template;
}

/** Polish plural forms: 1 firma, 2-4 firmy, 5+ firm (and 12-14 firm). */
export function pluralKey(lang: Lang, base: string, count: number): string {
  if (lang === 'en') return `${base}.${count === 1 ? 'one' : 'other'}`;
  if (count === 1) return `${base}.one`;
  const tens = count % 100;
  const units = count % 10;
  return units >= 2 && units <= 4 && (tens < 12 || tens > 14) ? `${base}.few` : `${base}.many`;
}

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: string, params?: Record<string, string | number>): string;
  /** A counted phrase: keys `${base}.one|few|many` (pl) or `.one|other` (en), with {count}. */
  tn(base: string, count: number, params?: Record<string, string | number>): string;
  formatDateTime(iso: string): string;
}

const I18nContext = createContext<I18n | null>(null);
const STORAGE_KEY = 'ledgerpost.lang';

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Lang }) {
  const [lang, setLangState] = useState<Lang>(
    () => initial ?? (localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'pl'),
  );
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next;
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const format = new Intl.DateTimeFormat(lang === 'pl' ? 'pl-PL' : 'en-GB', {
      dateStyle: 'short',
      timeStyle: 'short',
    });
    return {
      lang,
      setLang,
      t: (key, params) => translate(lang, key, params),
      tn: (base, count, params) =>
        translate(lang, pluralKey(lang, base, count), { count, ...params }),
      formatDateTime: (iso) => format.format(new Date(iso)),
    };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
