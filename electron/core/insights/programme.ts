// Runs in: main process / Node. The programme (näringslivsprogram) an insight or interview belongs
// to: the one asked for, or by default the current one, so analysis lands where the work is.
import type { Database } from 'better-sqlite3';
import { AppFailure } from '../../../shared/errors';
import { cachedStatement } from '../search/cachedStatement';

export function currentProgrammeId(db: Database): string | null {
  const row = cachedStatement(
    db,
    'SELECT id FROM programmes WHERE is_current = 1 AND deleted_at IS NULL',
  ).get() as { id: string } | undefined;
  return row?.id ?? null;
}

/**
 * `undefined` → `fallback` (the current programme on create, the stored one on update);
 * `null` → no programme; an id must exist.
 */
export function resolveProgramme(
  db: Database,
  given: string | null | undefined,
  fallback: () => string | null,
): string | null {
  if (given === undefined) return fallback();
  if (given === null) return null;
  if (!cachedStatement(db, 'SELECT 1 FROM programmes WHERE id = ?').get(given)) {
    const msg = 'Programmet finns inte.';
    throw new AppFailure(
      'VALIDATION',
      { sv: msg, en: 'The programme does not exist.' },
      { programmeId: msg },
    );
  }
  return given;
}
