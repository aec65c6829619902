import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SignUpPage } from './SignUpPage';
import { refusal, renderPage } from './test-utils';

afterEach(() => {
  cleanup();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});

function fill() {
  const type = (label: string, value: string) =>
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
  type('Nazwa biura', 'Biuro Rachunkowe Kowalscy');
  type('NIP biura', '526-000-12-46');
  type('Imię i nazwisko kierownika', 'Anna Kowalska');
  type('Adres e-mail', 'anna@kowalscy.pl');
  type('Hasło', 'dlugie haslo biura');
}

describe('SignUpPage', () => {
  it('sends the office with a bare NIP, stores the token and lands on the company list', async () => {
    window.history.replaceState(null, '', '/signup');
    const { sent } = renderPage(<SignUpPage />, {
      mutation: [
        { data: { signUpOffice: { token: 'tok-1', user: { id: 'u1', role: 'OFFICE_HEAD' } } } },
      ],
    });
    fill();
    fireEvent.click(screen.getByRole('button', { name: 'Załóż biuro' }));
    await waitFor(() => expect(window.location.pathname).toBe('/companies'));
    expect(sent()).toEqual([
      {
        input: {
          officeName: 'Biuro Rachunkowe Kowalscy',
          nip: '5260001246',
          headName: 'Anna Kowalska',
          email: 'anna@kowalscy.pl',
          password: 'dlugie haslo biura',
          language: 'PL',
        },
      },
    ]);
    expect(localStorage.getItem('ledgerpost.token')).toBe('tok-1');
  });

  it('shows a bad NIP and a weak password under their fields, in Polish', async () => {
    renderPage(<SignUpPage />, {
      mutation: [
        refusal('nip is not a valid NIP.', { code: 'BAD_USER_INPUT', field: 'nip' }),
        refusal('This password is one of the most common ones; choose another.', {
          code: 'BAD_USER_INPUT',
          field: 'password',
          reasons: ['PASSWORD_COMMON'],
        }),
      ],
    });
    fill();
    fireEvent.click(screen.getByRole('button', { name: 'Załóż biuro' }));
    const nip = screen.getByLabelText('NIP biura');
    await waitFor(() => expect(nip.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('signup-nip-error')?.textContent).toBe(
      'Nieprawidłowy NIP: 10 cyfr z poprawną sumą kontrolną.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Załóż biuro' }));
    await waitFor(() =>
      expect(document.getElementById('signup-password-error')?.textContent).toBe(
        'To jedno z najczęstszych haseł; wybierz inne.',
      ),
    );
    expect(nip.getAttribute('aria-invalid')).toBeNull();
    expect(localStorage.getItem('ledgerpost.token')).toBeNull();
  });

  it('says a taken email on the email field and the wait after too many sign-ups', async () => {
    renderPage(<SignUpPage />, {
      mutation: [
        refusal('An account with this email already exists.', { code: 'CONFLICT' }),
        refusal('Too many sign-ups.', { code: 'TOO_MANY_REQUESTS', retryAfter: 600 }),
      ],
    });
    fill();
    fireEvent.click(screen.getByRole('button', { name: 'Załóż biuro' }));
    await waitFor(() =>
      expect(document.getElementById('signup-email-error')?.textContent).toMatch(/ma już konto/),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Załóż biuro' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Zbyt wiele prób. Spróbuj ponownie za 10 min.',
    );
  });
});
