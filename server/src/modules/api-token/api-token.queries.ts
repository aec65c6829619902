import type { EntityManager } from '@mikro-orm/postgresql';
import type { ApiScope } from './api-token.entity.js';

/** A usable token as authentication reads it: the head who made it, for their office. */
export interface LiveApiToken {
  token_id: string;
  user_id: string;
  office_id: string;
  scopes: ApiScope[];
}

/**
 * The unexpired, unrevoked token of a hash, in one statement; null otherwise, and also when the
 * head who made it is no longer an active head of that office.
 */
export async function findLiveApiToken(
  em: EntityManager,
  tokenHash: string,
): Promise<LiveApiToken | null> {
  const [row] = await em.execute<LiveApiToken[]>(
    `select t.id as token_id, u.id as user_id, t.office_id, t.scopes
       from api_token t join app_user u on u.id = t.created_by_id
      where t.token_hash = ? and t.revoked_at is null
        and (t.expires_at is null or t.expires_at > now())
        and u.role = 'OFFICE_HEAD' and u.office_id = t.office_id and u.deactivated_at is null`,
    [tokenHash],
  );
  return row ?? null;
}

/** lastUsedAt, unless another request (of any instance) recorded it within the last minute. */
export async function recordApiTokenUse(em: EntityManager, tokenId: string): Promise<void> {
  await em.execute(
    `update api_token set last_used_at = now()
      where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')`,
    [tokenId],
  );
}

/**
 * When a live token stops being valid (far ahead when it has no expiry); null when it is unknown,
 * revoked or expired. Its sockets are closed then, as a session's are.
 */
export async function apiTokenExpiresAt(em: EntityManager, tokenId: string): Promise<Date | null> {
  const [row] = await em.execute<Array<{ expires_at: Date }>>(
    `select coalesce(expires_at, now() + interval '100 years') as expires_at from api_token
      where id = ? and revoked_at is null and (expires_at is null or expires_at > now())`,
    [tokenId],
  );
  return row ? new Date(row.expires_at) : null;
}

/** The ids of a user's tokens that still work: their sockets close when the user is deactivated. */
export async function liveApiTokenIdsOf(em: EntityManager, userId: string): Promise<string[]> {
  const rows = await em.execute<Array<{ id: string }>>(
    `select id from api_token
      where created_by_id = ? and revoked_at is null and (expires_at is null or expires_at > now())`,
    [userId],
  );
  return rows.map((row) => row.id);
}
