// Runs in: vitest (Node). Starts the browser shell on a fresh temp data folder for one test.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchShell, type Shell } from '../../electron/shell/browserShell';

/** The built renderer; PV_RENDERER_DIR points elsewhere when several builds run side by side. */
export const rendererDir =
  process.env.PV_RENDERER_DIR ?? resolve(__dirname, '..', '..', 'out', 'renderer');
export const screenshotDir = resolve(__dirname, '..', '..', 'test-results', 'screenshots');

export interface TestShell extends Shell {
  dataDir: string;
  shot(name: string): Promise<void>;
  dispose(): Promise<void>;
}

export async function startShell(
  options: { dataDir?: string; route?: string } = {},
): Promise<TestShell> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'pv-e2e-'));
  const shell = await launchShell({
    dataDir,
    rendererDir,
    headless: true,
    route: options.route,
    appVersion: '0.0.0-e2e',
  });
  shell.page.setDefaultTimeout(15_000);
  mkdirSync(screenshotDir, { recursive: true });
  return Object.assign(shell, {
    dataDir,
    async shot(name: string) {
      await shell.page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: false });
    },
    async dispose() {
      await shell.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  });
}
