// Runs in: main process / Node. Which backups to keep: a pure rule, so it can be tested in full.
import { getISOWeek, getISOWeekYear } from 'date-fns';

export interface RetentionRule {
  /** The newest backup of each of this many most recent days that have backups. */
  daily: number;
  /** Then the newest backup of each of this many most recent ISO weeks before those days. */
  weekly: number;
}

export const defaultRetention: RetentionRule = { daily: 7, weekly: 4 };

const pad = (n: number) => String(n).padStart(2, '0');
/** Days and weeks are the officer's local calendar, the same as in the backup file names. */
const dayKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const weekKey = (d: Date) => `${getISOWeekYear(d)}-W${pad(getISOWeek(d))}`;

/**
 * The file names to keep. Days count only when they have backups, so an officer who has not
 * opened the app for a month still has a week's worth of backups, not none. `now` is part of
 * the signature for callers; the rule itself is relative to the backups, not to the clock, so a
 * clock set wrong cannot make it delete everything.
 */
export function selectBackupsToKeep(
  backups: readonly { fileName: string; createdAt: string }[],
  _now: Date,
  rule: RetentionRule = defaultRetention,
): Set<string> {
  const sorted = backups
    .map((b) => ({ fileName: b.fileName, at: new Date(b.createdAt) }))
    .filter((b) => !Number.isNaN(b.at.getTime()))
    .sort((a, b) => b.at.getTime() - a.at.getTime() || (a.fileName < b.fileName ? 1 : -1));

  const keep = new Set<string>();
  if (sorted.length === 0) return keep;
  keep.add(sorted[0]!.fileName);

  // Sorted newest first, so each local day is one contiguous run of the list.
  const days = new Set<string>();
  const weeksWithDaily = new Set<string>();
  let i = 0;
  for (; i < sorted.length; i++) {
    const b = sorted[i]!;
    const day = dayKey(b.at);
    if (days.has(day)) continue;
    if (days.size >= rule.daily) break;
    days.add(day);
    keep.add(b.fileName);
    weeksWithDaily.add(weekKey(b.at));
  }

  // Everything from i on is older than the daily days.
  const weeks = new Set<string>();
  for (; i < sorted.length && weeks.size < rule.weekly; i++) {
    const b = sorted[i]!;
    const week = weekKey(b.at);
    // A week that already has a daily backup needs no weekly one.
    if (weeksWithDaily.has(week) || weeks.has(week)) continue;
    weeks.add(week);
    keep.add(b.fileName);
  }
  return keep;
}
