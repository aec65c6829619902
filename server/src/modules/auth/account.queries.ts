import type { EntityManager } from '@mikro-orm/postgresql';
import { type Language, Role } from './user.entity.js';

/** An account as the password and session mutations need it. */
export interface AccountRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  office_id: string | null;
  office_name: string | null;
  language: Language;
}

const accountColumns = `u.id, u.email, u.name, u.role, u.language, u.office_id, o.name as office_name`;

/** An active account by its (normalized) email; null for an unknown or deactivated one. */
export async function activeAccountByEmail(
  em: EntityManager,
  email: string,
): Promise<AccountRow | null> {
  const [row] = await em.execute<AccountRow[]>(
    `select ${accountColumns} from app_user u left join office o on o.id = u.office_id
      where u.email = ? and u.deactivated_at is null`,
    [email],
  );
  return row ?? null;
}

export async function accountById(em: EntityManager, userId: string): Promise<AccountRow | null> {
  const [row] = await em.execute<AccountRow[]>(
    `select ${accountColumns} from app_user u left join office o on o.id = u.office_id
      where u.id = ?`,
    [userId],
  );
  return row ?? null;
}

export async function insertPasswordReset(
  em: EntityManager,
  userId: string,
  tokenHash: string,
  validMinutes: number,
): Promise<void> {
  await em.execute(
    `insert into password_reset (user_id, token_hash, expires_at)
     values (?, ?, now() + make_interval(mins => ?))`,
    [userId, tokenHash, validMinutes],
  );
}

/** What a reset token stands for, whatever its state: the caller says why it cannot be used. */
export interface ResetRow {
  id: string;
  user_id: string;
  used: boolean;
  expired: boolean;
  deactivated: boolean;
}

export async function findPasswordReset(
  em: EntityManager,
  tokenHash: string,
): Promise<ResetRow | null> {
  const [row] = await em.execute<ResetRow[]>(
    `select r.id, r.user_id, r.used_at is not null as used, r.expires_at <= now() as expired,
            u.deactivated_at is not null as deactivated
       from password_reset r join app_user u on u.id = r.user_id
      where r.token_hash = ?`,
    [tokenHash],
  );
  return row ?? null;
}

/**
 * Uses the reset link and every other unused link of the user, in one statement; false when it was
 * used (by a concurrent twin), expired, or the user deactivated meanwhile.
 */
export async function consumePasswordResets(
  em: EntityManager,
  resetId: string,
  userId: string,
): Promise<boolean> {
  const rows = await em.execute<Array<{ id: string }>>(
    `update password_reset set used_at = now(), updated_at = now()
      where user_id = ? and used_at is null
        and exists (select 1 from password_reset r join app_user u on u.id = r.user_id
                     where r.id = ? and r.used_at is null and r.expires_at > now()
                       and u.deactivated_at is null)
      returning id`,
    [userId, resetId],
  );
  return rows.some((row) => row.id === resetId);
}

export async function setPasswordHash(
  em: EntityManager,
  userId: string,
  passwordHash: string,
): Promise<void> {
  await em.execute(
    'update app_user set password_hash = ?, updated_at = now() where id = ? and deactivated_at is null',
    [passwordHash, userId],
  );
}

/** Ends every live session of the user but `keep`; answers the ended ones' ids. */
export async function revokeSessionsOfUser(
  em: EntityManager,
  userId: string,
  keep: string | null,
): Promise<string[]> {
  const rows = await em.execute<Array<{ id: string }>>(
    `update session set revoked_at = now(), updated_at = now()
      where user_id = ? and revoked_at is null and expires_at > now() and id is distinct from ?
      returning id`,
    [userId, keep],
  );
  return rows.map((row) => row.id);
}

/** Unused reset links of a user are of no use any more (deactivated, or the password changed). */
export async function dropPasswordResets(em: EntityManager, userId: string): Promise<void> {
  await em.execute(
    'update password_reset set used_at = now(), updated_at = now() where user_id = ? and used_at is null',
    [userId],
  );
}

export interface SessionRow {
  id: string;
  created_at: Date;
  last_used_at: Date;
  user_agent: string | null;
}

/** The user's live sessions, the most recently used first. */
export async function liveSessionsOfUser(em: EntityManager, userId: string): Promise<SessionRow[]> {
  return em.execute<SessionRow[]>(
    `select id, created_at, coalesce(last_used_at, created_at) as last_used_at, user_agent
       from session
      where user_id = ? and revoked_at is null and expires_at > now()
      order by coalesce(last_used_at, created_at) desc, id`,
    [userId],
  );
}

/** Ends one live session of this user; false when it is not theirs (or not live: no such row). */
export async function revokeOwnSession(
  em: EntityManager,
  userId: string,
  sessionId: string,
): Promise<'revoked' | 'ended' | 'none'> {
  const [row] = await em.execute<Array<{ live: boolean; revoked: boolean }>>(
    `with target as (
       select id, revoked_at is null and expires_at > now() as live from session
        where id = ? and user_id = ?
     ), ended as (
       update session s set revoked_at = now(), updated_at = now()
         from target t where s.id = t.id and t.live
       returning s.id
     )
     select t.live, exists (select 1 from ended) as revoked from target t`,
    [sessionId, userId],
  );
  if (!row) return 'none';
  return row.revoked ? 'revoked' : 'ended';
}

/**
 * Who a head may deactivate: staff of their office, and client users whose companies are all of
 * it (a client of another office too keeps their account for that office). `other_offices`: a
 * client with companies of this office and of another.
 */
export async function deactivationTarget(
  em: EntityManager,
  officeId: string,
  userId: string,
): Promise<{ id: string; role: Role; deactivated: boolean; other_offices: boolean } | null> {
  const [row] = await em.execute<
    Array<{ id: string; role: Role; deactivated: boolean; other_offices: boolean }>
  >(
    `select u.id, u.role, u.deactivated_at is not null as deactivated,
            exists (select 1 from company_member cm join company c on c.id = cm.company_id
                     where cm.user_id = u.id and c.office_id <> ?) as other_offices
       from app_user u
      where u.id = ?
        and ((u.role in ('${Role.OFFICE_HEAD}', '${Role.CARETAKER}') and u.office_id = ?)
          or (u.role = '${Role.CLIENT}' and exists (
                select 1 from company_member cm join company c on c.id = cm.company_id
                 where cm.user_id = u.id and c.office_id = ?)))`,
    [officeId, userId, officeId, officeId],
  );
  return row ?? null;
}

export async function markDeactivated(em: EntityManager, userId: string): Promise<void> {
  await em.execute(
    'update app_user set deactivated_at = now(), updated_at = now() where id = ? and deactivated_at is null',
    [userId],
  );
}
