// Runs in: vitest (Node). The packaging: what the main bundle leaves to node_modules, and a valid
// electron-builder config that unpacks the native SQLite module.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isExternal } from '../../../scripts/build';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const readJson = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));

describe('isExternal (main bundle)', () => {
  it('leaves Electron, node built-ins and every dependency to run-time loading', () => {
    for (const id of [
      'electron',
      'better-sqlite3',
      'node:fs',
      'fs',
      'path',
      'zod',
      'zod/v4',
      'date-fns/locale',
      '@tanstack/react-virtual',
      'exceljs',
    ]) {
      expect(isExternal(id), id).toBe(true);
    }
  });

  it('bundles the project files', () => {
    for (const id of [
      '../core/app/bootstrap',
      './security',
      '/work/main/shared/bridge.ts',
      'zodiac',
    ]) {
      expect(isExternal(id), id).toBe(false);
    }
  });
});

describe('build/electron-builder.json', () => {
  const config = readJson('build/electron-builder.json');

  it('passes electron-builder’s own schema', async () => {
    const { validateConfiguration } = await import('app-builder-lib/out/util/config/config');
    const { DebugLogger } = await import('builder-util');
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app and packs the build output with better-sqlite3 outside the asar', () => {
    expect(config.appId).toBe('se.programverkstaden.app');
    expect(config.productName).toBe('Programverkstaden');
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
  });

  it('builds installers for Windows, macOS and Linux', () => {
    expect(config.win.target).toEqual(['nsis', 'portable']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
  });

  it('points at icons that exist: a 512×512 PNG and an ICO', () => {
    const png = readFileSync(join(root, config.linux.icon));
    expect(png.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    expect(png.readUInt32BE(16)).toBe(512);
    expect(png.readUInt32BE(20)).toBe(512);
    expect(config.mac.icon).toBe(config.linux.icon);
    const ico = readFileSync(join(root, config.win.icon));
    expect(ico.readUInt16LE(2)).toBe(1);
  });

  it('matches package.json: main entry, and no postinstall that rebuilds for Electron', () => {
    const pkg = readJson('package.json');
    expect(pkg.main).toBe('out/main/index.js');
    expect(JSON.stringify(pkg.scripts ?? {})).not.toMatch(/install-app-deps|electron-rebuild/);
  });
});
