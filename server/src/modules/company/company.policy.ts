import type { Knex } from '@mikro-orm/postgresql';
import type { Actor } from '../../core/context.js';
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
