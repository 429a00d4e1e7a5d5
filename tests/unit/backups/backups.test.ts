// Runs in: vitest (Node). Taking, verifying, listing and pruning backups, with a fake clock.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  backupToFile,
  createBackup,
  isBackupDue,
  listBackups,
  newestBackupAt,
  pruneBackups,
  verifyBackupFile,
} from '../../../electron/core/backups';
import { backupFileName, parseBackupFileName } from '../../../electron/core/backups/fileNames';
import { backupsHandlers } from '../../../electron/core/backups/handlers';
import { createDispatcher } from '../../../electron/core/dispatcher';
import type { Handlers } from '../../../electron/core/handlers';
import { setSetting } from '../../../electron/core/settings';
import { makeTestContext, type TestContext } from '../helpers/testContext';
import { damageFile } from './helpers';

let ctx: TestContext;
beforeEach(() => {
  ctx = makeTestContext();
});
afterEach(() => ctx.cleanup());

const db = () => ctx.db!;
const day = (d: number, hour = 10) => new Date(2025, 0, d, hour, 0, 0);

describe('backup file names', () => {
  it('round-trips local time, reason and counter', () => {
    const at = new Date(2025, 2, 9, 7, 5, 3);
    const name = backupFileName(at, 'before-restore', 3);
    expect(name).toBe('programverkstaden-20250309-070503-before-restore-3.sqlite');
    expect(parseBackupFileName(name)).toEqual({
      createdAt: at,
      reason: 'before-restore',
      counter: 3,
    });
  });

  it('does not take other files for backups', () => {
    for (const name of [
      'programverkstaden.sqlite',
      'programverkstaden-20250309-070503-unknown.sqlite',
      'programverkstaden-20251309-070503-manual.sqlite',
      'programverkstaden-20250309-070503-manual.sqlite.tmp',
      'kopia av programverkstaden-20250309-070503-manual.sqlite',
    ]) {
      expect(parseBackupFileName(name)).toBeNull();
    }
  });
});

describe('createBackup', () => {
  it('makes a verified, self-contained copy that holds the data', async () => {
    setSetting(db(), 'marker', 'hej');
    const info = await createBackup(db(), ctx.backupDir, 'manual', day(5, 14));
    expect(info.fileName).toBe('programverkstaden-20250105-140000-manual.sqlite');
    expect(info.verified).toBe(true);
    expect(info.reason).toBe('manual');
    expect(info.createdAt).toBe(day(5, 14).toISOString());
    expect(info.sizeBytes).toBeGreaterThan(0);
    expect(readdirSync(ctx.backupDir)).toEqual([info.fileName]);
    expect(verifyBackupFile(info.path)).toBe(true);

    const copy = new BetterSqlite3(info.path, { readonly: true });
    try {
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
      expect(copy.prepare("SELECT value FROM settings WHERE key = 'marker'").pluck().get()).toBe(
        '"hej"',
      );
    } finally {
      copy.close();
    }
  });

  it('gives a second backup in the same second its own name', async () => {
    const a = await createBackup(db(), ctx.backupDir, 'manual', day(5));
    const b = await createBackup(db(), ctx.backupDir, 'manual', day(5));
    expect(a.fileName).not.toBe(b.fileName);
    expect(b.fileName).toBe('programverkstaden-20250105-100000-manual-2.sqlite');
    expect(listBackups(ctx.backupDir).map((x) => x.fileName)).toEqual([b.fileName, a.fileName]);
  });

  it('refuses to overwrite a file', async () => {
    const target = join(ctx.dataDir, 'copy.sqlite');
    writeFileSync(target, 'keep me');
    await expect(backupToFile(db(), target)).rejects.toMatchObject({ code: 'STORAGE' });
  });
});

describe('verifyBackupFile', () => {
  it('rejects missing, non-database and damaged files', async () => {
    expect(verifyBackupFile(join(ctx.dataDir, 'missing.sqlite'))).toBe(false);
    const garbage = join(ctx.dataDir, 'garbage.sqlite');
    writeFileSync(garbage, 'this is not a database '.repeat(500));
    expect(verifyBackupFile(garbage)).toBe(false);

    // Enough rows for a multi-page file, so damage lands inside the b-trees.
    const insert = db().prepare(
      "INSERT INTO localities (id, name, created_at, updated_at) VALUES (?, ?, 'x', 'x')",
    );
    db().transaction(() => {
      for (let i = 0; i < 3000; i++) insert.run(`id-${i}`, `Ort nummer ${i} med ett långt namn`);
    })();
    const info = await createBackup(db(), ctx.backupDir, 'manual', day(1));
    expect(verifyBackupFile(info.path)).toBe(true);
    damageFile(info.path);
    expect(verifyBackupFile(info.path)).toBe(false);
  });
});

describe('listBackups and pruneBackups', () => {
  it('lists newest first and ignores other files', async () => {
    expect(listBackups(join(ctx.dataDir, 'nowhere'))).toEqual([]);
    await createBackup(db(), ctx.backupDir, 'start', day(2));
    await createBackup(db(), ctx.backupDir, 'daily', day(3));
    await createBackup(db(), ctx.backupDir, 'migration', day(1));
    writeFileSync(join(ctx.backupDir, 'anteckningar.txt'), 'mine');
    mkdirSync(join(ctx.backupDir, 'programverkstaden-20250101-000000-manual.sqlite'));
    const list = listBackups(ctx.backupDir);
    expect(list.map((b) => b.reason)).toEqual(['daily', 'start', 'migration']);
    expect(newestBackupAt(ctx.backupDir)).toEqual(day(3));
  });

  it('keeps 7 days and 4 weeks of daily backups and deletes only its own files', async () => {
    for (let d = 1; d <= 45; d++) await createBackup(db(), ctx.backupDir, 'daily', day(d));
    writeFileSync(join(ctx.backupDir, 'anteckningar.txt'), 'mine');
    const deleted = pruneBackups(ctx.backupDir, day(45, 12));
    const left = listBackups(ctx.backupDir);
    expect(left).toHaveLength(11);
    expect(deleted).toHaveLength(34);
    // 45 days from 1 Jan: the last 7 days are 8–14 Feb.
    expect(left.slice(0, 7).map((b) => new Date(b.createdAt).getDate())).toEqual([
      14, 13, 12, 11, 10, 9, 8,
    ]);
    for (const name of deleted) expect(existsSync(join(ctx.backupDir, name))).toBe(false);
    expect(existsSync(join(ctx.backupDir, 'anteckningar.txt'))).toBe(true);
    // Running it again changes nothing.
    expect(pruneBackups(ctx.backupDir, day(45, 12))).toEqual([]);
  });
});

describe('isBackupDue', () => {
  it('is due without backups, and again after the interval in calendar days', async () => {
    expect(isBackupDue(ctx.backupDir, 1, day(1))).toBe(true);
    await createBackup(db(), ctx.backupDir, 'start', day(1, 9));
    expect(isBackupDue(ctx.backupDir, 1, day(1, 23))).toBe(false);
    expect(isBackupDue(ctx.backupDir, 1, day(2, 8))).toBe(true);
    expect(isBackupDue(ctx.backupDir, 3, day(3, 8))).toBe(false);
    expect(isBackupDue(ctx.backupDir, 3, day(4, 8))).toBe(true);
  });

  it('is due when the newest backup is dated after now (clock set back)', async () => {
    await createBackup(db(), ctx.backupDir, 'start', day(20));
    expect(isBackupDue(ctx.backupDir, 1, day(10))).toBe(true);
  });
});

describe('backups handlers', () => {
  it('creates a manual backup and lists it through the dispatcher', async () => {
    const dispatch = createDispatcher(ctx, backupsHandlers as unknown as Handlers);
    const created = await dispatch('backups:create', {});
    expect(created).toMatchObject({ ok: true, value: { reason: 'manual', verified: true } });
    const listed = await dispatch('backups:list', {});
    expect(listed.ok && (listed.value as unknown[]).length).toBe(1);
  });
});
