import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.js';
import { requireStrongPassword } from './password-rules.js';

const email = 'Anna.Kowalska@biuro.pl';

function refusal(password: string, address = email) {
  try {
    requireStrongPassword(password, address);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const { extensions, message } = error as AppError;
    return { code: extensions.code, field: extensions.field, reasons: extensions.reasons, message };
  }
  return null;
}

describe('requireStrongPassword', () => {
  it('accepts a long uncommon password and returns it unchanged', () => {
    expect(requireStrongPassword('Zielony-Parasol-Nad-Wisla', email)).toBe(
      'Zielony-Parasol-Nad-Wisla',
    );
    expect(requireStrongPassword('x'.repeat(200), email)).toHaveLength(200);
  });

  it('refuses fewer than 10 characters, counting characters rather than UTF-16 units', () => {
    expect(refusal('kP9#vQ2!z')).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'password',
      reasons: ['PASSWORD_TOO_SHORT'],
      message: expect.stringMatching(/at least 10/),
    });
    // Nine emoji are eighteen UTF-16 units but nine characters.
    expect(refusal('🦊'.repeat(9))?.message).toMatch(/at least 10/);
    expect(refusal('🦊'.repeat(10))).toBeNull();
  });

  it('refuses more than 200 characters', () => {
    expect(refusal('x'.repeat(201))).toMatchObject({
      field: 'password',
      reasons: ['PASSWORD_TOO_LONG'],
      message: expect.stringMatching(/at most 200/),
    });
    expect(refusal('y'.repeat(1_000_000))?.message).toMatch(/at most 200/);
  });

  it.each([
    'qwerty123456',
    'QWERTY123456',
    '1qaz2wsx3edc',
    'password123',
    'qwertyuiop',
    '1234567890',
    'haslo12345',
    'Zaq1@wsx3edc',
  ])('refuses the common password %s whatever its case', (password) => {
    expect(refusal(password)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'password',
      reasons: ['PASSWORD_COMMON'],
      message: expect.stringMatching(/common/),
    });
  });

  it('knows the short Polish classics too (refused for their length first)', () => {
    for (const password of ['haslo123', 'zaq12wsx']) expect(refusal(password)).not.toBeNull();
  });

  it('refuses the email, or its local part, inside the password in any case', () => {
    for (const password of [
      'anna.kowalska@biuro.pl',
      'ANNA.KOWALSKA@BIURO.PL',
      'anna.kowalska2026',
      'moje-Anna.Kowalska!',
    ]) {
      expect(refusal(password)).toMatchObject({
        field: 'password',
        reasons: ['PASSWORD_CONTAINS_EMAIL'],
        message: expect.stringMatching(/email/),
      });
    }
  });

  it('does not refuse for a very short local part that any password could contain', () => {
    expect(refusal('Zielony-Parasol-2026', 'a@b.pl')).toBeNull();
  });
});
