import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ResetPasswordPage } from './ResetPasswordPage';
import { refusal, renderPage } from './test-utils';

afterEach(() => {
  cleanup();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});

function type(first: string, second: string) {
  fireEvent.change(screen.getByLabelText('Nowe hasło'), { target: { value: first } });
  fireEvent.change(screen.getByLabelText('Powtórz hasło'), { target: { value: second } });
  fireEvent.click(screen.getByRole('button', { name: 'Ustaw hasło' }));
}

describe('ResetPasswordPage', () => {
  it('sets the password with the link’s token and logs in', async () => {
    window.history.replaceState(null, '', '/reset-password?token=abc123');
    const { sent } = renderPage(<ResetPasswordPage />, {
      mutation: [
        { data: { resetPassword: { token: 'tok-2', user: { id: 'u2', role: 'CLIENT' } } } },
      ],
    });
    type('nowe dlugie haslo', 'nowe dlugie haslo');
    await waitFor(() => expect(window.location.pathname).toBe('/messages'));
    expect(sent()).toEqual([{ token: 'abc123', password: 'nowe dlugie haslo' }]);
    expect(localStorage.getItem('ledgerpost.token')).toBe('tok-2');
  });

  it('refuses two different passwords without asking the server', () => {
    window.history.replaceState(null, '', '/reset-password?token=abc123');
    const { executeMutation } = renderPage(<ResetPasswordPage />);
    type('nowe dlugie haslo', 'inne dlugie haslo');
    expect(document.getElementById('reset-repeat-error')?.textContent).toBe('Hasła różnią się.');
    expect(executeMutation).not.toHaveBeenCalled();
  });

  it('shows a short password on its field and a used link as such', async () => {
    window.history.replaceState(null, '', '/reset-password?token=abc123');
    renderPage(<ResetPasswordPage />, {
      mutation: [
        refusal('The password must be at least 10 characters long.', {
          code: 'BAD_USER_INPUT',
          field: 'password',
          reasons: ['PASSWORD_TOO_SHORT'],
        }),
        refusal('This password reset link was already used.', {
          code: 'BAD_USER_INPUT',
          field: 'token',
        }),
      ],
    });
    type('krotkie', 'krotkie');
    await waitFor(() =>
      expect(document.getElementById('reset-password-error')?.textContent).toBe(
        'Hasło musi mieć co najmniej 10 znaków.',
      ),
    );
    type('krotkie', 'krotkie');
    expect((await screen.findByRole('alert')).textContent).toMatch(/nieważny lub został już użyty/);
  });

  it('says the link is not valid when it has no token', () => {
    window.history.replaceState(null, '', '/reset-password');
    renderPage(<ResetPasswordPage />);
    expect(screen.getByRole('alert').textContent).toMatch(/nieważny/);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
