import { describe, expect, it } from 'vitest';
import { formatDay, formatMoney } from './format';

describe('deadline formats', () => {
  it('writes money the Polish way, grouped from the thousands, and the English way', () => {
    expect(formatMoney('1234.56', 'pl')).toBe('1 234,56 zł');
    expect(formatMoney('1000000.1', 'pl')).toBe('1 000 000,10 zł');
    expect(formatMoney('99', 'pl')).toBe('99,00 zł');
    expect(formatMoney('-120.00', 'pl')).toBe('-120,00 zł');
    expect(formatMoney('1234.56', 'en')).toBe('PLN 1,234.56');
    expect(formatMoney('nie liczba', 'pl')).toBe('nie liczba');
  });

  it('writes a due date in words, the same day in any time zone', () => {
    expect(formatDay('2026-11-25', 'pl')).toBe('25 listopada 2026');
    expect(formatDay('2026-11-25', 'en')).toBe('25 November 2026');
  });
});
