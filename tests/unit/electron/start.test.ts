// Runs in: vitest (Node). `npm start`: finding the Electron binary and handing on the options.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  electronCanLoadSqlite,
  electronEnv,
  findElectronBinary,
  nativeModuleMessage,
  noElectronMessage,
  parseStartArgs,
} from '../../../scripts/start';

describe('findElectronBinary', () => {
  it('is null when the electron package throws (binary download skipped)', () => {
    const require = (() => {
      throw new Error('Electron failed to install correctly');
    }) as unknown as NodeJS.Require;
    expect(findElectronBinary(require)).toBeNull();
  });

  it('is null when the path it names does not exist', () => {
    const require = (() => '/nowhere/electron') as unknown as NodeJS.Require;
    expect(findElectronBinary(require)).toBeNull();
  });

  it('is the path when the binary exists', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pv-electron-'));
    try {
      const binary = join(dir, 'electron');
      writeFileSync(binary, '');
      expect(findElectronBinary((() => binary) as unknown as NodeJS.Require)).toBe(binary);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('parseStartArgs and electronEnv', () => {
  it('reads --headless and --data-dir and keeps the rest', () => {
    expect(parseStartArgs(['--headless', '--data-dir', '/tmp/pv', '--route', '#/visits'])).toEqual({
      headless: true,
      dataDir: '/tmp/pv',
      rest: ['--route', '#/visits'],
    });
    expect(parseStartArgs(['--data-dir=/tmp/x'])).toEqual({
      headless: false,
      dataDir: '/tmp/x',
      rest: [],
    });
  });

  it('hands them to Electron as environment variables, not Chromium switches', () => {
    const env = electronEnv(
      { headless: true, dataDir: 'rel/data', rest: [] },
      { PATH: '/bin', ELECTRON_RUN_AS_NODE: '1' },
    );
    expect(env).toEqual({ PATH: '/bin', PV_DATA_DIR: resolve('rel/data'), PV_HEADLESS: '1' });
    expect(electronEnv({ headless: false, rest: [] }, {})).toEqual({});
  });

  it('explains the fallback in Swedish and English in one line', () => {
    expect(noElectronMessage).toMatch(/Electron.*inte installerad.*webbläsarskalet/);
    expect(noElectronMessage).toMatch(/not installed.*browser shell/);
    expect(noElectronMessage).not.toContain('\n');
  });
});

describe('electronCanLoadSqlite', () => {
  it('asks Electron in Node mode to open better-sqlite3 and reports whether it could', () => {
    const calls: { command: string; args: string[]; env: NodeJS.ProcessEnv }[] = [];
    const ok = electronCanLoadSqlite('/opt/electron', (command, args, options) => {
      calls.push({ command, args, env: options.env });
      return { status: 0 };
    });
    expect(ok).toBe(true);
    expect(calls[0].command).toBe('/opt/electron');
    expect(calls[0].args.join(' ')).toContain('better-sqlite3');
    expect(calls[0].env.ELECTRON_RUN_AS_NODE).toBe('1');
    const mismatch = electronCanLoadSqlite('/opt/electron', () => ({
      status: 1,
      stderr: 'was compiled against a different Node.js version using NODE_MODULE_VERSION 115',
    }));
    expect(mismatch).toBe(false);
    expect(nativeModuleMessage).toMatch(/install-app-deps/);
  });
});
