import { randomUUID } from 'node:crypto';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type PgBoss from 'pg-boss';
import type { Config } from '../../config.js';
import type { SecretBox } from '../../core/secret-box.js';
import { executeBound } from '../../core/sql.js';
import { transactionDb } from '../email/email.queue.js';
import {
  insertSystemMail,
  insertSystemMails,
  runnerOf,
  type SqlRunner,
  type SystemMailRow,
} from './system-mail.queries.js';
import {
  type MailLanguage,
  type SystemMailTemplateName,
  type SystemMailVars,
  secretVarsOf,
} from './system-mail.templates.js';

/** A job names its email; what it says is on the row. */
export interface SystemMailJob {
  mailId: string;
}

/** `runnerOf`, its values bound by the driver (executeBound), in the caller's transaction. */
function boundRunnerOf(em: EntityManager): SqlRunner {
  return (sql, params) => executeBound(em, sql, params as Knex.Value[]);
}

/** `transactionDb`, its values bound by the driver. */
function boundTransactionDb(em: EntityManager): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[]) {
      const params: unknown[] = [];
      const sql = text.replace(/\?/g, '\\?').replace(/\$(\d+)/g, (_, n: string) => {
        // pg-boss leaves settings it does not have undefined; the driver takes them as null.
        params.push(values[Number(n) - 1] ?? null);
        return '?';
      });
      return { rows: await executeBound(em, sql, params as Knex.Value[]) };
    },
  };
}

/** The pg-boss queue of system mail, next to the deployment's email queue. */
export function systemMailQueue(config: Pick<Config, 'emailQueue'>): string {
  return `${config.emailQueue}-system-mail`;
}

export interface SystemMailRequest<T extends SystemMailTemplateName> {
  to: string;
  template: T;
  /** The recipient's language; Polish when not given. */
  language?: MailLanguage;
  vars: SystemMailVars<T>;
}

/**
 * Queues the platform's own emails (invitations, password resets, security notices): never through
 * an office's SMTP, always through SYSTEM_SMTP_URL (the mail catcher in demo mode).
 */
export class SystemMailService {
  constructor(
    private readonly secretBox: SecretBox,
    private readonly boss: () => PgBoss,
    private readonly queue: string,
  ) {}

  /**
   * One `system_mail` row and its job, both through `em`: inside the caller's transaction they
   * commit with it, and a rolled-back caller sends nothing. The template's secret values (links
   * with tokens) are sealed with SECRET_KEY in the row and rendered only when sending, so neither
   * the database nor the job queue holds a usable link in clear. Answers the row's id.
   */
  async enqueue<T extends SystemMailTemplateName>(
    em: EntityManager,
    request: SystemMailRequest<T>,
  ): Promise<string> {
    const row = this.rowOf(request);
    await insertSystemMail(runnerOf(em), row);
    await this.boss().send(this.queue, { mailId: row.id } satisfies SystemMailJob, {
      id: row.id,
      db: transactionDb(em),
    });
    return row.id;
  }

  /**
   * Many emails as `enqueue` queues one, in two statements whatever their number: one insert of
   * the rows, one of their jobs. Answers the rows' ids, in the requests' order.
   */
  async enqueueMany<T extends SystemMailTemplateName>(
    em: EntityManager,
    requests: Array<SystemMailRequest<T>>,
  ): Promise<string[]> {
    if (!requests.length) return [];
    const rows = requests.map((request) => this.rowOf(request));
    // Values bound by the driver: MikroORM's execute would first write megabytes of JSON into the
    // statement's text, seconds of JavaScript for 10,000 mails.
    await insertSystemMails(boundRunnerOf(em), rows);
    await this.boss().insert(
      rows.map((row) => ({
        id: row.id,
        name: this.queue,
        data: { mailId: row.id } satisfies SystemMailJob,
      })),
      { db: boundTransactionDb(em) },
    );
    return rows.map((row) => row.id);
  }

  /** A request as its row: values split into plain and sealed (see `enqueue`). */
  private rowOf<T extends SystemMailTemplateName>(
    request: SystemMailRequest<T>,
  ): Omit<SystemMailRow, 'status'> {
    const secretNames = new Set(secretVarsOf(request.template));
    const plain: Record<string, unknown> = {};
    const secret: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(request.vars))
      (secretNames.has(name) ? secret : plain)[name] = value;
    return {
      id: randomUUID(),
      to_address: request.to.trim().toLowerCase(),
      template: request.template,
      language: request.language ?? 'pl',
      vars: plain,
      sealed_vars: secretNames.size ? this.secretBox.seal(JSON.stringify(secret)) : null,
    };
  }
}
