import { BadUserInputError } from '../../core/errors.js';

const monthNames = [
  'styczeń',
  'luty',
  'marzec',
  'kwiecień',
  'maj',
  'czerwiec',
  'lipiec',
  'sierpień',
  'wrzesień',
  'październik',
  'listopad',
  'grudzień',
];

/** A settlement period: a month ("2026-10") or a tax year ("2026"). */
export interface Period {
  value: string;
  year: number;
  /** 1..12, or null for a whole year. */
  month: number | null;
  /** First day, and the first day after it, as ISO dates: entries are `from <= date < to`. */
  from: string;
  to: string;
  /**
   * The declaration periods it covers: the month itself, or for a year the annual declarations
   * and the monthly ones of each of its months.
   */
  declarationPeriods: string[];
  /** As written on a printout: "październik 2026", "rok 2026". */
  label: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function parsePeriod(value: string): Period {
  const match = /^(\d{4})(?:-(\d{2}))?$/.exec(value);
  const year = match ? Number(match[1]) : NaN;
  const month = match?.[2] === undefined ? null : Number(match[2]);
  if (!match || year < 1900 || (month !== null && (month < 1 || month > 12))) {
    throw new BadUserInputError(
      'period must be a month "YYYY-MM" (01-12) or a year "YYYY".',
      'period',
    );
  }
  if (month === null) {
    return {
      value,
      year,
      month,
      from: `${year}-01-01`,
      to: `${year + 1}-01-01`,
      declarationPeriods: [value, ...monthNames.map((_, i) => `${value}-${pad(i + 1)}`)],
      label: `rok ${year}`,
    };
  }
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`;
  return {
    value,
    year,
    month,
    from: `${value}-01`,
    to: next,
    declarationPeriods: [value],
    label: `${monthNames[month - 1]} ${year}`,
  };
}

/** A PostgreSQL text array literal of validated periods (digits and dashes only). */
export function periodArray(periods: readonly string[]): string {
  for (const period of periods)
    if (!/^\d{4}(-\d{2})?$/.test(period))
      throw new Error('periodArray takes validated periods only');
  return `{${periods.join(',')}}`;
}
