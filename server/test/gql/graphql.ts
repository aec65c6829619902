/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ApiScope =
  /** Ledger entries, declarations, UPOs, uploads. */
  | 'BOOKKEEPING'
  /** sendEmail, retryFailedDeliveries, testSmtpIntegration, uploads. */
  | 'EMAIL'
  /** sendBulkNotification, sendMessage, markMessagesRead, uploads. */
  | 'NOTIFY'
  /** Queries and subscriptions, file downloads. */
  | 'READ'
  /** webhooks, webhookDeliveries, createWebhook, deleteWebhook. */
  | 'WEBHOOKS';

/** BY_USER: cancelBroadcast; when it was due: AUTHOR_DEACTIVATED (the author can no longer send), NO_RECIPIENTS (every company archived or no longer the author’s), OFFICE_NOT_VERIFIED or SMTP_NOT_CONFIGURED (email), REQUEST_INVALID (the request no longer passes the checks of a send, e.g. an attachment or template gone), SEND_FAILED (it kept failing and was given up). */
export type BroadcastCancelReason =
  | 'AUTHOR_DEACTIVATED'
  | 'BY_USER'
  | 'NO_RECIPIENTS'
  | 'OFFICE_NOT_VERIFIED'
  | 'REQUEST_INVALID'
  | 'SEND_FAILED'
  | 'SMTP_NOT_CONFIGURED';

/** MANUAL: sent by office staff; DEADLINE_REMINDER: sent by the office’s deadline reminder rule. */
export type BroadcastOrigin =
  | 'DEADLINE_REMINDER'
  | 'MANUAL';

/** Conditions on the recipients of a broadcast; given ones all hold (AND). */
export type BroadcastRecipientFilter = {
  /** true: a client user of the company confirmed receipt (acknowledgeMessage); false: none did (also when the broadcast did not ask for it). */
  acknowledged?: boolean | null | undefined;
  /** true: a client user of the company downloaded at least one of its attachments or printouts; false: none did (or it had none). */
  downloaded?: boolean | null | undefined;
  /** Email broadcasts: the state of the email to the company (e.g. FAILED). */
  emailStatus?: DeliveryStatus | null | undefined;
  /** true: a client user of the company has read the message; false: none has. */
  read?: boolean | null | undefined;
  /** true: a client wrote in the company thread after the broadcast reached it. */
  replied?: boolean | null | undefined;
};

/** SCHEDULED: waits for its sendAt; SENT: delivered to the threads; CANCELLED: a scheduled one stopped (cancelBroadcast) or found unable to go when it was due (cancelReason); RECALLED: a sent notification withdrawn (recallBroadcast) from the companies where no client had read it. */
export type BroadcastStatus =
  | 'CANCELLED'
  | 'RECALLED'
  | 'SCHEDULED'
  | 'SENT';

export type CompanyFilter = {
  /** Archived companies (true) instead of the others (false, the default). */
  archived?: boolean | null | undefined;
  /** Companies assigned to this caretaker. */
  caretakerId?: string | number | null | undefined;
  /** Only companies with (true) or without (false) unread client messages. */
  hasUnreadFromClient?: boolean | null | undefined;
  /** Part of the name, or the start of the NIP (separators ignored). */
  search?: string | null | undefined;
  taxForm?: TaxForm | null | undefined;
  vatPayer?: boolean | null | undefined;
};

export type CompanyImportRowStatus =
  | 'CREATED'
  | 'ERROR'
  | 'UNCHANGED'
  | 'UPDATED';

/** Where a conversation stands: awaiting the office, answered, or closed. */
export type ConversationStatus =
  | 'ANSWERED'
  | 'AWAITING_REPLY'
  | 'CLOSED';

export type CreateApiTokenInput = {
  /** In the future and at most two years ahead; none: valid until revoked. */
  expiresAt?: string | null | undefined;
  /** 1 to 100 characters. */
  name: string;
  scopes: Array<ApiScope>;
};

export type CreateCompanyInput = {
  caretakerId?: string | number | null | undefined;
  /** The company's account address: its login and the address emails go to. */
  email: string;
  name: string;
  nip: string;
  taxForm: TaxForm;
  vatPayer?: boolean;
};

export type CreateWebhookInput = {
  /** At least one. */
  events: Array<WebhookEvent>;
  /** The signing secret, 32 to 200 characters; none: one is made and shown once, in the answer. */
  secret?: string | null | undefined;
  /** Where events are POSTed: https to a public address (http only for WEBHOOK_ALLOWED_HOSTS). */
  url: string;
};

/** The office’s deadline reminder rule: on the day `daysBefore` days before a declaration’s due date, at or after `hour` (Europe/Warsaw), each company gets its own notification from the template, once per declaration. */
export type DeadlineReminderRuleInput = {
  /** 0 (on the due date) to 30. */
  daysBefore: number;
  enabled: boolean;
  /** 0 to 23, Europe/Warsaw. */
  hour: number;
  /** A NOTIFICATION message template of the office; null: the built-in text naming the declaration, amount and due date. */
  templateId?: string | number | null | undefined;
};

export type DeclarationInput = {
  companyId: string | number;
  /** When the tax is due, "YYYY-MM-DD". Left out: kept on an update, else the statutory date for the form and period. */
  dueDate?: string | null | undefined;
  /** When it was filed; defaults to now for a filed declaration, none for a draft. */
  filedAt?: string | null | undefined;
  /** "YYYY-MM" for monthly declarations, "YYYY" for annual ones. */
  period: string;
  status?: DeclarationStatus;
  taxBase: string;
  /** Tax to pay, or negative to refund. */
  taxDue: string;
  /** Form symbol, e.g. JPK_V7M, PIT-28, PIT-36, PIT-36L, CIT-8, VAT-UE. */
  type: string;
};

export type DeclarationStatus =
  | 'ACCEPTED'
  | 'DRAFT'
  | 'FILED'
  | 'REJECTED';

export type DeliveryStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'SENDING'
  | 'SENT';

export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

export type InviteClientInput = {
  companyId: string | number;
  email: string;
  /** The email's language (and the new account's): by default the existing account's, else PL. */
  language?: Language | null | undefined;
  name: string;
};

export type InviteStaffInput = {
  email: string;
  /** The email's language (and the new account's): by default the existing account's, else PL. */
  language?: Language | null | undefined;
  name: string;
  /** CARETAKER or OFFICE_HEAD. */
  role: Role;
};

/** Polish (the default) or English: the web client and system emails. */
export type Language =
  | 'EN'
  | 'PL';

/** One bookkeeping entry as a bookkeeping application sends it. */
export type LedgerEntryInput = {
  /** Where the entry goes: the KPiR column (7, 8, 10, 11, 12, 13, 16) for the tax book, the lump-sum rate (e.g. 8.5) for the revenue record, the debit account (e.g. 201 or 402-1) in full accounting. */
  column: string;
  /** Full accounting only: the credit account. */
  contraAccount?: string | null | undefined;
  counterparty: string;
  /** The counterparty's NIP; separators and a PL prefix are allowed. */
  counterpartyNip?: string | null | undefined;
  /** Date of the entry, YYYY-MM-DD. */
  date: string;
  description: string;
  documentNumber: string;
  /** Must equal net + vat exactly. */
  gross: string;
  /** Decimal string with at most 2 decimals, e.g. "1234.50". */
  net: string;
  vat: string;
  /** VAT payers only: the VAT register the document belongs to. */
  vatRegister?: VatRegister | null | undefined;
};

export type MessageDirection =
  | 'CLIENT_TO_OFFICE'
  | 'OFFICE_TO_CLIENT';

export type MessageKind =
  | 'EMAIL'
  | 'NOTIFICATION'
  | 'QUESTION'
  | 'REPLY';

/** A message rendered for one company, as a send would render it: explicit subject and html take precedence over the template's. */
export type MessagePreviewInput = {
  /** Plain text, when there is no html. */
  body?: string | null | undefined;
  companyId: string | number;
  html?: string | null | undefined;
  /** "YYYY-MM" or "YYYY": what {{okres}} says and whose declarations are read. */
  period?: string | null | undefined;
  subject?: string | null | undefined;
  templateId?: string | number | null | undefined;
};

export type MessageTemplateInput = {
  /** From the rich-text editor; sanitized as an email's. An unknown placeholder is refused (BAD_USER_INPUT, extensions.placeholders). Placeholders: {{firma}} {{nip}} {{opiekun}} {{okres}} {{biuro}} {{deklaracja.typ}} {{deklaracja.kwota}} {{deklaracja.termin}} (or {{company}} {{nip}} {{caretaker}} {{period}} {{office}} {{declaration.type}} {{declaration.amount}} {{declaration.dueDate}}), with a fallback as {{deklaracja.kwota|brak danych}}. */
  html: string;
  kind: MessageTemplateKind;
  /** 1..100 characters, unique in the office (any case). */
  name: string;
  /** One line of at most 200 characters; required for EMAIL templates. Placeholders: {{firma}} {{nip}} {{opiekun}} {{okres}} {{biuro}} {{deklaracja.typ}} {{deklaracja.kwota}} {{deklaracja.termin}} (or {{company}} {{nip}} {{caretaker}} {{period}} {{office}} {{declaration.type}} {{declaration.amount}} {{declaration.dueDate}}), with a fallback as {{deklaracja.kwota|brak danych}}. */
  subject?: string | null | undefined;
};

/** NOTIFICATION templates serve sendBulkNotification, EMAIL templates sendEmail; a send refuses a template of the other kind. */
export type MessageTemplateKind =
  | 'EMAIL'
  | 'NOTIFICATION';

/** IMMEDIATE: an email when an office message stays unread ALERT_DELAY_SECONDS (at most one per 10 minutes); DAILY_DIGEST: one email at 7:00 Europe/Warsaw; NEVER: none. */
export type NewMessagesAlert =
  /** One email a day at 7:00 Europe/Warsaw. */
  | 'DAILY_DIGEST'
  /** An email soon after a message stays unread (the default). */
  | 'IMMEDIATE'
  /** No emails about new messages. */
  | 'NEVER';

export type NotificationPreferencesInput = {
  newMessages: NewMessagesAlert;
};

export type OfficeVerification =
  | 'PENDING'
  | 'UNVERIFIED'
  | 'VERIFIED';

export type PrintoutKind =
  | 'DECLARATION'
  | 'LEDGER'
  | 'REVENUE_RECORD'
  | 'TAX_BOOK'
  | 'UPO'
  | 'VAT_REGISTER';

export type PrintoutRequest = {
  kind: PrintoutKind;
  /** "YYYY-MM", or "YYYY" for a whole year (annual declarations). */
  period: string;
};

/** UNREAD: the companies where no client user has read the message; UNACKNOWLEDGED: those where none confirmed its receipt (a broadcast sent with requireAcknowledgment). */
export type ReminderTarget =
  | 'UNACKNOWLEDGED'
  | 'UNREAD';

export type Role =
  | 'CARETAKER'
  | 'CLIENT'
  | 'OFFICE_HEAD'
  | 'PLATFORM_ADMIN';

export type SendBulkNotificationInput = {
  /** Ids from POST /uploads by the same user, shared by the recipients. */
  attachmentIds?: Array<string | number> | null | undefined;
  /** Plain text (placeholders allowed). One of body, html or templateId is required; html, when given, takes precedence; an email sends it as paragraphs. */
  body?: string | null | undefined;
  /** The ticked companies, 1 to 10000; each gets its own message. */
  companyIds: Array<string | number>;
  /** From the rich-text editor, sanitized as an email's (the plain body is derived from it); overrides the template's. */
  html?: string | null | undefined;
  /** "YYYY-MM" or "YYYY": what {{okres}} says, and whose declarations {{deklaracja.*}} read. */
  period?: string | null | undefined;
  /** Asks each company's client users to confirm receipt (acknowledgeMessage); the report shows who did. */
  requireAcknowledgment?: boolean | null | undefined;
  /** When to send: absent (or now) sends at once; up to 90 days ahead schedules it (the broadcast is SCHEDULED until then, checked again when it goes, cancellable with cancelBroadcast). More than a minute in the past is BAD_USER_INPUT. */
  sendAt?: string | null | undefined;
  /** One line of at most 200 characters, placeholders allowed; overrides the template's. An email needs one (its own or the template's). */
  subject?: string | null | undefined;
  /** A template of the office of the send's kind (NOTIFICATION or EMAIL; else BAD_USER_INPUT, TEMPLATE_KIND_MISMATCH); explicit subject and html take precedence over its own. Placeholders are filled for each company; one without a value and without a fallback for some companies refuses the send (BAD_USER_INPUT, reasons MISSING_PLACEHOLDER_VALUES, extensions.missing and missingCount), nothing sent. */
  templateId?: string | number | null | undefined;
};

export type SendEmailInput = {
  /** Plain text (placeholders allowed). One of body, html or templateId is required; html, when given, takes precedence; an email sends it as paragraphs. */
  body?: string | null | undefined;
  /** The ticked companies, 1 to 10000; each gets its own email at its account address. */
  companyIds: Array<string | number>;
  /** From the rich-text editor, sanitized as an email's (the plain body is derived from it); overrides the template's. */
  html?: string | null | undefined;
  /** A retried call with the same key returns the first broadcast instead of sending again. */
  idempotencyKey?: string | null | undefined;
  /** "YYYY-MM" or "YYYY": what {{okres}} says, and whose declarations {{deklaracja.*}} read. */
  period?: string | null | undefined;
  /** Each company gets only those that apply to it, as links. */
  printouts?: Array<PrintoutRequest> | null | undefined;
  /** Asks each company's client users to confirm receipt of the archived message (acknowledgeMessage). */
  requireAcknowledgment?: boolean | null | undefined;
  /** When to send: absent (or now) sends at once; up to 90 days ahead schedules it (the broadcast is SCHEDULED until then, checked again when it goes, cancellable with cancelBroadcast). More than a minute in the past is BAD_USER_INPUT. */
  sendAt?: string | null | undefined;
  /** One line of at most 200 characters, placeholders allowed; overrides the template's. An email needs one (its own or the template's). */
  subject?: string | null | undefined;
  /** A template of the office of the send's kind (NOTIFICATION or EMAIL; else BAD_USER_INPUT, TEMPLATE_KIND_MISMATCH); explicit subject and html take precedence over its own. Placeholders are filled for each company; one without a value and without a fallback for some companies refuses the send (BAD_USER_INPUT, reasons MISSING_PLACEHOLDER_VALUES, extensions.missing and missingCount), nothing sent. */
  templateId?: string | number | null | undefined;
};

export type SendMessageInput = {
  /** Ids from POST /uploads by the same user. */
  attachmentIds?: Array<string | number> | null | undefined;
  body: string;
  companyId: string | number;
};

/** A new office and its first head, who is logged in by the answer. */
export type SignUpOfficeInput = {
  /** The first head's login; CONFLICT when an account has it. */
  email: string;
  /** The first head's name. */
  headName: string;
  /** The head's language for Ledgerpost's emails; PL when not given. */
  language?: Language | null | undefined;
  /** The office's own NIP: 10 digits with a valid checksum. */
  nip: string;
  officeName: string;
  /** At least 10 characters, not a common password, not the email. */
  password: string;
};

export type SmtpIntegrationInput = {
  fromAddress: string;
  fromName?: string | null | undefined;
  host: string;
  /** Omitted: keep the stored one. Empty: remove it. */
  password?: string | null | undefined;
  port: number;
  security: SmtpSecurity;
  username?: string | null | undefined;
};

/** NONE: plain; STARTTLS: upgrade a plain connection (port 587); TLS: TLS from the start (port 465). */
export type SmtpSecurity =
  | 'NONE'
  | 'STARTTLS'
  | 'TLS';

export type TaxForm =
  | 'FULL_ACCOUNTING'
  | 'LUMP_SUM'
  | 'TAX_BOOK';

/** A partial update: fields left out keep their value. */
export type UpdateCompanyInput = {
  email?: string | null | undefined;
  name?: string | null | undefined;
  /** Checked, unique in the office. */
  nip?: string | null | undefined;
  taxForm?: TaxForm | null | undefined;
  vatPayer?: boolean | null | undefined;
};

/** Your own name and language; a field left out stays as it is. */
export type UpdateMyAccountInput = {
  /** The language of Ledgerpost's emails to you (the web client follows it too). */
  language?: Language | null | undefined;
  name?: string | null | undefined;
};

export type UpoInput = {
  declarationId: string | number;
  receivedAt: string;
  /** The tax authority's reference number of the filing. */
  referenceNumber: string;
};

export type VatRegister =
  | 'PURCHASES'
  | 'SALES';

export type WebhookDeliveryStatus =
  /** The receiver answered 2xx. */
  | 'DELIVERED'
  /** Never delivered: the webhook was disabled after repeated failures. */
  | 'FAILED'
  /** Waiting for its turn or for a retry. */
  | 'PENDING';

export type WebhookEvent =
  /** `email.delivery.failed`: a company's email failed for good. */
  | 'EMAIL_DELIVERY_FAILED'
  /** `email.delivery.sent`: a company's email was accepted by the SMTP server. */
  | 'EMAIL_DELIVERY_SENT'
  /** `message.acknowledged`: a client user confirmed a message that asked for it. */
  | 'MESSAGE_ACKNOWLEDGED'
  /** `message.created`: the office wrote to a company (notification, email, reply). */
  | 'MESSAGE_CREATED'
  /** `message.read`: a client user read a message of the office. */
  | 'MESSAGE_READ'
  /** `question.received`: a client user wrote to the office. */
  | 'QUESTION_RECEIVED';

export type AppTestUnreadSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AppTestUnreadSubscription = { unreadCountChanged: { count: number } };

export type AppTestLoginMutationVariables = Exact<{
  e: string;
  p: string;
}>;


export type AppTestLoginMutation = { login: { token: string } };

export type ErrorsSendMessageMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type ErrorsSendMessageMutation = { sendMessage: { id: string } };

export type ErrorsSendBulkNotificationMutationVariables = Exact<{
  input: SendBulkNotificationInput;
}>;


export type ErrorsSendBulkNotificationMutation = { sendBulkNotification: { id: string } };

export type ErrorsUnreadCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ErrorsUnreadCountQuery = { unreadCount: number };

export type ErrorsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ErrorsMeQuery = { me: { id: string } | null };

export type ErrorsTenLevelsQueryVariables = Exact<{ [key: string]: never; }>;


export type ErrorsTenLevelsQuery = { companies: { edges: Array<{ node: { lastMessage: { company: { lastMessage: { company: { lastMessage: { company: { lastMessage: { id: string } | null } } | null } } | null } } | null } }> } };

export type ErrorsCompaniesTotalQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ErrorsCompaniesTotalQuery = { companies: { totalCount: number } };

export type ErrorsCompaniesPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ErrorsCompaniesPageQuery = { companies: { totalCount: number, edges: Array<{ cursor: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ErrorsMessagesTotalQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ErrorsMessagesTotalQuery = { messages: { totalCount: number } };

export type ErrorsMessagesPageQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ErrorsMessagesPageQuery = { messages: { totalCount: number, edges: Array<{ cursor: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ErrorsInboxTotalQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ErrorsInboxTotalQuery = { inbox: { totalCount: number } };

export type ErrorsInboxPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ErrorsInboxPageQuery = { inbox: { totalCount: number, edges: Array<{ cursor: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ErrorsCompanyQueryVariables = Exact<{
  id: string | number;
}>;


export type ErrorsCompanyQuery = { company: { id: string } | null };

export type ErrorsMessagesQueryVariables = Exact<{
  id: string | number;
}>;


export type ErrorsMessagesQuery = { messages: { totalCount: number } };

export type ErrorsUnreadCountOfQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type ErrorsUnreadCountOfQuery = { unreadCount: number };

export type ErrorsBroadcastQueryVariables = Exact<{
  id: string | number;
}>;


export type ErrorsBroadcastQuery = { broadcast: { id: string } | null };

export type ErrorsMarkReadMutationVariables = Exact<{
  id: string | number;
}>;


export type ErrorsMarkReadMutation = { markMessagesRead: number };

export type ErrorsSendToMutationVariables = Exact<{
  id: string | number;
}>;


export type ErrorsSendToMutation = { sendMessage: { id: string } };

export type ErrorsNotifyToMutationVariables = Exact<{
  id: string | number;
}>;


export type ErrorsNotifyToMutation = { sendBulkNotification: { id: string } };

export type ErrorsSendAttachingMutationVariables = Exact<{
  company: string | number;
  id: string | number;
}>;


export type ErrorsSendAttachingMutation = { sendMessage: { id: string } };

export type ErrorsCreateWithCaretakerMutationVariables = Exact<{
  id: string | number;
  nip: string;
}>;


export type ErrorsCreateWithCaretakerMutation = { createCompany: { id: string } };

export type ErrorsMessageAddedSubscriptionVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type ErrorsMessageAddedSubscription = { messageAdded: { __typename: 'Message' } };

export type ErrorsMessageReadSubscriptionVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type ErrorsMessageReadSubscription = { messageRead: { __typename: 'ReadReceipt' } };

export type ErrorsUnreadCountChangedSubscriptionVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type ErrorsUnreadCountChangedSubscription = { unreadCountChanged: { __typename: 'UnreadCount' } };

export type ErrorsSearchQueryVariables = Exact<{
  s?: string | null | undefined;
}>;


export type ErrorsSearchQuery = { companies: { totalCount: number } };

export type ErrorsSendBodyMutationVariables = Exact<{
  c: string | number;
  b: string;
}>;


export type ErrorsSendBodyMutation = { sendMessage: { id: string } };

export type ErrorsNotifyBodyMutationVariables = Exact<{
  c: string | number;
  b: string;
}>;


export type ErrorsNotifyBodyMutation = { sendBulkNotification: { id: string } };

export type ErrorsCreateCompanyMutationVariables = Exact<{
  n: string;
  nip: string;
  e: string;
}>;


export type ErrorsCreateCompanyMutation = { createCompany: { id: string, name: string } };

export type ErrorsLoginMutationVariables = Exact<{
  e: string;
}>;


export type ErrorsLoginMutation = { login: { token: string } };

export type GraphqlLimitsPagesInPagesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type GraphqlLimitsPagesInPagesQuery = { companies: { edges: Array<{ node: { id: string, emails: { edges: Array<{ node: { id: string, subject: string | null } }> } } }> } };

export type PagingCompaniesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CompanyFilter | null | undefined;
}>;


export type PagingCompaniesQuery = { companies: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string } }> } };

export type PagingCompaniesTotalQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CompanyFilter | null | undefined;
}>;


export type PagingCompaniesTotalQuery = { companies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string } }> } };

export type PagingCompaniesTotalTwiceQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CompanyFilter | null | undefined;
}>;


export type PagingCompaniesTotalTwiceQuery = { companies: { a: number, b: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string } }> } };

export type PagingInboxQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PagingInboxQuery = { inbox: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { lastActivityAt: string, company: { id: string } } }> } };

export type PagingThreadQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type PagingThreadQuery = { messages: { pageInfo: { endCursor: string | null }, edges: Array<{ node: { id: string } }> } };

export type TextInputSendMutationVariables = Exact<{
  i: SendMessageInput;
}>;


export type TextInputSendMutation = { sendMessage: { body: string } };

export type WsLimitsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type WsLimitsMeQuery = { me: { id: string } | null };

export type WsLimitsLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type WsLimitsLogoutMutation = { logout: boolean };

export type AuthzAcknowledgeMessageMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzAcknowledgeMessageMutation = { acknowledgeMessage: { id: string, body: string, acknowledgedAt: string | null, acknowledgedBy: { id: string, name: string } | null } };

export type AuthzMessageAcknowledgedSubscriptionVariables = Exact<{
  companyId?: string | number | null | undefined;
}>;


export type AuthzMessageAcknowledgedSubscription = { messageAcknowledged: { id: string, body: string, company: { id: string, name: string } } };

export type AuthzAckNotifyMutationVariables = Exact<{
  input: SendBulkNotificationInput;
}>;


export type AuthzAckNotifyMutation = { sendBulkNotification: { id: string } };

export type AuthzAckRequestsQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzAckRequestsQuery = { company: { acknowledgmentRequests: { edges: Array<{ node: { id: string, acknowledgedAt: string | null } }> } } | null };

export type AckReportNotifyMutationVariables = Exact<{
  input: SendBulkNotificationInput;
}>;


export type AckReportNotifyMutation = { sendBulkNotification: { id: string } };

export type AckReportAcknowledgeMutationVariables = Exact<{
  id: string | number;
}>;


export type AckReportAcknowledgeMutation = { acknowledgeMessage: { id: string, acknowledgedAt: string | null } };

export type AckReportReadMutationVariables = Exact<{
  companyId: string | number;
}>;


export type AckReportReadMutation = { markMessagesRead: number };

export type AckReportQueryVariables = Exact<{
  id: string | number;
  filter?: BroadcastRecipientFilter | null | undefined;
}>;


export type AckReportQuery = { broadcast: { requireAcknowledgment: boolean, readCount: number, acknowledgedCount: number, recipients: { totalCount: number, edges: Array<{ node: { read: boolean, acknowledgedAt: string | null, company: { id: string }, acknowledgedBy: { id: string, name: string } | null } }> } } | null };

export type AckReportRemindMutationVariables = Exact<{
  broadcastId: string | number;
  body?: string | null | undefined;
  target?: ReminderTarget | null | undefined;
}>;


export type AckReportRemindMutation = { remindUnread: { id: string, recipientCount: number, preview: string, requireAcknowledgment: boolean, remindsOf: { id: string } | null } };

export type AckReportEmailMutationVariables = Exact<{
  input: SendEmailInput;
}>;


export type AckReportEmailMutation = { sendEmail: { id: string, requireAcknowledgment: boolean } };

export type AckReportSmtpMutationVariables = Exact<{
  input: SmtpIntegrationInput;
}>;


export type AckReportSmtpMutation = { updateSmtpIntegration: { host: string } };

export type AckReportEmailsQueryVariables = Exact<{
  id: string | number;
}>;


export type AckReportEmailsQuery = { company: { emails: { edges: Array<{ node: { id: string, kind: MessageKind, requiresAcknowledgment: boolean, acknowledgedAt: string | null } }> } } | null };

export type AckScaleNotifyMutationVariables = Exact<{
  input: SendBulkNotificationInput;
}>;


export type AckScaleNotifyMutation = { sendBulkNotification: { id: string, recipientCount: number } };

export type AckScaleRecipientsQueryVariables = Exact<{
  id: string | number;
  filter?: BroadcastRecipientFilter | null | undefined;
}>;


export type AckScaleRecipientsQuery = { broadcast: { acknowledgedCount: number, recipients: { totalCount: number, edges: Array<{ node: { read: boolean, acknowledgedAt: string | null, company: { id: string, name: string }, acknowledgedBy: { id: string, name: string } | null } }> } } | null };

export type AckScaleRemindMutationVariables = Exact<{
  broadcastId: string | number;
}>;


export type AckScaleRemindMutation = { remindUnread: { id: string, recipientCount: number } };

export type AckNotifyMutationVariables = Exact<{
  input: SendBulkNotificationInput;
}>;


export type AckNotifyMutation = { sendBulkNotification: { id: string, requireAcknowledgment: boolean } };

export type AckMessageMutationVariables = Exact<{
  id: string | number;
}>;


export type AckMessageMutation = { acknowledgeMessage: { id: string, requiresAcknowledgment: boolean, acknowledgedAt: string | null, readByMe: boolean, acknowledgedBy: { id: string, name: string } | null } };

export type AckThreadQueryVariables = Exact<{
  companyId: string | number;
  first?: number | null | undefined;
}>;


export type AckThreadQuery = { messages: { edges: Array<{ node: { id: string, body: string, requiresAcknowledgment: boolean, acknowledgedAt: string | null, acknowledgedBy: { id: string, name: string } | null, receipts: Array<{ user: { id: string } }> } }> } };

export type AckAskMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type AckAskMutation = { sendMessage: { id: string } };

export type AckUnreadQueryVariables = Exact<{
  companyId?: string | number | null | undefined;
}>;


export type AckUnreadQuery = { unreadCount: number };

export type AckLiveSubscriptionVariables = Exact<{
  companyId?: string | number | null | undefined;
}>;


export type AckLiveSubscription = { messageAcknowledged: { id: string, acknowledgedAt: string | null, acknowledgedBy: { id: string } | null, company: { id: string } } };

export type AckLiveReadSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AckLiveReadSubscription = { messageRead: { user: { id: string }, message: { id: string } } };

export type AckLiveBadgeSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AckLiveBadgeSubscription = { unreadCountChanged: { count: number } };

export type AckCompanyCardQueryVariables = Exact<{
  id: string | number;
  acknowledged?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AckCompanyCardQuery = { company: { acknowledgmentRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, body: string, acknowledgedAt: string | null, acknowledgedBy: { id: string, name: string } | null } }> } } | null };

export type AuthzAlertsChooseMutationVariables = Exact<{
  input: NotificationPreferencesInput;
}>;


export type AuthzAlertsChooseMutation = { updateNotificationPreferences: { id: string, notificationPreferences: { newMessages: NewMessagesAlert } | null } };

export type AuthzAlertsMineQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzAlertsMineQuery = { me: { id: string, notificationPreferences: { newMessages: NewMessagesAlert } | null } | null };

export type AuthzAlertsLinkQueryVariables = Exact<{
  token: string;
}>;


export type AuthzAlertsLinkQuery = { notificationPreferencesLink: { email: string, newMessages: NewMessagesAlert } | null };

export type AuthzAlertsLinkChooseMutationVariables = Exact<{
  token: string;
  input: NotificationPreferencesInput;
}>;


export type AuthzAlertsLinkChooseMutation = { updateNotificationPreferencesByLink: { email: string, newMessages: NewMessagesAlert } };

export type AlertsScaleNotifyMutationVariables = Exact<{
  input: SendBulkNotificationInput;
}>;


export type AlertsScaleNotifyMutation = { sendBulkNotification: { id: string, recipientCount: number } };

export type AlertsNotifyMutationVariables = Exact<{
  input: SendBulkNotificationInput;
}>;


export type AlertsNotifyMutation = { sendBulkNotification: { id: string } };

export type AlertsMarkReadMutationVariables = Exact<{
  companyId: string | number;
}>;


export type AlertsMarkReadMutation = { markMessagesRead: number };

export type AlertsRecallMutationVariables = Exact<{
  id: string | number;
}>;


export type AlertsRecallMutation = { recallBroadcast: { id: string, status: BroadcastStatus } };

export type AlertsChooseMutationVariables = Exact<{
  input: NotificationPreferencesInput;
}>;


export type AlertsChooseMutation = { updateNotificationPreferences: { id: string, notificationPreferences: { newMessages: NewMessagesAlert } | null } };

export type AlertsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertsMeQuery = { me: { id: string, notificationPreferences: { newMessages: NewMessagesAlert } | null } | null };

export type AlertsLinkQueryVariables = Exact<{
  token: string;
}>;


export type AlertsLinkQuery = { notificationPreferencesLink: { email: string, newMessages: NewMessagesAlert } | null };

export type AlertsLinkChooseMutationVariables = Exact<{
  token: string;
  input: NotificationPreferencesInput;
}>;


export type AlertsLinkChooseMutation = { updateNotificationPreferencesByLink: { email: string, newMessages: NewMessagesAlert } };

export type AlertsArchiveMutationVariables = Exact<{
  id: string | number;
}>;


export type AlertsArchiveMutation = { archiveCompany: { id: string, archivedAt: string | null } };

export type AlertsDeactivateMutationVariables = Exact<{
  id: string | number;
}>;


export type AlertsDeactivateMutation = { deactivateUser: { id: string, deactivatedAt: string | null } };

export type AuthzApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzApiTokensQuery = { apiTokens: Array<{ id: string, name: string, scopes: Array<ApiScope>, hint: string }> };

export type AuthzCreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type AuthzCreateApiTokenMutation = { createApiToken: { token: string, apiToken: { id: string, name: string } } };

export type AuthzRevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzRevokeApiTokenMutation = { revokeApiToken: { id: string, revokedAt: string | null } };

export type ApiTokenCreateMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type ApiTokenCreateMutation = { createApiToken: { token: string, apiToken: { id: string, name: string, scopes: Array<ApiScope>, hint: string, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null, createdBy: { id: string } } } };

export type ApiTokenListQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokenListQuery = { apiTokens: Array<{ id: string, name: string, scopes: Array<ApiScope>, hint: string, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null, createdBy: { id: string, name: string } }> };

export type ApiTokenRevokeMutationVariables = Exact<{
  id: string | number;
}>;


export type ApiTokenRevokeMutation = { revokeApiToken: { id: string, revokedAt: string | null } };

export type ApiTokenCompaniesQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokenCompaniesQuery = { companies: { totalCount: number, edges: Array<{ node: { id: string, name: string } }> } };

export type ApiTokenNotifyMutationVariables = Exact<{
  input: SendBulkNotificationInput;
}>;


export type ApiTokenNotifyMutation = { sendBulkNotification: { id: string, recipientCount: number } };

export type ApiTokenSendMessageMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type ApiTokenSendMessageMutation = { sendMessage: { id: string, body: string } };

export type ApiTokenSmtpMutationVariables = Exact<{
  input: SmtpIntegrationInput;
}>;


export type ApiTokenSmtpMutation = { updateSmtpIntegration: { host: string } };

export type ApiTokenEmailMutationVariables = Exact<{
  input: SendEmailInput;
}>;


export type ApiTokenEmailMutation = { sendEmail: { id: string, recipientCount: number } };

export type ApiTokenLedgerMutationVariables = Exact<{
  companyId: string | number;
  entries: Array<LedgerEntryInput> | LedgerEntryInput;
}>;


export type ApiTokenLedgerMutation = { importLedgerEntries: number };

export type ApiTokenDeactivateHeadMutationVariables = Exact<{
  id: string | number;
}>;


export type ApiTokenDeactivateHeadMutation = { deactivateUser: { id: string, deactivatedAt: string | null } };

export type ApiTokenUnreadSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ApiTokenUnreadSubscription = { unreadCountChanged: { count: number } };

export type ApiTokenLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type ApiTokenLogoutMutation = { logout: boolean };

export type AccountLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type AccountLoginMutation = { login: { token: string, user: { id: string } } };

export type AccountMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountMeQuery = { me: { id: string, deactivatedAt: string | null } | null };

export type AccountRequestResetMutationVariables = Exact<{
  email: string;
}>;


export type AccountRequestResetMutation = { requestPasswordReset: boolean };

export type AccountResetMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type AccountResetMutation = { resetPassword: { token: string, user: { id: string, email: string } } };

export type AccountChangeMutationVariables = Exact<{
  current: string;
  next: string;
}>;


export type AccountChangeMutation = { changePassword: boolean };

export type AccountSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountSessionsQuery = { mySessions: Array<{ id: string, createdAt: string, lastUsedAt: string, userAgent: string | null, current: boolean }> };

export type AccountRevokeMutationVariables = Exact<{
  id: string | number;
}>;


export type AccountRevokeMutation = { revokeSession: boolean };

export type AccountDeactivateMutationVariables = Exact<{
  id: string | number;
}>;


export type AccountDeactivateMutation = { deactivateUser: { id: string, deactivatedAt: string | null } };

export type AccountUnreadSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AccountUnreadSubscription = { unreadCountChanged: { count: number } };

export type AccountSendMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type AccountSendMutation = { sendMessage: { id: string } };

export type AccountMessagesQueryVariables = Exact<{
  companyId: string | number;
}>;


export type AccountMessagesQuery = { messages: { totalCount: number } };

export type AccountLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type AccountLogoutMutation = { logout: boolean };

export type AuthzMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzMeQuery = { me: { id: string, role: Role, companies: Array<{ id: string, name: string }> } | null };

export type AuthzMyRecordsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzMyRecordsQuery = { me: { companies: Array<{ id: string, emails: { totalCount: number, edges: Array<{ node: { id: string, subject: string | null } }> }, declarations: Array<{ id: string }> }> } | null };

export type AuthzMyOfficeQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzMyOfficeQuery = { me: { role: Role, office: { id: string, verification: OfficeVerification, smtpConfigured: boolean, canSendEmail: boolean, smtpIntegration: { host: string, port: number, username: string | null, fromAddress: string, fromName: string | null } | null } | null } | null };

export type AuthzRequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type AuthzRequestPasswordResetMutation = { requestPasswordReset: boolean };

export type AuthzResetPasswordMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type AuthzResetPasswordMutation = { resetPassword: { token: string, user: { id: string, email: string } } };

export type AuthzChangePasswordMutationVariables = Exact<{
  current: string;
  next: string;
}>;


export type AuthzChangePasswordMutation = { changePassword: boolean };

export type AuthzMySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzMySessionsQuery = { mySessions: Array<{ id: string, current: boolean, userAgent: string | null }> };

export type AuthzUpdateMyAccountMutationVariables = Exact<{
  input: UpdateMyAccountInput;
}>;


export type AuthzUpdateMyAccountMutation = { updateMyAccount: { id: string, language: Language } };

export type AuthzRevokeSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzRevokeSessionMutation = { revokeSession: boolean };

export type AuthzDeactivateUserMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzDeactivateUserMutation = { deactivateUser: { id: string, email: string, deactivatedAt: string | null } };

export type AuthTestLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type AuthTestLoginMutation = { login: { token: string, user: { id: string, email: string, role: Role, office: { id: string } | null } } };

export type AuthTestLoginCompaniesMutationVariables = Exact<{
  e: string;
  p: string;
}>;


export type AuthTestLoginCompaniesMutation = { login: { user: { role: Role, companies: Array<{ id: string }> } } };

export type AuthTestLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type AuthTestLogoutMutation = { logout: boolean };

export type AuthTestMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthTestMeQuery = { me: { id: string, email: string, name: string, role: Role, office: { name: string } | null, companies: Array<{ id: string }> } | null };

export type AuthTestCompaniesQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthTestCompaniesQuery = { companies: { totalCount: number } };

export type AuthTestUnreadSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AuthTestUnreadSubscription = { unreadCountChanged: { count: number } };

export type AuthTestUnreadOfSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AuthTestUnreadOfSubscription = { unreadCountChanged: { count: number, companyId: string | null } };

export type LanguageSignUpMutationVariables = Exact<{
  input: SignUpOfficeInput;
}>;


export type LanguageSignUpMutation = { signUpOffice: { token: string, user: { id: string, email: string, language: Language } } };

export type LanguageUpdateMeMutationVariables = Exact<{
  input: UpdateMyAccountInput;
}>;


export type LanguageUpdateMeMutation = { updateMyAccount: { id: string, name: string, language: Language } };

export type LanguageMeQueryVariables = Exact<{ [key: string]: never; }>;


export type LanguageMeQuery = { me: { id: string, name: string, language: Language } | null };

export type LanguageRequestResetMutationVariables = Exact<{
  email: string;
}>;


export type LanguageRequestResetMutation = { requestPasswordReset: boolean };

export type LanguageInviteStaffMutationVariables = Exact<{
  input: InviteStaffInput;
}>;


export type LanguageInviteStaffMutation = { inviteStaff: { id: string, language: Language } };

export type LanguageInviteClientMutationVariables = Exact<{
  input: InviteClientInput;
}>;


export type LanguageInviteClientMutation = { inviteClient: { id: string, language: Language } };

export type LanguageAcceptMutationVariables = Exact<{
  token: string;
  password?: string | null | undefined;
  language?: Language | null | undefined;
}>;


export type LanguageAcceptMutation = { acceptInvitation: { user: { id: string, language: Language } } };

export type LanguagePreviewQueryVariables = Exact<{
  token: string;
}>;


export type LanguagePreviewQuery = { invitation: { language: Language } | null };

export type LoginFloodLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginFloodLoginMutation = { login: { token: string } };

export type AuthzLedgerEntriesQueryVariables = Exact<{
  companyId: string | number;
  period: string;
}>;


export type AuthzLedgerEntriesQuery = { ledgerEntries: { totalCount: number, edges: Array<{ node: { id: string, documentNumber: string, counterparty: string, description: string, gross: string } }> } };

export type AuthzRecordUpoMutationVariables = Exact<{
  input: UpoInput;
}>;


export type AuthzRecordUpoMutation = { recordUpo: { id: string, referenceNumber: string } };

export type AuthzMarkDeclarationPaidMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzMarkDeclarationPaidMutation = { markDeclarationPaid: { id: string, paidAt: string | null } };

export type PaidUpsertDeclarationMutationVariables = Exact<{
  input: DeclarationInput;
}>;


export type PaidUpsertDeclarationMutation = { upsertDeclaration: { id: string, paidAt: string | null } };

export type PaidMarkDeclarationMutationVariables = Exact<{
  id: string | number;
  paid?: boolean | null | undefined;
}>;


export type PaidMarkDeclarationMutation = { markDeclarationPaid: { id: string, paidAt: string | null } };

export type PaidDeclarationsQueryVariables = Exact<{
  id: string | number;
}>;


export type PaidDeclarationsQuery = { company: { declarations: Array<{ id: string, paidAt: string | null }> } | null };

export type BookkeepingImportMutationVariables = Exact<{
  companyId: string | number;
  entries: Array<LedgerEntryInput> | LedgerEntryInput;
}>;


export type BookkeepingImportMutation = { importLedgerEntries: number };

export type BookkeepingEntriesQueryVariables = Exact<{
  companyId: string | number;
  period: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BookkeepingEntriesQuery = { ledgerEntries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, date: string, documentNumber: string, counterparty: string, counterpartyNip: string | null, description: string, net: string, vat: string, gross: string, column: string, contraAccount: string | null, vatRegister: VatRegister | null } }> } };

export type BookkeepingUpsertDeclarationMutationVariables = Exact<{
  input: DeclarationInput;
}>;


export type BookkeepingUpsertDeclarationMutation = { upsertDeclaration: { id: string, type: string, period: string, taxBase: string, taxDue: string, status: DeclarationStatus, filedAt: string | null, dueDate: string | null, upo: { id: string, referenceNumber: string } | null } };

export type BookkeepingRecordUpoMutationVariables = Exact<{
  input: UpoInput;
}>;


export type BookkeepingRecordUpoMutation = { recordUpo: { id: string, referenceNumber: string, receivedAt: string } };

export type BookkeepingDeclarationsQueryVariables = Exact<{
  id: string | number;
  period?: string | null | undefined;
}>;


export type BookkeepingDeclarationsQuery = { company: { declarations: Array<{ id: string, type: string, period: string, status: DeclarationStatus, taxBase: string, taxDue: string, upo: { referenceNumber: string, receivedAt: string } | null }> } | null };

export type BookkeepingCompanyDeclarationsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type BookkeepingCompanyDeclarationsQuery = { companies: { edges: Array<{ node: { id: string, declarations: Array<{ type: string, upo: { id: string } | null }> } }> } };

export type AuthzBroadcastQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzBroadcastQuery = { broadcast: { id: string, kind: MessageKind, recipientCount: number, readCount: number, author: { id: string, name: string } } | null };

export type AuthzBroadcastsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzBroadcastsQuery = { broadcasts: { totalCount: number, edges: Array<{ node: { id: string, preview: string, recipientCount: number } }> } };

export type AuthzBroadcastRecipientsQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzBroadcastRecipientsQuery = { broadcast: { id: string, recipients: { totalCount: number, edges: Array<{ node: { read: boolean, company: { id: string, name: string, nip: string }, reads: Array<{ user: { id: string } }>, downloads: Array<{ file: { filename: string } }> } }> } } | null };

export type AuthzRemindUnreadMutationVariables = Exact<{
  broadcastId: string | number;
  body?: string | null | undefined;
}>;


export type AuthzRemindUnreadMutation = { remindUnread: { id: string, recipientCount: number } };

export type AuthzCancelBroadcastMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzCancelBroadcastMutation = { cancelBroadcast: { id: string, status: BroadcastStatus } };

export type AuthzRecallBroadcastMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzRecallBroadcastMutation = { recallBroadcast: { id: string, status: BroadcastStatus } };

export type CsvReportNotifyMutationVariables = Exact<{
  input: SendBulkNotificationInput;
}>;


export type CsvReportNotifyMutation = { sendBulkNotification: { id: string } };

export type CsvReportMarkReadMutationVariables = Exact<{
  companyId: string | number;
}>;


export type CsvReportMarkReadMutation = { markMessagesRead: number };

export type CsvReportAcknowledgeMutationVariables = Exact<{
  id: string | number;
}>;


export type CsvReportAcknowledgeMutation = { acknowledgeMessage: { id: string } };

export type CsvReportTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CsvReportTokenMutation = { createApiToken: { token: string } };

export type ScaleReportNotifyMutationVariables = Exact<{
  input: SendBulkNotificationInput;
}>;


export type ScaleReportNotifyMutation = { sendBulkNotification: { id: string, recipientCount: number } };

export type ScaleReportBroadcastsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ScaleReportBroadcastsQuery = { broadcasts: { edges: Array<{ node: { id: string, kind: MessageKind, status: BroadcastStatus, recipientCount: number, readCount: number, failedCount: number, preview: string, createdAt: string, author: { id: string, name: string }, remindsOf: { id: string } | null, reminders: Array<{ id: string }> } }> } };

export type ScaleReportRecipientsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  filter?: BroadcastRecipientFilter | null | undefined;
}>;


export type ScaleReportRecipientsQuery = { broadcast: { recipients: { totalCount: number, edges: Array<{ node: { read: boolean, firstReadAt: string | null, emailStatus: DeliveryStatus | null, attachmentCount: number, repliedAt: string | null, company: { id: string, name: string, nip: string }, reads: Array<{ readAt: string, user: { id: string, name: string } }>, downloads: Array<{ downloadedAt: string, file: { filename: string } }> } }> } } | null };

export type ScaleReportRemindMutationVariables = Exact<{
  broadcastId: string | number;
}>;


export type ScaleReportRemindMutation = { remindUnread: { id: string, recipientCount: number } };

export type ReportNotifyMutationVariables = Exact<{
  input: SendBulkNotificationInput;
}>;


export type ReportNotifyMutation = { sendBulkNotification: { id: string, recipientCount: number } };

export type ReportMarkReadMutationVariables = Exact<{
  companyId: string | number;
}>;


export type ReportMarkReadMutation = { markMessagesRead: number };

export type ReportAskMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type ReportAskMutation = { sendMessage: { id: string } };

export type ReportBroadcastsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: BroadcastStatus | null | undefined;
}>;


export type ReportBroadcastsQuery = { broadcasts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: MessageKind, status: BroadcastStatus, recipientCount: number, readCount: number, failedCount: number, preview: string, createdAt: string, author: { id: string, name: string }, remindsOf: { id: string } | null, reminders: Array<{ id: string, recipientCount: number }> } }> } };

export type ReportRecipientsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: BroadcastRecipientFilter | null | undefined;
}>;


export type ReportRecipientsQuery = { broadcast: { id: string, recipients: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { read: boolean, firstReadAt: string | null, emailStatus: DeliveryStatus | null, emailError: string | null, attachmentCount: number, repliedAt: string | null, company: { id: string, name: string }, reads: Array<{ readAt: string, user: { id: string, name: string } }>, downloads: Array<{ downloadedAt: string, file: { id: string, filename: string }, user: { id: string } }> } }> } } | null };

export type ReportRemindMutationVariables = Exact<{
  broadcastId: string | number;
  body?: string | null | undefined;
}>;


export type ReportRemindMutation = { remindUnread: { id: string, kind: MessageKind, recipientCount: number, preview: string, remindsOf: { id: string } | null } };

export type ReportSendEmailMutationVariables = Exact<{
  input: SendEmailInput;
}>;


export type ReportSendEmailMutation = { sendEmail: { id: string } };

export type ReportSmtpMutationVariables = Exact<{
  input: SmtpIntegrationInput;
}>;


export type ReportSmtpMutation = { updateSmtpIntegration: { host: string } };

export type ReportProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportProgressQuery = { broadcast: { queuedCount: number, sentCount: number, failedCount: number } | null };

export type BroadcastNotifyMutationVariables = Exact<{
  input: SendBulkNotificationInput;
}>;


export type BroadcastNotifyMutation = { sendBulkNotification: { id: string, kind: MessageKind, recipientCount: number, readCount: number, createdAt: string, author: { id: string, role: Role } } };

export type BroadcastGetQueryVariables = Exact<{
  id: string | number;
}>;


export type BroadcastGetQuery = { broadcast: { id: string, kind: MessageKind, recipientCount: number, readCount: number, queuedCount: number, sentCount: number, failedCount: number, author: { id: string, name: string } } | null };

export type BroadcastThreadTotalQueryVariables = Exact<{
  id: string | number;
}>;


export type BroadcastThreadTotalQuery = { messages: { totalCount: number } };

export type BroadcastNewestQueryVariables = Exact<{
  id: string | number;
}>;


export type BroadcastNewestQuery = { messages: { totalCount: number, edges: Array<{ node: { id: string, kind: MessageKind, direction: MessageDirection, body: string, company: { id: string }, author: { id: string } } }> } };

export type BroadcastClientViewQueryVariables = Exact<{
  id: string | number;
}>;


export type BroadcastClientViewQuery = { messages: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, kind: MessageKind, direction: MessageDirection, subject: string | null, body: string, createdAt: string, readByMe: boolean, company: { id: string, name: string, nip: string, email: string, taxForm: TaxForm, vatPayer: boolean, caretaker: { id: string, name: string, email: string } | null, lastMessage: { id: string, body: string } | null }, author: { id: string, name: string, email: string, role: Role, office: { id: string, name: string } | null, companies: Array<{ id: string, name: string }> }, attachments: Array<{ id: string, filename: string, url: string }>, receipts: Array<{ readAt: string, user: { id: string, name: string, companies: Array<{ id: string, name: string }> }, message: { id: string, company: { id: string, name: string } } }> } }> } };

export type BroadcastUnreadQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type BroadcastUnreadQuery = { unreadCount: number };

export type BroadcastMarkReadMutationVariables = Exact<{
  id: string | number;
}>;


export type BroadcastMarkReadMutation = { markMessagesRead: number };

export type RecallNotifyMutationVariables = Exact<{
  input: SendBulkNotificationInput;
}>;


export type RecallNotifyMutation = { sendBulkNotification: { id: string, status: BroadcastStatus } };

export type RecallBroadcastMutationVariables = Exact<{
  id: string | number;
}>;


export type RecallBroadcastMutation = { recallBroadcast: { id: string, status: BroadcastStatus, recalledAt: string | null, recipientCount: number } };

export type RecallReportQueryVariables = Exact<{
  id: string | number;
}>;


export type RecallReportQuery = { broadcast: { status: BroadcastStatus, readCount: number, recipients: { edges: Array<{ node: { read: boolean, recalled: boolean, company: { id: string } } }> } } | null };

export type RecallThreadQueryVariables = Exact<{
  id: string | number;
}>;


export type RecallThreadQuery = { unreadCount: number, messages: { totalCount: number, edges: Array<{ node: { id: string, body: string, recalledAt: string | null } }> }, company: { lastMessage: { id: string, body: string } | null } | null };

export type RecallMarkReadMutationVariables = Exact<{
  id: string | number;
  messageIds?: Array<string | number> | string | number | null | undefined;
}>;


export type RecallMarkReadMutation = { markMessagesRead: number };

export type RecallBadgeSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type RecallBadgeSubscription = { unreadCountChanged: { count: number, companyId: string | null } };

export type RecallScheduleMutationVariables = Exact<{
  input: SendBulkNotificationInput;
}>;


export type RecallScheduleMutation = { sendBulkNotification: { id: string, status: BroadcastStatus } };

export type SchedNotifyMutationVariables = Exact<{
  input: SendBulkNotificationInput;
}>;


export type SchedNotifyMutation = { sendBulkNotification: { id: string, status: BroadcastStatus, sendAt: string | null, recipientCount: number, createdAt: string } };

export type SchedEmailMutationVariables = Exact<{
  input: SendEmailInput;
}>;


export type SchedEmailMutation = { sendEmail: { id: string, status: BroadcastStatus, sendAt: string | null, recipientCount: number, queuedCount: number } };

export type SchedBroadcastQueryVariables = Exact<{
  id: string | number;
}>;


export type SchedBroadcastQuery = { broadcast: { id: string, status: BroadcastStatus, sendAt: string | null, recipientCount: number, queuedCount: number, sentCount: number, cancelReason: BroadcastCancelReason | null, cancelledAt: string | null } | null };

export type SchedListQueryVariables = Exact<{
  status?: BroadcastStatus | null | undefined;
}>;


export type SchedListQuery = { broadcasts: { edges: Array<{ node: { id: string, status: BroadcastStatus, sendAt: string | null } }> } };

export type SchedCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type SchedCancelMutation = { cancelBroadcast: { id: string, status: BroadcastStatus, cancelReason: BroadcastCancelReason | null, cancelledAt: string | null } };

export type SchedThreadQueryVariables = Exact<{
  id: string | number;
}>;


export type SchedThreadQuery = { messages: { totalCount: number, edges: Array<{ node: { id: string, body: string, createdAt: string, attachments: Array<{ id: string }> } }> } };

export type SchedTemplateMutationVariables = Exact<{
  input: MessageTemplateInput;
}>;


export type SchedTemplateMutation = { createMessageTemplate: { id: string } };

export type SchedAckThreadQueryVariables = Exact<{
  id: string | number;
}>;


export type SchedAckThreadQuery = { messages: { edges: Array<{ node: { subject: string | null, body: string, requiresAcknowledgment: boolean } }> } };

export type SchedSetSmtpMutationVariables = Exact<{
  input: SmtpIntegrationInput;
}>;


export type SchedSetSmtpMutation = { updateSmtpIntegration: { host: string } };

export type SqlCountNotifyMutationVariables = Exact<{
  input: SendBulkNotificationInput;
}>;


export type SqlCountNotifyMutation = { sendBulkNotification: { id: string, recipientCount: number } };

export type SqlCountAskMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SqlCountAskMutation = { sendMessage: { id: string } };

export type SqlCountCompaniesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type SqlCountCompaniesQuery = { companies: { totalCount: number, edges: Array<{ node: { id: string, name: string, unreadFromClientCount: number, caretaker: { name: string } | null, lastMessage: { body: string, createdAt: string } | null } }> } };

export type AuthzCompaniesQueryVariables = Exact<{
  filter?: CompanyFilter | null | undefined;
}>;


export type AuthzCompaniesQuery = { companies: { totalCount: number, edges: Array<{ node: { id: string, name: string, nip: string, lastMessage: { id: string, body: string } | null } }> } };

export type AuthzCreateCompanyMutationVariables = Exact<{
  input: CreateCompanyInput;
}>;


export type AuthzCreateCompanyMutation = { createCompany: { id: string, name: string, caretaker: { id: string, name: string } | null } };

export type AuthzUpdateCompanyMutationVariables = Exact<{
  id: string | number;
  input: UpdateCompanyInput;
}>;


export type AuthzUpdateCompanyMutation = { updateCompany: { id: string, name: string } };

export type AuthzArchiveCompanyMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzArchiveCompanyMutation = { archiveCompany: { id: string, archivedAt: string | null } };

export type AuthzRestoreCompanyMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzRestoreCompanyMutation = { restoreCompany: { id: string, archivedAt: string | null } };

export type AuthzAssignCaretakerMutationVariables = Exact<{
  companyIds: Array<string | number> | string | number;
  caretakerId?: string | number | null | undefined;
}>;


export type AuthzAssignCaretakerMutation = { assignCaretaker: number };

export type AuthzImportCompaniesMutationVariables = Exact<{
  uploadId: string | number;
  dryRun: boolean;
}>;


export type AuthzImportCompaniesMutation = { importCompanies: { created: number, updated: number, failed: number } };

export type AuthzCompanyAccessChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AuthzCompanyAccessChangedSubscription = { companyAccessChanged: { companyId: string, visible: boolean } };

export type CompanyColumnsQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: CompanyFilter | null | undefined;
}>;


export type CompanyColumnsQuery = { companies: { totalCount: number, edges: Array<{ node: { id: string, name: string, taxForm: TaxForm, vatPayer: boolean, unreadFromClientCount: number, caretaker: { id: string, name: string } | null, lastMessage: { createdAt: string, direction: MessageDirection, kind: MessageKind } | null, lastPrintoutEmail: { id: string, kind: MessageKind, delivery: { sentAt: string | null } | null, attachments: Array<{ printout: PrintoutKind | null, period: string | null }> } | null, latestDeclaration: { type: string, period: string, status: DeclarationStatus, filedAt: string | null, upo: { referenceNumber: string, receivedAt: string } | null } | null, users: Array<{ name: string, email: string }> } }> } };

export type CompanyColumnsOfClientQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanyColumnsOfClientQuery = { companies: { edges: Array<{ node: { id: string, lastPrintoutEmail: { createdAt: string, attachments: Array<{ printout: PrintoutKind | null }> } | null, latestDeclaration: { type: string, period: string, upo: { referenceNumber: string } | null } | null } }> } };

export type CompanyColumnsClientUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanyColumnsClientUsersQuery = { companies: { edges: Array<{ node: { id: string, users: Array<{ email: string }> } }> } };

export type CompanyColumnsAskMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type CompanyColumnsAskMutation = { sendMessage: { id: string, createdAt: string } };

export type CompanyColumnsEmailMutationVariables = Exact<{
  input: SendEmailInput;
}>;


export type CompanyColumnsEmailMutation = { sendEmail: { id: string } };

export type CompanyColumnsSmtpMutationVariables = Exact<{
  input: SmtpIntegrationInput;
}>;


export type CompanyColumnsSmtpMutation = { updateSmtpIntegration: { host: string } };

export type CompanyImportRunMutationVariables = Exact<{
  uploadId: string | number;
  dryRun: boolean;
  skipInvalid?: boolean | null | undefined;
}>;


export type CompanyImportRunMutation = { importCompanies: { applied: boolean, created: number, updated: number, unchanged: number, failed: number, rows: Array<{ line: number, status: CompanyImportRowStatus, column: string | null, error: string | null, nip: string | null, name: string | null }> } };

export type CompanyImportSendMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type CompanyImportSendMutation = { sendMessage: { id: string } };

export type CompanyImportUnreadSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CompanyImportUnreadSubscription = { unreadCountChanged: { count: number, companyId: string | null } };

export type ManageUpdateCompanyMutationVariables = Exact<{
  id: string | number;
  input: UpdateCompanyInput;
}>;


export type ManageUpdateCompanyMutation = { updateCompany: { id: string, name: string, nip: string, taxForm: TaxForm, vatPayer: boolean, email: string, archivedAt: string | null } };

export type ManageArchiveCompanyMutationVariables = Exact<{
  id: string | number;
}>;


export type ManageArchiveCompanyMutation = { archiveCompany: { id: string, archivedAt: string | null } };

export type ManageRestoreCompanyMutationVariables = Exact<{
  id: string | number;
}>;


export type ManageRestoreCompanyMutation = { restoreCompany: { id: string, archivedAt: string | null } };

export type ManageAssignCaretakerMutationVariables = Exact<{
  companyIds: Array<string | number> | string | number;
  caretakerId?: string | number | null | undefined;
}>;


export type ManageAssignCaretakerMutation = { assignCaretaker: number };

export type ManageCompaniesQueryVariables = Exact<{
  filter?: CompanyFilter | null | undefined;
}>;


export type ManageCompaniesQuery = { companies: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type ManageCompanyQueryVariables = Exact<{
  id: string | number;
}>;


export type ManageCompanyQuery = { company: { id: string, name: string, archivedAt: string | null, caretaker: { id: string } | null } | null };

export type ManageThreadQueryVariables = Exact<{
  id: string | number;
}>;


export type ManageThreadQuery = { messages: { totalCount: number } };

export type ManageSendMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type ManageSendMutation = { sendMessage: { id: string } };

export type ManageNotifyMutationVariables = Exact<{
  input: SendBulkNotificationInput;
}>;


export type ManageNotifyMutation = { sendBulkNotification: { id: string, recipientCount: number } };

export type ManagePrintoutOptionsQueryVariables = Exact<{
  companyIds: Array<string | number> | string | number;
}>;


export type ManagePrintoutOptionsQuery = { printoutOptions: Array<{ kind: PrintoutKind, companyCount: number }> };

export type ManageInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type ManageInboxQuery = { inbox: { edges: Array<{ node: { company: { id: string } } }> } };

export type CompanyManageAccessSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CompanyManageAccessSubscription = { companyAccessChanged: { companyId: string, visible: boolean } };

export type ManageUnreadSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ManageUnreadSubscription = { unreadCountChanged: { count: number, companyId: string | null } };

export type CompanyTestListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CompanyFilter | null | undefined;
}>;


export type CompanyTestListQuery = { companies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, nip: string, taxForm: TaxForm, unreadFromClientCount: number, caretaker: { id: string } | null } }> } };

export type CompanyTestSendMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type CompanyTestSendMutation = { sendMessage: { id: string } };

export type CompanyTestCaretakersQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanyTestCaretakersQuery = { me: { office: { caretakers: Array<{ id: string, name: string }> } | null } | null };

export type CompanyTestCompanyQueryVariables = Exact<{
  id: string | number;
}>;


export type CompanyTestCompanyQuery = { company: { id: string, name: string, email: string } | null };

export type CompanyTestCreateMutationVariables = Exact<{
  input: CreateCompanyInput;
}>;


export type CompanyTestCreateMutation = { createCompany: { id: string, nip: string, taxForm: TaxForm, vatPayer: boolean, email: string, caretaker: { id: string } | null } };

export type CompanyUsersOfCompanyQueryVariables = Exact<{
  id: string | number;
}>;


export type CompanyUsersOfCompanyQuery = { company: { id: string, users: Array<{ id: string, email: string, name: string }> } | null };

export type CompanyUsersOfListQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanyUsersOfListQuery = { companies: { edges: Array<{ node: { id: string, users: Array<{ id: string }> } }> } };

export type AuthzUpdateDeadlineReminderRuleMutationVariables = Exact<{
  input: DeadlineReminderRuleInput;
}>;


export type AuthzUpdateDeadlineReminderRuleMutation = { updateDeadlineReminderRule: { id: string, enabled: boolean, daysBefore: number, hour: number, templateId: string | null } };

export type AuthzDeadlineReminderRuleQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzDeadlineReminderRuleQuery = { me: { office: { id: string, deadlineReminderRule: { id: string, daysBefore: number } | null } | null } | null };

export type DeadlineRuleUpdateMutationVariables = Exact<{
  input: DeadlineReminderRuleInput;
}>;


export type DeadlineRuleUpdateMutation = { updateDeadlineReminderRule: { id: string, enabled: boolean, daysBefore: number, hour: number, templateId: string | null } };

export type DeadlineRuleOfOfficeQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type DeadlineRuleOfOfficeQuery = { me: { office: { deadlineReminderRule: { enabled: boolean, daysBefore: number, hour: number, planned: Array<{ companyName: string, declarationType: string, taxDue: string, dueDate: string, remindOn: string }> } | null } | null } | null };

export type DeadlineRuleTemplateMutationVariables = Exact<{
  input: MessageTemplateInput;
}>;


export type DeadlineRuleTemplateMutation = { createMessageTemplate: { id: string } };

export type DeadlineRuleSentQueryVariables = Exact<{ [key: string]: never; }>;


export type DeadlineRuleSentQuery = { broadcasts: { edges: Array<{ node: { id: string, origin: BroadcastOrigin, recipientCount: number, author: { id: string } } }> } };

export type DeadlineRulePaidMutationVariables = Exact<{
  id: string | number;
}>;


export type DeadlineRulePaidMutation = { markDeclarationPaid: { id: string } };

export type DeadlineRuleUnreadQueryVariables = Exact<{ [key: string]: never; }>;


export type DeadlineRuleUnreadQuery = { unreadCount: number };

export type DemoSeedLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type DemoSeedLoginMutation = { login: { token: string } };

export type DemoSeedInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoSeedInvitationsQuery = { me: { office: { name: string, invitations: Array<{ email: string, role: Role, status: InvitationStatus, company: { name: string } | null }> } | null } | null };

export type DemoSeedAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoSeedAccountsQuery = { demoAccounts: { password: string, logins: Array<{ email: string, userRole: Role, office: string | null, lastEmail: string | null }> } | null };

export type DemoSeedWhoQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoSeedWhoQuery = { me: { role: Role, office: { name: string } | null } | null };

export type DemoSeedCompaniesQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoSeedCompaniesQuery = { companies: { totalCount: number } };

export type PrivacySetSmtpMutationVariables = Exact<{
  input: SmtpIntegrationInput;
}>;


export type PrivacySetSmtpMutation = { updateSmtpIntegration: { host: string } };

export type PrivacySendMutationVariables = Exact<{
  input: SendEmailInput;
}>;


export type PrivacySendMutation = { sendEmail: { id: string } };

export type PrivacyThreadQueryVariables = Exact<{
  companyId: string | number;
}>;


export type PrivacyThreadQuery = { messages: { edges: Array<{ node: { kind: MessageKind, delivery: { status: DeliveryStatus, toAddress: string, attempts: number | null, lastError: string | null } | null } }> } };

export type PrivacyEmailsQueryVariables = Exact<{
  id: string | number;
}>;


export type PrivacyEmailsQuery = { company: { emails: { edges: Array<{ node: { delivery: { status: DeliveryStatus, attempts: number | null, lastError: string | null } | null } }> } } | null };

export type PrivacyProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type PrivacyProgressQuery = { broadcast: { queuedCount: number, deliveries: { edges: Array<{ node: { status: DeliveryStatus, attempts: number | null, lastError: string | null } }> } } | null };

export type DeliverySendMutationVariables = Exact<{
  input: SendEmailInput;
}>;


export type DeliverySendMutation = { sendEmail: { id: string } };

export type DeliverySetSmtpMutationVariables = Exact<{
  input: SmtpIntegrationInput;
}>;


export type DeliverySetSmtpMutation = { updateSmtpIntegration: { host: string } };

export type DeliveryCountsQueryVariables = Exact<{
  id: string | number;
}>;


export type DeliveryCountsQuery = { broadcast: { queuedCount: number, sentCount: number, failedCount: number, failed: { totalCount: number }, sent: { totalCount: number } } | null };

export type AuthzRetryFailedDeliveriesMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzRetryFailedDeliveriesMutation = { retryFailedDeliveries: { id: string, subject: string | null, queuedCount: number, failedCount: number } };

export type AuthzBroadcastProgressSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type AuthzBroadcastProgressSubscription = { broadcastProgress: { id: string, subject: string | null, recipientCount: number, sentCount: number, deliveries: { edges: Array<{ node: { toAddress: string, company: { id: string, name: string } } }> } } };

export type EmailSendMutationVariables = Exact<{
  input: SendEmailInput;
}>;


export type EmailSendMutation = { sendEmail: { id: string, kind: MessageKind, recipientCount: number, queuedCount: number, sentCount: number, failedCount: number } };

export type EmailProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type EmailProgressQuery = { broadcast: { queuedCount: number, sentCount: number, failedCount: number, deliveries: { totalCount: number, edges: Array<{ node: { status: DeliveryStatus, attempts: number | null, lastError: string | null, toAddress: string, company: { id: string } } }> } } | null };

export type EmailSetSmtpMutationVariables = Exact<{
  input: SmtpIntegrationInput;
}>;


export type EmailSetSmtpMutation = { updateSmtpIntegration: { host: string, port: number, security: SmtpSecurity, username: string | null, fromAddress: string } };

export type EmailArchiveQueryVariables = Exact<{
  id: string | number;
}>;


export type EmailArchiveQuery = { company: { emails: { totalCount: number, edges: Array<{ node: { kind: MessageKind, subject: string | null, body: string, html: string | null, delivery: { status: DeliveryStatus, attempts: number | null, sentAt: string | null, toAddress: string } | null, attachments: Array<{ filename: string, contentType: string, printout: PrintoutKind | null, period: string | null, url: string, downloadedAt: string | null }> } }> } } | null };

export type EmailProgressLiveSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type EmailProgressLiveSubscription = { broadcastProgress: { queuedCount: number, sentCount: number, failedCount: number } };

export type EmailProgressSentSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type EmailProgressSentSubscription = { broadcastProgress: { sentCount: number } };

export type EmailOfficeStateQueryVariables = Exact<{ [key: string]: never; }>;


export type EmailOfficeStateQuery = { me: { office: { verification: OfficeVerification, smtpConfigured: boolean, canSendEmail: boolean } | null } | null };

export type EmailTestSmtpMutationVariables = Exact<{ [key: string]: never; }>;


export type EmailTestSmtpMutation = { testSmtpIntegration: boolean };

export type EmailSmtpStateQueryVariables = Exact<{ [key: string]: never; }>;


export type EmailSmtpStateQuery = { me: { office: { smtpConfigured: boolean, canSendEmail: boolean, smtpIntegration: { host: string, username: string | null, lastTestOk: boolean | null, lastTestError: string | null, lastTestedAt: string | null } | null } | null } | null };

export type EmailSetVerificationMutationVariables = Exact<{
  id: string | number;
  s: OfficeVerification;
}>;


export type EmailSetVerificationMutation = { setOfficeVerification: { id: string, verification: OfficeVerification } };

export type CatcherSetSmtpMutationVariables = Exact<{
  i: SmtpIntegrationInput;
}>;


export type CatcherSetSmtpMutation = { updateSmtpIntegration: { host: string } };

export type CatcherTestSmtpMutationVariables = Exact<{ [key: string]: never; }>;


export type CatcherTestSmtpMutation = { testSmtpIntegration: boolean };

export type CatcherSendMutationVariables = Exact<{
  i: SendEmailInput;
}>;


export type CatcherSendMutation = { sendEmail: { id: string } };

export type RetrySendMutationVariables = Exact<{
  input: SendEmailInput;
}>;


export type RetrySendMutation = { sendEmail: { id: string } };

export type RetrySetSmtpMutationVariables = Exact<{
  input: SmtpIntegrationInput;
}>;


export type RetrySetSmtpMutation = { updateSmtpIntegration: { host: string } };

export type RetryFailedMutationVariables = Exact<{
  id: string | number;
}>;


export type RetryFailedMutation = { retryFailedDeliveries: { id: string, recipientCount: number, queuedCount: number, sentCount: number, failedCount: number } };

export type RetryCountsQueryVariables = Exact<{
  id: string | number;
}>;


export type RetryCountsQuery = { broadcast: { recipientCount: number, queuedCount: number, sentCount: number, failedCount: number } | null };

export type RetryProgressSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type RetryProgressSubscription = { broadcastProgress: { queuedCount: number, sentCount: number, failedCount: number } };

export type SmtpFaultsSendMutationVariables = Exact<{
  input: SendEmailInput;
}>;


export type SmtpFaultsSendMutation = { sendEmail: { id: string } };

export type SmtpFaultsSetSmtpMutationVariables = Exact<{
  input: SmtpIntegrationInput;
}>;


export type SmtpFaultsSetSmtpMutation = { updateSmtpIntegration: { host: string } };

export type SmtpFaultsCountsQueryVariables = Exact<{
  id: string | number;
}>;


export type SmtpFaultsCountsQuery = { broadcast: { recipientCount: number, queuedCount: number, sentCount: number, failedCount: number } | null };

export type SsrfUpdateSmtpMutationVariables = Exact<{
  input: SmtpIntegrationInput;
}>;


export type SsrfUpdateSmtpMutation = { updateSmtpIntegration: { host: string, port: number } };

export type SsrfTestSmtpMutationVariables = Exact<{ [key: string]: never; }>;


export type SsrfTestSmtpMutation = { testSmtpIntegration: boolean };

export type SsrfSmtpStateQueryVariables = Exact<{ [key: string]: never; }>;


export type SsrfSmtpStateQuery = { me: { office: { smtpIntegration: { host: string, port: number, lastTestOk: boolean | null, lastTestError: string | null } | null } | null } | null };

export type SsrfSendEmailMutationVariables = Exact<{
  input: SendEmailInput;
}>;


export type SsrfSendEmailMutation = { sendEmail: { id: string } };

export type WorkerStopSetSmtpMutationVariables = Exact<{
  input: SmtpIntegrationInput;
}>;


export type WorkerStopSetSmtpMutation = { updateSmtpIntegration: { host: string } };

export type WorkerStopSendMutationVariables = Exact<{
  input: SendEmailInput;
}>;


export type WorkerStopSendMutation = { sendEmail: { id: string } };

export type FileLimitsNotifyMutationVariables = Exact<{
  input: SendBulkNotificationInput;
}>;


export type FileLimitsNotifyMutation = { sendBulkNotification: { id: string } };

export type FileLimitsSendMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type FileLimitsSendMutation = { sendMessage: { id: string } };

export type FileNamesSendMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type FileNamesSendMutation = { sendMessage: { id: string, attachments: Array<{ id: string, filename: string, contentType: string }> } };

export type FileSweepNotifyMutationVariables = Exact<{
  input: SendBulkNotificationInput;
}>;


export type FileSweepNotifyMutation = { sendBulkNotification: { id: string } };

export type FileNotifyMutationVariables = Exact<{
  input: SendBulkNotificationInput;
}>;


export type FileNotifyMutation = { sendBulkNotification: { id: string, recipientCount: number } };

export type FileThreadQueryVariables = Exact<{
  id: string | number;
}>;


export type FileThreadQuery = { messages: { totalCount: number, edges: Array<{ node: { id: string, body: string, attachments: Array<{ id: string, filename: string, size: number, contentType: string, url: string }> } }> } };

export type AuthzInviteStaffMutationVariables = Exact<{
  input: InviteStaffInput;
}>;


export type AuthzInviteStaffMutation = { inviteStaff: { id: string, email: string, role: Role, office: { id: string } } };

export type AuthzInviteClientMutationVariables = Exact<{
  input: InviteClientInput;
}>;


export type AuthzInviteClientMutation = { inviteClient: { id: string, email: string, company: { id: string, name: string } | null } };

export type AuthzResendInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzResendInvitationMutation = { resendInvitation: { id: string, email: string, status: InvitationStatus } };

export type AuthzRevokeInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzRevokeInvitationMutation = { revokeInvitation: { id: string, status: InvitationStatus } };

export type AuthzInvitationQueryVariables = Exact<{
  token: string;
}>;


export type AuthzInvitationQuery = { invitation: { officeName: string, companyName: string | null, role: Role, email: string, expiresAt: string } | null };

export type AuthzAcceptInvitationMutationVariables = Exact<{
  token: string;
  password?: string | null | undefined;
}>;


export type AuthzAcceptInvitationMutation = { acceptInvitation: { token: string, user: { email: string, role: Role, office: { id: string } | null, companies: Array<{ id: string }> } } };

export type AuthzOfficeInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzOfficeInvitationsQuery = { me: { office: { id: string, invitations: Array<{ id: string, email: string }> } | null } | null };

export type InvitationInviteStaffMutationVariables = Exact<{
  input: InviteStaffInput;
}>;


export type InvitationInviteStaffMutation = { inviteStaff: { id: string, email: string, name: string, role: Role, status: InvitationStatus, expiresAt: string, createdAt: string, invitedBy: { id: string } | null, office: { id: string }, company: { id: string } | null } };

export type InvitationInviteClientMutationVariables = Exact<{
  input: InviteClientInput;
}>;


export type InvitationInviteClientMutation = { inviteClient: { id: string, email: string, role: Role, status: InvitationStatus, expiresAt: string, office: { id: string }, company: { id: string, name: string } | null } };

export type InvitationResendMutationVariables = Exact<{
  id: string | number;
}>;


export type InvitationResendMutation = { resendInvitation: { id: string, status: InvitationStatus, expiresAt: string } };

export type InvitationRevokeMutationVariables = Exact<{
  id: string | number;
}>;


export type InvitationRevokeMutation = { revokeInvitation: { id: string, status: InvitationStatus } };

export type InvitationPreviewQueryVariables = Exact<{
  token: string;
}>;


export type InvitationPreviewQuery = { invitation: { officeName: string, companyName: string | null, role: Role, email: string, expiresAt: string } | null };

export type InvitationAcceptMutationVariables = Exact<{
  token: string;
  password?: string | null | undefined;
  name?: string | null | undefined;
}>;


export type InvitationAcceptMutation = { acceptInvitation: { token: string, user: { id: string, email: string, name: string, role: Role, office: { id: string } | null, companies: Array<{ id: string }> } } };

export type InvitationLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type InvitationLoginMutation = { login: { token: string } };

export type InvitationSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type InvitationSessionsQuery = { mySessions: Array<{ userAgent: string | null, current: boolean }> };

export type InvitationVisibleCompaniesQueryVariables = Exact<{ [key: string]: never; }>;


export type InvitationVisibleCompaniesQuery = { companies: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type InvitationCompanyQueryVariables = Exact<{
  id: string | number;
}>;


export type InvitationCompanyQuery = { company: { id: string } | null };

export type InvitationOfficeInvitationsQueryVariables = Exact<{
  status?: InvitationStatus | null | undefined;
}>;


export type InvitationOfficeInvitationsQuery = { me: { office: { invitations: Array<{ id: string, email: string, status: InvitationStatus, role: Role, company: { id: string } | null }> } | null } | null };

export type InvitationInvitationsInFullQueryVariables = Exact<{ [key: string]: never; }>;


export type InvitationInvitationsInFullQuery = { me: { office: { invitations: Array<{ id: string, status: InvitationStatus, invitedBy: { id: string, name: string } | null, office: { id: string, name: string }, company: { id: string, name: string } | null }> } | null } | null };

export type InboxTestListQueryVariables = Exact<{
  status?: ConversationStatus | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InboxTestListQuery = { inbox: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { status: ConversationStatus, awaitingReplySince: string | null, closedAt: string | null, unreadFromClientCount: number, company: { id: string, name: string, nip: string }, lastMessage: { id: string, body: string }, lastClientMessage: { id: string, body: string, direction: MessageDirection, author: { id: string } } | null } }> } };

export type InboxTestAskMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type InboxTestAskMutation = { sendMessage: { id: string } };

export type InboxTestNotifyMutationVariables = Exact<{
  input: SendBulkNotificationInput;
}>;


export type InboxTestNotifyMutation = { sendBulkNotification: { id: string } };

export type InboxTestCloseMutationVariables = Exact<{
  companyId: string | number;
}>;


export type InboxTestCloseMutation = { closeConversation: { status: ConversationStatus, closedAt: string | null, awaitingReplySince: string | null, company: { id: string } } };

export type InboxTestReopenMutationVariables = Exact<{
  companyId: string | number;
}>;


export type InboxTestReopenMutation = { reopenConversation: { status: ConversationStatus, closedAt: string | null, awaitingReplySince: string | null, company: { id: string } } };

export type AuthzThreadUsersQueryVariables = Exact<{
  companyId: string | number;
}>;


export type AuthzThreadUsersQuery = { messages: { edges: Array<{ node: { author: { id: string, companies: Array<{ id: string, name: string }> }, receipts: Array<{ user: { id: string, companies: Array<{ id: string, name: string }> } }> } }> } };

export type AuthzInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzInboxQuery = { inbox: { totalCount: number, edges: Array<{ node: { unreadFromClientCount: number, company: { id: string, name: string }, lastMessage: { id: string, body: string } } }> } };

export type AuthzCloseConversationMutationVariables = Exact<{
  companyId: string | number;
}>;


export type AuthzCloseConversationMutation = { closeConversation: { status: ConversationStatus, company: { id: string, name: string } } };

export type AuthzReopenConversationMutationVariables = Exact<{
  companyId: string | number;
}>;


export type AuthzReopenConversationMutation = { reopenConversation: { status: ConversationStatus, company: { id: string, name: string } } };

export type ThreadTestSendMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type ThreadTestSendMutation = { sendMessage: { id: string, kind: MessageKind, direction: MessageDirection, body: string, readByMe: boolean, author: { id: string }, company: { id: string } } };

export type ThreadTestMessagesQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ThreadTestMessagesQuery = { messages: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, body: string, kind: MessageKind, direction: MessageDirection, readByMe: boolean, receipts: Array<{ readAt: string, user: { id: string } }> } }> } };

export type ThreadTestInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type ThreadTestInboxQuery = { inbox: { totalCount: number, edges: Array<{ node: { unreadFromClientCount: number, lastActivityAt: string, company: { id: string }, lastMessage: { body: string } } }> } };

export type ThreadTestMarkReadMutationVariables = Exact<{
  id: string | number;
}>;


export type ThreadTestMarkReadMutation = { markMessagesRead: number };

export type ThreadTestMarkIdsMutationVariables = Exact<{
  id: string | number;
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type ThreadTestMarkIdsMutation = { markMessagesRead: number };

export type ThreadTestUnreadCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ThreadTestUnreadCountQuery = { unreadCount: number };

export type ThreadTestUnreadCountOfQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type ThreadTestUnreadCountOfQuery = { unreadCount: number };

export type AuthzOfficesQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzOfficesQuery = { offices: { edges: Array<{ node: { id: string, name: string, verification: OfficeVerification, smtpConfigured: boolean, canSendEmail: boolean, smtpIntegration: { host: string, port: number, username: string | null, fromAddress: string } | null } }> } };

export type AuthzSetOfficeVerificationMutationVariables = Exact<{
  officeId: string | number;
  status: OfficeVerification;
}>;


export type AuthzSetOfficeVerificationMutation = { setOfficeVerification: { id: string, verification: OfficeVerification } };

export type AuthzTestSmtpIntegrationMutationVariables = Exact<{ [key: string]: never; }>;


export type AuthzTestSmtpIntegrationMutation = { testSmtpIntegration: boolean };

export type AuthzSignUpOfficeMutationVariables = Exact<{
  input: SignUpOfficeInput;
}>;


export type AuthzSignUpOfficeMutation = { signUpOffice: { token: string, user: { email: string, role: Role, office: { id: string, verification: OfficeVerification } | null } } };

export type AuthzSetOfficeLogoMutationVariables = Exact<{
  uploadId?: string | number | null | undefined;
}>;


export type AuthzSetOfficeLogoMutation = { setOfficeLogo: { id: string, logo: { id: string } | null } };

export type AuthzRequestOfficeVerificationMutationVariables = Exact<{ [key: string]: never; }>;


export type AuthzRequestOfficeVerificationMutation = { requestOfficeVerification: { id: string, verification: OfficeVerification } };

export type LogoSetMutationVariables = Exact<{
  uploadId?: string | number | null | undefined;
}>;


export type LogoSetMutation = { setOfficeLogo: { id: string, logo: { id: string, filename: string, contentType: string, size: number } | null } };

export type LogoOfOfficeQueryVariables = Exact<{ [key: string]: never; }>;


export type LogoOfOfficeQuery = { me: { office: { logo: { id: string, contentType: string } | null } | null } | null };

export type LogoSetSmtpMutationVariables = Exact<{
  input: SmtpIntegrationInput;
}>;


export type LogoSetSmtpMutation = { updateSmtpIntegration: { host: string } };

export type LogoSendEmailMutationVariables = Exact<{
  input: SendEmailInput;
}>;


export type LogoSendEmailMutation = { sendEmail: { id: string } };

export type LogoProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type LogoProgressQuery = { broadcast: { queuedCount: number, sentCount: number, failedCount: number } | null };

export type OfficeStaffQueryVariables = Exact<{ [key: string]: never; }>;


export type OfficeStaffQuery = { me: { office: { staff: Array<{ id: string, name: string, role: Role, deactivatedAt: string | null }> } | null } | null };

export type OfficeStaffAsAdminQueryVariables = Exact<{ [key: string]: never; }>;


export type OfficeStaffAsAdminQuery = { offices: { edges: Array<{ node: { id: string, staff: Array<{ id: string }> } }> } };

export type OfficeStaffDeactivateMutationVariables = Exact<{
  id: string | number;
}>;


export type OfficeStaffDeactivateMutation = { deactivateUser: { id: string, deactivatedAt: string | null } };

export type OfficeStaffAssignMutationVariables = Exact<{
  companyIds: Array<string | number> | string | number;
  caretakerId?: string | number | null | undefined;
}>;


export type OfficeStaffAssignMutation = { assignCaretaker: number };

export type SignUpOfficeMutationVariables = Exact<{
  input: SignUpOfficeInput;
}>;


export type SignUpOfficeMutation = { signUpOffice: { token: string, user: { id: string, email: string, name: string, role: Role, office: { id: string, name: string, nip: string | null, verification: OfficeVerification } | null } } };

export type SignUpLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignUpLoginMutation = { login: { token: string, user: { id: string, role: Role, office: { id: string } | null } } };

export type SignUpMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SignUpMeQuery = { me: { id: string, email: string, office: { id: string, verification: OfficeVerification } | null } | null };

export type SignUpRequestVerificationMutationVariables = Exact<{ [key: string]: never; }>;


export type SignUpRequestVerificationMutation = { requestOfficeVerification: { id: string, verification: OfficeVerification } };

export type SignUpSetVerificationMutationVariables = Exact<{
  officeId: string | number;
  status: OfficeVerification;
}>;


export type SignUpSetVerificationMutation = { setOfficeVerification: { id: string, verification: OfficeVerification } };

export type SignUpOfficesQueryVariables = Exact<{
  status?: OfficeVerification | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SignUpOfficesQuery = { offices: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, nip: string | null, verification: OfficeVerification, createdAt: string } }> } };

export type SignUpSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignUpSessionsQuery = { mySessions: Array<{ userAgent: string | null, current: boolean }> };

export type SmtpChangesUpdateMutationVariables = Exact<{
  input: SmtpIntegrationInput;
}>;


export type SmtpChangesUpdateMutation = { updateSmtpIntegration: { host: string } };

export type SmtpChangesOfficesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type SmtpChangesOfficesQuery = { offices: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, verification: OfficeVerification, smtpChangedAt: string | null, smtpChanges: Array<{ createdAt: string, verification: OfficeVerification, host: string, port: number, username: string | null, previousHost: string | null, previousPort: number | null, previousUsername: string | null, changedBy: { id: string, email: string } | null }> } }> } };

export type SmtpChangesMyOfficeQueryVariables = Exact<{ [key: string]: never; }>;


export type SmtpChangesMyOfficeQuery = { me: { office: { id: string, smtpChangedAt: string | null, smtpChanges: Array<{ host: string }> } | null } | null };

export type AuthzPrintoutOptionsQueryVariables = Exact<{
  companyIds: Array<string | number> | string | number;
  period: string;
}>;


export type AuthzPrintoutOptionsQuery = { printoutOptions: Array<{ kind: PrintoutKind, label: string, companyCount: number }> };

export type PrintoutOptionsQueryVariables = Exact<{
  companyIds: Array<string | number> | string | number;
  period: string;
}>;


export type PrintoutOptionsQuery = { printoutOptions: Array<{ kind: PrintoutKind, label: string, companyCount: number }> };

export type PrintoutOptionsConcernedQueryVariables = Exact<{
  companyIds: Array<string | number> | string | number;
  period: string;
}>;


export type PrintoutOptionsConcernedQuery = { printoutOptions: Array<{ kind: PrintoutKind, companyCount: number, companyIds: Array<string> }> };

export type LiveScaleUnreadSubscriptionVariables = Exact<{
  companyId?: string | number | null | undefined;
}>;


export type LiveScaleUnreadSubscription = { unreadCountChanged: { count: number } };

export type LiveScaleInboxSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LiveScaleInboxSubscription = { messageAdded: { id: string, body: string, company: { id: string, name: string }, author: { name: string } } };

export type LiveScaleThreadSubscriptionVariables = Exact<{
  companyId: string | number;
}>;


export type LiveScaleThreadSubscription = { messageAdded: { id: string, body: string, company: { name: string }, author: { name: string } } };

export type LiveScaleReceiptsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LiveScaleReceiptsSubscription = { messageRead: { readAt: string, user: { id: string }, message: { id: string } } };

export type LiveScaleNotifyMutationVariables = Exact<{
  input: SendBulkNotificationInput;
}>;


export type LiveScaleNotifyMutation = { sendBulkNotification: { id: string, recipientCount: number } };

export type LiveScaleAskMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type LiveScaleAskMutation = { sendMessage: { id: string } };

export type LiveScaleMarkReadMutationVariables = Exact<{
  id: string | number;
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type LiveScaleMarkReadMutation = { markMessagesRead: number };

export type LiveScaleCountQueryVariables = Exact<{
  companyId?: string | number | null | undefined;
}>;


export type LiveScaleCountQuery = { unreadCount: number };

export type LiveScaleCompanyUnreadQueryVariables = Exact<{
  id: string | number;
}>;


export type LiveScaleCompanyUnreadQuery = { company: { unreadFromClientCount: number } | null };

export type LiveScaleThreadReadsQueryVariables = Exact<{
  id: string | number;
}>;


export type LiveScaleThreadReadsQuery = { messages: { edges: Array<{ node: { id: string, readByMe: boolean } }> } };

export type LiveUpdatesUnreadSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LiveUpdatesUnreadSubscription = { unreadCountChanged: { count: number, companyId: string | null } };

export type LiveUpdatesMessageReadSubscriptionVariables = Exact<{
  companyId?: string | number | null | undefined;
}>;


export type LiveUpdatesMessageReadSubscription = { messageRead: { readAt: string, user: { id: string }, message: { id: string, body: string } } };

export type LiveUpdatesMessageAddedSubscriptionVariables = Exact<{
  companyId?: string | number | null | undefined;
}>;


export type LiveUpdatesMessageAddedSubscription = { messageAdded: { id: string, body: string, kind: MessageKind, company: { id: string } } };

export type LiveUpdatesNotifyMutationVariables = Exact<{
  input: SendBulkNotificationInput;
}>;


export type LiveUpdatesNotifyMutation = { sendBulkNotification: { id: string, recipientCount: number } };

export type LiveUpdatesThreadQueryVariables = Exact<{
  id: string | number;
}>;


export type LiveUpdatesThreadQuery = { messages: { edges: Array<{ node: { id: string, readByMe: boolean } }> } };

export type LiveUpdatesMarkReadMutationVariables = Exact<{
  id: string | number;
}>;


export type LiveUpdatesMarkReadMutation = { markMessagesRead: number };

export type LiveUpdatesSendMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type LiveUpdatesSendMutation = { sendMessage: { id: string } };

export type LiveUpdatesUnreadCountQueryVariables = Exact<{ [key: string]: never; }>;


export type LiveUpdatesUnreadCountQuery = { unreadCount: number };

export type AuthzUnreadCountQueryVariables = Exact<{
  companyId?: string | number | null | undefined;
}>;


export type AuthzUnreadCountQuery = { unreadCount: number };

export type AuthzMarkMessagesReadMutationVariables = Exact<{
  companyId: string | number;
}>;


export type AuthzMarkMessagesReadMutation = { markMessagesRead: number };

export type AuthzMessageReadSubscriptionVariables = Exact<{
  companyId?: string | number | null | undefined;
}>;


export type AuthzMessageReadSubscription = { messageRead: { readAt: string, user: { id: string }, message: { id: string, body: string, company: { id: string } } } };

export type AuthzUnreadCountChangedSubscriptionVariables = Exact<{
  companyId?: string | number | null | undefined;
}>;


export type AuthzUnreadCountChangedSubscription = { unreadCountChanged: { count: number, companyId: string | null } };

export type AuthzMessageTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzMessageTemplatesQuery = { messageTemplates: Array<{ id: string, name: string, html: string }> };

export type AuthzCreateMessageTemplateMutationVariables = Exact<{
  input: MessageTemplateInput;
}>;


export type AuthzCreateMessageTemplateMutation = { createMessageTemplate: { id: string, name: string } };

export type AuthzUpdateMessageTemplateMutationVariables = Exact<{
  id: string | number;
  input: MessageTemplateInput;
}>;


export type AuthzUpdateMessageTemplateMutation = { updateMessageTemplate: { id: string, name: string, html: string } };

export type AuthzDeleteMessageTemplateMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzDeleteMessageTemplateMutation = { deleteMessageTemplate: boolean };

export type AuthzPreviewMessageQueryVariables = Exact<{
  input: MessagePreviewInput;
}>;


export type AuthzPreviewMessageQuery = { previewMessage: { subject: string | null, html: string | null, body: string, missing: Array<string> } };

export type TplScaleCreateMutationVariables = Exact<{
  input: MessageTemplateInput;
}>;


export type TplScaleCreateMutation = { createMessageTemplate: { id: string } };

export type TplScaleNotifyMutationVariables = Exact<{
  input: SendBulkNotificationInput;
}>;


export type TplScaleNotifyMutation = { sendBulkNotification: { id: string, recipientCount: number } };

export type TplListQueryVariables = Exact<{ [key: string]: never; }>;


export type TplListQuery = { messageTemplates: Array<{ id: string, name: string, kind: MessageTemplateKind, subject: string | null, html: string, updatedAt: string, author: { id: string, name: string } }> };

export type TplCreateMutationVariables = Exact<{
  input: MessageTemplateInput;
}>;


export type TplCreateMutation = { createMessageTemplate: { id: string, name: string, kind: MessageTemplateKind, subject: string | null, html: string, author: { id: string } } };

export type TplUpdateMutationVariables = Exact<{
  id: string | number;
  input: MessageTemplateInput;
}>;


export type TplUpdateMutation = { updateMessageTemplate: { id: string, name: string, subject: string | null, html: string } };

export type TplDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type TplDeleteMutation = { deleteMessageTemplate: boolean };

export type TplPreviewQueryVariables = Exact<{
  input: MessagePreviewInput;
}>;


export type TplPreviewQuery = { previewMessage: { subject: string | null, html: string | null, body: string, missing: Array<string> } };

export type TplNotifyMutationVariables = Exact<{
  input: SendBulkNotificationInput;
}>;


export type TplNotifyMutation = { sendBulkNotification: { id: string, recipientCount: number, subject: string | null } };

export type TplEmailMutationVariables = Exact<{
  input: SendEmailInput;
}>;


export type TplEmailMutation = { sendEmail: { id: string, recipientCount: number } };

export type TplThreadQueryVariables = Exact<{
  companyId: string | number;
}>;


export type TplThreadQuery = { messages: { edges: Array<{ node: { subject: string | null, body: string, html: string | null, kind: MessageKind } }> } };

export type TplSmtpMutationVariables = Exact<{
  input: SmtpIntegrationInput;
}>;


export type TplSmtpMutation = { updateSmtpIntegration: { host: string } };

export type TplProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type TplProgressQuery = { broadcast: { queuedCount: number, sentCount: number, failedCount: number } | null };

export type AuthzWebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzWebhooksQuery = { webhooks: Array<{ id: string, url: string, secret: string | null }> };

export type AuthzCreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type AuthzCreateWebhookMutation = { createWebhook: { id: string, url: string, secret: string | null } };

export type AuthzDeleteWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzDeleteWebhookMutation = { deleteWebhook: boolean };

export type AuthzWebhookDeliveriesQueryVariables = Exact<{
  webhookId: string | number;
}>;


export type AuthzWebhookDeliveriesQuery = { webhookDeliveries: { totalCount: number, edges: Array<{ node: { id: string, event: WebhookEvent, status: WebhookDeliveryStatus } }> } };

export type AuthzWebhookApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type AuthzWebhookApiTokenMutation = { createApiToken: { token: string } };

export type HookRestartCreateMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type HookRestartCreateMutation = { createWebhook: { id: string } };

export type HookRestartNotifyMutationVariables = Exact<{
  input: SendBulkNotificationInput;
}>;


export type HookRestartNotifyMutation = { sendBulkNotification: { id: string } };

export type HookScaleCreateMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type HookScaleCreateMutation = { createWebhook: { id: string } };

export type HookScaleNotifyMutationVariables = Exact<{
  input: SendBulkNotificationInput;
}>;


export type HookScaleNotifyMutation = { sendBulkNotification: { id: string, recipientCount: number } };

export type HookCreateMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type HookCreateMutation = { createWebhook: { id: string, url: string, events: Array<WebhookEvent>, secret: string | null, disabledAt: string | null, failureCount: number, lastDeliveryAt: string | null, createdAt: string } };

export type HookListQueryVariables = Exact<{ [key: string]: never; }>;


export type HookListQuery = { webhooks: Array<{ id: string, url: string, events: Array<WebhookEvent>, secret: string | null, disabledAt: string | null, failureCount: number, lastDeliveryAt: string | null }> };

export type HookDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type HookDeleteMutation = { deleteWebhook: boolean };

export type HookDeliveriesQueryVariables = Exact<{
  webhookId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HookDeliveriesQuery = { webhookDeliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, event: WebhookEvent, status: WebhookDeliveryStatus, attempts: number, responseStatus: number | null, error: string | null, createdAt: string, deliveredAt: string | null, nextAttemptAt: string | null } }> } };

export type HookNotifyMutationVariables = Exact<{
  input: SendBulkNotificationInput;
}>;


export type HookNotifyMutation = { sendBulkNotification: { id: string } };

export type HookAcknowledgeMutationVariables = Exact<{
  id: string | number;
}>;


export type HookAcknowledgeMutation = { acknowledgeMessage: { id: string, acknowledgedAt: string | null } };

export type HookAskMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type HookAskMutation = { sendMessage: { id: string } };

export type HookReadMutationVariables = Exact<{
  companyId: string | number;
}>;


export type HookReadMutation = { markMessagesRead: number };

export type HookSmtpMutationVariables = Exact<{
  input: SmtpIntegrationInput;
}>;


export type HookSmtpMutation = { updateSmtpIntegration: { host: string } };

export type HookEmailMutationVariables = Exact<{
  input: SendEmailInput;
}>;


export type HookEmailMutation = { sendEmail: { id: string } };

export type AuthzCompanyQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzCompanyQuery = { company: { id: string, name: string, nip: string, email: string, unreadFromClientCount: number, caretaker: { id: string } | null, lastMessage: { id: string, body: string } | null } | null };

export type AuthzMessagesQueryVariables = Exact<{
  companyId: string | number;
  after?: string | null | undefined;
}>;


export type AuthzMessagesQuery = { messages: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, body: string, company: { id: string, name: string }, attachments: Array<{ id: string, filename: string, url: string }>, receipts: Array<{ user: { id: string } }> } }> } };

export type AuthzSendMessageMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type AuthzSendMessageMutation = { sendMessage: { id: string, body: string, company: { id: string, name: string } } };

export type AuthzSendBulkNotificationMutationVariables = Exact<{
  input: SendBulkNotificationInput;
}>;


export type AuthzSendBulkNotificationMutation = { sendBulkNotification: { id: string, recipientCount: number } };

export type AuthzMessageAddedSubscriptionVariables = Exact<{
  companyId?: string | number | null | undefined;
}>;


export type AuthzMessageAddedSubscription = { messageAdded: { id: string, body: string, company: { id: string, name: string } } };

export type AuthzUpdateSmtpIntegrationMutationVariables = Exact<{
  input: SmtpIntegrationInput;
}>;


export type AuthzUpdateSmtpIntegrationMutation = { updateSmtpIntegration: { host: string, port: number, username: string | null, fromAddress: string, fromName: string | null, lastTestedAt: string | null } };

export type AuthzSendEmailMutationVariables = Exact<{
  input: SendEmailInput;
}>;


export type AuthzSendEmailMutation = { sendEmail: { id: string, subject: string | null, recipientCount: number, queuedCount: number, deliveries: { totalCount: number, edges: Array<{ node: { toAddress: string, company: { id: string, name: string }, message: { subject: string | null, body: string } } }> } } };

export type AuthzEmailBroadcastQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzEmailBroadcastQuery = { broadcast: { id: string, subject: string | null, recipientCount: number, queuedCount: number, sentCount: number, failedCount: number, deliveries: { totalCount: number, edges: Array<{ node: { status: DeliveryStatus, toAddress: string, company: { id: string, name: string, nip: string }, message: { subject: string | null, body: string, attachments: Array<{ id: string, url: string }> } } }> } } | null };

export type AuthzCompanyRecordsQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzCompanyRecordsQuery = { company: { id: string, emails: { totalCount: number, edges: Array<{ node: { id: string, subject: string | null, body: string, attachments: Array<{ id: string, url: string }> } }> }, declarations: Array<{ id: string, type: string, period: string, upo: { referenceNumber: string } | null }> } | null };

export type AuthzImportLedgerEntriesMutationVariables = Exact<{
  companyId: string | number;
  entries: Array<LedgerEntryInput> | LedgerEntryInput;
}>;


export type AuthzImportLedgerEntriesMutation = { importLedgerEntries: number };

export type AuthzUpsertDeclarationMutationVariables = Exact<{
  input: DeclarationInput;
}>;


export type AuthzUpsertDeclarationMutation = { upsertDeclaration: { id: string, type: string, period: string, status: DeclarationStatus, taxBase: string } };

export type AckBrowserLatestQueryVariables = Exact<{ [key: string]: never; }>;


export type AckBrowserLatestQuery = { broadcasts: { edges: Array<{ node: { id: string, requireAcknowledgment: boolean, acknowledgedCount: number, recipientCount: number, remindsOf: { id: string } | null } }> } };

export type AckBrowserThreadQueryVariables = Exact<{
  companyId: string | number;
}>;


export type AckBrowserThreadQuery = { messages: { edges: Array<{ node: { body: string, acknowledgedAt: string | null, acknowledgedBy: { id: string } | null } }> } };

export type BrowserAlertsMineQueryVariables = Exact<{ [key: string]: never; }>;


export type BrowserAlertsMineQuery = { me: { notificationPreferences: { newMessages: NewMessagesAlert } | null } | null };

export type CompanyListBrowserAskMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type CompanyListBrowserAskMutation = { sendMessage: { id: string, createdAt: string } };

export type CompanyListBrowserEmailMutationVariables = Exact<{
  input: SendEmailInput;
}>;


export type CompanyListBrowserEmailMutation = { sendEmail: { id: string } };

export type CompanyListBrowserSmtpMutationVariables = Exact<{
  input: SmtpIntegrationInput;
}>;


export type CompanyListBrowserSmtpMutation = { updateSmtpIntegration: { host: string } };

export type CompanyListBrowserDemoLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type CompanyListBrowserDemoLoginMutation = { login: { token: string } };

export type CompanyListBrowserPrintoutsSentQueryVariables = Exact<{
  id: string | number;
}>;


export type CompanyListBrowserPrintoutsSentQuery = { company: { lastPrintoutEmail: { delivery: { sentAt: string | null } | null } | null } | null };

export type DeadlineBrowserTemplateMutationVariables = Exact<{
  input: MessageTemplateInput;
}>;


export type DeadlineBrowserTemplateMutation = { createMessageTemplate: { id: string } };

export type BrowserEmailSmtpMutationVariables = Exact<{
  input: SmtpIntegrationInput;
}>;


export type BrowserEmailSmtpMutation = { updateSmtpIntegration: { host: string } };

export type BrowserEmailLogoMutationVariables = Exact<{
  uploadId?: string | number | null | undefined;
}>;


export type BrowserEmailLogoMutation = { setOfficeLogo: { id: string } };

export type BrowserEmailSendMutationVariables = Exact<{
  input: SendEmailInput;
}>;


export type BrowserEmailSendMutation = { sendEmail: { id: string } };

export type BrowserEmailProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type BrowserEmailProgressQuery = { broadcast: { queuedCount: number, sentCount: number } | null };

export type FlowsUnreadQueryVariables = Exact<{
  id: string | number;
}>;


export type FlowsUnreadQuery = { unreadCount: number };

export type FlowsSetSmtpMutationVariables = Exact<{
  input: SmtpIntegrationInput;
}>;


export type FlowsSetSmtpMutation = { updateSmtpIntegration: { host: string } };

export type ReadingNotifyMutationVariables = Exact<{
  input: SendBulkNotificationInput;
}>;


export type ReadingNotifyMutation = { sendBulkNotification: { id: string } };

export type ReadingAskMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type ReadingAskMutation = { sendMessage: { id: string } };

export type ReadingReceiptsQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadingReceiptsQuery = { messages: { edges: Array<{ node: { id: string, body: string, receipts: Array<{ readAt: string, user: { id: string } }> } }> } };

export type SchedBrowserLatestQueryVariables = Exact<{ [key: string]: never; }>;


export type SchedBrowserLatestQuery = { broadcasts: { edges: Array<{ node: { id: string, status: BroadcastStatus, sendAt: string | null, recipientCount: number } }> } };

export type SchedBrowserNotifyMutationVariables = Exact<{
  input: SendBulkNotificationInput;
}>;


export type SchedBrowserNotifyMutation = { sendBulkNotification: { id: string } };

export type SchedBrowserThreadQueryVariables = Exact<{
  companyId: string | number;
}>;


export type SchedBrowserThreadQuery = { messages: { totalCount: number, edges: Array<{ node: { body: string } }> } };

export type SelectionSetSmtpMutationVariables = Exact<{
  input: SmtpIntegrationInput;
}>;


export type SelectionSetSmtpMutation = { updateSmtpIntegration: { host: string } };

export type SentReportLatestQueryVariables = Exact<{ [key: string]: never; }>;


export type SentReportLatestQuery = { broadcasts: { edges: Array<{ node: { id: string, readCount: number, recipientCount: number, remindsOf: { id: string } | null } }> } };

export type SentReportThreadQueryVariables = Exact<{
  companyId: string | number;
}>;


export type SentReportThreadQuery = { messages: { edges: Array<{ node: { body: string, kind: MessageKind } }> } };

export type SessionLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type SessionLogoutMutation = { logout: boolean };

export type SessionMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionMeQuery = { me: { id: string } | null };

export type ChildAppSetSmtpMutationVariables = Exact<{
  input: SmtpIntegrationInput;
}>;


export type ChildAppSetSmtpMutation = { updateSmtpIntegration: { host: string } };

export type FaultsDatabaseCompaniesQueryVariables = Exact<{ [key: string]: never; }>;


export type FaultsDatabaseCompaniesQuery = { companies: { totalCount: number } };

export type TarpitSetSmtpMutationVariables = Exact<{
  input: SmtpIntegrationInput;
}>;


export type TarpitSetSmtpMutation = { updateSmtpIntegration: { host: string } };

export type TarpitSendEmailMutationVariables = Exact<{
  input: SendEmailInput;
}>;


export type TarpitSendEmailMutation = { sendEmail: { id: string } };

export type TarpitCountsQueryVariables = Exact<{
  id: string | number;
}>;


export type TarpitCountsQuery = { broadcast: { queuedCount: number, sentCount: number, failedCount: number } | null };

export type RestartNotifyMutationVariables = Exact<{
  i: SendBulkNotificationInput;
}>;


export type RestartNotifyMutation = { sendBulkNotification: { id: string, recipientCount: number } };

export type RestartSendEmailMutationVariables = Exact<{
  i: SendEmailInput;
}>;


export type RestartSendEmailMutation = { sendEmail: { id: string } };

export type RestartThreadQueryVariables = Exact<{
  c: string | number;
}>;


export type RestartThreadQuery = { messages: { totalCount: number, edges: Array<{ node: { body: string } }> } };

export type FaultsRolesSendEmailMutationVariables = Exact<{
  i: SendEmailInput;
}>;


export type FaultsRolesSendEmailMutation = { sendEmail: { id: string } };

export type SchedRestartNotifyMutationVariables = Exact<{
  input: SendBulkNotificationInput;
}>;


export type SchedRestartNotifyMutation = { sendBulkNotification: { id: string, status: BroadcastStatus, sendAt: string | null } };

export type SchedRestartCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type SchedRestartCancelMutation = { cancelBroadcast: { id: string, status: BroadcastStatus } };

export type SchedRestartThreadQueryVariables = Exact<{
  id: string | number;
}>;


export type SchedRestartThreadQuery = { messages: { totalCount: number, edges: Array<{ node: { body: string, createdAt: string } }> } };

export type SchedRestartBroadcastQueryVariables = Exact<{
  id: string | number;
}>;


export type SchedRestartBroadcastQuery = { broadcast: { status: BroadcastStatus } | null };

export type ShutdownNotifyMutationVariables = Exact<{
  i: SendBulkNotificationInput;
}>;


export type ShutdownNotifyMutation = { sendBulkNotification: { id: string } };

export type ShutdownSendEmailMutationVariables = Exact<{
  i: SendEmailInput;
}>;


export type ShutdownSendEmailMutation = { sendEmail: { id: string } };

export type FanoutUnreadSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type FanoutUnreadSubscription = { unreadCountChanged: { count: number } };

export type FanoutReceiptsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type FanoutReceiptsSubscription = { messageRead: { user: { id: string }, message: { company: { id: string } } } };

export type FanoutInboxSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type FanoutInboxSubscription = { messageAdded: { body: string, company: { id: string } } };

export type FanoutNotifyMutationVariables = Exact<{
  i: SendBulkNotificationInput;
}>;


export type FanoutNotifyMutation = { sendBulkNotification: { id: string } };

export type FanoutMarkReadMutationVariables = Exact<{
  id: string | number;
}>;


export type FanoutMarkReadMutation = { markMessagesRead: number };

export type FanoutLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type FanoutLogoutMutation = { logout: boolean };

export type FanoutSendMutationVariables = Exact<{
  i: SendMessageInput;
}>;


export type FanoutSendMutation = { sendMessage: { id: string } };

export type MultiFilesNotifyMutationVariables = Exact<{
  i: SendBulkNotificationInput;
}>;


export type MultiFilesNotifyMutation = { sendBulkNotification: { id: string } };

export type ThrottleLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type ThrottleLoginMutation = { login: { token: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const AppTestUnreadDocument = new TypedDocumentString(`
    subscription AppTestUnread {
  unreadCountChanged {
    count
  }
}
    `) as unknown as TypedDocumentString<AppTestUnreadSubscription, AppTestUnreadSubscriptionVariables>;
export const AppTestLoginDocument = new TypedDocumentString(`
    mutation AppTestLogin($e: String!, $p: String!) {
  login(email: $e, password: $p) {
    token
  }
}
    `) as unknown as TypedDocumentString<AppTestLoginMutation, AppTestLoginMutationVariables>;
export const ErrorsSendMessageDocument = new TypedDocumentString(`
    mutation ErrorsSendMessage($input: SendMessageInput!) {
  sendMessage(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorsSendMessageMutation, ErrorsSendMessageMutationVariables>;
export const ErrorsSendBulkNotificationDocument = new TypedDocumentString(`
    mutation ErrorsSendBulkNotification($input: SendBulkNotificationInput!) {
  sendBulkNotification(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorsSendBulkNotificationMutation, ErrorsSendBulkNotificationMutationVariables>;
export const ErrorsUnreadCountDocument = new TypedDocumentString(`
    query ErrorsUnreadCount {
  unreadCount
}
    `) as unknown as TypedDocumentString<ErrorsUnreadCountQuery, ErrorsUnreadCountQueryVariables>;
export const ErrorsMeDocument = new TypedDocumentString(`
    query ErrorsMe {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorsMeQuery, ErrorsMeQueryVariables>;
export const ErrorsTenLevelsDocument = new TypedDocumentString(`
    query ErrorsTenLevels {
  companies(first: 1) {
    edges {
      node {
        lastMessage {
          company {
            lastMessage {
              company {
                lastMessage {
                  company {
                    lastMessage {
                      id
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ErrorsTenLevelsQuery, ErrorsTenLevelsQueryVariables>;
export const ErrorsCompaniesTotalDocument = new TypedDocumentString(`
    query ErrorsCompaniesTotal($first: Int, $after: String) {
  companies(first: $first, after: $after) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ErrorsCompaniesTotalQuery, ErrorsCompaniesTotalQueryVariables>;
export const ErrorsCompaniesPageDocument = new TypedDocumentString(`
    query ErrorsCompaniesPage($first: Int, $after: String) {
  companies(first: $first, after: $after) {
    totalCount
    edges {
      cursor
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ErrorsCompaniesPageQuery, ErrorsCompaniesPageQueryVariables>;
export const ErrorsMessagesTotalDocument = new TypedDocumentString(`
    query ErrorsMessagesTotal($id: ID!, $first: Int, $after: String) {
  messages(companyId: $id, first: $first, after: $after) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ErrorsMessagesTotalQuery, ErrorsMessagesTotalQueryVariables>;
export const ErrorsMessagesPageDocument = new TypedDocumentString(`
    query ErrorsMessagesPage($id: ID!, $first: Int, $after: String) {
  messages(companyId: $id, first: $first, after: $after) {
    totalCount
    edges {
      cursor
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ErrorsMessagesPageQuery, ErrorsMessagesPageQueryVariables>;
export const ErrorsInboxTotalDocument = new TypedDocumentString(`
    query ErrorsInboxTotal($first: Int, $after: String) {
  inbox(first: $first, after: $after) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ErrorsInboxTotalQuery, ErrorsInboxTotalQueryVariables>;
export const ErrorsInboxPageDocument = new TypedDocumentString(`
    query ErrorsInboxPage($first: Int, $after: String) {
  inbox(first: $first, after: $after) {
    totalCount
    edges {
      cursor
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ErrorsInboxPageQuery, ErrorsInboxPageQueryVariables>;
export const ErrorsCompanyDocument = new TypedDocumentString(`
    query ErrorsCompany($id: ID!) {
  company(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorsCompanyQuery, ErrorsCompanyQueryVariables>;
export const ErrorsMessagesDocument = new TypedDocumentString(`
    query ErrorsMessages($id: ID!) {
  messages(companyId: $id) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ErrorsMessagesQuery, ErrorsMessagesQueryVariables>;
export const ErrorsUnreadCountOfDocument = new TypedDocumentString(`
    query ErrorsUnreadCountOf($id: ID) {
  unreadCount(companyId: $id)
}
    `) as unknown as TypedDocumentString<ErrorsUnreadCountOfQuery, ErrorsUnreadCountOfQueryVariables>;
export const ErrorsBroadcastDocument = new TypedDocumentString(`
    query ErrorsBroadcast($id: ID!) {
  broadcast(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorsBroadcastQuery, ErrorsBroadcastQueryVariables>;
export const ErrorsMarkReadDocument = new TypedDocumentString(`
    mutation ErrorsMarkRead($id: ID!) {
  markMessagesRead(companyId: $id)
}
    `) as unknown as TypedDocumentString<ErrorsMarkReadMutation, ErrorsMarkReadMutationVariables>;
export const ErrorsSendToDocument = new TypedDocumentString(`
    mutation ErrorsSendTo($id: ID!) {
  sendMessage(input: {companyId: $id, body: "x"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorsSendToMutation, ErrorsSendToMutationVariables>;
export const ErrorsNotifyToDocument = new TypedDocumentString(`
    mutation ErrorsNotifyTo($id: ID!) {
  sendBulkNotification(input: {companyIds: [$id], body: "x"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorsNotifyToMutation, ErrorsNotifyToMutationVariables>;
export const ErrorsSendAttachingDocument = new TypedDocumentString(`
    mutation ErrorsSendAttaching($company: ID!, $id: ID!) {
  sendMessage(input: {companyId: $company, body: "x", attachmentIds: [$id]}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorsSendAttachingMutation, ErrorsSendAttachingMutationVariables>;
export const ErrorsCreateWithCaretakerDocument = new TypedDocumentString(`
    mutation ErrorsCreateWithCaretaker($id: ID!, $nip: String!) {
  createCompany(
    input: {name: "X", nip: $nip, taxForm: LUMP_SUM, email: "x@test.local", caretakerId: $id}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorsCreateWithCaretakerMutation, ErrorsCreateWithCaretakerMutationVariables>;
export const ErrorsMessageAddedDocument = new TypedDocumentString(`
    subscription ErrorsMessageAdded($id: ID) {
  messageAdded(companyId: $id) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ErrorsMessageAddedSubscription, ErrorsMessageAddedSubscriptionVariables>;
export const ErrorsMessageReadDocument = new TypedDocumentString(`
    subscription ErrorsMessageRead($id: ID) {
  messageRead(companyId: $id) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ErrorsMessageReadSubscription, ErrorsMessageReadSubscriptionVariables>;
export const ErrorsUnreadCountChangedDocument = new TypedDocumentString(`
    subscription ErrorsUnreadCountChanged($id: ID) {
  unreadCountChanged(companyId: $id) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ErrorsUnreadCountChangedSubscription, ErrorsUnreadCountChangedSubscriptionVariables>;
export const ErrorsSearchDocument = new TypedDocumentString(`
    query ErrorsSearch($s: String) {
  companies(filter: {search: $s}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ErrorsSearchQuery, ErrorsSearchQueryVariables>;
export const ErrorsSendBodyDocument = new TypedDocumentString(`
    mutation ErrorsSendBody($c: ID!, $b: String!) {
  sendMessage(input: {companyId: $c, body: $b}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorsSendBodyMutation, ErrorsSendBodyMutationVariables>;
export const ErrorsNotifyBodyDocument = new TypedDocumentString(`
    mutation ErrorsNotifyBody($c: ID!, $b: String!) {
  sendBulkNotification(input: {companyIds: [$c], body: $b}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorsNotifyBodyMutation, ErrorsNotifyBodyMutationVariables>;
export const ErrorsCreateCompanyDocument = new TypedDocumentString(`
    mutation ErrorsCreateCompany($n: String!, $nip: String!, $e: String!) {
  createCompany(input: {name: $n, nip: $nip, taxForm: LUMP_SUM, email: $e}) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ErrorsCreateCompanyMutation, ErrorsCreateCompanyMutationVariables>;
export const ErrorsLoginDocument = new TypedDocumentString(`
    mutation ErrorsLogin($e: String!) {
  login(email: $e, password: "whatever") {
    token
  }
}
    `) as unknown as TypedDocumentString<ErrorsLoginMutation, ErrorsLoginMutationVariables>;
export const GraphqlLimitsPagesInPagesDocument = new TypedDocumentString(`
    query GraphqlLimitsPagesInPages($first: Int) {
  companies(first: $first) {
    edges {
      node {
        id
        emails(first: $first) {
          edges {
            node {
              id
              subject
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GraphqlLimitsPagesInPagesQuery, GraphqlLimitsPagesInPagesQueryVariables>;
export const PagingCompaniesDocument = new TypedDocumentString(`
    query PagingCompanies($first: Int, $after: String, $filter: CompanyFilter) {
  companies(first: $first, after: $after, filter: $filter) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PagingCompaniesQuery, PagingCompaniesQueryVariables>;
export const PagingCompaniesTotalDocument = new TypedDocumentString(`
    query PagingCompaniesTotal($first: Int, $after: String, $filter: CompanyFilter) {
  companies(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PagingCompaniesTotalQuery, PagingCompaniesTotalQueryVariables>;
export const PagingCompaniesTotalTwiceDocument = new TypedDocumentString(`
    query PagingCompaniesTotalTwice($first: Int, $after: String, $filter: CompanyFilter) {
  companies(first: $first, after: $after, filter: $filter) {
    a: totalCount
    b: totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PagingCompaniesTotalTwiceQuery, PagingCompaniesTotalTwiceQueryVariables>;
export const PagingInboxDocument = new TypedDocumentString(`
    query PagingInbox($first: Int, $after: String) {
  inbox(first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        company {
          id
        }
        lastActivityAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PagingInboxQuery, PagingInboxQueryVariables>;
export const PagingThreadDocument = new TypedDocumentString(`
    query PagingThread($id: ID!, $after: String) {
  messages(companyId: $id, first: 5, after: $after) {
    pageInfo {
      endCursor
    }
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PagingThreadQuery, PagingThreadQueryVariables>;
export const TextInputSendDocument = new TypedDocumentString(`
    mutation TextInputSend($i: SendMessageInput!) {
  sendMessage(input: $i) {
    body
  }
}
    `) as unknown as TypedDocumentString<TextInputSendMutation, TextInputSendMutationVariables>;
export const WsLimitsMeDocument = new TypedDocumentString(`
    query WsLimitsMe {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<WsLimitsMeQuery, WsLimitsMeQueryVariables>;
export const WsLimitsLogoutDocument = new TypedDocumentString(`
    mutation WsLimitsLogout {
  logout
}
    `) as unknown as TypedDocumentString<WsLimitsLogoutMutation, WsLimitsLogoutMutationVariables>;
export const AuthzAcknowledgeMessageDocument = new TypedDocumentString(`
    mutation AuthzAcknowledgeMessage($id: ID!) {
  acknowledgeMessage(id: $id) {
    id
    body
    acknowledgedAt
    acknowledgedBy {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzAcknowledgeMessageMutation, AuthzAcknowledgeMessageMutationVariables>;
export const AuthzMessageAcknowledgedDocument = new TypedDocumentString(`
    subscription AuthzMessageAcknowledged($companyId: ID) {
  messageAcknowledged(companyId: $companyId) {
    id
    body
    company {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzMessageAcknowledgedSubscription, AuthzMessageAcknowledgedSubscriptionVariables>;
export const AuthzAckNotifyDocument = new TypedDocumentString(`
    mutation AuthzAckNotify($input: SendBulkNotificationInput!) {
  sendBulkNotification(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthzAckNotifyMutation, AuthzAckNotifyMutationVariables>;
export const AuthzAckRequestsDocument = new TypedDocumentString(`
    query AuthzAckRequests($id: ID!) {
  company(id: $id) {
    acknowledgmentRequests {
      edges {
        node {
          id
          acknowledgedAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzAckRequestsQuery, AuthzAckRequestsQueryVariables>;
export const AckReportNotifyDocument = new TypedDocumentString(`
    mutation AckReportNotify($input: SendBulkNotificationInput!) {
  sendBulkNotification(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AckReportNotifyMutation, AckReportNotifyMutationVariables>;
export const AckReportAcknowledgeDocument = new TypedDocumentString(`
    mutation AckReportAcknowledge($id: ID!) {
  acknowledgeMessage(id: $id) {
    id
    acknowledgedAt
  }
}
    `) as unknown as TypedDocumentString<AckReportAcknowledgeMutation, AckReportAcknowledgeMutationVariables>;
export const AckReportReadDocument = new TypedDocumentString(`
    mutation AckReportRead($companyId: ID!) {
  markMessagesRead(companyId: $companyId)
}
    `) as unknown as TypedDocumentString<AckReportReadMutation, AckReportReadMutationVariables>;
export const AckReportDocument = new TypedDocumentString(`
    query AckReport($id: ID!, $filter: BroadcastRecipientFilter) {
  broadcast(id: $id) {
    requireAcknowledgment
    readCount
    acknowledgedCount
    recipients(first: 100, filter: $filter) {
      totalCount
      edges {
        node {
          company {
            id
          }
          read
          acknowledgedAt
          acknowledgedBy {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AckReportQuery, AckReportQueryVariables>;
export const AckReportRemindDocument = new TypedDocumentString(`
    mutation AckReportRemind($broadcastId: ID!, $body: String, $target: ReminderTarget) {
  remindUnread(broadcastId: $broadcastId, body: $body, target: $target) {
    id
    recipientCount
    preview
    requireAcknowledgment
    remindsOf {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AckReportRemindMutation, AckReportRemindMutationVariables>;
export const AckReportEmailDocument = new TypedDocumentString(`
    mutation AckReportEmail($input: SendEmailInput!) {
  sendEmail(input: $input) {
    id
    requireAcknowledgment
  }
}
    `) as unknown as TypedDocumentString<AckReportEmailMutation, AckReportEmailMutationVariables>;
export const AckReportSmtpDocument = new TypedDocumentString(`
    mutation AckReportSmtp($input: SmtpIntegrationInput!) {
  updateSmtpIntegration(input: $input) {
    host
  }
}
    `) as unknown as TypedDocumentString<AckReportSmtpMutation, AckReportSmtpMutationVariables>;
export const AckReportEmailsDocument = new TypedDocumentString(`
    query AckReportEmails($id: ID!) {
  company(id: $id) {
    emails {
      edges {
        node {
          id
          kind
          requiresAcknowledgment
          acknowledgedAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AckReportEmailsQuery, AckReportEmailsQueryVariables>;
export const AckScaleNotifyDocument = new TypedDocumentString(`
    mutation AckScaleNotify($input: SendBulkNotificationInput!) {
  sendBulkNotification(input: $input) {
    id
    recipientCount
  }
}
    `) as unknown as TypedDocumentString<AckScaleNotifyMutation, AckScaleNotifyMutationVariables>;
export const AckScaleRecipientsDocument = new TypedDocumentString(`
    query AckScaleRecipients($id: ID!, $filter: BroadcastRecipientFilter) {
  broadcast(id: $id) {
    acknowledgedCount
    recipients(first: 20, filter: $filter) {
      totalCount
      edges {
        node {
          company {
            id
            name
          }
          read
          acknowledgedAt
          acknowledgedBy {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AckScaleRecipientsQuery, AckScaleRecipientsQueryVariables>;
export const AckScaleRemindDocument = new TypedDocumentString(`
    mutation AckScaleRemind($broadcastId: ID!) {
  remindUnread(broadcastId: $broadcastId, target: UNACKNOWLEDGED) {
    id
    recipientCount
  }
}
    `) as unknown as TypedDocumentString<AckScaleRemindMutation, AckScaleRemindMutationVariables>;
export const AckNotifyDocument = new TypedDocumentString(`
    mutation AckNotify($input: SendBulkNotificationInput!) {
  sendBulkNotification(input: $input) {
    id
    requireAcknowledgment
  }
}
    `) as unknown as TypedDocumentString<AckNotifyMutation, AckNotifyMutationVariables>;
export const AckMessageDocument = new TypedDocumentString(`
    mutation AckMessage($id: ID!) {
  acknowledgeMessage(id: $id) {
    id
    requiresAcknowledgment
    acknowledgedAt
    readByMe
    acknowledgedBy {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AckMessageMutation, AckMessageMutationVariables>;
export const AckThreadDocument = new TypedDocumentString(`
    query AckThread($companyId: ID!, $first: Int) {
  messages(companyId: $companyId, first: $first) {
    edges {
      node {
        id
        body
        requiresAcknowledgment
        acknowledgedAt
        acknowledgedBy {
          id
          name
        }
        receipts {
          user {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AckThreadQuery, AckThreadQueryVariables>;
export const AckAskDocument = new TypedDocumentString(`
    mutation AckAsk($input: SendMessageInput!) {
  sendMessage(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AckAskMutation, AckAskMutationVariables>;
export const AckUnreadDocument = new TypedDocumentString(`
    query AckUnread($companyId: ID) {
  unreadCount(companyId: $companyId)
}
    `) as unknown as TypedDocumentString<AckUnreadQuery, AckUnreadQueryVariables>;
export const AckLiveDocument = new TypedDocumentString(`
    subscription AckLive($companyId: ID) {
  messageAcknowledged(companyId: $companyId) {
    id
    acknowledgedAt
    acknowledgedBy {
      id
    }
    company {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AckLiveSubscription, AckLiveSubscriptionVariables>;
export const AckLiveReadDocument = new TypedDocumentString(`
    subscription AckLiveRead {
  messageRead {
    user {
      id
    }
    message {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AckLiveReadSubscription, AckLiveReadSubscriptionVariables>;
export const AckLiveBadgeDocument = new TypedDocumentString(`
    subscription AckLiveBadge {
  unreadCountChanged {
    count
  }
}
    `) as unknown as TypedDocumentString<AckLiveBadgeSubscription, AckLiveBadgeSubscriptionVariables>;
export const AckCompanyCardDocument = new TypedDocumentString(`
    query AckCompanyCard($id: ID!, $acknowledged: Boolean, $first: Int, $after: String) {
  company(id: $id) {
    acknowledgmentRequests(
      acknowledged: $acknowledged
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          body
          acknowledgedAt
          acknowledgedBy {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AckCompanyCardQuery, AckCompanyCardQueryVariables>;
export const AuthzAlertsChooseDocument = new TypedDocumentString(`
    mutation AuthzAlertsChoose($input: NotificationPreferencesInput!) {
  updateNotificationPreferences(input: $input) {
    id
    notificationPreferences {
      newMessages
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzAlertsChooseMutation, AuthzAlertsChooseMutationVariables>;
export const AuthzAlertsMineDocument = new TypedDocumentString(`
    query AuthzAlertsMine {
  me {
    id
    notificationPreferences {
      newMessages
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzAlertsMineQuery, AuthzAlertsMineQueryVariables>;
export const AuthzAlertsLinkDocument = new TypedDocumentString(`
    query AuthzAlertsLink($token: String!) {
  notificationPreferencesLink(token: $token) {
    email
    newMessages
  }
}
    `) as unknown as TypedDocumentString<AuthzAlertsLinkQuery, AuthzAlertsLinkQueryVariables>;
export const AuthzAlertsLinkChooseDocument = new TypedDocumentString(`
    mutation AuthzAlertsLinkChoose($token: String!, $input: NotificationPreferencesInput!) {
  updateNotificationPreferencesByLink(token: $token, input: $input) {
    email
    newMessages
  }
}
    `) as unknown as TypedDocumentString<AuthzAlertsLinkChooseMutation, AuthzAlertsLinkChooseMutationVariables>;
export const AlertsScaleNotifyDocument = new TypedDocumentString(`
    mutation AlertsScaleNotify($input: SendBulkNotificationInput!) {
  sendBulkNotification(input: $input) {
    id
    recipientCount
  }
}
    `) as unknown as TypedDocumentString<AlertsScaleNotifyMutation, AlertsScaleNotifyMutationVariables>;
export const AlertsNotifyDocument = new TypedDocumentString(`
    mutation AlertsNotify($input: SendBulkNotificationInput!) {
  sendBulkNotification(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AlertsNotifyMutation, AlertsNotifyMutationVariables>;
export const AlertsMarkReadDocument = new TypedDocumentString(`
    mutation AlertsMarkRead($companyId: ID!) {
  markMessagesRead(companyId: $companyId)
}
    `) as unknown as TypedDocumentString<AlertsMarkReadMutation, AlertsMarkReadMutationVariables>;
export const AlertsRecallDocument = new TypedDocumentString(`
    mutation AlertsRecall($id: ID!) {
  recallBroadcast(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AlertsRecallMutation, AlertsRecallMutationVariables>;
export const AlertsChooseDocument = new TypedDocumentString(`
    mutation AlertsChoose($input: NotificationPreferencesInput!) {
  updateNotificationPreferences(input: $input) {
    id
    notificationPreferences {
      newMessages
    }
  }
}
    `) as unknown as TypedDocumentString<AlertsChooseMutation, AlertsChooseMutationVariables>;
export const AlertsMeDocument = new TypedDocumentString(`
    query AlertsMe {
  me {
    id
    notificationPreferences {
      newMessages
    }
  }
}
    `) as unknown as TypedDocumentString<AlertsMeQuery, AlertsMeQueryVariables>;
export const AlertsLinkDocument = new TypedDocumentString(`
    query AlertsLink($token: String!) {
  notificationPreferencesLink(token: $token) {
    email
    newMessages
  }
}
    `) as unknown as TypedDocumentString<AlertsLinkQuery, AlertsLinkQueryVariables>;
export const AlertsLinkChooseDocument = new TypedDocumentString(`
    mutation AlertsLinkChoose($token: String!, $input: NotificationPreferencesInput!) {
  updateNotificationPreferencesByLink(token: $token, input: $input) {
    email
    newMessages
  }
}
    `) as unknown as TypedDocumentString<AlertsLinkChooseMutation, AlertsLinkChooseMutationVariables>;
export const AlertsArchiveDocument = new TypedDocumentString(`
    mutation AlertsArchive($id: ID!) {
  archiveCompany(id: $id) {
    id
    archivedAt
  }
}
    `) as unknown as TypedDocumentString<AlertsArchiveMutation, AlertsArchiveMutationVariables>;
export const AlertsDeactivateDocument = new TypedDocumentString(`
    mutation AlertsDeactivate($id: ID!) {
  deactivateUser(id: $id) {
    id
    deactivatedAt
  }
}
    `) as unknown as TypedDocumentString<AlertsDeactivateMutation, AlertsDeactivateMutationVariables>;
export const AuthzApiTokensDocument = new TypedDocumentString(`
    query AuthzApiTokens {
  apiTokens {
    id
    name
    scopes
    hint
  }
}
    `) as unknown as TypedDocumentString<AuthzApiTokensQuery, AuthzApiTokensQueryVariables>;
export const AuthzCreateApiTokenDocument = new TypedDocumentString(`
    mutation AuthzCreateApiToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    token
    apiToken {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzCreateApiTokenMutation, AuthzCreateApiTokenMutationVariables>;
export const AuthzRevokeApiTokenDocument = new TypedDocumentString(`
    mutation AuthzRevokeApiToken($id: ID!) {
  revokeApiToken(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<AuthzRevokeApiTokenMutation, AuthzRevokeApiTokenMutationVariables>;
export const ApiTokenCreateDocument = new TypedDocumentString(`
    mutation ApiTokenCreate($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    token
    apiToken {
      id
      name
      scopes
      hint
      createdAt
      expiresAt
      lastUsedAt
      revokedAt
      createdBy {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApiTokenCreateMutation, ApiTokenCreateMutationVariables>;
export const ApiTokenListDocument = new TypedDocumentString(`
    query ApiTokenList {
  apiTokens {
    id
    name
    scopes
    hint
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
    createdBy {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ApiTokenListQuery, ApiTokenListQueryVariables>;
export const ApiTokenRevokeDocument = new TypedDocumentString(`
    mutation ApiTokenRevoke($id: ID!) {
  revokeApiToken(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<ApiTokenRevokeMutation, ApiTokenRevokeMutationVariables>;
export const ApiTokenCompaniesDocument = new TypedDocumentString(`
    query ApiTokenCompanies {
  companies(first: 50) {
    totalCount
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApiTokenCompaniesQuery, ApiTokenCompaniesQueryVariables>;
export const ApiTokenNotifyDocument = new TypedDocumentString(`
    mutation ApiTokenNotify($input: SendBulkNotificationInput!) {
  sendBulkNotification(input: $input) {
    id
    recipientCount
  }
}
    `) as unknown as TypedDocumentString<ApiTokenNotifyMutation, ApiTokenNotifyMutationVariables>;
export const ApiTokenSendMessageDocument = new TypedDocumentString(`
    mutation ApiTokenSendMessage($input: SendMessageInput!) {
  sendMessage(input: $input) {
    id
    body
  }
}
    `) as unknown as TypedDocumentString<ApiTokenSendMessageMutation, ApiTokenSendMessageMutationVariables>;
export const ApiTokenSmtpDocument = new TypedDocumentString(`
    mutation ApiTokenSmtp($input: SmtpIntegrationInput!) {
  updateSmtpIntegration(input: $input) {
    host
  }
}
    `) as unknown as TypedDocumentString<ApiTokenSmtpMutation, ApiTokenSmtpMutationVariables>;
export const ApiTokenEmailDocument = new TypedDocumentString(`
    mutation ApiTokenEmail($input: SendEmailInput!) {
  sendEmail(input: $input) {
    id
    recipientCount
  }
}
    `) as unknown as TypedDocumentString<ApiTokenEmailMutation, ApiTokenEmailMutationVariables>;
export const ApiTokenLedgerDocument = new TypedDocumentString(`
    mutation ApiTokenLedger($companyId: ID!, $entries: [LedgerEntryInput!]!) {
  importLedgerEntries(companyId: $companyId, entries: $entries)
}
    `) as unknown as TypedDocumentString<ApiTokenLedgerMutation, ApiTokenLedgerMutationVariables>;
export const ApiTokenDeactivateHeadDocument = new TypedDocumentString(`
    mutation ApiTokenDeactivateHead($id: ID!) {
  deactivateUser(id: $id) {
    id
    deactivatedAt
  }
}
    `) as unknown as TypedDocumentString<ApiTokenDeactivateHeadMutation, ApiTokenDeactivateHeadMutationVariables>;
export const ApiTokenUnreadDocument = new TypedDocumentString(`
    subscription ApiTokenUnread {
  unreadCountChanged {
    count
  }
}
    `) as unknown as TypedDocumentString<ApiTokenUnreadSubscription, ApiTokenUnreadSubscriptionVariables>;
export const ApiTokenLogoutDocument = new TypedDocumentString(`
    mutation ApiTokenLogout {
  logout
}
    `) as unknown as TypedDocumentString<ApiTokenLogoutMutation, ApiTokenLogoutMutationVariables>;
export const AccountLoginDocument = new TypedDocumentString(`
    mutation AccountLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AccountLoginMutation, AccountLoginMutationVariables>;
export const AccountMeDocument = new TypedDocumentString(`
    query AccountMe {
  me {
    id
    deactivatedAt
  }
}
    `) as unknown as TypedDocumentString<AccountMeQuery, AccountMeQueryVariables>;
export const AccountRequestResetDocument = new TypedDocumentString(`
    mutation AccountRequestReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<AccountRequestResetMutation, AccountRequestResetMutationVariables>;
export const AccountResetDocument = new TypedDocumentString(`
    mutation AccountReset($token: String!, $password: String!) {
  resetPassword(token: $token, password: $password) {
    token
    user {
      id
      email
    }
  }
}
    `) as unknown as TypedDocumentString<AccountResetMutation, AccountResetMutationVariables>;
export const AccountChangeDocument = new TypedDocumentString(`
    mutation AccountChange($current: String!, $next: String!) {
  changePassword(currentPassword: $current, newPassword: $next)
}
    `) as unknown as TypedDocumentString<AccountChangeMutation, AccountChangeMutationVariables>;
export const AccountSessionsDocument = new TypedDocumentString(`
    query AccountSessions {
  mySessions {
    id
    createdAt
    lastUsedAt
    userAgent
    current
  }
}
    `) as unknown as TypedDocumentString<AccountSessionsQuery, AccountSessionsQueryVariables>;
export const AccountRevokeDocument = new TypedDocumentString(`
    mutation AccountRevoke($id: ID!) {
  revokeSession(id: $id)
}
    `) as unknown as TypedDocumentString<AccountRevokeMutation, AccountRevokeMutationVariables>;
export const AccountDeactivateDocument = new TypedDocumentString(`
    mutation AccountDeactivate($id: ID!) {
  deactivateUser(id: $id) {
    id
    deactivatedAt
  }
}
    `) as unknown as TypedDocumentString<AccountDeactivateMutation, AccountDeactivateMutationVariables>;
export const AccountUnreadDocument = new TypedDocumentString(`
    subscription AccountUnread {
  unreadCountChanged {
    count
  }
}
    `) as unknown as TypedDocumentString<AccountUnreadSubscription, AccountUnreadSubscriptionVariables>;
export const AccountSendDocument = new TypedDocumentString(`
    mutation AccountSend($input: SendMessageInput!) {
  sendMessage(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccountSendMutation, AccountSendMutationVariables>;
export const AccountMessagesDocument = new TypedDocumentString(`
    query AccountMessages($companyId: ID!) {
  messages(companyId: $companyId, first: 50) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AccountMessagesQuery, AccountMessagesQueryVariables>;
export const AccountLogoutDocument = new TypedDocumentString(`
    mutation AccountLogout {
  logout
}
    `) as unknown as TypedDocumentString<AccountLogoutMutation, AccountLogoutMutationVariables>;
export const AuthzMeDocument = new TypedDocumentString(`
    query AuthzMe {
  me {
    id
    role
    companies {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzMeQuery, AuthzMeQueryVariables>;
export const AuthzMyRecordsDocument = new TypedDocumentString(`
    query AuthzMyRecords {
  me {
    companies {
      id
      emails(first: 100) {
        totalCount
        edges {
          node {
            id
            subject
          }
        }
      }
      declarations {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzMyRecordsQuery, AuthzMyRecordsQueryVariables>;
export const AuthzMyOfficeDocument = new TypedDocumentString(`
    query AuthzMyOffice {
  me {
    role
    office {
      id
      verification
      smtpConfigured
      canSendEmail
      smtpIntegration {
        host
        port
        username
        fromAddress
        fromName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzMyOfficeQuery, AuthzMyOfficeQueryVariables>;
export const AuthzRequestPasswordResetDocument = new TypedDocumentString(`
    mutation AuthzRequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<AuthzRequestPasswordResetMutation, AuthzRequestPasswordResetMutationVariables>;
export const AuthzResetPasswordDocument = new TypedDocumentString(`
    mutation AuthzResetPassword($token: String!, $password: String!) {
  resetPassword(token: $token, password: $password) {
    token
    user {
      id
      email
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzResetPasswordMutation, AuthzResetPasswordMutationVariables>;
export const AuthzChangePasswordDocument = new TypedDocumentString(`
    mutation AuthzChangePassword($current: String!, $next: String!) {
  changePassword(currentPassword: $current, newPassword: $next)
}
    `) as unknown as TypedDocumentString<AuthzChangePasswordMutation, AuthzChangePasswordMutationVariables>;
export const AuthzMySessionsDocument = new TypedDocumentString(`
    query AuthzMySessions {
  mySessions {
    id
    current
    userAgent
  }
}
    `) as unknown as TypedDocumentString<AuthzMySessionsQuery, AuthzMySessionsQueryVariables>;
export const AuthzUpdateMyAccountDocument = new TypedDocumentString(`
    mutation AuthzUpdateMyAccount($input: UpdateMyAccountInput!) {
  updateMyAccount(input: $input) {
    id
    language
  }
}
    `) as unknown as TypedDocumentString<AuthzUpdateMyAccountMutation, AuthzUpdateMyAccountMutationVariables>;
export const AuthzRevokeSessionDocument = new TypedDocumentString(`
    mutation AuthzRevokeSession($id: ID!) {
  revokeSession(id: $id)
}
    `) as unknown as TypedDocumentString<AuthzRevokeSessionMutation, AuthzRevokeSessionMutationVariables>;
export const AuthzDeactivateUserDocument = new TypedDocumentString(`
    mutation AuthzDeactivateUser($id: ID!) {
  deactivateUser(id: $id) {
    id
    email
    deactivatedAt
  }
}
    `) as unknown as TypedDocumentString<AuthzDeactivateUserMutation, AuthzDeactivateUserMutationVariables>;
export const AuthTestLoginDocument = new TypedDocumentString(`
    mutation AuthTestLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    user {
      id
      email
      role
      office {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthTestLoginMutation, AuthTestLoginMutationVariables>;
export const AuthTestLoginCompaniesDocument = new TypedDocumentString(`
    mutation AuthTestLoginCompanies($e: String!, $p: String!) {
  login(email: $e, password: $p) {
    user {
      role
      companies {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthTestLoginCompaniesMutation, AuthTestLoginCompaniesMutationVariables>;
export const AuthTestLogoutDocument = new TypedDocumentString(`
    mutation AuthTestLogout {
  logout
}
    `) as unknown as TypedDocumentString<AuthTestLogoutMutation, AuthTestLogoutMutationVariables>;
export const AuthTestMeDocument = new TypedDocumentString(`
    query AuthTestMe {
  me {
    id
    email
    name
    role
    office {
      name
    }
    companies {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthTestMeQuery, AuthTestMeQueryVariables>;
export const AuthTestCompaniesDocument = new TypedDocumentString(`
    query AuthTestCompanies {
  companies {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AuthTestCompaniesQuery, AuthTestCompaniesQueryVariables>;
export const AuthTestUnreadDocument = new TypedDocumentString(`
    subscription AuthTestUnread {
  unreadCountChanged {
    count
  }
}
    `) as unknown as TypedDocumentString<AuthTestUnreadSubscription, AuthTestUnreadSubscriptionVariables>;
export const AuthTestUnreadOfDocument = new TypedDocumentString(`
    subscription AuthTestUnreadOf {
  unreadCountChanged {
    count
    companyId
  }
}
    `) as unknown as TypedDocumentString<AuthTestUnreadOfSubscription, AuthTestUnreadOfSubscriptionVariables>;
export const LanguageSignUpDocument = new TypedDocumentString(`
    mutation LanguageSignUp($input: SignUpOfficeInput!) {
  signUpOffice(input: $input) {
    token
    user {
      id
      email
      language
    }
  }
}
    `) as unknown as TypedDocumentString<LanguageSignUpMutation, LanguageSignUpMutationVariables>;
export const LanguageUpdateMeDocument = new TypedDocumentString(`
    mutation LanguageUpdateMe($input: UpdateMyAccountInput!) {
  updateMyAccount(input: $input) {
    id
    name
    language
  }
}
    `) as unknown as TypedDocumentString<LanguageUpdateMeMutation, LanguageUpdateMeMutationVariables>;
export const LanguageMeDocument = new TypedDocumentString(`
    query LanguageMe {
  me {
    id
    name
    language
  }
}
    `) as unknown as TypedDocumentString<LanguageMeQuery, LanguageMeQueryVariables>;
export const LanguageRequestResetDocument = new TypedDocumentString(`
    mutation LanguageRequestReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<LanguageRequestResetMutation, LanguageRequestResetMutationVariables>;
export const LanguageInviteStaffDocument = new TypedDocumentString(`
    mutation LanguageInviteStaff($input: InviteStaffInput!) {
  inviteStaff(input: $input) {
    id
    language
  }
}
    `) as unknown as TypedDocumentString<LanguageInviteStaffMutation, LanguageInviteStaffMutationVariables>;
export const LanguageInviteClientDocument = new TypedDocumentString(`
    mutation LanguageInviteClient($input: InviteClientInput!) {
  inviteClient(input: $input) {
    id
    language
  }
}
    `) as unknown as TypedDocumentString<LanguageInviteClientMutation, LanguageInviteClientMutationVariables>;
export const LanguageAcceptDocument = new TypedDocumentString(`
    mutation LanguageAccept($token: String!, $password: String, $language: Language) {
  acceptInvitation(token: $token, password: $password, language: $language) {
    user {
      id
      language
    }
  }
}
    `) as unknown as TypedDocumentString<LanguageAcceptMutation, LanguageAcceptMutationVariables>;
export const LanguagePreviewDocument = new TypedDocumentString(`
    query LanguagePreview($token: String!) {
  invitation(token: $token) {
    language
  }
}
    `) as unknown as TypedDocumentString<LanguagePreviewQuery, LanguagePreviewQueryVariables>;
export const LoginFloodLoginDocument = new TypedDocumentString(`
    mutation LoginFloodLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
  }
}
    `) as unknown as TypedDocumentString<LoginFloodLoginMutation, LoginFloodLoginMutationVariables>;
export const AuthzLedgerEntriesDocument = new TypedDocumentString(`
    query AuthzLedgerEntries($companyId: ID!, $period: String!) {
  ledgerEntries(companyId: $companyId, period: $period, first: 100) {
    totalCount
    edges {
      node {
        id
        documentNumber
        counterparty
        description
        gross
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzLedgerEntriesQuery, AuthzLedgerEntriesQueryVariables>;
export const AuthzRecordUpoDocument = new TypedDocumentString(`
    mutation AuthzRecordUpo($input: UpoInput!) {
  recordUpo(input: $input) {
    id
    referenceNumber
  }
}
    `) as unknown as TypedDocumentString<AuthzRecordUpoMutation, AuthzRecordUpoMutationVariables>;
export const AuthzMarkDeclarationPaidDocument = new TypedDocumentString(`
    mutation AuthzMarkDeclarationPaid($id: ID!) {
  markDeclarationPaid(id: $id) {
    id
    paidAt
  }
}
    `) as unknown as TypedDocumentString<AuthzMarkDeclarationPaidMutation, AuthzMarkDeclarationPaidMutationVariables>;
export const PaidUpsertDeclarationDocument = new TypedDocumentString(`
    mutation PaidUpsertDeclaration($input: DeclarationInput!) {
  upsertDeclaration(input: $input) {
    id
    paidAt
  }
}
    `) as unknown as TypedDocumentString<PaidUpsertDeclarationMutation, PaidUpsertDeclarationMutationVariables>;
export const PaidMarkDeclarationDocument = new TypedDocumentString(`
    mutation PaidMarkDeclaration($id: ID!, $paid: Boolean) {
  markDeclarationPaid(id: $id, paid: $paid) {
    id
    paidAt
  }
}
    `) as unknown as TypedDocumentString<PaidMarkDeclarationMutation, PaidMarkDeclarationMutationVariables>;
export const PaidDeclarationsDocument = new TypedDocumentString(`
    query PaidDeclarations($id: ID!) {
  company(id: $id) {
    declarations {
      id
      paidAt
    }
  }
}
    `) as unknown as TypedDocumentString<PaidDeclarationsQuery, PaidDeclarationsQueryVariables>;
export const BookkeepingImportDocument = new TypedDocumentString(`
    mutation BookkeepingImport($companyId: ID!, $entries: [LedgerEntryInput!]!) {
  importLedgerEntries(companyId: $companyId, entries: $entries)
}
    `) as unknown as TypedDocumentString<BookkeepingImportMutation, BookkeepingImportMutationVariables>;
export const BookkeepingEntriesDocument = new TypedDocumentString(`
    query BookkeepingEntries($companyId: ID!, $period: String!, $first: Int, $after: String) {
  ledgerEntries(
    companyId: $companyId
    period: $period
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        date
        documentNumber
        counterparty
        counterpartyNip
        description
        net
        vat
        gross
        column
        contraAccount
        vatRegister
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BookkeepingEntriesQuery, BookkeepingEntriesQueryVariables>;
export const BookkeepingUpsertDeclarationDocument = new TypedDocumentString(`
    mutation BookkeepingUpsertDeclaration($input: DeclarationInput!) {
  upsertDeclaration(input: $input) {
    id
    type
    period
    taxBase
    taxDue
    status
    filedAt
    dueDate
    upo {
      id
      referenceNumber
    }
  }
}
    `) as unknown as TypedDocumentString<BookkeepingUpsertDeclarationMutation, BookkeepingUpsertDeclarationMutationVariables>;
export const BookkeepingRecordUpoDocument = new TypedDocumentString(`
    mutation BookkeepingRecordUpo($input: UpoInput!) {
  recordUpo(input: $input) {
    id
    referenceNumber
    receivedAt
  }
}
    `) as unknown as TypedDocumentString<BookkeepingRecordUpoMutation, BookkeepingRecordUpoMutationVariables>;
export const BookkeepingDeclarationsDocument = new TypedDocumentString(`
    query BookkeepingDeclarations($id: ID!, $period: String) {
  company(id: $id) {
    declarations(period: $period) {
      id
      type
      period
      status
      taxBase
      taxDue
      upo {
        referenceNumber
        receivedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BookkeepingDeclarationsQuery, BookkeepingDeclarationsQueryVariables>;
export const BookkeepingCompanyDeclarationsDocument = new TypedDocumentString(`
    query BookkeepingCompanyDeclarations($first: Int) {
  companies(first: $first) {
    edges {
      node {
        id
        declarations {
          type
          upo {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BookkeepingCompanyDeclarationsQuery, BookkeepingCompanyDeclarationsQueryVariables>;
export const AuthzBroadcastDocument = new TypedDocumentString(`
    query AuthzBroadcast($id: ID!) {
  broadcast(id: $id) {
    id
    kind
    recipientCount
    readCount
    author {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzBroadcastQuery, AuthzBroadcastQueryVariables>;
export const AuthzBroadcastsDocument = new TypedDocumentString(`
    query AuthzBroadcasts {
  broadcasts(first: 100) {
    totalCount
    edges {
      node {
        id
        preview
        recipientCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzBroadcastsQuery, AuthzBroadcastsQueryVariables>;
export const AuthzBroadcastRecipientsDocument = new TypedDocumentString(`
    query AuthzBroadcastRecipients($id: ID!) {
  broadcast(id: $id) {
    id
    recipients(first: 100) {
      totalCount
      edges {
        node {
          company {
            id
            name
            nip
          }
          read
          reads {
            user {
              id
            }
          }
          downloads {
            file {
              filename
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzBroadcastRecipientsQuery, AuthzBroadcastRecipientsQueryVariables>;
export const AuthzRemindUnreadDocument = new TypedDocumentString(`
    mutation AuthzRemindUnread($broadcastId: ID!, $body: String) {
  remindUnread(broadcastId: $broadcastId, body: $body) {
    id
    recipientCount
  }
}
    `) as unknown as TypedDocumentString<AuthzRemindUnreadMutation, AuthzRemindUnreadMutationVariables>;
export const AuthzCancelBroadcastDocument = new TypedDocumentString(`
    mutation AuthzCancelBroadcast($id: ID!) {
  cancelBroadcast(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AuthzCancelBroadcastMutation, AuthzCancelBroadcastMutationVariables>;
export const AuthzRecallBroadcastDocument = new TypedDocumentString(`
    mutation AuthzRecallBroadcast($id: ID!) {
  recallBroadcast(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AuthzRecallBroadcastMutation, AuthzRecallBroadcastMutationVariables>;
export const CsvReportNotifyDocument = new TypedDocumentString(`
    mutation CsvReportNotify($input: SendBulkNotificationInput!) {
  sendBulkNotification(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CsvReportNotifyMutation, CsvReportNotifyMutationVariables>;
export const CsvReportMarkReadDocument = new TypedDocumentString(`
    mutation CsvReportMarkRead($companyId: ID!) {
  markMessagesRead(companyId: $companyId)
}
    `) as unknown as TypedDocumentString<CsvReportMarkReadMutation, CsvReportMarkReadMutationVariables>;
export const CsvReportAcknowledgeDocument = new TypedDocumentString(`
    mutation CsvReportAcknowledge($id: ID!) {
  acknowledgeMessage(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<CsvReportAcknowledgeMutation, CsvReportAcknowledgeMutationVariables>;
export const CsvReportTokenDocument = new TypedDocumentString(`
    mutation CsvReportToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<CsvReportTokenMutation, CsvReportTokenMutationVariables>;
export const ScaleReportNotifyDocument = new TypedDocumentString(`
    mutation ScaleReportNotify($input: SendBulkNotificationInput!) {
  sendBulkNotification(input: $input) {
    id
    recipientCount
  }
}
    `) as unknown as TypedDocumentString<ScaleReportNotifyMutation, ScaleReportNotifyMutationVariables>;
export const ScaleReportBroadcastsDocument = new TypedDocumentString(`
    query ScaleReportBroadcasts($first: Int) {
  broadcasts(first: $first) {
    edges {
      node {
        id
        kind
        status
        recipientCount
        readCount
        failedCount
        preview
        createdAt
        author {
          id
          name
        }
        remindsOf {
          id
        }
        reminders {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScaleReportBroadcastsQuery, ScaleReportBroadcastsQueryVariables>;
export const ScaleReportRecipientsDocument = new TypedDocumentString(`
    query ScaleReportRecipients($id: ID!, $first: Int, $filter: BroadcastRecipientFilter) {
  broadcast(id: $id) {
    recipients(first: $first, filter: $filter) {
      totalCount
      edges {
        node {
          company {
            id
            name
            nip
          }
          read
          firstReadAt
          reads {
            user {
              id
              name
            }
            readAt
          }
          emailStatus
          attachmentCount
          downloads {
            file {
              filename
            }
            downloadedAt
          }
          repliedAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScaleReportRecipientsQuery, ScaleReportRecipientsQueryVariables>;
export const ScaleReportRemindDocument = new TypedDocumentString(`
    mutation ScaleReportRemind($broadcastId: ID!) {
  remindUnread(broadcastId: $broadcastId) {
    id
    recipientCount
  }
}
    `) as unknown as TypedDocumentString<ScaleReportRemindMutation, ScaleReportRemindMutationVariables>;
export const ReportNotifyDocument = new TypedDocumentString(`
    mutation ReportNotify($input: SendBulkNotificationInput!) {
  sendBulkNotification(input: $input) {
    id
    recipientCount
  }
}
    `) as unknown as TypedDocumentString<ReportNotifyMutation, ReportNotifyMutationVariables>;
export const ReportMarkReadDocument = new TypedDocumentString(`
    mutation ReportMarkRead($companyId: ID!) {
  markMessagesRead(companyId: $companyId)
}
    `) as unknown as TypedDocumentString<ReportMarkReadMutation, ReportMarkReadMutationVariables>;
export const ReportAskDocument = new TypedDocumentString(`
    mutation ReportAsk($input: SendMessageInput!) {
  sendMessage(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReportAskMutation, ReportAskMutationVariables>;
export const ReportBroadcastsDocument = new TypedDocumentString(`
    query ReportBroadcasts($first: Int, $after: String, $status: BroadcastStatus) {
  broadcasts(first: $first, after: $after, status: $status) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        kind
        status
        recipientCount
        readCount
        failedCount
        preview
        createdAt
        author {
          id
          name
        }
        remindsOf {
          id
        }
        reminders {
          id
          recipientCount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportBroadcastsQuery, ReportBroadcastsQueryVariables>;
export const ReportRecipientsDocument = new TypedDocumentString(`
    query ReportRecipients($id: ID!, $first: Int, $after: String, $filter: BroadcastRecipientFilter) {
  broadcast(id: $id) {
    id
    recipients(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          company {
            id
            name
          }
          read
          firstReadAt
          reads {
            user {
              id
              name
            }
            readAt
          }
          emailStatus
          emailError
          attachmentCount
          downloads {
            file {
              id
              filename
            }
            user {
              id
            }
            downloadedAt
          }
          repliedAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportRecipientsQuery, ReportRecipientsQueryVariables>;
export const ReportRemindDocument = new TypedDocumentString(`
    mutation ReportRemind($broadcastId: ID!, $body: String) {
  remindUnread(broadcastId: $broadcastId, body: $body) {
    id
    kind
    recipientCount
    preview
    remindsOf {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ReportRemindMutation, ReportRemindMutationVariables>;
export const ReportSendEmailDocument = new TypedDocumentString(`
    mutation ReportSendEmail($input: SendEmailInput!) {
  sendEmail(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReportSendEmailMutation, ReportSendEmailMutationVariables>;
export const ReportSmtpDocument = new TypedDocumentString(`
    mutation ReportSmtp($input: SmtpIntegrationInput!) {
  updateSmtpIntegration(input: $input) {
    host
  }
}
    `) as unknown as TypedDocumentString<ReportSmtpMutation, ReportSmtpMutationVariables>;
export const ReportProgressDocument = new TypedDocumentString(`
    query ReportProgress($id: ID!) {
  broadcast(id: $id) {
    queuedCount
    sentCount
    failedCount
  }
}
    `) as unknown as TypedDocumentString<ReportProgressQuery, ReportProgressQueryVariables>;
export const BroadcastNotifyDocument = new TypedDocumentString(`
    mutation BroadcastNotify($input: SendBulkNotificationInput!) {
  sendBulkNotification(input: $input) {
    id
    kind
    recipientCount
    readCount
    createdAt
    author {
      id
      role
    }
  }
}
    `) as unknown as TypedDocumentString<BroadcastNotifyMutation, BroadcastNotifyMutationVariables>;
export const BroadcastGetDocument = new TypedDocumentString(`
    query BroadcastGet($id: ID!) {
  broadcast(id: $id) {
    id
    kind
    recipientCount
    readCount
    queuedCount
    sentCount
    failedCount
    author {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<BroadcastGetQuery, BroadcastGetQueryVariables>;
export const BroadcastThreadTotalDocument = new TypedDocumentString(`
    query BroadcastThreadTotal($id: ID!) {
  messages(companyId: $id) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<BroadcastThreadTotalQuery, BroadcastThreadTotalQueryVariables>;
export const BroadcastNewestDocument = new TypedDocumentString(`
    query BroadcastNewest($id: ID!) {
  messages(companyId: $id, first: 5) {
    totalCount
    edges {
      node {
        id
        kind
        direction
        body
        company {
          id
        }
        author {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BroadcastNewestQuery, BroadcastNewestQueryVariables>;
export const BroadcastClientViewDocument = new TypedDocumentString(`
    query BroadcastClientView($id: ID!) {
  messages(companyId: $id) {
    totalCount
    edges {
      cursor
      node {
        id
        kind
        direction
        subject
        body
        createdAt
        readByMe
        company {
          id
          name
          nip
          email
          taxForm
          vatPayer
          caretaker {
            id
            name
            email
          }
          lastMessage {
            id
            body
          }
        }
        author {
          id
          name
          email
          role
          office {
            id
            name
          }
          companies {
            id
            name
          }
        }
        attachments {
          id
          filename
          url
        }
        receipts {
          readAt
          user {
            id
            name
            companies {
              id
              name
            }
          }
          message {
            id
            company {
              id
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BroadcastClientViewQuery, BroadcastClientViewQueryVariables>;
export const BroadcastUnreadDocument = new TypedDocumentString(`
    query BroadcastUnread($id: ID) {
  unreadCount(companyId: $id)
}
    `) as unknown as TypedDocumentString<BroadcastUnreadQuery, BroadcastUnreadQueryVariables>;
export const BroadcastMarkReadDocument = new TypedDocumentString(`
    mutation BroadcastMarkRead($id: ID!) {
  markMessagesRead(companyId: $id)
}
    `) as unknown as TypedDocumentString<BroadcastMarkReadMutation, BroadcastMarkReadMutationVariables>;
export const RecallNotifyDocument = new TypedDocumentString(`
    mutation RecallNotify($input: SendBulkNotificationInput!) {
  sendBulkNotification(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RecallNotifyMutation, RecallNotifyMutationVariables>;
export const RecallBroadcastDocument = new TypedDocumentString(`
    mutation RecallBroadcast($id: ID!) {
  recallBroadcast(id: $id) {
    id
    status
    recalledAt
    recipientCount
  }
}
    `) as unknown as TypedDocumentString<RecallBroadcastMutation, RecallBroadcastMutationVariables>;
export const RecallReportDocument = new TypedDocumentString(`
    query RecallReport($id: ID!) {
  broadcast(id: $id) {
    status
    readCount
    recipients(first: 100) {
      edges {
        node {
          company {
            id
          }
          read
          recalled
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecallReportQuery, RecallReportQueryVariables>;
export const RecallThreadDocument = new TypedDocumentString(`
    query RecallThread($id: ID!) {
  messages(companyId: $id) {
    totalCount
    edges {
      node {
        id
        body
        recalledAt
      }
    }
  }
  unreadCount(companyId: $id)
  company(id: $id) {
    lastMessage {
      id
      body
    }
  }
}
    `) as unknown as TypedDocumentString<RecallThreadQuery, RecallThreadQueryVariables>;
export const RecallMarkReadDocument = new TypedDocumentString(`
    mutation RecallMarkRead($id: ID!, $messageIds: [ID!]) {
  markMessagesRead(companyId: $id, messageIds: $messageIds)
}
    `) as unknown as TypedDocumentString<RecallMarkReadMutation, RecallMarkReadMutationVariables>;
export const RecallBadgeDocument = new TypedDocumentString(`
    subscription RecallBadge {
  unreadCountChanged {
    count
    companyId
  }
}
    `) as unknown as TypedDocumentString<RecallBadgeSubscription, RecallBadgeSubscriptionVariables>;
export const RecallScheduleDocument = new TypedDocumentString(`
    mutation RecallSchedule($input: SendBulkNotificationInput!) {
  sendBulkNotification(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RecallScheduleMutation, RecallScheduleMutationVariables>;
export const SchedNotifyDocument = new TypedDocumentString(`
    mutation SchedNotify($input: SendBulkNotificationInput!) {
  sendBulkNotification(input: $input) {
    id
    status
    sendAt
    recipientCount
    createdAt
  }
}
    `) as unknown as TypedDocumentString<SchedNotifyMutation, SchedNotifyMutationVariables>;
export const SchedEmailDocument = new TypedDocumentString(`
    mutation SchedEmail($input: SendEmailInput!) {
  sendEmail(input: $input) {
    id
    status
    sendAt
    recipientCount
    queuedCount
  }
}
    `) as unknown as TypedDocumentString<SchedEmailMutation, SchedEmailMutationVariables>;
export const SchedBroadcastDocument = new TypedDocumentString(`
    query SchedBroadcast($id: ID!) {
  broadcast(id: $id) {
    id
    status
    sendAt
    recipientCount
    queuedCount
    sentCount
    cancelReason
    cancelledAt
  }
}
    `) as unknown as TypedDocumentString<SchedBroadcastQuery, SchedBroadcastQueryVariables>;
export const SchedListDocument = new TypedDocumentString(`
    query SchedList($status: BroadcastStatus) {
  broadcasts(first: 100, status: $status) {
    edges {
      node {
        id
        status
        sendAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SchedListQuery, SchedListQueryVariables>;
export const SchedCancelDocument = new TypedDocumentString(`
    mutation SchedCancel($id: ID!) {
  cancelBroadcast(id: $id) {
    id
    status
    cancelReason
    cancelledAt
  }
}
    `) as unknown as TypedDocumentString<SchedCancelMutation, SchedCancelMutationVariables>;
export const SchedThreadDocument = new TypedDocumentString(`
    query SchedThread($id: ID!) {
  messages(companyId: $id) {
    totalCount
    edges {
      node {
        id
        body
        createdAt
        attachments {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SchedThreadQuery, SchedThreadQueryVariables>;
export const SchedTemplateDocument = new TypedDocumentString(`
    mutation SchedTemplate($input: MessageTemplateInput!) {
  createMessageTemplate(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SchedTemplateMutation, SchedTemplateMutationVariables>;
export const SchedAckThreadDocument = new TypedDocumentString(`
    query SchedAckThread($id: ID!) {
  messages(companyId: $id, first: 5) {
    edges {
      node {
        subject
        body
        requiresAcknowledgment
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SchedAckThreadQuery, SchedAckThreadQueryVariables>;
export const SchedSetSmtpDocument = new TypedDocumentString(`
    mutation SchedSetSmtp($input: SmtpIntegrationInput!) {
  updateSmtpIntegration(input: $input) {
    host
  }
}
    `) as unknown as TypedDocumentString<SchedSetSmtpMutation, SchedSetSmtpMutationVariables>;
export const SqlCountNotifyDocument = new TypedDocumentString(`
    mutation SqlCountNotify($input: SendBulkNotificationInput!) {
  sendBulkNotification(input: $input) {
    id
    recipientCount
  }
}
    `) as unknown as TypedDocumentString<SqlCountNotifyMutation, SqlCountNotifyMutationVariables>;
export const SqlCountAskDocument = new TypedDocumentString(`
    mutation SqlCountAsk($input: SendMessageInput!) {
  sendMessage(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SqlCountAskMutation, SqlCountAskMutationVariables>;
export const SqlCountCompaniesDocument = new TypedDocumentString(`
    query SqlCountCompanies($first: Int) {
  companies(first: $first) {
    totalCount
    edges {
      node {
        id
        name
        caretaker {
          name
        }
        unreadFromClientCount
        lastMessage {
          body
          createdAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SqlCountCompaniesQuery, SqlCountCompaniesQueryVariables>;
export const AuthzCompaniesDocument = new TypedDocumentString(`
    query AuthzCompanies($filter: CompanyFilter) {
  companies(first: 100, filter: $filter) {
    totalCount
    edges {
      node {
        id
        name
        nip
        lastMessage {
          id
          body
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzCompaniesQuery, AuthzCompaniesQueryVariables>;
export const AuthzCreateCompanyDocument = new TypedDocumentString(`
    mutation AuthzCreateCompany($input: CreateCompanyInput!) {
  createCompany(input: $input) {
    id
    name
    caretaker {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzCreateCompanyMutation, AuthzCreateCompanyMutationVariables>;
export const AuthzUpdateCompanyDocument = new TypedDocumentString(`
    mutation AuthzUpdateCompany($id: ID!, $input: UpdateCompanyInput!) {
  updateCompany(id: $id, input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AuthzUpdateCompanyMutation, AuthzUpdateCompanyMutationVariables>;
export const AuthzArchiveCompanyDocument = new TypedDocumentString(`
    mutation AuthzArchiveCompany($id: ID!) {
  archiveCompany(id: $id) {
    id
    archivedAt
  }
}
    `) as unknown as TypedDocumentString<AuthzArchiveCompanyMutation, AuthzArchiveCompanyMutationVariables>;
export const AuthzRestoreCompanyDocument = new TypedDocumentString(`
    mutation AuthzRestoreCompany($id: ID!) {
  restoreCompany(id: $id) {
    id
    archivedAt
  }
}
    `) as unknown as TypedDocumentString<AuthzRestoreCompanyMutation, AuthzRestoreCompanyMutationVariables>;
export const AuthzAssignCaretakerDocument = new TypedDocumentString(`
    mutation AuthzAssignCaretaker($companyIds: [ID!]!, $caretakerId: ID) {
  assignCaretaker(companyIds: $companyIds, caretakerId: $caretakerId)
}
    `) as unknown as TypedDocumentString<AuthzAssignCaretakerMutation, AuthzAssignCaretakerMutationVariables>;
export const AuthzImportCompaniesDocument = new TypedDocumentString(`
    mutation AuthzImportCompanies($uploadId: ID!, $dryRun: Boolean!) {
  importCompanies(uploadId: $uploadId, dryRun: $dryRun) {
    created
    updated
    failed
  }
}
    `) as unknown as TypedDocumentString<AuthzImportCompaniesMutation, AuthzImportCompaniesMutationVariables>;
export const AuthzCompanyAccessChangedDocument = new TypedDocumentString(`
    subscription AuthzCompanyAccessChanged {
  companyAccessChanged {
    companyId
    visible
  }
}
    `) as unknown as TypedDocumentString<AuthzCompanyAccessChangedSubscription, AuthzCompanyAccessChangedSubscriptionVariables>;
export const CompanyColumnsDocument = new TypedDocumentString(`
    query CompanyColumns($first: Int, $filter: CompanyFilter) {
  companies(first: $first, filter: $filter) {
    totalCount
    edges {
      node {
        id
        name
        taxForm
        vatPayer
        unreadFromClientCount
        caretaker {
          id
          name
        }
        lastMessage {
          createdAt
          direction
          kind
        }
        lastPrintoutEmail {
          id
          kind
          delivery {
            sentAt
          }
          attachments {
            printout
            period
          }
        }
        latestDeclaration {
          type
          period
          status
          filedAt
          upo {
            referenceNumber
            receivedAt
          }
        }
        users {
          name
          email
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompanyColumnsQuery, CompanyColumnsQueryVariables>;
export const CompanyColumnsOfClientDocument = new TypedDocumentString(`
    query CompanyColumnsOfClient {
  companies(first: 10) {
    edges {
      node {
        id
        lastPrintoutEmail {
          createdAt
          attachments {
            printout
          }
        }
        latestDeclaration {
          type
          period
          upo {
            referenceNumber
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompanyColumnsOfClientQuery, CompanyColumnsOfClientQueryVariables>;
export const CompanyColumnsClientUsersDocument = new TypedDocumentString(`
    query CompanyColumnsClientUsers {
  companies(first: 10) {
    edges {
      node {
        id
        users {
          email
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompanyColumnsClientUsersQuery, CompanyColumnsClientUsersQueryVariables>;
export const CompanyColumnsAskDocument = new TypedDocumentString(`
    mutation CompanyColumnsAsk($input: SendMessageInput!) {
  sendMessage(input: $input) {
    id
    createdAt
  }
}
    `) as unknown as TypedDocumentString<CompanyColumnsAskMutation, CompanyColumnsAskMutationVariables>;
export const CompanyColumnsEmailDocument = new TypedDocumentString(`
    mutation CompanyColumnsEmail($input: SendEmailInput!) {
  sendEmail(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CompanyColumnsEmailMutation, CompanyColumnsEmailMutationVariables>;
export const CompanyColumnsSmtpDocument = new TypedDocumentString(`
    mutation CompanyColumnsSmtp($input: SmtpIntegrationInput!) {
  updateSmtpIntegration(input: $input) {
    host
  }
}
    `) as unknown as TypedDocumentString<CompanyColumnsSmtpMutation, CompanyColumnsSmtpMutationVariables>;
export const CompanyImportRunDocument = new TypedDocumentString(`
    mutation CompanyImportRun($uploadId: ID!, $dryRun: Boolean!, $skipInvalid: Boolean) {
  importCompanies(uploadId: $uploadId, dryRun: $dryRun, skipInvalid: $skipInvalid) {
    applied
    created
    updated
    unchanged
    failed
    rows {
      line
      status
      column
      error
      nip
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CompanyImportRunMutation, CompanyImportRunMutationVariables>;
export const CompanyImportSendDocument = new TypedDocumentString(`
    mutation CompanyImportSend($input: SendMessageInput!) {
  sendMessage(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CompanyImportSendMutation, CompanyImportSendMutationVariables>;
export const CompanyImportUnreadDocument = new TypedDocumentString(`
    subscription CompanyImportUnread {
  unreadCountChanged {
    count
    companyId
  }
}
    `) as unknown as TypedDocumentString<CompanyImportUnreadSubscription, CompanyImportUnreadSubscriptionVariables>;
export const ManageUpdateCompanyDocument = new TypedDocumentString(`
    mutation ManageUpdateCompany($id: ID!, $input: UpdateCompanyInput!) {
  updateCompany(id: $id, input: $input) {
    id
    name
    nip
    taxForm
    vatPayer
    email
    archivedAt
  }
}
    `) as unknown as TypedDocumentString<ManageUpdateCompanyMutation, ManageUpdateCompanyMutationVariables>;
export const ManageArchiveCompanyDocument = new TypedDocumentString(`
    mutation ManageArchiveCompany($id: ID!) {
  archiveCompany(id: $id) {
    id
    archivedAt
  }
}
    `) as unknown as TypedDocumentString<ManageArchiveCompanyMutation, ManageArchiveCompanyMutationVariables>;
export const ManageRestoreCompanyDocument = new TypedDocumentString(`
    mutation ManageRestoreCompany($id: ID!) {
  restoreCompany(id: $id) {
    id
    archivedAt
  }
}
    `) as unknown as TypedDocumentString<ManageRestoreCompanyMutation, ManageRestoreCompanyMutationVariables>;
export const ManageAssignCaretakerDocument = new TypedDocumentString(`
    mutation ManageAssignCaretaker($companyIds: [ID!]!, $caretakerId: ID) {
  assignCaretaker(companyIds: $companyIds, caretakerId: $caretakerId)
}
    `) as unknown as TypedDocumentString<ManageAssignCaretakerMutation, ManageAssignCaretakerMutationVariables>;
export const ManageCompaniesDocument = new TypedDocumentString(`
    query ManageCompanies($filter: CompanyFilter) {
  companies(first: 100, filter: $filter) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ManageCompaniesQuery, ManageCompaniesQueryVariables>;
export const ManageCompanyDocument = new TypedDocumentString(`
    query ManageCompany($id: ID!) {
  company(id: $id) {
    id
    name
    archivedAt
    caretaker {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ManageCompanyQuery, ManageCompanyQueryVariables>;
export const ManageThreadDocument = new TypedDocumentString(`
    query ManageThread($id: ID!) {
  messages(companyId: $id) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ManageThreadQuery, ManageThreadQueryVariables>;
export const ManageSendDocument = new TypedDocumentString(`
    mutation ManageSend($input: SendMessageInput!) {
  sendMessage(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ManageSendMutation, ManageSendMutationVariables>;
export const ManageNotifyDocument = new TypedDocumentString(`
    mutation ManageNotify($input: SendBulkNotificationInput!) {
  sendBulkNotification(input: $input) {
    id
    recipientCount
  }
}
    `) as unknown as TypedDocumentString<ManageNotifyMutation, ManageNotifyMutationVariables>;
export const ManagePrintoutOptionsDocument = new TypedDocumentString(`
    query ManagePrintoutOptions($companyIds: [ID!]!) {
  printoutOptions(companyIds: $companyIds, period: "2025-10") {
    kind
    companyCount
  }
}
    `) as unknown as TypedDocumentString<ManagePrintoutOptionsQuery, ManagePrintoutOptionsQueryVariables>;
export const ManageInboxDocument = new TypedDocumentString(`
    query ManageInbox {
  inbox(first: 100) {
    edges {
      node {
        company {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ManageInboxQuery, ManageInboxQueryVariables>;
export const CompanyManageAccessDocument = new TypedDocumentString(`
    subscription CompanyManageAccess {
  companyAccessChanged {
    companyId
    visible
  }
}
    `) as unknown as TypedDocumentString<CompanyManageAccessSubscription, CompanyManageAccessSubscriptionVariables>;
export const ManageUnreadDocument = new TypedDocumentString(`
    subscription ManageUnread {
  unreadCountChanged {
    count
    companyId
  }
}
    `) as unknown as TypedDocumentString<ManageUnreadSubscription, ManageUnreadSubscriptionVariables>;
export const CompanyTestListDocument = new TypedDocumentString(`
    query CompanyTestList($first: Int, $after: String, $filter: CompanyFilter) {
  companies(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        name
        nip
        taxForm
        caretaker {
          id
        }
        unreadFromClientCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompanyTestListQuery, CompanyTestListQueryVariables>;
export const CompanyTestSendDocument = new TypedDocumentString(`
    mutation CompanyTestSend($input: SendMessageInput!) {
  sendMessage(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CompanyTestSendMutation, CompanyTestSendMutationVariables>;
export const CompanyTestCaretakersDocument = new TypedDocumentString(`
    query CompanyTestCaretakers {
  me {
    office {
      caretakers {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompanyTestCaretakersQuery, CompanyTestCaretakersQueryVariables>;
export const CompanyTestCompanyDocument = new TypedDocumentString(`
    query CompanyTestCompany($id: ID!) {
  company(id: $id) {
    id
    name
    email
  }
}
    `) as unknown as TypedDocumentString<CompanyTestCompanyQuery, CompanyTestCompanyQueryVariables>;
export const CompanyTestCreateDocument = new TypedDocumentString(`
    mutation CompanyTestCreate($input: CreateCompanyInput!) {
  createCompany(input: $input) {
    id
    nip
    taxForm
    vatPayer
    email
    caretaker {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CompanyTestCreateMutation, CompanyTestCreateMutationVariables>;
export const CompanyUsersOfCompanyDocument = new TypedDocumentString(`
    query CompanyUsersOfCompany($id: ID!) {
  company(id: $id) {
    id
    users {
      id
      email
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CompanyUsersOfCompanyQuery, CompanyUsersOfCompanyQueryVariables>;
export const CompanyUsersOfListDocument = new TypedDocumentString(`
    query CompanyUsersOfList {
  companies(first: 50) {
    edges {
      node {
        id
        users {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompanyUsersOfListQuery, CompanyUsersOfListQueryVariables>;
export const AuthzUpdateDeadlineReminderRuleDocument = new TypedDocumentString(`
    mutation AuthzUpdateDeadlineReminderRule($input: DeadlineReminderRuleInput!) {
  updateDeadlineReminderRule(input: $input) {
    id
    enabled
    daysBefore
    hour
    templateId
  }
}
    `) as unknown as TypedDocumentString<AuthzUpdateDeadlineReminderRuleMutation, AuthzUpdateDeadlineReminderRuleMutationVariables>;
export const AuthzDeadlineReminderRuleDocument = new TypedDocumentString(`
    query AuthzDeadlineReminderRule {
  me {
    office {
      id
      deadlineReminderRule {
        id
        daysBefore
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzDeadlineReminderRuleQuery, AuthzDeadlineReminderRuleQueryVariables>;
export const DeadlineRuleUpdateDocument = new TypedDocumentString(`
    mutation DeadlineRuleUpdate($input: DeadlineReminderRuleInput!) {
  updateDeadlineReminderRule(input: $input) {
    id
    enabled
    daysBefore
    hour
    templateId
  }
}
    `) as unknown as TypedDocumentString<DeadlineRuleUpdateMutation, DeadlineRuleUpdateMutationVariables>;
export const DeadlineRuleOfOfficeDocument = new TypedDocumentString(`
    query DeadlineRuleOfOffice($first: Int) {
  me {
    office {
      deadlineReminderRule {
        enabled
        daysBefore
        hour
        planned(first: $first) {
          companyName
          declarationType
          taxDue
          dueDate
          remindOn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeadlineRuleOfOfficeQuery, DeadlineRuleOfOfficeQueryVariables>;
export const DeadlineRuleTemplateDocument = new TypedDocumentString(`
    mutation DeadlineRuleTemplate($input: MessageTemplateInput!) {
  createMessageTemplate(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeadlineRuleTemplateMutation, DeadlineRuleTemplateMutationVariables>;
export const DeadlineRuleSentDocument = new TypedDocumentString(`
    query DeadlineRuleSent {
  broadcasts(first: 20) {
    edges {
      node {
        id
        origin
        recipientCount
        author {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeadlineRuleSentQuery, DeadlineRuleSentQueryVariables>;
export const DeadlineRulePaidDocument = new TypedDocumentString(`
    mutation DeadlineRulePaid($id: ID!) {
  markDeclarationPaid(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeadlineRulePaidMutation, DeadlineRulePaidMutationVariables>;
export const DeadlineRuleUnreadDocument = new TypedDocumentString(`
    query DeadlineRuleUnread {
  unreadCount
}
    `) as unknown as TypedDocumentString<DeadlineRuleUnreadQuery, DeadlineRuleUnreadQueryVariables>;
export const DemoSeedLoginDocument = new TypedDocumentString(`
    mutation DemoSeedLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
  }
}
    `) as unknown as TypedDocumentString<DemoSeedLoginMutation, DemoSeedLoginMutationVariables>;
export const DemoSeedInvitationsDocument = new TypedDocumentString(`
    query DemoSeedInvitations {
  me {
    office {
      name
      invitations(status: PENDING) {
        email
        role
        status
        company {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DemoSeedInvitationsQuery, DemoSeedInvitationsQueryVariables>;
export const DemoSeedAccountsDocument = new TypedDocumentString(`
    query DemoSeedAccounts {
  demoAccounts {
    password
    logins {
      email
      userRole
      office
      lastEmail
    }
  }
}
    `) as unknown as TypedDocumentString<DemoSeedAccountsQuery, DemoSeedAccountsQueryVariables>;
export const DemoSeedWhoDocument = new TypedDocumentString(`
    query DemoSeedWho {
  me {
    role
    office {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<DemoSeedWhoQuery, DemoSeedWhoQueryVariables>;
export const DemoSeedCompaniesDocument = new TypedDocumentString(`
    query DemoSeedCompanies {
  companies(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<DemoSeedCompaniesQuery, DemoSeedCompaniesQueryVariables>;
export const PrivacySetSmtpDocument = new TypedDocumentString(`
    mutation PrivacySetSmtp($input: SmtpIntegrationInput!) {
  updateSmtpIntegration(input: $input) {
    host
  }
}
    `) as unknown as TypedDocumentString<PrivacySetSmtpMutation, PrivacySetSmtpMutationVariables>;
export const PrivacySendDocument = new TypedDocumentString(`
    mutation PrivacySend($input: SendEmailInput!) {
  sendEmail(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PrivacySendMutation, PrivacySendMutationVariables>;
export const PrivacyThreadDocument = new TypedDocumentString(`
    query PrivacyThread($companyId: ID!) {
  messages(companyId: $companyId, first: 10) {
    edges {
      node {
        kind
        delivery {
          status
          toAddress
          attempts
          lastError
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyThreadQuery, PrivacyThreadQueryVariables>;
export const PrivacyEmailsDocument = new TypedDocumentString(`
    query PrivacyEmails($id: ID!) {
  company(id: $id) {
    emails(first: 10) {
      edges {
        node {
          delivery {
            status
            attempts
            lastError
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyEmailsQuery, PrivacyEmailsQueryVariables>;
export const PrivacyProgressDocument = new TypedDocumentString(`
    query PrivacyProgress($id: ID!) {
  broadcast(id: $id) {
    queuedCount
    deliveries(first: 10) {
      edges {
        node {
          status
          attempts
          lastError
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyProgressQuery, PrivacyProgressQueryVariables>;
export const DeliverySendDocument = new TypedDocumentString(`
    mutation DeliverySend($input: SendEmailInput!) {
  sendEmail(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeliverySendMutation, DeliverySendMutationVariables>;
export const DeliverySetSmtpDocument = new TypedDocumentString(`
    mutation DeliverySetSmtp($input: SmtpIntegrationInput!) {
  updateSmtpIntegration(input: $input) {
    host
  }
}
    `) as unknown as TypedDocumentString<DeliverySetSmtpMutation, DeliverySetSmtpMutationVariables>;
export const DeliveryCountsDocument = new TypedDocumentString(`
    query DeliveryCounts($id: ID!) {
  broadcast(id: $id) {
    queuedCount
    sentCount
    failedCount
    failed: deliveries(status: FAILED) {
      totalCount
    }
    sent: deliveries(status: SENT) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveryCountsQuery, DeliveryCountsQueryVariables>;
export const AuthzRetryFailedDeliveriesDocument = new TypedDocumentString(`
    mutation AuthzRetryFailedDeliveries($id: ID!) {
  retryFailedDeliveries(broadcastId: $id) {
    id
    subject
    queuedCount
    failedCount
  }
}
    `) as unknown as TypedDocumentString<AuthzRetryFailedDeliveriesMutation, AuthzRetryFailedDeliveriesMutationVariables>;
export const AuthzBroadcastProgressDocument = new TypedDocumentString(`
    subscription AuthzBroadcastProgress($id: ID!) {
  broadcastProgress(id: $id) {
    id
    subject
    recipientCount
    sentCount
    deliveries {
      edges {
        node {
          toAddress
          company {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzBroadcastProgressSubscription, AuthzBroadcastProgressSubscriptionVariables>;
export const EmailSendDocument = new TypedDocumentString(`
    mutation EmailSend($input: SendEmailInput!) {
  sendEmail(input: $input) {
    id
    kind
    recipientCount
    queuedCount
    sentCount
    failedCount
  }
}
    `) as unknown as TypedDocumentString<EmailSendMutation, EmailSendMutationVariables>;
export const EmailProgressDocument = new TypedDocumentString(`
    query EmailProgress($id: ID!) {
  broadcast(id: $id) {
    queuedCount
    sentCount
    failedCount
    deliveries(first: 100) {
      totalCount
      edges {
        node {
          status
          attempts
          lastError
          toAddress
          company {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EmailProgressQuery, EmailProgressQueryVariables>;
export const EmailSetSmtpDocument = new TypedDocumentString(`
    mutation EmailSetSmtp($input: SmtpIntegrationInput!) {
  updateSmtpIntegration(input: $input) {
    host
    port
    security
    username
    fromAddress
  }
}
    `) as unknown as TypedDocumentString<EmailSetSmtpMutation, EmailSetSmtpMutationVariables>;
export const EmailArchiveDocument = new TypedDocumentString(`
    query EmailArchive($id: ID!) {
  company(id: $id) {
    emails(first: 5) {
      totalCount
      edges {
        node {
          kind
          subject
          body
          html
          delivery {
            status
            attempts
            sentAt
            toAddress
          }
          attachments {
            filename
            contentType
            printout
            period
            url
            downloadedAt
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EmailArchiveQuery, EmailArchiveQueryVariables>;
export const EmailProgressLiveDocument = new TypedDocumentString(`
    subscription EmailProgressLive($id: ID!) {
  broadcastProgress(id: $id) {
    queuedCount
    sentCount
    failedCount
  }
}
    `) as unknown as TypedDocumentString<EmailProgressLiveSubscription, EmailProgressLiveSubscriptionVariables>;
export const EmailProgressSentDocument = new TypedDocumentString(`
    subscription EmailProgressSent($id: ID!) {
  broadcastProgress(id: $id) {
    sentCount
  }
}
    `) as unknown as TypedDocumentString<EmailProgressSentSubscription, EmailProgressSentSubscriptionVariables>;
export const EmailOfficeStateDocument = new TypedDocumentString(`
    query EmailOfficeState {
  me {
    office {
      verification
      smtpConfigured
      canSendEmail
    }
  }
}
    `) as unknown as TypedDocumentString<EmailOfficeStateQuery, EmailOfficeStateQueryVariables>;
export const EmailTestSmtpDocument = new TypedDocumentString(`
    mutation EmailTestSmtp {
  testSmtpIntegration
}
    `) as unknown as TypedDocumentString<EmailTestSmtpMutation, EmailTestSmtpMutationVariables>;
export const EmailSmtpStateDocument = new TypedDocumentString(`
    query EmailSmtpState {
  me {
    office {
      smtpConfigured
      canSendEmail
      smtpIntegration {
        host
        username
        lastTestOk
        lastTestError
        lastTestedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EmailSmtpStateQuery, EmailSmtpStateQueryVariables>;
export const EmailSetVerificationDocument = new TypedDocumentString(`
    mutation EmailSetVerification($id: ID!, $s: OfficeVerification!) {
  setOfficeVerification(officeId: $id, status: $s) {
    id
    verification
  }
}
    `) as unknown as TypedDocumentString<EmailSetVerificationMutation, EmailSetVerificationMutationVariables>;
export const CatcherSetSmtpDocument = new TypedDocumentString(`
    mutation CatcherSetSmtp($i: SmtpIntegrationInput!) {
  updateSmtpIntegration(input: $i) {
    host
  }
}
    `) as unknown as TypedDocumentString<CatcherSetSmtpMutation, CatcherSetSmtpMutationVariables>;
export const CatcherTestSmtpDocument = new TypedDocumentString(`
    mutation CatcherTestSmtp {
  testSmtpIntegration
}
    `) as unknown as TypedDocumentString<CatcherTestSmtpMutation, CatcherTestSmtpMutationVariables>;
export const CatcherSendDocument = new TypedDocumentString(`
    mutation CatcherSend($i: SendEmailInput!) {
  sendEmail(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CatcherSendMutation, CatcherSendMutationVariables>;
export const RetrySendDocument = new TypedDocumentString(`
    mutation RetrySend($input: SendEmailInput!) {
  sendEmail(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RetrySendMutation, RetrySendMutationVariables>;
export const RetrySetSmtpDocument = new TypedDocumentString(`
    mutation RetrySetSmtp($input: SmtpIntegrationInput!) {
  updateSmtpIntegration(input: $input) {
    host
  }
}
    `) as unknown as TypedDocumentString<RetrySetSmtpMutation, RetrySetSmtpMutationVariables>;
export const RetryFailedDocument = new TypedDocumentString(`
    mutation RetryFailed($id: ID!) {
  retryFailedDeliveries(broadcastId: $id) {
    id
    recipientCount
    queuedCount
    sentCount
    failedCount
  }
}
    `) as unknown as TypedDocumentString<RetryFailedMutation, RetryFailedMutationVariables>;
export const RetryCountsDocument = new TypedDocumentString(`
    query RetryCounts($id: ID!) {
  broadcast(id: $id) {
    recipientCount
    queuedCount
    sentCount
    failedCount
  }
}
    `) as unknown as TypedDocumentString<RetryCountsQuery, RetryCountsQueryVariables>;
export const RetryProgressDocument = new TypedDocumentString(`
    subscription RetryProgress($id: ID!) {
  broadcastProgress(id: $id) {
    queuedCount
    sentCount
    failedCount
  }
}
    `) as unknown as TypedDocumentString<RetryProgressSubscription, RetryProgressSubscriptionVariables>;
export const SmtpFaultsSendDocument = new TypedDocumentString(`
    mutation SmtpFaultsSend($input: SendEmailInput!) {
  sendEmail(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SmtpFaultsSendMutation, SmtpFaultsSendMutationVariables>;
export const SmtpFaultsSetSmtpDocument = new TypedDocumentString(`
    mutation SmtpFaultsSetSmtp($input: SmtpIntegrationInput!) {
  updateSmtpIntegration(input: $input) {
    host
  }
}
    `) as unknown as TypedDocumentString<SmtpFaultsSetSmtpMutation, SmtpFaultsSetSmtpMutationVariables>;
export const SmtpFaultsCountsDocument = new TypedDocumentString(`
    query SmtpFaultsCounts($id: ID!) {
  broadcast(id: $id) {
    recipientCount
    queuedCount
    sentCount
    failedCount
  }
}
    `) as unknown as TypedDocumentString<SmtpFaultsCountsQuery, SmtpFaultsCountsQueryVariables>;
export const SsrfUpdateSmtpDocument = new TypedDocumentString(`
    mutation SsrfUpdateSmtp($input: SmtpIntegrationInput!) {
  updateSmtpIntegration(input: $input) {
    host
    port
  }
}
    `) as unknown as TypedDocumentString<SsrfUpdateSmtpMutation, SsrfUpdateSmtpMutationVariables>;
export const SsrfTestSmtpDocument = new TypedDocumentString(`
    mutation SsrfTestSmtp {
  testSmtpIntegration
}
    `) as unknown as TypedDocumentString<SsrfTestSmtpMutation, SsrfTestSmtpMutationVariables>;
export const SsrfSmtpStateDocument = new TypedDocumentString(`
    query SsrfSmtpState {
  me {
    office {
      smtpIntegration {
        host
        port
        lastTestOk
        lastTestError
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SsrfSmtpStateQuery, SsrfSmtpStateQueryVariables>;
export const SsrfSendEmailDocument = new TypedDocumentString(`
    mutation SsrfSendEmail($input: SendEmailInput!) {
  sendEmail(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SsrfSendEmailMutation, SsrfSendEmailMutationVariables>;
export const WorkerStopSetSmtpDocument = new TypedDocumentString(`
    mutation WorkerStopSetSmtp($input: SmtpIntegrationInput!) {
  updateSmtpIntegration(input: $input) {
    host
  }
}
    `) as unknown as TypedDocumentString<WorkerStopSetSmtpMutation, WorkerStopSetSmtpMutationVariables>;
export const WorkerStopSendDocument = new TypedDocumentString(`
    mutation WorkerStopSend($input: SendEmailInput!) {
  sendEmail(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<WorkerStopSendMutation, WorkerStopSendMutationVariables>;
export const FileLimitsNotifyDocument = new TypedDocumentString(`
    mutation FileLimitsNotify($input: SendBulkNotificationInput!) {
  sendBulkNotification(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FileLimitsNotifyMutation, FileLimitsNotifyMutationVariables>;
export const FileLimitsSendDocument = new TypedDocumentString(`
    mutation FileLimitsSend($input: SendMessageInput!) {
  sendMessage(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FileLimitsSendMutation, FileLimitsSendMutationVariables>;
export const FileNamesSendDocument = new TypedDocumentString(`
    mutation FileNamesSend($input: SendMessageInput!) {
  sendMessage(input: $input) {
    id
    attachments {
      id
      filename
      contentType
    }
  }
}
    `) as unknown as TypedDocumentString<FileNamesSendMutation, FileNamesSendMutationVariables>;
export const FileSweepNotifyDocument = new TypedDocumentString(`
    mutation FileSweepNotify($input: SendBulkNotificationInput!) {
  sendBulkNotification(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FileSweepNotifyMutation, FileSweepNotifyMutationVariables>;
export const FileNotifyDocument = new TypedDocumentString(`
    mutation FileNotify($input: SendBulkNotificationInput!) {
  sendBulkNotification(input: $input) {
    id
    recipientCount
  }
}
    `) as unknown as TypedDocumentString<FileNotifyMutation, FileNotifyMutationVariables>;
export const FileThreadDocument = new TypedDocumentString(`
    query FileThread($id: ID!) {
  messages(companyId: $id) {
    totalCount
    edges {
      node {
        id
        body
        attachments {
          id
          filename
          size
          contentType
          url
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FileThreadQuery, FileThreadQueryVariables>;
export const AuthzInviteStaffDocument = new TypedDocumentString(`
    mutation AuthzInviteStaff($input: InviteStaffInput!) {
  inviteStaff(input: $input) {
    id
    email
    role
    office {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzInviteStaffMutation, AuthzInviteStaffMutationVariables>;
export const AuthzInviteClientDocument = new TypedDocumentString(`
    mutation AuthzInviteClient($input: InviteClientInput!) {
  inviteClient(input: $input) {
    id
    email
    company {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzInviteClientMutation, AuthzInviteClientMutationVariables>;
export const AuthzResendInvitationDocument = new TypedDocumentString(`
    mutation AuthzResendInvitation($id: ID!) {
  resendInvitation(id: $id) {
    id
    email
    status
  }
}
    `) as unknown as TypedDocumentString<AuthzResendInvitationMutation, AuthzResendInvitationMutationVariables>;
export const AuthzRevokeInvitationDocument = new TypedDocumentString(`
    mutation AuthzRevokeInvitation($id: ID!) {
  revokeInvitation(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AuthzRevokeInvitationMutation, AuthzRevokeInvitationMutationVariables>;
export const AuthzInvitationDocument = new TypedDocumentString(`
    query AuthzInvitation($token: String!) {
  invitation(token: $token) {
    officeName
    companyName
    role
    email
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<AuthzInvitationQuery, AuthzInvitationQueryVariables>;
export const AuthzAcceptInvitationDocument = new TypedDocumentString(`
    mutation AuthzAcceptInvitation($token: String!, $password: String) {
  acceptInvitation(token: $token, password: $password) {
    token
    user {
      email
      role
      office {
        id
      }
      companies {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzAcceptInvitationMutation, AuthzAcceptInvitationMutationVariables>;
export const AuthzOfficeInvitationsDocument = new TypedDocumentString(`
    query AuthzOfficeInvitations {
  me {
    office {
      id
      invitations {
        id
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzOfficeInvitationsQuery, AuthzOfficeInvitationsQueryVariables>;
export const InvitationInviteStaffDocument = new TypedDocumentString(`
    mutation InvitationInviteStaff($input: InviteStaffInput!) {
  inviteStaff(input: $input) {
    id
    email
    name
    role
    status
    expiresAt
    createdAt
    invitedBy {
      id
    }
    office {
      id
    }
    company {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<InvitationInviteStaffMutation, InvitationInviteStaffMutationVariables>;
export const InvitationInviteClientDocument = new TypedDocumentString(`
    mutation InvitationInviteClient($input: InviteClientInput!) {
  inviteClient(input: $input) {
    id
    email
    role
    status
    expiresAt
    office {
      id
    }
    company {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<InvitationInviteClientMutation, InvitationInviteClientMutationVariables>;
export const InvitationResendDocument = new TypedDocumentString(`
    mutation InvitationResend($id: ID!) {
  resendInvitation(id: $id) {
    id
    status
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<InvitationResendMutation, InvitationResendMutationVariables>;
export const InvitationRevokeDocument = new TypedDocumentString(`
    mutation InvitationRevoke($id: ID!) {
  revokeInvitation(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<InvitationRevokeMutation, InvitationRevokeMutationVariables>;
export const InvitationPreviewDocument = new TypedDocumentString(`
    query InvitationPreview($token: String!) {
  invitation(token: $token) {
    officeName
    companyName
    role
    email
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const InvitationAcceptDocument = new TypedDocumentString(`
    mutation InvitationAccept($token: String!, $password: String, $name: String) {
  acceptInvitation(token: $token, password: $password, name: $name) {
    token
    user {
      id
      email
      name
      role
      office {
        id
      }
      companies {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InvitationAcceptMutation, InvitationAcceptMutationVariables>;
export const InvitationLoginDocument = new TypedDocumentString(`
    mutation InvitationLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
  }
}
    `) as unknown as TypedDocumentString<InvitationLoginMutation, InvitationLoginMutationVariables>;
export const InvitationSessionsDocument = new TypedDocumentString(`
    query InvitationSessions {
  mySessions {
    userAgent
    current
  }
}
    `) as unknown as TypedDocumentString<InvitationSessionsQuery, InvitationSessionsQueryVariables>;
export const InvitationVisibleCompaniesDocument = new TypedDocumentString(`
    query InvitationVisibleCompanies {
  companies(first: 100) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InvitationVisibleCompaniesQuery, InvitationVisibleCompaniesQueryVariables>;
export const InvitationCompanyDocument = new TypedDocumentString(`
    query InvitationCompany($id: ID!) {
  company(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<InvitationCompanyQuery, InvitationCompanyQueryVariables>;
export const InvitationOfficeInvitationsDocument = new TypedDocumentString(`
    query InvitationOfficeInvitations($status: InvitationStatus) {
  me {
    office {
      invitations(status: $status) {
        id
        email
        status
        role
        company {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InvitationOfficeInvitationsQuery, InvitationOfficeInvitationsQueryVariables>;
export const InvitationInvitationsInFullDocument = new TypedDocumentString(`
    query InvitationInvitationsInFull {
  me {
    office {
      invitations {
        id
        status
        invitedBy {
          id
          name
        }
        office {
          id
          name
        }
        company {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InvitationInvitationsInFullQuery, InvitationInvitationsInFullQueryVariables>;
export const InboxTestListDocument = new TypedDocumentString(`
    query InboxTestList($status: ConversationStatus, $search: String, $first: Int, $after: String) {
  inbox(status: $status, search: $search, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        company {
          id
          name
          nip
        }
        status
        awaitingReplySince
        closedAt
        unreadFromClientCount
        lastMessage {
          id
          body
        }
        lastClientMessage {
          id
          body
          direction
          author {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InboxTestListQuery, InboxTestListQueryVariables>;
export const InboxTestAskDocument = new TypedDocumentString(`
    mutation InboxTestAsk($input: SendMessageInput!) {
  sendMessage(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<InboxTestAskMutation, InboxTestAskMutationVariables>;
export const InboxTestNotifyDocument = new TypedDocumentString(`
    mutation InboxTestNotify($input: SendBulkNotificationInput!) {
  sendBulkNotification(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<InboxTestNotifyMutation, InboxTestNotifyMutationVariables>;
export const InboxTestCloseDocument = new TypedDocumentString(`
    mutation InboxTestClose($companyId: ID!) {
  closeConversation(companyId: $companyId) {
    status
    closedAt
    awaitingReplySince
    company {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<InboxTestCloseMutation, InboxTestCloseMutationVariables>;
export const InboxTestReopenDocument = new TypedDocumentString(`
    mutation InboxTestReopen($companyId: ID!) {
  reopenConversation(companyId: $companyId) {
    status
    closedAt
    awaitingReplySince
    company {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<InboxTestReopenMutation, InboxTestReopenMutationVariables>;
export const AuthzThreadUsersDocument = new TypedDocumentString(`
    query AuthzThreadUsers($companyId: ID!) {
  messages(companyId: $companyId, first: 100) {
    edges {
      node {
        author {
          id
          companies {
            id
            name
          }
        }
        receipts {
          user {
            id
            companies {
              id
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzThreadUsersQuery, AuthzThreadUsersQueryVariables>;
export const AuthzInboxDocument = new TypedDocumentString(`
    query AuthzInbox {
  inbox(first: 100) {
    totalCount
    edges {
      node {
        company {
          id
          name
        }
        lastMessage {
          id
          body
        }
        unreadFromClientCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzInboxQuery, AuthzInboxQueryVariables>;
export const AuthzCloseConversationDocument = new TypedDocumentString(`
    mutation AuthzCloseConversation($companyId: ID!) {
  closeConversation(companyId: $companyId) {
    status
    company {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzCloseConversationMutation, AuthzCloseConversationMutationVariables>;
export const AuthzReopenConversationDocument = new TypedDocumentString(`
    mutation AuthzReopenConversation($companyId: ID!) {
  reopenConversation(companyId: $companyId) {
    status
    company {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzReopenConversationMutation, AuthzReopenConversationMutationVariables>;
export const ThreadTestSendDocument = new TypedDocumentString(`
    mutation ThreadTestSend($input: SendMessageInput!) {
  sendMessage(input: $input) {
    id
    kind
    direction
    body
    author {
      id
    }
    company {
      id
    }
    readByMe
  }
}
    `) as unknown as TypedDocumentString<ThreadTestSendMutation, ThreadTestSendMutationVariables>;
export const ThreadTestMessagesDocument = new TypedDocumentString(`
    query ThreadTestMessages($id: ID!, $first: Int, $after: String) {
  messages(companyId: $id, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        body
        kind
        direction
        readByMe
        receipts {
          user {
            id
          }
          readAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadTestMessagesQuery, ThreadTestMessagesQueryVariables>;
export const ThreadTestInboxDocument = new TypedDocumentString(`
    query ThreadTestInbox {
  inbox(first: 10) {
    totalCount
    edges {
      node {
        company {
          id
        }
        unreadFromClientCount
        lastActivityAt
        lastMessage {
          body
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadTestInboxQuery, ThreadTestInboxQueryVariables>;
export const ThreadTestMarkReadDocument = new TypedDocumentString(`
    mutation ThreadTestMarkRead($id: ID!) {
  markMessagesRead(companyId: $id)
}
    `) as unknown as TypedDocumentString<ThreadTestMarkReadMutation, ThreadTestMarkReadMutationVariables>;
export const ThreadTestMarkIdsDocument = new TypedDocumentString(`
    mutation ThreadTestMarkIds($id: ID!, $ids: [ID!]) {
  markMessagesRead(companyId: $id, messageIds: $ids)
}
    `) as unknown as TypedDocumentString<ThreadTestMarkIdsMutation, ThreadTestMarkIdsMutationVariables>;
export const ThreadTestUnreadCountDocument = new TypedDocumentString(`
    query ThreadTestUnreadCount {
  unreadCount
}
    `) as unknown as TypedDocumentString<ThreadTestUnreadCountQuery, ThreadTestUnreadCountQueryVariables>;
export const ThreadTestUnreadCountOfDocument = new TypedDocumentString(`
    query ThreadTestUnreadCountOf($id: ID) {
  unreadCount(companyId: $id)
}
    `) as unknown as TypedDocumentString<ThreadTestUnreadCountOfQuery, ThreadTestUnreadCountOfQueryVariables>;
export const AuthzOfficesDocument = new TypedDocumentString(`
    query AuthzOffices {
  offices(status: VERIFIED, first: 100) {
    edges {
      node {
        id
        name
        verification
        smtpConfigured
        canSendEmail
        smtpIntegration {
          host
          port
          username
          fromAddress
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzOfficesQuery, AuthzOfficesQueryVariables>;
export const AuthzSetOfficeVerificationDocument = new TypedDocumentString(`
    mutation AuthzSetOfficeVerification($officeId: ID!, $status: OfficeVerification!) {
  setOfficeVerification(officeId: $officeId, status: $status) {
    id
    verification
  }
}
    `) as unknown as TypedDocumentString<AuthzSetOfficeVerificationMutation, AuthzSetOfficeVerificationMutationVariables>;
export const AuthzTestSmtpIntegrationDocument = new TypedDocumentString(`
    mutation AuthzTestSmtpIntegration {
  testSmtpIntegration
}
    `) as unknown as TypedDocumentString<AuthzTestSmtpIntegrationMutation, AuthzTestSmtpIntegrationMutationVariables>;
export const AuthzSignUpOfficeDocument = new TypedDocumentString(`
    mutation AuthzSignUpOffice($input: SignUpOfficeInput!) {
  signUpOffice(input: $input) {
    token
    user {
      email
      role
      office {
        id
        verification
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzSignUpOfficeMutation, AuthzSignUpOfficeMutationVariables>;
export const AuthzSetOfficeLogoDocument = new TypedDocumentString(`
    mutation AuthzSetOfficeLogo($uploadId: ID) {
  setOfficeLogo(uploadId: $uploadId) {
    id
    logo {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzSetOfficeLogoMutation, AuthzSetOfficeLogoMutationVariables>;
export const AuthzRequestOfficeVerificationDocument = new TypedDocumentString(`
    mutation AuthzRequestOfficeVerification {
  requestOfficeVerification {
    id
    verification
  }
}
    `) as unknown as TypedDocumentString<AuthzRequestOfficeVerificationMutation, AuthzRequestOfficeVerificationMutationVariables>;
export const LogoSetDocument = new TypedDocumentString(`
    mutation LogoSet($uploadId: ID) {
  setOfficeLogo(uploadId: $uploadId) {
    id
    logo {
      id
      filename
      contentType
      size
    }
  }
}
    `) as unknown as TypedDocumentString<LogoSetMutation, LogoSetMutationVariables>;
export const LogoOfOfficeDocument = new TypedDocumentString(`
    query LogoOfOffice {
  me {
    office {
      logo {
        id
        contentType
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LogoOfOfficeQuery, LogoOfOfficeQueryVariables>;
export const LogoSetSmtpDocument = new TypedDocumentString(`
    mutation LogoSetSmtp($input: SmtpIntegrationInput!) {
  updateSmtpIntegration(input: $input) {
    host
  }
}
    `) as unknown as TypedDocumentString<LogoSetSmtpMutation, LogoSetSmtpMutationVariables>;
export const LogoSendEmailDocument = new TypedDocumentString(`
    mutation LogoSendEmail($input: SendEmailInput!) {
  sendEmail(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LogoSendEmailMutation, LogoSendEmailMutationVariables>;
export const LogoProgressDocument = new TypedDocumentString(`
    query LogoProgress($id: ID!) {
  broadcast(id: $id) {
    queuedCount
    sentCount
    failedCount
  }
}
    `) as unknown as TypedDocumentString<LogoProgressQuery, LogoProgressQueryVariables>;
export const OfficeStaffDocument = new TypedDocumentString(`
    query OfficeStaff {
  me {
    office {
      staff {
        id
        name
        role
        deactivatedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OfficeStaffQuery, OfficeStaffQueryVariables>;
export const OfficeStaffAsAdminDocument = new TypedDocumentString(`
    query OfficeStaffAsAdmin {
  offices(first: 100) {
    edges {
      node {
        id
        staff {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OfficeStaffAsAdminQuery, OfficeStaffAsAdminQueryVariables>;
export const OfficeStaffDeactivateDocument = new TypedDocumentString(`
    mutation OfficeStaffDeactivate($id: ID!) {
  deactivateUser(id: $id) {
    id
    deactivatedAt
  }
}
    `) as unknown as TypedDocumentString<OfficeStaffDeactivateMutation, OfficeStaffDeactivateMutationVariables>;
export const OfficeStaffAssignDocument = new TypedDocumentString(`
    mutation OfficeStaffAssign($companyIds: [ID!]!, $caretakerId: ID) {
  assignCaretaker(companyIds: $companyIds, caretakerId: $caretakerId)
}
    `) as unknown as TypedDocumentString<OfficeStaffAssignMutation, OfficeStaffAssignMutationVariables>;
export const SignUpOfficeDocument = new TypedDocumentString(`
    mutation SignUpOffice($input: SignUpOfficeInput!) {
  signUpOffice(input: $input) {
    token
    user {
      id
      email
      name
      role
      office {
        id
        name
        nip
        verification
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SignUpOfficeMutation, SignUpOfficeMutationVariables>;
export const SignUpLoginDocument = new TypedDocumentString(`
    mutation SignUpLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    user {
      id
      role
      office {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SignUpLoginMutation, SignUpLoginMutationVariables>;
export const SignUpMeDocument = new TypedDocumentString(`
    query SignUpMe {
  me {
    id
    email
    office {
      id
      verification
    }
  }
}
    `) as unknown as TypedDocumentString<SignUpMeQuery, SignUpMeQueryVariables>;
export const SignUpRequestVerificationDocument = new TypedDocumentString(`
    mutation SignUpRequestVerification {
  requestOfficeVerification {
    id
    verification
  }
}
    `) as unknown as TypedDocumentString<SignUpRequestVerificationMutation, SignUpRequestVerificationMutationVariables>;
export const SignUpSetVerificationDocument = new TypedDocumentString(`
    mutation SignUpSetVerification($officeId: ID!, $status: OfficeVerification!) {
  setOfficeVerification(officeId: $officeId, status: $status) {
    id
    verification
  }
}
    `) as unknown as TypedDocumentString<SignUpSetVerificationMutation, SignUpSetVerificationMutationVariables>;
export const SignUpOfficesDocument = new TypedDocumentString(`
    query SignUpOffices($status: OfficeVerification, $first: Int, $after: String) {
  offices(status: $status, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        name
        nip
        verification
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SignUpOfficesQuery, SignUpOfficesQueryVariables>;
export const SignUpSessionsDocument = new TypedDocumentString(`
    query SignUpSessions {
  mySessions {
    userAgent
    current
  }
}
    `) as unknown as TypedDocumentString<SignUpSessionsQuery, SignUpSessionsQueryVariables>;
export const SmtpChangesUpdateDocument = new TypedDocumentString(`
    mutation SmtpChangesUpdate($input: SmtpIntegrationInput!) {
  updateSmtpIntegration(input: $input) {
    host
  }
}
    `) as unknown as TypedDocumentString<SmtpChangesUpdateMutation, SmtpChangesUpdateMutationVariables>;
export const SmtpChangesOfficesDocument = new TypedDocumentString(`
    query SmtpChangesOffices($after: String) {
  offices(first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        verification
        smtpChangedAt
        smtpChanges {
          createdAt
          verification
          host
          port
          username
          previousHost
          previousPort
          previousUsername
          changedBy {
            id
            email
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SmtpChangesOfficesQuery, SmtpChangesOfficesQueryVariables>;
export const SmtpChangesMyOfficeDocument = new TypedDocumentString(`
    query SmtpChangesMyOffice {
  me {
    office {
      id
      smtpChangedAt
      smtpChanges {
        host
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SmtpChangesMyOfficeQuery, SmtpChangesMyOfficeQueryVariables>;
export const AuthzPrintoutOptionsDocument = new TypedDocumentString(`
    query AuthzPrintoutOptions($companyIds: [ID!]!, $period: String!) {
  printoutOptions(companyIds: $companyIds, period: $period) {
    kind
    label
    companyCount
  }
}
    `) as unknown as TypedDocumentString<AuthzPrintoutOptionsQuery, AuthzPrintoutOptionsQueryVariables>;
export const PrintoutOptionsDocument = new TypedDocumentString(`
    query PrintoutOptions($companyIds: [ID!]!, $period: String!) {
  printoutOptions(companyIds: $companyIds, period: $period) {
    kind
    label
    companyCount
  }
}
    `) as unknown as TypedDocumentString<PrintoutOptionsQuery, PrintoutOptionsQueryVariables>;
export const PrintoutOptionsConcernedDocument = new TypedDocumentString(`
    query PrintoutOptionsConcerned($companyIds: [ID!]!, $period: String!) {
  printoutOptions(companyIds: $companyIds, period: $period) {
    kind
    companyCount
    companyIds
  }
}
    `) as unknown as TypedDocumentString<PrintoutOptionsConcernedQuery, PrintoutOptionsConcernedQueryVariables>;
export const LiveScaleUnreadDocument = new TypedDocumentString(`
    subscription LiveScaleUnread($companyId: ID) {
  unreadCountChanged(companyId: $companyId) {
    count
  }
}
    `) as unknown as TypedDocumentString<LiveScaleUnreadSubscription, LiveScaleUnreadSubscriptionVariables>;
export const LiveScaleInboxDocument = new TypedDocumentString(`
    subscription LiveScaleInbox {
  messageAdded {
    id
    body
    company {
      id
      name
    }
    author {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<LiveScaleInboxSubscription, LiveScaleInboxSubscriptionVariables>;
export const LiveScaleThreadDocument = new TypedDocumentString(`
    subscription LiveScaleThread($companyId: ID!) {
  messageAdded(companyId: $companyId) {
    id
    body
    company {
      name
    }
    author {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<LiveScaleThreadSubscription, LiveScaleThreadSubscriptionVariables>;
export const LiveScaleReceiptsDocument = new TypedDocumentString(`
    subscription LiveScaleReceipts {
  messageRead {
    readAt
    user {
      id
    }
    message {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LiveScaleReceiptsSubscription, LiveScaleReceiptsSubscriptionVariables>;
export const LiveScaleNotifyDocument = new TypedDocumentString(`
    mutation LiveScaleNotify($input: SendBulkNotificationInput!) {
  sendBulkNotification(input: $input) {
    id
    recipientCount
  }
}
    `) as unknown as TypedDocumentString<LiveScaleNotifyMutation, LiveScaleNotifyMutationVariables>;
export const LiveScaleAskDocument = new TypedDocumentString(`
    mutation LiveScaleAsk($input: SendMessageInput!) {
  sendMessage(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LiveScaleAskMutation, LiveScaleAskMutationVariables>;
export const LiveScaleMarkReadDocument = new TypedDocumentString(`
    mutation LiveScaleMarkRead($id: ID!, $ids: [ID!]) {
  markMessagesRead(companyId: $id, messageIds: $ids)
}
    `) as unknown as TypedDocumentString<LiveScaleMarkReadMutation, LiveScaleMarkReadMutationVariables>;
export const LiveScaleCountDocument = new TypedDocumentString(`
    query LiveScaleCount($companyId: ID) {
  unreadCount(companyId: $companyId)
}
    `) as unknown as TypedDocumentString<LiveScaleCountQuery, LiveScaleCountQueryVariables>;
export const LiveScaleCompanyUnreadDocument = new TypedDocumentString(`
    query LiveScaleCompanyUnread($id: ID!) {
  company(id: $id) {
    unreadFromClientCount
  }
}
    `) as unknown as TypedDocumentString<LiveScaleCompanyUnreadQuery, LiveScaleCompanyUnreadQueryVariables>;
export const LiveScaleThreadReadsDocument = new TypedDocumentString(`
    query LiveScaleThreadReads($id: ID!) {
  messages(companyId: $id, first: 3) {
    edges {
      node {
        id
        readByMe
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LiveScaleThreadReadsQuery, LiveScaleThreadReadsQueryVariables>;
export const LiveUpdatesUnreadDocument = new TypedDocumentString(`
    subscription LiveUpdatesUnread {
  unreadCountChanged {
    count
    companyId
  }
}
    `) as unknown as TypedDocumentString<LiveUpdatesUnreadSubscription, LiveUpdatesUnreadSubscriptionVariables>;
export const LiveUpdatesMessageReadDocument = new TypedDocumentString(`
    subscription LiveUpdatesMessageRead($companyId: ID) {
  messageRead(companyId: $companyId) {
    readAt
    user {
      id
    }
    message {
      id
      body
    }
  }
}
    `) as unknown as TypedDocumentString<LiveUpdatesMessageReadSubscription, LiveUpdatesMessageReadSubscriptionVariables>;
export const LiveUpdatesMessageAddedDocument = new TypedDocumentString(`
    subscription LiveUpdatesMessageAdded($companyId: ID) {
  messageAdded(companyId: $companyId) {
    id
    body
    kind
    company {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LiveUpdatesMessageAddedSubscription, LiveUpdatesMessageAddedSubscriptionVariables>;
export const LiveUpdatesNotifyDocument = new TypedDocumentString(`
    mutation LiveUpdatesNotify($input: SendBulkNotificationInput!) {
  sendBulkNotification(input: $input) {
    id
    recipientCount
  }
}
    `) as unknown as TypedDocumentString<LiveUpdatesNotifyMutation, LiveUpdatesNotifyMutationVariables>;
export const LiveUpdatesThreadDocument = new TypedDocumentString(`
    query LiveUpdatesThread($id: ID!) {
  messages(companyId: $id) {
    edges {
      node {
        id
        readByMe
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LiveUpdatesThreadQuery, LiveUpdatesThreadQueryVariables>;
export const LiveUpdatesMarkReadDocument = new TypedDocumentString(`
    mutation LiveUpdatesMarkRead($id: ID!) {
  markMessagesRead(companyId: $id)
}
    `) as unknown as TypedDocumentString<LiveUpdatesMarkReadMutation, LiveUpdatesMarkReadMutationVariables>;
export const LiveUpdatesSendDocument = new TypedDocumentString(`
    mutation LiveUpdatesSend($input: SendMessageInput!) {
  sendMessage(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LiveUpdatesSendMutation, LiveUpdatesSendMutationVariables>;
export const LiveUpdatesUnreadCountDocument = new TypedDocumentString(`
    query LiveUpdatesUnreadCount {
  unreadCount
}
    `) as unknown as TypedDocumentString<LiveUpdatesUnreadCountQuery, LiveUpdatesUnreadCountQueryVariables>;
export const AuthzUnreadCountDocument = new TypedDocumentString(`
    query AuthzUnreadCount($companyId: ID) {
  unreadCount(companyId: $companyId)
}
    `) as unknown as TypedDocumentString<AuthzUnreadCountQuery, AuthzUnreadCountQueryVariables>;
export const AuthzMarkMessagesReadDocument = new TypedDocumentString(`
    mutation AuthzMarkMessagesRead($companyId: ID!) {
  markMessagesRead(companyId: $companyId)
}
    `) as unknown as TypedDocumentString<AuthzMarkMessagesReadMutation, AuthzMarkMessagesReadMutationVariables>;
export const AuthzMessageReadDocument = new TypedDocumentString(`
    subscription AuthzMessageRead($companyId: ID) {
  messageRead(companyId: $companyId) {
    readAt
    user {
      id
    }
    message {
      id
      body
      company {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzMessageReadSubscription, AuthzMessageReadSubscriptionVariables>;
export const AuthzUnreadCountChangedDocument = new TypedDocumentString(`
    subscription AuthzUnreadCountChanged($companyId: ID) {
  unreadCountChanged(companyId: $companyId) {
    count
    companyId
  }
}
    `) as unknown as TypedDocumentString<AuthzUnreadCountChangedSubscription, AuthzUnreadCountChangedSubscriptionVariables>;
export const AuthzMessageTemplatesDocument = new TypedDocumentString(`
    query AuthzMessageTemplates {
  messageTemplates {
    id
    name
    html
  }
}
    `) as unknown as TypedDocumentString<AuthzMessageTemplatesQuery, AuthzMessageTemplatesQueryVariables>;
export const AuthzCreateMessageTemplateDocument = new TypedDocumentString(`
    mutation AuthzCreateMessageTemplate($input: MessageTemplateInput!) {
  createMessageTemplate(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AuthzCreateMessageTemplateMutation, AuthzCreateMessageTemplateMutationVariables>;
export const AuthzUpdateMessageTemplateDocument = new TypedDocumentString(`
    mutation AuthzUpdateMessageTemplate($id: ID!, $input: MessageTemplateInput!) {
  updateMessageTemplate(id: $id, input: $input) {
    id
    name
    html
  }
}
    `) as unknown as TypedDocumentString<AuthzUpdateMessageTemplateMutation, AuthzUpdateMessageTemplateMutationVariables>;
export const AuthzDeleteMessageTemplateDocument = new TypedDocumentString(`
    mutation AuthzDeleteMessageTemplate($id: ID!) {
  deleteMessageTemplate(id: $id)
}
    `) as unknown as TypedDocumentString<AuthzDeleteMessageTemplateMutation, AuthzDeleteMessageTemplateMutationVariables>;
export const AuthzPreviewMessageDocument = new TypedDocumentString(`
    query AuthzPreviewMessage($input: MessagePreviewInput!) {
  previewMessage(input: $input) {
    subject
    html
    body
    missing
  }
}
    `) as unknown as TypedDocumentString<AuthzPreviewMessageQuery, AuthzPreviewMessageQueryVariables>;
export const TplScaleCreateDocument = new TypedDocumentString(`
    mutation TplScaleCreate($input: MessageTemplateInput!) {
  createMessageTemplate(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<TplScaleCreateMutation, TplScaleCreateMutationVariables>;
export const TplScaleNotifyDocument = new TypedDocumentString(`
    mutation TplScaleNotify($input: SendBulkNotificationInput!) {
  sendBulkNotification(input: $input) {
    id
    recipientCount
  }
}
    `) as unknown as TypedDocumentString<TplScaleNotifyMutation, TplScaleNotifyMutationVariables>;
export const TplListDocument = new TypedDocumentString(`
    query TplList {
  messageTemplates {
    id
    name
    kind
    subject
    html
    updatedAt
    author {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<TplListQuery, TplListQueryVariables>;
export const TplCreateDocument = new TypedDocumentString(`
    mutation TplCreate($input: MessageTemplateInput!) {
  createMessageTemplate(input: $input) {
    id
    name
    kind
    subject
    html
    author {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TplCreateMutation, TplCreateMutationVariables>;
export const TplUpdateDocument = new TypedDocumentString(`
    mutation TplUpdate($id: ID!, $input: MessageTemplateInput!) {
  updateMessageTemplate(id: $id, input: $input) {
    id
    name
    subject
    html
  }
}
    `) as unknown as TypedDocumentString<TplUpdateMutation, TplUpdateMutationVariables>;
export const TplDeleteDocument = new TypedDocumentString(`
    mutation TplDelete($id: ID!) {
  deleteMessageTemplate(id: $id)
}
    `) as unknown as TypedDocumentString<TplDeleteMutation, TplDeleteMutationVariables>;
export const TplPreviewDocument = new TypedDocumentString(`
    query TplPreview($input: MessagePreviewInput!) {
  previewMessage(input: $input) {
    subject
    html
    body
    missing
  }
}
    `) as unknown as TypedDocumentString<TplPreviewQuery, TplPreviewQueryVariables>;
export const TplNotifyDocument = new TypedDocumentString(`
    mutation TplNotify($input: SendBulkNotificationInput!) {
  sendBulkNotification(input: $input) {
    id
    recipientCount
    subject
  }
}
    `) as unknown as TypedDocumentString<TplNotifyMutation, TplNotifyMutationVariables>;
export const TplEmailDocument = new TypedDocumentString(`
    mutation TplEmail($input: SendEmailInput!) {
  sendEmail(input: $input) {
    id
    recipientCount
  }
}
    `) as unknown as TypedDocumentString<TplEmailMutation, TplEmailMutationVariables>;
export const TplThreadDocument = new TypedDocumentString(`
    query TplThread($companyId: ID!) {
  messages(companyId: $companyId, first: 5) {
    edges {
      node {
        subject
        body
        html
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TplThreadQuery, TplThreadQueryVariables>;
export const TplSmtpDocument = new TypedDocumentString(`
    mutation TplSmtp($input: SmtpIntegrationInput!) {
  updateSmtpIntegration(input: $input) {
    host
  }
}
    `) as unknown as TypedDocumentString<TplSmtpMutation, TplSmtpMutationVariables>;
export const TplProgressDocument = new TypedDocumentString(`
    query TplProgress($id: ID!) {
  broadcast(id: $id) {
    queuedCount
    sentCount
    failedCount
  }
}
    `) as unknown as TypedDocumentString<TplProgressQuery, TplProgressQueryVariables>;
export const AuthzWebhooksDocument = new TypedDocumentString(`
    query AuthzWebhooks {
  webhooks {
    id
    url
    secret
  }
}
    `) as unknown as TypedDocumentString<AuthzWebhooksQuery, AuthzWebhooksQueryVariables>;
export const AuthzCreateWebhookDocument = new TypedDocumentString(`
    mutation AuthzCreateWebhook($input: CreateWebhookInput!) {
  createWebhook(input: $input) {
    id
    url
    secret
  }
}
    `) as unknown as TypedDocumentString<AuthzCreateWebhookMutation, AuthzCreateWebhookMutationVariables>;
export const AuthzDeleteWebhookDocument = new TypedDocumentString(`
    mutation AuthzDeleteWebhook($id: ID!) {
  deleteWebhook(id: $id)
}
    `) as unknown as TypedDocumentString<AuthzDeleteWebhookMutation, AuthzDeleteWebhookMutationVariables>;
export const AuthzWebhookDeliveriesDocument = new TypedDocumentString(`
    query AuthzWebhookDeliveries($webhookId: ID!) {
  webhookDeliveries(webhookId: $webhookId) {
    totalCount
    edges {
      node {
        id
        event
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzWebhookDeliveriesQuery, AuthzWebhookDeliveriesQueryVariables>;
export const AuthzWebhookApiTokenDocument = new TypedDocumentString(`
    mutation AuthzWebhookApiToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<AuthzWebhookApiTokenMutation, AuthzWebhookApiTokenMutationVariables>;
export const HookRestartCreateDocument = new TypedDocumentString(`
    mutation HookRestartCreate($input: CreateWebhookInput!) {
  createWebhook(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<HookRestartCreateMutation, HookRestartCreateMutationVariables>;
export const HookRestartNotifyDocument = new TypedDocumentString(`
    mutation HookRestartNotify($input: SendBulkNotificationInput!) {
  sendBulkNotification(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<HookRestartNotifyMutation, HookRestartNotifyMutationVariables>;
export const HookScaleCreateDocument = new TypedDocumentString(`
    mutation HookScaleCreate($input: CreateWebhookInput!) {
  createWebhook(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<HookScaleCreateMutation, HookScaleCreateMutationVariables>;
export const HookScaleNotifyDocument = new TypedDocumentString(`
    mutation HookScaleNotify($input: SendBulkNotificationInput!) {
  sendBulkNotification(input: $input) {
    id
    recipientCount
  }
}
    `) as unknown as TypedDocumentString<HookScaleNotifyMutation, HookScaleNotifyMutationVariables>;
export const HookCreateDocument = new TypedDocumentString(`
    mutation HookCreate($input: CreateWebhookInput!) {
  createWebhook(input: $input) {
    id
    url
    events
    secret
    disabledAt
    failureCount
    lastDeliveryAt
    createdAt
  }
}
    `) as unknown as TypedDocumentString<HookCreateMutation, HookCreateMutationVariables>;
export const HookListDocument = new TypedDocumentString(`
    query HookList {
  webhooks {
    id
    url
    events
    secret
    disabledAt
    failureCount
    lastDeliveryAt
  }
}
    `) as unknown as TypedDocumentString<HookListQuery, HookListQueryVariables>;
export const HookDeleteDocument = new TypedDocumentString(`
    mutation HookDelete($id: ID!) {
  deleteWebhook(id: $id)
}
    `) as unknown as TypedDocumentString<HookDeleteMutation, HookDeleteMutationVariables>;
export const HookDeliveriesDocument = new TypedDocumentString(`
    query HookDeliveries($webhookId: ID!, $first: Int, $after: String) {
  webhookDeliveries(webhookId: $webhookId, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        event
        status
        attempts
        responseStatus
        error
        createdAt
        deliveredAt
        nextAttemptAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HookDeliveriesQuery, HookDeliveriesQueryVariables>;
export const HookNotifyDocument = new TypedDocumentString(`
    mutation HookNotify($input: SendBulkNotificationInput!) {
  sendBulkNotification(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<HookNotifyMutation, HookNotifyMutationVariables>;
export const HookAcknowledgeDocument = new TypedDocumentString(`
    mutation HookAcknowledge($id: ID!) {
  acknowledgeMessage(id: $id) {
    id
    acknowledgedAt
  }
}
    `) as unknown as TypedDocumentString<HookAcknowledgeMutation, HookAcknowledgeMutationVariables>;
export const HookAskDocument = new TypedDocumentString(`
    mutation HookAsk($input: SendMessageInput!) {
  sendMessage(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<HookAskMutation, HookAskMutationVariables>;
export const HookReadDocument = new TypedDocumentString(`
    mutation HookRead($companyId: ID!) {
  markMessagesRead(companyId: $companyId)
}
    `) as unknown as TypedDocumentString<HookReadMutation, HookReadMutationVariables>;
export const HookSmtpDocument = new TypedDocumentString(`
    mutation HookSmtp($input: SmtpIntegrationInput!) {
  updateSmtpIntegration(input: $input) {
    host
  }
}
    `) as unknown as TypedDocumentString<HookSmtpMutation, HookSmtpMutationVariables>;
export const HookEmailDocument = new TypedDocumentString(`
    mutation HookEmail($input: SendEmailInput!) {
  sendEmail(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<HookEmailMutation, HookEmailMutationVariables>;
export const AuthzCompanyDocument = new TypedDocumentString(`
    query AuthzCompany($id: ID!) {
  company(id: $id) {
    id
    name
    nip
    email
    caretaker {
      id
    }
    lastMessage {
      id
      body
    }
    unreadFromClientCount
  }
}
    `) as unknown as TypedDocumentString<AuthzCompanyQuery, AuthzCompanyQueryVariables>;
export const AuthzMessagesDocument = new TypedDocumentString(`
    query AuthzMessages($companyId: ID!, $after: String) {
  messages(companyId: $companyId, first: 100, after: $after) {
    totalCount
    edges {
      cursor
      node {
        id
        body
        company {
          id
          name
        }
        attachments {
          id
          filename
          url
        }
        receipts {
          user {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzMessagesQuery, AuthzMessagesQueryVariables>;
export const AuthzSendMessageDocument = new TypedDocumentString(`
    mutation AuthzSendMessage($input: SendMessageInput!) {
  sendMessage(input: $input) {
    id
    body
    company {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzSendMessageMutation, AuthzSendMessageMutationVariables>;
export const AuthzSendBulkNotificationDocument = new TypedDocumentString(`
    mutation AuthzSendBulkNotification($input: SendBulkNotificationInput!) {
  sendBulkNotification(input: $input) {
    id
    recipientCount
  }
}
    `) as unknown as TypedDocumentString<AuthzSendBulkNotificationMutation, AuthzSendBulkNotificationMutationVariables>;
export const AuthzMessageAddedDocument = new TypedDocumentString(`
    subscription AuthzMessageAdded($companyId: ID) {
  messageAdded(companyId: $companyId) {
    id
    body
    company {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzMessageAddedSubscription, AuthzMessageAddedSubscriptionVariables>;
export const AuthzUpdateSmtpIntegrationDocument = new TypedDocumentString(`
    mutation AuthzUpdateSmtpIntegration($input: SmtpIntegrationInput!) {
  updateSmtpIntegration(input: $input) {
    host
    port
    username
    fromAddress
    fromName
    lastTestedAt
  }
}
    `) as unknown as TypedDocumentString<AuthzUpdateSmtpIntegrationMutation, AuthzUpdateSmtpIntegrationMutationVariables>;
export const AuthzSendEmailDocument = new TypedDocumentString(`
    mutation AuthzSendEmail($input: SendEmailInput!) {
  sendEmail(input: $input) {
    id
    subject
    recipientCount
    queuedCount
    deliveries {
      totalCount
      edges {
        node {
          toAddress
          company {
            id
            name
          }
          message {
            subject
            body
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzSendEmailMutation, AuthzSendEmailMutationVariables>;
export const AuthzEmailBroadcastDocument = new TypedDocumentString(`
    query AuthzEmailBroadcast($id: ID!) {
  broadcast(id: $id) {
    id
    subject
    recipientCount
    queuedCount
    sentCount
    failedCount
    deliveries {
      totalCount
      edges {
        node {
          status
          toAddress
          company {
            id
            name
            nip
          }
          message {
            subject
            body
            attachments {
              id
              url
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzEmailBroadcastQuery, AuthzEmailBroadcastQueryVariables>;
export const AuthzCompanyRecordsDocument = new TypedDocumentString(`
    query AuthzCompanyRecords($id: ID!) {
  company(id: $id) {
    id
    emails(first: 100) {
      totalCount
      edges {
        node {
          id
          subject
          body
          attachments {
            id
            url
          }
        }
      }
    }
    declarations {
      id
      type
      period
      upo {
        referenceNumber
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzCompanyRecordsQuery, AuthzCompanyRecordsQueryVariables>;
export const AuthzImportLedgerEntriesDocument = new TypedDocumentString(`
    mutation AuthzImportLedgerEntries($companyId: ID!, $entries: [LedgerEntryInput!]!) {
  importLedgerEntries(companyId: $companyId, entries: $entries)
}
    `) as unknown as TypedDocumentString<AuthzImportLedgerEntriesMutation, AuthzImportLedgerEntriesMutationVariables>;
export const AuthzUpsertDeclarationDocument = new TypedDocumentString(`
    mutation AuthzUpsertDeclaration($input: DeclarationInput!) {
  upsertDeclaration(input: $input) {
    id
    type
    period
    status
    taxBase
  }
}
    `) as unknown as TypedDocumentString<AuthzUpsertDeclarationMutation, AuthzUpsertDeclarationMutationVariables>;
export const AckBrowserLatestDocument = new TypedDocumentString(`
    query AckBrowserLatest {
  broadcasts(first: 2) {
    edges {
      node {
        id
        requireAcknowledgment
        acknowledgedCount
        recipientCount
        remindsOf {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AckBrowserLatestQuery, AckBrowserLatestQueryVariables>;
export const AckBrowserThreadDocument = new TypedDocumentString(`
    query AckBrowserThread($companyId: ID!) {
  messages(companyId: $companyId, first: 5) {
    edges {
      node {
        body
        acknowledgedAt
        acknowledgedBy {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AckBrowserThreadQuery, AckBrowserThreadQueryVariables>;
export const BrowserAlertsMineDocument = new TypedDocumentString(`
    query BrowserAlertsMine {
  me {
    notificationPreferences {
      newMessages
    }
  }
}
    `) as unknown as TypedDocumentString<BrowserAlertsMineQuery, BrowserAlertsMineQueryVariables>;
export const CompanyListBrowserAskDocument = new TypedDocumentString(`
    mutation CompanyListBrowserAsk($input: SendMessageInput!) {
  sendMessage(input: $input) {
    id
    createdAt
  }
}
    `) as unknown as TypedDocumentString<CompanyListBrowserAskMutation, CompanyListBrowserAskMutationVariables>;
export const CompanyListBrowserEmailDocument = new TypedDocumentString(`
    mutation CompanyListBrowserEmail($input: SendEmailInput!) {
  sendEmail(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CompanyListBrowserEmailMutation, CompanyListBrowserEmailMutationVariables>;
export const CompanyListBrowserSmtpDocument = new TypedDocumentString(`
    mutation CompanyListBrowserSmtp($input: SmtpIntegrationInput!) {
  updateSmtpIntegration(input: $input) {
    host
  }
}
    `) as unknown as TypedDocumentString<CompanyListBrowserSmtpMutation, CompanyListBrowserSmtpMutationVariables>;
export const CompanyListBrowserDemoLoginDocument = new TypedDocumentString(`
    mutation CompanyListBrowserDemoLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
  }
}
    `) as unknown as TypedDocumentString<CompanyListBrowserDemoLoginMutation, CompanyListBrowserDemoLoginMutationVariables>;
export const CompanyListBrowserPrintoutsSentDocument = new TypedDocumentString(`
    query CompanyListBrowserPrintoutsSent($id: ID!) {
  company(id: $id) {
    lastPrintoutEmail {
      delivery {
        sentAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompanyListBrowserPrintoutsSentQuery, CompanyListBrowserPrintoutsSentQueryVariables>;
export const DeadlineBrowserTemplateDocument = new TypedDocumentString(`
    mutation DeadlineBrowserTemplate($input: MessageTemplateInput!) {
  createMessageTemplate(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeadlineBrowserTemplateMutation, DeadlineBrowserTemplateMutationVariables>;
export const BrowserEmailSmtpDocument = new TypedDocumentString(`
    mutation BrowserEmailSmtp($input: SmtpIntegrationInput!) {
  updateSmtpIntegration(input: $input) {
    host
  }
}
    `) as unknown as TypedDocumentString<BrowserEmailSmtpMutation, BrowserEmailSmtpMutationVariables>;
export const BrowserEmailLogoDocument = new TypedDocumentString(`
    mutation BrowserEmailLogo($uploadId: ID) {
  setOfficeLogo(uploadId: $uploadId) {
    id
  }
}
    `) as unknown as TypedDocumentString<BrowserEmailLogoMutation, BrowserEmailLogoMutationVariables>;
export const BrowserEmailSendDocument = new TypedDocumentString(`
    mutation BrowserEmailSend($input: SendEmailInput!) {
  sendEmail(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BrowserEmailSendMutation, BrowserEmailSendMutationVariables>;
export const BrowserEmailProgressDocument = new TypedDocumentString(`
    query BrowserEmailProgress($id: ID!) {
  broadcast(id: $id) {
    queuedCount
    sentCount
  }
}
    `) as unknown as TypedDocumentString<BrowserEmailProgressQuery, BrowserEmailProgressQueryVariables>;
export const FlowsUnreadDocument = new TypedDocumentString(`
    query FlowsUnread($id: ID!) {
  unreadCount(companyId: $id)
}
    `) as unknown as TypedDocumentString<FlowsUnreadQuery, FlowsUnreadQueryVariables>;
export const FlowsSetSmtpDocument = new TypedDocumentString(`
    mutation FlowsSetSmtp($input: SmtpIntegrationInput!) {
  updateSmtpIntegration(input: $input) {
    host
  }
}
    `) as unknown as TypedDocumentString<FlowsSetSmtpMutation, FlowsSetSmtpMutationVariables>;
export const ReadingNotifyDocument = new TypedDocumentString(`
    mutation ReadingNotify($input: SendBulkNotificationInput!) {
  sendBulkNotification(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReadingNotifyMutation, ReadingNotifyMutationVariables>;
export const ReadingAskDocument = new TypedDocumentString(`
    mutation ReadingAsk($input: SendMessageInput!) {
  sendMessage(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReadingAskMutation, ReadingAskMutationVariables>;
export const ReadingReceiptsDocument = new TypedDocumentString(`
    query ReadingReceipts($id: ID!) {
  messages(companyId: $id, first: 100) {
    edges {
      node {
        id
        body
        receipts {
          readAt
          user {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadingReceiptsQuery, ReadingReceiptsQueryVariables>;
export const SchedBrowserLatestDocument = new TypedDocumentString(`
    query SchedBrowserLatest {
  broadcasts(first: 1) {
    edges {
      node {
        id
        status
        sendAt
        recipientCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SchedBrowserLatestQuery, SchedBrowserLatestQueryVariables>;
export const SchedBrowserNotifyDocument = new TypedDocumentString(`
    mutation SchedBrowserNotify($input: SendBulkNotificationInput!) {
  sendBulkNotification(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SchedBrowserNotifyMutation, SchedBrowserNotifyMutationVariables>;
export const SchedBrowserThreadDocument = new TypedDocumentString(`
    query SchedBrowserThread($companyId: ID!) {
  messages(companyId: $companyId, first: 5) {
    totalCount
    edges {
      node {
        body
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SchedBrowserThreadQuery, SchedBrowserThreadQueryVariables>;
export const SelectionSetSmtpDocument = new TypedDocumentString(`
    mutation SelectionSetSmtp($input: SmtpIntegrationInput!) {
  updateSmtpIntegration(input: $input) {
    host
  }
}
    `) as unknown as TypedDocumentString<SelectionSetSmtpMutation, SelectionSetSmtpMutationVariables>;
export const SentReportLatestDocument = new TypedDocumentString(`
    query SentReportLatest {
  broadcasts(first: 2) {
    edges {
      node {
        id
        readCount
        recipientCount
        remindsOf {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SentReportLatestQuery, SentReportLatestQueryVariables>;
export const SentReportThreadDocument = new TypedDocumentString(`
    query SentReportThread($companyId: ID!) {
  messages(companyId: $companyId, first: 5) {
    edges {
      node {
        body
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SentReportThreadQuery, SentReportThreadQueryVariables>;
export const SessionLogoutDocument = new TypedDocumentString(`
    mutation SessionLogout {
  logout
}
    `) as unknown as TypedDocumentString<SessionLogoutMutation, SessionLogoutMutationVariables>;
export const SessionMeDocument = new TypedDocumentString(`
    query SessionMe {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<SessionMeQuery, SessionMeQueryVariables>;
export const ChildAppSetSmtpDocument = new TypedDocumentString(`
    mutation ChildAppSetSmtp($input: SmtpIntegrationInput!) {
  updateSmtpIntegration(input: $input) {
    host
  }
}
    `) as unknown as TypedDocumentString<ChildAppSetSmtpMutation, ChildAppSetSmtpMutationVariables>;
export const FaultsDatabaseCompaniesDocument = new TypedDocumentString(`
    query FaultsDatabaseCompanies {
  companies(first: 5) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<FaultsDatabaseCompaniesQuery, FaultsDatabaseCompaniesQueryVariables>;
export const TarpitSetSmtpDocument = new TypedDocumentString(`
    mutation TarpitSetSmtp($input: SmtpIntegrationInput!) {
  updateSmtpIntegration(input: $input) {
    host
  }
}
    `) as unknown as TypedDocumentString<TarpitSetSmtpMutation, TarpitSetSmtpMutationVariables>;
export const TarpitSendEmailDocument = new TypedDocumentString(`
    mutation TarpitSendEmail($input: SendEmailInput!) {
  sendEmail(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<TarpitSendEmailMutation, TarpitSendEmailMutationVariables>;
export const TarpitCountsDocument = new TypedDocumentString(`
    query TarpitCounts($id: ID!) {
  broadcast(id: $id) {
    queuedCount
    sentCount
    failedCount
  }
}
    `) as unknown as TypedDocumentString<TarpitCountsQuery, TarpitCountsQueryVariables>;
export const RestartNotifyDocument = new TypedDocumentString(`
    mutation RestartNotify($i: SendBulkNotificationInput!) {
  sendBulkNotification(input: $i) {
    id
    recipientCount
  }
}
    `) as unknown as TypedDocumentString<RestartNotifyMutation, RestartNotifyMutationVariables>;
export const RestartSendEmailDocument = new TypedDocumentString(`
    mutation RestartSendEmail($i: SendEmailInput!) {
  sendEmail(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestartSendEmailMutation, RestartSendEmailMutationVariables>;
export const RestartThreadDocument = new TypedDocumentString(`
    query RestartThread($c: ID!) {
  messages(companyId: $c, first: 10) {
    totalCount
    edges {
      node {
        body
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RestartThreadQuery, RestartThreadQueryVariables>;
export const FaultsRolesSendEmailDocument = new TypedDocumentString(`
    mutation FaultsRolesSendEmail($i: SendEmailInput!) {
  sendEmail(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<FaultsRolesSendEmailMutation, FaultsRolesSendEmailMutationVariables>;
export const SchedRestartNotifyDocument = new TypedDocumentString(`
    mutation SchedRestartNotify($input: SendBulkNotificationInput!) {
  sendBulkNotification(input: $input) {
    id
    status
    sendAt
  }
}
    `) as unknown as TypedDocumentString<SchedRestartNotifyMutation, SchedRestartNotifyMutationVariables>;
export const SchedRestartCancelDocument = new TypedDocumentString(`
    mutation SchedRestartCancel($id: ID!) {
  cancelBroadcast(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SchedRestartCancelMutation, SchedRestartCancelMutationVariables>;
export const SchedRestartThreadDocument = new TypedDocumentString(`
    query SchedRestartThread($id: ID!) {
  messages(companyId: $id) {
    totalCount
    edges {
      node {
        body
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SchedRestartThreadQuery, SchedRestartThreadQueryVariables>;
export const SchedRestartBroadcastDocument = new TypedDocumentString(`
    query SchedRestartBroadcast($id: ID!) {
  broadcast(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<SchedRestartBroadcastQuery, SchedRestartBroadcastQueryVariables>;
export const ShutdownNotifyDocument = new TypedDocumentString(`
    mutation ShutdownNotify($i: SendBulkNotificationInput!) {
  sendBulkNotification(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<ShutdownNotifyMutation, ShutdownNotifyMutationVariables>;
export const ShutdownSendEmailDocument = new TypedDocumentString(`
    mutation ShutdownSendEmail($i: SendEmailInput!) {
  sendEmail(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<ShutdownSendEmailMutation, ShutdownSendEmailMutationVariables>;
export const FanoutUnreadDocument = new TypedDocumentString(`
    subscription FanoutUnread {
  unreadCountChanged {
    count
  }
}
    `) as unknown as TypedDocumentString<FanoutUnreadSubscription, FanoutUnreadSubscriptionVariables>;
export const FanoutReceiptsDocument = new TypedDocumentString(`
    subscription FanoutReceipts {
  messageRead {
    user {
      id
    }
    message {
      company {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FanoutReceiptsSubscription, FanoutReceiptsSubscriptionVariables>;
export const FanoutInboxDocument = new TypedDocumentString(`
    subscription FanoutInbox {
  messageAdded {
    body
    company {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FanoutInboxSubscription, FanoutInboxSubscriptionVariables>;
export const FanoutNotifyDocument = new TypedDocumentString(`
    mutation FanoutNotify($i: SendBulkNotificationInput!) {
  sendBulkNotification(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<FanoutNotifyMutation, FanoutNotifyMutationVariables>;
export const FanoutMarkReadDocument = new TypedDocumentString(`
    mutation FanoutMarkRead($id: ID!) {
  markMessagesRead(companyId: $id)
}
    `) as unknown as TypedDocumentString<FanoutMarkReadMutation, FanoutMarkReadMutationVariables>;
export const FanoutLogoutDocument = new TypedDocumentString(`
    mutation FanoutLogout {
  logout
}
    `) as unknown as TypedDocumentString<FanoutLogoutMutation, FanoutLogoutMutationVariables>;
export const FanoutSendDocument = new TypedDocumentString(`
    mutation FanoutSend($i: SendMessageInput!) {
  sendMessage(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<FanoutSendMutation, FanoutSendMutationVariables>;
export const MultiFilesNotifyDocument = new TypedDocumentString(`
    mutation MultiFilesNotify($i: SendBulkNotificationInput!) {
  sendBulkNotification(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<MultiFilesNotifyMutation, MultiFilesNotifyMutationVariables>;
export const ThrottleLoginDocument = new TypedDocumentString(`
    mutation ThrottleLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
  }
}
    `) as unknown as TypedDocumentString<ThrottleLoginMutation, ThrottleLoginMutationVariables>;