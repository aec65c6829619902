import type { EntityManager } from '@mikro-orm/postgresql';
import { batchLoader, groupBy } from '../../core/loaders.js';
import { uuidArray } from '../../core/sql.js';
import { StoredFile } from '../file/file.entity.js';
import { ReadReceipt } from '../receipt/receipt.entity.js';
import { Message } from './message.entity.js';

export function messageLoaders(em: EntityManager) {
  return {
    message: batchLoader(
      async (ids) => {
        const messages = await em.find(Message, { id: { $in: [...ids] } });
        return new Map(messages.map((m) => [m.id, m]));
      },
      null as Message | null,
    ),
    attachments: batchLoader(async (messageIds) => {
      const rows: Array<Record<string, unknown>> = await em.execute(
        `select ma.message_id, f.* from message_attachment ma join stored_file f on f.id = ma.file_id
          where ma.message_id = any(?::uuid[]) order by f.created_at, f.id`,
        [uuidArray(messageIds)],
      );
      return new Map(
        [...groupBy(rows, (r) => r.message_id as string)].map(([messageId, files]) => [
          messageId,
          files.map(({ message_id: _m, ...file }) => em.map(StoredFile, file)),
        ]),
      );
    }, [] as StoredFile[]),
    receipts: batchLoader(async (messageIds) => {
      const receipts = await em.find(
        ReadReceipt,
        { message: { $in: [...messageIds] } },
        { orderBy: { readAt: 'asc' } },
      );
      return groupBy(receipts, (r) => r.message.id);
    }, [] as ReadReceipt[]),
  };
}
