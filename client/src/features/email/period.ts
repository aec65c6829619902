import type { Lang } from '../../i18n';

/** The month before today as "YYYY-MM": the usual month printouts are sent for. */
export function previousMonth(today = new Date()): string {
  const date = new Date(today.getFullYear(), today.getMonth() - 1, 1);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

export function currentMonth(today = new Date()): string {
  return `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}`;
}

export function isPeriod(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value) || /^\d{4}$/.test(value);
}

const locales: Record<Lang, string> = { pl: 'pl-PL', en: 'en-GB' };

/** The twelve month names as a calendar shows them: "styczeń" … "grudzień", "January" … */
export function monthNames(lang: Lang): string[] {
  const format = new Intl.DateTimeFormat(locales[lang], { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => format.format(new Date(Date.UTC(2000, i, 15))));
}

/** A period in words: "październik 2026" / "October 2026", a year as itself. */
export function formatPeriod(period: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  if (!match) return period;
  const name = monthNames(lang)[Number(match[2]) - 1];
  return name ? `${name} ${match[1]}` : period;
}
