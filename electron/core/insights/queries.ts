// Runs in: main process / Node. SQL of insights (insikter): rows, writes and the paged list.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { Page } from '../../../shared/contract';
import type { insightsContract } from '../../../shared/contract/insights';
import type {
  Insight,
  InsightRow,
  InsightType,
  ObstacleStatus,
} from '../../../shared/domain/insights';
import { cachedStatement } from '../search/cachedStatement';
import { countsFor, noCounts, sourcesFor } from './sources';

export const COLUMNS = `
  i.id, i.programme_id AS programmeId, i.type, i.text, i.obstacle_status AS obstacleStatus,
  i.obstacle_owner AS obstacleOwner, i.obstacle_removed_date AS obstacleRemovedDate,
  i.created_at AS createdAt, i.updated_at AS updatedAt`;

export type InsightDbRow = Omit<InsightRow, 'counts' | 'sourceCount'>;

export interface InsightFields {
  programmeId: string | null;
  type: InsightType;
  text: string;
  obstacleStatus: ObstacleStatus | null;
  obstacleOwner: string;
  obstacleRemovedDate: string | null;
}

/** Rows with their source counts, in one query for the whole page. */
export function withCounts(db: Database, rows: InsightDbRow[]): InsightRow[] {
  const counts = countsFor(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    ...r,
    counts: counts.get(r.id)?.counts ?? noCounts(),
    sourceCount: counts.get(r.id)?.sourceCount ?? 0,
  }));
}

export function withSources(db: Database, rows: InsightDbRow[]): Insight[] {
  const sources = sourcesFor(
    db,
    rows.map((r) => r.id),
  );
  return withCounts(db, rows).map((r) => ({ ...r, sources: sources.get(r.id) ?? [] }));
}

export function selectInsightRow(db: Database, id: string): InsightDbRow | null {
  return (
    (cachedStatement(
      db,
      `SELECT ${COLUMNS} FROM insights i WHERE i.id = ? AND i.deleted_at IS NULL`,
    ).get(id) as InsightDbRow | undefined) ?? null
  );
}

export function selectInsight(db: Database, id: string): Insight | null {
  const row = selectInsightRow(db, id);
  return row ? withSources(db, [row])[0]! : null;
}

const values = (f: InsightFields) => [
  f.programmeId,
  f.type,
  f.text,
  f.obstacleStatus,
  f.obstacleOwner,
  f.obstacleRemovedDate,
];

export function insertInsightRow(db: Database, id: string, f: InsightFields, now: string): void {
  cachedStatement(
    db,
    `INSERT INTO insights (programme_id, type, text, obstacle_status, obstacle_owner,
       obstacle_removed_date, id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(...values(f), id, now, now);
}

export function updateInsightRow(db: Database, id: string, f: InsightFields, now: string): boolean {
  return (
    cachedStatement(
      db,
      `UPDATE insights SET programme_id = ?, type = ?, text = ?, obstacle_status = ?,
         obstacle_owner = ?, obstacle_removed_date = ?, updated_at = ?
       WHERE id = ? AND deleted_at IS NULL`,
    ).run(...values(f), now, id).changes === 1
  );
}

export function touchInsight(db: Database, id: string, now: string): void {
  cachedStatement(db, 'UPDATE insights SET updated_at = ? WHERE id = ?').run(now, id);
}

export function softDeleteInsight(db: Database, id: string, now: string): boolean {
  return (
    cachedStatement(
      db,
      'UPDATE insights SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL',
    ).run(now, now, id).changes === 1
  );
}

export function restoreInsight(db: Database, id: string, now: string): boolean {
  return (
    cachedStatement(
      db,
      'UPDATE insights SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL',
    ).run(now, id).changes === 1
  );
}

/** Open obstacles first, then the most often raised, then the newest. */
export const ORDER = `
  CASE i.obstacle_status WHEN 'open' THEN 0 WHEN 'in_progress' THEN 1 WHEN 'removed' THEN 2 END,
  (SELECT count(*) FROM insight_sources s WHERE s.insight_id = i.id) DESC,
  i.created_at DESC, i.id`;

type ListInput = z.output<(typeof insightsContract)['insights:list']['input']>;

export function listInsights(db: Database, input: ListInput): Page<InsightRow> {
  const where = ['i.deleted_at IS NULL'];
  const params: unknown[] = [];
  if (input.types.length > 0) {
    where.push('i.type IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(input.types));
  }
  if (input.programmeId) {
    where.push('i.programme_id = ?');
    params.push(input.programmeId);
  }
  if (input.obstacleStatuses.length > 0) {
    where.push('i.obstacle_status IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(input.obstacleStatuses));
  }
  const query = input.query.trim();
  if (query) {
    where.push("i.text LIKE ? ESCAPE '\\'");
    params.push(`%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  const filter = where.join(' AND ');
  const rows = cachedStatement(
    db,
    `SELECT ${COLUMNS} FROM insights i WHERE ${filter} ORDER BY ${ORDER} LIMIT ? OFFSET ?`,
  ).all(...params, input.limit, input.offset) as InsightDbRow[];
  const { total } = cachedStatement(
    db,
    `SELECT count(*) AS total FROM insights i WHERE ${filter}`,
  ).get(...params) as { total: number };
  return { rows: withCounts(db, rows), total, offset: input.offset };
}
