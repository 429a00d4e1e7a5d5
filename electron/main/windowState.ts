// Runs in: main process / Node. Remembers the window's size, place and maximized state between
// runs in a small JSON file in userData. A damaged file or a place on a screen that is no longer
// connected must never leave the window invisible, so loading validates and clamps.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { defaultWindowSize, minWindowSize } from './windowOptions';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  width: number;
  height: number;
  /** Absent: let the window manager centre it. */
  x?: number;
  y?: number;
  maximized: boolean;
}

export const windowStateFileName = 'window-state.json';

/** Part of the window that must be on a screen for the saved place to count (title bar grab). */
const minVisible = { width: 120, height: 40 };

export function defaultWindowState(workAreas: Rect[] = []): WindowState {
  const area = workAreas[0];
  if (!area) return { ...defaultWindowSize, maximized: false };
  return { ...fitSize(defaultWindowSize, area), maximized: false };
}

function fitSize(size: { width: number; height: number }, area: Rect) {
  return {
    width: Math.max(Math.min(size.width, area.width), Math.min(minWindowSize.width, area.width)),
    height: Math.max(
      Math.min(size.height, area.height),
      Math.min(minWindowSize.height, area.height),
    ),
  };
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Keeps a window on screen: on the display it overlaps most it is shrunk to that work area and
 * moved inside it; if it overlaps none well enough it gets its size back, unplaced (centred).
 */
export function clampToDisplays(state: WindowState, workAreas: Rect[]): WindowState {
  if (workAreas.length === 0) return state;
  if (state.x === undefined || state.y === undefined) {
    return { ...fitSize(state, workAreas[0]), maximized: state.maximized };
  }
  const rect: Rect = { x: state.x, y: state.y, width: state.width, height: state.height };
  let best: Rect | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const o = overlap(rect, area);
    if (
      o.width >= minVisible.width &&
      o.height >= minVisible.height &&
      o.width * o.height > bestArea
    ) {
      best = area;
      bestArea = o.width * o.height;
    }
  }
  if (!best) return { ...fitSize(state, workAreas[0]), maximized: state.maximized };
  const size = fitSize(state, best);
  const x = Math.min(Math.max(rect.x, best.x), best.x + best.width - size.width);
  const y = Math.min(Math.max(rect.y, best.y), best.y + best.height - size.height);
  return { ...size, x: Math.round(x), y: Math.round(y), maximized: state.maximized };
}

/** Reads a saved state from JSON text; anything malformed gives the defaults. */
export function parseWindowState(text: string | null, workAreas: Rect[]): WindowState {
  const fallback = defaultWindowState(workAreas);
  if (text === null) return fallback;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fallback;
  }
  if (typeof raw !== 'object' || raw === null) return fallback;
  const r = raw as Record<string, unknown>;
  if (!isFiniteNumber(r.width) || !isFiniteNumber(r.height) || r.width < 100 || r.height < 100)
    return fallback;
  if (r.width > 100_000 || r.height > 100_000) return fallback;
  const state: WindowState = {
    width: Math.round(r.width),
    height: Math.round(r.height),
    maximized: r.maximized === true,
  };
  if (
    isFiniteNumber(r.x) &&
    isFiniteNumber(r.y) &&
    Math.abs(r.x) < 1_000_000 &&
    Math.abs(r.y) < 1_000_000
  ) {
    state.x = Math.round(r.x);
    state.y = Math.round(r.y);
  }
  return clampToDisplays(state, workAreas);
}

export function serializeWindowState(state: WindowState): string {
  const { width, height, x, y, maximized } = state;
  return JSON.stringify({ width, height, x, y, maximized }, null, 2) + '\n';
}

export function loadWindowState(file: string, workAreas: Rect[]): WindowState {
  let text: string | null = null;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // No file yet (first run) or unreadable: the defaults.
  }
  return parseWindowState(text, workAreas);
}

/** Writes via a temporary file and rename, so a crash mid-write cannot leave half a file. */
export function saveWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.tmp`;
  writeFileSync(temp, serializeWindowState(state), 'utf8');
  renameSync(temp, file);
}
