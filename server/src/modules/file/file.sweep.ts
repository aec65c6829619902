import type PgBoss from 'pg-boss';
import type { Config } from '../../config.js';
import type { Logger } from '../../core/logger.js';
import type { SqlRunner } from './file.queries.js';
import type { FileService } from './file.service.js';

/**
 * Every quarter of an hour. pg-boss keeps the schedule in the database and sends one job per slot
 * whatever the number of processes, and the queue's `stately` policy lets one sweep run at a time.
 */
export const ORPHAN_SWEEP_CRON = '*/15 * * * *';

/** Next to the deployment's email queue, so deployments sharing a database keep their sweeps apart. */
export function orphanSweepQueue(config: Pick<Config, 'emailQueue'>): string {
  return `${config.emailQueue}-file-sweep`;
}

/** Statements of the sweep on the job queue's own connections, as the job runs outside any request. */
export function jobQueueSql(boss: PgBoss): SqlRunner {
  return async (text, values) =>
    (await boss.getDb().executeSql(text, values)).rows as Array<Record<string, unknown>>;
}

/**
 * Registers the orphan sweep (FileService.sweepOrphans) as a scheduled pg-boss job worked in this
 * process. Resolves to whether it runs; a failure is logged, never thrown, so it cannot stop the
 * process from starting. A process given no job queue (`jobQueue` throws: the benchmarks) sweeps
 * nothing.
 */
export async function startOrphanSweep(
  jobQueue: () => PgBoss,
  files: FileService,
  queue: string,
  logger: Logger,
): Promise<boolean> {
  let boss: PgBoss;
  try {
    boss = jobQueue();
  } catch {
    return false;
  }
  try {
    const options = {
      name: queue,
      policy: 'stately' as const,
      retryLimit: 3,
      retryDelay: 60,
      expireInSeconds: 30 * 60,
    };
    if (await boss.getQueue(queue)) await boss.updateQueue(queue, options);
    else await boss.createQueue(queue, options).catch(async () => boss.updateQueue(queue, options));
    await boss.schedule(queue, ORPHAN_SWEEP_CRON);
    const sql = jobQueueSql(boss);
    await boss.work(queue, { pollingIntervalSeconds: 5 }, async () => {
      const swept = await files.sweepOrphans(sql);
      if (swept.files || swept.removed) logger.info('orphaned uploads removed', swept);
    });
    return true;
  } catch (error) {
    // A process stopped while this was being set up has nothing to report.
    if (!files.uploadsStopped)
      logger.error('the orphaned upload sweep could not start', { error: String(error) });
    return false;
  }
}
