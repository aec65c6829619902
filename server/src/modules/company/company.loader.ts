import type { EntityManager } from '@mikro-orm/postgresql';
import { batchLoader } from '../../core/loaders.js';
import type { Message } from '../message/message.entity.js';
import { Company } from './company.entity.js';
import { lastMessagesOf } from './company.queries.js';

export function companyLoaders(em: EntityManager) {
  return {
    company: batchLoader(
      async (ids) => {
        const companies = await em.find(Company, { id: { $in: [...ids] } });
        return new Map(companies.map((c) => [c.id, c]));
      },
      null as Company | null,
    ),
    lastMessage: batchLoader(
      (companyIds) => lastMessagesOf(em, companyIds),
      null as Message | null,
    ),
  };
}
