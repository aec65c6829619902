import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { type Client, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromValue, never } from 'wonka';
import { I18nProvider } from '../../i18n';
import { InboxPage } from './InboxPage';

afterEach(cleanup);

const conversation = (id: string, status: string) => ({
  lastActivityAt: '2026-11-28T10:00:00.000Z',
  unreadFromClientCount: 1,
  status,
  company: { id, name: `Firma ${id}`, nip: '5260250274' },
  lastMessage: {
    id: `n-${id}`,
    kind: 'NOTIFICATION',
    subject: null,
    body: 'Powiadomienie biura',
    author: { id: 'head', name: 'Szef' },
    attachments: [],
  },
  lastClientMessage: {
    id: `q-${id}`,
    body: `Pytanie klienta ${id}`,
    author: { id: `c-${id}`, name: `Klient ${id}` },
    attachments: [],
  },
});

function setup() {
  const queries: Array<Record<string, unknown>> = [];
  const executeQuery = vi.fn((operation: { variables: Record<string, unknown> }) => {
    queries.push(operation.variables);
    return fromValue({
      operation,
      data: {
        inbox: {
          totalCount: 1,
          pageInfo: { hasNextPage: false, endCursor: null },
          edges: [{ cursor: 'A', node: conversation('A', 'AWAITING_REPLY') }],
        },
      },
    });
  });
  const executeMutation = vi.fn((operation: unknown) =>
    fromValue({
      operation,
      data: { closeConversation: { status: 'CLOSED', company: { id: 'A' } } },
    }),
  );
  const client = {
    executeQuery,
    executeMutation,
    executeSubscription: vi.fn(() => never),
  } as unknown as Client;
  render(
    <Provider value={client}>
      <I18nProvider initial="pl">
        <InboxPage />
      </I18nProvider>
    </Provider>,
  );
  return { queries, executeMutation };
}

describe('InboxPage', () => {
  it('opens on the conversations awaiting an answer, with the client’s question as the preview', async () => {
    const { queries } = setup();
    await screen.findByTestId('conversation');
    expect(queries.at(-1)).toMatchObject({ status: 'AWAITING_REPLY', search: null, after: null });
    expect(screen.getByTestId('conversation-preview').textContent).toContain('Pytanie klienta A');
    expect(screen.getByTestId('conversation-preview').textContent).not.toContain('Powiadomienie');
  });

  it('asks for every status on "Wszystkie", the closed on "Zamknięte", and searches by what is typed', async () => {
    const { queries } = setup();
    await screen.findByTestId('conversation');
    fireEvent.click(screen.getByTestId('inbox-tab-ALL'));
    await waitFor(() => expect(queries.at(-1)).toMatchObject({ status: null }));
    fireEvent.click(screen.getByTestId('inbox-tab-CLOSED'));
    await waitFor(() => expect(queries.at(-1)).toMatchObject({ status: 'CLOSED' }));
    fireEvent.change(screen.getByTestId('inbox-search'), { target: { value: ' 526 ' } });
    await waitFor(() => expect(queries.at(-1)).toMatchObject({ status: 'CLOSED', search: '526' }));
  });

  it('closes a conversation by its company', async () => {
    const { executeMutation } = setup();
    await screen.findByTestId('conversation');
    await act(async () => {
      fireEvent.click(screen.getByTestId('close-conversation'));
    });
    expect(executeMutation).toHaveBeenCalledTimes(1);
    const [operation] = executeMutation.mock.calls[0] as unknown as [
      { variables: Record<string, unknown> },
    ];
    expect(operation.variables).toEqual({ companyId: 'A' });
  });
});
