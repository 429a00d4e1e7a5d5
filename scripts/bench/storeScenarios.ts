// Runs in: Node (benchmark). #5: open the database (migration check + quick_check) and back it up.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createBackup } from '../../electron/core/backups/backups';
import { checkFileInWorker } from '../../electron/core/db/checkInWorker';
import { openDatabase } from '../../electron/core/db/connection';
import { benchDir } from './dataset';
import { ms, type Row } from './measure';

export async function openAndBackupScenario(largePath: string): Promise<Row[]> {
  // As the app opens a large file: the migration check now, quick_check on a worker thread.
  const start = process.hrtime.bigint();
  const db = openDatabase(largePath, { healthCheck: 'deferred' });
  const open = ms(start);
  const qStart = process.hrtime.bigint();
  const healthy = await checkFileInWorker(largePath, 'quick_check');
  const quickCheck = ms(qStart);

  const backupDir = join(benchDir, 'backups');
  rmSync(backupDir, { recursive: true, force: true });
  mkdirSync(backupDir, { recursive: true });
  const copyPath = join(backupDir, 'copy.sqlite');
  const cStart = process.hrtime.bigint();
  await db.backup(copyPath, { progress: () => 8192 });
  const copy = ms(cStart);
  rmSync(copyPath, { force: true });
  const bStart = process.hrtime.bigint();
  await createBackup(db, backupDir, 'manual');
  const verified = ms(bStart);
  db.close();
  return [
    {
      id: '5a',
      scenario:
        'Öppna databasen (migreringskontroll; quick_check på en arbetstråd medan appen startar)',
      figure: open,
      unit: 'ms',
      target: '≤ 500 ms',
      baseline: null,
      targetRatio: '–',
      note: `quick_check i bakgrunden ${quickCheck.toFixed(0)} ms: ${healthy ? 'ok' : 'FEL'}`,
      pass: open <= 500 && healthy,
    },
    {
      id: '5b',
      scenario: 'Säkerhetskopiera databasen (db.backup)',
      figure: copy,
      unit: 'ms',
      target: '≤ 2 000 ms',
      baseline: null,
      targetRatio: '–',
      note: `inklusive integrity_check av kopian på en arbetstråd: ${verified.toFixed(0)} ms`,
      pass: copy <= 2000,
    },
  ];
}
