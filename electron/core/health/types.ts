// Runs in: main process / Node. What a health-check evaluator gets and gives, and the small helpers
// every evaluator shares: the item cap, "not recorded yet" for tables that are not in this database.
import type { Database } from 'better-sqlite3';
import type { Localized } from '../../../shared/domain/goals';
import type { HealthFinding, HealthItem } from '../../../shared/domain/health';
import { cachedStatement } from '../search/cachedStatement';

export interface HealthContext {
  db: Database;
  programmeId: string;
  /** YYYY-MM-DD in the officer's calendar. */
  today: string;
}

export type Evaluator = (ctx: HealthContext) => HealthFinding;

/** The overview lists at most this many records per check; count says how many there are. */
export const ITEMS_SHOWN = 20;

/** A label that reads the same in both languages: a name, a title, the officer's own text. */
export const same = (text: string): Localized => ({ sv: text, en: text });

export function tableExists(db: Database, name: string): boolean {
  return !!cachedStatement(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(
    name,
  );
}

/** The data behind the check is kept by a part of the app this database does not hold yet. */
export function notRecordedYet(what: Localized): HealthFinding {
  return {
    status: 'not-applicable',
    count: 0,
    items: [],
    detail: {
      sv: `${what.sv} registreras inte i den här databasen ännu.`,
      en: `${what.en} are not recorded in this database yet.`,
    },
  };
}

export function notApplicable(detail: Localized): HealthFinding {
  return { status: 'not-applicable', count: 0, items: [], detail };
}

/** Attention when any record is listed, ok otherwise; items beyond the cap are only counted. */
export function fromItems(
  items: HealthItem[],
  detail?: Localized,
  count = items.length,
): HealthFinding {
  return {
    status: count > 0 ? 'attention' : 'ok',
    count,
    items: items.slice(0, ITEMS_SHOWN),
    ...(detail ? { detail } : {}),
  };
}

export const yearOf = (today: string): number => Number(today.slice(0, 4));

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
