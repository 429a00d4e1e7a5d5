// Runs in: vitest (Node). The app:// handler: built files with the right type and the CSP, 404 else.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Protocol } from 'electron';
import {
  registerAppScheme,
  rendererResponse,
  serveRenderer,
} from '../../../electron/main/protocol';
import { contentSecurityPolicy } from '../../../electron/main/windowOptions';

let root: string;
let rendererDir: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'pv-protocol-'));
  rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>PV</title>');
  writeFileSync(join(rendererDir, 'assets', 'index-1.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'hemligt');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const get = (url: string, method = 'GET') =>
  rendererResponse(rendererDir, new Request(url, { method }));

describe('rendererResponse', () => {
  it('serves index.html for the root and the entry, with the CSP', async () => {
    for (const url of ['app://programverkstaden/', 'app://programverkstaden/index.html']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
      expect(await response.text()).toContain('<title>PV</title>');
    }
  });

  it('serves module scripts as JavaScript', async () => {
    const response = await get('app://programverkstaden/assets/index-1.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 404 for missing files, escapes, other hosts and other methods', async () => {
    expect((await get('app://programverkstaden/nope.js')).status).toBe(404);
    expect((await get('app://programverkstaden/..%2fsecret.txt')).status).toBe(404);
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://programverkstaden/index.html', 'POST')).status).toBe(404);
  });
});

describe('scheme registration', () => {
  it('registers app: as a standard, secure scheme that may not bypass the CSP', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged } as unknown as Protocol);
    const [[schemes]] = registerSchemesAsPrivileged.mock.calls;
    expect(schemes).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(schemes[0].privileges.bypassCSP).toBeUndefined();
  });

  it('serves the renderer through protocol.handle', async () => {
    const handle = vi.fn();
    serveRenderer({ handle } as unknown as Protocol, rendererDir);
    expect(handle.mock.calls[0][0]).toBe('app');
    const response = (await handle.mock.calls[0][1](
      new Request('app://programverkstaden/index.html'),
    )) as Response;
    expect(response.status).toBe(200);
  });
});
