import type PgBoss from 'pg-boss';
import type { Config } from './config.js';
import type { Logger } from './core/logger.js';
import type { LiveBus } from './core/pubsub.js';
import type { SecretBox } from './core/secret-box.js';
import { AcknowledgmentService } from './modules/acknowledgment/acknowledgment.service.js';
import { AlertService } from './modules/alert/alert.service.js';
import { ApiTokenService } from './modules/api-token/api-token.service.js';
import { AccountService } from './modules/auth/account.service.js';
import { AuthService } from './modules/auth/auth.service.js';
import { BookkeepingService } from './modules/bookkeeping/bookkeeping.service.js';
import { ScheduledSends, scheduledSendQueue } from './modules/broadcast/broadcast.schedule.js';
import { BroadcastService } from './modules/broadcast/broadcast.service.js';
import { CompanyImportService } from './modules/company/company.import.js';
import { CompanyService } from './modules/company/company.service.js';
import { DeadlineService } from './modules/deadline/deadline.service.js';
import { EmailService } from './modules/email/email.service.js';
import { SmtpService } from './modules/email/smtp.service.js';
import { FileService } from './modules/file/file.service.js';
import type { FileStorage } from './modules/file/file.storage.js';
import { orphanSweepQueue, startOrphanSweep } from './modules/file/file.sweep.js';
import { InvitationService } from './modules/invitation/invitation.service.js';
import { MessageService } from './modules/message/message.service.js';
import { OfficeService } from './modules/office/office.service.js';
import { PrintoutService } from './modules/printout/printout.service.js';
import { ReceiptService } from './modules/receipt/receipt.service.js';
import { SystemMailService, systemMailQueue } from './modules/system-mail/system-mail.service.js';
import { TemplateService } from './modules/template/template.service.js';
import { WebhookDestinations } from './modules/webhook/webhook.destination.js';
import { WebhookService } from './modules/webhook/webhook.service.js';

/** The services of one process; stateless apart from their collaborators, shared by all requests. */
export interface ServiceDeps {
  config: Config;
  logger: Logger;
  live: LiveBus;
  storage: FileStorage;
  secretBox: SecretBox;
  /** The job queue, already started when the services are made; throws in a process without one. */
  boss: () => PgBoss;
}

export function createServices(deps: ServiceDeps) {
  const companies = new CompanyService(deps.live, deps.config.subscriptionBuffer);
  const { config } = deps;
  const files = new FileService(
    deps.storage,
    {
      maxBytes: config.uploadMaxBytes,
      quotaBytes: config.uploadQuotaBytes,
      perMinute: config.uploadsPerMinute,
      orphanHours: config.uploadOrphanHours,
    },
    deps.live.redis,
  );
  // The orphan sweep is worked where email workers run (ROLE=all or worker); pg-boss, started
  // before the services, runs each of its scheduled jobs once across all of them.
  const fileSweep =
    config.workers > 0
      ? startOrphanSweep(deps.boss, files, orphanSweepQueue(config), deps.logger)
      : Promise.resolve(false);
  const smtp = new SmtpService(deps.secretBox, deps.config, deps.logger, deps.live.redis);
  const printouts = new PrintoutService(companies);
  const apiTokens = new ApiTokenService(
    deps.live,
    { requestsPerMinute: config.apiTokenRequestsPerMinute },
    deps.live.redis,
  );
  const templates = new TemplateService(companies);
  const scheduler = new ScheduledSends(deps.live, companies, deps.boss, scheduledSendQueue(config));
  const broadcasts = new BroadcastService(deps.live, files, scheduler, templates);
  const receipts = new ReceiptService(deps.live, companies, deps.logger);
  const systemMail = new SystemMailService(deps.secretBox, deps.boss, systemMailQueue(config));
  const auth = new AuthService(deps.config, deps.live, apiTokens);
  const webhookDestinations = new WebhookDestinations(config);
  return {
    config: deps.config,
    logger: deps.logger,
    smtp,
    printouts,
    email: new EmailService(
      deps.live,
      broadcasts,
      printouts,
      smtp,
      templates,
      deps.boss,
      deps.config.emailQueue,
      deps.logger,
    ),
    live: deps.live,
    auth,
    apiTokens,
    companies,
    companyImport: new CompanyImportService(deps.live, files, config.uploadMaxBytes),
    offices: new OfficeService(deps.logger, config, files, deps.live.redis),
    invitations: new InvitationService(config, companies, systemMail),
    files,
    /** Whether this process works the orphaned upload sweep, once it is registered. */
    fileSweep,
    messages: new MessageService(deps.live, companies, files, deps.config.subscriptionBuffer),
    receipts,
    acknowledgments: new AcknowledgmentService(deps.live, receipts),
    broadcasts,
    templates,
    bookkeeping: new BookkeepingService(companies),
    /** Deadline reminder rules; the scheduled run is started with the workers (app.ts). */
    deadlines: new DeadlineService(deps.live, deps.logger),
    /** Invitations, password resets, security notices: the platform's mailer, never an office's. */
    systemMail,
    /** Where webhooks may POST: checked at creation and at every connection. */
    webhookDestinations,
    webhooks: new WebhookService(deps.secretBox, webhookDestinations),
    accounts: new AccountService(config, deps.live, auth, systemMail, deps.boss, deps.live.redis),
    /** Email alerts of unread office messages: preferences, their one-click links, the sweep. */
    alerts: new AlertService({ config, secretBox: deps.secretBox, systemMail }),
  };
}

export type Services = ReturnType<typeof createServices>;
