// Runs in: Node (browser shell). The app without Electron: an installed Chromium driven by
// playwright-core shows the built renderer on a made-up origin; window.api is bridged to the same
// dispatcher as in Electron with exposeBinding. No HTTP port is opened and nothing leaves the machine.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { openApp, type AppHandle } from '../core/app/bootstrap';
import { findBrowser } from './findBrowser';

export const appOrigin = 'https://programverkstaden.invalid';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--lang=sv-SE',
];

export interface ShellOptions {
  dataDir: string;
  rendererDir: string;
  headless: boolean;
  appVersion?: string;
  executablePath?: string;
  viewport?: { width: number; height: number };
  /** Start on this hash route, e.g. '#/visits'. */
  route?: string;
}

export interface Shell {
  app: AppHandle;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Every request the page tried outside the app origin (they are all blocked). */
  blockedRequests: string[];
  /** Loads the app again (as after a restart of the window). */
  reload(): Promise<void>;
  close(): Promise<void>;
}

/** Maps a URL on the app origin to a file in the built renderer; null for anything else. */
export function resolveAppFile(rendererDir: string, url: string): string | null {
  if (!url.startsWith(appOrigin + '/')) return null;
  const pathname = decodeURIComponent(new URL(url).pathname);
  const file = normalize(join(rendererDir, pathname === '/' ? 'index.html' : pathname));
  return file.startsWith(normalize(rendererDir) + sep) ? file : null;
}

export async function launchShell(options: ShellOptions): Promise<Shell> {
  const executablePath = options.executablePath ?? findBrowser();
  if (!executablePath) {
    throw new Error(
      'Ingen Chromium, Chrome eller Edge hittades. Installera en av dem (på Debian: apt-get install chromium) eller ange sökvägen i PV_BROWSER.',
    );
  }
  const app = await openApp({
    dataDir: options.dataDir,
    transport: 'browser-shell',
    appVersion: options.appVersion ?? '0.0.0',
  });
  const browser = await chromium.launch({
    executablePath,
    headless: options.headless,
    args: options.headless ? chromiumArgs : [...chromiumArgs, '--start-maximized'],
  });
  const context = await browser.newContext({
    viewport: options.headless ? (options.viewport ?? { width: 1366, height: 860 }) : null,
    locale: 'sv-SE',
    timezoneId: Intl.DateTimeFormat().resolvedOptions().timeZone,
    acceptDownloads: true,
    serviceWorkers: 'block',
  });
  const blockedRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    const file = resolveAppFile(options.rendererDir, url);
    if (!file) {
      if (!url.startsWith('data:') && !url.startsWith('blob:')) blockedRequests.push(url);
      await route.abort('blockedbyclient');
      return;
    }
    try {
      const body = await readFile(file);
      await route.fulfill({
        status: 200,
        body,
        contentType: contentTypes[extname(file)] ?? 'application/octet-stream',
      });
    } catch {
      await route.fulfill({ status: 404, body: 'Finns inte' });
    }
  });
  await context.exposeBinding('__pvCall', (_source, method: unknown, input: unknown) =>
    app.dispatch(method, input),
  );
  // Runs in the page before the app's scripts: the same small `api` object the Electron preload gives.
  await context.addInitScript(`
    window.api = Object.freeze({
      call: (method, input) => window.__pvCall(method, input),
      transport: 'browser-shell',
    });
  `);
  const page = await context.newPage();
  const url = `${appOrigin}/index.html${options.route ?? ''}`;
  await page.goto(url);
  return {
    app,
    browser,
    context,
    page,
    blockedRequests,
    async reload() {
      await page.goto(url);
    },
    async close() {
      await browser.close().catch(() => undefined);
      app.close();
    },
  };
}
