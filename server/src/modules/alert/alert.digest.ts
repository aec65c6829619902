/** Daily digests go out by the clock of the offices and their clients. */
const ZONE = 'Europe/Warsaw';

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

/** What a Warsaw clock shows at `at`, as if it were UTC (ms since the epoch). */
function warsawWall(at: Date): { ms: number; year: number; month: number; day: number } {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(wallClock.formatToParts(at).find((p) => p.type === type)?.value ?? 0);
  const [year, month, day] = [part('year'), part('month'), part('day')];
  return {
    ms: Date.UTC(year, month - 1, day, part('hour'), part('minute'), part('second')),
    year,
    month,
    day,
  };
}

/** The instant a Warsaw clock shows `hour`:00 on the given day (day 0 is the last of the month before). */
function warsawInstant(year: number, month: number, day: number, hour: number): Date {
  const wanted = Date.UTC(year, month - 1, day, hour);
  // Start from CET (UTC+1) and correct by what the clock shows: exact after one step, also in summer.
  let guess = wanted - 3_600_000;
  for (let step = 0; step < 2; step++) guess += wanted - warsawWall(new Date(guess)).ms;
  return new Date(guess);
}

/** The latest time at or before `now` that a Warsaw clock showed `hour`:00: today's, or yesterday's. */
export function latestDigestTime(now: Date, hour: number): Date {
  const today = warsawWall(now);
  const todays = warsawInstant(today.year, today.month, today.day, hour);
  return todays.getTime() <= now.getTime()
    ? todays
    : warsawInstant(today.year, today.month, today.day - 1, hour);
}
