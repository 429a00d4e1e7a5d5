// Runs in: main process / Node. Figures of the programme's meetings for the overview: I29 sets
// the meetings held in a year beside the actions finished.
import type { Database } from 'better-sqlite3';
import { cachedStatement } from '../search/cachedStatement';

/** Meetings of the programme marked as held (genomförda) with a date in `year`. */
export function meetingsHeldInYear(db: Database, programmeId: string, year: number): number {
  const row = cachedStatement(
    db,
    `SELECT count(*) AS n FROM process_meetings
     WHERE programme_id = ? AND deleted_at IS NULL AND status = 'held'
       AND date >= ? AND date <= ?`,
  ).get(programmeId, `${year}-01-01`, `${year}-12-31`) as { n: number };
  return row.n;
}
