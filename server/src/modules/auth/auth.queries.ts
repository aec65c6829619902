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

/** The unexpired, unrevoked session of a token hash and its user, in one statement; else null. */
export async function findLiveSession(
  em: EntityManager,
  tokenHash: string,
): Promise<LiveSession | null> {
  const [row] = await em.execute<LiveSession[]>(
    `select s.id as session_id, u.id as user_id, u.role, u.office_id,
            array(select cm.company_id from company_member cm where cm.user_id = u.id) as company_ids
       from session s join app_user u on u.id = s.user_id
      where s.token_hash = ? and s.revoked_at is null and s.expires_at > now()`,
    [tokenHash],
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
