// Runs in: main process / Node. SQL of interview guides (intervjuguider) and their ordered questions.
import type { Database } from 'better-sqlite3';
import type { Page } from '../../../shared/contract';
import type {
  InterviewGuide,
  InterviewGuideRow,
  InterviewQuestion,
} from '../../../shared/domain/interviews';
import { newId } from '../db/clock';
import { cachedStatement } from '../search/cachedStatement';

const INTERVIEW_COUNT = `(SELECT count(*) FROM interviews i
   WHERE i.guide_id = g.id AND i.deleted_at IS NULL)`;

export function listGuides(db: Database, offset: number, limit: number): Page<InterviewGuideRow> {
  const rows = cachedStatement(
    db,
    `SELECT g.id, g.name, g.description, g.updated_at AS updatedAt,
            (SELECT count(*) FROM interview_questions q WHERE q.guide_id = g.id) AS questionCount,
            ${INTERVIEW_COUNT} AS interviewCount
     FROM interview_guides g WHERE g.deleted_at IS NULL
     ORDER BY g.name COLLATE NOCASE, g.id LIMIT ? OFFSET ?`,
  ).all(limit, offset) as InterviewGuideRow[];
  const { total } = cachedStatement(
    db,
    'SELECT count(*) AS total FROM interview_guides WHERE deleted_at IS NULL',
  ).get() as { total: number };
  return { rows, total, offset };
}

export function questionsOf(db: Database, guideId: string): InterviewQuestion[] {
  return cachedStatement(
    db,
    `SELECT id, position, text FROM interview_questions WHERE guide_id = ?
     ORDER BY position, rowid`,
  ).all(guideId) as InterviewQuestion[];
}

export function selectGuide(db: Database, id: string): InterviewGuide | null {
  const row = cachedStatement(
    db,
    `SELECT g.id, g.name, g.description, g.created_at AS createdAt, g.updated_at AS updatedAt,
            ${INTERVIEW_COUNT} AS interviewCount
     FROM interview_guides g WHERE g.id = ? AND g.deleted_at IS NULL`,
  ).get(id) as Omit<InterviewGuide, 'questions'> | undefined;
  return row ? { ...row, questions: questionsOf(db, id) } : null;
}

export function insertGuideRow(
  db: Database,
  id: string,
  name: string,
  description: string,
  now: string,
): void {
  cachedStatement(
    db,
    `INSERT INTO interview_guides (id, name, description, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(id, name, description, now, now);
}

export function updateGuideRow(
  db: Database,
  id: string,
  name: string,
  description: string,
  now: string,
): boolean {
  return (
    cachedStatement(
      db,
      `UPDATE interview_guides SET name = ?, description = ?, updated_at = ?
       WHERE id = ? AND deleted_at IS NULL`,
    ).run(name, description, now, id).changes === 1
  );
}

/**
 * Writes the questions in the order given. Questions that keep their id keep their row, so old
 * answers stay linked; removed ones are deleted (answers keep their copied text).
 */
export function saveQuestions(
  db: Database,
  guideId: string,
  wanted: { id?: string; text: string }[],
  now: string,
): void {
  const stored = new Set(questionsOf(db, guideId).map((q) => q.id));
  const kept = new Set(wanted.flatMap((q) => (q.id && stored.has(q.id) ? [q.id] : [])));
  const remove = cachedStatement(db, 'DELETE FROM interview_questions WHERE id = ?');
  for (const id of stored) if (!kept.has(id)) remove.run(id);
  const update = cachedStatement(
    db,
    'UPDATE interview_questions SET position = ?, text = ?, updated_at = ? WHERE id = ?',
  );
  const insert = cachedStatement(
    db,
    `INSERT INTO interview_questions (id, guide_id, position, text, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const used = new Set<string>();
  wanted.forEach((q, position) => {
    if (q.id && kept.has(q.id) && !used.has(q.id)) {
      used.add(q.id);
      update.run(position, q.text, now, q.id);
    } else {
      insert.run(newId(), guideId, position, q.text, now, now);
    }
  });
}

export function softDeleteGuide(db: Database, id: string, now: string): boolean {
  return (
    cachedStatement(
      db,
      `UPDATE interview_guides SET deleted_at = ?, updated_at = ?
       WHERE id = ? AND deleted_at IS NULL`,
    ).run(now, now, id).changes === 1
  );
}

export function restoreGuide(db: Database, id: string, now: string): boolean {
  return (
    cachedStatement(
      db,
      `UPDATE interview_guides SET deleted_at = NULL, updated_at = ?
       WHERE id = ? AND deleted_at IS NOT NULL`,
    ).run(now, id).changes === 1
  );
}
