import type { EntityManager } from '@mikro-orm/postgresql';
import { batchLoader, groupBy } from '../../core/loaders.js';
import { uuidArray } from '../../core/sql.js';
import { EmailDelivery } from './email-delivery.entity.js';
import { SmtpChange } from './smtp-change.entity.js';
import { SmtpIntegration } from './smtp-integration.entity.js';

/** The changes of an office's SMTP server the platform admin sees, newest first. */
export const SMTP_CHANGES_SHOWN = 20;

export function emailLoaders(em: EntityManager) {
  return {
    smtpIntegration: batchLoader(
      async (officeIds) => {
        const rows = await em.find(SmtpIntegration, { office: { $in: [...officeIds] } });
        return new Map(rows.map((r) => [r.office.id, r]));
      },
      null as SmtpIntegration | null,
    ),
    /** The latest SMTP_CHANGES_SHOWN changes of each office, newest first, in one query. */
    smtpChanges: batchLoader(async (officeIds) => {
      const ids: Array<{ id: string }> = await em.execute(
        `select id from (select id, row_number() over (partition by office_id order by created_at desc, id desc) as n
                           from smtp_change where office_id = any(?::uuid[])) ranked
          where n <= ?`,
        [uuidArray(officeIds), SMTP_CHANGES_SHOWN],
      );
      const rows = ids.length
        ? await em.find(
            SmtpChange,
            { id: { $in: ids.map((r) => r.id) } },
            { orderBy: { createdAt: 'desc', id: 'desc' } },
          )
        : [];
      return groupBy(rows, (r) => r.office.id);
    }, [] as SmtpChange[]),
    /** When each office's SMTP server last changed while the office was VERIFIED. */
    smtpChangedWhileVerifiedAt: batchLoader(
      async (officeIds) => {
        const rows: Array<{ office_id: string; at: Date }> = await em.execute(
          `select office_id, max(created_at) as at from smtp_change
          where office_id = any(?::uuid[]) and verification = 'VERIFIED' group by office_id`,
          [uuidArray(officeIds)],
        );
        return new Map(rows.map((r) => [r.office_id, new Date(r.at)]));
      },
      null as Date | null,
    ),
    deliveryOfMessage: batchLoader(
      async (messageIds) => {
        const rows = await em.find(EmailDelivery, { message: { $in: [...messageIds] } });
        return new Map(rows.map((r) => [r.message.id, r]));
      },
      null as EmailDelivery | null,
    ),
    /** When a client user of the company first downloaded the file. */
    clientDownloadAt: batchLoader(
      async (fileIds) => {
        const rows: Array<{ file_id: string; at: Date }> = await em.execute(
          `select d.file_id, min(d.downloaded_at) as at from file_download d join app_user u on u.id = d.user_id
          where d.file_id = any(?::uuid[]) and u.role = 'CLIENT' group by d.file_id`,
          [uuidArray(fileIds)],
        );
        return new Map(rows.map((r) => [r.file_id, new Date(r.at)]));
      },
      null as Date | null,
    ),
  };
}
