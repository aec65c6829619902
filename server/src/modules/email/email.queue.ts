import type { EntityManager } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import type { Config } from '../../config.js';

/** A job names its delivery; everything else (printouts included) is on the delivery's row. */
export interface EmailJob {
  deliveryId: string;
}

/**
 * pg-boss retries beyond EMAIL_RETRY_LIMIT, for jobs handed back without an SMTP attempt (the
 * process stopped, no connection came free in time) or expired with their process: those must not
 * use up the retries of a delivery whose SMTP server has not answered yet.
 */
export const JOB_RETRY_HEADROOM = 5;

/** The durable queue: pg-boss in its own schema of the same database. */
export function createBoss(databaseUrl: string, config: Config): PgBoss {
  return new PgBoss({
    connectionString: databaseUrl,
    schema: 'pgboss',
    application_name: 'ledgerpost-jobs',
    max: Math.max(2, Math.min(config.workers + 1, 10)),
    // Jobs of a process that died are retried once they expire; look for them often enough.
    maintenanceIntervalSeconds: Math.max(
      1,
      Math.min(60, Math.floor(config.emailJobExpireSeconds / 2)),
    ),
    monitorStateIntervalSeconds: 600,
  });
}

export async function ensureEmailQueue(boss: PgBoss, config: Config): Promise<void> {
  const name = config.emailQueue;
  const options = {
    name,
    policy: 'standard' as const,
    retryLimit: config.emailRetryLimit + JOB_RETRY_HEADROOM,
    retryDelay: config.emailRetryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: config.emailJobExpireSeconds,
  };
  if (await boss.getQueue(name)) await boss.updateQueue(name, options);
  else await boss.createQueue(name, options).catch(async () => boss.updateQueue(name, options));
}

/**
 * pg-boss statements run through the caller's transaction, so jobs commit (or roll back) with the
 * rows they belong to. pg-boss writes `$n` placeholders; the ORM binds `?`.
 */
export function transactionDb(em: EntityManager): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[]) {
      const params: unknown[] = [];
      const sql = text.replace(/\?/g, '\\?').replace(/\$(\d+)/g, (_, n: string) => {
        params.push(values[Number(n) - 1]);
        return '?';
      });
      const rows = await em.execute(sql, params);
      return { rows: Array.isArray(rows) ? rows : [] };
    },
  };
}
