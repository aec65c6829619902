import type { cacheExchange, Resolver as GraphCacheResolver, UpdateResolver as GraphCacheUpdateResolver, OptimisticMutationResolver as GraphCacheOptimisticMutationResolver } from '@urql/exchange-graphcache';

export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
};

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

/** An API token of the office; never its secret. */
export type ApiToken = {
  __typename?: 'ApiToken';
  createdAt: Scalars['DateTimeISO']['output'];
  /** The head who made the token. */
  createdBy: User;
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The prefix and the last four characters of the secret, as `lp_…abcd`. */
  hint: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Recorded at most once a minute. */
  lastUsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  name: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  scopes: Array<ApiScope>;
};

export type AttachmentLink = {
  __typename?: 'AttachmentLink';
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** When a client user of the company first downloaded it. */
  downloadedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  filename: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  period?: Maybe<Scalars['String']['output']>;
  printout?: Maybe<PrintoutKind>;
  size: Scalars['Int']['output'];
  /** Download link; needs the credentials of someone who may see the file. */
  url: Scalars['String']['output'];
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Send as `Authorization: Bearer <token>`, or in graphql-ws connectionParams.authorization. */
  token: Scalars['String']['output'];
  user: User;
};

export type Broadcast = {
  __typename?: 'Broadcast';
  /** Recipient companies where a client user confirmed receipt (requireAcknowledgment). */
  acknowledgedCount: Scalars['Int']['output'];
  author: User;
  /** Why it is CANCELLED. */
  cancelReason?: Maybe<BroadcastCancelReason>;
  /** When it became CANCELLED. */
  cancelledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** One per company, for email broadcasts (empty for notifications). */
  deliveries: EmailDeliveryConnection;
  failedCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: MessageKind;
  /** Sent by staff, or by the office’s deadline reminder rule. */
  origin: BroadcastOrigin;
  /** The start of the text (an email's as plain text), at most 200 characters. */
  preview: Scalars['String']['output'];
  queuedCount: Scalars['Int']['output'];
  /** Recipient companies where a client user has read the message. */
  readCount: Scalars['Int']['output'];
  /** When it was recalled (RECALLED). */
  recalledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  recipientCount: Scalars['Int']['output'];
  /** Per company, by name: who read it and when, the email state, downloads, a reply after it. Filters combine (AND). A caretaker sees the companies still assigned to them. first is 1..100. */
  recipients: BroadcastRecipientConnection;
  /** The reminders sent for this broadcast (remindUnread), oldest first. */
  reminders: Array<Broadcast>;
  /** For a reminder (remindUnread): the broadcast it follows up. */
  remindsOf?: Maybe<Broadcast>;
  /** The clients are asked to confirm receipt of the message (acknowledgeMessage). */
  requireAcknowledgment: Scalars['Boolean']['output'];
  /** When a scheduled send is due (it goes within seconds after); null for a send that went at once. */
  sendAt?: Maybe<Scalars['DateTimeISO']['output']>;
  sentCount: Scalars['Int']['output'];
  /** SCHEDULED until sendAt, then SENT (or CANCELLED); RECALLED once withdrawn. */
  status: BroadcastStatus;
  subject?: Maybe<Scalars['String']['output']>;
};


export type BroadcastDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DeliveryStatus>;
};


export type BroadcastRecipientsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BroadcastRecipientFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** BY_USER: cancelBroadcast; when it was due: AUTHOR_DEACTIVATED (the author can no longer send), NO_RECIPIENTS (every company archived or no longer the author’s), OFFICE_NOT_VERIFIED or SMTP_NOT_CONFIGURED (email), REQUEST_INVALID (the request no longer passes the checks of a send, e.g. an attachment or template gone), SEND_FAILED (it kept failing and was given up). */
export type BroadcastCancelReason =
  | 'AUTHOR_DEACTIVATED'
  | 'BY_USER'
  | 'NO_RECIPIENTS'
  | 'OFFICE_NOT_VERIFIED'
  | 'REQUEST_INVALID'
  | 'SEND_FAILED'
  | 'SMTP_NOT_CONFIGURED';

export type BroadcastConnection = {
  __typename?: 'BroadcastConnection';
  edges: Array<BroadcastEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type BroadcastEdge = {
  __typename?: 'BroadcastEdge';
  cursor: Scalars['String']['output'];
  node: Broadcast;
};

/** MANUAL: sent by office staff; DEADLINE_REMINDER: sent by the office’s deadline reminder rule. */
export type BroadcastOrigin =
  | 'DEADLINE_REMINDER'
  | 'MANUAL';

/** One company of a broadcast: who of its client users read the message and when, the email state, downloads and whether a client replied after it. */
export type BroadcastRecipient = {
  __typename?: 'BroadcastRecipient';
  /** When a client user of the company confirmed receipt; null if none did. */
  acknowledgedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The client user of the company who confirmed receipt; null if none did. */
  acknowledgedBy?: Maybe<User>;
  /** Attachments and printouts the message carries. */
  attachmentCount: Scalars['Int']['output'];
  company: Company;
  /** Attachments and printouts of the message a client user of the company downloaded: the first download of each by each user. */
  downloads: Array<RecipientDownload>;
  /** Why the email's last attempt failed, in words without the server's own text or any address. */
  emailError?: Maybe<Scalars['String']['output']>;
  /** Email broadcasts: the state of the email; null for notifications. */
  emailStatus?: Maybe<DeliveryStatus>;
  /** When a client user first read it. */
  firstReadAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The company's own message of the broadcast. */
  message: Message;
  /** A client user of the company has read the message. */
  read: Scalars['Boolean']['output'];
  /** The client users of the company who read the message, and when; first first. */
  reads: Array<ReadReceipt>;
  /** The broadcast was recalled before any client user of the company read it: its clients no longer see it. false for a message read before the recall (it stays). */
  recalled: Scalars['Boolean']['output'];
  /** When a client first wrote in the company thread after the message; null if not. */
  repliedAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

export type BroadcastRecipientConnection = {
  __typename?: 'BroadcastRecipientConnection';
  edges: Array<BroadcastRecipientEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type BroadcastRecipientEdge = {
  __typename?: 'BroadcastRecipientEdge';
  cursor: Scalars['String']['output'];
  node: BroadcastRecipient;
};

/** Conditions on the recipients of a broadcast; given ones all hold (AND). */
export type BroadcastRecipientFilter = {
  /** true: a client user of the company confirmed receipt (acknowledgeMessage); false: none did (also when the broadcast did not ask for it). */
  acknowledged?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: a client user of the company downloaded at least one of its attachments or printouts; false: none did (or it had none). */
  downloaded?: InputMaybe<Scalars['Boolean']['input']>;
  /** Email broadcasts: the state of the email to the company (e.g. FAILED). */
  emailStatus?: InputMaybe<DeliveryStatus>;
  /** true: a client user of the company has read the message; false: none has. */
  read?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: a client wrote in the company thread after the broadcast reached it. */
  replied?: InputMaybe<Scalars['Boolean']['input']>;
};

/** SCHEDULED: waits for its sendAt; SENT: delivered to the threads; CANCELLED: a scheduled one stopped (cancelBroadcast) or found unable to go when it was due (cancelReason); RECALLED: a sent notification withdrawn (recallBroadcast) from the companies where no client had read it. */
export type BroadcastStatus =
  | 'CANCELLED'
  | 'RECALLED'
  | 'SCHEDULED'
  | 'SENT';

export type Company = {
  __typename?: 'Company';
  /** The messages sent to the company that asked its clients to confirm receipt, newest first: each with acknowledgedAt and acknowledgedBy, or awaiting (null). acknowledged: only those confirmed (true) or awaiting (false). first is 1..100. */
  acknowledgmentRequests: MessageConnection;
  archivedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  caretaker?: Maybe<User>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Declarations, newest period first; of one month ("YYYY-MM") or of a year ("YYYY": annual and monthly ones) when period is given. */
  declarations: Array<Declaration>;
  email: Scalars['String']['output'];
  /** CRM › Contractors › company › Messages: the emails sent to the company, newest first. */
  emails: MessageConnection;
  id: Scalars['ID']['output'];
  /** The newest message of the thread (for a client, not a recalled one). */
  lastMessage?: Maybe<Message>;
  /** The newest email delivered to the company with printouts: its delivery says when, its attachments which. */
  lastPrintoutEmail?: Maybe<Message>;
  /** The latest declaration: the newest period (an annual one counting as its December), then the latest filed. */
  latestDeclaration?: Maybe<Declaration>;
  name: Scalars['String']['output'];
  nip: Scalars['String']['output'];
  taxForm: TaxForm;
  /** Client messages nobody in the office has read yet. */
  unreadFromClientCount: Scalars['Int']['output'];
  /** The company's client users, by name. Office staff only (FORBIDDEN for clients). */
  users: Array<User>;
  vatPayer: Scalars['Boolean']['output'];
};


export type CompanyAcknowledgmentRequestsArgs = {
  acknowledged?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CompanyDeclarationsArgs = {
  period?: InputMaybe<Scalars['String']['input']>;
};


export type CompanyEmailsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A company given to the subscribed caretaker (`visible`) or taken from them (`assignCaretaker`, a CSV import). */
export type CompanyAccessChange = {
  __typename?: 'CompanyAccessChange';
  companyId: Scalars['ID']['output'];
  /** True when the caretaker now sees the company, false when no longer. */
  visible: Scalars['Boolean']['output'];
};

export type CompanyConnection = {
  __typename?: 'CompanyConnection';
  edges: Array<CompanyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CompanyEdge = {
  __typename?: 'CompanyEdge';
  cursor: Scalars['String']['output'];
  node: Company;
};

export type CompanyFilter = {
  /** Archived companies (true) instead of the others (false, the default). */
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Companies assigned to this caretaker. */
  caretakerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only companies with (true) or without (false) unread client messages. */
  hasUnreadFromClient?: InputMaybe<Scalars['Boolean']['input']>;
  /** Part of the name, or the start of the NIP (separators ignored). */
  search?: InputMaybe<Scalars['String']['input']>;
  taxForm?: InputMaybe<TaxForm>;
  vatPayer?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CompanyImportResult = {
  __typename?: 'CompanyImportResult';
  /** Whether the rows were written: false in a dry run, and when rows failed without skipInvalid. */
  applied: Scalars['Boolean']['output'];
  created: Scalars['Int']['output'];
  failed: Scalars['Int']['output'];
  rows: Array<CompanyImportRow>;
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

/** What the import did (or, in a dry run, would do) with one row. */
export type CompanyImportRow = {
  __typename?: 'CompanyImportRow';
  /** The header of the column in error. */
  column?: Maybe<Scalars['String']['output']>;
  error?: Maybe<Scalars['String']['output']>;
  /** The row's line in the file; the header is line 1. */
  line: Scalars['Int']['output'];
  name?: Maybe<Scalars['String']['output']>;
  nip?: Maybe<Scalars['String']['output']>;
  status: CompanyImportRowStatus;
};

export type CompanyImportRowStatus =
  | 'CREATED'
  | 'ERROR'
  | 'UNCHANGED'
  | 'UPDATED';

export type Conversation = {
  __typename?: 'Conversation';
  /** Since when the client waits for an answer (the first unanswered message). */
  awaitingReplySince?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the office closed it, if it is closed. */
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  company: Company;
  /** When the latest question or reply of the thread was written. */
  lastActivityAt: Scalars['DateTimeISO']['output'];
  /** The client's newest message in the thread (the inbox preview). */
  lastClientMessage?: Maybe<Message>;
  lastMessage: Message;
  status: ConversationStatus;
  unreadFromClientCount: Scalars['Int']['output'];
};

export type ConversationConnection = {
  __typename?: 'ConversationConnection';
  edges: Array<ConversationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ConversationEdge = {
  __typename?: 'ConversationEdge';
  cursor: Scalars['String']['output'];
  node: Conversation;
};

/** Where a conversation stands: awaiting the office, answered, or closed. */
export type ConversationStatus =
  | 'ANSWERED'
  | 'AWAITING_REPLY'
  | 'CLOSED';

export type CreateApiTokenInput = {
  /** In the future and at most two years ahead; none: valid until revoked. */
  expiresAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 1 to 100 characters. */
  name: Scalars['String']['input'];
  scopes: Array<ApiScope>;
};

export type CreateCompanyInput = {
  caretakerId?: InputMaybe<Scalars['ID']['input']>;
  /** The company's account address: its login and the address emails go to. */
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  nip: Scalars['String']['input'];
  taxForm: TaxForm;
  vatPayer?: Scalars['Boolean']['input'];
};

export type CreateWebhookInput = {
  /** At least one. */
  events: Array<WebhookEvent>;
  /** The signing secret, 32 to 200 characters; none: one is made and shown once, in the answer. */
  secret?: InputMaybe<Scalars['String']['input']>;
  /** Where events are POSTed: https to a public address (http only for WEBHOOK_ALLOWED_HOSTS). */
  url: Scalars['String']['input'];
};

export type CreatedApiToken = {
  __typename?: 'CreatedApiToken';
  apiToken: ApiToken;
  /** The secret, `lp_…`, shown this once: send it as `Authorization: Bearer <token>`. */
  token: Scalars['String']['output'];
};

export type DeadlineReminderRule = {
  __typename?: 'DeadlineReminderRule';
  createdAt: Scalars['DateTimeISO']['output'];
  /** How many days before the due date (0: on the day itself). */
  daysBefore: Scalars['Int']['output'];
  /** Whether reminders go out; a rule switched off keeps its settings. */
  enabled: Scalars['Boolean']['output'];
  /** From this hour (0-23, Europe/Warsaw) on that day. */
  hour: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** The next reminders it will send, soonest first (at most 50); empty while it is off. */
  planned: Array<PlannedDeadlineReminder>;
  /** Null: the built-in text. */
  templateId?: Maybe<Scalars['ID']['output']>;
  /** When the rule was last saved. */
  updatedAt: Scalars['DateTimeISO']['output'];
};


export type DeadlineReminderRulePlannedArgs = {
  first?: Scalars['Int']['input'];
};

/** The office’s deadline reminder rule: on the day `daysBefore` days before a declaration’s due date, at or after `hour` (Europe/Warsaw), each company gets its own notification from the template, once per declaration. */
export type DeadlineReminderRuleInput = {
  /** 0 (on the due date) to 30. */
  daysBefore: Scalars['Int']['input'];
  enabled: Scalars['Boolean']['input'];
  /** 0 to 23, Europe/Warsaw. */
  hour: Scalars['Int']['input'];
  /** A NOTIFICATION message template of the office; null: the built-in text naming the declaration, amount and due date. */
  templateId?: InputMaybe<Scalars['ID']['input']>;
};

export type Declaration = {
  __typename?: 'Declaration';
  createdAt: Scalars['DateTimeISO']['output'];
  /** When the tax is due, "YYYY-MM-DD": as the office gave it, else from the form and period under the Polish rules (moved past weekends and holidays). */
  dueDate?: Maybe<Scalars['String']['output']>;
  filedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** When office staff marked the tax as paid (markDeclarationPaid); null while unpaid. A paid declaration gets no deadline reminder. */
  paidAt?: Maybe<Scalars['DateTimeISO']['output']>;
  period: Scalars['String']['output'];
  status: DeclarationStatus;
  /** Tax base. */
  taxBase: Scalars['String']['output'];
  /** Tax due (to pay, or negative to refund). */
  taxDue: Scalars['String']['output'];
  type: Scalars['String']['output'];
  /** The tax authority's receipt, once recorded. */
  upo?: Maybe<Upo>;
};

export type DeclarationInput = {
  companyId: Scalars['ID']['input'];
  /** When the tax is due, "YYYY-MM-DD". Left out: kept on an update, else the statutory date for the form and period. */
  dueDate?: InputMaybe<Scalars['String']['input']>;
  /** When it was filed; defaults to now for a filed declaration, none for a draft. */
  filedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** "YYYY-MM" for monthly declarations, "YYYY" for annual ones. */
  period: Scalars['String']['input'];
  status?: DeclarationStatus;
  taxBase: Scalars['String']['input'];
  /** Tax to pay, or negative to refund. */
  taxDue: Scalars['String']['input'];
  /** Form symbol, e.g. JPK_V7M, PIT-28, PIT-36, PIT-36L, CIT-8, VAT-UE. */
  type: Scalars['String']['input'];
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

/** The demo logins, listed on the login page; exists only while demo data is enabled (never in production). */
export type DemoAccounts = {
  __typename?: 'DemoAccounts';
  logins: Array<DemoLogin>;
  /** The shared password of every demo login (DEMO_PASSWORD). */
  password: Scalars['String']['output'];
};

export type DemoLogin = {
  __typename?: 'DemoLogin';
  email: Scalars['String']['output'];
  /** The last of a numbered series of such logins (klient1 … klient40). */
  lastEmail?: Maybe<Scalars['String']['output']>;
  /** The office it belongs to. */
  office?: Maybe<Scalars['String']['output']>;
  /** Who this login is, in (English) words. */
  role: Scalars['String']['output'];
  /** Its role, for a client to put in its own words. */
  userRole: Role;
};

export type EmailDelivery = {
  __typename?: 'EmailDelivery';
  /** SMTP transactions started for it, retries included. Office staff only; null for clients. */
  attempts?: Maybe<Scalars['Int']['output']>;
  company: Company;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Why the last attempt failed: what went wrong and the server's reply code, never its own words or an address. Office staff only; null for clients. */
  lastError?: Maybe<Scalars['String']['output']>;
  message: Message;
  sentAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: DeliveryStatus;
  toAddress: Scalars['String']['output'];
};

export type EmailDeliveryConnection = {
  __typename?: 'EmailDeliveryConnection';
  edges: Array<EmailDeliveryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EmailDeliveryEdge = {
  __typename?: 'EmailDeliveryEdge';
  cursor: Scalars['String']['output'];
  node: EmailDelivery;
};

export type Invitation = {
  __typename?: 'Invitation';
  /** A client's company; null for staff. */
  company?: Maybe<Company>;
  createdAt: Scalars['DateTimeISO']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Who sent it (null once removed). */
  invitedBy?: Maybe<User>;
  language: Language;
  name: Scalars['String']['output'];
  office: Office;
  role: Role;
  status: InvitationStatus;
};

/** Who invites to what, as the link shows it before it is accepted. */
export type InvitationPreview = {
  __typename?: 'InvitationPreview';
  /** A client's company; null for staff. */
  companyName?: Maybe<Scalars['String']['output']>;
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
  /** The language the invitation was written in. */
  language: Language;
  officeName: Scalars['String']['output'];
  role: Role;
};

export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

export type InviteClientInput = {
  companyId: Scalars['ID']['input'];
  email: Scalars['String']['input'];
  /** The email's language (and the new account's): by default the existing account's, else PL. */
  language?: InputMaybe<Language>;
  name: Scalars['String']['input'];
};

export type InviteStaffInput = {
  email: Scalars['String']['input'];
  /** The email's language (and the new account's): by default the existing account's, else PL. */
  language?: InputMaybe<Language>;
  name: Scalars['String']['input'];
  /** CARETAKER or OFFICE_HEAD. */
  role: Role;
};

/** Polish (the default) or English: the web client and system emails. */
export type Language =
  | 'EN'
  | 'PL';

export type LedgerEntry = {
  __typename?: 'LedgerEntry';
  column: Scalars['String']['output'];
  contraAccount?: Maybe<Scalars['String']['output']>;
  counterparty: Scalars['String']['output'];
  counterpartyNip?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  date: Scalars['String']['output'];
  description: Scalars['String']['output'];
  documentNumber: Scalars['String']['output'];
  gross: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  net: Scalars['String']['output'];
  vat: Scalars['String']['output'];
  vatRegister?: Maybe<VatRegister>;
};

export type LedgerEntryConnection = {
  __typename?: 'LedgerEntryConnection';
  edges: Array<LedgerEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LedgerEntryEdge = {
  __typename?: 'LedgerEntryEdge';
  cursor: Scalars['String']['output'];
  node: LedgerEntry;
};

/** One bookkeeping entry as a bookkeeping application sends it. */
export type LedgerEntryInput = {
  /** Where the entry goes: the KPiR column (7, 8, 10, 11, 12, 13, 16) for the tax book, the lump-sum rate (e.g. 8.5) for the revenue record, the debit account (e.g. 201 or 402-1) in full accounting. */
  column: Scalars['String']['input'];
  /** Full accounting only: the credit account. */
  contraAccount?: InputMaybe<Scalars['String']['input']>;
  counterparty: Scalars['String']['input'];
  /** The counterparty's NIP; separators and a PL prefix are allowed. */
  counterpartyNip?: InputMaybe<Scalars['String']['input']>;
  /** Date of the entry, YYYY-MM-DD. */
  date: Scalars['String']['input'];
  description: Scalars['String']['input'];
  documentNumber: Scalars['String']['input'];
  /** Must equal net + vat exactly. */
  gross: Scalars['String']['input'];
  /** Decimal string with at most 2 decimals, e.g. "1234.50". */
  net: Scalars['String']['input'];
  vat: Scalars['String']['input'];
  /** VAT payers only: the VAT register the document belongs to. */
  vatRegister?: InputMaybe<VatRegister>;
};

export type Message = {
  __typename?: 'Message';
  /** When a client user of the company confirmed receipt (the first confirmation). */
  acknowledgedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who confirmed receipt. */
  acknowledgedBy?: Maybe<User>;
  attachments: Array<AttachmentLink>;
  author: User;
  body: Scalars['String']['output'];
  company: Company;
  createdAt: Scalars['DateTimeISO']['output'];
  /** For an email: its delivery state. */
  delivery?: Maybe<EmailDelivery>;
  direction: MessageDirection;
  html?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: MessageKind;
  /** Whether the viewer has read it (always true for their own). */
  readByMe: Scalars['Boolean']['output'];
  /** When the office recalled this notification before any client read it (staff only: clients no longer see it). */
  recalledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who read the message and when. */
  receipts: Array<ReadReceipt>;
  /** Its broadcast asks the clients to confirm receipt (sent with requireAcknowledgment). */
  requiresAcknowledgment: Scalars['Boolean']['output'];
  subject?: Maybe<Scalars['String']['output']>;
};

export type MessageConnection = {
  __typename?: 'MessageConnection';
  edges: Array<MessageEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MessageDirection =
  | 'CLIENT_TO_OFFICE'
  | 'OFFICE_TO_CLIENT';

export type MessageEdge = {
  __typename?: 'MessageEdge';
  cursor: Scalars['String']['output'];
  node: Message;
};

export type MessageKind =
  | 'EMAIL'
  | 'NOTIFICATION'
  | 'QUESTION'
  | 'REPLY';

/** A message as one company would get it. */
export type MessagePreview = {
  __typename?: 'MessagePreview';
  body: Scalars['String']['output'];
  /** Sanitized; null for plain text. */
  html?: Maybe<Scalars['String']['output']>;
  /** Placeholders (Polish names, e.g. "deklaracja.kwota") without a value for this company and without a fallback: a send to it would be refused. */
  missing: Array<Scalars['String']['output']>;
  subject?: Maybe<Scalars['String']['output']>;
};

/** A message rendered for one company, as a send would render it: explicit subject and html take precedence over the template's. */
export type MessagePreviewInput = {
  /** Plain text, when there is no html. */
  body?: InputMaybe<Scalars['String']['input']>;
  companyId: Scalars['ID']['input'];
  html?: InputMaybe<Scalars['String']['input']>;
  /** "YYYY-MM" or "YYYY": what {{okres}} says and whose declarations are read. */
  period?: InputMaybe<Scalars['String']['input']>;
  subject?: InputMaybe<Scalars['String']['input']>;
  templateId?: InputMaybe<Scalars['ID']['input']>;
};

/** A reusable message of the office with placeholders filled per company when it is sent or previewed. */
export type MessageTemplate = {
  __typename?: 'MessageTemplate';
  author: User;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Sanitized HTML with placeholders. */
  html: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: MessageTemplateKind;
  name: Scalars['String']['output'];
  /** Plain text with placeholders. */
  subject?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type MessageTemplateInput = {
  /** From the rich-text editor; sanitized as an email's. An unknown placeholder is refused (BAD_USER_INPUT, extensions.placeholders). Placeholders: {{firma}} {{nip}} {{opiekun}} {{okres}} {{biuro}} {{deklaracja.typ}} {{deklaracja.kwota}} {{deklaracja.termin}} (or {{company}} {{nip}} {{caretaker}} {{period}} {{office}} {{declaration.type}} {{declaration.amount}} {{declaration.dueDate}}), with a fallback as {{deklaracja.kwota|brak danych}}. */
  html: Scalars['String']['input'];
  kind: MessageTemplateKind;
  /** 1..100 characters, unique in the office (any case). */
  name: Scalars['String']['input'];
  /** One line of at most 200 characters; required for EMAIL templates. Placeholders: {{firma}} {{nip}} {{opiekun}} {{okres}} {{biuro}} {{deklaracja.typ}} {{deklaracja.kwota}} {{deklaracja.termin}} (or {{company}} {{nip}} {{caretaker}} {{period}} {{office}} {{declaration.type}} {{declaration.amount}} {{declaration.dueDate}}), with a fallback as {{deklaracja.kwota|brak danych}}. */
  subject?: InputMaybe<Scalars['String']['input']>;
};

/** NOTIFICATION templates serve sendBulkNotification, EMAIL templates sendEmail; a send refuses a template of the other kind. */
export type MessageTemplateKind =
  | 'EMAIL'
  | 'NOTIFICATION';

export type Mutation = {
  __typename?: 'Mutation';
  /** Uses the link once and logs in. A new account needs a password (the password rules) and takes name or the invited name; an email that has a client account is attached to the company only while logged in as it (UNAUTHENTICATED otherwise). Used, expired and revoked links: PRECONDITION_FAILED; an unknown or replaced link: BAD_USER_INPUT. */
  acceptInvitation: AuthPayload;
  /** A client user confirms receipt of a message that asks for it (requiresAcknowledgment). The first confirmation is kept: calling again (by anyone of the company) answers with it unchanged. Also marks the message read for the caller. PRECONDITION_FAILED (ACKNOWLEDGMENT_NOT_REQUIRED) for a message that does not ask. */
  acknowledgeMessage: Message;
  /** Takes the company out of the list, the inbox and every send; its history stays. Idempotent. */
  archiveCompany: Company;
  /** Gives the companies to a caretaker or head of the office (null: to nobody), all or none; how many changed. */
  assignCaretaker: Scalars['Int']['output'];
  /** Stops a SCHEDULED broadcast before it goes: CANCELLED (cancelReason BY_USER), and nothing of it is ever delivered. Its author or the office head; cancelling a cancelled one changes nothing; PRECONDITION_FAILED (ALREADY_SENT) once it went. */
  cancelBroadcast: Broadcast;
  /** Every other session of yours ends. */
  changePassword: Scalars['Boolean']['output'];
  /** Marks the company's conversation answered without replying; the client's next message opens it again. */
  closeConversation: Conversation;
  /** A token for a third-party app (heads); its secret is shown in this answer only. */
  createApiToken: CreatedApiToken;
  /** Adds a company to the office (NIP checked, unique in the office). */
  createCompany: Company;
  /** Heads and caretakers create templates. */
  createMessageTemplate: MessageTemplate;
  /** A webhook of the office (heads; API tokens with WEBHOOKS). BAD_USER_INPUT (field url) for a URL that is not https to a public address; PRECONDITION_FAILED (WEBHOOK_LIMIT) past the limit per office. Its `secret` is in this answer only. */
  createWebhook: Webhook;
  /** Office heads: a person of the office can no longer log in; their sessions end at once, their messages stay. */
  deactivateUser: User;
  /** The head deletes any template of the office, a caretaker their own (FORBIDDEN for another's). */
  deleteMessageTemplate: Scalars['Boolean']['output'];
  /** Deletes a webhook and its deliveries: nothing more is sent to it (heads). */
  deleteWebhook: Scalars['Boolean']['output'];
  /** Reads a CSV upload of companies (nazwa, NIP, forma opodatkowania, VAT, e-mail, opiekun) by NIP: all rows or none unless skipInvalid; a dry run writes nothing. */
  importCompanies: CompanyImportResult;
  /** Adds 1 to 5,000 entries to a company, all or none; returns how many were added. */
  importLedgerEntries: Scalars['Int']['output'];
  /** Staff who see the company: emails a single-use link making the person a client user of it (an existing client account is attached after its owner logs in). NOT_FOUND for a company the viewer does not see. */
  inviteClient: Invitation;
  /** Head only: emails a single-use link (INVITATION_TTL_HOURS) making a CARETAKER or OFFICE_HEAD of the office. CONFLICT when the email has an account or an open invitation. */
  inviteStaff: Invitation;
  login: AuthPayload;
  /** Revokes the token of this request. */
  logout: Scalars['Boolean']['output'];
  /** Marks the tax of a declaration paid (paidAt), keeping the first time on a repeat; paid: false marks it unpaid again. Staff who see its company; NOT_FOUND otherwise. A paid declaration gets no deadline reminder. */
  markDeclarationPaid: Declaration;
  /** Marks the viewer's unread messages of the thread as read: all, or exactly messageIds (each must be a message of that thread). Returns how many (0 when called again). */
  markMessagesRead: Scalars['Int']['output'];
  /** Withdraws a SENT notification (RECALLED): it disappears for the clients of every company where no client user had read it (thread, unread counts, last message, attachments); read ones stay, and recipients say which (recalled). Staff still see the messages, with recalledAt. Its author or the office head; a second recall changes nothing. PRECONDITION_FAILED: EMAIL_CANNOT_BE_RECALLED for an email, NOT_SENT for a scheduled or cancelled one. */
  recallBroadcast: Broadcast;
  /** Records the UPO of a filed declaration, which becomes ACCEPTED. */
  recordUpo: Upo;
  /** A follow-up notification, as a new broadcast linked by remindsOf, to exactly the companies of the broadcast where no client user has read it (target UNREAD) or confirmed its receipt (UNACKNOWLEDGED), not archived, and for a caretaker still theirs. body defaults to a Polish reminder naming the original (for UNACKNOWLEDGED, asking to confirm its receipt). A company reminded of the same broadcast in the last hour is skipped. PRECONDITION_FAILED with reasons NOTHING_UNREAD, NOTHING_UNACKNOWLEDGED or RECENTLY_REMINDED when nobody is left to remind, ACKNOWLEDGMENT_NOT_REQUIRED for UNACKNOWLEDGED of a broadcast that asked for no confirmation. */
  remindUnread: Broadcast;
  /** Opens a closed conversation again: it awaits the office’s answer. */
  reopenConversation: Conversation;
  /** The head asks the platform admin to verify the office: UNVERIFIED → PENDING; PRECONDITION_FAILED when it is PENDING or VERIFIED already. */
  requestOfficeVerification: Office;
  /** Mails a single-use link to set a new password (valid 1 hour) if the email has an account. Always true. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** A new link and validity, mailed again; the previous link stops working. PRECONDITION_FAILED once accepted or revoked. */
  resendInvitation: Invitation;
  /** Sets a new password with the token of a reset link and logs in; every other session ends. */
  resetPassword: AuthPayload;
  /** Brings an archived company back. Idempotent. */
  restoreCompany: Company;
  /** Queues the failed deliveries of an email broadcast again (e.g. after the SMTP settings were fixed). NOT_FOUND unless the viewer sees the broadcast; PRECONDITION_FAILED when none failed (NOTHING_TO_RETRY), or the office cannot send (OFFICE_NOT_VERIFIED, SMTP_NOT_CONFIGURED, SMTP_LOGIN_REJECTED: its server refused the current settings). */
  retryFailedDeliveries: Broadcast;
  /** Ends a token at once, its open sockets too (heads). */
  revokeApiToken: ApiToken;
  /** The link stops working. PRECONDITION_FAILED once accepted. */
  revokeInvitation: Invitation;
  /** Ends one of your sessions and closes its sockets. */
  revokeSession: Scalars['Boolean']['output'];
  /** The same notification to each ticked company, separately. */
  sendBulkNotification: Broadcast;
  /** Email to each ticked company separately, through the office SMTP, with its own printouts as links. PRECONDITION_FAILED unless the office is VERIFIED and has SMTP. */
  sendEmail: Broadcast;
  /** A client's question or the office's reply. */
  sendMessage: Message;
  /** The logo in the office's emails: an upload (POST /uploads) of this head, a PNG or JPEG of at most 200 KB and 4000 px a side (BAD_USER_INPUT otherwise, reasons LOGO_NOT_IMAGE or LOGO_TOO_LARGE; SVG is refused); anyone else's upload is NOT_FOUND. Null removes it. */
  setOfficeLogo: Office;
  setOfficeVerification: Office;
  /** A new office (UNVERIFIED) and its first head, logged in. BAD_USER_INPUT (with field) for a bad NIP, email, name or a weak password; CONFLICT when the email has an account; TOO_MANY_REQUESTS past SIGNUP_MAX_PER_HOUR from one source. */
  signUpOffice: AuthPayload;
  /** Connects and authenticates, sends nothing; on false, smtpIntegration.lastTestError says only: could not connect, refused the login, or TLS failed. TOO_MANY_REQUESTS past SMTP_TESTS_PER_HOUR per office. */
  testSmtpIntegration: Scalars['Boolean']['output'];
  /** Changes the fields given (NIP checked, unique in the office); staff who see it. */
  updateCompany: Company;
  /** Saves the office’s deadline reminder rule (office heads). BAD_USER_INPUT (with field) for daysBefore outside 0-30 or hour outside 0-23; NOT_FOUND for a template that is not one of the office’s NOTIFICATION templates. */
  updateDeadlineReminderRule: DeadlineReminderRule;
  /** The head changes any template of the office, a caretaker their own (FORBIDDEN for another's). */
  updateMessageTemplate: MessageTemplate;
  /** Your name and language; the answer is you. */
  updateMyAccount: User;
  /** Client users: when to be emailed about the office’s messages left unread. The answer is you. Staff: FORBIDDEN. */
  updateNotificationPreferences: User;
  /** Without a login: sets the preference of the person an alert email went to, by its link. A link that is not valid: BAD_USER_INPUT, nothing changes. */
  updateNotificationPreferencesByLink: NotificationPreferencesLink;
  /** The office's own SMTP server; the password is kept encrypted and never returned. */
  updateSmtpIntegration: SmtpIntegration;
  /** Creates or updates the declaration of (company, type, period). */
  upsertDeclaration: Declaration;
};


export type MutationAcceptInvitationArgs = {
  language?: InputMaybe<Language>;
  name?: InputMaybe<Scalars['String']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
  token: Scalars['String']['input'];
};


export type MutationAcknowledgeMessageArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveCompanyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAssignCaretakerArgs = {
  caretakerId?: InputMaybe<Scalars['ID']['input']>;
  companyIds: Array<Scalars['ID']['input']>;
};


export type MutationCancelBroadcastArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCloseConversationArgs = {
  companyId: Scalars['ID']['input'];
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateCompanyArgs = {
  input: CreateCompanyInput;
};


export type MutationCreateMessageTemplateArgs = {
  input: MessageTemplateInput;
};


export type MutationCreateWebhookArgs = {
  input: CreateWebhookInput;
};


export type MutationDeactivateUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteMessageTemplateArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationImportCompaniesArgs = {
  dryRun?: Scalars['Boolean']['input'];
  skipInvalid?: Scalars['Boolean']['input'];
  uploadId: Scalars['ID']['input'];
};


export type MutationImportLedgerEntriesArgs = {
  companyId: Scalars['ID']['input'];
  entries: Array<LedgerEntryInput>;
};


export type MutationInviteClientArgs = {
  input: InviteClientInput;
};


export type MutationInviteStaffArgs = {
  input: InviteStaffInput;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationMarkDeclarationPaidArgs = {
  id: Scalars['ID']['input'];
  paid?: Scalars['Boolean']['input'];
};


export type MutationMarkMessagesReadArgs = {
  companyId: Scalars['ID']['input'];
  messageIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationRecallBroadcastArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordUpoArgs = {
  input: UpoInput;
};


export type MutationRemindUnreadArgs = {
  body?: InputMaybe<Scalars['String']['input']>;
  broadcastId: Scalars['ID']['input'];
  target?: InputMaybe<ReminderTarget>;
};


export type MutationReopenConversationArgs = {
  companyId: Scalars['ID']['input'];
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationResendInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationResetPasswordArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationRestoreCompanyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRetryFailedDeliveriesArgs = {
  broadcastId: Scalars['ID']['input'];
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSendBulkNotificationArgs = {
  input: SendBulkNotificationInput;
};


export type MutationSendEmailArgs = {
  input: SendEmailInput;
};


export type MutationSendMessageArgs = {
  input: SendMessageInput;
};


export type MutationSetOfficeLogoArgs = {
  uploadId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationSetOfficeVerificationArgs = {
  officeId: Scalars['ID']['input'];
  status: OfficeVerification;
};


export type MutationSignUpOfficeArgs = {
  input: SignUpOfficeInput;
};


export type MutationUpdateCompanyArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCompanyInput;
};


export type MutationUpdateDeadlineReminderRuleArgs = {
  input: DeadlineReminderRuleInput;
};


export type MutationUpdateMessageTemplateArgs = {
  id: Scalars['ID']['input'];
  input: MessageTemplateInput;
};


export type MutationUpdateMyAccountArgs = {
  input: UpdateMyAccountInput;
};


export type MutationUpdateNotificationPreferencesArgs = {
  input: NotificationPreferencesInput;
};


export type MutationUpdateNotificationPreferencesByLinkArgs = {
  input: NotificationPreferencesInput;
  token: Scalars['String']['input'];
};


export type MutationUpdateSmtpIntegrationArgs = {
  input: SmtpIntegrationInput;
};


export type MutationUpsertDeclarationArgs = {
  input: DeclarationInput;
};

/** IMMEDIATE: an email when an office message stays unread ALERT_DELAY_SECONDS (at most one per 10 minutes); DAILY_DIGEST: one email at 7:00 Europe/Warsaw; NEVER: none. */
export type NewMessagesAlert =
  /** One email a day at 7:00 Europe/Warsaw. */
  | 'DAILY_DIGEST'
  /** An email soon after a message stays unread (the default). */
  | 'IMMEDIATE'
  /** No emails about new messages. */
  | 'NEVER';

/** Which emails a client user gets about the office’s messages. */
export type NotificationPreferences = {
  __typename?: 'NotificationPreferences';
  /** Email alerts of messages left unread: IMMEDIATE (the default), DAILY_DIGEST, NEVER. */
  newMessages: NewMessagesAlert;
};

export type NotificationPreferencesInput = {
  newMessages: NewMessagesAlert;
};

/** What the link in an alert email shows without a login: whose preference it changes, and the preference. */
export type NotificationPreferencesLink = {
  __typename?: 'NotificationPreferencesLink';
  /** The address the alerts go to. */
  email: Scalars['String']['output'];
  newMessages: NewMessagesAlert;
};

export type Office = {
  __typename?: 'Office';
  /** VERIFIED and SMTP configured: the MESSAGES (email) action is available. */
  canSendEmail: Scalars['Boolean']['output'];
  /** The office's caretakers, by name, for its head (the company list's caretaker filter); empty for everyone else. */
  caretakers: Array<User>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The deadline reminder rule, for the office’s heads; null while none was saved (reminders off) and for everyone else. */
  deadlineReminderRule?: Maybe<DeadlineReminderRule>;
  id: Scalars['ID']['output'];
  /** The office's invitations, newest first, the latest 500: every one for its head, a caretaker's companies' client invitations for the caretaker; empty for everyone else. */
  invitations: Array<Invitation>;
  /** The logo the office's emails carry, for its head only. */
  logo?: Maybe<AttachmentLink>;
  name: Scalars['String']['output'];
  nip?: Maybe<Scalars['String']['output']>;
  /** When the SMTP host, port or username last changed while the office was VERIFIED (see smtpChanges): a server the admin has not verified the office with. Platform admins only. */
  smtpChangedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Where the office's email has gone: each new SMTP host, port or username (and the first settings), newest first, the latest 20. Platform admins only; empty for everyone else. */
  smtpChanges: Array<SmtpChange>;
  smtpConfigured: Scalars['Boolean']['output'];
  /** The office's SMTP settings, for its head only. */
  smtpIntegration?: Maybe<SmtpIntegration>;
  /** Everyone who works in the office, heads and caretakers (the active first, then by name; `deactivatedAt` set for those deactivated), for its head; empty for everyone else. Any active one of them can be assigned companies. */
  staff: Array<User>;
  verification: OfficeVerification;
};


export type OfficeInvitationsArgs = {
  status?: InputMaybe<InvitationStatus>;
};

export type OfficeConnection = {
  __typename?: 'OfficeConnection';
  edges: Array<OfficeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OfficeEdge = {
  __typename?: 'OfficeEdge';
  cursor: Scalars['String']['output'];
  node: Office;
};

export type OfficeVerification =
  | 'PENDING'
  | 'UNVERIFIED'
  | 'VERIFIED';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A reminder the office’s rule is going to send. */
export type PlannedDeadlineReminder = {
  __typename?: 'PlannedDeadlineReminder';
  companyId: Scalars['ID']['output'];
  companyName: Scalars['String']['output'];
  declarationId: Scalars['ID']['output'];
  declarationType: Scalars['String']['output'];
  /** YYYY-MM-DD */
  dueDate: Scalars['String']['output'];
  period: Scalars['String']['output'];
  /** The day it goes out (YYYY-MM-DD, Europe/Warsaw), from the rule’s hour. */
  remindOn: Scalars['String']['output'];
  taxDue: Scalars['String']['output'];
};

export type PrintoutKind =
  | 'DECLARATION'
  | 'LEDGER'
  | 'REVENUE_RECORD'
  | 'TAX_BOOK'
  | 'UPO'
  | 'VAT_REGISTER';

/** A printout the attachment picker offers for the ticked companies. */
export type PrintoutOption = {
  __typename?: 'PrintoutOption';
  /** How many of the ticked companies it applies to; each of them receives its own. */
  companyCount: Scalars['Int']['output'];
  /** Which of the ticked companies it applies to, in the order they were given. */
  companyIds: Array<Scalars['ID']['output']>;
  kind: PrintoutKind;
  /** Its name as an accountant writes it (Polish). */
  label: Scalars['String']['output'];
};

export type PrintoutRequest = {
  kind: PrintoutKind;
  /** "YYYY-MM", or "YYYY" for a whole year (annual declarations). */
  period: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** The office's API tokens, newest first (heads). */
  apiTokens: Array<ApiToken>;
  broadcast?: Maybe<Broadcast>;
  /** Notifications and emails, scheduled, sent, cancelled and recalled, newest first (by when they were made); only those of `status` when given. The head sees the office's, a caretaker their own. first is 1..100. */
  broadcasts: BroadcastConnection;
  /** The companies the viewer sees, by name. */
  companies: CompanyConnection;
  company?: Maybe<Company>;
  demoAccounts?: Maybe<DemoAccounts>;
  /** Client questions: the threads (questions and replies) of the companies the viewer sees, latest activity first; only those in `status` (every one when omitted), only companies whose name contains `search` or whose NIP starts with it. */
  inbox: ConversationConnection;
  /** Anyone with the link: who invites to what. Null when the link is not valid, used, expired or revoked. */
  invitation?: Maybe<InvitationPreview>;
  /** A company's bookkeeping entries of a month (YYYY-MM) or year (YYYY), by date. */
  ledgerEntries: LedgerEntryConnection;
  /** The logged-in user; null when not logged in. */
  me?: Maybe<User>;
  /** The office's message templates, by name: every staff member uses all of them. */
  messageTemplates: Array<MessageTemplate>;
  /** A company's thread, newest first. */
  messages: MessageConnection;
  /** Your live sessions, the most recently used first. */
  mySessions: Array<Session>;
  /** Without a login: what the preferences link of an alert email names; null when the link is not valid. */
  notificationPreferencesLink?: Maybe<NotificationPreferencesLink>;
  /** Offices newest first, of one verification status (PENDING: the queue to decide) or all (platform admins). */
  offices: OfficeConnection;
  /** The message as the company would get it, placeholders filled, with those it has no value for: for staff who see the company (NOT_FOUND otherwise). */
  previewMessage: MessagePreview;
  /** The printouts that apply to at least one of the companies for the period ("YYYY-MM" or "YYYY"): records by taxation form, VAT registers, declarations and UPO where they exist. */
  printoutOptions: Array<PrintoutOption>;
  /** The viewer's unread messages, in all their companies or in one. */
  unreadCount: Scalars['Int']['output'];
  /** A webhook's events and how their delivery went, newest first (heads). */
  webhookDeliveries: WebhookDeliveryConnection;
  /** The office's webhooks, newest first (heads; API tokens with WEBHOOKS). */
  webhooks: Array<Webhook>;
};


export type QueryBroadcastArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBroadcastsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<BroadcastStatus>;
};


export type QueryCompaniesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CompanyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCompanyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInboxArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ConversationStatus>;
};


export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};


export type QueryLedgerEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  companyId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  period: Scalars['String']['input'];
};


export type QueryMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  companyId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNotificationPreferencesLinkArgs = {
  token: Scalars['String']['input'];
};


export type QueryOfficesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<OfficeVerification>;
};


export type QueryPreviewMessageArgs = {
  input: MessagePreviewInput;
};


export type QueryPrintoutOptionsArgs = {
  companyIds: Array<Scalars['ID']['input']>;
  period: Scalars['String']['input'];
};


export type QueryUnreadCountArgs = {
  companyId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  webhookId: Scalars['ID']['input'];
};

export type ReadReceipt = {
  __typename?: 'ReadReceipt';
  message: Message;
  readAt: Scalars['DateTimeISO']['output'];
  user: User;
};

export type RecipientDownload = {
  __typename?: 'RecipientDownload';
  downloadedAt: Scalars['DateTimeISO']['output'];
  file: AttachmentLink;
  user: User;
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
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Plain text (placeholders allowed). One of body, html or templateId is required; html, when given, takes precedence; an email sends it as paragraphs. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** The ticked companies, 1 to 10000; each gets its own message. */
  companyIds: Array<Scalars['ID']['input']>;
  /** From the rich-text editor, sanitized as an email's (the plain body is derived from it); overrides the template's. */
  html?: InputMaybe<Scalars['String']['input']>;
  /** "YYYY-MM" or "YYYY": what {{okres}} says, and whose declarations {{deklaracja.*}} read. */
  period?: InputMaybe<Scalars['String']['input']>;
  /** Asks each company's client users to confirm receipt (acknowledgeMessage); the report shows who did. */
  requireAcknowledgment?: InputMaybe<Scalars['Boolean']['input']>;
  /** When to send: absent (or now) sends at once; up to 90 days ahead schedules it (the broadcast is SCHEDULED until then, checked again when it goes, cancellable with cancelBroadcast). More than a minute in the past is BAD_USER_INPUT. */
  sendAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** One line of at most 200 characters, placeholders allowed; overrides the template's. An email needs one (its own or the template's). */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** A template of the office of the send's kind (NOTIFICATION or EMAIL; else BAD_USER_INPUT, TEMPLATE_KIND_MISMATCH); explicit subject and html take precedence over its own. Placeholders are filled for each company; one without a value and without a fallback for some companies refuses the send (BAD_USER_INPUT, reasons MISSING_PLACEHOLDER_VALUES, extensions.missing and missingCount), nothing sent. */
  templateId?: InputMaybe<Scalars['ID']['input']>;
};

export type SendEmailInput = {
  /** Plain text (placeholders allowed). One of body, html or templateId is required; html, when given, takes precedence; an email sends it as paragraphs. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** The ticked companies, 1 to 10000; each gets its own email at its account address. */
  companyIds: Array<Scalars['ID']['input']>;
  /** From the rich-text editor, sanitized as an email's (the plain body is derived from it); overrides the template's. */
  html?: InputMaybe<Scalars['String']['input']>;
  /** A retried call with the same key returns the first broadcast instead of sending again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** "YYYY-MM" or "YYYY": what {{okres}} says, and whose declarations {{deklaracja.*}} read. */
  period?: InputMaybe<Scalars['String']['input']>;
  /** Each company gets only those that apply to it, as links. */
  printouts?: InputMaybe<Array<PrintoutRequest>>;
  /** Asks each company's client users to confirm receipt of the archived message (acknowledgeMessage). */
  requireAcknowledgment?: InputMaybe<Scalars['Boolean']['input']>;
  /** When to send: absent (or now) sends at once; up to 90 days ahead schedules it (the broadcast is SCHEDULED until then, checked again when it goes, cancellable with cancelBroadcast). More than a minute in the past is BAD_USER_INPUT. */
  sendAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** One line of at most 200 characters, placeholders allowed; overrides the template's. An email needs one (its own or the template's). */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** A template of the office of the send's kind (NOTIFICATION or EMAIL; else BAD_USER_INPUT, TEMPLATE_KIND_MISMATCH); explicit subject and html take precedence over its own. Placeholders are filled for each company; one without a value and without a fallback for some companies refuses the send (BAD_USER_INPUT, reasons MISSING_PLACEHOLDER_VALUES, extensions.missing and missingCount), nothing sent. */
  templateId?: InputMaybe<Scalars['ID']['input']>;
};

export type SendMessageInput = {
  /** Ids from POST /uploads by the same user. */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  body: Scalars['String']['input'];
  companyId: Scalars['ID']['input'];
};

/** A login of yours (`mySessions`); end it with `revokeSession`. */
export type Session = {
  __typename?: 'Session';
  createdAt: Scalars['DateTimeISO']['output'];
  /** The session of this request. */
  current: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Recorded to the minute. */
  lastUsedAt: Scalars['DateTimeISO']['output'];
  /** The User-Agent it logged in with. */
  userAgent?: Maybe<Scalars['String']['output']>;
};

/** A new office and its first head, who is logged in by the answer. */
export type SignUpOfficeInput = {
  /** The first head's login; CONFLICT when an account has it. */
  email: Scalars['String']['input'];
  /** The first head's name. */
  headName: Scalars['String']['input'];
  /** The head's language for Ledgerpost's emails; PL when not given. */
  language?: InputMaybe<Language>;
  /** The office's own NIP: 10 digits with a valid checksum. */
  nip: Scalars['String']['input'];
  officeName: Scalars['String']['input'];
  /** At least 10 characters, not a common password, not the email. */
  password: Scalars['String']['input'];
};

/** A change of host, port or username of an office’s SMTP settings, or its first settings (platform admins). createdAt: when. */
export type SmtpChange = {
  __typename?: 'SmtpChange';
  /** The office head who saved the settings. */
  changedBy?: Maybe<User>;
  createdAt: Scalars['DateTimeISO']['output'];
  host: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  port: Scalars['Int']['output'];
  /** Null when the office had no SMTP settings before. */
  previousHost?: Maybe<Scalars['String']['output']>;
  previousPort?: Maybe<Scalars['Int']['output']>;
  previousUsername?: Maybe<Scalars['String']['output']>;
  username?: Maybe<Scalars['String']['output']>;
  verification: OfficeVerification;
};

export type SmtpIntegration = {
  __typename?: 'SmtpIntegration';
  createdAt: Scalars['DateTimeISO']['output'];
  fromAddress: Scalars['String']['output'];
  fromName?: Maybe<Scalars['String']['output']>;
  host: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Why the last test failed, in words. */
  lastTestError?: Maybe<Scalars['String']['output']>;
  lastTestOk?: Maybe<Scalars['Boolean']['output']>;
  lastTestedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  port: Scalars['Int']['output'];
  security: SmtpSecurity;
  username?: Maybe<Scalars['String']['output']>;
};

export type SmtpIntegrationInput = {
  fromAddress: Scalars['String']['input'];
  fromName?: InputMaybe<Scalars['String']['input']>;
  host: Scalars['String']['input'];
  /** Omitted: keep the stored one. Empty: remove it. */
  password?: InputMaybe<Scalars['String']['input']>;
  port: Scalars['Int']['input'];
  security: SmtpSecurity;
  username?: InputMaybe<Scalars['String']['input']>;
};

/** NONE: plain; STARTTLS: upgrade a plain connection (port 587); TLS: TLS from the start (port 465). */
export type SmtpSecurity =
  | 'NONE'
  | 'STARTTLS'
  | 'TLS';

export type Subscription = {
  __typename?: 'Subscription';
  /** The broadcast at once, then again whenever its counts move (QUEUED → SENT / FAILED). */
  broadcastProgress: Broadcast;
  /** Staff: companies given to or taken from you as caretaker, so an open company list can follow (heads see every company and hear nothing). A result whose error has extensions.code RESYNC stands for events this subscriber missed (it fell behind, or one change touched too many threads to list): refetch what the subscription keeps fresh; the subscription stays open. */
  companyAccessChanged: CompanyAccessChange;
  /** Messages of one thread, or of every thread the viewer sees, as a client confirms their receipt (acknowledgedAt, acknowledgedBy). A result whose error has extensions.code RESYNC stands for events this subscriber missed (it fell behind, or one change touched too many threads to list): refetch what the subscription keeps fresh; the subscription stays open. */
  messageAcknowledged: Message;
  /** New messages in one thread, or in every thread the viewer sees. A result whose error has extensions.code RESYNC stands for events this subscriber missed (it fell behind, or one change touched too many threads to list): refetch what the subscription keeps fresh; the subscription stays open. */
  messageAdded: Message;
  /** Receipts as messages of one thread, or of every thread the viewer sees, are read. A result whose error has extensions.code RESYNC stands for events this subscriber missed (it fell behind, or one change touched too many threads to list): refetch what the subscription keeps fresh; the subscription stays open. */
  messageRead: ReadReceipt;
  /** The current unread count at once, then the new value on every change. Never needs a resync. */
  unreadCountChanged: UnreadCount;
};


export type SubscriptionBroadcastProgressArgs = {
  id: Scalars['ID']['input'];
};


export type SubscriptionMessageAcknowledgedArgs = {
  companyId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionMessageAddedArgs = {
  companyId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionMessageReadArgs = {
  companyId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionUnreadCountChangedArgs = {
  companyId?: InputMaybe<Scalars['ID']['input']>;
};

export type TaxForm =
  | 'FULL_ACCOUNTING'
  | 'LUMP_SUM'
  | 'TAX_BOOK';

export type UnreadCount = {
  __typename?: 'UnreadCount';
  /** The company counted, or null for all of the viewer’s companies. */
  companyId?: Maybe<Scalars['ID']['output']>;
  count: Scalars['Int']['output'];
};

/** A partial update: fields left out keep their value. */
export type UpdateCompanyInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Checked, unique in the office. */
  nip?: InputMaybe<Scalars['String']['input']>;
  taxForm?: InputMaybe<TaxForm>;
  vatPayer?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Your own name and language; a field left out stays as it is. */
export type UpdateMyAccountInput = {
  /** The language of Ledgerpost's emails to you (the web client follows it too). */
  language?: InputMaybe<Language>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type Upo = {
  __typename?: 'Upo';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  receivedAt: Scalars['DateTimeISO']['output'];
  referenceNumber: Scalars['String']['output'];
};

export type UpoInput = {
  declarationId: Scalars['ID']['input'];
  receivedAt: Scalars['DateTimeISO']['input'];
  /** The tax authority's reference number of the filing. */
  referenceNumber: Scalars['String']['input'];
};

export type User = {
  __typename?: 'User';
  /** A client's own companies (those the viewer may see). */
  companies: Array<Company>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** When an office head deactivated this person (`deactivateUser`); null while active. */
  deactivatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The language of Ledgerpost's own emails to this person; set in `updateMyAccount`. */
  language: Language;
  name: Scalars['String']['output'];
  /** Your own email alert preferences, if you are a client user; null for anyone else. */
  notificationPreferences?: Maybe<NotificationPreferences>;
  office?: Maybe<Office>;
  role: Role;
};

export type VatRegister =
  | 'PURCHASES'
  | 'SALES';

/** A webhook of the office: where events are POSTed, signed. */
export type Webhook = {
  __typename?: 'Webhook';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set when repeated failures stopped the webhook; it then gets no more events. */
  disabledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  events: Array<WebhookEvent>;
  /** Failed attempts in a row; a delivered event resets it. */
  failureCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** The last event the receiver accepted. */
  lastDeliveryAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The signing secret, in the answer of createWebhook only (null everywhere else): keep it then. */
  secret?: Maybe<Scalars['String']['output']>;
  url: Scalars['String']['output'];
};

/** One event sent (or to be sent) to a webhook. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** POSTs made so far. */
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  deliveredAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Why the last attempt failed, in a few words (never a body or a secret). */
  error?: Maybe<Scalars['String']['output']>;
  event: WebhookEvent;
  id: Scalars['ID']['output'];
  /** When a failed event is tried again. */
  nextAttemptAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The HTTP status of the last attempt. */
  responseStatus?: Maybe<Scalars['Int']['output']>;
  status: WebhookDeliveryStatus;
};

export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  edges: Array<WebhookDeliveryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

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

export type WithTypename<T extends { __typename?: any }> = Partial<T> & { __typename: NonNullable<T['__typename']> };

export type GraphCacheKeysConfig = {
  ApiToken?: (data: WithTypename<ApiToken>) => null | string,
  AttachmentLink?: (data: WithTypename<AttachmentLink>) => null | string,
  AuthPayload?: (data: WithTypename<AuthPayload>) => null | string,
  Broadcast?: (data: WithTypename<Broadcast>) => null | string,
  BroadcastConnection?: (data: WithTypename<BroadcastConnection>) => null | string,
  BroadcastEdge?: (data: WithTypename<BroadcastEdge>) => null | string,
  BroadcastRecipient?: (data: WithTypename<BroadcastRecipient>) => null | string,
  BroadcastRecipientConnection?: (data: WithTypename<BroadcastRecipientConnection>) => null | string,
  BroadcastRecipientEdge?: (data: WithTypename<BroadcastRecipientEdge>) => null | string,
  Company?: (data: WithTypename<Company>) => null | string,
  CompanyAccessChange?: (data: WithTypename<CompanyAccessChange>) => null | string,
  CompanyConnection?: (data: WithTypename<CompanyConnection>) => null | string,
  CompanyEdge?: (data: WithTypename<CompanyEdge>) => null | string,
  CompanyImportResult?: (data: WithTypename<CompanyImportResult>) => null | string,
  CompanyImportRow?: (data: WithTypename<CompanyImportRow>) => null | string,
  Conversation?: (data: WithTypename<Conversation>) => null | string,
  ConversationConnection?: (data: WithTypename<ConversationConnection>) => null | string,
  ConversationEdge?: (data: WithTypename<ConversationEdge>) => null | string,
  CreatedApiToken?: (data: WithTypename<CreatedApiToken>) => null | string,
  DeadlineReminderRule?: (data: WithTypename<DeadlineReminderRule>) => null | string,
  Declaration?: (data: WithTypename<Declaration>) => null | string,
  DemoAccounts?: (data: WithTypename<DemoAccounts>) => null | string,
  DemoLogin?: (data: WithTypename<DemoLogin>) => null | string,
  EmailDelivery?: (data: WithTypename<EmailDelivery>) => null | string,
  EmailDeliveryConnection?: (data: WithTypename<EmailDeliveryConnection>) => null | string,
  EmailDeliveryEdge?: (data: WithTypename<EmailDeliveryEdge>) => null | string,
  Invitation?: (data: WithTypename<Invitation>) => null | string,
  InvitationPreview?: (data: WithTypename<InvitationPreview>) => null | string,
  LedgerEntry?: (data: WithTypename<LedgerEntry>) => null | string,
  LedgerEntryConnection?: (data: WithTypename<LedgerEntryConnection>) => null | string,
  LedgerEntryEdge?: (data: WithTypename<LedgerEntryEdge>) => null | string,
  Message?: (data: WithTypename<Message>) => null | string,
  MessageConnection?: (data: WithTypename<MessageConnection>) => null | string,
  MessageEdge?: (data: WithTypename<MessageEdge>) => null | string,
  MessagePreview?: (data: WithTypename<MessagePreview>) => null | string,
  MessageTemplate?: (data: WithTypename<MessageTemplate>) => null | string,
  NotificationPreferences?: (data: WithTypename<NotificationPreferences>) => null | string,
  NotificationPreferencesLink?: (data: WithTypename<NotificationPreferencesLink>) => null | string,
  Office?: (data: WithTypename<Office>) => null | string,
  OfficeConnection?: (data: WithTypename<OfficeConnection>) => null | string,
  OfficeEdge?: (data: WithTypename<OfficeEdge>) => null | string,
  PageInfo?: (data: WithTypename<PageInfo>) => null | string,
  PlannedDeadlineReminder?: (data: WithTypename<PlannedDeadlineReminder>) => null | string,
  PrintoutOption?: (data: WithTypename<PrintoutOption>) => null | string,
  ReadReceipt?: (data: WithTypename<ReadReceipt>) => null | string,
  RecipientDownload?: (data: WithTypename<RecipientDownload>) => null | string,
  Session?: (data: WithTypename<Session>) => null | string,
  SmtpChange?: (data: WithTypename<SmtpChange>) => null | string,
  SmtpIntegration?: (data: WithTypename<SmtpIntegration>) => null | string,
  UnreadCount?: (data: WithTypename<UnreadCount>) => null | string,
  Upo?: (data: WithTypename<Upo>) => null | string,
  User?: (data: WithTypename<User>) => null | string,
  Webhook?: (data: WithTypename<Webhook>) => null | string,
  WebhookDelivery?: (data: WithTypename<WebhookDelivery>) => null | string,
  WebhookDeliveryConnection?: (data: WithTypename<WebhookDeliveryConnection>) => null | string,
  WebhookDeliveryEdge?: (data: WithTypename<WebhookDeliveryEdge>) => null | string
}

export type GraphCacheResolvers = {
  Query?: {
    apiTokens?: GraphCacheResolver<WithTypename<Query>, Record<string, never>, Array<WithTypename<ApiToken> | string>>,
    broadcast?: GraphCacheResolver<WithTypename<Query>, QueryBroadcastArgs, WithTypename<Broadcast> | string>,
    broadcasts?: GraphCacheResolver<WithTypename<Query>, QueryBroadcastsArgs, WithTypename<BroadcastConnection> | string>,
    companies?: GraphCacheResolver<WithTypename<Query>, QueryCompaniesArgs, WithTypename<CompanyConnection> | string>,
    company?: GraphCacheResolver<WithTypename<Query>, QueryCompanyArgs, WithTypename<Company> | string>,
    demoAccounts?: GraphCacheResolver<WithTypename<Query>, Record<string, never>, WithTypename<DemoAccounts> | string>,
    inbox?: GraphCacheResolver<WithTypename<Query>, QueryInboxArgs, WithTypename<ConversationConnection> | string>,
    invitation?: GraphCacheResolver<WithTypename<Query>, QueryInvitationArgs, WithTypename<InvitationPreview> | string>,
    ledgerEntries?: GraphCacheResolver<WithTypename<Query>, QueryLedgerEntriesArgs, WithTypename<LedgerEntryConnection> | string>,
    me?: GraphCacheResolver<WithTypename<Query>, Record<string, never>, WithTypename<User> | string>,
    messageTemplates?: GraphCacheResolver<WithTypename<Query>, Record<string, never>, Array<WithTypename<MessageTemplate> | string>>,
    messages?: GraphCacheResolver<WithTypename<Query>, QueryMessagesArgs, WithTypename<MessageConnection> | string>,
    mySessions?: GraphCacheResolver<WithTypename<Query>, Record<string, never>, Array<WithTypename<Session> | string>>,
    notificationPreferencesLink?: GraphCacheResolver<WithTypename<Query>, QueryNotificationPreferencesLinkArgs, WithTypename<NotificationPreferencesLink> | string>,
    offices?: GraphCacheResolver<WithTypename<Query>, QueryOfficesArgs, WithTypename<OfficeConnection> | string>,
    previewMessage?: GraphCacheResolver<WithTypename<Query>, QueryPreviewMessageArgs, WithTypename<MessagePreview> | string>,
    printoutOptions?: GraphCacheResolver<WithTypename<Query>, QueryPrintoutOptionsArgs, Array<WithTypename<PrintoutOption> | string>>,
    unreadCount?: GraphCacheResolver<WithTypename<Query>, QueryUnreadCountArgs, Scalars['Int']['output'] | string>,
    webhookDeliveries?: GraphCacheResolver<WithTypename<Query>, QueryWebhookDeliveriesArgs, WithTypename<WebhookDeliveryConnection> | string>,
    webhooks?: GraphCacheResolver<WithTypename<Query>, Record<string, never>, Array<WithTypename<Webhook> | string>>
  },
  ApiToken?: {
    createdAt?: GraphCacheResolver<WithTypename<ApiToken>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    createdBy?: GraphCacheResolver<WithTypename<ApiToken>, Record<string, never>, WithTypename<User> | string>,
    expiresAt?: GraphCacheResolver<WithTypename<ApiToken>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    hint?: GraphCacheResolver<WithTypename<ApiToken>, Record<string, never>, Scalars['String']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<ApiToken>, Record<string, never>, Scalars['ID']['output'] | string>,
    lastUsedAt?: GraphCacheResolver<WithTypename<ApiToken>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    name?: GraphCacheResolver<WithTypename<ApiToken>, Record<string, never>, Scalars['String']['output'] | string>,
    revokedAt?: GraphCacheResolver<WithTypename<ApiToken>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    scopes?: GraphCacheResolver<WithTypename<ApiToken>, Record<string, never>, Array<ApiScope | string>>
  },
  AttachmentLink?: {
    contentType?: GraphCacheResolver<WithTypename<AttachmentLink>, Record<string, never>, Scalars['String']['output'] | string>,
    createdAt?: GraphCacheResolver<WithTypename<AttachmentLink>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    downloadedAt?: GraphCacheResolver<WithTypename<AttachmentLink>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    filename?: GraphCacheResolver<WithTypename<AttachmentLink>, Record<string, never>, Scalars['String']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<AttachmentLink>, Record<string, never>, Scalars['ID']['output'] | string>,
    period?: GraphCacheResolver<WithTypename<AttachmentLink>, Record<string, never>, Scalars['String']['output'] | string>,
    printout?: GraphCacheResolver<WithTypename<AttachmentLink>, Record<string, never>, PrintoutKind | string>,
    size?: GraphCacheResolver<WithTypename<AttachmentLink>, Record<string, never>, Scalars['Int']['output'] | string>,
    url?: GraphCacheResolver<WithTypename<AttachmentLink>, Record<string, never>, Scalars['String']['output'] | string>
  },
  AuthPayload?: {
    token?: GraphCacheResolver<WithTypename<AuthPayload>, Record<string, never>, Scalars['String']['output'] | string>,
    user?: GraphCacheResolver<WithTypename<AuthPayload>, Record<string, never>, WithTypename<User> | string>
  },
  Broadcast?: {
    acknowledgedCount?: GraphCacheResolver<WithTypename<Broadcast>, Record<string, never>, Scalars['Int']['output'] | string>,
    author?: GraphCacheResolver<WithTypename<Broadcast>, Record<string, never>, WithTypename<User> | string>,
    cancelReason?: GraphCacheResolver<WithTypename<Broadcast>, Record<string, never>, BroadcastCancelReason | string>,
    cancelledAt?: GraphCacheResolver<WithTypename<Broadcast>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    createdAt?: GraphCacheResolver<WithTypename<Broadcast>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    deliveries?: GraphCacheResolver<WithTypename<Broadcast>, BroadcastDeliveriesArgs, WithTypename<EmailDeliveryConnection> | string>,
    failedCount?: GraphCacheResolver<WithTypename<Broadcast>, Record<string, never>, Scalars['Int']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<Broadcast>, Record<string, never>, Scalars['ID']['output'] | string>,
    kind?: GraphCacheResolver<WithTypename<Broadcast>, Record<string, never>, MessageKind | string>,
    origin?: GraphCacheResolver<WithTypename<Broadcast>, Record<string, never>, BroadcastOrigin | string>,
    preview?: GraphCacheResolver<WithTypename<Broadcast>, Record<string, never>, Scalars['String']['output'] | string>,
    queuedCount?: GraphCacheResolver<WithTypename<Broadcast>, Record<string, never>, Scalars['Int']['output'] | string>,
    readCount?: GraphCacheResolver<WithTypename<Broadcast>, Record<string, never>, Scalars['Int']['output'] | string>,
    recalledAt?: GraphCacheResolver<WithTypename<Broadcast>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    recipientCount?: GraphCacheResolver<WithTypename<Broadcast>, Record<string, never>, Scalars['Int']['output'] | string>,
    recipients?: GraphCacheResolver<WithTypename<Broadcast>, BroadcastRecipientsArgs, WithTypename<BroadcastRecipientConnection> | string>,
    reminders?: GraphCacheResolver<WithTypename<Broadcast>, Record<string, never>, Array<WithTypename<Broadcast> | string>>,
    remindsOf?: GraphCacheResolver<WithTypename<Broadcast>, Record<string, never>, WithTypename<Broadcast> | string>,
    requireAcknowledgment?: GraphCacheResolver<WithTypename<Broadcast>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    sendAt?: GraphCacheResolver<WithTypename<Broadcast>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    sentCount?: GraphCacheResolver<WithTypename<Broadcast>, Record<string, never>, Scalars['Int']['output'] | string>,
    status?: GraphCacheResolver<WithTypename<Broadcast>, Record<string, never>, BroadcastStatus | string>,
    subject?: GraphCacheResolver<WithTypename<Broadcast>, Record<string, never>, Scalars['String']['output'] | string>
  },
  BroadcastConnection?: {
    edges?: GraphCacheResolver<WithTypename<BroadcastConnection>, Record<string, never>, Array<WithTypename<BroadcastEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<BroadcastConnection>, Record<string, never>, WithTypename<PageInfo> | string>,
    totalCount?: GraphCacheResolver<WithTypename<BroadcastConnection>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  BroadcastEdge?: {
    cursor?: GraphCacheResolver<WithTypename<BroadcastEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<BroadcastEdge>, Record<string, never>, WithTypename<Broadcast> | string>
  },
  BroadcastRecipient?: {
    acknowledgedAt?: GraphCacheResolver<WithTypename<BroadcastRecipient>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    acknowledgedBy?: GraphCacheResolver<WithTypename<BroadcastRecipient>, Record<string, never>, WithTypename<User> | string>,
    attachmentCount?: GraphCacheResolver<WithTypename<BroadcastRecipient>, Record<string, never>, Scalars['Int']['output'] | string>,
    company?: GraphCacheResolver<WithTypename<BroadcastRecipient>, Record<string, never>, WithTypename<Company> | string>,
    downloads?: GraphCacheResolver<WithTypename<BroadcastRecipient>, Record<string, never>, Array<WithTypename<RecipientDownload> | string>>,
    emailError?: GraphCacheResolver<WithTypename<BroadcastRecipient>, Record<string, never>, Scalars['String']['output'] | string>,
    emailStatus?: GraphCacheResolver<WithTypename<BroadcastRecipient>, Record<string, never>, DeliveryStatus | string>,
    firstReadAt?: GraphCacheResolver<WithTypename<BroadcastRecipient>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    message?: GraphCacheResolver<WithTypename<BroadcastRecipient>, Record<string, never>, WithTypename<Message> | string>,
    read?: GraphCacheResolver<WithTypename<BroadcastRecipient>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    reads?: GraphCacheResolver<WithTypename<BroadcastRecipient>, Record<string, never>, Array<WithTypename<ReadReceipt> | string>>,
    recalled?: GraphCacheResolver<WithTypename<BroadcastRecipient>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    repliedAt?: GraphCacheResolver<WithTypename<BroadcastRecipient>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>
  },
  BroadcastRecipientConnection?: {
    edges?: GraphCacheResolver<WithTypename<BroadcastRecipientConnection>, Record<string, never>, Array<WithTypename<BroadcastRecipientEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<BroadcastRecipientConnection>, Record<string, never>, WithTypename<PageInfo> | string>,
    totalCount?: GraphCacheResolver<WithTypename<BroadcastRecipientConnection>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  BroadcastRecipientEdge?: {
    cursor?: GraphCacheResolver<WithTypename<BroadcastRecipientEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<BroadcastRecipientEdge>, Record<string, never>, WithTypename<BroadcastRecipient> | string>
  },
  Company?: {
    acknowledgmentRequests?: GraphCacheResolver<WithTypename<Company>, CompanyAcknowledgmentRequestsArgs, WithTypename<MessageConnection> | string>,
    archivedAt?: GraphCacheResolver<WithTypename<Company>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    caretaker?: GraphCacheResolver<WithTypename<Company>, Record<string, never>, WithTypename<User> | string>,
    createdAt?: GraphCacheResolver<WithTypename<Company>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    declarations?: GraphCacheResolver<WithTypename<Company>, CompanyDeclarationsArgs, Array<WithTypename<Declaration> | string>>,
    email?: GraphCacheResolver<WithTypename<Company>, Record<string, never>, Scalars['String']['output'] | string>,
    emails?: GraphCacheResolver<WithTypename<Company>, CompanyEmailsArgs, WithTypename<MessageConnection> | string>,
    id?: GraphCacheResolver<WithTypename<Company>, Record<string, never>, Scalars['ID']['output'] | string>,
    lastMessage?: GraphCacheResolver<WithTypename<Company>, Record<string, never>, WithTypename<Message> | string>,
    lastPrintoutEmail?: GraphCacheResolver<WithTypename<Company>, Record<string, never>, WithTypename<Message> | string>,
    latestDeclaration?: GraphCacheResolver<WithTypename<Company>, Record<string, never>, WithTypename<Declaration> | string>,
    name?: GraphCacheResolver<WithTypename<Company>, Record<string, never>, Scalars['String']['output'] | string>,
    nip?: GraphCacheResolver<WithTypename<Company>, Record<string, never>, Scalars['String']['output'] | string>,
    taxForm?: GraphCacheResolver<WithTypename<Company>, Record<string, never>, TaxForm | string>,
    unreadFromClientCount?: GraphCacheResolver<WithTypename<Company>, Record<string, never>, Scalars['Int']['output'] | string>,
    users?: GraphCacheResolver<WithTypename<Company>, Record<string, never>, Array<WithTypename<User> | string>>,
    vatPayer?: GraphCacheResolver<WithTypename<Company>, Record<string, never>, Scalars['Boolean']['output'] | string>
  },
  CompanyAccessChange?: {
    companyId?: GraphCacheResolver<WithTypename<CompanyAccessChange>, Record<string, never>, Scalars['ID']['output'] | string>,
    visible?: GraphCacheResolver<WithTypename<CompanyAccessChange>, Record<string, never>, Scalars['Boolean']['output'] | string>
  },
  CompanyConnection?: {
    edges?: GraphCacheResolver<WithTypename<CompanyConnection>, Record<string, never>, Array<WithTypename<CompanyEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<CompanyConnection>, Record<string, never>, WithTypename<PageInfo> | string>,
    totalCount?: GraphCacheResolver<WithTypename<CompanyConnection>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  CompanyEdge?: {
    cursor?: GraphCacheResolver<WithTypename<CompanyEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<CompanyEdge>, Record<string, never>, WithTypename<Company> | string>
  },
  CompanyImportResult?: {
    applied?: GraphCacheResolver<WithTypename<CompanyImportResult>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    created?: GraphCacheResolver<WithTypename<CompanyImportResult>, Record<string, never>, Scalars['Int']['output'] | string>,
    failed?: GraphCacheResolver<WithTypename<CompanyImportResult>, Record<string, never>, Scalars['Int']['output'] | string>,
    rows?: GraphCacheResolver<WithTypename<CompanyImportResult>, Record<string, never>, Array<WithTypename<CompanyImportRow> | string>>,
    unchanged?: GraphCacheResolver<WithTypename<CompanyImportResult>, Record<string, never>, Scalars['Int']['output'] | string>,
    updated?: GraphCacheResolver<WithTypename<CompanyImportResult>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  CompanyImportRow?: {
    column?: GraphCacheResolver<WithTypename<CompanyImportRow>, Record<string, never>, Scalars['String']['output'] | string>,
    error?: GraphCacheResolver<WithTypename<CompanyImportRow>, Record<string, never>, Scalars['String']['output'] | string>,
    line?: GraphCacheResolver<WithTypename<CompanyImportRow>, Record<string, never>, Scalars['Int']['output'] | string>,
    name?: GraphCacheResolver<WithTypename<CompanyImportRow>, Record<string, never>, Scalars['String']['output'] | string>,
    nip?: GraphCacheResolver<WithTypename<CompanyImportRow>, Record<string, never>, Scalars['String']['output'] | string>,
    status?: GraphCacheResolver<WithTypename<CompanyImportRow>, Record<string, never>, CompanyImportRowStatus | string>
  },
  Conversation?: {
    awaitingReplySince?: GraphCacheResolver<WithTypename<Conversation>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    closedAt?: GraphCacheResolver<WithTypename<Conversation>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    company?: GraphCacheResolver<WithTypename<Conversation>, Record<string, never>, WithTypename<Company> | string>,
    lastActivityAt?: GraphCacheResolver<WithTypename<Conversation>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    lastClientMessage?: GraphCacheResolver<WithTypename<Conversation>, Record<string, never>, WithTypename<Message> | string>,
    lastMessage?: GraphCacheResolver<WithTypename<Conversation>, Record<string, never>, WithTypename<Message> | string>,
    status?: GraphCacheResolver<WithTypename<Conversation>, Record<string, never>, ConversationStatus | string>,
    unreadFromClientCount?: GraphCacheResolver<WithTypename<Conversation>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  ConversationConnection?: {
    edges?: GraphCacheResolver<WithTypename<ConversationConnection>, Record<string, never>, Array<WithTypename<ConversationEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<ConversationConnection>, Record<string, never>, WithTypename<PageInfo> | string>,
    totalCount?: GraphCacheResolver<WithTypename<ConversationConnection>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  ConversationEdge?: {
    cursor?: GraphCacheResolver<WithTypename<ConversationEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<ConversationEdge>, Record<string, never>, WithTypename<Conversation> | string>
  },
  CreatedApiToken?: {
    apiToken?: GraphCacheResolver<WithTypename<CreatedApiToken>, Record<string, never>, WithTypename<ApiToken> | string>,
    token?: GraphCacheResolver<WithTypename<CreatedApiToken>, Record<string, never>, Scalars['String']['output'] | string>
  },
  DeadlineReminderRule?: {
    createdAt?: GraphCacheResolver<WithTypename<DeadlineReminderRule>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    daysBefore?: GraphCacheResolver<WithTypename<DeadlineReminderRule>, Record<string, never>, Scalars['Int']['output'] | string>,
    enabled?: GraphCacheResolver<WithTypename<DeadlineReminderRule>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    hour?: GraphCacheResolver<WithTypename<DeadlineReminderRule>, Record<string, never>, Scalars['Int']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<DeadlineReminderRule>, Record<string, never>, Scalars['ID']['output'] | string>,
    planned?: GraphCacheResolver<WithTypename<DeadlineReminderRule>, DeadlineReminderRulePlannedArgs, Array<WithTypename<PlannedDeadlineReminder> | string>>,
    templateId?: GraphCacheResolver<WithTypename<DeadlineReminderRule>, Record<string, never>, Scalars['ID']['output'] | string>,
    updatedAt?: GraphCacheResolver<WithTypename<DeadlineReminderRule>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>
  },
  Declaration?: {
    createdAt?: GraphCacheResolver<WithTypename<Declaration>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    dueDate?: GraphCacheResolver<WithTypename<Declaration>, Record<string, never>, Scalars['String']['output'] | string>,
    filedAt?: GraphCacheResolver<WithTypename<Declaration>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<Declaration>, Record<string, never>, Scalars['ID']['output'] | string>,
    paidAt?: GraphCacheResolver<WithTypename<Declaration>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    period?: GraphCacheResolver<WithTypename<Declaration>, Record<string, never>, Scalars['String']['output'] | string>,
    status?: GraphCacheResolver<WithTypename<Declaration>, Record<string, never>, DeclarationStatus | string>,
    taxBase?: GraphCacheResolver<WithTypename<Declaration>, Record<string, never>, Scalars['String']['output'] | string>,
    taxDue?: GraphCacheResolver<WithTypename<Declaration>, Record<string, never>, Scalars['String']['output'] | string>,
    type?: GraphCacheResolver<WithTypename<Declaration>, Record<string, never>, Scalars['String']['output'] | string>,
    upo?: GraphCacheResolver<WithTypename<Declaration>, Record<string, never>, WithTypename<Upo> | string>
  },
  DemoAccounts?: {
    logins?: GraphCacheResolver<WithTypename<DemoAccounts>, Record<string, never>, Array<WithTypename<DemoLogin> | string>>,
    password?: GraphCacheResolver<WithTypename<DemoAccounts>, Record<string, never>, Scalars['String']['output'] | string>
  },
  DemoLogin?: {
    email?: GraphCacheResolver<WithTypename<DemoLogin>, Record<string, never>, Scalars['String']['output'] | string>,
    lastEmail?: GraphCacheResolver<WithTypename<DemoLogin>, Record<string, never>, Scalars['String']['output'] | string>,
    office?: GraphCacheResolver<WithTypename<DemoLogin>, Record<string, never>, Scalars['String']['output'] | string>,
    role?: GraphCacheResolver<WithTypename<DemoLogin>, Record<string, never>, Scalars['String']['output'] | string>,
    userRole?: GraphCacheResolver<WithTypename<DemoLogin>, Record<string, never>, Role | string>
  },
  EmailDelivery?: {
    attempts?: GraphCacheResolver<WithTypename<EmailDelivery>, Record<string, never>, Scalars['Int']['output'] | string>,
    company?: GraphCacheResolver<WithTypename<EmailDelivery>, Record<string, never>, WithTypename<Company> | string>,
    createdAt?: GraphCacheResolver<WithTypename<EmailDelivery>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<EmailDelivery>, Record<string, never>, Scalars['ID']['output'] | string>,
    lastError?: GraphCacheResolver<WithTypename<EmailDelivery>, Record<string, never>, Scalars['String']['output'] | string>,
    message?: GraphCacheResolver<WithTypename<EmailDelivery>, Record<string, never>, WithTypename<Message> | string>,
    sentAt?: GraphCacheResolver<WithTypename<EmailDelivery>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    status?: GraphCacheResolver<WithTypename<EmailDelivery>, Record<string, never>, DeliveryStatus | string>,
    toAddress?: GraphCacheResolver<WithTypename<EmailDelivery>, Record<string, never>, Scalars['String']['output'] | string>
  },
  EmailDeliveryConnection?: {
    edges?: GraphCacheResolver<WithTypename<EmailDeliveryConnection>, Record<string, never>, Array<WithTypename<EmailDeliveryEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<EmailDeliveryConnection>, Record<string, never>, WithTypename<PageInfo> | string>,
    totalCount?: GraphCacheResolver<WithTypename<EmailDeliveryConnection>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  EmailDeliveryEdge?: {
    cursor?: GraphCacheResolver<WithTypename<EmailDeliveryEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<EmailDeliveryEdge>, Record<string, never>, WithTypename<EmailDelivery> | string>
  },
  Invitation?: {
    company?: GraphCacheResolver<WithTypename<Invitation>, Record<string, never>, WithTypename<Company> | string>,
    createdAt?: GraphCacheResolver<WithTypename<Invitation>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    email?: GraphCacheResolver<WithTypename<Invitation>, Record<string, never>, Scalars['String']['output'] | string>,
    expiresAt?: GraphCacheResolver<WithTypename<Invitation>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<Invitation>, Record<string, never>, Scalars['ID']['output'] | string>,
    invitedBy?: GraphCacheResolver<WithTypename<Invitation>, Record<string, never>, WithTypename<User> | string>,
    language?: GraphCacheResolver<WithTypename<Invitation>, Record<string, never>, Language | string>,
    name?: GraphCacheResolver<WithTypename<Invitation>, Record<string, never>, Scalars['String']['output'] | string>,
    office?: GraphCacheResolver<WithTypename<Invitation>, Record<string, never>, WithTypename<Office> | string>,
    role?: GraphCacheResolver<WithTypename<Invitation>, Record<string, never>, Role | string>,
    status?: GraphCacheResolver<WithTypename<Invitation>, Record<string, never>, InvitationStatus | string>
  },
  InvitationPreview?: {
    companyName?: GraphCacheResolver<WithTypename<InvitationPreview>, Record<string, never>, Scalars['String']['output'] | string>,
    email?: GraphCacheResolver<WithTypename<InvitationPreview>, Record<string, never>, Scalars['String']['output'] | string>,
    expiresAt?: GraphCacheResolver<WithTypename<InvitationPreview>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    language?: GraphCacheResolver<WithTypename<InvitationPreview>, Record<string, never>, Language | string>,
    officeName?: GraphCacheResolver<WithTypename<InvitationPreview>, Record<string, never>, Scalars['String']['output'] | string>,
    role?: GraphCacheResolver<WithTypename<InvitationPreview>, Record<string, never>, Role | string>
  },
  LedgerEntry?: {
    column?: GraphCacheResolver<WithTypename<LedgerEntry>, Record<string, never>, Scalars['String']['output'] | string>,
    contraAccount?: GraphCacheResolver<WithTypename<LedgerEntry>, Record<string, never>, Scalars['String']['output'] | string>,
    counterparty?: GraphCacheResolver<WithTypename<LedgerEntry>, Record<string, never>, Scalars['String']['output'] | string>,
    counterpartyNip?: GraphCacheResolver<WithTypename<LedgerEntry>, Record<string, never>, Scalars['String']['output'] | string>,
    createdAt?: GraphCacheResolver<WithTypename<LedgerEntry>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    date?: GraphCacheResolver<WithTypename<LedgerEntry>, Record<string, never>, Scalars['String']['output'] | string>,
    description?: GraphCacheResolver<WithTypename<LedgerEntry>, Record<string, never>, Scalars['String']['output'] | string>,
    documentNumber?: GraphCacheResolver<WithTypename<LedgerEntry>, Record<string, never>, Scalars['String']['output'] | string>,
    gross?: GraphCacheResolver<WithTypename<LedgerEntry>, Record<string, never>, Scalars['String']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<LedgerEntry>, Record<string, never>, Scalars['ID']['output'] | string>,
    net?: GraphCacheResolver<WithTypename<LedgerEntry>, Record<string, never>, Scalars['String']['output'] | string>,
    vat?: GraphCacheResolver<WithTypename<LedgerEntry>, Record<string, never>, Scalars['String']['output'] | string>,
    vatRegister?: GraphCacheResolver<WithTypename<LedgerEntry>, Record<string, never>, VatRegister | string>
  },
  LedgerEntryConnection?: {
    edges?: GraphCacheResolver<WithTypename<LedgerEntryConnection>, Record<string, never>, Array<WithTypename<LedgerEntryEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<LedgerEntryConnection>, Record<string, never>, WithTypename<PageInfo> | string>,
    totalCount?: GraphCacheResolver<WithTypename<LedgerEntryConnection>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  LedgerEntryEdge?: {
    cursor?: GraphCacheResolver<WithTypename<LedgerEntryEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<LedgerEntryEdge>, Record<string, never>, WithTypename<LedgerEntry> | string>
  },
  Message?: {
    acknowledgedAt?: GraphCacheResolver<WithTypename<Message>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    acknowledgedBy?: GraphCacheResolver<WithTypename<Message>, Record<string, never>, WithTypename<User> | string>,
    attachments?: GraphCacheResolver<WithTypename<Message>, Record<string, never>, Array<WithTypename<AttachmentLink> | string>>,
    author?: GraphCacheResolver<WithTypename<Message>, Record<string, never>, WithTypename<User> | string>,
    body?: GraphCacheResolver<WithTypename<Message>, Record<string, never>, Scalars['String']['output'] | string>,
    company?: GraphCacheResolver<WithTypename<Message>, Record<string, never>, WithTypename<Company> | string>,
    createdAt?: GraphCacheResolver<WithTypename<Message>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    delivery?: GraphCacheResolver<WithTypename<Message>, Record<string, never>, WithTypename<EmailDelivery> | string>,
    direction?: GraphCacheResolver<WithTypename<Message>, Record<string, never>, MessageDirection | string>,
    html?: GraphCacheResolver<WithTypename<Message>, Record<string, never>, Scalars['String']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<Message>, Record<string, never>, Scalars['ID']['output'] | string>,
    kind?: GraphCacheResolver<WithTypename<Message>, Record<string, never>, MessageKind | string>,
    readByMe?: GraphCacheResolver<WithTypename<Message>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    recalledAt?: GraphCacheResolver<WithTypename<Message>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    receipts?: GraphCacheResolver<WithTypename<Message>, Record<string, never>, Array<WithTypename<ReadReceipt> | string>>,
    requiresAcknowledgment?: GraphCacheResolver<WithTypename<Message>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    subject?: GraphCacheResolver<WithTypename<Message>, Record<string, never>, Scalars['String']['output'] | string>
  },
  MessageConnection?: {
    edges?: GraphCacheResolver<WithTypename<MessageConnection>, Record<string, never>, Array<WithTypename<MessageEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<MessageConnection>, Record<string, never>, WithTypename<PageInfo> | string>,
    totalCount?: GraphCacheResolver<WithTypename<MessageConnection>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  MessageEdge?: {
    cursor?: GraphCacheResolver<WithTypename<MessageEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<MessageEdge>, Record<string, never>, WithTypename<Message> | string>
  },
  MessagePreview?: {
    body?: GraphCacheResolver<WithTypename<MessagePreview>, Record<string, never>, Scalars['String']['output'] | string>,
    html?: GraphCacheResolver<WithTypename<MessagePreview>, Record<string, never>, Scalars['String']['output'] | string>,
    missing?: GraphCacheResolver<WithTypename<MessagePreview>, Record<string, never>, Array<Scalars['String']['output'] | string>>,
    subject?: GraphCacheResolver<WithTypename<MessagePreview>, Record<string, never>, Scalars['String']['output'] | string>
  },
  MessageTemplate?: {
    author?: GraphCacheResolver<WithTypename<MessageTemplate>, Record<string, never>, WithTypename<User> | string>,
    createdAt?: GraphCacheResolver<WithTypename<MessageTemplate>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    html?: GraphCacheResolver<WithTypename<MessageTemplate>, Record<string, never>, Scalars['String']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<MessageTemplate>, Record<string, never>, Scalars['ID']['output'] | string>,
    kind?: GraphCacheResolver<WithTypename<MessageTemplate>, Record<string, never>, MessageTemplateKind | string>,
    name?: GraphCacheResolver<WithTypename<MessageTemplate>, Record<string, never>, Scalars['String']['output'] | string>,
    subject?: GraphCacheResolver<WithTypename<MessageTemplate>, Record<string, never>, Scalars['String']['output'] | string>,
    updatedAt?: GraphCacheResolver<WithTypename<MessageTemplate>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>
  },
  NotificationPreferences?: {
    newMessages?: GraphCacheResolver<WithTypename<NotificationPreferences>, Record<string, never>, NewMessagesAlert | string>
  },
  NotificationPreferencesLink?: {
    email?: GraphCacheResolver<WithTypename<NotificationPreferencesLink>, Record<string, never>, Scalars['String']['output'] | string>,
    newMessages?: GraphCacheResolver<WithTypename<NotificationPreferencesLink>, Record<string, never>, NewMessagesAlert | string>
  },
  Office?: {
    canSendEmail?: GraphCacheResolver<WithTypename<Office>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    caretakers?: GraphCacheResolver<WithTypename<Office>, Record<string, never>, Array<WithTypename<User> | string>>,
    createdAt?: GraphCacheResolver<WithTypename<Office>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    deadlineReminderRule?: GraphCacheResolver<WithTypename<Office>, Record<string, never>, WithTypename<DeadlineReminderRule> | string>,
    id?: GraphCacheResolver<WithTypename<Office>, Record<string, never>, Scalars['ID']['output'] | string>,
    invitations?: GraphCacheResolver<WithTypename<Office>, OfficeInvitationsArgs, Array<WithTypename<Invitation> | string>>,
    logo?: GraphCacheResolver<WithTypename<Office>, Record<string, never>, WithTypename<AttachmentLink> | string>,
    name?: GraphCacheResolver<WithTypename<Office>, Record<string, never>, Scalars['String']['output'] | string>,
    nip?: GraphCacheResolver<WithTypename<Office>, Record<string, never>, Scalars['String']['output'] | string>,
    smtpChangedAt?: GraphCacheResolver<WithTypename<Office>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    smtpChanges?: GraphCacheResolver<WithTypename<Office>, Record<string, never>, Array<WithTypename<SmtpChange> | string>>,
    smtpConfigured?: GraphCacheResolver<WithTypename<Office>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    smtpIntegration?: GraphCacheResolver<WithTypename<Office>, Record<string, never>, WithTypename<SmtpIntegration> | string>,
    staff?: GraphCacheResolver<WithTypename<Office>, Record<string, never>, Array<WithTypename<User> | string>>,
    verification?: GraphCacheResolver<WithTypename<Office>, Record<string, never>, OfficeVerification | string>
  },
  OfficeConnection?: {
    edges?: GraphCacheResolver<WithTypename<OfficeConnection>, Record<string, never>, Array<WithTypename<OfficeEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<OfficeConnection>, Record<string, never>, WithTypename<PageInfo> | string>,
    totalCount?: GraphCacheResolver<WithTypename<OfficeConnection>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  OfficeEdge?: {
    cursor?: GraphCacheResolver<WithTypename<OfficeEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<OfficeEdge>, Record<string, never>, WithTypename<Office> | string>
  },
  PageInfo?: {
    endCursor?: GraphCacheResolver<WithTypename<PageInfo>, Record<string, never>, Scalars['String']['output'] | string>,
    hasNextPage?: GraphCacheResolver<WithTypename<PageInfo>, Record<string, never>, Scalars['Boolean']['output'] | string>
  },
  PlannedDeadlineReminder?: {
    companyId?: GraphCacheResolver<WithTypename<PlannedDeadlineReminder>, Record<string, never>, Scalars['ID']['output'] | string>,
    companyName?: GraphCacheResolver<WithTypename<PlannedDeadlineReminder>, Record<string, never>, Scalars['String']['output'] | string>,
    declarationId?: GraphCacheResolver<WithTypename<PlannedDeadlineReminder>, Record<string, never>, Scalars['ID']['output'] | string>,
    declarationType?: GraphCacheResolver<WithTypename<PlannedDeadlineReminder>, Record<string, never>, Scalars['String']['output'] | string>,
    dueDate?: GraphCacheResolver<WithTypename<PlannedDeadlineReminder>, Record<string, never>, Scalars['String']['output'] | string>,
    period?: GraphCacheResolver<WithTypename<PlannedDeadlineReminder>, Record<string, never>, Scalars['String']['output'] | string>,
    remindOn?: GraphCacheResolver<WithTypename<PlannedDeadlineReminder>, Record<string, never>, Scalars['String']['output'] | string>,
    taxDue?: GraphCacheResolver<WithTypename<PlannedDeadlineReminder>, Record<string, never>, Scalars['String']['output'] | string>
  },
  PrintoutOption?: {
    companyCount?: GraphCacheResolver<WithTypename<PrintoutOption>, Record<string, never>, Scalars['Int']['output'] | string>,
    companyIds?: GraphCacheResolver<WithTypename<PrintoutOption>, Record<string, never>, Array<Scalars['ID']['output'] | string>>,
    kind?: GraphCacheResolver<WithTypename<PrintoutOption>, Record<string, never>, PrintoutKind | string>,
    label?: GraphCacheResolver<WithTypename<PrintoutOption>, Record<string, never>, Scalars['String']['output'] | string>
  },
  ReadReceipt?: {
    message?: GraphCacheResolver<WithTypename<ReadReceipt>, Record<string, never>, WithTypename<Message> | string>,
    readAt?: GraphCacheResolver<WithTypename<ReadReceipt>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    user?: GraphCacheResolver<WithTypename<ReadReceipt>, Record<string, never>, WithTypename<User> | string>
  },
  RecipientDownload?: {
    downloadedAt?: GraphCacheResolver<WithTypename<RecipientDownload>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    file?: GraphCacheResolver<WithTypename<RecipientDownload>, Record<string, never>, WithTypename<AttachmentLink> | string>,
    user?: GraphCacheResolver<WithTypename<RecipientDownload>, Record<string, never>, WithTypename<User> | string>
  },
  Session?: {
    createdAt?: GraphCacheResolver<WithTypename<Session>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    current?: GraphCacheResolver<WithTypename<Session>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<Session>, Record<string, never>, Scalars['ID']['output'] | string>,
    lastUsedAt?: GraphCacheResolver<WithTypename<Session>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    userAgent?: GraphCacheResolver<WithTypename<Session>, Record<string, never>, Scalars['String']['output'] | string>
  },
  SmtpChange?: {
    changedBy?: GraphCacheResolver<WithTypename<SmtpChange>, Record<string, never>, WithTypename<User> | string>,
    createdAt?: GraphCacheResolver<WithTypename<SmtpChange>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    host?: GraphCacheResolver<WithTypename<SmtpChange>, Record<string, never>, Scalars['String']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<SmtpChange>, Record<string, never>, Scalars['ID']['output'] | string>,
    port?: GraphCacheResolver<WithTypename<SmtpChange>, Record<string, never>, Scalars['Int']['output'] | string>,
    previousHost?: GraphCacheResolver<WithTypename<SmtpChange>, Record<string, never>, Scalars['String']['output'] | string>,
    previousPort?: GraphCacheResolver<WithTypename<SmtpChange>, Record<string, never>, Scalars['Int']['output'] | string>,
    previousUsername?: GraphCacheResolver<WithTypename<SmtpChange>, Record<string, never>, Scalars['String']['output'] | string>,
    username?: GraphCacheResolver<WithTypename<SmtpChange>, Record<string, never>, Scalars['String']['output'] | string>,
    verification?: GraphCacheResolver<WithTypename<SmtpChange>, Record<string, never>, OfficeVerification | string>
  },
  SmtpIntegration?: {
    createdAt?: GraphCacheResolver<WithTypename<SmtpIntegration>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    fromAddress?: GraphCacheResolver<WithTypename<SmtpIntegration>, Record<string, never>, Scalars['String']['output'] | string>,
    fromName?: GraphCacheResolver<WithTypename<SmtpIntegration>, Record<string, never>, Scalars['String']['output'] | string>,
    host?: GraphCacheResolver<WithTypename<SmtpIntegration>, Record<string, never>, Scalars['String']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<SmtpIntegration>, Record<string, never>, Scalars['ID']['output'] | string>,
    lastTestError?: GraphCacheResolver<WithTypename<SmtpIntegration>, Record<string, never>, Scalars['String']['output'] | string>,
    lastTestOk?: GraphCacheResolver<WithTypename<SmtpIntegration>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    lastTestedAt?: GraphCacheResolver<WithTypename<SmtpIntegration>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    port?: GraphCacheResolver<WithTypename<SmtpIntegration>, Record<string, never>, Scalars['Int']['output'] | string>,
    security?: GraphCacheResolver<WithTypename<SmtpIntegration>, Record<string, never>, SmtpSecurity | string>,
    username?: GraphCacheResolver<WithTypename<SmtpIntegration>, Record<string, never>, Scalars['String']['output'] | string>
  },
  UnreadCount?: {
    companyId?: GraphCacheResolver<WithTypename<UnreadCount>, Record<string, never>, Scalars['ID']['output'] | string>,
    count?: GraphCacheResolver<WithTypename<UnreadCount>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  Upo?: {
    createdAt?: GraphCacheResolver<WithTypename<Upo>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<Upo>, Record<string, never>, Scalars['ID']['output'] | string>,
    receivedAt?: GraphCacheResolver<WithTypename<Upo>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    referenceNumber?: GraphCacheResolver<WithTypename<Upo>, Record<string, never>, Scalars['String']['output'] | string>
  },
  User?: {
    companies?: GraphCacheResolver<WithTypename<User>, Record<string, never>, Array<WithTypename<Company> | string>>,
    createdAt?: GraphCacheResolver<WithTypename<User>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    deactivatedAt?: GraphCacheResolver<WithTypename<User>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    email?: GraphCacheResolver<WithTypename<User>, Record<string, never>, Scalars['String']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<User>, Record<string, never>, Scalars['ID']['output'] | string>,
    language?: GraphCacheResolver<WithTypename<User>, Record<string, never>, Language | string>,
    name?: GraphCacheResolver<WithTypename<User>, Record<string, never>, Scalars['String']['output'] | string>,
    notificationPreferences?: GraphCacheResolver<WithTypename<User>, Record<string, never>, WithTypename<NotificationPreferences> | string>,
    office?: GraphCacheResolver<WithTypename<User>, Record<string, never>, WithTypename<Office> | string>,
    role?: GraphCacheResolver<WithTypename<User>, Record<string, never>, Role | string>
  },
  Webhook?: {
    createdAt?: GraphCacheResolver<WithTypename<Webhook>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    disabledAt?: GraphCacheResolver<WithTypename<Webhook>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    events?: GraphCacheResolver<WithTypename<Webhook>, Record<string, never>, Array<WebhookEvent | string>>,
    failureCount?: GraphCacheResolver<WithTypename<Webhook>, Record<string, never>, Scalars['Int']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<Webhook>, Record<string, never>, Scalars['ID']['output'] | string>,
    lastDeliveryAt?: GraphCacheResolver<WithTypename<Webhook>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    secret?: GraphCacheResolver<WithTypename<Webhook>, Record<string, never>, Scalars['String']['output'] | string>,
    url?: GraphCacheResolver<WithTypename<Webhook>, Record<string, never>, Scalars['String']['output'] | string>
  },
  WebhookDelivery?: {
    attempts?: GraphCacheResolver<WithTypename<WebhookDelivery>, Record<string, never>, Scalars['Int']['output'] | string>,
    createdAt?: GraphCacheResolver<WithTypename<WebhookDelivery>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    deliveredAt?: GraphCacheResolver<WithTypename<WebhookDelivery>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    error?: GraphCacheResolver<WithTypename<WebhookDelivery>, Record<string, never>, Scalars['String']['output'] | string>,
    event?: GraphCacheResolver<WithTypename<WebhookDelivery>, Record<string, never>, WebhookEvent | string>,
    id?: GraphCacheResolver<WithTypename<WebhookDelivery>, Record<string, never>, Scalars['ID']['output'] | string>,
    nextAttemptAt?: GraphCacheResolver<WithTypename<WebhookDelivery>, Record<string, never>, Scalars['DateTimeISO']['output'] | string>,
    responseStatus?: GraphCacheResolver<WithTypename<WebhookDelivery>, Record<string, never>, Scalars['Int']['output'] | string>,
    status?: GraphCacheResolver<WithTypename<WebhookDelivery>, Record<string, never>, WebhookDeliveryStatus | string>
  },
  WebhookDeliveryConnection?: {
    edges?: GraphCacheResolver<WithTypename<WebhookDeliveryConnection>, Record<string, never>, Array<WithTypename<WebhookDeliveryEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<WebhookDeliveryConnection>, Record<string, never>, WithTypename<PageInfo> | string>,
    totalCount?: GraphCacheResolver<WithTypename<WebhookDeliveryConnection>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  WebhookDeliveryEdge?: {
    cursor?: GraphCacheResolver<WithTypename<WebhookDeliveryEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<WebhookDeliveryEdge>, Record<string, never>, WithTypename<WebhookDelivery> | string>
  }
};

export type GraphCacheOptimisticUpdaters = {
  acceptInvitation?: GraphCacheOptimisticMutationResolver<MutationAcceptInvitationArgs, WithTypename<AuthPayload>>,
  acknowledgeMessage?: GraphCacheOptimisticMutationResolver<MutationAcknowledgeMessageArgs, WithTypename<Message>>,
  archiveCompany?: GraphCacheOptimisticMutationResolver<MutationArchiveCompanyArgs, WithTypename<Company>>,
  assignCaretaker?: GraphCacheOptimisticMutationResolver<MutationAssignCaretakerArgs, Scalars['Int']['output']>,
  cancelBroadcast?: GraphCacheOptimisticMutationResolver<MutationCancelBroadcastArgs, WithTypename<Broadcast>>,
  changePassword?: GraphCacheOptimisticMutationResolver<MutationChangePasswordArgs, Scalars['Boolean']['output']>,
  closeConversation?: GraphCacheOptimisticMutationResolver<MutationCloseConversationArgs, WithTypename<Conversation>>,
  createApiToken?: GraphCacheOptimisticMutationResolver<MutationCreateApiTokenArgs, WithTypename<CreatedApiToken>>,
  createCompany?: GraphCacheOptimisticMutationResolver<MutationCreateCompanyArgs, WithTypename<Company>>,
  createMessageTemplate?: GraphCacheOptimisticMutationResolver<MutationCreateMessageTemplateArgs, WithTypename<MessageTemplate>>,
  createWebhook?: GraphCacheOptimisticMutationResolver<MutationCreateWebhookArgs, WithTypename<Webhook>>,
  deactivateUser?: GraphCacheOptimisticMutationResolver<MutationDeactivateUserArgs, WithTypename<User>>,
  deleteMessageTemplate?: GraphCacheOptimisticMutationResolver<MutationDeleteMessageTemplateArgs, Scalars['Boolean']['output']>,
  deleteWebhook?: GraphCacheOptimisticMutationResolver<MutationDeleteWebhookArgs, Scalars['Boolean']['output']>,
  importCompanies?: GraphCacheOptimisticMutationResolver<MutationImportCompaniesArgs, WithTypename<CompanyImportResult>>,
  importLedgerEntries?: GraphCacheOptimisticMutationResolver<MutationImportLedgerEntriesArgs, Scalars['Int']['output']>,
  inviteClient?: GraphCacheOptimisticMutationResolver<MutationInviteClientArgs, WithTypename<Invitation>>,
  inviteStaff?: GraphCacheOptimisticMutationResolver<MutationInviteStaffArgs, WithTypename<Invitation>>,
  login?: GraphCacheOptimisticMutationResolver<MutationLoginArgs, WithTypename<AuthPayload>>,
  logout?: GraphCacheOptimisticMutationResolver<Record<string, never>, Scalars['Boolean']['output']>,
  markDeclarationPaid?: GraphCacheOptimisticMutationResolver<MutationMarkDeclarationPaidArgs, WithTypename<Declaration>>,
  markMessagesRead?: GraphCacheOptimisticMutationResolver<MutationMarkMessagesReadArgs, Scalars['Int']['output']>,
  recallBroadcast?: GraphCacheOptimisticMutationResolver<MutationRecallBroadcastArgs, WithTypename<Broadcast>>,
  recordUpo?: GraphCacheOptimisticMutationResolver<MutationRecordUpoArgs, WithTypename<Upo>>,
  remindUnread?: GraphCacheOptimisticMutationResolver<MutationRemindUnreadArgs, WithTypename<Broadcast>>,
  reopenConversation?: GraphCacheOptimisticMutationResolver<MutationReopenConversationArgs, WithTypename<Conversation>>,
  requestOfficeVerification?: GraphCacheOptimisticMutationResolver<Record<string, never>, WithTypename<Office>>,
  requestPasswordReset?: GraphCacheOptimisticMutationResolver<MutationRequestPasswordResetArgs, Scalars['Boolean']['output']>,
  resendInvitation?: GraphCacheOptimisticMutationResolver<MutationResendInvitationArgs, WithTypename<Invitation>>,
  resetPassword?: GraphCacheOptimisticMutationResolver<MutationResetPasswordArgs, WithTypename<AuthPayload>>,
  restoreCompany?: GraphCacheOptimisticMutationResolver<MutationRestoreCompanyArgs, WithTypename<Company>>,
  retryFailedDeliveries?: GraphCacheOptimisticMutationResolver<MutationRetryFailedDeliveriesArgs, WithTypename<Broadcast>>,
  revokeApiToken?: GraphCacheOptimisticMutationResolver<MutationRevokeApiTokenArgs, WithTypename<ApiToken>>,
  revokeInvitation?: GraphCacheOptimisticMutationResolver<MutationRevokeInvitationArgs, WithTypename<Invitation>>,
  revokeSession?: GraphCacheOptimisticMutationResolver<MutationRevokeSessionArgs, Scalars['Boolean']['output']>,
  sendBulkNotification?: GraphCacheOptimisticMutationResolver<MutationSendBulkNotificationArgs, WithTypename<Broadcast>>,
  sendEmail?: GraphCacheOptimisticMutationResolver<MutationSendEmailArgs, WithTypename<Broadcast>>,
  sendMessage?: GraphCacheOptimisticMutationResolver<MutationSendMessageArgs, WithTypename<Message>>,
  setOfficeLogo?: GraphCacheOptimisticMutationResolver<MutationSetOfficeLogoArgs, WithTypename<Office>>,
  setOfficeVerification?: GraphCacheOptimisticMutationResolver<MutationSetOfficeVerificationArgs, WithTypename<Office>>,
  signUpOffice?: GraphCacheOptimisticMutationResolver<MutationSignUpOfficeArgs, WithTypename<AuthPayload>>,
  testSmtpIntegration?: GraphCacheOptimisticMutationResolver<Record<string, never>, Scalars['Boolean']['output']>,
  updateCompany?: GraphCacheOptimisticMutationResolver<MutationUpdateCompanyArgs, WithTypename<Company>>,
  updateDeadlineReminderRule?: GraphCacheOptimisticMutationResolver<MutationUpdateDeadlineReminderRuleArgs, WithTypename<DeadlineReminderRule>>,
  updateMessageTemplate?: GraphCacheOptimisticMutationResolver<MutationUpdateMessageTemplateArgs, WithTypename<MessageTemplate>>,
  updateMyAccount?: GraphCacheOptimisticMutationResolver<MutationUpdateMyAccountArgs, WithTypename<User>>,
  updateNotificationPreferences?: GraphCacheOptimisticMutationResolver<MutationUpdateNotificationPreferencesArgs, WithTypename<User>>,
  updateNotificationPreferencesByLink?: GraphCacheOptimisticMutationResolver<MutationUpdateNotificationPreferencesByLinkArgs, WithTypename<NotificationPreferencesLink>>,
  updateSmtpIntegration?: GraphCacheOptimisticMutationResolver<MutationUpdateSmtpIntegrationArgs, WithTypename<SmtpIntegration>>,
  upsertDeclaration?: GraphCacheOptimisticMutationResolver<MutationUpsertDeclarationArgs, WithTypename<Declaration>>
};

export type GraphCacheUpdaters = {
  Query?: {
    apiTokens?: GraphCacheUpdateResolver<{ apiTokens: Array<WithTypename<ApiToken>> }, Record<string, never>>,
    broadcast?: GraphCacheUpdateResolver<{ broadcast: Maybe<WithTypename<Broadcast>> }, QueryBroadcastArgs>,
    broadcasts?: GraphCacheUpdateResolver<{ broadcasts: WithTypename<BroadcastConnection> }, QueryBroadcastsArgs>,
    companies?: GraphCacheUpdateResolver<{ companies: WithTypename<CompanyConnection> }, QueryCompaniesArgs>,
    company?: GraphCacheUpdateResolver<{ company: Maybe<WithTypename<Company>> }, QueryCompanyArgs>,
    demoAccounts?: GraphCacheUpdateResolver<{ demoAccounts: Maybe<WithTypename<DemoAccounts>> }, Record<string, never>>,
    inbox?: GraphCacheUpdateResolver<{ inbox: WithTypename<ConversationConnection> }, QueryInboxArgs>,
    invitation?: GraphCacheUpdateResolver<{ invitation: Maybe<WithTypename<InvitationPreview>> }, QueryInvitationArgs>,
    ledgerEntries?: GraphCacheUpdateResolver<{ ledgerEntries: WithTypename<LedgerEntryConnection> }, QueryLedgerEntriesArgs>,
    me?: GraphCacheUpdateResolver<{ me: Maybe<WithTypename<User>> }, Record<string, never>>,
    messageTemplates?: GraphCacheUpdateResolver<{ messageTemplates: Array<WithTypename<MessageTemplate>> }, Record<string, never>>,
    messages?: GraphCacheUpdateResolver<{ messages: WithTypename<MessageConnection> }, QueryMessagesArgs>,
    mySessions?: GraphCacheUpdateResolver<{ mySessions: Array<WithTypename<Session>> }, Record<string, never>>,
    notificationPreferencesLink?: GraphCacheUpdateResolver<{ notificationPreferencesLink: Maybe<WithTypename<NotificationPreferencesLink>> }, QueryNotificationPreferencesLinkArgs>,
    offices?: GraphCacheUpdateResolver<{ offices: WithTypename<OfficeConnection> }, QueryOfficesArgs>,
    previewMessage?: GraphCacheUpdateResolver<{ previewMessage: WithTypename<MessagePreview> }, QueryPreviewMessageArgs>,
    printoutOptions?: GraphCacheUpdateResolver<{ printoutOptions: Array<WithTypename<PrintoutOption>> }, QueryPrintoutOptionsArgs>,
    unreadCount?: GraphCacheUpdateResolver<{ unreadCount: Scalars['Int']['output'] }, QueryUnreadCountArgs>,
    webhookDeliveries?: GraphCacheUpdateResolver<{ webhookDeliveries: WithTypename<WebhookDeliveryConnection> }, QueryWebhookDeliveriesArgs>,
    webhooks?: GraphCacheUpdateResolver<{ webhooks: Array<WithTypename<Webhook>> }, Record<string, never>>
  },
  Mutation?: {
    acceptInvitation?: GraphCacheUpdateResolver<{ acceptInvitation: WithTypename<AuthPayload> }, MutationAcceptInvitationArgs>,
    acknowledgeMessage?: GraphCacheUpdateResolver<{ acknowledgeMessage: WithTypename<Message> }, MutationAcknowledgeMessageArgs>,
    archiveCompany?: GraphCacheUpdateResolver<{ archiveCompany: WithTypename<Company> }, MutationArchiveCompanyArgs>,
    assignCaretaker?: GraphCacheUpdateResolver<{ assignCaretaker: Scalars['Int']['output'] }, MutationAssignCaretakerArgs>,
    cancelBroadcast?: GraphCacheUpdateResolver<{ cancelBroadcast: WithTypename<Broadcast> }, MutationCancelBroadcastArgs>,
    changePassword?: GraphCacheUpdateResolver<{ changePassword: Scalars['Boolean']['output'] }, MutationChangePasswordArgs>,
    closeConversation?: GraphCacheUpdateResolver<{ closeConversation: WithTypename<Conversation> }, MutationCloseConversationArgs>,
    createApiToken?: GraphCacheUpdateResolver<{ createApiToken: WithTypename<CreatedApiToken> }, MutationCreateApiTokenArgs>,
    createCompany?: GraphCacheUpdateResolver<{ createCompany: WithTypename<Company> }, MutationCreateCompanyArgs>,
    createMessageTemplate?: GraphCacheUpdateResolver<{ createMessageTemplate: WithTypename<MessageTemplate> }, MutationCreateMessageTemplateArgs>,
    createWebhook?: GraphCacheUpdateResolver<{ createWebhook: WithTypename<Webhook> }, MutationCreateWebhookArgs>,
    deactivateUser?: GraphCacheUpdateResolver<{ deactivateUser: WithTypename<User> }, MutationDeactivateUserArgs>,
    deleteMessageTemplate?: GraphCacheUpdateResolver<{ deleteMessageTemplate: Scalars['Boolean']['output'] }, MutationDeleteMessageTemplateArgs>,
    deleteWebhook?: GraphCacheUpdateResolver<{ deleteWebhook: Scalars['Boolean']['output'] }, MutationDeleteWebhookArgs>,
    importCompanies?: GraphCacheUpdateResolver<{ importCompanies: WithTypename<CompanyImportResult> }, MutationImportCompaniesArgs>,
    importLedgerEntries?: GraphCacheUpdateResolver<{ importLedgerEntries: Scalars['Int']['output'] }, MutationImportLedgerEntriesArgs>,
    inviteClient?: GraphCacheUpdateResolver<{ inviteClient: WithTypename<Invitation> }, MutationInviteClientArgs>,
    inviteStaff?: GraphCacheUpdateResolver<{ inviteStaff: WithTypename<Invitation> }, MutationInviteStaffArgs>,
    login?: GraphCacheUpdateResolver<{ login: WithTypename<AuthPayload> }, MutationLoginArgs>,
    logout?: GraphCacheUpdateResolver<{ logout: Scalars['Boolean']['output'] }, Record<string, never>>,
    markDeclarationPaid?: GraphCacheUpdateResolver<{ markDeclarationPaid: WithTypename<Declaration> }, MutationMarkDeclarationPaidArgs>,
    markMessagesRead?: GraphCacheUpdateResolver<{ markMessagesRead: Scalars['Int']['output'] }, MutationMarkMessagesReadArgs>,
    recallBroadcast?: GraphCacheUpdateResolver<{ recallBroadcast: WithTypename<Broadcast> }, MutationRecallBroadcastArgs>,
    recordUpo?: GraphCacheUpdateResolver<{ recordUpo: WithTypename<Upo> }, MutationRecordUpoArgs>,
    remindUnread?: GraphCacheUpdateResolver<{ remindUnread: WithTypename<Broadcast> }, MutationRemindUnreadArgs>,
    reopenConversation?: GraphCacheUpdateResolver<{ reopenConversation: WithTypename<Conversation> }, MutationReopenConversationArgs>,
    requestOfficeVerification?: GraphCacheUpdateResolver<{ requestOfficeVerification: WithTypename<Office> }, Record<string, never>>,
    requestPasswordReset?: GraphCacheUpdateResolver<{ requestPasswordReset: Scalars['Boolean']['output'] }, MutationRequestPasswordResetArgs>,
    resendInvitation?: GraphCacheUpdateResolver<{ resendInvitation: WithTypename<Invitation> }, MutationResendInvitationArgs>,
    resetPassword?: GraphCacheUpdateResolver<{ resetPassword: WithTypename<AuthPayload> }, MutationResetPasswordArgs>,
    restoreCompany?: GraphCacheUpdateResolver<{ restoreCompany: WithTypename<Company> }, MutationRestoreCompanyArgs>,
    retryFailedDeliveries?: GraphCacheUpdateResolver<{ retryFailedDeliveries: WithTypename<Broadcast> }, MutationRetryFailedDeliveriesArgs>,
    revokeApiToken?: GraphCacheUpdateResolver<{ revokeApiToken: WithTypename<ApiToken> }, MutationRevokeApiTokenArgs>,
    revokeInvitation?: GraphCacheUpdateResolver<{ revokeInvitation: WithTypename<Invitation> }, MutationRevokeInvitationArgs>,
    revokeSession?: GraphCacheUpdateResolver<{ revokeSession: Scalars['Boolean']['output'] }, MutationRevokeSessionArgs>,
    sendBulkNotification?: GraphCacheUpdateResolver<{ sendBulkNotification: WithTypename<Broadcast> }, MutationSendBulkNotificationArgs>,
    sendEmail?: GraphCacheUpdateResolver<{ sendEmail: WithTypename<Broadcast> }, MutationSendEmailArgs>,
    sendMessage?: GraphCacheUpdateResolver<{ sendMessage: WithTypename<Message> }, MutationSendMessageArgs>,
    setOfficeLogo?: GraphCacheUpdateResolver<{ setOfficeLogo: WithTypename<Office> }, MutationSetOfficeLogoArgs>,
    setOfficeVerification?: GraphCacheUpdateResolver<{ setOfficeVerification: WithTypename<Office> }, MutationSetOfficeVerificationArgs>,
    signUpOffice?: GraphCacheUpdateResolver<{ signUpOffice: WithTypename<AuthPayload> }, MutationSignUpOfficeArgs>,
    testSmtpIntegration?: GraphCacheUpdateResolver<{ testSmtpIntegration: Scalars['Boolean']['output'] }, Record<string, never>>,
    updateCompany?: GraphCacheUpdateResolver<{ updateCompany: WithTypename<Company> }, MutationUpdateCompanyArgs>,
    updateDeadlineReminderRule?: GraphCacheUpdateResolver<{ updateDeadlineReminderRule: WithTypename<DeadlineReminderRule> }, MutationUpdateDeadlineReminderRuleArgs>,
    updateMessageTemplate?: GraphCacheUpdateResolver<{ updateMessageTemplate: WithTypename<MessageTemplate> }, MutationUpdateMessageTemplateArgs>,
    updateMyAccount?: GraphCacheUpdateResolver<{ updateMyAccount: WithTypename<User> }, MutationUpdateMyAccountArgs>,
    updateNotificationPreferences?: GraphCacheUpdateResolver<{ updateNotificationPreferences: WithTypename<User> }, MutationUpdateNotificationPreferencesArgs>,
    updateNotificationPreferencesByLink?: GraphCacheUpdateResolver<{ updateNotificationPreferencesByLink: WithTypename<NotificationPreferencesLink> }, MutationUpdateNotificationPreferencesByLinkArgs>,
    updateSmtpIntegration?: GraphCacheUpdateResolver<{ updateSmtpIntegration: WithTypename<SmtpIntegration> }, MutationUpdateSmtpIntegrationArgs>,
    upsertDeclaration?: GraphCacheUpdateResolver<{ upsertDeclaration: WithTypename<Declaration> }, MutationUpsertDeclarationArgs>
  },
  Subscription?: {
    broadcastProgress?: GraphCacheUpdateResolver<{ broadcastProgress: WithTypename<Broadcast> }, SubscriptionBroadcastProgressArgs>,
    companyAccessChanged?: GraphCacheUpdateResolver<{ companyAccessChanged: WithTypename<CompanyAccessChange> }, Record<string, never>>,
    messageAcknowledged?: GraphCacheUpdateResolver<{ messageAcknowledged: WithTypename<Message> }, SubscriptionMessageAcknowledgedArgs>,
    messageAdded?: GraphCacheUpdateResolver<{ messageAdded: WithTypename<Message> }, SubscriptionMessageAddedArgs>,
    messageRead?: GraphCacheUpdateResolver<{ messageRead: WithTypename<ReadReceipt> }, SubscriptionMessageReadArgs>,
    unreadCountChanged?: GraphCacheUpdateResolver<{ unreadCountChanged: WithTypename<UnreadCount> }, SubscriptionUnreadCountChangedArgs>
  },
  ApiToken?: {
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<ApiToken>>, Record<string, never>>,
    createdBy?: GraphCacheUpdateResolver<Maybe<WithTypename<ApiToken>>, Record<string, never>>,
    expiresAt?: GraphCacheUpdateResolver<Maybe<WithTypename<ApiToken>>, Record<string, never>>,
    hint?: GraphCacheUpdateResolver<Maybe<WithTypename<ApiToken>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<ApiToken>>, Record<string, never>>,
    lastUsedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<ApiToken>>, Record<string, never>>,
    name?: GraphCacheUpdateResolver<Maybe<WithTypename<ApiToken>>, Record<string, never>>,
    revokedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<ApiToken>>, Record<string, never>>,
    scopes?: GraphCacheUpdateResolver<Maybe<WithTypename<ApiToken>>, Record<string, never>>
  },
  AttachmentLink?: {
    contentType?: GraphCacheUpdateResolver<Maybe<WithTypename<AttachmentLink>>, Record<string, never>>,
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<AttachmentLink>>, Record<string, never>>,
    downloadedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<AttachmentLink>>, Record<string, never>>,
    filename?: GraphCacheUpdateResolver<Maybe<WithTypename<AttachmentLink>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<AttachmentLink>>, Record<string, never>>,
    period?: GraphCacheUpdateResolver<Maybe<WithTypename<AttachmentLink>>, Record<string, never>>,
    printout?: GraphCacheUpdateResolver<Maybe<WithTypename<AttachmentLink>>, Record<string, never>>,
    size?: GraphCacheUpdateResolver<Maybe<WithTypename<AttachmentLink>>, Record<string, never>>,
    url?: GraphCacheUpdateResolver<Maybe<WithTypename<AttachmentLink>>, Record<string, never>>
  },
  AuthPayload?: {
    token?: GraphCacheUpdateResolver<Maybe<WithTypename<AuthPayload>>, Record<string, never>>,
    user?: GraphCacheUpdateResolver<Maybe<WithTypename<AuthPayload>>, Record<string, never>>
  },
  Broadcast?: {
    acknowledgedCount?: GraphCacheUpdateResolver<Maybe<WithTypename<Broadcast>>, Record<string, never>>,
    author?: GraphCacheUpdateResolver<Maybe<WithTypename<Broadcast>>, Record<string, never>>,
    cancelReason?: GraphCacheUpdateResolver<Maybe<WithTypename<Broadcast>>, Record<string, never>>,
    cancelledAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Broadcast>>, Record<string, never>>,
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Broadcast>>, Record<string, never>>,
    deliveries?: GraphCacheUpdateResolver<Maybe<WithTypename<Broadcast>>, BroadcastDeliveriesArgs>,
    failedCount?: GraphCacheUpdateResolver<Maybe<WithTypename<Broadcast>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<Broadcast>>, Record<string, never>>,
    kind?: GraphCacheUpdateResolver<Maybe<WithTypename<Broadcast>>, Record<string, never>>,
    origin?: GraphCacheUpdateResolver<Maybe<WithTypename<Broadcast>>, Record<string, never>>,
    preview?: GraphCacheUpdateResolver<Maybe<WithTypename<Broadcast>>, Record<string, never>>,
    queuedCount?: GraphCacheUpdateResolver<Maybe<WithTypename<Broadcast>>, Record<string, never>>,
    readCount?: GraphCacheUpdateResolver<Maybe<WithTypename<Broadcast>>, Record<string, never>>,
    recalledAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Broadcast>>, Record<string, never>>,
    recipientCount?: GraphCacheUpdateResolver<Maybe<WithTypename<Broadcast>>, Record<string, never>>,
    recipients?: GraphCacheUpdateResolver<Maybe<WithTypename<Broadcast>>, BroadcastRecipientsArgs>,
    reminders?: GraphCacheUpdateResolver<Maybe<WithTypename<Broadcast>>, Record<string, never>>,
    remindsOf?: GraphCacheUpdateResolver<Maybe<WithTypename<Broadcast>>, Record<string, never>>,
    requireAcknowledgment?: GraphCacheUpdateResolver<Maybe<WithTypename<Broadcast>>, Record<string, never>>,
    sendAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Broadcast>>, Record<string, never>>,
    sentCount?: GraphCacheUpdateResolver<Maybe<WithTypename<Broadcast>>, Record<string, never>>,
    status?: GraphCacheUpdateResolver<Maybe<WithTypename<Broadcast>>, Record<string, never>>,
    subject?: GraphCacheUpdateResolver<Maybe<WithTypename<Broadcast>>, Record<string, never>>
  },
  BroadcastConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<BroadcastConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<BroadcastConnection>>, Record<string, never>>,
    totalCount?: GraphCacheUpdateResolver<Maybe<WithTypename<BroadcastConnection>>, Record<string, never>>
  },
  BroadcastEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<BroadcastEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<BroadcastEdge>>, Record<string, never>>
  },
  BroadcastRecipient?: {
    acknowledgedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<BroadcastRecipient>>, Record<string, never>>,
    acknowledgedBy?: GraphCacheUpdateResolver<Maybe<WithTypename<BroadcastRecipient>>, Record<string, never>>,
    attachmentCount?: GraphCacheUpdateResolver<Maybe<WithTypename<BroadcastRecipient>>, Record<string, never>>,
    company?: GraphCacheUpdateResolver<Maybe<WithTypename<BroadcastRecipient>>, Record<string, never>>,
    downloads?: GraphCacheUpdateResolver<Maybe<WithTypename<BroadcastRecipient>>, Record<string, never>>,
    emailError?: GraphCacheUpdateResolver<Maybe<WithTypename<BroadcastRecipient>>, Record<string, never>>,
    emailStatus?: GraphCacheUpdateResolver<Maybe<WithTypename<BroadcastRecipient>>, Record<string, never>>,
    firstReadAt?: GraphCacheUpdateResolver<Maybe<WithTypename<BroadcastRecipient>>, Record<string, never>>,
    message?: GraphCacheUpdateResolver<Maybe<WithTypename<BroadcastRecipient>>, Record<string, never>>,
    read?: GraphCacheUpdateResolver<Maybe<WithTypename<BroadcastRecipient>>, Record<string, never>>,
    reads?: GraphCacheUpdateResolver<Maybe<WithTypename<BroadcastRecipient>>, Record<string, never>>,
    recalled?: GraphCacheUpdateResolver<Maybe<WithTypename<BroadcastRecipient>>, Record<string, never>>,
    repliedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<BroadcastRecipient>>, Record<string, never>>
  },
  BroadcastRecipientConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<BroadcastRecipientConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<BroadcastRecipientConnection>>, Record<string, never>>,
    totalCount?: GraphCacheUpdateResolver<Maybe<WithTypename<BroadcastRecipientConnection>>, Record<string, never>>
  },
  BroadcastRecipientEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<BroadcastRecipientEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<BroadcastRecipientEdge>>, Record<string, never>>
  },
  Company?: {
    acknowledgmentRequests?: GraphCacheUpdateResolver<Maybe<WithTypename<Company>>, CompanyAcknowledgmentRequestsArgs>,
    archivedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Company>>, Record<string, never>>,
    caretaker?: GraphCacheUpdateResolver<Maybe<WithTypename<Company>>, Record<string, never>>,
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Company>>, Record<string, never>>,
    declarations?: GraphCacheUpdateResolver<Maybe<WithTypename<Company>>, CompanyDeclarationsArgs>,
    email?: GraphCacheUpdateResolver<Maybe<WithTypename<Company>>, Record<string, never>>,
    emails?: GraphCacheUpdateResolver<Maybe<WithTypename<Company>>, CompanyEmailsArgs>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<Company>>, Record<string, never>>,
    lastMessage?: GraphCacheUpdateResolver<Maybe<WithTypename<Company>>, Record<string, never>>,
    lastPrintoutEmail?: GraphCacheUpdateResolver<Maybe<WithTypename<Company>>, Record<string, never>>,
    latestDeclaration?: GraphCacheUpdateResolver<Maybe<WithTypename<Company>>, Record<string, never>>,
    name?: GraphCacheUpdateResolver<Maybe<WithTypename<Company>>, Record<string, never>>,
    nip?: GraphCacheUpdateResolver<Maybe<WithTypename<Company>>, Record<string, never>>,
    taxForm?: GraphCacheUpdateResolver<Maybe<WithTypename<Company>>, Record<string, never>>,
    unreadFromClientCount?: GraphCacheUpdateResolver<Maybe<WithTypename<Company>>, Record<string, never>>,
    users?: GraphCacheUpdateResolver<Maybe<WithTypename<Company>>, Record<string, never>>,
    vatPayer?: GraphCacheUpdateResolver<Maybe<WithTypename<Company>>, Record<string, never>>
  },
  CompanyAccessChange?: {
    companyId?: GraphCacheUpdateResolver<Maybe<WithTypename<CompanyAccessChange>>, Record<string, never>>,
    visible?: GraphCacheUpdateResolver<Maybe<WithTypename<CompanyAccessChange>>, Record<string, never>>
  },
  CompanyConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<CompanyConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<CompanyConnection>>, Record<string, never>>,
    totalCount?: GraphCacheUpdateResolver<Maybe<WithTypename<CompanyConnection>>, Record<string, never>>
  },
  CompanyEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<CompanyEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<CompanyEdge>>, Record<string, never>>
  },
  CompanyImportResult?: {
    applied?: GraphCacheUpdateResolver<Maybe<WithTypename<CompanyImportResult>>, Record<string, never>>,
    created?: GraphCacheUpdateResolver<Maybe<WithTypename<CompanyImportResult>>, Record<string, never>>,
    failed?: GraphCacheUpdateResolver<Maybe<WithTypename<CompanyImportResult>>, Record<string, never>>,
    rows?: GraphCacheUpdateResolver<Maybe<WithTypename<CompanyImportResult>>, Record<string, never>>,
    unchanged?: GraphCacheUpdateResolver<Maybe<WithTypename<CompanyImportResult>>, Record<string, never>>,
    updated?: GraphCacheUpdateResolver<Maybe<WithTypename<CompanyImportResult>>, Record<string, never>>
  },
  CompanyImportRow?: {
    column?: GraphCacheUpdateResolver<Maybe<WithTypename<CompanyImportRow>>, Record<string, never>>,
    error?: GraphCacheUpdateResolver<Maybe<WithTypename<CompanyImportRow>>, Record<string, never>>,
    line?: GraphCacheUpdateResolver<Maybe<WithTypename<CompanyImportRow>>, Record<string, never>>,
    name?: GraphCacheUpdateResolver<Maybe<WithTypename<CompanyImportRow>>, Record<string, never>>,
    nip?: GraphCacheUpdateResolver<Maybe<WithTypename<CompanyImportRow>>, Record<string, never>>,
    status?: GraphCacheUpdateResolver<Maybe<WithTypename<CompanyImportRow>>, Record<string, never>>
  },
  Conversation?: {
    awaitingReplySince?: GraphCacheUpdateResolver<Maybe<WithTypename<Conversation>>, Record<string, never>>,
    closedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Conversation>>, Record<string, never>>,
    company?: GraphCacheUpdateResolver<Maybe<WithTypename<Conversation>>, Record<string, never>>,
    lastActivityAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Conversation>>, Record<string, never>>,
    lastClientMessage?: GraphCacheUpdateResolver<Maybe<WithTypename<Conversation>>, Record<string, never>>,
    lastMessage?: GraphCacheUpdateResolver<Maybe<WithTypename<Conversation>>, Record<string, never>>,
    status?: GraphCacheUpdateResolver<Maybe<WithTypename<Conversation>>, Record<string, never>>,
    unreadFromClientCount?: GraphCacheUpdateResolver<Maybe<WithTypename<Conversation>>, Record<string, never>>
  },
  ConversationConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<ConversationConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<ConversationConnection>>, Record<string, never>>,
    totalCount?: GraphCacheUpdateResolver<Maybe<WithTypename<ConversationConnection>>, Record<string, never>>
  },
  ConversationEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<ConversationEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<ConversationEdge>>, Record<string, never>>
  },
  CreatedApiToken?: {
    apiToken?: GraphCacheUpdateResolver<Maybe<WithTypename<CreatedApiToken>>, Record<string, never>>,
    token?: GraphCacheUpdateResolver<Maybe<WithTypename<CreatedApiToken>>, Record<string, never>>
  },
  DeadlineReminderRule?: {
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<DeadlineReminderRule>>, Record<string, never>>,
    daysBefore?: GraphCacheUpdateResolver<Maybe<WithTypename<DeadlineReminderRule>>, Record<string, never>>,
    enabled?: GraphCacheUpdateResolver<Maybe<WithTypename<DeadlineReminderRule>>, Record<string, never>>,
    hour?: GraphCacheUpdateResolver<Maybe<WithTypename<DeadlineReminderRule>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<DeadlineReminderRule>>, Record<string, never>>,
    planned?: GraphCacheUpdateResolver<Maybe<WithTypename<DeadlineReminderRule>>, DeadlineReminderRulePlannedArgs>,
    templateId?: GraphCacheUpdateResolver<Maybe<WithTypename<DeadlineReminderRule>>, Record<string, never>>,
    updatedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<DeadlineReminderRule>>, Record<string, never>>
  },
  Declaration?: {
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Declaration>>, Record<string, never>>,
    dueDate?: GraphCacheUpdateResolver<Maybe<WithTypename<Declaration>>, Record<string, never>>,
    filedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Declaration>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<Declaration>>, Record<string, never>>,
    paidAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Declaration>>, Record<string, never>>,
    period?: GraphCacheUpdateResolver<Maybe<WithTypename<Declaration>>, Record<string, never>>,
    status?: GraphCacheUpdateResolver<Maybe<WithTypename<Declaration>>, Record<string, never>>,
    taxBase?: GraphCacheUpdateResolver<Maybe<WithTypename<Declaration>>, Record<string, never>>,
    taxDue?: GraphCacheUpdateResolver<Maybe<WithTypename<Declaration>>, Record<string, never>>,
    type?: GraphCacheUpdateResolver<Maybe<WithTypename<Declaration>>, Record<string, never>>,
    upo?: GraphCacheUpdateResolver<Maybe<WithTypename<Declaration>>, Record<string, never>>
  },
  DemoAccounts?: {
    logins?: GraphCacheUpdateResolver<Maybe<WithTypename<DemoAccounts>>, Record<string, never>>,
    password?: GraphCacheUpdateResolver<Maybe<WithTypename<DemoAccounts>>, Record<string, never>>
  },
  DemoLogin?: {
    email?: GraphCacheUpdateResolver<Maybe<WithTypename<DemoLogin>>, Record<string, never>>,
    lastEmail?: GraphCacheUpdateResolver<Maybe<WithTypename<DemoLogin>>, Record<string, never>>,
    office?: GraphCacheUpdateResolver<Maybe<WithTypename<DemoLogin>>, Record<string, never>>,
    role?: GraphCacheUpdateResolver<Maybe<WithTypename<DemoLogin>>, Record<string, never>>,
    userRole?: GraphCacheUpdateResolver<Maybe<WithTypename<DemoLogin>>, Record<string, never>>
  },
  EmailDelivery?: {
    attempts?: GraphCacheUpdateResolver<Maybe<WithTypename<EmailDelivery>>, Record<string, never>>,
    company?: GraphCacheUpdateResolver<Maybe<WithTypename<EmailDelivery>>, Record<string, never>>,
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<EmailDelivery>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<EmailDelivery>>, Record<string, never>>,
    lastError?: GraphCacheUpdateResolver<Maybe<WithTypename<EmailDelivery>>, Record<string, never>>,
    message?: GraphCacheUpdateResolver<Maybe<WithTypename<EmailDelivery>>, Record<string, never>>,
    sentAt?: GraphCacheUpdateResolver<Maybe<WithTypename<EmailDelivery>>, Record<string, never>>,
    status?: GraphCacheUpdateResolver<Maybe<WithTypename<EmailDelivery>>, Record<string, never>>,
    toAddress?: GraphCacheUpdateResolver<Maybe<WithTypename<EmailDelivery>>, Record<string, never>>
  },
  EmailDeliveryConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<EmailDeliveryConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<EmailDeliveryConnection>>, Record<string, never>>,
    totalCount?: GraphCacheUpdateResolver<Maybe<WithTypename<EmailDeliveryConnection>>, Record<string, never>>
  },
  EmailDeliveryEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<EmailDeliveryEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<EmailDeliveryEdge>>, Record<string, never>>
  },
  Invitation?: {
    company?: GraphCacheUpdateResolver<Maybe<WithTypename<Invitation>>, Record<string, never>>,
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Invitation>>, Record<string, never>>,
    email?: GraphCacheUpdateResolver<Maybe<WithTypename<Invitation>>, Record<string, never>>,
    expiresAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Invitation>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<Invitation>>, Record<string, never>>,
    invitedBy?: GraphCacheUpdateResolver<Maybe<WithTypename<Invitation>>, Record<string, never>>,
    language?: GraphCacheUpdateResolver<Maybe<WithTypename<Invitation>>, Record<string, never>>,
    name?: GraphCacheUpdateResolver<Maybe<WithTypename<Invitation>>, Record<string, never>>,
    office?: GraphCacheUpdateResolver<Maybe<WithTypename<Invitation>>, Record<string, never>>,
    role?: GraphCacheUpdateResolver<Maybe<WithTypename<Invitation>>, Record<string, never>>,
    status?: GraphCacheUpdateResolver<Maybe<WithTypename<Invitation>>, Record<string, never>>
  },
  InvitationPreview?: {
    companyName?: GraphCacheUpdateResolver<Maybe<WithTypename<InvitationPreview>>, Record<string, never>>,
    email?: GraphCacheUpdateResolver<Maybe<WithTypename<InvitationPreview>>, Record<string, never>>,
    expiresAt?: GraphCacheUpdateResolver<Maybe<WithTypename<InvitationPreview>>, Record<string, never>>,
    language?: GraphCacheUpdateResolver<Maybe<WithTypename<InvitationPreview>>, Record<string, never>>,
    officeName?: GraphCacheUpdateResolver<Maybe<WithTypename<InvitationPreview>>, Record<string, never>>,
    role?: GraphCacheUpdateResolver<Maybe<WithTypename<InvitationPreview>>, Record<string, never>>
  },
  LedgerEntry?: {
    column?: GraphCacheUpdateResolver<Maybe<WithTypename<LedgerEntry>>, Record<string, never>>,
    contraAccount?: GraphCacheUpdateResolver<Maybe<WithTypename<LedgerEntry>>, Record<string, never>>,
    counterparty?: GraphCacheUpdateResolver<Maybe<WithTypename<LedgerEntry>>, Record<string, never>>,
    counterpartyNip?: GraphCacheUpdateResolver<Maybe<WithTypename<LedgerEntry>>, Record<string, never>>,
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<LedgerEntry>>, Record<string, never>>,
    date?: GraphCacheUpdateResolver<Maybe<WithTypename<LedgerEntry>>, Record<string, never>>,
    description?: GraphCacheUpdateResolver<Maybe<WithTypename<LedgerEntry>>, Record<string, never>>,
    documentNumber?: GraphCacheUpdateResolver<Maybe<WithTypename<LedgerEntry>>, Record<string, never>>,
    gross?: GraphCacheUpdateResolver<Maybe<WithTypename<LedgerEntry>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<LedgerEntry>>, Record<string, never>>,
    net?: GraphCacheUpdateResolver<Maybe<WithTypename<LedgerEntry>>, Record<string, never>>,
    vat?: GraphCacheUpdateResolver<Maybe<WithTypename<LedgerEntry>>, Record<string, never>>,
    vatRegister?: GraphCacheUpdateResolver<Maybe<WithTypename<LedgerEntry>>, Record<string, never>>
  },
  LedgerEntryConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<LedgerEntryConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<LedgerEntryConnection>>, Record<string, never>>,
    totalCount?: GraphCacheUpdateResolver<Maybe<WithTypename<LedgerEntryConnection>>, Record<string, never>>
  },
  LedgerEntryEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<LedgerEntryEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<LedgerEntryEdge>>, Record<string, never>>
  },
  Message?: {
    acknowledgedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Message>>, Record<string, never>>,
    acknowledgedBy?: GraphCacheUpdateResolver<Maybe<WithTypename<Message>>, Record<string, never>>,
    attachments?: GraphCacheUpdateResolver<Maybe<WithTypename<Message>>, Record<string, never>>,
    author?: GraphCacheUpdateResolver<Maybe<WithTypename<Message>>, Record<string, never>>,
    body?: GraphCacheUpdateResolver<Maybe<WithTypename<Message>>, Record<string, never>>,
    company?: GraphCacheUpdateResolver<Maybe<WithTypename<Message>>, Record<string, never>>,
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Message>>, Record<string, never>>,
    delivery?: GraphCacheUpdateResolver<Maybe<WithTypename<Message>>, Record<string, never>>,
    direction?: GraphCacheUpdateResolver<Maybe<WithTypename<Message>>, Record<string, never>>,
    html?: GraphCacheUpdateResolver<Maybe<WithTypename<Message>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<Message>>, Record<string, never>>,
    kind?: GraphCacheUpdateResolver<Maybe<WithTypename<Message>>, Record<string, never>>,
    readByMe?: GraphCacheUpdateResolver<Maybe<WithTypename<Message>>, Record<string, never>>,
    recalledAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Message>>, Record<string, never>>,
    receipts?: GraphCacheUpdateResolver<Maybe<WithTypename<Message>>, Record<string, never>>,
    requiresAcknowledgment?: GraphCacheUpdateResolver<Maybe<WithTypename<Message>>, Record<string, never>>,
    subject?: GraphCacheUpdateResolver<Maybe<WithTypename<Message>>, Record<string, never>>
  },
  MessageConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<MessageConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<MessageConnection>>, Record<string, never>>,
    totalCount?: GraphCacheUpdateResolver<Maybe<WithTypename<MessageConnection>>, Record<string, never>>
  },
  MessageEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<MessageEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<MessageEdge>>, Record<string, never>>
  },
  MessagePreview?: {
    body?: GraphCacheUpdateResolver<Maybe<WithTypename<MessagePreview>>, Record<string, never>>,
    html?: GraphCacheUpdateResolver<Maybe<WithTypename<MessagePreview>>, Record<string, never>>,
    missing?: GraphCacheUpdateResolver<Maybe<WithTypename<MessagePreview>>, Record<string, never>>,
    subject?: GraphCacheUpdateResolver<Maybe<WithTypename<MessagePreview>>, Record<string, never>>
  },
  MessageTemplate?: {
    author?: GraphCacheUpdateResolver<Maybe<WithTypename<MessageTemplate>>, Record<string, never>>,
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<MessageTemplate>>, Record<string, never>>,
    html?: GraphCacheUpdateResolver<Maybe<WithTypename<MessageTemplate>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<MessageTemplate>>, Record<string, never>>,
    kind?: GraphCacheUpdateResolver<Maybe<WithTypename<MessageTemplate>>, Record<string, never>>,
    name?: GraphCacheUpdateResolver<Maybe<WithTypename<MessageTemplate>>, Record<string, never>>,
    subject?: GraphCacheUpdateResolver<Maybe<WithTypename<MessageTemplate>>, Record<string, never>>,
    updatedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<MessageTemplate>>, Record<string, never>>
  },
  NotificationPreferences?: {
    newMessages?: GraphCacheUpdateResolver<Maybe<WithTypename<NotificationPreferences>>, Record<string, never>>
  },
  NotificationPreferencesLink?: {
    email?: GraphCacheUpdateResolver<Maybe<WithTypename<NotificationPreferencesLink>>, Record<string, never>>,
    newMessages?: GraphCacheUpdateResolver<Maybe<WithTypename<NotificationPreferencesLink>>, Record<string, never>>
  },
  Office?: {
    canSendEmail?: GraphCacheUpdateResolver<Maybe<WithTypename<Office>>, Record<string, never>>,
    caretakers?: GraphCacheUpdateResolver<Maybe<WithTypename<Office>>, Record<string, never>>,
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Office>>, Record<string, never>>,
    deadlineReminderRule?: GraphCacheUpdateResolver<Maybe<WithTypename<Office>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<Office>>, Record<string, never>>,
    invitations?: GraphCacheUpdateResolver<Maybe<WithTypename<Office>>, OfficeInvitationsArgs>,
    logo?: GraphCacheUpdateResolver<Maybe<WithTypename<Office>>, Record<string, never>>,
    name?: GraphCacheUpdateResolver<Maybe<WithTypename<Office>>, Record<string, never>>,
    nip?: GraphCacheUpdateResolver<Maybe<WithTypename<Office>>, Record<string, never>>,
    smtpChangedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Office>>, Record<string, never>>,
    smtpChanges?: GraphCacheUpdateResolver<Maybe<WithTypename<Office>>, Record<string, never>>,
    smtpConfigured?: GraphCacheUpdateResolver<Maybe<WithTypename<Office>>, Record<string, never>>,
    smtpIntegration?: GraphCacheUpdateResolver<Maybe<WithTypename<Office>>, Record<string, never>>,
    staff?: GraphCacheUpdateResolver<Maybe<WithTypename<Office>>, Record<string, never>>,
    verification?: GraphCacheUpdateResolver<Maybe<WithTypename<Office>>, Record<string, never>>
  },
  OfficeConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<OfficeConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<OfficeConnection>>, Record<string, never>>,
    totalCount?: GraphCacheUpdateResolver<Maybe<WithTypename<OfficeConnection>>, Record<string, never>>
  },
  OfficeEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<OfficeEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<OfficeEdge>>, Record<string, never>>
  },
  PageInfo?: {
    endCursor?: GraphCacheUpdateResolver<Maybe<WithTypename<PageInfo>>, Record<string, never>>,
    hasNextPage?: GraphCacheUpdateResolver<Maybe<WithTypename<PageInfo>>, Record<string, never>>
  },
  PlannedDeadlineReminder?: {
    companyId?: GraphCacheUpdateResolver<Maybe<WithTypename<PlannedDeadlineReminder>>, Record<string, never>>,
    companyName?: GraphCacheUpdateResolver<Maybe<WithTypename<PlannedDeadlineReminder>>, Record<string, never>>,
    declarationId?: GraphCacheUpdateResolver<Maybe<WithTypename<PlannedDeadlineReminder>>, Record<string, never>>,
    declarationType?: GraphCacheUpdateResolver<Maybe<WithTypename<PlannedDeadlineReminder>>, Record<string, never>>,
    dueDate?: GraphCacheUpdateResolver<Maybe<WithTypename<PlannedDeadlineReminder>>, Record<string, never>>,
    period?: GraphCacheUpdateResolver<Maybe<WithTypename<PlannedDeadlineReminder>>, Record<string, never>>,
    remindOn?: GraphCacheUpdateResolver<Maybe<WithTypename<PlannedDeadlineReminder>>, Record<string, never>>,
    taxDue?: GraphCacheUpdateResolver<Maybe<WithTypename<PlannedDeadlineReminder>>, Record<string, never>>
  },
  PrintoutOption?: {
    companyCount?: GraphCacheUpdateResolver<Maybe<WithTypename<PrintoutOption>>, Record<string, never>>,
    companyIds?: GraphCacheUpdateResolver<Maybe<WithTypename<PrintoutOption>>, Record<string, never>>,
    kind?: GraphCacheUpdateResolver<Maybe<WithTypename<PrintoutOption>>, Record<string, never>>,
    label?: GraphCacheUpdateResolver<Maybe<WithTypename<PrintoutOption>>, Record<string, never>>
  },
  ReadReceipt?: {
    message?: GraphCacheUpdateResolver<Maybe<WithTypename<ReadReceipt>>, Record<string, never>>,
    readAt?: GraphCacheUpdateResolver<Maybe<WithTypename<ReadReceipt>>, Record<string, never>>,
    user?: GraphCacheUpdateResolver<Maybe<WithTypename<ReadReceipt>>, Record<string, never>>
  },
  RecipientDownload?: {
    downloadedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<RecipientDownload>>, Record<string, never>>,
    file?: GraphCacheUpdateResolver<Maybe<WithTypename<RecipientDownload>>, Record<string, never>>,
    user?: GraphCacheUpdateResolver<Maybe<WithTypename<RecipientDownload>>, Record<string, never>>
  },
  Session?: {
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Session>>, Record<string, never>>,
    current?: GraphCacheUpdateResolver<Maybe<WithTypename<Session>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<Session>>, Record<string, never>>,
    lastUsedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Session>>, Record<string, never>>,
    userAgent?: GraphCacheUpdateResolver<Maybe<WithTypename<Session>>, Record<string, never>>
  },
  SmtpChange?: {
    changedBy?: GraphCacheUpdateResolver<Maybe<WithTypename<SmtpChange>>, Record<string, never>>,
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<SmtpChange>>, Record<string, never>>,
    host?: GraphCacheUpdateResolver<Maybe<WithTypename<SmtpChange>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<SmtpChange>>, Record<string, never>>,
    port?: GraphCacheUpdateResolver<Maybe<WithTypename<SmtpChange>>, Record<string, never>>,
    previousHost?: GraphCacheUpdateResolver<Maybe<WithTypename<SmtpChange>>, Record<string, never>>,
    previousPort?: GraphCacheUpdateResolver<Maybe<WithTypename<SmtpChange>>, Record<string, never>>,
    previousUsername?: GraphCacheUpdateResolver<Maybe<WithTypename<SmtpChange>>, Record<string, never>>,
    username?: GraphCacheUpdateResolver<Maybe<WithTypename<SmtpChange>>, Record<string, never>>,
    verification?: GraphCacheUpdateResolver<Maybe<WithTypename<SmtpChange>>, Record<string, never>>
  },
  SmtpIntegration?: {
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<SmtpIntegration>>, Record<string, never>>,
    fromAddress?: GraphCacheUpdateResolver<Maybe<WithTypename<SmtpIntegration>>, Record<string, never>>,
    fromName?: GraphCacheUpdateResolver<Maybe<WithTypename<SmtpIntegration>>, Record<string, never>>,
    host?: GraphCacheUpdateResolver<Maybe<WithTypename<SmtpIntegration>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<SmtpIntegration>>, Record<string, never>>,
    lastTestError?: GraphCacheUpdateResolver<Maybe<WithTypename<SmtpIntegration>>, Record<string, never>>,
    lastTestOk?: GraphCacheUpdateResolver<Maybe<WithTypename<SmtpIntegration>>, Record<string, never>>,
    lastTestedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<SmtpIntegration>>, Record<string, never>>,
    port?: GraphCacheUpdateResolver<Maybe<WithTypename<SmtpIntegration>>, Record<string, never>>,
    security?: GraphCacheUpdateResolver<Maybe<WithTypename<SmtpIntegration>>, Record<string, never>>,
    username?: GraphCacheUpdateResolver<Maybe<WithTypename<SmtpIntegration>>, Record<string, never>>
  },
  UnreadCount?: {
    companyId?: GraphCacheUpdateResolver<Maybe<WithTypename<UnreadCount>>, Record<string, never>>,
    count?: GraphCacheUpdateResolver<Maybe<WithTypename<UnreadCount>>, Record<string, never>>
  },
  Upo?: {
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Upo>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<Upo>>, Record<string, never>>,
    receivedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Upo>>, Record<string, never>>,
    referenceNumber?: GraphCacheUpdateResolver<Maybe<WithTypename<Upo>>, Record<string, never>>
  },
  User?: {
    companies?: GraphCacheUpdateResolver<Maybe<WithTypename<User>>, Record<string, never>>,
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<User>>, Record<string, never>>,
    deactivatedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<User>>, Record<string, never>>,
    email?: GraphCacheUpdateResolver<Maybe<WithTypename<User>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<User>>, Record<string, never>>,
    language?: GraphCacheUpdateResolver<Maybe<WithTypename<User>>, Record<string, never>>,
    name?: GraphCacheUpdateResolver<Maybe<WithTypename<User>>, Record<string, never>>,
    notificationPreferences?: GraphCacheUpdateResolver<Maybe<WithTypename<User>>, Record<string, never>>,
    office?: GraphCacheUpdateResolver<Maybe<WithTypename<User>>, Record<string, never>>,
    role?: GraphCacheUpdateResolver<Maybe<WithTypename<User>>, Record<string, never>>
  },
  Webhook?: {
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Webhook>>, Record<string, never>>,
    disabledAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Webhook>>, Record<string, never>>,
    events?: GraphCacheUpdateResolver<Maybe<WithTypename<Webhook>>, Record<string, never>>,
    failureCount?: GraphCacheUpdateResolver<Maybe<WithTypename<Webhook>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<Webhook>>, Record<string, never>>,
    lastDeliveryAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Webhook>>, Record<string, never>>,
    secret?: GraphCacheUpdateResolver<Maybe<WithTypename<Webhook>>, Record<string, never>>,
    url?: GraphCacheUpdateResolver<Maybe<WithTypename<Webhook>>, Record<string, never>>
  },
  WebhookDelivery?: {
    attempts?: GraphCacheUpdateResolver<Maybe<WithTypename<WebhookDelivery>>, Record<string, never>>,
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<WebhookDelivery>>, Record<string, never>>,
    deliveredAt?: GraphCacheUpdateResolver<Maybe<WithTypename<WebhookDelivery>>, Record<string, never>>,
    error?: GraphCacheUpdateResolver<Maybe<WithTypename<WebhookDelivery>>, Record<string, never>>,
    event?: GraphCacheUpdateResolver<Maybe<WithTypename<WebhookDelivery>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<WebhookDelivery>>, Record<string, never>>,
    nextAttemptAt?: GraphCacheUpdateResolver<Maybe<WithTypename<WebhookDelivery>>, Record<string, never>>,
    responseStatus?: GraphCacheUpdateResolver<Maybe<WithTypename<WebhookDelivery>>, Record<string, never>>,
    status?: GraphCacheUpdateResolver<Maybe<WithTypename<WebhookDelivery>>, Record<string, never>>
  },
  WebhookDeliveryConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<WebhookDeliveryConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<WebhookDeliveryConnection>>, Record<string, never>>,
    totalCount?: GraphCacheUpdateResolver<Maybe<WithTypename<WebhookDeliveryConnection>>, Record<string, never>>
  },
  WebhookDeliveryEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<WebhookDeliveryEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<WebhookDeliveryEdge>>, Record<string, never>>
  },
};

export type GraphCacheConfig = Parameters<typeof cacheExchange>[0] & {
  updates?: GraphCacheUpdaters,
  keys?: GraphCacheKeysConfig,
  optimistic?: GraphCacheOptimisticUpdaters,
  resolvers?: GraphCacheResolvers,
};