// Runs in: Node (tsx). `npm start` (after the build): the Electron app when its binary is installed,
// otherwise the same app in the browser shell. Options: --headless, --data-dir <folder>.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const noElectronMessage =
  'Electron-programfilen är inte installerad (npm hoppade över nedladdningen), så Programverkstaden öppnas i webbläsarskalet i stället. / ' +
  'The Electron binary is not installed, so Programverkstaden opens in the browser shell instead.';

/** The Electron executable, or null when only the npm package (without its binary) is installed. */
export function findElectronBinary(
  requireFrom: NodeJS.Require = createRequire(import.meta.url),
): string | null {
  try {
    // The package's main export is the binary's path; it throws when the download was skipped.
    const path: unknown = requireFrom('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export const nativeModuleMessage =
  'better-sqlite3 är byggd för Node och inte för Electron, så Programverkstaden öppnas i webbläsarskalet i stället; kör `npx electron-builder install-app-deps` för att använda Electron (och `npm rebuild better-sqlite3` för att gå tillbaka). / ' +
  'better-sqlite3 is built for Node, not Electron, so the browser shell opens instead; run `npx electron-builder install-app-deps` to use Electron.';

type SpawnSync = (
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; encoding: 'utf8' },
) => { status: number | null; stderr?: string | null };

/**
 * The native SQLite module is compiled for one ABI: Node's after `npm install` (tests, browser
 * shell), Electron's after install-app-deps. Electron in Node mode tells which one is there.
 */
export function electronCanLoadSqlite(binary: string, run: SpawnSync = spawnSync): boolean {
  const result = run(binary, ['-e', "require('better-sqlite3')(':memory:').close()"], {
    cwd: root,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
  });
  return result.status === 0;
}

export interface StartOptions {
  headless: boolean;
  dataDir?: string;
  rest: string[];
}

/** Reads --headless and --data-dir; everything else goes on to the browser shell untouched. */
export function parseStartArgs(argv: string[]): StartOptions {
  const { values, tokens } = parseArgs({
    args: argv,
    options: { headless: { type: 'boolean', default: false }, 'data-dir': { type: 'string' } },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const rest: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'option' && (token.name === 'headless' || token.name === 'data-dir'))
      continue;
    if (token.kind === 'option') {
      rest.push(token.rawName);
      if (token.value !== undefined) rest.push(token.value);
    } else if (token.kind === 'positional') {
      rest.push(token.value);
    } else {
      rest.push('--');
    }
  }
  const dataDir = typeof values['data-dir'] === 'string' ? values['data-dir'] : undefined;
  return { headless: values.headless === true, dataDir, rest };
}

/** Electron gets the options as environment variables: Chromium would take --headless itself. */
export function electronEnv(
  options: StartOptions,
  env: NodeJS.ProcessEnv = process.env,
): NodeJS.ProcessEnv {
  const next: NodeJS.ProcessEnv = { ...env };
  delete next.ELECTRON_RUN_AS_NODE;
  if (options.dataDir) next.PV_DATA_DIR = resolve(options.dataDir);
  if (options.headless) next.PV_HEADLESS = '1';
  return next;
}

function runElectron(binary: string, options: StartOptions): Promise<number> {
  return new Promise((resolveExit, reject) => {
    const child = spawn(binary, [root, ...options.rest], {
      cwd: root,
      env: electronEnv(options),
      stdio: 'inherit',
    });
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
    process.on('SIGINT', forward('SIGINT'));
    process.on('SIGTERM', forward('SIGTERM'));
    child.on('error', reject);
    child.on('exit', (code, signal) => resolveExit(code ?? (signal ? 1 : 0)));
  });
}

async function main(argv: string[]): Promise<void> {
  const binary = findElectronBinary();
  if (binary && electronCanLoadSqlite(binary)) {
    process.exitCode = await runElectron(binary, parseStartArgs(argv));
    return;
  }
  console.log(binary ? nativeModuleMessage : noElectronMessage);
  const { runBrowserShell } = await import('./start-browser');
  await runBrowserShell(argv);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
