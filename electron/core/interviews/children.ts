// Runs in: main process / Node. An interview's answers and themes.
import type { Database } from 'better-sqlite3';
import type { InterviewAnswer } from '../../../shared/domain/interviews';
import { newId } from '../db/clock';
import { insightsForRefs } from '../insights/refs';
import { cachedStatement } from '../search/cachedStatement';

export function answersOf(db: Database, interviewId: string): InterviewAnswer[] {
  const rows = cachedStatement(
    db,
    `SELECT id, question_id AS questionId, question_text AS questionText, answer, position
     FROM interview_answers WHERE interview_id = ? ORDER BY position, rowid`,
  ).all(interviewId) as Omit<InterviewAnswer, 'insights'>[];
  const linked = insightsForRefs(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, insights: linked[r.id] ?? [] }));
}

/** Themes of several interviews in one query (a list page). */
export function themesFor(db: Database, interviewIds: string[]): Map<string, string[]> {
  const result = new Map<string, string[]>();
  if (interviewIds.length === 0) return result;
  const rows = cachedStatement(
    db,
    `SELECT interview_id AS interviewId, theme FROM interview_themes
     WHERE interview_id IN (SELECT value FROM json_each(?))
     ORDER BY interview_id, created_at, theme`,
  ).all(JSON.stringify(interviewIds)) as { interviewId: string; theme: string }[];
  for (const row of rows) {
    const list = result.get(row.interviewId) ?? [];
    list.push(row.theme);
    result.set(row.interviewId, list);
  }
  return result;
}

/** Replaces the themes; unchanged ones keep their created_at (and so their order). */
export function saveThemes(db: Database, interviewId: string, themes: string[], now: string) {
  const wanted = JSON.stringify(themes);
  cachedStatement(
    db,
    `DELETE FROM interview_themes
     WHERE interview_id = ? AND theme NOT IN (SELECT value FROM json_each(?))`,
  ).run(interviewId, wanted);
  cachedStatement(
    db,
    `INSERT OR IGNORE INTO interview_themes (interview_id, theme, created_at)
     SELECT ?, value, ? FROM json_each(?)`,
  ).run(interviewId, now, wanted);
}

export interface AnswerToSave {
  id?: string;
  questionId: string | null;
  questionText: string;
  answer: string;
}

/**
 * Writes the answers in the order given. A saved answer keeps its row and its question text as
 * asked (only a free question's text can be edited); a new guide answer copies the guide's text.
 */
export function saveAnswers(
  db: Database,
  interviewId: string,
  wanted: AnswerToSave[],
  guideQuestions: Map<string, string>,
  now: string,
): void {
  const stored = new Map(
    (
      cachedStatement(
        db,
        'SELECT id, question_id AS questionId FROM interview_answers WHERE interview_id = ?',
      ).all(interviewId) as { id: string; questionId: string | null }[]
    ).map((r) => [r.id, r.questionId]),
  );
  const keep = new Set(wanted.flatMap((a) => (a.id && stored.has(a.id) ? [a.id] : [])));
  const remove = cachedStatement(db, 'DELETE FROM interview_answers WHERE id = ?');
  for (const id of stored.keys()) if (!keep.has(id)) remove.run(id);

  const update = cachedStatement(
    db,
    `UPDATE interview_answers SET answer = ?, position = ?, updated_at = ?,
       question_text = CASE WHEN question_id IS NULL THEN ? ELSE question_text END
     WHERE id = ?`,
  );
  const insert = cachedStatement(
    db,
    `INSERT INTO interview_answers (id, interview_id, question_id, question_text, answer,
       position, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const used = new Set<string>();
  wanted.forEach((a, position) => {
    if (a.id && keep.has(a.id) && !used.has(a.id)) {
      used.add(a.id);
      update.run(a.answer, position, now, a.questionText, a.id);
      return;
    }
    const guideText = a.questionId ? guideQuestions.get(a.questionId) : undefined;
    insert.run(
      newId(),
      interviewId,
      guideText === undefined ? null : a.questionId,
      guideText ?? a.questionText,
      a.answer,
      position,
      now,
      now,
    );
  });
}
