// Runs in: main process / Node. The follow-up cadence of a programme (I38): quarterly from the
// programme's start until the officer chooses otherwise.
import type { Database } from 'better-sqlite3';
import {
  DEFAULT_CADENCE,
  type Cadence,
  type FollowUpSettings,
} from '../../../shared/domain/followUp';
import { AppFailure } from '../../../shared/errors';
import { nowIso } from '../db/clock';
import { cachedStatement } from '../search/cachedStatement';

export const programmeMissing = () =>
  new AppFailure('NOT_FOUND', {
    sv: 'Programmet finns inte längre. Välj eller skapa ett program först.',
    en: 'The programme no longer exists. Choose or create a programme first.',
  });

/** The programme's start as a day: 'YYYY' becomes the first of January. */
function programmeStart(db: Database, programmeId: string): string {
  const row = cachedStatement(
    db,
    'SELECT period_start AS start FROM programmes WHERE id = ? AND deleted_at IS NULL',
  ).get(programmeId) as { start: string } | undefined;
  if (!row) throw programmeMissing();
  const start = row.start.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(start)) return start;
  if (/^\d{4}$/.test(start)) return `${start}-01-01`;
  return `${start.slice(0, 4).padEnd(4, '0')}-01-01`;
}

export function followUpSettings(db: Database, programmeId: string): FollowUpSettings {
  const start = programmeStart(db, programmeId);
  const row = cachedStatement(
    db,
    'SELECT cadence, start_date AS startDate FROM follow_up_settings WHERE programme_id = ?',
  ).get(programmeId) as { cadence: Cadence; startDate: string } | undefined;
  if (!row) return { programmeId, cadence: DEFAULT_CADENCE, startDate: start, isDefault: true };
  return { programmeId, cadence: row.cadence, startDate: row.startDate, isDefault: false };
}

export function setFollowUpSettings(
  db: Database,
  input: { programmeId: string; cadence: Cadence; startDate: string },
): FollowUpSettings {
  programmeStart(db, input.programmeId);
  const now = nowIso();
  cachedStatement(
    db,
    `INSERT INTO follow_up_settings (programme_id, cadence, start_date, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (programme_id) DO UPDATE SET
       cadence = excluded.cadence, start_date = excluded.start_date, updated_at = excluded.updated_at`,
  ).run(input.programmeId, input.cadence, input.startDate, now, now);
  return followUpSettings(db, input.programmeId);
}
