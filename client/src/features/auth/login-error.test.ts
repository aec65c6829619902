import { describe, expect, it } from 'vitest';
import { type MessageKey, translate } from '../../i18n';
import { loginFailure } from './login-error';

const pl = (key: MessageKey, params?: Record<string, string | number>) =>
  translate('pl', key, params);
const en = (key: MessageKey, params?: Record<string, string | number>) =>
  translate('en', key, params);

describe('loginFailure', () => {
  it('says wrong credentials in the user’s language', () => {
    expect(
      loginFailure(
        { message: 'Wrong email or password.', extensions: { code: 'UNAUTHENTICATED' } },
        pl,
      ),
    ).toBe('Nieprawidłowy e-mail lub hasło.');
  });

  it('tells how long to wait after too many attempts, in seconds or minutes', () => {
    expect(
      loginFailure(
        {
          message: 'Too many failed logins. Try again in 42 s.',
          extensions: { code: 'TOO_MANY_REQUESTS', retryAfter: 42 },
        },
        pl,
      ),
    ).toBe('Zbyt wiele prób logowania. Spróbuj ponownie za 42 s.');
    expect(
      loginFailure(
        { message: 'x', extensions: { code: 'TOO_MANY_REQUESTS', retryAfter: 900 } },
        en,
      ),
    ).toBe('Too many login attempts. Try again in 15 min.');
    expect(loginFailure({ message: 'x', extensions: { code: 'TOO_MANY_REQUESTS' } }, en)).toBe(
      'Too many login attempts. Try again later.',
    );
  });

  it('passes anything else on as the server put it', () => {
    expect(
      loginFailure(
        {
          message: 'email must not contain NUL characters or unpaired surrogates.',
          extensions: { code: 'BAD_USER_INPUT' },
        },
        en,
      ),
    ).toMatch(/^email must not/);
    expect(loginFailure(undefined, en)).toBe('Wrong email or password.');
  });
});
