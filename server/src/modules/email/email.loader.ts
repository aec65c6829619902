import type { EntityManager } from '@mikro-orm/postgresql';
import { batchLoader, groupBy } from '../../core/loaders.js';
import {
  firstClientDownloads,
  latestSmtpChangeIds,
  smtpChangedWhileVerifiedAt,
} from './email.queries.js';
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
    /** The latest SMTP_CHANGES_SHOWN changes of each office, newest first. */
    smtpChanges: batchLoader(async (officeIds) => {
      const ids = await latestSmtpChangeIds(em, officeIds, SMTP_CHANGES_SHOWN);
      const rows = ids.length
        ? await em.find(
            SmtpChange,
            { id: { $in: ids } },
            { orderBy: { createdAt: 'desc', id: 'desc' } },
          )
        : [];
      return groupBy(rows, (r) => r.office.id);
    }, [] as SmtpChange[]),
    /** When each office's SMTP server last changed while the office was VERIFIED. */
    smtpChangedWhileVerifiedAt: batchLoader(
      (officeIds) => smtpChangedWhileVerifiedAt(em, officeIds),
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
      (fileIds) => firstClientDownloads(em, fileIds),
      null as Date | null,
    ),
  };
}
