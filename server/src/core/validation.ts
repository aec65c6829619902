import { BadUserInputError } from './errors.js';

const emailPattern = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+$/;

export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}

export function requireEmail(value: string, field: string): string {
  const email = normalizeEmail(value);
  if (email.length > 254 || !emailPattern.test(email))
    throw new BadUserInputError(`${field} is not a valid email address.`, field);
  return email;
}

/** Trimmed text of 1..max characters. */
export function requireText(value: string, field: string, max: number): string {
  const text = value.trim();
  if (!text) throw new BadUserInputError(`${field} must not be empty.`, field);
  if (text.length > max)
    throw new BadUserInputError(`${field} must be at most ${max} characters long.`, field);
  return text;
}

/** Distinct values of a list of 1..max items. */
export function requireList<T>(values: readonly T[], field: string, max: number, min = 1): T[] {
  const distinct = [...new Set(values)];
  if (distinct.length < min)
    throw new BadUserInputError(`${field} must name at least ${min}.`, field);
  if (distinct.length > max)
    throw new BadUserInputError(`${field} may name at most ${max}.`, field);
  return distinct;
}
