// Runs in: main process / Node. A stakeholder relation's dated levels on the staircase.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { staircaseAssessInput } from '../../../shared/contract/staircase';
import type { StaircaseAssessment, StakeholderStaircase } from '../../../shared/domain/staircase';
import { AppFailure } from '../../../shared/errors';
import { newId, nowIso } from '../db/clock';
import { cachedStatement } from '../search/cachedStatement';

type AssessInput = z.output<typeof staircaseAssessInput>;

const assessmentColumns = `a.id, a.stakeholder_id AS stakeholderId, a.level_id AS levelId,
  l.name AS levelName, l.position AS levelPosition, a.date, a.note, a.judged_by AS judgedBy,
  a.created_at AS createdAt`;

/** Newest first: by date, then by when it was written (two judgements on one day). */
export function staircaseOf(db: Database, stakeholderId: string): StakeholderStaircase {
  const history = cachedStatement(
    db,
    `SELECT ${assessmentColumns}
     FROM staircase_assessments a JOIN staircase_levels l ON l.id = a.level_id
     WHERE a.stakeholder_id = ? ORDER BY a.date DESC, a.created_at DESC, a.id DESC`,
  ).all(stakeholderId) as StaircaseAssessment[];
  return { stakeholderId, current: history[0] ?? null, history };
}

function invalid(field: string, sv: string, en: string): AppFailure {
  return new AppFailure('VALIDATION', { sv, en }, { [field]: sv });
}

export function assess(db: Database, input: AssessInput): StakeholderStaircase {
  db.transaction(() => {
    const person = cachedStatement(
      db,
      'SELECT id FROM stakeholders WHERE id = ? AND deleted_at IS NULL',
    ).get(input.stakeholderId);
    if (!person) {
      throw invalid(
        'stakeholderId',
        'Aktören finns inte i aktörsregistret.',
        'The actor is not in the register.',
      );
    }
    const level = cachedStatement(db, 'SELECT id FROM staircase_levels WHERE id = ?').get(
      input.levelId,
    );
    if (!level) {
      throw invalid(
        'levelId',
        'Trappsteget finns inte längre. Välj ett annat.',
        'The level no longer exists. Choose another.',
      );
    }
    const now = nowIso();
    cachedStatement(
      db,
      `INSERT INTO staircase_assessments
         (id, stakeholder_id, level_id, date, note, judged_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      newId(),
      input.stakeholderId,
      input.levelId,
      input.date,
      input.note,
      input.judgedBy,
      now,
      now,
    );
  })();
  return staircaseOf(db, input.stakeholderId);
}

/** Removes a mistaken assessment; the relation falls back to the one before it. */
export function deleteAssessment(db: Database, id: string): StakeholderStaircase {
  const row = cachedStatement(
    db,
    'SELECT stakeholder_id AS stakeholderId FROM staircase_assessments WHERE id = ?',
  ).get(id) as { stakeholderId: string } | undefined;
  if (!row) {
    throw new AppFailure('NOT_FOUND', {
      sv: 'Bedömningen finns inte längre.',
      en: 'The assessment no longer exists.',
    });
  }
  cachedStatement(db, 'DELETE FROM staircase_assessments WHERE id = ?').run(id);
  return staircaseOf(db, row.stakeholderId);
}
