/** Sends are scheduled in Polish time, whatever the browser's zone. */
export const SEND_ZONE = 'Europe/Warsaw';
/** The server's limit on how far ahead a send may be scheduled. */
export const MAX_SCHEDULE_DAYS = 90;

const parts = new Intl.DateTimeFormat('en-US', {
  timeZone: SEND_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The wall time in Warsaw at `instant`, as if it were UTC (milliseconds). */
function warsawWallTime(instant: number): number {
  const p = Object.fromEntries(
    parts.formatToParts(new Date(instant)).map((part) => [part.type, part.value]),
  );
  return Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
}

/** "YYYY-MM-DD" and "HH:MM" in Warsaw time as an instant; null when either is incomplete. */
export function warsawToInstant(date: string, time: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  // The zone's offset at that moment (twice: the first guess may sit across a DST change).
  let instant = wall - (warsawWallTime(wall) - wall);
  instant = wall - (warsawWallTime(instant) - instant);
  return new Date(instant);
}

/** An instant as Warsaw's "YYYY-MM-DD" and "HH:MM". */
export function instantToWarsaw(instant: Date): { date: string; time: string } {
  const iso = new Date(warsawWallTime(instant.getTime())).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** Why a chosen time cannot be a send's: not yet complete, already past, or too far ahead. */
export type SendAtProblem = 'incomplete' | 'past' | 'tooFar';

export function sendAtProblem(at: Date | null, now = new Date()): SendAtProblem | null {
  if (!at) return 'incomplete';
  if (at.getTime() <= now.getTime()) return 'past';
  if (at.getTime() > now.getTime() + MAX_SCHEDULE_DAYS * 86_400_000) return 'tooFar';
  return null;
}

const shown = {
  pl: new Intl.DateTimeFormat('pl-PL', {
    timeZone: SEND_ZONE,
    dateStyle: 'medium',
    timeStyle: 'short',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: SEND_ZONE,
    dateStyle: 'medium',
    timeStyle: 'short',
  }),
};

/** A send's time as people in the office read it: Warsaw time, whatever the browser's zone. */
export function formatWarsaw(iso: string, lang: 'pl' | 'en'): string {
  return shown[lang].format(new Date(iso));
}
