import { type Stringifier, stringify } from 'csv-stringify';
import { BadUserInputError } from '../../core/errors.js';
import { DeliveryStatus } from '../email/email-delivery.entity.js';
import type { Broadcast } from './broadcast.entity.js';
import type { BroadcastRecipient, BroadcastRecipientFilter } from './broadcast.types.js';

/*
 * The recipients report as CSV, the way Polish Excel opens it: UTF-8 with a byte order mark (or
 * Excel reads the Polish letters as Windows-1250), `;` between cells (`,` is the decimal
 * separator there), CRLF line ends, and cells that Excel would run as a formula (starting with
 * = + - @, a tab or a carriage return) prefixed with an apostrophe.
 */

export type CsvLanguage = 'pl' | 'en';

const text = {
  pl: {
    headers: [
      'Firma',
      'NIP',
      'Przeczytano',
      'Kto przeczytał',
      'Pierwsze przeczytanie',
      'Potwierdzono odbiór',
      'Kto potwierdził',
      'Status e-maila',
      'Przyczyna błędu',
      'Załączniki',
      'Pobrane',
      'Odpowiedź klienta',
    ],
    yes: 'tak',
    no: 'nie',
    status: {
      [DeliveryStatus.QUEUED]: 'w kolejce',
      [DeliveryStatus.SENDING]: 'wysyłanie',
      [DeliveryStatus.SENT]: 'wysłano',
      [DeliveryStatus.FAILED]: 'błąd',
    },
  },
  en: {
    headers: [
      'Company',
      'NIP',
      'Read',
      'Read by',
      'First read',
      'Acknowledged',
      'Acknowledged by',
      'Email status',
      'Failure reason',
      'Attachments',
      'Downloaded',
      'Client reply',
    ],
    yes: 'yes',
    no: 'no',
    status: {
      [DeliveryStatus.QUEUED]: 'queued',
      [DeliveryStatus.SENDING]: 'sending',
      [DeliveryStatus.SENT]: 'sent',
      [DeliveryStatus.FAILED]: 'failed',
    },
  },
} satisfies Record<CsvLanguage, unknown>;

/** Times as Excel reads them, in the office's time zone. */
const csvTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Warsaw',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

export function formatCsvTime(date: Date | null): string {
  return date ? csvTime.format(date) : '';
}

/** The CSV writer: give it records from recipientRecord, pipe it to the response. */
export function recipientsCsv(language: CsvLanguage): Stringifier {
  return stringify({
    delimiter: ';',
    bom: true,
    record_delimiter: 'windows',
    escape_formulas: true,
    header: true,
    columns: text[language].headers,
  });
}

/** Names of the people and files a batch of recipients mentions, by id. */
export interface ReportNames {
  users: Map<string, string>;
  files: Map<string, string>;
}

/** One row of the CSV, in the order of the headers. */
export function recipientRecord(
  recipient: BroadcastRecipient,
  names: ReportNames,
  language: CsvLanguage,
): string[] {
  const t = text[language];
  const who = (userId: string) => names.users.get(userId) ?? '';
  return [
    recipient.companyName,
    recipient.companyNip,
    recipient.read ? t.yes : t.no,
    recipient.readRows.map((r) => `${who(r.userId)} (${formatCsvTime(r.readAt)})`).join(', '),
    formatCsvTime(recipient.firstReadAt),
    recipient.acknowledgedAt ? t.yes : t.no,
    recipient.acknowledgedById && recipient.acknowledgedAt
      ? `${who(recipient.acknowledgedById)} (${formatCsvTime(recipient.acknowledgedAt)})`
      : '',
    recipient.emailStatus ? t.status[recipient.emailStatus] : '',
    recipient.emailError ?? '',
    String(recipient.attachmentCount),
    recipient.downloadRows
      .map(
        (d) =>
          `${names.files.get(d.fileId) ?? ''} (${who(d.userId)}, ${formatCsvTime(d.downloadedAt)})`,
      )
      .join(', '),
    formatCsvTime(recipient.repliedAt),
  ];
}

const booleanParam = (value: unknown, field: string): boolean | null => {
  if (value === undefined || value === '') return null;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new BadUserInputError(`${field} must be true or false.`, field);
};

/** The report's filter from a query string (`?read=false&emailStatus=FAILED`); BAD_USER_INPUT otherwise. */
export function recipientFilterFromQuery(query: Record<string, unknown>): BroadcastRecipientFilter {
  const status = query.emailStatus;
  if (
    status !== undefined &&
    status !== '' &&
    !Object.values(DeliveryStatus).includes(status as DeliveryStatus)
  )
    throw new BadUserInputError(
      `emailStatus must be one of ${Object.values(DeliveryStatus).join(', ')}.`,
      'emailStatus',
    );
  return {
    read: booleanParam(query.read, 'read'),
    acknowledged: booleanParam(query.acknowledged, 'acknowledged'),
    emailStatus: status ? (status as DeliveryStatus) : null,
    downloaded: booleanParam(query.downloaded, 'downloaded'),
    replied: booleanParam(query.replied, 'replied'),
  };
}

export function csvLanguage(value: unknown): CsvLanguage {
  return value === 'en' ? 'en' : 'pl';
}

/** `raport-wysylki-2026-11-28.csv` (EN `send-report-…`), by the day the broadcast was sent. */
export function reportFilename(broadcast: Broadcast, language: CsvLanguage): string {
  const day = formatCsvTime(broadcast.createdAt).slice(0, 10);
  return `${language === 'en' ? 'send-report' : 'raport-wysylki'}-${day}.csv`;
}
