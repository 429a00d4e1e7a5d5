// Runs in: vitest (Node). The remembered window: validation, clamping onto screens, load and save.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultWindowSize, minWindowSize } from '../../../electron/main/windowOptions';
import {
  clampToDisplays,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  type Rect,
  type WindowState,
} from '../../../electron/main/windowState';

const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const rightMonitor: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };
const defaults: WindowState = { ...defaultWindowSize, maximized: false };

const text = (state: object) => JSON.stringify(state);

describe('parseWindowState', () => {
  it('keeps a valid state on a connected screen', () => {
    const saved = { width: 1400, height: 900, x: 100, y: 50, maximized: true };
    expect(parseWindowState(text(saved), [laptop])).toEqual(saved);
  });

  it('keeps a window on the second monitor', () => {
    const saved = { width: 1400, height: 900, x: 2200, y: 100, maximized: false };
    expect(parseWindowState(text(saved), [laptop, rightMonitor])).toEqual(saved);
  });

  it.each([
    ['no file', null],
    ['not JSON', '{"width": 12'],
    ['not an object', '"hello"'],
    ['null', 'null'],
    ['missing size', text({ x: 1, y: 2 })],
    ['text sizes', text({ width: '1200', height: '800' })],
    ['tiny size', text({ width: 10, height: 10 })],
    ['absurd size', text({ width: 1e9, height: 800 })],
    ['NaN-ish', '{"width": 1e999, "height": 800}'],
  ])('falls back to the defaults for %s', (_name, input) => {
    expect(parseWindowState(input, [laptop])).toEqual(defaults);
  });

  it('drops a position that is not a pair of numbers, keeping the size', () => {
    expect(parseWindowState(text({ width: 1000, height: 700, x: 'a', y: 3 }), [laptop])).toEqual({
      width: 1000,
      height: 700,
      maximized: false,
    });
  });

  it('treats only true as maximized', () => {
    const state = parseWindowState(text({ width: 1000, height: 700, maximized: 'yes' }), [laptop]);
    expect(state.maximized).toBe(false);
  });
});

describe('clampToDisplays', () => {
  it('unplaces a window on a monitor that is no longer connected', () => {
    const state = { width: 1400, height: 900, x: 2200, y: 100, maximized: false };
    expect(clampToDisplays(state, [laptop])).toEqual({
      width: 1400,
      height: 900,
      maximized: false,
    });
  });

  it('unplaces a window that shows only a sliver', () => {
    const state = { width: 1000, height: 700, x: 1900, y: 1000, maximized: false };
    expect(clampToDisplays(state, [laptop]).x).toBeUndefined();
  });

  it('moves a window hanging over the edge back inside the work area', () => {
    const state = { width: 1000, height: 700, x: 1500, y: -200, maximized: false };
    expect(clampToDisplays(state, [laptop])).toEqual({
      width: 1000,
      height: 700,
      x: 920,
      y: 0,
      maximized: false,
    });
  });

  it('shrinks a window bigger than the screen, but not below the minimum the screen allows', () => {
    const small: Rect = { x: 0, y: 0, width: 1280, height: 680 };
    const state = { width: 2400, height: 1500, x: 0, y: 0, maximized: false };
    expect(clampToDisplays(state, [small])).toEqual({
      width: 1280,
      height: 680,
      x: 0,
      y: 0,
      maximized: false,
    });
    const tiny: Rect = { x: 0, y: 0, width: 800, height: 500 };
    const fitted = clampToDisplays({ width: 900, height: 600, maximized: false }, [tiny]);
    expect(fitted.width).toBeLessThanOrEqual(800);
    expect(fitted.height).toBeLessThanOrEqual(500);
    expect(minWindowSize.width).toBeGreaterThan(800);
  });

  it('picks the display the window overlaps most', () => {
    const state = { width: 1000, height: 700, x: 1700, y: 100, maximized: false };
    const result = clampToDisplays(state, [laptop, rightMonitor]);
    expect(result.x).toBe(1920);
  });

  it('leaves the state alone when no display is known', () => {
    const state = { width: 5000, height: 5000, x: -9000, y: 0, maximized: true };
    expect(clampToDisplays(state, [])).toEqual(state);
  });
});

describe('loadWindowState and saveWindowState', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pv-window-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips through the file', () => {
    const file = join(dir, 'sub', 'window-state.json');
    const state = { width: 1300, height: 850, x: 40, y: 30, maximized: true };
    saveWindowState(file, state);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);
    expect(loadWindowState(file, [laptop])).toEqual(state);
  });

  it('gives the defaults on first run and for a corrupt file', () => {
    const file = join(dir, 'window-state.json');
    expect(loadWindowState(file, [laptop])).toEqual(defaults);
    writeFileSync(file, '\u0000\u0001garbage');
    expect(loadWindowState(file, [laptop])).toEqual(defaults);
  });
});
