import type {
  ApiScope,
  BroadcastOrigin,
  CompanyImportRowStatus,
  ConversationStatus,
  DeliveryStatus,
  InvitationStatus,
  Language,
  MessageDirection,
  MessageKind,
  MessageTemplateKind,
  NewMessagesAlert,
  OfficeVerification,
  PrintoutKind,
  ReminderTarget,
  Role,
  SmtpSecurity,
  TaxForm,
  WebhookDeliveryStatus,
  WebhookEvent,
} from '../gql/graphql';
import { defineMessages } from './messages';

/** Not in the generated client types (no document reads them yet): as the schema has them. */
type DeclarationStatus = 'DRAFT' | 'FILED' | 'ACCEPTED' | 'REJECTED';
type VatRegister = 'SALES' | 'PURCHASES';
type BroadcastStatus = 'SCHEDULED' | 'SENT' | 'CANCELLED' | 'RECALLED';
type BroadcastCancelReason =
  | 'BY_USER'
  | 'AUTHOR_DEACTIVATED'
  | 'NO_RECIPIENTS'
  | 'OFFICE_NOT_VERIFIED'
  | 'SMTP_NOT_CONFIGURED'
  | 'REQUEST_INVALID'
  | 'SEND_FAILED';

/** Every enum of the schema with its values: a value missing from the table does not compile. */
interface Enums {
  ApiScope: ApiScope;
  BroadcastOrigin: BroadcastOrigin;
  BroadcastStatus: BroadcastStatus;
  BroadcastCancelReason: BroadcastCancelReason;
  CompanyImportRowStatus: CompanyImportRowStatus;
  ConversationStatus: ConversationStatus;
  DeclarationStatus: DeclarationStatus;
  DeliveryStatus: DeliveryStatus;
  InvitationStatus: InvitationStatus;
  Language: Language;
  MessageDirection: MessageDirection;
  MessageKind: MessageKind;
  NewMessagesAlert: NewMessagesAlert;
  MessageTemplateKind: MessageTemplateKind;
  OfficeVerification: OfficeVerification;
  PrintoutKind: PrintoutKind;
  ReminderTarget: ReminderTarget;
  Role: Role;
  SmtpSecurity: SmtpSecurity;
  TaxForm: TaxForm;
  VatRegister: VatRegister;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  WebhookEvent: WebhookEvent;
}

type EnumKey = { [E in keyof Enums]: `enum.${E}.${Enums[E]}` }[keyof Enums];

/**
 * The one table of enum values as the UI shows them (`t(\`enum.Role.${role}\`)`), in both
 * languages: no raw enum name reaches the screen.
 */
export const messages = defineMessages({
  pl: {
    'enum.ApiScope.READ': 'Odczyt',
    'enum.ApiScope.NOTIFY': 'Powiadomienia',
    'enum.ApiScope.EMAIL': 'E-maile',
    'enum.ApiScope.BOOKKEEPING': 'Księgowość',
    'enum.ApiScope.WEBHOOKS': 'Webhooki',
    'enum.CompanyImportRowStatus.CREATED': 'Nowa firma',
    'enum.CompanyImportRowStatus.UPDATED': 'Zmieniona',
    'enum.CompanyImportRowStatus.UNCHANGED': 'Bez zmian',
    'enum.CompanyImportRowStatus.ERROR': 'Błąd',
    'enum.DeclarationStatus.DRAFT': 'Szkic',
    'enum.DeclarationStatus.FILED': 'Złożona',
    'enum.DeclarationStatus.ACCEPTED': 'Przyjęta',
    'enum.DeclarationStatus.REJECTED': 'Odrzucona',
    'enum.BroadcastOrigin.MANUAL': 'Wysłana przez biuro',
    'enum.BroadcastOrigin.DEADLINE_REMINDER': 'Przypomnienie o terminie',
    'enum.BroadcastStatus.SCHEDULED': 'Zaplanowana',
    'enum.BroadcastStatus.SENT': 'Wysłana',
    'enum.BroadcastStatus.CANCELLED': 'Anulowana',
    'enum.BroadcastStatus.RECALLED': 'Wycofana',
    'enum.BroadcastCancelReason.BY_USER': 'Anulowana przez biuro',
    'enum.BroadcastCancelReason.AUTHOR_DEACTIVATED': 'Autor nie ma już dostępu',
    'enum.BroadcastCancelReason.NO_RECIPIENTS': 'Żadna z firm nie mogła jej już otrzymać',
    'enum.BroadcastCancelReason.OFFICE_NOT_VERIFIED': 'Biuro nie jest już zweryfikowane',
    'enum.BroadcastCancelReason.SMTP_NOT_CONFIGURED': 'Biuro nie ma już skonfigurowanego SMTP',
    'enum.BroadcastCancelReason.REQUEST_INVALID': 'Treść lub załączniki nie są już poprawne',
    'enum.BroadcastCancelReason.SEND_FAILED': 'Wysyłka nie powiodła się',
    'enum.ReminderTarget.UNREAD': 'Firmy, które nie przeczytały',
    'enum.ReminderTarget.UNACKNOWLEDGED': 'Firmy, które nie potwierdziły odbioru',
    'enum.DeliveryStatus.QUEUED': 'W kolejce',
    'enum.DeliveryStatus.SENDING': 'Wysyłanie',
    'enum.DeliveryStatus.SENT': 'Wysłano',
    'enum.DeliveryStatus.FAILED': 'Nie wysłano',
    'enum.InvitationStatus.PENDING': 'Oczekuje',
    'enum.InvitationStatus.ACCEPTED': 'Przyjęte',
    'enum.InvitationStatus.EXPIRED': 'Wygasło',
    'enum.InvitationStatus.REVOKED': 'Wycofane',
    'enum.Language.PL': 'Polski',
    'enum.ConversationStatus.AWAITING_REPLY': 'Czeka na odpowiedź',
    'enum.ConversationStatus.ANSWERED': 'Odpowiedziano',
    'enum.ConversationStatus.CLOSED': 'Zamknięta',
    'enum.Language.EN': 'Angielski',
    'enum.MessageDirection.OFFICE_TO_CLIENT': 'Od biura do klienta',
    'enum.MessageDirection.CLIENT_TO_OFFICE': 'Od klienta do biura',
    'enum.MessageKind.NOTIFICATION': 'Powiadomienie',
    'enum.MessageKind.EMAIL': 'E-mail',
    'enum.MessageKind.QUESTION': 'Pytanie klienta',
    'enum.MessageKind.REPLY': 'Odpowiedź',
    'enum.NewMessagesAlert.IMMEDIATE': 'Od razu',
    'enum.NewMessagesAlert.DAILY_DIGEST': 'Raz dziennie',
    'enum.NewMessagesAlert.NEVER': 'Nigdy',
    'enum.MessageTemplateKind.NOTIFICATION': 'Powiadomienie',
    'enum.MessageTemplateKind.EMAIL': 'E-mail',
    'enum.OfficeVerification.UNVERIFIED': 'Niezweryfikowane',
    'enum.OfficeVerification.PENDING': 'Weryfikacja w toku',
    'enum.OfficeVerification.VERIFIED': 'Zweryfikowane',
    'enum.PrintoutKind.REVENUE_RECORD': 'Ewidencja przychodów',
    'enum.PrintoutKind.TAX_BOOK': 'Podatkowa księga przychodów i rozchodów',
    'enum.PrintoutKind.LEDGER': 'Księga handlowa',
    'enum.PrintoutKind.VAT_REGISTER': 'Rejestry VAT',
    'enum.PrintoutKind.DECLARATION': 'Deklaracje',
    'enum.PrintoutKind.UPO': 'UPO',
    'enum.Role.OFFICE_HEAD': 'Szef biura',
    'enum.Role.CARETAKER': 'Opiekun',
    'enum.Role.CLIENT': 'Klient',
    'enum.Role.PLATFORM_ADMIN': 'Administrator platformy',
    'enum.SmtpSecurity.NONE': 'Bez szyfrowania',
    'enum.SmtpSecurity.STARTTLS': 'STARTTLS',
    'enum.SmtpSecurity.TLS': 'TLS/SSL',
    'enum.TaxForm.FULL_ACCOUNTING': 'Pełna księgowość',
    'enum.TaxForm.TAX_BOOK': 'KPiR',
    'enum.TaxForm.LUMP_SUM': 'Ryczałt',
    'enum.VatRegister.SALES': 'Rejestr sprzedaży VAT',
    'enum.VatRegister.PURCHASES': 'Rejestr zakupów VAT',
    'enum.WebhookDeliveryStatus.PENDING': 'Oczekuje',
    'enum.WebhookDeliveryStatus.DELIVERED': 'Dostarczone',
    'enum.WebhookDeliveryStatus.FAILED': 'Niedostarczone',
    'enum.WebhookEvent.MESSAGE_CREATED': 'Nowa wiadomość biura',
    'enum.WebhookEvent.MESSAGE_READ': 'Klient przeczytał wiadomość',
    'enum.WebhookEvent.MESSAGE_ACKNOWLEDGED': 'Klient potwierdził odbiór',
    'enum.WebhookEvent.EMAIL_DELIVERY_SENT': 'E-mail wysłany',
    'enum.WebhookEvent.EMAIL_DELIVERY_FAILED': 'E-mail niedostarczony',
    'enum.WebhookEvent.QUESTION_RECEIVED': 'Pytanie klienta',
  } satisfies Record<EnumKey, string>,
  en: {
    'enum.ApiScope.READ': 'Read',
    'enum.ApiScope.NOTIFY': 'Notifications',
    'enum.ApiScope.EMAIL': 'Email',
    'enum.ApiScope.BOOKKEEPING': 'Bookkeeping',
    'enum.ApiScope.WEBHOOKS': 'Webhooks',
    'enum.CompanyImportRowStatus.CREATED': 'New company',
    'enum.CompanyImportRowStatus.UPDATED': 'Changed',
    'enum.CompanyImportRowStatus.UNCHANGED': 'Unchanged',
    'enum.CompanyImportRowStatus.ERROR': 'Error',
    'enum.DeclarationStatus.DRAFT': 'Draft',
    'enum.DeclarationStatus.FILED': 'Filed',
    'enum.DeclarationStatus.ACCEPTED': 'Accepted',
    'enum.DeclarationStatus.REJECTED': 'Rejected',
    'enum.BroadcastOrigin.MANUAL': 'Sent by the office',
    'enum.BroadcastOrigin.DEADLINE_REMINDER': 'Deadline reminder',
    'enum.BroadcastStatus.SCHEDULED': 'Scheduled',
    'enum.BroadcastStatus.SENT': 'Sent',
    'enum.BroadcastStatus.CANCELLED': 'Cancelled',
    'enum.BroadcastStatus.RECALLED': 'Recalled',
    'enum.BroadcastCancelReason.BY_USER': 'Cancelled by the office',
    'enum.BroadcastCancelReason.AUTHOR_DEACTIVATED': 'The author no longer has access',
    'enum.BroadcastCancelReason.NO_RECIPIENTS': 'No company could receive it any more',
    'enum.BroadcastCancelReason.OFFICE_NOT_VERIFIED': 'The office is no longer verified',
    'enum.BroadcastCancelReason.SMTP_NOT_CONFIGURED': 'The office no longer has SMTP configured',
    'enum.BroadcastCancelReason.REQUEST_INVALID': 'The content or attachments are no longer valid',
    'enum.BroadcastCancelReason.SEND_FAILED': 'Sending failed',
    'enum.ReminderTarget.UNREAD': 'Companies that have not read it',
    'enum.ReminderTarget.UNACKNOWLEDGED': 'Companies that have not confirmed receipt',
    'enum.DeliveryStatus.QUEUED': 'Queued',
    'enum.DeliveryStatus.SENDING': 'Sending',
    'enum.DeliveryStatus.SENT': 'Sent',
    'enum.DeliveryStatus.FAILED': 'Not sent',
    'enum.InvitationStatus.PENDING': 'Pending',
    'enum.InvitationStatus.ACCEPTED': 'Accepted',
    'enum.InvitationStatus.EXPIRED': 'Expired',
    'enum.InvitationStatus.REVOKED': 'Revoked',
    'enum.Language.PL': 'Polish',
    'enum.ConversationStatus.AWAITING_REPLY': 'Awaiting reply',
    'enum.ConversationStatus.ANSWERED': 'Answered',
    'enum.ConversationStatus.CLOSED': 'Closed',
    'enum.Language.EN': 'English',
    'enum.MessageDirection.OFFICE_TO_CLIENT': 'From the office to the client',
    'enum.MessageDirection.CLIENT_TO_OFFICE': 'From the client to the office',
    'enum.MessageKind.NOTIFICATION': 'Notification',
    'enum.MessageKind.EMAIL': 'Email',
    'enum.MessageKind.QUESTION': 'Client question',
    'enum.MessageKind.REPLY': 'Reply',
    'enum.NewMessagesAlert.IMMEDIATE': 'Right away',
    'enum.NewMessagesAlert.DAILY_DIGEST': 'Once a day',
    'enum.NewMessagesAlert.NEVER': 'Never',
    'enum.MessageTemplateKind.NOTIFICATION': 'Notification',
    'enum.MessageTemplateKind.EMAIL': 'Email',
    'enum.OfficeVerification.UNVERIFIED': 'Unverified',
    'enum.OfficeVerification.PENDING': 'Verification pending',
    'enum.OfficeVerification.VERIFIED': 'Verified',
    'enum.PrintoutKind.REVENUE_RECORD': 'Revenue record',
    'enum.PrintoutKind.TAX_BOOK': 'Tax book of revenue and expenses',
    'enum.PrintoutKind.LEDGER': 'Accounting ledger',
    'enum.PrintoutKind.VAT_REGISTER': 'VAT registers',
    'enum.PrintoutKind.DECLARATION': 'Declarations',
    'enum.PrintoutKind.UPO': 'UPO (official receipt)',
    'enum.Role.OFFICE_HEAD': 'Office head',
    'enum.Role.CARETAKER': 'Caretaker',
    'enum.Role.CLIENT': 'Client',
    'enum.Role.PLATFORM_ADMIN': 'Platform administrator',
    'enum.SmtpSecurity.NONE': 'No encryption',
    'enum.SmtpSecurity.STARTTLS': 'STARTTLS',
    'enum.SmtpSecurity.TLS': 'TLS/SSL',
    'enum.TaxForm.FULL_ACCOUNTING': 'Full accounting',
    'enum.TaxForm.TAX_BOOK': 'Tax book (KPiR)',
    'enum.TaxForm.LUMP_SUM': 'Lump sum (ryczałt)',
    'enum.VatRegister.SALES': 'VAT sales register',
    'enum.VatRegister.PURCHASES': 'VAT purchase register',
    'enum.WebhookDeliveryStatus.PENDING': 'Pending',
    'enum.WebhookDeliveryStatus.DELIVERED': 'Delivered',
    'enum.WebhookDeliveryStatus.FAILED': 'Not delivered',
    'enum.WebhookEvent.MESSAGE_CREATED': 'New message from the office',
    'enum.WebhookEvent.MESSAGE_READ': 'Client read a message',
    'enum.WebhookEvent.MESSAGE_ACKNOWLEDGED': 'Client acknowledged a message',
    'enum.WebhookEvent.EMAIL_DELIVERY_SENT': 'Email sent',
    'enum.WebhookEvent.EMAIL_DELIVERY_FAILED': 'Email failed',
    'enum.WebhookEvent.QUESTION_RECEIVED': 'Client question',
  },
});
