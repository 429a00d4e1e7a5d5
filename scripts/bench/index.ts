// Runs in: Node. `npm run bench`: the speed targets of BENCHMARKS.md on the `large` data set, each
// next to its baseline in the same run. Writes docs/benchmarks.md with the machine it ran on.
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { createDispatcher } from '../../electron/core/dispatcher';
import { handlers } from '../../electron/core/api';
import { openDatabase } from '../../electron/core/db/connection';
import type { AppContext } from '../../electron/core/app/context';
import { benchDir, largeDatabasePath } from './dataset';
import { exportScenario } from './exportScenario';
import { importScenario } from './importScenario';
import { fmt, ratio, type Row } from './measure';
import { searchScenario, visitsListScenario } from './queryScenarios';
import { shellScenarios } from './shellScenarios';
import { openAndBackupScenario } from './storeScenarios';

async function main() {
  console.log('Programverkstaden – prestandamätning (large)');
  const largePath = largeDatabasePath();
  const rows: Row[] = [];
  const step = async (name: string, fn: () => Promise<Row | Row[]>) => {
    process.stdout.write(`  ${name} … `);
    const result = await fn();
    const list = Array.isArray(result) ? result : [result];
    rows.push(...list);
    console.log(
      list
        .map(
          (r) =>
            `${fmt(r.figure, r.unit)}${r.baseline !== null ? ` (bas ${fmt(r.baseline, 'ms')})` : ''}`,
        )
        .join(', '),
    );
  };

  await step('#1 import', () => importScenario(largePath));
  const db = openDatabase(largePath);
  const ctx: AppContext = {
    db,
    dataDir: benchDir,
    databasePath: largePath,
    backupDir: benchDir,
    problem: null,
    transport: 'test',
    appVersion: 'bench',
    language: 'sv',
    writeLock: null,
  };
  const dispatch = createDispatcher(ctx, handlers);
  await step('#2 sökning', () => searchScenario(db, dispatch));
  await step('#3 besökslista', () => visitsListScenario(db, dispatch));
  db.close();
  await step('#4 export program + handlingsplan', () => exportScenario(largePath));
  await step('#5 öppna/säkerhetskopiera', () => openAndBackupScenario(largePath));
  await step('#6–7 webbläsarskalet', () => shellScenarios(largePath));

  const machine = `${cpus()[0]?.model ?? 'okänd processor'}, ${cpus().length} kärnor, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
  const table = [
    '| # | scenario | resultat | mål | baslinje | kvot (mål) | klarar |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((r) => {
      const q = ratio(r.figure, r.baseline);
      return `| ${r.id} | ${r.scenario}${r.note ? ` (${r.note})` : ''} | ${fmt(r.figure, r.unit)} | ${r.target} | ${fmt(r.baseline, r.baseline !== null ? 'ms' : '')} | ${q === null ? '–' : q.toFixed(2)} (${r.targetRatio}) | ${r.pass === null ? 'ej mätt' : r.pass ? 'ja' : 'nej'} |`;
    }),
  ].join('\n');
  const doc = `# Prestandamätning\n\nUppmätt ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC med \`npm run bench\` på datamängden \`large\` (100 000 företag, 20 000 aktörer, 20 000 besök).\nMaskin: ${machine}.\n\nVarje rad mäts i samma körning som sin baslinje (samma arbete direkt i biblioteket utan appens kod), så att en brusig maskin inte vilseleder. Kvoten är resultat / baslinje.\n\n${table}\n`;
  writeFileSync('docs/benchmarks.md', doc);
  console.log('\n' + table + '\n\nSkrivet till docs/benchmarks.md');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
