import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { acknowledgmentLoaders } from '../modules/acknowledgment/acknowledgment.loader.js';
import { userLoaders } from '../modules/auth/auth.loader.js';
import { broadcastLoaders } from '../modules/broadcast/broadcast.loader.js';
import { companyLoaders } from '../modules/company/company.loader.js';
import { emailLoaders } from '../modules/email/email.loader.js';
import { messageLoaders } from '../modules/message/message.loader.js';

/**
 * A loader answering every key of one batch from one query: `fetch` returns the values it found,
 * and keys it did not find get `fallback`.
 */
export function batchLoader<V>(
  fetch: (keys: readonly string[]) => Promise<Map<string, V>>,
  fallback: V,
): DataLoader<string, V> {
  return new DataLoader<string, V>(async (keys) => {
    const found = await fetch(keys);
    return keys.map((key) => found.get(key) ?? fallback);
  });
}

/** Groups rows into lists by key, preserving order. */
export function groupBy<T>(rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Every loader of a request; created per request (and per subscription event), never shared. */
export function createLoaders(em: EntityManager) {
  return {
    ...userLoaders(em),
    ...companyLoaders(em),
    ...messageLoaders(em),
    ...broadcastLoaders(em),
    ...emailLoaders(em),
    ...acknowledgmentLoaders(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
