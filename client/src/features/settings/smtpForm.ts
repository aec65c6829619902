import type { SmtpSecurity } from '../../gql/graphql';
import type { MessageKey } from '../../i18n';

/** What the form starts from: the stored integration's settings (never its password). */
export interface StoredSmtp {
  host: string;
  port: number;
  security: SmtpSecurity;
  username: string | null;
  fromAddress: string;
  fromName: string | null;
}

export const securities: SmtpSecurity[] = ['NONE', 'STARTTLS', 'TLS'];
export const defaultPorts: Record<SmtpSecurity, number> = { NONE: 25, STARTTLS: 587, TLS: 465 };

/** Each wrong field's message. */
export type FieldErrors = Partial<Record<FieldName, MessageKey>>;

export type FieldName =
  | 'host'
  | 'port'
  | 'security'
  | 'username'
  | 'password'
  | 'fromAddress'
  | 'fromName';

export interface FormValues {
  host: string;
  port: string;
  security: SmtpSecurity;
  username: string;
  password: string;
  clearPassword: boolean;
  fromAddress: string;
  fromName: string;
}

export function valuesOf(integration: StoredSmtp | null | undefined): FormValues {
  return {
    host: integration?.host ?? '',
    port: String(integration?.port ?? defaultPorts.STARTTLS),
    security: integration?.security ?? 'STARTTLS',
    username: integration?.username ?? '',
    password: '',
    clearPassword: false,
    fromAddress: integration?.fromAddress ?? '',
    fromName: integration?.fromName ?? '',
  };
}

/** What the browser can tell before asking the server (which checks again). */
export function validateSmtp(values: FormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.host.trim()) errors.host = 'settings.error.host.required';
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port.trim()) || port < 1 || port > 65535)
    errors.port = 'settings.error.port';
  if (!values.fromAddress.trim()) errors.fromAddress = 'settings.error.fromAddress.required';
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.fromAddress.trim()))
    errors.fromAddress = 'settings.error.fromAddress';
  if (/[\r\n]/.test(values.fromName)) errors.fromName = 'settings.error.fromName';
  return errors;
}

/** The fields in the form's order: the first wrong one takes the focus. */
export const fieldOrder: FieldName[] = [
  'host',
  'port',
  'security',
  'username',
  'password',
  'fromAddress',
  'fromName',
];
