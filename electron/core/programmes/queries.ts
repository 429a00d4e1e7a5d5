// Runs in: main process / Node. SQL of programmes (näringslivsprogram): rows, the current flag,
// soft delete.
import type { Database } from 'better-sqlite3';
import type { Page } from '../../../shared/contract';
import type { Programme, ProgrammeRow } from '../../../shared/domain/process';
import { cachedStatement } from '../search/cachedStatement';

/** The stored columns, camelCase, in the order of the INSERT below. */
export interface ProgrammeData {
  name: string;
  periodStart: string;
  periodEnd: string;
  status: Programme['status'];
  ownerBody: string;
  commissionText: string;
  commissionDecisionRef: string;
  processLeaderStakeholderId: string | null;
  processLeaderName: string;
  mandateText: string;
  mandateSource: string;
  purposeText: string;
  whyText: string;
  visionText: string;
}

const ROW_COLUMNS = `id, name, period_start AS periodStart, period_end AS periodEnd, status,
  is_current AS isCurrent, updated_at AS updatedAt`;

const ALL_COLUMNS = `${ROW_COLUMNS}, owner_body AS ownerBody, commission_text AS commissionText,
  commission_decision_ref AS commissionDecisionRef,
  process_leader_stakeholder_id AS processLeaderStakeholderId,
  process_leader_name AS processLeaderName, mandate_text AS mandateText,
  mandate_source AS mandateSource, purpose_text AS purposeText, why_text AS whyText,
  vision_text AS visionText, adopted_date AS adoptedDate, adopted_paragraph AS adoptedParagraph,
  adopted_dnr AS adoptedDnr, created_at AS createdAt`;

type WithFlag<T> = Omit<T, 'isCurrent'> & { isCurrent: number };
const withFlag = <T extends ProgrammeRow>(row: WithFlag<T>): T =>
  ({ ...row, isCurrent: row.isCurrent === 1 }) as T;

export function selectProgramme(db: Database, id: string): Programme | null {
  const row = cachedStatement(
    db,
    `SELECT ${ALL_COLUMNS} FROM programmes WHERE id = ? AND deleted_at IS NULL`,
  ).get(id) as WithFlag<Programme> | undefined;
  return row ? withFlag(row) : null;
}

export function currentProgrammeId(db: Database): string | null {
  const row = cachedStatement(
    db,
    'SELECT id FROM programmes WHERE is_current = 1 AND deleted_at IS NULL',
  ).get() as { id: string } | undefined;
  return row?.id ?? null;
}

/** Current first, then the newest period first. */
export function listProgrammes(
  db: Database,
  includeArchived: boolean,
  offset: number,
  limit: number,
): Page<ProgrammeRow> {
  const where = includeArchived
    ? 'deleted_at IS NULL'
    : "deleted_at IS NULL AND status <> 'archived'";
  const { total } = cachedStatement(
    db,
    `SELECT count(*) AS total FROM programmes WHERE ${where}`,
  ).get() as { total: number };
  const rows = cachedStatement(
    db,
    `SELECT ${ROW_COLUMNS} FROM programmes WHERE ${where}
     ORDER BY is_current DESC, period_start DESC, name COLLATE NOCASE, id LIMIT ? OFFSET ?`,
  ).all(limit, offset) as WithFlag<ProgrammeRow>[];
  return { rows: rows.map(withFlag), total, offset };
}

const values = (d: ProgrammeData) => [
  d.name,
  d.periodStart,
  d.periodEnd,
  d.status,
  d.ownerBody,
  d.commissionText,
  d.commissionDecisionRef,
  d.processLeaderStakeholderId,
  d.processLeaderName,
  d.mandateText,
  d.mandateSource,
  d.purposeText,
  d.whyText,
  d.visionText,
];

export function insertProgramme(db: Database, id: string, data: ProgrammeData, now: string): void {
  cachedStatement(
    db,
    `INSERT INTO programmes (name, period_start, period_end, status, owner_body, commission_text,
       commission_decision_ref, process_leader_stakeholder_id, process_leader_name, mandate_text,
       mandate_source, purpose_text, why_text, vision_text, id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(...values(data), id, now, now);
}

/** False when no live programme has this id. */
export function updateProgrammeRow(
  db: Database,
  id: string,
  data: ProgrammeData,
  now: string,
): boolean {
  const info = cachedStatement(
    db,
    `UPDATE programmes SET name = ?, period_start = ?, period_end = ?, status = ?, owner_body = ?,
       commission_text = ?, commission_decision_ref = ?, process_leader_stakeholder_id = ?,
       process_leader_name = ?, mandate_text = ?, mandate_source = ?, purpose_text = ?,
       why_text = ?, vision_text = ?, updated_at = ?
     WHERE id = ? AND deleted_at IS NULL`,
  ).run(...values(data), now, id);
  return info.changes === 1;
}

/** Moves the current flag to `id` (two statements: the unique index allows one current row). */
export function markCurrent(db: Database, id: string, now: string): void {
  cachedStatement(
    db,
    'UPDATE programmes SET is_current = 0, updated_at = ? WHERE is_current = 1 AND id <> ?',
  ).run(now, id);
  cachedStatement(
    db,
    'UPDATE programmes SET is_current = 1, updated_at = ? WHERE id = ? AND is_current = 0',
  ).run(now, id);
}

/** Soft delete; the programme stops being current so that another can take its place. */
export function softDeleteProgramme(db: Database, id: string, now: string): boolean {
  const info = cachedStatement(
    db,
    `UPDATE programmes SET deleted_at = ?, is_current = 0, updated_at = ?
     WHERE id = ? AND deleted_at IS NULL`,
  ).run(now, now, id);
  return info.changes === 1;
}

export function restoreProgrammeRow(db: Database, id: string, now: string): boolean {
  const info = cachedStatement(
    db,
    `UPDATE programmes SET deleted_at = NULL, updated_at = ?
     WHERE id = ? AND deleted_at IS NOT NULL`,
  ).run(now, id);
  return info.changes === 1;
}

/** The newest live programme, to become current when the current one is deleted. */
export function newestProgrammeId(db: Database): string | null {
  const row = cachedStatement(
    db,
    `SELECT id FROM programmes WHERE deleted_at IS NULL
     ORDER BY status = 'archived', period_start DESC, created_at DESC, id LIMIT 1`,
  ).get() as { id: string } | undefined;
  return row?.id ?? null;
}

export function stakeholderName(db: Database, id: string): string | null {
  const row = cachedStatement(
    db,
    'SELECT name FROM stakeholders WHERE id = ? AND deleted_at IS NULL',
  ).get(id) as { name: string } | undefined;
  return row?.name ?? null;
}
