import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { type Client, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromValue, makeSubject, never } from 'wonka';
import { I18nProvider } from '../i18n';
import { navigate } from '../router';
import { SessionProvider } from '../session';
import type { Viewer } from '../viewer';
import { AppShell, AvatarBadge } from './AppShell';

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

describe('unread badge', () => {
  const viewer: Viewer = {
    id: 'u2',
    name: 'Jan Klient',
    email: 'klient1@demo.local',
    role: 'CLIENT',
    language: 'PL',
    office: null,
    companies: [{ id: 'c1', name: 'Piekarnia' }],
  };

  it('is a polite live region made with the first count, announcing each later count whole', () => {
    const counts = makeSubject<{ data: { unreadCount: number } }>();
    const client = {
      executeQuery: vi.fn(() => counts.source),
      executeSubscription: vi.fn(() => never),
    } as unknown as Client;
    render(
      <I18nProvider initial="pl">
        <Provider value={client}>
          <AvatarBadge viewer={viewer} />
        </Provider>
      </I18nProvider>,
    );
    // Nothing to announce while the count is loading; the first count is not an announcement.
    expect(screen.queryByRole('status')).toBeNull();
    act(() => counts.next({ data: { unreadCount: 2 } }));
    const region = screen.getByRole('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.getAttribute('aria-atomic')).toBe('true');
    expect(region.textContent).toBe('2Nieprzeczytane wiadomości: 2');
    expect(screen.getByTestId('unread-badge').getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByTestId('unread-badge').textContent).toBe('2');

    // A new count changes the same region, which is what a screen reader reads out.
    act(() => counts.next({ data: { unreadCount: 3 } }));
    expect(screen.getByRole('status')).toBe(region);
    expect(region.textContent).toBe('3Nieprzeczytane wiadomości: 3');
    act(() => counts.next({ data: { unreadCount: 0 } }));
    expect(screen.getByRole('status')).toBe(region);
    expect(region.className).toBe('visually-hidden');
    expect(region.textContent).toBe('Brak nieprzeczytanych wiadomości');
    expect(screen.getByTestId('unread-badge').textContent).toBe('');
  });
});
