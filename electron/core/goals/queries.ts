// Runs in: main process / Node. SQL of goals (mål), their measurements and target revisions.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { goalInput } from '../../../shared/contract/goals';
import { normaliseGlobalGoals, type GlobalGoalNumber } from '../../../shared/domain/agenda2030';
import type {
  Direction,
  GoalLevelKind,
  GoalMeasurement,
  GoalRevision,
  GoalType,
  Horizon,
  IndicatorSourceKind,
  MeasureLevel,
  OverrideStatus,
} from '../../../shared/domain/goals';
import { cachedStatement } from '../search/cachedStatement';

export type GoalData = Omit<z.output<typeof goalInput>, 'programmeId'>;

/** A goal row as stored, before the status is computed. */
export interface GoalRecord {
  id: string;
  programmeId: string;
  focusAreaId: string | null;
  parentGoalId: string | null;
  levelKind: GoalLevelKind;
  text: string;
  why: string;
  type: GoalType;
  measureLevel: MeasureLevel;
  horizon: Horizon;
  influenceable: boolean;
  quality: { clear: boolean; measurable: boolean; sustainable: boolean; anchored: boolean };
  agenda2030: GlobalGoalNumber[];
  indicatorName: string;
  indicatorUnit: string;
  direction: Direction;
  indicatorSource: IndicatorSourceKind;
  indicatorSourceNote: string;
  baselineValue: number | null;
  baselineDate: string | null;
  targetValue: number | null;
  targetDate: string | null;
  statusOverride: OverrideStatus | null;
  statusOverrideComment: string;
  achievedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

const SELECT = `
  SELECT id, programme_id AS programmeId, focus_area_id AS focusAreaId,
         parent_goal_id AS parentGoalId, level_kind AS levelKind, text, why, type,
         measure_level AS measureLevel, horizon, influenceable, quality_clear AS qClear,
         quality_measurable AS qMeasurable, quality_sustainable AS qSustainable,
         quality_anchored AS qAnchored, agenda2030, indicator_name AS indicatorName,
         indicator_unit AS indicatorUnit, direction, indicator_source AS indicatorSource,
         indicator_source_note AS indicatorSourceNote, baseline_value AS baselineValue,
         baseline_date AS baselineDate, target_value AS targetValue, target_date AS targetDate,
         status_override AS statusOverride, status_override_comment AS statusOverrideComment,
         achieved_at AS achievedAt, created_at AS createdAt, updated_at AS updatedAt
  FROM goals`;

type Row = Omit<GoalRecord, 'influenceable' | 'quality' | 'agenda2030'> & {
  influenceable: number;
  qClear: number;
  qMeasurable: number;
  qSustainable: number;
  qAnchored: number;
  agenda2030: string;
};

function parseNumbers(json: string): number[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((n): n is number => typeof n === 'number') : [];
  } catch {
    return [];
  }
}

const toRecord = ({ qClear, qMeasurable, qSustainable, qAnchored, ...row }: Row): GoalRecord => ({
  ...row,
  influenceable: row.influenceable === 1,
  quality: {
    clear: qClear === 1,
    measurable: qMeasurable === 1,
    sustainable: qSustainable === 1,
    anchored: qAnchored === 1,
  },
  agenda2030: normaliseGlobalGoals(parseNumbers(row.agenda2030)),
});

export function selectGoal(db: Database, id: string): GoalRecord | null {
  const row = cachedStatement(db, `${SELECT} WHERE id = ? AND deleted_at IS NULL`).get(id) as
    Row | undefined;
  return row ? toRecord(row) : null;
}

export function selectProgrammeGoals(db: Database, programmeId: string): GoalRecord[] {
  const rows = cachedStatement(
    db,
    `${SELECT} WHERE programme_id = ? AND deleted_at IS NULL
     ORDER BY level_kind = 'action_plan', created_at, id`,
  ).all(programmeId) as Row[];
  return rows.map(toRecord);
}

export function selectChildGoals(db: Database, parentId: string): GoalRecord[] {
  const rows = cachedStatement(
    db,
    `${SELECT} WHERE parent_goal_id = ? AND deleted_at IS NULL ORDER BY created_at, id`,
  ).all(parentId) as Row[];
  return rows.map(toRecord);
}

const columns = (data: GoalData) => [
  data.focusAreaId,
  data.parentGoalId,
  data.levelKind,
  data.text,
  data.why,
  data.type,
  data.measureLevel,
  data.horizon,
  data.influenceable ? 1 : 0,
  data.quality.clear ? 1 : 0,
  data.quality.measurable ? 1 : 0,
  data.quality.sustainable ? 1 : 0,
  data.quality.anchored ? 1 : 0,
  JSON.stringify(normaliseGlobalGoals(data.agenda2030)),
  data.indicatorName,
  data.indicatorUnit,
  data.direction,
  data.indicatorSource,
  data.indicatorSourceNote,
  data.baselineValue,
  data.baselineDate,
  data.targetValue,
  data.targetDate,
  data.achievedAt,
];

export function insertGoal(
  db: Database,
  id: string,
  programmeId: string,
  data: GoalData,
  now: string,
): void {
  cachedStatement(
    db,
    `INSERT INTO goals (focus_area_id, parent_goal_id, level_kind, text, why, type, measure_level,
       horizon, influenceable, quality_clear, quality_measurable, quality_sustainable,
       quality_anchored, agenda2030, indicator_name, indicator_unit, direction, indicator_source,
       indicator_source_note, baseline_value, baseline_date, target_value, target_date,
       achieved_at, id, programme_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(...columns(data), id, programmeId, now, now);
}

export function updateGoalRow(db: Database, id: string, data: GoalData, now: string): boolean {
  return (
    cachedStatement(
      db,
      `UPDATE goals SET focus_area_id = ?, parent_goal_id = ?, level_kind = ?, text = ?, why = ?,
         type = ?, measure_level = ?, horizon = ?, influenceable = ?, quality_clear = ?,
         quality_measurable = ?, quality_sustainable = ?, quality_anchored = ?, agenda2030 = ?,
         indicator_name = ?, indicator_unit = ?, direction = ?, indicator_source = ?,
         indicator_source_note = ?, baseline_value = ?, baseline_date = ?, target_value = ?,
         target_date = ?, achieved_at = ?, updated_at = ?
       WHERE id = ? AND deleted_at IS NULL`,
    ).run(...columns(data), now, id).changes === 1
  );
}

export function setTarget(
  db: Database,
  id: string,
  targetValue: number | null,
  targetDate: string | null,
  now: string,
): void {
  cachedStatement(
    db,
    'UPDATE goals SET target_value = ?, target_date = ?, updated_at = ? WHERE id = ?',
  ).run(targetValue, targetDate, now, id);
}

export function setOverride(
  db: Database,
  id: string,
  status: OverrideStatus | null,
  comment: string,
  now: string,
): void {
  cachedStatement(
    db,
    `UPDATE goals SET status_override = ?, status_override_comment = ?, updated_at = ?
     WHERE id = ?`,
  ).run(status, status === null ? '' : comment, now, id);
}

export function softDeleteGoal(db: Database, id: string, now: string): boolean {
  return (
    cachedStatement(
      db,
      'UPDATE goals SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL',
    ).run(now, now, id).changes === 1
  );
}

export function liveFocusAreaProgramme(db: Database, focusAreaId: string): string | null {
  const row = cachedStatement(
    db,
    'SELECT programme_id AS programmeId FROM focus_areas WHERE id = ? AND deleted_at IS NULL',
  ).get(focusAreaId) as { programmeId: string } | undefined;
  return row?.programmeId ?? null;
}

export function focusAreaName(db: Database, focusAreaId: string): string | null {
  const row = cachedStatement(
    db,
    'SELECT name FROM focus_areas WHERE id = ? AND deleted_at IS NULL',
  ).get(focusAreaId) as { name: string } | undefined;
  return row?.name ?? null;
}

// --- Revisions (F08) -------------------------------------------------------------------------

export function insertRevision(db: Database, revision: GoalRevision, now: string): void {
  cachedStatement(
    db,
    `INSERT INTO goal_revisions (id, goal_id, changed_at, old_target_value, new_target_value,
       old_target_date, new_target_date, reason, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    revision.id,
    revision.goalId,
    revision.changedAt,
    revision.oldTargetValue,
    revision.newTargetValue,
    revision.oldTargetDate,
    revision.newTargetDate,
    revision.reason,
    now,
    now,
  );
}

export function selectRevisions(db: Database, goalId: string): GoalRevision[] {
  return cachedStatement(
    db,
    `SELECT id, goal_id AS goalId, changed_at AS changedAt, old_target_value AS oldTargetValue,
       new_target_value AS newTargetValue, old_target_date AS oldTargetDate,
       new_target_date AS newTargetDate, reason
     FROM goal_revisions WHERE goal_id = ? ORDER BY changed_at DESC, rowid DESC`,
  ).all(goalId) as GoalRevision[];
}

// --- Measurements (F05) ----------------------------------------------------------------------

const MEASUREMENT = `
  SELECT id, goal_id AS goalId, date, value, comment, source, created_at AS createdAt,
         updated_at AS updatedAt
  FROM goal_measurements`;

export function selectMeasurements(db: Database, goalId: string): GoalMeasurement[] {
  return cachedStatement(
    db,
    `${MEASUREMENT} WHERE goal_id = ? AND deleted_at IS NULL ORDER BY date, created_at, id`,
  ).all(goalId) as GoalMeasurement[];
}

/** Every live measurement of the programme's live goals, oldest first: one query for the list. */
export function selectProgrammeMeasurements(
  db: Database,
  programmeId: string,
): { goalId: string; date: string; value: number }[] {
  return cachedStatement(
    db,
    `SELECT m.goal_id AS goalId, m.date, m.value
     FROM goal_measurements m JOIN goals g ON g.id = m.goal_id
     WHERE g.programme_id = ? AND g.deleted_at IS NULL AND m.deleted_at IS NULL
     ORDER BY m.date, m.created_at, m.id`,
  ).all(programmeId) as { goalId: string; date: string; value: number }[];
}

/** The measurement's goal; `deleted` chooses between live and trashed measurements. */
export function measurementGoal(db: Database, id: string, deleted: boolean): string | null {
  const row = cachedStatement(
    db,
    `SELECT goal_id AS goalId FROM goal_measurements
     WHERE id = ? AND (deleted_at IS NOT NULL) = ?`,
  ).get(id, deleted ? 1 : 0) as { goalId: string } | undefined;
  return row?.goalId ?? null;
}

export interface MeasurementData {
  date: string;
  value: number;
  comment: string;
  source: string;
}

export function insertMeasurement(
  db: Database,
  id: string,
  goalId: string,
  data: MeasurementData,
  now: string,
): void {
  cachedStatement(
    db,
    `INSERT INTO goal_measurements (id, goal_id, date, value, comment, source, created_at,
       updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, goalId, data.date, data.value, data.comment, data.source, now, now);
}

export function updateMeasurement(db: Database, id: string, data: MeasurementData, now: string) {
  cachedStatement(
    db,
    `UPDATE goal_measurements SET date = ?, value = ?, comment = ?, source = ?, updated_at = ?
     WHERE id = ? AND deleted_at IS NULL`,
  ).run(data.date, data.value, data.comment, data.source, now, id);
}

export function setMeasurementDeleted(
  db: Database,
  id: string,
  deletedAt: string | null,
  now: string,
) {
  cachedStatement(
    db,
    'UPDATE goal_measurements SET deleted_at = ?, updated_at = ? WHERE id = ?',
  ).run(deletedAt, now, id);
}

/** Touches the goal so lists sorted by change see new measurements. */
export function touchGoal(db: Database, id: string, now: string): void {
  cachedStatement(db, 'UPDATE goals SET updated_at = ? WHERE id = ?').run(now, id);
}

export function deletedGoal(
  db: Database,
  id: string,
): { programmeId: string; focusAreaId: string | null } | null {
  const row = cachedStatement(
    db,
    `SELECT programme_id AS programmeId, focus_area_id AS focusAreaId FROM goals
     WHERE id = ? AND deleted_at IS NOT NULL`,
  ).get(id) as { programmeId: string; focusAreaId: string | null } | undefined;
  return row ?? null;
}

/** A goal whose focus area has gone meanwhile comes back without one (the warnings show it). */
export function restoreGoalRow(
  db: Database,
  id: string,
  focusAreaId: string | null,
  now: string,
): void {
  cachedStatement(
    db,
    'UPDATE goals SET deleted_at = NULL, focus_area_id = ?, updated_at = ? WHERE id = ?',
  ).run(focusAreaId, now, id);
}
