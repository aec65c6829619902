import { describe, expect, it } from 'vitest';
import { type FormValues, validateSmtp } from './smtpForm';

const valid: FormValues = {
  host: 'smtp.example.com',
  port: '587',
  security: 'STARTTLS',
  username: '',
  password: '',
  clearPassword: false,
  fromAddress: 'biuro@example.com',
  fromName: 'Biuro',
};

describe('SMTP form validation', () => {
  it('accepts a complete form', () => {
    expect(validateSmtp(valid)).toEqual({});
  });

  it('names each wrong field', () => {
    expect(validateSmtp({ ...valid, host: ' ', port: '70000', fromAddress: 'nie-adres' })).toEqual({
      host: 'settings.error.host.required',
      port: 'settings.error.port',
      fromAddress: 'settings.error.fromAddress',
    });
    expect(validateSmtp({ ...valid, port: '25.5', fromAddress: '' })).toEqual({
      port: 'settings.error.port',
      fromAddress: 'settings.error.fromAddress.required',
    });
  });
});
