// Runs in: main process / Node. The follow-ups a programme is waiting for (I38), for the overview:
// periods that have ended without a closed record, oldest first.
import type { Database } from 'better-sqlite3';
import { followUpPeriods, type PeriodWithState } from '../../../shared/domain/followUp';
import { selectRecords } from './queries';
import { followUpSettings } from './settings';

/** Due (recently ended) and overdue periods, plus started drafts of ended periods; oldest first. */
export function overdueFollowUps(
  db: Database,
  programmeId: string,
  today: string,
): PeriodWithState[] {
  const settings = followUpSettings(db, programmeId);
  return followUpPeriods(settings, today, selectRecords(db, programmeId))
    .filter(
      (p) => p.state === 'due' || p.state === 'overdue' || (p.state === 'draft' && p.end < today),
    )
    .reverse();
}
