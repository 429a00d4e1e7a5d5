// Runs in: main process / Node. An outcome of a meeting turned into an insight ("Gör till insikt"):
// the insight cites the meeting as its source (with the outcome quoted), and the outcome keeps the
// insight's id, so the link works from both sides.
import type { Database } from 'better-sqlite3';
import type { Meeting } from '../../../shared/domain/groups';
import type { InsightType } from '../../../shared/domain/insights';
import { AppFailure } from '../../../shared/errors';
import { nowIso } from '../db/clock';
import { insertInsight } from '../insights/service';
import { insertSource, resolveSource } from '../insights/sources';
import { cachedStatement } from '../search/cachedStatement';
import { getMeeting } from './meetingQueries';

interface OutcomeRow {
  meetingId: string;
  programmeId: string;
  text: string;
  insightId: string | null;
}

export function outcomeToInsight(
  db: Database,
  input: { outcomeId: string; type: InsightType; text?: string },
): Meeting {
  const now = nowIso();
  const meetingId = db.transaction((): string => {
    const row = cachedStatement(
      db,
      `SELECT it.meeting_id AS meetingId, m.programme_id AS programmeId, it.text,
              (SELECT i.id FROM insights i WHERE i.id = it.insight_id AND i.deleted_at IS NULL)
                AS insightId
       FROM process_meeting_items it
       JOIN process_meetings m ON m.id = it.meeting_id AND m.deleted_at IS NULL
       WHERE it.id = ? AND it.kind = 'outcome'`,
    ).get(input.outcomeId) as OutcomeRow | undefined;
    if (!row) {
      throw new AppFailure('NOT_FOUND', {
        sv: 'Resultatet finns inte längre. Mötet kan ha ändrats eller tagits bort.',
        en: 'The outcome no longer exists. The meeting may have been changed or deleted.',
      });
    }
    // Asked twice (a double click): the first insight is the answer.
    if (row.insightId) return row.meetingId;
    const text = (input.text?.trim() || row.text).slice(0, 2000);
    const source = { ...resolveSource(db, { kind: 'meeting', refId: row.meetingId, note: '' }) };
    source.excerpt = row.text;
    const insightId = insertInsight(
      db,
      {
        programmeId: row.programmeId,
        type: input.type,
        text,
        obstacleStatus: null,
        obstacleOwner: '',
        obstacleRemovedDate: null,
      },
      [],
      now,
    );
    insertSource(db, insightId, source, now);
    cachedStatement(
      db,
      'UPDATE process_meeting_items SET insight_id = ?, updated_at = ? WHERE id = ?',
    ).run(insightId, now, input.outcomeId);
    return row.meetingId;
  })();
  return getMeeting(db, meetingId);
}
