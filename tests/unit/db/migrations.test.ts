// Runs in: vitest (Node). Migrations: fresh database, upgrade, newer-version refusal, damaged files.
import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/connection';
import { migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { latestSchemaVersion, migrations } from '../../../electron/core/db/migrations';
import type { Migration } from '../../../electron/core/db/migrations/types';
import { AppFailure } from '../../../shared/errors';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pv-mig-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('migrations', () => {
  it('creates a fresh database at the latest version with the pragmas set', () => {
    const db = openDatabase(join(dir, 'a.sqlite'));
    expect(schemaVersion(db)).toBe(latestSchemaVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as {
      name: string;
    }[];
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['companies', 'stakeholders', 'visits', 'search_fts']),
    );
    db.close();
  });

  it('numbers migrations 1..n without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('upgrades an older database step by step and keeps its data', () => {
    const path = join(dir, 'old.sqlite');
    const db = new BetterSqlite3(path);
    migrate(db, migrations.slice(0, 1));
    db.prepare(
      "INSERT INTO localities (id, name, created_at, updated_at) VALUES ('x', 'Åsbacka', 'now', 'now')",
    ).run();
    const extra: Migration = {
      version: latestSchemaVersion + 1,
      name: 'test-add-column',
      up: (d) => d.exec('ALTER TABLE localities ADD COLUMN note TEXT'),
    };
    expect(migrate(db, [...migrations, extra])).toEqual([
      ...migrations.slice(1).map((m) => m.version),
      extra.version,
    ]);
    expect(schemaVersion(db)).toBe(extra.version);
    expect(db.prepare('SELECT name FROM localities').get()).toEqual({ name: 'Åsbacka' });
    db.close();
  });

  it('rolls a failing migration back completely', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db);
    const broken: Migration = {
      version: latestSchemaVersion + 1,
      name: 'broken',
      up: (d) => {
        d.exec('CREATE TABLE half_done (x)');
        d.exec('THIS IS NOT SQL');
      },
    };
    expect(() => migrate(db, [...migrations, broken])).toThrow();
    expect(schemaVersion(db)).toBe(latestSchemaVersion);
    expect(
      db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name='half_done'").get(),
    ).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a database from a newer app version and leaves the file byte-identical', () => {
    const path = join(dir, 'newer.sqlite');
    const db = new BetterSqlite3(path);
    db.exec('CREATE TABLE future (x)');
    db.pragma(`user_version = ${latestSchemaVersion + 5}`);
    db.close();
    const before = readFileSync(path);
    let error: unknown;
    try {
      openDatabase(path);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AppFailure);
    expect((error as AppFailure).code).toBe('DATABASE_TOO_NEW');
    expect((error as AppFailure).detail?.sv).toMatch(/nyare version/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('reports a damaged or foreign file without changing it', () => {
    const path = join(dir, 'garbage.sqlite');
    writeFileSync(
      path,
      Buffer.from('Det här är ingen databas, bara text som råkar heta .sqlite'.repeat(100)),
    );
    const before = readFileSync(path);
    expect(() => openDatabase(path)).toThrowError(AppFailure);
    try {
      openDatabase(path);
    } catch (err) {
      expect((err as AppFailure).code).toBe('DATABASE_DAMAGED');
    }
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('keeps the search index in step with soft deletes', () => {
    const db = openDatabase(join(dir, 'fts.sqlite'));
    const insert = db.prepare(
      "INSERT INTO companies (id, name, org_number, created_at, updated_at) VALUES (?, ?, ?, 'n', 'n')",
    );
    insert.run('c1', 'Åkerbergs Smide AB', '556036-0793');
    const find = (q: string) =>
      (
        db.prepare('SELECT ref_id FROM search_fts WHERE search_fts MATCH ?').all(q) as {
          ref_id: string;
        }[]
      ).map((r) => r.ref_id);
    expect(find('"åker"*')).toEqual(['c1']);
    expect(find('"5560360793"')).toEqual(['c1']);
    // An update rewrites the entry in place: the new name is found, the old one is gone.
    db.prepare("UPDATE companies SET name = 'Östanå Smedja AB' WHERE id = 'c1'").run();
    expect(find('"åker"*')).toEqual([]);
    expect(find('"östanå"*')).toEqual(['c1']);
    expect(db.prepare('SELECT count(*) AS n FROM search_fts').get()).toEqual({ n: 1 });
    db.prepare("UPDATE companies SET name = 'Åkerbergs Smide AB' WHERE id = 'c1'").run();
    db.prepare("UPDATE companies SET deleted_at = 'n' WHERE id = 'c1'").run();
    expect(find('"åker"*')).toEqual([]);
    db.prepare("UPDATE companies SET deleted_at = NULL WHERE id = 'c1'").run();
    expect(find('"åker"*')).toEqual(['c1']);
    db.prepare("DELETE FROM companies WHERE id = 'c1'").run();
    expect(find('"åker"*')).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM search_map').get()).toEqual({ n: 0 });
    db.close();
  });
});
