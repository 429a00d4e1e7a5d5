// Runs in: main process / Node. Opens the app for one transport: data folder, database (with a
// backup before migrations), backups at start and daily, and the dispatcher over it all.
import BetterSqlite3 from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppFailure } from '../../../shared/errors';
import { handlers } from '../api';
import { createBackup, isBackupDue, newestBackupAt, pruneBackups } from '../backups/backups';
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
  try {
    ctx.db = openDatabase(ctx.databasePath);
    ctx.language = getSettings(ctx.db).language;
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
  if (options.backups !== false) {
    await runScheduledBackup(ctx, 'start').catch((err: unknown) =>
      console.error('[backup] start:', err),
    );
    timer = setInterval(() => {
      runScheduledBackup(ctx, 'daily').catch((err: unknown) =>
        console.error('[backup] daily:', err),
      );
    }, HOUR);
    timer.unref();
  }
  return {
    ctx,
    dispatch: createDispatcher(ctx, handlers),
    close() {
      if (timer) clearInterval(timer);
      ctx.db?.close();
      ctx.db = null;
    },
  };
}
