// Runs in: Node (benchmark). The `large` data set of BENCHMARKS.md, generated once and reused.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../electron/core/db/connection';
import { latestSchemaVersion } from '../../electron/core/db/migrations';
import { generateDemo } from '../../electron/core/demo';
import { setSetting } from '../../electron/core/settings';
import { ms } from './measure';

export const benchDir = join(process.cwd(), 'tmp', 'bench');
/** Bench data is dated to a fixed day so every run measures the same rows. */
export const benchToday = '2026-11-01';

export function largeDatabasePath(): string {
  mkdirSync(benchDir, { recursive: true });
  const path = join(benchDir, `large-v${latestSchemaVersion}.sqlite`);
  if (existsSync(path)) return path;
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  const start = process.hrtime.bigint();
  const db = openDatabase(path);
  generateDemo(db, { size: 'large', seed: 1, today: benchToday });
  setSetting(db, 'firstRunDone', true);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  console.log(`  (genererade large-databasen på ${(ms(start) / 1000).toFixed(1)} s)`);
  return path;
}
