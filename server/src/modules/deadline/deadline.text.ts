import { formatGrosze, toGrosze } from '../printout/printout.amount.js';
import { parsePeriod } from '../printout/printout.period.js';

/** "1 234,56 zł". */
export function formatAmount(decimal: string): string {
  return `${formatGrosze(toGrosze(decimal))} zł`;
}

const longDate = new Intl.DateTimeFormat('pl-PL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2026-11-25" → "25 listopada 2026". */
export function formatDueDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00Z`));
}

/**
 * The built-in reminder as a template: the broadcast's text in the "Wysłane" list, where each
 * company's message has its own values.
 */
export const BUILT_IN_REMINDER_SOURCE =
  'Przypominamy o terminie płatności podatku z deklaracji {{deklaracja.typ}} za okres {{okres}}: ' +
  '{{deklaracja.kwota}} do {{deklaracja.termin}}. ' +
  'Jeśli podatek został już zapłacony, prosimy potraktować tę wiadomość jako nieaktualną.';

/** What a reminder says when the rule names no template: in Polish, with the declaration's values. */
export function builtInReminderText(declaration: {
  type: string;
  period: string;
  taxDue: string;
  dueDate: string;
}): string {
  return (
    `Przypominamy o terminie płatności podatku z deklaracji ${declaration.type} ` +
    `za okres ${parsePeriod(declaration.period).label}: ${formatAmount(declaration.taxDue)} ` +
    `do ${formatDueDate(declaration.dueDate)}. ` +
    'Jeśli podatek został już zapłacony, prosimy potraktować tę wiadomość jako nieaktualną.'
  );
}
