import type { Actor } from '../../core/context.js';
import { type PendingEvents, Topic, topicId } from '../../core/pubsub.js';
import { Role } from '../auth/user.entity.js';

/**
 * Where live events about a company go, and where each viewer listens for them. Events are routed
 * to topic ids (a company, an office, a user), never filtered per subscriber: a writer names the
 * topics of everyone who sees the row, and a viewer listens on their own.
 */

/** The office and caretaker of a company, as the writing transaction saw them. */
export interface CompanyRoute {
  officeId: string;
  caretakerId: string | null;
}

/** Topic ids of the office staff who see a company: its office (heads) and its caretaker. */
export function staffTopicIds(company: CompanyRoute): string[] {
  const ids = [topicId.office(company.officeId)];
  if (company.caretakerId) ids.push(topicId.user(company.caretakerId));
  return ids;
}

/** Where a viewer hears of messages and receipts when not naming one company. */
export function viewerTopicIds(actor: Actor): string[] {
  switch (actor.role) {
    case Role.CLIENT:
      return actor.companyIds.map(topicId.company);
    case Role.OFFICE_HEAD:
      return [topicId.office(actor.officeId)];
    case Role.CARETAKER:
      return [topicId.user(actor.userId)];
    default:
      return [];
  }
}

/**
 * Where a viewer hears of one company's thread: a client on the company's topic; staff on their
 * own, where events are routed by the company's office and caretaker as the writing transaction
 * saw them, so a caretaker unassigned from the company stops hearing of it at once.
 */
export function threadTopicIds(actor: Actor, companyId: string): string[] {
  return actor.role === Role.CLIENT ? [topicId.company(companyId)] : viewerTopicIds(actor);
}

/** Where a viewer hears of companies given or taken: a caretaker's own; heads see every company. */
export function accessTopicIds(actor: Actor): string[] {
  return actor.role === Role.CARETAKER ? [topicId.user(actor.userId)] : [];
}

/** Where a viewer hears that their unread count may have changed. */
export function unreadTopicIds(actor: Actor): string[] {
  return actor.role === Role.CLIENT ? [topicId.user(actor.userId)] : viewerTopicIds(actor);
}

/** A company that changed caretaker, with its unread count and the counter's new version. */
export interface CaretakerMove {
  id: string;
  previous: string | null;
  caretakerId: string | null;
  unread: number;
  version: number;
}

/**
 * Tells both caretakers of each moved company that they gained or lost it (their open company
 * lists follow), and the live badges of both where it has unread questions: the old one's count for
 * it drops to 0, the new one's takes it; the grown version makes both win over any older event.
 */
export function queueCaretakerMoves(events: PendingEvents, moves: readonly CaretakerMove[]): void {
  for (const m of moves) {
    if (m.previous)
      events.add(Topic.CompanyAccess, topicId.user(m.previous), {
        companyId: m.id,
        visible: false,
      });
    if (m.caretakerId)
      events.add(Topic.CompanyAccess, topicId.user(m.caretakerId), {
        companyId: m.id,
        visible: true,
      });
    if (m.unread === 0) continue;
    const item = { companyId: m.id, version: m.version };
    if (m.previous)
      events.add(Topic.UnreadChanged, topicId.user(m.previous), { ...item, count: 0 });
    if (m.caretakerId)
      events.add(Topic.UnreadChanged, topicId.user(m.caretakerId), { ...item, count: m.unread });
  }
}
