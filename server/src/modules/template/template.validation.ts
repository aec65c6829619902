import { parsePeriod } from '../printout/printout.period.js';

/** A settlement period "YYYY-MM" or "YYYY", or BAD_USER_INPUT on `period`. */
export function requirePeriod(value: string): string {
  return parsePeriod(value.trim()).value;
}
