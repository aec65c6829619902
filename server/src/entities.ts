import { MessageAcknowledgment } from './modules/acknowledgment/acknowledgment.entity.js';
import { AlertState } from './modules/alert/alert.entity.js';
import { ApiToken } from './modules/api-token/api-token.entity.js';
import { PasswordReset } from './modules/auth/password-reset.entity.js';
import { Session } from './modules/auth/session.entity.js';
import { User } from './modules/auth/user.entity.js';
import { Declaration, LedgerEntry, Upo } from './modules/bookkeeping/bookkeeping.entity.js';
import { Broadcast } from './modules/broadcast/broadcast.entity.js';
import { Company, CompanyMember } from './modules/company/company.entity.js';
import { DeadlineReminder, DeadlineReminderRule } from './modules/deadline/deadline.entity.js';
import { EmailDelivery } from './modules/email/email-delivery.entity.js';
import { SmtpChange } from './modules/email/smtp-change.entity.js';
import { SmtpIntegration } from './modules/email/smtp-integration.entity.js';
import {
  FileBlob,
  FileChunk,
  FileDownload,
  FileRemoval,
  StoredFile,
} from './modules/file/file.entity.js';
import { Invitation } from './modules/invitation/invitation.entity.js';
import { Message, MessageAttachment } from './modules/message/message.entity.js';
import { Office } from './modules/office/office.entity.js';
import { ReadReceipt } from './modules/receipt/receipt.entity.js';
import { SystemMail } from './modules/system-mail/system-mail.entity.js';
import { MessageTemplate } from './modules/template/template.entity.js';
import { Webhook, WebhookDelivery } from './modules/webhook/webhook.entity.js';

/** Every table; the ORM is given this list, not a folder glob. */
export const entities = [
  Office,
  User,
  Session,
  PasswordReset,
  SystemMail,
  Company,
  CompanyMember,
  Broadcast,
  Message,
  MessageAttachment,
  StoredFile,
  FileDownload,
  FileBlob,
  FileChunk,
  FileRemoval,
  SmtpIntegration,
  SmtpChange,
  EmailDelivery,
  LedgerEntry,
  Declaration,
  Upo,
  DeadlineReminderRule,
  DeadlineReminder,
  ReadReceipt,
  MessageAcknowledgment,
  Invitation,
  ApiToken,
  AlertState,
  MessageTemplate,
  Webhook,
  WebhookDelivery,
];
