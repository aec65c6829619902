import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { type Client, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromValue, never } from 'wonka';
import { I18nProvider } from '../i18n';
import { navigate } from '../router';
import { SessionProvider } from '../session';
import type { Viewer } from '../viewer';
import { AppShell } from './AppShell';

afterEach(cleanup);

const office = {
  id: 'o1',
  name: 'Biuro Rachunkowe Demo',
  verification: 'VERIFIED' as const,
  smtpConfigured: true,
  canSendEmail: true,
};

function mount(viewer: Viewer) {
  const client = {
    executeQuery: vi.fn(() => fromValue({ data: { unreadCount: 0 } })),
    executeSubscription: vi.fn(() => never),
    executeMutation: vi.fn(() => fromValue({ data: { logout: true } })),
  } as unknown as Client;
  render(
    <I18nProvider initial="pl">
      <SessionProvider>
        <Provider value={client}>
          <AppShell viewer={viewer}>
            <p>treść</p>
          </AppShell>
        </Provider>
      </SessionProvider>
    </I18nProvider>,
  );
  const nav = screen.getByRole('navigation', { name: 'Menu główne' });
  return {
    links: () =>
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
  };
}

describe('top bar', () => {
  it('gives office staff the playground link', () => {
    const { links } = mount({
      id: 'u1',
      name: 'Ewa Szef',
      email: 'szef@demo.local',
      role: 'OFFICE_HEAD',
      language: 'PL',
      office,
      companies: [],
    });
    expect(links()).toEqual(['Firmy', 'Pytania klientów', 'Wysłane', 'Ustawienia', 'GraphQL']);
  });

  it('gives clients no playground link', () => {
    const { links } = mount({
      id: 'u2',
      name: 'Jan Klient',
      email: 'klient1@demo.local',
      role: 'CLIENT',
      language: 'PL',
      office: null,
      companies: [{ id: 'c1', name: 'Piekarnia' }],
    });
    expect(links()).toEqual(['Wiadomości']);
    expect(screen.queryByRole('link', { name: 'GraphQL' })).toBeNull();
  });

  it('opens the menu from its button and closes it on Escape and on navigation', () => {
    mount({
      id: 'u1',
      name: 'Ewa Szef',
      email: 'szef@demo.local',
      role: 'CARETAKER',
      language: 'PL',
      office,
      companies: [],
    });
    const toggle = screen.getByRole('button', { name: 'Menu' });
    const menu = document.getElementById('topbar-menu')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(menu.classList.contains('open')).toBe(false);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(menu.classList.contains('open')).toBe(true);
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(menu.classList.contains('open')).toBe(false);
    fireEvent.click(toggle);
    expect(menu.classList.contains('open')).toBe(true);
    act(() => navigate('/inbox'));
    expect(menu.classList.contains('open')).toBe(false);
  });
});
