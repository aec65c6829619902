import type { EntityManager } from '@mikro-orm/postgresql';
import { batchLoader } from '../../core/loaders.js';
import { uuidArray } from '../../core/sql.js';
import { Message } from '../message/message.entity.js';
import { Company } from './company.entity.js';

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
      async (companyIds) => {
        const rows: Array<Record<string, unknown>> = await em.execute(
          `select m.* from unnest(?::uuid[]) as c(id)
          cross join lateral (
            select * from message where company_id = c.id order by created_at desc, id desc limit 1
          ) m`,
          [uuidArray(companyIds)],
        );
        return new Map(rows.map((row) => [row.company_id as string, em.map(Message, row)]));
      },
      null as Message | null,
    ),
  };
}
