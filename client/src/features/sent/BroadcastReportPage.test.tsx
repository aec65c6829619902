import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { navigate } from '../../router';
import { renderPage } from '../account/test-utils';
import { BroadcastReportPage } from './BroadcastReportPage';

afterEach(() => {
  cleanup();
  navigate('/', { replace: true });
});

function report(readCount: number, kind = 'NOTIFICATION') {
  return {
    data: {
      broadcast: {
        __typename: 'Broadcast',
        id: 'b-1',
        kind,
        subject: null,
        preview: 'Prosimy o wyciągi',
        createdAt: '2026-11-28T10:00:00.000Z',
        recipientCount: 3,
        readCount,
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
});
