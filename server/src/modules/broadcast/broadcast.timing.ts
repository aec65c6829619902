import { BadUserInputError } from '../../core/errors.js';

/** How far ahead a send may be scheduled. */
export const MAX_SCHEDULE_DAYS = 90;

/**
 * How far in the past a sendAt may be and still mean "now": a client's clock, or a form filled in
 * a minute ago. Earlier than that is a mistake, refused.
 */
export const PAST_GRACE_SECONDS = 60;

export const SEND_AT_DESCRIPTION = `When to send: absent (or now) sends at once; up to ${MAX_SCHEDULE_DAYS} days ahead schedules it (the broadcast is SCHEDULED until then, checked again when it goes, cancellable with cancelBroadcast). More than a minute in the past is BAD_USER_INPUT.`;

/**
 * When a send with this sendAt goes: null for now (absent, or up to PAST_GRACE_SECONDS ago), or the
 * time it is scheduled for. BAD_USER_INPUT (field sendAt) when it is clearly past or too far ahead.
 */
export function scheduledTime(sendAt: Date | null | undefined, now = new Date()): Date | null {
  if (sendAt === null || sendAt === undefined) return null;
  const at = sendAt.getTime();
  if (Number.isNaN(at)) throw new BadUserInputError('sendAt is not a valid time.', 'sendAt');
  if (at < now.getTime() - PAST_GRACE_SECONDS * 1000)
    throw new BadUserInputError('sendAt is in the past.', 'sendAt');
  if (at <= now.getTime()) return null;
  if (at > now.getTime() + MAX_SCHEDULE_DAYS * 86_400_000)
    throw new BadUserInputError(`sendAt may be at most ${MAX_SCHEDULE_DAYS} days ahead.`, 'sendAt');
  return sendAt;
}
