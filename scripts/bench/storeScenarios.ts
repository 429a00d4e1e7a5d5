// Runs in: Node (benchmark). #5: open the database (migration check + quick_check) and back it up.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createBackup } from '../../electron/core/backups/backups';
import { openDatabase } from '../../electron/core/db/connection';
import { benchDir } from './dataset';
import { ms, type Row } from './measure';

export async function openAndBackupScenario(largePath: string): Promise<Row[]> {
  const start = process.hrtime.bigint();
  const db = openDatabase(largePath);
  const open = ms(start);
  const backupDir = join(benchDir, 'backups');
  rmSync(backupDir, { recursive: true, force: true });
  const bStart = process.hrtime.bigint();
  await createBackup(db, backupDir, 'manual');
  const backup = ms(bStart);
  db.close();
  return [
    {
      id: '5a',
      scenario: 'Öppna databasen (migreringskontroll, quick_check)',
      figure: open,
      unit: 'ms',
      target: '≤ 500 ms',
      baseline: null,
      targetRatio: '–',
      pass: open <= 500,
    },
    {
      id: '5b',
      scenario: 'Säkerhetskopiera databasen (db.backup + integrity_check)',
      figure: backup,
      unit: 'ms',
      target: '≤ 2 000 ms',
      baseline: null,
      targetRatio: '–',
      pass: backup <= 2000,
    },
  ];
}
