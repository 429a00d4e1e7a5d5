// Runs in: main process / Node. Putting a backup in place of the app database file.
import { closeSync, copyFileSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { AppFailure } from '../../../shared/errors';
import { latestSchemaVersion } from '../db/migrations';
import { fileSchemaVersion, verifyBackupFile } from './verify';

const refused = (sv: string, en: string) => new AppFailure('STORAGE', { sv, en });

/**
 * Replaces the database file at `databasePath` with the backup. The caller has closed the
 * database. The backup is checked first; a damaged backup, or one from a newer app, is refused
 * and the current file is left exactly as it was. The file is replaced by a rename, so a crash
 * midway leaves either the old or the new database, never a mix.
 */
export function restoreBackupFile(backupPath: string, databasePath: string): void {
  if (!verifyBackupFile(backupPath)) {
    throw refused(
      `Säkerhetskopian ${backupPath} är skadad eller är ingen databas och kan inte återställas. Den nuvarande databasen har inte ändrats.`,
      `The backup ${backupPath} is damaged or not a database and cannot be restored. The current database has not been changed.`,
    );
  }
  const version = fileSchemaVersion(backupPath);
  if (version < 1 || version > latestSchemaVersion) {
    throw refused(
      `Säkerhetskopian ${backupPath} har schemaversion ${version} och kommer inte från den här versionen av Programverkstaden. Den nuvarande databasen har inte ändrats.`,
      `The backup ${backupPath} has schema version ${version} and does not come from this version of Programverkstaden. The current database has not been changed.`,
    );
  }
  const tmpPath = `${databasePath}.restoring`;
  try {
    copyFileSync(backupPath, tmpPath);
    const fd = openSync(tmpPath, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    rmSync(tmpPath, { force: true });
    throw refused(
      `Säkerhetskopian kunde inte kopieras (${(err as Error).message}). Den nuvarande databasen har inte ändrats.`,
      `The backup could not be copied (${(err as Error).message}). The current database has not been changed.`,
    );
  }
  // A -wal left beside the new file would be replayed into it; remove it before the switch.
  rmSync(`${databasePath}-wal`, { force: true });
  rmSync(`${databasePath}-shm`, { force: true });
  rmSync(`${databasePath}-journal`, { force: true });
  renameSync(tmpPath, databasePath);
}
