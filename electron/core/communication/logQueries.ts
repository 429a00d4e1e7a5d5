// Runs in: main process / Node. SQL of the communication log: what was actually told.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { logEntryUpdateInput } from '../../../shared/contract/communication';
import type { LogEntry, SourceKind } from '../../../shared/domain/communication';
import { cachedStatement } from '../search/cachedStatement';
import { parseAudiences, sourceLabel } from './sourceLabels';

export type LogData = Omit<z.output<typeof logEntryUpdateInput>, 'id'>;

const SELECT = `
  SELECT l.id, l.programme_id AS programmeId, l.date, l.channel, l.audiences, l.what, l.reach,
         l.plan_item_id AS planItemId,
         (SELECT p.message FROM communication_plan_items p
          WHERE p.id = l.plan_item_id AND p.deleted_at IS NULL) AS planItemMessage,
         l.upward, l.source_kind AS sourceKind, l.source_id AS sourceId,
         l.created_at AS createdAt, l.updated_at AS updatedAt
  FROM communication_log l`;

type Row = Omit<LogEntry, 'audiences' | 'upward' | 'source'> & {
  audiences: string;
  upward: number;
  sourceKind: SourceKind | null;
  sourceId: string | null;
};

function toEntry(db: Database, { sourceKind, sourceId, ...row }: Row): LogEntry {
  return {
    ...row,
    audiences: parseAudiences(row.audiences),
    upward: row.upward === 1,
    source:
      sourceKind && sourceId
        ? { kind: sourceKind, id: sourceId, label: sourceLabel(db, sourceKind, sourceId) }
        : null,
  };
}

export function selectLogEntry(db: Database, id: string): LogEntry | null {
  const row = cachedStatement(db, `${SELECT} WHERE l.id = ? AND l.deleted_at IS NULL`).get(id) as
    Row | undefined;
  return row ? toEntry(db, row) : null;
}

/** Newest first; `year` narrows to one calendar year. */
export function selectLogEntries(db: Database, programmeId: string, year?: number): LogEntry[] {
  const rows = (
    year === undefined
      ? cachedStatement(
          db,
          `${SELECT} WHERE l.programme_id = ? AND l.deleted_at IS NULL
           ORDER BY l.date DESC, l.created_at DESC, l.id`,
        ).all(programmeId)
      : cachedStatement(
          db,
          `${SELECT} WHERE l.programme_id = ? AND l.deleted_at IS NULL AND substr(l.date, 1, 4) = ?
           ORDER BY l.date DESC, l.created_at DESC, l.id`,
        ).all(programmeId, String(year))
  ) as Row[];
  return rows.map((r) => toEntry(db, r));
}

export function logEntryProgramme(db: Database, id: string): string | null {
  const row = cachedStatement(
    db,
    'SELECT programme_id AS p FROM communication_log WHERE id = ? AND deleted_at IS NULL',
  ).get(id) as { p: string } | undefined;
  return row?.p ?? null;
}

const values = (d: LogData) => [
  d.date,
  d.channel,
  JSON.stringify(d.audiences),
  d.what,
  d.reach,
  d.planItemId,
  d.upward ? 1 : 0,
];

export function insertLogEntry(
  db: Database,
  id: string,
  programmeId: string,
  data: LogData,
  source: { kind: SourceKind; id: string } | null,
  now: string,
): void {
  cachedStatement(
    db,
    `INSERT INTO communication_log (id, programme_id, date, channel, audiences, what, reach,
       plan_item_id, upward, source_kind, source_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, programmeId, ...values(data), source?.kind ?? null, source?.id ?? null, now, now);
}

export function updateLogRow(db: Database, id: string, data: LogData, now: string): boolean {
  return (
    cachedStatement(
      db,
      `UPDATE communication_log SET date = ?, channel = ?, audiences = ?, what = ?, reach = ?,
         plan_item_id = ?, upward = ?, updated_at = ?
       WHERE id = ? AND deleted_at IS NULL`,
    ).run(...values(data), now, id).changes > 0
  );
}
