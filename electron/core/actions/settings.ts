// Runs in: main process / Node. The officer's choice of when an action counts as stalled (I16).
import type { Database } from 'better-sqlite3';
import { DEFAULT_STALLED_DAYS } from '../../../shared/domain/actions';
import { getSetting, setSetting } from '../settings/queries';

const KEY = 'actions.stalledDays';

export function stalledDays(db: Database): number {
  const value = getSetting<unknown>(db, KEY);
  return typeof value === 'number' && Number.isInteger(value) && value > 0
    ? value
    : DEFAULT_STALLED_DAYS;
}

export function setStalledDays(db: Database, days: number): { days: number } {
  setSetting(db, KEY, days);
  return { days };
}
