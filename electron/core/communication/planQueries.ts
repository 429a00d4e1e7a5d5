// Runs in: main process / Node. SQL of the communication plan (kommunikationsplan).
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { planItemUpdateInput } from '../../../shared/contract/communication';
import type { PlanItem, SourceKind } from '../../../shared/domain/communication';
import { cachedStatement } from '../search/cachedStatement';
import { parseAudiences, sourceLabel } from './sourceLabels';

export type PlanData = Omit<z.output<typeof planItemUpdateInput>, 'id'>;

const SELECT = `
  SELECT p.id, p.programme_id AS programmeId, p.message, p.why, p.audiences, p.channel,
         p.planned_date AS plannedDate, p.period,
         p.responsible_stakeholder_id AS responsibleStakeholderId,
         p.responsible_name AS responsibleName, p.status, p.upward, p.note,
         p.source_kind AS sourceKind, p.source_id AS sourceId,
         (SELECT count(*) FROM communication_log l
          WHERE l.plan_item_id = p.id AND l.deleted_at IS NULL) AS logCount,
         p.created_at AS createdAt, p.updated_at AS updatedAt
  FROM communication_plan_items p`;

type Row = Omit<PlanItem, 'audiences' | 'upward' | 'source'> & {
  audiences: string;
  upward: number;
  sourceKind: SourceKind | null;
  sourceId: string | null;
};

function toItem(db: Database, { sourceKind, sourceId, ...row }: Row): PlanItem {
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

export function selectPlanItem(db: Database, id: string): PlanItem | null {
  const row = cachedStatement(db, `${SELECT} WHERE p.id = ? AND p.deleted_at IS NULL`).get(id) as
    Row | undefined;
  return row ? toItem(db, row) : null;
}

/** By planned date, undated items last; then in the order they were written. */
export function selectPlanItems(db: Database, programmeId: string): PlanItem[] {
  const rows = cachedStatement(
    db,
    `${SELECT} WHERE p.programme_id = ? AND p.deleted_at IS NULL
     ORDER BY p.planned_date IS NULL, p.planned_date, p.created_at, p.id`,
  ).all(programmeId) as Row[];
  return rows.map((r) => toItem(db, r));
}

export function planItemProgramme(db: Database, id: string): string | null {
  const row = cachedStatement(
    db,
    'SELECT programme_id AS p FROM communication_plan_items WHERE id = ? AND deleted_at IS NULL',
  ).get(id) as { p: string } | undefined;
  return row?.p ?? null;
}

const values = (d: PlanData) => [
  d.message,
  d.why,
  JSON.stringify(d.audiences),
  d.channel,
  d.plannedDate,
  d.period,
  d.responsibleStakeholderId,
  d.responsibleName,
  d.status,
  d.upward ? 1 : 0,
  d.note,
];

export function insertPlanItem(
  db: Database,
  id: string,
  programmeId: string,
  data: PlanData,
  source: { kind: SourceKind; id: string } | null,
  now: string,
): void {
  cachedStatement(
    db,
    `INSERT INTO communication_plan_items (id, programme_id, message, why, audiences, channel,
       planned_date, period, responsible_stakeholder_id, responsible_name, status, upward, note,
       source_kind, source_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, programmeId, ...values(data), source?.kind ?? null, source?.id ?? null, now, now);
}

export function updatePlanRow(db: Database, id: string, data: PlanData, now: string): boolean {
  return (
    cachedStatement(
      db,
      `UPDATE communication_plan_items SET message = ?, why = ?, audiences = ?, channel = ?,
         planned_date = ?, period = ?, responsible_stakeholder_id = ?, responsible_name = ?,
         status = ?, upward = ?, note = ?, updated_at = ?
       WHERE id = ? AND deleted_at IS NULL`,
    ).run(...values(data), now, id).changes > 0
  );
}
