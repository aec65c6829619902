import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AccountPage } from './AccountPage';
import { refusal, renderPage } from './test-utils';

afterEach(cleanup);

const sessions = {
  data: {
    mySessions: [
      {
        id: 's1',
        createdAt: '2026-11-28T08:00:00Z',
        lastUsedAt: '2026-11-28T10:00:00Z',
        userAgent: 'Firefox na Linuksie',
        current: true,
      },
      {
        id: 's2',
        createdAt: '2026-11-20T08:00:00Z',
        lastUsedAt: '2026-11-21T09:00:00Z',
        userAgent: 'Safari na iPhonie',
        current: false,
      },
    ],
  },
};

function change(current: string, next: string, repeat: string) {
  fireEvent.change(screen.getByLabelText('Obecne hasło'), { target: { value: current } });
  fireEvent.change(screen.getByLabelText('Nowe hasło'), { target: { value: next } });
  fireEvent.change(screen.getByLabelText('Powtórz hasło'), { target: { value: repeat } });
  fireEvent.click(screen.getByRole('button', { name: 'Zmień hasło' }));
}

describe('AccountPage', () => {
  it('changes the password and says the other sessions were logged out', async () => {
    const { sent } = renderPage(<AccountPage viewer={{ language: 'PL', role: 'OFFICE_HEAD' }} />, {
      query: sessions,
      mutation: [{ data: { changePassword: true } }],
    });
    change('stare haslo 123', 'nowe haslo 12345', 'nowe haslo 12345');
    expect((await screen.findByRole('status')).textContent).toMatch(/Hasło zmienione/);
    expect(sent()).toEqual([
      { currentPassword: 'stare haslo 123', newPassword: 'nowe haslo 12345' },
    ]);
    expect((screen.getByLabelText('Obecne hasło') as HTMLInputElement).value).toBe('');
  });

  it('shows a wrong current password and a mismatch on their fields', async () => {
    const { executeMutation } = renderPage(
      <AccountPage viewer={{ language: 'PL', role: 'OFFICE_HEAD' }} />,
      {
        query: sessions,
        mutation: [
          refusal('The current password is wrong.', {
            code: 'BAD_USER_INPUT',
            field: 'currentPassword',
          }),
        ],
      },
    );
    change('zle', 'nowe haslo 12345', 'nowe haslo 1234');
    expect(document.getElementById('change-repeat-error')?.textContent).toBe('Hasła różnią się.');
    expect(executeMutation).not.toHaveBeenCalled();
    change('zle', 'nowe haslo 12345', 'nowe haslo 12345');
    await waitFor(() =>
      expect(document.getElementById('change-current-error')?.textContent).toBe(
        'Obecne hasło jest nieprawidłowe.',
      ),
    );
  });

  it('shows a broken password rule on the new password, by its reason code', async () => {
    renderPage(<AccountPage viewer={{ language: 'PL', role: 'OFFICE_HEAD' }} />, {
      query: sessions,
      mutation: [
        refusal('The password must be at most 200 characters long.', {
          code: 'BAD_USER_INPUT',
          field: 'newPassword',
          reasons: ['PASSWORD_TOO_LONG'],
        }),
      ],
    });
    change('stare haslo 123', 'x'.repeat(201), 'x'.repeat(201));
    await waitFor(() =>
      expect(document.getElementById('change-newPassword-error')?.textContent).toBe(
        'Hasło może mieć najwyżej 200 znaków.',
      ),
    );
  });

  it('lists the sessions, marks this device and logs out another one', async () => {
    const { sent } = renderPage(<AccountPage viewer={{ language: 'PL', role: 'OFFICE_HEAD' }} />, {
      query: sessions,
      mutation: [{ data: { revokeSession: true } }],
    });
    const rows = within(screen.getByTestId('sessions')).getAllByRole('row');
    expect(rows[1]!.textContent).toContain('Firefox na Linuksie');
    expect(rows[1]!.textContent).toContain('To urządzenie');
    expect(within(rows[1]!).queryByRole('button')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Wyloguj sesję z Safari na iPhonie' }));
    await waitFor(() => expect(sent()).toEqual([{ id: 's2' }]));
  });

  it('stores a chosen language on the account and switches the page to it', async () => {
    const { sent } = renderPage(<AccountPage viewer={{ language: 'PL', role: 'OFFICE_HEAD' }} />, {
      query: sessions,
      mutation: [{ data: { updateMyAccount: { id: 'u1', language: 'EN' } } }],
    });
    fireEvent.change(screen.getByLabelText('Język konta'), { target: { value: 'en' } });
    expect(await screen.findByRole('heading', { name: 'Language' })).toBeTruthy();
    expect(sent()).toEqual([{ language: 'EN' }]);
    expect((screen.getByLabelText('Account language') as HTMLSelectElement).value).toBe('en');
  });
});
