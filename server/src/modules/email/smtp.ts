import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import { SmtpSecurity, type SmtpIntegration } from './smtp-integration.entity.js';

export interface SmtpSettings {
  host: string;
  port: number;
  security: SmtpSecurity;
  username?: string | null;
  password?: string | null;
}

/** nodemailer options for an office's server; `pool` keeps connections open across emails. */
export function transportOptions(settings: SmtpSettings, timeoutMs: number, pool: boolean): SMTPTransport.Options & { pool?: boolean; maxConnections?: number; maxMessages?: number } {
  return {
    host: settings.host,
    port: settings.port,
    secure: settings.security === SmtpSecurity.TLS,
    requireTLS: settings.security === SmtpSecurity.STARTTLS,
    ignoreTLS: settings.security === SmtpSecurity.NONE,
    auth: settings.username ? { user: settings.username, pass: settings.password ?? '' } : undefined,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    pool,
    ...(pool ? { maxConnections: 3, maxMessages: 500 } : {}),
    logger: false,
    debug: false,
  };
}

export function createTransport(settings: SmtpSettings, timeoutMs: number, pool: boolean): Transporter<SMTPTransport.SentMessageInfo> {
  return nodemailer.createTransport(transportOptions(settings, timeoutMs, pool) as SMTPTransport.Options);
}

interface SmtpError {
  code?: string;
  responseCode?: number;
  response?: string;
  command?: string;
  message?: string;
}

/**
 * A failure that retrying will not fix: credentials refused, a recipient or sender rejected, or any
 * other 5xx answer. Connection problems and 4xx answers are temporary.
 */
export function isPermanentSmtpError(error: unknown): boolean {
  const e = error as SmtpError;
  if (e.code === 'EAUTH' || e.code === 'EENVELOPE' || e.code === 'ENOAUTH') return true;
  return typeof e.responseCode === 'number' && e.responseCode >= 500 && e.responseCode < 600;
}

/** The reason in words an office head can act on; never contains credentials. */
export function describeSmtpError(error: unknown, settings: Pick<SmtpIntegration, 'host' | 'port'>): string {
  const e = error as SmtpError;
  const server = `${settings.host}:${settings.port}`;
  const answer = e.response ? ` (server said: ${e.response.slice(0, 300)})` : '';
  switch (e.code) {
    case 'EAUTH':
      return `The SMTP server ${server} rejected the username or password${answer}.`;
    case 'ENOAUTH':
      return `The SMTP server ${server} requires a username and password.`;
    case 'EENVELOPE':
      return `The SMTP server ${server} rejected the sender or recipient${answer}.`;
    case 'ETIMEDOUT':
      return `The SMTP server ${server} did not answer in time.`;
    case 'EDNS':
      return `The host name ${settings.host} could not be resolved.`;
    case 'ETLS':
      return `A secure (TLS) connection to ${server} could not be established; check the security setting.`;
    case 'ECONNECTION':
    case 'ESOCKET': {
      const detail = e.message?.match(/ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENOTFOUND|certificate|wrong version number/i)?.[0];
      if (detail === 'ECONNREFUSED') return `Could not connect to ${server}: connection refused.`;
      if (detail && /certificate|wrong version/i.test(detail)) return `A secure (TLS) connection to ${server} failed (${detail}); check the security setting.`;
      return `The connection to ${server} failed${detail ? ` (${detail})` : ''}.`;
    }
    default:
      if (e.responseCode) return `The SMTP server ${server} answered ${e.responseCode}${answer}.`;
      return `Sending through ${server} failed.`;
  }
}
