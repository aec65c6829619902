import type { Knex } from '@mikro-orm/postgresql';
import type { Actor } from '../../core/context.js';
import { Role } from '../auth/user.entity.js';
import { type CompanyKey, canSeeCompany } from '../company/company.policy.js';

/** What the rules need of an invitation: its office, and for a client's, its company. */
export interface InvitationKey {
  officeId: string;
  company: CompanyKey | null;
}

/** The roles a head may invite staff as. */
export const STAFF_INVITATION_ROLES: readonly Role[] = [Role.CARETAKER, Role.OFFICE_HEAD];

/**
 * Who sees, resends and revokes an invitation: the office's head, every one of the office; a
 * caretaker, the client invitations of the companies they see. Nobody else, not the platform admin:
 * to everyone else it does not exist.
 */
export function canManageInvitation(actor: Actor | null, invitation: InvitationKey): boolean {
  if (!actor || actor.role === Role.CLIENT || actor.role === Role.PLATFORM_ADMIN) return false;
  if (actor.officeId !== invitation.officeId) return false;
  if (actor.role === Role.OFFICE_HEAD) return true;
  return invitation.company !== null && canSeeCompany(actor, invitation.company);
}

/** The same rule as SQL over invitation `i` left-joined to its company `c`. */
export function whereInvitationManaged(
  qb: Knex.QueryBuilder,
  actor: Actor | null,
): Knex.QueryBuilder {
  if (!actor || actor.role === Role.CLIENT || actor.role === Role.PLATFORM_ADMIN)
    return qb.whereRaw('false');
  qb.where('i.office_id', actor.officeId);
  if (actor.role === Role.CARETAKER)
    qb.where('c.office_id', actor.officeId).andWhere('c.caretaker_id', actor.userId);
  return qb;
}
