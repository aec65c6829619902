import type { MikroORM } from '@mikro-orm/postgresql';
import type PgBoss from 'pg-boss';
import type { Config } from '../../config.js';
import type { Logger } from '../../core/logger.js';
import {
  type AccountService,
  type PasswordResetJob,
  passwordResetQueue,
} from './account.service.js';

export async function ensurePasswordResetQueue(boss: PgBoss, config: Config): Promise<void> {
  const name = passwordResetQueue(config);
  const options = {
    name,
    policy: 'standard' as const,
    retryLimit: 3,
    retryDelay: 5,
    retryBackoff: true,
    expireInSeconds: 300,
  };
  if (await boss.getQueue(name)) await boss.updateQueue(name, options);
  else await boss.createQueue(name, options).catch(async () => boss.updateQueue(name, options));
}

/** Works the password reset requests in this process (AccountService.sendPasswordReset). */
export async function startPasswordResetWorker(
  orm: MikroORM,
  boss: PgBoss,
  accounts: AccountService,
  config: Config,
  logger: Logger,
): Promise<void> {
  await boss.work<PasswordResetJob>(
    passwordResetQueue(config),
    { batchSize: 1, pollingIntervalSeconds: 1 },
    async ([job]) => {
      if (!job) return;
      try {
        await accounts.sendPasswordReset(orm.em.fork(), job.data.email);
      } catch (error) {
        // No email in the log: the job id names the request.
        logger.error('password reset request failed', {
          jobId: job.id,
          error: error instanceof Error ? error.message : String(error),
        });
        throw error;
      }
    },
  );
}
