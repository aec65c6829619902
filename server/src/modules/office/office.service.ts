import { QueryOrder, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Redis } from 'ioredis';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../../config.js';
import type { Scope } from '../../core/context.js';
import {
  BadUserInputError,
  ConflictError,
  NotFoundError,
  PreconditionFailedError,
  TooManyRequestsError,
} from '../../core/errors.js';
import type { Logger } from '../../core/logger.js';
import { type ConnectionShape, decodeCursor, isId, pageSize } from '../../core/pagination.js';
import { createRateLimiter, retryAfterSeconds } from '../../core/rate-limit.js';
import type { AdminScope, HeadScope } from '../../core/scope.js';
import { requireEmail, requireText } from '../../core/validation.js';
import { hashPassword } from '../auth/auth.service.js';
import { sourceOf } from '../auth/login-throttle.js';
import { requireStrongPassword } from '../auth/password-rules.js';
import { Language, Role, User } from '../auth/user.entity.js';
import { isValidNip, normalizeNip } from '../company/nip.js';
import type { SmtpChange } from '../email/smtp-change.entity.js';
import type { SmtpIntegration } from '../email/smtp-integration.entity.js';
import { StoredFile } from '../file/file.entity.js';
import type { FileService } from '../file/file.service.js';
import { Office, OfficeVerification } from './office.entity.js';
import { LOGO_MAX_BYTES, LOGO_MAX_SIDE, readLogoImage } from './office.logo.js';
import { canAuditOffice, canManageOffice, canRequestVerification } from './office.policy.js';
import { listOfficesNewestFirst } from './office.queries.js';
import { NAME_MAX, type SignUpOfficeInput } from './office.types.js';

/** Offices as they sign up and the platform admin runs them, and what each viewer sees of one. */
export class OfficeService {
  /** Sign-ups per source per hour, counted before anything is checked. */
  private readonly signups: RateLimiterAbstract;

  constructor(
    private readonly logger: Logger,
    config: Pick<Config, 'signupMaxPerHour'>,
    private readonly files: FileService,
    redis?: Redis,
  ) {
    this.signups = createRateLimiter(
      { name: 'signup-source', points: config.signupMaxPerHour, windowSeconds: 3600 },
      redis,
    );
  }

  /**
   * A new UNVERIFIED office and its first head (logged in by the caller). Every attempt from the source counts,
   * refused ones too. The email's uniqueness is the database's: of two sign-ups with one email at
   * once, one gets the account and the other CONFLICT.
   */
  async signUp(em: EntityManager, input: SignUpOfficeInput, clientAddress: string): Promise<User> {
    try {
      await this.signups.consume(sourceOf(clientAddress));
    } catch (rejection) {
      const retryAfter = retryAfterSeconds(rejection);
      if (retryAfter === null) throw rejection;
      throw new TooManyRequestsError(
        `Too many sign-ups from this address. Try again in ${retryAfter} s.`,
        retryAfter,
      );
    }
    const officeName = requireText(input.officeName, 'officeName', NAME_MAX);
    const headName = requireText(input.headName, 'headName', NAME_MAX);
    const email = requireEmail(input.email, 'email');
    if (!isValidNip(input.nip)) throw new BadUserInputError('nip is not a valid NIP.', 'nip');
    requireStrongPassword(input.password, email);
    const passwordHash = await hashPassword(input.password);
    let user: User;
    try {
      user = await em.transactional(async (tx) => {
        const office = tx.create(Office, { name: officeName, nip: normalizeNip(input.nip) });
        return tx.create(User, {
          email,
          name: headName,
          role: Role.OFFICE_HEAD,
          language: input.language ?? Language.PL,
          office,
          passwordHash,
        });
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw new ConflictError('An account with this email already exists.');
      throw error;
    }
    this.logger.info('office signed up', { officeId: user.office?.id, userId: user.id });
    return user;
  }

  /** The head asks the platform admin to verify the office: UNVERIFIED → PENDING. */
  async requestVerification({ em, actor }: HeadScope): Promise<Office> {
    const office = await em.findOneOrFail(Office, actor.officeId);
    if (!canRequestVerification(office.verification))
      throw new PreconditionFailedError(
        office.verification === OfficeVerification.PENDING
          ? 'The office is already waiting for verification.'
          : 'The office is already verified.',
        [`OFFICE_${office.verification}`],
      );
    // Conditional, so two requests at once move it once and the platform admin's decision in
    // between is never overwritten.
    const moved = await em.nativeUpdate(
      Office,
      { id: office.id, verification: office.verification },
      { verification: OfficeVerification.PENDING },
    );
    if (moved === 0)
      throw new PreconditionFailedError('The office’s verification changed meanwhile; reload.');
    await em.refresh(office);
    this.logger.info('office verification requested', { officeId: office.id });
    return office;
  }

  /** Offices newest first, of one verification status or every one: a keyset page. */
  list(
    { em }: AdminScope,
    args: { first?: number | null; after?: string | null; status?: OfficeVerification | null },
  ): Promise<ConnectionShape<Office>> {
    return listOfficesNewestFirst(em, {
      first: pageSize(args.first),
      after: decodeCursor(args.after, ['time', 'id']),
      status: args.status ?? null,
    });
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

  /**
   * Sets the logo the office's emails carry: an upload of this head (anyone else's, or one the
   * orphan sweep is about to take, is NOT_FOUND), a PNG or JPEG by its bytes, at most LOGO_MAX_BYTES
   * and LOGO_MAX_SIDE px a side. Null removes it; a logo no office has any more is an unattached
   * upload again, which the orphan sweep removes.
   */
  async setLogo(scope: HeadScope, uploadId: string | null): Promise<Office> {
    const { em, actor } = scope;
    const office = await em.findOneOrFail(Office, actor.officeId);
    if (uploadId === null) {
      office.logo = null;
      await em.flush();
      return office;
    }
    const [id] = await this.files.requireOwnUploads(scope, [uploadId]);
    const file = await em.findOneOrFail(StoredFile, id!);
    if (file.size > LOGO_MAX_BYTES)
      throw new BadUserInputError(
        `The logo may take at most ${LOGO_MAX_BYTES / 1024} KB.`,
        'uploadId',
        ['LOGO_TOO_LARGE'],
      );
    const image =
      file.contentType === 'image/png' || file.contentType === 'image/jpeg'
        ? readLogoImage(await this.files.readAll(file.storageKey, LOGO_MAX_BYTES))
        : null;
    if (!image)
      throw new BadUserInputError('The logo must be a PNG or JPEG image.', 'uploadId', [
        'LOGO_NOT_IMAGE',
      ]);
    if (image.width > LOGO_MAX_SIDE || image.height > LOGO_MAX_SIDE)
      throw new BadUserInputError(
        `The logo may be at most ${LOGO_MAX_SIDE} px wide and tall.`,
        'uploadId',
        ['LOGO_TOO_LARGE'],
      );
    office.logo = em.getReference(StoredFile, file.id, { wrapped: true });
    await em.flush();
    this.logger.info('office logo set', { officeId: office.id, fileId: file.id });
    return office;
  }

  /** The office's logo (to its head, for settings); null for everyone else or when it has none. */
  async logo({ em, actor }: Scope, office: Office): Promise<StoredFile | null> {
    if (!canManageOffice(actor, office.id) || !office.logo) return null;
    return em.findOne(StoredFile, office.logo.id);
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

  /**
   * Everyone who works in the office (heads and caretakers), the active first, then by name; for
   * its head, empty for everyone else.
   */
  async staff({ em, actor }: Scope, office: Office): Promise<User[]> {
    if (!canManageOffice(actor, office.id)) return [];
    return em.find(
      User,
      { office: office.id, role: { $in: [Role.OFFICE_HEAD, Role.CARETAKER] } },
      { orderBy: { deactivatedAt: QueryOrder.ASC_NULLS_FIRST, name: 'asc', id: 'asc' } },
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
