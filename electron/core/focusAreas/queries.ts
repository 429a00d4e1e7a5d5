// Runs in: main process / Node. SQL of focus areas (fokusområden).
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { focusAreaInput } from '../../../shared/contract/focusAreas';
import { normaliseGlobalGoals } from '../../../shared/domain/agenda2030';
import type { FocusArea } from '../../../shared/domain/focusAreas';
import { cachedStatement } from '../search/cachedStatement';

export type FocusAreaData = Omit<z.output<typeof focusAreaInput>, 'programmeId'>;

const SELECT = `
  SELECT fa.id, fa.programme_id AS programmeId, fa.name, fa.priority, fa.candidate, fa.why,
         fa.vision_link AS visionLink, fa.current_state AS currentState,
         fa.desired_state AS desiredState,
         fa.responsible_stakeholder_id AS responsibleStakeholderId,
         coalesce(s.name, fa.responsible_name) AS responsibleName,
         fa.downturn_note AS downturnNote, fa.brand_note AS brandNote, fa.impact, fa.effort,
         fa.priority_reason AS priorityReason, fa.agenda2030,
         fa.swot_strength_note AS swotStrengthNote,
         (SELECT count(*) FROM goals g WHERE g.focus_area_id = fa.id AND g.deleted_at IS NULL)
           AS goalCount,
         fa.created_at AS createdAt, fa.updated_at AS updatedAt
  FROM focus_areas fa LEFT JOIN stakeholders s ON s.id = fa.responsible_stakeholder_id`;

type Row = Omit<FocusArea, 'candidate' | 'agenda2030'> & { candidate: number; agenda2030: string };

function parseGoals(json: string): number[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((n): n is number => typeof n === 'number') : [];
  } catch {
    return [];
  }
}

const toFocusArea = (row: Row): FocusArea => ({
  ...row,
  candidate: row.candidate === 1,
  agenda2030: normaliseGlobalGoals(parseGoals(row.agenda2030)),
});

/** Chosen areas in priority order, then candidates in theirs. */
export function selectFocusAreas(db: Database, programmeId: string): FocusArea[] {
  const rows = cachedStatement(
    db,
    `${SELECT} WHERE fa.programme_id = ? AND fa.deleted_at IS NULL
     ORDER BY fa.candidate, fa.priority, fa.created_at, fa.id`,
  ).all(programmeId) as Row[];
  return rows.map(toFocusArea);
}

export function selectFocusArea(db: Database, id: string): FocusArea | null {
  const row = cachedStatement(db, `${SELECT} WHERE fa.id = ? AND fa.deleted_at IS NULL`).get(id) as
    Row | undefined;
  return row ? toFocusArea(row) : null;
}

export function programmeIsLive(db: Database, programmeId: string): boolean {
  return (
    cachedStatement(db, 'SELECT 1 FROM programmes WHERE id = ? AND deleted_at IS NULL').get(
      programmeId,
    ) !== undefined
  );
}

/** The stakeholder's name when the stakeholder exists and is not in the trash. */
export function liveStakeholderName(db: Database, id: string): string | null {
  const row = cachedStatement(
    db,
    'SELECT name FROM stakeholders WHERE id = ? AND deleted_at IS NULL',
  ).get(id) as { name: string } | undefined;
  return row?.name ?? null;
}

const columns = (data: FocusAreaData) => [
  data.name,
  data.candidate ? 1 : 0,
  data.why,
  data.visionLink,
  data.currentState,
  data.desiredState,
  data.responsibleStakeholderId,
  data.responsibleName,
  data.downturnNote,
  data.brandNote,
  data.impact,
  data.effort,
  data.priorityReason,
  JSON.stringify(normaliseGlobalGoals(data.agenda2030)),
  data.swotStrengthNote,
];

export function insertFocusArea(
  db: Database,
  id: string,
  programmeId: string,
  priority: number,
  data: FocusAreaData,
  now: string,
): void {
  cachedStatement(
    db,
    `INSERT INTO focus_areas (name, candidate, why, vision_link, current_state, desired_state,
       responsible_stakeholder_id, responsible_name, downturn_note, brand_note, impact, effort,
       priority_reason, agenda2030, swot_strength_note, id, programme_id, priority,
       created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(...columns(data), id, programmeId, priority, now, now);
}

export function updateFocusAreaRow(
  db: Database,
  id: string,
  data: FocusAreaData,
  now: string,
): boolean {
  return (
    cachedStatement(
      db,
      `UPDATE focus_areas SET name = ?, candidate = ?, why = ?, vision_link = ?,
         current_state = ?, desired_state = ?, responsible_stakeholder_id = ?,
         responsible_name = ?, downturn_note = ?, brand_note = ?, impact = ?, effort = ?,
         priority_reason = ?, agenda2030 = ?, swot_strength_note = ?, updated_at = ?
       WHERE id = ? AND deleted_at IS NULL`,
    ).run(...columns(data), now, id).changes === 1
  );
}

/** The next free priority among the programme's chosen areas or among its candidates. */
export function nextPriority(db: Database, programmeId: string, candidate: boolean): number {
  const row = cachedStatement(
    db,
    `SELECT coalesce(max(priority), 0) + 1 AS next FROM focus_areas
     WHERE programme_id = ? AND candidate = ? AND deleted_at IS NULL`,
  ).get(programmeId, candidate ? 1 : 0) as { next: number };
  return row.next;
}

export function setPriority(db: Database, id: string, priority: number, now: string): void {
  cachedStatement(
    db,
    `UPDATE focus_areas SET priority = ?, updated_at = ?
     WHERE id = ? AND priority <> ? AND deleted_at IS NULL`,
  ).run(priority, now, id, priority);
}

/** Closes gaps so the chosen areas read 1, 2, 3 … (and the candidates likewise). */
export function renumber(db: Database, programmeId: string, now: string): void {
  const rows = cachedStatement(
    db,
    `SELECT id, candidate FROM focus_areas WHERE programme_id = ? AND deleted_at IS NULL
     ORDER BY candidate, priority, created_at, id`,
  ).all(programmeId) as { id: string; candidate: number }[];
  const counters = [0, 0];
  for (const row of rows) {
    counters[row.candidate] = (counters[row.candidate] ?? 0) + 1;
    setPriority(db, row.id, counters[row.candidate]!, now);
  }
}

export function liveGoalCount(db: Database, focusAreaId: string): number {
  const row = cachedStatement(
    db,
    'SELECT count(*) AS n FROM goals WHERE focus_area_id = ? AND deleted_at IS NULL',
  ).get(focusAreaId) as { n: number };
  return row.n;
}

export function softDeleteFocusArea(db: Database, id: string, now: string): boolean {
  return (
    cachedStatement(
      db,
      'UPDATE focus_areas SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL',
    ).run(now, now, id).changes === 1
  );
}

/**
 * GDPR erase of a stakeholder: focus areas keep their text but lose the link and the copied name.
 * Call from the purge in the same transaction; returns the number of areas changed.
 */
export function forgetStakeholderInFocusAreas(
  db: Database,
  stakeholderId: string,
  now: string,
): number {
  return db
    .prepare(
      `UPDATE focus_areas SET responsible_stakeholder_id = NULL, responsible_name = '',
         updated_at = ?
       WHERE responsible_stakeholder_id = ?`,
    )
    .run(now, stakeholderId).changes;
}

export function deletedFocusArea(
  db: Database,
  id: string,
): { programmeId: string; candidate: number } | null {
  const row = cachedStatement(
    db,
    `SELECT programme_id AS programmeId, candidate FROM focus_areas
     WHERE id = ? AND deleted_at IS NOT NULL`,
  ).get(id) as { programmeId: string; candidate: number } | undefined;
  return row ?? null;
}

export function restoreFocusAreaRow(db: Database, id: string, priority: number, now: string): void {
  cachedStatement(
    db,
    'UPDATE focus_areas SET deleted_at = NULL, priority = ?, updated_at = ? WHERE id = ?',
  ).run(priority, now, id);
}
