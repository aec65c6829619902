import type { Actor, StaffActor } from '../../core/context.js';
import { Role } from '../auth/user.entity.js';

/** What the rule of who sees a broadcast reads: its office and its author. */
export interface BroadcastKey {
  officeId: string;
  authorId: string;
}

/**
 * The one rule of who sees a broadcast (and so its deliveries and progress): the head sees every
 * broadcast of their office, a caretaker their own; clients and the platform admin none.
 */
export function canSeeBroadcast(actor: Actor | null, broadcast: BroadcastKey): boolean {
  if (!actor) return false;
  switch (actor.role) {
    case Role.OFFICE_HEAD:
      return broadcast.officeId === actor.officeId;
    case Role.CARETAKER:
      return broadcast.officeId === actor.officeId && broadcast.authorId === actor.userId;
    default:
      return false;
  }
}

/** The ORM condition for the broadcasts a staff member sees. */
export interface BroadcastVisibility {
  office: string;
  author?: string;
}

/**
 * The same rule as a condition on Broadcast (`em.findOne(Broadcast, { id, ...where })`): the only
 * way broadcasts are looked up. Only staff see broadcasts at all, so only staff get a condition.
 */
export function whereBroadcastVisible(actor: StaffActor): BroadcastVisibility {
  return actor.role === Role.CARETAKER
    ? { office: actor.officeId, author: actor.userId }
    : { office: actor.officeId };
}
