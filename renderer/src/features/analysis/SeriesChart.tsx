// Runs in: renderer. An indicator's yearly values as lines: the municipality's series solid, each
// comparison (Riket, Länet …) as its own dashed line, with a legend. Uses the axis ticks of the
// shared LineChart; a table of every value sits behind a disclosure, so nothing depends on seeing.
import { useId } from 'react';
import { formatStatNumber } from '../../../../shared/domain/statistics';
import { niceTicks } from '../../ui/LineChart';

export interface ChartSeries {
  name: string;
  points: { year: number; value: number }[];
}

interface Props {
  title: string;
  description: string;
  series: ChartSeries[];
  tableSummary: string;
  yearHeading: string;
}

const W = 720;
const H = 280;
const PAD = { top: 16, right: 24, bottom: 36, left: 64 };
/** Brand colour first, then colours that stay apart for colour-blind readers. */
const COLOURS = ['var(--brand)', '#b35c00', '#5c5c5c', '#7a3e9d'];

export function SeriesChart({ title, description, series, tableSummary, yearHeading }: Props) {
  const id = useId();
  const all = series.flatMap((s) => s.points);
  const years = [...new Set(all.map((p) => p.year))].sort((a, b) => a - b);
  const values = all.map((p) => p.value);
  const ticks = values.length > 0 ? niceTicks(Math.min(...values), Math.max(...values)) : [0, 1];
  const yMin = ticks[0]!;
  const yMax = ticks[ticks.length - 1]!;
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? 1;
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (year: number) =>
    PAD.left + (last === first ? innerW / 2 : ((year - first) / (last - first)) * innerW);
  const y = (v: number) => PAD.top + innerH - ((v - yMin) / (yMax - yMin || 1)) * innerH;
  const step = Math.max(1, Math.ceil(years.length / 10));

  return (
    <figure className="line-chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
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
                {formatStatNumber(v)}
              </text>
            </g>
          ))}
          {years
            .filter((_, i) => i % step === 0 || i === years.length - 1)
            .map((year) => (
              <text key={year} x={x(year)} y={H - PAD.bottom + 20} textAnchor="middle">
                {year}
              </text>
            ))}
        </g>
        {series.map((s, i) => {
          const sorted = [...s.points].sort((a, b) => a.year - b.year);
          const colour = COLOURS[i % COLOURS.length]!;
          const d = sorted
            .map((p, j) => `${j === 0 ? 'M' : 'L'}${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`)
            .join(' ');
          return (
            <g key={s.name} aria-hidden="true">
              {sorted.length > 1 && (
                <path
                  d={d}
                  fill="none"
                  stroke={colour}
                  strokeWidth={i === 0 ? 2.5 : 2}
                  strokeDasharray={i === 0 ? undefined : '6 4'}
                />
              )}
              {sorted.map((p) => (
                <circle
                  key={p.year}
                  cx={x(p.year)}
                  cy={y(p.value)}
                  r={i === 0 ? 4 : 3}
                  fill="var(--surface)"
                  stroke={colour}
                  strokeWidth={2}
                />
              ))}
            </g>
          );
        })}
      </svg>
      {series.length > 1 && (
        <ul className="chips" aria-hidden="true">
          {series.map((s, i) => (
            <li key={s.name} className="chip">
              <svg width="28" height="10" aria-hidden="true">
                <line
                  x1="0"
                  x2="28"
                  y1="5"
                  y2="5"
                  stroke={COLOURS[i % COLOURS.length]}
                  strokeWidth="3"
                  strokeDasharray={i === 0 ? undefined : '6 4'}
                />
              </svg>{' '}
              {s.name}
            </li>
          ))}
        </ul>
      )}
      <details className="line-chart-table">
        <summary>{tableSummary}</summary>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{yearHeading}</th>
              {series.map((s) => (
                <th key={s.name} scope="col" className="num">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {years.map((year) => (
              <tr key={year}>
                <th scope="row">{year}</th>
                {series.map((s) => {
                  const p = s.points.find((q) => q.year === year);
                  return (
                    <td key={s.name} className="num">
                      {p ? formatStatNumber(p.value) : '–'}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
