import { BadUserInputError } from '../../core/errors.js';
import { COMMON_PASSWORDS } from './common-passwords.js';

const PASSWORD_MIN_LENGTH = 10;
/** Far beyond any passphrase; argon2 hashes whatever it is given, so a megabyte "password" costs. */
const PASSWORD_MAX_LENGTH = 200;

const common = new Set(COMMON_PASSWORDS.split('\n').filter(Boolean));

/**
 * The password a user may choose (sign-up, invitation, reset, change), returned as given, or
 * BAD_USER_INPUT on `password` saying which rule it breaks, in words and as one code in
 * `extensions.reasons` (PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG, PASSWORD_COMMON,
 * PASSWORD_CONTAINS_EMAIL): at least 10 characters (counted as
 * characters, not UTF-16 units), at most 200, not a common password, and not the email or its
 * part before the `@` (case-insensitive). Login does not apply these: older passwords still work.
 */
export function requireStrongPassword(password: string, email: string): string {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH)
    throw new BadUserInputError(
      `The password must be at least ${PASSWORD_MIN_LENGTH} characters long.`,
      'password',
      ['PASSWORD_TOO_SHORT'],
    );
  if (length > PASSWORD_MAX_LENGTH)
    throw new BadUserInputError(
      `The password must be at most ${PASSWORD_MAX_LENGTH} characters long.`,
      'password',
      ['PASSWORD_TOO_LONG'],
    );
  const lower = password.toLowerCase();
  if (common.has(lower))
    throw new BadUserInputError(
      'This password is one of the most common ones; choose another.',
      'password',
      ['PASSWORD_COMMON'],
    );
  const address = email.trim().toLowerCase();
  const localPart = address.split('@')[0] ?? '';
  if ((address && lower.includes(address)) || (localPart.length >= 3 && lower.includes(localPart)))
    throw new BadUserInputError('The password must not contain your email address.', 'password', [
      'PASSWORD_CONTAINS_EMAIL',
    ]);
  return password;
}
