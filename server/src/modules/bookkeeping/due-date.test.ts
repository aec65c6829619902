import { describe, expect, it } from 'vitest';
import { defaultDueDate } from './due-date.js';

describe('defaultDueDate', () => {
  it.each([
    // Monthly VAT: the 25th of the next month, or the next working day.
    ['JPK_V7M', '2026-10', '2026-11-25'],
    ['JPK_V7M', '2026-12', '2027-01-25'],
    ['JPK_V7M', '2026-09', '2026-10-26'], // 25 October 2026 is a Sunday
    ['JPK_V7M', '2025-12', '2026-01-26'], // 25 January 2026 is a Sunday
    ['VAT-UE', '2026-04', '2026-05-25'],
    // Other monthly forms: the 20th.
    ['PIT-4R', '2026-10', '2026-11-20'],
    ['PIT-5L', '2026-02', '2026-03-20'],
    // Annual: CIT-8 at the end of March, PIT at the end of April.
    ['CIT-8', '2025', '2026-03-31'],
    ['PIT-36', '2025', '2026-04-30'],
    ['PIT-28', '2026', '2027-04-30'],
    ['PIT-36L', '2027', '2028-05-02'], // 30 April 2028 is a Sunday, 1 May a holiday
    ['CIT-8', '2026', '2027-03-31'],
  ])('%s for %s is due %s', (type, period, due) => {
    expect(defaultDueDate(type, period)).toBe(due);
  });

  it('moves past movable holidays: Easter Monday and Corpus Christi', () => {
    // Easter 2025 is 20 April: Monday 21 April is a holiday, so PIT-4R for March 2025 (20 April, a
    // Sunday) is due on Tuesday 22 April. Corpus Christi 2027 is 27 May.
    expect(defaultDueDate('PIT-4R', '2025-03')).toBe('2025-04-22');
    expect(defaultDueDate('JPK_V7M', '2027-04')).toBe('2027-05-25');
    expect(defaultDueDate('PIT-4R', '2027-04')).toBe('2027-05-20');
  });

  it('moves past Christmas and a weekend before it', () => {
    expect(defaultDueDate('JPK_V7M', '2028-11')).toBe('2028-12-27'); // 25-26 December
    expect(defaultDueDate('PIT-4R', '2025-11')).toBe('2025-12-22'); // 20 December is a Saturday
  });
});
