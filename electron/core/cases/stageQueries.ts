// Runs in: main process / Node. SQL of a case's stages (remiss, KSAU, KS, KF handlings).
import type { Database } from 'better-sqlite3';
import type { CaseStage } from '../../../shared/domain/cases';
import { cachedStatement } from '../search/cachedStatement';

export type StageData = Omit<CaseStage, 'id' | 'caseId' | 'createdAt' | 'updatedAt'>;

const COLUMNS = `id, case_id AS caseId, body, meeting_id AS meetingId, meeting_date AS meetingDate,
  submitted_date AS submittedDate, paragraph, decision_text AS decisionText, outcome,
  outcome_reason AS outcomeReason, protocol_ref AS protocolRef, created_at AS createdAt,
  updated_at AS updatedAt`;

/** A case's live stages in the order they were recorded. */
export function selectStages(db: Database, caseId: string): CaseStage[] {
  return cachedStatement(
    db,
    `SELECT ${COLUMNS} FROM case_stages WHERE case_id = ? AND deleted_at IS NULL
     ORDER BY created_at, rowid`,
  ).all(caseId) as CaseStage[];
}

export function selectStage(db: Database, id: string, withDeleted = false): CaseStage | null {
  return (
    (cachedStatement(
      db,
      `SELECT ${COLUMNS} FROM case_stages WHERE id = ?${withDeleted ? '' : ' AND deleted_at IS NULL'}`,
    ).get(id) as CaseStage | undefined) ?? null
  );
}

const values = (d: StageData) => [
  d.body,
  d.meetingId,
  d.meetingDate,
  d.submittedDate,
  d.paragraph,
  d.decisionText,
  d.outcome,
  d.outcomeReason,
  d.protocolRef,
];

export function insertStage(
  db: Database,
  id: string,
  caseId: string,
  data: StageData,
  now: string,
): void {
  cachedStatement(
    db,
    `INSERT INTO case_stages (body, meeting_id, meeting_date, submitted_date, paragraph,
       decision_text, outcome, outcome_reason, protocol_ref, id, case_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(...values(data), id, caseId, now, now);
}

export function updateStage(db: Database, id: string, data: StageData, now: string): boolean {
  return (
    cachedStatement(
      db,
      `UPDATE case_stages SET body = ?, meeting_id = ?, meeting_date = ?, submitted_date = ?,
         paragraph = ?, decision_text = ?, outcome = ?, outcome_reason = ?, protocol_ref = ?,
         updated_at = ?
       WHERE id = ? AND deleted_at IS NULL`,
    ).run(...values(data), now, id).changes === 1
  );
}

export function setStageDeleted(
  db: Database,
  id: string,
  deletedAt: string | null,
  now: string,
): boolean {
  return (
    cachedStatement(
      db,
      `UPDATE case_stages SET deleted_at = ?, updated_at = ?
       WHERE id = ? AND (deleted_at IS NULL) = (? IS NOT NULL)`,
    ).run(deletedAt, now, id, deletedAt).changes === 1
  );
}
