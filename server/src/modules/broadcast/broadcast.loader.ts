import type { EntityManager } from '@mikro-orm/postgresql';
import { batchLoader } from '../../core/loaders.js';
import { readCountsOfBroadcasts } from './broadcast.queries.js';

export function broadcastLoaders(em: EntityManager) {
  return {
    /** Messages of a broadcast read by at least one of their company's client users. */
    broadcastReadCount: batchLoader((broadcastIds) => readCountsOfBroadcasts(em, broadcastIds), 0),
  };
}
