// Runs in: main process / Node. SQL of one interview (intervju) and its row.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { interviewInput } from '../../../shared/contract/interviews';
import type { Interview, InterviewRow } from '../../../shared/domain/interviews';
import { cachedStatement } from '../search/cachedStatement';
import { answersOf, themesFor } from './children';

export type InterviewData = z.output<typeof interviewInput>;

/** Columns of a list row; `i` is the interview. */
export const ROW_COLUMNS = `
  i.id, i.date, i.interviewee_name AS intervieweeName, i.organisation,
  i.company_id AS companyId, c.name AS companyName, i.guide_id AS guideId, g.name AS guideName,
  i.programme_id AS programmeId, i.confidential,
  (SELECT count(*) FROM interview_answers a WHERE a.interview_id = i.id AND a.answer <> '')
    AS answerCount`;

export const ROW_JOINS = `
  LEFT JOIN companies c ON c.id = i.company_id
  LEFT JOIN interview_guides g ON g.id = i.guide_id`;

export type InterviewDbRow = Omit<InterviewRow, 'confidential' | 'themes'> & {
  confidential: number;
};

export function toRow(row: InterviewDbRow, themes: string[]): InterviewRow {
  return { ...row, confidential: row.confidential === 1, themes };
}

export function selectInterview(db: Database, id: string): Interview | null {
  const row = cachedStatement(
    db,
    `SELECT ${ROW_COLUMNS}, i.interviewee_stakeholder_id AS intervieweeStakeholderId, i.notes,
            i.created_at AS createdAt, i.updated_at AS updatedAt
     FROM interviews i ${ROW_JOINS}
     WHERE i.id = ? AND i.deleted_at IS NULL`,
  ).get(id) as
    | (InterviewDbRow &
        Pick<Interview, 'intervieweeStakeholderId' | 'notes' | 'createdAt' | 'updatedAt'>)
    | undefined;
  if (!row) return null;
  return {
    ...row,
    ...toRow(row, themesFor(db, [id]).get(id) ?? []),
    answers: answersOf(db, id),
  };
}

export function interviewIsLive(db: Database, id: string): boolean {
  return (
    cachedStatement(db, 'SELECT 1 FROM interviews WHERE id = ? AND deleted_at IS NULL').get(id) !==
    undefined
  );
}

const columns = (data: InterviewData) => [
  data.programmeId ?? null,
  data.guideId,
  data.date,
  data.intervieweeStakeholderId,
  data.intervieweeName,
  data.companyId,
  data.organisation,
  data.notes,
  data.confidential ? 1 : 0,
];

export function insertInterviewRow(db: Database, id: string, data: InterviewData, now: string) {
  cachedStatement(
    db,
    `INSERT INTO interviews (programme_id, guide_id, date, interviewee_stakeholder_id,
       interviewee_name, company_id, organisation, notes, confidential, id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(...columns(data), id, now, now);
}

/** Also re-indexes the interview for search (trigger), answers and themes included. */
export function updateInterviewRow(
  db: Database,
  id: string,
  data: InterviewData,
  now: string,
): boolean {
  return (
    cachedStatement(
      db,
      `UPDATE interviews SET programme_id = ?, guide_id = ?, date = ?,
         interviewee_stakeholder_id = ?, interviewee_name = ?, company_id = ?, organisation = ?,
         notes = ?, confidential = ?, updated_at = ?
       WHERE id = ? AND deleted_at IS NULL`,
    ).run(...columns(data), now, id).changes === 1
  );
}

/** The search trigger reads answers and themes, so the row is touched after they change. */
export function touchInterview(db: Database, id: string, now: string): void {
  cachedStatement(db, 'UPDATE interviews SET updated_at = ? WHERE id = ?').run(now, id);
}

export function softDeleteInterview(db: Database, id: string, now: string): boolean {
  return (
    cachedStatement(
      db,
      'UPDATE interviews SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL',
    ).run(now, now, id).changes === 1
  );
}

export function restoreInterview(db: Database, id: string, now: string): boolean {
  return (
    cachedStatement(
      db,
      `UPDATE interviews SET deleted_at = NULL, updated_at = ?
       WHERE id = ? AND deleted_at IS NOT NULL`,
    ).run(now, id).changes === 1
  );
}
