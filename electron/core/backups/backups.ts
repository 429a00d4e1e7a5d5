// Runs in: main process / Node. Taking, listing and pruning backups of the app database.
import type { Database } from 'better-sqlite3';
import BetterSqlite3 from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BackupInfo } from '../../../shared/domain/app';
import { AppFailure } from '../../../shared/errors';
import { backupFileName, parseBackupFileName, type BackupReason } from './fileNames';
import { selectBackupsToKeep } from './retention';
import { checkFileInWorker } from '../db/checkInWorker';

const failed = (detail: string) =>
  new AppFailure('STORAGE', {
    sv: `Säkerhetskopian kunde inte skapas eller kontrolleras (${detail}). Databasen har inte ändrats.`,
    en: `The backup could not be made or verified (${detail}). The database has not been changed.`,
  });

function removeQuietly(path: string): void {
  for (const p of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) {
    rmSync(p, { force: true });
  }
}

/**
 * Copies the open database to `destPath` with SQLite's online backup (never a copy of the live
 * file, which could catch a half-written page), then checks the copy with integrity_check. The
 * copy is written under a temporary name and only renamed once it passed, so a file with a
 * backup's name is always a good backup. Refuses to overwrite an existing file.
 */
export async function backupToFile(db: Database, destPath: string): Promise<void> {
  if (existsSync(destPath)) throw failed(`filen ${destPath} finns redan`);
  mkdirSync(dirname(destPath), { recursive: true });
  const tmpPath = `${destPath}.tmp`;
  removeQuietly(tmpPath);
  try {
    // Large steps: the default (100 pages, then a yield) makes a 200 MB backup take many seconds.
    await db.backup(tmpPath, { progress: () => 8192 });
    // The copy inherits WAL mode; a rollback-journal file is one self-contained file that can be
    // moved, mailed or restored without -wal/-shm companions.
    const copy = new BetterSqlite3(tmpPath, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
  } catch (err) {
    removeQuietly(tmpPath);
    throw failed(err instanceof Error ? err.message : String(err));
  }
  if (!(await checkFileInWorker(tmpPath, 'integrity_check'))) {
    removeQuietly(tmpPath);
    throw failed('integrity_check');
  }
  renameSync(tmpPath, destPath);
}

function uniqueName(backupDir: string, at: Date, reason: BackupReason): string {
  for (let counter = 1; ; counter++) {
    const name = backupFileName(at, reason, counter);
    if (!existsSync(join(backupDir, name)) && !existsSync(join(backupDir, `${name}.tmp`))) {
      return name;
    }
  }
}

/** Takes a verified backup into `backupDir` named after `now` and `reason`. */
export async function createBackup(
  db: Database,
  backupDir: string,
  reason: BackupReason,
  now = new Date(),
): Promise<BackupInfo> {
  mkdirSync(backupDir, { recursive: true });
  const fileName = uniqueName(backupDir, now, reason);
  const path = join(backupDir, fileName);
  await backupToFile(db, path);
  return {
    fileName,
    path,
    createdAt: parseBackupFileName(fileName)!.createdAt.toISOString(),
    sizeBytes: statSync(path).size,
    reason,
    verified: true,
  };
}

/**
 * The backups in the folder, newest first. `verified` means "made and checked by the app":
 * only files that passed integrity_check get a backup's name. Restore checks again.
 */
export function listBackups(backupDir: string): BackupInfo[] {
  if (!existsSync(backupDir)) return [];
  const found: (BackupInfo & { at: number; counter: number })[] = [];
  for (const fileName of readdirSync(backupDir)) {
    const parsed = parseBackupFileName(fileName);
    if (!parsed) continue;
    const path = join(backupDir, fileName);
    let sizeBytes: number;
    try {
      const stat = statSync(path);
      if (!stat.isFile()) continue;
      sizeBytes = stat.size;
    } catch {
      continue;
    }
    found.push({
      fileName,
      path,
      createdAt: parsed.createdAt.toISOString(),
      sizeBytes,
      reason: parsed.reason,
      verified: true,
      at: parsed.createdAt.getTime(),
      counter: parsed.counter,
    });
  }
  found.sort((a, b) => b.at - a.at || b.counter - a.counter || (a.fileName < b.fileName ? 1 : -1));
  return found.map(({ at: _at, counter: _counter, ...info }) => info);
}

/** Deletes the backups the retention rule does not keep; returns the deleted file names. */
export function pruneBackups(backupDir: string, now = new Date()): string[] {
  const backups = listBackups(backupDir);
  const keep = selectBackupsToKeep(backups, now);
  const deleted: string[] = [];
  for (const b of backups) {
    if (keep.has(b.fileName)) continue;
    rmSync(b.path, { force: true });
    deleted.push(b.fileName);
  }
  return deleted;
}

export function newestBackupAt(backupDir: string): Date | null {
  const newest = listBackups(backupDir)[0];
  return newest ? new Date(newest.createdAt) : null;
}

const startOfLocalDay = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate());

/**
 * True when no backup exists or the newest is at least `intervalDays` calendar days old. Calendar
 * days, not 24-hour periods: yesterday's 09:00 backup makes today's 08:30 start back up again.
 */
export function isBackupDue(backupDir: string, intervalDays: number, now = new Date()): boolean {
  const newest = newestBackupAt(backupDir);
  if (!newest) return true;
  const days = Math.round(
    (startOfLocalDay(now).getTime() - startOfLocalDay(newest).getTime()) / 86_400_000,
  );
  // A newest backup "in the future" means the clock was set back: back up rather than wait.
  return days >= Math.max(1, intervalDays) || days < 0;
}
