import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { messages as account } from '../features/account/account.i18n';
import { messages as alerts } from '../features/alerts/alerts.i18n';
import { messages as apiTokens } from '../features/api-tokens/api-tokens.i18n';
import { messages as auth } from '../features/auth/auth.i18n';
import { messages as clientHome } from '../features/client-home/client-home.i18n';
import { messages as companies } from '../features/companies/companies.i18n';
import { messages as crm } from '../features/crm/crm.i18n';
import { messages as deadlines } from '../features/deadlines/deadlines.i18n';
import { messages as email } from '../features/email/email.i18n';
import { messages as files } from '../features/files/files.i18n';
import { messages as inbox } from '../features/inbox/inbox.i18n';
import { messages as notify } from '../features/notify/notify.i18n';
import { messages as people } from '../features/people/people.i18n';
import { messages as playground } from '../features/playground/playground.i18n';
import { messages as schedule } from '../features/sent/schedule.i18n';
import { messages as sent } from '../features/sent/sent.i18n';
import { messages as settings } from '../features/settings/settings.i18n';
import { messages as templates } from '../features/templates/templates.i18n';
import { messages as thread } from '../features/thread/thread.i18n';
import { messages as webhooks } from '../features/webhooks/webhooks.i18n';
import { messages as common } from './common.i18n';
import { messages as enums } from './enums.i18n';
import { messages as errors } from './errors.i18n';

export type Lang = 'pl' | 'en';
export const languages: Lang[] = ['pl', 'en'];

const pl = {
  ...common.pl,
  ...errors.pl,
  ...enums.pl,
  ...auth.pl,
  ...account.pl,
  ...alerts.pl,
  ...companies.pl,
  ...notify.pl,
  ...email.pl,
  ...inbox.pl,
  ...thread.pl,
  ...templates.pl,
  ...clientHome.pl,
  ...crm.pl,
  ...settings.pl,
  ...files.pl,
  ...playground.pl,
  ...people.pl,
  ...apiTokens.pl,
  ...sent.pl,
  ...schedule.pl,
  ...webhooks.pl,
  ...deadlines.pl,
};

/** Every UI string's key: `t('inbox.title')` with a key no table has does not compile. */
export type MessageKey = keyof typeof pl;

const en: Record<MessageKey, string> = {
  ...common.en,
  ...errors.en,
  ...enums.en,
  ...auth.en,
  ...account.en,
  ...alerts.en,
  ...companies.en,
  ...notify.en,
  ...email.en,
  ...inbox.en,
  ...thread.en,
  ...templates.en,
  ...clientHome.en,
  ...crm.en,
  ...settings.en,
  ...files.en,
  ...playground.en,
  ...people.en,
  ...apiTokens.en,
  ...sent.en,
  ...schedule.en,
  ...webhooks.en,
  ...deadlines.en,
};

export const dictionaries: Record<Lang, Record<MessageKey, string>> = { pl, en };

type Params = Record<string, string | number>;

/** "{count} firm" with params; a key missing at run time shows itself, so it is noticed, never blank. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template: string | undefined = dictionaries[lang][key] ?? dictionaries.pl[key];
  const text = template ?? key;
  return params
    ? text.replace(/\{(\w+)\}/g, (match, name: string) =>
        name in params ? String(params[name]) : match,
      )
    : text;
}

/** For keys built from data (a server's reason code): whether a table has it. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(pl, key);
}

type PluralForm = 'one' | 'few' | 'many' | 'other';

/** Keys with every plural form: `tn('inbox.total', n)` needs `inbox.total.one|few|many|other`. */
export type PluralBase = {
  [K in MessageKey]: K extends `${infer Base}.one`
    ? `${Base}.${PluralForm}` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];

/** Polish plural forms: 1 firma, 2-4 firmy, 5+ firm (and 12-14 firm). */
export function pluralKey<Base extends string>(
  lang: Lang,
  base: Base,
  count: number,
): `${Base}.${PluralForm}` {
  if (lang === 'en') return `${base}.${count === 1 ? 'one' : 'other'}`;
  if (count === 1) return `${base}.one`;
  const tens = count % 100;
  const units = count % 10;
  return units >= 2 && units <= 4 && (tens < 12 || tens > 14) ? `${base}.few` : `${base}.many`;
}

export type Translate = (key: MessageKey, params?: Params) => string;

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t: Translate;
  /** A counted phrase: keys `${base}.one|few|many` (pl) or `.one|other` (en), with {count}. */
  tn(base: PluralBase, count: number, params?: Params): string;
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
    setLangState(next);
  }, []);
  // The page's language follows the text's, from the first render (screen readers pick their voice by it).
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
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
