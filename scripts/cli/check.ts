// Runs in: Node (the command-line tool). `check`: is a database file healthy? Read-only.
import type { Database } from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDatabase } from '../../electron/core/db/connection';
import { schemaVersion } from '../../electron/core/db/migrate';
import { latestSchemaVersion } from '../../electron/core/db/migrations';
import { parseFlags, requireFlag } from './args';

function tableCounts(db: Database): [string, number][] {
  const tables = db
    .prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    )
    .all() as { name: string; sql: string | null }[];
  // FTS5 keeps its index in shadow tables named after the virtual table; they are not data.
  const virtual = tables
    .filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql ?? ''))
    .map((t) => t.name);
  const shown = tables
    .map((t) => t.name)
    .filter((name) => !virtual.some((v) => name.startsWith(`${v}_`)))
    .sort();
  return shown.map((name) => [
    name,
    db
      .prepare(`SELECT count(*) FROM "${name.replaceAll('"', '""')}"`)
      .pluck()
      .get() as number,
  ]);
}

export function runCheck(args: string[]): number {
  const { values } = parseFlags(args, { db: { type: 'string' } });
  const path = resolve(requireFlag(values.db, 'db'));
  if (!existsSync(path)) {
    console.error(`Filen ${path} finns inte.`);
    return 1;
  }
  // Read-only: a damaged or too-new file is reported and never touched.
  const db = openDatabase(path, { readonly: true });
  try {
    const problems: string[] = [];
    const version = schemaVersion(db);
    console.log(`Databas: ${path}`);
    console.log(`Schemaversion: ${version} (senaste kända: ${latestSchemaVersion})`);
    if (version < latestSchemaVersion) {
      console.log(
        '  Databasen uppgraderas automatiskt när appen öppnar den (en säkerhetskopia tas först).',
      );
    }
    const quick = (db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check);
    console.log(`quick_check: ${quick.join('; ')}`);
    if (quick.length !== 1 || quick[0] !== 'ok') problems.push('quick_check rapporterar fel.');
    const orphans = db.pragma('foreign_key_check') as unknown[];
    console.log(`foreign_key_check: ${orphans.length === 0 ? 'ok' : `${orphans.length} fel`}`);
    if (orphans.length > 0) problems.push(`${orphans.length} rader pekar på poster som saknas.`);
    console.log('Rader per tabell:');
    for (const [name, count] of tableCounts(db)) console.log(`  ${name.padEnd(24)} ${count}`);
    if (problems.length > 0) {
      for (const p of problems) console.error(`Problem: ${p}`);
      return 1;
    }
    console.log('Inga problem hittades.');
    return 0;
  } finally {
    db.close();
  }
}
