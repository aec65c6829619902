import { act, cleanup, render, screen } from '@testing-library/react';
import { type Client, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeSubject, never } from 'wonka';
import { I18nProvider } from '../../i18n';
import { type BroadcastCounts, BroadcastProgress } from './BroadcastProgress';

afterEach(cleanup);

const counts = (sentCount: number, queuedCount: number): BroadcastCounts => ({
  id: 'b1',
  recipientCount: 3,
  queuedCount,
  sentCount,
  failedCount: 0,
});

describe('email progress', () => {
  it('announces the counts politely as they change, read out whole', () => {
    const fetched = makeSubject<{ data: { broadcast: BroadcastCounts } }>();
    const client = {
      executeQuery: vi.fn(() => fetched.source),
      executeSubscription: vi.fn(() => never),
    } as unknown as Client;
    render(
      <I18nProvider initial="pl">
        <Provider value={client}>
          <BroadcastProgress initial={counts(0, 3)} />
        </Provider>
      </I18nProvider>,
    );
    const region = screen.getByTestId('email-progress-counts');
    expect(region.getAttribute('role')).toBe('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.getAttribute('aria-atomic')).toBe('true');
    expect(region.textContent).toBe('Wysłano: 0 z 3 · Błędy: 0 · W kolejce: 3');

    act(() => fetched.next({ data: { broadcast: counts(2, 1) } }));
    expect(screen.getByTestId('email-progress-counts')).toBe(region);
    expect(region.textContent).toBe('Wysłano: 2 z 3 · Błędy: 0 · W kolejce: 1');
    act(() => fetched.next({ data: { broadcast: counts(3, 0) } }));
    expect(region.textContent).toBe('Wysłano: 3 z 3 · Błędy: 0');
    expect(screen.getByTestId('email-progress').getAttribute('data-done')).toBe('true');
  });
});
