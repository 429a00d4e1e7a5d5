// Runs in: Node (browser shell). Finds an installed Chromium, Chrome or Edge; nothing is downloaded.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function browserCandidates(
  platform: NodeJS.Platform = process.platform,
  env = process.env,
): string[] {
  const fromEnv = env.PV_BROWSER ? [env.PV_BROWSER] : [];
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
      Boolean,
    ) as string[];
    return [
      ...fromEnv,
      ...roots.flatMap((root) => [
        join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
        join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        join(root, 'Chromium', 'Application', 'chrome.exe'),
      ]),
    ];
  }
  if (platform === 'darwin') {
    return [
      ...fromEnv,
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ];
  }
  return [
    ...fromEnv,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/snap/bin/chromium',
  ];
}

export function findBrowser(): string | null {
  return browserCandidates().find((p) => existsSync(p)) ?? null;
}
