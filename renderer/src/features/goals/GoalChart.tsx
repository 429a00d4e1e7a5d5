// Runs in: renderer. The goal's measurements as a line chart with the baseline and target lines.
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../../shared/domain/goals';
import { LineChart, type ReferenceLine } from '../../ui/LineChart';
import { formatNumber } from './format';

export function GoalChart({ goal }: { goal: Goal }) {
  const { t } = useTranslation('goals');
  const references: ReferenceLine[] = [];
  if (goal.baselineValue !== null) {
    references.push({
      kind: 'baseline',
      value: goal.baselineValue,
      label: t('chart.baseline', { value: formatNumber(goal.baselineValue) }),
    });
  }
  if (goal.targetValue !== null) {
    references.push({
      kind: 'target',
      value: goal.targetValue,
      label: t('chart.target', { value: formatNumber(goal.targetValue) }),
    });
  }
  const trend =
    goal.baselineValue !== null && goal.baselineDate && goal.targetValue !== null && goal.targetDate
      ? {
          from: { date: goal.baselineDate, value: goal.baselineValue },
          to: { date: goal.targetDate, value: goal.targetValue },
          label: t('chart.trend'),
        }
      : undefined;
  const points = goal.measurements.map((m) => ({ date: m.date, value: m.value }));
  const first = points[0];
  const last = points[points.length - 1];
  return (
    <section className="card goal-chart" aria-labelledby="goal-chart-title">
      <h2 id="goal-chart-title">{t('chart.heading')}</h2>
      {points.length === 0 ? (
        <p className="muted">{t('chart.empty')}</p>
      ) : (
        <LineChart
          title={t('chart.title', { name: goal.indicatorName || goal.text })}
          description={[
            t('chart.description', {
              count: points.length,
              first: first!.date,
              last: last!.date,
              latest: formatNumber(last!.value),
            }),
            ...references.map((r) => r.label),
            ...(trend
              ? [t('chart.trendDescription', { from: trend.from.date, to: trend.to.date })]
              : []),
          ].join(' ')}
          points={points}
          references={references}
          trend={trend}
          formatValue={formatNumber}
          tableSummary={t('chart.table')}
          dateHeading={t('measurements.date')}
          valueHeading={
            goal.indicatorUnit
              ? `${t('measurements.value')} (${goal.indicatorUnit})`
              : t('measurements.value')
          }
        />
      )}
    </section>
  );
}
