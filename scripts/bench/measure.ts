// Runs in: Node (benchmark). Timing helpers: a figure next to its baseline, measured in one run.

export const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export async function timeOnce(fn: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return ms(start);
}

/** p95 over `runs` calls, after `warmup` calls that are not counted. */
export async function p95(fn: (i: number) => unknown, runs: number, warmup = 10): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn(i);
    times.push(ms(start));
  }
  return percentile(times, 95);
}

export interface Row {
  id: string;
  scenario: string;
  figure: number | null;
  unit: string;
  target: string;
  baseline: number | null;
  targetRatio: string;
  note?: string;
  pass: boolean | null;
}

export const fmt = (n: number | null, unit = ''): string =>
  n === null
    ? '–'
    : `${n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2)}${unit ? ' ' + unit : ''}`;

export const ratio = (figure: number | null, baseline: number | null): number | null =>
  figure === null || baseline === null || baseline === 0 ? null : figure / baseline;
