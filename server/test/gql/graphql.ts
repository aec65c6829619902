/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type SendBulkNotificationInput = {
  /** Ids from POST /uploads by the same user, shared by the recipients. */
  attachmentIds?: Array<string | number> | null | undefined;
  body: string;
  /** The ticked companies, 1 to 10000; each gets its own message. */
  companyIds: Array<string | number>;
};

export type SendEmailInput = {
  /** The ticked companies, 1 to 10000; each gets its own email at its account address. */
  companyIds: Array<string | number>;
  /** From the rich-text editor; sanitized before it is stored or sent. */
  html: string;
  /** A retried call with the same key returns the first broadcast instead of sending again. */
  idempotencyKey?: string | null | undefined;
  /** Each company gets only those that apply to it, as links. */
  printouts?: Array<PrintoutRequest> | null | undefined;
  subject: string;
};

export type SendMessageInput = {
  /** Ids from POST /uploads by the same user. */
  attachmentIds?: Array<string | number> | null | undefined;
  body: string;
  companyId: string | number;
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

export type ThreadTestInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type ThreadTestInboxQuery = { inbox: { totalCount: number, edges: Array<{ node: { unreadFromClientCount: number, lastActivityAt: string, company: { id: string }, lastMessage: { body: string } } }> } };

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