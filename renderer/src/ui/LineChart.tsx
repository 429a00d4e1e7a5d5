// Runs in: renderer. A small accessible line chart of a dated series, with optional horizontal
// reference lines (e.g. baseline and target). The SVG carries a <title> and <desc>; every point
// and line is also in a data table behind a disclosure, so nothing depends on seeing the chart.
// The caller passes all texts (this component has no strings of its own).
import { useId } from 'react';

export interface ChartPoint {
  date: string;
  value: number;
}

export interface ReferenceLine {
  value: number;
  /** Written next to the line, e.g. "Mål 21". */
  label: string;
  kind: 'baseline' | 'target';
}

/** A straight dashed line between two dated values, e.g. the planned path from baseline to target. */
export interface TrendLine {
  from: ChartPoint;
  to: ChartPoint;
  label: string;
}

interface Props {
  title: string;
  description: string;
  points: readonly ChartPoint[];
  references?: readonly ReferenceLine[];
  trend?: TrendLine;
  formatValue?: (value: number) => string;
  /** Texts of the table fallback. */
  tableSummary: string;
  dateHeading: string;
  valueHeading: string;
  width?: number;
  height?: number;
}

const PAD = { top: 16, right: 120, bottom: 36, left: 56 };

const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** About five round tick values covering [min, max]. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (min === max) {
    const pad = Math.abs(min) > 0 ? Math.abs(min) * 0.1 : 1;
    return niceTicks(min - pad, max + pad, count);
  }
  const raw = (max - min) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = Math.floor(min / step) * step; v <= max + step * 1e-9; v += step) {
    ticks.push(Number(v.toFixed(10)));
  }
  if (ticks[ticks.length - 1]! < max) ticks.push(ticks[ticks.length - 1]! + step);
  return ticks;
}

export function LineChart({
  title,
  description,
  points,
  references = [],
  trend,
  formatValue = (v) => v.toLocaleString('sv-SE'),
  tableSummary,
  dateHeading,
  valueHeading,
  width = 720,
  height = 280,
}: Props) {
  const id = useId();
  const sorted = [...points].sort((a, b) => a.date.localeCompare(b.date));
  const values = [...sorted.map((p) => p.value), ...references.map((r) => r.value)];
  const ticks = values.length > 0 ? niceTicks(Math.min(...values), Math.max(...values)) : [0, 1];
  const yMin = ticks[0]!;
  const yMax = ticks[ticks.length - 1]!;
  // The time axis spans the series and the trend, so the chart shows where on the way we are.
  const times = [...sorted, ...(trend ? [trend.from, trend.to] : [])].map((p) => dayOf(p.date));
  const tMin = times.length > 0 ? Math.min(...times) : 0;
  const tMax = times.length > 0 ? Math.max(...times) : 1;
  const innerW = width - PAD.left - PAD.right;
  const innerH = height - PAD.top - PAD.bottom;
  const x = (t: number) =>
    PAD.left + (tMax === tMin ? innerW / 2 : ((t - tMin) / (tMax - tMin)) * innerW);
  const y = (v: number) => PAD.top + innerH - ((v - yMin) / (yMax - yMin || 1)) * innerH;
  const path = sorted
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(dayOf(p.date)).toFixed(1)},${y(p.value).toFixed(1)}`)
    .join(' ');
  // Year marks along the time axis; with a short series, its first and last dates.
  const firstYear = new Date(tMin).getUTCFullYear();
  const lastYear = new Date(tMax).getUTCFullYear();
  const years: number[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const t = Date.UTC(year, 0, 1);
    if (t >= tMin && t <= tMax) years.push(t);
  }
  const xTicks =
    years.length >= 2 ? years.map((t) => ({ t, label: String(new Date(t).getUTCFullYear()) })) : [];
  const edgeTicks =
    xTicks.length === 0 && sorted.length > 0
      ? [
          { t: tMin, label: sorted[0]!.date },
          ...(tMax !== tMin ? [{ t: tMax, label: sorted[sorted.length - 1]!.date }] : []),
        ]
      : [];

  return (
    <figure className="line-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <g className="line-chart-grid" aria-hidden="true">
          {ticks.map((v) => (
            <g key={v}>
              <line x1={PAD.left} x2={PAD.left + innerW} y1={y(v)} y2={y(v)} />
              <text x={PAD.left - 8} y={y(v)} dy="0.32em" textAnchor="end">
                {formatValue(v)}
              </text>
            </g>
          ))}
          {[...xTicks, ...edgeTicks].map(({ t, label }) => (
            <text key={`${t}-${label}`} x={x(t)} y={height - PAD.bottom + 20} textAnchor="middle">
              {label}
            </text>
          ))}
        </g>
        {references.map((r) => (
          <g key={`${r.kind}-${r.value}`} className={`line-chart-ref line-chart-${r.kind}`}>
            <line x1={PAD.left} x2={PAD.left + innerW} y1={y(r.value)} y2={y(r.value)} />
            <text x={PAD.left + innerW + 6} y={y(r.value)} dy="0.32em">
              {r.label}
            </text>
          </g>
        ))}
        {trend && (
          <g className="line-chart-trend">
            <line
              x1={x(dayOf(trend.from.date))}
              y1={y(trend.from.value)}
              x2={x(dayOf(trend.to.date))}
              y2={y(trend.to.value)}
            />
            <text
              x={x(dayOf(trend.to.date)) + 6}
              y={y(trend.to.value)}
              dy={trend.to.value >= trend.from.value ? '-0.6em' : '1.2em'}
            >
              {trend.label}
            </text>
          </g>
        )}
        {sorted.length > 1 && <path className="line-chart-line" d={path} />}
        {sorted.map((p, i) => (
          <circle
            key={`${p.date}-${i}`}
            className="line-chart-point"
            cx={x(dayOf(p.date))}
            cy={y(p.value)}
            r={4}
          >
            <title>{`${p.date}: ${formatValue(p.value)}`}</title>
          </circle>
        ))}
      </svg>
      <details className="line-chart-table">
        <summary>{tableSummary}</summary>
        <table className="data-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{dateHeading}</th>
              <th scope="col" className="num">
                {valueHeading}
              </th>
            </tr>
          </thead>
          <tbody>
            {references.map((r) => (
              <tr key={`ref-${r.kind}`}>
                <th scope="row">{r.label}</th>
                <td className="num">{formatValue(r.value)}</td>
              </tr>
            ))}
            {trend &&
              [trend.from, trend.to].map((p) => (
                <tr key={`trend-${p.date}`}>
                  <th scope="row">{`${trend.label} (${p.date})`}</th>
                  <td className="num">{formatValue(p.value)}</td>
                </tr>
              ))}
            {sorted.map((p, i) => (
              <tr key={`${p.date}-${i}`}>
                <td>{p.date}</td>
                <td className="num">{formatValue(p.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
