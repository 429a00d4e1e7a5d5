// Runs in: main process / Node. The programme the analysis material belongs to must exist.
import type { Database } from 'better-sqlite3';
import { AppFailure } from '../../../shared/errors';
import { cachedStatement } from '../search/cachedStatement';

export function requireLiveProgramme(db: Database, programmeId: string): void {
  const row = cachedStatement(
    db,
    'SELECT 1 FROM programmes WHERE id = ? AND deleted_at IS NULL',
  ).get(programmeId);
  if (!row) {
    throw new AppFailure('NOT_FOUND', {
      sv: 'Programmet finns inte längre. Det kan ha tagits bort.',
      en: 'The programme no longer exists. It may have been deleted.',
    });
  }
}
