import type { BroadcastRecipientFilter } from '../../gql/graphql';

/** The report table's filters, as the office names them. */
export const reportFilters = [
  'all',
  'unread',
  'read',
  'unacknowledged',
  'acknowledged',
  'failed',
  'downloaded',
  'replied',
] as const;
export type ReportFilter = (typeof reportFilters)[number];

/** What each filter asks the API (`Broadcast.recipients(filter:)`). */
export function recipientFilter(filter: ReportFilter): BroadcastRecipientFilter {
  switch (filter) {
    case 'all':
      return {};
    case 'unread':
      return { read: false };
    case 'read':
      return { read: true };
    case 'unacknowledged':
      return { acknowledged: false };
    case 'acknowledged':
      return { acknowledged: true };
    case 'failed':
      return { emailStatus: 'FAILED' };
    case 'downloaded':
      return { downloaded: true };
    case 'replied':
      return { replied: true };
  }
}

/**
 * The filters that apply to a broadcast: "email failed" only to emails, the confirmations of
 * receipt only to a send that asked for them.
 */
export function filtersFor(kind: string, requireAcknowledgment = false): ReportFilter[] {
  return reportFilters.filter((f) => {
    if (f === 'failed') return kind === 'EMAIL';
    if (f === 'acknowledged' || f === 'unacknowledged') return requireAcknowledgment;
    return true;
  });
}

/** A filter named in the page's address (`?filter=unread`), or "all". */
export function parseReportFilter(value: string | null): ReportFilter {
  return (reportFilters as readonly string[]).includes(value ?? '')
    ? (value as ReportFilter)
    : 'all';
}

/** The CSV export of the same rows: `/broadcasts/:id/recipients.csv?read=false&lang=pl`. */
export function csvPath(broadcastId: string, filter: ReportFilter, lang: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(recipientFilter(filter)))
    if (value !== null && value !== undefined) params.set(key, String(value));
  params.set('lang', lang);
  return `/broadcasts/${encodeURIComponent(broadcastId)}/recipients.csv?${params}`;
}
