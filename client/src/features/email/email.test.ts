import { describe, expect, it } from 'vitest';
import { newIdempotencyKey } from './EmailDialog';
import { currentMonth, formatPeriod, isPeriod, monthNames, previousMonth } from './period';
import { normalizeLink } from './RichTextEditor';

describe('email dialog helpers', () => {
  it('defaults the period to the previous month, across a year boundary too', () => {
    expect(previousMonth(new Date(2026, 10, 26))).toBe('2026-10');
    expect(previousMonth(new Date(2026, 0, 15))).toBe('2025-12');
    expect(currentMonth(new Date(2026, 0, 15))).toBe('2026-01');
  });

  it('accepts a month or a year as the period', () => {
    expect(['2026-10', '2025', '2026-01'].every(isPeriod)).toBe(true);
    expect(['2026-13', '2026-1', '26', '', '2026-00'].some(isPeriod)).toBe(false);
  });

  it('words a period in the language: a month name and the year', () => {
    expect(formatPeriod('2026-10', 'pl')).toBe('październik 2026');
    expect(formatPeriod('2026-10', 'en')).toBe('October 2026');
    expect(formatPeriod('2025', 'pl')).toBe('2025');
    expect(monthNames('pl')[0]).toBe('styczeń');
    expect(monthNames('pl')).toHaveLength(12);
  });

  it('makes links of web and mail addresses only', () => {
    expect(normalizeLink('example.com/pomoc')).toBe('https://example.com/pomoc');
    expect(normalizeLink('https://biuro.pl')).toBe('https://biuro.pl/');
    expect(normalizeLink('biuro@example.com')).toBe('mailto:biuro@example.com');
    expect(normalizeLink('javascript:alert(1)')).toBeNull();
    expect(normalizeLink('   ')).toBeNull();
  });

  it('makes a new idempotency key each time', () => {
    const keys = new Set(Array.from({ length: 20 }, newIdempotencyKey));
    expect(keys.size).toBe(20);
  });
});
