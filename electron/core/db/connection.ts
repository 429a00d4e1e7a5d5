// Runs in: main process / Node. Opens the app database: pragmas, health check, backup, migrations.
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { AppFailure } from '../../../shared/errors';
import { assertNotTooNew, migrate, pendingMigrations, schemaVersion } from './migrate';

export interface OpenOptions {
  /** Called with the open (not yet migrated) db when migrations are pending on an existing file. */
  backupBeforeMigration?: (db: Database) => void;
  readonly?: boolean;
  /**
   * 'deferred' skips quick_check here for the caller to run it on a worker thread (large files).
   * It is never skipped when migrations are pending: nothing is written to an unchecked file.
   */
  healthCheck?: 'now' | 'deferred';
}

export function applyPragmas(db: Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  // Erased personal data must not linger in free pages of the file (GDPR).
  db.pragma('secure_delete = ON');
}

/** quick_check on an open database; true when it reports "ok". */
export function isHealthy(db: Database): boolean {
  try {
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    return rows.length === 1 && rows[0]!.quick_check === 'ok';
  } catch {
    return false;
  }
}

const damaged = (path: string) =>
  new AppFailure('DATABASE_DAMAGED', {
    sv: `Databasfilen ${path} är skadad eller är ingen Programverkstaden-databas. Den har inte ändrats. Återställ den senaste fungerande säkerhetskopian under Inställningar.`,
    en: `The database file ${path} is damaged or not a Programverkstaden database. It has not been changed. Restore the latest good backup in Settings.`,
  });

/**
 * Opens (or creates) the database at `path`. A damaged file is never modified: DATABASE_DAMAGED
 * is thrown before any write. A file from a newer app is refused with DATABASE_TOO_NEW.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Database {
  const isNew = path === ':memory:' || !existsSync(path);
  let db: Database;
  try {
    db = new BetterSqlite3(path, { readonly: options.readonly ?? false, fileMustExist: false });
  } catch {
    throw damaged(path);
  }
  try {
    // Read-only probes first: nothing is written to a damaged or too-new file.
    assertNotTooNew(db);
    const mustCheck = options.healthCheck !== 'deferred' || pendingMigrations(db).length > 0;
    if (!isNew && mustCheck && !isHealthy(db)) throw damaged(path);
    if (options.readonly) return db;
    applyPragmas(db);
    if (!isNew && schemaVersion(db) > 0 && pendingMigrations(db).length > 0) {
      options.backupBeforeMigration?.(db);
    }
    migrate(db);
    return db;
  } catch (err) {
    db.close();
    if (err instanceof AppFailure) throw err;
    throw damaged(path);
  }
}
