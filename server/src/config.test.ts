import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('has working defaults for development', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      port: 4000,
      databaseUrl: undefined,
      publicUrl: 'http://localhost:4000',
      uploadMaxBytes: 25 * 1024 * 1024,
      demoData: true,
      demoPassword: 'demo1234',
    });
    expect(config.dataDir).toBe(path.resolve('.data'));
    expect(config.storageDir).toBe(path.resolve('.data/files'));
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ PUBLIC_URL: 'ftp://example.com' }, 'PUBLIC_URL'],
    [{ UPLOAD_MAX_BYTES: '-5' }, 'UPLOAD_MAX_BYTES'],
    [{ DEMO_DATA: 'maybe' }, 'DEMO_DATA'],
    [{ DEMO_PASSWORD: 'short' }, 'DEMO_PASSWORD'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ REDIS_URL: 'http://localhost' }, 'REDIS_URL'],
    [{ NODE_ENV: 'production' }, 'DATABASE_URL'],
    [{ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x', DEMO_DATA: 'true' }, 'DEMO_DATA'],
    [{ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x' }, 'SECRET_KEY'],
    [
      { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x', SECRET_KEY: 'ab'.repeat(32) },
      'SYSTEM_SMTP_URL',
    ],
    [
      {
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://db/x',
        SECRET_KEY: 'ab'.repeat(32),
        SYSTEM_SMTP_URL: 'smtps://mailer:secret@smtp.example.pl:465',
      },
      'SYSTEM_MAIL_FROM',
    ],
    [{ SYSTEM_SMTP_URL: 'http://smtp.example.pl' }, 'SYSTEM_SMTP_URL'],
    [{ SYSTEM_SMTP_URL: 'smtp server' }, 'SYSTEM_SMTP_URL'],
    [{ SYSTEM_MAIL_FROM: 'nobody' }, 'SYSTEM_MAIL_FROM'],
    [{ SECRET_KEY: 'too-short' }, 'SECRET_KEY'],
    [{ WORKERS: '-1' }, 'WORKERS'],
    [{ EMAIL_QUEUE: 'bad name!' }, 'EMAIL_QUEUE'],
    [{ SMTP_TIMEOUT_MS: '5' }, 'SMTP_TIMEOUT_MS'],
    [{ ROLE: 'scheduler' }, 'ROLE'],
    [{ ROLE: 'worker', WORKERS: '0' }, 'WORKERS'],
    [{ SHUTDOWN_TIMEOUT_MS: '500' }, 'SHUTDOWN_TIMEOUT_MS'],
    [{ ALERT_DELAY_SECONDS: 'a minute' }, 'ALERT_DELAY_SECONDS'],
    [{ ALERT_SWEEP_SECONDS: '-5' }, 'ALERT_SWEEP_SECONDS'],
    [{ ALERT_DIGEST_HOUR: '24' }, 'ALERT_DIGEST_HOUR'],
    [{ DB_STATEMENT_TIMEOUT_MS: '5s' }, 'DB_STATEMENT_TIMEOUT_MS'],
    [{ DB_ACQUIRE_TIMEOUT_MS: '0' }, 'DB_ACQUIRE_TIMEOUT_MS'],
    [{ SMTP_POOL_SIZE: '0' }, 'SMTP_POOL_SIZE'],
    [{ TRUST_PROXY: 'the load balancer' }, 'TRUST_PROXY'],
    [{ LOGIN_WINDOW_SECONDS: '0' }, 'LOGIN_WINDOW_SECONDS'],
    [{ LOGIN_MAX_FAILURES_PER_SOURCE: 'many' }, 'LOGIN_MAX_FAILURES_PER_SOURCE'],
    [{ PASSWORD_HASH_CONCURRENCY: '0' }, 'PASSWORD_HASH_CONCURRENCY'],
    // A lease shorter than a few SMTP timeouts would let a second worker send while the first waits.
    [{ EMAIL_JOB_EXPIRE_SECONDS: '30' }, 'EMAIL_JOB_EXPIRE_SECONDS'],
    [{ SMTP_TIMEOUT_MS: '120000' }, 'EMAIL_JOB_EXPIRE_SECONDS'],
  ])('rejects %o naming %s', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as Error).message).toContain(variable);
  });

  it('never creates demo data in production', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://u:p@db:5432/ledgerpost',
      SECRET_KEY: 'ab'.repeat(32),
      SYSTEM_SMTP_URL: 'smtps://mailer:secret@smtp.example.pl:465',
      SYSTEM_MAIL_FROM: 'Ledgerpost <no-reply@example.pl>',
    });
    expect(config.demoData).toBe(false);
    expect(config.systemSmtpUrl).toBe('smtps://mailer:secret@smtp.example.pl:465');
    expect(config.systemMailFrom).toBe('Ledgerpost <no-reply@example.pl>');
    expect(config.secretKey).toEqual(Buffer.from('ab'.repeat(32), 'hex'));
    expect(config.publicUrl).toBe('http://localhost:4000');
  });

  it('alerts a minute after an unread message, sweeps every 15 s, digests at 7:00 by default', () => {
    expect(loadConfig({})).toMatchObject({
      alertDelaySeconds: 60,
      alertSweepSeconds: 15,
      alertDigestHour: 7,
    });
    expect(
      loadConfig({ ALERT_DELAY_SECONDS: '300', ALERT_SWEEP_SECONDS: '0', ALERT_DIGEST_HOUR: '8' }),
    ).toMatchObject({ alertDelaySeconds: 300, alertSweepSeconds: 0, alertDigestHour: 8 });
  });

  it('accepts a lease of three SMTP timeouts plus the margin', () => {
    expect(loadConfig({ SMTP_TIMEOUT_MS: '10000', EMAIL_JOB_EXPIRE_SECONDS: '32' })).toMatchObject({
      smtpTimeoutMs: 10_000,
      emailJobExpireSeconds: 32,
    });
  });

  it('runs the API and the workers by default, the API alone with ROLE=api', () => {
    expect(loadConfig({})).toMatchObject({
      role: 'all',
      workers: 4,
      shutdownTimeoutMs: 15_000,
      dbStatementTimeoutMs: 15_000,
      dbAcquireTimeoutMs: 5_000,
    });
    expect(loadConfig({ ROLE: 'api', WORKERS: '8' })).toMatchObject({ role: 'api', workers: 0 });
    expect(loadConfig({ ROLE: 'worker', WORKERS: '2' })).toMatchObject({
      role: 'worker',
      workers: 2,
    });
  });

  it('trusts no proxy by default; TRUST_PROXY takes true, a hop count or addresses and subnets', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8 ,fd00::/8' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      'fd00::/8',
    ]);
  });

  it('strips a trailing slash from PUBLIC_URL', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://biuro.example.pl/' }).publicUrl).toBe(
      'https://biuro.example.pl',
    );
  });

  it('keeps files on disk by default, and reads the minimum upload rate', () => {
    expect(loadConfig({})).toMatchObject({
      storage: 'disk',
      uploadMinBytesPerSecond: 10 * 1024,
      uploadRateWindowMs: 20_000,
    });
    expect(
      loadConfig({
        STORAGE: 'postgres',
        UPLOAD_MIN_BYTES_PER_SECOND: '0',
        UPLOAD_RATE_WINDOW_SECONDS: '5',
      }),
    ).toMatchObject({
      storage: 'postgres',
      uploadMinBytesPerSecond: 0,
      uploadRateWindowMs: 5000,
    });
    for (const [env, variable] of [
      [{ STORAGE: 'nfs' }, 'STORAGE'],
      [{ UPLOAD_MIN_BYTES_PER_SECOND: 'fast' }, 'UPLOAD_MIN_BYTES_PER_SECOND'],
      [{ UPLOAD_RATE_WINDOW_SECONDS: '0' }, 'UPLOAD_RATE_WINDOW_SECONDS'],
      [{ UPLOAD_RATE_WINDOW_SECONDS: '3600' }, 'UPLOAD_RATE_WINDOW_SECONDS'],
    ] as const) {
      expect(() => loadConfig(env), variable).toThrow(
        new RegExp(`^Invalid configuration: ${variable} `),
      );
    }
  });

  it('allows no private SMTP host by default, mail ports only, and reads SMTP_ALLOWED_HOSTS entries with their ports', () => {
    expect(loadConfig({})).toMatchObject({
      smtpAllowedHosts: [],
      smtpAllowedPorts: [25, 465, 587, 2525],
      smtpTestsPerHour: 10,
    });
    expect(
      loadConfig({
        SMTP_ALLOWED_HOSTS: 'Mail.Dev.Local, 127.0.0.1:*, [::1]:1025',
        SMTP_ALLOWED_PORTS: '587, 2587',
        SMTP_TESTS_PER_HOUR: '3',
      }),
    ).toMatchObject({
      smtpAllowedHosts: [
        { host: 'mail.dev.local' },
        { host: '127.0.0.1', port: '*' },
        { host: '::1', port: 1025 },
      ],
      smtpAllowedPorts: [587, 2587],
      smtpTestsPerHour: 3,
    });
    for (const [env, variable] of [
      [{ SMTP_ALLOWED_HOSTS: 'mail.dev.local:70000' }, 'SMTP_ALLOWED_HOSTS'],
      [{ SMTP_ALLOWED_HOSTS: 'http://mail.dev.local' }, 'SMTP_ALLOWED_HOSTS'],
      [{ SMTP_ALLOWED_PORTS: '25,smtp' }, 'SMTP_ALLOWED_PORTS'],
      [{ SMTP_ALLOWED_PORTS: '0' }, 'SMTP_ALLOWED_PORTS'],
      [{ SMTP_TESTS_PER_HOUR: '0' }, 'SMTP_TESTS_PER_HOUR'],
    ] as const) {
      expect(() => loadConfig(env), variable).toThrow(
        new RegExp(`^Invalid configuration: ${variable} `),
      );
    }
  });
  it('allows no private webhook host by default, retries after 30 s doubling, disables after 8 failures', () => {
    expect(loadConfig({})).toMatchObject({
      webhookAllowedHosts: [],
      webhookRetryDelaySeconds: 30,
      webhookMaxFailures: 8,
      webhookTimeoutMs: 10_000,
    });
    expect(
      loadConfig({
        WEBHOOK_ALLOWED_HOSTS: 'Hooks.Dev.Local, 127.0.0.1:8080',
        WEBHOOK_RETRY_DELAY_SECONDS: '2',
        WEBHOOK_MAX_FAILURES: '3',
        WEBHOOK_TIMEOUT_MS: '500',
      }),
    ).toMatchObject({
      webhookAllowedHosts: [{ host: 'hooks.dev.local' }, { host: '127.0.0.1', port: 8080 }],
      webhookRetryDelaySeconds: 2,
      webhookMaxFailures: 3,
      webhookTimeoutMs: 500,
    });
    for (const [env, variable] of [
      [{ WEBHOOK_ALLOWED_HOSTS: 'https://hooks.dev.local' }, 'WEBHOOK_ALLOWED_HOSTS'],
      [{ WEBHOOK_RETRY_DELAY_SECONDS: '0' }, 'WEBHOOK_RETRY_DELAY_SECONDS'],
      [{ WEBHOOK_MAX_FAILURES: '0' }, 'WEBHOOK_MAX_FAILURES'],
      [{ WEBHOOK_TIMEOUT_MS: '10' }, 'WEBHOOK_TIMEOUT_MS'],
    ] as const) {
      expect(() => loadConfig(env), variable).toThrow(
        new RegExp(`^Invalid configuration: ${variable} `),
      );
    }
  });
});
