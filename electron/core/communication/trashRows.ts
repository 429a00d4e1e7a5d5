// Runs in: main process / Node. Soft delete (to the trash) and restore of communication records.
import type { Database } from 'better-sqlite3';
import { cachedStatement } from '../search/cachedStatement';

export type CommunicationTable =
  'communication_plan_items' | 'communication_log' | 'politician_briefings';

export function softDeleteRow(
  db: Database,
  table: CommunicationTable,
  id: string,
  now: string,
): boolean {
  return (
    cachedStatement(
      db,
      `UPDATE ${table} SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL`,
    ).run(now, now, id).changes > 0
  );
}

export function restoreRow(
  db: Database,
  table: CommunicationTable,
  id: string,
  now: string,
): boolean {
  return (
    cachedStatement(
      db,
      `UPDATE ${table} SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL`,
    ).run(now, id).changes > 0
  );
}
