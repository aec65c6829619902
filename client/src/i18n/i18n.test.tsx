import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dictionaries, I18nProvider, type MessageKey, pluralKey, translate, useI18n } from '.';
import { defineMessages } from './messages';

/** A button in the chosen language that switches to English. */
function Probe() {
  const { t, setLang } = useI18n();
  return (
    <button type="button" onClick={() => setLang('en')}>
      {t('shell.logout')}
    </button>
  );
}

describe('translations', () => {
  it('has every key in both Polish and English, none empty', () => {
    const pl = Object.keys(dictionaries.pl).sort();
    const en = Object.keys(dictionaries.en).sort();
    expect(en).toEqual(pl);
    for (const lang of ['pl', 'en'] as const) {
      for (const [key, text] of Object.entries(dictionaries[lang]))
        expect(text.trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(dictionaries.pl) as MessageKey[]) {
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(dictionaries.en[key]), key).toEqual(names(dictionaries.pl[key]));
    }
  });

  it('does not compile an English table without the Polish keys, or a key no table has', () => {
    // @ts-expect-error: "b" has no English text
    defineMessages({ pl: { a: 'A', b: 'B' }, en: { a: 'A' } });
    // @ts-expect-error: "c" is not a Polish key
    defineMessages({ pl: { a: 'A' }, en: { a: 'A', c: 'C' } });
    // @ts-expect-error: no table has this key
    translate('en', 'no.such.key');
  });

  it('fills placeholders and shows a missing key as itself', () => {
    expect(translate('pl', 'shell.unread', { count: 3 })).toBe('Nieprzeczytane wiadomości: 3');
    expect(translate('en', 'shell.unread', { count: 3 })).toBe('Unread messages: 3');
    // @ts-expect-error: a key missing at run time (an old bundle, a server code) shows itself
    expect(translate('pl', 'no.such.key')).toBe('no.such.key');
  });

  it('picks Polish plural forms', () => {
    expect([1, 2, 4, 5, 12, 22, 25, 112].map((n) => pluralKey('pl', 'x', n))).toEqual([
      'x.one',
      'x.few',
      'x.few',
      'x.many',
      'x.many',
      'x.few',
      'x.many',
      'x.many',
    ]);
    expect([1, 2].map((n) => pluralKey('en', 'x', n))).toEqual(['x.one', 'x.other']);
  });

  it('is Polish by default and switches to English', () => {
    localStorage.clear();
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    const button = screen.getByRole('button');
    expect(button.textContent).toBe('Wyloguj');
    button.click();
    return Promise.resolve().then(() => {
      expect(screen.getByRole('button').textContent).toBe('Log out');
      expect(localStorage.getItem('ledgerpost.lang')).toBe('en');
    });
  });
});
