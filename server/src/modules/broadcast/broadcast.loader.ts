import type { EntityManager } from '@mikro-orm/postgresql';
import { batchLoader } from '../../core/loaders.js';
import { toInt, uuidArray } from '../../core/sql.js';

export function broadcastLoaders(em: EntityManager) {
  return {
    /** Messages of a broadcast read by at least one of their company's client users. */
    broadcastReadCount: batchLoader(async (broadcastIds) => {
      const rows: Array<{ broadcast_id: string; count: string }> = await em.execute(
        `select m.broadcast_id, count(*) as count from message m
          where m.broadcast_id = any(?::uuid[])
            and exists (select 1 from read_receipt r join app_user u on u.id = r.user_id
                         where r.message_id = m.id and u.role = 'CLIENT')
          group by m.broadcast_id`,
        [uuidArray(broadcastIds)],
      );
      return new Map(rows.map((r) => [r.broadcast_id, toInt(r.count)]));
    }, 0),
  };
}
