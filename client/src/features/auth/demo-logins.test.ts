import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n';
import { demoLoginWho } from './LoginPage';

const logins = [
  { email: 'szef@demo.local', userRole: 'OFFICE_HEAD', office: 'Biuro Rachunkowe Demo' },
  { email: 'opiekun@demo.local', userRole: 'CARETAKER', office: 'Biuro Rachunkowe Demo' },
  {
    email: 'klient1@demo.local',
    userRole: 'CLIENT',
    office: 'Biuro Rachunkowe Demo',
    lastEmail: 'klient40@demo.local',
  },
  { email: 'admin@demo.local', userRole: 'PLATFORM_ADMIN', office: null },
] as const;

describe('demo logins on the login page', () => {
  it('are described in Polish prose with the role in words', () => {
    const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
      translate('pl', key, params);
    expect(logins.map((login) => demoLoginWho(t, login))).toEqual([
      'Szef biura, Biuro Rachunkowe Demo',
      'Opiekun, Biuro Rachunkowe Demo',
      'Klient, Biuro Rachunkowe Demo; konta klient1@demo.local … klient40@demo.local, każde z jedną firmą',
      'Administrator platformy',
    ]);
  });

  it('and in English', () => {
    const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
      translate('en', key, params);
    const texts = logins.map((login) => demoLoginWho(t, login));
    expect(texts[1]).toBe('Caretaker, Biuro Rachunkowe Demo');
    for (const text of texts)
      expect(text).not.toMatch(/OFFICE_HEAD|CARETAKER|CLIENT|PLATFORM_ADMIN/);
  });
});
