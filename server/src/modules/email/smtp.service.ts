import type { EntityManager } from '@mikro-orm/postgresql';
import type { Transporter } from 'nodemailer';
import type { Config } from '../../config.js';
import type { Scope } from '../../core/context.js';
import { BadUserInputError, PreconditionFailedError } from '../../core/errors.js';
import type { Logger } from '../../core/logger.js';
import type { SecretBox } from '../../core/secret-box.js';
import { requireEmail, requireText } from '../../core/validation.js';
import type { StaffActor } from '../company/company.policy.js';
import type { SmtpIntegrationInput } from './email.types.js';
import { SmtpIntegration } from './smtp-integration.entity.js';
import { createTransport, describeSmtpError } from './smtp.js';

const hostPattern = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$|^\d{1,3}(\.\d{1,3}){3}$|^\[[0-9a-f:]+\]$/i;

/** Each office's SMTP server: its settings (password sealed), a test, and a pooled transport. */
export class SmtpService {
  private readonly pools = new Map<string, { version: number; transport: Transporter }>();

  constructor(
    private readonly box: SecretBox,
    private readonly config: Config,
    private readonly logger: Logger,
  ) {}

  find(em: EntityManager, officeId: string): Promise<SmtpIntegration | null> {
    return em.findOne(SmtpIntegration, { office: officeId });
  }

  async update({ em, actor }: Scope, input: SmtpIntegrationInput): Promise<SmtpIntegration> {
    const officeId = (actor as StaffActor).officeId;
    const host = requireText(input.host, 'host', 253).toLowerCase();
    if (!hostPattern.test(host)) throw new BadUserInputError('host is not a valid host name or IP address.', 'host');
    if (!Number.isInteger(input.port) || input.port < 1 || input.port > 65535) throw new BadUserInputError('port must be between 1 and 65535.', 'port');
    const username = input.username?.trim() || undefined;
    if (username && username.length > 255) throw new BadUserInputError('username is too long.', 'username');
    if (input.password && input.password.length > 1000) throw new BadUserInputError('password is too long.', 'password');
    const fromAddress = requireEmail(input.fromAddress, 'fromAddress');
    const fromName = input.fromName?.trim() || undefined;
    if (fromName && (fromName.length > 200 || /[\r\n]/.test(fromName))) throw new BadUserInputError('fromName must be one line of at most 200 characters.', 'fromName');

    const integration = (await this.find(em, officeId)) ?? em.create(SmtpIntegration, { office: officeId } as never);
    Object.assign(integration, { host, port: input.port, security: input.security, username, fromAddress, fromName });
    if (input.password !== undefined && input.password !== null) {
      integration.passwordEncrypted = input.password === '' ? undefined : this.box.seal(input.password);
    }
    // New settings have not been tested yet.
    integration.lastTestedAt = undefined;
    integration.lastTestOk = undefined;
    integration.lastTestError = undefined;
    await em.flush();
    this.dropPool(officeId);
    this.logger.info('smtp integration updated', { officeId, host, port: input.port, security: input.security });
    return integration;
  }

  /**
   * Connects and authenticates with a timeout, sends nothing. Records and returns whether it
   * worked; the reason of a failure is in `lastTestError`.
   */
  async test({ em, actor }: Scope): Promise<boolean> {
    const officeId = (actor as StaffActor).officeId;
    const integration = await this.find(em, officeId);
    if (!integration) throw new PreconditionFailedError('The office has no SMTP integration yet.', ['SMTP_NOT_CONFIGURED']);
    const transport = createTransport(this.settingsOf(integration), this.config.smtpTimeoutMs, false);
    try {
      await transport.verify();
      Object.assign(integration, { lastTestOk: true, lastTestError: undefined });
    } catch (error) {
      Object.assign(integration, { lastTestOk: false, lastTestError: describeSmtpError(error, integration) });
    } finally {
      transport.close();
    }
    integration.lastTestedAt = new Date();
    await em.flush();
    return integration.lastTestOk!;
  }

  settingsOf(integration: SmtpIntegration) {
    return {
      host: integration.host,
      port: integration.port,
      security: integration.security,
      username: integration.username,
      password: integration.passwordEncrypted ? this.box.open(integration.passwordEncrypted) : undefined,
    };
  }

  /**
   * Sends one email through the office's server: on its pooled transport (kept open across emails,
   * rebuilt when the settings change), or with SMTP_POOL=false on a connection of its own.
   */
  async send(integration: SmtpIntegration, mail: Parameters<Transporter['sendMail']>[0]) {
    if (this.config.smtpPool) return this.pooledTransport(integration).sendMail(mail);
    const transport = createTransport(this.settingsOf(integration), this.config.smtpTimeoutMs, false);
    try {
      return await transport.sendMail(mail);
    } finally {
      transport.close();
    }
  }

  private pooledTransport(integration: SmtpIntegration): Transporter {
    const officeId = integration.office.id;
    const version = integration.updatedAt.getTime();
    const cached = this.pools.get(officeId);
    if (cached && cached.version === version) return cached.transport;
    cached?.transport.close();
    const transport = createTransport(this.settingsOf(integration), this.config.smtpTimeoutMs, true);
    this.pools.set(officeId, { version, transport });
    return transport;
  }

  /** Closes the office's pool; `force` also cuts connections in the middle of a message. */
  dropPool(officeId: string, force = false): void {
    const transport = this.pools.get(officeId)?.transport as { close(options?: { force?: boolean }): void } | undefined;
    transport?.close({ force });
    this.pools.delete(officeId);
  }

  close(force = false): void {
    for (const officeId of [...this.pools.keys()]) this.dropPool(officeId, force);
  }
}

/** An office that may send email: VERIFIED with an SMTP integration; otherwise which is missing. */
export function emailPreconditions(verification: string, smtp: SmtpIntegration | null): string[] {
  const missing: string[] = [];
  if (verification !== 'VERIFIED') missing.push('OFFICE_NOT_VERIFIED');
  if (!smtp) missing.push('SMTP_NOT_CONFIGURED');
  return missing;
}

