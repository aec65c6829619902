import { describe, expect, it } from 'vitest';
import { newIdempotencyKey } from './EmailDialog';
import { currentMonth, isPeriod, previousMonth } from './PrintoutPicker';
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
