// Runs in: main process / Node. Small readers shared by the communication queries: the audience
// list as stored, and the readable name of the action or goal an item tells about.
import type { Database } from 'better-sqlite3';
import { audienceIds, type Audience, type SourceKind } from '../../../shared/domain/communication';
import { cachedStatement } from '../search/cachedStatement';

const known: ReadonlySet<string> = new Set(audienceIds);

/** The stored JSON array, keeping only ids this version knows. */
export function parseAudiences(json: string): Audience[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value)
      ? value.filter((a): a is Audience => typeof a === 'string' && known.has(a))
      : [];
  } catch {
    return [];
  }
}

const labelSql: Record<SourceKind, string> = {
  action: 'SELECT what AS label FROM actions WHERE id = ? AND deleted_at IS NULL',
  goal: 'SELECT text AS label FROM goals WHERE id = ? AND deleted_at IS NULL',
};

/** The action's "what" or the goal's text; null when it is gone or in the trash. */
export function sourceLabel(db: Database, kind: SourceKind, id: string): string | null {
  const row = cachedStatement(db, labelSql[kind]).get(id) as { label: string } | undefined;
  return row?.label ?? null;
}

/** The programme of a live action or goal, or null. */
export function sourceProgramme(db: Database, kind: SourceKind, id: string): string | null {
  const table = kind === 'action' ? 'actions' : 'goals';
  const row = cachedStatement(
    db,
    `SELECT programme_id AS p FROM ${table} WHERE id = ? AND deleted_at IS NULL`,
  ).get(id) as { p: string } | undefined;
  return row?.p ?? null;
}
