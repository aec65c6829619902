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

/**
 * nodemailer options for an office's server; `pool` keeps up to `poolSize` connections open across
 * emails.
 */
export function transportOptions(
  settings: SmtpSettings,
  timeoutMs: number,
  pool: boolean,
  poolSize = 1,
): SMTPTransport.Options & { pool?: boolean; maxConnections?: number; maxMessages?: number; maxRequeues?: number } {
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
    // A message whose connection dropped is handed back, never sent again by the pool on its own:
    // the server may have accepted it, and only the worker, after its checks, may try again.
    ...(pool ? { maxConnections: poolSize, maxMessages: 500, maxRequeues: 0 } : {}),
    logger: false,
    debug: false,
  };
}

export function createTransport(settings: SmtpSettings, timeoutMs: number, pool: boolean, poolSize = 1): Transporter<SMTPTransport.SentMessageInfo> {
  return nodemailer.createTransport(transportOptions(settings, timeoutMs, pool, poolSize) as SMTPTransport.Options);
}

interface SmtpError {
  code?: string;
  responseCode?: number;
  response?: string;
  command?: string;
  message?: string;
}

/**
 * A failure that retrying will not fix: any 5xx answer (credentials refused, a recipient or sender
 * rejected), or credentials or an envelope refused without one. Connection problems and 4xx answers
 * (a greylisting 451 to RCPT TO, a 454 to AUTH, a 421 "busy") are temporary.
 */
export function isPermanentSmtpError(error: unknown): boolean {
  const e = error as SmtpError;
  if (typeof e.responseCode === 'number') return e.responseCode >= 500 && e.responseCode < 600;
  return e.code === 'EAUTH' || e.code === 'EENVELOPE' || e.code === 'ENOAUTH';
}

/** The server refused the office's credentials (535 and the like), or wants some and has none. */
export function isLoginRejected(error: unknown): boolean {
  const e = error as SmtpError;
  if (e.code === 'ENOAUTH') return true;
  return e.code === 'EAUTH' && (typeof e.responseCode !== 'number' || e.responseCode >= 500);
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
    case 'EABORT':
      return `The SMTP server ${server} did not finish taking the email in time.`;
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
