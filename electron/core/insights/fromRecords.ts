// Runs in: main process / Node. Turning what was heard into insights: an obstacle noted at a visit,
// or an answer in an interview ("Gör till insikt").
import type { Database } from 'better-sqlite3';
import type { Insight, InsightType } from '../../../shared/domain/insights';
import { AppFailure } from '../../../shared/errors';
import { nowIso } from '../db/clock';
import { cachedStatement } from '../search/cachedStatement';
import { currentProgrammeId, resolveProgramme } from './programme';
import { touchInsight } from './queries';
import { getInsight, insertInsight } from './service';
import { insertSource, resolveSource } from './sources';

const MAX_TEXT = 2000;

interface Made {
  insight: Insight;
  created: boolean;
}

/** A live insight of `type` that already cites `refId`, if any. */
function citing(db: Database, refId: string, type: InsightType): string | null {
  const row = cachedStatement(
    db,
    `SELECT i.id FROM insight_sources s JOIN insights i ON i.id = s.insight_id
     WHERE s.ref_id = ? AND i.deleted_at IS NULL AND i.type = ?
     ORDER BY i.created_at LIMIT 1`,
  ).get(refId, type) as { id: string } | undefined;
  return row?.id ?? null;
}

/** A live insight of the same type, text and programme that is still being tracked. */
function sameText(
  db: Database,
  type: InsightType,
  text: string,
  programmeId: string | null,
): string | null {
  const row = cachedStatement(
    db,
    `SELECT id FROM insights
     WHERE deleted_at IS NULL AND type = ? AND trim(text) = ? COLLATE NOCASE
       AND programme_id IS ? AND (obstacle_status IS NULL OR obstacle_status <> 'removed')
     ORDER BY created_at LIMIT 1`,
  ).get(type, text, programmeId) as { id: string } | undefined;
  return row?.id ?? null;
}

function makeFrom(
  db: Database,
  source: { kind: 'visit_obstacle' | 'interview_answer'; refId: string },
  type: InsightType,
  text: string,
  givenProgramme: string | null | undefined,
): Made {
  const now = nowIso();
  return db.transaction((): Made => {
    const existing = citing(db, source.refId, type);
    if (existing) return { insight: getInsight(db, existing), created: false };
    const programmeId = resolveProgramme(db, givenProgramme, () => currentProgrammeId(db));
    const resolved = resolveSource(db, { ...source, note: '' });
    const twin = sameText(db, type, text, programmeId);
    if (twin) {
      insertSource(db, twin, resolved, now);
      touchInsight(db, twin, now);
      return { insight: getInsight(db, twin), created: false };
    }
    const id = insertInsight(
      db,
      {
        programmeId,
        type,
        text,
        obstacleStatus: null,
        obstacleOwner: '',
        obstacleRemovedDate: null,
      },
      [],
      now,
    );
    insertSource(db, id, resolved, now);
    return { insight: getInsight(db, id), created: true };
  })();
}

/**
 * The obstacle becomes an obstacle insight (open) with the visit as source. When an obstacle with
 * the same text is already tracked, this visit is added to it instead, so repeats add up.
 */
export function fromVisitObstacle(
  db: Database,
  obstacleId: string,
  programmeId: string | null | undefined,
): Made {
  const row = cachedStatement(
    db,
    `SELECT o.text FROM visit_obstacles o
     JOIN visits v ON v.id = o.visit_id AND v.deleted_at IS NULL WHERE o.id = ?`,
  ).get(obstacleId) as { text: string } | undefined;
  if (!row) {
    throw new AppFailure('NOT_FOUND', {
      sv: 'Hindret finns inte längre. Besöket kan ha ändrats eller tagits bort.',
      en: 'The obstacle no longer exists. The visit may have been changed or deleted.',
    });
  }
  const text = row.text.trim().slice(0, MAX_TEXT);
  return makeFrom(db, { kind: 'visit_obstacle', refId: obstacleId }, 'obstacle', text, programmeId);
}

/** The answer (or the officer's summary of it) becomes an insight of the chosen type. */
export function fromInterviewAnswer(
  db: Database,
  input: { answerId: string; type: InsightType; text?: string; programmeId?: string | null },
): Made {
  const row = cachedStatement(
    db,
    `SELECT a.answer FROM interview_answers a
     JOIN interviews i ON i.id = a.interview_id AND i.deleted_at IS NULL WHERE a.id = ?`,
  ).get(input.answerId) as { answer: string } | undefined;
  if (!row) {
    throw new AppFailure('NOT_FOUND', {
      sv: 'Svaret finns inte längre. Intervjun kan ha ändrats eller tagits bort.',
      en: 'The answer no longer exists. The interview may have been changed or deleted.',
    });
  }
  const text = (input.text?.trim() || row.answer.trim()).slice(0, MAX_TEXT);
  if (text === '') {
    const sv = 'Svaret är tomt. Skriv vad insikten är.';
    throw new AppFailure(
      'VALIDATION',
      { sv, en: 'The answer is empty. Write the insight.' },
      {
        text: sv,
      },
    );
  }
  return makeFrom(
    db,
    { kind: 'interview_answer', refId: input.answerId },
    input.type,
    text,
    input.programmeId,
  );
}
