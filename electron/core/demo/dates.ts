// Runs in: main process / Node. Calendar arithmetic in UTC, so the data never depends on the
// machine's time zone or clock, only on the `today` it was given.

import { AppFailure } from '../../../shared/errors';

const DAY = 86_400_000;

export function parseDay(day: string): number {
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(ms)) {
    throw new AppFailure('VALIDATION', {
      sv: `Ogiltigt datum: ${day}. Ange datum som ÅÅÅÅ-MM-DD.`,
      en: `Invalid date: ${day}. Use YYYY-MM-DD.`,
    });
  }
  return ms;
}

export const addDays = (dayMs: number, days: number) => dayMs + days * DAY;
export const formatDay = (dayMs: number) => new Date(dayMs).toISOString().slice(0, 10);
/** 0 = Sunday … 6 = Saturday. */
export const weekday = (dayMs: number) => new Date(dayMs).getUTCDay();
export const monthOf = (dayMs: number) => new Date(dayMs).getUTCMonth() + 1;
export const timestampAt = (dayMs: number, hour: number, minute: number) =>
  new Date(dayMs + hour * 3_600_000 + minute * 60_000).toISOString();

/** The local calendar date of `now` as YYYY-MM-DD (the default `today`). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
