import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { type Client, CombinedError, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromValue } from 'wonka';
import { I18nProvider } from '../../i18n';
import { ApiTokensSection } from './ApiTokensSection';

afterEach(cleanup);

const token = {
  __typename: 'ApiToken',
  id: 't1',
  name: 'Symfonia',
  scopes: ['READ', 'BOOKKEEPING'],
  hint: 'lp_…abcd',
  createdAt: '2026-11-01T10:00:00Z',
  lastUsedAt: null,
  expiresAt: null,
  revokedAt: null,
};

type Vars = { input?: Record<string, unknown>; id?: string };

function setup(answer: (vars: Vars) => unknown) {
  const executeQuery = vi.fn(() => fromValue({ data: { apiTokens: [token] } }));
  const executeMutation = vi.fn((op: { variables: Vars }) => fromValue(answer(op.variables)));
  const client = { executeQuery, executeMutation } as unknown as Client;
  render(
    <I18nProvider initial="pl">
      <Provider value={client}>
        <ApiTokensSection />
      </Provider>
    </I18nProvider>,
  );
  const sent = () =>
    (executeMutation.mock.calls as unknown as Array<[{ variables: Vars }]>).map(
      ([op]) => op.variables,
    );
  return { executeMutation, sent };
}

const created = {
  data: {
    createApiToken: {
      __typename: 'CreatedApiToken',
      token: 'lp_SECRET1234567890abcd',
      apiToken: { ...token, id: 't2', name: 'Nowy' },
    },
  },
};

describe('ApiTokensSection', () => {
  it('lists tokens with their hint and scopes in Polish, never a secret', () => {
    setup(() => created);
    const row = screen.getByTestId('api-token-row');
    expect(row.textContent).toContain('Symfonia');
    expect(row.textContent).toContain('Odczyt, Księgowość');
    expect(row.textContent).toContain('lp_…abcd');
    expect(row.textContent).toContain('jeszcze nie');
    expect(row.textContent).toContain('nigdy');
  });

  it('creates a token with the ticked scopes and expiry, shows the secret once', async () => {
    const { sent } = setup(() => created);
    fireEvent.click(screen.getByTestId('api-token-new'));
    fireEvent.change(screen.getByTestId('api-token-name'), { target: { value: ' Nowy ' } });
    fireEvent.click(screen.getByTestId('api-token-scope-BOOKKEEPING'));
    fireEvent.change(screen.getByTestId('api-token-expires'), {
      target: { value: '2027-03-31' },
    });
    await act(async () => {
      fireEvent.click(screen.getByTestId('api-token-create'));
    });
    expect(sent()).toEqual([
      {
        input: {
          name: 'Nowy',
          scopes: ['READ', 'BOOKKEEPING'],
          expiresAt: new Date('2027-03-31T23:59:59').toISOString(),
        },
      },
    ]);
    expect((screen.getByTestId('api-token-value') as HTMLInputElement).value).toBe(
      'lp_SECRET1234567890abcd',
    );
    expect(screen.getByTestId('api-token-warning').textContent).toContain(
      'Nie zobaczysz go ponownie',
    );
    const writeText = vi.fn(async () => {});
    Object.assign(navigator, { clipboard: { writeText } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('api-token-copy'));
    });
    expect(writeText).toHaveBeenCalledWith('lp_SECRET1234567890abcd');
    fireEvent.click(screen.getByTestId('api-token-done'));
    expect(screen.queryByTestId('api-token-secret')).toBeNull();
    expect(document.body.textContent).not.toContain('lp_SECRET1234567890abcd');
    // Opening the dialog again starts empty: the secret is gone.
    fireEvent.click(screen.getByTestId('api-token-new'));
    expect(screen.queryByTestId('api-token-value')).toBeNull();
    expect(document.body.textContent).not.toContain('lp_SECRET');
  });

  it('sends no expiry when none is picked, refuses no name or no scope', async () => {
    const { sent } = setup(() => created);
    fireEvent.click(screen.getByTestId('api-token-new'));
    fireEvent.click(screen.getByTestId('api-token-scope-READ'));
    await act(async () => {
      fireEvent.click(screen.getByTestId('api-token-create'));
    });
    expect(sent()).toEqual([]);
    const dialog = screen.getByTestId('create-api-token');
    expect(dialog.textContent).toContain('Podaj nazwę');
    expect(dialog.textContent).toContain('Zaznacz co najmniej jedno uprawnienie');
    fireEvent.change(screen.getByTestId('api-token-name'), { target: { value: 'CI' } });
    fireEvent.click(screen.getByTestId('api-token-scope-NOTIFY'));
    await act(async () => {
      fireEvent.click(screen.getByTestId('api-token-create'));
    });
    expect(sent()).toEqual([{ input: { name: 'CI', scopes: ['NOTIFY'], expiresAt: null } }]);
  });

  it('shows a refused expiry in Polish by the field', async () => {
    setup(() => ({
      error: new CombinedError({
        graphQLErrors: [
          {
            message: 'expiresAt must be in the future.',
            extensions: { code: 'BAD_USER_INPUT', field: 'expiresAt' },
          },
        ],
      }),
    }));
    fireEvent.click(screen.getByTestId('api-token-new'));
    fireEvent.change(screen.getByTestId('api-token-name'), { target: { value: 'CI' } });
    fireEvent.change(screen.getByTestId('api-token-expires'), {
      target: { value: '2020-01-01' },
    });
    await act(async () => {
      fireEvent.click(screen.getByTestId('api-token-create'));
    });
    const expires = screen.getByTestId('api-token-expires');
    expect(expires.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('create-api-token').textContent).toContain(
      'Data musi być w przyszłości',
    );
    expect(screen.getByTestId('create-api-token').textContent).not.toContain('must be');
    expect(screen.queryByTestId('api-token-value')).toBeNull();
  });

  it('revokes a token only after confirming', async () => {
    const { sent } = setup(() => ({
      data: {
        revokeApiToken: { __typename: 'ApiToken', id: 't1', revokedAt: '2026-11-28T10:00:00Z' },
      },
    }));
    fireEvent.click(screen.getByRole('button', { name: 'Unieważnij: Symfonia' }));
    expect(sent()).toEqual([]);
    const dialog = screen.getByTestId('revoke-api-token');
    expect(dialog.textContent).toContain('„Symfonia”');
    await act(async () => {
      fireEvent.click(within(dialog).getByTestId('revoke-api-token-confirm'));
    });
    expect(sent()).toEqual([{ id: 't1' }]);
    expect(screen.queryByTestId('revoke-api-token')).toBeNull();
    expect(screen.getByTestId('api-tokens-notice').textContent).toContain('Unieważniono');
  });
});
