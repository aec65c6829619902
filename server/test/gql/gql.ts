/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  subscription AppTestUnread {\n    unreadCountChanged { count }\n  }\n": typeof types.AppTestUnreadDocument,
    "\n  mutation AppTestLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) { token }\n  }\n": typeof types.AppTestLoginDocument,
    "\n  mutation ErrorsSendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n": typeof types.ErrorsSendMessageDocument,
    "\n  mutation ErrorsSendBulkNotification($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n": typeof types.ErrorsSendBulkNotificationDocument,
    "\n  query ErrorsUnreadCount {\n    unreadCount\n  }\n": typeof types.ErrorsUnreadCountDocument,
    "\n  query ErrorsMe {\n    me { id }\n  }\n": typeof types.ErrorsMeDocument,
    "\n  query ErrorsTenLevels {\n    companies(first: 1) {\n      edges {\n        node {\n          lastMessage { company { lastMessage { company { lastMessage { company { lastMessage { id } } } } } } }\n        }\n      }\n    }\n  }\n": typeof types.ErrorsTenLevelsDocument,
    "\n  query ErrorsCompaniesTotal($first: Int, $after: String) {\n    companies(first: $first, after: $after) { totalCount }\n  }\n": typeof types.ErrorsCompaniesTotalDocument,
    "\n  query ErrorsCompaniesPage($first: Int, $after: String) {\n    companies(first: $first, after: $after) {\n      totalCount edges { cursor } pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ErrorsCompaniesPageDocument,
    "\n  query ErrorsMessagesTotal($id: ID!, $first: Int, $after: String) {\n    messages(companyId: $id, first: $first, after: $after) { totalCount }\n  }\n": typeof types.ErrorsMessagesTotalDocument,
    "\n  query ErrorsMessagesPage($id: ID!, $first: Int, $after: String) {\n    messages(companyId: $id, first: $first, after: $after) {\n      totalCount edges { cursor } pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ErrorsMessagesPageDocument,
    "\n  query ErrorsInboxTotal($first: Int, $after: String) {\n    inbox(first: $first, after: $after) { totalCount }\n  }\n": typeof types.ErrorsInboxTotalDocument,
    "\n  query ErrorsInboxPage($first: Int, $after: String) {\n    inbox(first: $first, after: $after) {\n      totalCount edges { cursor } pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ErrorsInboxPageDocument,
    "\n  query ErrorsCompany($id: ID!) {\n    company(id: $id) { id }\n  }\n": typeof types.ErrorsCompanyDocument,
    "\n  query ErrorsMessages($id: ID!) {\n    messages(companyId: $id) { totalCount }\n  }\n": typeof types.ErrorsMessagesDocument,
    "\n  query ErrorsUnreadCountOf($id: ID) {\n    unreadCount(companyId: $id)\n  }\n": typeof types.ErrorsUnreadCountOfDocument,
    "\n  query ErrorsBroadcast($id: ID!) {\n    broadcast(id: $id) { id }\n  }\n": typeof types.ErrorsBroadcastDocument,
    "\n  mutation ErrorsMarkRead($id: ID!) {\n    markMessagesRead(companyId: $id)\n  }\n": typeof types.ErrorsMarkReadDocument,
    "\n  mutation ErrorsSendTo($id: ID!) {\n    sendMessage(input: { companyId: $id, body: \"x\" }) { id }\n  }\n": typeof types.ErrorsSendToDocument,
    "\n  mutation ErrorsNotifyTo($id: ID!) {\n    sendBulkNotification(input: { companyIds: [$id], body: \"x\" }) { id }\n  }\n": typeof types.ErrorsNotifyToDocument,
    "\n  mutation ErrorsSendAttaching($company: ID!, $id: ID!) {\n    sendMessage(input: { companyId: $company, body: \"x\", attachmentIds: [$id] }) { id }\n  }\n": typeof types.ErrorsSendAttachingDocument,
    "\n  mutation ErrorsCreateWithCaretaker($id: ID!, $nip: String!) {\n    createCompany(\n      input: { name: \"X\", nip: $nip, taxForm: LUMP_SUM, email: \"x@test.local\", caretakerId: $id }\n    ) { id }\n  }\n": typeof types.ErrorsCreateWithCaretakerDocument,
    "\n  subscription ErrorsMessageAdded($id: ID) {\n    messageAdded(companyId: $id) { __typename }\n  }\n": typeof types.ErrorsMessageAddedDocument,
    "\n  subscription ErrorsMessageRead($id: ID) {\n    messageRead(companyId: $id) { __typename }\n  }\n": typeof types.ErrorsMessageReadDocument,
    "\n  subscription ErrorsUnreadCountChanged($id: ID) {\n    unreadCountChanged(companyId: $id) { __typename }\n  }\n": typeof types.ErrorsUnreadCountChangedDocument,
    "\n  query ErrorsSearch($s: String) {\n    companies(filter: { search: $s }) { totalCount }\n  }\n": typeof types.ErrorsSearchDocument,
    "\n  mutation ErrorsSendBody($c: ID!, $b: String!) {\n    sendMessage(input: { companyId: $c, body: $b }) { id }\n  }\n": typeof types.ErrorsSendBodyDocument,
    "\n  mutation ErrorsNotifyBody($c: ID!, $b: String!) {\n    sendBulkNotification(input: { companyIds: [$c], body: $b }) { id }\n  }\n": typeof types.ErrorsNotifyBodyDocument,
    "\n  mutation ErrorsCreateCompany($n: String!, $nip: String!, $e: String!) {\n    createCompany(input: { name: $n, nip: $nip, taxForm: LUMP_SUM, email: $e }) { id name }\n  }\n": typeof types.ErrorsCreateCompanyDocument,
    "\n  mutation ErrorsLogin($e: String!) {\n    login(email: $e, password: \"whatever\") { token }\n  }\n": typeof types.ErrorsLoginDocument,
    "\n  query GraphqlLimitsPagesInPages($first: Int) {\n    companies(first: $first) {\n      edges { node { id emails(first: $first) { edges { node { id subject } } } } }\n    }\n  }\n": typeof types.GraphqlLimitsPagesInPagesDocument,
    "\n  query PagingCompanies($first: Int, $after: String, $filter: CompanyFilter) {\n    companies(first: $first, after: $after, filter: $filter) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name } }\n    }\n  }\n": typeof types.PagingCompaniesDocument,
    "\n  query PagingCompaniesTotal($first: Int, $after: String, $filter: CompanyFilter) {\n    companies(first: $first, after: $after, filter: $filter) {\n      totalCount pageInfo { hasNextPage endCursor }\n      edges { node { id name } }\n    }\n  }\n": typeof types.PagingCompaniesTotalDocument,
    "\n  query PagingCompaniesTotalTwice($first: Int, $after: String, $filter: CompanyFilter) {\n    companies(first: $first, after: $after, filter: $filter) {\n      a: totalCount b: totalCount pageInfo { hasNextPage endCursor }\n      edges { node { id name } }\n    }\n  }\n": typeof types.PagingCompaniesTotalTwiceDocument,
    "\n  query PagingInbox($first: Int, $after: String) {\n    inbox(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { company { id } lastActivityAt } }\n    }\n  }\n": typeof types.PagingInboxDocument,
    "\n  query PagingThread($id: ID!, $after: String) {\n    messages(companyId: $id, first: 5, after: $after) {\n      pageInfo { endCursor }\n      edges { node { id } }\n    }\n  }\n": typeof types.PagingThreadDocument,
    "\n  mutation TextInputSend($i: SendMessageInput!) {\n    sendMessage(input: $i) { body }\n  }\n": typeof types.TextInputSendDocument,
    "\n  query WsLimitsMe {\n    me { id }\n  }\n": typeof types.WsLimitsMeDocument,
    "\n  mutation WsLimitsLogout {\n    logout\n  }\n": typeof types.WsLimitsLogoutDocument,
    "\n  mutation AuthzAcknowledgeMessage($id: ID!) {\n    acknowledgeMessage(id: $id) { id body acknowledgedAt acknowledgedBy { id name } }\n  }\n": typeof types.AuthzAcknowledgeMessageDocument,
    "\n  subscription AuthzMessageAcknowledged($companyId: ID) {\n    messageAcknowledged(companyId: $companyId) { id body company { id name } }\n  }\n": typeof types.AuthzMessageAcknowledgedDocument,
    "\n  mutation AuthzAckNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n": typeof types.AuthzAckNotifyDocument,
    "\n  query AuthzAckRequests($id: ID!) {\n    company(id: $id) { acknowledgmentRequests { edges { node { id acknowledgedAt } } } }\n  }\n": typeof types.AuthzAckRequestsDocument,
    "\n  mutation AckReportNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n": typeof types.AckReportNotifyDocument,
    "\n  mutation AckReportAcknowledge($id: ID!) { acknowledgeMessage(id: $id) { id acknowledgedAt } }\n": typeof types.AckReportAcknowledgeDocument,
    "\n  mutation AckReportRead($companyId: ID!) { markMessagesRead(companyId: $companyId) }\n": typeof types.AckReportReadDocument,
    "\n  query AckReport($id: ID!, $filter: BroadcastRecipientFilter) {\n    broadcast(id: $id) {\n      requireAcknowledgment readCount acknowledgedCount\n      recipients(first: 100, filter: $filter) {\n        totalCount\n        edges { node { company { id } read acknowledgedAt acknowledgedBy { id name } } }\n      }\n    }\n  }\n": typeof types.AckReportDocument,
    "\n  mutation AckReportRemind($broadcastId: ID!, $body: String, $target: ReminderTarget) {\n    remindUnread(broadcastId: $broadcastId, body: $body, target: $target) {\n      id recipientCount preview requireAcknowledgment remindsOf { id }\n    }\n  }\n": typeof types.AckReportRemindDocument,
    "\n  mutation AckReportEmail($input: SendEmailInput!) { sendEmail(input: $input) { id requireAcknowledgment } }\n": typeof types.AckReportEmailDocument,
    "\n  mutation AckReportSmtp($input: SmtpIntegrationInput!) { updateSmtpIntegration(input: $input) { host } }\n": typeof types.AckReportSmtpDocument,
    "\n  query AckReportEmails($id: ID!) {\n    company(id: $id) { emails { edges { node { id kind requiresAcknowledgment acknowledgedAt } } } }\n  }\n": typeof types.AckReportEmailsDocument,
    "\n  mutation AckScaleNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n": typeof types.AckScaleNotifyDocument,
    "\n  query AckScaleRecipients($id: ID!, $filter: BroadcastRecipientFilter) {\n    broadcast(id: $id) {\n      acknowledgedCount\n      recipients(first: 20, filter: $filter) {\n        totalCount\n        edges { node { company { id name } read acknowledgedAt acknowledgedBy { id name } } }\n      }\n    }\n  }\n": typeof types.AckScaleRecipientsDocument,
    "\n  mutation AckScaleRemind($broadcastId: ID!) {\n    remindUnread(broadcastId: $broadcastId, target: UNACKNOWLEDGED) { id recipientCount }\n  }\n": typeof types.AckScaleRemindDocument,
    "\n  mutation AckNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id requireAcknowledgment }\n  }\n": typeof types.AckNotifyDocument,
    "\n  mutation AckMessage($id: ID!) {\n    acknowledgeMessage(id: $id) {\n      id requiresAcknowledgment acknowledgedAt readByMe\n      acknowledgedBy { id name }\n    }\n  }\n": typeof types.AckMessageDocument,
    "\n  query AckThread($companyId: ID!, $first: Int) {\n    messages(companyId: $companyId, first: $first) {\n      edges {\n        node {\n          id body requiresAcknowledgment acknowledgedAt\n          acknowledgedBy { id name }\n          receipts { user { id } }\n        }\n      }\n    }\n  }\n": typeof types.AckThreadDocument,
    "\n  mutation AckAsk($input: SendMessageInput!) { sendMessage(input: $input) { id } }\n": typeof types.AckAskDocument,
    "\n  query AckUnread($companyId: ID) { unreadCount(companyId: $companyId) }\n": typeof types.AckUnreadDocument,
    "\n  subscription AckLive($companyId: ID) {\n    messageAcknowledged(companyId: $companyId) {\n      id acknowledgedAt acknowledgedBy { id } company { id }\n    }\n  }\n": typeof types.AckLiveDocument,
    "\n  subscription AckLiveRead {\n    messageRead { user { id } message { id } }\n  }\n": typeof types.AckLiveReadDocument,
    "\n  subscription AckLiveBadge { unreadCountChanged { count } }\n": typeof types.AckLiveBadgeDocument,
    "\n  query AckCompanyCard($id: ID!, $acknowledged: Boolean, $first: Int, $after: String) {\n    company(id: $id) {\n      acknowledgmentRequests(acknowledged: $acknowledged, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id body acknowledgedAt acknowledgedBy { id name } } }\n      }\n    }\n  }\n": typeof types.AckCompanyCardDocument,
    "\n  mutation AuthzAlertsChoose($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) { id notificationPreferences { newMessages } }\n  }\n": typeof types.AuthzAlertsChooseDocument,
    "\n  query AuthzAlertsMine {\n    me { id notificationPreferences { newMessages } }\n  }\n": typeof types.AuthzAlertsMineDocument,
    "\n  query AuthzAlertsLink($token: String!) {\n    notificationPreferencesLink(token: $token) { email newMessages }\n  }\n": typeof types.AuthzAlertsLinkDocument,
    "\n  mutation AuthzAlertsLinkChoose($token: String!, $input: NotificationPreferencesInput!) {\n    updateNotificationPreferencesByLink(token: $token, input: $input) { email newMessages }\n  }\n": typeof types.AuthzAlertsLinkChooseDocument,
    "\n  mutation AlertsScaleNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n": typeof types.AlertsScaleNotifyDocument,
    "\n  mutation AlertsNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n": typeof types.AlertsNotifyDocument,
    "\n  mutation AlertsMarkRead($companyId: ID!) {\n    markMessagesRead(companyId: $companyId)\n  }\n": typeof types.AlertsMarkReadDocument,
    "\n  mutation AlertsRecall($id: ID!) {\n    recallBroadcast(id: $id) { id status }\n  }\n": typeof types.AlertsRecallDocument,
    "\n  mutation AlertsChoose($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) { id notificationPreferences { newMessages } }\n  }\n": typeof types.AlertsChooseDocument,
    "\n  query AlertsMe {\n    me { id notificationPreferences { newMessages } }\n  }\n": typeof types.AlertsMeDocument,
    "\n  query AlertsLink($token: String!) {\n    notificationPreferencesLink(token: $token) { email newMessages }\n  }\n": typeof types.AlertsLinkDocument,
    "\n  mutation AlertsLinkChoose($token: String!, $input: NotificationPreferencesInput!) {\n    updateNotificationPreferencesByLink(token: $token, input: $input) { email newMessages }\n  }\n": typeof types.AlertsLinkChooseDocument,
    "\n  mutation AlertsArchive($id: ID!) {\n    archiveCompany(id: $id) { id archivedAt }\n  }\n": typeof types.AlertsArchiveDocument,
    "\n  mutation AlertsDeactivate($id: ID!) {\n    deactivateUser(id: $id) { id deactivatedAt }\n  }\n": typeof types.AlertsDeactivateDocument,
    "\n  query AuthzApiTokens {\n    apiTokens { id name scopes hint }\n  }\n": typeof types.AuthzApiTokensDocument,
    "\n  mutation AuthzCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { token apiToken { id name } }\n  }\n": typeof types.AuthzCreateApiTokenDocument,
    "\n  mutation AuthzRevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) { id revokedAt }\n  }\n": typeof types.AuthzRevokeApiTokenDocument,
    "\n  mutation ApiTokenCreate($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken { id name scopes hint createdAt expiresAt lastUsedAt revokedAt createdBy { id } }\n    }\n  }\n": typeof types.ApiTokenCreateDocument,
    "\n  query ApiTokenList {\n    apiTokens { id name scopes hint createdAt expiresAt lastUsedAt revokedAt createdBy { id name } }\n  }\n": typeof types.ApiTokenListDocument,
    "\n  mutation ApiTokenRevoke($id: ID!) {\n    revokeApiToken(id: $id) { id revokedAt }\n  }\n": typeof types.ApiTokenRevokeDocument,
    "\n  query ApiTokenCompanies {\n    companies(first: 50) { totalCount edges { node { id name } } }\n  }\n": typeof types.ApiTokenCompaniesDocument,
    "\n  mutation ApiTokenNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n": typeof types.ApiTokenNotifyDocument,
    "\n  mutation ApiTokenSendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) { id body }\n  }\n": typeof types.ApiTokenSendMessageDocument,
    "\n  mutation ApiTokenSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": typeof types.ApiTokenSmtpDocument,
    "\n  mutation ApiTokenEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) { id recipientCount }\n  }\n": typeof types.ApiTokenEmailDocument,
    "\n  mutation ApiTokenLedger($companyId: ID!, $entries: [LedgerEntryInput!]!) {\n    importLedgerEntries(companyId: $companyId, entries: $entries)\n  }\n": typeof types.ApiTokenLedgerDocument,
    "\n  mutation ApiTokenDeactivateHead($id: ID!) {\n    deactivateUser(id: $id) { id deactivatedAt }\n  }\n": typeof types.ApiTokenDeactivateHeadDocument,
    "\n  subscription ApiTokenUnread {\n    unreadCountChanged { count }\n  }\n": typeof types.ApiTokenUnreadDocument,
    "\n  mutation ApiTokenLogout {\n    logout\n  }\n": typeof types.ApiTokenLogoutDocument,
    "\n  mutation AccountLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token user { id } }\n  }\n": typeof types.AccountLoginDocument,
    "\n  query AccountMe {\n    me { id deactivatedAt }\n  }\n": typeof types.AccountMeDocument,
    "\n  mutation AccountRequestReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.AccountRequestResetDocument,
    "\n  mutation AccountReset($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) { token user { id email } }\n  }\n": typeof types.AccountResetDocument,
    "\n  mutation AccountChange($current: String!, $next: String!) {\n    changePassword(currentPassword: $current, newPassword: $next)\n  }\n": typeof types.AccountChangeDocument,
    "\n  query AccountSessions {\n    mySessions { id createdAt lastUsedAt userAgent current }\n  }\n": typeof types.AccountSessionsDocument,
    "\n  mutation AccountRevoke($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.AccountRevokeDocument,
    "\n  mutation AccountDeactivate($id: ID!) {\n    deactivateUser(id: $id) { id deactivatedAt }\n  }\n": typeof types.AccountDeactivateDocument,
    "\n  subscription AccountUnread {\n    unreadCountChanged { count }\n  }\n": typeof types.AccountUnreadDocument,
    "\n  mutation AccountSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n": typeof types.AccountSendDocument,
    "\n  query AccountMessages($companyId: ID!) {\n    messages(companyId: $companyId, first: 50) { totalCount }\n  }\n": typeof types.AccountMessagesDocument,
    "mutation AccountLogout { logout }": typeof types.AccountLogoutDocument,
    "\n  query AuthzMe {\n    me { id role companies { id name } }\n  }\n": typeof types.AuthzMeDocument,
    "\n  query AuthzMyRecords {\n    me {\n      companies {\n        id\n        emails(first: 100) { totalCount edges { node { id subject } } }\n        declarations { id }\n      }\n    }\n  }\n": typeof types.AuthzMyRecordsDocument,
    "\n  query AuthzMyOffice {\n    me {\n      role\n      office {\n        id verification smtpConfigured canSendEmail\n        smtpIntegration { host port username fromAddress fromName }\n      }\n    }\n  }\n": typeof types.AuthzMyOfficeDocument,
    "\n  mutation AuthzRequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.AuthzRequestPasswordResetDocument,
    "\n  mutation AuthzResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) { token user { id email } }\n  }\n": typeof types.AuthzResetPasswordDocument,
    "\n  mutation AuthzChangePassword($current: String!, $next: String!) {\n    changePassword(currentPassword: $current, newPassword: $next)\n  }\n": typeof types.AuthzChangePasswordDocument,
    "\n  query AuthzMySessions {\n    mySessions { id current userAgent }\n  }\n": typeof types.AuthzMySessionsDocument,
    "\n  mutation AuthzUpdateMyAccount($input: UpdateMyAccountInput!) {\n    updateMyAccount(input: $input) { id language }\n  }\n": typeof types.AuthzUpdateMyAccountDocument,
    "\n  mutation AuthzRevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.AuthzRevokeSessionDocument,
    "\n  mutation AuthzDeactivateUser($id: ID!) {\n    deactivateUser(id: $id) { id email deactivatedAt }\n  }\n": typeof types.AuthzDeactivateUserDocument,
    "\n  mutation AuthTestLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token user { id email role office { id } } }\n  }\n": typeof types.AuthTestLoginDocument,
    "\n  mutation AuthTestLoginCompanies($e: String!, $p: String!) {\n    login(email: $e, password: $p) { user { role companies { id } } }\n  }\n": typeof types.AuthTestLoginCompaniesDocument,
    "\n  mutation AuthTestLogout {\n    logout\n  }\n": typeof types.AuthTestLogoutDocument,
    "\n  query AuthTestMe {\n    me { id email name role office { name } companies { id } }\n  }\n": typeof types.AuthTestMeDocument,
    "\n  query AuthTestCompanies {\n    companies { totalCount }\n  }\n": typeof types.AuthTestCompaniesDocument,
    "\n  subscription AuthTestUnread {\n    unreadCountChanged { count }\n  }\n": typeof types.AuthTestUnreadDocument,
    "\n  subscription AuthTestUnreadOf {\n    unreadCountChanged { count companyId }\n  }\n": typeof types.AuthTestUnreadOfDocument,
    "\n  mutation LanguageSignUp($input: SignUpOfficeInput!) {\n    signUpOffice(input: $input) { token user { id email language } }\n  }\n": typeof types.LanguageSignUpDocument,
    "\n  mutation LanguageUpdateMe($input: UpdateMyAccountInput!) {\n    updateMyAccount(input: $input) { id name language }\n  }\n": typeof types.LanguageUpdateMeDocument,
    "\n  query LanguageMe {\n    me { id name language }\n  }\n": typeof types.LanguageMeDocument,
    "\n  mutation LanguageRequestReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.LanguageRequestResetDocument,
    "\n  mutation LanguageInviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) { id language }\n  }\n": typeof types.LanguageInviteStaffDocument,
    "\n  mutation LanguageInviteClient($input: InviteClientInput!) {\n    inviteClient(input: $input) { id language }\n  }\n": typeof types.LanguageInviteClientDocument,
    "\n  mutation LanguageAccept($token: String!, $password: String, $language: Language) {\n    acceptInvitation(token: $token, password: $password, language: $language) {\n      user { id language }\n    }\n  }\n": typeof types.LanguageAcceptDocument,
    "\n  query LanguagePreview($token: String!) {\n    invitation(token: $token) { language }\n  }\n": typeof types.LanguagePreviewDocument,
    "\n  mutation LoginFloodLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token }\n  }\n": typeof types.LoginFloodLoginDocument,
    "\n  query AuthzLedgerEntries($companyId: ID!, $period: String!) {\n    ledgerEntries(companyId: $companyId, period: $period, first: 100) {\n      totalCount\n      edges { node { id documentNumber counterparty description gross } }\n    }\n  }\n": typeof types.AuthzLedgerEntriesDocument,
    "\n  mutation AuthzRecordUpo($input: UpoInput!) {\n    recordUpo(input: $input) { id referenceNumber }\n  }\n": typeof types.AuthzRecordUpoDocument,
    "\n  mutation AuthzMarkDeclarationPaid($id: ID!) {\n    markDeclarationPaid(id: $id) { id paidAt }\n  }\n": typeof types.AuthzMarkDeclarationPaidDocument,
    "\n  mutation PaidUpsertDeclaration($input: DeclarationInput!) {\n    upsertDeclaration(input: $input) { id paidAt }\n  }\n": typeof types.PaidUpsertDeclarationDocument,
    "\n  mutation PaidMarkDeclaration($id: ID!, $paid: Boolean) {\n    markDeclarationPaid(id: $id, paid: $paid) { id paidAt }\n  }\n": typeof types.PaidMarkDeclarationDocument,
    "\n  query PaidDeclarations($id: ID!) {\n    company(id: $id) { declarations { id paidAt } }\n  }\n": typeof types.PaidDeclarationsDocument,
    "\n  mutation BookkeepingImport($companyId: ID!, $entries: [LedgerEntryInput!]!) {\n    importLedgerEntries(companyId: $companyId, entries: $entries)\n  }\n": typeof types.BookkeepingImportDocument,
    "\n  query BookkeepingEntries($companyId: ID!, $period: String!, $first: Int, $after: String) {\n    ledgerEntries(companyId: $companyId, period: $period, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          id date documentNumber counterparty counterpartyNip description net vat gross column\n          contraAccount vatRegister\n        }\n      }\n    }\n  }\n": typeof types.BookkeepingEntriesDocument,
    "\n  mutation BookkeepingUpsertDeclaration($input: DeclarationInput!) {\n    upsertDeclaration(input: $input) {\n      id type period taxBase taxDue status filedAt dueDate upo { id referenceNumber }\n    }\n  }\n": typeof types.BookkeepingUpsertDeclarationDocument,
    "\n  mutation BookkeepingRecordUpo($input: UpoInput!) {\n    recordUpo(input: $input) { id referenceNumber receivedAt }\n  }\n": typeof types.BookkeepingRecordUpoDocument,
    "\n  query BookkeepingDeclarations($id: ID!, $period: String) {\n    company(id: $id) {\n      declarations(period: $period) {\n        id type period status taxBase taxDue upo { referenceNumber receivedAt }\n      }\n    }\n  }\n": typeof types.BookkeepingDeclarationsDocument,
    "\n  query BookkeepingCompanyDeclarations($first: Int) {\n    companies(first: $first) { edges { node { id declarations { type upo { id } } } } }\n  }\n": typeof types.BookkeepingCompanyDeclarationsDocument,
    "\n  query AuthzBroadcast($id: ID!) {\n    broadcast(id: $id) { id kind recipientCount readCount author { id name } }\n  }\n": typeof types.AuthzBroadcastDocument,
    "\n  query AuthzBroadcasts {\n    broadcasts(first: 100) { totalCount edges { node { id preview recipientCount } } }\n  }\n": typeof types.AuthzBroadcastsDocument,
    "\n  query AuthzBroadcastRecipients($id: ID!) {\n    broadcast(id: $id) {\n      id\n      recipients(first: 100) {\n        totalCount\n        edges { node { company { id name nip } read reads { user { id } } downloads { file { filename } } } }\n      }\n    }\n  }\n": typeof types.AuthzBroadcastRecipientsDocument,
    "\n  mutation AuthzRemindUnread($broadcastId: ID!, $body: String) {\n    remindUnread(broadcastId: $broadcastId, body: $body) { id recipientCount }\n  }\n": typeof types.AuthzRemindUnreadDocument,
    "\n  mutation AuthzCancelBroadcast($id: ID!) {\n    cancelBroadcast(id: $id) { id status }\n  }\n": typeof types.AuthzCancelBroadcastDocument,
    "\n  mutation AuthzRecallBroadcast($id: ID!) {\n    recallBroadcast(id: $id) { id status }\n  }\n": typeof types.AuthzRecallBroadcastDocument,
    "\n  mutation CsvReportNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n": typeof types.CsvReportNotifyDocument,
    "\n  mutation CsvReportMarkRead($companyId: ID!) { markMessagesRead(companyId: $companyId) }\n": typeof types.CsvReportMarkReadDocument,
    "\n  mutation CsvReportAcknowledge($id: ID!) { acknowledgeMessage(id: $id) { id } }\n": typeof types.CsvReportAcknowledgeDocument,
    "\n  mutation CsvReportToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }\n": typeof types.CsvReportTokenDocument,
    "\n  mutation ScaleReportNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n": typeof types.ScaleReportNotifyDocument,
    "\n  query ScaleReportBroadcasts($first: Int) {\n    broadcasts(first: $first) {\n      edges {\n        node {\n          id kind status recipientCount readCount failedCount preview createdAt\n          author { id name } remindsOf { id } reminders { id }\n        }\n      }\n    }\n  }\n": typeof types.ScaleReportBroadcastsDocument,
    "\n  query ScaleReportRecipients($id: ID!, $first: Int, $filter: BroadcastRecipientFilter) {\n    broadcast(id: $id) {\n      recipients(first: $first, filter: $filter) {\n        totalCount\n        edges {\n          node {\n            company { id name nip }\n            read firstReadAt reads { user { id name } readAt }\n            emailStatus attachmentCount downloads { file { filename } downloadedAt } repliedAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.ScaleReportRecipientsDocument,
    "\n  mutation ScaleReportRemind($broadcastId: ID!) {\n    remindUnread(broadcastId: $broadcastId) { id recipientCount }\n  }\n": typeof types.ScaleReportRemindDocument,
    "\n  mutation ReportNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n": typeof types.ReportNotifyDocument,
    "\n  mutation ReportMarkRead($companyId: ID!) { markMessagesRead(companyId: $companyId) }\n": typeof types.ReportMarkReadDocument,
    "\n  mutation ReportAsk($input: SendMessageInput!) { sendMessage(input: $input) { id } }\n": typeof types.ReportAskDocument,
    "\n  query ReportBroadcasts($first: Int, $after: String, $status: BroadcastStatus) {\n    broadcasts(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id kind status recipientCount readCount failedCount preview createdAt\n          author { id name }\n          remindsOf { id }\n          reminders { id recipientCount }\n        }\n      }\n    }\n  }\n": typeof types.ReportBroadcastsDocument,
    "\n  query ReportRecipients($id: ID!, $first: Int, $after: String, $filter: BroadcastRecipientFilter) {\n    broadcast(id: $id) {\n      id\n      recipients(first: $first, after: $after, filter: $filter) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            company { id name }\n            read firstReadAt\n            reads { user { id name } readAt }\n            emailStatus emailError attachmentCount\n            downloads { file { id filename } user { id } downloadedAt }\n            repliedAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReportRecipientsDocument,
    "\n  mutation ReportRemind($broadcastId: ID!, $body: String) {\n    remindUnread(broadcastId: $broadcastId, body: $body) {\n      id kind recipientCount preview remindsOf { id }\n    }\n  }\n": typeof types.ReportRemindDocument,
    "\n  mutation ReportSendEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n": typeof types.ReportSendEmailDocument,
    "\n  mutation ReportSmtp($input: SmtpIntegrationInput!) { updateSmtpIntegration(input: $input) { host } }\n": typeof types.ReportSmtpDocument,
    "\n  query ReportProgress($id: ID!) { broadcast(id: $id) { queuedCount sentCount failedCount } }\n": typeof types.ReportProgressDocument,
    "\n  mutation BroadcastNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) {\n      id kind recipientCount readCount createdAt author { id role }\n    }\n  }\n": typeof types.BroadcastNotifyDocument,
    "\n  query BroadcastGet($id: ID!) {\n    broadcast(id: $id) {\n      id kind recipientCount readCount queuedCount sentCount failedCount author { id name }\n    }\n  }\n": typeof types.BroadcastGetDocument,
    "\n  query BroadcastThreadTotal($id: ID!) {\n    messages(companyId: $id) { totalCount }\n  }\n": typeof types.BroadcastThreadTotalDocument,
    "\n  query BroadcastNewest($id: ID!) {\n    messages(companyId: $id, first: 5) {\n      totalCount\n      edges { node { id kind direction body company { id } author { id } } }\n    }\n  }\n": typeof types.BroadcastNewestDocument,
    "\n  query BroadcastClientView($id: ID!) {\n    messages(companyId: $id) {\n      totalCount\n      edges { cursor node {\n        id kind direction subject body createdAt readByMe\n        company { id name nip email taxForm vatPayer caretaker { id name email } lastMessage { id body } }\n        author { id name email role office { id name } companies { id name } }\n        attachments { id filename url }\n        receipts { readAt user { id name companies { id name } } message { id company { id name } } }\n      } }\n    }\n  }\n": typeof types.BroadcastClientViewDocument,
    "\n  query BroadcastUnread($id: ID) {\n    unreadCount(companyId: $id)\n  }\n": typeof types.BroadcastUnreadDocument,
    "\n  mutation BroadcastMarkRead($id: ID!) {\n    markMessagesRead(companyId: $id)\n  }\n": typeof types.BroadcastMarkReadDocument,
    "\n  mutation RecallNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id status }\n  }\n": typeof types.RecallNotifyDocument,
    "\n  mutation RecallBroadcast($id: ID!) {\n    recallBroadcast(id: $id) { id status recalledAt recipientCount }\n  }\n": typeof types.RecallBroadcastDocument,
    "\n  query RecallReport($id: ID!) {\n    broadcast(id: $id) {\n      status readCount\n      recipients(first: 100) { edges { node { company { id } read recalled } } }\n    }\n  }\n": typeof types.RecallReportDocument,
    "\n  query RecallThread($id: ID!) {\n    messages(companyId: $id) { totalCount edges { node { id body recalledAt } } }\n    unreadCount(companyId: $id)\n    company(id: $id) { lastMessage { id body } }\n  }\n": typeof types.RecallThreadDocument,
    "\n  mutation RecallMarkRead($id: ID!, $messageIds: [ID!]) {\n    markMessagesRead(companyId: $id, messageIds: $messageIds)\n  }\n": typeof types.RecallMarkReadDocument,
    "\n  subscription RecallBadge {\n    unreadCountChanged { count companyId }\n  }\n": typeof types.RecallBadgeDocument,
    "\n  mutation RecallSchedule($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id status }\n  }\n": typeof types.RecallScheduleDocument,
    "\n  mutation SchedNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id status sendAt recipientCount createdAt }\n  }\n": typeof types.SchedNotifyDocument,
    "\n  mutation SchedEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) { id status sendAt recipientCount queuedCount }\n  }\n": typeof types.SchedEmailDocument,
    "\n  query SchedBroadcast($id: ID!) {\n    broadcast(id: $id) {\n      id status sendAt recipientCount queuedCount sentCount cancelReason cancelledAt\n    }\n  }\n": typeof types.SchedBroadcastDocument,
    "\n  query SchedList($status: BroadcastStatus) {\n    broadcasts(first: 100, status: $status) { edges { node { id status sendAt } } }\n  }\n": typeof types.SchedListDocument,
    "\n  mutation SchedCancel($id: ID!) {\n    cancelBroadcast(id: $id) { id status cancelReason cancelledAt }\n  }\n": typeof types.SchedCancelDocument,
    "\n  query SchedThread($id: ID!) {\n    messages(companyId: $id) {\n      totalCount\n      edges { node { id body createdAt attachments { id } } }\n    }\n  }\n": typeof types.SchedThreadDocument,
    "\n  mutation SchedTemplate($input: MessageTemplateInput!) {\n    createMessageTemplate(input: $input) { id }\n  }\n": typeof types.SchedTemplateDocument,
    "\n  query SchedAckThread($id: ID!) {\n    messages(companyId: $id, first: 5) {\n      edges { node { subject body requiresAcknowledgment } }\n    }\n  }\n": typeof types.SchedAckThreadDocument,
    "\n  mutation SchedSetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": typeof types.SchedSetSmtpDocument,
    "\n  mutation SqlCountNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n": typeof types.SqlCountNotifyDocument,
    "\n  mutation SqlCountAsk($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n": typeof types.SqlCountAskDocument,
    "\n  query SqlCountCompanies($first: Int) {\n    companies(first: $first) {\n      totalCount\n      edges {\n        node { id name caretaker { name } unreadFromClientCount lastMessage { body createdAt } }\n      }\n    }\n  }\n": typeof types.SqlCountCompaniesDocument,
    "\n  query AuthzCompanies($filter: CompanyFilter) {\n    companies(first: 100, filter: $filter) {\n      totalCount\n      edges { node { id name nip lastMessage { id body } } }\n    }\n  }\n": typeof types.AuthzCompaniesDocument,
    "\n  mutation AuthzCreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) { id name caretaker { id name } }\n  }\n": typeof types.AuthzCreateCompanyDocument,
    "\n  mutation AuthzUpdateCompany($id: ID!, $input: UpdateCompanyInput!) {\n    updateCompany(id: $id, input: $input) { id name }\n  }\n": typeof types.AuthzUpdateCompanyDocument,
    "\n  mutation AuthzArchiveCompany($id: ID!) {\n    archiveCompany(id: $id) { id archivedAt }\n  }\n": typeof types.AuthzArchiveCompanyDocument,
    "\n  mutation AuthzRestoreCompany($id: ID!) {\n    restoreCompany(id: $id) { id archivedAt }\n  }\n": typeof types.AuthzRestoreCompanyDocument,
    "\n  mutation AuthzAssignCaretaker($companyIds: [ID!]!, $caretakerId: ID) {\n    assignCaretaker(companyIds: $companyIds, caretakerId: $caretakerId)\n  }\n": typeof types.AuthzAssignCaretakerDocument,
    "\n  mutation AuthzImportCompanies($uploadId: ID!, $dryRun: Boolean!) {\n    importCompanies(uploadId: $uploadId, dryRun: $dryRun) { created updated failed }\n  }\n": typeof types.AuthzImportCompaniesDocument,
    "\n  subscription AuthzCompanyAccessChanged {\n    companyAccessChanged { companyId visible }\n  }\n": typeof types.AuthzCompanyAccessChangedDocument,
    "\n  query CompanyColumns($first: Int, $filter: CompanyFilter) {\n    companies(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id name taxForm vatPayer\n          unreadFromClientCount\n          caretaker { id name }\n          lastMessage { createdAt direction kind }\n          lastPrintoutEmail { id kind delivery { sentAt } attachments { printout period } }\n          latestDeclaration { type period status filedAt upo { referenceNumber receivedAt } }\n          users { name email }\n        }\n      }\n    }\n  }\n": typeof types.CompanyColumnsDocument,
    "\n  query CompanyColumnsOfClient {\n    companies(first: 10) {\n      edges {\n        node {\n          id\n          lastPrintoutEmail { createdAt attachments { printout } }\n          latestDeclaration { type period upo { referenceNumber } }\n        }\n      }\n    }\n  }\n": typeof types.CompanyColumnsOfClientDocument,
    "\n  query CompanyColumnsClientUsers {\n    companies(first: 10) { edges { node { id users { email } } } }\n  }\n": typeof types.CompanyColumnsClientUsersDocument,
    "\n  mutation CompanyColumnsAsk($input: SendMessageInput!) {\n    sendMessage(input: $input) { id createdAt }\n  }\n": typeof types.CompanyColumnsAskDocument,
    "\n  mutation CompanyColumnsEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n": typeof types.CompanyColumnsEmailDocument,
    "\n  mutation CompanyColumnsSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": typeof types.CompanyColumnsSmtpDocument,
    "\n  mutation CompanyImportRun($uploadId: ID!, $dryRun: Boolean!, $skipInvalid: Boolean) {\n    importCompanies(uploadId: $uploadId, dryRun: $dryRun, skipInvalid: $skipInvalid) {\n      applied created updated unchanged failed\n      rows { line status column error nip name }\n    }\n  }\n": typeof types.CompanyImportRunDocument,
    "\n  mutation CompanyImportSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n": typeof types.CompanyImportSendDocument,
    "\n  subscription CompanyImportUnread {\n    unreadCountChanged { count companyId }\n  }\n": typeof types.CompanyImportUnreadDocument,
    "\n  mutation ManageUpdateCompany($id: ID!, $input: UpdateCompanyInput!) {\n    updateCompany(id: $id, input: $input) { id name nip taxForm vatPayer email archivedAt }\n  }\n": typeof types.ManageUpdateCompanyDocument,
    "\n  mutation ManageArchiveCompany($id: ID!) {\n    archiveCompany(id: $id) { id archivedAt }\n  }\n": typeof types.ManageArchiveCompanyDocument,
    "\n  mutation ManageRestoreCompany($id: ID!) {\n    restoreCompany(id: $id) { id archivedAt }\n  }\n": typeof types.ManageRestoreCompanyDocument,
    "\n  mutation ManageAssignCaretaker($companyIds: [ID!]!, $caretakerId: ID) {\n    assignCaretaker(companyIds: $companyIds, caretakerId: $caretakerId)\n  }\n": typeof types.ManageAssignCaretakerDocument,
    "\n  query ManageCompanies($filter: CompanyFilter) {\n    companies(first: 100, filter: $filter) { totalCount edges { node { id } } }\n  }\n": typeof types.ManageCompaniesDocument,
    "\n  query ManageCompany($id: ID!) {\n    company(id: $id) { id name archivedAt caretaker { id } }\n  }\n": typeof types.ManageCompanyDocument,
    "\n  query ManageThread($id: ID!) {\n    messages(companyId: $id) { totalCount }\n  }\n": typeof types.ManageThreadDocument,
    "\n  mutation ManageSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n": typeof types.ManageSendDocument,
    "\n  mutation ManageNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n": typeof types.ManageNotifyDocument,
    "\n  query ManagePrintoutOptions($companyIds: [ID!]!) {\n    printoutOptions(companyIds: $companyIds, period: \"2025-10\") { kind companyCount }\n  }\n": typeof types.ManagePrintoutOptionsDocument,
    "\n  query ManageInbox {\n    inbox(first: 100) { edges { node { company { id } } } }\n  }\n": typeof types.ManageInboxDocument,
    "\n  subscription CompanyManageAccess {\n    companyAccessChanged { companyId visible }\n  }\n": typeof types.CompanyManageAccessDocument,
    "\n  subscription ManageUnread {\n    unreadCountChanged { count companyId }\n  }\n": typeof types.ManageUnreadDocument,
    "\n  query CompanyTestList($first: Int, $after: String, $filter: CompanyFilter) {\n    companies(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id name nip taxForm caretaker { id } unreadFromClientCount } }\n    }\n  }\n": typeof types.CompanyTestListDocument,
    "\n  mutation CompanyTestSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n": typeof types.CompanyTestSendDocument,
    "\n  query CompanyTestCaretakers {\n    me { office { caretakers { id name } } }\n  }\n": typeof types.CompanyTestCaretakersDocument,
    "\n  query CompanyTestCompany($id: ID!) {\n    company(id: $id) { id name email }\n  }\n": typeof types.CompanyTestCompanyDocument,
    "\n  mutation CompanyTestCreate($input: CreateCompanyInput!) {\n    createCompany(input: $input) { id nip taxForm vatPayer email caretaker { id } }\n  }\n": typeof types.CompanyTestCreateDocument,
    "\n  query CompanyUsersOfCompany($id: ID!) {\n    company(id: $id) { id users { id email name } }\n  }\n": typeof types.CompanyUsersOfCompanyDocument,
    "\n  query CompanyUsersOfList {\n    companies(first: 50) { edges { node { id users { id } } } }\n  }\n": typeof types.CompanyUsersOfListDocument,
    "\n  mutation AuthzUpdateDeadlineReminderRule($input: DeadlineReminderRuleInput!) {\n    updateDeadlineReminderRule(input: $input) { id enabled daysBefore hour templateId }\n  }\n": typeof types.AuthzUpdateDeadlineReminderRuleDocument,
    "\n  query AuthzDeadlineReminderRule {\n    me { office { id deadlineReminderRule { id daysBefore } } }\n  }\n": typeof types.AuthzDeadlineReminderRuleDocument,
    "\n  mutation DeadlineRuleUpdate($input: DeadlineReminderRuleInput!) {\n    updateDeadlineReminderRule(input: $input) { id enabled daysBefore hour templateId }\n  }\n": typeof types.DeadlineRuleUpdateDocument,
    "\n  query DeadlineRuleOfOffice($first: Int) {\n    me {\n      office {\n        deadlineReminderRule {\n          enabled daysBefore hour\n          planned(first: $first) { companyName declarationType taxDue dueDate remindOn }\n        }\n      }\n    }\n  }\n": typeof types.DeadlineRuleOfOfficeDocument,
    "\n  mutation DeadlineRuleTemplate($input: MessageTemplateInput!) {\n    createMessageTemplate(input: $input) { id }\n  }\n": typeof types.DeadlineRuleTemplateDocument,
    "\n  query DeadlineRuleSent {\n    broadcasts(first: 20) { edges { node { id origin recipientCount author { id } } } }\n  }\n": typeof types.DeadlineRuleSentDocument,
    "\n          mutation DeadlineRulePaid($id: ID!) { markDeclarationPaid(id: $id) { id } }\n        ": typeof types.DeadlineRulePaidDocument,
    "query DeadlineRuleUnread { unreadCount }": typeof types.DeadlineRuleUnreadDocument,
    "\n  mutation DemoSeedLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token }\n  }\n": typeof types.DemoSeedLoginDocument,
    "\n  query DemoSeedInvitations {\n    me {\n      office {\n        name\n        invitations(status: PENDING) { email role status company { name } }\n      }\n    }\n  }\n": typeof types.DemoSeedInvitationsDocument,
    "\n  query DemoSeedAccounts {\n    demoAccounts { password logins { email userRole office lastEmail } }\n  }\n": typeof types.DemoSeedAccountsDocument,
    "\n  query DemoSeedWho {\n    me { role office { name } }\n  }\n": typeof types.DemoSeedWhoDocument,
    "\n  query DemoSeedCompanies {\n    companies(first: 1) { totalCount }\n  }\n": typeof types.DemoSeedCompaniesDocument,
    "\n  mutation PrivacySetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": typeof types.PrivacySetSmtpDocument,
    "\n  mutation PrivacySend($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n": typeof types.PrivacySendDocument,
    "\n  query PrivacyThread($companyId: ID!) {\n    messages(companyId: $companyId, first: 10) {\n      edges { node { kind delivery { status toAddress attempts lastError } } }\n    }\n  }\n": typeof types.PrivacyThreadDocument,
    "\n  query PrivacyEmails($id: ID!) {\n    company(id: $id) {\n      emails(first: 10) { edges { node { delivery { status attempts lastError } } } }\n    }\n  }\n": typeof types.PrivacyEmailsDocument,
    "\n  query PrivacyProgress($id: ID!) {\n    broadcast(id: $id) {\n      queuedCount\n      deliveries(first: 10) { edges { node { status attempts lastError } } }\n    }\n  }\n": typeof types.PrivacyProgressDocument,
    "\n  mutation DeliverySend($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n": typeof types.DeliverySendDocument,
    "\n  mutation DeliverySetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": typeof types.DeliverySetSmtpDocument,
    "\n  query DeliveryCounts($id: ID!) {\n    broadcast(id: $id) {\n      queuedCount sentCount failedCount\n      failed: deliveries(status: FAILED) { totalCount }\n      sent: deliveries(status: SENT) { totalCount }\n    }\n  }\n": typeof types.DeliveryCountsDocument,
    "\n  mutation AuthzRetryFailedDeliveries($id: ID!) {\n    retryFailedDeliveries(broadcastId: $id) { id subject queuedCount failedCount }\n  }\n": typeof types.AuthzRetryFailedDeliveriesDocument,
    "\n  subscription AuthzBroadcastProgress($id: ID!) {\n    broadcastProgress(id: $id) {\n      id subject recipientCount sentCount\n      deliveries { edges { node { toAddress company { id name } } } }\n    }\n  }\n": typeof types.AuthzBroadcastProgressDocument,
    "\n  mutation EmailSend($input: SendEmailInput!) {\n    sendEmail(input: $input) { id kind recipientCount queuedCount sentCount failedCount }\n  }\n": typeof types.EmailSendDocument,
    "\n  query EmailProgress($id: ID!) {\n    broadcast(id: $id) {\n      queuedCount sentCount failedCount\n      deliveries(first: 100) {\n        totalCount\n        edges { node { status attempts lastError toAddress company { id } } }\n      }\n    }\n  }\n": typeof types.EmailProgressDocument,
    "\n  mutation EmailSetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host port security username fromAddress }\n  }\n": typeof types.EmailSetSmtpDocument,
    "\n  query EmailArchive($id: ID!) {\n    company(id: $id) {\n      emails(first: 5) {\n        totalCount\n        edges {\n          node {\n            kind subject body html\n            delivery { status attempts sentAt toAddress }\n            attachments { filename contentType printout period url downloadedAt }\n          }\n        }\n      }\n    }\n  }\n": typeof types.EmailArchiveDocument,
    "\n  subscription EmailProgressLive($id: ID!) {\n    broadcastProgress(id: $id) { queuedCount sentCount failedCount }\n  }\n": typeof types.EmailProgressLiveDocument,
    "\n  subscription EmailProgressSent($id: ID!) {\n    broadcastProgress(id: $id) { sentCount }\n  }\n": typeof types.EmailProgressSentDocument,
    "\n  query EmailOfficeState {\n    me { office { verification smtpConfigured canSendEmail } }\n  }\n": typeof types.EmailOfficeStateDocument,
    "\n  mutation EmailTestSmtp {\n    testSmtpIntegration\n  }\n": typeof types.EmailTestSmtpDocument,
    "\n  query EmailSmtpState {\n    me {\n      office {\n        smtpConfigured canSendEmail\n        smtpIntegration { host username lastTestOk lastTestError lastTestedAt }\n      }\n    }\n  }\n": typeof types.EmailSmtpStateDocument,
    "\n  mutation EmailSetVerification($id: ID!, $s: OfficeVerification!) {\n    setOfficeVerification(officeId: $id, status: $s) { id verification }\n  }\n": typeof types.EmailSetVerificationDocument,
    "\n  mutation CatcherSetSmtp($i: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $i) { host }\n  }\n": typeof types.CatcherSetSmtpDocument,
    "\n  mutation CatcherTestSmtp {\n    testSmtpIntegration\n  }\n": typeof types.CatcherTestSmtpDocument,
    "\n  mutation CatcherSend($i: SendEmailInput!) {\n    sendEmail(input: $i) { id }\n  }\n": typeof types.CatcherSendDocument,
    "\n  mutation RetrySend($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n": typeof types.RetrySendDocument,
    "\n  mutation RetrySetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": typeof types.RetrySetSmtpDocument,
    "\n  mutation RetryFailed($id: ID!) {\n    retryFailedDeliveries(broadcastId: $id) {\n      id recipientCount queuedCount sentCount failedCount\n    }\n  }\n": typeof types.RetryFailedDocument,
    "\n  query RetryCounts($id: ID!) {\n    broadcast(id: $id) { recipientCount queuedCount sentCount failedCount }\n  }\n": typeof types.RetryCountsDocument,
    "\n  subscription RetryProgress($id: ID!) {\n    broadcastProgress(id: $id) { queuedCount sentCount failedCount }\n  }\n": typeof types.RetryProgressDocument,
    "\n  mutation SmtpFaultsSend($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n": typeof types.SmtpFaultsSendDocument,
    "\n  mutation SmtpFaultsSetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": typeof types.SmtpFaultsSetSmtpDocument,
    "\n  query SmtpFaultsCounts($id: ID!) {\n    broadcast(id: $id) { recipientCount queuedCount sentCount failedCount }\n  }\n": typeof types.SmtpFaultsCountsDocument,
    "\n  mutation SsrfUpdateSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host port }\n  }\n": typeof types.SsrfUpdateSmtpDocument,
    "\n  mutation SsrfTestSmtp {\n    testSmtpIntegration\n  }\n": typeof types.SsrfTestSmtpDocument,
    "\n  query SsrfSmtpState {\n    me { office { smtpIntegration { host port lastTestOk lastTestError } } }\n  }\n": typeof types.SsrfSmtpStateDocument,
    "\n  mutation SsrfSendEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n": typeof types.SsrfSendEmailDocument,
    "\n  mutation WorkerStopSetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": typeof types.WorkerStopSetSmtpDocument,
    "\n  mutation WorkerStopSend($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n": typeof types.WorkerStopSendDocument,
    "\n  mutation FileLimitsNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n": typeof types.FileLimitsNotifyDocument,
    "\n  mutation FileLimitsSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n": typeof types.FileLimitsSendDocument,
    "\n  mutation FileNamesSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { id attachments { id filename contentType } }\n  }\n": typeof types.FileNamesSendDocument,
    "\n  mutation FileSweepNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n": typeof types.FileSweepNotifyDocument,
    "\n  mutation FileNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n": typeof types.FileNotifyDocument,
    "\n  query FileThread($id: ID!) {\n    messages(companyId: $id) {\n      totalCount\n      edges { node { id body attachments { id filename size contentType url } } }\n    }\n  }\n": typeof types.FileThreadDocument,
    "\n  mutation AuthzInviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) { id email role office { id } }\n  }\n": typeof types.AuthzInviteStaffDocument,
    "\n  mutation AuthzInviteClient($input: InviteClientInput!) {\n    inviteClient(input: $input) { id email company { id name } }\n  }\n": typeof types.AuthzInviteClientDocument,
    "\n  mutation AuthzResendInvitation($id: ID!) {\n    resendInvitation(id: $id) { id email status }\n  }\n": typeof types.AuthzResendInvitationDocument,
    "\n  mutation AuthzRevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) { id status }\n  }\n": typeof types.AuthzRevokeInvitationDocument,
    "\n  query AuthzInvitation($token: String!) {\n    invitation(token: $token) { officeName companyName role email expiresAt }\n  }\n": typeof types.AuthzInvitationDocument,
    "\n  mutation AuthzAcceptInvitation($token: String!, $password: String) {\n    acceptInvitation(token: $token, password: $password) {\n      token user { email role office { id } companies { id } }\n    }\n  }\n": typeof types.AuthzAcceptInvitationDocument,
    "\n  query AuthzOfficeInvitations {\n    me { office { id invitations { id email } } }\n  }\n": typeof types.AuthzOfficeInvitationsDocument,
    "\n  mutation InvitationInviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      id email name role status expiresAt createdAt\n      invitedBy { id } office { id } company { id }\n    }\n  }\n": typeof types.InvitationInviteStaffDocument,
    "\n  mutation InvitationInviteClient($input: InviteClientInput!) {\n    inviteClient(input: $input) { id email role status expiresAt office { id } company { id name } }\n  }\n": typeof types.InvitationInviteClientDocument,
    "\n  mutation InvitationResend($id: ID!) {\n    resendInvitation(id: $id) { id status expiresAt }\n  }\n": typeof types.InvitationResendDocument,
    "\n  mutation InvitationRevoke($id: ID!) {\n    revokeInvitation(id: $id) { id status }\n  }\n": typeof types.InvitationRevokeDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) { officeName companyName role email expiresAt }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation InvitationAccept($token: String!, $password: String, $name: String) {\n    acceptInvitation(token: $token, password: $password, name: $name) {\n      token\n      user { id email name role office { id } companies { id } }\n    }\n  }\n": typeof types.InvitationAcceptDocument,
    "\n  mutation InvitationLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token }\n  }\n": typeof types.InvitationLoginDocument,
    "\n  query InvitationSessions {\n    mySessions { userAgent current }\n  }\n": typeof types.InvitationSessionsDocument,
    "\n  query InvitationVisibleCompanies {\n    companies(first: 100) { totalCount edges { node { id } } }\n  }\n": typeof types.InvitationVisibleCompaniesDocument,
    "\n  query InvitationCompany($id: ID!) {\n    company(id: $id) { id }\n  }\n": typeof types.InvitationCompanyDocument,
    "\n  query InvitationOfficeInvitations($status: InvitationStatus) {\n    me { office { invitations(status: $status) { id email status role company { id } } } }\n  }\n": typeof types.InvitationOfficeInvitationsDocument,
    "\n  query InvitationInvitationsInFull {\n    me {\n      office {\n        invitations { id status invitedBy { id name } office { id name } company { id name } }\n      }\n    }\n  }\n": typeof types.InvitationInvitationsInFullDocument,
    "\n  query InboxTestList($status: ConversationStatus, $search: String, $first: Int, $after: String) {\n    inbox(status: $status, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          company { id name nip }\n          status\n          awaitingReplySince\n          closedAt\n          unreadFromClientCount\n          lastMessage { id body }\n          lastClientMessage { id body direction author { id } }\n        }\n      }\n    }\n  }\n": typeof types.InboxTestListDocument,
    "\n  mutation InboxTestAsk($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n": typeof types.InboxTestAskDocument,
    "\n  mutation InboxTestNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n": typeof types.InboxTestNotifyDocument,
    "\n  mutation InboxTestClose($companyId: ID!) {\n    closeConversation(companyId: $companyId) { status closedAt awaitingReplySince company { id } }\n  }\n": typeof types.InboxTestCloseDocument,
    "\n  mutation InboxTestReopen($companyId: ID!) {\n    reopenConversation(companyId: $companyId) { status closedAt awaitingReplySince company { id } }\n  }\n": typeof types.InboxTestReopenDocument,
    "\n  query AuthzThreadUsers($companyId: ID!) {\n    messages(companyId: $companyId, first: 100) {\n      edges {\n        node {\n          author { id companies { id name } }\n          receipts { user { id companies { id name } } }\n        }\n      }\n    }\n  }\n": typeof types.AuthzThreadUsersDocument,
    "\n  query AuthzInbox {\n    inbox(first: 100) {\n      totalCount\n      edges { node { company { id name } lastMessage { id body } unreadFromClientCount } }\n    }\n  }\n": typeof types.AuthzInboxDocument,
    "\n  mutation AuthzCloseConversation($companyId: ID!) {\n    closeConversation(companyId: $companyId) { status company { id name } }\n  }\n": typeof types.AuthzCloseConversationDocument,
    "\n  mutation AuthzReopenConversation($companyId: ID!) {\n    reopenConversation(companyId: $companyId) { status company { id name } }\n  }\n": typeof types.AuthzReopenConversationDocument,
    "\n  mutation ThreadTestSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { id kind direction body author { id } company { id } readByMe }\n  }\n": typeof types.ThreadTestSendDocument,
    "\n  query ThreadTestMessages($id: ID!, $first: Int, $after: String) {\n    messages(companyId: $id, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor }\n      edges { node { id body kind direction readByMe receipts { user { id } readAt } } }\n    }\n  }\n": typeof types.ThreadTestMessagesDocument,
    "\n  query ThreadTestInbox {\n    inbox(first: 10) {\n      totalCount\n      edges { node { company { id } unreadFromClientCount lastActivityAt lastMessage { body } } }\n    }\n  }\n": typeof types.ThreadTestInboxDocument,
    "\n  mutation ThreadTestMarkRead($id: ID!) {\n    markMessagesRead(companyId: $id)\n  }\n": typeof types.ThreadTestMarkReadDocument,
    "\n  mutation ThreadTestMarkIds($id: ID!, $ids: [ID!]) {\n    markMessagesRead(companyId: $id, messageIds: $ids)\n  }\n": typeof types.ThreadTestMarkIdsDocument,
    "\n  query ThreadTestUnreadCount {\n    unreadCount\n  }\n": typeof types.ThreadTestUnreadCountDocument,
    "\n  query ThreadTestUnreadCountOf($id: ID) {\n    unreadCount(companyId: $id)\n  }\n": typeof types.ThreadTestUnreadCountOfDocument,
    "\n  query AuthzOffices {\n    offices(status: VERIFIED, first: 100) {\n      edges {\n        node {\n          id name verification smtpConfigured canSendEmail\n          smtpIntegration { host port username fromAddress }\n        }\n      }\n    }\n  }\n": typeof types.AuthzOfficesDocument,
    "\n  mutation AuthzSetOfficeVerification($officeId: ID!, $status: OfficeVerification!) {\n    setOfficeVerification(officeId: $officeId, status: $status) { id verification }\n  }\n": typeof types.AuthzSetOfficeVerificationDocument,
    "\n  mutation AuthzTestSmtpIntegration {\n    testSmtpIntegration\n  }\n": typeof types.AuthzTestSmtpIntegrationDocument,
    "\n  mutation AuthzSignUpOffice($input: SignUpOfficeInput!) {\n    signUpOffice(input: $input) { token user { email role office { id verification } } }\n  }\n": typeof types.AuthzSignUpOfficeDocument,
    "\n  mutation AuthzSetOfficeLogo($uploadId: ID) {\n    setOfficeLogo(uploadId: $uploadId) { id logo { id } }\n  }\n": typeof types.AuthzSetOfficeLogoDocument,
    "\n  mutation AuthzRequestOfficeVerification {\n    requestOfficeVerification { id verification }\n  }\n": typeof types.AuthzRequestOfficeVerificationDocument,
    "\n  mutation LogoSet($uploadId: ID) {\n    setOfficeLogo(uploadId: $uploadId) { id logo { id filename contentType size } }\n  }\n": typeof types.LogoSetDocument,
    "\n  query LogoOfOffice {\n    me { office { logo { id contentType } } }\n  }\n": typeof types.LogoOfOfficeDocument,
    "\n  mutation LogoSetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": typeof types.LogoSetSmtpDocument,
    "\n  mutation LogoSendEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n": typeof types.LogoSendEmailDocument,
    "\n  query LogoProgress($id: ID!) {\n    broadcast(id: $id) { queuedCount sentCount failedCount }\n  }\n": typeof types.LogoProgressDocument,
    "\n  query OfficeStaff {\n    me { office { staff { id name role deactivatedAt } } }\n  }\n": typeof types.OfficeStaffDocument,
    "\n  query OfficeStaffAsAdmin {\n    offices(first: 100) { edges { node { id staff { id } } } }\n  }\n": typeof types.OfficeStaffAsAdminDocument,
    "\n  mutation OfficeStaffDeactivate($id: ID!) {\n    deactivateUser(id: $id) { id deactivatedAt }\n  }\n": typeof types.OfficeStaffDeactivateDocument,
    "\n  mutation OfficeStaffAssign($companyIds: [ID!]!, $caretakerId: ID) {\n    assignCaretaker(companyIds: $companyIds, caretakerId: $caretakerId)\n  }\n": typeof types.OfficeStaffAssignDocument,
    "\n  mutation SignUpOffice($input: SignUpOfficeInput!) {\n    signUpOffice(input: $input) {\n      token\n      user { id email name role office { id name nip verification } }\n    }\n  }\n": typeof types.SignUpOfficeDocument,
    "\n  mutation SignUpLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token user { id role office { id } } }\n  }\n": typeof types.SignUpLoginDocument,
    "\n  query SignUpMe {\n    me { id email office { id verification } }\n  }\n": typeof types.SignUpMeDocument,
    "\n  mutation SignUpRequestVerification {\n    requestOfficeVerification { id verification }\n  }\n": typeof types.SignUpRequestVerificationDocument,
    "\n  mutation SignUpSetVerification($officeId: ID!, $status: OfficeVerification!) {\n    setOfficeVerification(officeId: $officeId, status: $status) { id verification }\n  }\n": typeof types.SignUpSetVerificationDocument,
    "\n  query SignUpOffices($status: OfficeVerification, $first: Int, $after: String) {\n    offices(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id name nip verification createdAt } }\n    }\n  }\n": typeof types.SignUpOfficesDocument,
    "\n  query SignUpSessions {\n    mySessions { userAgent current }\n  }\n": typeof types.SignUpSessionsDocument,
    "\n  mutation SmtpChangesUpdate($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": typeof types.SmtpChangesUpdateDocument,
    "\n  query SmtpChangesOffices($after: String) {\n    offices(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id verification smtpChangedAt\n          smtpChanges {\n            createdAt verification host port username previousHost previousPort previousUsername\n            changedBy { id email }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SmtpChangesOfficesDocument,
    "\n  query SmtpChangesMyOffice {\n    me { office { id smtpChangedAt smtpChanges { host } } }\n  }\n": typeof types.SmtpChangesMyOfficeDocument,
    "\n  query AuthzPrintoutOptions($companyIds: [ID!]!, $period: String!) {\n    printoutOptions(companyIds: $companyIds, period: $period) { kind label companyCount }\n  }\n": typeof types.AuthzPrintoutOptionsDocument,
    "\n  query PrintoutOptions($companyIds: [ID!]!, $period: String!) {\n    printoutOptions(companyIds: $companyIds, period: $period) { kind label companyCount }\n  }\n": typeof types.PrintoutOptionsDocument,
    "\n  query PrintoutOptionsConcerned($companyIds: [ID!]!, $period: String!) {\n    printoutOptions(companyIds: $companyIds, period: $period) { kind companyCount companyIds }\n  }\n": typeof types.PrintoutOptionsConcernedDocument,
    "\n  subscription LiveScaleUnread($companyId: ID) {\n    unreadCountChanged(companyId: $companyId) { count }\n  }\n": typeof types.LiveScaleUnreadDocument,
    "\n  subscription LiveScaleInbox {\n    messageAdded { id body company { id name } author { name } }\n  }\n": typeof types.LiveScaleInboxDocument,
    "\n  subscription LiveScaleThread($companyId: ID!) {\n    messageAdded(companyId: $companyId) { id body company { name } author { name } }\n  }\n": typeof types.LiveScaleThreadDocument,
    "\n  subscription LiveScaleReceipts {\n    messageRead { readAt user { id } message { id } }\n  }\n": typeof types.LiveScaleReceiptsDocument,
    "\n  mutation LiveScaleNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n": typeof types.LiveScaleNotifyDocument,
    "\n  mutation LiveScaleAsk($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n": typeof types.LiveScaleAskDocument,
    "\n  mutation LiveScaleMarkRead($id: ID!, $ids: [ID!]) {\n    markMessagesRead(companyId: $id, messageIds: $ids)\n  }\n": typeof types.LiveScaleMarkReadDocument,
    "\n  query LiveScaleCount($companyId: ID) {\n    unreadCount(companyId: $companyId)\n  }\n": typeof types.LiveScaleCountDocument,
    "\n  query LiveScaleCompanyUnread($id: ID!) {\n    company(id: $id) { unreadFromClientCount }\n  }\n": typeof types.LiveScaleCompanyUnreadDocument,
    "\n  query LiveScaleThreadReads($id: ID!) {\n    messages(companyId: $id, first: 3) { edges { node { id readByMe } } }\n  }\n": typeof types.LiveScaleThreadReadsDocument,
    "\n  subscription LiveUpdatesUnread {\n    unreadCountChanged { count companyId }\n  }\n": typeof types.LiveUpdatesUnreadDocument,
    "\n  subscription LiveUpdatesMessageRead($companyId: ID) {\n    messageRead(companyId: $companyId) { readAt user { id } message { id body } }\n  }\n": typeof types.LiveUpdatesMessageReadDocument,
    "\n  subscription LiveUpdatesMessageAdded($companyId: ID) {\n    messageAdded(companyId: $companyId) { id body kind company { id } }\n  }\n": typeof types.LiveUpdatesMessageAddedDocument,
    "\n  mutation LiveUpdatesNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n": typeof types.LiveUpdatesNotifyDocument,
    "\n  query LiveUpdatesThread($id: ID!) {\n    messages(companyId: $id) { edges { node { id readByMe } } }\n  }\n": typeof types.LiveUpdatesThreadDocument,
    "\n  mutation LiveUpdatesMarkRead($id: ID!) {\n    markMessagesRead(companyId: $id)\n  }\n": typeof types.LiveUpdatesMarkReadDocument,
    "\n  mutation LiveUpdatesSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n": typeof types.LiveUpdatesSendDocument,
    "\n  query LiveUpdatesUnreadCount {\n    unreadCount\n  }\n": typeof types.LiveUpdatesUnreadCountDocument,
    "\n  query AuthzUnreadCount($companyId: ID) {\n    unreadCount(companyId: $companyId)\n  }\n": typeof types.AuthzUnreadCountDocument,
    "\n  mutation AuthzMarkMessagesRead($companyId: ID!) {\n    markMessagesRead(companyId: $companyId)\n  }\n": typeof types.AuthzMarkMessagesReadDocument,
    "\n  subscription AuthzMessageRead($companyId: ID) {\n    messageRead(companyId: $companyId) { readAt user { id } message { id body company { id } } }\n  }\n": typeof types.AuthzMessageReadDocument,
    "\n  subscription AuthzUnreadCountChanged($companyId: ID) {\n    unreadCountChanged(companyId: $companyId) { count companyId }\n  }\n": typeof types.AuthzUnreadCountChangedDocument,
    "\n  query AuthzMessageTemplates {\n    messageTemplates { id name html }\n  }\n": typeof types.AuthzMessageTemplatesDocument,
    "\n  mutation AuthzCreateMessageTemplate($input: MessageTemplateInput!) {\n    createMessageTemplate(input: $input) { id name }\n  }\n": typeof types.AuthzCreateMessageTemplateDocument,
    "\n  mutation AuthzUpdateMessageTemplate($id: ID!, $input: MessageTemplateInput!) {\n    updateMessageTemplate(id: $id, input: $input) { id name html }\n  }\n": typeof types.AuthzUpdateMessageTemplateDocument,
    "\n  mutation AuthzDeleteMessageTemplate($id: ID!) {\n    deleteMessageTemplate(id: $id)\n  }\n": typeof types.AuthzDeleteMessageTemplateDocument,
    "\n  query AuthzPreviewMessage($input: MessagePreviewInput!) {\n    previewMessage(input: $input) { subject html body missing }\n  }\n": typeof types.AuthzPreviewMessageDocument,
    "\n  mutation TplScaleCreate($input: MessageTemplateInput!) {\n    createMessageTemplate(input: $input) { id }\n  }\n": typeof types.TplScaleCreateDocument,
    "\n  mutation TplScaleNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n": typeof types.TplScaleNotifyDocument,
    "\n  query TplList {\n    messageTemplates { id name kind subject html updatedAt author { id name } }\n  }\n": typeof types.TplListDocument,
    "\n  mutation TplCreate($input: MessageTemplateInput!) {\n    createMessageTemplate(input: $input) { id name kind subject html author { id } }\n  }\n": typeof types.TplCreateDocument,
    "\n  mutation TplUpdate($id: ID!, $input: MessageTemplateInput!) {\n    updateMessageTemplate(id: $id, input: $input) { id name subject html }\n  }\n": typeof types.TplUpdateDocument,
    "\n  mutation TplDelete($id: ID!) {\n    deleteMessageTemplate(id: $id)\n  }\n": typeof types.TplDeleteDocument,
    "\n  query TplPreview($input: MessagePreviewInput!) {\n    previewMessage(input: $input) { subject html body missing }\n  }\n": typeof types.TplPreviewDocument,
    "\n  mutation TplNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount subject }\n  }\n": typeof types.TplNotifyDocument,
    "\n  mutation TplEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) { id recipientCount }\n  }\n": typeof types.TplEmailDocument,
    "\n  query TplThread($companyId: ID!) {\n    messages(companyId: $companyId, first: 5) { edges { node { subject body html kind } } }\n  }\n": typeof types.TplThreadDocument,
    "\n  mutation TplSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": typeof types.TplSmtpDocument,
    "\n  query TplProgress($id: ID!) {\n    broadcast(id: $id) { queuedCount sentCount failedCount }\n  }\n": typeof types.TplProgressDocument,
    "\n  query AuthzWebhooks {\n    webhooks { id url secret }\n  }\n": typeof types.AuthzWebhooksDocument,
    "\n  mutation AuthzCreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { id url secret }\n  }\n": typeof types.AuthzCreateWebhookDocument,
    "\n  mutation AuthzDeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": typeof types.AuthzDeleteWebhookDocument,
    "\n  query AuthzWebhookDeliveries($webhookId: ID!) {\n    webhookDeliveries(webhookId: $webhookId) { totalCount edges { node { id event status } } }\n  }\n": typeof types.AuthzWebhookDeliveriesDocument,
    "\n  mutation AuthzWebhookApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { token }\n  }\n": typeof types.AuthzWebhookApiTokenDocument,
    "\n  mutation HookRestartCreate($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { id }\n  }\n": typeof types.HookRestartCreateDocument,
    "\n  mutation HookRestartNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n": typeof types.HookRestartNotifyDocument,
    "\n  mutation HookScaleCreate($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { id }\n  }\n": typeof types.HookScaleCreateDocument,
    "\n  mutation HookScaleNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n": typeof types.HookScaleNotifyDocument,
    "\n  mutation HookCreate($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { id url events secret disabledAt failureCount lastDeliveryAt createdAt }\n  }\n": typeof types.HookCreateDocument,
    "\n  query HookList {\n    webhooks { id url events secret disabledAt failureCount lastDeliveryAt }\n  }\n": typeof types.HookListDocument,
    "\n  mutation HookDelete($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": typeof types.HookDeleteDocument,
    "\n  query HookDeliveries($webhookId: ID!, $first: Int, $after: String) {\n    webhookDeliveries(webhookId: $webhookId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id event status attempts responseStatus error createdAt deliveredAt nextAttemptAt } }\n    }\n  }\n": typeof types.HookDeliveriesDocument,
    "\n  mutation HookNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n": typeof types.HookNotifyDocument,
    "\n  mutation HookAcknowledge($id: ID!) {\n    acknowledgeMessage(id: $id) { id acknowledgedAt }\n  }\n": typeof types.HookAcknowledgeDocument,
    "\n  mutation HookAsk($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n": typeof types.HookAskDocument,
    "\n  mutation HookRead($companyId: ID!) {\n    markMessagesRead(companyId: $companyId)\n  }\n": typeof types.HookReadDocument,
    "\n  mutation HookSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": typeof types.HookSmtpDocument,
    "\n  mutation HookEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n": typeof types.HookEmailDocument,
    "\n  query AuthzCompany($id: ID!) {\n    company(id: $id) {\n      id name nip email caretaker { id } lastMessage { id body } unreadFromClientCount\n    }\n  }\n": typeof types.AuthzCompanyDocument,
    "\n  query AuthzMessages($companyId: ID!, $after: String) {\n    messages(companyId: $companyId, first: 100, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id body company { id name } attachments { id filename url } receipts { user { id } }\n        }\n      }\n    }\n  }\n": typeof types.AuthzMessagesDocument,
    "\n  mutation AuthzSendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) { id body company { id name } }\n  }\n": typeof types.AuthzSendMessageDocument,
    "\n  mutation AuthzSendBulkNotification($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n": typeof types.AuthzSendBulkNotificationDocument,
    "\n  subscription AuthzMessageAdded($companyId: ID) {\n    messageAdded(companyId: $companyId) { id body company { id name } }\n  }\n": typeof types.AuthzMessageAddedDocument,
    "\n  mutation AuthzUpdateSmtpIntegration($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host port username fromAddress fromName lastTestedAt }\n  }\n": typeof types.AuthzUpdateSmtpIntegrationDocument,
    "\n  mutation AuthzSendEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) {\n      id subject recipientCount queuedCount\n      deliveries {\n        totalCount\n        edges { node { toAddress company { id name } message { subject body } } }\n      }\n    }\n  }\n": typeof types.AuthzSendEmailDocument,
    "\n  query AuthzEmailBroadcast($id: ID!) {\n    broadcast(id: $id) {\n      id subject recipientCount queuedCount sentCount failedCount\n      deliveries {\n        totalCount\n        edges {\n          node {\n            status toAddress company { id name nip } message { subject body attachments { id url } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuthzEmailBroadcastDocument,
    "\n  query AuthzCompanyRecords($id: ID!) {\n    company(id: $id) {\n      id\n      emails(first: 100) { totalCount edges { node { id subject body attachments { id url } } } }\n      declarations { id type period upo { referenceNumber } }\n    }\n  }\n": typeof types.AuthzCompanyRecordsDocument,
    "\n  mutation AuthzImportLedgerEntries($companyId: ID!, $entries: [LedgerEntryInput!]!) {\n    importLedgerEntries(companyId: $companyId, entries: $entries)\n  }\n": typeof types.AuthzImportLedgerEntriesDocument,
    "\n  mutation AuthzUpsertDeclaration($input: DeclarationInput!) {\n    upsertDeclaration(input: $input) { id type period status taxBase }\n  }\n": typeof types.AuthzUpsertDeclarationDocument,
    "\n  query AckBrowserLatest {\n    broadcasts(first: 2) {\n      edges { node { id requireAcknowledgment acknowledgedCount recipientCount remindsOf { id } } }\n    }\n  }\n": typeof types.AckBrowserLatestDocument,
    "\n  query AckBrowserThread($companyId: ID!) {\n    messages(companyId: $companyId, first: 5) {\n      edges { node { body acknowledgedAt acknowledgedBy { id } } }\n    }\n  }\n": typeof types.AckBrowserThreadDocument,
    "\n  query BrowserAlertsMine {\n    me { notificationPreferences { newMessages } }\n  }\n": typeof types.BrowserAlertsMineDocument,
    "\n  mutation CompanyListBrowserAsk($input: SendMessageInput!) {\n    sendMessage(input: $input) { id createdAt }\n  }\n": typeof types.CompanyListBrowserAskDocument,
    "\n  mutation CompanyListBrowserEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n": typeof types.CompanyListBrowserEmailDocument,
    "\n  mutation CompanyListBrowserSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": typeof types.CompanyListBrowserSmtpDocument,
    "\n  mutation CompanyListBrowserDemoLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token }\n  }\n": typeof types.CompanyListBrowserDemoLoginDocument,
    "\n  query CompanyListBrowserPrintoutsSent($id: ID!) {\n    company(id: $id) { lastPrintoutEmail { delivery { sentAt } } }\n  }\n": typeof types.CompanyListBrowserPrintoutsSentDocument,
    "\n  mutation DeadlineBrowserTemplate($input: MessageTemplateInput!) {\n    createMessageTemplate(input: $input) { id }\n  }\n": typeof types.DeadlineBrowserTemplateDocument,
    "\n  mutation BrowserEmailSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": typeof types.BrowserEmailSmtpDocument,
    "\n  mutation BrowserEmailLogo($uploadId: ID) {\n    setOfficeLogo(uploadId: $uploadId) { id }\n  }\n": typeof types.BrowserEmailLogoDocument,
    "\n  mutation BrowserEmailSend($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n": typeof types.BrowserEmailSendDocument,
    "\n  query BrowserEmailProgress($id: ID!) {\n    broadcast(id: $id) { queuedCount sentCount }\n  }\n": typeof types.BrowserEmailProgressDocument,
    "\n  query FlowsUnread($id: ID!) {\n    unreadCount(companyId: $id)\n  }\n": typeof types.FlowsUnreadDocument,
    "\n  mutation FlowsSetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": typeof types.FlowsSetSmtpDocument,
    "\n  mutation ReadingNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n": typeof types.ReadingNotifyDocument,
    "\n  mutation ReadingAsk($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n": typeof types.ReadingAskDocument,
    "\n  query ReadingReceipts($id: ID!) {\n    messages(companyId: $id, first: 100) {\n      edges { node { id body receipts { readAt user { id } } } }\n    }\n  }\n": typeof types.ReadingReceiptsDocument,
    "\n  query SchedBrowserLatest {\n    broadcasts(first: 1) { edges { node { id status sendAt recipientCount } } }\n  }\n": typeof types.SchedBrowserLatestDocument,
    "\n  mutation SchedBrowserNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n": typeof types.SchedBrowserNotifyDocument,
    "\n  query SchedBrowserThread($companyId: ID!) {\n    messages(companyId: $companyId, first: 5) { totalCount edges { node { body } } }\n  }\n": typeof types.SchedBrowserThreadDocument,
    "\n  mutation SelectionSetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": typeof types.SelectionSetSmtpDocument,
    "\n  query SentReportLatest {\n    broadcasts(first: 2) { edges { node { id readCount recipientCount remindsOf { id } } } }\n  }\n": typeof types.SentReportLatestDocument,
    "\n  query SentReportThread($companyId: ID!) {\n    messages(companyId: $companyId, first: 5) { edges { node { body kind } } }\n  }\n": typeof types.SentReportThreadDocument,
    "\n  mutation SessionLogout {\n    logout\n  }\n": typeof types.SessionLogoutDocument,
    "\n  query SessionMe {\n    me { id }\n  }\n": typeof types.SessionMeDocument,
    "\n  mutation ChildAppSetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": typeof types.ChildAppSetSmtpDocument,
    "\n  query FaultsDatabaseCompanies {\n    companies(first: 5) { totalCount }\n  }\n": typeof types.FaultsDatabaseCompaniesDocument,
    "\n  mutation TarpitSetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": typeof types.TarpitSetSmtpDocument,
    "\n  mutation TarpitSendEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n": typeof types.TarpitSendEmailDocument,
    "\n  query TarpitCounts($id: ID!) {\n    broadcast(id: $id) { queuedCount sentCount failedCount }\n  }\n": typeof types.TarpitCountsDocument,
    "\n  mutation RestartNotify($i: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $i) { id recipientCount }\n  }\n": typeof types.RestartNotifyDocument,
    "\n  mutation RestartSendEmail($i: SendEmailInput!) {\n    sendEmail(input: $i) { id }\n  }\n": typeof types.RestartSendEmailDocument,
    "\n  query RestartThread($c: ID!) {\n    messages(companyId: $c, first: 10) { totalCount edges { node { body } } }\n  }\n": typeof types.RestartThreadDocument,
    "\n  mutation FaultsRolesSendEmail($i: SendEmailInput!) {\n    sendEmail(input: $i) { id }\n  }\n": typeof types.FaultsRolesSendEmailDocument,
    "\n  mutation SchedRestartNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id status sendAt }\n  }\n": typeof types.SchedRestartNotifyDocument,
    "\n  mutation SchedRestartCancel($id: ID!) {\n    cancelBroadcast(id: $id) { id status }\n  }\n": typeof types.SchedRestartCancelDocument,
    "\n  query SchedRestartThread($id: ID!) {\n    messages(companyId: $id) { totalCount edges { node { body createdAt } } }\n  }\n": typeof types.SchedRestartThreadDocument,
    "\n  query SchedRestartBroadcast($id: ID!) {\n    broadcast(id: $id) { status }\n  }\n": typeof types.SchedRestartBroadcastDocument,
    "\n  mutation ShutdownNotify($i: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $i) { id }\n  }\n": typeof types.ShutdownNotifyDocument,
    "\n  mutation ShutdownSendEmail($i: SendEmailInput!) {\n    sendEmail(input: $i) { id }\n  }\n": typeof types.ShutdownSendEmailDocument,
    "\n  subscription FanoutUnread {\n    unreadCountChanged { count }\n  }\n": typeof types.FanoutUnreadDocument,
    "\n  subscription FanoutReceipts {\n    messageRead { user { id } message { company { id } } }\n  }\n": typeof types.FanoutReceiptsDocument,
    "\n  subscription FanoutInbox {\n    messageAdded { body company { id } }\n  }\n": typeof types.FanoutInboxDocument,
    "\n  mutation FanoutNotify($i: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $i) { id }\n  }\n": typeof types.FanoutNotifyDocument,
    "\n  mutation FanoutMarkRead($id: ID!) {\n    markMessagesRead(companyId: $id)\n  }\n": typeof types.FanoutMarkReadDocument,
    "\n  mutation FanoutLogout {\n    logout\n  }\n": typeof types.FanoutLogoutDocument,
    "\n  mutation FanoutSend($i: SendMessageInput!) {\n    sendMessage(input: $i) { id }\n  }\n": typeof types.FanoutSendDocument,
    "\n  mutation MultiFilesNotify($i: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $i) { id }\n  }\n": typeof types.MultiFilesNotifyDocument,
    "\n  mutation ThrottleLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token }\n  }\n": typeof types.ThrottleLoginDocument,
};
const documents: Documents = {
    "\n  subscription AppTestUnread {\n    unreadCountChanged { count }\n  }\n": types.AppTestUnreadDocument,
    "\n  mutation AppTestLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) { token }\n  }\n": types.AppTestLoginDocument,
    "\n  mutation ErrorsSendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n": types.ErrorsSendMessageDocument,
    "\n  mutation ErrorsSendBulkNotification($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n": types.ErrorsSendBulkNotificationDocument,
    "\n  query ErrorsUnreadCount {\n    unreadCount\n  }\n": types.ErrorsUnreadCountDocument,
    "\n  query ErrorsMe {\n    me { id }\n  }\n": types.ErrorsMeDocument,
    "\n  query ErrorsTenLevels {\n    companies(first: 1) {\n      edges {\n        node {\n          lastMessage { company { lastMessage { company { lastMessage { company { lastMessage { id } } } } } } }\n        }\n      }\n    }\n  }\n": types.ErrorsTenLevelsDocument,
    "\n  query ErrorsCompaniesTotal($first: Int, $after: String) {\n    companies(first: $first, after: $after) { totalCount }\n  }\n": types.ErrorsCompaniesTotalDocument,
    "\n  query ErrorsCompaniesPage($first: Int, $after: String) {\n    companies(first: $first, after: $after) {\n      totalCount edges { cursor } pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ErrorsCompaniesPageDocument,
    "\n  query ErrorsMessagesTotal($id: ID!, $first: Int, $after: String) {\n    messages(companyId: $id, first: $first, after: $after) { totalCount }\n  }\n": types.ErrorsMessagesTotalDocument,
    "\n  query ErrorsMessagesPage($id: ID!, $first: Int, $after: String) {\n    messages(companyId: $id, first: $first, after: $after) {\n      totalCount edges { cursor } pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ErrorsMessagesPageDocument,
    "\n  query ErrorsInboxTotal($first: Int, $after: String) {\n    inbox(first: $first, after: $after) { totalCount }\n  }\n": types.ErrorsInboxTotalDocument,
    "\n  query ErrorsInboxPage($first: Int, $after: String) {\n    inbox(first: $first, after: $after) {\n      totalCount edges { cursor } pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ErrorsInboxPageDocument,
    "\n  query ErrorsCompany($id: ID!) {\n    company(id: $id) { id }\n  }\n": types.ErrorsCompanyDocument,
    "\n  query ErrorsMessages($id: ID!) {\n    messages(companyId: $id) { totalCount }\n  }\n": types.ErrorsMessagesDocument,
    "\n  query ErrorsUnreadCountOf($id: ID) {\n    unreadCount(companyId: $id)\n  }\n": types.ErrorsUnreadCountOfDocument,
    "\n  query ErrorsBroadcast($id: ID!) {\n    broadcast(id: $id) { id }\n  }\n": types.ErrorsBroadcastDocument,
    "\n  mutation ErrorsMarkRead($id: ID!) {\n    markMessagesRead(companyId: $id)\n  }\n": types.ErrorsMarkReadDocument,
    "\n  mutation ErrorsSendTo($id: ID!) {\n    sendMessage(input: { companyId: $id, body: \"x\" }) { id }\n  }\n": types.ErrorsSendToDocument,
    "\n  mutation ErrorsNotifyTo($id: ID!) {\n    sendBulkNotification(input: { companyIds: [$id], body: \"x\" }) { id }\n  }\n": types.ErrorsNotifyToDocument,
    "\n  mutation ErrorsSendAttaching($company: ID!, $id: ID!) {\n    sendMessage(input: { companyId: $company, body: \"x\", attachmentIds: [$id] }) { id }\n  }\n": types.ErrorsSendAttachingDocument,
    "\n  mutation ErrorsCreateWithCaretaker($id: ID!, $nip: String!) {\n    createCompany(\n      input: { name: \"X\", nip: $nip, taxForm: LUMP_SUM, email: \"x@test.local\", caretakerId: $id }\n    ) { id }\n  }\n": types.ErrorsCreateWithCaretakerDocument,
    "\n  subscription ErrorsMessageAdded($id: ID) {\n    messageAdded(companyId: $id) { __typename }\n  }\n": types.ErrorsMessageAddedDocument,
    "\n  subscription ErrorsMessageRead($id: ID) {\n    messageRead(companyId: $id) { __typename }\n  }\n": types.ErrorsMessageReadDocument,
    "\n  subscription ErrorsUnreadCountChanged($id: ID) {\n    unreadCountChanged(companyId: $id) { __typename }\n  }\n": types.ErrorsUnreadCountChangedDocument,
    "\n  query ErrorsSearch($s: String) {\n    companies(filter: { search: $s }) { totalCount }\n  }\n": types.ErrorsSearchDocument,
    "\n  mutation ErrorsSendBody($c: ID!, $b: String!) {\n    sendMessage(input: { companyId: $c, body: $b }) { id }\n  }\n": types.ErrorsSendBodyDocument,
    "\n  mutation ErrorsNotifyBody($c: ID!, $b: String!) {\n    sendBulkNotification(input: { companyIds: [$c], body: $b }) { id }\n  }\n": types.ErrorsNotifyBodyDocument,
    "\n  mutation ErrorsCreateCompany($n: String!, $nip: String!, $e: String!) {\n    createCompany(input: { name: $n, nip: $nip, taxForm: LUMP_SUM, email: $e }) { id name }\n  }\n": types.ErrorsCreateCompanyDocument,
    "\n  mutation ErrorsLogin($e: String!) {\n    login(email: $e, password: \"whatever\") { token }\n  }\n": types.ErrorsLoginDocument,
    "\n  query GraphqlLimitsPagesInPages($first: Int) {\n    companies(first: $first) {\n      edges { node { id emails(first: $first) { edges { node { id subject } } } } }\n    }\n  }\n": types.GraphqlLimitsPagesInPagesDocument,
    "\n  query PagingCompanies($first: Int, $after: String, $filter: CompanyFilter) {\n    companies(first: $first, after: $after, filter: $filter) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name } }\n    }\n  }\n": types.PagingCompaniesDocument,
    "\n  query PagingCompaniesTotal($first: Int, $after: String, $filter: CompanyFilter) {\n    companies(first: $first, after: $after, filter: $filter) {\n      totalCount pageInfo { hasNextPage endCursor }\n      edges { node { id name } }\n    }\n  }\n": types.PagingCompaniesTotalDocument,
    "\n  query PagingCompaniesTotalTwice($first: Int, $after: String, $filter: CompanyFilter) {\n    companies(first: $first, after: $after, filter: $filter) {\n      a: totalCount b: totalCount pageInfo { hasNextPage endCursor }\n      edges { node { id name } }\n    }\n  }\n": types.PagingCompaniesTotalTwiceDocument,
    "\n  query PagingInbox($first: Int, $after: String) {\n    inbox(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { company { id } lastActivityAt } }\n    }\n  }\n": types.PagingInboxDocument,
    "\n  query PagingThread($id: ID!, $after: String) {\n    messages(companyId: $id, first: 5, after: $after) {\n      pageInfo { endCursor }\n      edges { node { id } }\n    }\n  }\n": types.PagingThreadDocument,
    "\n  mutation TextInputSend($i: SendMessageInput!) {\n    sendMessage(input: $i) { body }\n  }\n": types.TextInputSendDocument,
    "\n  query WsLimitsMe {\n    me { id }\n  }\n": types.WsLimitsMeDocument,
    "\n  mutation WsLimitsLogout {\n    logout\n  }\n": types.WsLimitsLogoutDocument,
    "\n  mutation AuthzAcknowledgeMessage($id: ID!) {\n    acknowledgeMessage(id: $id) { id body acknowledgedAt acknowledgedBy { id name } }\n  }\n": types.AuthzAcknowledgeMessageDocument,
    "\n  subscription AuthzMessageAcknowledged($companyId: ID) {\n    messageAcknowledged(companyId: $companyId) { id body company { id name } }\n  }\n": types.AuthzMessageAcknowledgedDocument,
    "\n  mutation AuthzAckNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n": types.AuthzAckNotifyDocument,
    "\n  query AuthzAckRequests($id: ID!) {\n    company(id: $id) { acknowledgmentRequests { edges { node { id acknowledgedAt } } } }\n  }\n": types.AuthzAckRequestsDocument,
    "\n  mutation AckReportNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n": types.AckReportNotifyDocument,
    "\n  mutation AckReportAcknowledge($id: ID!) { acknowledgeMessage(id: $id) { id acknowledgedAt } }\n": types.AckReportAcknowledgeDocument,
    "\n  mutation AckReportRead($companyId: ID!) { markMessagesRead(companyId: $companyId) }\n": types.AckReportReadDocument,
    "\n  query AckReport($id: ID!, $filter: BroadcastRecipientFilter) {\n    broadcast(id: $id) {\n      requireAcknowledgment readCount acknowledgedCount\n      recipients(first: 100, filter: $filter) {\n        totalCount\n        edges { node { company { id } read acknowledgedAt acknowledgedBy { id name } } }\n      }\n    }\n  }\n": types.AckReportDocument,
    "\n  mutation AckReportRemind($broadcastId: ID!, $body: String, $target: ReminderTarget) {\n    remindUnread(broadcastId: $broadcastId, body: $body, target: $target) {\n      id recipientCount preview requireAcknowledgment remindsOf { id }\n    }\n  }\n": types.AckReportRemindDocument,
    "\n  mutation AckReportEmail($input: SendEmailInput!) { sendEmail(input: $input) { id requireAcknowledgment } }\n": types.AckReportEmailDocument,
    "\n  mutation AckReportSmtp($input: SmtpIntegrationInput!) { updateSmtpIntegration(input: $input) { host } }\n": types.AckReportSmtpDocument,
    "\n  query AckReportEmails($id: ID!) {\n    company(id: $id) { emails { edges { node { id kind requiresAcknowledgment acknowledgedAt } } } }\n  }\n": types.AckReportEmailsDocument,
    "\n  mutation AckScaleNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n": types.AckScaleNotifyDocument,
    "\n  query AckScaleRecipients($id: ID!, $filter: BroadcastRecipientFilter) {\n    broadcast(id: $id) {\n      acknowledgedCount\n      recipients(first: 20, filter: $filter) {\n        totalCount\n        edges { node { company { id name } read acknowledgedAt acknowledgedBy { id name } } }\n      }\n    }\n  }\n": types.AckScaleRecipientsDocument,
    "\n  mutation AckScaleRemind($broadcastId: ID!) {\n    remindUnread(broadcastId: $broadcastId, target: UNACKNOWLEDGED) { id recipientCount }\n  }\n": types.AckScaleRemindDocument,
    "\n  mutation AckNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id requireAcknowledgment }\n  }\n": types.AckNotifyDocument,
    "\n  mutation AckMessage($id: ID!) {\n    acknowledgeMessage(id: $id) {\n      id requiresAcknowledgment acknowledgedAt readByMe\n      acknowledgedBy { id name }\n    }\n  }\n": types.AckMessageDocument,
    "\n  query AckThread($companyId: ID!, $first: Int) {\n    messages(companyId: $companyId, first: $first) {\n      edges {\n        node {\n          id body requiresAcknowledgment acknowledgedAt\n          acknowledgedBy { id name }\n          receipts { user { id } }\n        }\n      }\n    }\n  }\n": types.AckThreadDocument,
    "\n  mutation AckAsk($input: SendMessageInput!) { sendMessage(input: $input) { id } }\n": types.AckAskDocument,
    "\n  query AckUnread($companyId: ID) { unreadCount(companyId: $companyId) }\n": types.AckUnreadDocument,
    "\n  subscription AckLive($companyId: ID) {\n    messageAcknowledged(companyId: $companyId) {\n      id acknowledgedAt acknowledgedBy { id } company { id }\n    }\n  }\n": types.AckLiveDocument,
    "\n  subscription AckLiveRead {\n    messageRead { user { id } message { id } }\n  }\n": types.AckLiveReadDocument,
    "\n  subscription AckLiveBadge { unreadCountChanged { count } }\n": types.AckLiveBadgeDocument,
    "\n  query AckCompanyCard($id: ID!, $acknowledged: Boolean, $first: Int, $after: String) {\n    company(id: $id) {\n      acknowledgmentRequests(acknowledged: $acknowledged, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id body acknowledgedAt acknowledgedBy { id name } } }\n      }\n    }\n  }\n": types.AckCompanyCardDocument,
    "\n  mutation AuthzAlertsChoose($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) { id notificationPreferences { newMessages } }\n  }\n": types.AuthzAlertsChooseDocument,
    "\n  query AuthzAlertsMine {\n    me { id notificationPreferences { newMessages } }\n  }\n": types.AuthzAlertsMineDocument,
    "\n  query AuthzAlertsLink($token: String!) {\n    notificationPreferencesLink(token: $token) { email newMessages }\n  }\n": types.AuthzAlertsLinkDocument,
    "\n  mutation AuthzAlertsLinkChoose($token: String!, $input: NotificationPreferencesInput!) {\n    updateNotificationPreferencesByLink(token: $token, input: $input) { email newMessages }\n  }\n": types.AuthzAlertsLinkChooseDocument,
    "\n  mutation AlertsScaleNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n": types.AlertsScaleNotifyDocument,
    "\n  mutation AlertsNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n": types.AlertsNotifyDocument,
    "\n  mutation AlertsMarkRead($companyId: ID!) {\n    markMessagesRead(companyId: $companyId)\n  }\n": types.AlertsMarkReadDocument,
    "\n  mutation AlertsRecall($id: ID!) {\n    recallBroadcast(id: $id) { id status }\n  }\n": types.AlertsRecallDocument,
    "\n  mutation AlertsChoose($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) { id notificationPreferences { newMessages } }\n  }\n": types.AlertsChooseDocument,
    "\n  query AlertsMe {\n    me { id notificationPreferences { newMessages } }\n  }\n": types.AlertsMeDocument,
    "\n  query AlertsLink($token: String!) {\n    notificationPreferencesLink(token: $token) { email newMessages }\n  }\n": types.AlertsLinkDocument,
    "\n  mutation AlertsLinkChoose($token: String!, $input: NotificationPreferencesInput!) {\n    updateNotificationPreferencesByLink(token: $token, input: $input) { email newMessages }\n  }\n": types.AlertsLinkChooseDocument,
    "\n  mutation AlertsArchive($id: ID!) {\n    archiveCompany(id: $id) { id archivedAt }\n  }\n": types.AlertsArchiveDocument,
    "\n  mutation AlertsDeactivate($id: ID!) {\n    deactivateUser(id: $id) { id deactivatedAt }\n  }\n": types.AlertsDeactivateDocument,
    "\n  query AuthzApiTokens {\n    apiTokens { id name scopes hint }\n  }\n": types.AuthzApiTokensDocument,
    "\n  mutation AuthzCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { token apiToken { id name } }\n  }\n": types.AuthzCreateApiTokenDocument,
    "\n  mutation AuthzRevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) { id revokedAt }\n  }\n": types.AuthzRevokeApiTokenDocument,
    "\n  mutation ApiTokenCreate($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken { id name scopes hint createdAt expiresAt lastUsedAt revokedAt createdBy { id } }\n    }\n  }\n": types.ApiTokenCreateDocument,
    "\n  query ApiTokenList {\n    apiTokens { id name scopes hint createdAt expiresAt lastUsedAt revokedAt createdBy { id name } }\n  }\n": types.ApiTokenListDocument,
    "\n  mutation ApiTokenRevoke($id: ID!) {\n    revokeApiToken(id: $id) { id revokedAt }\n  }\n": types.ApiTokenRevokeDocument,
    "\n  query ApiTokenCompanies {\n    companies(first: 50) { totalCount edges { node { id name } } }\n  }\n": types.ApiTokenCompaniesDocument,
    "\n  mutation ApiTokenNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n": types.ApiTokenNotifyDocument,
    "\n  mutation ApiTokenSendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) { id body }\n  }\n": types.ApiTokenSendMessageDocument,
    "\n  mutation ApiTokenSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": types.ApiTokenSmtpDocument,
    "\n  mutation ApiTokenEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) { id recipientCount }\n  }\n": types.ApiTokenEmailDocument,
    "\n  mutation ApiTokenLedger($companyId: ID!, $entries: [LedgerEntryInput!]!) {\n    importLedgerEntries(companyId: $companyId, entries: $entries)\n  }\n": types.ApiTokenLedgerDocument,
    "\n  mutation ApiTokenDeactivateHead($id: ID!) {\n    deactivateUser(id: $id) { id deactivatedAt }\n  }\n": types.ApiTokenDeactivateHeadDocument,
    "\n  subscription ApiTokenUnread {\n    unreadCountChanged { count }\n  }\n": types.ApiTokenUnreadDocument,
    "\n  mutation ApiTokenLogout {\n    logout\n  }\n": types.ApiTokenLogoutDocument,
    "\n  mutation AccountLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token user { id } }\n  }\n": types.AccountLoginDocument,
    "\n  query AccountMe {\n    me { id deactivatedAt }\n  }\n": types.AccountMeDocument,
    "\n  mutation AccountRequestReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.AccountRequestResetDocument,
    "\n  mutation AccountReset($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) { token user { id email } }\n  }\n": types.AccountResetDocument,
    "\n  mutation AccountChange($current: String!, $next: String!) {\n    changePassword(currentPassword: $current, newPassword: $next)\n  }\n": types.AccountChangeDocument,
    "\n  query AccountSessions {\n    mySessions { id createdAt lastUsedAt userAgent current }\n  }\n": types.AccountSessionsDocument,
    "\n  mutation AccountRevoke($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.AccountRevokeDocument,
    "\n  mutation AccountDeactivate($id: ID!) {\n    deactivateUser(id: $id) { id deactivatedAt }\n  }\n": types.AccountDeactivateDocument,
    "\n  subscription AccountUnread {\n    unreadCountChanged { count }\n  }\n": types.AccountUnreadDocument,
    "\n  mutation AccountSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n": types.AccountSendDocument,
    "\n  query AccountMessages($companyId: ID!) {\n    messages(companyId: $companyId, first: 50) { totalCount }\n  }\n": types.AccountMessagesDocument,
    "mutation AccountLogout { logout }": types.AccountLogoutDocument,
    "\n  query AuthzMe {\n    me { id role companies { id name } }\n  }\n": types.AuthzMeDocument,
    "\n  query AuthzMyRecords {\n    me {\n      companies {\n        id\n        emails(first: 100) { totalCount edges { node { id subject } } }\n        declarations { id }\n      }\n    }\n  }\n": types.AuthzMyRecordsDocument,
    "\n  query AuthzMyOffice {\n    me {\n      role\n      office {\n        id verification smtpConfigured canSendEmail\n        smtpIntegration { host port username fromAddress fromName }\n      }\n    }\n  }\n": types.AuthzMyOfficeDocument,
    "\n  mutation AuthzRequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.AuthzRequestPasswordResetDocument,
    "\n  mutation AuthzResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) { token user { id email } }\n  }\n": types.AuthzResetPasswordDocument,
    "\n  mutation AuthzChangePassword($current: String!, $next: String!) {\n    changePassword(currentPassword: $current, newPassword: $next)\n  }\n": types.AuthzChangePasswordDocument,
    "\n  query AuthzMySessions {\n    mySessions { id current userAgent }\n  }\n": types.AuthzMySessionsDocument,
    "\n  mutation AuthzUpdateMyAccount($input: UpdateMyAccountInput!) {\n    updateMyAccount(input: $input) { id language }\n  }\n": types.AuthzUpdateMyAccountDocument,
    "\n  mutation AuthzRevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.AuthzRevokeSessionDocument,
    "\n  mutation AuthzDeactivateUser($id: ID!) {\n    deactivateUser(id: $id) { id email deactivatedAt }\n  }\n": types.AuthzDeactivateUserDocument,
    "\n  mutation AuthTestLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token user { id email role office { id } } }\n  }\n": types.AuthTestLoginDocument,
    "\n  mutation AuthTestLoginCompanies($e: String!, $p: String!) {\n    login(email: $e, password: $p) { user { role companies { id } } }\n  }\n": types.AuthTestLoginCompaniesDocument,
    "\n  mutation AuthTestLogout {\n    logout\n  }\n": types.AuthTestLogoutDocument,
    "\n  query AuthTestMe {\n    me { id email name role office { name } companies { id } }\n  }\n": types.AuthTestMeDocument,
    "\n  query AuthTestCompanies {\n    companies { totalCount }\n  }\n": types.AuthTestCompaniesDocument,
    "\n  subscription AuthTestUnread {\n    unreadCountChanged { count }\n  }\n": types.AuthTestUnreadDocument,
    "\n  subscription AuthTestUnreadOf {\n    unreadCountChanged { count companyId }\n  }\n": types.AuthTestUnreadOfDocument,
    "\n  mutation LanguageSignUp($input: SignUpOfficeInput!) {\n    signUpOffice(input: $input) { token user { id email language } }\n  }\n": types.LanguageSignUpDocument,
    "\n  mutation LanguageUpdateMe($input: UpdateMyAccountInput!) {\n    updateMyAccount(input: $input) { id name language }\n  }\n": types.LanguageUpdateMeDocument,
    "\n  query LanguageMe {\n    me { id name language }\n  }\n": types.LanguageMeDocument,
    "\n  mutation LanguageRequestReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.LanguageRequestResetDocument,
    "\n  mutation LanguageInviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) { id language }\n  }\n": types.LanguageInviteStaffDocument,
    "\n  mutation LanguageInviteClient($input: InviteClientInput!) {\n    inviteClient(input: $input) { id language }\n  }\n": types.LanguageInviteClientDocument,
    "\n  mutation LanguageAccept($token: String!, $password: String, $language: Language) {\n    acceptInvitation(token: $token, password: $password, language: $language) {\n      user { id language }\n    }\n  }\n": types.LanguageAcceptDocument,
    "\n  query LanguagePreview($token: String!) {\n    invitation(token: $token) { language }\n  }\n": types.LanguagePreviewDocument,
    "\n  mutation LoginFloodLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token }\n  }\n": types.LoginFloodLoginDocument,
    "\n  query AuthzLedgerEntries($companyId: ID!, $period: String!) {\n    ledgerEntries(companyId: $companyId, period: $period, first: 100) {\n      totalCount\n      edges { node { id documentNumber counterparty description gross } }\n    }\n  }\n": types.AuthzLedgerEntriesDocument,
    "\n  mutation AuthzRecordUpo($input: UpoInput!) {\n    recordUpo(input: $input) { id referenceNumber }\n  }\n": types.AuthzRecordUpoDocument,
    "\n  mutation AuthzMarkDeclarationPaid($id: ID!) {\n    markDeclarationPaid(id: $id) { id paidAt }\n  }\n": types.AuthzMarkDeclarationPaidDocument,
    "\n  mutation PaidUpsertDeclaration($input: DeclarationInput!) {\n    upsertDeclaration(input: $input) { id paidAt }\n  }\n": types.PaidUpsertDeclarationDocument,
    "\n  mutation PaidMarkDeclaration($id: ID!, $paid: Boolean) {\n    markDeclarationPaid(id: $id, paid: $paid) { id paidAt }\n  }\n": types.PaidMarkDeclarationDocument,
    "\n  query PaidDeclarations($id: ID!) {\n    company(id: $id) { declarations { id paidAt } }\n  }\n": types.PaidDeclarationsDocument,
    "\n  mutation BookkeepingImport($companyId: ID!, $entries: [LedgerEntryInput!]!) {\n    importLedgerEntries(companyId: $companyId, entries: $entries)\n  }\n": types.BookkeepingImportDocument,
    "\n  query BookkeepingEntries($companyId: ID!, $period: String!, $first: Int, $after: String) {\n    ledgerEntries(companyId: $companyId, period: $period, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          id date documentNumber counterparty counterpartyNip description net vat gross column\n          contraAccount vatRegister\n        }\n      }\n    }\n  }\n": types.BookkeepingEntriesDocument,
    "\n  mutation BookkeepingUpsertDeclaration($input: DeclarationInput!) {\n    upsertDeclaration(input: $input) {\n      id type period taxBase taxDue status filedAt dueDate upo { id referenceNumber }\n    }\n  }\n": types.BookkeepingUpsertDeclarationDocument,
    "\n  mutation BookkeepingRecordUpo($input: UpoInput!) {\n    recordUpo(input: $input) { id referenceNumber receivedAt }\n  }\n": types.BookkeepingRecordUpoDocument,
    "\n  query BookkeepingDeclarations($id: ID!, $period: String) {\n    company(id: $id) {\n      declarations(period: $period) {\n        id type period status taxBase taxDue upo { referenceNumber receivedAt }\n      }\n    }\n  }\n": types.BookkeepingDeclarationsDocument,
    "\n  query BookkeepingCompanyDeclarations($first: Int) {\n    companies(first: $first) { edges { node { id declarations { type upo { id } } } } }\n  }\n": types.BookkeepingCompanyDeclarationsDocument,
    "\n  query AuthzBroadcast($id: ID!) {\n    broadcast(id: $id) { id kind recipientCount readCount author { id name } }\n  }\n": types.AuthzBroadcastDocument,
    "\n  query AuthzBroadcasts {\n    broadcasts(first: 100) { totalCount edges { node { id preview recipientCount } } }\n  }\n": types.AuthzBroadcastsDocument,
    "\n  query AuthzBroadcastRecipients($id: ID!) {\n    broadcast(id: $id) {\n      id\n      recipients(first: 100) {\n        totalCount\n        edges { node { company { id name nip } read reads { user { id } } downloads { file { filename } } } }\n      }\n    }\n  }\n": types.AuthzBroadcastRecipientsDocument,
    "\n  mutation AuthzRemindUnread($broadcastId: ID!, $body: String) {\n    remindUnread(broadcastId: $broadcastId, body: $body) { id recipientCount }\n  }\n": types.AuthzRemindUnreadDocument,
    "\n  mutation AuthzCancelBroadcast($id: ID!) {\n    cancelBroadcast(id: $id) { id status }\n  }\n": types.AuthzCancelBroadcastDocument,
    "\n  mutation AuthzRecallBroadcast($id: ID!) {\n    recallBroadcast(id: $id) { id status }\n  }\n": types.AuthzRecallBroadcastDocument,
    "\n  mutation CsvReportNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n": types.CsvReportNotifyDocument,
    "\n  mutation CsvReportMarkRead($companyId: ID!) { markMessagesRead(companyId: $companyId) }\n": types.CsvReportMarkReadDocument,
    "\n  mutation CsvReportAcknowledge($id: ID!) { acknowledgeMessage(id: $id) { id } }\n": types.CsvReportAcknowledgeDocument,
    "\n  mutation CsvReportToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }\n": types.CsvReportTokenDocument,
    "\n  mutation ScaleReportNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n": types.ScaleReportNotifyDocument,
    "\n  query ScaleReportBroadcasts($first: Int) {\n    broadcasts(first: $first) {\n      edges {\n        node {\n          id kind status recipientCount readCount failedCount preview createdAt\n          author { id name } remindsOf { id } reminders { id }\n        }\n      }\n    }\n  }\n": types.ScaleReportBroadcastsDocument,
    "\n  query ScaleReportRecipients($id: ID!, $first: Int, $filter: BroadcastRecipientFilter) {\n    broadcast(id: $id) {\n      recipients(first: $first, filter: $filter) {\n        totalCount\n        edges {\n          node {\n            company { id name nip }\n            read firstReadAt reads { user { id name } readAt }\n            emailStatus attachmentCount downloads { file { filename } downloadedAt } repliedAt\n          }\n        }\n      }\n    }\n  }\n": types.ScaleReportRecipientsDocument,
    "\n  mutation ScaleReportRemind($broadcastId: ID!) {\n    remindUnread(broadcastId: $broadcastId) { id recipientCount }\n  }\n": types.ScaleReportRemindDocument,
    "\n  mutation ReportNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n": types.ReportNotifyDocument,
    "\n  mutation ReportMarkRead($companyId: ID!) { markMessagesRead(companyId: $companyId) }\n": types.ReportMarkReadDocument,
    "\n  mutation ReportAsk($input: SendMessageInput!) { sendMessage(input: $input) { id } }\n": types.ReportAskDocument,
    "\n  query ReportBroadcasts($first: Int, $after: String, $status: BroadcastStatus) {\n    broadcasts(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id kind status recipientCount readCount failedCount preview createdAt\n          author { id name }\n          remindsOf { id }\n          reminders { id recipientCount }\n        }\n      }\n    }\n  }\n": types.ReportBroadcastsDocument,
    "\n  query ReportRecipients($id: ID!, $first: Int, $after: String, $filter: BroadcastRecipientFilter) {\n    broadcast(id: $id) {\n      id\n      recipients(first: $first, after: $after, filter: $filter) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            company { id name }\n            read firstReadAt\n            reads { user { id name } readAt }\n            emailStatus emailError attachmentCount\n            downloads { file { id filename } user { id } downloadedAt }\n            repliedAt\n          }\n        }\n      }\n    }\n  }\n": types.ReportRecipientsDocument,
    "\n  mutation ReportRemind($broadcastId: ID!, $body: String) {\n    remindUnread(broadcastId: $broadcastId, body: $body) {\n      id kind recipientCount preview remindsOf { id }\n    }\n  }\n": types.ReportRemindDocument,
    "\n  mutation ReportSendEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n": types.ReportSendEmailDocument,
    "\n  mutation ReportSmtp($input: SmtpIntegrationInput!) { updateSmtpIntegration(input: $input) { host } }\n": types.ReportSmtpDocument,
    "\n  query ReportProgress($id: ID!) { broadcast(id: $id) { queuedCount sentCount failedCount } }\n": types.ReportProgressDocument,
    "\n  mutation BroadcastNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) {\n      id kind recipientCount readCount createdAt author { id role }\n    }\n  }\n": types.BroadcastNotifyDocument,
    "\n  query BroadcastGet($id: ID!) {\n    broadcast(id: $id) {\n      id kind recipientCount readCount queuedCount sentCount failedCount author { id name }\n    }\n  }\n": types.BroadcastGetDocument,
    "\n  query BroadcastThreadTotal($id: ID!) {\n    messages(companyId: $id) { totalCount }\n  }\n": types.BroadcastThreadTotalDocument,
    "\n  query BroadcastNewest($id: ID!) {\n    messages(companyId: $id, first: 5) {\n      totalCount\n      edges { node { id kind direction body company { id } author { id } } }\n    }\n  }\n": types.BroadcastNewestDocument,
    "\n  query BroadcastClientView($id: ID!) {\n    messages(companyId: $id) {\n      totalCount\n      edges { cursor node {\n        id kind direction subject body createdAt readByMe\n        company { id name nip email taxForm vatPayer caretaker { id name email } lastMessage { id body } }\n        author { id name email role office { id name } companies { id name } }\n        attachments { id filename url }\n        receipts { readAt user { id name companies { id name } } message { id company { id name } } }\n      } }\n    }\n  }\n": types.BroadcastClientViewDocument,
    "\n  query BroadcastUnread($id: ID) {\n    unreadCount(companyId: $id)\n  }\n": types.BroadcastUnreadDocument,
    "\n  mutation BroadcastMarkRead($id: ID!) {\n    markMessagesRead(companyId: $id)\n  }\n": types.BroadcastMarkReadDocument,
    "\n  mutation RecallNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id status }\n  }\n": types.RecallNotifyDocument,
    "\n  mutation RecallBroadcast($id: ID!) {\n    recallBroadcast(id: $id) { id status recalledAt recipientCount }\n  }\n": types.RecallBroadcastDocument,
    "\n  query RecallReport($id: ID!) {\n    broadcast(id: $id) {\n      status readCount\n      recipients(first: 100) { edges { node { company { id } read recalled } } }\n    }\n  }\n": types.RecallReportDocument,
    "\n  query RecallThread($id: ID!) {\n    messages(companyId: $id) { totalCount edges { node { id body recalledAt } } }\n    unreadCount(companyId: $id)\n    company(id: $id) { lastMessage { id body } }\n  }\n": types.RecallThreadDocument,
    "\n  mutation RecallMarkRead($id: ID!, $messageIds: [ID!]) {\n    markMessagesRead(companyId: $id, messageIds: $messageIds)\n  }\n": types.RecallMarkReadDocument,
    "\n  subscription RecallBadge {\n    unreadCountChanged { count companyId }\n  }\n": types.RecallBadgeDocument,
    "\n  mutation RecallSchedule($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id status }\n  }\n": types.RecallScheduleDocument,
    "\n  mutation SchedNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id status sendAt recipientCount createdAt }\n  }\n": types.SchedNotifyDocument,
    "\n  mutation SchedEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) { id status sendAt recipientCount queuedCount }\n  }\n": types.SchedEmailDocument,
    "\n  query SchedBroadcast($id: ID!) {\n    broadcast(id: $id) {\n      id status sendAt recipientCount queuedCount sentCount cancelReason cancelledAt\n    }\n  }\n": types.SchedBroadcastDocument,
    "\n  query SchedList($status: BroadcastStatus) {\n    broadcasts(first: 100, status: $status) { edges { node { id status sendAt } } }\n  }\n": types.SchedListDocument,
    "\n  mutation SchedCancel($id: ID!) {\n    cancelBroadcast(id: $id) { id status cancelReason cancelledAt }\n  }\n": types.SchedCancelDocument,
    "\n  query SchedThread($id: ID!) {\n    messages(companyId: $id) {\n      totalCount\n      edges { node { id body createdAt attachments { id } } }\n    }\n  }\n": types.SchedThreadDocument,
    "\n  mutation SchedTemplate($input: MessageTemplateInput!) {\n    createMessageTemplate(input: $input) { id }\n  }\n": types.SchedTemplateDocument,
    "\n  query SchedAckThread($id: ID!) {\n    messages(companyId: $id, first: 5) {\n      edges { node { subject body requiresAcknowledgment } }\n    }\n  }\n": types.SchedAckThreadDocument,
    "\n  mutation SchedSetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": types.SchedSetSmtpDocument,
    "\n  mutation SqlCountNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n": types.SqlCountNotifyDocument,
    "\n  mutation SqlCountAsk($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n": types.SqlCountAskDocument,
    "\n  query SqlCountCompanies($first: Int) {\n    companies(first: $first) {\n      totalCount\n      edges {\n        node { id name caretaker { name } unreadFromClientCount lastMessage { body createdAt } }\n      }\n    }\n  }\n": types.SqlCountCompaniesDocument,
    "\n  query AuthzCompanies($filter: CompanyFilter) {\n    companies(first: 100, filter: $filter) {\n      totalCount\n      edges { node { id name nip lastMessage { id body } } }\n    }\n  }\n": types.AuthzCompaniesDocument,
    "\n  mutation AuthzCreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) { id name caretaker { id name } }\n  }\n": types.AuthzCreateCompanyDocument,
    "\n  mutation AuthzUpdateCompany($id: ID!, $input: UpdateCompanyInput!) {\n    updateCompany(id: $id, input: $input) { id name }\n  }\n": types.AuthzUpdateCompanyDocument,
    "\n  mutation AuthzArchiveCompany($id: ID!) {\n    archiveCompany(id: $id) { id archivedAt }\n  }\n": types.AuthzArchiveCompanyDocument,
    "\n  mutation AuthzRestoreCompany($id: ID!) {\n    restoreCompany(id: $id) { id archivedAt }\n  }\n": types.AuthzRestoreCompanyDocument,
    "\n  mutation AuthzAssignCaretaker($companyIds: [ID!]!, $caretakerId: ID) {\n    assignCaretaker(companyIds: $companyIds, caretakerId: $caretakerId)\n  }\n": types.AuthzAssignCaretakerDocument,
    "\n  mutation AuthzImportCompanies($uploadId: ID!, $dryRun: Boolean!) {\n    importCompanies(uploadId: $uploadId, dryRun: $dryRun) { created updated failed }\n  }\n": types.AuthzImportCompaniesDocument,
    "\n  subscription AuthzCompanyAccessChanged {\n    companyAccessChanged { companyId visible }\n  }\n": types.AuthzCompanyAccessChangedDocument,
    "\n  query CompanyColumns($first: Int, $filter: CompanyFilter) {\n    companies(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id name taxForm vatPayer\n          unreadFromClientCount\n          caretaker { id name }\n          lastMessage { createdAt direction kind }\n          lastPrintoutEmail { id kind delivery { sentAt } attachments { printout period } }\n          latestDeclaration { type period status filedAt upo { referenceNumber receivedAt } }\n          users { name email }\n        }\n      }\n    }\n  }\n": types.CompanyColumnsDocument,
    "\n  query CompanyColumnsOfClient {\n    companies(first: 10) {\n      edges {\n        node {\n          id\n          lastPrintoutEmail { createdAt attachments { printout } }\n          latestDeclaration { type period upo { referenceNumber } }\n        }\n      }\n    }\n  }\n": types.CompanyColumnsOfClientDocument,
    "\n  query CompanyColumnsClientUsers {\n    companies(first: 10) { edges { node { id users { email } } } }\n  }\n": types.CompanyColumnsClientUsersDocument,
    "\n  mutation CompanyColumnsAsk($input: SendMessageInput!) {\n    sendMessage(input: $input) { id createdAt }\n  }\n": types.CompanyColumnsAskDocument,
    "\n  mutation CompanyColumnsEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n": types.CompanyColumnsEmailDocument,
    "\n  mutation CompanyColumnsSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": types.CompanyColumnsSmtpDocument,
    "\n  mutation CompanyImportRun($uploadId: ID!, $dryRun: Boolean!, $skipInvalid: Boolean) {\n    importCompanies(uploadId: $uploadId, dryRun: $dryRun, skipInvalid: $skipInvalid) {\n      applied created updated unchanged failed\n      rows { line status column error nip name }\n    }\n  }\n": types.CompanyImportRunDocument,
    "\n  mutation CompanyImportSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n": types.CompanyImportSendDocument,
    "\n  subscription CompanyImportUnread {\n    unreadCountChanged { count companyId }\n  }\n": types.CompanyImportUnreadDocument,
    "\n  mutation ManageUpdateCompany($id: ID!, $input: UpdateCompanyInput!) {\n    updateCompany(id: $id, input: $input) { id name nip taxForm vatPayer email archivedAt }\n  }\n": types.ManageUpdateCompanyDocument,
    "\n  mutation ManageArchiveCompany($id: ID!) {\n    archiveCompany(id: $id) { id archivedAt }\n  }\n": types.ManageArchiveCompanyDocument,
    "\n  mutation ManageRestoreCompany($id: ID!) {\n    restoreCompany(id: $id) { id archivedAt }\n  }\n": types.ManageRestoreCompanyDocument,
    "\n  mutation ManageAssignCaretaker($companyIds: [ID!]!, $caretakerId: ID) {\n    assignCaretaker(companyIds: $companyIds, caretakerId: $caretakerId)\n  }\n": types.ManageAssignCaretakerDocument,
    "\n  query ManageCompanies($filter: CompanyFilter) {\n    companies(first: 100, filter: $filter) { totalCount edges { node { id } } }\n  }\n": types.ManageCompaniesDocument,
    "\n  query ManageCompany($id: ID!) {\n    company(id: $id) { id name archivedAt caretaker { id } }\n  }\n": types.ManageCompanyDocument,
    "\n  query ManageThread($id: ID!) {\n    messages(companyId: $id) { totalCount }\n  }\n": types.ManageThreadDocument,
    "\n  mutation ManageSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n": types.ManageSendDocument,
    "\n  mutation ManageNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n": types.ManageNotifyDocument,
    "\n  query ManagePrintoutOptions($companyIds: [ID!]!) {\n    printoutOptions(companyIds: $companyIds, period: \"2025-10\") { kind companyCount }\n  }\n": types.ManagePrintoutOptionsDocument,
    "\n  query ManageInbox {\n    inbox(first: 100) { edges { node { company { id } } } }\n  }\n": types.ManageInboxDocument,
    "\n  subscription CompanyManageAccess {\n    companyAccessChanged { companyId visible }\n  }\n": types.CompanyManageAccessDocument,
    "\n  subscription ManageUnread {\n    unreadCountChanged { count companyId }\n  }\n": types.ManageUnreadDocument,
    "\n  query CompanyTestList($first: Int, $after: String, $filter: CompanyFilter) {\n    companies(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id name nip taxForm caretaker { id } unreadFromClientCount } }\n    }\n  }\n": types.CompanyTestListDocument,
    "\n  mutation CompanyTestSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n": types.CompanyTestSendDocument,
    "\n  query CompanyTestCaretakers {\n    me { office { caretakers { id name } } }\n  }\n": types.CompanyTestCaretakersDocument,
    "\n  query CompanyTestCompany($id: ID!) {\n    company(id: $id) { id name email }\n  }\n": types.CompanyTestCompanyDocument,
    "\n  mutation CompanyTestCreate($input: CreateCompanyInput!) {\n    createCompany(input: $input) { id nip taxForm vatPayer email caretaker { id } }\n  }\n": types.CompanyTestCreateDocument,
    "\n  query CompanyUsersOfCompany($id: ID!) {\n    company(id: $id) { id users { id email name } }\n  }\n": types.CompanyUsersOfCompanyDocument,
    "\n  query CompanyUsersOfList {\n    companies(first: 50) { edges { node { id users { id } } } }\n  }\n": types.CompanyUsersOfListDocument,
    "\n  mutation AuthzUpdateDeadlineReminderRule($input: DeadlineReminderRuleInput!) {\n    updateDeadlineReminderRule(input: $input) { id enabled daysBefore hour templateId }\n  }\n": types.AuthzUpdateDeadlineReminderRuleDocument,
    "\n  query AuthzDeadlineReminderRule {\n    me { office { id deadlineReminderRule { id daysBefore } } }\n  }\n": types.AuthzDeadlineReminderRuleDocument,
    "\n  mutation DeadlineRuleUpdate($input: DeadlineReminderRuleInput!) {\n    updateDeadlineReminderRule(input: $input) { id enabled daysBefore hour templateId }\n  }\n": types.DeadlineRuleUpdateDocument,
    "\n  query DeadlineRuleOfOffice($first: Int) {\n    me {\n      office {\n        deadlineReminderRule {\n          enabled daysBefore hour\n          planned(first: $first) { companyName declarationType taxDue dueDate remindOn }\n        }\n      }\n    }\n  }\n": types.DeadlineRuleOfOfficeDocument,
    "\n  mutation DeadlineRuleTemplate($input: MessageTemplateInput!) {\n    createMessageTemplate(input: $input) { id }\n  }\n": types.DeadlineRuleTemplateDocument,
    "\n  query DeadlineRuleSent {\n    broadcasts(first: 20) { edges { node { id origin recipientCount author { id } } } }\n  }\n": types.DeadlineRuleSentDocument,
    "\n          mutation DeadlineRulePaid($id: ID!) { markDeclarationPaid(id: $id) { id } }\n        ": types.DeadlineRulePaidDocument,
    "query DeadlineRuleUnread { unreadCount }": types.DeadlineRuleUnreadDocument,
    "\n  mutation DemoSeedLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token }\n  }\n": types.DemoSeedLoginDocument,
    "\n  query DemoSeedInvitations {\n    me {\n      office {\n        name\n        invitations(status: PENDING) { email role status company { name } }\n      }\n    }\n  }\n": types.DemoSeedInvitationsDocument,
    "\n  query DemoSeedAccounts {\n    demoAccounts { password logins { email userRole office lastEmail } }\n  }\n": types.DemoSeedAccountsDocument,
    "\n  query DemoSeedWho {\n    me { role office { name } }\n  }\n": types.DemoSeedWhoDocument,
    "\n  query DemoSeedCompanies {\n    companies(first: 1) { totalCount }\n  }\n": types.DemoSeedCompaniesDocument,
    "\n  mutation PrivacySetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": types.PrivacySetSmtpDocument,
    "\n  mutation PrivacySend($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n": types.PrivacySendDocument,
    "\n  query PrivacyThread($companyId: ID!) {\n    messages(companyId: $companyId, first: 10) {\n      edges { node { kind delivery { status toAddress attempts lastError } } }\n    }\n  }\n": types.PrivacyThreadDocument,
    "\n  query PrivacyEmails($id: ID!) {\n    company(id: $id) {\n      emails(first: 10) { edges { node { delivery { status attempts lastError } } } }\n    }\n  }\n": types.PrivacyEmailsDocument,
    "\n  query PrivacyProgress($id: ID!) {\n    broadcast(id: $id) {\n      queuedCount\n      deliveries(first: 10) { edges { node { status attempts lastError } } }\n    }\n  }\n": types.PrivacyProgressDocument,
    "\n  mutation DeliverySend($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n": types.DeliverySendDocument,
    "\n  mutation DeliverySetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": types.DeliverySetSmtpDocument,
    "\n  query DeliveryCounts($id: ID!) {\n    broadcast(id: $id) {\n      queuedCount sentCount failedCount\n      failed: deliveries(status: FAILED) { totalCount }\n      sent: deliveries(status: SENT) { totalCount }\n    }\n  }\n": types.DeliveryCountsDocument,
    "\n  mutation AuthzRetryFailedDeliveries($id: ID!) {\n    retryFailedDeliveries(broadcastId: $id) { id subject queuedCount failedCount }\n  }\n": types.AuthzRetryFailedDeliveriesDocument,
    "\n  subscription AuthzBroadcastProgress($id: ID!) {\n    broadcastProgress(id: $id) {\n      id subject recipientCount sentCount\n      deliveries { edges { node { toAddress company { id name } } } }\n    }\n  }\n": types.AuthzBroadcastProgressDocument,
    "\n  mutation EmailSend($input: SendEmailInput!) {\n    sendEmail(input: $input) { id kind recipientCount queuedCount sentCount failedCount }\n  }\n": types.EmailSendDocument,
    "\n  query EmailProgress($id: ID!) {\n    broadcast(id: $id) {\n      queuedCount sentCount failedCount\n      deliveries(first: 100) {\n        totalCount\n        edges { node { status attempts lastError toAddress company { id } } }\n      }\n    }\n  }\n": types.EmailProgressDocument,
    "\n  mutation EmailSetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host port security username fromAddress }\n  }\n": types.EmailSetSmtpDocument,
    "\n  query EmailArchive($id: ID!) {\n    company(id: $id) {\n      emails(first: 5) {\n        totalCount\n        edges {\n          node {\n            kind subject body html\n            delivery { status attempts sentAt toAddress }\n            attachments { filename contentType printout period url downloadedAt }\n          }\n        }\n      }\n    }\n  }\n": types.EmailArchiveDocument,
    "\n  subscription EmailProgressLive($id: ID!) {\n    broadcastProgress(id: $id) { queuedCount sentCount failedCount }\n  }\n": types.EmailProgressLiveDocument,
    "\n  subscription EmailProgressSent($id: ID!) {\n    broadcastProgress(id: $id) { sentCount }\n  }\n": types.EmailProgressSentDocument,
    "\n  query EmailOfficeState {\n    me { office { verification smtpConfigured canSendEmail } }\n  }\n": types.EmailOfficeStateDocument,
    "\n  mutation EmailTestSmtp {\n    testSmtpIntegration\n  }\n": types.EmailTestSmtpDocument,
    "\n  query EmailSmtpState {\n    me {\n      office {\n        smtpConfigured canSendEmail\n        smtpIntegration { host username lastTestOk lastTestError lastTestedAt }\n      }\n    }\n  }\n": types.EmailSmtpStateDocument,
    "\n  mutation EmailSetVerification($id: ID!, $s: OfficeVerification!) {\n    setOfficeVerification(officeId: $id, status: $s) { id verification }\n  }\n": types.EmailSetVerificationDocument,
    "\n  mutation CatcherSetSmtp($i: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $i) { host }\n  }\n": types.CatcherSetSmtpDocument,
    "\n  mutation CatcherTestSmtp {\n    testSmtpIntegration\n  }\n": types.CatcherTestSmtpDocument,
    "\n  mutation CatcherSend($i: SendEmailInput!) {\n    sendEmail(input: $i) { id }\n  }\n": types.CatcherSendDocument,
    "\n  mutation RetrySend($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n": types.RetrySendDocument,
    "\n  mutation RetrySetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": types.RetrySetSmtpDocument,
    "\n  mutation RetryFailed($id: ID!) {\n    retryFailedDeliveries(broadcastId: $id) {\n      id recipientCount queuedCount sentCount failedCount\n    }\n  }\n": types.RetryFailedDocument,
    "\n  query RetryCounts($id: ID!) {\n    broadcast(id: $id) { recipientCount queuedCount sentCount failedCount }\n  }\n": types.RetryCountsDocument,
    "\n  subscription RetryProgress($id: ID!) {\n    broadcastProgress(id: $id) { queuedCount sentCount failedCount }\n  }\n": types.RetryProgressDocument,
    "\n  mutation SmtpFaultsSend($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n": types.SmtpFaultsSendDocument,
    "\n  mutation SmtpFaultsSetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": types.SmtpFaultsSetSmtpDocument,
    "\n  query SmtpFaultsCounts($id: ID!) {\n    broadcast(id: $id) { recipientCount queuedCount sentCount failedCount }\n  }\n": types.SmtpFaultsCountsDocument,
    "\n  mutation SsrfUpdateSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host port }\n  }\n": types.SsrfUpdateSmtpDocument,
    "\n  mutation SsrfTestSmtp {\n    testSmtpIntegration\n  }\n": types.SsrfTestSmtpDocument,
    "\n  query SsrfSmtpState {\n    me { office { smtpIntegration { host port lastTestOk lastTestError } } }\n  }\n": types.SsrfSmtpStateDocument,
    "\n  mutation SsrfSendEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n": types.SsrfSendEmailDocument,
    "\n  mutation WorkerStopSetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": types.WorkerStopSetSmtpDocument,
    "\n  mutation WorkerStopSend($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n": types.WorkerStopSendDocument,
    "\n  mutation FileLimitsNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n": types.FileLimitsNotifyDocument,
    "\n  mutation FileLimitsSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n": types.FileLimitsSendDocument,
    "\n  mutation FileNamesSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { id attachments { id filename contentType } }\n  }\n": types.FileNamesSendDocument,
    "\n  mutation FileSweepNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n": types.FileSweepNotifyDocument,
    "\n  mutation FileNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n": types.FileNotifyDocument,
    "\n  query FileThread($id: ID!) {\n    messages(companyId: $id) {\n      totalCount\n      edges { node { id body attachments { id filename size contentType url } } }\n    }\n  }\n": types.FileThreadDocument,
    "\n  mutation AuthzInviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) { id email role office { id } }\n  }\n": types.AuthzInviteStaffDocument,
    "\n  mutation AuthzInviteClient($input: InviteClientInput!) {\n    inviteClient(input: $input) { id email company { id name } }\n  }\n": types.AuthzInviteClientDocument,
    "\n  mutation AuthzResendInvitation($id: ID!) {\n    resendInvitation(id: $id) { id email status }\n  }\n": types.AuthzResendInvitationDocument,
    "\n  mutation AuthzRevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) { id status }\n  }\n": types.AuthzRevokeInvitationDocument,
    "\n  query AuthzInvitation($token: String!) {\n    invitation(token: $token) { officeName companyName role email expiresAt }\n  }\n": types.AuthzInvitationDocument,
    "\n  mutation AuthzAcceptInvitation($token: String!, $password: String) {\n    acceptInvitation(token: $token, password: $password) {\n      token user { email role office { id } companies { id } }\n    }\n  }\n": types.AuthzAcceptInvitationDocument,
    "\n  query AuthzOfficeInvitations {\n    me { office { id invitations { id email } } }\n  }\n": types.AuthzOfficeInvitationsDocument,
    "\n  mutation InvitationInviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      id email name role status expiresAt createdAt\n      invitedBy { id } office { id } company { id }\n    }\n  }\n": types.InvitationInviteStaffDocument,
    "\n  mutation InvitationInviteClient($input: InviteClientInput!) {\n    inviteClient(input: $input) { id email role status expiresAt office { id } company { id name } }\n  }\n": types.InvitationInviteClientDocument,
    "\n  mutation InvitationResend($id: ID!) {\n    resendInvitation(id: $id) { id status expiresAt }\n  }\n": types.InvitationResendDocument,
    "\n  mutation InvitationRevoke($id: ID!) {\n    revokeInvitation(id: $id) { id status }\n  }\n": types.InvitationRevokeDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) { officeName companyName role email expiresAt }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation InvitationAccept($token: String!, $password: String, $name: String) {\n    acceptInvitation(token: $token, password: $password, name: $name) {\n      token\n      user { id email name role office { id } companies { id } }\n    }\n  }\n": types.InvitationAcceptDocument,
    "\n  mutation InvitationLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token }\n  }\n": types.InvitationLoginDocument,
    "\n  query InvitationSessions {\n    mySessions { userAgent current }\n  }\n": types.InvitationSessionsDocument,
    "\n  query InvitationVisibleCompanies {\n    companies(first: 100) { totalCount edges { node { id } } }\n  }\n": types.InvitationVisibleCompaniesDocument,
    "\n  query InvitationCompany($id: ID!) {\n    company(id: $id) { id }\n  }\n": types.InvitationCompanyDocument,
    "\n  query InvitationOfficeInvitations($status: InvitationStatus) {\n    me { office { invitations(status: $status) { id email status role company { id } } } }\n  }\n": types.InvitationOfficeInvitationsDocument,
    "\n  query InvitationInvitationsInFull {\n    me {\n      office {\n        invitations { id status invitedBy { id name } office { id name } company { id name } }\n      }\n    }\n  }\n": types.InvitationInvitationsInFullDocument,
    "\n  query InboxTestList($status: ConversationStatus, $search: String, $first: Int, $after: String) {\n    inbox(status: $status, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          company { id name nip }\n          status\n          awaitingReplySince\n          closedAt\n          unreadFromClientCount\n          lastMessage { id body }\n          lastClientMessage { id body direction author { id } }\n        }\n      }\n    }\n  }\n": types.InboxTestListDocument,
    "\n  mutation InboxTestAsk($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n": types.InboxTestAskDocument,
    "\n  mutation InboxTestNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n": types.InboxTestNotifyDocument,
    "\n  mutation InboxTestClose($companyId: ID!) {\n    closeConversation(companyId: $companyId) { status closedAt awaitingReplySince company { id } }\n  }\n": types.InboxTestCloseDocument,
    "\n  mutation InboxTestReopen($companyId: ID!) {\n    reopenConversation(companyId: $companyId) { status closedAt awaitingReplySince company { id } }\n  }\n": types.InboxTestReopenDocument,
    "\n  query AuthzThreadUsers($companyId: ID!) {\n    messages(companyId: $companyId, first: 100) {\n      edges {\n        node {\n          author { id companies { id name } }\n          receipts { user { id companies { id name } } }\n        }\n      }\n    }\n  }\n": types.AuthzThreadUsersDocument,
    "\n  query AuthzInbox {\n    inbox(first: 100) {\n      totalCount\n      edges { node { company { id name } lastMessage { id body } unreadFromClientCount } }\n    }\n  }\n": types.AuthzInboxDocument,
    "\n  mutation AuthzCloseConversation($companyId: ID!) {\n    closeConversation(companyId: $companyId) { status company { id name } }\n  }\n": types.AuthzCloseConversationDocument,
    "\n  mutation AuthzReopenConversation($companyId: ID!) {\n    reopenConversation(companyId: $companyId) { status company { id name } }\n  }\n": types.AuthzReopenConversationDocument,
    "\n  mutation ThreadTestSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { id kind direction body author { id } company { id } readByMe }\n  }\n": types.ThreadTestSendDocument,
    "\n  query ThreadTestMessages($id: ID!, $first: Int, $after: String) {\n    messages(companyId: $id, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor }\n      edges { node { id body kind direction readByMe receipts { user { id } readAt } } }\n    }\n  }\n": types.ThreadTestMessagesDocument,
    "\n  query ThreadTestInbox {\n    inbox(first: 10) {\n      totalCount\n      edges { node { company { id } unreadFromClientCount lastActivityAt lastMessage { body } } }\n    }\n  }\n": types.ThreadTestInboxDocument,
    "\n  mutation ThreadTestMarkRead($id: ID!) {\n    markMessagesRead(companyId: $id)\n  }\n": types.ThreadTestMarkReadDocument,
    "\n  mutation ThreadTestMarkIds($id: ID!, $ids: [ID!]) {\n    markMessagesRead(companyId: $id, messageIds: $ids)\n  }\n": types.ThreadTestMarkIdsDocument,
    "\n  query ThreadTestUnreadCount {\n    unreadCount\n  }\n": types.ThreadTestUnreadCountDocument,
    "\n  query ThreadTestUnreadCountOf($id: ID) {\n    unreadCount(companyId: $id)\n  }\n": types.ThreadTestUnreadCountOfDocument,
    "\n  query AuthzOffices {\n    offices(status: VERIFIED, first: 100) {\n      edges {\n        node {\n          id name verification smtpConfigured canSendEmail\n          smtpIntegration { host port username fromAddress }\n        }\n      }\n    }\n  }\n": types.AuthzOfficesDocument,
    "\n  mutation AuthzSetOfficeVerification($officeId: ID!, $status: OfficeVerification!) {\n    setOfficeVerification(officeId: $officeId, status: $status) { id verification }\n  }\n": types.AuthzSetOfficeVerificationDocument,
    "\n  mutation AuthzTestSmtpIntegration {\n    testSmtpIntegration\n  }\n": types.AuthzTestSmtpIntegrationDocument,
    "\n  mutation AuthzSignUpOffice($input: SignUpOfficeInput!) {\n    signUpOffice(input: $input) { token user { email role office { id verification } } }\n  }\n": types.AuthzSignUpOfficeDocument,
    "\n  mutation AuthzSetOfficeLogo($uploadId: ID) {\n    setOfficeLogo(uploadId: $uploadId) { id logo { id } }\n  }\n": types.AuthzSetOfficeLogoDocument,
    "\n  mutation AuthzRequestOfficeVerification {\n    requestOfficeVerification { id verification }\n  }\n": types.AuthzRequestOfficeVerificationDocument,
    "\n  mutation LogoSet($uploadId: ID) {\n    setOfficeLogo(uploadId: $uploadId) { id logo { id filename contentType size } }\n  }\n": types.LogoSetDocument,
    "\n  query LogoOfOffice {\n    me { office { logo { id contentType } } }\n  }\n": types.LogoOfOfficeDocument,
    "\n  mutation LogoSetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": types.LogoSetSmtpDocument,
    "\n  mutation LogoSendEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n": types.LogoSendEmailDocument,
    "\n  query LogoProgress($id: ID!) {\n    broadcast(id: $id) { queuedCount sentCount failedCount }\n  }\n": types.LogoProgressDocument,
    "\n  query OfficeStaff {\n    me { office { staff { id name role deactivatedAt } } }\n  }\n": types.OfficeStaffDocument,
    "\n  query OfficeStaffAsAdmin {\n    offices(first: 100) { edges { node { id staff { id } } } }\n  }\n": types.OfficeStaffAsAdminDocument,
    "\n  mutation OfficeStaffDeactivate($id: ID!) {\n    deactivateUser(id: $id) { id deactivatedAt }\n  }\n": types.OfficeStaffDeactivateDocument,
    "\n  mutation OfficeStaffAssign($companyIds: [ID!]!, $caretakerId: ID) {\n    assignCaretaker(companyIds: $companyIds, caretakerId: $caretakerId)\n  }\n": types.OfficeStaffAssignDocument,
    "\n  mutation SignUpOffice($input: SignUpOfficeInput!) {\n    signUpOffice(input: $input) {\n      token\n      user { id email name role office { id name nip verification } }\n    }\n  }\n": types.SignUpOfficeDocument,
    "\n  mutation SignUpLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token user { id role office { id } } }\n  }\n": types.SignUpLoginDocument,
    "\n  query SignUpMe {\n    me { id email office { id verification } }\n  }\n": types.SignUpMeDocument,
    "\n  mutation SignUpRequestVerification {\n    requestOfficeVerification { id verification }\n  }\n": types.SignUpRequestVerificationDocument,
    "\n  mutation SignUpSetVerification($officeId: ID!, $status: OfficeVerification!) {\n    setOfficeVerification(officeId: $officeId, status: $status) { id verification }\n  }\n": types.SignUpSetVerificationDocument,
    "\n  query SignUpOffices($status: OfficeVerification, $first: Int, $after: String) {\n    offices(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id name nip verification createdAt } }\n    }\n  }\n": types.SignUpOfficesDocument,
    "\n  query SignUpSessions {\n    mySessions { userAgent current }\n  }\n": types.SignUpSessionsDocument,
    "\n  mutation SmtpChangesUpdate($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": types.SmtpChangesUpdateDocument,
    "\n  query SmtpChangesOffices($after: String) {\n    offices(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id verification smtpChangedAt\n          smtpChanges {\n            createdAt verification host port username previousHost previousPort previousUsername\n            changedBy { id email }\n          }\n        }\n      }\n    }\n  }\n": types.SmtpChangesOfficesDocument,
    "\n  query SmtpChangesMyOffice {\n    me { office { id smtpChangedAt smtpChanges { host } } }\n  }\n": types.SmtpChangesMyOfficeDocument,
    "\n  query AuthzPrintoutOptions($companyIds: [ID!]!, $period: String!) {\n    printoutOptions(companyIds: $companyIds, period: $period) { kind label companyCount }\n  }\n": types.AuthzPrintoutOptionsDocument,
    "\n  query PrintoutOptions($companyIds: [ID!]!, $period: String!) {\n    printoutOptions(companyIds: $companyIds, period: $period) { kind label companyCount }\n  }\n": types.PrintoutOptionsDocument,
    "\n  query PrintoutOptionsConcerned($companyIds: [ID!]!, $period: String!) {\n    printoutOptions(companyIds: $companyIds, period: $period) { kind companyCount companyIds }\n  }\n": types.PrintoutOptionsConcernedDocument,
    "\n  subscription LiveScaleUnread($companyId: ID) {\n    unreadCountChanged(companyId: $companyId) { count }\n  }\n": types.LiveScaleUnreadDocument,
    "\n  subscription LiveScaleInbox {\n    messageAdded { id body company { id name } author { name } }\n  }\n": types.LiveScaleInboxDocument,
    "\n  subscription LiveScaleThread($companyId: ID!) {\n    messageAdded(companyId: $companyId) { id body company { name } author { name } }\n  }\n": types.LiveScaleThreadDocument,
    "\n  subscription LiveScaleReceipts {\n    messageRead { readAt user { id } message { id } }\n  }\n": types.LiveScaleReceiptsDocument,
    "\n  mutation LiveScaleNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n": types.LiveScaleNotifyDocument,
    "\n  mutation LiveScaleAsk($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n": types.LiveScaleAskDocument,
    "\n  mutation LiveScaleMarkRead($id: ID!, $ids: [ID!]) {\n    markMessagesRead(companyId: $id, messageIds: $ids)\n  }\n": types.LiveScaleMarkReadDocument,
    "\n  query LiveScaleCount($companyId: ID) {\n    unreadCount(companyId: $companyId)\n  }\n": types.LiveScaleCountDocument,
    "\n  query LiveScaleCompanyUnread($id: ID!) {\n    company(id: $id) { unreadFromClientCount }\n  }\n": types.LiveScaleCompanyUnreadDocument,
    "\n  query LiveScaleThreadReads($id: ID!) {\n    messages(companyId: $id, first: 3) { edges { node { id readByMe } } }\n  }\n": types.LiveScaleThreadReadsDocument,
    "\n  subscription LiveUpdatesUnread {\n    unreadCountChanged { count companyId }\n  }\n": types.LiveUpdatesUnreadDocument,
    "\n  subscription LiveUpdatesMessageRead($companyId: ID) {\n    messageRead(companyId: $companyId) { readAt user { id } message { id body } }\n  }\n": types.LiveUpdatesMessageReadDocument,
    "\n  subscription LiveUpdatesMessageAdded($companyId: ID) {\n    messageAdded(companyId: $companyId) { id body kind company { id } }\n  }\n": types.LiveUpdatesMessageAddedDocument,
    "\n  mutation LiveUpdatesNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n": types.LiveUpdatesNotifyDocument,
    "\n  query LiveUpdatesThread($id: ID!) {\n    messages(companyId: $id) { edges { node { id readByMe } } }\n  }\n": types.LiveUpdatesThreadDocument,
    "\n  mutation LiveUpdatesMarkRead($id: ID!) {\n    markMessagesRead(companyId: $id)\n  }\n": types.LiveUpdatesMarkReadDocument,
    "\n  mutation LiveUpdatesSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n": types.LiveUpdatesSendDocument,
    "\n  query LiveUpdatesUnreadCount {\n    unreadCount\n  }\n": types.LiveUpdatesUnreadCountDocument,
    "\n  query AuthzUnreadCount($companyId: ID) {\n    unreadCount(companyId: $companyId)\n  }\n": types.AuthzUnreadCountDocument,
    "\n  mutation AuthzMarkMessagesRead($companyId: ID!) {\n    markMessagesRead(companyId: $companyId)\n  }\n": types.AuthzMarkMessagesReadDocument,
    "\n  subscription AuthzMessageRead($companyId: ID) {\n    messageRead(companyId: $companyId) { readAt user { id } message { id body company { id } } }\n  }\n": types.AuthzMessageReadDocument,
    "\n  subscription AuthzUnreadCountChanged($companyId: ID) {\n    unreadCountChanged(companyId: $companyId) { count companyId }\n  }\n": types.AuthzUnreadCountChangedDocument,
    "\n  query AuthzMessageTemplates {\n    messageTemplates { id name html }\n  }\n": types.AuthzMessageTemplatesDocument,
    "\n  mutation AuthzCreateMessageTemplate($input: MessageTemplateInput!) {\n    createMessageTemplate(input: $input) { id name }\n  }\n": types.AuthzCreateMessageTemplateDocument,
    "\n  mutation AuthzUpdateMessageTemplate($id: ID!, $input: MessageTemplateInput!) {\n    updateMessageTemplate(id: $id, input: $input) { id name html }\n  }\n": types.AuthzUpdateMessageTemplateDocument,
    "\n  mutation AuthzDeleteMessageTemplate($id: ID!) {\n    deleteMessageTemplate(id: $id)\n  }\n": types.AuthzDeleteMessageTemplateDocument,
    "\n  query AuthzPreviewMessage($input: MessagePreviewInput!) {\n    previewMessage(input: $input) { subject html body missing }\n  }\n": types.AuthzPreviewMessageDocument,
    "\n  mutation TplScaleCreate($input: MessageTemplateInput!) {\n    createMessageTemplate(input: $input) { id }\n  }\n": types.TplScaleCreateDocument,
    "\n  mutation TplScaleNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n": types.TplScaleNotifyDocument,
    "\n  query TplList {\n    messageTemplates { id name kind subject html updatedAt author { id name } }\n  }\n": types.TplListDocument,
    "\n  mutation TplCreate($input: MessageTemplateInput!) {\n    createMessageTemplate(input: $input) { id name kind subject html author { id } }\n  }\n": types.TplCreateDocument,
    "\n  mutation TplUpdate($id: ID!, $input: MessageTemplateInput!) {\n    updateMessageTemplate(id: $id, input: $input) { id name subject html }\n  }\n": types.TplUpdateDocument,
    "\n  mutation TplDelete($id: ID!) {\n    deleteMessageTemplate(id: $id)\n  }\n": types.TplDeleteDocument,
    "\n  query TplPreview($input: MessagePreviewInput!) {\n    previewMessage(input: $input) { subject html body missing }\n  }\n": types.TplPreviewDocument,
    "\n  mutation TplNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount subject }\n  }\n": types.TplNotifyDocument,
    "\n  mutation TplEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) { id recipientCount }\n  }\n": types.TplEmailDocument,
    "\n  query TplThread($companyId: ID!) {\n    messages(companyId: $companyId, first: 5) { edges { node { subject body html kind } } }\n  }\n": types.TplThreadDocument,
    "\n  mutation TplSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": types.TplSmtpDocument,
    "\n  query TplProgress($id: ID!) {\n    broadcast(id: $id) { queuedCount sentCount failedCount }\n  }\n": types.TplProgressDocument,
    "\n  query AuthzWebhooks {\n    webhooks { id url secret }\n  }\n": types.AuthzWebhooksDocument,
    "\n  mutation AuthzCreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { id url secret }\n  }\n": types.AuthzCreateWebhookDocument,
    "\n  mutation AuthzDeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": types.AuthzDeleteWebhookDocument,
    "\n  query AuthzWebhookDeliveries($webhookId: ID!) {\n    webhookDeliveries(webhookId: $webhookId) { totalCount edges { node { id event status } } }\n  }\n": types.AuthzWebhookDeliveriesDocument,
    "\n  mutation AuthzWebhookApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { token }\n  }\n": types.AuthzWebhookApiTokenDocument,
    "\n  mutation HookRestartCreate($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { id }\n  }\n": types.HookRestartCreateDocument,
    "\n  mutation HookRestartNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n": types.HookRestartNotifyDocument,
    "\n  mutation HookScaleCreate($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { id }\n  }\n": types.HookScaleCreateDocument,
    "\n  mutation HookScaleNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n": types.HookScaleNotifyDocument,
    "\n  mutation HookCreate($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { id url events secret disabledAt failureCount lastDeliveryAt createdAt }\n  }\n": types.HookCreateDocument,
    "\n  query HookList {\n    webhooks { id url events secret disabledAt failureCount lastDeliveryAt }\n  }\n": types.HookListDocument,
    "\n  mutation HookDelete($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": types.HookDeleteDocument,
    "\n  query HookDeliveries($webhookId: ID!, $first: Int, $after: String) {\n    webhookDeliveries(webhookId: $webhookId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id event status attempts responseStatus error createdAt deliveredAt nextAttemptAt } }\n    }\n  }\n": types.HookDeliveriesDocument,
    "\n  mutation HookNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n": types.HookNotifyDocument,
    "\n  mutation HookAcknowledge($id: ID!) {\n    acknowledgeMessage(id: $id) { id acknowledgedAt }\n  }\n": types.HookAcknowledgeDocument,
    "\n  mutation HookAsk($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n": types.HookAskDocument,
    "\n  mutation HookRead($companyId: ID!) {\n    markMessagesRead(companyId: $companyId)\n  }\n": types.HookReadDocument,
    "\n  mutation HookSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": types.HookSmtpDocument,
    "\n  mutation HookEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n": types.HookEmailDocument,
    "\n  query AuthzCompany($id: ID!) {\n    company(id: $id) {\n      id name nip email caretaker { id } lastMessage { id body } unreadFromClientCount\n    }\n  }\n": types.AuthzCompanyDocument,
    "\n  query AuthzMessages($companyId: ID!, $after: String) {\n    messages(companyId: $companyId, first: 100, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id body company { id name } attachments { id filename url } receipts { user { id } }\n        }\n      }\n    }\n  }\n": types.AuthzMessagesDocument,
    "\n  mutation AuthzSendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) { id body company { id name } }\n  }\n": types.AuthzSendMessageDocument,
    "\n  mutation AuthzSendBulkNotification($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n": types.AuthzSendBulkNotificationDocument,
    "\n  subscription AuthzMessageAdded($companyId: ID) {\n    messageAdded(companyId: $companyId) { id body company { id name } }\n  }\n": types.AuthzMessageAddedDocument,
    "\n  mutation AuthzUpdateSmtpIntegration($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host port username fromAddress fromName lastTestedAt }\n  }\n": types.AuthzUpdateSmtpIntegrationDocument,
    "\n  mutation AuthzSendEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) {\n      id subject recipientCount queuedCount\n      deliveries {\n        totalCount\n        edges { node { toAddress company { id name } message { subject body } } }\n      }\n    }\n  }\n": types.AuthzSendEmailDocument,
    "\n  query AuthzEmailBroadcast($id: ID!) {\n    broadcast(id: $id) {\n      id subject recipientCount queuedCount sentCount failedCount\n      deliveries {\n        totalCount\n        edges {\n          node {\n            status toAddress company { id name nip } message { subject body attachments { id url } }\n          }\n        }\n      }\n    }\n  }\n": types.AuthzEmailBroadcastDocument,
    "\n  query AuthzCompanyRecords($id: ID!) {\n    company(id: $id) {\n      id\n      emails(first: 100) { totalCount edges { node { id subject body attachments { id url } } } }\n      declarations { id type period upo { referenceNumber } }\n    }\n  }\n": types.AuthzCompanyRecordsDocument,
    "\n  mutation AuthzImportLedgerEntries($companyId: ID!, $entries: [LedgerEntryInput!]!) {\n    importLedgerEntries(companyId: $companyId, entries: $entries)\n  }\n": types.AuthzImportLedgerEntriesDocument,
    "\n  mutation AuthzUpsertDeclaration($input: DeclarationInput!) {\n    upsertDeclaration(input: $input) { id type period status taxBase }\n  }\n": types.AuthzUpsertDeclarationDocument,
    "\n  query AckBrowserLatest {\n    broadcasts(first: 2) {\n      edges { node { id requireAcknowledgment acknowledgedCount recipientCount remindsOf { id } } }\n    }\n  }\n": types.AckBrowserLatestDocument,
    "\n  query AckBrowserThread($companyId: ID!) {\n    messages(companyId: $companyId, first: 5) {\n      edges { node { body acknowledgedAt acknowledgedBy { id } } }\n    }\n  }\n": types.AckBrowserThreadDocument,
    "\n  query BrowserAlertsMine {\n    me { notificationPreferences { newMessages } }\n  }\n": types.BrowserAlertsMineDocument,
    "\n  mutation CompanyListBrowserAsk($input: SendMessageInput!) {\n    sendMessage(input: $input) { id createdAt }\n  }\n": types.CompanyListBrowserAskDocument,
    "\n  mutation CompanyListBrowserEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n": types.CompanyListBrowserEmailDocument,
    "\n  mutation CompanyListBrowserSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": types.CompanyListBrowserSmtpDocument,
    "\n  mutation CompanyListBrowserDemoLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token }\n  }\n": types.CompanyListBrowserDemoLoginDocument,
    "\n  query CompanyListBrowserPrintoutsSent($id: ID!) {\n    company(id: $id) { lastPrintoutEmail { delivery { sentAt } } }\n  }\n": types.CompanyListBrowserPrintoutsSentDocument,
    "\n  mutation DeadlineBrowserTemplate($input: MessageTemplateInput!) {\n    createMessageTemplate(input: $input) { id }\n  }\n": types.DeadlineBrowserTemplateDocument,
    "\n  mutation BrowserEmailSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": types.BrowserEmailSmtpDocument,
    "\n  mutation BrowserEmailLogo($uploadId: ID) {\n    setOfficeLogo(uploadId: $uploadId) { id }\n  }\n": types.BrowserEmailLogoDocument,
    "\n  mutation BrowserEmailSend($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n": types.BrowserEmailSendDocument,
    "\n  query BrowserEmailProgress($id: ID!) {\n    broadcast(id: $id) { queuedCount sentCount }\n  }\n": types.BrowserEmailProgressDocument,
    "\n  query FlowsUnread($id: ID!) {\n    unreadCount(companyId: $id)\n  }\n": types.FlowsUnreadDocument,
    "\n  mutation FlowsSetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": types.FlowsSetSmtpDocument,
    "\n  mutation ReadingNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n": types.ReadingNotifyDocument,
    "\n  mutation ReadingAsk($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n": types.ReadingAskDocument,
    "\n  query ReadingReceipts($id: ID!) {\n    messages(companyId: $id, first: 100) {\n      edges { node { id body receipts { readAt user { id } } } }\n    }\n  }\n": types.ReadingReceiptsDocument,
    "\n  query SchedBrowserLatest {\n    broadcasts(first: 1) { edges { node { id status sendAt recipientCount } } }\n  }\n": types.SchedBrowserLatestDocument,
    "\n  mutation SchedBrowserNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n": types.SchedBrowserNotifyDocument,
    "\n  query SchedBrowserThread($companyId: ID!) {\n    messages(companyId: $companyId, first: 5) { totalCount edges { node { body } } }\n  }\n": types.SchedBrowserThreadDocument,
    "\n  mutation SelectionSetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": types.SelectionSetSmtpDocument,
    "\n  query SentReportLatest {\n    broadcasts(first: 2) { edges { node { id readCount recipientCount remindsOf { id } } } }\n  }\n": types.SentReportLatestDocument,
    "\n  query SentReportThread($companyId: ID!) {\n    messages(companyId: $companyId, first: 5) { edges { node { body kind } } }\n  }\n": types.SentReportThreadDocument,
    "\n  mutation SessionLogout {\n    logout\n  }\n": types.SessionLogoutDocument,
    "\n  query SessionMe {\n    me { id }\n  }\n": types.SessionMeDocument,
    "\n  mutation ChildAppSetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": types.ChildAppSetSmtpDocument,
    "\n  query FaultsDatabaseCompanies {\n    companies(first: 5) { totalCount }\n  }\n": types.FaultsDatabaseCompaniesDocument,
    "\n  mutation TarpitSetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n": types.TarpitSetSmtpDocument,
    "\n  mutation TarpitSendEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n": types.TarpitSendEmailDocument,
    "\n  query TarpitCounts($id: ID!) {\n    broadcast(id: $id) { queuedCount sentCount failedCount }\n  }\n": types.TarpitCountsDocument,
    "\n  mutation RestartNotify($i: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $i) { id recipientCount }\n  }\n": types.RestartNotifyDocument,
    "\n  mutation RestartSendEmail($i: SendEmailInput!) {\n    sendEmail(input: $i) { id }\n  }\n": types.RestartSendEmailDocument,
    "\n  query RestartThread($c: ID!) {\n    messages(companyId: $c, first: 10) { totalCount edges { node { body } } }\n  }\n": types.RestartThreadDocument,
    "\n  mutation FaultsRolesSendEmail($i: SendEmailInput!) {\n    sendEmail(input: $i) { id }\n  }\n": types.FaultsRolesSendEmailDocument,
    "\n  mutation SchedRestartNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id status sendAt }\n  }\n": types.SchedRestartNotifyDocument,
    "\n  mutation SchedRestartCancel($id: ID!) {\n    cancelBroadcast(id: $id) { id status }\n  }\n": types.SchedRestartCancelDocument,
    "\n  query SchedRestartThread($id: ID!) {\n    messages(companyId: $id) { totalCount edges { node { body createdAt } } }\n  }\n": types.SchedRestartThreadDocument,
    "\n  query SchedRestartBroadcast($id: ID!) {\n    broadcast(id: $id) { status }\n  }\n": types.SchedRestartBroadcastDocument,
    "\n  mutation ShutdownNotify($i: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $i) { id }\n  }\n": types.ShutdownNotifyDocument,
    "\n  mutation ShutdownSendEmail($i: SendEmailInput!) {\n    sendEmail(input: $i) { id }\n  }\n": types.ShutdownSendEmailDocument,
    "\n  subscription FanoutUnread {\n    unreadCountChanged { count }\n  }\n": types.FanoutUnreadDocument,
    "\n  subscription FanoutReceipts {\n    messageRead { user { id } message { company { id } } }\n  }\n": types.FanoutReceiptsDocument,
    "\n  subscription FanoutInbox {\n    messageAdded { body company { id } }\n  }\n": types.FanoutInboxDocument,
    "\n  mutation FanoutNotify($i: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $i) { id }\n  }\n": types.FanoutNotifyDocument,
    "\n  mutation FanoutMarkRead($id: ID!) {\n    markMessagesRead(companyId: $id)\n  }\n": types.FanoutMarkReadDocument,
    "\n  mutation FanoutLogout {\n    logout\n  }\n": types.FanoutLogoutDocument,
    "\n  mutation FanoutSend($i: SendMessageInput!) {\n    sendMessage(input: $i) { id }\n  }\n": types.FanoutSendDocument,
    "\n  mutation MultiFilesNotify($i: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $i) { id }\n  }\n": types.MultiFilesNotifyDocument,
    "\n  mutation ThrottleLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token }\n  }\n": types.ThrottleLoginDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AppTestUnread {\n    unreadCountChanged { count }\n  }\n"): typeof import('./graphql.js').AppTestUnreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppTestLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) { token }\n  }\n"): typeof import('./graphql.js').AppTestLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorsSendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n"): typeof import('./graphql.js').ErrorsSendMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorsSendBulkNotification($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n"): typeof import('./graphql.js').ErrorsSendBulkNotificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorsUnreadCount {\n    unreadCount\n  }\n"): typeof import('./graphql.js').ErrorsUnreadCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorsMe {\n    me { id }\n  }\n"): typeof import('./graphql.js').ErrorsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorsTenLevels {\n    companies(first: 1) {\n      edges {\n        node {\n          lastMessage { company { lastMessage { company { lastMessage { company { lastMessage { id } } } } } } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ErrorsTenLevelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorsCompaniesTotal($first: Int, $after: String) {\n    companies(first: $first, after: $after) { totalCount }\n  }\n"): typeof import('./graphql.js').ErrorsCompaniesTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorsCompaniesPage($first: Int, $after: String) {\n    companies(first: $first, after: $after) {\n      totalCount edges { cursor } pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql.js').ErrorsCompaniesPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorsMessagesTotal($id: ID!, $first: Int, $after: String) {\n    messages(companyId: $id, first: $first, after: $after) { totalCount }\n  }\n"): typeof import('./graphql.js').ErrorsMessagesTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorsMessagesPage($id: ID!, $first: Int, $after: String) {\n    messages(companyId: $id, first: $first, after: $after) {\n      totalCount edges { cursor } pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql.js').ErrorsMessagesPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorsInboxTotal($first: Int, $after: String) {\n    inbox(first: $first, after: $after) { totalCount }\n  }\n"): typeof import('./graphql.js').ErrorsInboxTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorsInboxPage($first: Int, $after: String) {\n    inbox(first: $first, after: $after) {\n      totalCount edges { cursor } pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql.js').ErrorsInboxPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorsCompany($id: ID!) {\n    company(id: $id) { id }\n  }\n"): typeof import('./graphql.js').ErrorsCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorsMessages($id: ID!) {\n    messages(companyId: $id) { totalCount }\n  }\n"): typeof import('./graphql.js').ErrorsMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorsUnreadCountOf($id: ID) {\n    unreadCount(companyId: $id)\n  }\n"): typeof import('./graphql.js').ErrorsUnreadCountOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorsBroadcast($id: ID!) {\n    broadcast(id: $id) { id }\n  }\n"): typeof import('./graphql.js').ErrorsBroadcastDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorsMarkRead($id: ID!) {\n    markMessagesRead(companyId: $id)\n  }\n"): typeof import('./graphql.js').ErrorsMarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorsSendTo($id: ID!) {\n    sendMessage(input: { companyId: $id, body: \"x\" }) { id }\n  }\n"): typeof import('./graphql.js').ErrorsSendToDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorsNotifyTo($id: ID!) {\n    sendBulkNotification(input: { companyIds: [$id], body: \"x\" }) { id }\n  }\n"): typeof import('./graphql.js').ErrorsNotifyToDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorsSendAttaching($company: ID!, $id: ID!) {\n    sendMessage(input: { companyId: $company, body: \"x\", attachmentIds: [$id] }) { id }\n  }\n"): typeof import('./graphql.js').ErrorsSendAttachingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorsCreateWithCaretaker($id: ID!, $nip: String!) {\n    createCompany(\n      input: { name: \"X\", nip: $nip, taxForm: LUMP_SUM, email: \"x@test.local\", caretakerId: $id }\n    ) { id }\n  }\n"): typeof import('./graphql.js').ErrorsCreateWithCaretakerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ErrorsMessageAdded($id: ID) {\n    messageAdded(companyId: $id) { __typename }\n  }\n"): typeof import('./graphql.js').ErrorsMessageAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ErrorsMessageRead($id: ID) {\n    messageRead(companyId: $id) { __typename }\n  }\n"): typeof import('./graphql.js').ErrorsMessageReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ErrorsUnreadCountChanged($id: ID) {\n    unreadCountChanged(companyId: $id) { __typename }\n  }\n"): typeof import('./graphql.js').ErrorsUnreadCountChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorsSearch($s: String) {\n    companies(filter: { search: $s }) { totalCount }\n  }\n"): typeof import('./graphql.js').ErrorsSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorsSendBody($c: ID!, $b: String!) {\n    sendMessage(input: { companyId: $c, body: $b }) { id }\n  }\n"): typeof import('./graphql.js').ErrorsSendBodyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorsNotifyBody($c: ID!, $b: String!) {\n    sendBulkNotification(input: { companyIds: [$c], body: $b }) { id }\n  }\n"): typeof import('./graphql.js').ErrorsNotifyBodyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorsCreateCompany($n: String!, $nip: String!, $e: String!) {\n    createCompany(input: { name: $n, nip: $nip, taxForm: LUMP_SUM, email: $e }) { id name }\n  }\n"): typeof import('./graphql.js').ErrorsCreateCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorsLogin($e: String!) {\n    login(email: $e, password: \"whatever\") { token }\n  }\n"): typeof import('./graphql.js').ErrorsLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraphqlLimitsPagesInPages($first: Int) {\n    companies(first: $first) {\n      edges { node { id emails(first: $first) { edges { node { id subject } } } } }\n    }\n  }\n"): typeof import('./graphql.js').GraphqlLimitsPagesInPagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PagingCompanies($first: Int, $after: String, $filter: CompanyFilter) {\n    companies(first: $first, after: $after, filter: $filter) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name } }\n    }\n  }\n"): typeof import('./graphql.js').PagingCompaniesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PagingCompaniesTotal($first: Int, $after: String, $filter: CompanyFilter) {\n    companies(first: $first, after: $after, filter: $filter) {\n      totalCount pageInfo { hasNextPage endCursor }\n      edges { node { id name } }\n    }\n  }\n"): typeof import('./graphql.js').PagingCompaniesTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PagingCompaniesTotalTwice($first: Int, $after: String, $filter: CompanyFilter) {\n    companies(first: $first, after: $after, filter: $filter) {\n      a: totalCount b: totalCount pageInfo { hasNextPage endCursor }\n      edges { node { id name } }\n    }\n  }\n"): typeof import('./graphql.js').PagingCompaniesTotalTwiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PagingInbox($first: Int, $after: String) {\n    inbox(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { company { id } lastActivityAt } }\n    }\n  }\n"): typeof import('./graphql.js').PagingInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PagingThread($id: ID!, $after: String) {\n    messages(companyId: $id, first: 5, after: $after) {\n      pageInfo { endCursor }\n      edges { node { id } }\n    }\n  }\n"): typeof import('./graphql.js').PagingThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TextInputSend($i: SendMessageInput!) {\n    sendMessage(input: $i) { body }\n  }\n"): typeof import('./graphql.js').TextInputSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WsLimitsMe {\n    me { id }\n  }\n"): typeof import('./graphql.js').WsLimitsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WsLimitsLogout {\n    logout\n  }\n"): typeof import('./graphql.js').WsLimitsLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzAcknowledgeMessage($id: ID!) {\n    acknowledgeMessage(id: $id) { id body acknowledgedAt acknowledgedBy { id name } }\n  }\n"): typeof import('./graphql.js').AuthzAcknowledgeMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AuthzMessageAcknowledged($companyId: ID) {\n    messageAcknowledged(companyId: $companyId) { id body company { id name } }\n  }\n"): typeof import('./graphql.js').AuthzMessageAcknowledgedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzAckNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n"): typeof import('./graphql.js').AuthzAckNotifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzAckRequests($id: ID!) {\n    company(id: $id) { acknowledgmentRequests { edges { node { id acknowledgedAt } } } }\n  }\n"): typeof import('./graphql.js').AuthzAckRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AckReportNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n"): typeof import('./graphql.js').AckReportNotifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AckReportAcknowledge($id: ID!) { acknowledgeMessage(id: $id) { id acknowledgedAt } }\n"): typeof import('./graphql.js').AckReportAcknowledgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AckReportRead($companyId: ID!) { markMessagesRead(companyId: $companyId) }\n"): typeof import('./graphql.js').AckReportReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AckReport($id: ID!, $filter: BroadcastRecipientFilter) {\n    broadcast(id: $id) {\n      requireAcknowledgment readCount acknowledgedCount\n      recipients(first: 100, filter: $filter) {\n        totalCount\n        edges { node { company { id } read acknowledgedAt acknowledgedBy { id name } } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').AckReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AckReportRemind($broadcastId: ID!, $body: String, $target: ReminderTarget) {\n    remindUnread(broadcastId: $broadcastId, body: $body, target: $target) {\n      id recipientCount preview requireAcknowledgment remindsOf { id }\n    }\n  }\n"): typeof import('./graphql.js').AckReportRemindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AckReportEmail($input: SendEmailInput!) { sendEmail(input: $input) { id requireAcknowledgment } }\n"): typeof import('./graphql.js').AckReportEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AckReportSmtp($input: SmtpIntegrationInput!) { updateSmtpIntegration(input: $input) { host } }\n"): typeof import('./graphql.js').AckReportSmtpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AckReportEmails($id: ID!) {\n    company(id: $id) { emails { edges { node { id kind requiresAcknowledgment acknowledgedAt } } } }\n  }\n"): typeof import('./graphql.js').AckReportEmailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AckScaleNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n"): typeof import('./graphql.js').AckScaleNotifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AckScaleRecipients($id: ID!, $filter: BroadcastRecipientFilter) {\n    broadcast(id: $id) {\n      acknowledgedCount\n      recipients(first: 20, filter: $filter) {\n        totalCount\n        edges { node { company { id name } read acknowledgedAt acknowledgedBy { id name } } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').AckScaleRecipientsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AckScaleRemind($broadcastId: ID!) {\n    remindUnread(broadcastId: $broadcastId, target: UNACKNOWLEDGED) { id recipientCount }\n  }\n"): typeof import('./graphql.js').AckScaleRemindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AckNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id requireAcknowledgment }\n  }\n"): typeof import('./graphql.js').AckNotifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AckMessage($id: ID!) {\n    acknowledgeMessage(id: $id) {\n      id requiresAcknowledgment acknowledgedAt readByMe\n      acknowledgedBy { id name }\n    }\n  }\n"): typeof import('./graphql.js').AckMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AckThread($companyId: ID!, $first: Int) {\n    messages(companyId: $companyId, first: $first) {\n      edges {\n        node {\n          id body requiresAcknowledgment acknowledgedAt\n          acknowledgedBy { id name }\n          receipts { user { id } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').AckThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AckAsk($input: SendMessageInput!) { sendMessage(input: $input) { id } }\n"): typeof import('./graphql.js').AckAskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AckUnread($companyId: ID) { unreadCount(companyId: $companyId) }\n"): typeof import('./graphql.js').AckUnreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AckLive($companyId: ID) {\n    messageAcknowledged(companyId: $companyId) {\n      id acknowledgedAt acknowledgedBy { id } company { id }\n    }\n  }\n"): typeof import('./graphql.js').AckLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AckLiveRead {\n    messageRead { user { id } message { id } }\n  }\n"): typeof import('./graphql.js').AckLiveReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AckLiveBadge { unreadCountChanged { count } }\n"): typeof import('./graphql.js').AckLiveBadgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AckCompanyCard($id: ID!, $acknowledged: Boolean, $first: Int, $after: String) {\n    company(id: $id) {\n      acknowledgmentRequests(acknowledged: $acknowledged, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id body acknowledgedAt acknowledgedBy { id name } } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').AckCompanyCardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzAlertsChoose($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) { id notificationPreferences { newMessages } }\n  }\n"): typeof import('./graphql.js').AuthzAlertsChooseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzAlertsMine {\n    me { id notificationPreferences { newMessages } }\n  }\n"): typeof import('./graphql.js').AuthzAlertsMineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzAlertsLink($token: String!) {\n    notificationPreferencesLink(token: $token) { email newMessages }\n  }\n"): typeof import('./graphql.js').AuthzAlertsLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzAlertsLinkChoose($token: String!, $input: NotificationPreferencesInput!) {\n    updateNotificationPreferencesByLink(token: $token, input: $input) { email newMessages }\n  }\n"): typeof import('./graphql.js').AuthzAlertsLinkChooseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AlertsScaleNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n"): typeof import('./graphql.js').AlertsScaleNotifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AlertsNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n"): typeof import('./graphql.js').AlertsNotifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AlertsMarkRead($companyId: ID!) {\n    markMessagesRead(companyId: $companyId)\n  }\n"): typeof import('./graphql.js').AlertsMarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AlertsRecall($id: ID!) {\n    recallBroadcast(id: $id) { id status }\n  }\n"): typeof import('./graphql.js').AlertsRecallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AlertsChoose($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) { id notificationPreferences { newMessages } }\n  }\n"): typeof import('./graphql.js').AlertsChooseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertsMe {\n    me { id notificationPreferences { newMessages } }\n  }\n"): typeof import('./graphql.js').AlertsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertsLink($token: String!) {\n    notificationPreferencesLink(token: $token) { email newMessages }\n  }\n"): typeof import('./graphql.js').AlertsLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AlertsLinkChoose($token: String!, $input: NotificationPreferencesInput!) {\n    updateNotificationPreferencesByLink(token: $token, input: $input) { email newMessages }\n  }\n"): typeof import('./graphql.js').AlertsLinkChooseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AlertsArchive($id: ID!) {\n    archiveCompany(id: $id) { id archivedAt }\n  }\n"): typeof import('./graphql.js').AlertsArchiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AlertsDeactivate($id: ID!) {\n    deactivateUser(id: $id) { id deactivatedAt }\n  }\n"): typeof import('./graphql.js').AlertsDeactivateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzApiTokens {\n    apiTokens { id name scopes hint }\n  }\n"): typeof import('./graphql.js').AuthzApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { token apiToken { id name } }\n  }\n"): typeof import('./graphql.js').AuthzCreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzRevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) { id revokedAt }\n  }\n"): typeof import('./graphql.js').AuthzRevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiTokenCreate($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken { id name scopes hint createdAt expiresAt lastUsedAt revokedAt createdBy { id } }\n    }\n  }\n"): typeof import('./graphql.js').ApiTokenCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokenList {\n    apiTokens { id name scopes hint createdAt expiresAt lastUsedAt revokedAt createdBy { id name } }\n  }\n"): typeof import('./graphql.js').ApiTokenListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiTokenRevoke($id: ID!) {\n    revokeApiToken(id: $id) { id revokedAt }\n  }\n"): typeof import('./graphql.js').ApiTokenRevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokenCompanies {\n    companies(first: 50) { totalCount edges { node { id name } } }\n  }\n"): typeof import('./graphql.js').ApiTokenCompaniesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiTokenNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n"): typeof import('./graphql.js').ApiTokenNotifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiTokenSendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) { id body }\n  }\n"): typeof import('./graphql.js').ApiTokenSendMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiTokenSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n"): typeof import('./graphql.js').ApiTokenSmtpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiTokenEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) { id recipientCount }\n  }\n"): typeof import('./graphql.js').ApiTokenEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiTokenLedger($companyId: ID!, $entries: [LedgerEntryInput!]!) {\n    importLedgerEntries(companyId: $companyId, entries: $entries)\n  }\n"): typeof import('./graphql.js').ApiTokenLedgerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiTokenDeactivateHead($id: ID!) {\n    deactivateUser(id: $id) { id deactivatedAt }\n  }\n"): typeof import('./graphql.js').ApiTokenDeactivateHeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ApiTokenUnread {\n    unreadCountChanged { count }\n  }\n"): typeof import('./graphql.js').ApiTokenUnreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiTokenLogout {\n    logout\n  }\n"): typeof import('./graphql.js').ApiTokenLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token user { id } }\n  }\n"): typeof import('./graphql.js').AccountLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountMe {\n    me { id deactivatedAt }\n  }\n"): typeof import('./graphql.js').AccountMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountRequestReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): typeof import('./graphql.js').AccountRequestResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountReset($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) { token user { id email } }\n  }\n"): typeof import('./graphql.js').AccountResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountChange($current: String!, $next: String!) {\n    changePassword(currentPassword: $current, newPassword: $next)\n  }\n"): typeof import('./graphql.js').AccountChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountSessions {\n    mySessions { id createdAt lastUsedAt userAgent current }\n  }\n"): typeof import('./graphql.js').AccountSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountRevoke($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): typeof import('./graphql.js').AccountRevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountDeactivate($id: ID!) {\n    deactivateUser(id: $id) { id deactivatedAt }\n  }\n"): typeof import('./graphql.js').AccountDeactivateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AccountUnread {\n    unreadCountChanged { count }\n  }\n"): typeof import('./graphql.js').AccountUnreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n"): typeof import('./graphql.js').AccountSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountMessages($companyId: ID!) {\n    messages(companyId: $companyId, first: 50) { totalCount }\n  }\n"): typeof import('./graphql.js').AccountMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountLogout { logout }"): typeof import('./graphql.js').AccountLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzMe {\n    me { id role companies { id name } }\n  }\n"): typeof import('./graphql.js').AuthzMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzMyRecords {\n    me {\n      companies {\n        id\n        emails(first: 100) { totalCount edges { node { id subject } } }\n        declarations { id }\n      }\n    }\n  }\n"): typeof import('./graphql.js').AuthzMyRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzMyOffice {\n    me {\n      role\n      office {\n        id verification smtpConfigured canSendEmail\n        smtpIntegration { host port username fromAddress fromName }\n      }\n    }\n  }\n"): typeof import('./graphql.js').AuthzMyOfficeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzRequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): typeof import('./graphql.js').AuthzRequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) { token user { id email } }\n  }\n"): typeof import('./graphql.js').AuthzResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzChangePassword($current: String!, $next: String!) {\n    changePassword(currentPassword: $current, newPassword: $next)\n  }\n"): typeof import('./graphql.js').AuthzChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzMySessions {\n    mySessions { id current userAgent }\n  }\n"): typeof import('./graphql.js').AuthzMySessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzUpdateMyAccount($input: UpdateMyAccountInput!) {\n    updateMyAccount(input: $input) { id language }\n  }\n"): typeof import('./graphql.js').AuthzUpdateMyAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzRevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): typeof import('./graphql.js').AuthzRevokeSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzDeactivateUser($id: ID!) {\n    deactivateUser(id: $id) { id email deactivatedAt }\n  }\n"): typeof import('./graphql.js').AuthzDeactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthTestLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token user { id email role office { id } } }\n  }\n"): typeof import('./graphql.js').AuthTestLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthTestLoginCompanies($e: String!, $p: String!) {\n    login(email: $e, password: $p) { user { role companies { id } } }\n  }\n"): typeof import('./graphql.js').AuthTestLoginCompaniesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthTestLogout {\n    logout\n  }\n"): typeof import('./graphql.js').AuthTestLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthTestMe {\n    me { id email name role office { name } companies { id } }\n  }\n"): typeof import('./graphql.js').AuthTestMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthTestCompanies {\n    companies { totalCount }\n  }\n"): typeof import('./graphql.js').AuthTestCompaniesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AuthTestUnread {\n    unreadCountChanged { count }\n  }\n"): typeof import('./graphql.js').AuthTestUnreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AuthTestUnreadOf {\n    unreadCountChanged { count companyId }\n  }\n"): typeof import('./graphql.js').AuthTestUnreadOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LanguageSignUp($input: SignUpOfficeInput!) {\n    signUpOffice(input: $input) { token user { id email language } }\n  }\n"): typeof import('./graphql.js').LanguageSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LanguageUpdateMe($input: UpdateMyAccountInput!) {\n    updateMyAccount(input: $input) { id name language }\n  }\n"): typeof import('./graphql.js').LanguageUpdateMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LanguageMe {\n    me { id name language }\n  }\n"): typeof import('./graphql.js').LanguageMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LanguageRequestReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): typeof import('./graphql.js').LanguageRequestResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LanguageInviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) { id language }\n  }\n"): typeof import('./graphql.js').LanguageInviteStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LanguageInviteClient($input: InviteClientInput!) {\n    inviteClient(input: $input) { id language }\n  }\n"): typeof import('./graphql.js').LanguageInviteClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LanguageAccept($token: String!, $password: String, $language: Language) {\n    acceptInvitation(token: $token, password: $password, language: $language) {\n      user { id language }\n    }\n  }\n"): typeof import('./graphql.js').LanguageAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LanguagePreview($token: String!) {\n    invitation(token: $token) { language }\n  }\n"): typeof import('./graphql.js').LanguagePreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginFloodLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token }\n  }\n"): typeof import('./graphql.js').LoginFloodLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzLedgerEntries($companyId: ID!, $period: String!) {\n    ledgerEntries(companyId: $companyId, period: $period, first: 100) {\n      totalCount\n      edges { node { id documentNumber counterparty description gross } }\n    }\n  }\n"): typeof import('./graphql.js').AuthzLedgerEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzRecordUpo($input: UpoInput!) {\n    recordUpo(input: $input) { id referenceNumber }\n  }\n"): typeof import('./graphql.js').AuthzRecordUpoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzMarkDeclarationPaid($id: ID!) {\n    markDeclarationPaid(id: $id) { id paidAt }\n  }\n"): typeof import('./graphql.js').AuthzMarkDeclarationPaidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PaidUpsertDeclaration($input: DeclarationInput!) {\n    upsertDeclaration(input: $input) { id paidAt }\n  }\n"): typeof import('./graphql.js').PaidUpsertDeclarationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PaidMarkDeclaration($id: ID!, $paid: Boolean) {\n    markDeclarationPaid(id: $id, paid: $paid) { id paidAt }\n  }\n"): typeof import('./graphql.js').PaidMarkDeclarationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaidDeclarations($id: ID!) {\n    company(id: $id) { declarations { id paidAt } }\n  }\n"): typeof import('./graphql.js').PaidDeclarationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookkeepingImport($companyId: ID!, $entries: [LedgerEntryInput!]!) {\n    importLedgerEntries(companyId: $companyId, entries: $entries)\n  }\n"): typeof import('./graphql.js').BookkeepingImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookkeepingEntries($companyId: ID!, $period: String!, $first: Int, $after: String) {\n    ledgerEntries(companyId: $companyId, period: $period, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          id date documentNumber counterparty counterpartyNip description net vat gross column\n          contraAccount vatRegister\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').BookkeepingEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookkeepingUpsertDeclaration($input: DeclarationInput!) {\n    upsertDeclaration(input: $input) {\n      id type period taxBase taxDue status filedAt dueDate upo { id referenceNumber }\n    }\n  }\n"): typeof import('./graphql.js').BookkeepingUpsertDeclarationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookkeepingRecordUpo($input: UpoInput!) {\n    recordUpo(input: $input) { id referenceNumber receivedAt }\n  }\n"): typeof import('./graphql.js').BookkeepingRecordUpoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookkeepingDeclarations($id: ID!, $period: String) {\n    company(id: $id) {\n      declarations(period: $period) {\n        id type period status taxBase taxDue upo { referenceNumber receivedAt }\n      }\n    }\n  }\n"): typeof import('./graphql.js').BookkeepingDeclarationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookkeepingCompanyDeclarations($first: Int) {\n    companies(first: $first) { edges { node { id declarations { type upo { id } } } } }\n  }\n"): typeof import('./graphql.js').BookkeepingCompanyDeclarationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzBroadcast($id: ID!) {\n    broadcast(id: $id) { id kind recipientCount readCount author { id name } }\n  }\n"): typeof import('./graphql.js').AuthzBroadcastDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzBroadcasts {\n    broadcasts(first: 100) { totalCount edges { node { id preview recipientCount } } }\n  }\n"): typeof import('./graphql.js').AuthzBroadcastsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzBroadcastRecipients($id: ID!) {\n    broadcast(id: $id) {\n      id\n      recipients(first: 100) {\n        totalCount\n        edges { node { company { id name nip } read reads { user { id } } downloads { file { filename } } } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').AuthzBroadcastRecipientsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzRemindUnread($broadcastId: ID!, $body: String) {\n    remindUnread(broadcastId: $broadcastId, body: $body) { id recipientCount }\n  }\n"): typeof import('./graphql.js').AuthzRemindUnreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzCancelBroadcast($id: ID!) {\n    cancelBroadcast(id: $id) { id status }\n  }\n"): typeof import('./graphql.js').AuthzCancelBroadcastDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzRecallBroadcast($id: ID!) {\n    recallBroadcast(id: $id) { id status }\n  }\n"): typeof import('./graphql.js').AuthzRecallBroadcastDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CsvReportNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n"): typeof import('./graphql.js').CsvReportNotifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CsvReportMarkRead($companyId: ID!) { markMessagesRead(companyId: $companyId) }\n"): typeof import('./graphql.js').CsvReportMarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CsvReportAcknowledge($id: ID!) { acknowledgeMessage(id: $id) { id } }\n"): typeof import('./graphql.js').CsvReportAcknowledgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CsvReportToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }\n"): typeof import('./graphql.js').CsvReportTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScaleReportNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n"): typeof import('./graphql.js').ScaleReportNotifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScaleReportBroadcasts($first: Int) {\n    broadcasts(first: $first) {\n      edges {\n        node {\n          id kind status recipientCount readCount failedCount preview createdAt\n          author { id name } remindsOf { id } reminders { id }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ScaleReportBroadcastsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScaleReportRecipients($id: ID!, $first: Int, $filter: BroadcastRecipientFilter) {\n    broadcast(id: $id) {\n      recipients(first: $first, filter: $filter) {\n        totalCount\n        edges {\n          node {\n            company { id name nip }\n            read firstReadAt reads { user { id name } readAt }\n            emailStatus attachmentCount downloads { file { filename } downloadedAt } repliedAt\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ScaleReportRecipientsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScaleReportRemind($broadcastId: ID!) {\n    remindUnread(broadcastId: $broadcastId) { id recipientCount }\n  }\n"): typeof import('./graphql.js').ScaleReportRemindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n"): typeof import('./graphql.js').ReportNotifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportMarkRead($companyId: ID!) { markMessagesRead(companyId: $companyId) }\n"): typeof import('./graphql.js').ReportMarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportAsk($input: SendMessageInput!) { sendMessage(input: $input) { id } }\n"): typeof import('./graphql.js').ReportAskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportBroadcasts($first: Int, $after: String, $status: BroadcastStatus) {\n    broadcasts(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id kind status recipientCount readCount failedCount preview createdAt\n          author { id name }\n          remindsOf { id }\n          reminders { id recipientCount }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ReportBroadcastsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportRecipients($id: ID!, $first: Int, $after: String, $filter: BroadcastRecipientFilter) {\n    broadcast(id: $id) {\n      id\n      recipients(first: $first, after: $after, filter: $filter) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            company { id name }\n            read firstReadAt\n            reads { user { id name } readAt }\n            emailStatus emailError attachmentCount\n            downloads { file { id filename } user { id } downloadedAt }\n            repliedAt\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ReportRecipientsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportRemind($broadcastId: ID!, $body: String) {\n    remindUnread(broadcastId: $broadcastId, body: $body) {\n      id kind recipientCount preview remindsOf { id }\n    }\n  }\n"): typeof import('./graphql.js').ReportRemindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportSendEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n"): typeof import('./graphql.js').ReportSendEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportSmtp($input: SmtpIntegrationInput!) { updateSmtpIntegration(input: $input) { host } }\n"): typeof import('./graphql.js').ReportSmtpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportProgress($id: ID!) { broadcast(id: $id) { queuedCount sentCount failedCount } }\n"): typeof import('./graphql.js').ReportProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BroadcastNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) {\n      id kind recipientCount readCount createdAt author { id role }\n    }\n  }\n"): typeof import('./graphql.js').BroadcastNotifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BroadcastGet($id: ID!) {\n    broadcast(id: $id) {\n      id kind recipientCount readCount queuedCount sentCount failedCount author { id name }\n    }\n  }\n"): typeof import('./graphql.js').BroadcastGetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BroadcastThreadTotal($id: ID!) {\n    messages(companyId: $id) { totalCount }\n  }\n"): typeof import('./graphql.js').BroadcastThreadTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BroadcastNewest($id: ID!) {\n    messages(companyId: $id, first: 5) {\n      totalCount\n      edges { node { id kind direction body company { id } author { id } } }\n    }\n  }\n"): typeof import('./graphql.js').BroadcastNewestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BroadcastClientView($id: ID!) {\n    messages(companyId: $id) {\n      totalCount\n      edges { cursor node {\n        id kind direction subject body createdAt readByMe\n        company { id name nip email taxForm vatPayer caretaker { id name email } lastMessage { id body } }\n        author { id name email role office { id name } companies { id name } }\n        attachments { id filename url }\n        receipts { readAt user { id name companies { id name } } message { id company { id name } } }\n      } }\n    }\n  }\n"): typeof import('./graphql.js').BroadcastClientViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BroadcastUnread($id: ID) {\n    unreadCount(companyId: $id)\n  }\n"): typeof import('./graphql.js').BroadcastUnreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BroadcastMarkRead($id: ID!) {\n    markMessagesRead(companyId: $id)\n  }\n"): typeof import('./graphql.js').BroadcastMarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecallNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id status }\n  }\n"): typeof import('./graphql.js').RecallNotifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecallBroadcast($id: ID!) {\n    recallBroadcast(id: $id) { id status recalledAt recipientCount }\n  }\n"): typeof import('./graphql.js').RecallBroadcastDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecallReport($id: ID!) {\n    broadcast(id: $id) {\n      status readCount\n      recipients(first: 100) { edges { node { company { id } read recalled } } }\n    }\n  }\n"): typeof import('./graphql.js').RecallReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecallThread($id: ID!) {\n    messages(companyId: $id) { totalCount edges { node { id body recalledAt } } }\n    unreadCount(companyId: $id)\n    company(id: $id) { lastMessage { id body } }\n  }\n"): typeof import('./graphql.js').RecallThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecallMarkRead($id: ID!, $messageIds: [ID!]) {\n    markMessagesRead(companyId: $id, messageIds: $messageIds)\n  }\n"): typeof import('./graphql.js').RecallMarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RecallBadge {\n    unreadCountChanged { count companyId }\n  }\n"): typeof import('./graphql.js').RecallBadgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecallSchedule($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id status }\n  }\n"): typeof import('./graphql.js').RecallScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchedNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id status sendAt recipientCount createdAt }\n  }\n"): typeof import('./graphql.js').SchedNotifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchedEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) { id status sendAt recipientCount queuedCount }\n  }\n"): typeof import('./graphql.js').SchedEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchedBroadcast($id: ID!) {\n    broadcast(id: $id) {\n      id status sendAt recipientCount queuedCount sentCount cancelReason cancelledAt\n    }\n  }\n"): typeof import('./graphql.js').SchedBroadcastDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchedList($status: BroadcastStatus) {\n    broadcasts(first: 100, status: $status) { edges { node { id status sendAt } } }\n  }\n"): typeof import('./graphql.js').SchedListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchedCancel($id: ID!) {\n    cancelBroadcast(id: $id) { id status cancelReason cancelledAt }\n  }\n"): typeof import('./graphql.js').SchedCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchedThread($id: ID!) {\n    messages(companyId: $id) {\n      totalCount\n      edges { node { id body createdAt attachments { id } } }\n    }\n  }\n"): typeof import('./graphql.js').SchedThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchedTemplate($input: MessageTemplateInput!) {\n    createMessageTemplate(input: $input) { id }\n  }\n"): typeof import('./graphql.js').SchedTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchedAckThread($id: ID!) {\n    messages(companyId: $id, first: 5) {\n      edges { node { subject body requiresAcknowledgment } }\n    }\n  }\n"): typeof import('./graphql.js').SchedAckThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchedSetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n"): typeof import('./graphql.js').SchedSetSmtpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SqlCountNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n"): typeof import('./graphql.js').SqlCountNotifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SqlCountAsk($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n"): typeof import('./graphql.js').SqlCountAskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SqlCountCompanies($first: Int) {\n    companies(first: $first) {\n      totalCount\n      edges {\n        node { id name caretaker { name } unreadFromClientCount lastMessage { body createdAt } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SqlCountCompaniesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzCompanies($filter: CompanyFilter) {\n    companies(first: 100, filter: $filter) {\n      totalCount\n      edges { node { id name nip lastMessage { id body } } }\n    }\n  }\n"): typeof import('./graphql.js').AuthzCompaniesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzCreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) { id name caretaker { id name } }\n  }\n"): typeof import('./graphql.js').AuthzCreateCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzUpdateCompany($id: ID!, $input: UpdateCompanyInput!) {\n    updateCompany(id: $id, input: $input) { id name }\n  }\n"): typeof import('./graphql.js').AuthzUpdateCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzArchiveCompany($id: ID!) {\n    archiveCompany(id: $id) { id archivedAt }\n  }\n"): typeof import('./graphql.js').AuthzArchiveCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzRestoreCompany($id: ID!) {\n    restoreCompany(id: $id) { id archivedAt }\n  }\n"): typeof import('./graphql.js').AuthzRestoreCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzAssignCaretaker($companyIds: [ID!]!, $caretakerId: ID) {\n    assignCaretaker(companyIds: $companyIds, caretakerId: $caretakerId)\n  }\n"): typeof import('./graphql.js').AuthzAssignCaretakerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzImportCompanies($uploadId: ID!, $dryRun: Boolean!) {\n    importCompanies(uploadId: $uploadId, dryRun: $dryRun) { created updated failed }\n  }\n"): typeof import('./graphql.js').AuthzImportCompaniesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AuthzCompanyAccessChanged {\n    companyAccessChanged { companyId visible }\n  }\n"): typeof import('./graphql.js').AuthzCompanyAccessChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyColumns($first: Int, $filter: CompanyFilter) {\n    companies(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id name taxForm vatPayer\n          unreadFromClientCount\n          caretaker { id name }\n          lastMessage { createdAt direction kind }\n          lastPrintoutEmail { id kind delivery { sentAt } attachments { printout period } }\n          latestDeclaration { type period status filedAt upo { referenceNumber receivedAt } }\n          users { name email }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CompanyColumnsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyColumnsOfClient {\n    companies(first: 10) {\n      edges {\n        node {\n          id\n          lastPrintoutEmail { createdAt attachments { printout } }\n          latestDeclaration { type period upo { referenceNumber } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CompanyColumnsOfClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyColumnsClientUsers {\n    companies(first: 10) { edges { node { id users { email } } } }\n  }\n"): typeof import('./graphql.js').CompanyColumnsClientUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyColumnsAsk($input: SendMessageInput!) {\n    sendMessage(input: $input) { id createdAt }\n  }\n"): typeof import('./graphql.js').CompanyColumnsAskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyColumnsEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n"): typeof import('./graphql.js').CompanyColumnsEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyColumnsSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n"): typeof import('./graphql.js').CompanyColumnsSmtpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyImportRun($uploadId: ID!, $dryRun: Boolean!, $skipInvalid: Boolean) {\n    importCompanies(uploadId: $uploadId, dryRun: $dryRun, skipInvalid: $skipInvalid) {\n      applied created updated unchanged failed\n      rows { line status column error nip name }\n    }\n  }\n"): typeof import('./graphql.js').CompanyImportRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyImportSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n"): typeof import('./graphql.js').CompanyImportSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CompanyImportUnread {\n    unreadCountChanged { count companyId }\n  }\n"): typeof import('./graphql.js').CompanyImportUnreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageUpdateCompany($id: ID!, $input: UpdateCompanyInput!) {\n    updateCompany(id: $id, input: $input) { id name nip taxForm vatPayer email archivedAt }\n  }\n"): typeof import('./graphql.js').ManageUpdateCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageArchiveCompany($id: ID!) {\n    archiveCompany(id: $id) { id archivedAt }\n  }\n"): typeof import('./graphql.js').ManageArchiveCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageRestoreCompany($id: ID!) {\n    restoreCompany(id: $id) { id archivedAt }\n  }\n"): typeof import('./graphql.js').ManageRestoreCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageAssignCaretaker($companyIds: [ID!]!, $caretakerId: ID) {\n    assignCaretaker(companyIds: $companyIds, caretakerId: $caretakerId)\n  }\n"): typeof import('./graphql.js').ManageAssignCaretakerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageCompanies($filter: CompanyFilter) {\n    companies(first: 100, filter: $filter) { totalCount edges { node { id } } }\n  }\n"): typeof import('./graphql.js').ManageCompaniesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageCompany($id: ID!) {\n    company(id: $id) { id name archivedAt caretaker { id } }\n  }\n"): typeof import('./graphql.js').ManageCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageThread($id: ID!) {\n    messages(companyId: $id) { totalCount }\n  }\n"): typeof import('./graphql.js').ManageThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n"): typeof import('./graphql.js').ManageSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n"): typeof import('./graphql.js').ManageNotifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagePrintoutOptions($companyIds: [ID!]!) {\n    printoutOptions(companyIds: $companyIds, period: \"2025-10\") { kind companyCount }\n  }\n"): typeof import('./graphql.js').ManagePrintoutOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageInbox {\n    inbox(first: 100) { edges { node { company { id } } } }\n  }\n"): typeof import('./graphql.js').ManageInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CompanyManageAccess {\n    companyAccessChanged { companyId visible }\n  }\n"): typeof import('./graphql.js').CompanyManageAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ManageUnread {\n    unreadCountChanged { count companyId }\n  }\n"): typeof import('./graphql.js').ManageUnreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyTestList($first: Int, $after: String, $filter: CompanyFilter) {\n    companies(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id name nip taxForm caretaker { id } unreadFromClientCount } }\n    }\n  }\n"): typeof import('./graphql.js').CompanyTestListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyTestSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n"): typeof import('./graphql.js').CompanyTestSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyTestCaretakers {\n    me { office { caretakers { id name } } }\n  }\n"): typeof import('./graphql.js').CompanyTestCaretakersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyTestCompany($id: ID!) {\n    company(id: $id) { id name email }\n  }\n"): typeof import('./graphql.js').CompanyTestCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyTestCreate($input: CreateCompanyInput!) {\n    createCompany(input: $input) { id nip taxForm vatPayer email caretaker { id } }\n  }\n"): typeof import('./graphql.js').CompanyTestCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyUsersOfCompany($id: ID!) {\n    company(id: $id) { id users { id email name } }\n  }\n"): typeof import('./graphql.js').CompanyUsersOfCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyUsersOfList {\n    companies(first: 50) { edges { node { id users { id } } } }\n  }\n"): typeof import('./graphql.js').CompanyUsersOfListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzUpdateDeadlineReminderRule($input: DeadlineReminderRuleInput!) {\n    updateDeadlineReminderRule(input: $input) { id enabled daysBefore hour templateId }\n  }\n"): typeof import('./graphql.js').AuthzUpdateDeadlineReminderRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzDeadlineReminderRule {\n    me { office { id deadlineReminderRule { id daysBefore } } }\n  }\n"): typeof import('./graphql.js').AuthzDeadlineReminderRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeadlineRuleUpdate($input: DeadlineReminderRuleInput!) {\n    updateDeadlineReminderRule(input: $input) { id enabled daysBefore hour templateId }\n  }\n"): typeof import('./graphql.js').DeadlineRuleUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeadlineRuleOfOffice($first: Int) {\n    me {\n      office {\n        deadlineReminderRule {\n          enabled daysBefore hour\n          planned(first: $first) { companyName declarationType taxDue dueDate remindOn }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DeadlineRuleOfOfficeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeadlineRuleTemplate($input: MessageTemplateInput!) {\n    createMessageTemplate(input: $input) { id }\n  }\n"): typeof import('./graphql.js').DeadlineRuleTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeadlineRuleSent {\n    broadcasts(first: 20) { edges { node { id origin recipientCount author { id } } } }\n  }\n"): typeof import('./graphql.js').DeadlineRuleSentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation DeadlineRulePaid($id: ID!) { markDeclarationPaid(id: $id) { id } }\n        "): typeof import('./graphql.js').DeadlineRulePaidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeadlineRuleUnread { unreadCount }"): typeof import('./graphql.js').DeadlineRuleUnreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemoSeedLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token }\n  }\n"): typeof import('./graphql.js').DemoSeedLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoSeedInvitations {\n    me {\n      office {\n        name\n        invitations(status: PENDING) { email role status company { name } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DemoSeedInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoSeedAccounts {\n    demoAccounts { password logins { email userRole office lastEmail } }\n  }\n"): typeof import('./graphql.js').DemoSeedAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoSeedWho {\n    me { role office { name } }\n  }\n"): typeof import('./graphql.js').DemoSeedWhoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoSeedCompanies {\n    companies(first: 1) { totalCount }\n  }\n"): typeof import('./graphql.js').DemoSeedCompaniesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacySetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n"): typeof import('./graphql.js').PrivacySetSmtpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacySend($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n"): typeof import('./graphql.js').PrivacySendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacyThread($companyId: ID!) {\n    messages(companyId: $companyId, first: 10) {\n      edges { node { kind delivery { status toAddress attempts lastError } } }\n    }\n  }\n"): typeof import('./graphql.js').PrivacyThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacyEmails($id: ID!) {\n    company(id: $id) {\n      emails(first: 10) { edges { node { delivery { status attempts lastError } } } }\n    }\n  }\n"): typeof import('./graphql.js').PrivacyEmailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacyProgress($id: ID!) {\n    broadcast(id: $id) {\n      queuedCount\n      deliveries(first: 10) { edges { node { status attempts lastError } } }\n    }\n  }\n"): typeof import('./graphql.js').PrivacyProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeliverySend($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n"): typeof import('./graphql.js').DeliverySendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeliverySetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n"): typeof import('./graphql.js').DeliverySetSmtpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliveryCounts($id: ID!) {\n    broadcast(id: $id) {\n      queuedCount sentCount failedCount\n      failed: deliveries(status: FAILED) { totalCount }\n      sent: deliveries(status: SENT) { totalCount }\n    }\n  }\n"): typeof import('./graphql.js').DeliveryCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzRetryFailedDeliveries($id: ID!) {\n    retryFailedDeliveries(broadcastId: $id) { id subject queuedCount failedCount }\n  }\n"): typeof import('./graphql.js').AuthzRetryFailedDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AuthzBroadcastProgress($id: ID!) {\n    broadcastProgress(id: $id) {\n      id subject recipientCount sentCount\n      deliveries { edges { node { toAddress company { id name } } } }\n    }\n  }\n"): typeof import('./graphql.js').AuthzBroadcastProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailSend($input: SendEmailInput!) {\n    sendEmail(input: $input) { id kind recipientCount queuedCount sentCount failedCount }\n  }\n"): typeof import('./graphql.js').EmailSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailProgress($id: ID!) {\n    broadcast(id: $id) {\n      queuedCount sentCount failedCount\n      deliveries(first: 100) {\n        totalCount\n        edges { node { status attempts lastError toAddress company { id } } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').EmailProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailSetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host port security username fromAddress }\n  }\n"): typeof import('./graphql.js').EmailSetSmtpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailArchive($id: ID!) {\n    company(id: $id) {\n      emails(first: 5) {\n        totalCount\n        edges {\n          node {\n            kind subject body html\n            delivery { status attempts sentAt toAddress }\n            attachments { filename contentType printout period url downloadedAt }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').EmailArchiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EmailProgressLive($id: ID!) {\n    broadcastProgress(id: $id) { queuedCount sentCount failedCount }\n  }\n"): typeof import('./graphql.js').EmailProgressLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EmailProgressSent($id: ID!) {\n    broadcastProgress(id: $id) { sentCount }\n  }\n"): typeof import('./graphql.js').EmailProgressSentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailOfficeState {\n    me { office { verification smtpConfigured canSendEmail } }\n  }\n"): typeof import('./graphql.js').EmailOfficeStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailTestSmtp {\n    testSmtpIntegration\n  }\n"): typeof import('./graphql.js').EmailTestSmtpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailSmtpState {\n    me {\n      office {\n        smtpConfigured canSendEmail\n        smtpIntegration { host username lastTestOk lastTestError lastTestedAt }\n      }\n    }\n  }\n"): typeof import('./graphql.js').EmailSmtpStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailSetVerification($id: ID!, $s: OfficeVerification!) {\n    setOfficeVerification(officeId: $id, status: $s) { id verification }\n  }\n"): typeof import('./graphql.js').EmailSetVerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatcherSetSmtp($i: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $i) { host }\n  }\n"): typeof import('./graphql.js').CatcherSetSmtpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatcherTestSmtp {\n    testSmtpIntegration\n  }\n"): typeof import('./graphql.js').CatcherTestSmtpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatcherSend($i: SendEmailInput!) {\n    sendEmail(input: $i) { id }\n  }\n"): typeof import('./graphql.js').CatcherSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetrySend($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n"): typeof import('./graphql.js').RetrySendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetrySetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n"): typeof import('./graphql.js').RetrySetSmtpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryFailed($id: ID!) {\n    retryFailedDeliveries(broadcastId: $id) {\n      id recipientCount queuedCount sentCount failedCount\n    }\n  }\n"): typeof import('./graphql.js').RetryFailedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetryCounts($id: ID!) {\n    broadcast(id: $id) { recipientCount queuedCount sentCount failedCount }\n  }\n"): typeof import('./graphql.js').RetryCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RetryProgress($id: ID!) {\n    broadcastProgress(id: $id) { queuedCount sentCount failedCount }\n  }\n"): typeof import('./graphql.js').RetryProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SmtpFaultsSend($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n"): typeof import('./graphql.js').SmtpFaultsSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SmtpFaultsSetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n"): typeof import('./graphql.js').SmtpFaultsSetSmtpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmtpFaultsCounts($id: ID!) {\n    broadcast(id: $id) { recipientCount queuedCount sentCount failedCount }\n  }\n"): typeof import('./graphql.js').SmtpFaultsCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SsrfUpdateSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host port }\n  }\n"): typeof import('./graphql.js').SsrfUpdateSmtpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SsrfTestSmtp {\n    testSmtpIntegration\n  }\n"): typeof import('./graphql.js').SsrfTestSmtpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsrfSmtpState {\n    me { office { smtpIntegration { host port lastTestOk lastTestError } } }\n  }\n"): typeof import('./graphql.js').SsrfSmtpStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SsrfSendEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n"): typeof import('./graphql.js').SsrfSendEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkerStopSetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n"): typeof import('./graphql.js').WorkerStopSetSmtpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkerStopSend($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n"): typeof import('./graphql.js').WorkerStopSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileLimitsNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n"): typeof import('./graphql.js').FileLimitsNotifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileLimitsSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n"): typeof import('./graphql.js').FileLimitsSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileNamesSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { id attachments { id filename contentType } }\n  }\n"): typeof import('./graphql.js').FileNamesSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileSweepNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n"): typeof import('./graphql.js').FileSweepNotifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n"): typeof import('./graphql.js').FileNotifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FileThread($id: ID!) {\n    messages(companyId: $id) {\n      totalCount\n      edges { node { id body attachments { id filename size contentType url } } }\n    }\n  }\n"): typeof import('./graphql.js').FileThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzInviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) { id email role office { id } }\n  }\n"): typeof import('./graphql.js').AuthzInviteStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzInviteClient($input: InviteClientInput!) {\n    inviteClient(input: $input) { id email company { id name } }\n  }\n"): typeof import('./graphql.js').AuthzInviteClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzResendInvitation($id: ID!) {\n    resendInvitation(id: $id) { id email status }\n  }\n"): typeof import('./graphql.js').AuthzResendInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzRevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) { id status }\n  }\n"): typeof import('./graphql.js').AuthzRevokeInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzInvitation($token: String!) {\n    invitation(token: $token) { officeName companyName role email expiresAt }\n  }\n"): typeof import('./graphql.js').AuthzInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzAcceptInvitation($token: String!, $password: String) {\n    acceptInvitation(token: $token, password: $password) {\n      token user { email role office { id } companies { id } }\n    }\n  }\n"): typeof import('./graphql.js').AuthzAcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzOfficeInvitations {\n    me { office { id invitations { id email } } }\n  }\n"): typeof import('./graphql.js').AuthzOfficeInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationInviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      id email name role status expiresAt createdAt\n      invitedBy { id } office { id } company { id }\n    }\n  }\n"): typeof import('./graphql.js').InvitationInviteStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationInviteClient($input: InviteClientInput!) {\n    inviteClient(input: $input) { id email role status expiresAt office { id } company { id name } }\n  }\n"): typeof import('./graphql.js').InvitationInviteClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationResend($id: ID!) {\n    resendInvitation(id: $id) { id status expiresAt }\n  }\n"): typeof import('./graphql.js').InvitationResendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationRevoke($id: ID!) {\n    revokeInvitation(id: $id) { id status }\n  }\n"): typeof import('./graphql.js').InvitationRevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) { officeName companyName role email expiresAt }\n  }\n"): typeof import('./graphql.js').InvitationPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationAccept($token: String!, $password: String, $name: String) {\n    acceptInvitation(token: $token, password: $password, name: $name) {\n      token\n      user { id email name role office { id } companies { id } }\n    }\n  }\n"): typeof import('./graphql.js').InvitationAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token }\n  }\n"): typeof import('./graphql.js').InvitationLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationSessions {\n    mySessions { userAgent current }\n  }\n"): typeof import('./graphql.js').InvitationSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationVisibleCompanies {\n    companies(first: 100) { totalCount edges { node { id } } }\n  }\n"): typeof import('./graphql.js').InvitationVisibleCompaniesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationCompany($id: ID!) {\n    company(id: $id) { id }\n  }\n"): typeof import('./graphql.js').InvitationCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationOfficeInvitations($status: InvitationStatus) {\n    me { office { invitations(status: $status) { id email status role company { id } } } }\n  }\n"): typeof import('./graphql.js').InvitationOfficeInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationInvitationsInFull {\n    me {\n      office {\n        invitations { id status invitedBy { id name } office { id name } company { id name } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').InvitationInvitationsInFullDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxTestList($status: ConversationStatus, $search: String, $first: Int, $after: String) {\n    inbox(status: $status, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          company { id name nip }\n          status\n          awaitingReplySince\n          closedAt\n          unreadFromClientCount\n          lastMessage { id body }\n          lastClientMessage { id body direction author { id } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').InboxTestListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InboxTestAsk($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n"): typeof import('./graphql.js').InboxTestAskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InboxTestNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n"): typeof import('./graphql.js').InboxTestNotifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InboxTestClose($companyId: ID!) {\n    closeConversation(companyId: $companyId) { status closedAt awaitingReplySince company { id } }\n  }\n"): typeof import('./graphql.js').InboxTestCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InboxTestReopen($companyId: ID!) {\n    reopenConversation(companyId: $companyId) { status closedAt awaitingReplySince company { id } }\n  }\n"): typeof import('./graphql.js').InboxTestReopenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzThreadUsers($companyId: ID!) {\n    messages(companyId: $companyId, first: 100) {\n      edges {\n        node {\n          author { id companies { id name } }\n          receipts { user { id companies { id name } } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').AuthzThreadUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzInbox {\n    inbox(first: 100) {\n      totalCount\n      edges { node { company { id name } lastMessage { id body } unreadFromClientCount } }\n    }\n  }\n"): typeof import('./graphql.js').AuthzInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzCloseConversation($companyId: ID!) {\n    closeConversation(companyId: $companyId) { status company { id name } }\n  }\n"): typeof import('./graphql.js').AuthzCloseConversationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzReopenConversation($companyId: ID!) {\n    reopenConversation(companyId: $companyId) { status company { id name } }\n  }\n"): typeof import('./graphql.js').AuthzReopenConversationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThreadTestSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { id kind direction body author { id } company { id } readByMe }\n  }\n"): typeof import('./graphql.js').ThreadTestSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadTestMessages($id: ID!, $first: Int, $after: String) {\n    messages(companyId: $id, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor }\n      edges { node { id body kind direction readByMe receipts { user { id } readAt } } }\n    }\n  }\n"): typeof import('./graphql.js').ThreadTestMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadTestInbox {\n    inbox(first: 10) {\n      totalCount\n      edges { node { company { id } unreadFromClientCount lastActivityAt lastMessage { body } } }\n    }\n  }\n"): typeof import('./graphql.js').ThreadTestInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThreadTestMarkRead($id: ID!) {\n    markMessagesRead(companyId: $id)\n  }\n"): typeof import('./graphql.js').ThreadTestMarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThreadTestMarkIds($id: ID!, $ids: [ID!]) {\n    markMessagesRead(companyId: $id, messageIds: $ids)\n  }\n"): typeof import('./graphql.js').ThreadTestMarkIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadTestUnreadCount {\n    unreadCount\n  }\n"): typeof import('./graphql.js').ThreadTestUnreadCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadTestUnreadCountOf($id: ID) {\n    unreadCount(companyId: $id)\n  }\n"): typeof import('./graphql.js').ThreadTestUnreadCountOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzOffices {\n    offices(status: VERIFIED, first: 100) {\n      edges {\n        node {\n          id name verification smtpConfigured canSendEmail\n          smtpIntegration { host port username fromAddress }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').AuthzOfficesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzSetOfficeVerification($officeId: ID!, $status: OfficeVerification!) {\n    setOfficeVerification(officeId: $officeId, status: $status) { id verification }\n  }\n"): typeof import('./graphql.js').AuthzSetOfficeVerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzTestSmtpIntegration {\n    testSmtpIntegration\n  }\n"): typeof import('./graphql.js').AuthzTestSmtpIntegrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzSignUpOffice($input: SignUpOfficeInput!) {\n    signUpOffice(input: $input) { token user { email role office { id verification } } }\n  }\n"): typeof import('./graphql.js').AuthzSignUpOfficeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzSetOfficeLogo($uploadId: ID) {\n    setOfficeLogo(uploadId: $uploadId) { id logo { id } }\n  }\n"): typeof import('./graphql.js').AuthzSetOfficeLogoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzRequestOfficeVerification {\n    requestOfficeVerification { id verification }\n  }\n"): typeof import('./graphql.js').AuthzRequestOfficeVerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoSet($uploadId: ID) {\n    setOfficeLogo(uploadId: $uploadId) { id logo { id filename contentType size } }\n  }\n"): typeof import('./graphql.js').LogoSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LogoOfOffice {\n    me { office { logo { id contentType } } }\n  }\n"): typeof import('./graphql.js').LogoOfOfficeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoSetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n"): typeof import('./graphql.js').LogoSetSmtpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoSendEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n"): typeof import('./graphql.js').LogoSendEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LogoProgress($id: ID!) {\n    broadcast(id: $id) { queuedCount sentCount failedCount }\n  }\n"): typeof import('./graphql.js').LogoProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeStaff {\n    me { office { staff { id name role deactivatedAt } } }\n  }\n"): typeof import('./graphql.js').OfficeStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeStaffAsAdmin {\n    offices(first: 100) { edges { node { id staff { id } } } }\n  }\n"): typeof import('./graphql.js').OfficeStaffAsAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeStaffDeactivate($id: ID!) {\n    deactivateUser(id: $id) { id deactivatedAt }\n  }\n"): typeof import('./graphql.js').OfficeStaffDeactivateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeStaffAssign($companyIds: [ID!]!, $caretakerId: ID) {\n    assignCaretaker(companyIds: $companyIds, caretakerId: $caretakerId)\n  }\n"): typeof import('./graphql.js').OfficeStaffAssignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUpOffice($input: SignUpOfficeInput!) {\n    signUpOffice(input: $input) {\n      token\n      user { id email name role office { id name nip verification } }\n    }\n  }\n"): typeof import('./graphql.js').SignUpOfficeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUpLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token user { id role office { id } } }\n  }\n"): typeof import('./graphql.js').SignUpLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignUpMe {\n    me { id email office { id verification } }\n  }\n"): typeof import('./graphql.js').SignUpMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUpRequestVerification {\n    requestOfficeVerification { id verification }\n  }\n"): typeof import('./graphql.js').SignUpRequestVerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUpSetVerification($officeId: ID!, $status: OfficeVerification!) {\n    setOfficeVerification(officeId: $officeId, status: $status) { id verification }\n  }\n"): typeof import('./graphql.js').SignUpSetVerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignUpOffices($status: OfficeVerification, $first: Int, $after: String) {\n    offices(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id name nip verification createdAt } }\n    }\n  }\n"): typeof import('./graphql.js').SignUpOfficesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignUpSessions {\n    mySessions { userAgent current }\n  }\n"): typeof import('./graphql.js').SignUpSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SmtpChangesUpdate($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n"): typeof import('./graphql.js').SmtpChangesUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmtpChangesOffices($after: String) {\n    offices(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id verification smtpChangedAt\n          smtpChanges {\n            createdAt verification host port username previousHost previousPort previousUsername\n            changedBy { id email }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SmtpChangesOfficesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmtpChangesMyOffice {\n    me { office { id smtpChangedAt smtpChanges { host } } }\n  }\n"): typeof import('./graphql.js').SmtpChangesMyOfficeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzPrintoutOptions($companyIds: [ID!]!, $period: String!) {\n    printoutOptions(companyIds: $companyIds, period: $period) { kind label companyCount }\n  }\n"): typeof import('./graphql.js').AuthzPrintoutOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrintoutOptions($companyIds: [ID!]!, $period: String!) {\n    printoutOptions(companyIds: $companyIds, period: $period) { kind label companyCount }\n  }\n"): typeof import('./graphql.js').PrintoutOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrintoutOptionsConcerned($companyIds: [ID!]!, $period: String!) {\n    printoutOptions(companyIds: $companyIds, period: $period) { kind companyCount companyIds }\n  }\n"): typeof import('./graphql.js').PrintoutOptionsConcernedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveScaleUnread($companyId: ID) {\n    unreadCountChanged(companyId: $companyId) { count }\n  }\n"): typeof import('./graphql.js').LiveScaleUnreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveScaleInbox {\n    messageAdded { id body company { id name } author { name } }\n  }\n"): typeof import('./graphql.js').LiveScaleInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveScaleThread($companyId: ID!) {\n    messageAdded(companyId: $companyId) { id body company { name } author { name } }\n  }\n"): typeof import('./graphql.js').LiveScaleThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveScaleReceipts {\n    messageRead { readAt user { id } message { id } }\n  }\n"): typeof import('./graphql.js').LiveScaleReceiptsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveScaleNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n"): typeof import('./graphql.js').LiveScaleNotifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveScaleAsk($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n"): typeof import('./graphql.js').LiveScaleAskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveScaleMarkRead($id: ID!, $ids: [ID!]) {\n    markMessagesRead(companyId: $id, messageIds: $ids)\n  }\n"): typeof import('./graphql.js').LiveScaleMarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveScaleCount($companyId: ID) {\n    unreadCount(companyId: $companyId)\n  }\n"): typeof import('./graphql.js').LiveScaleCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveScaleCompanyUnread($id: ID!) {\n    company(id: $id) { unreadFromClientCount }\n  }\n"): typeof import('./graphql.js').LiveScaleCompanyUnreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveScaleThreadReads($id: ID!) {\n    messages(companyId: $id, first: 3) { edges { node { id readByMe } } }\n  }\n"): typeof import('./graphql.js').LiveScaleThreadReadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveUpdatesUnread {\n    unreadCountChanged { count companyId }\n  }\n"): typeof import('./graphql.js').LiveUpdatesUnreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveUpdatesMessageRead($companyId: ID) {\n    messageRead(companyId: $companyId) { readAt user { id } message { id body } }\n  }\n"): typeof import('./graphql.js').LiveUpdatesMessageReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveUpdatesMessageAdded($companyId: ID) {\n    messageAdded(companyId: $companyId) { id body kind company { id } }\n  }\n"): typeof import('./graphql.js').LiveUpdatesMessageAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveUpdatesNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n"): typeof import('./graphql.js').LiveUpdatesNotifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveUpdatesThread($id: ID!) {\n    messages(companyId: $id) { edges { node { id readByMe } } }\n  }\n"): typeof import('./graphql.js').LiveUpdatesThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveUpdatesMarkRead($id: ID!) {\n    markMessagesRead(companyId: $id)\n  }\n"): typeof import('./graphql.js').LiveUpdatesMarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveUpdatesSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n"): typeof import('./graphql.js').LiveUpdatesSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveUpdatesUnreadCount {\n    unreadCount\n  }\n"): typeof import('./graphql.js').LiveUpdatesUnreadCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzUnreadCount($companyId: ID) {\n    unreadCount(companyId: $companyId)\n  }\n"): typeof import('./graphql.js').AuthzUnreadCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzMarkMessagesRead($companyId: ID!) {\n    markMessagesRead(companyId: $companyId)\n  }\n"): typeof import('./graphql.js').AuthzMarkMessagesReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AuthzMessageRead($companyId: ID) {\n    messageRead(companyId: $companyId) { readAt user { id } message { id body company { id } } }\n  }\n"): typeof import('./graphql.js').AuthzMessageReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AuthzUnreadCountChanged($companyId: ID) {\n    unreadCountChanged(companyId: $companyId) { count companyId }\n  }\n"): typeof import('./graphql.js').AuthzUnreadCountChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzMessageTemplates {\n    messageTemplates { id name html }\n  }\n"): typeof import('./graphql.js').AuthzMessageTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzCreateMessageTemplate($input: MessageTemplateInput!) {\n    createMessageTemplate(input: $input) { id name }\n  }\n"): typeof import('./graphql.js').AuthzCreateMessageTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzUpdateMessageTemplate($id: ID!, $input: MessageTemplateInput!) {\n    updateMessageTemplate(id: $id, input: $input) { id name html }\n  }\n"): typeof import('./graphql.js').AuthzUpdateMessageTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzDeleteMessageTemplate($id: ID!) {\n    deleteMessageTemplate(id: $id)\n  }\n"): typeof import('./graphql.js').AuthzDeleteMessageTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzPreviewMessage($input: MessagePreviewInput!) {\n    previewMessage(input: $input) { subject html body missing }\n  }\n"): typeof import('./graphql.js').AuthzPreviewMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TplScaleCreate($input: MessageTemplateInput!) {\n    createMessageTemplate(input: $input) { id }\n  }\n"): typeof import('./graphql.js').TplScaleCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TplScaleNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n"): typeof import('./graphql.js').TplScaleNotifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TplList {\n    messageTemplates { id name kind subject html updatedAt author { id name } }\n  }\n"): typeof import('./graphql.js').TplListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TplCreate($input: MessageTemplateInput!) {\n    createMessageTemplate(input: $input) { id name kind subject html author { id } }\n  }\n"): typeof import('./graphql.js').TplCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TplUpdate($id: ID!, $input: MessageTemplateInput!) {\n    updateMessageTemplate(id: $id, input: $input) { id name subject html }\n  }\n"): typeof import('./graphql.js').TplUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TplDelete($id: ID!) {\n    deleteMessageTemplate(id: $id)\n  }\n"): typeof import('./graphql.js').TplDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TplPreview($input: MessagePreviewInput!) {\n    previewMessage(input: $input) { subject html body missing }\n  }\n"): typeof import('./graphql.js').TplPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TplNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount subject }\n  }\n"): typeof import('./graphql.js').TplNotifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TplEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) { id recipientCount }\n  }\n"): typeof import('./graphql.js').TplEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TplThread($companyId: ID!) {\n    messages(companyId: $companyId, first: 5) { edges { node { subject body html kind } } }\n  }\n"): typeof import('./graphql.js').TplThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TplSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n"): typeof import('./graphql.js').TplSmtpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TplProgress($id: ID!) {\n    broadcast(id: $id) { queuedCount sentCount failedCount }\n  }\n"): typeof import('./graphql.js').TplProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzWebhooks {\n    webhooks { id url secret }\n  }\n"): typeof import('./graphql.js').AuthzWebhooksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzCreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { id url secret }\n  }\n"): typeof import('./graphql.js').AuthzCreateWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzDeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n"): typeof import('./graphql.js').AuthzDeleteWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzWebhookDeliveries($webhookId: ID!) {\n    webhookDeliveries(webhookId: $webhookId) { totalCount edges { node { id event status } } }\n  }\n"): typeof import('./graphql.js').AuthzWebhookDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzWebhookApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { token }\n  }\n"): typeof import('./graphql.js').AuthzWebhookApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HookRestartCreate($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { id }\n  }\n"): typeof import('./graphql.js').HookRestartCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HookRestartNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n"): typeof import('./graphql.js').HookRestartNotifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HookScaleCreate($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { id }\n  }\n"): typeof import('./graphql.js').HookScaleCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HookScaleNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n"): typeof import('./graphql.js').HookScaleNotifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HookCreate($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { id url events secret disabledAt failureCount lastDeliveryAt createdAt }\n  }\n"): typeof import('./graphql.js').HookCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HookList {\n    webhooks { id url events secret disabledAt failureCount lastDeliveryAt }\n  }\n"): typeof import('./graphql.js').HookListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HookDelete($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n"): typeof import('./graphql.js').HookDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HookDeliveries($webhookId: ID!, $first: Int, $after: String) {\n    webhookDeliveries(webhookId: $webhookId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id event status attempts responseStatus error createdAt deliveredAt nextAttemptAt } }\n    }\n  }\n"): typeof import('./graphql.js').HookDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HookNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n"): typeof import('./graphql.js').HookNotifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HookAcknowledge($id: ID!) {\n    acknowledgeMessage(id: $id) { id acknowledgedAt }\n  }\n"): typeof import('./graphql.js').HookAcknowledgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HookAsk($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n"): typeof import('./graphql.js').HookAskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HookRead($companyId: ID!) {\n    markMessagesRead(companyId: $companyId)\n  }\n"): typeof import('./graphql.js').HookReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HookSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n"): typeof import('./graphql.js').HookSmtpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HookEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n"): typeof import('./graphql.js').HookEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzCompany($id: ID!) {\n    company(id: $id) {\n      id name nip email caretaker { id } lastMessage { id body } unreadFromClientCount\n    }\n  }\n"): typeof import('./graphql.js').AuthzCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzMessages($companyId: ID!, $after: String) {\n    messages(companyId: $companyId, first: 100, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id body company { id name } attachments { id filename url } receipts { user { id } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').AuthzMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzSendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) { id body company { id name } }\n  }\n"): typeof import('./graphql.js').AuthzSendMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzSendBulkNotification($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id recipientCount }\n  }\n"): typeof import('./graphql.js').AuthzSendBulkNotificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AuthzMessageAdded($companyId: ID) {\n    messageAdded(companyId: $companyId) { id body company { id name } }\n  }\n"): typeof import('./graphql.js').AuthzMessageAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzUpdateSmtpIntegration($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host port username fromAddress fromName lastTestedAt }\n  }\n"): typeof import('./graphql.js').AuthzUpdateSmtpIntegrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzSendEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) {\n      id subject recipientCount queuedCount\n      deliveries {\n        totalCount\n        edges { node { toAddress company { id name } message { subject body } } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').AuthzSendEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzEmailBroadcast($id: ID!) {\n    broadcast(id: $id) {\n      id subject recipientCount queuedCount sentCount failedCount\n      deliveries {\n        totalCount\n        edges {\n          node {\n            status toAddress company { id name nip } message { subject body attachments { id url } }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').AuthzEmailBroadcastDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzCompanyRecords($id: ID!) {\n    company(id: $id) {\n      id\n      emails(first: 100) { totalCount edges { node { id subject body attachments { id url } } } }\n      declarations { id type period upo { referenceNumber } }\n    }\n  }\n"): typeof import('./graphql.js').AuthzCompanyRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzImportLedgerEntries($companyId: ID!, $entries: [LedgerEntryInput!]!) {\n    importLedgerEntries(companyId: $companyId, entries: $entries)\n  }\n"): typeof import('./graphql.js').AuthzImportLedgerEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzUpsertDeclaration($input: DeclarationInput!) {\n    upsertDeclaration(input: $input) { id type period status taxBase }\n  }\n"): typeof import('./graphql.js').AuthzUpsertDeclarationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AckBrowserLatest {\n    broadcasts(first: 2) {\n      edges { node { id requireAcknowledgment acknowledgedCount recipientCount remindsOf { id } } }\n    }\n  }\n"): typeof import('./graphql.js').AckBrowserLatestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AckBrowserThread($companyId: ID!) {\n    messages(companyId: $companyId, first: 5) {\n      edges { node { body acknowledgedAt acknowledgedBy { id } } }\n    }\n  }\n"): typeof import('./graphql.js').AckBrowserThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserAlertsMine {\n    me { notificationPreferences { newMessages } }\n  }\n"): typeof import('./graphql.js').BrowserAlertsMineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyListBrowserAsk($input: SendMessageInput!) {\n    sendMessage(input: $input) { id createdAt }\n  }\n"): typeof import('./graphql.js').CompanyListBrowserAskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyListBrowserEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n"): typeof import('./graphql.js').CompanyListBrowserEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyListBrowserSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n"): typeof import('./graphql.js').CompanyListBrowserSmtpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyListBrowserDemoLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token }\n  }\n"): typeof import('./graphql.js').CompanyListBrowserDemoLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyListBrowserPrintoutsSent($id: ID!) {\n    company(id: $id) { lastPrintoutEmail { delivery { sentAt } } }\n  }\n"): typeof import('./graphql.js').CompanyListBrowserPrintoutsSentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeadlineBrowserTemplate($input: MessageTemplateInput!) {\n    createMessageTemplate(input: $input) { id }\n  }\n"): typeof import('./graphql.js').DeadlineBrowserTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserEmailSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n"): typeof import('./graphql.js').BrowserEmailSmtpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserEmailLogo($uploadId: ID) {\n    setOfficeLogo(uploadId: $uploadId) { id }\n  }\n"): typeof import('./graphql.js').BrowserEmailLogoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserEmailSend($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n"): typeof import('./graphql.js').BrowserEmailSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserEmailProgress($id: ID!) {\n    broadcast(id: $id) { queuedCount sentCount }\n  }\n"): typeof import('./graphql.js').BrowserEmailProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FlowsUnread($id: ID!) {\n    unreadCount(companyId: $id)\n  }\n"): typeof import('./graphql.js').FlowsUnreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlowsSetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n"): typeof import('./graphql.js').FlowsSetSmtpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadingNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n"): typeof import('./graphql.js').ReadingNotifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadingAsk($input: SendMessageInput!) {\n    sendMessage(input: $input) { id }\n  }\n"): typeof import('./graphql.js').ReadingAskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadingReceipts($id: ID!) {\n    messages(companyId: $id, first: 100) {\n      edges { node { id body receipts { readAt user { id } } } }\n    }\n  }\n"): typeof import('./graphql.js').ReadingReceiptsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchedBrowserLatest {\n    broadcasts(first: 1) { edges { node { id status sendAt recipientCount } } }\n  }\n"): typeof import('./graphql.js').SchedBrowserLatestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchedBrowserNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id }\n  }\n"): typeof import('./graphql.js').SchedBrowserNotifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchedBrowserThread($companyId: ID!) {\n    messages(companyId: $companyId, first: 5) { totalCount edges { node { body } } }\n  }\n"): typeof import('./graphql.js').SchedBrowserThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SelectionSetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n"): typeof import('./graphql.js').SelectionSetSmtpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SentReportLatest {\n    broadcasts(first: 2) { edges { node { id readCount recipientCount remindsOf { id } } } }\n  }\n"): typeof import('./graphql.js').SentReportLatestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SentReportThread($companyId: ID!) {\n    messages(companyId: $companyId, first: 5) { edges { node { body kind } } }\n  }\n"): typeof import('./graphql.js').SentReportThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionLogout {\n    logout\n  }\n"): typeof import('./graphql.js').SessionLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionMe {\n    me { id }\n  }\n"): typeof import('./graphql.js').SessionMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChildAppSetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n"): typeof import('./graphql.js').ChildAppSetSmtpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaultsDatabaseCompanies {\n    companies(first: 5) { totalCount }\n  }\n"): typeof import('./graphql.js').FaultsDatabaseCompaniesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TarpitSetSmtp($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) { host }\n  }\n"): typeof import('./graphql.js').TarpitSetSmtpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TarpitSendEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) { id }\n  }\n"): typeof import('./graphql.js').TarpitSendEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TarpitCounts($id: ID!) {\n    broadcast(id: $id) { queuedCount sentCount failedCount }\n  }\n"): typeof import('./graphql.js').TarpitCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestartNotify($i: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $i) { id recipientCount }\n  }\n"): typeof import('./graphql.js').RestartNotifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestartSendEmail($i: SendEmailInput!) {\n    sendEmail(input: $i) { id }\n  }\n"): typeof import('./graphql.js').RestartSendEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestartThread($c: ID!) {\n    messages(companyId: $c, first: 10) { totalCount edges { node { body } } }\n  }\n"): typeof import('./graphql.js').RestartThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FaultsRolesSendEmail($i: SendEmailInput!) {\n    sendEmail(input: $i) { id }\n  }\n"): typeof import('./graphql.js').FaultsRolesSendEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchedRestartNotify($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) { id status sendAt }\n  }\n"): typeof import('./graphql.js').SchedRestartNotifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchedRestartCancel($id: ID!) {\n    cancelBroadcast(id: $id) { id status }\n  }\n"): typeof import('./graphql.js').SchedRestartCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchedRestartThread($id: ID!) {\n    messages(companyId: $id) { totalCount edges { node { body createdAt } } }\n  }\n"): typeof import('./graphql.js').SchedRestartThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchedRestartBroadcast($id: ID!) {\n    broadcast(id: $id) { status }\n  }\n"): typeof import('./graphql.js').SchedRestartBroadcastDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShutdownNotify($i: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $i) { id }\n  }\n"): typeof import('./graphql.js').ShutdownNotifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShutdownSendEmail($i: SendEmailInput!) {\n    sendEmail(input: $i) { id }\n  }\n"): typeof import('./graphql.js').ShutdownSendEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FanoutUnread {\n    unreadCountChanged { count }\n  }\n"): typeof import('./graphql.js').FanoutUnreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FanoutReceipts {\n    messageRead { user { id } message { company { id } } }\n  }\n"): typeof import('./graphql.js').FanoutReceiptsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FanoutInbox {\n    messageAdded { body company { id } }\n  }\n"): typeof import('./graphql.js').FanoutInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FanoutNotify($i: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $i) { id }\n  }\n"): typeof import('./graphql.js').FanoutNotifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FanoutMarkRead($id: ID!) {\n    markMessagesRead(companyId: $id)\n  }\n"): typeof import('./graphql.js').FanoutMarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FanoutLogout {\n    logout\n  }\n"): typeof import('./graphql.js').FanoutLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FanoutSend($i: SendMessageInput!) {\n    sendMessage(input: $i) { id }\n  }\n"): typeof import('./graphql.js').FanoutSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MultiFilesNotify($i: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $i) { id }\n  }\n"): typeof import('./graphql.js').MultiFilesNotifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThrottleLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token }\n  }\n"): typeof import('./graphql.js').ThrottleLoginDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
