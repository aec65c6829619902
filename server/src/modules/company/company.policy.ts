import type { Knex } from '@mikro-orm/postgresql';
import type { Actor } from '../../core/context.js';
import { topicId } from '../../core/pubsub.js';
import { Role } from '../auth/user.entity.js';

export interface CompanyKey {
  id: string;
  officeId: string;
  caretakerId: string | null;
}

/** The one rule of who sees a company (and so its thread, messages and files). */
export function canSeeCompany(actor: Actor | null, company: CompanyKey): boolean {
  if (!actor) return false;
  switch (actor.role) {
    case Role.OFFICE_HEAD:
      return company.officeId === actor.officeId;
    case Role.CARETAKER:
      return company.officeId === actor.officeId && company.caretakerId === actor.userId;
    case Role.CLIENT:
      return actor.companyIds.includes(company.id);
    default:
      return false;
  }
}

/** The same rule as SQL over a company table aliased `alias`: the only way rows get listed. */
export function whereCompanyVisible(
  qb: Knex.QueryBuilder,
  actor: Actor | null,
  alias = 'c',
): Knex.QueryBuilder {
  if (!actor) return qb.whereRaw('false');
  switch (actor.role) {
    case Role.OFFICE_HEAD:
      return qb.where(`${alias}.office_id`, actor.officeId);
    case Role.CARETAKER:
      return qb
        .where(`${alias}.office_id`, actor.officeId)
        .andWhere(`${alias}.caretaker_id`, actor.userId);
    case Role.CLIENT:
      return actor.companyIds.length
        ? qb.whereIn(`${alias}.id`, actor.companyIds)
        : qb.whereRaw('false');
    default:
      return qb.whereRaw('false');
  }
}

/** Topic ids of the office staff who see a company: its office (heads) and its caretaker. */
export function staffTopicIds(company: { officeId: string; caretakerId: string | null }): string[] {
  const ids = [topicId.office(company.officeId)];
  if (company.caretakerId) ids.push(topicId.user(company.caretakerId));
  return ids;
}

export function companyKey(company: {
  id: string;
  office: { id: string };
  caretaker?: { id: string } | null;
}): CompanyKey {
  return {
    id: company.id,
    officeId: company.office.id,
    caretakerId: company.caretaker?.id ?? null,
  };
}

/** Where a viewer hears of messages and receipts when not naming one company. */
export function viewerTopicIds(actor: Actor): string[] {
  if (actor.role === Role.CLIENT) return actor.companyIds.map(topicId.company);
  if (actor.role === Role.OFFICE_HEAD && actor.officeId) return [topicId.office(actor.officeId)];
  if (actor.role === Role.CARETAKER) return [topicId.user(actor.userId)];
  return [];
}

/**
 * Where a viewer hears of one company's thread: a client on the company's topic; staff on their
 * own, where events are routed by the company's office and caretaker as the writing transaction
 * saw them, so a caretaker unassigned from the company stops hearing of it at once.
 */
export function threadTopicIds(actor: Actor, companyId: string): string[] {
  return actor.role === Role.CLIENT ? [topicId.company(companyId)] : viewerTopicIds(actor);
}

/** Where a viewer hears that their unread count may have changed. */
export function unreadTopicIds(actor: Actor): string[] {
  return actor.role === Role.CLIENT ? [topicId.user(actor.userId)] : viewerTopicIds(actor);
}
