import { describe, expect, it } from 'vitest';
import { instantToWarsaw, sendAtProblem, warsawToInstant } from './sendAt';

describe('send times in Warsaw', () => {
  it('reads a winter and a summer wall time in Warsaw, whatever the browser’s zone', () => {
    expect(warsawToInstant('2026-12-01', '09:00')?.toISOString()).toBe('2026-12-01T08:00:00.000Z');
    expect(warsawToInstant('2026-07-01', '09:00')?.toISOString()).toBe('2026-07-01T07:00:00.000Z');
    // The night the clocks go back, 02:30 happens twice: either reading is a real instant.
    expect(warsawToInstant('2026-10-25', '02:30')).not.toBeNull();
  });

  it('round-trips an instant to the fields and back', () => {
    const at = new Date('2026-03-29T10:15:00.000Z');
    const { date, time } = instantToWarsaw(at);
    expect({ date, time }).toEqual({ date: '2026-03-29', time: '12:15' });
    expect(warsawToInstant(date, time)?.toISOString()).toBe(at.toISOString());
  });

  it('names what is wrong: incomplete, past, more than 90 days ahead', () => {
    const now = new Date('2026-11-28T12:00:00.000Z');
    expect(warsawToInstant('2026-11-28', '')).toBeNull();
    expect(sendAtProblem(null, now)).toBe('incomplete');
    expect(sendAtProblem(new Date('2026-11-28T11:59:00.000Z'), now)).toBe('past');
    expect(sendAtProblem(new Date('2027-03-01T12:00:00.000Z'), now)).toBe('tooFar');
    expect(sendAtProblem(new Date('2026-11-29T08:00:00.000Z'), now)).toBeNull();
  });
});
