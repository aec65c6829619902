import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BATCH_MS, DWELL_MS, ReadOnSight } from './readOnSight';

describe('ReadOnSight', () => {
  let sent: string[][];
  const send = async (ids: string[]) => {
    sent.push(ids);
  };
  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
  });
  afterEach(() => vi.useRealTimers());

  it('reads nothing on sight alone: only after a second on screen, in one batch', async () => {
    const sight = new ReadOnSight(send, true);
    sight.setVisible('a', true);
    sight.setVisible('b', true);
    await vi.advanceTimersByTimeAsync(DWELL_MS - 1);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1 + BATCH_MS);
    expect(sent).toEqual([['a', 'b']]);
    // Seen once is enough: coming back into view sends nothing again.
    sight.setVisible('a', false);
    sight.setVisible('a', true);
    await vi.advanceTimersByTimeAsync(5 * DWELL_MS);
    expect(sent).toEqual([['a', 'b']]);
  });

  it('restarts the clock of a message scrolled away before its second was up', async () => {
    const sight = new ReadOnSight(send, true);
    sight.setVisible('a', true);
    await vi.advanceTimersByTimeAsync(DWELL_MS / 2);
    sight.setVisible('a', false);
    await vi.advanceTimersByTimeAsync(DWELL_MS);
    expect(sent).toEqual([]);
    sight.setVisible('a', true);
    await vi.advanceTimersByTimeAsync(DWELL_MS + BATCH_MS);
    expect(sent).toEqual([['a']]);
  });

  it('counts no time while the window is out of focus or hidden', async () => {
    const sight = new ReadOnSight(send, false);
    sight.setVisible('a', true);
    await vi.advanceTimersByTimeAsync(10 * DWELL_MS);
    expect(sent).toEqual([]);
    sight.setAttentive(true);
    await vi.advanceTimersByTimeAsync(DWELL_MS / 2);
    sight.setAttentive(false);
    await vi.advanceTimersByTimeAsync(10 * DWELL_MS);
    expect(sent).toEqual([]);
    sight.setAttentive(true);
    await vi.advanceTimersByTimeAsync(DWELL_MS + BATCH_MS);
    expect(sent).toEqual([['a']]);
  });

  it('sends one request at a time: ids seen meanwhile go in the next', async () => {
    let release: () => void = () => {};
    const calls: string[][] = [];
    const slow = (ids: string[]) => {
      calls.push(ids);
      return new Promise<void>((resolve) => {
        release = resolve;
      });
    };
    const sight = new ReadOnSight(slow, true);
    sight.setVisible('a', true);
    await vi.advanceTimersByTimeAsync(DWELL_MS + BATCH_MS);
    sight.setVisible('b', true);
    sight.setVisible('c', true);
    await vi.advanceTimersByTimeAsync(DWELL_MS + BATCH_MS);
    expect(calls).toEqual([['a']]);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual([['a'], ['b', 'c']]);
  });

  it('does not retry a failed request in a loop, and stops when disposed', async () => {
    const failing = vi.fn(async () => {
      throw new Error('offline');
    });
    const sight = new ReadOnSight(failing, true);
    sight.setVisible('a', true);
    await vi.advanceTimersByTimeAsync(10 * DWELL_MS);
    expect(failing).toHaveBeenCalledTimes(1);
    sight.setVisible('b', true);
    sight.dispose();
    await vi.advanceTimersByTimeAsync(10 * DWELL_MS);
    expect(failing).toHaveBeenCalledTimes(1);
  });
});
