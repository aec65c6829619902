import type { MikroORM } from '@mikro-orm/postgresql';
import type PgBoss from 'pg-boss';
import type { Config } from '../../config.js';
import type { Logger } from '../../core/logger.js';
import type { DeadlineService } from './deadline.service.js';

/**
 * Every five minutes: a rule's hour is met within five minutes of it, and a run missed (a process
 * down, a restart) is caught up by a later one of the same day. pg-boss keeps the schedule in the
 * database and sends one job per slot whatever the number of processes; the ledger, not the
 * schedule, keeps each reminder single.
 */
export const DEADLINE_REMINDER_CRON = '*/5 * * * *';

/** Next to the deployment's email queue, so deployments sharing a database keep their runs apart. */
export function deadlineReminderQueue(config: Pick<Config, 'emailQueue'>): string {
  return `${config.emailQueue}-deadline-reminders`;
}

/**
 * Registers the deadline reminder run (DeadlineService.run) as a scheduled pg-boss job worked in
 * this process (ROLE=all or worker). Resolves to whether it runs; a failure is logged, never
 * thrown, so it cannot stop the process from starting.
 */
export async function startDeadlineReminders(
  orm: MikroORM,
  boss: PgBoss,
  deadlines: DeadlineService,
  config: Pick<Config, 'emailQueue'>,
  logger: Logger,
): Promise<boolean> {
  const queue = deadlineReminderQueue(config);
  try {
    const options = {
      name: queue,
      policy: 'stately' as const,
      retryLimit: 2,
      retryDelay: 60,
      expireInSeconds: 15 * 60,
    };
    if (await boss.getQueue(queue)) await boss.updateQueue(queue, options);
    else await boss.createQueue(queue, options).catch(async () => boss.updateQueue(queue, options));
    await boss.schedule(queue, DEADLINE_REMINDER_CRON);
    await boss.work(queue, { pollingIntervalSeconds: 10 }, async () => {
      await deadlines.run(orm.em);
    });
    return true;
  } catch (error) {
    logger.error('the deadline reminders could not start', { error: String(error) });
    return false;
  }
}
