// Runs in: vitest (Node). Restoring a backup over the database file.
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackup, restoreBackupFile } from '../../../electron/core/backups';
import { openDatabase } from '../../../electron/core/db/connection';
import { getSetting, setSetting } from '../../../electron/core/settings';
import { makeTestContext, type TestContext } from '../helpers/testContext';
import { damageFile, fileHash } from './helpers';

let ctx: TestContext;
beforeEach(() => {
  ctx = makeTestContext();
});
afterEach(() => ctx.cleanup());

async function backupWithMarker(value: string, rows = 0) {
  const db = ctx.db!;
  setSetting(db, 'marker', value);
  const insert = db.prepare(
    "INSERT INTO localities (id, name, created_at, updated_at) VALUES (?, ?, 'x', 'x')",
  );
  db.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run(`id-${i}`, `Ort nummer ${i} med ett långt namn`);
  })();
  return createBackup(db, ctx.backupDir, 'manual', new Date(2025, 0, 1));
}

describe('restoreBackupFile', () => {
  it('replaces the database with the backup and removes the old -wal and -shm', async () => {
    const backup = await backupWithMarker('före');
    setSetting(ctx.db!, 'marker', 'efter');
    ctx.db!.close();
    writeFileSync(`${ctx.databasePath}-wal`, 'stale');
    writeFileSync(`${ctx.databasePath}-shm`, 'stale');

    restoreBackupFile(backup.path, ctx.databasePath);

    expect(existsSync(`${ctx.databasePath}-wal`)).toBe(false);
    expect(existsSync(`${ctx.databasePath}-shm`)).toBe(false);
    expect(existsSync(`${ctx.databasePath}.restoring`)).toBe(false);
    ctx.db = openDatabase(ctx.databasePath);
    expect(getSetting(ctx.db, 'marker')).toBe('före');
  });

  it('refuses a damaged backup and leaves the database untouched', async () => {
    const backup = await backupWithMarker('före', 3000);
    const damaged = join(ctx.dataDir, 'damaged.sqlite');
    copyFileSync(backup.path, damaged);
    damageFile(damaged);
    ctx.db!.close();
    const before = fileHash(ctx.databasePath);

    expect(() => restoreBackupFile(damaged, ctx.databasePath)).toThrow(/är skadad/);
    expect(() => restoreBackupFile(damaged, ctx.databasePath)).toThrow(
      expect.objectContaining({ code: 'STORAGE' }),
    );
    expect(fileHash(ctx.databasePath)).toBe(before);
    ctx.db = openDatabase(ctx.databasePath);
    expect(getSetting(ctx.db, 'marker')).toBe('före');
  });

  it('refuses a file that is not a database, and one from a newer app', async () => {
    const backup = await backupWithMarker('före');
    ctx.db!.close();
    const before = fileHash(ctx.databasePath);

    const text = join(ctx.dataDir, 'text.sqlite');
    writeFileSync(text, 'hej '.repeat(2000));
    expect(() => restoreBackupFile(text, ctx.databasePath)).toThrow(/kan inte återställas/);

    const newer = join(ctx.dataDir, 'newer.sqlite');
    copyFileSync(backup.path, newer);
    const n = new BetterSqlite3(newer);
    n.pragma('user_version = 999');
    n.close();
    expect(() => restoreBackupFile(newer, ctx.databasePath)).toThrow(/schemaversion 999/);
    expect(fileHash(ctx.databasePath)).toBe(before);
    ctx.db = openDatabase(ctx.databasePath);
  });
});
