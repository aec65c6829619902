import { type DocumentNode, getOperationAST } from 'graphql';
import type { Actor, ApiTokenGrant } from '../../core/context.js';
import { ForbiddenError } from '../../core/errors.js';
import { rootFieldNames } from '../../core/ws-limits.js';
import { ApiScope } from './api-token.entity.js';

/** A root field no API token may call, whatever its scopes: only a person, logged in, may. */
export const HUMAN_ONLY = 'HUMAN_ONLY';
type Decision = ApiScope | typeof HUMAN_ONLY;

/**
 * The scope each root field (query, mutation, subscription) needs when an API token calls it. A
 * field missing here is refused to tokens (deny by default), and api-token.policy.test.ts fails
 * until every root field of the schema has its decision. A token never manages accounts, sessions,
 * tokens or the office's settings.
 */
export const ROOT_FIELD_SCOPES: Readonly<Record<string, Decision>> = {
  // Queries and subscriptions: READ.
  broadcast: ApiScope.READ,
  broadcasts: ApiScope.READ,
  companies: ApiScope.READ,
  company: ApiScope.READ,
  inbox: ApiScope.READ,
  messageTemplates: ApiScope.READ,
  previewMessage: ApiScope.READ,
  ledgerEntries: ApiScope.READ,
  me: ApiScope.READ,
  messages: ApiScope.READ,
  offices: ApiScope.READ,
  printoutOptions: ApiScope.READ,
  unreadCount: ApiScope.READ,
  broadcastProgress: ApiScope.READ,
  messageAdded: ApiScope.READ,
  messageRead: ApiScope.READ,
  messageAcknowledged: ApiScope.READ,
  unreadCountChanged: ApiScope.READ,
  companyAccessChanged: ApiScope.READ,
  __schema: ApiScope.READ,
  __type: ApiScope.READ,
  // Messages.
  sendBulkNotification: ApiScope.NOTIFY,
  sendMessage: ApiScope.NOTIFY,
  markMessagesRead: ApiScope.NOTIFY,
  closeConversation: ApiScope.NOTIFY,
  reopenConversation: ApiScope.NOTIFY,
  remindUnread: ApiScope.NOTIFY,
  // A scheduled email is cancelled, and a notification recalled, as sends of the office.
  cancelBroadcast: ApiScope.NOTIFY,
  recallBroadcast: ApiScope.NOTIFY,
  // Email.
  sendEmail: ApiScope.EMAIL,
  retryFailedDeliveries: ApiScope.EMAIL,
  testSmtpIntegration: ApiScope.EMAIL,
  // Bookkeeping.
  importLedgerEntries: ApiScope.BOOKKEEPING,
  upsertDeclaration: ApiScope.BOOKKEEPING,
  recordUpo: ApiScope.BOOKKEEPING,
  // Webhooks.
  webhooks: ApiScope.WEBHOOKS,
  webhookDeliveries: ApiScope.WEBHOOKS,
  createWebhook: ApiScope.WEBHOOKS,
  deleteWebhook: ApiScope.WEBHOOKS,
  markDeclarationPaid: ApiScope.BOOKKEEPING,
  // People, accounts, settings and tokens.
  demoAccounts: HUMAN_ONLY,
  // A confirmation of receipt is a person's word, never an app's.
  acknowledgeMessage: HUMAN_ONLY,
  login: HUMAN_ONLY,
  logout: HUMAN_ONLY,
  createCompany: HUMAN_ONLY,
  setOfficeVerification: HUMAN_ONLY,
  updateSmtpIntegration: HUMAN_ONLY,
  setOfficeLogo: HUMAN_ONLY,
  updateDeadlineReminderRule: HUMAN_ONLY,
  apiTokens: HUMAN_ONLY,
  createApiToken: HUMAN_ONLY,
  revokeApiToken: HUMAN_ONLY,
  signUpOffice: HUMAN_ONLY,
  requestOfficeVerification: HUMAN_ONLY,
  inviteStaff: HUMAN_ONLY,
  inviteClient: HUMAN_ONLY,
  resendInvitation: HUMAN_ONLY,
  revokeInvitation: HUMAN_ONLY,
  invitation: HUMAN_ONLY,
  acceptInvitation: HUMAN_ONLY,
  requestPasswordReset: HUMAN_ONLY,
  resetPassword: HUMAN_ONLY,
  changePassword: HUMAN_ONLY,
  mySessions: HUMAN_ONLY,
  updateMyAccount: HUMAN_ONLY,
  revokeSession: HUMAN_ONLY,
  deactivateUser: HUMAN_ONLY,
  updateCompany: HUMAN_ONLY,
  archiveCompany: HUMAN_ONLY,
  restoreCompany: HUMAN_ONLY,
  assignCaretaker: HUMAN_ONLY,
  importCompanies: HUMAN_ONLY,
  updateNotificationPreferences: HUMAN_ONLY,
  notificationPreferencesLink: HUMAN_ONLY,
  updateNotificationPreferencesByLink: HUMAN_ONLY,
  // Templates are the office's settings: people keep them, tokens read and use them.
  createMessageTemplate: HUMAN_ONLY,
  updateMessageTemplate: HUMAN_ONLY,
  deleteMessageTemplate: HUMAN_ONLY,
};

/** The scopes that may upload a file (an attachment to send, a file to import). */
export const UPLOAD_SCOPES: readonly ApiScope[] = [
  ApiScope.NOTIFY,
  ApiScope.EMAIL,
  ApiScope.BOOKKEEPING,
];

/** What a root field needs of a token: a scope, or a person (also for a field not decided). */
export function requiredScope(field: string): Decision {
  return (Object.hasOwn(ROOT_FIELD_SCOPES, field) && ROOT_FIELD_SCOPES[field]) || HUMAN_ONLY;
}

/** The API token the actor acts through; undefined for a person's session. */
export function tokenOf(actor: Actor | null): ApiTokenGrant | undefined {
  return actor && 'token' in actor ? actor.token : undefined;
}

/** Whether the actor may go on with one of `scopes`: people always (their roles decide). */
export function tokenHasScope(actor: Actor | null, scopes: readonly ApiScope[]): boolean {
  const token = tokenOf(actor);
  return !token || scopes.some((scope) => token.scopes.includes(scope));
}

/**
 * FORBIDDEN when a token's operation names a root field its scopes do not cover (the first such),
 * undefined when it may run. `__typename` needs no scope.
 */
export function operationRefusal(
  actor: Actor | null,
  document: DocumentNode,
  operationName: string | null | undefined,
): ForbiddenError | undefined {
  const token = tokenOf(actor);
  if (!token) return undefined;
  const operation = getOperationAST(document, operationName);
  if (!operation) return undefined;
  for (const field of rootFieldNames(document, operation.selectionSet)) {
    if (field === '__typename') continue;
    const needed = requiredScope(field);
    if (needed === HUMAN_ONLY)
      return new ForbiddenError(`An API token may not call ${field}; log in as a person.`);
    if (!token.scopes.includes(needed))
      return new ForbiddenError(`This API token lacks the ${needed} scope that ${field} needs.`);
  }
  return undefined;
}
