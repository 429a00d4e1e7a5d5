// Runs in: main process / Node. Calendar arithmetic on 'YYYY-MM-DD' strings, done in UTC so that
// no time zone or summer-time change can shift a day.

const DAY_MS = 86_400_000;

export function toUtc(iso: string): Date {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`Not a date: ${iso}`);
  return date;
}

export const fromUtc = (date: Date): string => date.toISOString().slice(0, 10);

export const addDays = (iso: string, days: number): string =>
  fromUtc(new Date(toUtc(iso).getTime() + days * DAY_MS));

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / DAY_MS);

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (iso: string): number => toUtc(iso).getUTCDay();
