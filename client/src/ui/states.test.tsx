import { cleanup, render, screen } from '@testing-library/react';
import { CombinedError } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider, type Lang } from '../i18n';
import { ErrorState } from './states';

afterEach(cleanup);

const refused = (code: string, message: string, extensions: Record<string, unknown> = {}) =>
  new CombinedError({ graphQLErrors: [{ message, extensions: { code, ...extensions } }] });

function show(error: CombinedError | string, lang: Lang = 'pl', notFoundPage = false) {
  const onRetry = vi.fn();
  render(
    <I18nProvider initial={lang}>
      <ErrorState error={error} onRetry={onRetry} notFoundPage={notFoundPage} />
    </I18nProvider>,
  );
  return onRetry;
}

describe('error views', () => {
  it('show NOT_FOUND as a not-found page with the way back, never the server message or a retry', () => {
    show(refused('NOT_FOUND', 'Company c9d9e7a1 was not found.'), 'pl', true);
    const page = screen.getByTestId('not-found');
    expect(page.textContent).toContain('Nie znaleziono');
    expect(page.textContent).not.toMatch(/c9d9|was not found/);
    expect(screen.queryByRole('button', { name: 'Spróbuj ponownie' })).toBeNull();
    expect(screen.getByTestId('not-found-back').getAttribute('href')).toBe('/');
  });

  it('say NOT_FOUND of an action in a line, in words', () => {
    show(refused('NOT_FOUND', 'Company c9d9e7a1 was not found.'));
    expect(screen.queryByTestId('not-found')).toBeNull();
    expect(screen.getByTestId('error-state').textContent).toBe(
      'Nie znaleziono — ta pozycja nie istnieje albo nie masz do niej dostępu.',
    );
  });

  it('show a text the caller has already put in words as it is', () => {
    show('Nie udało się wysłać pliku: za duży.');
    expect(screen.getByTestId('error-state').textContent).toContain(
      'Nie udało się wysłać pliku: za duży.',
    );
  });

  it('word a refusal by its code in the language, without a retry that cannot help', () => {
    show(refused('FORBIDDEN', 'You may not do this.'), 'en');
    expect(screen.getByTestId('error-state').textContent).toBe('You are not allowed to do this.');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offer a retry where it may help, with the wait of a rate limit', () => {
    const onRetry = show(refused('TOO_MANY_REQUESTS', 'Slow down.', { retryAfter: 30 }));
    expect(screen.getByTestId('error-state').textContent).toContain(
      'Zbyt wiele prób. Spróbuj ponownie za 30 s.',
    );
    screen.getByRole('button', { name: 'Spróbuj ponownie' }).click();
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('say a lost connection in words', () => {
    show(new CombinedError({ networkError: new Error('Failed to fetch') }));
    expect(screen.getByTestId('error-state').textContent).toContain('Brak połączenia z serwerem');
    expect(screen.getByTestId('error-state').textContent).not.toContain('Failed to fetch');
  });
});
