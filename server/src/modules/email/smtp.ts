import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type { SmtpDestinations } from './smtp-destination.js';
import { SmtpSecurity } from './smtp-integration.entity.js';

export interface SmtpSettings {
  host: string;
  port: number;
  security: SmtpSecurity;
  username?: string | null;
  password?: string | null;
}

/**
 * nodemailer options for an office's server; `pool` keeps up to `poolSize` connections open across
 * emails. Every connection, the pool's later ones included, is opened by `destinations` (checked
 * addresses only); nodemailer keeps the host name for TLS (SNI and the certificate's name).
 */
export function transportOptions(
  settings: SmtpSettings,
  destinations: SmtpDestinations,
  timeoutMs: number,
  pool: boolean,
  poolSize = 1,
): SMTPTransport.Options & {
  pool?: boolean;
  maxConnections?: number;
  maxMessages?: number;
  maxRequeues?: number;
} {
  return {
    // Brackets off an IPv6 address: nodemailer takes the host for TLS, and an address gets no SNI.
    host: settings.host.replace(/^\[(.*)\]$/, '$1'),
    port: settings.port,
    secure: settings.security === SmtpSecurity.TLS,
    requireTLS: settings.security === SmtpSecurity.STARTTLS,
    ignoreTLS: settings.security === SmtpSecurity.NONE,
    auth: settings.username
      ? { user: settings.username, pass: settings.password ?? '' }
      : undefined,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    getSocket: (options, callback) => {
      const started = (options as { connectStartedAt?: number }).connectStartedAt ?? Date.now();
      destinations.connect(settings.host, settings.port, started + timeoutMs).then(
        (connection) => callback(null, { connection }),
        (error: Error) => callback(error),
      );
    },
    pool,
    // A message whose connection dropped is handed back, never sent again by the pool on its own:
    // the server may have accepted it, and only the worker, after its checks, may try again.
    ...(pool ? { maxConnections: poolSize, maxMessages: 500, maxRequeues: 0 } : {}),
    logger: false,
    debug: false,
  };
}

export function createTransport(
  settings: SmtpSettings,
  destinations: SmtpDestinations,
  timeoutMs: number,
  pool: boolean,
  poolSize = 1,
): Transporter<SMTPTransport.SentMessageInfo> {
  return nodemailer.createTransport(
    transportOptions(settings, destinations, timeoutMs, pool, poolSize) as SMTPTransport.Options,
  );
}

interface SmtpError {
  code?: string;
  /** A system error's own code, kept by nodemailer when it sets its own (ECONNREFUSED, CERT_HAS_EXPIRED). */
  originalCode?: string;
  responseCode?: number;
  response?: string;
  command?: string;
  message?: string;
}

/**
 * A failure that retrying will not fix: any 5xx answer (credentials refused, a recipient or sender
 * rejected), credentials or an envelope refused without one, or a destination that is not allowed.
 * Connection problems and 4xx answers (a greylisting 451 to RCPT TO, a 454 to AUTH, a 421 "busy")
 * are temporary.
 */
export function isPermanentSmtpError(error: unknown): boolean {
  const e = error as SmtpError;
  if (e.code === 'EDESTINATION') return true;
  if (typeof e.responseCode === 'number') return e.responseCode >= 500 && e.responseCode < 600;
  return e.code === 'EAUTH' || e.code === 'EENVELOPE' || e.code === 'ENOAUTH';
}

/** The server refused the office's credentials (535 and the like), or wants some and has none. */
export function isLoginRejected(error: unknown): boolean {
  const e = error as SmtpError;
  if (e.code === 'ENOAUTH') return true;
  return e.code === 'EAUTH' && (typeof e.responseCode !== 'number' || e.responseCode >= 500);
}

/** TLS could not be set up: a handshake that failed, a certificate refused, TLS against plain text. */
function isTlsFailure(e: SmtpError): boolean {
  if (e.code === 'ETLS') return true;
  return /^(ERR_SSL_|ERR_TLS_|CERT_|DEPTH_ZERO_|SELF_SIGNED_|UNABLE_TO_(GET|VERIFY)_)/.test(
    e.originalCode ?? '',
  );
}

export type SmtpTestFailure = 'connect' | 'login' | 'tls';

/**
 * What a failed "test connection" may tell: it could not connect, the login was refused, or TLS
 * failed. Nothing of what the server said and nothing of why a connection failed (refused,
 * filtered, not allowed, no such host), which would make the test a port scanner.
 */
export function testFailureOf(error: unknown): SmtpTestFailure {
  const e = error as SmtpError;
  if (e.code === 'EAUTH' || e.code === 'ENOAUTH') return 'login';
  if (isTlsFailure(e)) return 'tls';
  return 'connect';
}

export const testFailureMessages: Record<SmtpTestFailure, string> = {
  connect: 'Could not connect to the SMTP server.',
  login: 'The SMTP server refused the login.',
  tls: 'TLS failed: a secure connection to the SMTP server could not be set up; check the security setting.',
};

/**
 * The reason of a failed delivery, for office staff: what went wrong and the server's reply code
 * (with its enhanced status code, e.g. 5.1.1), never the server's own words, the address connected
 * to, or the credentials. Whatever nodemailer's message carries (addresses of the platform's
 * network among them) stays in it.
 */
export function describeSmtpError(error: unknown): string {
  const e = error as SmtpError;
  const code = replyCodeOf(e);
  const reply = code ? ` (${code})` : '';
  if (e.code === 'EDESTINATION') {
    return (error as { refusal?: string }).refusal === 'port'
      ? 'The SMTP server’s port is not one mail may be sent to.'
      : 'The SMTP server’s host is not at a public internet address, so nothing was sent to it.';
  }
  if (isTlsFailure(e))
    return 'A secure (TLS) connection to the SMTP server could not be set up; check the security setting.';
  switch (e.code) {
    case 'EAUTH':
      return `The SMTP server rejected the username or password${reply}.`;
    case 'ENOAUTH':
      return 'The SMTP server requires a username and password.';
    case 'EENVELOPE':
      return `The SMTP server rejected the sender or recipient${reply}.`;
    case 'EMESSAGE':
      return `The SMTP server refused the email${reply}.`;
    case 'EREQUIRETLS':
      return 'The SMTP server does not offer the secure (TLS) delivery the email requires.';
    case 'ETIMEDOUT':
      return 'The SMTP server did not answer in time.';
    case 'EABORT':
      return 'The SMTP server did not finish taking the email in time.';
    case 'EDNS':
      return 'The SMTP server’s host name could not be resolved.';
    case 'ECONNECTION':
    case 'ESOCKET':
      return code
        ? `The SMTP server closed the connection${reply}.`
        : 'Could not connect to the SMTP server, or the connection broke.';
    default:
      if (e.responseCode) return `The SMTP server answered${reply}.`;
      if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN')
        return 'The SMTP server’s host name could not be resolved.';
      return 'Could not connect to the SMTP server, or the connection broke.';
  }
}

/** "550 5.1.1", "451", or nothing: the reply code and an enhanced status code, both strictly digits. */
function replyCodeOf(e: SmtpError): string | null {
  const fromResponse = /^([2-5]\d\d)(?:[ -]([2-5]\.\d{1,3}\.\d{1,3})\b)?/.exec(e.response ?? '');
  const reply =
    fromResponse?.[1] ??
    (typeof e.responseCode === 'number' && e.responseCode >= 200 && e.responseCode < 600
      ? String(e.responseCode)
      : null);
  if (!reply) return null;
  return fromResponse?.[2] ? `${reply} ${fromResponse[2]}` : reply;
}
