import type { MikroORM } from '@mikro-orm/postgresql';
import type PgBoss from 'pg-boss';
import type { Config } from '../../config.js';
import type { Logger } from '../../core/logger.js';
import type { AlertService } from './alert.service.js';

/** Next to the deployment's email queue, so deployments sharing a database keep their sweeps apart. */
export function alertSweepQueue(config: Pick<Config, 'emailQueue'>): string {
  return `${config.emailQueue}-alert-sweep`;
}

/**
 * Works the alert sweep in this process (ROLE=all or worker), every ALERT_SWEEP_SECONDS. The
 * queue's `stately` policy keeps at most one sweep waiting and one running across every process;
 * each sweep queues the next, and a schedule each minute restarts the chain should it break. Two
 * sweeps at once would still alert each user once (see `markDueAlerts`).
 */
export async function startAlertSweep(
  orm: MikroORM,
  boss: PgBoss,
  alerts: AlertService,
  config: Pick<Config, 'emailQueue' | 'alertSweepSeconds'>,
  logger: Logger,
): Promise<void> {
  const queue = alertSweepQueue(config);
  const options = {
    name: queue,
    policy: 'stately' as const,
    retryLimit: 1,
    retryDelay: config.alertSweepSeconds,
    expireInSeconds: 5 * 60,
  };
  if (await boss.getQueue(queue)) await boss.updateQueue(queue, options);
  else await boss.createQueue(queue, options).catch(async () => boss.updateQueue(queue, options));
  await boss.schedule(queue, '* * * * *');
  const next = () => boss.send(queue, {}, { startAfter: config.alertSweepSeconds });
  await boss.work(
    queue,
    { pollingIntervalSeconds: Math.max(0.5, Math.min(config.alertSweepSeconds, 5)) },
    async () => {
      try {
        const queued = await alerts.sweep(orm.em.fork());
        if (queued) logger.info('email alerts queued', { users: queued });
      } finally {
        await next().catch(() => undefined);
      }
    },
  );
  await boss.send(queue, {});
}
