import type { EntityManager } from '@mikro-orm/postgresql';
import { batchLoader, groupBy } from '../../core/loaders.js';
import { StoredFile } from '../file/file.entity.js';
import { ReadReceipt } from '../receipt/receipt.entity.js';
import { Message } from './message.entity.js';
import { attachmentRows, lastClientMessagesOf } from './message.queries.js';

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
      const rows = await attachmentRows(em, messageIds);
      return new Map(
        [...groupBy(rows, (r) => r.message_id as string)].map(([messageId, files]) => [
          messageId,
          files.map(({ message_id: _m, ...file }) => em.map(StoredFile, file)),
        ]),
      );
    }, [] as StoredFile[]),
    /** The newest message a client wrote in each company's thread. */
    lastClientMessage: batchLoader(
      async (companyIds) => {
        const rows = await lastClientMessagesOf(em, companyIds);
        return new Map(rows.map((row) => [String(row.company_id), em.map(Message, row)]));
      },
      null as Message | null,
    ),
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
