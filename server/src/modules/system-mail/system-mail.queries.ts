import type { EntityManager } from '@mikro-orm/postgresql';
import { SystemMailStatus } from './system-mail.entity.js';

/** Runs one statement with `?` placeholders and answers its rows. */
export type SqlRunner = (sql: string, params: unknown[]) => Promise<Array<Record<string, unknown>>>;

export function runnerOf(em: EntityManager): SqlRunner {
  return async (sql, params) => {
    const rows = await em.execute(sql, params);
    return Array.isArray(rows) ? (rows as Array<Record<string, unknown>>) : [];
  };
}

export interface SystemMailRow {
  id: string;
  to_address: string;
  template: string;
  language: string;
  vars: Record<string, unknown>;
  sealed_vars: string | null;
  status: SystemMailStatus;
}

/** A new QUEUED email, in the caller's transaction. */
export async function insertSystemMail(
  sql: SqlRunner,
  row: Omit<SystemMailRow, 'status'>,
): Promise<void> {
  await sql(
    `insert into "system_mail" ("id", "to_address", "template", "language", "vars", "sealed_vars")
     values (?, ?, ?, ?, ?::jsonb, ?)`,
    [row.id, row.to_address, row.template, row.language, JSON.stringify(row.vars), row.sealed_vars],
  );
}

/** Many new QUEUED emails in one statement, in the caller's transaction (alerts to 10,000 people). */
export async function insertSystemMails(
  sql: SqlRunner,
  rows: Array<Omit<SystemMailRow, 'status'>>,
): Promise<void> {
  if (!rows.length) return;
  await sql(
    `insert into "system_mail" ("id", "to_address", "template", "language", "vars", "sealed_vars")
     select "id", "to_address", "template", "language", "vars", "sealed_vars"
       from jsonb_to_recordset(?::jsonb)
         as t("id" uuid, "to_address" text, "template" text, "language" text, "vars" jsonb,
              "sealed_vars" text)`,
    [JSON.stringify(rows)],
  );
}

/** The email of a job, while it is still to be sent; null once SENT or FAILED (or gone). */
export async function queuedSystemMail(sql: SqlRunner, id: string): Promise<SystemMailRow | null> {
  const [row] = await sql(
    `select "id", "to_address", "template", "language", "vars", "sealed_vars", "status"
     from "system_mail" where "id" = ? and "status" = ?`,
    [id, SystemMailStatus.QUEUED],
  );
  return (row as SystemMailRow | undefined) ?? null;
}

export async function markSystemMailSent(sql: SqlRunner, id: string): Promise<void> {
  await sql(
    `update "system_mail" set "status" = ?, "attempts" = "attempts" + 1, "sent_at" = now(),
       "last_error" = null, "updated_at" = now()
     where "id" = ? and "status" = ?`,
    [SystemMailStatus.SENT, id, SystemMailStatus.QUEUED],
  );
}

/** A failed attempt: FAILED for good, or still QUEUED for the next try, with the reason. */
export async function recordSystemMailFailure(
  sql: SqlRunner,
  id: string,
  reason: string,
  final: boolean,
): Promise<void> {
  await sql(
    `update "system_mail" set "status" = ?, "attempts" = "attempts" + 1, "last_error" = ?,
       "updated_at" = now()
     where "id" = ? and "status" = ?`,
    [
      final ? SystemMailStatus.FAILED : SystemMailStatus.QUEUED,
      reason,
      id,
      SystemMailStatus.QUEUED,
    ],
  );
}
