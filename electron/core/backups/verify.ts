// Runs in: main process / Node. Is a file a whole, readable SQLite database?
import BetterSqlite3, { type Database } from 'better-sqlite3';

/** Runs `PRAGMA integrity_check` on an open database; true only for a single "ok". */
export function passesIntegrityCheck(db: Database): boolean {
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    return rows.length === 1 && rows[0]!.integrity_check === 'ok';
  } catch {
    return false;
  }
}

/** Opens the file read-only and runs integrity_check; false for a damaged or non-database file. */
export function verifyBackupFile(path: string): boolean {
  let db: Database | null = null;
  try {
    db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    return passesIntegrityCheck(db);
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/** The schema version (user_version) of a database file, opened read-only. */
export function fileSchemaVersion(path: string): number {
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
}
