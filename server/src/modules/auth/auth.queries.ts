import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from './user.entity.js';

/** A session as authentication reads it: who, in which role, with their office or companies. */
export interface LiveSession {
  session_id: string;
  user_id: string;
  role: Role;
  office_id: string | null;
  company_ids: string[];
}

/** `mySessions` shows when a session was last used to this precision: one write a minute at most. */
export const LAST_USED_PRECISION_SECONDS = 60;

/**
 * The unexpired, unrevoked session of a token hash and its active user, in one statement; else
 * null. The same statement records the session's use when the recorded one is older than
 * LAST_USED_PRECISION_SECONDS, so a busy session costs one row write a minute, not one a request.
 */
export async function findLiveSession(
  em: EntityManager,
  tokenHash: string,
): Promise<LiveSession | null> {
  const [row] = await em.execute<LiveSession[]>(
    `with used as (
       update session set last_used_at = now()
        where token_hash = ? and revoked_at is null and expires_at > now()
          and (last_used_at is null or last_used_at < now() - make_interval(secs => ?))
     )
     select s.id as session_id, u.id as user_id, u.role, u.office_id,
            array(select cm.company_id from company_member cm where cm.user_id = u.id) as company_ids
       from session s join app_user u on u.id = s.user_id
      where s.token_hash = ? and s.revoked_at is null and s.expires_at > now()
        and u.deactivated_at is null`,
    [tokenHash, LAST_USED_PRECISION_SECONDS, tokenHash],
  );
  return row ?? null;
}

/** Ends a session (a second call changes nothing). */
export async function revokeSession(em: EntityManager, sessionId: string): Promise<void> {
  await em.execute('update session set revoked_at = now() where id = ? and revoked_at is null', [
    sessionId,
  ]);
}

/** When a session stops being valid: null when it is unknown, revoked or expired already. */
export async function sessionExpiresAt(em: EntityManager, sessionId: string): Promise<Date | null> {
  const [row] = await em.execute<Array<{ expires_at: Date }>>(
    'select expires_at from session where id = ? and revoked_at is null and expires_at > now()',
    [sessionId],
  );
  return row ? new Date(row.expires_at) : null;
}
