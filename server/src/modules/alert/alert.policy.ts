import type { Actor } from '../../core/context.js';
import { isClientActor } from '../../core/scope.js';

/**
 * Alerts are about the office's messages to clients, so only client users have a preference to
 * choose; office staff read their client questions in the inbox, the admin has no threads.
 */
export function mayChooseAlerts(actor: Actor | null): boolean {
  return isClientActor(actor);
}

/** A user's alert preference is read by that user alone, and only a client user has one. */
export function maySeeAlertsOf(actor: Actor | null, userId: string): boolean {
  return mayChooseAlerts(actor) && actor?.userId === userId;
}
