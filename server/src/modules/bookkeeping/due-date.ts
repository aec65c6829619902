/**
 * When a declaration's tax is due by default, from its form and period, under the Polish rules:
 *
 * - monthly VAT (JPK_V7M, VAT-UE…): the 25th of the next month;
 * - other monthly forms (income tax advances, PIT-4R…): the 20th of the next month;
 * - CIT-8: the end of the third month of the next year (31 March);
 * - other annual forms (PIT-28, PIT-36, PIT-36L…): 30 April of the next year.
 *
 * A date on a Saturday, Sunday or public holiday moves to the next working day (Ordynacja
 * podatkowa, art. 12 § 5). An office may give its own date instead (DeclarationInput.dueDate).
 */
export function defaultDueDate(type: string, period: string): string {
  const [year = 0, month] = period.split('-').map(Number);
  const form = type.toUpperCase();
  let date: Date;
  if (month !== undefined) {
    const day = form.startsWith('JPK') || form.startsWith('VAT') ? 25 : 20;
    date = new Date(Date.UTC(year, month, day));
  } else if (form.startsWith('CIT')) {
    date = new Date(Date.UTC(year + 1, 2, 31));
  } else {
    date = new Date(Date.UTC(year + 1, 3, 30));
  }
  while (!isWorkingDay(date)) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Public holidays on fixed dates, "MM-DD" (24 December since 2025). */
const FIXED_HOLIDAYS = [
  '01-01',
  '01-06',
  '05-01',
  '05-03',
  '08-15',
  '11-01',
  '11-11',
  '12-25',
  '12-26',
];

function isWorkingDay(date: Date): boolean {
  const weekday = date.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const year = date.getUTCFullYear();
  const monthDay = date.toISOString().slice(5, 10);
  if (FIXED_HOLIDAYS.includes(monthDay)) return false;
  if (monthDay === '12-24' && year >= 2025) return false;
  const easter = easterSunday(year);
  const daysAfterEaster = Math.round((date.getTime() - easter.getTime()) / 86_400_000);
  // Easter Monday and Corpus Christi; the other movable feasts fall on Sundays.
  return daysAfterEaster !== 1 && daysAfterEaster !== 60;
}

/** Easter Sunday of the Gregorian calendar (the anonymous algorithm). */
function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}
