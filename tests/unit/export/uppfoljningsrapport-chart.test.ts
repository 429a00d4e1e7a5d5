// Runs in: vitest (Node). The indicator chart: a real PNG whose pixels show the measurements, the
// baseline and the target in their own colours and dash patterns; nothing drawn without data.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  CHART_COLORS,
  indicatorChart,
  niceTicks,
  tickLabel,
} from '../../../electron/core/export/chart';
import { pngSize } from '../../../electron/core/export/png';

/** Pixels of a PNG written by chartPng (8-bit RGB, filter 0 on every row). */
function decode(png: Buffer): { width: number; height: number; rgb: Buffer } {
  const size = pngSize(png)!;
  const idat: Buffer[] = [];
  let at = 8;
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = size.width * 3;
  const rgb = Buffer.alloc(stride * size.height);
  for (let y = 0; y < size.height; y++) {
    expect(raw[y * (stride + 1)]).toBe(0);
    raw.copy(rgb, y * stride, y * (stride + 1) + 1, (y + 1) * (stride + 1));
  }
  return { ...size, rgb };
}

function count(rgb: Buffer, color: readonly number[]): number {
  let n = 0;
  for (let i = 0; i < rgb.length; i += 3) {
    if (rgb[i] === color[0] && rgb[i + 1] === color[1] && rgb[i + 2] === color[2]) n++;
  }
  return n;
}

/** Rows (y) where the colour covers at least `min` pixels. */
function rowsWith(img: ReturnType<typeof decode>, color: readonly number[], min: number): number[] {
  const rows: number[] = [];
  for (let y = 0; y < img.height; y++) {
    let n = 0;
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 3;
      if (img.rgb[i] === color[0] && img.rgb[i + 1] === color[1] && img.rgb[i + 2] === color[2])
        n++;
    }
    if (n >= min) rows.push(y);
  }
  return rows;
}

const series = {
  baseline: { date: '2025-05-02', value: 78.5 },
  target: { date: '2029-05-01', value: 82 },
  measurements: [
    { date: '2025-05-02', value: 78.5 },
    { date: '2026-04-02', value: 79.6 },
    { date: '2027-04-02', value: 80.3 },
  ],
};

describe('indicator chart', () => {
  it('writes a valid PNG with the measurements, the baseline and the target drawn', () => {
    const chart = indicatorChart(series)!;
    expect(pngSize(chart.png)).toEqual({ width: chart.width, height: chart.height });
    const img = decode(chart.png);
    expect(count(img.rgb, CHART_COLORS.measured)).toBeGreaterThan(500);
    // Both reference lines run across the plot as dashes: a row with many pixels of their colour,
    // the target above the baseline (higher value, smaller y).
    const targetRows = rowsWith(img, CHART_COLORS.target, 300);
    const baselineRows = rowsWith(img, CHART_COLORS.baseline, 300);
    expect(targetRows.length).toBeGreaterThan(0);
    expect(baselineRows.length).toBeGreaterThan(0);
    expect(Math.max(...targetRows)).toBeLessThan(Math.min(...baselineRows));
    // Dashed, not solid: along the target's row the colour is interrupted.
    const y = targetRows[0]!;
    let switches = 0;
    let previous = false;
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 3;
      const on =
        img.rgb[i] === CHART_COLORS.target[0] &&
        img.rgb[i + 1] === CHART_COLORS.target[1] &&
        img.rgb[i + 2] === CHART_COLORS.target[2];
      if (on !== previous) switches++;
      previous = on;
    }
    expect(switches).toBeGreaterThan(20);
  });

  it('places a later, higher measurement further right and higher up', () => {
    const low = decode(indicatorChart({ ...series, measurements: [series.measurements[0]!] })!.png);
    const high = decode(indicatorChart(series)!.png);
    const rightmost = (img: ReturnType<typeof decode>) => {
      let best = 0;
      for (let i = 0; i < img.rgb.length; i += 3) {
        const c = CHART_COLORS.measured;
        if (img.rgb[i] === c[0] && img.rgb[i + 1] === c[1] && img.rgb[i + 2] === c[2])
          best = Math.max(best, (i / 3) % img.width);
      }
      return best;
    };
    expect(rightmost(high)).toBeGreaterThan(rightmost(low));
  });

  it('draws nothing without a measurement', () => {
    expect(indicatorChart({ ...series, measurements: [] })).toBeNull();
  });

  it('picks round ticks that cover the values and labels them the Swedish way', () => {
    expect(niceTicks(78.5, 82)).toEqual([78, 79, 80, 81, 82]);
    const ticks = niceTicks(45_500, 60_000);
    expect(ticks[0]).toBeLessThanOrEqual(45_500);
    expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(60_000);
    expect(niceTicks(5, 5).length).toBeGreaterThan(1);
    expect(tickLabel(48_000)).toBe('48 000');
    expect(tickLabel(5.5)).toBe('5,5');
    expect(tickLabel(-3)).toBe('-3');
  });
});
