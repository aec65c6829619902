import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { type Client, CombinedError, Provider } from 'urql';
import { vi } from 'vitest';
import { fromValue } from 'wonka';
import { I18nProvider } from '../../i18n';
import { SessionProvider } from '../../session';

/** A GraphQL refusal as urql hands it to the page. */
export function refusal(message: string, extensions: Record<string, unknown>) {
  return { error: new CombinedError({ graphQLErrors: [{ message, extensions }] }) };
}

/** Renders a page in Polish against a stand-in client answering queries and mutations as told. */
export function renderPage(
  page: ReactNode,
  answers: { query?: unknown; mutation?: unknown[] } = {},
) {
  const mutationAnswers = [...(answers.mutation ?? [])];
  const executeMutation = vi.fn(() => fromValue(mutationAnswers.shift() ?? { data: null }));
  const executeQuery = vi.fn(() => fromValue(answers.query ?? { data: null }));
  const client = { executeQuery, executeMutation } as unknown as Client;
  render(
    <I18nProvider initial="pl">
      <SessionProvider>
        <Provider value={client}>{page}</Provider>
      </SessionProvider>
    </I18nProvider>,
  );
  /** The variables of each mutation sent, in order. */
  const sent = () =>
    (executeMutation.mock.calls as unknown as Array<[{ variables: unknown }]>).map(
      ([request]) => request.variables,
    );
  return { executeMutation, executeQuery, sent };
}
