import type { Scope } from '../../core/context.js';
import { NotFoundError } from '../../core/errors.js';
import type { Logger } from '../../core/logger.js';
import { isId } from '../../core/pagination.js';
import type { AdminScope } from '../../core/scope.js';
import { Role, User } from '../auth/user.entity.js';
import type { SmtpChange } from '../email/smtp-change.entity.js';
import type { SmtpIntegration } from '../email/smtp-integration.entity.js';
import { Office, OfficeVerification } from './office.entity.js';
import { canAuditOffice, canManageOffice } from './office.policy.js';

/** Offices as the platform admin runs them, and what each viewer sees of one. */
export class OfficeService {
  constructor(private readonly logger: Logger) {}

  /** Every office, by name. */
  list({ em }: AdminScope): Promise<Office[]> {
    return em.find(Office, {}, { orderBy: { name: 'asc', id: 'asc' } });
  }

  /** Verifies an office (or takes the verification back): what lets it send email. */
  async setVerification(
    { em }: AdminScope,
    officeId: string,
    status: OfficeVerification,
  ): Promise<Office> {
    const office = isId(officeId) ? await em.findOne(Office, officeId) : null;
    if (!office) throw new NotFoundError('Office', officeId);
    office.verification = status;
    await em.flush();
    this.logger.info('office verification set', { officeId, status });
    return office;
  }

  async smtpConfigured({ loaders }: Scope, office: Office): Promise<boolean> {
    return (await loaders.smtpIntegration.load(office.id)) !== null;
  }

  /** VERIFIED and SMTP configured: the MESSAGES (email) action is available. */
  async canSendEmail(scope: Scope, office: Office): Promise<boolean> {
    return (
      office.verification === OfficeVerification.VERIFIED &&
      (await this.smtpConfigured(scope, office))
    );
  }

  /** The office's caretakers, by name, for its head; empty for everyone else. */
  async caretakers({ em, actor }: Scope, office: Office): Promise<User[]> {
    if (!canManageOffice(actor, office.id)) return [];
    return em.find(
      User,
      { office: office.id, role: Role.CARETAKER },
      { orderBy: { name: 'asc', id: 'asc' } },
    );
  }

  /** The office's SMTP settings, for its head; null for everyone else. */
  async smtpIntegration(
    { actor, loaders }: Scope,
    office: Office,
  ): Promise<SmtpIntegration | null> {
    if (!canManageOffice(actor, office.id)) return null;
    return loaders.smtpIntegration.load(office.id);
  }

  /** Where the office's email has gone, for the platform admin; empty for everyone else. */
  async smtpChanges({ actor, loaders }: Scope, office: Office): Promise<SmtpChange[]> {
    if (!canAuditOffice(actor)) return [];
    return loaders.smtpChanges.load(office.id);
  }

  /** When the SMTP server last changed while the office was VERIFIED, for the platform admin. */
  async smtpChangedAt({ actor, loaders }: Scope, office: Office): Promise<Date | null> {
    if (!canAuditOffice(actor)) return null;
    return loaders.smtpChangedWhileVerifiedAt.load(office.id);
  }
}
