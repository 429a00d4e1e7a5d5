// Runs in: main process / Node. I09: keeping the politicians on the train. The reminder interval per
// body (a setting, 90 days unless changed) and each body's last briefing against it, for the
// briefing screen and the overview.
import type { Database } from 'better-sqlite3';
import {
  bodyKey,
  daysBetween,
  DEFAULT_BRIEFING_INTERVAL_DAYS,
  isBriefingOverdue,
  type BodyBriefingStatus,
} from '../../../shared/domain/communication';
import { getSetting, setSetting } from '../settings/queries';
import { lastBriefingDates } from './briefingQueries';

const KEY = 'communication.briefingIntervals';

interface StoredInterval {
  body: string;
  days: number;
}

/** Body key → the name as the officer wrote it and the interval in days. */
export function briefingIntervals(db: Database): Map<string, StoredInterval> {
  const value = getSetting<unknown>(db, KEY);
  const map = new Map<string, StoredInterval>();
  if (!value || typeof value !== 'object' || Array.isArray(value)) return map;
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
    if (!entry || typeof entry !== 'object') continue;
    const { body, days } = entry as Record<string, unknown>;
    if (
      typeof body === 'string' &&
      typeof days === 'number' &&
      Number.isInteger(days) &&
      days > 0
    ) {
      map.set(key, { body, days });
    }
  }
  return map;
}

/** Sets one body's interval; null goes back to the default. Returns the interval now in force. */
export function setBriefingInterval(
  db: Database,
  body: string,
  days: number | null,
): { body: string; days: number } {
  const all = Object.fromEntries(briefingIntervals(db));
  const key = bodyKey(body);
  if (days === null) delete all[key];
  else all[key] = { body: body.trim(), days };
  setSetting(db, KEY, all);
  return { body: body.trim(), days: days ?? DEFAULT_BRIEFING_INTERVAL_DAYS };
}

/**
 * Every body with a briefing in the programme, and every body given its own interval (which counts
 * as overdue until its first briefing). Overdue bodies first, the longest wait first; then by name.
 */
export function lastBriefingPerBody(
  db: Database,
  programmeId: string,
  today: string,
): BodyBriefingStatus[] {
  const intervals = briefingIntervals(db);
  const last = new Map<string, { body: string; lastDate: string | null }>();
  for (const row of lastBriefingDates(db, programmeId)) {
    const key = bodyKey(row.body);
    const seen = last.get(key);
    if (!seen || (seen.lastDate !== null && row.lastDate > seen.lastDate)) last.set(key, row);
  }
  for (const [key, { body }] of intervals) {
    if (!last.has(key)) last.set(key, { body, lastDate: null });
  }
  const list = [...last.entries()].map(([key, { body, lastDate }]): BodyBriefingStatus => {
    const intervalDays = intervals.get(key)?.days ?? DEFAULT_BRIEFING_INTERVAL_DAYS;
    return {
      body,
      lastDate,
      daysSince: lastDate === null ? null : daysBetween(lastDate, today),
      intervalDays,
      overdue: isBriefingOverdue(lastDate, today, intervalDays),
    };
  });
  const wait = (s: BodyBriefingStatus) => s.daysSince ?? Number.MAX_SAFE_INTEGER;
  return list.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      (a.overdue ? wait(b) - wait(a) : 0) ||
      a.body.localeCompare(b.body, 'sv'),
  );
}
