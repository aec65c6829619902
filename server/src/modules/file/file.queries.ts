import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../core/context.js';
import { toInt, uuidArray } from '../../core/sql.js';
import { StoredFile } from './file.entity.js';
import { UNATTACHED_UPLOAD, whereFileAttachable, whereFileDownloadable } from './file.policy.js';

/*
 * The statements of stored files, named by what they do: quotas, attachability, downloads and the
 * orphan sweep.
 */

/** A statement with `$n` placeholders and its rows (the job queue's connection runs the sweep). */
export type SqlRunner = (
  text: string,
  values: unknown[],
) => Promise<Array<Record<string, unknown>>>;

/** Bytes of the user's uploads that no message links to (printouts never count). */
export async function unattachedUploadBytes(em: EntityManager, userId: string): Promise<number> {
  const [row] = await em.execute(
    `select coalesce(sum(f.size), 0) as bytes from stored_file f where f.uploader_id = ? and ${UNATTACHED_UPLOAD}`,
    [userId],
  );
  return toInt(row?.bytes);
}

/** Holds the user's upload quota until the transaction ends: their uploads are recorded one at a time. */
export async function lockUploadQuota(tx: EntityManager, userId: string): Promise<void> {
  await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [
    `upload-quota:${userId}`,
  ]);
}

/** Which of `ids` (validated) the actor may attach to a message (canAttachFile). */
export async function attachableFileIds(
  em: EntityManager,
  actor: Actor,
  ids: string[],
  orphanHours: number,
): Promise<Set<string>> {
  const query = em
    .getKnex()('stored_file as f')
    .select('f.id')
    .whereRaw('f.id = any(?::uuid[])', [uuidArray(ids)]);
  whereFileAttachable(query, actor, orphanHours);
  const rows: Array<{ id: string }> = await em.execute(query);
  return new Set(rows.map((r) => r.id));
}

/** The file `id` (validated) if the actor may download it (canDownloadFile); else null. */
export async function findDownloadableFile(
  em: EntityManager,
  actor: Actor,
  id: string,
): Promise<StoredFile | null> {
  const query = em.getKnex()('stored_file as f').select('f.*').where('f.id', id);
  whereFileDownloadable(query, actor);
  const [row] = await em.execute(query);
  return row ? em.map(StoredFile, row) : null;
}

/** The user's first download of the file (later ones change nothing). */
export async function recordDownload(
  em: EntityManager,
  fileId: string,
  userId: string,
): Promise<void> {
  await em.execute(
    'insert into file_download (file_id, user_id) values (?, ?) on conflict do nothing',
    [fileId, userId],
  );
}

/**
 * Deletes up to `limit` uploads never attached and older than `ageSeconds`, oldest first, in one
 * statement that queues their storage keys in file_removal; skips rows a transaction attaching them
 * holds.
 */
export async function deleteOrphanBatch(
  sql: SqlRunner,
  ageSeconds: number,
  limit: number,
): Promise<{ files: number; bytes: number }> {
  const [row] = await sql(
    `with orphan as (
       select f.id from stored_file f
        where f.created_at < now() - make_interval(secs => $1) and ${UNATTACHED_UPLOAD}
        order by f.created_at limit $2
        for update of f skip locked
     ), gone as (
       delete from stored_file f using orphan o where f.id = o.id returning f.storage_key, f.size
     ), queued as (
       insert into file_removal (storage_key) select storage_key from gone on conflict do nothing
     )
     select count(*)::int as files, coalesce(sum(size), 0)::bigint as bytes from gone`,
    [ageSeconds, limit],
  );
  return { files: toInt(row?.files), bytes: toInt(row?.bytes) };
}

/** Storage keys queued for removal after `after`, in order, at most `limit`. */
export async function queuedRemovalKeys(
  sql: SqlRunner,
  after: string,
  limit: number,
): Promise<string[]> {
  const rows = await sql(
    'select storage_key from file_removal where storage_key > $1 order by storage_key limit $2',
    [after, limit],
  );
  return rows.map((row) => String(row.storage_key));
}

/** Takes keys off the removal queue once their bytes are gone. */
export async function forgetRemovedKeys(sql: SqlRunner, keys: string[]): Promise<void> {
  if (keys.length)
    await sql('delete from file_removal where storage_key = any($1::text[])', [keys]);
}
