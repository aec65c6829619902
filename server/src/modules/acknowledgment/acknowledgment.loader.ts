import type { EntityManager } from '@mikro-orm/postgresql';
import { batchLoader } from '../../core/loaders.js';
import {
  type AcknowledgmentState,
  acknowledgedCountsOfBroadcasts,
  acknowledgmentStates,
} from './acknowledgment.queries.js';

const NOTHING_ASKED: AcknowledgmentState = { required: false, userId: null, acknowledgedAt: null };

export function acknowledgmentLoaders(em: EntityManager) {
  return {
    /** Per message: whether its broadcast asks for an acknowledgment, and who gave it when. */
    acknowledgment: batchLoader(
      (messageIds) => acknowledgmentStates(em, messageIds),
      NOTHING_ASKED,
    ),
    /** Per broadcast: its messages a client user acknowledged. */
    broadcastAcknowledgedCount: batchLoader(
      (broadcastIds) => acknowledgedCountsOfBroadcasts(em, broadcastIds),
      0,
    ),
  };
}
