import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { type Client, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromValue, makeSubject, never } from 'wonka';
import { I18nProvider } from '../../i18n';
import { navigate } from '../../router';
import { SessionProvider } from '../../session';
import { BroadcastReportPage } from './BroadcastReportPage';

/** Renders in Polish against a stand-in client: queries answer `query`, receipts come from `reads`. */
function renderPage(page: ReactNode, answers: { query: unknown }) {
  const reads = makeSubject<unknown>();
  const executeQuery = vi.fn(() => fromValue(answers.query));
  const executeSubscription = vi.fn(() => reads.source);
  const executeMutation = vi.fn(() => never);
  const client = { executeQuery, executeSubscription, executeMutation } as unknown as Client;
  render(
    <I18nProvider initial="pl">
      <SessionProvider>
        <Provider value={client}>{page}</Provider>
      </SessionProvider>
    </I18nProvider>,
  );
  return { executeQuery, executeSubscription, pushRead: (event: unknown) => reads.next(event) };
}

afterEach(() => {
  vi.useRealTimers();
  cleanup();
  navigate('/', { replace: true });
});

function report(
  readCount: number,
  kind = 'NOTIFICATION',
  lifecycle: {
    status?: string;
    sendAt?: string | null;
    recalled?: boolean;
    acknowledgedCount?: number | null;
  } = {},
) {
  const acknowledgedCount = lifecycle.acknowledgedCount ?? null;
  return {
    data: {
      broadcast: {
        __typename: 'Broadcast',
        id: 'b-1',
        kind,
        status: lifecycle.status ?? 'SENT',
        sendAt: lifecycle.sendAt ?? null,
        cancelReason: null,
        cancelledAt: null,
        recalledAt: null,
        subject: null,
        preview: 'Prosimy o wyciągi',
        createdAt: '2026-11-28T10:00:00.000Z',
        recipientCount: 3,
        readCount,
        requireAcknowledgment: acknowledgedCount !== null,
        acknowledgedCount: acknowledgedCount ?? 0,
        failedCount: 0,
        author: { id: 'u-1', name: 'Szef Biura' },
        remindsOf: null,
        reminders: [],
        recipients: {
          totalCount: 1,
          pageInfo: { hasNextPage: false, endCursor: null },
          edges: [
            {
              node: {
                company: { id: 'c-1', name: 'Piekarnia Nowak', nip: '5260001246' },
                read: false,
                reads: [],
                emailStatus: null,
                emailError: null,
                attachmentCount: 0,
                downloads: [],
                repliedAt: null,
                recalled: lifecycle.recalled ?? false,
                acknowledgedAt: null,
                acknowledgedBy: null,
              },
            },
          ],
        },
      },
    },
  };
}

/** The filter of each query the page ran, in order. */
function filters(executeQuery: { mock: { calls: unknown[][] } }) {
  return (executeQuery.mock.calls as Array<[{ variables: { filter: unknown } }]>).map(
    ([request]) => request.variables.filter,
  );
}

describe('BroadcastReportPage', () => {
  it('shows read N of M and asks for the unread only when "nie przeczytali" is chosen', () => {
    navigate('/sent/b-1', { replace: true });
    const { executeQuery } = renderPage(<BroadcastReportPage broadcastId="b-1" />, {
      query: report(1),
    });
    expect(screen.getByTestId('report-read').textContent).toBe('przeczytano 1 z 3');
    expect(filters(executeQuery).at(-1)).toEqual({});
    // "błąd wysyłki" belongs to emails only.
    expect(screen.queryByTestId('report-filter-failed')).toBeNull();
    fireEvent.click(screen.getByTestId('report-filter-unread'));
    expect(filters(executeQuery).at(-1)).toEqual({ read: false });
    expect(window.location.search).toBe('?filter=unread');
    expect(screen.getByTestId('report-filter-unread').getAttribute('aria-pressed')).toBe('true');
  });

  it('starts from the filter in the address, offers "błąd wysyłki" for an email, and no reminder when all have read', () => {
    navigate('/sent/b-1?filter=failed', { replace: true });
    const { executeQuery } = renderPage(<BroadcastReportPage broadcastId="b-1" />, {
      query: report(3, 'EMAIL'),
    });
    expect(filters(executeQuery).at(-1)).toEqual({ emailStatus: 'FAILED' });
    expect(screen.getByTestId('report-remind').hasAttribute('disabled')).toBe(true);
  });

  it('opens the reminder dialog for the unread', () => {
    navigate('/sent/b-1', { replace: true });
    renderPage(<BroadcastReportPage broadcastId="b-1" />, { query: report(1) });
    fireEvent.click(screen.getByTestId('report-remind'));
    expect(screen.getByTestId('remind-intro').textContent).toContain('2 firmy');
  });

  it('shows the confirmations of receipt, their filters and column, only for a send that asked for them', () => {
    navigate('/sent/b-1', { replace: true });
    const { executeQuery } = renderPage(<BroadcastReportPage broadcastId="b-1" />, {
      query: report(3, 'NOTIFICATION', { acknowledgedCount: 1 }),
    });
    expect(screen.getByTestId('report-acknowledged').textContent).toBe('potwierdzono odbiór 1 z 3');
    expect(screen.getByTestId('recipient-acknowledged').textContent).toBe('nie potwierdzono');
    // Everybody read it, but two did not confirm: a reminder is still possible.
    expect(screen.getByTestId('report-remind').hasAttribute('disabled')).toBe(false);
    fireEvent.click(screen.getByTestId('report-filter-unacknowledged'));
    expect(filters(executeQuery).at(-1)).toEqual({ acknowledged: false });
    cleanup();
    renderPage(<BroadcastReportPage broadcastId="b-1" />, { query: report(1) });
    expect(screen.queryByTestId('report-acknowledged')).toBeNull();
    expect(screen.queryByTestId('report-filter-acknowledged')).toBeNull();
    expect(screen.queryByTestId('recipient-acknowledged')).toBeNull();
  });

  it('refetches the report once for a burst of receipts, so read N of M moves live', () => {
    vi.useFakeTimers();
    navigate('/sent/b-1', { replace: true });
    const { executeQuery, executeSubscription, pushRead } = renderPage(
      <BroadcastReportPage broadcastId="b-1" />,
      { query: report(1) },
    );
    // Receipts and confirmations of receipt.
    expect(executeSubscription).toHaveBeenCalledTimes(2);
    const before = executeQuery.mock.calls.length;
    const receipt = {
      data: { messageRead: { readAt: '2026-11-28T10:00:00.000Z', message: { id: 'm-1' } } },
    };
    act(() => {
      for (let i = 0; i < 5; i += 1) pushRead(receipt);
    });
    expect(executeQuery.mock.calls.length).toBe(before);
    act(() => {
      vi.advanceTimersByTime(1500);
    });
    const refetches = (
      executeQuery.mock.calls.slice(before) as unknown as Array<
        [unknown, { requestPolicy?: string }]
      >
    ).filter(([, context]) => context?.requestPolicy === 'network-only');
    expect(refetches).toHaveLength(1);
  });

  it('offers a scheduled send’s cancel, with its time in Warsaw and what it means, and no reminder', () => {
    navigate('/sent/b-1', { replace: true });
    renderPage(<BroadcastReportPage broadcastId="b-1" />, {
      query: report(0, 'NOTIFICATION', { status: 'SCHEDULED', sendAt: '2026-12-01T08:00:00.000Z' }),
    });
    expect(screen.getByTestId('report-status').textContent).toBe('Zaplanowana');
    expect(screen.getByTestId('report-send-at').textContent).toContain('09:00');
    expect(screen.queryByTestId('report-recall')).toBeNull();
    expect(screen.getByTestId('report-remind').hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByTestId('report-cancel'));
    expect(screen.getByTestId('lifecycle-text').textContent).toContain(
      'nie wyjdzie do żadnej firmy',
    );
  });

  it('offers a sent notification’s recall, saying the read ones stay; marks recalled recipients', () => {
    navigate('/sent/b-1', { replace: true });
    renderPage(<BroadcastReportPage broadcastId="b-1" />, {
      query: report(1, 'NOTIFICATION', { status: 'RECALLED', recalled: true }),
    });
    expect(screen.queryByTestId('report-recall')).toBeNull();
    expect(screen.getByTestId('recipient-recalled').textContent).toBe('wycofano');
    cleanup();
    renderPage(<BroadcastReportPage broadcastId="b-1" />, { query: report(1) });
    fireEvent.click(screen.getByTestId('report-recall'));
    const text = screen.getByTestId('lifecycle-text').textContent ?? '';
    expect(text).toContain('(2 z 3)');
    expect(text).toContain('przeczytały, zachowają je');
  });
});
