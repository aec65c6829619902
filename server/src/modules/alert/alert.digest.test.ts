import { describe, expect, it } from 'vitest';
import { latestDigestTime } from './alert.digest.js';

describe('latestDigestTime (7:00 Europe/Warsaw)', () => {
  it.each([
    // Winter (UTC+1): 7:00 in Warsaw is 6:00 UTC.
    ['2026-12-01T05:59:59.999Z', '2026-11-30T06:00:00.000Z'],
    ['2026-12-01T06:00:00.000Z', '2026-12-01T06:00:00.000Z'],
    ['2026-12-01T23:30:00.000Z', '2026-12-01T06:00:00.000Z'],
    // Summer (UTC+2): 5:00 UTC.
    ['2026-07-15T04:59:00.000Z', '2026-07-14T05:00:00.000Z'],
    ['2026-07-15T05:00:00.000Z', '2026-07-15T05:00:00.000Z'],
    // The spring change (29 March 2026, 2:00 → 3:00): the day's 7:00 is already summer time...
    ['2026-03-29T05:00:00.000Z', '2026-03-29T05:00:00.000Z'],
    // ...and the one before it was winter time.
    ['2026-03-29T04:59:00.000Z', '2026-03-28T06:00:00.000Z'],
    // The autumn change (25 October 2026, 3:00 → 2:00): winter time from that morning.
    ['2026-10-25T05:30:00.000Z', '2026-10-24T05:00:00.000Z'],
    ['2026-10-25T06:00:00.000Z', '2026-10-25T06:00:00.000Z'],
    // New Year's morning reaches back into the year before.
    ['2027-01-01T05:00:00.000Z', '2026-12-31T06:00:00.000Z'],
  ])('at %s the latest digest time is %s', (now, expected) => {
    expect(latestDigestTime(new Date(now), 7).toISOString()).toBe(expected);
  });

  it('takes another hour', () => {
    expect(latestDigestTime(new Date('2026-12-01T08:00:00.000Z'), 9).toISOString()).toBe(
      '2026-12-01T08:00:00.000Z',
    );
  });
});
