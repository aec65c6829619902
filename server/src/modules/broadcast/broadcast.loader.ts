import type { EntityManager } from '@mikro-orm/postgresql';
import { batchLoader } from '../../core/loaders.js';
import { StoredFile } from '../file/file.entity.js';
import { Broadcast } from './broadcast.entity.js';
import { readCountsOfBroadcasts } from './broadcast.queries.js';
import { remindersOf } from './broadcast.report.queries.js';

export function broadcastLoaders(em: EntityManager) {
  return {
    /** Messages of a broadcast read by at least one of their company's client users. */
    broadcastReadCount: batchLoader((broadcastIds) => readCountsOfBroadcasts(em, broadcastIds), 0),
    broadcastById: batchLoader(
      async (ids) => {
        const broadcasts = await em.find(Broadcast, { id: { $in: [...ids] } });
        return new Map(broadcasts.map((b) => [b.id, b]));
      },
      null as Broadcast | null,
    ),
    /** The reminders of each broadcast (remindUnread), oldest first. */
    remindersOf: batchLoader((ids) => remindersOf(em, ids), [] as Broadcast[]),
    /** Files by id: the attachments a report says were downloaded. */
    storedFile: batchLoader(
      async (ids) => {
        const files = await em.find(StoredFile, { id: { $in: [...ids] } });
        return new Map(files.map((f) => [f.id, f]));
      },
      null as StoredFile | null,
    ),
  };
}
