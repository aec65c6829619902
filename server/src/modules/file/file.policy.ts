import type { Knex } from '@mikro-orm/postgresql';
import type { Actor } from '../../core/context.js';
import { Role } from '../auth/user.entity.js';
import { type CompanyKey, canSeeCompany, whereCompanyVisible } from '../company/company.policy.js';

/** What the file rules read of a stored file. */
export interface FileKey {
  uploaderId: string;
  /**
   * The companies whose threads hold a message the file is attached to; `recalled` when that
   * message was recalled (clients no longer see it, nor the file through it).
   */
  attachedTo: Array<CompanyKey & { recalled?: boolean }>;
  /** Made by the server for a company (a printout), not uploaded: never swept. */
  generated: boolean;
  createdAt: Date;
}

/**
 * Who may download a file (and so see it): its uploader, and whoever sees a company whose thread
 * has a message it is attached to (for a client, a message not recalled). A printout is attached
 * to its company's email.
 */
export function canDownloadFile(actor: Actor | null, file: FileKey): boolean {
  if (!actor) return false;
  if (file.uploaderId === actor.userId) return true;
  const client = actor.role === Role.CLIENT;
  return file.attachedTo.some(
    (company) => canSeeCompany(actor, company) && !(client && company.recalled),
  );
}

/** The same rule as SQL over a stored_file table aliased `alias`. */
export function whereFileDownloadable(
  qb: Knex.QueryBuilder,
  actor: Actor | null,
  alias = 'f',
): Knex.QueryBuilder {
  if (!actor) return qb.whereRaw('false');
  return qb.andWhere((q) =>
    q.where(`${alias}.uploader_id`, actor.userId).orWhereExists((sub) => {
      sub
        .select(sub.client.raw('1'))
        .from('message_attachment as ma')
        .join('message as m', 'm.id', 'ma.message_id')
        .join('company as c', 'c.id', 'm.company_id')
        .whereRaw(`ma.file_id = ${alias}.id`);
      if (actor.role === Role.CLIENT) sub.whereNull('m.recalled_at');
      whereCompanyVisible(sub, actor);
    }),
  );
}

/**
 * Who may attach a file to a message: its uploader only, and only while the orphan sweep cannot
 * take it (attached somewhere already, generated, or uploaded less than `orphanHours` ago). Anyone
 * else's file is NOT_FOUND, as if it did not exist.
 */
export function canAttachFile(
  actor: Actor | null,
  file: FileKey,
  orphanHours: number,
  now: Date = new Date(),
): boolean {
  if (!actor || file.uploaderId !== actor.userId) return false;
  return (
    file.attachedTo.length > 0 ||
    file.generated ||
    file.createdAt.getTime() > now.getTime() - orphanHours * 3_600_000
  );
}

/**
 * Uploads (not printouts) that no message links to, no office has as its logo and no scheduled send
 * will attach (its stored request names them): what the orphan sweep takes, over `f`.
 */
export const UNATTACHED_UPLOAD = `f.company_id is null and f.printout is null
  and not exists (select 1 from message_attachment ma where ma.file_id = f.id)
  and not exists (select 1 from office lo where lo.logo_id = f.id)
  and not exists (select 1 from broadcast sb where sb.status = 'SCHEDULED'
                   and sb.request -> 'attachmentIds' @> to_jsonb(f.id::text))`;

/** canAttachFile as SQL over a stored_file table aliased `f`. */
export function whereFileAttachable(
  qb: Knex.QueryBuilder,
  actor: Actor | null,
  orphanHours: number,
): Knex.QueryBuilder {
  if (!actor) return qb.whereRaw('false');
  return qb
    .where('f.uploader_id', actor.userId)
    .andWhereRaw(
      `(f.created_at > now() - make_interval(hours => ?) or not (${UNATTACHED_UPLOAD}))`,
      [orphanHours],
    );
}

/**
 * Whose downloads are recorded: a client's, which the office sees as the archive's "downloaded"
 * state. Staff opening a file is not the client having it.
 */
export function recordsDownload(actor: Actor): boolean {
  return actor.role === Role.CLIENT;
}
