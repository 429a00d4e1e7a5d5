// Runs in: main process / Node. SQL of the actions table itself (handlingsplanens aktiviteter).
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { actionUpdateInput } from '../../../shared/contract/actions';
import {
  isStalled,
  missingParts,
  type ActionRow,
  type ActionStatus,
} from '../../../shared/domain/actions';
import { cachedStatement } from '../search/cachedStatement';

/** The stored fields of an action (children and the programme travel separately). */
export type ActionData = Omit<
  z.output<typeof actionUpdateInput>,
  'id' | 'goalIds' | 'partners' | 'contributors'
>;

/** Columns of a list row, plus the two texts completeness needs (not sent in the row). */
export const ROW_SELECT = `
  SELECT a.id, a.programme_id AS programmeId, a.focus_area_id AS focusAreaId,
         fa.name AS focusAreaName, a.what,
         a.responsible_stakeholder_id AS responsibleStakeholderId,
         coalesce(s.name, a.responsible_name) AS responsibleName,
         a.responsible_org_kind AS responsibleOrgKind, a.start_date AS startDate,
         a.due_date AS dueDate, a.status, a.kind, a.annual_month AS annualMonth, a.experiment,
         a.hours_planned AS hoursPlanned, a.hours_spent AS hoursSpent,
         a.cost_planned AS costPlanned, a.cost_spent AS costSpent,
         a.last_update_at AS lastUpdateAt, a.why <> '' AS hasWhy, a.how <> '' AS hasHow`;

export const ROW_FROM = `
  FROM actions a
  LEFT JOIN focus_areas fa ON fa.id = a.focus_area_id AND fa.deleted_at IS NULL
  LEFT JOIN stakeholders s ON s.id = a.responsible_stakeholder_id AND s.deleted_at IS NULL`;

export type RawRow = Omit<ActionRow, 'experiment' | 'missing' | 'stalled'> & {
  experiment: number;
  hasWhy: number;
  hasHow: number;
};

export function toActionRow(row: RawRow, today: string, stalledDays: number): ActionRow {
  const { hasWhy, hasHow, ...rest } = row;
  const base = { ...rest, experiment: row.experiment === 1 };
  return {
    ...base,
    missing: missingParts({ ...base, why: hasWhy ? 'x' : '', how: hasHow ? 'x' : '' }),
    stalled: isStalled(base, today, stalledDays),
  };
}

export interface ActionDetailRow extends RawRow {
  why: string;
  how: string;
  droppedReason: string;
  learningNote: string;
  realism: number | null;
  ambition: number | null;
  createdAt: string;
  updatedAt: string;
}

export function selectActionDetail(db: Database, id: string): ActionDetailRow | null {
  const row = cachedStatement(
    db,
    `${ROW_SELECT}, a.why, a.how, a.dropped_reason AS droppedReason,
       a.learning_note AS learningNote, a.realism, a.ambition,
       a.created_at AS createdAt, a.updated_at AS updatedAt
     ${ROW_FROM} WHERE a.id = ? AND a.deleted_at IS NULL`,
  ).get(id) as ActionDetailRow | undefined;
  return row ?? null;
}

const columns = (d: ActionData) => [
  d.focusAreaId,
  d.what,
  d.why,
  d.how,
  d.responsibleStakeholderId,
  d.responsibleName,
  d.responsibleOrgKind,
  d.startDate,
  d.dueDate,
  d.status,
  d.droppedReason,
  d.kind,
  d.annualMonth,
  d.experiment ? 1 : 0,
  d.learningNote,
  d.realism,
  d.ambition,
  d.hoursPlanned,
  d.hoursSpent,
  d.costPlanned,
  d.costSpent,
];

export function insertAction(
  db: Database,
  id: string,
  programmeId: string,
  data: ActionData,
  now: string,
  lastUpdateAt = now,
): void {
  cachedStatement(
    db,
    `INSERT INTO actions (id, programme_id, focus_area_id, what, why, how,
       responsible_stakeholder_id, responsible_name, responsible_org_kind, start_date, due_date,
       status, dropped_reason, kind, annual_month, experiment, learning_note, realism, ambition,
       hours_planned, hours_spent, cost_planned, cost_spent, last_update_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, programmeId, ...columns(data), lastUpdateAt, now, now);
}

/** Also the touch that re-indexes the action for search after its children were written. */
export function updateActionRow(db: Database, id: string, data: ActionData, now: string): void {
  cachedStatement(
    db,
    `UPDATE actions SET focus_area_id = ?, what = ?, why = ?, how = ?,
       responsible_stakeholder_id = ?, responsible_name = ?, responsible_org_kind = ?,
       start_date = ?, due_date = ?, status = ?, dropped_reason = ?, kind = ?, annual_month = ?,
       experiment = ?, learning_note = ?, realism = ?, ambition = ?, hours_planned = ?,
       hours_spent = ?, cost_planned = ?, cost_spent = ?, last_update_at = ?, updated_at = ?
     WHERE id = ? AND deleted_at IS NULL`,
  ).run(...columns(data), now, now, id);
}

export function updateStatusRow(
  db: Database,
  id: string,
  status: ActionStatus,
  droppedReason: string,
  learningNote: string,
  now: string,
): void {
  cachedStatement(
    db,
    `UPDATE actions SET status = ?, dropped_reason = ?, learning_note = ?, last_update_at = ?,
       updated_at = ?
     WHERE id = ? AND deleted_at IS NULL`,
  ).run(status, droppedReason, learningNote, now, now, id);
}

export function softDeleteAction(db: Database, id: string, now: string): boolean {
  return (
    cachedStatement(
      db,
      'UPDATE actions SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL',
    ).run(now, now, id).changes > 0
  );
}

export function restoreActionRow(db: Database, id: string, now: string): boolean {
  return (
    cachedStatement(
      db,
      'UPDATE actions SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL',
    ).run(now, id).changes > 0
  );
}

/** The stored data of a live action, for partial updates (the workshop's inline edit). */
export function selectActionData(
  db: Database,
  id: string,
): (ActionData & { programmeId: string }) | null {
  const row = cachedStatement(
    db,
    `SELECT programme_id AS programmeId, focus_area_id AS focusAreaId, what, why, how,
       responsible_stakeholder_id AS responsibleStakeholderId, responsible_name AS responsibleName,
       responsible_org_kind AS responsibleOrgKind, start_date AS startDate, due_date AS dueDate,
       status, dropped_reason AS droppedReason, kind, annual_month AS annualMonth, experiment,
       learning_note AS learningNote, realism, ambition, hours_planned AS hoursPlanned,
       hours_spent AS hoursSpent, cost_planned AS costPlanned, cost_spent AS costSpent
     FROM actions WHERE id = ? AND deleted_at IS NULL`,
  ).get(id) as
    (Omit<ActionData, 'experiment'> & { experiment: number; programmeId: string }) | undefined;
  return row ? { ...row, experiment: row.experiment === 1 } : null;
}

export function programmeIsLive(db: Database, programmeId: string): boolean {
  return (
    cachedStatement(db, 'SELECT 1 FROM programmes WHERE id = ? AND deleted_at IS NULL').get(
      programmeId,
    ) !== undefined
  );
}

export function focusAreaProgramme(db: Database, focusAreaId: string): string | null {
  const row = cachedStatement(
    db,
    'SELECT programme_id AS programmeId FROM focus_areas WHERE id = ? AND deleted_at IS NULL',
  ).get(focusAreaId) as { programmeId: string } | undefined;
  return row?.programmeId ?? null;
}

/** The ids among `goalIds` that are live goals of the programme. */
export function liveGoalsOf(db: Database, programmeId: string, goalIds: string[]): Set<string> {
  if (goalIds.length === 0) return new Set();
  const rows = cachedStatement(
    db,
    `SELECT id FROM goals WHERE programme_id = ? AND deleted_at IS NULL
       AND id IN (SELECT value FROM json_each(?))`,
  ).all(programmeId, JSON.stringify(goalIds)) as { id: string }[];
  return new Set(rows.map((r) => r.id));
}

/** Names of the live stakeholders among `ids`. */
export function liveStakeholders(db: Database, ids: string[]): Map<string, string> {
  if (ids.length === 0) return new Map();
  const rows = cachedStatement(
    db,
    `SELECT id, name FROM stakeholders WHERE deleted_at IS NULL
       AND id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as { id: string; name: string }[];
  return new Map(rows.map((r) => [r.id, r.name]));
}
