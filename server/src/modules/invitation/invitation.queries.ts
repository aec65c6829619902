import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../core/context.js';
import type { Language } from '../auth/user.entity.js';
import { Invitation, InvitationStatus } from './invitation.entity.js';
import { whereInvitationManaged } from './invitation.policy.js';
import { INVITATIONS_SHOWN } from './invitation.types.js';

/** The status of invitation `i` as SQL, the twin of invitationStatus(). */
const statusCondition: Record<InvitationStatus, string> = {
  [InvitationStatus.ACCEPTED]: 'i.accepted_at is not null',
  [InvitationStatus.REVOKED]: 'i.accepted_at is null and i.revoked_at is not null',
  [InvitationStatus.EXPIRED]:
    'i.accepted_at is null and i.revoked_at is null and i.expires_at <= now()',
  [InvitationStatus.PENDING]:
    'i.accepted_at is null and i.revoked_at is null and i.expires_at > now()',
};

/** The office's invitations the actor manages, of one status or all, newest first. */
export async function listManagedInvitations(
  em: EntityManager,
  actor: Actor | null,
  officeId: string,
  status: InvitationStatus | null,
): Promise<Invitation[]> {
  const query = em
    .getKnex()('invitation as i')
    .leftJoin('company as c', 'c.id', 'i.company_id')
    .select('i.*')
    .where('i.office_id', officeId);
  whereInvitationManaged(query, actor);
  if (status) query.whereRaw(statusCondition[status]);
  query.orderBy([
    { column: 'i.created_at', order: 'desc' },
    { column: 'i.id', order: 'desc' },
  ]);
  query.limit(INVITATIONS_SHOWN);
  const rows: Array<Record<string, unknown>> = await em.execute(query);
  return rows.map((row) => em.map(Invitation, row));
}

/** The invitation `id` (validated) if the actor manages it; else null. Locked with `forUpdate`. */
export async function findManagedInvitation(
  em: EntityManager,
  actor: Actor,
  id: string,
  forUpdate = false,
): Promise<Invitation | null> {
  const query = em
    .getKnex()('invitation as i')
    .leftJoin('company as c', 'c.id', 'i.company_id')
    .select('i.*')
    .where('i.id', id);
  whereInvitationManaged(query, actor);
  if (forUpdate) query.forUpdate('i');
  const [row] = await em.execute(query);
  return row ? em.map(Invitation, row) : null;
}

/**
 * The invitation whose link carries the token with this hash, locked until the transaction ends,
 * so two accepts of one link at once are taken one after the other and the second finds it used.
 */
export async function lockInvitationByTokenHash(
  em: EntityManager,
  tokenHash: string,
): Promise<Invitation | null> {
  const [row] = await em.execute('select * from invitation where token_hash = ? for update', [
    tokenHash,
  ]);
  return row ? em.map(Invitation, row) : null;
}

/**
 * Holds, until the transaction ends, the right to invite this email to this place: of two
 * invitations sent at once, the second waits, then finds the first open and is refused.
 */
export async function lockInvitationTarget(
  em: EntityManager,
  target: { officeId: string; companyId: string | null; email: string },
): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [
    `invitation:${target.officeId}:${target.companyId ?? ''}:${target.email}`,
  ]);
}

/** Whether an open (not accepted, revoked or expired) invitation already asks this email to the same place. */
export async function openInvitationExists(
  em: EntityManager,
  target: { officeId: string; companyId: string | null; email: string },
): Promise<boolean> {
  const [row] = await em.execute(
    `select 1 from invitation i
      where i.office_id = ? and i.company_id is not distinct from ? and i.email = ?
        and ${statusCondition[InvitationStatus.PENDING]}
      limit 1`,
    [target.officeId, target.companyId, target.email],
  );
  return row !== undefined;
}

/** What an open invitation's link shows. */
export interface InvitationPreviewRow {
  office_name: string;
  company_name: string | null;
  role: string;
  email: string;
  expires_at: Date;
  language: Language;
}

/** What an open invitation's link shows: the office's and company's names; null when not open. */
export async function findOpenInvitationPreview(
  em: EntityManager,
  tokenHash: string,
): Promise<InvitationPreviewRow | null> {
  const [row]: InvitationPreviewRow[] = await em.execute(
    `select o.name as office_name, c.name as company_name, i.role, i.email, i.expires_at,
        i.language
      from invitation i
      join office o on o.id = i.office_id
      left join company c on c.id = i.company_id
      where i.token_hash = ? and ${statusCondition[InvitationStatus.PENDING]}`,
    [tokenHash],
  );
  return row ?? null;
}
