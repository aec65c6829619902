import type { Actor } from '../../core/context.js';
import { Role } from '../auth/user.entity.js';
import { OfficeVerification } from './office.entity.js';

/**
 * Who sees and changes an office's own settings (its SMTP server, its caretaker list): the office's
 * head, no one else; not its caretakers, not another office's head, not the platform admin.
 */
export function canManageOffice(actor: Actor | null, officeId: string): boolean {
  return actor?.role === Role.OFFICE_HEAD && actor.officeId === officeId;
}

/**
 * Who sees where an office's email has gone (its SMTP changes) and decides its verification: the
 * platform admin, for every office; never the office's own staff.
 */
export function canAuditOffice(actor: Actor | null): boolean {
  return actor?.role === Role.PLATFORM_ADMIN;
}

/**
 * From where a head may ask for verification: an UNVERIFIED office (new, or one whose verification
 * the platform admin took back). A PENDING one waits already; a VERIFIED one has it.
 */
export function canRequestVerification(status: OfficeVerification): boolean {
  return status === OfficeVerification.UNVERIFIED;
}
