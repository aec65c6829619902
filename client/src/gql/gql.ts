/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  fragment MessageReadByMe on Message {\n    id\n    readByMe\n  }\n": typeof types.MessageReadByMeFragmentDoc,
    "\n  query UnreadCountField($companyId: ID) {\n    unreadCount(companyId: $companyId)\n  }\n": typeof types.UnreadCountFieldDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) { officeName companyName email role expiresAt language }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation(\n    $token: String!\n    $name: String\n    $password: String\n    $language: Language\n  ) {\n    acceptInvitation(token: $token, name: $name, password: $password, language: $language) {\n      token\n      user { id role }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      token\n      user { id role }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query MySessions {\n    mySessions { id createdAt lastUsedAt userAgent current }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation SignUpOffice($input: SignUpOfficeInput!) {\n    signUpOffice(input: $input) {\n      token\n      user { id role }\n    }\n  }\n": typeof types.SignUpOfficeDocument,
    "\n  mutation UpdateMyLanguage($language: Language!) {\n    updateMyAccount(input: { language: $language }) { id language }\n  }\n": typeof types.UpdateMyLanguageDocument,
    "\n  query AlertsPreferencesLink($token: String!) {\n    notificationPreferencesLink(token: $token) { email newMessages }\n  }\n": typeof types.AlertsPreferencesLinkDocument,
    "\n  mutation AlertsChooseByLink($token: String!, $newMessages: NewMessagesAlert!) {\n    updateNotificationPreferencesByLink(token: $token, input: { newMessages: $newMessages }) {\n      email\n      newMessages\n    }\n  }\n": typeof types.AlertsChooseByLinkDocument,
    "\n  query AlertsMyPreferences {\n    me { id notificationPreferences { newMessages } }\n  }\n": typeof types.AlertsMyPreferencesDocument,
    "\n  mutation AlertsChoosePreferences($newMessages: NewMessagesAlert!) {\n    updateNotificationPreferences(input: { newMessages: $newMessages }) {\n      id\n      notificationPreferences { newMessages }\n    }\n  }\n": typeof types.AlertsChoosePreferencesDocument,
    "\n  query ApiTokens {\n    apiTokens { id name scopes hint createdAt lastUsedAt expiresAt revokedAt }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) { id revokedAt }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken { id name scopes hint createdAt lastUsedAt expiresAt revokedAt }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id role }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query DemoAccounts {\n    demoAccounts { password logins { email userRole office lastEmail } }\n  }\n": typeof types.DemoAccountsDocument,
    "\n  query ClientHomeUnread {\n    unreadCount\n  }\n": typeof types.ClientHomeUnreadDocument,
    "\n  subscription ClientHomeMessageAdded {\n    messageAdded { id company { id } }\n  }\n": typeof types.ClientHomeMessageAddedDocument,
    "\n  query CompanyDigest($companyId: ID!, $first: Int!) {\n    unreadCount(companyId: $companyId)\n    messages(companyId: $companyId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id kind direction subject body createdAt readByMe author { id name }\n          ...Acknowledgment_message\n        }\n      }\n    }\n  }\n": typeof types.CompanyDigestDocument,
    "\n  mutation AssignCaretaker($companyIds: [ID!]!, $caretakerId: ID) {\n    assignCaretaker(companyIds: $companyIds, caretakerId: $caretakerId)\n  }\n": typeof types.AssignCaretakerDocument,
    "\n  query OfficeCaretakers {\n    me { id office { id staff { id name role deactivatedAt } } }\n  }\n": typeof types.OfficeCaretakersDocument,
    "\n  mutation CompanyImport($uploadId: ID!, $dryRun: Boolean!, $skipInvalid: Boolean!) {\n    importCompanies(uploadId: $uploadId, dryRun: $dryRun, skipInvalid: $skipInvalid) {\n      applied\n      created\n      updated\n      unchanged\n      failed\n      rows { line status column error nip name }\n    }\n  }\n": typeof types.CompanyImportDocument,
    "\n  query CompanyList(\n    $first: Int!\n    $after: String\n    $filter: CompanyFilter\n    $overview: Boolean!\n    $accounting: Boolean!\n    $hr: Boolean!\n    $taxes: Boolean!\n  ) {\n    companies(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node { id name ...CompanyRow_company }\n      }\n    }\n  }\n": typeof types.CompanyListDocument,
    "\n  fragment CompanyRow_company on Company {\n    id\n    name\n    nip\n    email\n    taxForm\n    vatPayer\n    unreadFromClientCount\n    caretaker { id name }\n    lastMessage @include(if: $overview) { id createdAt kind direction }\n    lastPrintoutEmail @include(if: $accounting) {\n      id\n      delivery { id sentAt }\n      attachments { id printout period }\n    }\n    users @include(if: $hr) { id name email }\n    latestDeclaration @include(if: $taxes) {\n      id\n      type\n      period\n      status\n      filedAt\n      upo { id receivedAt referenceNumber }\n    }\n  }\n": typeof types.CompanyRow_CompanyFragmentDoc,
    "\n  subscription CompanyAccess {\n    companyAccessChanged { companyId visible }\n  }\n": typeof types.CompanyAccessDocument,
    "\n  query CompanyIds($after: String, $filter: CompanyFilter) {\n    companies(first: 100, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name } }\n    }\n  }\n": typeof types.CompanyIdsDocument,
    "\n  query CompanyAcknowledgments($id: ID!, $first: Int!, $after: String, $acknowledged: Boolean) {\n    company(id: $id) {\n      id\n      acknowledgmentRequests(first: $first, after: $after, acknowledged: $acknowledged) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            id kind subject body createdAt\n            author { id name }\n            acknowledgedAt\n            acknowledgedBy { id name }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CompanyAcknowledgmentsDocument,
    "\n  subscription CompanyAcknowledged($companyId: ID!) {\n    messageAcknowledged(companyId: $companyId) {\n      id acknowledgedAt acknowledgedBy { id name } company { id }\n    }\n  }\n": typeof types.CompanyAcknowledgedDocument,
    "\n  mutation UpdateCompany($id: ID!, $input: UpdateCompanyInput!) {\n    updateCompany(id: $id, input: $input) {\n      id\n      name\n      nip\n      taxForm\n      vatPayer\n      email\n    }\n  }\n": typeof types.UpdateCompanyDocument,
    "\n  query PendingClientInvitations {\n    me {\n      id\n      office {\n        id\n        invitations(status: PENDING) { id email name expiresAt company { id } }\n      }\n    }\n  }\n": typeof types.PendingClientInvitationsDocument,
    "\n  mutation ArchiveCompany($id: ID!) {\n    archiveCompany(id: $id) { id archivedAt }\n  }\n": typeof types.ArchiveCompanyDocument,
    "\n  mutation RestoreCompany($id: ID!) {\n    restoreCompany(id: $id) { id archivedAt }\n  }\n": typeof types.RestoreCompanyDocument,
    "\n  query CompanyHeader($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      nip\n      taxForm\n      vatPayer\n      email\n      archivedAt\n      unreadFromClientCount\n      caretaker { id name }\n    }\n  }\n": typeof types.CompanyHeaderDocument,
    "\n  query CompanyEmails($id: ID!, $first: Int!, $after: String) {\n    company(id: $id) {\n      id\n      emails(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          cursor\n          node { id ...EmailItem_email }\n        }\n      }\n    }\n  }\n": typeof types.CompanyEmailsDocument,
    "\n  fragment EmailItem_email on Message {\n    id\n    subject\n    createdAt\n    body\n    author { id name }\n    delivery { id status attempts lastError sentAt toAddress }\n    attachments { id filename printout period url downloadedAt }\n    receipts { user { id name } readAt }\n  }\n": typeof types.EmailItem_EmailFragmentDoc,
    "\n  mutation InviteClient($input: InviteClientInput!) {\n    inviteClient(input: $input) { id email name expiresAt }\n  }\n": typeof types.InviteClientDocument,
    "\n  query CompanyDeclarations($id: ID!) {\n    company(id: $id) {\n      id\n      declarations { id type period taxDue dueDate paidAt status }\n    }\n  }\n": typeof types.CompanyDeclarationsDocument,
    "\n  mutation MarkDeclarationPaid($id: ID!, $paid: Boolean!) {\n    markDeclarationPaid(id: $id, paid: $paid) { id paidAt }\n  }\n": typeof types.MarkDeclarationPaidDocument,
    "\n  fragment DeadlineRuleSection_office on Office {\n    id\n    deadlineReminderRule {\n      id\n      enabled\n      daysBefore\n      hour\n      templateId\n      planned(first: 10) {\n        declarationId\n        companyId\n        companyName\n        declarationType\n        period\n        taxDue\n        dueDate\n        remindOn\n      }\n    }\n  }\n": typeof types.DeadlineRuleSection_OfficeFragmentDoc,
    "\n  mutation UpdateDeadlineReminderRule($input: DeadlineReminderRuleInput!) {\n    updateDeadlineReminderRule(input: $input) { id enabled daysBefore hour templateId }\n  }\n": typeof types.UpdateDeadlineReminderRuleDocument,
    "\n  query DeadlineRuleTemplates {\n    messageTemplates { id name kind }\n  }\n": typeof types.DeadlineRuleTemplatesDocument,
    "\n  subscription BroadcastProgress($id: ID!) {\n    broadcastProgress(id: $id) {\n      id\n      recipientCount\n      queuedCount\n      sentCount\n      failedCount\n    }\n  }\n": typeof types.BroadcastProgressDocument,
    "\n  query BroadcastCounts($id: ID!) {\n    broadcast(id: $id) {\n      id\n      recipientCount\n      queuedCount\n      sentCount\n      failedCount\n    }\n  }\n": typeof types.BroadcastCountsDocument,
    "\n  query BroadcastFailures($id: ID!, $after: String) {\n    broadcast(id: $id) {\n      id\n      deliveries(first: 100, after: $after, status: FAILED) {\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            id\n            status\n            attempts\n            lastError\n            toAddress\n            company { id name }\n          }\n        }\n      }\n    }\n  }\n": typeof types.BroadcastFailuresDocument,
    "\n  mutation SendEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) {\n      id\n      kind\n      createdAt\n      subject\n      recipientCount\n      queuedCount\n      sentCount\n      failedCount\n      sendAt\n    }\n  }\n": typeof types.SendEmailDocument,
    "\n  query PrintoutOptions($companyIds: [ID!]!, $period: String!) {\n    printoutOptions(companyIds: $companyIds, period: $period) {\n      kind\n      label\n      companyCount\n      companyIds\n    }\n  }\n": typeof types.PrintoutOptionsDocument,
    "\n  fragment ConversationRow_conversation on Conversation {\n    lastActivityAt\n    unreadFromClientCount\n    status\n    company { id name nip }\n    lastMessage { id kind subject body author { id name } attachments { id } }\n    lastClientMessage { id body author { id name } attachments { id } }\n  }\n": typeof types.ConversationRow_ConversationFragmentDoc,
    "\n  mutation CloseConversation($companyId: ID!) {\n    closeConversation(companyId: $companyId) { status company { id } }\n  }\n": typeof types.CloseConversationDocument,
    "\n  mutation ReopenConversation($companyId: ID!) {\n    reopenConversation(companyId: $companyId) { status company { id } }\n  }\n": typeof types.ReopenConversationDocument,
    "\n  query Inbox($first: Int!, $after: String, $status: ConversationStatus, $search: String) {\n    inbox(first: $first, after: $after, status: $status, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          company { id }\n          ...ConversationRow_conversation\n        }\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  subscription InboxMessageAdded {\n    messageAdded { id direction company { id } }\n  }\n": typeof types.InboxMessageAddedDocument,
    "\n  mutation SendBulkNotification($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) {\n      id\n      kind\n      createdAt\n      recipientCount\n      status\n      sendAt\n    }\n  }\n": typeof types.SendBulkNotificationDocument,
    "\n  fragment InvitationList_invitation on Invitation {\n    id\n    email\n    name\n    role\n    status\n    expiresAt\n    invitedBy { id name }\n    company { id }\n  }\n": typeof types.InvitationList_InvitationFragmentDoc,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) { id status expiresAt }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) { id status }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation InviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) { id email name role status expiresAt }\n  }\n": typeof types.InviteStaffDocument,
    "\n  query OfficePeople {\n    me {\n      id\n      office {\n        id\n        staff { id name email role deactivatedAt }\n        invitations { id ...InvitationList_invitation }\n      }\n    }\n  }\n": typeof types.OfficePeopleDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) { id deactivatedAt }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  fragment BroadcastLifecycle_broadcast on Broadcast {\n    id\n    kind\n    status\n    sendAt\n    cancelReason\n    cancelledAt\n    recalledAt\n    recipientCount\n    readCount\n  }\n": typeof types.BroadcastLifecycle_BroadcastFragmentDoc,
    "\n  mutation SchedCancelBroadcast($id: ID!) {\n    cancelBroadcast(id: $id) { id status cancelReason cancelledAt }\n  }\n": typeof types.SchedCancelBroadcastDocument,
    "\n  mutation SchedRecallBroadcast($id: ID!) {\n    recallBroadcast(id: $id) { id status recalledAt }\n  }\n": typeof types.SchedRecallBroadcastDocument,
    "\n  query BroadcastReport(\n    $id: ID!\n    $first: Int!\n    $after: String\n    $filter: BroadcastRecipientFilter\n  ) {\n    broadcast(id: $id) {\n      id\n      kind\n      status\n      recipientCount\n      readCount\n      requireAcknowledgment\n      acknowledgedCount\n      ...ReportHeader_broadcast\n      ...BroadcastLifecycle_broadcast\n      recipients(first: $first, after: $after, filter: $filter) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { company { id } ...RecipientRow_recipient } }\n      }\n    }\n  }\n": typeof types.BroadcastReportDocument,
    "\n  fragment BroadcastRow_broadcast on Broadcast {\n    id\n    kind\n    status\n    sendAt\n    subject\n    preview\n    createdAt\n    recipientCount\n    readCount\n    failedCount\n    author { id name }\n    remindsOf { id }\n    origin\n  }\n": typeof types.BroadcastRow_BroadcastFragmentDoc,
    "\n  fragment RecipientRow_recipient on BroadcastRecipient {\n    company { id name nip }\n    read\n    reads { readAt user { id name } }\n    emailStatus\n    emailError\n    attachmentCount\n    downloads { downloadedAt file { id filename } user { id name } }\n    repliedAt\n    recalled\n    acknowledgedAt\n    acknowledgedBy { id name }\n  }\n": typeof types.RecipientRow_RecipientFragmentDoc,
    "\n  mutation RemindUnread($broadcastId: ID!, $body: String, $target: ReminderTarget) {\n    remindUnread(broadcastId: $broadcastId, body: $body, target: $target) {\n      id recipientCount createdAt\n    }\n  }\n": typeof types.RemindUnreadDocument,
    "\n  fragment ReportHeader_broadcast on Broadcast {\n    id\n    kind\n    subject\n    preview\n    createdAt\n    recipientCount\n    readCount\n    requireAcknowledgment\n    acknowledgedCount\n    failedCount\n    author { id name }\n    remindsOf { id createdAt }\n    reminders { id createdAt recipientCount }\n  }\n": typeof types.ReportHeader_BroadcastFragmentDoc,
    "\n  query SentBroadcasts($first: Int!, $after: String) {\n    broadcasts(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id ...BroadcastRow_broadcast } }\n    }\n  }\n": typeof types.SentBroadcastsDocument,
    "\n  subscription SentReads {\n    messageRead { readAt message { id } }\n  }\n": typeof types.SentReadsDocument,
    "\n  subscription SentAcknowledgments {\n    messageAcknowledged { id acknowledgedAt acknowledgedBy { id name } }\n  }\n": typeof types.SentAcknowledgmentsDocument,
    "\n  fragment LogoSection_office on Office {\n    id\n    logo { id filename size contentType }\n  }\n": typeof types.LogoSection_OfficeFragmentDoc,
    "\n  mutation SetOfficeLogo($uploadId: ID) {\n    setOfficeLogo(uploadId: $uploadId) {\n      id\n      ...LogoSection_office\n    }\n  }\n": typeof types.SetOfficeLogoDocument,
    "\n  query OfficeSettings {\n    me {\n      id\n      office {\n        id\n        ...VerificationSection_office\n        ...LogoSection_office\n        ...DeadlineRuleSection_office\n        smtpIntegration { ...SmtpSection_integration }\n      }\n    }\n  }\n": typeof types.OfficeSettingsDocument,
    "\n  fragment SmtpSection_integration on SmtpIntegration {\n    id\n    host\n    port\n    security\n    username\n    fromAddress\n    fromName\n    lastTestedAt\n    lastTestOk\n    lastTestError\n  }\n": typeof types.SmtpSection_IntegrationFragmentDoc,
    "\n  mutation UpdateSmtpIntegration($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) {\n      id\n      host\n      port\n      security\n      username\n      fromAddress\n      fromName\n      ...SmtpSection_integration\n    }\n  }\n": typeof types.UpdateSmtpIntegrationDocument,
    "\n  mutation TestSmtpIntegration {\n    testSmtpIntegration\n  }\n": typeof types.TestSmtpIntegrationDocument,
    "\n  fragment VerificationSection_office on Office {\n    id\n    verification\n    smtpConfigured\n    canSendEmail\n  }\n": typeof types.VerificationSection_OfficeFragmentDoc,
    "\n  query TemplatesChoose {\n    messageTemplates { id name kind subject html }\n  }\n": typeof types.TemplatesChooseDocument,
    "\n  mutation TemplatesCreate($input: MessageTemplateInput!) {\n    createMessageTemplate(input: $input) { id name kind subject html updatedAt }\n  }\n": typeof types.TemplatesCreateDocument,
    "\n  mutation TemplatesUpdate($id: ID!, $input: MessageTemplateInput!) {\n    updateMessageTemplate(id: $id, input: $input) { id name kind subject html updatedAt }\n  }\n": typeof types.TemplatesUpdateDocument,
    "\n  query TemplatesPreviewCompanies {\n    companies(first: 100) { edges { node { id name } } }\n  }\n": typeof types.TemplatesPreviewCompaniesDocument,
    "\n  query TemplatesPreview($input: MessagePreviewInput!) {\n    previewMessage(input: $input) { subject html body missing }\n  }\n": typeof types.TemplatesPreviewDocument,
    "\n  query TemplatesList {\n    messageTemplates { id name kind subject html updatedAt author { id name } }\n  }\n": typeof types.TemplatesListDocument,
    "\n  mutation TemplatesDelete($id: ID!) {\n    deleteMessageTemplate(id: $id)\n  }\n": typeof types.TemplatesDeleteDocument,
    "\n  fragment Acknowledgment_message on Message {\n    id\n    direction\n    requiresAcknowledgment\n    acknowledgedAt\n    acknowledgedBy { id name }\n  }\n": typeof types.Acknowledgment_MessageFragmentDoc,
    "\n  mutation AcknowledgeMessage($id: ID!) {\n    acknowledgeMessage(id: $id) { id readByMe ...Acknowledgment_message }\n  }\n": typeof types.AcknowledgeMessageDocument,
    "\n  fragment AttachmentButton_attachment on AttachmentLink {\n    id\n    filename\n    size\n    url\n    downloadedAt\n  }\n": typeof types.AttachmentButton_AttachmentFragmentDoc,
    "\n  mutation SendThreadMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...MessageItem_message\n      company { id }\n    }\n  }\n": typeof types.SendThreadMessageDocument,
    "\n  fragment MessageItem_message on Message {\n    id\n    kind\n    direction\n    subject\n    body\n    html\n    createdAt\n    readByMe\n    recalledAt\n    author { id name }\n    attachments { id ...AttachmentButton_attachment }\n    receipts { readAt user { id name } }\n    ...Acknowledgment_message\n  }\n": typeof types.MessageItem_MessageFragmentDoc,
    "\n  query ThreadCompany($companyId: ID!) {\n    company(id: $companyId) { id name nip }\n  }\n": typeof types.ThreadCompanyDocument,
    "\n  subscription ThreadMessageAdded($companyId: ID!) {\n    messageAdded(companyId: $companyId) { id direction author { id name } company { id } }\n  }\n": typeof types.ThreadMessageAddedDocument,
    "\n  subscription ThreadMessageRead($companyId: ID!) {\n    messageRead(companyId: $companyId) {\n      readAt\n      user { id name }\n      message { id readByMe receipts { readAt user { id name } } }\n    }\n  }\n": typeof types.ThreadMessageReadDocument,
    "\n  mutation MarkMessagesRead($companyId: ID!, $messageIds: [ID!]) {\n    markMessagesRead(companyId: $companyId, messageIds: $messageIds)\n  }\n": typeof types.MarkMessagesReadDocument,
    "\n  query ThreadMessages($companyId: ID!, $first: Int!, $after: String) {\n    messages(companyId: $companyId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id direction readByMe ...MessageItem_message } }\n    }\n  }\n": typeof types.ThreadMessagesDocument,
    "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      id url events secret createdAt disabledAt failureCount lastDeliveryAt\n    }\n  }\n": typeof types.CreateWebhookDocument,
    "\n  query WebhookDeliveries($webhookId: ID!, $first: Int) {\n    webhookDeliveries(webhookId: $webhookId, first: $first) {\n      totalCount\n      edges {\n        node { id event status attempts responseStatus error createdAt deliveredAt nextAttemptAt }\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  query Webhooks {\n    webhooks { id url events createdAt disabledAt failureCount lastDeliveryAt }\n  }\n": typeof types.WebhooksDocument,
    "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": typeof types.DeleteWebhookDocument,
    "\n  query UnreadBadgeCount {\n    unreadCount\n  }\n": typeof types.UnreadBadgeCountDocument,
    "\n  subscription UnreadBadge {\n    unreadCountChanged { count companyId }\n  }\n": typeof types.UnreadBadgeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      language\n      office { id name verification smtpConfigured canSendEmail }\n      companies { id name }\n    }\n  }\n": typeof types.MeDocument,
};
const documents: Documents = {
    "\n  fragment MessageReadByMe on Message {\n    id\n    readByMe\n  }\n": types.MessageReadByMeFragmentDoc,
    "\n  query UnreadCountField($companyId: ID) {\n    unreadCount(companyId: $companyId)\n  }\n": types.UnreadCountFieldDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) { officeName companyName email role expiresAt language }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation(\n    $token: String!\n    $name: String\n    $password: String\n    $language: Language\n  ) {\n    acceptInvitation(token: $token, name: $name, password: $password, language: $language) {\n      token\n      user { id role }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      token\n      user { id role }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  query MySessions {\n    mySessions { id createdAt lastUsedAt userAgent current }\n  }\n": types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation SignUpOffice($input: SignUpOfficeInput!) {\n    signUpOffice(input: $input) {\n      token\n      user { id role }\n    }\n  }\n": types.SignUpOfficeDocument,
    "\n  mutation UpdateMyLanguage($language: Language!) {\n    updateMyAccount(input: { language: $language }) { id language }\n  }\n": types.UpdateMyLanguageDocument,
    "\n  query AlertsPreferencesLink($token: String!) {\n    notificationPreferencesLink(token: $token) { email newMessages }\n  }\n": types.AlertsPreferencesLinkDocument,
    "\n  mutation AlertsChooseByLink($token: String!, $newMessages: NewMessagesAlert!) {\n    updateNotificationPreferencesByLink(token: $token, input: { newMessages: $newMessages }) {\n      email\n      newMessages\n    }\n  }\n": types.AlertsChooseByLinkDocument,
    "\n  query AlertsMyPreferences {\n    me { id notificationPreferences { newMessages } }\n  }\n": types.AlertsMyPreferencesDocument,
    "\n  mutation AlertsChoosePreferences($newMessages: NewMessagesAlert!) {\n    updateNotificationPreferences(input: { newMessages: $newMessages }) {\n      id\n      notificationPreferences { newMessages }\n    }\n  }\n": types.AlertsChoosePreferencesDocument,
    "\n  query ApiTokens {\n    apiTokens { id name scopes hint createdAt lastUsedAt expiresAt revokedAt }\n  }\n": types.ApiTokensDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) { id revokedAt }\n  }\n": types.RevokeApiTokenDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken { id name scopes hint createdAt lastUsedAt expiresAt revokedAt }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id role }\n    }\n  }\n": types.LoginDocument,
    "\n  query DemoAccounts {\n    demoAccounts { password logins { email userRole office lastEmail } }\n  }\n": types.DemoAccountsDocument,
    "\n  query ClientHomeUnread {\n    unreadCount\n  }\n": types.ClientHomeUnreadDocument,
    "\n  subscription ClientHomeMessageAdded {\n    messageAdded { id company { id } }\n  }\n": types.ClientHomeMessageAddedDocument,
    "\n  query CompanyDigest($companyId: ID!, $first: Int!) {\n    unreadCount(companyId: $companyId)\n    messages(companyId: $companyId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id kind direction subject body createdAt readByMe author { id name }\n          ...Acknowledgment_message\n        }\n      }\n    }\n  }\n": types.CompanyDigestDocument,
    "\n  mutation AssignCaretaker($companyIds: [ID!]!, $caretakerId: ID) {\n    assignCaretaker(companyIds: $companyIds, caretakerId: $caretakerId)\n  }\n": types.AssignCaretakerDocument,
    "\n  query OfficeCaretakers {\n    me { id office { id staff { id name role deactivatedAt } } }\n  }\n": types.OfficeCaretakersDocument,
    "\n  mutation CompanyImport($uploadId: ID!, $dryRun: Boolean!, $skipInvalid: Boolean!) {\n    importCompanies(uploadId: $uploadId, dryRun: $dryRun, skipInvalid: $skipInvalid) {\n      applied\n      created\n      updated\n      unchanged\n      failed\n      rows { line status column error nip name }\n    }\n  }\n": types.CompanyImportDocument,
    "\n  query CompanyList(\n    $first: Int!\n    $after: String\n    $filter: CompanyFilter\n    $overview: Boolean!\n    $accounting: Boolean!\n    $hr: Boolean!\n    $taxes: Boolean!\n  ) {\n    companies(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node { id name ...CompanyRow_company }\n      }\n    }\n  }\n": types.CompanyListDocument,
    "\n  fragment CompanyRow_company on Company {\n    id\n    name\n    nip\n    email\n    taxForm\n    vatPayer\n    unreadFromClientCount\n    caretaker { id name }\n    lastMessage @include(if: $overview) { id createdAt kind direction }\n    lastPrintoutEmail @include(if: $accounting) {\n      id\n      delivery { id sentAt }\n      attachments { id printout period }\n    }\n    users @include(if: $hr) { id name email }\n    latestDeclaration @include(if: $taxes) {\n      id\n      type\n      period\n      status\n      filedAt\n      upo { id receivedAt referenceNumber }\n    }\n  }\n": types.CompanyRow_CompanyFragmentDoc,
    "\n  subscription CompanyAccess {\n    companyAccessChanged { companyId visible }\n  }\n": types.CompanyAccessDocument,
    "\n  query CompanyIds($after: String, $filter: CompanyFilter) {\n    companies(first: 100, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name } }\n    }\n  }\n": types.CompanyIdsDocument,
    "\n  query CompanyAcknowledgments($id: ID!, $first: Int!, $after: String, $acknowledged: Boolean) {\n    company(id: $id) {\n      id\n      acknowledgmentRequests(first: $first, after: $after, acknowledged: $acknowledged) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            id kind subject body createdAt\n            author { id name }\n            acknowledgedAt\n            acknowledgedBy { id name }\n          }\n        }\n      }\n    }\n  }\n": types.CompanyAcknowledgmentsDocument,
    "\n  subscription CompanyAcknowledged($companyId: ID!) {\n    messageAcknowledged(companyId: $companyId) {\n      id acknowledgedAt acknowledgedBy { id name } company { id }\n    }\n  }\n": types.CompanyAcknowledgedDocument,
    "\n  mutation UpdateCompany($id: ID!, $input: UpdateCompanyInput!) {\n    updateCompany(id: $id, input: $input) {\n      id\n      name\n      nip\n      taxForm\n      vatPayer\n      email\n    }\n  }\n": types.UpdateCompanyDocument,
    "\n  query PendingClientInvitations {\n    me {\n      id\n      office {\n        id\n        invitations(status: PENDING) { id email name expiresAt company { id } }\n      }\n    }\n  }\n": types.PendingClientInvitationsDocument,
    "\n  mutation ArchiveCompany($id: ID!) {\n    archiveCompany(id: $id) { id archivedAt }\n  }\n": types.ArchiveCompanyDocument,
    "\n  mutation RestoreCompany($id: ID!) {\n    restoreCompany(id: $id) { id archivedAt }\n  }\n": types.RestoreCompanyDocument,
    "\n  query CompanyHeader($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      nip\n      taxForm\n      vatPayer\n      email\n      archivedAt\n      unreadFromClientCount\n      caretaker { id name }\n    }\n  }\n": types.CompanyHeaderDocument,
    "\n  query CompanyEmails($id: ID!, $first: Int!, $after: String) {\n    company(id: $id) {\n      id\n      emails(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          cursor\n          node { id ...EmailItem_email }\n        }\n      }\n    }\n  }\n": types.CompanyEmailsDocument,
    "\n  fragment EmailItem_email on Message {\n    id\n    subject\n    createdAt\n    body\n    author { id name }\n    delivery { id status attempts lastError sentAt toAddress }\n    attachments { id filename printout period url downloadedAt }\n    receipts { user { id name } readAt }\n  }\n": types.EmailItem_EmailFragmentDoc,
    "\n  mutation InviteClient($input: InviteClientInput!) {\n    inviteClient(input: $input) { id email name expiresAt }\n  }\n": types.InviteClientDocument,
    "\n  query CompanyDeclarations($id: ID!) {\n    company(id: $id) {\n      id\n      declarations { id type period taxDue dueDate paidAt status }\n    }\n  }\n": types.CompanyDeclarationsDocument,
    "\n  mutation MarkDeclarationPaid($id: ID!, $paid: Boolean!) {\n    markDeclarationPaid(id: $id, paid: $paid) { id paidAt }\n  }\n": types.MarkDeclarationPaidDocument,
    "\n  fragment DeadlineRuleSection_office on Office {\n    id\n    deadlineReminderRule {\n      id\n      enabled\n      daysBefore\n      hour\n      templateId\n      planned(first: 10) {\n        declarationId\n        companyId\n        companyName\n        declarationType\n        period\n        taxDue\n        dueDate\n        remindOn\n      }\n    }\n  }\n": types.DeadlineRuleSection_OfficeFragmentDoc,
    "\n  mutation UpdateDeadlineReminderRule($input: DeadlineReminderRuleInput!) {\n    updateDeadlineReminderRule(input: $input) { id enabled daysBefore hour templateId }\n  }\n": types.UpdateDeadlineReminderRuleDocument,
    "\n  query DeadlineRuleTemplates {\n    messageTemplates { id name kind }\n  }\n": types.DeadlineRuleTemplatesDocument,
    "\n  subscription BroadcastProgress($id: ID!) {\n    broadcastProgress(id: $id) {\n      id\n      recipientCount\n      queuedCount\n      sentCount\n      failedCount\n    }\n  }\n": types.BroadcastProgressDocument,
    "\n  query BroadcastCounts($id: ID!) {\n    broadcast(id: $id) {\n      id\n      recipientCount\n      queuedCount\n      sentCount\n      failedCount\n    }\n  }\n": types.BroadcastCountsDocument,
    "\n  query BroadcastFailures($id: ID!, $after: String) {\n    broadcast(id: $id) {\n      id\n      deliveries(first: 100, after: $after, status: FAILED) {\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            id\n            status\n            attempts\n            lastError\n            toAddress\n            company { id name }\n          }\n        }\n      }\n    }\n  }\n": types.BroadcastFailuresDocument,
    "\n  mutation SendEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) {\n      id\n      kind\n      createdAt\n      subject\n      recipientCount\n      queuedCount\n      sentCount\n      failedCount\n      sendAt\n    }\n  }\n": types.SendEmailDocument,
    "\n  query PrintoutOptions($companyIds: [ID!]!, $period: String!) {\n    printoutOptions(companyIds: $companyIds, period: $period) {\n      kind\n      label\n      companyCount\n      companyIds\n    }\n  }\n": types.PrintoutOptionsDocument,
    "\n  fragment ConversationRow_conversation on Conversation {\n    lastActivityAt\n    unreadFromClientCount\n    status\n    company { id name nip }\n    lastMessage { id kind subject body author { id name } attachments { id } }\n    lastClientMessage { id body author { id name } attachments { id } }\n  }\n": types.ConversationRow_ConversationFragmentDoc,
    "\n  mutation CloseConversation($companyId: ID!) {\n    closeConversation(companyId: $companyId) { status company { id } }\n  }\n": types.CloseConversationDocument,
    "\n  mutation ReopenConversation($companyId: ID!) {\n    reopenConversation(companyId: $companyId) { status company { id } }\n  }\n": types.ReopenConversationDocument,
    "\n  query Inbox($first: Int!, $after: String, $status: ConversationStatus, $search: String) {\n    inbox(first: $first, after: $after, status: $status, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          company { id }\n          ...ConversationRow_conversation\n        }\n      }\n    }\n  }\n": types.InboxDocument,
    "\n  subscription InboxMessageAdded {\n    messageAdded { id direction company { id } }\n  }\n": types.InboxMessageAddedDocument,
    "\n  mutation SendBulkNotification($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) {\n      id\n      kind\n      createdAt\n      recipientCount\n      status\n      sendAt\n    }\n  }\n": types.SendBulkNotificationDocument,
    "\n  fragment InvitationList_invitation on Invitation {\n    id\n    email\n    name\n    role\n    status\n    expiresAt\n    invitedBy { id name }\n    company { id }\n  }\n": types.InvitationList_InvitationFragmentDoc,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) { id status expiresAt }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) { id status }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation InviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) { id email name role status expiresAt }\n  }\n": types.InviteStaffDocument,
    "\n  query OfficePeople {\n    me {\n      id\n      office {\n        id\n        staff { id name email role deactivatedAt }\n        invitations { id ...InvitationList_invitation }\n      }\n    }\n  }\n": types.OfficePeopleDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) { id deactivatedAt }\n  }\n": types.DeactivateUserDocument,
    "\n  fragment BroadcastLifecycle_broadcast on Broadcast {\n    id\n    kind\n    status\n    sendAt\n    cancelReason\n    cancelledAt\n    recalledAt\n    recipientCount\n    readCount\n  }\n": types.BroadcastLifecycle_BroadcastFragmentDoc,
    "\n  mutation SchedCancelBroadcast($id: ID!) {\n    cancelBroadcast(id: $id) { id status cancelReason cancelledAt }\n  }\n": types.SchedCancelBroadcastDocument,
    "\n  mutation SchedRecallBroadcast($id: ID!) {\n    recallBroadcast(id: $id) { id status recalledAt }\n  }\n": types.SchedRecallBroadcastDocument,
    "\n  query BroadcastReport(\n    $id: ID!\n    $first: Int!\n    $after: String\n    $filter: BroadcastRecipientFilter\n  ) {\n    broadcast(id: $id) {\n      id\n      kind\n      status\n      recipientCount\n      readCount\n      requireAcknowledgment\n      acknowledgedCount\n      ...ReportHeader_broadcast\n      ...BroadcastLifecycle_broadcast\n      recipients(first: $first, after: $after, filter: $filter) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { company { id } ...RecipientRow_recipient } }\n      }\n    }\n  }\n": types.BroadcastReportDocument,
    "\n  fragment BroadcastRow_broadcast on Broadcast {\n    id\n    kind\n    status\n    sendAt\n    subject\n    preview\n    createdAt\n    recipientCount\n    readCount\n    failedCount\n    author { id name }\n    remindsOf { id }\n    origin\n  }\n": types.BroadcastRow_BroadcastFragmentDoc,
    "\n  fragment RecipientRow_recipient on BroadcastRecipient {\n    company { id name nip }\n    read\n    reads { readAt user { id name } }\n    emailStatus\n    emailError\n    attachmentCount\n    downloads { downloadedAt file { id filename } user { id name } }\n    repliedAt\n    recalled\n    acknowledgedAt\n    acknowledgedBy { id name }\n  }\n": types.RecipientRow_RecipientFragmentDoc,
    "\n  mutation RemindUnread($broadcastId: ID!, $body: String, $target: ReminderTarget) {\n    remindUnread(broadcastId: $broadcastId, body: $body, target: $target) {\n      id recipientCount createdAt\n    }\n  }\n": types.RemindUnreadDocument,
    "\n  fragment ReportHeader_broadcast on Broadcast {\n    id\n    kind\n    subject\n    preview\n    createdAt\n    recipientCount\n    readCount\n    requireAcknowledgment\n    acknowledgedCount\n    failedCount\n    author { id name }\n    remindsOf { id createdAt }\n    reminders { id createdAt recipientCount }\n  }\n": types.ReportHeader_BroadcastFragmentDoc,
    "\n  query SentBroadcasts($first: Int!, $after: String) {\n    broadcasts(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id ...BroadcastRow_broadcast } }\n    }\n  }\n": types.SentBroadcastsDocument,
    "\n  subscription SentReads {\n    messageRead { readAt message { id } }\n  }\n": types.SentReadsDocument,
    "\n  subscription SentAcknowledgments {\n    messageAcknowledged { id acknowledgedAt acknowledgedBy { id name } }\n  }\n": types.SentAcknowledgmentsDocument,
    "\n  fragment LogoSection_office on Office {\n    id\n    logo { id filename size contentType }\n  }\n": types.LogoSection_OfficeFragmentDoc,
    "\n  mutation SetOfficeLogo($uploadId: ID) {\n    setOfficeLogo(uploadId: $uploadId) {\n      id\n      ...LogoSection_office\n    }\n  }\n": types.SetOfficeLogoDocument,
    "\n  query OfficeSettings {\n    me {\n      id\n      office {\n        id\n        ...VerificationSection_office\n        ...LogoSection_office\n        ...DeadlineRuleSection_office\n        smtpIntegration { ...SmtpSection_integration }\n      }\n    }\n  }\n": types.OfficeSettingsDocument,
    "\n  fragment SmtpSection_integration on SmtpIntegration {\n    id\n    host\n    port\n    security\n    username\n    fromAddress\n    fromName\n    lastTestedAt\n    lastTestOk\n    lastTestError\n  }\n": types.SmtpSection_IntegrationFragmentDoc,
    "\n  mutation UpdateSmtpIntegration($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) {\n      id\n      host\n      port\n      security\n      username\n      fromAddress\n      fromName\n      ...SmtpSection_integration\n    }\n  }\n": types.UpdateSmtpIntegrationDocument,
    "\n  mutation TestSmtpIntegration {\n    testSmtpIntegration\n  }\n": types.TestSmtpIntegrationDocument,
    "\n  fragment VerificationSection_office on Office {\n    id\n    verification\n    smtpConfigured\n    canSendEmail\n  }\n": types.VerificationSection_OfficeFragmentDoc,
    "\n  query TemplatesChoose {\n    messageTemplates { id name kind subject html }\n  }\n": types.TemplatesChooseDocument,
    "\n  mutation TemplatesCreate($input: MessageTemplateInput!) {\n    createMessageTemplate(input: $input) { id name kind subject html updatedAt }\n  }\n": types.TemplatesCreateDocument,
    "\n  mutation TemplatesUpdate($id: ID!, $input: MessageTemplateInput!) {\n    updateMessageTemplate(id: $id, input: $input) { id name kind subject html updatedAt }\n  }\n": types.TemplatesUpdateDocument,
    "\n  query TemplatesPreviewCompanies {\n    companies(first: 100) { edges { node { id name } } }\n  }\n": types.TemplatesPreviewCompaniesDocument,
    "\n  query TemplatesPreview($input: MessagePreviewInput!) {\n    previewMessage(input: $input) { subject html body missing }\n  }\n": types.TemplatesPreviewDocument,
    "\n  query TemplatesList {\n    messageTemplates { id name kind subject html updatedAt author { id name } }\n  }\n": types.TemplatesListDocument,
    "\n  mutation TemplatesDelete($id: ID!) {\n    deleteMessageTemplate(id: $id)\n  }\n": types.TemplatesDeleteDocument,
    "\n  fragment Acknowledgment_message on Message {\n    id\n    direction\n    requiresAcknowledgment\n    acknowledgedAt\n    acknowledgedBy { id name }\n  }\n": types.Acknowledgment_MessageFragmentDoc,
    "\n  mutation AcknowledgeMessage($id: ID!) {\n    acknowledgeMessage(id: $id) { id readByMe ...Acknowledgment_message }\n  }\n": types.AcknowledgeMessageDocument,
    "\n  fragment AttachmentButton_attachment on AttachmentLink {\n    id\n    filename\n    size\n    url\n    downloadedAt\n  }\n": types.AttachmentButton_AttachmentFragmentDoc,
    "\n  mutation SendThreadMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...MessageItem_message\n      company { id }\n    }\n  }\n": types.SendThreadMessageDocument,
    "\n  fragment MessageItem_message on Message {\n    id\n    kind\n    direction\n    subject\n    body\n    html\n    createdAt\n    readByMe\n    recalledAt\n    author { id name }\n    attachments { id ...AttachmentButton_attachment }\n    receipts { readAt user { id name } }\n    ...Acknowledgment_message\n  }\n": types.MessageItem_MessageFragmentDoc,
    "\n  query ThreadCompany($companyId: ID!) {\n    company(id: $companyId) { id name nip }\n  }\n": types.ThreadCompanyDocument,
    "\n  subscription ThreadMessageAdded($companyId: ID!) {\n    messageAdded(companyId: $companyId) { id direction author { id name } company { id } }\n  }\n": types.ThreadMessageAddedDocument,
    "\n  subscription ThreadMessageRead($companyId: ID!) {\n    messageRead(companyId: $companyId) {\n      readAt\n      user { id name }\n      message { id readByMe receipts { readAt user { id name } } }\n    }\n  }\n": types.ThreadMessageReadDocument,
    "\n  mutation MarkMessagesRead($companyId: ID!, $messageIds: [ID!]) {\n    markMessagesRead(companyId: $companyId, messageIds: $messageIds)\n  }\n": types.MarkMessagesReadDocument,
    "\n  query ThreadMessages($companyId: ID!, $first: Int!, $after: String) {\n    messages(companyId: $companyId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id direction readByMe ...MessageItem_message } }\n    }\n  }\n": types.ThreadMessagesDocument,
    "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      id url events secret createdAt disabledAt failureCount lastDeliveryAt\n    }\n  }\n": types.CreateWebhookDocument,
    "\n  query WebhookDeliveries($webhookId: ID!, $first: Int) {\n    webhookDeliveries(webhookId: $webhookId, first: $first) {\n      totalCount\n      edges {\n        node { id event status attempts responseStatus error createdAt deliveredAt nextAttemptAt }\n      }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  query Webhooks {\n    webhooks { id url events createdAt disabledAt failureCount lastDeliveryAt }\n  }\n": types.WebhooksDocument,
    "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": types.DeleteWebhookDocument,
    "\n  query UnreadBadgeCount {\n    unreadCount\n  }\n": types.UnreadBadgeCountDocument,
    "\n  subscription UnreadBadge {\n    unreadCountChanged { count companyId }\n  }\n": types.UnreadBadgeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      language\n      office { id name verification smtpConfigured canSendEmail }\n      companies { id name }\n    }\n  }\n": types.MeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageReadByMe on Message {\n    id\n    readByMe\n  }\n"): (typeof documents)["\n  fragment MessageReadByMe on Message {\n    id\n    readByMe\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadCountField($companyId: ID) {\n    unreadCount(companyId: $companyId)\n  }\n"): (typeof documents)["\n  query UnreadCountField($companyId: ID) {\n    unreadCount(companyId: $companyId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) { officeName companyName email role expiresAt language }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) { officeName companyName email role expiresAt language }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation(\n    $token: String!\n    $name: String\n    $password: String\n    $language: Language\n  ) {\n    acceptInvitation(token: $token, name: $name, password: $password, language: $language) {\n      token\n      user { id role }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation(\n    $token: String!\n    $name: String\n    $password: String\n    $language: Language\n  ) {\n    acceptInvitation(token: $token, name: $name, password: $password, language: $language) {\n      token\n      user { id role }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      token\n      user { id role }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      token\n      user { id role }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions { id createdAt lastUsedAt userAgent current }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions { id createdAt lastUsedAt userAgent current }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUpOffice($input: SignUpOfficeInput!) {\n    signUpOffice(input: $input) {\n      token\n      user { id role }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUpOffice($input: SignUpOfficeInput!) {\n    signUpOffice(input: $input) {\n      token\n      user { id role }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyLanguage($language: Language!) {\n    updateMyAccount(input: { language: $language }) { id language }\n  }\n"): (typeof documents)["\n  mutation UpdateMyLanguage($language: Language!) {\n    updateMyAccount(input: { language: $language }) { id language }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertsPreferencesLink($token: String!) {\n    notificationPreferencesLink(token: $token) { email newMessages }\n  }\n"): (typeof documents)["\n  query AlertsPreferencesLink($token: String!) {\n    notificationPreferencesLink(token: $token) { email newMessages }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AlertsChooseByLink($token: String!, $newMessages: NewMessagesAlert!) {\n    updateNotificationPreferencesByLink(token: $token, input: { newMessages: $newMessages }) {\n      email\n      newMessages\n    }\n  }\n"): (typeof documents)["\n  mutation AlertsChooseByLink($token: String!, $newMessages: NewMessagesAlert!) {\n    updateNotificationPreferencesByLink(token: $token, input: { newMessages: $newMessages }) {\n      email\n      newMessages\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertsMyPreferences {\n    me { id notificationPreferences { newMessages } }\n  }\n"): (typeof documents)["\n  query AlertsMyPreferences {\n    me { id notificationPreferences { newMessages } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AlertsChoosePreferences($newMessages: NewMessagesAlert!) {\n    updateNotificationPreferences(input: { newMessages: $newMessages }) {\n      id\n      notificationPreferences { newMessages }\n    }\n  }\n"): (typeof documents)["\n  mutation AlertsChoosePreferences($newMessages: NewMessagesAlert!) {\n    updateNotificationPreferences(input: { newMessages: $newMessages }) {\n      id\n      notificationPreferences { newMessages }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens { id name scopes hint createdAt lastUsedAt expiresAt revokedAt }\n  }\n"): (typeof documents)["\n  query ApiTokens {\n    apiTokens { id name scopes hint createdAt lastUsedAt expiresAt revokedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) { id revokedAt }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) { id revokedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken { id name scopes hint createdAt lastUsedAt expiresAt revokedAt }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken { id name scopes hint createdAt lastUsedAt expiresAt revokedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id role }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id role }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoAccounts {\n    demoAccounts { password logins { email userRole office lastEmail } }\n  }\n"): (typeof documents)["\n  query DemoAccounts {\n    demoAccounts { password logins { email userRole office lastEmail } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientHomeUnread {\n    unreadCount\n  }\n"): (typeof documents)["\n  query ClientHomeUnread {\n    unreadCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ClientHomeMessageAdded {\n    messageAdded { id company { id } }\n  }\n"): (typeof documents)["\n  subscription ClientHomeMessageAdded {\n    messageAdded { id company { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyDigest($companyId: ID!, $first: Int!) {\n    unreadCount(companyId: $companyId)\n    messages(companyId: $companyId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id kind direction subject body createdAt readByMe author { id name }\n          ...Acknowledgment_message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompanyDigest($companyId: ID!, $first: Int!) {\n    unreadCount(companyId: $companyId)\n    messages(companyId: $companyId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id kind direction subject body createdAt readByMe author { id name }\n          ...Acknowledgment_message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignCaretaker($companyIds: [ID!]!, $caretakerId: ID) {\n    assignCaretaker(companyIds: $companyIds, caretakerId: $caretakerId)\n  }\n"): (typeof documents)["\n  mutation AssignCaretaker($companyIds: [ID!]!, $caretakerId: ID) {\n    assignCaretaker(companyIds: $companyIds, caretakerId: $caretakerId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeCaretakers {\n    me { id office { id staff { id name role deactivatedAt } } }\n  }\n"): (typeof documents)["\n  query OfficeCaretakers {\n    me { id office { id staff { id name role deactivatedAt } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyImport($uploadId: ID!, $dryRun: Boolean!, $skipInvalid: Boolean!) {\n    importCompanies(uploadId: $uploadId, dryRun: $dryRun, skipInvalid: $skipInvalid) {\n      applied\n      created\n      updated\n      unchanged\n      failed\n      rows { line status column error nip name }\n    }\n  }\n"): (typeof documents)["\n  mutation CompanyImport($uploadId: ID!, $dryRun: Boolean!, $skipInvalid: Boolean!) {\n    importCompanies(uploadId: $uploadId, dryRun: $dryRun, skipInvalid: $skipInvalid) {\n      applied\n      created\n      updated\n      unchanged\n      failed\n      rows { line status column error nip name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyList(\n    $first: Int!\n    $after: String\n    $filter: CompanyFilter\n    $overview: Boolean!\n    $accounting: Boolean!\n    $hr: Boolean!\n    $taxes: Boolean!\n  ) {\n    companies(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node { id name ...CompanyRow_company }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompanyList(\n    $first: Int!\n    $after: String\n    $filter: CompanyFilter\n    $overview: Boolean!\n    $accounting: Boolean!\n    $hr: Boolean!\n    $taxes: Boolean!\n  ) {\n    companies(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node { id name ...CompanyRow_company }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompanyRow_company on Company {\n    id\n    name\n    nip\n    email\n    taxForm\n    vatPayer\n    unreadFromClientCount\n    caretaker { id name }\n    lastMessage @include(if: $overview) { id createdAt kind direction }\n    lastPrintoutEmail @include(if: $accounting) {\n      id\n      delivery { id sentAt }\n      attachments { id printout period }\n    }\n    users @include(if: $hr) { id name email }\n    latestDeclaration @include(if: $taxes) {\n      id\n      type\n      period\n      status\n      filedAt\n      upo { id receivedAt referenceNumber }\n    }\n  }\n"): (typeof documents)["\n  fragment CompanyRow_company on Company {\n    id\n    name\n    nip\n    email\n    taxForm\n    vatPayer\n    unreadFromClientCount\n    caretaker { id name }\n    lastMessage @include(if: $overview) { id createdAt kind direction }\n    lastPrintoutEmail @include(if: $accounting) {\n      id\n      delivery { id sentAt }\n      attachments { id printout period }\n    }\n    users @include(if: $hr) { id name email }\n    latestDeclaration @include(if: $taxes) {\n      id\n      type\n      period\n      status\n      filedAt\n      upo { id receivedAt referenceNumber }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CompanyAccess {\n    companyAccessChanged { companyId visible }\n  }\n"): (typeof documents)["\n  subscription CompanyAccess {\n    companyAccessChanged { companyId visible }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyIds($after: String, $filter: CompanyFilter) {\n    companies(first: 100, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name } }\n    }\n  }\n"): (typeof documents)["\n  query CompanyIds($after: String, $filter: CompanyFilter) {\n    companies(first: 100, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyAcknowledgments($id: ID!, $first: Int!, $after: String, $acknowledged: Boolean) {\n    company(id: $id) {\n      id\n      acknowledgmentRequests(first: $first, after: $after, acknowledged: $acknowledged) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            id kind subject body createdAt\n            author { id name }\n            acknowledgedAt\n            acknowledgedBy { id name }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompanyAcknowledgments($id: ID!, $first: Int!, $after: String, $acknowledged: Boolean) {\n    company(id: $id) {\n      id\n      acknowledgmentRequests(first: $first, after: $after, acknowledged: $acknowledged) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            id kind subject body createdAt\n            author { id name }\n            acknowledgedAt\n            acknowledgedBy { id name }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CompanyAcknowledged($companyId: ID!) {\n    messageAcknowledged(companyId: $companyId) {\n      id acknowledgedAt acknowledgedBy { id name } company { id }\n    }\n  }\n"): (typeof documents)["\n  subscription CompanyAcknowledged($companyId: ID!) {\n    messageAcknowledged(companyId: $companyId) {\n      id acknowledgedAt acknowledgedBy { id name } company { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCompany($id: ID!, $input: UpdateCompanyInput!) {\n    updateCompany(id: $id, input: $input) {\n      id\n      name\n      nip\n      taxForm\n      vatPayer\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCompany($id: ID!, $input: UpdateCompanyInput!) {\n    updateCompany(id: $id, input: $input) {\n      id\n      name\n      nip\n      taxForm\n      vatPayer\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingClientInvitations {\n    me {\n      id\n      office {\n        id\n        invitations(status: PENDING) { id email name expiresAt company { id } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingClientInvitations {\n    me {\n      id\n      office {\n        id\n        invitations(status: PENDING) { id email name expiresAt company { id } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveCompany($id: ID!) {\n    archiveCompany(id: $id) { id archivedAt }\n  }\n"): (typeof documents)["\n  mutation ArchiveCompany($id: ID!) {\n    archiveCompany(id: $id) { id archivedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreCompany($id: ID!) {\n    restoreCompany(id: $id) { id archivedAt }\n  }\n"): (typeof documents)["\n  mutation RestoreCompany($id: ID!) {\n    restoreCompany(id: $id) { id archivedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyHeader($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      nip\n      taxForm\n      vatPayer\n      email\n      archivedAt\n      unreadFromClientCount\n      caretaker { id name }\n    }\n  }\n"): (typeof documents)["\n  query CompanyHeader($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      nip\n      taxForm\n      vatPayer\n      email\n      archivedAt\n      unreadFromClientCount\n      caretaker { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyEmails($id: ID!, $first: Int!, $after: String) {\n    company(id: $id) {\n      id\n      emails(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          cursor\n          node { id ...EmailItem_email }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompanyEmails($id: ID!, $first: Int!, $after: String) {\n    company(id: $id) {\n      id\n      emails(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          cursor\n          node { id ...EmailItem_email }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmailItem_email on Message {\n    id\n    subject\n    createdAt\n    body\n    author { id name }\n    delivery { id status attempts lastError sentAt toAddress }\n    attachments { id filename printout period url downloadedAt }\n    receipts { user { id name } readAt }\n  }\n"): (typeof documents)["\n  fragment EmailItem_email on Message {\n    id\n    subject\n    createdAt\n    body\n    author { id name }\n    delivery { id status attempts lastError sentAt toAddress }\n    attachments { id filename printout period url downloadedAt }\n    receipts { user { id name } readAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteClient($input: InviteClientInput!) {\n    inviteClient(input: $input) { id email name expiresAt }\n  }\n"): (typeof documents)["\n  mutation InviteClient($input: InviteClientInput!) {\n    inviteClient(input: $input) { id email name expiresAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyDeclarations($id: ID!) {\n    company(id: $id) {\n      id\n      declarations { id type period taxDue dueDate paidAt status }\n    }\n  }\n"): (typeof documents)["\n  query CompanyDeclarations($id: ID!) {\n    company(id: $id) {\n      id\n      declarations { id type period taxDue dueDate paidAt status }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkDeclarationPaid($id: ID!, $paid: Boolean!) {\n    markDeclarationPaid(id: $id, paid: $paid) { id paidAt }\n  }\n"): (typeof documents)["\n  mutation MarkDeclarationPaid($id: ID!, $paid: Boolean!) {\n    markDeclarationPaid(id: $id, paid: $paid) { id paidAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeadlineRuleSection_office on Office {\n    id\n    deadlineReminderRule {\n      id\n      enabled\n      daysBefore\n      hour\n      templateId\n      planned(first: 10) {\n        declarationId\n        companyId\n        companyName\n        declarationType\n        period\n        taxDue\n        dueDate\n        remindOn\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DeadlineRuleSection_office on Office {\n    id\n    deadlineReminderRule {\n      id\n      enabled\n      daysBefore\n      hour\n      templateId\n      planned(first: 10) {\n        declarationId\n        companyId\n        companyName\n        declarationType\n        period\n        taxDue\n        dueDate\n        remindOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDeadlineReminderRule($input: DeadlineReminderRuleInput!) {\n    updateDeadlineReminderRule(input: $input) { id enabled daysBefore hour templateId }\n  }\n"): (typeof documents)["\n  mutation UpdateDeadlineReminderRule($input: DeadlineReminderRuleInput!) {\n    updateDeadlineReminderRule(input: $input) { id enabled daysBefore hour templateId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeadlineRuleTemplates {\n    messageTemplates { id name kind }\n  }\n"): (typeof documents)["\n  query DeadlineRuleTemplates {\n    messageTemplates { id name kind }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BroadcastProgress($id: ID!) {\n    broadcastProgress(id: $id) {\n      id\n      recipientCount\n      queuedCount\n      sentCount\n      failedCount\n    }\n  }\n"): (typeof documents)["\n  subscription BroadcastProgress($id: ID!) {\n    broadcastProgress(id: $id) {\n      id\n      recipientCount\n      queuedCount\n      sentCount\n      failedCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BroadcastCounts($id: ID!) {\n    broadcast(id: $id) {\n      id\n      recipientCount\n      queuedCount\n      sentCount\n      failedCount\n    }\n  }\n"): (typeof documents)["\n  query BroadcastCounts($id: ID!) {\n    broadcast(id: $id) {\n      id\n      recipientCount\n      queuedCount\n      sentCount\n      failedCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BroadcastFailures($id: ID!, $after: String) {\n    broadcast(id: $id) {\n      id\n      deliveries(first: 100, after: $after, status: FAILED) {\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            id\n            status\n            attempts\n            lastError\n            toAddress\n            company { id name }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BroadcastFailures($id: ID!, $after: String) {\n    broadcast(id: $id) {\n      id\n      deliveries(first: 100, after: $after, status: FAILED) {\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            id\n            status\n            attempts\n            lastError\n            toAddress\n            company { id name }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) {\n      id\n      kind\n      createdAt\n      subject\n      recipientCount\n      queuedCount\n      sentCount\n      failedCount\n      sendAt\n    }\n  }\n"): (typeof documents)["\n  mutation SendEmail($input: SendEmailInput!) {\n    sendEmail(input: $input) {\n      id\n      kind\n      createdAt\n      subject\n      recipientCount\n      queuedCount\n      sentCount\n      failedCount\n      sendAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrintoutOptions($companyIds: [ID!]!, $period: String!) {\n    printoutOptions(companyIds: $companyIds, period: $period) {\n      kind\n      label\n      companyCount\n      companyIds\n    }\n  }\n"): (typeof documents)["\n  query PrintoutOptions($companyIds: [ID!]!, $period: String!) {\n    printoutOptions(companyIds: $companyIds, period: $period) {\n      kind\n      label\n      companyCount\n      companyIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConversationRow_conversation on Conversation {\n    lastActivityAt\n    unreadFromClientCount\n    status\n    company { id name nip }\n    lastMessage { id kind subject body author { id name } attachments { id } }\n    lastClientMessage { id body author { id name } attachments { id } }\n  }\n"): (typeof documents)["\n  fragment ConversationRow_conversation on Conversation {\n    lastActivityAt\n    unreadFromClientCount\n    status\n    company { id name nip }\n    lastMessage { id kind subject body author { id name } attachments { id } }\n    lastClientMessage { id body author { id name } attachments { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseConversation($companyId: ID!) {\n    closeConversation(companyId: $companyId) { status company { id } }\n  }\n"): (typeof documents)["\n  mutation CloseConversation($companyId: ID!) {\n    closeConversation(companyId: $companyId) { status company { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenConversation($companyId: ID!) {\n    reopenConversation(companyId: $companyId) { status company { id } }\n  }\n"): (typeof documents)["\n  mutation ReopenConversation($companyId: ID!) {\n    reopenConversation(companyId: $companyId) { status company { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox($first: Int!, $after: String, $status: ConversationStatus, $search: String) {\n    inbox(first: $first, after: $after, status: $status, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          company { id }\n          ...ConversationRow_conversation\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Inbox($first: Int!, $after: String, $status: ConversationStatus, $search: String) {\n    inbox(first: $first, after: $after, status: $status, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          company { id }\n          ...ConversationRow_conversation\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription InboxMessageAdded {\n    messageAdded { id direction company { id } }\n  }\n"): (typeof documents)["\n  subscription InboxMessageAdded {\n    messageAdded { id direction company { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendBulkNotification($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) {\n      id\n      kind\n      createdAt\n      recipientCount\n      status\n      sendAt\n    }\n  }\n"): (typeof documents)["\n  mutation SendBulkNotification($input: SendBulkNotificationInput!) {\n    sendBulkNotification(input: $input) {\n      id\n      kind\n      createdAt\n      recipientCount\n      status\n      sendAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationList_invitation on Invitation {\n    id\n    email\n    name\n    role\n    status\n    expiresAt\n    invitedBy { id name }\n    company { id }\n  }\n"): (typeof documents)["\n  fragment InvitationList_invitation on Invitation {\n    id\n    email\n    name\n    role\n    status\n    expiresAt\n    invitedBy { id name }\n    company { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) { id status expiresAt }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) { id status expiresAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) { id status }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) { id email name role status expiresAt }\n  }\n"): (typeof documents)["\n  mutation InviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) { id email name role status expiresAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficePeople {\n    me {\n      id\n      office {\n        id\n        staff { id name email role deactivatedAt }\n        invitations { id ...InvitationList_invitation }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficePeople {\n    me {\n      id\n      office {\n        id\n        staff { id name email role deactivatedAt }\n        invitations { id ...InvitationList_invitation }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) { id deactivatedAt }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) { id deactivatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BroadcastLifecycle_broadcast on Broadcast {\n    id\n    kind\n    status\n    sendAt\n    cancelReason\n    cancelledAt\n    recalledAt\n    recipientCount\n    readCount\n  }\n"): (typeof documents)["\n  fragment BroadcastLifecycle_broadcast on Broadcast {\n    id\n    kind\n    status\n    sendAt\n    cancelReason\n    cancelledAt\n    recalledAt\n    recipientCount\n    readCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchedCancelBroadcast($id: ID!) {\n    cancelBroadcast(id: $id) { id status cancelReason cancelledAt }\n  }\n"): (typeof documents)["\n  mutation SchedCancelBroadcast($id: ID!) {\n    cancelBroadcast(id: $id) { id status cancelReason cancelledAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchedRecallBroadcast($id: ID!) {\n    recallBroadcast(id: $id) { id status recalledAt }\n  }\n"): (typeof documents)["\n  mutation SchedRecallBroadcast($id: ID!) {\n    recallBroadcast(id: $id) { id status recalledAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BroadcastReport(\n    $id: ID!\n    $first: Int!\n    $after: String\n    $filter: BroadcastRecipientFilter\n  ) {\n    broadcast(id: $id) {\n      id\n      kind\n      status\n      recipientCount\n      readCount\n      requireAcknowledgment\n      acknowledgedCount\n      ...ReportHeader_broadcast\n      ...BroadcastLifecycle_broadcast\n      recipients(first: $first, after: $after, filter: $filter) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { company { id } ...RecipientRow_recipient } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BroadcastReport(\n    $id: ID!\n    $first: Int!\n    $after: String\n    $filter: BroadcastRecipientFilter\n  ) {\n    broadcast(id: $id) {\n      id\n      kind\n      status\n      recipientCount\n      readCount\n      requireAcknowledgment\n      acknowledgedCount\n      ...ReportHeader_broadcast\n      ...BroadcastLifecycle_broadcast\n      recipients(first: $first, after: $after, filter: $filter) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { company { id } ...RecipientRow_recipient } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BroadcastRow_broadcast on Broadcast {\n    id\n    kind\n    status\n    sendAt\n    subject\n    preview\n    createdAt\n    recipientCount\n    readCount\n    failedCount\n    author { id name }\n    remindsOf { id }\n    origin\n  }\n"): (typeof documents)["\n  fragment BroadcastRow_broadcast on Broadcast {\n    id\n    kind\n    status\n    sendAt\n    subject\n    preview\n    createdAt\n    recipientCount\n    readCount\n    failedCount\n    author { id name }\n    remindsOf { id }\n    origin\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecipientRow_recipient on BroadcastRecipient {\n    company { id name nip }\n    read\n    reads { readAt user { id name } }\n    emailStatus\n    emailError\n    attachmentCount\n    downloads { downloadedAt file { id filename } user { id name } }\n    repliedAt\n    recalled\n    acknowledgedAt\n    acknowledgedBy { id name }\n  }\n"): (typeof documents)["\n  fragment RecipientRow_recipient on BroadcastRecipient {\n    company { id name nip }\n    read\n    reads { readAt user { id name } }\n    emailStatus\n    emailError\n    attachmentCount\n    downloads { downloadedAt file { id filename } user { id name } }\n    repliedAt\n    recalled\n    acknowledgedAt\n    acknowledgedBy { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindUnread($broadcastId: ID!, $body: String, $target: ReminderTarget) {\n    remindUnread(broadcastId: $broadcastId, body: $body, target: $target) {\n      id recipientCount createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation RemindUnread($broadcastId: ID!, $body: String, $target: ReminderTarget) {\n    remindUnread(broadcastId: $broadcastId, body: $body, target: $target) {\n      id recipientCount createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportHeader_broadcast on Broadcast {\n    id\n    kind\n    subject\n    preview\n    createdAt\n    recipientCount\n    readCount\n    requireAcknowledgment\n    acknowledgedCount\n    failedCount\n    author { id name }\n    remindsOf { id createdAt }\n    reminders { id createdAt recipientCount }\n  }\n"): (typeof documents)["\n  fragment ReportHeader_broadcast on Broadcast {\n    id\n    kind\n    subject\n    preview\n    createdAt\n    recipientCount\n    readCount\n    requireAcknowledgment\n    acknowledgedCount\n    failedCount\n    author { id name }\n    remindsOf { id createdAt }\n    reminders { id createdAt recipientCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SentBroadcasts($first: Int!, $after: String) {\n    broadcasts(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id ...BroadcastRow_broadcast } }\n    }\n  }\n"): (typeof documents)["\n  query SentBroadcasts($first: Int!, $after: String) {\n    broadcasts(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id ...BroadcastRow_broadcast } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SentReads {\n    messageRead { readAt message { id } }\n  }\n"): (typeof documents)["\n  subscription SentReads {\n    messageRead { readAt message { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SentAcknowledgments {\n    messageAcknowledged { id acknowledgedAt acknowledgedBy { id name } }\n  }\n"): (typeof documents)["\n  subscription SentAcknowledgments {\n    messageAcknowledged { id acknowledgedAt acknowledgedBy { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LogoSection_office on Office {\n    id\n    logo { id filename size contentType }\n  }\n"): (typeof documents)["\n  fragment LogoSection_office on Office {\n    id\n    logo { id filename size contentType }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOfficeLogo($uploadId: ID) {\n    setOfficeLogo(uploadId: $uploadId) {\n      id\n      ...LogoSection_office\n    }\n  }\n"): (typeof documents)["\n  mutation SetOfficeLogo($uploadId: ID) {\n    setOfficeLogo(uploadId: $uploadId) {\n      id\n      ...LogoSection_office\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeSettings {\n    me {\n      id\n      office {\n        id\n        ...VerificationSection_office\n        ...LogoSection_office\n        ...DeadlineRuleSection_office\n        smtpIntegration { ...SmtpSection_integration }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficeSettings {\n    me {\n      id\n      office {\n        id\n        ...VerificationSection_office\n        ...LogoSection_office\n        ...DeadlineRuleSection_office\n        smtpIntegration { ...SmtpSection_integration }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SmtpSection_integration on SmtpIntegration {\n    id\n    host\n    port\n    security\n    username\n    fromAddress\n    fromName\n    lastTestedAt\n    lastTestOk\n    lastTestError\n  }\n"): (typeof documents)["\n  fragment SmtpSection_integration on SmtpIntegration {\n    id\n    host\n    port\n    security\n    username\n    fromAddress\n    fromName\n    lastTestedAt\n    lastTestOk\n    lastTestError\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSmtpIntegration($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) {\n      id\n      host\n      port\n      security\n      username\n      fromAddress\n      fromName\n      ...SmtpSection_integration\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSmtpIntegration($input: SmtpIntegrationInput!) {\n    updateSmtpIntegration(input: $input) {\n      id\n      host\n      port\n      security\n      username\n      fromAddress\n      fromName\n      ...SmtpSection_integration\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSmtpIntegration {\n    testSmtpIntegration\n  }\n"): (typeof documents)["\n  mutation TestSmtpIntegration {\n    testSmtpIntegration\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VerificationSection_office on Office {\n    id\n    verification\n    smtpConfigured\n    canSendEmail\n  }\n"): (typeof documents)["\n  fragment VerificationSection_office on Office {\n    id\n    verification\n    smtpConfigured\n    canSendEmail\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TemplatesChoose {\n    messageTemplates { id name kind subject html }\n  }\n"): (typeof documents)["\n  query TemplatesChoose {\n    messageTemplates { id name kind subject html }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TemplatesCreate($input: MessageTemplateInput!) {\n    createMessageTemplate(input: $input) { id name kind subject html updatedAt }\n  }\n"): (typeof documents)["\n  mutation TemplatesCreate($input: MessageTemplateInput!) {\n    createMessageTemplate(input: $input) { id name kind subject html updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TemplatesUpdate($id: ID!, $input: MessageTemplateInput!) {\n    updateMessageTemplate(id: $id, input: $input) { id name kind subject html updatedAt }\n  }\n"): (typeof documents)["\n  mutation TemplatesUpdate($id: ID!, $input: MessageTemplateInput!) {\n    updateMessageTemplate(id: $id, input: $input) { id name kind subject html updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TemplatesPreviewCompanies {\n    companies(first: 100) { edges { node { id name } } }\n  }\n"): (typeof documents)["\n  query TemplatesPreviewCompanies {\n    companies(first: 100) { edges { node { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TemplatesPreview($input: MessagePreviewInput!) {\n    previewMessage(input: $input) { subject html body missing }\n  }\n"): (typeof documents)["\n  query TemplatesPreview($input: MessagePreviewInput!) {\n    previewMessage(input: $input) { subject html body missing }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TemplatesList {\n    messageTemplates { id name kind subject html updatedAt author { id name } }\n  }\n"): (typeof documents)["\n  query TemplatesList {\n    messageTemplates { id name kind subject html updatedAt author { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TemplatesDelete($id: ID!) {\n    deleteMessageTemplate(id: $id)\n  }\n"): (typeof documents)["\n  mutation TemplatesDelete($id: ID!) {\n    deleteMessageTemplate(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Acknowledgment_message on Message {\n    id\n    direction\n    requiresAcknowledgment\n    acknowledgedAt\n    acknowledgedBy { id name }\n  }\n"): (typeof documents)["\n  fragment Acknowledgment_message on Message {\n    id\n    direction\n    requiresAcknowledgment\n    acknowledgedAt\n    acknowledgedBy { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeMessage($id: ID!) {\n    acknowledgeMessage(id: $id) { id readByMe ...Acknowledgment_message }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeMessage($id: ID!) {\n    acknowledgeMessage(id: $id) { id readByMe ...Acknowledgment_message }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttachmentButton_attachment on AttachmentLink {\n    id\n    filename\n    size\n    url\n    downloadedAt\n  }\n"): (typeof documents)["\n  fragment AttachmentButton_attachment on AttachmentLink {\n    id\n    filename\n    size\n    url\n    downloadedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendThreadMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...MessageItem_message\n      company { id }\n    }\n  }\n"): (typeof documents)["\n  mutation SendThreadMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...MessageItem_message\n      company { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageItem_message on Message {\n    id\n    kind\n    direction\n    subject\n    body\n    html\n    createdAt\n    readByMe\n    recalledAt\n    author { id name }\n    attachments { id ...AttachmentButton_attachment }\n    receipts { readAt user { id name } }\n    ...Acknowledgment_message\n  }\n"): (typeof documents)["\n  fragment MessageItem_message on Message {\n    id\n    kind\n    direction\n    subject\n    body\n    html\n    createdAt\n    readByMe\n    recalledAt\n    author { id name }\n    attachments { id ...AttachmentButton_attachment }\n    receipts { readAt user { id name } }\n    ...Acknowledgment_message\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadCompany($companyId: ID!) {\n    company(id: $companyId) { id name nip }\n  }\n"): (typeof documents)["\n  query ThreadCompany($companyId: ID!) {\n    company(id: $companyId) { id name nip }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ThreadMessageAdded($companyId: ID!) {\n    messageAdded(companyId: $companyId) { id direction author { id name } company { id } }\n  }\n"): (typeof documents)["\n  subscription ThreadMessageAdded($companyId: ID!) {\n    messageAdded(companyId: $companyId) { id direction author { id name } company { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ThreadMessageRead($companyId: ID!) {\n    messageRead(companyId: $companyId) {\n      readAt\n      user { id name }\n      message { id readByMe receipts { readAt user { id name } } }\n    }\n  }\n"): (typeof documents)["\n  subscription ThreadMessageRead($companyId: ID!) {\n    messageRead(companyId: $companyId) {\n      readAt\n      user { id name }\n      message { id readByMe receipts { readAt user { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkMessagesRead($companyId: ID!, $messageIds: [ID!]) {\n    markMessagesRead(companyId: $companyId, messageIds: $messageIds)\n  }\n"): (typeof documents)["\n  mutation MarkMessagesRead($companyId: ID!, $messageIds: [ID!]) {\n    markMessagesRead(companyId: $companyId, messageIds: $messageIds)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadMessages($companyId: ID!, $first: Int!, $after: String) {\n    messages(companyId: $companyId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id direction readByMe ...MessageItem_message } }\n    }\n  }\n"): (typeof documents)["\n  query ThreadMessages($companyId: ID!, $first: Int!, $after: String) {\n    messages(companyId: $companyId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id direction readByMe ...MessageItem_message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      id url events secret createdAt disabledAt failureCount lastDeliveryAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      id url events secret createdAt disabledAt failureCount lastDeliveryAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($webhookId: ID!, $first: Int) {\n    webhookDeliveries(webhookId: $webhookId, first: $first) {\n      totalCount\n      edges {\n        node { id event status attempts responseStatus error createdAt deliveredAt nextAttemptAt }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($webhookId: ID!, $first: Int) {\n    webhookDeliveries(webhookId: $webhookId, first: $first) {\n      totalCount\n      edges {\n        node { id event status attempts responseStatus error createdAt deliveredAt nextAttemptAt }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Webhooks {\n    webhooks { id url events createdAt disabledAt failureCount lastDeliveryAt }\n  }\n"): (typeof documents)["\n  query Webhooks {\n    webhooks { id url events createdAt disabledAt failureCount lastDeliveryAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadBadgeCount {\n    unreadCount\n  }\n"): (typeof documents)["\n  query UnreadBadgeCount {\n    unreadCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription UnreadBadge {\n    unreadCountChanged { count companyId }\n  }\n"): (typeof documents)["\n  subscription UnreadBadge {\n    unreadCountChanged { count companyId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      language\n      office { id name verification smtpConfigured canSendEmail }\n      companies { id name }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      language\n      office { id name verification smtpConfigured canSendEmail }\n      companies { id name }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;