import { setTimeout as sleep } from 'node:timers/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Redis } from 'ioredis';
import type { Transporter } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer/index.js';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../../config.js';
import {
  BadUserInputError,
  PreconditionFailedError,
  TooManyRequestsError,
} from '../../core/errors.js';
import type { Logger } from '../../core/logger.js';
import { createRateLimiter, retryAfterSeconds } from '../../core/rate-limit.js';
import type { StaffScope } from '../../core/scope.js';
import type { SecretBox } from '../../core/secret-box.js';
import { requireEmail, requireText } from '../../core/validation.js';
import { Office, OfficeVerification } from '../office/office.entity.js';
import type { SmtpIntegrationInput } from './email.types.js';
import {
  createTransport,
  type SmtpTestFailure,
  testFailureMessages,
  testFailureOf,
} from './smtp.js';
import { SmtpChange } from './smtp-change.entity.js';
import { SmtpDestinationRefused, SmtpDestinations } from './smtp-destination.js';
import { SmtpIntegration, type SmtpSecurity } from './smtp-integration.entity.js';

const hostPattern =
  /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$|^\d{1,3}(\.\d{1,3}){3}$|^\[[0-9a-f:]+\]$/i;

/** An office's SMTP account as read right before a transaction (the password still sealed). */
export interface SmtpAccount {
  officeId: string;
  host: string;
  port: number;
  security: SmtpSecurity;
  username?: string | null;
  passwordEncrypted?: string | null;
  fromAddress: string;
  fromName?: string | null;
}

type SmtpSettingsRow = Pick<
  SmtpAccount,
  'host' | 'port' | 'security' | 'username' | 'passwordEncrypted'
>;

/** One office's SMTP traffic in this process: its transactions now, those waiting, its pool. */
interface OfficeLine {
  busy: number;
  waiting: Array<() => void>;
  /**
   * Settings that have logged in from here. Until they have, one transaction at a time, which logs
   * in before it sends: refused credentials cost one login, not one per free connection.
   */
  provenKey?: string;
  pool?: { key: string; transport: Transporter<SMTPTransport.SentMessageInfo> };
}

/** The right to one SMTP transaction with an office's server; released when it is over. */
export interface SmtpSlot {
  /** Sends one email; `signal` cuts the transaction off (the connection is closed). */
  send(
    account: SmtpAccount,
    mail: Mail.Options,
    signal: AbortSignal,
  ): Promise<SMTPTransport.SentMessageInfo>;
  release(): void;
}

/** Each office's SMTP server: its settings (password sealed), a test, and its connections. */
export class SmtpService {
  private readonly lines = new Map<string, OfficeLine>();
  /** Where offices' servers may be; every connection goes through it. */
  readonly destinations: SmtpDestinations;
  private readonly testLimiter: RateLimiterAbstract;

  constructor(
    private readonly box: SecretBox,
    private readonly config: Config,
    private readonly logger: Logger,
    redis?: Redis,
  ) {
    this.destinations = new SmtpDestinations(config);
    this.testLimiter = createRateLimiter(
      { name: 'smtp-test', points: config.smtpTestsPerHour, windowSeconds: 3600 },
      redis,
    );
  }

  find(em: EntityManager, officeId: string): Promise<SmtpIntegration | null> {
    return em.findOne(SmtpIntegration, { office: officeId });
  }

  async update({ em, actor }: StaffScope, input: SmtpIntegrationInput): Promise<SmtpIntegration> {
    const { officeId } = actor;
    const host = requireText(input.host, 'host', 253).toLowerCase();
    if (!hostPattern.test(host))
      throw new BadUserInputError('host is not a valid host name or IP address.', 'host');
    if (!Number.isInteger(input.port) || input.port < 1 || input.port > 65535)
      throw new BadUserInputError('port must be between 1 and 65535.', 'port');
    const username = input.username?.trim() || undefined;
    if (username && username.length > 255)
      throw new BadUserInputError('username is too long.', 'username');
    if (input.password && input.password.length > 1000)
      throw new BadUserInputError('password is too long.', 'password');
    const fromAddress = requireEmail(input.fromAddress, 'fromAddress');
    const fromName = input.fromName?.trim() || undefined;
    if (fromName && (fromName.length > 200 || /[\r\n]/.test(fromName)))
      throw new BadUserInputError(
        'fromName must be one line of at most 200 characters.',
        'fromName',
      );
    await this.vetDestination(host, input.port);

    const existing = await this.find(em, officeId);
    const previous = existing
      ? { host: existing.host, port: existing.port, username: existing.username }
      : undefined;
    const settings = {
      host,
      port: input.port,
      security: input.security,
      username,
      fromAddress,
      fromName,
    };
    const integration = existing
      ? Object.assign(existing, settings)
      : em.create(SmtpIntegration, { office: officeId, ...settings });
    if (input.password !== undefined && input.password !== null) {
      integration.passwordEncrypted =
        input.password === '' ? undefined : this.box.seal(input.password);
    }
    // New settings have not been tested yet, and have had no login refused.
    integration.lastTestedAt = undefined;
    integration.lastTestOk = undefined;
    integration.lastTestError = undefined;
    integration.loginRejections = 0;
    integration.loginRejectedError = undefined;
    const moved =
      !previous ||
      previous.host !== host ||
      previous.port !== input.port ||
      (previous.username ?? null) !== (username ?? null);
    // Where the office's email goes is the platform admin's concern: each new server is kept for them.
    const verification = moved
      ? (await em.findOneOrFail(Office, officeId)).verification
      : undefined;
    if (verification) {
      em.create(SmtpChange, {
        office: officeId,
        verification,
        changedBy: actor.userId,
        previousHost: previous?.host,
        previousPort: previous?.port,
        previousUsername: previous?.username,
        host,
        port: input.port,
        username,
      });
    }
    await em.flush();
    this.dropPool(officeId);
    if (verification === OfficeVerification.VERIFIED)
      this.logger.warn('smtp server of a verified office changed', {
        officeId,
        host,
        port: input.port,
      });
    else
      this.logger.info('smtp integration updated', {
        officeId,
        host,
        port: input.port,
        security: input.security,
      });
    return integration;
  }

  /** The port, and the host's addresses as DNS gives them now; checked again at every connection. */
  private async vetDestination(host: string, port: number): Promise<void> {
    try {
      await this.destinations.vet(host, port, Math.min(this.config.smtpTimeoutMs, 5000));
    } catch (error) {
      if (!(error instanceof SmtpDestinationRefused)) throw error;
      if (error.refusal === 'port') {
        const ports = this.config.smtpAllowedPorts.join(', ');
        throw new BadUserInputError(
          `port must be one mail servers take email on (${ports}).`,
          'port',
        );
      }
      throw new BadUserInputError(
        'host must be a mail server on the public internet: it is not, or does not resolve to, a public address.',
        'host',
      );
    }
  }

  /**
   * Connects and authenticates, sends nothing. Records and returns whether it worked; a failure is
   * only "could not connect", "refused the login" or "TLS failed" (`lastTestError`), and "could not
   * connect" always comes SMTP_TIMEOUT_MS after the test began, whether the port refused, dropped
   * or never answered: neither the words nor the time tell a port's state. A login that works
   * clears refused ones (the password may have been fixed on the server's side). SMTP_TESTS_PER_HOUR
   * per office.
   */
  async test({ em, actor }: StaffScope): Promise<boolean> {
    const { officeId } = actor;
    const integration = await this.find(em, officeId);
    if (!integration)
      throw new PreconditionFailedError('The office has no SMTP integration yet.', [
        'SMTP_NOT_CONFIGURED',
      ]);
    await this.spendTest(officeId);
    const timeoutMs = this.config.smtpTimeoutMs;
    const started = Date.now();
    const failure = await this.tryLogin(this.settingsOf(integration), timeoutMs);
    if (failure === 'connect') await sleep(Math.max(0, started + timeoutMs - Date.now()));
    if (failure)
      Object.assign(integration, {
        lastTestOk: false,
        lastTestError: testFailureMessages[failure],
      });
    else
      Object.assign(integration, {
        lastTestOk: true,
        lastTestError: undefined,
        loginRejections: 0,
        loginRejectedError: undefined,
      });
    integration.lastTestedAt = new Date();
    await em.flush();
    return integration.lastTestOk!;
  }

  private async spendTest(officeId: string): Promise<void> {
    try {
      await this.testLimiter.consume(officeId);
    } catch (rejection) {
      const retryAfter = retryAfterSeconds(rejection);
      if (retryAfter === null) throw rejection;
      throw new TooManyRequestsError(
        `Too many connection tests for this office. Try again in ${retryAfter} s.`,
        retryAfter,
      );
    }
  }

  /** One login without sending, over within `timeoutMs` whatever the server does; what failed, or null. */
  private async tryLogin(
    settings: ReturnType<SmtpService['settingsOf']>,
    timeoutMs: number,
  ): Promise<SmtpTestFailure | null> {
    const transport = createTransport(settings, this.destinations, timeoutMs, false);
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        transport.verify(),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(Object.assign(new Error('Test timeout'), { code: 'ETIMEDOUT' })),
            timeoutMs,
          );
        }),
      ]);
      return null;
    } catch (error) {
      return testFailureOf(error);
    } finally {
      clearTimeout(timer);
      transport.close();
    }
  }

  settingsOf(account: SmtpSettingsRow) {
    return {
      host: account.host,
      port: account.port,
      security: account.security,
      username: account.username,
      password: account.passwordEncrypted ? this.box.open(account.passwordEncrypted) : undefined,
    };
  }

  /**
   * Waits for the right to start an SMTP transaction with the office's server: at most
   * SMTP_POOL_SIZE at once (one while its settings have not logged in yet), first come first
   * served. Rejects when `signal` aborts first. Nothing waits inside a transport, so an email is
   * never sent after its worker stopped waiting for it.
   */
  acquire(officeId: string, signal: AbortSignal): Promise<SmtpSlot> {
    const officeLine = this.lines.get(officeId) ?? { busy: 0, waiting: [] };
    this.lines.set(officeId, officeLine);
    return new Promise<SmtpSlot>((resolve, reject) => {
      const onAbort = () => {
        const index = officeLine.waiting.indexOf(grant);
        if (index >= 0) officeLine.waiting.splice(index, 1);
        reject(
          signal.reason instanceof Error
            ? signal.reason
            : new Error('No SMTP connection became free in time.'),
        );
      };
      const grant = () => {
        signal.removeEventListener('abort', onAbort);
        officeLine.busy += 1;
        resolve(this.slotOf(officeId, officeLine));
      };
      if (signal.aborted) return onAbort();
      if (!officeLine.waiting.length && officeLine.busy < this.limitOf(officeLine)) return grant();
      officeLine.waiting.push(grant);
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  private limitOf(line: OfficeLine): number {
    return line.provenKey ? this.config.smtpPoolSize : 1;
  }

  private admit(line: OfficeLine): void {
    while (line.waiting.length && line.busy < this.limitOf(line)) line.waiting.shift()?.();
  }

  private slotOf(officeId: string, line: OfficeLine): SmtpSlot {
    let released = false;
    return {
      send: async (account, mail, signal) => {
        const key = settingsKey(account);
        if (line.provenKey !== key) {
          // The only transaction while the settings are unproven: log in once without sending, so
          // refused credentials cost one login and, when they work, the others start at once.
          line.provenKey = undefined;
          if (account.username) await this.verify(account);
          line.provenKey = key;
          this.admit(line);
        }
        return this.transmit(line, account, key, { ...mail, signal } as Mail.Options);
      },
      release: () => {
        if (released) return;
        released = true;
        line.busy -= 1;
        this.admit(line);
        if (!line.busy && !line.waiting.length && !line.pool) this.lines.delete(officeId);
      },
    };
  }

  private async verify(account: SmtpAccount): Promise<void> {
    const transport = createTransport(
      this.settingsOf(account),
      this.destinations,
      this.config.smtpTimeoutMs,
      false,
    );
    try {
      await transport.verify();
    } finally {
      transport.close();
    }
  }

  /**
   * One email over the office's pooled transport (kept open across emails, rebuilt when the
   * settings change), or with SMTP_POOL=false over a connection of its own.
   */
  private async transmit(
    line: OfficeLine,
    account: SmtpAccount,
    key: string,
    mail: Mail.Options,
  ): Promise<SMTPTransport.SentMessageInfo> {
    if (!this.config.smtpPool) {
      const transport = createTransport(
        this.settingsOf(account),
        this.destinations,
        this.config.smtpTimeoutMs,
        false,
      );
      try {
        return await transport.sendMail(mail);
      } finally {
        transport.close();
      }
    }
    if (line.pool?.key !== key) {
      line.pool?.transport.close();
      line.pool = {
        key,
        transport: createTransport(
          this.settingsOf(account),
          this.destinations,
          this.config.smtpTimeoutMs,
          true,
          this.config.smtpPoolSize,
        ),
      };
    }
    return line.pool.transport.sendMail(mail);
  }

  /** Closes the office's pool; `force` also cuts connections in the middle of a message. */
  dropPool(officeId: string, force = false): void {
    const line = this.lines.get(officeId);
    if (!line) return;
    (line.pool?.transport as { close(options?: { force?: boolean }): void } | undefined)?.close({
      force,
    });
    line.pool = undefined;
    line.provenKey = undefined;
    if (!line.busy && !line.waiting.length) this.lines.delete(officeId);
  }

  close(force = false): void {
    for (const officeId of [...this.lines.keys()]) this.dropPool(officeId, force);
  }
}

/** Settings that make a different SMTP account: another pool, and a fresh count of refused logins. */
function settingsKey(account: SmtpSettingsRow): string {
  return JSON.stringify([
    account.host,
    account.port,
    account.security,
    account.username ?? null,
    account.passwordEncrypted ?? null,
  ]);
}
