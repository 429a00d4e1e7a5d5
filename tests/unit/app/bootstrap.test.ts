// Runs in: vitest (Node). Opening the app: backup before migrating, damaged and too-new files,
// restore from a backup, and opening another database file.
import BetterSqlite3 from 'better-sqlite3';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, runScheduledBackup, type AppHandle } from '../../../electron/core/app/bootstrap';
import { migrate } from '../../../electron/core/db/migrate';
import { latestSchemaVersion, migrations } from '../../../electron/core/db/migrations';

let dataDir: string;
let app: AppHandle | null = null;
const dbFile = () => join(dataDir, 'programverkstaden.sqlite');
const open = async () =>
  (app = await openApp({ dataDir, transport: 'test', appVersion: 't', backups: false }));

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'pv-boot-'));
});
afterEach(() => {
  app?.close();
  app = null;
  rmSync(dataDir, { recursive: true, force: true });
});

describe('opening the app', () => {
  it('backs up an older database before migrating it', async () => {
    mkdirSync(dataDir, { recursive: true });
    const old = new BetterSqlite3(dbFile());
    migrate(old, migrations.slice(0, 1));
    old
      .prepare(
        "INSERT INTO localities (id, name, created_at, updated_at) VALUES ('l', 'Råby', 'n', 'n')",
      )
      .run();
    old.close();
    await open();
    expect(app!.ctx.problem).toBeNull();
    expect(app!.ctx.db!.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    const backups = readdirSync(join(dataDir, 'backups')).filter((f) => f.includes('-migration'));
    expect(backups).toHaveLength(1);
    const copy = new BetterSqlite3(join(dataDir, 'backups', backups[0]!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT name FROM localities').get()).toEqual({ name: 'Råby' });
    copy.close();
  });

  it('reports a damaged file, leaves it untouched, and restores the newest good backup', async () => {
    await open();
    await app!.dispatch('stakeholders:create', { name: 'Kerstin Åström' });
    expect(await runScheduledBackup(app!.ctx, 'start')).toBe(true);
    app!.close();
    writeFileSync(dbFile(), Buffer.alloc(8192, 7));
    for (const s of ['-wal', '-shm']) rmSync(dbFile() + s, { force: true });
    const before = readFileSync(dbFile());
    await open();
    expect(app!.ctx.problem?.code).toBe('DATABASE_DAMAGED');
    expect(readFileSync(dbFile()).equals(before)).toBe(true);
    const listed = await app!.dispatch('stakeholders:list', {});
    expect(listed).toMatchObject({ ok: false, error: { code: 'DATABASE_DAMAGED' } });
    const backups = await app!.dispatch('backups:list', {});
    const newest = (backups as { ok: true; value: { fileName: string }[] }).value[0]!;
    const restored = await app!.dispatch('backups:restore', { fileName: newest.fileName });
    expect(restored).toMatchObject({ ok: true, value: { problem: null } });
    const after = await app!.dispatch('stakeholders:list', {});
    expect(after).toMatchObject({ ok: true, value: { total: 1 } });
    // The damaged file was kept beside the restored one.
    expect(readdirSync(dataDir).some((f) => f.includes('.skadad-'))).toBe(true);
  });

  it('refuses a database from a newer version and does not change it', async () => {
    const db = new BetterSqlite3(dbFile());
    db.pragma(`user_version = ${latestSchemaVersion + 1}`);
    db.close();
    const before = readFileSync(dbFile());
    await open();
    expect(app!.ctx.problem?.code).toBe('DATABASE_TOO_NEW');
    expect(readFileSync(dbFile()).equals(before)).toBe(true);
  });

  it("opens another database file (a predecessor's) and remembers it", async () => {
    await open();
    await app!.dispatch('stakeholders:create', { name: 'Min egen aktör' });
    const other = join(dataDir, 'foretradare.sqlite');
    const seed = await openApp({
      dataDir: join(dataDir, 'x'),
      transport: 'test',
      appVersion: 't',
      backups: false,
    });
    await seed.dispatch('stakeholders:create', { name: 'Företrädarens aktör' });
    seed.close();
    copyFileSync(join(dataDir, 'x', 'programverkstaden.sqlite'), other);
    const bad = await app!.dispatch('app:openDatabase', {
      path: join(dataDir, 'finns-inte.sqlite'),
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const ok = await app!.dispatch('app:openDatabase', { path: other });
    expect(ok).toMatchObject({ ok: true, value: { databasePath: other } });
    app!.close();
    await open();
    const listed = await app!.dispatch('stakeholders:list', {});
    expect(
      (listed as { ok: true; value: { rows: { name: string }[] } }).value.rows.map((r) => r.name),
    ).toEqual(['Företrädarens aktör']);
  });
});
