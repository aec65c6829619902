import type { MikroORM } from '@mikro-orm/postgresql';
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type PgBoss from 'pg-boss';
import type { Config } from '../../config.js';
import type { Logger } from '../../core/logger.js';
import type { SecretBox } from '../../core/secret-box.js';
import { describeSmtpError, isPermanentSmtpError } from '../email/smtp.js';
import {
  markSystemMailSent,
  queuedSystemMail,
  recordSystemMailFailure,
  runnerOf,
  type SqlRunner,
  type SystemMailRow,
} from './system-mail.queries.js';
import { type SystemMailJob, systemMailQueue } from './system-mail.service.js';
import {
  isSystemMailTemplate,
  mailLanguage,
  type RenderedMail,
  renderSystemMail,
} from './system-mail.templates.js';

/** The queue: retries with backoff as office email has them (EMAIL_RETRY_LIMIT, _DELAY_SECONDS). */
export async function ensureSystemMailQueue(boss: PgBoss, config: Config): Promise<void> {
  const name = systemMailQueue(config);
  const options = {
    name,
    policy: 'standard' as const,
    retryLimit: config.emailRetryLimit,
    retryDelay: config.emailRetryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: config.emailJobExpireSeconds,
  };
  if (await boss.getQueue(name)) await boss.updateQueue(name, options);
  else await boss.createQueue(name, options).catch(async () => boss.updateQueue(name, options));
}

/**
 * Where system mail goes: SYSTEM_SMTP_URL, or else the development mail catcher when demo mode
 * runs one (on DEV_SMTP_PORT, maybe in another process of the same machine); undefined: nowhere.
 */
export function systemSmtpUrlOf(
  config: Pick<Config, 'systemSmtpUrl' | 'demoData' | 'env' | 'devSmtpPort'>,
  catcherPort?: number,
): string | undefined {
  if (config.systemSmtpUrl) return config.systemSmtpUrl;
  if (config.env === 'production' || !config.demoData) return undefined;
  const port = catcherPort ?? config.devSmtpPort;
  return port > 0 ? `smtp://127.0.0.1:${port}` : undefined;
}

/**
 * Works the system mail queue in this process: renders each email from its row and sends it through
 * the platform's mailer. A temporary failure stays QUEUED with its reason and pg-boss retries the
 * job after a growing delay; a permanent one (5xx), or the last retry, makes it FAILED. A crash
 * between the SMTP answer and the update may send an email twice, never lose it.
 */
export async function startSystemMailWorker(
  orm: MikroORM,
  boss: PgBoss,
  deps: { config: Config; logger: Logger; secretBox: SecretBox; smtpUrl: string | undefined },
): Promise<void> {
  const { config, logger } = deps;
  const queue = systemMailQueue(config);
  let transport: Transporter<SMTPTransport.SentMessageInfo> | undefined;
  const transportFor = (url: string) =>
    (transport ??= nodemailer.createTransport({
      url,
      connectionTimeout: config.smtpTimeoutMs,
      greetingTimeout: config.smtpTimeoutMs,
      socketTimeout: config.smtpTimeoutMs,
      logger: false,
      debug: false,
    } as SMTPTransport.Options));

  const render = (row: SystemMailRow): RenderedMail => {
    if (!isSystemMailTemplate(row.template))
      throw new Error(`unknown system mail template ${row.template}`);
    const secret = row.sealed_vars ? JSON.parse(deps.secretBox.open(row.sealed_vars)) : {};
    return renderSystemMail(row.template, mailLanguage(row.language), {
      ...row.vars,
      ...secret,
    } as never);
  };

  const send = async (sql: SqlRunner, job: PgBoss.JobWithMetadata<SystemMailJob>) => {
    const row = await queuedSystemMail(sql, job.data.mailId);
    if (!row) return; // sent, failed for good, or never committed
    const lastTry = job.retryCount >= job.retryLimit;
    if (!deps.smtpUrl) {
      await recordSystemMailFailure(
        sql,
        row.id,
        'No system mailer is configured (SYSTEM_SMTP_URL).',
        true,
      );
      return;
    }
    let mail: RenderedMail;
    try {
      mail = render(row);
    } catch (error) {
      logger.error('system mail could not be rendered', {
        mailId: row.id,
        template: row.template,
        error: error instanceof Error ? error.message : String(error),
      });
      await recordSystemMailFailure(sql, row.id, 'The email could not be rendered.', true);
      return;
    }
    try {
      await transportFor(deps.smtpUrl).sendMail({
        from: config.systemMailFrom,
        to: row.to_address,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        ...(mail.headers ? { headers: mail.headers } : {}),
        messageId: `<${row.id}@ledgerpost>`,
      });
    } catch (error) {
      const reason = describeSmtpError(error);
      const final = lastTry || isPermanentSmtpError(error);
      await recordSystemMailFailure(sql, row.id, reason, final);
      logger.warn('system mail failed', { mailId: row.id, template: row.template, reason, final });
      // pg-boss retries the job after its backoff; a final failure completes it.
      if (!final) throw new Error(reason);
      return;
    }
    await markSystemMailSent(sql, row.id);
  };

  await ensureSystemMailQueue(boss, config);
  await boss.work<SystemMailJob>(
    queue,
    { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: 1 },
    async ([job]) => {
      if (job) await send(runnerOf(orm.em.fork()), job);
    },
  );
}
