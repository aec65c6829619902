import { cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { type Client, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromArray } from 'wonka';
import { useCompanyAccessLive } from './useCompanyAccessLive';

afterEach(cleanup);

const change = (companyId: string, visible: boolean) => ({
  data: { companyAccessChanged: { __typename: 'CompanyAccessChange', companyId, visible } },
});

function mount(enabled: boolean) {
  const executeSubscription = vi.fn(() => fromArray([change('c1', true), change('c2', false)]));
  const client = { executeSubscription } as unknown as Client;
  const refresh = vi.fn();
  const onLost = vi.fn();
  renderHook(() => useCompanyAccessLive(enabled, refresh, onLost), {
    wrapper: ({ children }: { children: ReactNode }) => (
      <Provider value={client}>{children}</Provider>
    ),
  });
  return { executeSubscription, refresh, onLost };
}

describe('useCompanyAccessLive', () => {
  it('reads the list anew on every change and drops a company taken away from the selection', () => {
    const { refresh, onLost } = mount(true);
    expect(refresh).toHaveBeenCalledTimes(2);
    expect(onLost.mock.calls).toEqual([['c2']]);
  });

  it('does not subscribe for someone who sees every company', () => {
    const { executeSubscription, refresh } = mount(false);
    expect(executeSubscription).not.toHaveBeenCalled();
    expect(refresh).not.toHaveBeenCalled();
  });
});
