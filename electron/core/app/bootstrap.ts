// Runs in: main process / Node. Opens the app for one transport: data folder, database (with a
// backup before migrations), backups at start and daily, and the dispatcher over it all.
import BetterSqlite3 from 'better-sqlite3';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppFailure } from '../../../shared/errors';
import { handlers } from '../api';
import { createBackup, isBackupDue, newestBackupAt, pruneBackups } from '../backups/backups';
import { checkFileInWorker } from '../db/checkInWorker';
import { openDatabase } from '../db/connection';
import { pendingMigrations } from '../db/migrate';
import { createDispatcher, type Dispatch } from '../dispatcher';
import { getSettings } from '../settings';
import type { AppContext } from './context';
import { readDatabasePath } from './config';

export interface AppHandle {
  ctx: AppContext;
  dispatch: Dispatch;
  close(): void;
}

export interface OpenAppOptions {
  dataDir: string;
  transport: AppContext['transport'];
  appVersion: string;
  /** Off in tests that check backups themselves. */
  backups?: boolean;
}

const HOUR = 3_600_000;
const LARGE_FILE_BYTES = 64 * 1024 * 1024;
/** The start backup waits until the window has had time to open. */
const START_BACKUP_DELAY_MS = 5_000;

async function checkInBackground(ctx: AppContext, db: BetterSqlite3.Database): Promise<void> {
  const ok = await checkFileInWorker(ctx.databasePath, 'quick_check');
  if (ok || ctx.db !== db) return;
  db.close();
  ctx.db = null;
  ctx.problem = { code: 'DATABASE_DAMAGED', message: new AppFailure('DATABASE_DAMAGED').message };
}

/** A readable probe of an existing file: is a pre-migration backup needed? Never writes. */
async function backupBeforeMigrationIfNeeded(
  databasePath: string,
  backupDir: string,
): Promise<void> {
  if (!existsSync(databasePath)) return;
  let probe: BetterSqlite3.Database | null = null;
  try {
    probe = new BetterSqlite3(databasePath, { readonly: true, fileMustExist: true });
    const version = probe.pragma('user_version', { simple: true }) as number;
    if (version > 0 && pendingMigrations(probe).length > 0) {
      await createBackup(probe, backupDir, 'migration');
    }
  } catch {
    // A damaged or foreign file: openDatabase reports it without touching it.
  } finally {
    probe?.close();
  }
}

/** Opens the database named by the data folder's pointer; failures become ctx.problem. */
export async function openContextDatabase(ctx: AppContext): Promise<void> {
  ctx.db?.close();
  ctx.db = null;
  ctx.problem = null;
  await backupBeforeMigrationIfNeeded(ctx.databasePath, ctx.backupDir);
  // A large file is checked on a worker thread after opening, so the window is usable at once;
  // openDatabase still checks synchronously whenever migrations would write to the file.
  const large = existsSync(ctx.databasePath) && statSync(ctx.databasePath).size > LARGE_FILE_BYTES;
  try {
    ctx.db = openDatabase(ctx.databasePath, { healthCheck: large ? 'deferred' : 'now' });
    ctx.language = getSettings(ctx.db).language;
    if (large) void checkInBackground(ctx, ctx.db);
  } catch (err) {
    if (!(err instanceof AppFailure)) throw err;
    ctx.problem = { code: err.code, message: err.detail?.[ctx.language] ?? err.message };
  }
}

/** A backup at start (unless one was made within the hour) and whenever the daily one is due. */
export async function runScheduledBackup(
  ctx: AppContext,
  reason: 'start' | 'daily',
  now = new Date(),
): Promise<boolean> {
  if (!ctx.db) return false;
  const newest = newestBackupAt(ctx.backupDir);
  const due =
    reason === 'start'
      ? !newest || now.getTime() - newest.getTime() > HOUR
      : isBackupDue(ctx.backupDir, getSettings(ctx.db).backupIntervalDays, now);
  if (!due) return false;
  await createBackup(ctx.db, ctx.backupDir, reason, now);
  pruneBackups(ctx.backupDir, now);
  return true;
}

export async function openApp(options: OpenAppOptions): Promise<AppHandle> {
  mkdirSync(options.dataDir, { recursive: true });
  const backupDir = join(options.dataDir, 'backups');
  mkdirSync(backupDir, { recursive: true });
  const ctx: AppContext = {
    db: null,
    dataDir: options.dataDir,
    databasePath: readDatabasePath(options.dataDir),
    backupDir,
    problem: null,
    transport: options.transport,
    appVersion: options.appVersion,
    language: 'sv',
    writeLock: null,
  };
  await openContextDatabase(ctx);
  let timer: NodeJS.Timeout | null = null;
  let startTimer: NodeJS.Timeout | null = null;
  const report = (when: string) => (err: unknown) => {
    if (ctx.db) console.error(`[backup] ${when}:`, err);
  };
  if (options.backups !== false) {
    startTimer = setTimeout(() => {
      runScheduledBackup(ctx, 'start').catch(report('start'));
    }, START_BACKUP_DELAY_MS);
    startTimer.unref();
    timer = setInterval(() => {
      runScheduledBackup(ctx, 'daily').catch(report('daily'));
    }, HOUR);
    timer.unref();
  }
  return {
    ctx,
    dispatch: createDispatcher(ctx, handlers),
    close() {
      if (timer) clearInterval(timer);
      if (startTimer) clearTimeout(startTimer);
      ctx.db?.close();
      ctx.db = null;
    },
  };
}
