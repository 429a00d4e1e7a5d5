// Runs in: Node. `npx tsx scripts/screenshots.ts`: the README's screenshots of the main screens,
// taken in the browser shell on the example municipality (build first: npm run build).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchShell } from '../electron/shell/browserShell';

const outDir = resolve('docs', 'screenshots');
const screens: { file: string; route: string; ready: string; prepare?: string }[] = [
  { file: 'oversikt', route: '#/overview', ready: 'Översikt' },
  { file: 'aktorer-lista', route: '#/stakeholders', ready: 'Aktörer' },
  { file: 'foretag-lista', route: '#/companies', ready: 'Företag' },
  { file: 'besok-lista', route: '#/visits', ready: 'Företagsbesök' },
  { file: 'besok-ny', route: '#/visits/new', ready: 'Logga besök' },
  { file: 'import', route: '#/companies/import', ready: 'Importera företagslista' },
  { file: 'installningar', route: '#/settings', ready: 'Inställningar' },
  { file: 'processen', route: '#/process', ready: 'Processen' },
  { file: 'swot', route: '#/analysis/swot', ready: 'SWOT' },
  { file: 'mal', route: '#/goals', ready: 'Mål' },
  { file: 'handlingsplan', route: '#/actions', ready: 'Handlingsplan' },
  { file: 'arenden', route: '#/cases', ready: 'Ärenden' },
  { file: 'export', route: '#/export', ready: 'Exportera dokument' },
];

async function main() {
  mkdirSync(outDir, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'pv-shots-'));
  const shell = await launchShell({
    dataDir,
    rendererDir: resolve('out', 'renderer'),
    headless: true,
    viewport: { width: 1366, height: 860 },
  });
  try {
    await shell.app.dispatch('app:firstRun', { choice: 'demo' });
    const base = shell.page.url().split('#')[0];
    for (const s of screens) {
      await shell.page.goto(`${base}${s.route}`);
      await shell.page
        .getByRole('heading', { level: 1, name: new RegExp(s.ready) })
        .first()
        .waitFor();
      await shell.page.waitForTimeout(400);
      await shell.page.screenshot({ path: join(outDir, `${s.file}.png`) });
      console.log(`docs/screenshots/${s.file}.png`);
    }
  } finally {
    await shell.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
