import { describe, expect, it } from 'vitest';
import {
  type MailLanguage,
  mailLanguage,
  renderSystemMail,
  type SystemMailTemplateName,
  type SystemMailVars,
  systemMailTemplates,
} from './system-mail.templates.js';

const hostile = '<img src=x onerror=alert(1)> & "Spółka"';
const link = 'https://biuro.example.pl/reset-password?token=abc&x="1"';

/** Values for every template, each text one hostile. */
const samples: { [T in SystemMailTemplateName]: SystemMailVars<T> } = {
  'invitation-staff': {
    officeName: hostile,
    inviterName: hostile,
    role: 'OFFICE_HEAD',
    link,
    expiresAt: '2026-12-05T10:00:00.000Z',
  },
  'invitation-client': {
    officeName: hostile,
    inviterName: hostile,
    companyName: hostile,
    link,
    expiresAt: '2026-12-05T10:00:00.000Z',
  },
  'password-reset': { name: hostile, email: 'a@b.pl', officeName: hostile, link, validMinutes: 60 },
  'password-changed': {
    name: hostile,
    email: 'a@b.pl',
    officeName: null,
    changedAt: '2026-11-28T10:00:00.000Z',
  },
  'new-messages': {
    name: hostile,
    digest: false,
    companies: [
      { officeName: hostile, companyName: hostile, count: 3, link: 'https://biuro.example.pl/m/1' },
    ],
    messagesLink: 'https://biuro.example.pl/m/1',
    preferencesLink: link,
  },
  'webhook-disabled': {
    officeName: hostile,
    host: hostile,
    failures: 8,
    lastError: hostile,
    disabledAt: '2026-11-28T10:00:00.000Z',
    link,
  },
};

describe('system mail templates', () => {
  const names = Object.keys(systemMailTemplates) as SystemMailTemplateName[];

  const cases = names.flatMap((name) =>
    (['pl', 'en'] as const).map((language): [SystemMailTemplateName, MailLanguage] => [
      name,
      language,
    ]),
  );

  it.each(cases)(
    '%s in %s: both parts, Ledgerpost named, every value escaped in HTML',
    (name, language) => {
      const mail = renderSystemMail(name, language, samples[name] as never);
      expect(mail.subject).not.toMatch(/undefined|null|\[object/);
      expect(mail.text).not.toMatch(/undefined|\bnull\b|\[object/);
      expect(`${mail.subject} ${mail.text}`).toContain('Ledgerpost');
      expect(mail.text).toContain(hostile);
      expect(mail.html).not.toContain('<img');
      expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Spółka&quot;');
      expect(mail.html).toContain(`lang="${language}"`);
      if (systemMailTemplates[name].secret.length) {
        expect(mail.text).toContain(link);
        expect(mail.html).toContain(
          'href="https://biuro.example.pl/reset-password?token=abc&amp;x=&quot;1&quot;"',
        );
      }
    },
  );

  it('says different things in Polish and English', () => {
    for (const name of names) {
      const pl = renderSystemMail(name, 'pl', samples[name] as never);
      const en = renderSystemMail(name, 'en', samples[name] as never);
      expect(pl.subject).not.toBe(en.subject);
      expect(pl.text).not.toBe(en.text);
    }
  });

  it('counts new messages with Polish plurals, and lists one line per company', () => {
    const alert = (counts: number[], digest = false) =>
      renderSystemMail('new-messages', 'pl', {
        name: 'Jan',
        digest,
        companies: counts.map((count, i) => ({
          officeName: 'Biuro Lipa',
          companyName: `Firma ${i}`,
          count,
          link: `https://x.pl/messages/${i}`,
        })),
        messagesLink: 'https://x.pl/messages',
        preferencesLink: link,
      });
    const text = alert([1, 3, 5, 22, 12]).text;
    expect(text).toContain('ma dla firmy Firma 0 1 nową wiadomość: https://x.pl/messages/0');
    expect(text).toContain('Firma 1 3 nowe wiadomości');
    expect(text).toContain('Firma 2 5 nowych wiadomości');
    expect(text).toContain('Firma 3 22 nowe wiadomości');
    expect(text).toContain('Firma 4 12 nowych wiadomości');
    expect(alert([1]).subject).toBe('Nowe wiadomości od biura Biuro Lipa w Ledgerpost');
    expect(alert([1], true).subject).toBe(
      'Podsumowanie dnia: nowe wiadomości od biura Biuro Lipa w Ledgerpost',
    );
    expect(alert([1]).headers).toEqual({
      'List-Unsubscribe': `<${link}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });

  it('reads a stored language as Polish unless it is English', () => {
    expect(mailLanguage('en')).toBe('en');
    expect(mailLanguage('EN-gb')).toBe('en');
    expect(mailLanguage('pl')).toBe('pl');
    expect(mailLanguage('de')).toBe('pl');
    expect(mailLanguage(null)).toBe('pl');
  });
});
