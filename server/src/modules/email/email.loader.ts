import type { EntityManager } from '@mikro-orm/postgresql';
import { batchLoader } from '../../core/loaders.js';
import { uuidArray } from '../../core/sql.js';
import { EmailDelivery } from './email-delivery.entity.js';
import { SmtpIntegration } from './smtp-integration.entity.js';

export function emailLoaders(em: EntityManager) {
  return {
    smtpIntegration: batchLoader(async (officeIds) => {
      const rows = await em.find(SmtpIntegration, { office: { $in: [...officeIds] } });
      return new Map(rows.map((r) => [r.office.id, r]));
    }, null as SmtpIntegration | null),
    deliveryOfMessage: batchLoader(async (messageIds) => {
      const rows = await em.find(EmailDelivery, { message: { $in: [...messageIds] } });
      return new Map(rows.map((r) => [r.message.id, r]));
    }, null as EmailDelivery | null),
    /** When a client user of the company first downloaded the file. */
    clientDownloadAt: batchLoader(async (fileIds) => {
      const rows: Array<{ file_id: string; at: Date }> = await em.execute(
        `select d.file_id, min(d.downloaded_at) as at from file_download d join app_user u on u.id = d.user_id
          where d.file_id = any(?::uuid[]) and u.role = 'CLIENT' group by d.file_id`,
        [uuidArray(fileIds)],
      );
      return new Map(rows.map((r) => [r.file_id, new Date(r.at)]));
    }, null as Date | null),
  };
}
