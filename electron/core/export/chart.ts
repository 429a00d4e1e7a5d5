// Runs in: main process / Node. The line chart of one indicator for the follow-up report: the
// measurements as a solid line with dots, the baseline and the target as dashed lines of their
// own dash pattern (so the chart reads without colour), value ticks and years as digits.
import { Raster, type Rgb } from './chartPng';

export interface ChartPoint {
  date: string;
  value: number;
}

export interface IndicatorSeries {
  baseline: ChartPoint | null;
  target: ChartPoint | null;
  /** Oldest first. */
  measurements: readonly ChartPoint[];
}

export interface IndicatorChart {
  png: Buffer;
  /** Pixel size of the PNG; the document shows it at half size (it is drawn at 2× for print). */
  width: number;
  height: number;
}

const WIDTH = 1160;
const HEIGHT = 420;
const MARGIN = { left: 150, right: 40, top: 30, bottom: 64 };
const FONT = 3;

const INK: Rgb = [51, 51, 51];
const GRID: Rgb = [225, 225, 225];
const AXIS: Rgb = [120, 120, 120];
export const CHART_COLORS = {
  measured: [31, 84, 150] as Rgb,
  baseline: [110, 110, 110] as Rgb,
  target: [22, 120, 60] as Rgb,
};

const day = (iso: string): number => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/** Ticks at 1, 2 or 5 × 10^k covering [min, max], about `count` of them. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) {
    const pad = Math.abs(min) > 0 ? Math.abs(min) * 0.1 : 1;
    return niceTicks(min - pad, max + pad, count);
  }
  const raw = (max - min) / Math.max(1, count - 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const start = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let v = start; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  if (ticks[ticks.length - 1]! < max)
    ticks.push(Number((start + ticks.length * step).toPrecision(12)));
  return ticks;
}

const tickFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

/** A tick label in the bitmap font's characters: '1 234,5', '-3'. */
export function tickLabel(value: number): string {
  return tickFormat
    .format(value)
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\u2212/g, '-');
}

/** Draws the chart; null when there is nothing to draw (no measurement, no baseline, no target). */
export function indicatorChart(series: IndicatorSeries): IndicatorChart | null {
  const points = [
    ...series.measurements,
    ...(series.baseline ? [series.baseline] : []),
    ...(series.target ? [series.target] : []),
  ];
  if (series.measurements.length === 0 || points.length < 2) return null;

  const days = points.map((p) => day(p.date));
  let x0 = Math.min(...days);
  let x1 = Math.max(...days);
  if (x1 - x0 < 30) {
    x0 -= 30;
    x1 += 30;
  }
  const values = points.map((p) => p.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  // A little air so a line at the extreme value does not run along the frame.
  const pad = (high - low) * 0.04;
  const ticks = niceTicks(low - pad, high + pad);
  const y0 = ticks[0]!;
  const y1 = ticks[ticks.length - 1]!;

  const plot = {
    left: MARGIN.left,
    right: WIDTH - MARGIN.right,
    top: MARGIN.top,
    bottom: HEIGHT - MARGIN.bottom,
  };
  const px = (d: number) => plot.left + ((d - x0) / (x1 - x0)) * (plot.right - plot.left);
  const py = (v: number) => plot.bottom - ((v - y0) / (y1 - y0)) * (plot.bottom - plot.top);

  const r = new Raster(WIDTH, HEIGHT);
  const glyphHeight = 7 * FONT;

  for (const t of ticks) {
    const y = py(t);
    r.line(plot.left, y, plot.right, y, 2, GRID);
    const label = tickLabel(t);
    r.text(label, plot.left - 16 - Raster.textWidth(label, FONT), y - glyphHeight / 2, FONT, INK);
  }

  // Years along the x axis: a tick on 1 January, labelled when there is room.
  const firstYear = new Date(x0 * 86_400_000).getUTCFullYear();
  const lastYear = new Date(x1 * 86_400_000).getUTCFullYear();
  const every = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 8));
  for (let year = firstYear; year <= lastYear + 1; year++) {
    const d = day(`${year}-01-01`);
    if (d < x0 || d > x1) continue;
    const x = px(d);
    r.line(x, plot.bottom, x, plot.bottom + 10, 2, AXIS);
    if ((year - firstYear) % every === 0) {
      const label = String(year);
      r.text(label, x - Raster.textWidth(label, FONT) / 2, plot.bottom + 18, FONT, INK);
    }
  }
  r.line(plot.left, plot.bottom, plot.right, plot.bottom, 2, AXIS);
  r.line(plot.left, plot.top, plot.left, plot.bottom, 2, AXIS);

  if (series.baseline) {
    const y = py(series.baseline.value);
    r.line(plot.left, y, plot.right, y, 4, CHART_COLORS.baseline, [10, 10]);
  }
  if (series.target) {
    const y = py(series.target.value);
    r.line(plot.left, y, plot.right, y, 4, CHART_COLORS.target, [28, 12]);
    r.ring(px(day(series.target.date)), y, 13, 5, CHART_COLORS.target);
  }
  const measured = series.measurements.map((m) => [px(day(m.date)), py(m.value)] as const);
  for (let i = 1; i < measured.length; i++) {
    const [ax, ay] = measured[i - 1]!;
    const [bx, by] = measured[i]!;
    r.line(ax, ay, bx, by, 5, CHART_COLORS.measured);
  }
  for (const [x, y] of measured) r.disc(x, y, 8, CHART_COLORS.measured);

  return { png: r.png(), width: WIDTH, height: HEIGHT };
}
