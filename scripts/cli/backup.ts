// Runs in: Node (the command-line tool). `backup`: a verified copy of a database file.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { backupToFile } from '../../electron/core/backups';
import { openDatabase } from '../../electron/core/db/connection';
import { parseFlags, requireFlag } from './args';

export async function runBackup(args: string[]): Promise<number> {
  const { values } = parseFlags(args, { db: { type: 'string' }, out: { type: 'string' } });
  const source = resolve(requireFlag(values.db, 'db'));
  const target = resolve(requireFlag(values.out, 'out'));
  if (!existsSync(source)) {
    console.error(`Filen ${source} finns inte.`);
    return 1;
  }
  if (existsSync(target)) {
    console.error(`Filen ${target} finns redan och skrivs inte över. Välj ett annat namn.`);
    return 1;
  }
  const started = performance.now();
  // Read-only and checked first, so a damaged file gives a clear message instead of a bad copy.
  const db = openDatabase(source, { readonly: true });
  try {
    await backupToFile(db, target);
  } finally {
    db.close();
  }
  const mb = (statSync(target).size / 1024 / 1024).toFixed(1);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Säkerhetskopia skapad: ${target} (${mb} MB, ${seconds} s). integrity_check: ok`);
  return 0;
}
