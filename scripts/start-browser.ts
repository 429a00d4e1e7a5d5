// Runs in: Node. `npm run start:browser`: the app in an installed Chromium/Chrome/Edge (the browser
// shell). Options: --headless, --data-dir <folder> (or PV_DATA_DIR), --route '#/visits',
// --screenshot <file.png> (take one and exit), --help.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchShell } from '../electron/shell/browserShell';
import { defaultDataDir } from '../electron/shell/dataDir';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const usage = `Användning: npm run start:browser -- [--headless] [--data-dir <mapp>] [--route '#/visits'] [--screenshot <fil.png>]
  --headless     kör utan fönster (för tester och skript)
  --data-dir     mappen med databasen (annars PV_DATA_DIR eller användarens programdatamapp)
  --route        öppna en viss vy, t.ex. '#/companies'
  --screenshot   ta en skärmbild när vyn laddats och avsluta`;

export async function runBrowserShell(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      headless: { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      route: { type: 'string' },
      screenshot: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const rendererDir = join(root, 'out', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.error('Appen är inte byggd. Kör npm run build först (npm start gör det åt dig).');
    process.exitCode = 1;
    return;
  }
  let headless = values.headless || Boolean(values.screenshot);
  if (
    !headless &&
    process.platform === 'linux' &&
    !process.env.DISPLAY &&
    !process.env.WAYLAND_DISPLAY
  ) {
    console.log(
      'Ingen skärm hittades (DISPLAY saknas), så appen körs i dolt läge. / No display found; running headless.',
    );
    headless = true;
  }
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  const shell = await launchShell({
    dataDir,
    rendererDir,
    headless,
    route: values.route,
    appVersion: process.env.npm_package_version,
  });
  console.log(`Programverkstaden körs i webbläsarskalet. Data: ${dataDir}`);
  if (values.screenshot) {
    await shell.page.waitForLoadState('networkidle');
    await shell.page.waitForTimeout(500);
    await shell.page.screenshot({ path: resolve(values.screenshot) });
    console.log(`Skärmbild sparad: ${values.screenshot}`);
    await shell.close();
    return;
  }
  const stop = async () => {
    await shell.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  if (headless) {
    console.log('Dolt läge: avsluta med Ctrl+C.');
  } else {
    shell.page.on('close', () => void stop());
    shell.browser.on('disconnected', () => void stop());
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runBrowserShell(process.argv.slice(2)).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
