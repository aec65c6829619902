import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { refusal, renderPage } from '../account/test-utils';
import { RemindDialog } from './RemindDialog';

afterEach(cleanup);

const reminded = (recipientCount: number) => ({
  data: {
    remindUnread: { id: 'r-1', recipientCount, createdAt: '2026-11-28T12:00:00.000Z' },
  },
});

describe('RemindDialog', () => {
  it('says who gets it, sends the server’s default text when left empty, then the result', async () => {
    const { sent } = renderPage(
      <RemindDialog broadcastId="b-1" unreadCount={2} onClose={vi.fn()} />,
      { mutation: [reminded(2)] },
    );
    expect(screen.getByTestId('remind-intro').textContent).toBe(
      'Wiadomości nie przeczytały jeszcze 2 firmy. Przypomnienie trafi tylko do nich (zarchiwizowane firmy pomijamy).',
    );
    fireEvent.change(screen.getByTestId('remind-body'), { target: { value: '   ' } });
    fireEvent.click(screen.getByTestId('remind-send'));
    await waitFor(() => screen.getByTestId('remind-result'));
    expect(sent()).toEqual([{ broadcastId: 'b-1', body: null, target: 'UNREAD' }]);
    expect(screen.getByTestId('remind-result').textContent).toBe(
      'Przypomnienie wysłano do 2 firm.',
    );
    expect(screen.getByTestId('remind-open').getAttribute('href')).toBe('/sent/r-1');
  });

  it('sends the text as written', async () => {
    const { sent } = renderPage(
      <RemindDialog broadcastId="b-1" unreadCount={1} onClose={vi.fn()} />,
      { mutation: [reminded(1)] },
    );
    fireEvent.change(screen.getByTestId('remind-body'), {
      target: { value: 'Prosimy o wyciągi do piątku' },
    });
    fireEvent.click(screen.getByTestId('remind-send'));
    await waitFor(() => screen.getByTestId('remind-result'));
    expect(sent()).toEqual([
      { broadcastId: 'b-1', body: 'Prosimy o wyciągi do piątku', target: 'UNREAD' },
    ]);
    // A send that asked for no confirmation offers no choice of target.
    expect(screen.queryByTestId('remind-target')).toBeNull();
    expect(screen.getByTestId('remind-result').textContent).toBe(
      'Przypomnienie wysłano do 1 firmy.',
    );
  });

  it('lets the office remind those who did not confirm receipt, saying what the default asks', async () => {
    const { sent } = renderPage(
      <RemindDialog broadcastId="b-1" unreadCount={1} unacknowledgedCount={3} onClose={vi.fn()} />,
      { mutation: [reminded(3)] },
    );
    expect(screen.getByTestId('remind-target').textContent).toContain(
      'Firmy, które nie potwierdziły odbioru (3)',
    );
    fireEvent.click(screen.getByTestId('remind-target-UNACKNOWLEDGED'));
    expect(screen.getByTestId('remind-intro').textContent).toContain(
      'w których nikt nie potwierdził odbioru',
    );
    fireEvent.click(screen.getByTestId('remind-send'));
    await waitFor(() => screen.getByTestId('remind-result'));
    expect(sent()).toEqual([{ broadcastId: 'b-1', body: null, target: 'UNACKNOWLEDGED' }]);
  });

  it('starts on the unacknowledged when everybody has read it, and explains NOTHING_UNACKNOWLEDGED', async () => {
    renderPage(
      <RemindDialog broadcastId="b-1" unreadCount={0} unacknowledgedCount={2} onClose={vi.fn()} />,
      {
        mutation: [
          refusal('nobody to remind', {
            code: 'PRECONDITION_FAILED',
            reasons: ['NOTHING_UNACKNOWLEDGED'],
          }),
        ],
      },
    );
    expect((screen.getByTestId('remind-target-UNACKNOWLEDGED') as HTMLInputElement).checked).toBe(
      true,
    );
    fireEvent.click(screen.getByTestId('remind-send'));
    await waitFor(() => screen.getByTestId('remind-error'));
    expect(screen.getByTestId('remind-error').textContent).toBe(
      'Wszystkie firmy potwierdziły już odbiór tej wiadomości.',
    );
  });

  it('explains a refusal by its reason, in Polish', async () => {
    renderPage(<RemindDialog broadcastId="b-1" unreadCount={3} onClose={vi.fn()} />, {
      mutation: [
        refusal('Every company that has not read it got a reminder less than 60 minutes ago.', {
          code: 'PRECONDITION_FAILED',
          reasons: ['RECENTLY_REMINDED'],
        }),
      ],
    });
    fireEvent.click(screen.getByTestId('remind-send'));
    await waitFor(() => screen.getByTestId('remind-error'));
    expect(screen.getByTestId('remind-error').textContent).toBe(
      'Firmy, które nie przeczytały, dostały przypomnienie w ciągu ostatniej godziny. Spróbuj później.',
    );
    expect(screen.queryByTestId('remind-result')).toBeNull();
  });
});
