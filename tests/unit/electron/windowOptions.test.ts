// Runs in: vitest (Node). Every security switch of the main window and the page's CSP.
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  mainWindowOptions,
  minWindowSize,
} from '../../../electron/main/windowOptions';

const options = mainWindowOptions({
  preloadPath: '/app/out/preload/index.cjs',
  bounds: { width: 1200, height: 800, x: 10, y: 20 },
});
const prefs = options.webPreferences!;

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name, values]),
  );
}

describe('mainWindowOptions', () => {
  it('isolates and sandboxes the renderer', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and unsafe features off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.enableBlinkFeatures).toBeUndefined();
  });

  it('uses the given preload and spellchecks', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
    expect(prefs.spellcheck).toBe(true);
  });

  it('has no developer tools unless asked for', () => {
    expect(prefs.devTools).toBe(false);
    const dev = mainWindowOptions({
      preloadPath: 'p',
      bounds: { width: 1000, height: 700 },
      devTools: true,
    });
    expect(dev.webPreferences!.devTools).toBe(true);
  });

  it('has the Swedish title, a minimum size, a background and waits before showing', () => {
    expect(options.title).toBe('Programverkstaden');
    expect(options.minWidth).toBe(minWindowSize.width);
    expect(options.minHeight).toBe(minWindowSize.height);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(options.show).toBe(false);
  });

  it('places the window from the bounds, or leaves it to be centred', () => {
    expect(options).toMatchObject({ width: 1200, height: 800, x: 10, y: 20 });
    const centred = mainWindowOptions({ preloadPath: 'p', bounds: { width: 1000, height: 700 } });
    expect(centred.x).toBeUndefined();
    expect(centred.y).toBeUndefined();
  });
});

describe('contentSecurityPolicy', () => {
  const csp = directives(contentSecurityPolicy);

  it('names no remote source, no eval and no wildcard', () => {
    expect(contentSecurityPolicy).not.toMatch(
      /https?:|wss?:|\*|unsafe-eval|wasm-unsafe-eval|file:/,
    );
    for (const [name, values] of csp) {
      for (const value of values) {
        expect(
          [`'self'`, `'none'`, `'unsafe-inline'`, 'data:', 'blob:'],
          `${name} ${value}`,
        ).toContain(value);
      }
    }
  });

  it('allows scripts only from the app itself', () => {
    expect(csp.get('default-src')).toEqual([`'self'`]);
    expect(csp.get('script-src')).toEqual([`'self'`]);
  });

  it('shuts every door the app does not use', () => {
    for (const name of [
      'connect-src',
      'object-src',
      'base-uri',
      'form-action',
      'frame-ancestors',
    ]) {
      expect(csp.get(name), name).toEqual([`'none'`]);
    }
  });

  it('lets styles be inline and images and fonts be data URLs', () => {
    expect(csp.get('style-src')).toEqual([`'self'`, `'unsafe-inline'`]);
    expect(csp.get('img-src')).toEqual([`'self'`, 'data:', 'blob:']);
    expect(csp.get('font-src')).toEqual([`'self'`, 'data:']);
  });
});
