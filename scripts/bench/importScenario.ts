// Runs in: Node (benchmark). #1: import a 100,000-row companies CSV (Windows-1252, ';').
import BetterSqlite3 from 'better-sqlite3';
import iconv from 'iconv-lite';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../electron/core/db/connection';
import { importCompaniesFile } from '../../electron/core/import/importFile';
import { benchDir } from './dataset';
import { ms, type Row } from './measure';

const columns = [
  'name',
  'org_number',
  'sni_code',
  'industry',
  'size_class',
  'locality',
  'address',
  'postal_code',
  'city',
];
const headers = [
  'Företagsnamn',
  'Organisationsnummer',
  'SNI-kod',
  'Bransch',
  'Storleksklass',
  'Ort',
  'Adress',
  'Postnummer',
  'Postort',
];

const quote = (v: string) => (/[";\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

function freshDb(name: string): BetterSqlite3.Database {
  const path = join(benchDir, name);
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  return openDatabase(path);
}

export async function importScenario(largePath: string): Promise<Row> {
  const source = new BetterSqlite3(largePath, { readonly: true });
  const rows = source
    .prepare(`SELECT ${columns.join(', ')} FROM companies ORDER BY rowid LIMIT 100000`)
    .raw()
    .all() as (string | null)[][];
  source.close();
  const text = [headers, ...rows.map((r) => r.map((v) => v ?? ''))]
    .map((r) => r.map(quote).join(';'))
    .join('\r\n');
  const bytes = iconv.encode(text, 'win1252');

  const appDb = freshDb('import-app.sqlite');
  const start = process.hrtime.bigint();
  const { batch } = await importCompaniesFile(appDb, {
    fileName: 'foretag.csv',
    bytes,
    duplicates: 'skip',
  });
  const figure = ms(start);
  appDb.close();

  // Baseline: the same rows, already parsed, inserted raw in one transaction (search triggers included).
  const rawDb = freshDb('import-raw.sqlite');
  const insert = rawDb.prepare(
    `INSERT INTO companies (id, ${columns.join(', ')}, created_at, updated_at) VALUES (?, ${columns.map(() => '?').join(', ')}, ?, ?)`,
  );
  const rawStart = process.hrtime.bigint();
  rawDb.transaction(() => {
    let i = 0;
    const now = new Date().toISOString();
    for (const r of rows) insert.run(`raw-${i++}`, ...r, now, now);
  })();
  const baseline = ms(rawStart);
  rawDb.close();
  return {
    id: '1',
    scenario: `Importera ${rows.length.toLocaleString('sv-SE')} företag från CSV (Windows-1252, ;) inkl. tolkning, kontroll och sökindex`,
    figure,
    unit: 'ms',
    target: '≤ 5 000 ms',
    baseline,
    targetRatio: '≤ 3',
    note: `${batch.inserted} nya rader`,
    pass: figure <= 5000 && figure / baseline <= 3,
  };
}
