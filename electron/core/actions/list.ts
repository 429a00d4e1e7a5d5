// Runs in: main process / Node. The action plan as a filtered, paged list and its focus-area groups.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { Page } from '../../../shared/contract';
import type { actionFilter } from '../../../shared/contract/actions';
import { stalledCutoff, type ActionGroup, type ActionRow } from '../../../shared/domain/actions';
import { cachedStatement } from '../search/cachedStatement';
import { ROW_FROM, ROW_SELECT, toActionRow, type RawRow } from './queries';

export type ActionFilter = z.output<z.ZodObject<typeof actionFilter>>;

/** SQL twin of missingParts(): true when who, what, when, how or why is missing (I13). */
export const INCOMPLETE_SQL = `(
  (a.responsible_stakeholder_id IS NULL AND coalesce(s.name, a.responsible_name) = '')
  OR a.what = ''
  OR (a.start_date IS NULL AND a.due_date IS NULL
      AND NOT (a.kind = 'annual' AND a.annual_month IS NOT NULL))
  OR a.how = '' OR a.why = '')`;

/** SQL twin of isStalled(); the parameter is stalledCutoff(today, days). */
export const STALLED_SQL = `(a.status IN ('planned', 'in_progress') AND a.last_update_at < ?)`;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function whereOf(
  filter: Omit<ActionFilter, 'focusAreaId'> & { focusAreaId?: string | null },
  today: string,
  days: number,
): { sql: string; params: unknown[] } {
  const where = ['a.programme_id = ?', 'a.deleted_at IS NULL'];
  const params: unknown[] = [filter.programmeId];
  if (filter.focusAreaId === null) where.push('fa.id IS NULL');
  else if (filter.focusAreaId !== undefined) {
    where.push('fa.id = ?');
    params.push(filter.focusAreaId);
  }
  if (filter.status) {
    where.push('a.status = ?');
    params.push(filter.status);
  }
  if (filter.kind) {
    where.push('a.kind = ?');
    params.push(filter.kind);
  }
  if (filter.responsibleOrgKind) {
    where.push('a.responsible_org_kind = ?');
    params.push(filter.responsibleOrgKind);
  }
  if (filter.responsible) {
    where.push("coalesce(s.name, a.responsible_name) LIKE ? ESCAPE '\\'");
    params.push(`%${escapeLike(filter.responsible)}%`);
  }
  if (filter.stalled !== undefined) {
    where.push(filter.stalled ? STALLED_SQL : `NOT ${STALLED_SQL}`);
    params.push(stalledCutoff(today, days));
  }
  if (filter.incomplete !== undefined) {
    where.push(filter.incomplete ? INCOMPLETE_SQL : `NOT ${INCOMPLETE_SQL}`);
  }
  return { sql: where.join(' AND '), params };
}

export function listActions(
  db: Database,
  filter: ActionFilter & { offset: number; limit: number },
  today: string,
  days: number,
): Page<ActionRow> {
  const { sql, params } = whereOf(filter, today, days);
  const { total } = cachedStatement(db, `SELECT count(*) AS total ${ROW_FROM} WHERE ${sql}`).get(
    ...params,
  ) as { total: number };
  const rows = cachedStatement(
    db,
    `${ROW_SELECT} ${ROW_FROM} WHERE ${sql}
     ORDER BY fa.id IS NULL, fa.candidate, fa.priority, fa.id, a.due_date IS NULL, a.due_date,
       a.what COLLATE NOCASE, a.id
     LIMIT ? OFFSET ?`,
  ).all(...params, filter.limit, filter.offset) as RawRow[];
  return { rows: rows.map((r) => toActionRow(r, today, days)), total, offset: filter.offset };
}

interface AreaRow {
  id: string;
  name: string;
  priority: number;
  candidate: number;
}

/**
 * The programme's chosen focus areas in priority order (even when empty, so the plan shows where
 * nothing is planned yet), candidate areas that hold actions, then "no focus area" if used.
 */
export function groupActions(
  db: Database,
  filter: Omit<ActionFilter, 'focusAreaId'>,
  today: string,
  days: number,
): ActionGroup[] {
  const { sql, params } = whereOf(filter, today, days);
  const counts = cachedStatement(
    db,
    `SELECT fa.id AS focusAreaId, count(*) AS n ${ROW_FROM} WHERE ${sql} GROUP BY fa.id`,
  ).all(...params) as { focusAreaId: string | null; n: number }[];
  const countOf = new Map(counts.map((c) => [c.focusAreaId, c.n]));
  const areas = cachedStatement(
    db,
    `SELECT id, name, priority, candidate FROM focus_areas
     WHERE programme_id = ? AND deleted_at IS NULL ORDER BY candidate, priority, created_at, id`,
  ).all(filter.programmeId) as AreaRow[];
  const groups: ActionGroup[] = areas
    .filter((a) => a.candidate === 0 || countOf.has(a.id))
    .map((a) => ({
      focusArea: { id: a.id, name: a.name, priority: a.priority, candidate: a.candidate === 1 },
      count: countOf.get(a.id) ?? 0,
    }));
  const none = countOf.get(null);
  if (none) groups.push({ focusArea: null, count: none });
  return groups;
}
