// Runs in: main process / Node. A follow-up that may be changed: live, and a draft (a closed one is
// read-only until it is reopened with a reason).
import type { Database } from 'better-sqlite3';
import { AppFailure } from '../../../shared/errors';
import { selectRecord, type RecordRow } from './queries';

export const recordNotFound = () =>
  new AppFailure('NOT_FOUND', {
    sv: 'Uppföljningen finns inte längre. Den kan ha tagits bort.',
    en: 'The follow-up no longer exists. It may have been deleted.',
  });

export function liveRecord(db: Database, id: string): RecordRow {
  const record = selectRecord(db, id);
  if (!record) throw recordNotFound();
  return record;
}

export function editableRecord(db: Database, id: string): RecordRow {
  const record = liveRecord(db, id);
  if (record.status === 'closed') {
    throw new AppFailure('CONFLICT', {
      sv: 'Uppföljningen är avslutad. Öppna den igen (med en kort motivering) för att ändra.',
      en: 'The follow-up is closed. Reopen it (with a short reason) to change it.',
    });
  }
  return record;
}
