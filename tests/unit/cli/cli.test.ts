// Runs in: vitest (Node). The command-line tool, run as a child process like a developer would.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pv-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  // `node --import tsx` is what `npx tsx` runs, without npx's own start-up time.
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('cli', { timeout: 90_000 }, () => {
  it('demo creates the example municipality and check reports a healthy database', () => {
    const db = join(dir, 'sub', 'exempel.sqlite');
    const demo = cli('demo', '--db', db, '--seed', '5', '--today', '2025-06-15');
    expect(demo.err).toBe('');
    expect(demo.code).toBe(0);
    expect(demo.out).toMatch(/företag:\s+300/);

    const again = cli('demo', '--db', db);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/kan bara skapas i en tom databas/);

    const check = cli('check', '--db', db);
    expect(check.code).toBe(0);
    expect(check.out).toMatch(/Schemaversion: \d+ \(senaste kända: \d+\)/);
    expect(check.out).toMatch(/quick_check: ok/);
    expect(check.out).toMatch(/companies\s+300/);
    expect(check.out).toMatch(/Inga problem hittades/);
  });

  it('check on a file that is not a database exits 1 with the Swedish message and leaves it as it was', () => {
    const file = join(dir, 'trasig.sqlite');
    writeFileSync(file, Buffer.from('SQLite format 3\0'.padEnd(8192, 'x')));
    const before = hash(file);
    const r = cli('check', '--db', file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/är skadad eller är ingen Programverkstaden-databas/);
    expect(hash(file)).toBe(before);

    const missing = cli('check', '--db', join(dir, 'saknas.sqlite'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/finns inte/);
    expect(existsSync(join(dir, 'saknas.sqlite'))).toBe(false);
  });

  it('check refuses a database from a newer app without changing it', () => {
    const file = join(dir, 'ny.sqlite');
    const db = new BetterSqlite3(file);
    db.exec('CREATE TABLE t (x)');
    db.pragma('user_version = 999');
    db.close();
    const before = hash(file);
    const r = cli('check', '--db', file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/schemaversion 999/);
    expect(hash(file)).toBe(before);
  });

  it('backup writes a copy that passes integrity_check, and never overwrites', () => {
    const db = join(dir, 'a.sqlite');
    expect(cli('demo', '--db', db, '--today', '2025-06-15').code).toBe(0);
    const out = join(dir, 'kopia.sqlite');
    const r = cli('backup', '--db', db, '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/integrity_check: ok/);
    const copy = new BetterSqlite3(out, { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.prepare('SELECT count(*) FROM visits').pluck().get()).toBe(120);
    } finally {
      copy.close();
    }
    const second = cli('backup', '--db', db, '--out', out);
    expect(second.code).toBe(1);
    expect(second.err).toMatch(/finns redan/);
  });

  it('import checks first and writes nothing when a row is invalid, unless --skip-invalid', () => {
    const db = join(dir, 'a.sqlite');
    const csv = join(dir, 'foretag.csv');
    writeFileSync(
      csv,
      'Företagsnamn;Organisationsnummer;Ort\nÅkeri Öst AB;556036-0793;Exeby\nFel AB;123;Exeby\n',
    );
    const refused = cli('import', 'companies', csv, '--db', db);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/Rad 3/);
    expect(refused.err).toMatch(/Inget har importerats/);
    expect(existsSync(db)).toBe(false);

    const done = cli('import', 'companies', csv, '--db', db, '--skip-invalid');
    expect(done.code).toBe(0);
    expect(done.out).toMatch(/1 tillagda/);
    const check = new BetterSqlite3(db, { readonly: true });
    try {
      expect(check.prepare('SELECT name FROM companies').pluck().all()).toEqual(['Åkeri Öst AB']);
    } finally {
      check.close();
    }
  });

  it('prints Swedish usage: help exits 0, bad usage exits 2', () => {
    const help = cli('help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/Användning: npm run cli/);
    for (const args of [
      ['okänt'],
      ['check'],
      ['demo', '--size', 'enorm'],
      ['demo', '--seed', '-1'],
      ['check', '--db', 'x', '--bogus'],
      [],
    ]) {
      const r = cli(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(/Användning: npm run cli/);
    }
  });
});
