import type { EntityManager } from '@mikro-orm/postgresql';
import { batchLoader, groupBy } from '../../core/loaders.js';
import { Company, CompanyMember } from '../company/company.entity.js';
import { Office } from '../office/office.entity.js';
import { User } from './user.entity.js';

export function userLoaders(em: EntityManager) {
  return {
    user: batchLoader(
      async (ids) => {
        const users = await em.find(User, { id: { $in: [...ids] } });
        return new Map(users.map((u) => [u.id, u]));
      },
      null as User | null,
    ),
    office: batchLoader(
      async (ids) => {
        const offices = await em.find(Office, { id: { $in: [...ids] } });
        return new Map(offices.map((o) => [o.id, o]));
      },
      null as Office | null,
    ),
    /** The companies a client user belongs to. */
    companiesOfUser: batchLoader(async (userIds) => {
      const members = await em.find(
        CompanyMember,
        { user: { $in: [...userIds] } },
        { populate: ['company'], orderBy: { company: { name: 'asc' } } },
      );
      return new Map(
        [...groupBy(members, (m) => m.user.id)].map(([userId, rows]) => [
          userId,
          rows.map((m) => m.company.getEntity() as Company),
        ]),
      );
    }, [] as Company[]),
  };
}
