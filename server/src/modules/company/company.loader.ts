import type { EntityManager } from '@mikro-orm/postgresql';
import { batchLoader, groupBy } from '../../core/loaders.js';
import type { User } from '../auth/user.entity.js';
import type { Message } from '../message/message.entity.js';
import { Company, CompanyMember } from './company.entity.js';
import { lastMessagesOf, lastPrintoutMessagesOf } from './company.queries.js';

export function companyLoaders(em: EntityManager) {
  return {
    company: batchLoader(
      async (ids) => {
        const companies = await em.find(Company, { id: { $in: [...ids] } });
        return new Map(companies.map((c) => [c.id, c]));
      },
      null as Company | null,
    ),
    /** The client users of each company, by name. */
    companyUsers: batchLoader(async (companyIds) => {
      const members = await em.find(
        CompanyMember,
        { company: { $in: [...companyIds] } },
        { populate: ['user'], orderBy: { user: { name: 'asc' } } },
      );
      const byCompany = groupBy(members, (m) => m.company.id);
      return new Map([...byCompany].map(([id, rows]) => [id, rows.map((m) => m.user.getEntity())]));
    }, [] as User[]),
    lastMessage: batchLoader(
      (companyIds) => lastMessagesOf(em, companyIds),
      null as Message | null,
    ),
    /** As lastMessage, without recalled notifications: what a client sees last. */
    lastMessageForClient: batchLoader(
      (companyIds) => lastMessagesOf(em, companyIds, true),
      null as Message | null,
    ),
    lastPrintoutMessage: batchLoader(
      (companyIds) => lastPrintoutMessagesOf(em, companyIds),
      null as Message | null,
    ),
  };
}
