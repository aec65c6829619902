import type PgBoss from 'pg-boss';
import type { Config } from './config.js';
import type { Logger } from './core/logger.js';
import type { SecretBox } from './core/secret-box.js';
import type { LiveBus } from './core/pubsub.js';
import { AuthService } from './modules/auth/auth.service.js';
import { BookkeepingService } from './modules/bookkeeping/bookkeeping.service.js';
import { BroadcastService } from './modules/broadcast/broadcast.service.js';
import { CompanyService } from './modules/company/company.service.js';
import { EmailService } from './modules/email/email.service.js';
import { SmtpService } from './modules/email/smtp.service.js';
import { FileService } from './modules/file/file.service.js';
import type { FileStorage } from './modules/file/file.storage.js';
import { MessageService } from './modules/message/message.service.js';
import { PrintoutService } from './modules/printout/printout.service.js';
import { ReceiptService } from './modules/receipt/receipt.service.js';

/** The services of one process; stateless apart from their collaborators, shared by all requests. */
export interface ServiceDeps {
  config: Config;
  logger: Logger;
  live: LiveBus;
  storage: FileStorage;
  secretBox: SecretBox;
  /** The job queue, started after the services exist. */
  boss: () => PgBoss;
}

export function createServices(deps: ServiceDeps) {
  const companies = new CompanyService();
  const files = new FileService(deps.storage, deps.config.uploadMaxBytes);
  const smtp = new SmtpService(deps.secretBox, deps.config, deps.logger);
  const printouts = new PrintoutService(companies);
  const broadcasts = new BroadcastService(deps.live, companies, files);
  return {
    config: deps.config,
    logger: deps.logger,
    smtp,
    printouts,
    email: new EmailService(deps.live, companies, broadcasts, printouts, smtp, deps.boss, deps.config.emailQueue),
    live: deps.live,
    auth: new AuthService(deps.config, deps.live),
    companies,
    files,
    messages: new MessageService(deps.live, companies, files, deps.config.subscriptionBuffer),
    receipts: new ReceiptService(deps.live, companies, deps.logger),
    broadcasts,
    bookkeeping: new BookkeepingService(companies),
  };
}

export type Services = ReturnType<typeof createServices>;
