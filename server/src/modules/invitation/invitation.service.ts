import { createHash, randomBytes } from 'node:crypto';
import { ref, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import type { Scope } from '../../core/context.js';
import {
  BadUserInputError,
  ConflictError,
  NotFoundError,
  PreconditionFailedError,
  UnauthenticatedError,
} from '../../core/errors.js';
import { isId } from '../../core/pagination.js';
import type { HeadScope, StaffScope } from '../../core/scope.js';
import { requireEmail, requireText } from '../../core/validation.js';
import { hashPassword } from '../auth/auth.service.js';
import { requireStrongPassword } from '../auth/password-rules.js';
import { Language, Role, User } from '../auth/user.entity.js';
import { Company, CompanyMember } from '../company/company.entity.js';
import type { CompanyService } from '../company/company.service.js';
import { Office } from '../office/office.entity.js';
import { NAME_MAX } from '../office/office.types.js';
import type { SystemMailService } from '../system-mail/system-mail.service.js';
import { Invitation, InvitationStatus, invitationStatus } from './invitation.entity.js';
import { STAFF_INVITATION_ROLES } from './invitation.policy.js';
import {
  findManagedInvitation,
  findOpenInvitationPreview,
  listManagedInvitations,
  lockInvitationByTokenHash,
  lockInvitationTarget,
  openInvitationExists,
} from './invitation.queries.js';
import type { InvitationPreview, InviteClientInput, InviteStaffInput } from './invitation.types.js';

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/** Longer than any token we make: not worth hashing or looking up. */
const TOKEN_MAX = 200;

/** Why a link cannot be used, as its holder is told. */
const refusals: Record<Exclude<InvitationStatus, InvitationStatus.PENDING>, string> = {
  [InvitationStatus.ACCEPTED]: 'This invitation has already been used; log in instead.',
  [InvitationStatus.EXPIRED]:
    'This invitation has expired; ask whoever invited you to send it again.',
  [InvitationStatus.REVOKED]: 'This invitation was withdrawn by the office.',
};

/**
 * Invitations of staff (by the head) and client users (by staff who see the company): a row per
 * link, the token only in the email (its SHA-256 in the row), single use, valid
 * INVITATION_TTL_HOURS. Accepting makes the account, or attaches an existing client account to
 * one more company once its owner has logged in.
 */
export class InvitationService {
  constructor(
    private readonly config: Pick<Config, 'invitationTtlHours' | 'publicUrl'>,
    private readonly companies: CompanyService,
    private readonly mail: SystemMailService,
  ) {}

  async inviteStaff(scope: HeadScope, input: InviteStaffInput): Promise<Invitation> {
    const { em, actor } = scope;
    if (!STAFF_INVITATION_ROLES.includes(input.role))
      throw new BadUserInputError('role must be CARETAKER or OFFICE_HEAD.', 'role');
    const email = requireEmail(input.email, 'email');
    const name = requireText(input.name, 'name', NAME_MAX);
    const existing = await em.findOne(User, { email });
    if (existing)
      throw new ConflictError(
        existing.office?.id === actor.officeId
          ? 'This person is already in the office.'
          : 'An account with this email exists; staff need an account of their own.',
      );
    return this.create(scope, {
      officeId: actor.officeId,
      companyId: null,
      email,
      name,
      role: input.role,
      language: input.language ?? Language.PL,
    });
  }

  async inviteClient(scope: StaffScope, input: InviteClientInput): Promise<Invitation> {
    const { em } = scope;
    const company = await this.companies.requireVisible(scope, input.companyId);
    if (company.archivedAt) throw archived();
    const email = requireEmail(input.email, 'email');
    const name = requireText(input.name, 'name', NAME_MAX);
    const existing = await em.findOne(User, { email });
    if (existing && existing.role !== Role.CLIENT)
      throw new ConflictError(
        'An account with this email belongs to office staff; a client user needs another email.',
      );
    if (existing && (await em.count(CompanyMember, { company, user: existing })) > 0)
      throw new ConflictError('This person is already a user of the company.');
    return this.create(scope, {
      officeId: company.office.id,
      companyId: company.id,
      email,
      name,
      role: Role.CLIENT,
      language: input.language ?? existing?.language ?? Language.PL,
    });
  }

  /** A new link (the old one stops working) and a new validity, mailed again; expired ones too. */
  async resend(scope: StaffScope, id: string): Promise<Invitation> {
    return scope.em.transactional(async (em) => {
      const invitation = await this.requireManaged({ ...scope, em }, id);
      const status = invitationStatus(invitation);
      if (status === InvitationStatus.ACCEPTED || status === InvitationStatus.REVOKED)
        throw new PreconditionFailedError(
          status === InvitationStatus.ACCEPTED
            ? 'This invitation has already been accepted.'
            : 'This invitation was revoked; invite again instead.',
          [status],
        );
      const token = this.renew(invitation);
      await em.flush();
      await this.send(em, scope, invitation, token);
      return invitation;
    });
  }

  /** Withdraws an open invitation: its link stops working. Revoking twice answers the same. */
  async revoke(scope: StaffScope, id: string): Promise<Invitation> {
    return scope.em.transactional(async (em) => {
      const invitation = await this.requireManaged({ ...scope, em }, id);
      if (invitation.acceptedAt)
        throw new PreconditionFailedError('This invitation has already been accepted.', [
          InvitationStatus.ACCEPTED,
        ]);
      invitation.revokedAt ??= new Date();
      await em.flush();
      return invitation;
    });
  }

  /** The office's invitations the viewer manages, newest first; empty for everyone else. */
  list(
    { em, actor }: Scope,
    office: Office,
    status: InvitationStatus | null,
  ): Promise<Invitation[]> {
    return listManagedInvitations(em, actor, office.id, status);
  }

  /** Who invites to what, for anyone holding the link; null when it cannot be used. */
  async preview(em: EntityManager, token: string): Promise<InvitationPreview | null> {
    if (!token || token.length > TOKEN_MAX) return null;
    const row = await findOpenInvitationPreview(em, sha256(token));
    if (!row) return null;
    return {
      officeName: row.office_name,
      companyName: row.company_name,
      role: row.role as Role,
      email: row.email,
      expiresAt: new Date(row.expires_at),
      language: row.language,
    };
  }

  /**
   * Uses the link once. An email without an account gets one (the password is required and must
   * pass the rules); an existing client account is attached to the company, but only while its
   * owner is logged in (`actorUserId`). Answers the user to log in.
   */
  async accept(
    em: EntityManager,
    actorUserId: string | null,
    args: {
      token: string;
      password?: string | null;
      name?: string | null;
      language?: Language | null;
    },
  ): Promise<User> {
    if (!args.token || args.token.length > TOKEN_MAX) throw invalidLink();
    const tokenHash = sha256(args.token);
    // Hashed before the transaction: argon2 takes a while, and the invitation stays unlocked.
    const passwordHash = args.password ? await this.hashIfNew(em, tokenHash, args.password) : null;
    try {
      return await em.transactional(async (tx) => {
        const invitation = await lockInvitationByTokenHash(tx, tokenHash);
        if (!invitation) throw invalidLink();
        const status = invitationStatus(invitation);
        if (status !== InvitationStatus.PENDING)
          throw new PreconditionFailedError(refusals[status], [status]);
        if (invitation.company) {
          const company = await tx.findOneOrFail(Company, invitation.company.id);
          if (company.archivedAt) throw archived();
        }
        const existing = await tx.findOne(User, { email: invitation.email });
        const user = existing
          ? this.attachable(invitation, existing, actorUserId)
          : tx.create(User, {
              email: invitation.email,
              name: requireText(args.name ?? invitation.name, 'name', NAME_MAX),
              role: invitation.role,
              language: args.language ?? invitation.language,
              office: invitation.role === Role.CLIENT ? undefined : invitation.office,
              passwordHash: passwordHash ?? requirePassword(),
            });
        invitation.acceptedAt = new Date();
        invitation.acceptedBy = ref(user);
        await tx.flush();
        // After the flush, which inserted a new user's row; an existing member stays one.
        if (invitation.company) {
          await tx.execute(
            'insert into company_member (company_id, user_id) values (?, ?) on conflict do nothing',
            [invitation.company.id, user.id],
            'run',
          );
        }
        return user;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw new ConflictError(
          'An account with this email was made meanwhile; log in and accept again.',
        );
      throw error;
    }
  }

  /**
   * The password checked and hashed when the link is open and its email has no account yet; else
   * nothing (a used link is told so, not that its password is weak).
   */
  private async hashIfNew(
    em: EntityManager,
    tokenHash: string,
    password: string,
  ): Promise<string | null> {
    const [row] = await em.execute(
      `select i.email, u.id as user_id from invitation i left join app_user u on u.email = i.email
        where i.token_hash = ? and i.accepted_at is null and i.revoked_at is null and i.expires_at > now()`,
      [tokenHash],
    );
    if (!row || row.user_id) return null;
    return hashPassword(requireStrongPassword(password, String(row.email)));
  }

  /** The existing account the invitation attaches to, or why it cannot. */
  private attachable(invitation: Invitation, user: User, actorUserId: string | null): User {
    if (invitation.role !== Role.CLIENT || user.role !== Role.CLIENT)
      throw new PreconditionFailedError(
        'An account with this email already exists and cannot take this invitation.',
        ['ACCOUNT_EXISTS'],
      );
    if (actorUserId === null)
      throw new UnauthenticatedError(
        `An account with ${invitation.email} already exists: log in to it, then accept the invitation.`,
        { reasons: ['LOGIN_REQUIRED'] },
      );
    if (actorUserId !== user.id)
      throw new PreconditionFailedError(
        `This invitation is for ${invitation.email}: log in to that account to accept it.`,
        ['OTHER_ACCOUNT'],
      );
    return user;
  }

  private async requireManaged(scope: StaffScope, id: string): Promise<Invitation> {
    const invitation = isId(id)
      ? await findManagedInvitation(scope.em, scope.actor, id, true)
      : null;
    if (!invitation) throw new NotFoundError('Invitation', id);
    return invitation;
  }

  private async create(
    scope: StaffScope,
    target: {
      officeId: string;
      companyId: string | null;
      email: string;
      name: string;
      role: Role;
      language: Language;
    },
  ): Promise<Invitation> {
    return scope.em.transactional(async (em) => {
      await lockInvitationTarget(em, target);
      if (await openInvitationExists(em, target))
        throw new ConflictError('This email has an open invitation already; resend it instead.');
      const invitation = em.create(Invitation, {
        office: target.officeId,
        company: target.companyId ?? undefined,
        email: target.email,
        name: target.name,
        role: target.role,
        language: target.language,
        invitedBy: scope.actor.userId,
        tokenHash: '',
        expiresAt: new Date(),
      });
      const token = this.renew(invitation);
      await em.flush();
      await this.send(em, scope, invitation, token);
      return invitation;
    });
  }

  /** A fresh token (answered, only its hash kept) and validity. */
  private renew(invitation: Invitation): string {
    const token = randomBytes(32).toString('base64url');
    invitation.tokenHash = sha256(token);
    invitation.expiresAt = new Date(Date.now() + this.config.invitationTtlHours * 3_600_000);
    return token;
  }

  /** The email with the link, queued in the caller's transaction. */
  private async send(em: EntityManager, scope: StaffScope, invitation: Invitation, token: string) {
    const [office, inviter] = await Promise.all([
      em.findOneOrFail(Office, invitation.office.id),
      em.findOneOrFail(User, scope.actor.userId),
    ]);
    const link = `${this.config.publicUrl}/invitation?token=${encodeURIComponent(token)}`;
    const expiresAt = invitation.expiresAt.toISOString();
    if (invitation.company) {
      const company = await em.findOneOrFail(Company, invitation.company.id);
      await this.mail.enqueue(em, {
        to: invitation.email,
        template: 'invitation-client',
        language: invitation.language,
        vars: {
          officeName: office.name,
          inviterName: inviter.name,
          companyName: company.name,
          link,
          expiresAt,
        },
      });
    } else {
      await this.mail.enqueue(em, {
        to: invitation.email,
        template: 'invitation-staff',
        language: invitation.language,
        vars: {
          officeName: office.name,
          inviterName: inviter.name,
          role: invitation.role === Role.OFFICE_HEAD ? 'OFFICE_HEAD' : 'CARETAKER',
          link,
          expiresAt,
        },
      });
    }
  }
}

const invalidLink = () =>
  new BadUserInputError(
    'This invitation link is not valid: it may have been replaced by a newer one. Use the link of the latest invitation email.',
    'token',
  );

/** Archived companies take no new users (restore first); their history stays as it was. */
const archived = () =>
  new PreconditionFailedError('The company is archived; it takes no new users until restored.', [
    'COMPANY_ARCHIVED',
  ]);

const requirePassword = (): never => {
  throw new BadUserInputError('Choose a password for your new account.', 'password');
};
