// Runs in: main process / Node. The app itself: info, first run, another database file, restore.
import BetterSqlite3 from 'better-sqlite3';
import { copyFileSync, existsSync } from 'node:fs';
import { basename, isAbsolute, join, resolve } from 'node:path';
import type { AppInfo } from '../../../shared/domain/app';
import { AppFailure } from '../../../shared/errors';
import { createBackup, listBackups } from '../backups/backups';
import { restoreBackupFile } from '../backups/restore';
import { isHealthy } from '../db/connection';
import { assertNotTooNew, schemaVersion } from '../db/migrate';
import { generateDemo } from '../demo';
import type { Handlers } from '../handlers';
import { getSetting, setSetting } from '../settings';
import { openContextDatabase } from './bootstrap';
import { writeDatabasePath } from './config';
import type { AppContext } from './context';
import { requireDb } from './requireDb';

function hasRecords(ctx: AppContext): boolean {
  const db = ctx.db;
  if (!db) return false;
  const row = db
    .prepare(
      `SELECT (SELECT count(*) FROM companies) + (SELECT count(*) FROM stakeholders) + (SELECT count(*) FROM visits) AS n`,
    )
    .get() as { n: number };
  return row.n > 0;
}

export function appInfo(ctx: AppContext): AppInfo {
  const firstRun = ctx.db ? getSetting(ctx.db, 'firstRunDone') !== true && !hasRecords(ctx) : false;
  return {
    appVersion: ctx.appVersion,
    dataDir: ctx.dataDir,
    databasePath: ctx.databasePath,
    backupDir: ctx.backupDir,
    schemaVersion: ctx.db ? schemaVersion(ctx.db) : 0,
    firstRun,
    problem: ctx.problem,
    transport: ctx.transport,
  };
}

/** Checks another database file without writing to it: exists, healthy, not from a newer app. */
function probeDatabaseFile(path: string): void {
  if (!existsSync(path)) {
    throw new AppFailure('NOT_FOUND', {
      sv: `Filen ${path} finns inte.`,
      en: `The file ${path} does not exist.`,
    });
  }
  let probe: BetterSqlite3.Database | null = null;
  try {
    probe = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    if (!isHealthy(probe)) throw new AppFailure('DATABASE_DAMAGED');
    assertNotTooNew(probe);
  } catch (err) {
    if (err instanceof AppFailure) throw err;
    throw new AppFailure('DATABASE_DAMAGED', {
      sv: `Filen ${basename(path)} är ingen Programverkstaden-databas eller är skadad. Den har inte ändrats.`,
      en: `The file ${basename(path)} is not a Programverkstaden database or is damaged. It has not been changed.`,
    });
  } finally {
    probe?.close();
  }
}

export const appHandlers = {
  'app:info': (ctx) => appInfo(ctx),

  'app:firstRun': (ctx, input) => {
    const db = requireDb(ctx);
    if (input.choice === 'demo' && !hasRecords(ctx)) {
      generateDemo(db, { size: 'demo' });
    }
    setSetting(db, 'firstRunDone', true);
    return appInfo(ctx);
  },

  'app:openDatabase': async (ctx, input) => {
    const path = isAbsolute(input.path) ? input.path : resolve(input.path);
    probeDatabaseFile(path);
    if (ctx.db) await createBackup(ctx.db, ctx.backupDir, 'before-open');
    const previous = ctx.databasePath;
    ctx.databasePath = path;
    await openContextDatabase(ctx);
    if (ctx.problem) {
      // The new file could not be opened after all: go back to the one that worked.
      const problem = ctx.problem;
      ctx.databasePath = previous;
      await openContextDatabase(ctx);
      throw new AppFailure('DATABASE_DAMAGED', { sv: problem.message, en: problem.message });
    }
    writeDatabasePath(ctx.dataDir, path);
    return appInfo(ctx);
  },

  'backups:restore': async (ctx, input) => {
    const backup = listBackups(ctx.backupDir).find((b) => b.fileName === input.fileName);
    if (!backup || basename(input.fileName) !== input.fileName) {
      throw new AppFailure('NOT_FOUND', {
        sv: `Säkerhetskopian ${input.fileName} finns inte.`,
        en: `The backup ${input.fileName} does not exist.`,
      });
    }
    if (ctx.db) await createBackup(ctx.db, ctx.backupDir, 'before-restore');
    else if (existsSync(ctx.databasePath)) {
      // A damaged file is kept beside the restored one, never overwritten: it may still be rescued.
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      copyFileSync(ctx.databasePath, `${ctx.databasePath}.skadad-${stamp}`);
    }
    ctx.db?.close();
    ctx.db = null;
    try {
      restoreBackupFile(join(ctx.backupDir, backup.fileName), ctx.databasePath);
    } finally {
      await openContextDatabase(ctx);
    }
    return appInfo(ctx);
  },
} satisfies Pick<Handlers, 'app:info' | 'app:firstRun' | 'app:openDatabase' | 'backups:restore'>;
