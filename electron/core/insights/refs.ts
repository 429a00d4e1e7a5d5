// Runs in: main process / Node. Which insights were made from given obstacles or answers, so the
// visit and interview screens can show "Insikt skapad" next to them.
import type { Database } from 'better-sqlite3';
import type { LinkedInsight } from '../../../shared/domain/interviews';
import { cachedStatement } from '../search/cachedStatement';

export function insightsForRefs(db: Database, refIds: string[]): Record<string, LinkedInsight[]> {
  const result: Record<string, LinkedInsight[]> = {};
  if (refIds.length === 0) return result;
  const rows = cachedStatement(
    db,
    `SELECT DISTINCT s.ref_id AS refId, i.id, i.type, i.text, i.created_at
     FROM insight_sources s JOIN insights i ON i.id = s.insight_id AND i.deleted_at IS NULL
     WHERE s.ref_id IN (SELECT value FROM json_each(?))
     ORDER BY i.created_at, i.id`,
  ).all(JSON.stringify(refIds)) as (LinkedInsight & { refId: string })[];
  for (const { refId, id, type, text } of rows) {
    (result[refId] ??= []).push({ id, type, text });
  }
  return result;
}
