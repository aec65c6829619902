import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ForgotPasswordPage } from './ForgotPasswordPage';
import { refusal, renderPage } from './test-utils';

afterEach(cleanup);

const confirmation =
  'Jeśli ten adres ma konto, wysłaliśmy na niego link do ustawienia nowego hasła. Link jest ważny godzinę.';

async function ask(answer: unknown) {
  const page = renderPage(<ForgotPasswordPage />, { mutation: [answer] });
  fireEvent.change(screen.getByLabelText('Adres e-mail'), { target: { value: 'kto@firma.pl' } });
  fireEvent.click(screen.getByRole('button', { name: 'Wyślij link' }));
  return page;
}

describe('ForgotPasswordPage', () => {
  it('sends the email and says the same thing whether or not it has an account', async () => {
    const { sent } = await ask({ data: { requestPasswordReset: true } });
    expect((await screen.findByRole('status')).textContent).toBe(confirmation);
    expect(sent()).toEqual([{ email: 'kto@firma.pl' }]);
    cleanup();
    // A refusal other than the rate limit tells nothing about the address either.
    await ask(refusal('email is not a valid address.', { code: 'BAD_USER_INPUT', field: 'email' }));
    expect((await screen.findByRole('status')).textContent).toBe(confirmation);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the wait after too many requests and keeps the form', async () => {
    await ask(refusal('Too many.', { code: 'TOO_MANY_REQUESTS', retryAfter: 30 }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Zbyt wiele prób. Spróbuj ponownie za 30 s.',
    );
    expect(screen.getByRole('button', { name: 'Wyślij link' })).toBeTruthy();
  });
});
