import type { EntityManager } from '@mikro-orm/postgresql';
import type { ConnectionShape } from '../../core/pagination.js';
import { keysetPage } from '../../core/sql.js';
import { Office, type OfficeVerification } from './office.entity.js';

/**
 * Offices newest first, of one verification status or all: a keyset page on
 * (verification, created_at, id) or (created_at, id), so the admin's queue of PENDING offices costs
 * its page whatever the number of offices.
 */
export function listOfficesNewestFirst(
  em: EntityManager,
  page: { first: number; after: string[] | null; status: OfficeVerification | null },
): Promise<ConnectionShape<Office>> {
  const inner = em.getKnex()('office as o').select('o.*');
  if (page.status) inner.where('o.verification', page.status);
  return keysetPage(em, inner, {
    first: page.first,
    after: page.after,
    sort: [
      ['created_at', 'timestamptz'],
      ['id', 'uuid'],
    ],
    descending: true,
    map: (row) => em.map(Office, row),
    cursorOf: (office) => [office.createdAt.toISOString(), office.id],
  });
}
