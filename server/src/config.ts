import path from 'node:path';
import proxyaddr from 'proxy-addr';
import { parseSecretKey } from './core/secret-box.js';

/** Every setting of the service, read from the environment and validated once at start-up. */
export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  publicUrl: string;
  /** Unset: an embedded PostgreSQL is started in `dataDir/postgres`. */
  databaseUrl: string | undefined;
  dbPoolMax: number;
  /**
   * Longest a statement may take: PostgreSQL cancels it just before, and this process stops
   * waiting at it (a database that does not answer at all).
   */
  dbStatementTimeoutMs: number;
  /** Longest a caller waits for a pooled connection, connecting a new one included. */
  dbAcquireTimeoutMs: number;
  /** What this process runs: the API and the email workers, the API alone, or the workers alone. */
  role: 'all' | 'api' | 'worker';
  /** A graceful stop (SIGTERM, SIGINT) ends within this, the embedded PostgreSQL's stop included. */
  shutdownTimeoutMs: number;
  dataDir: string;
  embeddedPgPort: number;
  storageDir: string;
  /** Where file bytes live: `disk` (storageDir, one machine) or `postgres` (shared by every instance). */
  storage: 'disk' | 'postgres';
  uploadMaxBytes: number;
  /**
   * An upload whose body arrives slower than this over a whole rate window is cut off (408) and
   * its partial file removed; 0 turns the check off.
   */
  uploadMinBytesPerSecond: number;
  uploadRateWindowMs: number;
  /** Bytes one user may hold in uploads not yet attached to a message. */
  uploadQuotaBytes: number;
  /** Uploads one user may start per minute. */
  uploadsPerMinute: number;
  /** Requests one API token may make per minute (operations, socket subscriptions, downloads). */
  apiTokenRequestsPerMinute: number;
  /** An upload never attached within this long can no longer be, and is deleted. */
  uploadOrphanHours: number;
  sessionTtlHours: number;
  /** Attempts for one email from one source per login window; a successful login starts over. */
  loginMaxFailures: number;
  /** Failed logins from one source (an IPv4 address, an IPv6 /64) per login window, whatever the emails. */
  loginMaxFailuresPerSource: number;
  loginWindowSeconds: number;
  /** `requestPasswordReset` calls per hour from one source, and for one email (from anywhere). */
  passwordResetMaxPerSource: number;
  passwordResetMaxPerEmail: number;
  /** Office sign-ups one source (an IPv4 address, an IPv6 /64) may make per hour. */
  signupMaxPerHour: number;
  /** How long an invitation's link may be used. */
  invitationTtlHours: number;
  /** argon2 hashes running at once (they share libuv's 4 threads with file I/O), and waiting beyond those. */
  passwordHashConcurrency: number;
  passwordHashQueue: number;
  /** Express's `trust proxy`: which proxies' X-Forwarded-For names the client (rate limits count by it). */
  trustProxy: boolean | number | string[];
  demoData: boolean;
  demoPassword: string;
  redisUrl: string | undefined;
  logLevel: 'error' | 'warn' | 'info' | 'debug' | 'silent';
  /** Query limits, checked before anything runs (core/graphql-limits.ts); each is named in its TOO_COMPLEX error. */
  maxQueryDepth: number;
  maxQueryAliases: number;
  maxQueryRootFields: number;
  /** Lexical tokens of one document: the parser stops there. */
  maxQueryTokens: number;
  /** A field costs 1 plus its selection, times the page size for a field with `first`. */
  maxQueryCost: number;
  /** Who may introspect the schema and see "Did you mean" suggestions: nobody, logged-in users, or anyone. */
  introspection: 'off' | 'authenticated' | 'on';
  /** Largest WebSocket message; a larger one closes the socket (1009). */
  wsMaxPayloadBytes: number;
  /** Operations one socket runs at once (subscriptions, mostly). */
  wsMaxSubscriptionsPerSocket: number;
  /** Sockets one login session holds open on one instance. */
  wsMaxSocketsPerSession: number;
  /**
   * Events a subscription holds for a subscriber that has not taken them yet; past it they are
   * dropped and the subscriber gets one RESYNC result instead.
   */
  subscriptionBuffer: number;
  /** 32 bytes for AES-256-GCM of stored secrets; unset outside production: made once in dataDir. */
  secretKey: Buffer | undefined;
  /** Concurrent email deliveries this process works on; 0 runs no email worker. */
  workers: number;
  emailRetryLimit: number;
  emailRetryDelaySeconds: number;
  /** Keep SMTP connections open across emails (per office); false opens one per email. */
  smtpPool: boolean;
  /** Connection, greeting and socket timeout of SMTP conversations. */
  smtpTimeoutMs: number;
  /** Connections to one office's SMTP server, and so its SMTP transactions at once, per process. */
  smtpPoolSize: number;
  /**
   * The lease of a delivery being sent: its job and its row belong to one worker for this long, and
   * a worker that died is replaced after it. At least a few SMTP timeouts (checkEmailTiming).
   */
  emailJobExpireSeconds: number;
  /** The built web client served at /; absent (API only) when it has not been built. */
  clientDir: string;
  /** How often a worker looks for scheduled sends that fell due: they go at most this late. */
  scheduledSendPollMs: number;
  /** The pg-boss queue of email deliveries; deployments sharing a database use different names. */
  emailQueue: string;
  /** Port of the development mail catcher started with the embedded default; 0 disables it. */
  devSmtpPort: number;
  /**
   * Hosts an office's SMTP may name although they resolve to local or private addresses
   * (development and tests), each on the allowed ports, one port, or any port.
   */
  smtpAllowedHosts: SmtpAllowedHost[];
  /** Ports an office's SMTP server may listen on. */
  smtpAllowedPorts: number[];
  /** "Test connection" runs per office per hour. */
  smtpTestsPerHour: number;
  /**
   * The platform's own mailer (invitations, password resets, security notices), never an office's:
   * `smtp://user:pass@host:port` or `smtps://…`. Unset outside production: the mail catcher.
   */
  systemSmtpUrl: string | undefined;
  /** The From of system mail. */
  systemMailFrom: string;
  /** An office message still unread this long after it arrived brings its client users an email alert. */
  alertDelaySeconds: number;
  /** How often a worker process looks for alerts due (0: never, as in tests that drive the sweep). */
  alertSweepSeconds: number;
  /** The hour (Europe/Warsaw) of the daily digest of DAILY_DIGEST users. */
  alertDigestHour: number;
  /**
   * Hosts a webhook's URL may name although they resolve to local or private addresses (development
   * and tests): `host` (any port), `host:port` or `host:*`. Only these may use http://.
   */
  webhookAllowedHosts: SmtpAllowedHost[];
  /** The first retry of a failed webhook delivery after this long, doubling for each failure after. */
  webhookRetryDelaySeconds: number;
  /** Consecutive failed deliveries after which a webhook is disabled and the office's heads told. */
  webhookMaxFailures: number;
  /** One webhook POST, connection to response headers, may take this long. */
  webhookTimeoutMs: number;
}

/**
 * An SMTP_ALLOWED_HOSTS or WEBHOOK_ALLOWED_HOSTS entry: `host` (SMTP: on the allowed ports;
 * webhooks: any port), `host:port`, or `host:*` (any port).
 */
export interface SmtpAllowedHost {
  /** Lower case; an IPv6 address without its brackets. */
  host: string;
  /** Unset: the ports of SMTP_ALLOWED_PORTS. */
  port?: number | '*';
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Invalid configuration: ${variable} ${problem}`);
  }
}

type Env = Record<string, string | undefined>;

function text(env: Env, name: string, fallback: string): string {
  const value = env[name]?.trim();
  return value ? value : fallback;
}

function optional(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max)
    throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!allowed.includes(raw as T))
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['1', 'true', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'no'].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function queueName(env: Env, name: string, fallback: string): string {
  const value = text(env, name, fallback);
  if (!/^[\w.-]{1,50}$/.test(value))
    throw new ConfigError(name, 'must be 1-50 letters, digits, ".", "_" or "-"');
  return value;
}

function url(
  env: Env,
  name: string,
  fallback: string | undefined,
  protocols: string[],
): string | undefined {
  const raw = optional(env, name) ?? fallback;
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, 'must be an absolute URL');
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must use ${protocols.join(' or ')}`);
  }
  return raw.replace(/\/+$/, '');
}

/** `false` (default), `true`, a number of proxy hops, or a comma list of addresses, subnets and names (loopback, uniquelocal). */
function trustProxy(env: Env, name: string): boolean | number | string[] {
  const raw = env[name]?.trim();
  if (!raw || ['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  if (['true', 'yes'].includes(raw.toLowerCase())) return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  const entries = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  try {
    proxyaddr.compile(entries);
  } catch (error) {
    throw new ConfigError(
      name,
      `must be true, false, a number of hops or addresses and subnets: ${(error as Error).message}`,
    );
  }
  return entries;
}

function portList(env: Env, name: string, fallback: number[]): number[] {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const ports = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (
    !ports.length ||
    ports.some((port) => !/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535)
  ) {
    throw new ConfigError(name, `must be a comma list of ports (1-65535), got "${raw}"`);
  }
  return [...new Set(ports.map(Number))];
}

/** Comma list of `host`, `host:port` or `host:*`; an IPv6 address in brackets (`[::1]:2525`). */
function allowedHosts(env: Env, name: string): SmtpAllowedHost[] {
  const raw = env[name]?.trim();
  if (!raw) return [];
  return raw
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean)
    .map((entry) => {
      const match = /^(?:\[([0-9a-f:.]+)\]|([a-z0-9.-]+))(?::(\*|\d{1,5}))?$/.exec(entry);
      const host = match?.[1] ?? match?.[2];
      const portText = match?.[3];
      const port = portText === undefined ? undefined : portText === '*' ? '*' : Number(portText);
      if (host === undefined || (typeof port === 'number' && (port < 1 || port > 65535))) {
        throw new ConfigError(
          name,
          `must be a comma list of host, host:port or host:*, got "${entry}"`,
        );
      }
      return { host, ...(port === undefined ? {} : { port }) };
    });
}

export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = oneOf(
    env,
    'NODE_ENV',
    ['development', 'production', 'test'] as const,
    'development',
  );
  const port = integer(env, 'PORT', 4000, 0, 65535);
  const dataDir = path.resolve(text(env, 'DATA_DIR', '.data'));
  const databaseUrl = url(env, 'DATABASE_URL', undefined, ['postgres:', 'postgresql:']);
  if (nodeEnv === 'production' && !databaseUrl) {
    throw new ConfigError(
      'DATABASE_URL',
      'is required when NODE_ENV=production (the embedded database is for development)',
    );
  }
  const demoData = bool(env, 'DEMO_DATA', nodeEnv !== 'production');
  if (nodeEnv === 'production' && demoData) {
    throw new ConfigError('DEMO_DATA', 'cannot be enabled when NODE_ENV=production');
  }
  const demoPassword = text(env, 'DEMO_PASSWORD', 'demo1234');
  if (demoPassword.length < 8)
    throw new ConfigError('DEMO_PASSWORD', 'must be at least 8 characters long');
  const rawKey = optional(env, 'SECRET_KEY');
  const secretKey = rawKey ? parseSecretKey(rawKey) : undefined;
  if (secretKey === null)
    throw new ConfigError('SECRET_KEY', 'must be 32 bytes as 64 hex characters or base64');
  if (nodeEnv === 'production' && !secretKey)
    throw new ConfigError('SECRET_KEY', 'is required when NODE_ENV=production');
  const uploadMaxBytes = integer(
    env,
    'UPLOAD_MAX_BYTES',
    25 * 1024 * 1024,
    1024,
    1024 * 1024 * 1024,
  );
  const uploadQuotaBytes = integer(
    env,
    'UPLOAD_QUOTA_BYTES',
    Math.max(100 * 1024 * 1024, uploadMaxBytes),
    1024,
    2 ** 40,
  );
  if (uploadQuotaBytes < uploadMaxBytes)
    throw new ConfigError(
      'UPLOAD_QUOTA_BYTES',
      `must be at least UPLOAD_MAX_BYTES (${uploadMaxBytes}), or the largest allowed file could never be uploaded`,
    );
  const systemSmtpUrl = url(env, 'SYSTEM_SMTP_URL', undefined, ['smtp:', 'smtps:']);
  const systemMailFrom = optional(env, 'SYSTEM_MAIL_FROM');
  if (nodeEnv === 'production' && !systemSmtpUrl)
    throw new ConfigError(
      'SYSTEM_SMTP_URL',
      'is required when NODE_ENV=production (invitations and password resets are sent through it)',
    );
  if (nodeEnv === 'production' && !systemMailFrom)
    throw new ConfigError('SYSTEM_MAIL_FROM', 'is required when NODE_ENV=production');
  if (systemMailFrom !== undefined && !/^[^\r\n]*<?[^\s@<>]+@[^\s@<>]+>?$/.test(systemMailFrom))
    throw new ConfigError(
      'SYSTEM_MAIL_FROM',
      'must be an address, or a name and an address in angle brackets ("Ledgerpost <no-reply@example.pl>")',
    );
  const role = oneOf(env, 'ROLE', ['all', 'api', 'worker'] as const, 'all');
  const workers = integer(env, 'WORKERS', 4, 0, 64);
  if (role === 'worker' && workers === 0)
    throw new ConfigError(
      'WORKERS',
      'must be at least 1 when ROLE=worker (a worker process with no workers does nothing)',
    );
  return checkEmailTiming({
    env: nodeEnv,
    host: text(env, 'HOST', '0.0.0.0'),
    port,
    publicUrl: url(env, 'PUBLIC_URL', `http://localhost:${port}`, ['http:', 'https:'])!,
    databaseUrl,
    dbPoolMax: integer(env, 'DB_POOL_MAX', 10, 2, 200),
    dbStatementTimeoutMs: integer(env, 'DB_STATEMENT_TIMEOUT_MS', 15_000, 100, 3_600_000),
    dbAcquireTimeoutMs: integer(env, 'DB_ACQUIRE_TIMEOUT_MS', 5_000, 100, 600_000),
    role,
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 15_000, 3_000, 600_000),
    dataDir,
    embeddedPgPort: integer(env, 'EMBEDDED_PG_PORT', 54320, 1024, 65535),
    storageDir: path.resolve(text(env, 'STORAGE_DIR', path.join(dataDir, 'files'))),
    storage: oneOf(env, 'STORAGE', ['disk', 'postgres'] as const, 'disk'),
    uploadMaxBytes,
    uploadMinBytesPerSecond: integer(
      env,
      'UPLOAD_MIN_BYTES_PER_SECOND',
      10 * 1024,
      0,
      100 * 1024 * 1024,
    ),
    uploadRateWindowMs: integer(env, 'UPLOAD_RATE_WINDOW_SECONDS', 20, 1, 600) * 1000,
    uploadQuotaBytes,
    uploadsPerMinute: integer(env, 'UPLOADS_PER_MINUTE', 30, 1, 10_000),
    apiTokenRequestsPerMinute: integer(env, 'API_TOKEN_REQUESTS_PER_MINUTE', 600, 1, 1_000_000),
    uploadOrphanHours: integer(env, 'UPLOAD_ORPHAN_HOURS', 24, 1, 24 * 365),
    sessionTtlHours: integer(env, 'SESSION_TTL_HOURS', 24 * 7, 1, 24 * 365),
    loginMaxFailures: integer(env, 'LOGIN_MAX_FAILURES', 5, 1, 1000),
    loginMaxFailuresPerSource: integer(env, 'LOGIN_MAX_FAILURES_PER_SOURCE', 20, 1, 100_000),
    loginWindowSeconds: integer(env, 'LOGIN_WINDOW_SECONDS', 900, 1, 86_400),
    passwordResetMaxPerSource: integer(env, 'PASSWORD_RESET_MAX_PER_SOURCE', 20, 1, 100_000),
    passwordResetMaxPerEmail: integer(env, 'PASSWORD_RESET_MAX_PER_EMAIL', 5, 1, 1000),
    signupMaxPerHour: integer(env, 'SIGNUP_MAX_PER_HOUR', 20, 1, 100_000),
    invitationTtlHours: integer(env, 'INVITATION_TTL_HOURS', 168, 1, 24 * 90),
    passwordHashConcurrency: integer(env, 'PASSWORD_HASH_CONCURRENCY', 2, 1, 64),
    passwordHashQueue: integer(env, 'PASSWORD_HASH_QUEUE', 32, 0, 10_000),
    trustProxy: trustProxy(env, 'TRUST_PROXY'),
    demoData,
    demoPassword,
    redisUrl: url(env, 'REDIS_URL', undefined, ['redis:', 'rediss:']),
    logLevel: oneOf(
      env,
      'LOG_LEVEL',
      ['error', 'warn', 'info', 'debug', 'silent'] as const,
      nodeEnv === 'test' ? 'warn' : 'info',
    ),
    maxQueryDepth: integer(env, 'MAX_QUERY_DEPTH', 10, 3, 50),
    maxQueryAliases: integer(env, 'MAX_QUERY_ALIASES', 30, 0, 1000),
    maxQueryRootFields: integer(env, 'MAX_QUERY_ROOT_FIELDS', 20, 1, 1000),
    maxQueryTokens: integer(env, 'MAX_QUERY_TOKENS', 2000, 100, 1_000_000),
    maxQueryCost: integer(env, 'MAX_QUERY_COST', 20_000, 100, 10_000_000),
    introspection: oneOf(
      env,
      'INTROSPECTION',
      ['off', 'authenticated', 'on'] as const,
      nodeEnv === 'production' ? 'authenticated' : 'on',
    ),
    wsMaxPayloadBytes: integer(env, 'WS_MAX_PAYLOAD_BYTES', 64 * 1024, 1024, 100 * 1024 * 1024),
    wsMaxSubscriptionsPerSocket: integer(env, 'WS_MAX_SUBSCRIPTIONS', 50, 1, 10_000),
    wsMaxSocketsPerSession: integer(env, 'WS_MAX_SOCKETS_PER_SESSION', 10, 1, 1000),
    subscriptionBuffer: integer(env, 'SUBSCRIPTION_BUFFER', 200, 10, 10_000),
    secretKey,
    // An API process runs no email workers, whatever WORKERS says.
    workers: role === 'api' ? 0 : workers,
    emailRetryLimit: integer(env, 'EMAIL_RETRY_LIMIT', 6, 0, 50),
    emailRetryDelaySeconds: integer(env, 'EMAIL_RETRY_DELAY_SECONDS', 30, 1, 3600),
    smtpTimeoutMs: integer(env, 'SMTP_TIMEOUT_MS', 15_000, 100, 300_000),
    smtpPool: bool(env, 'SMTP_POOL', true),
    smtpPoolSize: integer(env, 'SMTP_POOL_SIZE', 3, 1, 50),
    emailJobExpireSeconds: integer(env, 'EMAIL_JOB_EXPIRE_SECONDS', 300, 1, 86_400),
    devSmtpPort: integer(env, 'DEV_SMTP_PORT', 2525, 0, 65535),
    smtpAllowedHosts: allowedHosts(env, 'SMTP_ALLOWED_HOSTS'),
    smtpAllowedPorts: portList(env, 'SMTP_ALLOWED_PORTS', [25, 465, 587, 2525]),
    smtpTestsPerHour: integer(env, 'SMTP_TESTS_PER_HOUR', 10, 1, 10_000),
    systemSmtpUrl,
    systemMailFrom: systemMailFrom ?? 'Ledgerpost <no-reply@ledgerpost.localhost>',
    alertDelaySeconds: integer(env, 'ALERT_DELAY_SECONDS', 60, 0, 7 * 86_400),
    alertSweepSeconds: integer(env, 'ALERT_SWEEP_SECONDS', 15, 0, 3600),
    alertDigestHour: integer(env, 'ALERT_DIGEST_HOUR', 7, 0, 23),
    webhookAllowedHosts: allowedHosts(env, 'WEBHOOK_ALLOWED_HOSTS'),
    webhookRetryDelaySeconds: integer(env, 'WEBHOOK_RETRY_DELAY_SECONDS', 30, 1, 86_400),
    webhookMaxFailures: integer(env, 'WEBHOOK_MAX_FAILURES', 8, 1, 100),
    webhookTimeoutMs: integer(env, 'WEBHOOK_TIMEOUT_MS', 10_000, 100, 60_000),
    emailQueue: queueName(env, 'EMAIL_QUEUE', 'email-delivery'),
    scheduledSendPollMs: integer(env, 'SCHEDULED_SEND_POLL_MS', 2000, 500, 60_000),
    clientDir: path.resolve(text(env, 'CLIENT_DIR', 'dist/client')),
  });
}

/** Time a lease keeps after its last SMTP transaction must have ended, to record the outcome. */
export const LEASE_MARGIN_MS = 2000;
/** SMTP timeouts a lease covers at least: a slow greeting, a slow answer to DATA, and one spare. */
export const LEASE_MIN_SMTP_TIMEOUTS = 3;

/**
 * A lease shorter than a few SMTP timeouts would end while a slow but working server is still
 * answering, and another worker would send the same email again.
 */
export function checkEmailTiming<T extends Pick<Config, 'emailJobExpireSeconds' | 'smtpTimeoutMs'>>(
  config: T,
): T {
  const minimum = Math.ceil(
    (LEASE_MIN_SMTP_TIMEOUTS * config.smtpTimeoutMs + LEASE_MARGIN_MS) / 1000,
  );
  if (config.emailJobExpireSeconds < minimum) {
    throw new ConfigError(
      'EMAIL_JOB_EXPIRE_SECONDS',
      `must be at least ${minimum} (${LEASE_MIN_SMTP_TIMEOUTS} × SMTP_TIMEOUT_MS of ${config.smtpTimeoutMs} ms, plus ${LEASE_MARGIN_MS / 1000} s), got ${config.emailJobExpireSeconds}`,
    );
  }
  return config;
}
